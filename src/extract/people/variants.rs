//! Two spellings of one name in one article, as copy desks leave them: "Stacy Abrams" and
//! "Stacey Abrams", "Adam Boehler" and a later "Bohler". One spelling is the other with one
//! letter more inside the word (never first or last, where a letter changes the name: "Adrian"
//! and "Adriana", "Levin" and "Levine"), and the shorter has five letters or more; or, in a
//! full name whose other words agree, one inner letter of six or more (a vowel of five)
//! differs ("Doron Steinbrecher", "Doron Steinbracher"; "Avera Mengistu", "Avira Mengistu"),
//! two inner letters
//! of six or more trade places ("Steinbercher"), or, after the same given name, a surname of
//! seven letters or more is spelt with the same number of letters and two slips at most
//! ("Matan Angrest", "Matan Engerst").
//! A given name and its short form (`data/short_names.txt`: "Bill", "William") are one too.
//! Also the gender a title or a given name carries, which keeps "Lord Hamilton" from
//! "Kirsty Hamilton".

use super::super::gender::Gender;
use super::super::lexicon::LEX;
use rustc_hash::FxHashMap as HashMap;

/// True when `long` is `short` with one letter added inside it.
pub(super) fn one_letter_inside(short: &str, long: &str) -> bool {
    let s: Vec<char> = short.chars().collect();
    let l: Vec<char> = long.chars().collect();
    if s.len() < 5 || l.len() != s.len() + 1 {
        return false;
    }
    let k = s.iter().zip(&l).take_while(|(a, b)| a == b).count();
    k > 0 && k < s.len() && s[k..] == l[k + 1..]
}

/// True when two words of five letters or more differ in one letter inside them
/// ("Steinbrecher", "Steinbracher"; of five, a vowel: "Avera", "Avira"), or, of six or more,
/// in two neighbouring inner letters that trade places ("Steinbrecher", "Steinbercher").
fn one_letter_changed(a: &str, b: &str) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len() < 5 || a.len() != b.len() {
        return false;
    }
    let diff: Vec<usize> = (0..a.len()).filter(|&i| b[i] != a[i]).collect();
    let inner = |i: usize| i > 0 && i + 1 < a.len();
    let swapped = diff.len() == 2
        && a.len() >= 6
        && diff[1] == diff[0] + 1
        && a[diff[0]] == b[diff[1]]
        && a[diff[1]] == b[diff[0]];
    // Of five letters, only a vowel for a vowel, as transliterations vary ("Avera", "Avira");
    // "Brian" and "Bryan" are two names.
    let vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u');
    let short_ok = a.len() >= 6 || diff.iter().all(|&i| vowel(a[i]) && vowel(b[i]));
    diff.iter().all(|&i| inner(i)) && (diff.len() == 1 || swapped) && short_ok
}

/// True when two surnames of seven letters or more, of one length, are one spelling with two
/// slips at most, each a letter changed or two neighbours trading places ("Angrest",
/// "Engerst"). Only a surname after the same given name is read so: two such names in one
/// article are one person spelt twice, not two people.
fn slipped_surname(a: &str, b: &str) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len() < 7 || a.len() != b.len() {
        return false;
    }
    let (mut i, mut slips) = (0, 0);
    while i < a.len() {
        if a[i] == b[i] {
            i += 1;
            continue;
        }
        slips += 1;
        let swap = i + 1 < a.len() && a[i] == b[i + 1] && a[i + 1] == b[i];
        i += if swap { 2 } else { 1 };
    }
    slips <= 2
}

/// "Angrest" and "Angres": a surname of seven letters or more and the same with its last
/// letter dropped, a slip of the keyboard. Only after the same given name, as `slipped_surname`;
/// a dropped "s" is another name ("Roberts", "Robert"), and so is a shorter pair ("Levine").
fn dropped_last(a: &str, b: &str) -> bool {
    let (s, l) = if a.len() < b.len() { (a, b) } else { (b, a) };
    l.chars().count() >= 7
        && l.chars().count() == s.chars().count() + 1
        && l.starts_with(s)
        && !l.ends_with('s')
}

/// "Mitch" and "Mitchell", "Alex" and "Alexander": a given name of four letters or more that
/// opens a longer one two letters or more longer, both given names the data knows, is its
/// short form ("Ari" and "Ariel", "Shir" and "Shiri" stay apart: too short, one letter).
fn clipped(short: &str, long: &str) -> bool {
    let (s, l) = (short.chars().count(), long.chars().count());
    let known = |w: &str| LEX.given_names.contains_key(w);
    s >= 4 && l >= s + 2 && long.starts_with(short) && known(short) && known(long)
}

/// "Bill" and "William", "Bob" and "Robert": one given name is a short form of the other
/// that `data/short_names.txt` lists, or both are short forms of one ("Bill", "Billy"). A
/// caption's "William Thompson" and the text's "Bill Thompson" are one person.
fn short_for(a: &str, b: &str) -> bool {
    let formal = |w: &str| {
        let l = w.to_lowercase();
        match LEX.short_names.get(l.as_str()) {
            Some(f) => (*f).to_string(),
            None => l,
        }
    };
    !a.eq_ignore_ascii_case(b) && formal(a) == formal(b)
}

