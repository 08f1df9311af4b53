//! What is a person's name and what is not (pn96): a nationality's feminine before a name, a
//! congregation's name, a nationality noun after "the", the town after "NAME of", a line's
//! label before "speech from", a street after a house number, an editor's bracketed name in
//! a quotation, a firm named for its owner, a listed "a NAME", a photographer's calendar
//! given name, a newspaper called a Republic, and a surname that is a place word after a
//! title. The cases are made-up prose in `other_hundredfortynine.txt`; this runs them with
//! the checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_other_hundredfortynine_holds() {
    let failures = failures(include_str!("other_hundredfortynine.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
