//! Quotations whose own attribution names someone no one can identify, a participle after a
//! "but" clause about a body, and an outlet that passes a sentence on (sp98). The cases are
//! made-up prose in `other_hundredfiftytwo.txt`; this runs them with the checks of
//! `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_other_hundredfiftytwo_holds() {
    let failures = failures(include_str!("other_hundredfiftytwo.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
