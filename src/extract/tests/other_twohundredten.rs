//! Stop ps136's cases of persons in real reporting: an Islamic cleric's title before a name,
//! a people's name that is a common surname, a video credit, a state's house of government
//! after the state's name, a campaigning arm named by what it does, and a group named with
//! the word for sedition. The cases are made-up prose in `other_twohundredten.txt`, each with
//! its rule; this runs them all with the checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_stop_ps136_holds() {
    let failures = failures(include_str!("other_twohundredten.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
