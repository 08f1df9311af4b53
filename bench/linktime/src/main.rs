//! Full against incremental link of a dossier: loads and extracts DIR once, then times
//! `link::link` of the whole corpus against `link::Linker::update` for one article edited (a
//! quotation added to an article in the middle of the corpus, and taken out again), one
//! article added as the newest (every id after it moves) and that article removed.
//!
//! `cargo run --release -p linktime -- DIR [ROUNDS]`

use dossier::engine::{self, Options};
use dossier::extract::ArticleExtraction;
use dossier::link::{self, Linker};
use dossier::load::{Article, Corpus, assemble};
use std::sync::Arc;
use std::time::{Duration, Instant};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let root = args.next().ok_or("usage: linktime DIR [ROUNDS]")?;
    let rounds: usize = args.next().map_or(Ok(10), |r| r.parse())?;
    let loaded = engine::load(&Options::new(&root))?;
    let cues = loaded.config.cue_table();
    let t = Instant::now();
    let extraction = engine::extract_all(
        &loaded.corpus,
        &loaded.registry,
        &cues,
        &indicatif::ProgressBar::hidden(),
    );
    let n = loaded.corpus.articles.len();
    println!("{n} articles, extracted in {:.2?}", t.elapsed());
    let (config, corpus, registry) = (loaded.config, loaded.corpus, loaded.registry);

    let full = median(rounds, || {
        let t = Instant::now();
        let site = link::link(config.clone(), corpus.clone(), &extraction, &registry);
        let d = t.elapsed();
        drop(site);
        d
    });
    println!("full link:                {full:>10.2?}");
    let t = Instant::now();
    let mut linker = Linker::new(config.clone(), corpus.clone(), &extraction, &registry);
    println!("Linker::new (full + index): {:>8.2?}", t.elapsed());

    // One article of the middle, with a quotation added, and as it was.
    let mid = n / 2;
    let mut edited = (*corpus.articles[mid]).clone();
    edited
        .paragraphs
        .push("\"We will keep talking until every hostage is home,\" the envoy said.".into());
    let versions = [(corpus.articles[mid].clone(), extraction[mid].clone()), {
        let x = engine::extract_one(&edited, &registry, &cues);
        (Arc::new(edited), Arc::new(x))
    }];
    let mut round = 0;
    let edit = median(rounds, || {
        round += 1;
        let (a, x) = &versions[round % 2];
        let (corpus, extraction) = replace(&corpus, &extraction, mid, a, x);
        let t = Instant::now();
        let delta = linker.update(config.clone(), corpus, &extraction, &registry);
        let d = t.elapsed();
        assert!(!delta.full);
        d
    });
    println!("update, one edited:       {edit:>10.2?}");

    // A new article, the newest, and then without it again.
    let mut fresh = (*corpus.articles[0]).clone();
    fresh.slug = "linktime-new-article".into();
    fresh.date += chrono_day();
    let fresh_x = Arc::new(engine::extract_one(&fresh, &registry, &cues));
    let fresh = Arc::new(fresh);
    let (mut with_new, mut with_new_x) = (corpus.articles.clone(), extraction.clone());
    with_new.insert(0, fresh);
    with_new_x.insert(0, fresh_x);
    let (mut add, mut remove) = (Vec::new(), Vec::new());
    for _ in 0..rounds {
        for (articles, x, times) in [
            (&with_new, &with_new_x, &mut add),
            (&corpus.articles, &extraction, &mut remove),
        ] {
            let (c, _) = assemble(
                articles.clone(),
                corpus.pages.clone(),
                corpus.assets.clone(),
            );
            let t = Instant::now();
            let delta = linker.update(config.clone(), c, x, &registry);
            times.push(t.elapsed());
            assert!(!delta.full);
        }
    }
    println!("update, one added:        {:>10.2?}", middle(add));
    println!("update, one removed:      {:>10.2?}", middle(remove));
    Ok(())
}

/// The corpus with article `i` (and its extraction) replaced.
fn replace(
    corpus: &Corpus,
    extraction: &[Arc<ArticleExtraction>],
    i: usize,
    a: &Arc<Article>,
    x: &Arc<ArticleExtraction>,
) -> (Corpus, Vec<Arc<ArticleExtraction>>) {
    let mut c = corpus.clone();
    c.articles[i] = a.clone();
    let mut x2 = extraction.to_vec();
    x2[i] = x.clone();
    (c, x2)
}

fn chrono_day() -> chrono::TimeDelta {
    chrono::TimeDelta::days(1)
}

fn median(rounds: usize, mut f: impl FnMut() -> Duration) -> Duration {
    middle((0..rounds.max(1)).map(|_| f()).collect())
}

fn middle(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}
