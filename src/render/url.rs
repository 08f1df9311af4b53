//! The one place links are made. Every internal link goes through [`Urls`], which knows the
//! site's `base_url`, so a site published under a sub-path (`https://user.github.io/repo/`)
//! has no broken link, and the same build works from `dossier serve`.

/// Link maker for one build.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Urls {
    /// `https://user.github.io/repo/` (always ends with `/`); may be just `/`.
    base_url: String,
    /// The path part of `base_url`: `/repo/` (always starts and ends with `/`).
    base_path: String,
}

impl Urls {
    pub fn new(base_url: &str) -> Self {
        let base_url = crate::load::config::normalize_base_url(base_url);
        let base_path = match base_url.split_once("://") {
            Some((_, rest)) => rest
                .find('/')
                .map_or("/".to_string(), |i| rest[i..].to_string()),
            None if base_url.starts_with('/') => base_url.clone(),
            None => format!("/{base_url}"),
        };
        Urls {
            base_url,
            base_path,
        }
    }

    /// The path under which the site lives, e.g. `/repo/`.
    pub fn base_path(&self) -> &str {
        &self.base_path
    }

    /// The configured base URL, e.g. `https://user.github.io/repo/`.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// A root-relative link to a site-relative path: `people/x/` → `/repo/people/x/`.
    pub fn path(&self, rel: &str) -> String {
        format!("{}{}", self.base_path, rel.trim_start_matches('/'))
    }

    /// An absolute URL for feeds, sitemaps and canonical links.
    pub fn absolute(&self, rel: &str) -> String {
        format!("{}{}", self.base_url, rel.trim_start_matches('/'))
    }
}

/// Site-relative paths of the pages dossier makes. Templates, feeds, the sitemap and search
/// all take their paths from here.
pub mod paths {
    use crate::entity::EntityKind;

    pub fn article(slug: &str) -> String {
        format!("articles/{slug}/")
    }
    pub fn entity(kind: EntityKind, slug: &str) -> String {
        format!("{}/{slug}/", kind.section())
    }
    /// Page `n` (1-based) of a paginated listing at `first`.
    pub fn paged(first: &str, n: usize) -> String {
        if n <= 1 {
            first.to_string()
        } else {
            format!("{first}page/{n}/")
        }
    }
    pub fn section(kind: EntityKind) -> String {
        format!("{}/", kind.section())
    }
    pub fn topic(slug: &str) -> String {
        format!("{slug}/")
    }
    pub fn tag(slug: &str) -> String {
        format!("tags/{slug}/")
    }
    pub fn page(slug: &str) -> String {
        format!("pages/{slug}/")
    }
    /// The Atom feed of the page at `page` (`""` for the whole dossier): `page` + `atom.xml`.
    pub fn feed(page: &str) -> String {
        format!("{page}atom.xml")
    }
    pub fn paragraph(article_slug: &str, paragraph: usize) -> String {
        format!("articles/{article_slug}/#p-{paragraph}")
    }
    /// The file that serves a site-relative URL path: `a/b/` → `a/b/index.html`.
    pub fn file_for(url: &str) -> std::path::PathBuf {
        let url = url.split('#').next().unwrap_or("");
        if url.is_empty() || url.ends_with('/') {
            std::path::PathBuf::from(format!("{url}index.html"))
        } else {
            std::path::PathBuf::from(url)
        }
    }
    /// The site-relative URL path that serves a file, the inverse of [`file_for`]:
    /// `a/b/index.html` → `a/b/`.
    pub fn url_for(file: &std::path::Path) -> String {
        let file = file.to_string_lossy().replace('\\', "/");
        match file.strip_suffix("index.html") {
            Some(folder) if folder.is_empty() || folder.ends_with('/') => folder.to_string(),
            _ => file,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_and_its_url_map_both_ways() {
        for url in ["", "articles/doha/", "atom.xml", "static/style.css"] {
            assert_eq!(paths::url_for(&paths::file_for(url)), url);
        }
        assert_eq!(
            paths::url_for(std::path::Path::new("a/notindex.html")),
            "a/notindex.html"
        );
    }

    #[test]
    fn a_sub_path_base_url_prefixes_every_link() {
        let u = Urls::new("https://user.github.io/repo");
        assert_eq!(u.base_path(), "/repo/");
        assert_eq!(u.path("people/adam-boehler/"), "/repo/people/adam-boehler/");
        assert_eq!(
            u.absolute("atom.xml"),
            "https://user.github.io/repo/atom.xml"
        );
    }

    #[test]
    fn a_root_base_url_gives_root_links() {
        let u = Urls::new("https://example.org");
        assert_eq!(u.path("timeline/"), "/timeline/");
        let local = Urls::new("/");
        assert_eq!(local.path(""), "/");
    }

    #[test]
    fn urls_map_to_index_files() {
        assert_eq!(
            paths::file_for("a/b/"),
            std::path::PathBuf::from("a/b/index.html")
        );
        assert_eq!(
            paths::file_for("atom.xml"),
            std::path::PathBuf::from("atom.xml")
        );
        assert_eq!(paths::file_for(""), std::path::PathBuf::from("index.html"));
    }
}
