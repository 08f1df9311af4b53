//! The result data of each document (`[kind,url,title,date,snippet]`), as written into the
//! chunks `search/d/N.json` (or the manifest's `store`).
//!
//! A dossier has many more quotations than articles, and each quotation's result once
//! repeated its article's path and date: a tenth of the index at 10,000 articles. Documents
//! are written article by article, so a document whose page and date are those of the document
//! before it in the same file is written with its URL's fragment alone (`"#p-3"`) and no date
//! (`null`): the reader takes the page and date from the nearest document before it in that
//! file whose URL is whole. The first document of each file is always written whole, so each
//! file is read on its own and a query fetches no more than before.

use super::{DocKind, SearchDoc};
use std::ops::Range;

/// One document's result data, whole, and where to cut it when it follows a document of its
/// page: the page before the fragment in its URL, and its date (written `null`). The short
/// form is made from the whole one as it is written, so a large index holds each once.
pub(crate) struct Stored {
    whole: String,
    cut: Option<(Range<usize>, Range<usize>)>,
}

impl Stored {
    /// The bytes it takes in a file (with its comma): whole when it opens the file.
    pub(crate) fn len(&self, first: bool) -> usize {
        match &self.cut {
            Some((page, date)) if !first => self.whole.len() - page.len() - date.len() + 5,
            _ => self.whole.len() + 1,
        }
    }

    fn push_to(&self, out: &mut String, first: bool) {
        match &self.cut {
            Some((page, date)) if !first => {
                out.push_str(&self.whole[..page.start]);
                out.push_str(&self.whole[page.end..date.start]);
                out.push_str("null");
                out.push_str(&self.whole[date.end..]);
            }
            _ => out.push_str(&self.whole),
        }
    }
}

/// The result data of each document, in order.
pub(crate) fn stored(docs: &[SearchDoc], snippet_chars: usize) -> Vec<Stored> {
    stored_range(docs, 0..docs.len(), snippet_chars)
}

/// The result data of the documents `range` of `docs`, in order (a document is cut by the one
/// before it, which may lie before `range`).
pub(crate) fn stored_range(
    docs: &[SearchDoc],
    range: Range<usize>,
    snippet_chars: usize,
) -> Vec<Stored> {
    use rayon::prelude::*;
    let page = |d: &SearchDoc| d.url.split('#').next().map(str::to_string);
    range
        .into_par_iter()
        .map(|i| {
            let doc = &docs[i];
            let kind = json_str(doc.kind.as_str());
            let url = json_str(&doc.url);
            let title = json_str(&doc.title);
            let date = doc.date.as_deref().map_or_else(|| "null".into(), json_str);
            let whole = format!(
                "[{kind},{url},{title},{date},{}]",
                json_str(&snippet(doc, snippet_chars))
            );
            // Only a URL written as it is (no escapes) is cut, so the cut falls where it should.
            let follows = i > 0
                && doc.url.contains('#')
                && url.len() == doc.url.len() + 2
                && page(doc) == page(&docs[i - 1])
                && doc.date == docs[i - 1].date;
            let cut = follows.then(|| {
                let page_start = kind.len() + 3;
                let page_end = page_start + doc.url.find('#').unwrap_or(0);
                let date_start = kind.len() + url.len() + title.len() + 4;
                (page_start..page_end, date_start..date_start + date.len())
            });
            Stored { whole, cut }
        })
        .collect()
}

/// The documents `items` as one JSON array, the first whole.
pub(crate) fn array(items: &[Stored]) -> String {
    let mut text = String::with_capacity(items.iter().map(|s| s.len(false)).sum::<usize>() + 2);
    text.push('[');
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            text.push(',');
        }
        item.push_to(&mut text, i == 0);
    }
    text.push(']');
    text
}

/// The text shown under a result: the field that best says what the document is, cut at a
/// word boundary. Stored whole so the runtime can highlight the query's words in it without
/// fetching the document's full text.
pub(crate) fn snippet(doc: &SearchDoc, max_chars: usize) -> String {
    let order: &[&str] = match doc.kind {
        DocKind::Article => &["summary", "body", "text"],
        DocKind::Quotation => &["text", "body"],
        _ => &["description", "roles", "aliases", "body"],
    };
    // A name given twice is one text (an article's body is a field per paragraph).
    let texts = |name: &'static str| doc.fields.iter().filter(move |(n, _)| *n == name);
    let words = order
        .iter()
        .find(|&&name| texts(name).any(|(_, t)| !t.trim().is_empty()))
        .into_iter()
        .flat_map(|&name| texts(name).flat_map(|(_, t)| t.split_whitespace()));
    let mut out = String::new();
    // Characters in `out`, counted as it grows rather than again for every word.
    let mut chars = 0;
    for word in words {
        let extra = usize::from(chars > 0) + word.chars().count();
        if chars + extra > max_chars {
            if chars == 0 {
                out = word.chars().take(max_chars).collect();
            }
            out.push('…');
            return out;
        }
        if chars > 0 {
            out.push(' ');
        }
        out.push_str(word);
        chars += extra;
    }
    out
}

pub(crate) fn json_str(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(kind: DocKind, url: &str, date: &str) -> SearchDoc {
        SearchDoc {
            kind,
            url: url.into(),
            title: "T".into(),
            date: Some(date.into()),
            fields: vec![("text", "said".into())],
        }
    }

    #[test]
    fn a_document_of_the_page_before_it_is_written_by_its_fragment() {
        let docs = [
            doc(DocKind::Article, "articles/a/", "2025-03-05"),
            doc(DocKind::Quotation, "articles/a/#p-1", "2025-03-05"),
            doc(DocKind::Quotation, "articles/a/#p-4", "2025-03-05"),
            doc(DocKind::Quotation, "articles/b/#p-0", "2025-03-06"),
        ];
        let s = stored(&docs, 100);
        assert!(s[0].cut.is_none());
        assert_eq!(
            array(&s[..3]),
            r##"[["article","articles/a/","T","2025-03-05","said"],["quotation","#p-1","T",null,"said"],["quotation","#p-4","T",null,"said"]]"##
        );
        assert_eq!(
            s[2].len(false),
            r##"["quotation","#p-4","T",null,"said"],"##.len()
        );
        assert!(s[3].cut.is_none(), "another page is written whole");
        // A file opens with a whole document, even one that follows its page.
        let file = array(&s[2..]);
        assert!(file.starts_with(r#"[["quotation","articles/a/#p-4","T","2025-03-05""#));
        assert!(file.contains(r#"["quotation","articles/b/#p-0""#));
    }

    #[test]
    fn snippets_end_at_a_word_with_an_ellipsis() {
        let doc = SearchDoc {
            kind: DocKind::Article,
            url: String::new(),
            title: String::new(),
            date: None,
            fields: vec![("body", "one two  three\nfour".into())],
        };
        assert_eq!(snippet(&doc, 9), "one two…");
        assert_eq!(snippet(&doc, 100), "one two three four");
    }

    #[test]
    fn a_field_given_twice_is_one_snippet_text() {
        let doc = SearchDoc {
            kind: DocKind::Article,
            url: String::new(),
            title: String::new(),
            date: None,
            fields: vec![
                ("body", " ".into()),
                ("body", "one two".into()),
                ("body", "three".into()),
            ],
        };
        assert_eq!(snippet(&doc, 100), "one two three");
    }
}
