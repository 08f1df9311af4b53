//! Roles in wire copy on talks and on local politics (stop 70): a journey "for discussions"
//! is one to the talks, a state's negotiator holds an office, one who speaks of "his
//! negotiators" leads a side, one brought into a group with "including" and his office holds
//! it, a challenger's spokeswoman holds none, and leaders signing at a summit endorse a deal.
//! The cases are made-up prose in `other_hundredseventysix.txt`, each with its rule; this
//! runs them all with the checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_the_talks_roles_holds() {
    let failures = failures(include_str!("other_hundredseventysix.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
