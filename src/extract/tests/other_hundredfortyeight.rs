//! Speakers of quotations (sp97): a spokesperson after a body's name and her office's field,
//! "in remarks" read as a noun, a relative clause on the body an apposition ends on, and a
//! named person's sign. The cases are made-up prose in `other_hundredfortyeight.txt`; this runs
//! them with the checks of `held_out_six` and names each that fails. An event's name after
//! "was called," is checked here directly: the case syntax cannot say a span is no quotation.

use super::held_out_six::failures;

#[test]
fn each_case_of_other_hundredfortyeight_holds() {
    let failures = failures(include_str!("other_hundredfortyeight.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

