//! Speakers met in fresh real reporting (Australian campaign blogs, a UK doctors' strike,
//! families of freed hostages): a quotation that trails off in an ellipsis before its
//! attribution, "the Denison MP" as a description of the MP named before, a few words
//! quoted inside a sentence about a family, a name after "demanded that", a claim sourced
//! "according to" someone, a person only freed, and a quotation that names the one it would
//! be carried to. The cases are made-up prose in
//! `other_fourteen.txt`, each with its rule; this runs them all with the checks of
//! `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_the_fresh_reporting_speaker_patterns_holds() {
    let failures = failures(include_str!("other_fourteen.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
