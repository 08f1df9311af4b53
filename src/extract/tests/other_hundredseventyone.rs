//! Captives named by a partitive after the name (the lead, stop 68): "A, one of the
//! hostages," names one of them, as "one of the captives" already did, while "a friend of one
//! of the hostages" and "an advocate of the hostages" still give nothing.
//! The cases are made-up prose in `other_hundredseventyone.txt`, each with its rule; this runs
//! them all with the checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_the_partitive_of_the_hostages_holds() {
    let failures = failures(include_str!("other_hundredseventyone.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
