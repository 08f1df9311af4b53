//! Negotiators and officials (ro72): a journey to move a deal on, an envoy called a special
//! representative, and a lawmaker or a ruler titled in lower case after a nationality. The
//! cases are made-up prose in `other_hundredtwenty.txt`; this runs them with the checks of
//! `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_other_hundredtwenty_holds() {
    let failures = failures(include_str!("other_hundredtwenty.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
