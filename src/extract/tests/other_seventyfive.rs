//! Names and quotation marks, stop 53 (nq53): a double prime typed for the closing mark after
//! a digit closes the quotation a curly mark opened. The cases are made-up prose in
//! `other_seventyfive.txt`; this runs them with the checks of `held_out_six` and names each
//! that fails.

use super::held_out_six::failures;
use super::run;

#[test]
fn each_case_of_stop_fifty_three_names_and_marks_holds() {
    let failures = failures(include_str!("other_seventyfive.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The quotation the curly mark opens ends at the double prime after the digit, so the names
/// listed after it are reported, not quoted.
#[test]
fn prime_closes_a_curly_quotation() {
    let x = run(&[
        "The men freed include four members of the so-called \u{201c}Harbor 4\u{2033} -- \
         Luis Ortega, Mateo Rios and Hugo Serra -- who were held in Caracas since 2019.",
    ]);
    let quoted: Vec<_> = x.quotes.iter().map(|q| q.text.as_str()).collect();
    assert!(
        quoted.iter().all(|q| !q.contains("Ortega")),
        "quoted: {quoted:?}"
    );
}

/// An inch mark with no quotation open opens none.
#[test]
fn prime_with_no_quotation_open_is_an_inch_mark() {
    let x = run(&["Crews laid 6\u{2033} pipe under the road, said Carla Mendes, the engineer."]);
    assert!(x.quotes.is_empty(), "{:?}", x.quotes);
}
