//! Roles on hostage reporting, round 2 (ex40b): rules written to hold on reporting not yet
//! seen. A title glued to a dateline's dash; captives named by what is done to them wherever
//! the name sits (identified after a long object, brought home, "They include" after those
//! freed, family joined to a list that a plural verb or a list clause takes in, a relative
//! clause that names family taken along); a description that attributes a quotation; a
//! state that brokers the deal; and officials who confer with the mediators. The cases are
//! made-up prose in `held_out_twentysix.txt`, run with the checks of `held_out_six`.

use super::held_out_six::failures;

#[test]
fn each_case_of_the_second_hostage_roles_round_holds() {
    let failures = failures(include_str!("held_out_twentysix.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
