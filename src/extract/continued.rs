//! A statement quoted over several paragraphs in the wire convention: each paragraph opens a
//! quotation and leaves it open, and only the last one closes it and names who spoke
//! ("“The traders were taken … / “Our teams tracked … / “All eleven are home,” Danjuma
//! said."). The sieves read forward, so the paragraphs before the attribution had no speaker;
//! they are the words of the one the closing paragraph names.

use super::attribution::Attributed;

/// Gives each quotation of such a run that has no speaker the speaker of the quotation that
/// closes the run. A run is a chain of paragraphs that are each one quotation, opening the
/// paragraph and left open; the next paragraph closes it when it opens on a quotation that
/// closes. Anything else (a paragraph that does not open on a quotation, a gap) breaks it.
pub(super) fn back_from_close(out: &mut [Attributed]) {
    let mut run: Vec<usize> = Vec::new();
    for k in 0..out.len() {
        let a = &out[k];
        let first_of_para = k == 0 || out[k - 1].para != a.para;
        let last_of_para = out.get(k + 1).is_none_or(|b| b.para != a.para);
        let opens = first_of_para && a.span.opens_paragraph;
        if run.last().is_none_or(|&j| out[j].para + 1 != a.para) {
            run.clear();
        }
        if opens && last_of_para && a.span.close.is_none() {
            run.push(k);
            continue;
        }
        if opens
            && a.span.close.is_some()
            && let Some(w) = out[k].who.as_ref().map(|w| w.carried("continued", 1.0))
        {
            // A speaker only carried from the paragraph before ("follows speaker") was a
            // guess; the attribution that closes the run names who spoke.
            for &j in &run {
                if out[j]
                    .who
                    .as_ref()
                    .is_none_or(|p| p.rule == "follows speaker")
                {
                    out[j].who = Some(w.clone());
                }
            }
        }
        run.clear();
    }
}
