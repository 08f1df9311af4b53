#!/usr/bin/env bash
# The dossier benchmark: builds generated dossiers of 1,000 and 10,000 articles and compares
# them with Hugo on the same articles, with copying the finished site, with the issue's
# targets; measures save-to-reload in `dossier serve` and what one search query transfers.
# Writes bench/RESULTS.md. See bench/README.md.
#
#   bench/run.sh            1,000 and 10,000 articles (about 15 minutes on 2 cores)
#   bench/run.sh --quick    200 and 1,000 articles, fewer runs (a smoke run, 2-3 minutes)
#
# Options: --sizes "N M" (smallest first), --runs N (timed runs per build), --saves N (saves
# for the reload test), --seed S, --work DIR (default bench/work, git-ignored), --results FILE.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)
sizes=(1000 10000)
runs=""
saves=20
seed=1
quick=0
work="$here/work"
results="$here/RESULTS.md"

while (($#)); do
    case $1 in
    --quick) quick=1 sizes=(200 1000) ;;
    --sizes) read -r -a sizes <<<"$2" && shift ;;
    --runs) runs=$2 && shift ;;
    --saves) saves=$2 && shift ;;
    --seed) seed=$2 && shift ;;
    --work) work=$2 && shift ;;
    --results) results=$2 && shift ;;
    -h | --help) sed -n '2,12s/^# \{0,1\}//p' "$0" && exit 0 ;;
    *) echo "run.sh: unknown option $1 (see --help)" >&2 && exit 2 ;;
    esac
    shift
done

log() { printf '\n==> %s %s\n' "$(date +%T)" "$*" >&2; }

# Installs a Debian package when its command is missing.
need() {
    local cmd=$1 pkg=$2
    command -v "$cmd" >/dev/null 2>&1 && return
    log "installing $pkg (for $cmd)"
    local sudo=()
    [[ $(id -u) -eq 0 ]] || sudo=(sudo)
    "${sudo[@]}" apt-get install -y "$pkg" >&2 ||
        { "${sudo[@]}" apt-get update >&2 && "${sudo[@]}" apt-get install -y "$pkg" >&2; }
}

need hyperfine hyperfine
need hugo hugo
need /usr/bin/time time
need python3 python3

div() { awk -v a="$1" -v b="$2" -v f="${3:-%.2f}" 'BEGIN { printf f, a / b }'; }
# "met" when value OP target holds, else "missed".
verdict() {
    awk -v v="$1" -v t="$3" -v op="$2" \
        'BEGIN { ok = (op == "<=") ? v <= t : v < t; print (ok ? "met" : "**missed**") }'
}

# Times a command with hyperfine (each run after PREPARE); prints the median in seconds.
timed() {
    local name=$1 n=$2 prepare=$3 cmd=$4
    hyperfine --style basic --warmup 1 --runs "$n" --prepare "$prepare" \
        --export-json "$work/$name.json" "$cmd" >&2
    python3 "$here/figures.py" median "$work/$name.json"
}

# Peak resident memory of a command in MiB: the median of three runs of /usr/bin/time -v.
peak_mib() {
    local prepare=$1 && shift
    local kb=()
    for _ in 1 2 3; do
        bash -c "$prepare"
        /usr/bin/time -v "$@" >/dev/null 2>"$work/time.txt"
        kb+=("$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time.txt")")
    done
    div "$(printf '%s\n' "${kb[@]}" | sort -n | sed -n 2p)" 1024 "%.0f"
}

files_and_mb() { printf '%s files, %s MB' "$(find "$1" -type f | wc -l)" "$(du -sm "$1" | cut -f1)"; }

load_start=$(cut -d' ' -f1-3 /proc/loadavg)
log "building dossier (release)"
(cd "$repo" && cargo build --release --quiet)
bin="$repo/target/release/dossier"
mkdir -p "$work"

log "building the helper (bench/helpers: search-payload)"
cp "$repo/Cargo.lock" "$here/helpers/Cargo.lock"
CARGO_TARGET_DIR="$repo/target" cargo build --release --quiet --manifest-path "$here/helpers/Cargo.toml"
helpers="$repo/target/release"

