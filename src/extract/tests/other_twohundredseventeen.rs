//! Words that spell something else standing in or beside a name: a Chinese surname spelt as
//! the pronoun "He", a people's name or an inner capital closing a name an honorific opens,
//! a family's plural of a surname of two words, a news agency by its first word, a title's
//! qualifier opening a sentence, a gathering named for its meal, and a country that is a
//! given name of either sex ("Jordan"). Made-up prose in `other_twohundredseventeen.txt`,
//! each case with its rule, run with the checks of `held_out_six`.

use super::held_out_six::failures;

#[test]
fn each_case_of_words_standing_in_or_beside_a_name_holds() {
    let failures = failures(include_str!("other_twohundredseventeen.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
