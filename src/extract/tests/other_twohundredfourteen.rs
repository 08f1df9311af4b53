//! Stop ps139's cases of persons in real reporting: the grade of a military rank before a
//! name, a body's meeting named by its season, a lawmaker's home town after "of", and the towns
//! of a list that "the cities of" opens. The cases are made-up prose in
//! `other_twohundredfourteen.txt`, each with its rule; this runs them all with the checks of
//! `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_stop_ps139_holds() {
    let failures = failures(include_str!("other_twohundredfourteen.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
