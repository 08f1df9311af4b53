//! The lead's cases of stop 59: a lone word set off by commas in a list of full names
//! (`names.rs`: a surname, not a given name sharing the next surname), "a former participant
//! in the negotiations" (`data/role_cues.txt`), an age in "one of the released hostages, 25-
//! year-old A" (`roles/partitive.rs`), "Frenchmen" and "Ansar Dine" (data), and an office after
//! "'…,' said the president of X, A" (`fronted.rs`), a body after "with" in a speaker's
//! description (`candidate.rs`), and words quoted after "According to the report, X"
//! (`attribution/clause.rs`). The cases are made-up prose in
//! `other_hundredthirteen.txt`; this runs them with the checks of `held_out_six` and names
//! each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_other_hundredthirteen_holds() {
    let failures = failures(include_str!("other_hundredthirteen.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
