//! Who speaks in the paragraphs after the speaker, who a relative is, and who "he" is
//! (ex39c, issue 14's patterns 4, 5 and 8): a relative in an apposition or opening a
//! sentence, a name in apposition to an object or in a relative clause, words quoted in
//! narration past an apposition or to a progressive's subject, a reporting participle joined
//! by "and", a new person brought in before a quotation, pull quote headings, a headline's
//! speaker label, a team's name said twice, and a deck that drops its article. The cases are
//! made-up prose in `other_thirtytwo.txt`; this runs them with the checks of `held_out_six`
//! and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_the_speakers_after_the_speaker_holds() {
    let failures = failures(include_str!("other_thirtytwo.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
