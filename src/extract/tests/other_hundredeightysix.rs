//! Names met in the misses of a further set of real reporting: given names cut to initials
//! after a rank ("Air Marshal A K Bharti"), the surnames of a bill's authors in brackets after
//! its number, a conjunction of concession opening a sentence, a governor named by the
//! surname alone, and a long vowel spelt two ways in one given name. The cases are made-up
//! prose in `other_hundredeightysix.txt`, each with its rule; this runs them all with the
//! checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_the_hundred_and_eighty_sixth_name_patterns_holds() {
    let failures = failures(include_str!("other_hundredeightysix.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
