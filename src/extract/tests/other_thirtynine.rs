//! Persons on real reporting, stop 41 round 1 (ex43a), fitted on sets no rule had seen: an
//! honorific of several words ("Tan Sri", "Datuk Seri") is all title; a title with "-elect"
//! is a title; regional and compass demonyms and their plurals are no names; a company's
//! "Limited", a hotel's "Inn", a university's "Campus" and a contest's "Classic" close a name
//! that is no person; a capitalised "Was" in a heading is no name; a shorter writing of a
//! fuller name in the same article is that person. The cases are made-up prose in
//! `other_thirtynine.txt`; this runs them with the checks of `held_out_six` and names each
//! that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_stop_forty_one_persons_holds() {
    let failures = failures(include_str!("other_thirtynine.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
