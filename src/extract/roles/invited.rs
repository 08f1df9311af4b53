//! A name invited or urged by the verb before it: "the president invited A to Ankara for
//! negotiations", "the minister urged B to join the talks". The object of such a verb is
//! told what others want of them, so what follows the name is the request, not A's deed: it
//! gives A no role (as a preposition before a name does, in `roles`).

use super::super::Para;
use super::word_back;

/// Verbs of inviting or urging whose object is then told what to do or where to go. Not
/// "asked": "the cabinet asked A to head a delegation" appoints A, who then negotiates.
const ASKING: &[&str] = &[
    "invite",
    "invites",
    "invited",
    "inviting",
    "urge",
    "urges",
    "urged",
    "urging",
    "encourage",
    "encourages",
    "encouraged",
    "encouraging",
];

/// Whether the word right before token `l0` (where the name and its title begin) is a verb of
/// inviting or urging ([`ASKING`]).
pub(super) fn asked_object(p: &Para<'_>, l0: usize) -> bool {
    l0 > 0 && word_back(p, l0, 1).is_some_and(|w| ASKING.contains(&w.as_str()))
}
