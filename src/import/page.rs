//! A news page's metadata: title, date, outlet, canonical address, author and summary, each
//! taken from the page's JSON-LD first (schema.org `NewsArticle`, `LiveBlogPosting`…), then
//! its Open Graph tags, then its other meta tags, the order in which publishers keep them
//! most carefully. A live blog's updates come from its JSON-LD as well.

use super::date::Published;
use dom_query::Document;
use serde_json::Value;
use std::collections::HashMap;
use url::Url;

/// What a page says about itself. Every field is optional: the import fills gaps from the
/// feed item or the readability result, and refuses a page with no title at all.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Meta {
    pub title: Option<String>,
    pub date: Option<Published>,
    pub source: Option<String>,
    pub source_url: Option<Url>,
    pub author: Option<String>,
    pub summary: Option<String>,
    /// A live blog's updates, oldest first.
    pub updates: Vec<Update>,
}

/// One update of a live blog.
#[derive(Debug, Clone, PartialEq)]
pub struct Update {
    pub headline: Option<String>,
    pub date: Option<Published>,
    pub body: String,
}

/// Reads the metadata of `doc`, fetched from `page_url` (for relative addresses; `None` for
/// a saved file).
pub fn read(doc: &Document, page_url: Option<&Url>) -> Meta {
    let ld = json_ld(doc);
    let ld = ld.as_ref();
    let meta = meta_tags(doc);
    let tag = |keys: &[&str]| keys.iter().find_map(|k| meta.get(*k).cloned());
    // `article:author` is often the author's profile page, not a name.
    let name_tag = |keys: &[&str]| {
        keys.iter()
            .filter_map(|k| meta.get(*k))
            .find(|v| !v.contains("://"))
            .map(|v| v.trim_start_matches("By ").to_string())
    };
    let ld_str = |key: &str| ld.and_then(|o| text(o.get(key)?));
    let resolve = |href: &str| canonical(href, page_url);

    let canonical_link = doc
        .select("link[rel][href]")
        .iter()
        .filter(|l| {
            l.attr("rel").is_some_and(|r| {
                r.split_whitespace()
                    .any(|t| t.eq_ignore_ascii_case("canonical"))
            })
        })
        .find_map(|l| resolve(&l.attr("href")?));
    let ld_url = ld.and_then(|o| {
        let main = o.get("mainEntityOfPage");
        let main = main.and_then(|m| text(m.get("@id").unwrap_or(m)));
        resolve(&main.or_else(|| text(o.get("url")?))?)
    });

    Meta {
        title: ld_str("headline")
            .or_else(|| ld_str("name"))
            .or_else(|| tag(&["og:title", "twitter:title", "title", "dc.title"])),
        date: ["datePublished", "coverageStartTime", "dateCreated"]
            .iter()
            .filter_map(|k| ld_str(k))
            .chain(tag(&["article:published_time"]))
            .chain(tag(&[
                "date",
                "pubdate",
                "publishdate",
                "publish-date",
                "dc.date",
                "dc.date.issued",
                "dcterms.created",
                "parsely-pub-date",
                "sailthru.date",
                "datepublished",
            ]))
            .find_map(|d| Published::parse(&d)),
        source: ld
            .and_then(|o| names(o.get("publisher")?))
            .or_else(|| tag(&["og:site_name", "application-name", "twitter:site"])),
        source_url: canonical_link
            .or(ld_url)
            .or_else(|| resolve(&tag(&["og:url"])?))
            .or_else(|| page_url.and_then(|u| canonical(u.as_str(), None))),
        author: ld
            .and_then(|o| names(o.get("author")?))
            .or_else(|| name_tag(&["article:author", "author", "dc.creator", "byl"])),
        summary: ld_str("description")
            .or_else(|| tag(&["og:description", "description", "twitter:description"])),
        updates: ld.map(updates).unwrap_or_default(),
    }
}

/// Makes `href` absolute (against `base`) and canonical: http(s) only, no fragment, no
/// tracking parameters (`utm_*`, `fbclid`…), so the same story reached through a newsletter
/// and through a feed has one address.
pub fn canonical(href: &str, base: Option<&Url>) -> Option<Url> {
    let href = href.trim();
    let mut url = match base {
        Some(b) => b.join(href).ok()?,
        None => Url::parse(href).ok()?,
    };
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
        return None;
    }
    url.set_fragment(None);
    let kept: Vec<(String, String)> = url
        .query_pairs()
        .filter(|(k, _)| !is_tracking(k))
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    if kept.is_empty() {
        url.set_query(None);
    } else {
        url.query_pairs_mut().clear().extend_pairs(kept);
    }
    Some(url)
}

fn is_tracking(key: &str) -> bool {
    let key = key.to_ascii_lowercase();
    key.starts_with("utm_")
        || matches!(
            key.as_str(),
            "fbclid"
                | "gclid"
                | "dclid"
                | "msclkid"
                | "mc_cid"
                | "mc_eid"
                | "ref"
                | "ref_src"
                | "cmpid"
                | "smid"
                | "ocid"
                | "at_medium"
                | "at_campaign"
        )
}

/// The `content` of every `<meta>` by its lower-cased `property`, `name` or `itemprop`; the
/// first of each wins, as browsers and crawlers read them.
fn meta_tags(doc: &Document) -> HashMap<String, String> {
    let mut map = HashMap::new();
    for m in doc.select("meta[content]").iter() {
        let content = m.attr("content").map(|c| c.trim().to_string());
        let Some(content) = content.filter(|c| !c.is_empty()) else {
            continue;
        };
        for key in ["property", "name", "itemprop"] {
            if let Some(k) = m.attr(key) {
                map.entry(k.trim().to_ascii_lowercase())
                    .or_insert_with(|| content.clone());
            }
        }
    }
    map
}

