//! Hostages named after "alongside" past a handover's place and time ("was handed over to the
//! Red Cross last week alongside A"), examples after "like" ("Americans held hostage abroad,
//! like A and B"), and a delegation that urges a government "to include" a name, which makes
//! no member of it, stop 50 (ho50). The cases are made-up prose in `other_sixtyfour.txt`; this
//! runs them with the checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_stop_fifty_companions_and_examples_holds() {
    let failures = failures(include_str!("other_sixtyfour.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
