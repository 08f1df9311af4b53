//! Negotiators and officials read from where a name stands: a name inside another person's
//! apposition takes nothing from what follows its close, the agent of "replaced as POST by"
//! takes the post, and the subject of a planned meeting to discuss a deal sought takes part
//! in the talks; a field marshal or an army chief holds an office. The cases are made-up
//! prose in `other_hundredsixtyfive.txt`; this runs them with the checks of `held_out_six`
//! and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_the_hundred_sixty_fifth_role_patterns_holds() {
    let failures = failures(include_str!("other_hundredsixtyfive.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
