//! Roles on real reporting, stop 44 (ex44b): a counterpart takes the public roles of the
//! person it mirrors; the chair or host of talks negotiates; names along with a released
//! one, and one's young children taken with one, are captives; so is one taken during the
//! attack, or named after "the release on Friday of"; who agrees a ceasefire negotiates; one
//! of someone's deputies is an official. The cases are made-up prose in
//! `held_out_thirtyone.txt`, run with the checks of `held_out_six`.

use super::held_out_six::failures;

#[test]
fn each_case_of_stop_forty_four_roles_holds() {
    let failures = failures(include_str!("held_out_thirtyone.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
