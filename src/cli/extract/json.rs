//! The JSON `dossier extract --json` prints: per file, its entities with the site's roles and
//! the sentences that gave them, its quotations with speaker, rule and confidence, and its
//! hostage status events. The scorer in `shared/eval/` reads it.

use super::Input;
use crate::entity::EntityKind;
use crate::extract::identity::Identities;
use crate::extract::{self, ArticleExtraction, FoundEntity, RoleEvidence};
use serde::Serialize;
use std::path::PathBuf;

#[derive(Serialize)]
struct JsonEntity<'a> {
    /// The fullest form of the name in this article (`written_name`).
    name: &'a str,
    kind: &'a str,
    /// The site's roles for the entity, as its page shows them, but for an office this article
    /// calls former and gives no evidence of (`Identity::roles_in`).
    roles: Vec<&'a str>,
    mentions: usize,
    aliases: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<&'a str>,
    /// The entity the site merges this name into (its page's name).
    entity: &'a str,
    /// The sentences that gave each role, in whichever article gave them.
    evidence: Vec<JsonEvidence<'a>>,
    /// For a hostage, the status this article's last status event leaves them in.
    #[serde(skip_serializing_if = "Option::is_none")]
    status: Option<&'static str>,
}

/// A hostage status event read from the text (issue 18): who, what, when, and the sentence.
#[derive(Serialize)]
struct JsonStatus<'a> {
    /// The entity's name as in `entities[].entity`.
    entity: &'a str,
    /// `held`, `taken`, `released`, `killed`, `declared dead` or `remains returned`.
    event: &'static str,
    /// The status it leaves the person in: `alive`, `released` or `deceased`.
    status: &'static str,
    /// The date the sentence gives, when it gives a full one; else null (the article's date,
    /// or a weekday or day of the month resolved against it, as `when` says).
    date: Option<String>,
    /// `date`, `month_day`, `weekday` or `article`.
    when: &'static str,
    paragraph: usize,
    sentence: &'a str,
}

#[derive(Serialize)]
struct JsonEvidence<'a> {
    role: &'a str,
    article: String,
    paragraph: usize,
    sentence: &'a str,
    rule: &'a str,
}

#[derive(Serialize)]
struct JsonQuote<'a> {
    text: &'a str,
    speaker: Option<&'a str>,
    anonymous: bool,
    speaker_description: Option<&'a str>,
    paragraph: usize,
    /// The sieve that attributed it, and how sure it is.
    rule: &'a str,
    confidence: f64,
    /// A speaker guessed below the threshold: published as "speaker unclear".
    #[serde(skip_serializing_if = "Option::is_none")]
    speaker_unclear: Option<&'a str>,
}

#[derive(Serialize)]
struct JsonArticle<'a> {
    path: String,
    entities: Vec<JsonEntity<'a>>,
    quotes: Vec<JsonQuote<'a>>,
    status: Vec<JsonStatus<'a>>,
}

pub(super) fn to_json(
    paths: &[PathBuf],
    inputs: &[Input],
    extractions: &[ArticleExtraction],
    ids: &Identities,
) -> String {
    let sentence = |ai: usize, e: &RoleEvidence| -> &str {
        inputs[ai]
            .0
            .get(e.paragraph)
            .and_then(|p| p.get(e.start..e.end))
            .unwrap_or("")
    };
    let heads = evidence_heads(ids);
    let articles: Vec<JsonArticle<'_>> = extractions
        .iter()
        .enumerate()
        .map(|(ai, x)| {
            // Each organisation's name as the article writes it, looked up once per speaker.
            let orgs: rustc_hash::FxHashMap<&str, &str> = x
                .entities
                .iter()
                .filter(|e| e.kind == EntityKind::Organization)
                .map(|e| (e.name.as_str(), written_name(e, &inputs[ai].0)))
                .collect();
            JsonArticle {
                path: paths[ai].display().to_string(),
                entities: x
                    .entities
                    .iter()
                    .enumerate()
                    .map(|(ei, e)| {
                        let id = ids.of[ai][ei].map(|i| &ids.entities[i]);
                        let held = id.map_or(Vec::new(), |id| id.roles_in(ai, e.left_office));
                        JsonEntity {
                            name: written_name(e, &inputs[ai].0),
                            kind: e.kind.as_str(),
                            roles: held.iter().map(|r| r.as_str()).collect(),
                            mentions: e.mentions.len(),
                            aliases: &e.aliases,
                            description: e.description.as_deref(),
                            entity: id.map_or(e.name.as_str(), |id| id.name.as_str()),
                            evidence: ids.of[ai][ei].map_or(Vec::new(), |i| {
                                shown_evidence(&ids.entities[i].evidence, &heads[i], ai)
                                    .into_iter()
                                    .filter(|(_, ev)| held.contains(&ev.role))
                                    .map(|(bi, ev)| JsonEvidence {
                                        role: ev.role.as_str(),
                                        article: paths[*bi].display().to_string(),
                                        paragraph: ev.paragraph,
                                        sentence: sentence(*bi, ev),
                                        rule: ev.rule,
                                    })
                                    .collect()
                            }),
                            status: x
                                .status
                                .iter()
                                .rfind(|s| s.entity == ei)
                                .map(|s| s.kind.status().as_str()),
                        }
                    })
                    .collect(),
                status: x
                    .status
                    .iter()
                    .map(|s| {
                        let e = &x.entities[s.entity];
                        let id = ids.of[ai][s.entity].map(|i| &ids.entities[i]);
                        let span = &s.sentence;
                        JsonStatus {
                            entity: id.map_or(e.name.as_str(), |id| id.name.as_str()),
                            event: s.kind.as_str(),
                            status: s.kind.status().as_str(),
                            date: match s.when {
                                extract::When::Date(d) => Some(d.format("%Y-%m-%d").to_string()),
                                _ => None,
                            },
                            when: match s.when {
                                extract::When::Date(_) => "date",
                                extract::When::MonthDay(..) => "month_day",
                                extract::When::Weekday(_) => "weekday",
                                extract::When::Article => "article",
                            },
                            paragraph: span.paragraph,
                            sentence: inputs[ai]
                                .0
                                .get(span.paragraph)
                                .and_then(|p| p.get(span.start..span.end))
                                .unwrap_or("")
                                .trim(),
                        }
                    })
                    .collect(),
                quotes: x
                    .quotes
                    .iter()
                    .map(|q| JsonQuote {
                        text: &q.text,
                        speaker: q
                            .speaker
                            .as_deref()
                            .map(|sp| orgs.get(sp).copied().unwrap_or(sp)),
                        anonymous: q.anonymous,
                        speaker_description: q.speaker_description.as_deref(),
                        paragraph: q.span.paragraph,
                        rule: q.rule,
                        confidence: (f64::from(q.confidence) * 100.0).round() / 100.0,
                        speaker_unclear: q.unclear.as_deref(),
                    })
                    .collect(),
            }
        })
        .collect();
    let mut s = serde_json::to_string_pretty(&serde_json::json!({ "articles": articles }))
        .unwrap_or_default();
    s.push('\n');
    s
}

