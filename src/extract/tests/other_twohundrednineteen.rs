//! Cases of who conducts trade talks (a second side after "talks … with", trying to strike
//! a deal) and of offices written together ("Special Secretary and chief negotiator") or
//! before they are taken up ("ambassador-designate").
//! The sentence cases are made-up prose in `other_twohundrednineteen.txt`, run with the checks
//! of `held_out_six`.

use super::held_out_six::failures;

#[test]
fn each_case_of_trade_talks_and_joined_offices_holds() {
    let failures = failures(include_str!("other_twohundrednineteen.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
