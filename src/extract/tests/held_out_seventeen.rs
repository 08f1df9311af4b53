//! Patterns met in the lead's blind sets of stop 34 (Keith Siegel's release, Witkoff before
//! the Doha talks, election-night reactions, Senate debates, a rally): a party tag in
//! brackets between a name and its verb, one name spelt with and without a hyphen, an
//! attribution closing a clause after a quotation that opens the sentence, a family's
//! statement, the one a speaker thanks, a crowd chanting, a scene-setting participle, and a
//! verb of rebuttal; and from the second blind sets: "His Excellency", settlements and
//! streets taken for names, a portfolio after "Minister of", a nationality, chants of a crowd.
//! The cases are made-up prose in `held_out_seventeen.txt`, run as
//! `held_out_six` runs its own.

use super::held_out_six::failures;

#[test]
fn each_case_of_the_seventeenth_held_out_patterns_holds() {
    let failures = failures(include_str!("held_out_seventeen.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
