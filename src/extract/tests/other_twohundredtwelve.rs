//! Stop ro137's cases of roles in real reporting: a prisoner whose own clause says he served
//! time in jail or was freed from prison, a negotiating team whose members a dash or a colon
//! lists, a clause about the person's country, and names listed before "and all remaining
//! hostages". The cases are made-up prose in `other_twohundredtwelve.txt`, each with its rule;
//! this runs them all with the checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_stop_ro137_holds() {
    let failures = failures(include_str!("other_twohundredtwelve.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
