//! Photographers' credits in capitals, armed units named with a lower-case noun, and the
//! narration after a quotation that sets "he said" inside its own sentence (sp92). The cases
//! are made-up prose in `other_hundredthirtysix.txt`; this runs them with the checks of
//! `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_other_hundredthirtysix_holds() {
    let failures = failures(include_str!("other_hundredthirtysix.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
