//! Captives, prisoners and a credit missed in real reporting (ro107): a companion set off by
//! a comma after a passive of captivity, a body whose release is under way, a prisoner freed
//! with other prisoners, who is no captive, and a screen capture credited as a photo, no one.
//! The cases are made-up prose in `other_hundredsixtyeight.txt`, each with its rule; this runs
//! them all with the checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_the_companions_bodies_freed_prisoners_and_screen_captures_holds() {
    let failures = failures(include_str!("other_hundredsixtyeight.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
