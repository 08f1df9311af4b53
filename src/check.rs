//! `dossier check`: everything a build validates (content, registry, templates), plus every
//! internal link of the built site — pages, stylesheets, scripts, images, and `#p-N`
//! fragments to paragraphs — without writing anything. A broken link an article or page
//! makes is reported at its file and line (`source`); with `--external`, links that leave the
//! site are fetched too (`external`).

mod external;
mod source;

pub use external::External;

use crate::Error;
use crate::engine::{self, Options};
use crate::render::Urls;
use rayon::prelude::*;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

/// A link that leads nowhere.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Broken {
    /// The page it is on, as a path under `output/`.
    pub page: PathBuf,
    pub url: String,
    pub reason: String,
    /// The article or page file and line where the link is written, when a writer wrote it
    /// (a link the theme makes has none).
    pub source: Option<source::At>,
}

impl std::fmt::Display for Broken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.source {
            Some((path, line)) => write!(
                f,
                "{}:{line}: link to {} is broken: {} (on {})",
                path.display(),
                self.url,
                self.reason,
                self.page.display()
            ),
            None => write!(
                f,
                "{}: link to {} is broken: {}",
                self.page.display(),
                self.url,
                self.reason
            ),
        }
    }
}

/// What `check` found.
pub struct Report {
    pub articles: usize,
    /// Articles dated after now, left out for want of `--future`.
    pub future: usize,
    pub pages: usize,
    pub links: usize,
    pub broken: Vec<Broken>,
    /// Quotations published as "speaker unclear": warnings, not failures.
    pub unclear: Vec<Unclear>,
}

/// A quotation whose speaker extraction could only guess, so the site does not name one. A
/// writer can name the speaker plainly in the article, or add the person to the registry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unclear {
    /// The article file.
    pub path: PathBuf,
    /// Paragraph, counted from 1 as a reader counts.
    pub paragraph: usize,
    pub text: String,
    /// Whom the guess pointed to.
    pub guess: String,
}

impl std::fmt::Display for Unclear {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: paragraph {}: speaker unclear for “{}” (perhaps {}); name the speaker in the sentence or add them to the registry",
            self.path.display(),
            self.paragraph,
            self.text,
            self.guess
        )
    }
}

/// Every quotation of the site published as "speaker unclear", in article order.
pub fn unclear(site: &crate::link::Site) -> Vec<Unclear> {
    (site.quotes.iter())
        .filter_map(|q| {
            q.unclear().map(|guess| Unclear {
                path: site.article(q.article).article.path.clone(),
                paragraph: q.paragraph + 1,
                text: crate::load::truncate_chars(q.text(), 60),
                guess: guess.to_string(),
            })
        })
        .collect()
}

struct Page {
    ids: HashSet<String>,
    links: Vec<String>,
}

fn parse(html: &str) -> Page {
    let doc = scraper::Html::parse_document(html);
    let mut ids = HashSet::new();
    let mut links = Vec::new();
    for node in doc.root_element().descendants() {
        if let Some(el) = node.value().as_element() {
            if let Some(id) = el.attr("id") {
                ids.insert(id.to_string());
            }
            let attr = match el.name() {
                "a" | "link" | "area" => el.attr("href"),
                "img" | "script" | "iframe" | "source" => el.attr("src"),
                _ => None,
            };
            if let Some(url) = attr {
                links.push(url.to_string());
            }
        }
    }
    Page { ids, links }
}

/// Checks the links of a set of generated files. `files` maps paths under `output/` to
/// bytes; `assets` are the other paths that exist there.
pub fn links(
    files: &HashMap<PathBuf, &[u8]>,
    assets: &HashSet<PathBuf>,
    base_path: &str,
) -> (usize, usize, Vec<Broken>) {
    let pages: HashMap<&PathBuf, Page> = files
        .par_iter()
        .filter(|(p, _)| p.extension().is_some_and(|e| e == "html"))
        .map(|(p, b)| (p, parse(&String::from_utf8_lossy(b))))
        .collect();
    let exists = |p: &Path| files.contains_key(p) || assets.contains(p);
    let mut broken = Vec::new();
    let mut count = 0;
    for (page, parsed) in &pages {
        for url in &parsed.links {
            count += 1;
            if let Some(reason) = check_one(page, url, base_path, &exists, &pages) {
                broken.push(Broken {
                    page: (*page).clone(),
                    url: url.clone(),
                    reason,
                    source: None,
                });
            }
        }
    }
    broken.sort_by(|a, b| (&a.page, &a.url).cmp(&(&b.page, &b.url)));
    (pages.len(), count, broken)
}

