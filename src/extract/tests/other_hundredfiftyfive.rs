//! Officials and negotiators (ro99): lawmakers of a list tagged with their states, a name
//! joined to "other officials", a name set off after a contestant noun, and travellers who
//! arrive where talks are held. The cases are made-up prose in `other_hundredfiftyfive.txt`;
//! this runs them with the checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_other_hundredfiftyfive_holds() {
    let failures = failures(include_str!("other_hundredfiftyfive.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
