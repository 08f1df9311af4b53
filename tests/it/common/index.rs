//! Reading built search files back in tests, and a small hand-written dossier to search.

use dossier::search::{DocKind, SearchDoc};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub type Files = Vec<(PathBuf, Vec<u8>)>;

/// Field name -> term -> document -> (count, field length).
pub type Postings = BTreeMap<String, BTreeMap<String, BTreeMap<u64, (u64, u64)>>>;

/// The bytes of one built file.
pub fn text(files: &Files, path: &str) -> Vec<u8> {
    match files.iter().find(|(p, _)| p == Path::new(path)) {
        Some((_, bytes)) => bytes.clone(),
        None => panic!(
            "no file {path} among {:?}",
            files.iter().map(|(p, _)| p).collect::<Vec<_>>()
        ),
    }
}

/// The size of `bytes` gzip-compressed at level 6, as most hosts send it and as
/// `bench/query.mjs` counts it.
pub fn gzip_len(bytes: &[u8]) -> usize {
    use std::io::Write;
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::new(6));
    gz.write_all(bytes).unwrap();
    gz.finish().unwrap().len()
}

/// What `payload` costs once a host has gzip-compressed each file.
pub fn gzip_bytes(files: &Files, payload: &super::query::Payload) -> usize {
    payload
        .files
        .iter()
        .map(|path| {
            gzip_len(&match path.to_str() {
                Some("static/search.js") => dossier::search::RUNTIME_JS.as_bytes().to_vec(),
                Some("static/search.css") => dossier::search::RUNTIME_CSS.as_bytes().to_vec(),
                Some(path) => text(files, path),
                None => panic!("{path:?}"),
            })
        })
        .sum()
}

/// One built file, parsed.
pub fn json(files: &Files, path: &str) -> Value {
    serde_json::from_slice(&text(files, path)).unwrap()
}

