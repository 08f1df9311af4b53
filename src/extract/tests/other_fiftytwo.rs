//! Quotation speakers from document structure and attribution phrases, stop 48 (sp48): a
//! heading in capitals that names a section's speaker (`caps_heading`), a name that only
//! modifies the noun after it ("said X's niece Y", "said X supporter Y"), a clause opened by
//! "with" after a quotation, the item labels of live-update formats ("Quote from X:",
//! "Source:" and a bare "Quote:", `item_label`), and names after a participle. The cases are
//! made-up prose in `other_fiftytwo.txt`; this runs them with the checks of `held_out_six`
//! and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_stop_forty_eight_speakers_holds() {
    let failures = failures(include_str!("other_fiftytwo.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
