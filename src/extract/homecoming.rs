//! A captive named in the words of bringing them home: "the time has come to bring our A
//! home", "we demand that Hamas return B home", "the return of C to her family". Reporting on
//! captives speaks of their homecoming (and of the return of their bodies) as what families
//! and officials demand, often in quotation, so the one to be brought home is a captive.
//!
//! Read only in an article about captives (`kin_of::about_captives`), and only where the
//! words say home: "brought Netanyahu back" or "the return of Trump" is no homecoming.

use super::Para;
use super::roles::{word, word_back};
use crate::entity::Role;

/// Verbs of returning someone home: what the captors are asked to do.
const RETURN: &[&str] = &["return", "returns", "returned", "returning"];

/// Verbs of bringing someone home, read only in a family's voice ("bring our A home"): "we
/// will bring B home" is said of a journalist detained elsewhere as well.
const BRING: &[&str] = &["bring", "brings", "brought", "bringing"];

/// The name at `l0`..`t1` is the one brought home: a verb of [`RETURN`] right before it, or
/// one of [`BRING`] and "our" or "my" ("bring our A home"), or "the return of" (or
/// "homecoming of"), and right after it "home", "back home" or "to his/her/their family" ("to
/// her loved ones").
pub(super) fn brought_home(p: &Para<'_>, l0: usize, t1: usize) -> Vec<Role> {
    let after = |k: usize| word(p, t1 + k).unwrap_or_default();
    let home = after(0) == "home"
        || after(0) == "back" && after(1) == "home"
        || after(0) == "to"
            && matches!(after(1).as_str(), "his" | "her" | "their")
            && matches!(after(2).as_str(), "family" | "families" | "loved");
    if !home {
        return Vec::new();
    }
    let w = |k: usize| word_back(p, l0, k).unwrap_or_default();
    let own = matches!(w(1).as_str(), "our" | "my");
    let verb = RETURN.contains(&w(1).as_str()) || own && BRING.contains(&w(2).as_str());
    let noun = w(1) == "of" && matches!(w(2).as_str(), "return" | "homecoming");
    if verb || noun {
        vec![Role::Hostage]
    } else {
        Vec::new()
    }
}