/// The name an organisation goes by in this article, as a person's is: the fullest form the
/// article writes ("IDF" where it never writes "Israel Defense Forces", "GOP" where it never
/// writes "Republican Party"). The site's name for it is `entity`. Other kinds keep theirs.
fn written_name<'a>(e: &'a FoundEntity, paragraphs: &'a [String]) -> &'a str {
    if e.kind != EntityKind::Organization {
        return &e.name;
    }
    let forms = e.mentions.iter().filter_map(|m| {
        let form = paragraphs.get(m.paragraph)?.get(m.start..m.end)?;
        Some(form.trim_start_matches("the ").trim_start_matches("The "))
    });
    if forms.clone().any(|f| f == e.name) {
        return &e.name;
    }
    forms
        .max_by_key(|f| (f.split_whitespace().count(), f.len()))
        .unwrap_or(&e.name)
}

/// How many sentences `extract --json` prints per role of an entity: enough to trace a role
/// to the files that gave it, without repeating every file's sentences in every other file.
const EVIDENCE_PER_ROLE: usize = 3;

/// The evidence printed for an entity of article `ai`: per role, that article's own
/// sentences first, then the first other articles' (`heads`: per role, the identity's first
/// [`EVIDENCE_PER_ROLE`] + 1 sentences), at most [`EVIDENCE_PER_ROLE`] in all.
fn shown_evidence<'a>(
    all: &'a [(usize, RoleEvidence)],
    heads: &'a [(usize, RoleEvidence)],
    ai: usize,
) -> Vec<&'a (usize, RoleEvidence)> {
    // Evidence is in article order: this article's is one slice of it.
    let from = all.partition_point(|(bi, _)| *bi < ai);
    let to = all.partition_point(|(bi, _)| *bi <= ai);
    let mut shown: Vec<&(usize, RoleEvidence)> = Vec::new();
    let others = heads.iter().filter(|(bi, _)| *bi != ai);
    for e in all[from..to].iter().chain(others) {
        if shown.iter().filter(|s| s.1.role == e.1.role).count() < EVIDENCE_PER_ROLE {
            shown.push(e);
        }
    }
    shown
}

/// Per identity, per role, its first few sentences: the other articles' evidence any file
/// may show.
fn evidence_heads(ids: &Identities) -> Vec<Vec<(usize, RoleEvidence)>> {
    ids.entities
        .iter()
        .map(|id| {
            let mut heads: Vec<(usize, RoleEvidence)> = Vec::new();
            for e in &id.evidence {
                if heads.iter().filter(|h| h.1.role == e.1.role).count() <= EVIDENCE_PER_ROLE {
                    heads.push(*e);
                }
            }
            heads
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An organisation the article names only by its short form is printed under that form,
    /// and so is the speaker of its statement; the site's name for it stays in `entity`.
    #[test]
    fn an_organisation_is_named_as_the_article_writes_it() {
        let paras = vec![
            "\"The crossing stays shut until further notice,\" the IDF said on Sunday.".to_string(),
        ];
        let registry = extract::Registry::empty();
        let x = extract::extract_article(&paras, &[], &registry);
        let ids = extract::identity::merge(std::slice::from_ref(&x), &registry);
        let out = to_json(
            &[PathBuf::from("a.txt")],
            &[(paras, Vec::new(), None)],
            &[x],
            &ids,
        );
        let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
        let article = &v["articles"][0];
        let idf = article["entities"]
            .as_array()
            .and_then(|es| es.iter().find(|e| e["kind"] == "organization"))
            .expect("an organisation");
        assert_eq!(idf["name"], "IDF");
        assert_eq!(idf["entity"], "Israel Defense Forces");
        assert_eq!(article["quotes"][0]["speaker"], "IDF");
    }
}
