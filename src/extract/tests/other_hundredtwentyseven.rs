//! Officials given to people who speak for a campaign, a church or an office held before,
//! members of parliament, and captives named in a dated pair or a photo caption (ro82). The
//! cases are made-up prose in `other_hundredtwentyseven.txt`; this runs them with the checks
//! of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_other_hundredtwentyseven_holds() {
    let failures = failures(include_str!("other_hundredtwentyseven.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
