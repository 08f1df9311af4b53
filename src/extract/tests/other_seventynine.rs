//! Quotations and their speakers, stop 54 (sp54): a title word that is the article's own
//! surname ("Ms Bishop"), a doubled opening mark, a descriptor naming a title by a synonym
//! ("the deputy premier"), a country or body calling something a "…", a reply's quotation,
//! and a family's plural surname as a speaker. The cases are made-up prose in
//! `other_seventynine.txt`; this runs them with the checks of `held_out_six` and names each
//! that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_stop_fifty_four_quotations_holds() {
    let failures = failures(include_str!("other_seventynine.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
