//! Whole-article tests of the extract stage: one behaviour each, in small made-up prose.

use super::*;

fn run(paras: &[&str]) -> ArticleExtraction {
    let p: Vec<String> = paras.iter().map(|s| s.to_string()).collect();
    extract_article(&p, &[], &Registry::empty())
}

fn person<'a>(x: &'a ArticleExtraction, name: &str) -> Option<&'a FoundEntity> {
    x.entities
        .iter()
        .find(|e| e.kind == EntityKind::Person && e.name == name)
}

fn people(x: &ArticleExtraction) -> Vec<&str> {
    x.entities
        .iter()
        .filter(|e| e.kind == EntityKind::Person)
        .map(|e| e.name.as_str())
        .collect()
}

#[test]
fn a_title_before_a_name_is_a_description_not_part_of_the_name() {
    let x = run(&["White House Press Secretary Karoline Leavitt spoke on Tuesday."]);
    let p = person(&x, "Karoline Leavitt").expect("found");
    assert_eq!(
        p.description.as_deref(),
        Some("White House Press Secretary")
    );
    assert_eq!(p.roles, [Role::Official]);
}
