//! The lead's cases of stop 71. A dash typed as two hyphens ("two captives -- A and B --")
//! sets off a list of names as a dash does, so the plural noun before it gives each name its
//! role. The chairman of a labor federation and the president of a members' association
//! hold no public office. "Joint Base A", "Bani B" and "the State and Labor Departments"
//! name no person, and in "Kfir and Ariel and Oded C" the chain of "and"s lends no surname.
//! "Image: Agency/A" credits a photographer as "Photo:" does. "A, who is leading Jerusalem in
//! hostage negotiations" is a negotiator. "In return, Washington freed A" makes A the convict
//! traded, whom a later "after he was freed" makes no captive. "Del. A" is official. The cases are made-up prose in `other_hundredninety.txt`, each with
//! its rule; this runs them all with the checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_the_leads_stop_seventy_one_holds() {
    let failures = failures(include_str!("other_hundredninety.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
