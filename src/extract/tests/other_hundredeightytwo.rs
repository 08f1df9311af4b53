//! Names in reporting on a museum theft and on the dead returned from captivity: a French
//! surname with "des" inside it ("Claire des Roches") is one name; a monarch's title before a
//! given name ("Empress Josephine") is a title; a month right after a title and before a
//! surname is the given name; a capitalised plural opening a sentence before "say" is a
//! common noun; a museum's gallery and a rabbinate are bodies or places, no persons, and so
//! is a name before "neighborhood".
//! The cases are made-up prose in `other_hundredeightytwo.txt`, each with its rule; this runs
//! them all with the checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_names_in_a_museum_theft_holds() {
    let failures = failures(include_str!("other_hundredeightytwo.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