declare -A R
stage_args=()
for n in "${sizes[@]}"; do
    dir="$work/d$n"
    hugo_dir="$work/h$n"
    if [[ $quick -eq 1 ]]; then k=${runs:-3}; elif ((n >= 5000)); then k=${runs:-5}; else k=${runs:-10}; fi
    R[$n.runs]=$k

    log "$n articles: generating (seed $seed)"
    rm -rf "$dir" "$hugo_dir"
    R[$n.generated]=$("$bin" generate-corpus --articles "$n" --seed "$seed" --out "$dir" --hugo "$hugo_dir")
    cp -r "$here/hugo/hugo.yaml" "$here/hugo/layouts" "$hugo_dir/"

    log "$n articles: dossier build"
    R[$n.build]=$(timed "build-$n" "$k" "rm -rf '$dir/output'" "'$bin' build --quiet --root '$dir'")
    R[$n.build_cpu]=$(python3 "$here/figures.py" cpu "$work/build-$n.json")
    R[$n.build_rss]=$(peak_mib "rm -rf '$dir/output'" "$bin" build --quiet --root "$dir")
    R[$n.build_line]=$("$bin" build --root "$dir" 2>/dev/null | sed -n 's/ in [0-9.]* s → .*//p')
    R[$n.build_files]=$(files_and_mb "$dir/output")

    log "$n articles: hugo"
    R[$n.hugo]=$(timed "hugo-$n" "$k" "rm -rf '$hugo_dir/public'" \
        "hugo --quiet --source '$hugo_dir' --destination '$hugo_dir/public'")
    R[$n.hugo_cpu]=$(python3 "$here/figures.py" cpu "$work/hugo-$n.json")
    R[$n.hugo_rss]=$(peak_mib "rm -rf '$hugo_dir/public'" \
        hugo --quiet --source "$hugo_dir" --destination "$hugo_dir/public")
    R[$n.hugo_files]=$(files_and_mb "$hugo_dir/public")

    log "$n articles: cp -r of output/"
    R[$n.copy]=$(timed "copy-$n" "$k" "rm -rf '$work/copy'" "cp -r '$dir/output' '$work/copy'")
    rm -rf "$work/copy"

    log "$n articles: save-to-reload in dossier serve ($saves saves)"
    article=$(find "$dir/content/articles" -maxdepth 1 -name '*.md' | sort | sed -n 1p)
    python3 "$here/reload.py" --binary "$bin" --root "$dir" --article "$article" \
        --saves "$saves" >"$work/reload-$n.json"
    R[$n.reload]=$(python3 "$here/figures.py" reload "$work/reload-$n.json")

    log "$n articles: search payload"
    person=$(sed -n 's/^- name: "\(.*\)"$/\1/p' "$dir/content/entities.yaml" | sed -n 1p)
    "$helpers/search-payload" "$dir" "ceasefire talks in Doha" "hostage families" "$person" \
        >"$work/search-$n.jsonl"
    R[$n.search]=$(python3 "$here/figures.py" search-table "$work/search-$n.jsonl")
    R[$n.search_max]=$(python3 "$here/figures.py" search-max "$work/search-$n.jsonl")
    R[$n.search_source]=$(python3 "$here/figures.py" search-source "$work/search-$n.jsonl")

    log "$n articles: one build, stage by stage"
    rm -rf "$dir/output"
    "$bin" build --root "$dir" --quiet --timings 2>"$work/stages-$n.txt"
    stage_args+=("$n" "$work/stages-$n.txt")
    rm -rf "$hugo_dir/public" "$dir/output"
done

# ---- RESULTS.md -------------------------------------------------------------------------
load_end=$(cut -d' ' -f1-3 /proc/loadavg)
load_note=""
if awk -v a="${load_start%% *}" -v b="${load_end%% *}" -v c="$(nproc)" 'BEGIN { exit !(a > c / 2 || b > c / 2) }'; then
    load_note=" **Other processes were busy on this machine during the run, so wall times are inflated and noisy; the CPU times and the ratios between tools measured side by side are the steadier figures. Rerun on a quiet machine for the record.**"
fi
small=${sizes[0]}
large=${sizes[-1]}
scaling=$(div "${R[$large.build]}" "${R[$small.build]}")
articles_ratio=$(div "$large" "$small" "%.0f")
# The linear-growth target is 11× for 10× the articles: 1.1× the ratio of article counts.
scaling_goal=$(div "$((large * 11))" "$((small * 10))")
vs_hugo=$(div "${R[$large.build]}" "${R[$large.hugo]}")
vs_hugo_cpu=$(div "${R[$large.build_cpu]}" "${R[$large.hugo_cpu]}")
scaling_cpu=$(div "${R[$large.build_cpu]}" "${R[$small.build_cpu]}")
marker='<!-- Notes below this line are written by hand; bench/run.sh keeps them. -->'
notes=""
if [[ -f $results ]] && grep -qF -- "$marker" "$results"; then
    notes=$(awk -v m="$marker" 'found { print } $0 == m { found = 1 }' "$results")
fi
commit=$(git -C "$repo" rev-parse --short HEAD)
if [[ -n $(git -C "$repo" status --porcelain --untracked-files=no -- . ':!bench/RESULTS.md') ]]; then
    commit="$commit, with uncommitted changes"
fi
scope=""
if [[ $large -ne 10000 || $small -ne 1000 ]]; then
    scope=" — at $large and $small articles, not the issue's 10,000 and 1,000: run bench/run.sh without --quick for the real verdicts"
