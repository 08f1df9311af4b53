//! A bare description before the comma that names the speaker, a partial quotation after
//! "U.S.", a pronoun holding a sign "that said" its words, and a bracketed translation of a
//! chant (sp98). The cases are made-up prose in `other_hundredfiftysix.txt`; this runs them
//! with the checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;
use super::{quotes, run};

#[test]
fn each_case_of_other_hundredfiftysix_holds() {
    let failures = failures(include_str!("other_hundredfiftysix.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// "cries of “Shalom Aleichem” (“Peace be upon you”)": the bracketed words are the reporter's
/// translation of the quotation before them, not a quotation of their own.
#[test]
fn a_bracketed_translation_after_a_quotation_is_no_quotation() {
    let x = run(&[
        "Crowds lined the road to the border crossing on Thursday as the freed men came home.",
        "Chants of “Baruch Haba Habayta” (“Blessed is he who comes home”) rang out as the buses passed, and many wept.",
    ]);
    let texts: Vec<&str> = quotes(&x).into_iter().map(|(t, _)| t).collect();
    assert!(
        !texts.iter().any(|t| t.starts_with("Blessed is he")),
        "the translation is quoted: {texts:?}"
    );
}
