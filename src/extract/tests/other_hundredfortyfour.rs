//! County supervisors and supervisors of elections as offices, an office glued to a surname
//! as that person's short form, a quotation whose sentence closes on a long ", she told …",
//! and a person's own statement as the subject of a reporting verb (sp96). The cases are
//! made-up prose in `other_hundredfortyfour.txt`; this runs them with the checks of
//! `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_other_hundredfortyfour_holds() {
    let failures = failures(include_str!("other_hundredfortyfour.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
