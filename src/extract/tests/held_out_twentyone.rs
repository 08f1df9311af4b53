//! Roles met in the lead's fresh set hostage-d (a group of envoys listed after "including",
//! the people talks are said to involve, an intelligence chief due to take part in talks, a
//! returning delegation's members). The cases are made-up prose in
//! `held_out_twentyone.txt`, run as `held_out_six` runs its own.

use super::held_out_six::failures;

#[test]
fn each_case_of_the_twentyfirst_held_out_patterns_holds() {
    let failures = failures(include_str!("held_out_twentyone.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
