//! "said the French head of state", "the Israeli leader told reporters": news names a
//! country's leader by what they are rather than by their title. The description stands for
//! the offices a nation's leader holds (president, prime minister, king, …), so it finds the
//! person the article titled so — "French President Emmanuel Macron" — and never whoever was
//! named last (a hostage in the footage he condemned).

use super::Ref;
use crate::extract::attribution::{Ctx, Who};

/// Offices of a head of state.
const OF_STATE: &[&str] = &["president", "king", "queen", "emir", "monarch", "sultan"];
/// Offices of a head of government.
const OF_GOVERNMENT: &[&str] = &["prime minister", "chancellor", "premier"];

impl Ctx<'_, '_> {
    /// The person a leader's description with its head at token `head_at` of `pi` stands
    /// for; `Some(None)` when the description is a leader's but no one the article titled
    /// with such an office fits (unclear, not the last person named); `None` when it is no
    /// leader's description. A bare "the leader" says too little: only "head of state",
    /// "head of government" or a nationality's leader ("the Ukrainian leader") are read.
    pub(in crate::extract) fn national_leader(
        &self,
        pi: usize,
        the: usize,
        head_at: usize,
        demonym: Option<&str>,
    ) -> Option<Option<Ref>> {
        let offices: Vec<&str> = match self.word(pi, head_at).as_str() {
            "head" if self.word(pi, head_at + 1) == "of" => {
                match self.word(pi, head_at + 2).as_str() {
                    "state" => OF_STATE.to_vec(),
                    "government" => OF_GOVERNMENT.to_vec(),
                    _ => return None,
                }
            }
            "leader" if demonym.is_some() && head_at == the + 2 => {
                OF_STATE.iter().chain(OF_GOVERNMENT).copied().collect()
            }
            _ => return None,
        };
        let mut found: Vec<usize> = Vec::new();
        for office in offices {
            for e in self.described_people(pi, the, office) {
                if !found.contains(&e) {
                    found.push(e);
                }
            }
        }
        // With a nationality, only those whose title carries it, else those whose title
        // carries none ("President Macron" for "the French leader").
        if let Some(d) = demonym {
            found.retain(|&e| self.demonym_fits(e, d) != Some(false));
            if found.iter().any(|&e| self.demonym_fits(e, d) == Some(true)) {
                found.retain(|&e| self.demonym_fits(e, d) == Some(true));
            }
        }
        Some(match found.as_slice() {
            [one] => Some((Who::Entity(*one), 0.9)),
            _ => None,
        })
    }
}
