//! Speakers met in a set of real reporting: "X was quoted by an outlet as saying" is X's;
//! unnamed officials or a freed prisoner who act on a group or speak to an outlet, then
//! speak through a participle, stay unnamed; a name printed twice in a row is one mention;
//! "promising" reports; a plural head in -men is several people; "That was the message X
//! delivered" names the speaker of the quotation before it; "the founder of an organisation
//! added" goes on with the speaker before. The cases are made-up prose in
//! `other_hundredninetysix.txt`, each with its rule; this runs them all with the checks of
//! `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_the_speakers_in_real_reporting_holds() {
    let failures = failures(include_str!("other_hundredninetysix.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
