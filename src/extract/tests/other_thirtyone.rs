//! Where a person's name starts and ends, and proper nouns that are no person (extract39a): a
//! noun for a role or a group opening the sentence, a family word of address, a military rank
//! without its full stop, a headline that runs names together, a byline after a bullet or
//! glued to its outlet, and places, storms, businesses, bodies and party words read as
//! someone. The cases are made-up prose in `other_thirtyone.txt`, each with its rule; this
//! runs them all with the checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_the_name_boundary_and_proper_noun_classes_holds() {
    let failures = failures(include_str!("other_thirtyone.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
