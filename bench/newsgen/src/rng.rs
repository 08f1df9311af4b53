//! A small, seedable random number generator whose output is fixed forever.
//!
//! The corpus must be the same bytes for the same seed on every machine and every version of
//! every dependency, so the generator is written here (SplitMix64, Steele, Lea and Flood 2014)
//! rather than taken from a crate whose algorithms may change between releases.

/// SplitMix64: one 64-bit state, a Weyl sequence mixed by two multiply-xorshift rounds.
#[derive(Debug, Clone)]
pub(crate) struct Rng(u64);

const GAMMA: u64 = 0x9e37_79b9_7f4a_7c15;

fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

impl Rng {
    #[cfg(test)]
    pub(crate) fn new(seed: u64) -> Self {
        Rng(mix(seed))
    }

    /// An independent stream for item `index` of a seed, so items can be generated in
    /// parallel and in any order with the same result.
    pub(crate) fn stream(seed: u64, index: u64) -> Self {
        Rng(mix(seed ^ mix(index.wrapping_add(1).wrapping_mul(GAMMA))))
    }

    pub(crate) fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(GAMMA);
        mix(self.0)
    }

    /// A number in `0..n` (0 when `n` is 0), by Lemire's multiply-shift.
    pub(crate) fn below(&mut self, n: usize) -> usize {
        ((u128::from(self.next_u64()) * n as u128) >> 64) as usize
    }

    /// A number in `lo..=hi`.
    pub(crate) fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    /// True `percent` times in a hundred.
    pub(crate) fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    /// One item of a non-empty list.
    pub(crate) fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// One word of a non-empty word list.
    pub(crate) fn word(&mut self, words: &[&'static str]) -> &'static str {
        words[self.below(words.len())]
    }

    /// An index drawn with the weights whose running totals are `cumulative`.
    pub(crate) fn weighted(&mut self, cumulative: &[f64]) -> usize {
        let total = cumulative.last().copied().unwrap_or(0.0);
        let x = (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64 * total;
        cumulative
            .partition_point(|&c| c <= x)
            .min(cumulative.len().saturating_sub(1))
    }

    /// Shuffles `items` in place (Fisher–Yates).
    pub(crate) fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i + 1);
            items.swap(i, j);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sequence_for_a_seed_never_changes() {
        let mut r = Rng::new(42);
        let first: Vec<u64> = (0..3).map(|_| r.next_u64()).collect();
        let mut again = Rng::new(42);
        assert_eq!(first, (0..3).map(|_| again.next_u64()).collect::<Vec<_>>());
        assert_ne!(first, {
            let mut other = Rng::new(43);
            (0..3).map(|_| other.next_u64()).collect::<Vec<_>>()
        });
    }

    #[test]
    fn below_stays_in_range_and_reaches_both_ends() {
        let mut r = Rng::new(7);
        let draws: Vec<usize> = (0..1000).map(|_| r.below(5)).collect();
        assert!(draws.iter().all(|&d| d < 5));
        assert!(draws.contains(&0) && draws.contains(&4));
        assert_eq!(r.below(0), 0);
    }

    #[test]
    fn weighted_draws_follow_the_weights() {
        let mut r = Rng::new(1);
        let cumulative = [1.0, 1.0, 101.0];
        let counts = (0..1000).fold([0; 3], |mut c, _| {
            c[r.weighted(&cumulative)] += 1;
            c
        });
        assert_eq!(counts[1], 0, "a zero weight is never drawn");
        assert!(counts[2] > 900, "{counts:?}");
    }
}
