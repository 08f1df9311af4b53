//! Speakers met in real reporting of local elections, a hijack, a summit and a TV interview:
//! a campaign's officer named after his title ("campaign chairman X told"), a city speaking
//! in a press release about the candidates its words name, the last of a list of names set
//! off by commas, a quotation opened by two curly apostrophes, and a host's question quoted
//! after "was asked by X if". The cases are made-up prose in `other_hundredsixtyseven.txt`,
//! each with its rule; this runs them all with the checks of `held_out_six` and names each
//! that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_the_hundred_sixty_seventh_speaker_patterns_holds() {
    let failures = failures(include_str!("other_hundredsixtyseven.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
