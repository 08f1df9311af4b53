//! Speakers on real reporting, round 4 (ex42b), fitted on sets no rule had seen: a name
//! that modifies a noun after "the" ("the Sanford regime") is no subject a pronoun goes
//! back to; "his grandfather said" is the one introduced as his grandfather; "shared with"
//! a listener reports words; two offices joined by "and" before a name are one person's
//! titles, so the name is a subject; "That is how X described …" after a quotation names
//! its speaker. The cases are made-up prose in `other_thirtyeight.txt`; this runs them
//! with the checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_round_four_speakers_holds() {
    let failures = failures(include_str!("other_thirtyeight.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
