//! Roles on real reporting, stop 45 (ex45b): who took part in talks from how news lists,
//! sends and groups them (in attendance, someone's team, sent or travelling for the talks, a
//! round of them); a ruler meeting the sides only hosts; a singular relative clause is the
//! last name's alone; "and other officials" makes an official; "that day" opens no clause;
//! family joined to a listed captive by "and two sons" are captives too. The cases are
//! made-up prose in `held_out_thirtytwo.txt`, run with the checks of `held_out_six`.

use super::held_out_six::failures;

#[test]
fn each_case_of_stop_forty_five_roles_holds() {
    let failures = failures(include_str!("held_out_thirtytwo.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
