//! Parties and armed groups known by a name with no cue word (`data/organizations.txt`), a
//! town after a preposition before a reporting verb (sp58b's rule, which came without a
//! case), and a counted list with a nationality before each name (`roles/counted.rs`). The
//! cases are made-up prose in `other_hundredfive.txt`; this runs them with the checks of
//! `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_other_hundredfive_holds() {
    let failures = failures(include_str!("other_hundredfive.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
