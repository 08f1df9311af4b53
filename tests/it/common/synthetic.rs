//! A synthetic dossier for scale tests: articles of about 500 words, nearly half of them function
//! words and the rest drawn from a Zipf-like vocabulary (the story's own words first, then
//! thousands of invented ones), with people, and one quotation per article. Deterministic: the same size gives the same documents.

use dossier::search::{DocKind, SearchDoc};

/// Words of the story, most frequent first.
const STORY: &[&str] = &[
    "talks",
    "hostages",
    "ceasefire",
    "negotiations",
    "Gaza",
    "Israel",
    "Hamas",
    "Qatar",
    "Egypt",
    "released",
    "deal",
    "envoy",
    "officials",
    "proposal",
    "families",
    "prisoners",
    "Doha",
    "Cairo",
    "Washington",
    "mediators",
    "agreement",
    "phase",
    "captivity",
    "return",
    "government",
    "war",
    "statement",
    "military",
    "president",
    "minister",
    "delegation",
    "sources",
    "meeting",
    "truce",
    "humanitarian",
    "aid",
    "border",
    "crossing",
    "exchange",
    "bodies",
    "soldier",
    "negotiating",
    "negotiator",
    "direct",
    "indirect",
    "administration",
    "conditions",
    "demands",
    "pressure",
    "withdrawal",
    "security",
    "cabinet",
    "vote",
    "opposition",
    "protest",
    "ultimatum",
    "deadline",
];

/// Function words, which make up nearly half of news prose and which the index drops.
const FUNCTION: &[&str] = &[
    "the", "of", "to", "and", "a", "in", "that", "said", "on", "for", "with", "was", "by", "as",
    "his", "at", "from", "it", "he", "have", "has", "not", "but", "be", "an", "they", "were",
];

const SYLLABLES: &[&str] = &[
    "ka", "lo", "mi", "ren", "tas", "vo", "qua", "zel", "bri", "nor", "fen", "dul", "pra", "sto",
    "gri", "hep", "jan", "wex", "yul", "cor", "mab", "sil", "tro", "ven",
];

const FIRST: &[&str] = &[
    "Adam", "Omar", "Lena", "Yossi", "Karim", "Dana", "Tomas", "Noa",
];
const LAST: &[&str] = &[
    "Boehler", "Hayya", "Thani", "Levi", "Haddad", "Cohen", "Mansour", "Katz",
];

/// xorshift64*: small, fast and the same everywhere.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

struct Vocabulary {
    words: Vec<String>,
    /// Cumulative weights 1/rank, for drawing a rank by binary search.
    cumulative: Vec<f64>,
}

impl Vocabulary {
    fn new(invented: usize) -> Self {
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        let mut words: Vec<String> = STORY.iter().map(|w| w.to_string()).collect();
        for _ in 0..invented {
            let n = 2 + rng.below(3);
            words.push(
                (0..n)
                    .map(|_| SYLLABLES[rng.below(SYLLABLES.len())])
                    .collect(),
            );
        }
        let mut total = 0.0;
        let cumulative = (1..=words.len())
            .map(|r| {
                total += 1.0 / r as f64;
                total
            })
            .collect();
        Vocabulary { words, cumulative }
    }

    fn word(&self, rng: &mut Rng) -> &str {
        let total = self.cumulative.last().copied().unwrap_or(1.0);
        let x = (rng.next() >> 11) as f64 / (1u64 << 53) as f64 * total;
        let i = self.cumulative.partition_point(|&c| c < x);
        &self.words[i.min(self.words.len() - 1)]
    }

    /// `n` words of prose: 45% function words, the rest drawn from the vocabulary.
    fn text(&self, rng: &mut Rng, n: usize) -> String {
        let words: Vec<&str> = (0..n)
            .map(|_| match rng.below(100) {
                0..45 => FUNCTION[rng.below(FUNCTION.len())],
                _ => self.word(rng),
            })
            .collect();
        words.join(" ")
    }
}

fn person(i: usize) -> String {
    format!(
        "{} {}{}",
        FIRST[i % FIRST.len()],
        LAST[(i / FIRST.len()) % LAST.len()],
        i / 64
    )
}

/// `n` articles, `n / 20` people and `n` quotations.
pub fn dossier(n: usize) -> Vec<SearchDoc> {
    let vocab = Vocabulary::new(20_000);
    let mut rng = Rng(42);
    let mut docs = Vec::with_capacity(n * 2 + n / 20);
    for i in 0..n {
        let title = vocab.text(&mut rng, 8);
        let names: Vec<String> = (0..4).map(|_| person(rng.below(n / 20 + 1))).collect();
        docs.push(SearchDoc {
            kind: DocKind::Article,
            url: format!("articles/a{i}/"),
            title: title.clone(),
            date: Some(format!("2025-{:02}-{:02}", 1 + i % 12, 1 + i % 28)),
            fields: vec![
                ("title", title),
                ("summary", vocab.text(&mut rng, 25)),
                ("tags", vocab.text(&mut rng, 3)),
                ("entities", names.join(", ")),
                (
                    "body",
                    format!("{} {}", names.join(" said "), vocab.text(&mut rng, 490)),
                ),
            ],
        });
    }
    for i in 0..n / 20 {
        docs.push(SearchDoc {
            kind: DocKind::Person,
            url: format!("people/p{i}/"),
            title: person(i),
            date: None,
            fields: vec![
                ("name", person(i)),
                ("roles", "negotiator official".into()),
                ("description", vocab.text(&mut rng, 30)),
            ],
        });
    }
    for i in 0..n {
        let speaker = person(rng.below(n / 20 + 1));
        docs.push(SearchDoc {
            kind: DocKind::Quotation,
            url: format!("articles/a{i}/#p-{}", 1 + rng.below(9)),
            title: speaker.clone(),
            date: None,
            fields: vec![("text", vocab.text(&mut rng, 30)), ("speaker", speaker)],
        });
    }
    docs
}
