//! A run that is one name written twice ("Pramila Patten Pramila Patten"): a caption line
//! repeated under a photo, or a byline's name scraped from both its link and its text, with
//! only a line break between the two. No person's name repeats itself, so the run is two
//! mentions of one name.

use super::{Run, U, unit_text};
use crate::extract::Para;

/// Pushes `units` to `out` as one run, or as two when its second half repeats its first
/// word for word (two words at least, so "Boutros Boutros-Ghali" style names are untouched).
pub(super) fn push_run(p: &Para<'_>, units: Vec<(U, usize, usize)>, out: &mut Vec<Run>) {
    let half = units.len() / 2;
    let doubled = units.len().is_multiple_of(2)
        && half >= 2
        && (0..half).all(|k| unit_text(p, &units[k]) == unit_text(p, &units[half + k]));
    if doubled {
        let (first, second) = units.split_at(half);
        out.push(Run {
            units: first.to_vec(),
        });
        out.push(Run {
            units: second.to_vec(),
        });
    } else {
        out.push(Run { units });
    }
}
