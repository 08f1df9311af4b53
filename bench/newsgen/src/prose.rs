//! Filling the slots of a sentence template (`data/prose.txt`) for one article: the cast it
//! is about, how far each person has been introduced, and which names it has printed.

use super::pool::{Part, Person, Pool};
use super::rng::Rng;
use super::words::{NAMES, PROSE, WORLD};
use std::collections::BTreeSet;

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The state of one article while it is written.
pub(crate) struct Writer<'p> {
    pub pool: &'p Pool,
    pub rng: Rng,
    /// The current speaker, hostage and family member (indices into `pool.people`).
    pub a: usize,
    pub h: usize,
    pub f: Option<usize>,
    pub orgs: Vec<usize>,
    /// The organisation `{org}` names (set per paragraph, so a statement's words fit it).
    pub org: usize,
    pub cities: Vec<usize>,
    pub countries: Vec<usize>,
    pub sites: Vec<usize>,
    /// 0-based month of the article's date.
    pub month: usize,
    /// The section `{Q}` draws from.
    pub voice: &'static str,
    /// In a headline or caption: names are printed whole and introduce nobody.
    pub display: bool,
    introduced: BTreeSet<usize>,
    /// Templates and quotations already used, by address, so that an article does not
    /// repeat a sentence.
    used: BTreeSet<usize>,
    /// Every person whose name the article prints.
    pub named: BTreeSet<usize>,
}

impl<'p> Writer<'p> {
    pub(crate) fn new(pool: &'p Pool, rng: Rng, a: usize, h: usize, month: usize) -> Self {
        Writer {
            pool,
            rng,
            a,
            h,
            f: None,
            orgs: Vec::new(),
            org: 0,
            cities: Vec::new(),
            countries: Vec::new(),
            sites: Vec::new(),
            month,
            voice: "quotes.anon",
            display: false,
            introduced: BTreeSet::new(),
            used: BTreeSet::new(),
            named: BTreeSet::new(),
        }
    }

    /// A random template of `section`, filled, with its first letter capitalised.
    pub(crate) fn line(&mut self, section: &str) -> String {
        let template = self.fresh(section);
        self.fill(template)
    }

