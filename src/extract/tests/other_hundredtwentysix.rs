//! Names the lead's rules of this round read (stop 63): Arabic particles assimilated to the
//! next letter, the memorial "H’yd", a think tank by its first word, a club or a firm named
//! by its sport or trade, and Arabic names of armed groups and channels. The cases are
//! made-up prose in `other_hundredtwentysix.txt`; this runs them with the checks of
//! `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_other_hundredtwentysix_holds() {
    let failures = failures(include_str!("other_hundredtwentysix.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