/// The page's first schema.org article object, looked for in every JSON-LD script, in arrays
/// and in `@graph`. Scripts that are not valid JSON are skipped, as browsers skip them.
fn json_ld(doc: &Document) -> Option<serde_json::Map<String, Value>> {
    let mut queue: Vec<Value> = doc
        .select("script[type]")
        .iter()
        .filter(|s| {
            s.attr("type")
                .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"))
        })
        .filter_map(|s| serde_json::from_str(s.text().trim()).ok())
        .collect();
    queue.reverse();
    while let Some(v) = queue.pop() {
        match v {
            Value::Array(items) => queue.extend(items.into_iter().rev()),
            Value::Object(mut o) => {
                if is_article(o.get("@type")) {
                    return Some(o);
                }
                if let Some(graph) = o.remove("@graph") {
                    queue.push(graph);
                }
            }
            _ => {}
        }
    }
    None
}

/// `NewsArticle`, `ReportageNewsArticle`, `LiveBlogPosting`, `BlogPosting`…, alone or in a
/// list of types.
fn is_article(kind: Option<&Value>) -> bool {
    let one = |t: &str| {
        let t = t.rsplit(['/', ':']).next().unwrap_or(t);
        t.ends_with("Article") || t.ends_with("Posting") || t == "Report"
    };
    match kind {
        Some(Value::String(t)) => one(t),
        Some(Value::Array(ts)) => ts.iter().any(|t| t.as_str().is_some_and(one)),
        _ => false,
    }
}

/// A JSON-LD string value, trimmed, or `None` when absent or empty.
fn text(v: &Value) -> Option<String> {
    v.as_str()
        .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|s| !s.is_empty())
}

/// A person or organisation, or a list of them, as written: `"A"`, `{"name": "A"}`,
/// `[{"name": "A"}, {"name": "B"}]` → `A, B`.
fn names(v: &Value) -> Option<String> {
    let all: Vec<String> = match v {
        Value::Array(items) => items.iter().filter_map(names).collect(),
        Value::Object(o) => o.get("name").and_then(text).into_iter().collect(),
        other => text(other).into_iter().collect(),
    };
    (!all.is_empty()).then(|| all.join(", "))
}

/// A live blog's `liveBlogUpdate` entries that have text, oldest first.
fn updates(o: &serde_json::Map<String, Value>) -> Vec<Update> {
    let list = match o.get("liveBlogUpdate") {
        Some(Value::Array(items)) => items.iter().collect(),
        Some(one @ Value::Object(_)) => vec![one],
        _ => Vec::new(),
    };
    let mut out: Vec<Update> = list
        .into_iter()
        .filter_map(|u| {
            let body = u.get("articleBody").and_then(Value::as_str)?.trim();
            (!body.is_empty()).then(|| Update {
                headline: u.get("headline").and_then(text),
                date: u
                    .get("datePublished")
                    .and_then(Value::as_str)
                    .and_then(Published::parse),
                body: body.to_string(),
            })
        })
        .collect();
    out.sort_by_key(|u| u.date.map(|d| d.sort_key()));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(head: &str) -> Meta {
        let doc = Document::from(format!("<html><head>{head}</head><body></body></html>"));
        read(&doc, Url::parse("https://news.example/a/b").ok().as_ref())
    }

    #[test]
    fn json_ld_wins_over_open_graph_which_wins_over_meta() {
        let m = page(
            r#"<meta name="description" content="meta"><meta property="og:description" content="og">
            <meta property="og:title" content="OG title"><meta name="author" content="Meta Author">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"LD title"}</script>"#,
        );
        assert_eq!(m.title.as_deref(), Some("LD title"));
        assert_eq!(m.summary.as_deref(), Some("og"));
        assert_eq!(m.author.as_deref(), Some("Meta Author"));
    }

    #[test]
    fn an_author_given_as_a_profile_address_gives_way_to_a_name() {
        let m = page(
            r#"<meta property="article:author" content="https://news.example/staff/rs">
            <meta name="author" content="By Rivka Stern">"#,
        );
        assert_eq!(m.author.as_deref(), Some("Rivka Stern"));
    }

    #[test]
    fn a_broken_json_ld_script_is_skipped() {
        let m = page(
            r#"<script type="application/ld+json">{"@type": "NewsArticle", </script>
            <script type="application/ld+json">[{"@type":"Person","name":"X"},{"@type":["Thing","NewsArticle"],"headline":"Second"}]</script>"#,
        );
        assert_eq!(m.title.as_deref(), Some("Second"));
    }

    #[test]
    fn canonical_addresses_lose_fragments_and_tracking_but_keep_real_queries() {
        let base = Url::parse("https://news.example/world/").ok();
        let c = |h| canonical(h, base.as_ref()).map(|u| u.to_string());
        assert_eq!(
            c("story?id=7&utm_source=x&fbclid=y#top").as_deref(),
            Some("https://news.example/world/story?id=7")
        );
        assert_eq!(
            c("/a?utm_medium=rss").as_deref(),
            Some("https://news.example/a")
        );
        assert_eq!(c("javascript:alert(1)"), None);
        assert_eq!(c("ftp://news.example/a"), None);
    }

    #[test]
    fn authors_may_be_strings_objects_or_lists() {
        let v: Value = serde_json::json!([{"@type":"Person","name":"A B"}, "C D"]);
        assert_eq!(names(&v).as_deref(), Some("A B, C D"));
        assert_eq!(names(&serde_json::json!({"name": ""})), None);
    }
}
