//! Negotiators and officials, stop 50 (ng50): an office's letters in brackets before the comma
//! ("the National Security Adviser (NSA), A,") still give A the office; a name joined by "and"
//! to an unnamed noun phrase that held talks ("A and a senior Russian official conducted
//! talks") took part in them; a name after "through" in a sentence about talks ("negotiating
//! with the group through businessman B") is the go-between. The cases are made-up prose in
//! `other_sixtyfive.txt`; this runs them with the checks of `held_out_six` and names each that
//! fails. A name after "the talks were attended by" (or a meeting's, in a story about talks)
//! took part in them.

use super::held_out_six::failures;

#[test]
fn each_case_of_stop_fifty_negotiators_and_officials_holds() {
    let failures = failures(include_str!("other_sixtyfive.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
