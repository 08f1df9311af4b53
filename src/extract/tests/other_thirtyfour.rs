//! Who speaks a quotation after a colon that ends a participle phrase (ex40c): the subject
//! of the clause the participle hangs on, in the main clause or in one opened by "as",
//! "when" or "while". The cases are made-up prose in `other_thirtyfour.txt`; this runs them
//! with the checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_the_participle_before_a_colon_holds() {
    let failures = failures(include_str!("other_thirtyfour.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
