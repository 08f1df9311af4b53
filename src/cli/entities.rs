//! `dossier entities suggest`: prints the names the registry lacks, as YAML to paste into it.

use crate::engine::{Engine, Options};
use crate::entity::EntitySpec;
use crate::{Error, extract};

/// Prints the suggestions for the dossier read with `options`.
pub fn suggest(options: &Options) -> Result<(), Error> {
    suggestions(options).map(|yaml| print!("{yaml}"))
}

/// `dossier entities suggest`: the names in the dossier's articles that its registry lacks,
/// as YAML to paste into `content/entities.yaml`.
fn suggestions(options: &Options) -> Result<String, Error> {
    let (inputs, corpus) = Engine::new(options.clone()).loaded()?;
    let articles: Vec<(&[String], &[EntitySpec])> = corpus
        .articles
        .iter()
        .map(|a| (a.paragraphs.as_slice(), a.front.entities.as_slice()))
        .collect();
    let extractions = extract::extract_corpus(&articles, &inputs.registry);
    let ids = extract::identity::merge(&extractions, &inputs.registry);
    Ok(extract::suggest::suggest(&ids))
}
