//! Speakers of quotations, stop 53 (sp53): a quotation that leads on into its speaker's
//! gesture ("'…,' she smiled"); a relative clause whose "who" is the speaker ("introduced
//! by B who told supporters '…'"); a thing written as the subject ("'…,' the message
//! read"), which is no one; a bare surname two people share, one of them introduced as the
//! other's relative ("his son B Reed was detained"); a description that addresses an
//! audience after a fronted phrase ("In Fresno, the Governor addressed supporters"), then a
//! paragraph of quotation. The cases are made-up prose in `other_seventytwo.txt`; this runs
//! them with the checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_stop_fifty_three_speakers_holds() {
    let failures = failures(include_str!("other_seventytwo.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
