//! Quotations that real reporting sets beside a name that did not speak them: a name that
//! only modifies "envoy", a verb in a clause of time after the quotation, the one a group
//! calls on or urges, the paper that published a statement, a byline's author for a later
//! "she", a caption's person for "He added:", and a capitalised candidacy read into a name.
//! Also a participle whose subject is a description named by its apposition. The cases are
//! made-up prose in `wrong_speakers.txt`, each with its rule; this runs them all with the
//! checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_a_name_that_did_not_speak_holds() {
    let failures = failures(include_str!("wrong_speakers.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
