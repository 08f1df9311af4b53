//! Names of people, stop 51 (nm51): a clergy style before a name ("Pastor", "Rev. Fr", "the
//! Most Rev.") is no part of it, and "the bishop said" finds the person an office "of" a
//! place introduced ("The Bishop of X Diocese, Most Rev. A B"); a lone name after a noun for
//! an ordinary person ("said resident A") is a person; words a banner or poster is "saying"
//! have no speaker; a paragraph that only closes a quotation left open carries it on; "had
//! spent months pleading, '…'" is speech; one name in two orders is one person. The cases
//! are made-up prose in `other_sixtynine.txt`; this runs them with the checks of
//! `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_stop_fifty_one_names_holds() {
    let failures = failures(include_str!("other_sixtynine.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
