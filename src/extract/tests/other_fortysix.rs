//! Quotations and speakers on real reporting, stop 46 (ex46a): verbs that name a thing in
//! the speaker's words ("characterized … as '…'"); "shared" with where it was said; a
//! quotation its attribution interrupts, whose first half may be in title case; a title
//! apposition whose closing comma is missing ("X, Deputy Campaign Director said"); a
//! description that names a nationality ("the Cambodian prime minister"); the passive "This
//! was stated by X" after a quotation. The cases are made-up prose in `other_fortysix.txt`;
//! this runs them with the checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_stop_forty_six_speakers_holds() {
    let failures = failures(include_str!("other_fortysix.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
