//! Paragraphs of quotation announced by the paragraph before (extract21y, issue 14's
//! pattern 8): the person who is the subject of that paragraph's main reporting verb speaks
//! them, not the subject of a verb in a clause of time ("as the shootout began") or of a
//! passive ("the lawyers were chided"), and not when another person is the subject of a
//! later sentence there. "X of Y & Co Chambers" is X speaking for the firm. The cases are
//! made-up prose in `other_twentynine.txt`; this runs them with the checks of
//! `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_the_announced_quotation_paragraphs_holds() {
    let failures = failures(include_str!("other_twentynine.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
