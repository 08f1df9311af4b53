//! Quotation speakers on real reporting, stop 49 (t49b): a name governed by a preposition
//! ("in response to A announcing …") voices nothing between two of the paragraph's
//! quotations; a chamber's name before "minority leader" leaves the holder the speaker
//! ("The Senate minority leader X said"). The cases are made-up prose in
//! `other_sixtythree.txt`; this runs them with the checks of `held_out_six` and names each
//! that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_stop_forty_nine_speakers_holds() {
    let failures = failures(include_str!("other_sixtythree.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
