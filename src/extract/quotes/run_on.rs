//! A statement quoted over several paragraphs whose inner paragraphs lost their marks
//! (`run_on`), carried on to the paragraph whose lone mark closes it.

use super::{QuoteSpan, mark_len, marks};

/// The one mark of paragraph `p`, at byte `at`, closes a quotation that opened before the
/// paragraph: it ends the paragraph, or it follows a word or a comma and only punctuation or
/// an attribution follows it ('We walked for hours after,".', 'for hours," he said.').
fn closing_only(p: &str, at: usize) -> bool {
    let after = &p[at + mark_len(&p[at..])..];
    let prev = p[..at].chars().next_back();
    after.is_empty()
        || prev.is_some_and(|c| !c.is_whitespace())
            && after.chars().next().is_some_and(|c| !c.is_alphanumeric())
}

/// A statement quoted over several paragraphs whose inner paragraphs lost their opening
/// marks: after a paragraph that leaves a quotation open, paragraphs with no marks at all are
/// quotation too, when (within five) a paragraph with only a closing mark at its end closes it.
/// Without that closing mark an unclosed quotation stays in its own paragraph.
pub(crate) fn run_on(paragraphs: &[String], spans: &mut [Vec<QuoteSpan>]) {
    let count = |p: &str| marks(p).count();
    let mut i = 0;
    while i < paragraphs.len() {
        if spans[i].last().is_none_or(|q| q.close.is_some()) {
            i += 1;
            continue;
        }
        let inner = |k: usize| count(&paragraphs[k]) == 0 && !paragraphs[k].trim().is_empty();
        let last = (i + 1..paragraphs.len().min(i + 6)).find(|&k| !inner(k));
        let closes = last.filter(|&k| {
            let p = paragraphs[k].trim_end();
            let last = marks(p).last();
            count(p) == 1 && last.is_some_and(|(at, ..)| closing_only(p, at)) && spans[k].is_empty()
        });
        let Some(end) = closes else {
            i += 1;
            continue;
        };
        for (k, p) in paragraphs.iter().enumerate().take(end + 1).skip(i + 1) {
            let text_end = p.trim_end().len();
            let close = (k == end).then(|| marks(&p[..text_end]).last().map_or(0, |(at, ..)| at));
            spans[k].push(QuoteSpan {
                open: 0,
                start: 0,
                end: close.unwrap_or(text_end),
                close,
                opens_paragraph: true,
            });
        }
        i = end + 1;
    }
}
