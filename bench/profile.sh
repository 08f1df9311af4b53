#!/usr/bin/env bash
# Where the time of one `dossier build` goes, by module: instruction counts from callgrind on
# a generated dossier of N articles (default 1,000), and, where `perf record` works, CPU-clock
# samples of a 10,000-article build (which also see the kernel's share: file writes).
# Prints a summary (bench/hotspots.py) and leaves the raw profiles in bench/work/.
#
#   bench/profile.sh [N]
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)
work="$here/work"
n=${1:-1000}
bin="$repo/target/release/dossier"
mkdir -p "$work"

command -v valgrind >/dev/null || { echo "profile.sh: install valgrind" >&2 && exit 1; }
(cd "$repo" && cargo build --release --quiet)
newsgen="$repo/target/release/newsgen"

corpus() { # N: a generated dossier of N articles in bench/work/pN
    local dir="$work/p$1"
    if [[ ! -f $dir/site.yaml ]]; then
        rm -rf "$dir"
        "$newsgen" --articles "$1" --seed 1 --out "$dir" >&2
    fi
    echo "$dir"
}

dir=$(corpus "$n")
echo "==> callgrind: dossier build of $n articles" >&2
rm -rf "$dir/output"
valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.out" \
    "$bin" build --quiet --root "$dir" 2>"$work/callgrind.log"
callgrind_annotate --auto=no --inclusive=yes --threshold=100 "$work/callgrind.out" >"$work/callgrind-inclusive.txt"
callgrind_annotate --auto=no --threshold=100 "$work/callgrind.out" >"$work/callgrind-self.txt"
python3 "$here/hotspots.py" callgrind "$work/callgrind-self.txt" "$work/callgrind-inclusive.txt"

if perf record -e cpu-clock -o /dev/null true >/dev/null 2>&1; then
    big=$(corpus 10000)
    echo "==> perf (cpu-clock): dossier build of 10000 articles" >&2
    rm -rf "$big/output"
    perf record -q -e cpu-clock -F 499 -o "$work/perf.data" \
        "$bin" build --quiet --root "$big" >/dev/null 2>&1
    perf report -i "$work/perf.data" --stdio --no-children --sort sym 2>/dev/null \
        >"$work/perf-self.txt"
    python3 "$here/hotspots.py" perf "$work/perf-self.txt"
else
    echo "perf record does not work here; callgrind only" >&2
fi
