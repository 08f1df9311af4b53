//! What of the linked site a reader can search for: every article, entity and quotation of a
//! [`Site`] as a [`SearchDoc`]. The site holds only what is being published (drafts only with
//! `--drafts`), so nothing else reaches the index.

use super::{DocKind, SearchDoc};
use crate::entity::EntityKind;
use crate::link::{ArticleNode, EntityNode, QuoteNode, Site};
use crate::render::url::paths;
use rayon::prelude::*;
use std::sync::Arc;

/// The heading of a quotation whose speaker is unknown or anonymous.
pub const UNNAMED: &str = "Unnamed source";

/// The site's searchable documents: articles (in the site's order), then entities, then
/// quotations, so the same site always gives the same index. Made in parallel: each copies
/// the text it indexes.
pub fn docs(site: &Site) -> Vec<SearchDoc> {
    let bodies = site
        .articles
        .iter()
        .map(|n| n.article.paragraphs.clone())
        .collect();
    let quoted = site
        .quotes
        .par_iter()
        .map(|q| (q.text().to_string(), q.speaker_name().map(str::to_string)))
        .collect();
    docs_with(site, bodies, quoted)
}

/// [`docs`] of a site no longer needed, let go once they are made: each article's paragraphs
/// are moved into its document where the site alone holds them, so a build holds its largest
/// text once, not twice; what no document reads (history, timelines; the Markdown was never
/// kept, and what only linking reads of extraction went before render) goes before the
/// documents are made, each quotation's words are moved into its document too, and
/// the pages it freed go back to the system once the site is gone: the index's postings are
/// large blocks that the small holes left could not hold, so without it they came on top (at
/// 10,000 articles the build's peak went from 326–349 to 298–301 MiB).
pub(crate) fn into_docs(mut site: Site) -> Vec<SearchDoc> {
    let bodies: Vec<Vec<String>> = site
        .articles
        .iter_mut()
        .map(|n| match Arc::get_mut(&mut n.article) {
            Some(a) => std::mem::take(&mut a.paragraphs),
            None => n.article.paragraphs.clone(),
        })
        .collect();
    site.history = Default::default();
    for e in &mut site.entities {
        (e.appearances, e.evidence, e.related) = Default::default();
        (e.quotes, e.status_history) = Default::default();
    }
    let quoted = take_quoted(&mut site);
    let mut docs: Vec<SearchDoc> = (site.articles.par_iter().zip(bodies))
        .map(|(n, body)| article(&site, n, body))
        .collect();
    docs.par_extend(site.entities.par_iter().map(entity));
    // The quotations' documents (most of a large dossier's) are made once the site is gone:
    // made beside it, they came on top of it (at 100,000 articles the build's peak).
    let (said, sources) = Said::of(&mut site, quoted);
    drop(site);
    crate::engine::give_back_free_pages();
    docs.par_extend(said.into_par_iter().map(|s| s.doc(&sources)));
    docs
}

/// What a quotation's document needs of the site, kept while the site goes.
struct Said {
    article: u32,
    paragraph: usize,
    /// The entity that said it, by index into [`Sources::names`], else the name extraction
    /// gave; none for an anonymous source.
    speaker: Option<Result<u32, String>>,
    text: String,
}

/// Each article's slug and date and each entity's name, for [`Said::doc`].
struct Sources {
    articles: Vec<(String, String)>,
    names: Vec<String>,
}

impl Said {
    fn of(site: &mut Site, quoted: Vec<Quoted>) -> (Vec<Said>, Sources) {
        let said = (site.quotes.iter().zip(quoted))
            .map(|(q, (text, name))| Said {
                article: q.article.0,
                paragraph: q.paragraph,
                speaker: match (q.anonymous, q.speaker, name) {
                    (true, _, _) => None,
                    (_, Some(id), _) => Some(Ok(id.0)),
                    (_, None, name) => name.map(Err),
                },
                text,
            })
            .collect();
        let articles = (site.articles.iter())
            .map(|n| (n.article.slug.clone(), day(&n.article)))
            .collect();
        let names = (site.entities.iter_mut())
            .map(|e| std::mem::take(&mut e.name))
            .collect();
        (said, Sources { articles, names })
    }

