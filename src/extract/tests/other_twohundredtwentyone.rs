//! Speakers of quotations that news copy sets a little away from the name: a name headed by
//! "the" and an age before a relative clause, a party's member described by "the" opening a
//! sentence of narration, a quotation whose full stop ends its sentence before another
//! speaker's clause, and a name after "beside her husband," that is no apposition. Made-up prose in
//! `other_twohundredtwentyone.txt`, each case with its rule, run with the checks of
//! `held_out_six`.

use super::held_out_six::failures;

#[test]
fn each_case_of_a_speaker_set_away_from_the_quotation_holds() {
    let failures = failures(include_str!("other_twohundredtwentyone.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
