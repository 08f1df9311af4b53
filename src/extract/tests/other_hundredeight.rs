//! Quotation speakers and false official roles (sp60): "with A saying …" makes A the one a
//! later "he said" follows, a name inside the clause "she said" reports voices nothing, an
//! "official statement" is no official, an editor in chief holds no office, "had managed to
//! keep the mayor …" makes no one mayor, and "District D" is no person. The cases are made-up
//! prose in `other_hundredeight.txt`; this runs them with the checks of `held_out_six` and
//! names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_other_hundredeight_holds() {
    let failures = failures(include_str!("other_hundredeight.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