    /// A random item of `section` this article has not used yet, if one turns up in a few
    /// draws (short sections do repeat in long articles, as stock phrases do).
    fn fresh(&mut self, section: &str) -> &'static str {
        let items = PROSE.get(section);
        let mut item = *self.rng.pick(items);
        for _ in 0..4 {
            if self.used.insert(item.as_ptr() as usize) {
                break;
            }
            item = *self.rng.pick(items);
        }
        item
    }

    /// Fills a template, capitalising its first letter ("al-Masri said" opens a sentence as
    /// "Al-Masri said").
    pub(crate) fn fill(&mut self, template: &str) -> String {
        let mut out = String::with_capacity(template.len() * 2);
        self.fill_into(template, &mut out);
        capitalise(out)
    }

    fn fill_into(&mut self, template: &str, out: &mut String) {
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            let Some(close) = after.find('}') else {
                out.push_str(&rest[open..]);
                return;
            };
            self.slot(&after[..close], out);
            rest = &after[close + 1..];
        }
        out.push_str(rest);
    }

    fn slot(&mut self, name: &str, out: &mut String) {
        let (who, form) = match name.split_once('.') {
            Some(split) => split,
            None if name.len() == 2 && name.ends_with(',') => (&name[..1], ","),
            None => (name, ""),
        };
        let person = match who {
            "A" => Some(self.a),
            "H" => Some(self.h),
            "F" => self.f,
            "he" | "He" | "his" | "His" | "him" => {
                out.push_str(pronoun(&self.pool.people[self.a], who));
                return;
            }
            _ => None,
        };
        if let Some(i) = person {
            self.person(i, form, out);
            return;
        }
        let pool = self.pool;
        match name {
            "Q" => {
                let quote = self.fresh(self.voice);
                self.fill_into(quote, out);
            }
            "q" => out.push_str(self.rng.word(PROSE.get("partial"))),
            "org" => {
                let org = &pool.orgs[self.org];
                if org.the {
                    out.push_str("the ");
                }
                out.push_str(org.name);
            }
            "city" => out.push_str(pool.places[*self.rng.pick(&self.cities)].name),
            "country" => out.push_str(pool.places[*self.rng.pick(&self.countries)].name),
            "place" => out.push_str(pool.places[*self.rng.pick(&self.sites)].name),
            "num" => out.push_str(&self.rng.range(2, 24).to_string()),
            "month" => out.push_str(MONTHS[self.month]),
            "weekday" | "outlet" | "photographer" | "agency" => {
                out.push_str(self.rng.word(NAMES.get(name)));
            }
            _ => {
                out.push('{');
                out.push_str(name);
                out.push('}');
            }
        }
    }

    fn person(&mut self, i: usize, form: &str, out: &mut String) {
        let p = &self.pool.people[i];
        match form {
            "age" => return out.push_str(&p.age.to_string()),
            "home" => return out.push_str(p.home),
            "he" | "He" | "his" | "His" | "him" => return out.push_str(pronoun(p, form)),
            // What F is to H ("mother"), or H to F ("son").
            "rel" => {
                let relation = self.f.and_then(|f| self.pool.people[f].relative).map_or(
                    "relative",
                    |(_, rel, back)| {
                        if p.part == Part::Family { rel } else { back }
                    },
                );
                return out.push_str(relation);
            }
            _ => {}
        }
        self.named.insert(i);
        let first_time = !self.display && self.introduced.insert(i);
        match form {
            "last" => out.push_str(p.short),
            "full" => push_full(p, out),
            _ if self.display => push_full(p, out),
            _ if !first_time => out.push_str(p.short),
            "," if !p.apposition.is_empty() => {
                push_full(p, out);
                out.push_str(", ");
                out.push_str(p.apposition);
                out.push(',');
            }
            _ => {
                if let Some(title) = p.title.filter(|_| self.rng.chance(60)) {
                    out.push_str(title);
                    out.push(' ');
                }
                push_full(p, out);
            }
        }
    }

    /// A bullet list of hostages, in the shape "Name, 24, from Kibbutz Nir Oz".
    pub(crate) fn hostage_list(&mut self) -> Vec<String> {
        let n = self.rng.range(2, 4);
        let mut items = Vec::with_capacity(n);
        for _ in 0..n {
            let h = self.pool.hostages[self.rng.weighted(&self.pool.hostage_weights)];
            let p = &self.pool.people[h];
            self.named.insert(h);
            self.introduced.insert(h);
            items.push(format!("{}, {}, from {};", p.full(), p.age, p.home));
        }
        if let Some(last) = items.last_mut() {
            last.pop();
            last.push('.');
        }
        items
    }

    /// Tags for the front matter: none, or one to four distinct ones.
    pub(crate) fn tags(&mut self) -> Vec<&'static str> {
        if self.rng.chance(10) {
            return Vec::new();
        }
        let all = WORLD.get("tags");
        let mut picked: Vec<&'static str> = Vec::new();
        for _ in 0..self.rng.range(1, 4) {
            let t = *self.rng.pick(all);
            if !picked.contains(&t) {
                picked.push(t);
            }
        }
        picked
    }
}

fn push_full(p: &Person, out: &mut String) {
    out.push_str(p.first);
    out.push(' ');
    out.push_str(p.last);
}

fn pronoun(p: &Person, form: &str) -> &'static str {
    match (form, p.female) {
        ("he", false) => "he",
        ("he", true) => "she",
        ("He", false) => "He",
        ("He", true) => "She",
        ("his" | "him", true) => "her",
        ("His", true) => "Her",
        ("his", false) => "his",
        ("His", false) => "His",
        _ => "him",
    }
}

fn capitalise(mut s: String) -> String {
    if let Some(c) = s.chars().next().filter(char::is_ascii_lowercase) {
        s.replace_range(..1, &c.to_ascii_uppercase().to_string());
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn writer(pool: &Pool) -> Writer<'_> {
        let mut w = Writer::new(pool, Rng::new(3), pool.speakers[0], pool.hostages[0], 2);
        w.orgs = vec![0];
        w.cities = vec![0];
        w.countries = vec![13];
        w.sites = vec![20];
        w
    }

    #[test]
    fn a_person_is_named_in_full_once_and_by_surname_after() {
        let pool = Pool::new(5);
        let mut w = writer(&pool);
        let p = &pool.people[w.a];
        let first = w.fill("{A,} said.");
        assert!(first.contains(&p.full()), "{first}");
        assert_eq!(
            w.fill("{A} said."),
            format!("{} said.", capitalise(p.short.into()))
        );
    }

    #[test]
    fn every_template_fills_every_slot() {
        let pool = Pool::new(9);
        let mut w = writer(&pool);
        w.f = Some(pool.families[0]);
        for section in [
            "headline",
            "said",
            "family",
            "statement",
            "hostage",
            "multi",
        ] {
            for template in PROSE.get(section) {
                w.voice = "quotes.family";
                let line = w.fill(template);
                assert!(!line.contains('{'), "[{section}] left a slot: {line}");
            }
        }
    }
}
