//! Who is no person beside a name (pn95): a noun for one person of a nation before it, the
//! given name "Amir" read as a ruler's title, an agency in capitals in a photo credit, a
//! photographer's surname in capitals, a capital city before a reporting verb and a family
//! named by its surname. The cases are made-up prose in `other_hundredfortyfive.txt`; this
//! runs them with the checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_other_hundredfortyfive_holds() {
    let failures = failures(include_str!("other_hundredfortyfive.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
