//! An interviewer's question between a speaker's answers: "'…' ¶ What did the rebels tell
//! you? ¶ '…'". Interviews written up as questions and answers print the reporter's
//! question as a bare line of narration ending in a question mark, and the answer after it
//! as a paragraph of quotation alone. The answer is the interviewee's, the one who gave the
//! answer before the question; the question itself names no speaker, though it may name
//! the person it asks about ("How was the talk with your son?"). Only the plain shape is
//! read: the paragraph before is quotation alone, and the question is one sentence of
//! narration, no quotation, ending in "?". The answers of one interview are all as sure
//! as the first: a run of questions does not wear the speaker down the way a run of
//! paragraphs of narration does.
//!
//! The other line a speaker runs on past is a line of fact that names no one (`aside`);
//! [`runs_past`] reads both.

use super::aside::aside;
use super::attribution::{Ctx, Pick, quotation_only};

/// The rule of a speaker carried past a question: the answer after it keeps the full
/// confidence of the answer before.
pub(super) const ASKED: &str = "interview answer";

/// The speaker `w` of the quotation paragraph before `pi`, carried past `pi` when `pi` is a
/// question between answers or an aside, for a paragraph of quotation alone after it.
pub(super) fn runs_past(cx: &Ctx<'_, '_>, pi: usize, w: &Pick) -> Option<Pick> {
    if interview_question(cx, pi) {
        Some(w.carried(ASKED, 1.0))
    } else {
        aside(cx, pi).then(|| w.carried("follows speaker", 0.9))
    }
}

/// Whether paragraph `pi` is an interviewer's question between two answers of one speaker
/// (see the module's comment).
fn interview_question(cx: &Ctx<'_, '_>, pi: usize) -> bool {
    let p = &cx.paras[pi];
    if p.caption || pi == 0 || p.in_quote.iter().any(|&q| q) {
        return false;
    }
    let words = p.toks.iter().filter(|t| t.is_word()).count();
    let one_sentence = !p.starts.iter().skip(1).any(|&s| s);
    let asks = p.text.trim_end().ends_with('?');
    (2..=30).contains(&words) && one_sentence && asks && answer(cx, pi - 1)
}

/// Whether paragraph `pi` is an answer: quotation and nothing else.
fn answer(cx: &Ctx<'_, '_>, pi: usize) -> bool {
    let p = &cx.paras[pi];
    p.in_quote.iter().any(|&q| q) && quotation_only(p)
}
