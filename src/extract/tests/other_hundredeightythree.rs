//! The lead's cases of stop 70. A phrase of time before "after" or "before" ("Minutes after
//! the verdicts were read, …") sets the scene as "After …" does, so a participle later in the
//! sentence ("…, saying he was grateful …") takes the main clause's subject, not a name in
//! the scene. "Pope A XVI" named beside "Pope A XV" is two persons, and a bare "A" later the
//! first of them. "which A believes is '…'" quotes A's view. A crowd's chant "Governor A,
//! Governor A" gives A no office. "A, B and C were … when they were taken" makes three
//! captives, and "hostages -- Israeli A and Thai national B --" two. The cases are made-up prose in `other_hundredeightythree.txt`, each with its
//! rule; this runs them all with the checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_the_leads_stop_seventy_holds() {
    let failures = failures(include_str!("other_hundredeightythree.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