    fn doc(self, sources: &Sources) -> SearchDoc {
        let (slug, date) = &sources.articles[self.article as usize];
        let speaker = self.speaker.map(|s| match s {
            Ok(id) => sources.names[id as usize].clone(),
            Err(name) => name,
        });
        quote_doc(slug, date.clone(), self.paragraph, speaker, self.text)
    }
}

/// Each quotation's words and the speaker's name as extraction gave it, in the site's
/// order, moved out of the site's quotations: the words go into the documents uncopied, and
/// the rest of what the site kept of the quotations and of their extractions is free before
/// the documents are made. The site's quotations can no longer give their words after.
fn take_quoted(site: &mut Site) -> Vec<Quoted> {
    for n in &mut site.articles {
        n.extraction = Default::default();
    }
    (site.quotes.iter_mut())
        .map(|q| {
            let words = std::mem::take(&mut q.words);
            (words.text.into_string(), words.speaker.map(String::from))
        })
        .collect()
}

/// A quotation's words and the speaker's name as extraction gave it.
type Quoted = (String, Option<String>);

/// The documents, with `bodies[i]` the paragraphs of article `i` and `quoted[i]` what
/// quotation `i` says.
fn docs_with(site: &Site, bodies: Vec<Vec<String>>, quoted: Vec<Quoted>) -> Vec<SearchDoc> {
    let mut docs: Vec<SearchDoc> = (site.articles.par_iter().zip(bodies))
        .map(|(n, body)| article(site, n, body))
        .collect();
    docs.par_extend(site.entities.par_iter().map(entity));
    docs.par_extend((site.quotes.par_iter().zip(quoted)).map(|(q, said)| quote(site, q, said)));
    docs
}

/// An article's document; its body is one `body` field per paragraph, which the index reads
/// as one text, the paragraphs a line apart.
fn article(site: &Site, node: &ArticleNode, body: Vec<String>) -> SearchDoc {
    let a = &node.article;
    let names: Vec<&str> = node
        .entities
        .iter()
        .map(|(id, _)| site.entity(*id).name.as_str())
        .collect();
    let mut fields = vec![("title", a.title.clone())];
    if let Some(summary) = &a.front.summary {
        fields.push(("summary", summary.clone()));
    }
    fields.push(("tags", a.front.tags.join(", ")));
    fields.push(("entities", names.join(", ")));
    fields.extend(body.into_iter().map(|p| ("body", p)));
    SearchDoc {
        kind: DocKind::Article,
        url: paths::article(&a.slug),
        title: a.title.clone(),
        date: Some(crate::render::refs::iso_date(&a.date)),
        fields,
    }
}

fn entity(e: &EntityNode) -> SearchDoc {
    let mut description = e.description.clone().unwrap_or_default();
    for extra in e.affiliation.iter().chain(&e.nationality) {
        description.push('\n');
        description.push_str(extra);
    }
    let roles: Vec<&str> = e.roles.iter().map(|r| r.as_str()).collect();
    SearchDoc {
        kind: match e.kind {
            EntityKind::Person => DocKind::Person,
            EntityKind::Organization => DocKind::Organization,
            EntityKind::Place => DocKind::Place,
        },
        url: paths::entity(e.kind, &e.slug),
        title: e.name.clone(),
        date: None,
        fields: vec![
            ("name", e.name.clone()),
            ("aliases", e.aliases.join(", ")),
            ("roles", roles.join(", ")),
            ("description", description.trim().to_string()),
        ],
    }
}