/// "Rajeev" and "Rajiv", "Pradeep" and "Pradip", "Mahmood" and "Mahmud": a long vowel that
/// one transliteration doubles ("ee", "oo") and another writes single ("i", "u"). Read only
/// in a given name before the same surname, where the two are one person spelt twice.
fn long_vowel(a: &str, b: &str) -> bool {
    let single = |w: &str| w.to_lowercase().replace("ee", "i").replace("oo", "u");
    a.chars().count() >= 4 && b.chars().count() >= 4 && a != b && single(a) == single(b)
}

/// "Araghchi" and "Araqchi", "Baghaei" and "Baqaei", "Qassem" and "Kassem": the one
/// consonant that transliterations from Arabic and Persian write "q", "gh" or "k", and the
/// long vowels of `long_vowel`, folded to one spelling. A surname of six letters or more
/// spelt both ways in one article is one person, as wire copy and local outlets mix the
/// systems; English names rarely hold a "q" to be confused so.
pub(super) fn transliteration_key(w: &str) -> Option<String> {
    let l = w.to_lowercase();
    let key = l
        .replace("gh", "k")
        .replace('q', "k")
        .replace("ee", "i")
        .replace("oo", "u");
    (l.chars().count() >= 6 && l.chars().all(char::is_alphabetic)).then_some(key)
}

/// Two spellings of one word of a name.
fn respelling(a: &str, b: &str) -> bool {
    one_letter_inside(a, b) || one_letter_inside(b, a) || one_letter_changed(a, b)
}

/// The full person names of an article so far, by all their words but the first and by all
/// but the last: where a new full name differs from one seen only by a respelling of its
/// given name or of its surname, it takes that one's words.
#[derive(Default)]
pub(super) struct Variants {
    seen: HashMap<(usize, Vec<String>), Vec<String>>,
    /// Every full name filed so far, in its own order.
    names: Vec<Vec<String>>,
}

impl Variants {
    /// The words under which to file a full name: those of an earlier spelling, if any.
    pub(super) fn spelling(&mut self, words: Vec<String>) -> Vec<String> {
        if let Some(earlier) = self.names.iter().find(|e| reordered(e, &words)) {
            return earlier.clone();
        }
        // Filed once: a name repeated a thousand times is still one name to compare with.
        if !self.names.contains(&words) {
            self.names.push(words.clone());
        }
        let n = words.len();
        for at in [0, n - 1] {
            let mut rest = words.clone();
            let own = rest.remove(at);
            let spelt = self.seen.entry((at, rest)).or_default();
            if spelt.contains(&own) {
                continue;
            }
            let short_form = |w: &String| {
                at == 0
                    && (clipped(w, &own)
                        || clipped(&own, w)
                        || short_for(w, &own)
                        || long_vowel(w, &own))
            };
            let slipped =
                |w: &String| at == n - 1 && (slipped_surname(w, &own) || dropped_last(w, &own));
            if let Some(w) = spelt
                .iter()
                .find(|w| respelling(w, &own) || short_form(w) || slipped(w))
            {
                let mut same = words.clone();
                same[at] = w.clone();
                return same;
            }
        }
        for at in [0, n - 1] {
            let mut rest = words.clone();
            let own = rest.remove(at);
            let spelt = self.seen.entry((at, rest)).or_default();
            if !spelt.contains(&own) {
                spelt.push(own);
            }
        }
        words
    }
}

/// "Senator Sani Uba" and "Governor Uba Sani", "Gilberto Navarro" and "Mr. Navarro Gil
/// Gilberto": a full name of the words of an earlier one in another order, perhaps with one
/// word more, is that person written in another name order (as Hispanic, Hungarian, Chinese
/// or Nigerian names are), not a new one. The same words in the same order with a word more
/// are a middle name, which other rules read. Nor does a reordered longer form rename the
/// person, as a fuller one does.
pub(super) fn reordered(earlier: &[String], words: &[String]) -> bool {
    let key = |w: &String| w.to_lowercase();
    let (e, w): (Vec<String>, Vec<String>) = (
        earlier.iter().map(key).collect(),
        words.iter().map(key).collect(),
    );
    if e.len() < 2 || !(w.len() == e.len() || w.len() == e.len() + 1) || e == w {
        return false;
    }
    let mut rest = w.clone();
    for x in &e {
        match rest.iter().position(|y| y == x) {
            Some(i) => {
                rest.remove(i);
            }
            None => return false,
        }
    }
    !keeps_order(&e, &w)
}

/// The words of `short` stand in `long` in their order (a middle name added, not another
/// name order), ignoring case.
fn keeps_order(short: &[String], long: &[String]) -> bool {
    let mut it = long.iter();
    short.iter().all(|x| it.any(|y| y.eq_ignore_ascii_case(x)))
}

