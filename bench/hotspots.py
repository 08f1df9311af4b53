#!/usr/bin/env python3
"""Summarises a profile by module, for bench/profile.sh.

  hotspots.py callgrind SELF.txt INCLUSIVE.txt   (callgrind_annotate outputs)
  hotspots.py perf SELF.txt                      (perf report --no-children --sort sym)

Self cost is put in buckets by where the code lives: a dossier module (`dossier::extract`),
or the library that dossier calls for a stage (tera for render, pulldown-cmark for Markdown,
the kernel for file I/O). Inclusive cost is shown for dossier's own functions.
"""

import re
import sys

# (bucket, patterns) in order; the first match wins.
BUCKETS = [
    ("kernel (file I/O, page faults, scheduling)", [r"^\[k\]", r"^0x[0-9a-f]+$"]),
    ("tera (render templates)", [r"\btera::", r"\btera_"]),
    ("pulldown-cmark (Markdown)", [r"pulldown_cmark"]),
    ("YAML (serde-saphyr, granit-parser)", [r"saphyr", r"granit_parser"]),
    ("ammonia / html5ever (HTML sanitising, parsing)", [r"ammonia", r"html5ever", r"markup5ever", r"tendril"]),
    ("regex / aho-corasick", [r"regex", r"aho_corasick"]),
    ("serde_json", [r"serde_json"]),
    ("allocator (malloc, free, realloc)", [r"malloc", r"\bfree\b", r"realloc", r"_int_", r"unlink_chunk", r"alloc::alloc", r"__rust_(de|re)?alloc", r"__rdl_", r"raw_vec", r"finish_grow"]),
    ("paths (std::path)", [r"std::path"]),
    ("dates (chrono)", [r"chrono"]),
    ("collections (BTreeMap, HashMap)", [r"btree", r"hashbrown"]),
    ("memcpy / memmove / memset", [r"mem(cpy|move|set|cmp)", r"__memc", r"__memm"]),
    ("hashing", [r"hash", r"sip"]),
    ("rayon / crossbeam (scheduling)", [r"rayon", r"crossbeam"]),
    ("formatting (core::fmt, format!)", [r"core::fmt", r"alloc::fmt"]),
    ("unicode / strings", [r"unicode", r"core::str", r"alloc::str", r"deunicode", r"char"]),
]
DOSSIER = re.compile(r"dossier::(\w+)(?:::(\w+))?")

def bucket(symbol):
    m = DOSSIER.search(symbol)
    if m and not any(lib in symbol.split("dossier::")[0] for lib in ("tera", "rayon")):
        # dossier code: by module, and submodule for the big ones.
        return "dossier::" + m.group(1) + ("::" + m.group(2) if m.group(2) and m.group(2)[0].islower() else "")
    for name, patterns in BUCKETS:
        if any(re.search(p, symbol) for p in patterns):
            return name
    return "other"


def callgrind_rows(path):
    """The total and (cost, function) rows of callgrind_annotate's function table."""
    rows, total, in_table = [], 0, False
    for line in open(path, encoding="utf-8", errors="replace"):
        m = re.match(r"\s*([\d,]+)\s+\(\s*[\d.]+%\)\s+(.*)", line)
        if not m:
            if in_table and not line.strip():
                break
            continue
        cost, rest = int(m.group(1).replace(",", "")), m.group(2)
        if rest.startswith("PROGRAM TOTALS"):
            total = cost
            continue
        in_table = True
        # `file:function [object]`; paths hold no colon, function paths hold `::`.
        function = rest.split(":", 1)[1] if ":" in rest else rest
        rows.append((cost, function.rsplit(" [", 1)[0].strip()))
    merged = {}
    for cost, function in rows:
        merged[function] = merged.get(function, 0) + cost
    return total, [(c, f) for f, c in merged.items()]


def report(title, total, rows, unit):
    sums = {}
    for cost, symbol in rows:
        b = bucket(symbol)
        sums[b] = sums.get(b, 0) + cost
    print(f"\n{title}: self cost by module ({unit}, total {total:,})\n")
    print("| module | share |")
    print("|---|---|")
    for b, c in sorted(sums.items(), key=lambda kv: -kv[1])[:15]:
        print(f"| {b} | {100.0 * c / total:.1f} % |")
    print(f"\n{title}: top functions by self cost\n")
    for cost, symbol in sorted(rows, reverse=True)[:15]:
        print(f"- {100.0 * cost / total:.1f} % `{symbol[:140]}`")


def main():
    kind = sys.argv[1] if len(sys.argv) > 1 else ""
    if kind == "callgrind" and len(sys.argv) == 4:
        total, rows = callgrind_rows(sys.argv[2])
        report("callgrind", total, rows, "instructions")
        _, inclusive = callgrind_rows(sys.argv[3])
        print("\ncallgrind: dossier functions by inclusive cost (work they and their callees do)\n")
        ours = [(c, f) for c, f in inclusive if f.startswith("dossier::") or f.startswith("<dossier::")]
        for cost, function in sorted(ours, reverse=True)[:14]:
            print(f"- {100.0 * cost / total:.1f} % `{function[:120]}`")
    elif kind == "perf" and len(sys.argv) == 3:
        rows = []
        for line in open(sys.argv[2], encoding="utf-8", errors="replace"):
            m = re.match(r"\s*([\d.]+)%\s+(\[[.k]\])\s+(.*)", line)
            if m:
                symbol = m.group(3).strip()
                rows.append((float(m.group(1)) * 1000, ("[k] " if m.group(2) == "[k]" else "") + symbol))
        report("perf cpu-clock", 100000, rows, "samples, per 100,000")
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main()
