//! Two readings of the words around a name in a speaker's phrase: a name printed twice in a
//! row is one mention, and the one spoken to after "spoke to" is a listener, not a speaker.

use crate::extract::attribution::Ctx;
use crate::extract::people::Mention;

/// The mention right after mention `m` that repeats it word for word ("Al Jazeera Al
/// Jazeera"), if any.
pub(super) fn doubled(cx: &Ctx<'_, '_>, pi: usize, m: &Mention) -> Option<usize> {
    let p = &cx.paras[pi];
    let o = (*cx.at[pi].get(m.t1)?)?;
    let n = cx.mentions[o];
    let text = |t0: usize, t1: usize| &p.text[p.toks[t0].start..p.toks[t1 - 1].end];
    (n.t0 == m.t1 && n.entity == m.entity && text(n.t0, n.t1) == text(m.t0, m.t1)).then_some(o)
}

/// "A freed prisoner spoke to Al Jazeera": the one spoken to after a verb of speaking and
/// "to" is the listener, never the speaker.
pub(super) fn spoke_to(verb: &str) -> bool {
    matches!(
        verb,
        "spoke" | "speaks" | "speaking" | "spoken" | "talked" | "talks" | "talking"
    )
}
