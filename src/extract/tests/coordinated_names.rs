//! Given names in a list that share the surname after them ("Ilan, Merav, and Dana Kessler"),
//! and lists of surnames that share nothing ("Biden, Obama and Kamala Harris"). The cases are
//! made-up prose in `coordinated_names.txt`, each with its rule; this runs them all with the
//! checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_a_list_of_names_holds() {
    let failures = failures(include_str!("coordinated_names.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
