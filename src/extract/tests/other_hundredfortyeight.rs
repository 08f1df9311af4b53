//! Speakers of quotations (sp97): a spokesperson after a body's name and her office's field,
//! "in remarks" read as a noun, a relative clause on the body an apposition ends on, and a
//! named person's sign. The cases are made-up prose in `other_hundredfortyeight.txt`; this runs
//! them with the checks of `held_out_six` and names each that fails. An event's name after
//! "was called," is checked here directly: the case syntax cannot say a span is no quotation.

use super::held_out_six::failures;
use super::{quotes, run};

#[test]
fn each_case_of_other_hundredfortyeight_holds() {
    let failures = failures(include_str!("other_hundredfortyeight.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn an_event_name_after_was_called_and_a_comma_is_no_quotation() {
    let x = run(&[
        "Rabbi Miriam Stone spoke on Tuesday at an online forum hosted by a civil rights group.",
        "The forum was called, \"Standing Together After Fear - What One Long Night Taught a Town.\"",
    ]);
    let found = quotes(&x);
    assert!(
        found
            .iter()
            .all(|(text, _)| !text.starts_with("Standing Together")),
        "{found:?}"
    );
}
