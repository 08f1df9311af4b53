//! Persons and organisation speakers on real reporting, stop 45 round 3 (ex45c): every
//! writer of a byline in capitals; a family word of address alone is no name; an acronym the
//! article spells out is the organisation it abbreviates, never a person, and its
//! statements go to the full name; an outlet that cites or quotes someone passes on their
//! words, not its own; an office or institution that speaks ("the presidency said") is the
//! speaker, never the person named before it; a surname alone described by an office or a
//! party ("Murphy, a two-term Democrat") is a person; an office and its field after "of"
//! ("Superintendent of Public Instruction", "Commissioner of Revenue") are all title. The
//! cases are made-up prose in `other_fortyfour.txt`; this runs them with the checks of
//! `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_stop_forty_five_persons_and_organisations_holds() {
    let failures = failures(include_str!("other_fortyfour.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
