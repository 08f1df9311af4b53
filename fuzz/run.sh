#!/usr/bin/env bash
# Runs every fuzz target for a set time (default 60 s each) with cargo-fuzz (libFuzzer).
# cargo-fuzz needs a nightly toolchain: `rustup toolchain install nightly` and
# `cargo install cargo-fuzz`. Usage: fuzz/run.sh [SECONDS_PER_TARGET]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
command -v cargo-fuzz >/dev/null 2>&1 || { echo "cargo-fuzz is not installed: cargo install cargo-fuzz" >&2; exit 2; }
rustup toolchain list | grep -q nightly || { echo "cargo-fuzz needs a nightly toolchain: rustup toolchain install nightly" >&2; exit 2; }
for target in $(cargo +nightly fuzz list); do
  mkdir -p "fuzz/corpus/$target"
  # Seed each corpus with the project's own articles and fixtures.
  find content tests/fixtures tests/bad -type f \( -name '*.md' -o -name '*.txt' \) -size -64k \
    -exec cp -n {} "fuzz/corpus/$target/" \; 2>/dev/null || true
  echo "== $target for ${seconds}s"
  cargo +nightly fuzz run "$target" "fuzz/corpus/$target" -- -max_total_time="$seconds" -rss_limit_mb=4096 -max_len=65536
done
echo "All fuzz targets ran for ${seconds}s each without a crash."
