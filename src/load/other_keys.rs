//! Front-matter keys dossier does not read. Articles written for Hugo, Jekyll or a newsroom's
//! own tools carry keys of their own (`categories`, `description`, `lastmod`, `layout`…): they
//! are kept under `extra`, where templates can read them, instead of failing the build. A key
//! one letter from one dossier reads (`tag`, `titel`, `sumary`) is a typo, and is refused at
//! its line with the key it was likely meant to be.

use super::front::FrontError;
use super::yaml;

/// The keys of [`super::front`]'s `Raw`.
pub const KNOWN: &[&str] = &[
    "title",
    "date",
    "slug",
    "summary",
    "source",
    "source_url",
    "author",
    "authors",
    "tags",
    "entities",
    "draft",
    "extra",
];

/// The top-level keys of `yaml` that dossier does not read, with their values, or an error at
/// the line of a key that looks like a misspelt known one. `yaml` starts at line `first_line`
/// of its file. Costs one scan of the lines when every key is known, as in almost every file.
pub fn other_keys(
    yaml: &str,
    first_line: usize,
) -> Result<Vec<(String, serde_json::Value)>, FrontError> {
    let mut others = Vec::new();
    for (n, line) in yaml.lines().enumerate() {
        let Some(key) = top_level_key(line) else {
            continue;
        };
        if KNOWN.contains(&key) {
            continue;
        }
        if let Some(meant) = misspelt(key) {
            return Err(FrontError {
                line: first_line + n,
                message: format!(
                    "unknown field `{key}`: did you mean `{meant}`? (fields dossier does not \
                     read are kept under `extra`, but this one is too close to `{meant}`)"
                ),
            });
        }
        others.push(key.to_string());
    }
    if others.is_empty() {
        return Ok(Vec::new());
    }
    let mut all: serde_json::Map<String, serde_json::Value> = yaml::parse(yaml, first_line)
        .map_err(|e| FrontError {
            line: e.line,
            message: e.message,
        })?;
    Ok(others
        .into_iter()
        .filter_map(|k| all.remove(&k).map(|v| (k, v)))
        .collect())
}

/// `key` in a line `key: …` or `key:` that starts at the first column (a top-level key of a
/// block mapping); none for indented lines, list items, comments and quoted keys.
fn top_level_key(line: &str) -> Option<&str> {
    let first = line.chars().next()?;
    if !(first.is_ascii_alphabetic() || first == '_') {
        return None;
    }
    let colon = line.find(':')?;
    let key = &line[..colon];
    let rest = &line[colon + 1..];
    let plain = key
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-'));
    (plain && (rest.is_empty() || rest.starts_with([' ', '\t', '\r']))).then_some(key)
}

/// The known key `key` was likely meant to be: the same but for case, or one edit away
/// (two for long keys). Short keys of other tools (`math`, `type`, `url`) stay clear of it.
fn misspelt(key: &str) -> Option<&'static str> {
    let lower = key.to_ascii_lowercase();
    KNOWN.iter().copied().find(|known| {
        let distance = strsim::levenshtein(&lower, known);
        let reach = if known.len() >= 6 && lower.len() >= 6 {
            2
        } else {
            1
        };
        distance <= reach
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn front(text: &str) -> Result<super::super::front::FrontMatter, FrontError> {
        super::super::front::parse(&super::super::front::split(text)?, true)
    }

    #[test]
    fn another_tools_keys_land_in_extra_and_a_typo_is_refused() {
        let f = front("---\ntitle: A\ndate: 2025-03-05\ncategories: [news]\nextra: {layout: mine}\nlayout: post\n---\n").unwrap();
        assert_eq!(f.extra["categories"], serde_json::json!(["news"]));
        assert_eq!(f.extra["layout"], serde_json::json!("mine"));
        let e = front("---\ntitle: A\ndate: 2025-03-05\ntag: talks\n---\n").unwrap_err();
        assert_eq!(e.line, 4);
        assert!(e.message.contains("`tags`"), "{}", e.message);
    }

    #[test]
    fn keys_of_other_tools_are_kept_with_their_values() {
        let yaml = "title: A\ncategories:\n  - news\n  - gaza\nlayout: post\nmath: true\n";
        let others = other_keys(yaml, 2).unwrap();
        assert_eq!(
            others,
            vec![
                (
                    "categories".to_string(),
                    serde_json::json!(["news", "gaza"])
                ),
                ("layout".to_string(), serde_json::json!("post")),
                ("math".to_string(), serde_json::json!(true)),
            ]
        );
    }

    #[test]
    fn a_key_one_letter_from_a_known_one_is_a_typo_at_its_line() {
        for (key, meant) in [
            ("tag", "tags"),
            ("Title", "title"),
            ("data", "date"),
            ("sumary", "summary"),
            ("sourceurl", "source_url"),
        ] {
            let yaml = format!("title: A\n{key}: x\n");
            let err = other_keys(&yaml, 2).unwrap_err();
            assert_eq!(err.line, 3, "{key}");
            assert!(
                err.message.contains(&format!("`{meant}`")),
                "{key}: {}",
                err.message
            );
        }
    }

    #[test]
    fn known_keys_nested_values_and_comments_are_not_other_keys() {
        let yaml =
            "title: A\nentities:\n  - name: B\n    roles: [x]\n# note: here\nextra: {k: v}\n";
        assert!(other_keys(yaml, 2).unwrap().is_empty());
    }
}
