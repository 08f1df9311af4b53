//! The article and entity views ([`refs::ArticleRef`], [`refs::EntityRef`]) of one build, each
//! converted to a template value once and shared by every page that lists it.
//!
//! An entity's timeline, a tag's listing, an article's sidebar all show the same few thousand
//! views; building and converting each again per page cost a build of 10,000 articles about a
//! tenth of its render stage. Tera keeps a `tera::Value` met while converting a page's context
//! by sharing it (a reference count), so a view converted once costs a page nothing more.

use super::refs;
use super::url::Urls;
use crate::link::{EntityId, Site};
use crate::load::ArticleId;
use std::sync::OnceLock;
use tera::Value;

/// Converted views of one linked site, made on first use: a full build fills every slot
/// across its render threads, an incremental one only those its pages show. Owned by the
/// caller that renders, and dropped with the site it was made for.
pub struct Prebuilt {
    articles: Vec<OnceLock<Value>>,
    entities: Vec<OnceLock<Value>>,
}

impl Prebuilt {
    /// Empty slots for every article and entity of `site`.
    pub fn new(site: &Site) -> Prebuilt {
        Prebuilt {
            articles: (0..site.articles.len()).map(|_| OnceLock::new()).collect(),
            entities: (0..site.entities.len()).map(|_| OnceLock::new()).collect(),
        }
    }

    /// [`refs::article`] of `id`, as a template value.
    pub fn article(&self, site: &Site, urls: &Urls, id: ArticleId) -> &Value {
        self.articles[id.0 as usize]
            .get_or_init(|| Value::from_serializable(&refs::article(site, urls, id)))
    }

    /// [`refs::entity`] of `id`, as a template value.
    pub fn entity(&self, site: &Site, urls: &Urls, id: EntityId) -> &Value {
        self.entities[id.0 as usize]
            .get_or_init(|| Value::from_serializable(&refs::entity(site, urls, id)))
    }
}
