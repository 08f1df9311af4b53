//! Negotiators and officials, stop 49 (ng49): a participle such as "newly announced" inside an
//! apposition does not end it ("A, the group's chief negotiator in the newly announced truce,"),
//! talks with one's counterpart are diplomacy, not negotiation, a name set apart from a group
//! ("all the ministers voted against, except B") is one of the group, a West African
//! honorific cut short ("Mal.", "Alh.") stands between a title and its name, a former
//! office-holder acts in office "under" whom things were done, a state owns "its role as
//! mediator", an official reports what his side arranged, an untitled name takes part along
//! with an envoy, and an office fronted after "and" and a possessive owner ("A and Trump's
//! envoy, B") is the name's own, without the owner's title; and an apposition that misses
//! its closing comma before "said" ("…, A, a spokesman for the Office said") is still the
//! name's. The cases are
//! made-up prose in `other_fiftyeight.txt`; this runs them with the checks of `held_out_six`
//! and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_stop_forty_nine_negotiators_and_officials_holds() {
    let failures = failures(include_str!("other_fiftyeight.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
