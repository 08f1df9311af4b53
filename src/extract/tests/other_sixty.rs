//! Persons and speakers on real reporting, stop 49 (sp49): a titled name whose surname is a
//! place word, a person introduced by "named" or by an age, a body named after "organisation"
//! or "gang", a ruler's "Presidency", a nickname in brackets inside a full name, a Baltic
//! demonym, a named bedroom, an acronym's French name. The cases are made-up prose in
//! `other_sixty.txt`; this runs them with the checks of `held_out_six` and names each that
//! fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_stop_forty_nine_persons_and_speakers_holds() {
    let failures = failures(include_str!("other_sixty.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
