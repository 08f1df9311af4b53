//! YAML parsing with messages a writer can act on: every error carries the line *in the file*
//! (not in the YAML block it came from) and a short sentence instead of the parser's jargon.
//!
//! `site.yaml`, front matter and `entities.yaml` all go through [`parse`].

use serde::de::{self, DeserializeOwned, Deserializer, Visitor};
use serde::{Deserialize, Serialize};
use std::fmt;

/// A YAML error located in its file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YamlError {
    /// 1-based line in the file.
    pub line: usize,
    pub message: String,
}

/// Parses `text`, which starts on line `first_line` (1-based) of its file.
///
/// The parser's budget grows with the text: its fixed defaults (a million events, 250,000
/// nodes) refuse a registry of 100,000 plain entries, while what they guard against, alias
/// expansion ("billion laughs"), is capped separately and stays at the defaults. Events and
/// nodes written out in the text cost at least a byte each, so a budget proportional to the
/// text's length admits every honest file and still bounds the work.
pub fn parse<T: DeserializeOwned>(text: &str, first_line: usize) -> Result<T, YamlError> {
    let mut budget = serde_saphyr::Budget::default();
    budget.max_events = budget.max_events.max(2 * text.len());
    budget.max_nodes = budget.max_nodes.max(text.len());
    budget.max_total_scalar_bytes = budget.max_total_scalar_bytes.max(text.len());
    let mut options = serde_saphyr::Options::default();
    options.budget = Some(budget);
    serde_saphyr::from_str_with_options::<T>(text, options).map_err(|err| {
        let line = err
            .location()
            .map(|l| l.line() as usize)
            .filter(|&l| l > 0)
            .unwrap_or(1);
        YamlError {
            line: first_line + line - 1,
            message: plain_message(&err.without_snippet().to_string()),
        }
    })
}

/// Turns the parser's message into a sentence for a writer: drops the "error: line N column M:"
/// prefix (we print our own location) and rephrases the common cases.
fn plain_message(raw: &str) -> String {
    let first = raw.lines().next().unwrap_or(raw).trim();
    let mut msg = first.strip_prefix("error: ").unwrap_or(first);
    if let Some(rest) = msg.strip_prefix("line ")
        && let Some(colon) = rest.find(": ")
        && rest[..colon].contains("column")
    {
        msg = &rest[colon + 2..];
    }
    if let Some(at) = msg.find(" at line ") {
        msg = &msg[..at];
    }
    let msg = msg.trim_end_matches(", set DuplicateKeyPolicy in Options if acceptable");
    match msg {
        "expected mapping start" => {
            "expected `key: value` lines, found a list or plain text".into()
        }
        "expected sequence start" => {
            "expected a list, such as [a, b] or lines starting with `- `".into()
        }
        "unexpected end of input" => "the YAML is empty".into(),
        "expected string scalar" => "expected text, found a list or a mapping".into(),
        // "cannot deserialize null into string; use Option<String>": the advice is for the
        // programmer; the writer left a value out (`name:` with nothing after it).
        m if m.starts_with("cannot deserialize null into ") => {
            let wanted = m["cannot deserialize null into ".len()..]
                .split(';')
                .next()
                .unwrap_or("a value");
            let wanted = if wanted == "string" { "text" } else { wanted };
            format!("expected {wanted}, found nothing: write a value after the colon")
        }
        m if m.contains("found a tab") => {
            "a tab character is not allowed in YAML indentation; use spaces".into()
        }
        m if m.starts_with("invalid type: ") => {
            // "invalid type: sequence, expected text" → "expected text, found a list"
            let rest = &m["invalid type: ".len()..];
            match rest.split_once(", expected ") {
                Some((found, wanted)) => {
                    let found = match found {
                        "sequence" => "a list",
                        "map" => "a mapping",
                        f => f,
                    };
                    format!("expected {wanted}, found {found}")
                }
                None => m.to_string(),
            }
        }
        // The parser's limits: an alias bomb, or brackets nested thousands deep.
        m if m.starts_with("budget breached") => "the YAML is too large once its aliases \
            (`*name`) are expanded; write the values out instead"
            .into(),
        m if m.contains("recursion limit") => {
            "the YAML nests too deeply (lists or mappings inside each other)".into()
        }
        m if m.starts_with("duplicate mapping key") => {
            format!("{m} (each key may appear once)")
        }
        m => m.to_string(),
    }
}

