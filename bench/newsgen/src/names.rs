//! Names for the people of a corpus: first names and surnames by side, drawn so that no two
//! people in the pool share a full name.

use super::pool::Side;
use super::rng::Rng;
use super::words::NAMES;
use std::collections::BTreeSet;

/// The first names of a side, men's or women's.
pub(crate) fn firsts(side: Side, female: bool) -> &'static [&'static str] {
    let key = match (side, female) {
        (Side::Us, false) => "first.us.m",
        (Side::Us, true) => "first.us.f",
        (Side::Israel, false) => "first.il.m",
        (Side::Israel, true) => "first.il.f",
        (_, false) => "first.ar.m",
        (_, true) => "first.ar.f",
    };
    NAMES.get(key)
}

/// The surnames of a side.
pub(crate) fn lasts(side: Side) -> &'static [&'static str] {
    NAMES.get(match side {
        Side::Us => "last.us",
        Side::Israel => "last.il",
        Side::Hamas => "last.ar",
        Side::Qatar => "last.qa",
        Side::Egypt => "last.eg",
    })
}

/// The surname as a later mention gives it: "al-Kuwari" for "bin Saad al-Kuwari".
pub(crate) fn short_of(last: &'static str) -> &'static str {
    if last.starts_with("bin ") {
        last.rsplit(' ').next().unwrap_or(last)
    } else {
        last
    }
}

/// The full names given so far.
#[derive(Default)]
pub(crate) struct Namer {
    taken: BTreeSet<(&'static str, &'static str)>,
}

impl Namer {
    /// A first name and surname no one in the pool has yet. `last` fixes the surname.
    pub(crate) fn name(
        &mut self,
        rng: &mut Rng,
        side: Side,
        female: bool,
        last: Option<&'static str>,
    ) -> (&'static str, &'static str) {
        for attempt in 0.. {
            let first = *rng.pick(firsts(side, female));
            let surname = match last {
                Some(l) if attempt < 20 => l,
                _ => *rng.pick(lasts(side)),
            };
            if self.taken.insert((first, surname)) {
                return (first, surname);
            }
        }
        unreachable!("an endless loop ends only by returning")
    }

    /// Takes a name drawn elsewhere, so that no one else gets it.
    pub(crate) fn claim(&mut self, first: &'static str, last: &'static str) {
        self.taken.insert((first, last));
    }
}