fi
if [[ -n ${R[$large.search_max]:-} ]]; then
    search_row="${R[$large.search_max]} kB (largest of 3 queries) | ≤ 300 kB | $(verdict "${R[$large.search_max]}" '<=' 300)"
else
    search_row="not measured (search stage not merged) | ≤ 300 kB | not measured"
fi

row() {
    local label=$1 && shift
    printf '| %s |' "$label"
    printf ' %s |' "$@"
    echo
}
cells() { # KEY SUFFIX LABEL: one cell per size, R[n.KEY] followed by SUFFIX
    local n out=()
    for n in "${sizes[@]}"; do out+=("${R[$n.$1]}$2"); done
    row "$3" "${out[@]}"
}
ratio_cells() { # KEY_A KEY_B LABEL
    local n out=()
    for n in "${sizes[@]}"; do out+=("$(div "${R[$n.$1]}" "${R[$n.$2]}")×"); done
    row "$3" "${out[@]}"
}

{
    echo "# Benchmark results"
    echo
    echo "Written by \`bench/run.sh$([[ $quick -eq 1 ]] && echo ' --quick')\` on $(date -u '+%Y-%m-%d %H:%M UTC') at dossier commit \`$commit\`."
    echo
    echo "- Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo) memory, $(uname -sr)."
    echo "- Tools: $(rustc --version | cut -d' ' -f1-2), $(hugo version | cut -d' ' -f1-2), $(hyperfine --version)."
    echo "- Corpus: \`dossier generate-corpus --seed $seed\` (see bench/README.md); Hugo builds the same articles with the layout in bench/hugo/."
    echo "- Times are hyperfine medians, warm page cache, the output folder removed before each run; CPU time is hyperfine's mean user + system time; memory is the median of 3 runs of \`/usr/bin/time -v\` (maximum resident set size)."
    echo "- Load average (1, 5, 15 min) at the start: $load_start; at the end: $load_end.$load_note"
    echo
    echo "## Targets (issue 8)$scope"
    echo
    echo "| target | measured | goal | verdict |"
    echo "|---|---|---|---|"
    echo "| build time vs Hugo, $large articles | ${vs_hugo}× (${R[$large.build]} s vs ${R[$large.hugo]} s; CPU time ${vs_hugo_cpu}×) | ≤ 0.5× | $(verdict "$vs_hugo" '<=' 0.5) |"
    echo "| scaling, $large / $small articles | ${scaling}× for ${articles_ratio}× the articles (CPU time ${scaling_cpu}×) | ≤ ${scaling_goal}× | $(verdict "$scaling" '<=' "$scaling_goal") |"
    echo "| peak memory, $large articles | ${R[$large.build_rss]} MiB | ≤ 400 MB (381 MiB) | $(verdict "${R[$large.build_rss]}" '<=' 381) |"
    echo "| save-to-reload in serve, $large articles | ${R[$large.reload]} ms (median of $saves) | < 100 ms | $(verdict "${R[$large.reload]}" '<' 100) |"
    echo "| search, bytes one query transfers (gzip), $large articles | $search_row |"
    echo
    echo "## All figures"
    echo
    row "" "${sizes[@]/%/ articles}"
    row "---" "${sizes[@]/*/---}"
    cells build " s" "dossier build (median)"
    cells build_cpu " s" "dossier CPU time (user + system)"
    cells build_rss " MiB" "dossier peak memory"
    cells build_files "" "dossier output"
    cells hugo " s" "Hugo build (median)"
    cells hugo_cpu " s" "Hugo CPU time (user + system)"
    cells hugo_rss " MiB" "Hugo peak memory"
    cells hugo_files "" "Hugo output"
    ratio_cells build hugo "dossier / Hugo (wall)"
    ratio_cells build_cpu hugo_cpu "dossier / Hugo (CPU time)"
    cells copy " s" "\`cp -r output/\` (the floor)"
    ratio_cells build copy "dossier / floor"
    cells reload " ms" "save-to-reload, median of $saves"
    cells runs "" "timed runs per build"
    echo
    for n in "${sizes[@]}"; do
        echo "- $n articles: ${R[$n.generated]}. \`dossier build\`: ${R[$n.build_line]}"
    done
    echo
    echo "## Where the time goes: one build, stage by stage"
    echo
    echo "\`dossier build --timings\` times each stage of one build (wall time, one run) and reads the process's peak memory after it."
    echo
    python3 "$here/figures.py" stages "${stage_args[@]}"
    echo
    echo "## Search: what one query transfers"
    echo
    for n in "${sizes[@]}"; do
        echo "$n articles. ${R[$n.search_source]}"
        echo
        echo "| query | files fetched | raw | gzip |"
        echo "|---|---|---|---|"
        echo "${R[$n.search]}"
        echo
    done
    echo "$marker"
    if [[ -n $notes ]]; then echo "$notes"; fi
} >"$results"
log "wrote $results"
cat "$results"
