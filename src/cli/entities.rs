//! `dossier entities suggest`: prints the names the registry lacks, as YAML to paste into it.

use crate::engine::{Engine, Options, extract_one};
use crate::{Error, extract};
use rayon::prelude::*;

/// Prints the suggestions for the dossier read with `options`.
pub fn suggest(options: &Options) -> Result<(), Error> {
    super::emit(&suggestions(options)?)
}

/// `dossier entities suggest`: the names in the dossier's articles that its registry lacks,
/// as YAML to paste into `content/entities.yaml`.
fn suggestions(options: &Options) -> Result<String, Error> {
    let (inputs, corpus) = Engine::new(options.clone()).loaded()?;
    // Each article read as the build reads it (its hints, its date, the dossier's role cues),
    // so that what is suggested is what the site lacks.
    let extractions: Vec<_> = corpus
        .articles
        .par_iter()
        .map(|a| extract_one(a, &inputs.registry, &inputs.cues))
        .collect();
    let ids = extract::identity::merge(&extractions, &inputs.registry);
    Ok(extract::suggest::suggest(&ids))
}