/// The one-word short forms of the article's full names, and each respelling of them with
/// one inner letter fewer: a bare "Bohler" finds "Boehler", a bare "Boehler" finds "Bohler".
pub(super) struct Respelt<'a> {
    shorter: HashMap<String, &'a str>,
    keys: HashMap<&'a str, ()>,
    /// The keys by their `transliteration_key`.
    transliterated: HashMap<String, &'a str>,
    /// Every key of the index (full and "first:" ones too) by its letters without accents.
    unaccented: HashMap<String, &'a str>,
}

impl<'a> Respelt<'a> {
    pub(super) fn of<V>(index: &'a HashMap<String, V>) -> Respelt<'a> {
        let keys: HashMap<&str, ()> = index
            .keys()
            .map(String::as_str)
            .filter(|k| !k.contains(' ') && !k.starts_with("first:"))
            .map(|k| (k, ()))
            .collect();
        let mut shorter = HashMap::default();
        let mut transliterated = HashMap::default();
        for &k in keys.keys() {
            for v in inner_deletions(k) {
                shorter.insert(v, k);
            }
            if let Some(t) = transliteration_key(k) {
                transliterated.insert(t, k);
            }
        }
        let unaccented = index
            .keys()
            .map(|k| (deunicode::deunicode(k), k.as_str()))
            .collect();
        Respelt {
            shorter,
            keys,
            transliterated,
            unaccented,
        }
    }

    /// The index key that `key` (with no entry of its own) spells with other accents or
    /// none: "Gonzalez" … "González", as copy desks drop and add them.
    pub(super) fn accented(&self, key: &str) -> Option<&'a str> {
        self.unaccented.get(&deunicode::deunicode(key)).copied()
    }

    /// The index key a bare word with no entry of its own is a respelling of.
    pub(super) fn of_bare(&self, word: &str) -> Option<&'a str> {
        if word.contains(' ') {
            return None;
        }
        if let Some(&k) = self.shorter.get(word) {
            return Some(k);
        }
        let other = transliteration_key(word).and_then(|t| self.transliterated.get(&t).copied());
        other.or_else(|| {
            inner_deletions(word).find_map(|v| self.keys.get_key_value(v.as_str()).map(|(k, _)| *k))
        })
    }
}

/// The word with one inner letter left out, each way, where the shorter keeps five letters.
fn inner_deletions(w: &str) -> impl Iterator<Item = String> + '_ {
    let cs: Vec<char> = w.chars().collect();
    let n = cs.len();
    (1..n.saturating_sub(1))
        .filter(move |_| n > 5)
        .map(move |i| cs[..i].iter().chain(&cs[i + 1..]).collect())
}

/// The gender the last word of a title carries ("Lord", "Ms.", "Congresswoman").
pub(super) fn title_gender(title: &str) -> Option<Gender> {
    let last = title.split_whitespace().last()?;
    let w = last.trim_end_matches('.').to_lowercase();
    LEX.gender_words.get(w.as_str()).copied()
}

/// The usual gender of a full name's given name, where the data knows it.
pub(super) fn given_gender(name: &str) -> Option<Gender> {
    let first = name.split_whitespace().next()?.to_lowercase();
    LEX.given_names.get(first.as_str()).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_letter_inside_is_a_respelling_and_one_at_an_end_is_not() {
        assert!(one_letter_inside("stacy", "stacey"));
        assert!(one_letter_inside("bohler", "boehler"));
        assert!(!one_letter_inside("adrian", "adriana"));
        assert!(!one_letter_inside("levin", "levine"));
        assert!(!one_letter_inside("sara", "sarah"));
        assert!(respelling("steinbrecher", "steinbracher"));
        assert!(!respelling("brian", "bryan"));
        assert!(respelling("avera", "avira"));
        assert!(respelling("steinbrecher", "steinbercher"));
        assert!(!respelling("sara", "sera"));
        // Words of other lengths are compared without reading past the shorter.
        assert!(!one_letter_changed("steinbrecher", "stein"));
        assert!(!one_letter_changed("avera", "avirah"));
        assert!(slipped_surname("angrest", "engerst"));
        assert!(!slipped_surname("roberts", "robertson"));
        assert!(!slipped_surname("hassan", "hasson"));
        assert!(dropped_last("angrest", "angres"));
        assert!(!dropped_last("roberts", "robert"));
        assert!(!dropped_last("levine", "levin"));
        assert!(long_vowel("rajeev", "rajiv"));
        assert!(long_vowel("mahmood", "mahmud"));
        assert!(!long_vowel("rajiv", "rajiv"));
        assert!(!long_vowel("reed", "ried"));
        let t = |w: &str| transliteration_key(w).unwrap_or_default();
        assert_eq!(t("Araghchi"), t("Araqchi"));
        assert_eq!(t("Qassem"), t("Kassem"));
        assert_ne!(t("Hassan"), t("Hasson"));
        assert_eq!(transliteration_key("Qasim"), None);
    }
}
