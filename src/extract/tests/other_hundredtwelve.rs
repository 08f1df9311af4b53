//! Quotation speakers (sp62): a name after "said of", a pronoun after a definite description,
//! a title for the person being quoted, and a subordinate clause after a quoted charge. The
//! cases are made-up prose in `other_hundredtwelve.txt`; this runs them with the checks of
//! `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_other_hundredtwelve_holds() {
    let failures = failures(include_str!("other_hundredtwelve.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
