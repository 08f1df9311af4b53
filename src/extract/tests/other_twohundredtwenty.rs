//! Who speaks where a word stands for someone in another way: a name in a compound that
//! modifies a noun ("X-backed"), a pull quote repeated word for word, a relative's name that
//! spells a plain word, and a reporter named by trade ("the reporter", "the journalist"),
//! also after a conjunction of time ("When the reporter asked — '…'").
//! Made-up prose in `other_twohundredtwenty.txt`, each case with its rule, run with the
//! checks of `held_out_six`.

use super::held_out_six::failures;

#[test]
fn each_case_of_a_word_standing_for_a_speaker_holds() {
    let failures = failures(include_str!("other_twohundredtwenty.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
