//! Patterns met in a sixth held-out set of real reporting (wire copy on talks, local election
//! copy): who has a spokesperson or an office still to come, a newsroom's chief, a byline, a
//! name that owns an office held under it, a surname that is also a title, a generational
//! numeral, a possessive place name, a noun of voice a person owns, a group handed over with
//! its ages, and a demonym that is a given name. The cases are made-up prose in
//! `held_out_six.txt`, each with its rule; this runs them all and names each one that fails.

use super::*;

/// What one expectation line of a case finds wrong, if anything.
pub(super) fn check(article: &[&str], line: &str) -> Option<String> {
    let (mark, rest) = line.split_at(1);
    let rest = rest.trim();
    let x = run(article);
    let found = people(&x).contains(&rest);
    match mark {
        "+" if !found => Some(format!("no person {rest:?} in {:?}", people(&x))),
        "-" if found => Some(format!("a person {rest:?} in {:?}", people(&x))),
        "=" => {
            let (name, want) = rest.split_once(':')?;
            let want: Option<Vec<Role>> = want.split_whitespace().map(Role::named).collect();
            let Some(want) = want else {
                return Some(format!("{line:?}: a word there names no role"));
            };
            let got = roles_of(article, name);
            (got != want).then(|| format!("{name}: roles {got:?}, want {want:?}"))
        }
        ">" => {
            let (quote, want) = rest.split_once(" => ")?;
            let got = speaker_of(article, quote);
            let want = (want != "-").then(|| want.to_string());
            (got != want).then(|| format!("{quote:?}: speaker {got:?}, want {want:?}"))
        }
        _ => None,
    }
}

#[test]
fn each_case_of_the_sixth_held_out_patterns_holds() {
    let failures = failures(include_str!("held_out_six.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Every expectation that fails in a file of cases, each named by its case's rule.
pub(super) fn failures(cases: &str) -> Vec<String> {
    let mut failures = Vec::new();
    for case in cases.split("\n## ").skip(1) {
        let mut lines = case.lines().filter(|l| !l.trim().is_empty());
        let rule = lines.next().unwrap_or_default();
        let (checks, article): (Vec<&str>, Vec<&str>) =
            lines.partition(|l| l.starts_with(['=', '+', '-', '>']));
        assert!(
            !article.is_empty() && !checks.is_empty(),
            "case {rule:?} is empty"
        );
        for line in checks {
            if let Some(why) = check(&article, line) {
                failures.push(format!("{rule}: {why}"));
            }
        }
    }
    failures
}
