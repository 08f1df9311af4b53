//! Persons precision, round two, and wire copy's typewriter quotation marks (extract40a). The
//! name cases are made-up prose in `other_thirtythree.txt`, each with its rule, run with the
//! checks of `held_out_six`; the quotation cases read the quotations' exact text too.

use super::held_out_six::failures;
use super::*;

#[test]
fn each_case_of_the_second_persons_precision_round_holds() {
    let failures = failures(include_str!("other_thirtythree.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn two_apostrophes_close_a_quotation_and_its_speaker_follows_them() {
    let x = run(&[
        "Dana Whitlock, the county's new treasurer, spoke to reporters after the vote.",
        "\"Every dollar we spend should be one a family can see,'' said Whitlock at the \
         courthouse.",
        "``We owe them a budget they can read,'' she said. \"And one they can trust.''",
    ]);
    assert_eq!(
        quotes(&x),
        [
            (
                "Every dollar we spend should be one a family can see,",
                Some("Dana Whitlock")
            ),
            ("We owe them a budget they can read,", Some("Dana Whitlock")),
            ("And one they can trust.", Some("Dana Whitlock")),
        ]
    );
}
