//! The cases of trade talks and of a list of the dead: a title shared by a pair of rulers,
//! a phrase of circumstance set off after a name, leading trade talks, and a list whose
//! items turn from commas to semicolons. The sentence cases are made-up prose in
//! `other_twohundredfifteen.txt`, each with its rule, run with the checks of `held_out_six`.

use super::held_out_six::failures;

#[test]
fn each_case_of_trade_talks_and_lists_of_the_dead_holds() {
    let failures = failures(include_str!("other_twohundredfifteen.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
