//! Offices an article says a person held before: "former President Donald Trump" … "President
//! Trump said". News keeps a title as a courtesy after the office is left, so once an article
//! calls a person the *former* holder of an office, the bare title of that same office later in
//! the article is not evidence that the person holds it now.

use super::lexicon::LEX;
use crate::entity::Role;

/// The offices named in the titles before one person's mentions in one article.
#[derive(Debug, Clone, Default)]
pub(super) struct Offices {
    /// Offices called former ("former UN Ambassador" gives "ambassador").
    past: Vec<String>,
    /// Offices given as a plain title ("President Trump" gives "president").
    present: Vec<String>,
}

impl Offices {
    /// Reads the title text before one mention.
    pub(super) fn note(&mut self, title: &str) {
        let (norm, cues) = LEX.cues(title);
        for (s, e, roles, _) in cues {
            let office = norm[s..e].trim();
            if !LEX.roles_in(office).contains(&Role::Official) {
                continue;
            }
            let list = if roles.contains(&Role::Official) {
                &mut self.present
            } else {
                &mut self.past
            };
            list.push(office.to_string());
        }
    }

    /// Whether every office the titles give is one the article calls former.
    pub(super) fn only_past(&self) -> bool {
        !self.past.is_empty() && self.present.iter().all(|o| self.past.contains(o))
    }
}