/// A text field, read as it is written. YAML would read `title: 1984` as a number and
/// `title: true` as a boolean; a writer means the words, so any scalar is taken as its text
/// (`1984.50` stays `1984.50`). Only nothing (`title:`), a list or a mapping is refused.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct Text(pub String);

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TextVisitor;
        impl Visitor<'_> for TextVisitor {
            type Value = Text;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("text")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Text, E> {
                Ok(Text(v.to_string()))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Text, E> {
                Ok(Text(v))
            }
            // Reached only from a deserializer that types scalars itself (in a list that
            // may be one value): the number's own spelling is then the best there is.
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Text, E> {
                Ok(Text(v.to_string()))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Text, E> {
                Ok(Text(v.to_string()))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Text, E> {
                Ok(Text(v.to_string()))
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Text, E> {
                Ok(Text(v.to_string()))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Text, E> {
                Err(E::custom("expected text, found nothing"))
            }
        }
        // Asking for a string makes the YAML parser hand over a plain scalar as written.
        deserializer.deserialize_string(TextVisitor)
    }
}

/// A list of text that may be written as one value: `tags: talks` is `tags: [talks]`, and
/// `authors: Dana Mizrahi` one author.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextList(pub Vec<Text>);

impl<'de> Deserialize<'de> for TextList {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ListVisitor;
        impl<'de> Visitor<'de> for ListVisitor {
            type Value = TextList;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("text or a list of text")
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<TextList, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element::<Text>()? {
                    items.push(item);
                }
                Ok(TextList(items))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<TextList, E> {
                Ok(TextList(vec![Text(v.to_string())]))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<TextList, E> {
                Ok(TextList(vec![Text(v.to_string())]))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<TextList, E> {
                Ok(TextList(vec![Text(v.to_string())]))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<TextList, E> {
                Ok(TextList(vec![Text(v.to_string())]))
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<TextList, E> {
                Ok(TextList(vec![Text(v.to_string())]))
            }
            fn visit_unit<E: de::Error>(self) -> Result<TextList, E> {
                Ok(TextList(Vec::new()))
            }
        }
        deserializer.deserialize_any(ListVisitor)
    }
}

impl Text {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Doc {
        title: Text,
        #[serde(default)]
        tags: Vec<String>,
    }

    #[test]
    fn errors_are_located_in_the_file_not_the_block() {
        let err = parse::<Doc>("title: A\nauthor: B\n", 2).unwrap_err();
        assert_eq!(err.line, 3);
        assert!(
            err.message.contains("unknown field `author`"),
            "{}",
            err.message
        );
        assert!(!err.message.contains("line"), "{}", err.message);
    }

    #[test]
    fn any_scalar_where_text_belongs_is_read_as_written() {
        for (yaml, text) in [
            ("title: 1984\n", "1984"),
            ("title: 1984.50\n", "1984.50"),
            ("title: true\n", "true"),
            ("title: \"42\"\n", "42"),
        ] {
            let doc = parse::<Doc>(yaml, 1).unwrap();
            assert_eq!(doc.title.as_str(), text, "{yaml}");
        }
        let err = parse::<Doc>("title:\n", 1).unwrap_err();
        assert_eq!(
            err.message,
            "expected text, found nothing: write a value after the colon"
        );
        let err = parse::<Doc>("title: [a]\n", 1).unwrap_err();
        assert!(err.message.contains("found a list"), "{}", err.message);
    }

    #[test]
    fn a_list_of_text_may_be_one_value() {
        #[derive(Deserialize)]
        struct Tags {
            tags: TextList,
        }
        let one = parse::<Tags>("tags: talks\n", 1).unwrap();
        assert_eq!(one.tags.0, vec![Text("talks".into())]);
        let many = parse::<Tags>("tags: [talks, 2025]\n", 1).unwrap();
        assert_eq!(many.tags.0, vec![Text("talks".into()), Text("2025".into())]);
    }

    #[test]
    fn a_string_where_a_list_belongs_is_refused() {
        let err = parse::<Doc>("title: A\ntags: talks\n", 1).unwrap_err();
        assert_eq!(err.line, 2);
        assert!(err.message.contains("expected a list"), "{}", err.message);
    }

    #[test]
    fn duplicate_keys_are_refused() {
        let err = parse::<Doc>("title: A\ntitle: B\n", 5).unwrap_err();
        assert_eq!(err.line, 6);
        assert!(err.message.contains("duplicate"), "{}", err.message);
    }

    #[test]
    fn a_long_list_of_plain_entries_fits_the_budget() {
        let yaml: String = (0..300_000)
            .map(|i| format!("- name: N{i}\n  kind: person\n"))
            .collect();
        let parsed = parse::<Vec<serde_json::Value>>(&yaml, 1).unwrap();
        assert_eq!(parsed.len(), 300_000);
    }

    #[test]
    fn an_alias_bomb_is_refused_quickly() {
        let mut yaml = String::from(
            "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n",
        );
        let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"];
        for w in names.windows(2) {
            let refs = vec![format!("*{}", w[0]); 9].join(",");
            yaml.push_str(&format!("{}: &{} [{}]\n", w[1], w[1], refs));
        }
        yaml.push_str("title: x\n");
        let err = parse::<serde_json::Value>(&yaml, 1).expect_err("an alias bomb must not expand");
        assert!(err.message.contains("aliases"), "{}", err.message);
    }

    #[test]
    fn nesting_thousands_deep_is_refused_in_words() {
        let yaml = format!("x: {}{}\n", "[".repeat(50_000), "]".repeat(50_000));
        let err = parse::<serde_json::Value>(&yaml, 3).unwrap_err();
        assert_eq!(err.line, 3);
        assert!(err.message.contains("nests too deeply"), "{}", err.message);
    }
}
