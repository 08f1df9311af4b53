//! Patterns met in real reporting on other stories than the example's (disasters, a strike,
//! election campaigns): unnamed bystanders who speak, punctuation outside the closing mark,
//! institutions written in lower case, news agencies and union locals, and "the father" for
//! the parent of a named child. The cases are made-up prose in `other_stories.txt`, each with
//! its rule; this runs them all with the checks of `held_out_six` and names each that fails.

use super::held_out_six::check;

#[test]
fn each_case_of_the_other_stories_patterns_holds() {
    let mut failures = Vec::new();
    for case in include_str!("other_stories.txt").split("\n## ").skip(1) {
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
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
