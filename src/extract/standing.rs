//! Roles a name takes from where it stands in its sentence rather than from its own title,
//! read by small rules: a name set apart from a group ([`except`]), a former
//! office-holder named for what was done in office ([`tenure`]), an official who reports
//! what his side did ([`own_deed`]), the untitled one who comes along with an envoy and the
//! one named "together with" the leader of talks ([`team`]). One hook keeps `roles` short.

use super::Para;
use super::roles::Found;
use super::{except, own_deed, team, tenure};

/// Adds to `f` each role the name at `at` (its paragraph, the paragraph's index and the
/// name's first token) takes from its place in the sentence: `l0` is where its title
/// starts, `t1` where the name ends, `left` the title's words.
pub(super) fn read(
    f: &mut Found,
    at: (&Para<'_>, usize, usize),
    (l0, t1): (usize, usize),
    left: &str,
    person_at: &dyn Fn(usize) -> bool,
) {
    let (p, para, t) = at;
    f.add(p, para, t, &except::excepted(p, l0, person_at), "list");
    f.add(p, para, t, &tenure::held_then(p, l0, t1, left), "tenure");
    f.add(p, para, t, &own_deed::reported(p, t1, left), "predicate");
    let along = team::along_with_envoy(p, (l0, t, t1), person_at);
    f.add(p, para, t, &along, "delegation");
    let together = team::led_together_with(p, l0, person_at);
    f.add(p, para, t, &together, "predicate");
}
