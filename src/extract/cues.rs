//! Roles a dossier declares in `site.yaml` beyond the three built in, read from the cue words
//! it gives for each (`candidate: [candidate, nominee]`). A small sieve of its own, after the
//! built-in rules: a person named right after a cue ("presidential candidate Jane Roe",
//! "nominee Ortiz") or with a cue in the apposition that follows the name ("Jane Roe, the
//! Harbour Party candidate,") takes the role, as a title or an apposition gives one.

use super::evidence::RoleEvidence;
use super::{ArticleExtraction, Span};
use crate::entity::{EntityKind, Role};
use crate::extract::text::is_hyphen;

/// Words a cue window never crosses: the end of a clause.
const STOPS: &[char] = &['.', ',', ';', ':', '!', '?', '(', ')', '"', '“', '”'];

/// How many words before a name are read for a cue ("former presidential candidate").
const TITLE_WORDS: usize = 4;

/// Cue phrases (lower-case, single spaces) and the role each gives.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CueTable {
    cues: Vec<(Vec<String>, Role)>,
}

impl CueTable {
    /// A table from each role's cue words or phrases; empty phrases are ignored.
    pub fn new<'a>(roles: impl IntoIterator<Item = (Role, &'a [String])>) -> CueTable {
        let mut cues = Vec::new();
        for (role, phrases) in roles {
            for phrase in phrases {
                let words = words(phrase);
                if !words.is_empty() {
                    cues.push((words, role));
                }
            }
        }
        CueTable { cues }
    }

    pub fn is_empty(&self) -> bool {
        self.cues.is_empty()
    }

    /// The roles whose cue occurs in `window` as whole words.
    fn roles_in(&self, window: &[String]) -> Vec<Role> {
        self.cues
            .iter()
            .filter(|(cue, _)| window.windows(cue.len()).any(|w| w == cue.as_slice()))
            .map(|(_, role)| *role)
            .collect()
    }
}

fn words(text: &str) -> Vec<String> {
    text.split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && !is_hyphen(c))
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// Adds the roles `table` gives to the people of one article's extraction, with the sentence
/// that gave each as strong evidence (rule `title` or `apposition`).
pub fn apply(found: &mut ArticleExtraction, paragraphs: &[String], table: &CueTable) {
    if table.is_empty() {
        return;
    }
    for entity in found
        .entities
        .iter_mut()
        .filter(|e| e.kind == EntityKind::Person)
    {
        for span in entity.mentions.clone() {
            let Some(text) = paragraphs.get(span.paragraph) else {
                continue;
            };
            for (role, rule) in roles_at(text, span, table) {
                if entity.roles.contains(&role) {
                    continue;
                }
                entity.roles.push(role);
                entity.roles.sort();
                let (start, end) = sentence(text, span.start);
                entity.evidence.push(RoleEvidence {
                    role,
                    paragraph: span.paragraph,
                    start,
                    end,
                    rule,
                    strong: true,
                });
            }
        }
    }
}

/// The roles a cue gives the mention at `span` of `text`, with the rule that read each.
fn roles_at(text: &str, span: Span, table: &CueTable) -> Vec<(Role, &'static str)> {
    let (Some(before), Some(after)) = (text.get(..span.start), text.get(span.end..)) else {
        return Vec::new();
    };
    let clause = before.rsplit(STOPS).next().unwrap_or("");
    let title: Vec<String> = words(clause);
    let title = &title[title.len().saturating_sub(TITLE_WORDS)..];
    let mut out: Vec<(Role, &'static str)> = table
        .roles_in(title)
        .into_iter()
        .map(|r| (r, "title"))
        .collect();
    if let Some(rest) = after.trim_start().strip_prefix(',') {
        let apposition = rest.split(STOPS).next().unwrap_or("");
        for role in table.roles_in(&words(apposition)) {
            if !out.iter().any(|(r, _)| *r == role) {
                out.push((role, "apposition"));
            }
        }
    }
    out
}

/// The byte range of the sentence of `text` around byte `at`.
fn sentence(text: &str, at: usize) -> (usize, usize) {
    let start = text[..at].rfind(". ").map_or(0, |i| i + 2);
    let end = text[at..].find(". ").map_or(text.len(), |i| at + i + 1);
    (start, end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> CueTable {
        let cues = vec!["candidate".to_string(), "party nominee".to_string()];
        CueTable::new([(Role::named("candidate").unwrap(), cues.as_slice())])
    }

    fn at(text: &str, name: &str) -> Vec<(Role, &'static str)> {
        let start = text.find(name).unwrap();
        let span = Span {
            paragraph: 0,
            start,
            end: start + name.len(),
        };
        roles_at(text, span, &table())
    }

    #[test]
    fn a_cue_before_the_name_or_in_its_apposition_gives_the_role() {
        let candidate = Role::named("candidate").unwrap();
        assert_eq!(
            at(
                "Presidential candidate Jane Roe spoke in the square.",
                "Jane Roe"
            ),
            [(candidate, "title")]
        );
        assert_eq!(
            at("Jane Roe, the Harbour Party nominee, spoke.", "Jane Roe"),
            [(candidate, "apposition")]
        );
        assert!(at("The candidate lost. Jane Roe spoke.", "Jane Roe").is_empty());
        assert!(
            at(
                "Voters asked the candidate, Jane Roe and others.",
                "Jane Roe"
            )
            .is_empty()
        );
        assert!(at("Jane Roe, a port official, spoke.", "Jane Roe").is_empty());
    }
}
