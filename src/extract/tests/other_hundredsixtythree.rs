//! Captives missed in real reporting of releases and swaps (ro103): a noun phrase of the
//! name's own joined by "and" to a family word of another, time served in a jail abroad told
//! in a relative clause, and a name traded for one a convict's title marks. The cases are
//! made-up prose below, in the format of `held_out_six.txt`; this runs them with its checks
//! and names each that fails.

use super::held_out_six::failures;

const CASES: &str = r#"
## an apposition "a former hostage and sister of hostage B" is still the name's own
Those who addressed the crowd included Noga Brill, a former hostage and sister of hostage Eli Brill.
= Noga Brill: hostage
= Eli Brill: hostage

## "a freed hostage and mother of three" keeps the captive's role too
Maya Tessler, a freed hostage and mother of three, lit the first candle at the vigil.
= Maya Tessler: hostage

## a relative clause of time spent in jail in a known place abroad before "was freed"
Freelance photographer Owen Lacey, who spent ten months in jail in military-ruled Belarus and was sentenced in May, was freed on Tuesday.
= Owen Lacey: hostage

## time served in a prison in the reader's own country makes no captive
Former banker Carl Dunn, who spent ten years in prison in Britain, was freed on Tuesday.
= Carl Dunn:

## a name traded for one that a convict's title marks is the captive of the pair
The two governments swapped detained American teacher Lena Fisk for convicted spy Pavel Orlov at an airport on Thursday.
= Lena Fisk: hostage
= Pavel Orlov:

## a trade of two with no convict's title says nothing of either
The club traded veteran forward Rico Vance for young defender Tom Hale on Monday.
= Rico Vance:
= Tom Hale:
"#;

#[test]
fn each_case_of_the_captives_missed_in_releases_and_swaps_holds() {
    let failures = failures(CASES);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