/// Every term's postings, read back out of the files, whether inline or sharded.
pub fn postings(files: &Files) -> Postings {
    let manifest = json(files, "search/index.json");
    let fields: Vec<String> = manifest["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f[0].as_str().unwrap().to_string())
        .collect();
    let mut terms = serde_json::Map::new();
    match manifest.get("terms") {
        Some(inline) => terms = inline.as_object().unwrap().clone(),
        None => {
            for n in 0..manifest["shards"].as_array().unwrap().len() {
                terms.extend(
                    json(files, &format!("search/s/{n}.json"))
                        .as_object()
                        .unwrap()
                        .clone(),
                );
            }
        }
    }
    let lengths = manifest
        .get("lengths")
        .map(|l| l.as_array().unwrap().clone());
    let mut out = Postings::new();
    for name in &fields {
        out.insert(name.clone(), BTreeMap::new());
    }
    for (term, per_field) in terms {
        for pair in per_field.as_array().unwrap() {
            let (f, columns) = field_postings(pair, lengths.is_none()).unwrap();
            let field = &fields[f];
            let mut doc = 0;
            for (i, gap) in columns[0].iter().enumerate() {
                doc += gap;
                let len = match &lengths {
                    Some(rows) => rows[doc as usize][f].as_u64().unwrap(),
                    None => columns[2][i],
                };
                out.entry(field.clone())
                    .or_default()
                    .entry(term.clone())
                    .or_default()
                    .insert(doc, (columns[1][i], len));
            }
        }
    }
    out
}

/// One field's postings of a term, `[F,"P"]`, read as the runtime reads them: the field's
/// index and the columns of `P` (base64 of unsigned LEB128 numbers): document gaps, counts and,
/// `with_len`, field lengths. `None` if it is not in that form.
pub fn field_postings(pair: &Value, with_len: bool) -> Option<(usize, Vec<Vec<u64>>)> {
    use base64::Engine as _;
    let field = pair.get(0)?.as_u64()? as usize;
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(pair.get(1)?.as_str()?)
        .ok()?;
    let mut nums = Vec::new();
    let (mut n, mut shift) = (0u64, 0);
    for b in bytes {
        n |= u64::from(b & 0x7f) << shift;
        if b & 0x80 != 0 {
            shift += 7;
        } else {
            nums.push(n);
            (n, shift) = (0, 0);
        }
    }
    let columns = if with_len { 3 } else { 2 };
    if nums.len() % columns != 0 {
        return None;
    }
    let per = nums.len() / columns;
    Some((
        field,
        (0..columns)
            .map(|c| nums[c * per..(c + 1) * per].to_vec())
            .collect(),
    ))
}

fn doc(
    kind: DocKind,
    url: &str,
    title: &str,
    date: Option<&str>,
    fields: &[(&'static str, &str)],
) -> SearchDoc {
    SearchDoc {
        kind,
        url: url.into(),
        title: title.into(),
        date: date.map(String::from),
        fields: fields.iter().map(|(n, t)| (*n, t.to_string())).collect(),
    }
}

/// A small dossier of every kind of document, written for the searches the tests make:
/// a person's name, words of a quotation, a stemmed variant, accented and particle names.
pub fn fixture_docs() -> Vec<SearchDoc> {
    use DocKind::*;
    vec![
        doc(
            Article,
            "articles/boehler-doha/",
            "US envoy held direct talks with Hamas in Doha",
            Some("2025-03-05"),
            &[
                ("title", "US envoy held direct talks with Hamas in Doha"),
                ("summary", "The US envoy met Hamas officials in Doha."),
                ("tags", "talks doha"),
                ("entities", "Adam Boehler, Hamas, Karoline Leavitt, Qatar"),
                (
                    "body",
                    "Adam Boehler, the US special envoy for hostage affairs, held direct talks with Hamas in Doha. \
                      The White House confirmed the meetings. Press Secretary Karoline Leavitt said: \
                      \"Adam Boehler does have the authority to talk to anyone.\" Boehler's trip was not announced.",
                ),
            ],
        ),
        doc(
            Article,
            "articles/families-ceasefire/",
            "Hostage families press for a ceasefire deal",
            Some("2025-03-10"),
            &[
                ("title", "Hostage families press for a ceasefire deal"),
                (
                    "summary",
                    "Families of hostages rallied in Tel Aviv as mediators from Qatar and Egypt met.",
                ),
                ("tags", "hostages ceasefire"),
                ("entities", "Edan Alexander, Qatar, Egypt"),
                (
                    "body",
                    "The family of Edan Alexander urged both sides to return to the table. \
                      Mediators said a deal was close, but the sides were still far apart.",
                ),
            ],
        ),
        doc(
            Person,
            "people/adam-boehler/",
            "Adam Boehler",
            None,
            &[
                ("name", "Adam Boehler"),
                ("aliases", "Boehler"),
                ("roles", "negotiator"),
                (
                    "description",
                    "US special presidential envoy for hostage affairs.",
                ),
            ],
        ),
        doc(
            Organization,
            "organizations/hamas/",
            "Hamas",
            None,
            &[
                ("name", "Hamas"),
                (
                    "description",
                    "Palestinian group holding hostages in Gaza; its negotiations team is led by Khalil al-Hayya.",
                ),
            ],
        ),
        doc(
            Quotation,
            "articles/boehler-doha/#p-4",
            "Karoline Leavitt",
            None,
            &[
                (
                    "text",
                    "Adam Boehler does have the authority to talk to anyone.",
                ),
                ("speaker", "Karoline Leavitt"),
            ],
        ),
        doc(
            Place,
            "places/qatar/",
            "Qatar",
            None,
            &[
                ("name", "Qatar"),
                (
                    "description",
                    "Gulf state mediating between Israel and Hamas; host of the Doha talks.",
                ),
            ],
        ),
        doc(
            Person,
            "people/khalil-al-hayya/",
            "Khalil al-Hayya",
            None,
            &[
                ("name", "Khalil al-Hayya"),
                ("aliases", "al-Hayya"),
                ("roles", "negotiator official"),
                ("description", "Head of the Hamas delegation."),
            ],
        ),
        doc(
            Quotation,
            "articles/families-ceasefire/#p-2",
            "Unnamed source",
            None,
            &[(
                "text",
                "The talks are in a critical phase and no one should expect news tonight.",
            )],
        ),
        doc(
            Person,
            "people/mohammed-al-thani/",
            "Mohammed bin Abdulrahman Al Thani",
            None,
            &[
                ("name", "Mohammed bin Abdulrahman Al Thani"),
                ("aliases", "Al Thani"),
                ("roles", "official"),
                (
                    "description",
                    "Prime Minister of Qatar, who hosted the talks. Café meetings were not held.",
                ),
            ],
        ),
    ]
}
