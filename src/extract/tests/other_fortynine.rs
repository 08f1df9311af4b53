//! Pronouns on real reporting, stop 46 (ex46d): a public figure named by surname alone has
//! the figure's gender (`data/public_figures.txt`), a pronoun after a quotation that opens
//! the next sentence tells nothing of the gender of the one named before it, and one whose
//! gender nothing tells, named right after a person of the pronoun's gender, is unclear.
//! The cases are made-up prose in `other_fortynine.txt`; this runs them with the checks of
//! `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_stop_forty_six_pronouns_holds() {
    let failures = failures(include_str!("other_fortynine.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