fn quote(site: &Site, q: &QuoteNode, (text, name): Quoted) -> SearchDoc {
    let article = &site.article(q.article).article;
    let speaker = match (q.anonymous, q.speaker, name) {
        (true, _, _) => None,
        (_, Some(id), _) => Some(site.entity(id).name.clone()),
        (_, None, name) => name,
    };
    quote_doc(&article.slug, day(article), q.paragraph, speaker, text)
}

/// The day an article is dated, as a result shows it.
fn day(article: &crate::load::Article) -> String {
    crate::render::refs::iso_date(&article.date)
}

/// A quotation's document: `text` said by `speaker` (none when unknown or anonymous) in
/// paragraph `paragraph` of the article `slug`, dated `date`.
fn quote_doc(
    slug: &str,
    date: String,
    paragraph: usize,
    speaker: Option<String>,
    text: String,
) -> SearchDoc {
    // At its length: pushed onto a list of one, the speaker made room for four fields.
    let mut fields = Vec::with_capacity(1 + usize::from(speaker.is_some()));
    fields.push(("text", text));
    if let Some(name) = &speaker {
        fields.push(("speaker", name.clone()));
    }
    SearchDoc {
        kind: DocKind::Quotation,
        url: paths::paragraph(slug, paragraph),
        title: speaker.unwrap_or_else(|| UNNAMED.to_string()),
        date: Some(date),
        fields,
    }
}

#[cfg(test)]
mod tests {
    use crate::engine::{Options, build};
    use indicatif::ProgressBar;

    /// A build's quotation documents hold the very words extraction found, not copies.
    #[test]
    fn a_built_site_moves_each_quotations_words_into_its_document() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let site = build(&Options::new(root), &ProgressBar::hidden())
            .unwrap()
            .site;
        let first = site.articles.len() + site.entities.len();
        let words: Vec<(String, *const u8)> = (site.quotes.iter())
            .map(|q| (q.text().to_string(), q.text().as_ptr()))
            .collect();
        assert!(!words.is_empty(), "the example dossier has quotations");
        let docs = super::into_docs(site);
        for (doc, (text, at)) in docs[first..].iter().zip(&words) {
            let (name, said) = &doc.fields[0];
            assert_eq!((*name, said), ("text", text));
            assert_eq!(said.as_ptr(), *at, "the words were copied");
            assert_eq!(
                doc.fields.capacity(),
                doc.fields.len(),
                "room for unused fields"
            );
        }
        assert_eq!(docs.len() - first, words.len());
    }

    /// The documents a build makes of a site it lets go (the quotations' once the site is
    /// gone) are the documents made of the site borrowed, in the same order.
    #[test]
    fn a_site_let_go_gives_the_documents_of_the_site_borrowed() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let site = build(&Options::new(root), &ProgressBar::hidden())
            .unwrap()
            .site;
        let borrowed = super::docs(&site);
        assert!(borrowed.iter().any(|d| d.kind == super::DocKind::Quotation));
        assert!(
            (borrowed.iter()).any(|d| d.kind == super::DocKind::Quotation && d.fields.len() == 2),
            "some quotation has a speaker"
        );
        assert_eq!(super::into_docs(site), borrowed);
    }

    /// Taking the quotations' words leaves the site's quotations and articles holding none
    /// of them, nor of their extractions.
    #[test]
    fn taking_the_words_leaves_the_site_none_of_them() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut site = build(&Options::new(root), &ProgressBar::hidden())
            .unwrap()
            .site;
        let before: Vec<(String, Option<String>)> = (site.quotes.iter())
            .map(|q| (q.text().to_string(), q.speaker_name().map(str::to_string)))
            .collect();
        let quoted = super::take_quoted(&mut site);
        assert!(quoted.len() > 1, "the example dossier has quotations");
        assert_eq!(quoted, before);
        assert!(site.quotes.iter().all(|q| q.words == Default::default()));
        assert!(site.articles.iter().all(|n| n.extraction.status.is_empty()));
    }
}
