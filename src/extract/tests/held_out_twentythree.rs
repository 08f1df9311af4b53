//! Roles met in the fresh set hostage-f and the weak hostage-d ("fellow" survivors after a
//! freed captive, a country's own mediation, the city that hosts the talks, the leader of a
//! political bureau's members, a forum's strategy chief). The cases are made-up prose in
//! `held_out_twentythree.txt`, run as `held_out_six` runs its own.

use super::held_out_six::failures;

#[test]
fn each_case_of_the_twentythird_held_out_patterns_holds() {
    let failures = failures(include_str!("held_out_twentythree.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