/// Why `url` on `page` is broken, or `None` when it resolves.
fn check_one(
    page: &Path,
    url: &str,
    base_path: &str,
    exists: &dyn Fn(&Path) -> bool,
    pages: &HashMap<&PathBuf, Page>,
) -> Option<String> {
    let lower = url.to_ascii_lowercase();
    if ["http://", "https://", "mailto:", "tel:", "//"]
        .iter()
        .any(|p| lower.starts_with(p))
    {
        return None; // outside the site: not checked offline
    }
    let (path_part, fragment) = match url.split_once('#') {
        Some((p, f)) => (p, Some(f)),
        None => (url, None),
    };
    let path_part = path_part.split('?').next().unwrap_or("");
    let target: PathBuf = if path_part.is_empty() {
        page.to_path_buf()
    } else if let Some(rest) = path_part.strip_prefix(base_path) {
        let rest = percent_encoding::percent_decode_str(rest)
            .decode_utf8_lossy()
            .into_owned();
        crate::render::url::paths::file_for(&rest)
    } else if path_part.starts_with('/') {
        return Some(format!("it is outside the site's base path {base_path}"));
    } else if lower.contains(':') {
        return Some("unsupported scheme".into());
    } else {
        // Relative to the page's folder.
        let dir = page.parent().unwrap_or(Path::new(""));
        let joined = normalize(&dir.join(path_part));
        let joined = joined.to_string_lossy().into_owned();
        let with_slash = if path_part.ends_with('/') {
            format!("{joined}/")
        } else {
            joined
        };
        crate::render::url::paths::file_for(&with_slash)
    };
    if !exists(&target) {
        return Some(format!("no page {}", target.display()));
    }
    match (fragment, pages.get(&target)) {
        (Some(f), Some(p)) if !f.is_empty() && !p.ids.contains(f) => {
            Some(format!("{} has no element with id `{f}`", target.display()))
        }
        _ => None,
    }
}

/// The external links of the HTML pages among `files` that fail, once per page that has them.
fn external_links(files: &HashMap<PathBuf, &[u8]>, options: External) -> Vec<Broken> {
    let on_pages: Vec<(&PathBuf, Vec<String>)> = files
        .par_iter()
        .filter(|(p, _)| p.extension().is_some_and(|e| e == "html"))
        .map(|(p, b)| {
            let links = parse(&String::from_utf8_lossy(b)).links;
            (
                p,
                links
                    .into_iter()
                    .filter(|u| external::is_external(u))
                    .collect(),
            )
        })
        .collect();
    let mut distinct: Vec<String> = on_pages.iter().flat_map(|(_, l)| l.clone()).collect();
    distinct.sort();
    distinct.dedup();
    let failing: HashMap<String, String> =
        external::failing(&distinct, options).into_iter().collect();
    let mut broken = Vec::new();
    for (page, links) in on_pages {
        let mut seen = HashSet::new();
        for url in links {
            if let Some(reason) = failing.get(&url)
                && seen.insert(url.clone())
            {
                broken.push(Broken {
                    page: page.clone(),
                    url,
                    reason: reason.clone(),
                    source: None,
                });
            }
        }
    }
    broken
}

fn normalize(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            std::path::Component::ParentDir => {
                out.pop();
            }
            std::path::Component::Normal(n) => out.push(n),
            _ => {}
        }
    }
    out
}

/// Builds in memory and checks every link; with `external`, fetches the links that leave the
/// site too. Writes nothing.
pub fn run(options: &Options, external: Option<External>) -> Result<Report, Error> {
    let built = engine::build(options, &indicatif::ProgressBar::hidden())?;
    let urls = Urls::new(&built.site.config.base_url);
    let files: HashMap<PathBuf, &[u8]> = built
        .files
        .generated
        .iter()
        .map(|(p, b)| (p.clone(), b.as_slice()))
        .collect();
    let assets: HashSet<PathBuf> = built
        .files
        .copied
        .iter()
        .map(|(_, rel)| rel.clone())
        .collect();
    let (pages, links, mut broken) = links(&files, &assets, urls.base_path());
    if let Some(external) = external {
        broken.extend(external_links(&files, external));
        broken.sort_by(|a, b| (&a.page, &a.url).cmp(&(&b.page, &b.url)));
    }
    for b in &mut broken {
        b.source = source::source_of(&built.site, &b.page).and_then(|s| {
            source::line_of_link(&s, &b.url, urls.base_path())
                .map(|line| (s.path.to_path_buf(), line))
        });
    }
    Ok(Report {
        articles: built.site.articles.len(),
        future: built.built.future,
        pages,
        links,
        broken,
        unclear: unclear(&built.site),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(pages: &[(&str, &str)]) -> Vec<Broken> {
        let files: HashMap<PathBuf, &[u8]> = pages
            .iter()
            .map(|(p, h)| (PathBuf::from(p), h.as_bytes()))
            .collect();
        links(&files, &HashSet::new(), "/repo/").2
    }

    #[test]
    fn a_link_to_a_missing_page_or_paragraph_is_broken() {
        let broken = site(&[
            (
                "index.html",
                r##"<a href="/repo/a/">a</a> <a href="/repo/a/#p-1">p1</a> <a href="/repo/a/#p-9">p9</a> <a href="/repo/nope/">x</a> <a href="/elsewhere/">y</a>"##,
            ),
            ("a/index.html", r#"<p id="p-1">one</p>"#),
        ]);
        let urls: Vec<&str> = broken.iter().map(|b| b.url.as_str()).collect();
        assert_eq!(urls, vec!["/elsewhere/", "/repo/a/#p-9", "/repo/nope/"]);
    }

    #[test]
    fn relative_and_external_links_resolve() {
        let broken = site(&[
            (
                "a/index.html",
                r##"<a href="../b/">b</a> <a href="https://example.org/">x</a> <a href="#top">t</a><h1 id="top">T</h1>"##,
            ),
            ("b/index.html", "<p>b</p>"),
        ]);
        assert!(broken.is_empty(), "{broken:?}");
    }
}
