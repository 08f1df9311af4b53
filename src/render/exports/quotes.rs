//! `api/quotes.json`: every quotation of the dossier, grouped by article. It is the largest
//! export (a dossier has many more quotations than articles), so each quotation is a row
//! whose fields are named once in the file, and its speaker and the speaker's description are
//! positions in lists given once, not strings repeated on every line (at 10,000 articles:
//! 22.2 → 10.9 MB).

use super::{Table, entity_id, object};
use crate::link::{EntityId, QuoteNode, Site};
use crate::write::{OutputError, Sink};
use serde_json::Value;

/// The fields of a quotation's row, in order; the file names them once (as `row`) so a reader
/// can find them there as well as in the README.
const ROW: [&str; 7] = [
    "paragraph",
    "text",
    "speaker",
    "description",
    "anonymous",
    "side",
    "name",
];

/// Writes `api/quotes.json`: `{row, speakers, descriptions, articles}`, each article's
/// quotations as `{article, quotes: [row, …]}`, newest article first.
pub(crate) fn write_into(site: &Site, sink: &dyn Sink) -> Result<(), OutputError> {
    let mut speakers = Table::default();
    let mut descriptions = Table::default();
    for q in &site.quotes {
        if let Some(s) = q.speaker {
            speakers.index(s.0);
        }
        if let Some(d) = q.description() {
            descriptions.index(d);
        }
    }
    // A row leaves out its trailing fields with nothing to say (null or false).
    let row = |q: &QuoteNode| {
        let mut row = vec![
            q.paragraph.into(),
            q.text().into(),
            q.speaker.map(|s| speakers.position[&s.0]).into(),
            q.description().map(|d| descriptions.position[d]).into(),
            q.anonymous.into(),
            // A speaker that is an entity is named by position alone: its name and side are
            // in api/entities.json.
            (q.speaker.is_none().then_some(q.side).flatten())
                .map(|s| s.label())
                .into(),
            (q.speaker.is_none().then(|| q.speaker_name()).flatten()).into(),
        ];
        while matches!(row.last(), Some(Value::Null | Value::Bool(false))) {
            row.pop();
        }
        Value::Array(row)
    };
    let speaker_ids: Vec<String> = (speakers.order.iter())
        .map(|&s| entity_id(site, EntityId(s)))
        .collect();
    // Quotations are stored newest article first, each article's in reading order, so an
    // article's quotations are consecutive; they are written group by group.
    let articles = (site.quotes.chunk_by(|a, b| a.article == b.article)).map(|group| {
        let slug = &site.article(group[0].article).article.slug;
        let rows: Vec<Value> = group.iter().map(row).collect();
        serde_json::json!({ "article": slug, "quotes": rows })
    });
    let head = [
        ("row", ROW.as_slice().into()),
        ("speakers", speaker_ids.into()),
        ("descriptions", descriptions.order.into()),
    ];
    object(sink, "api/quotes.json", &head, "articles", articles)
}
