#!/usr/bin/env python3
"""Reads the figures bench/run.sh needs out of the JSON its tools write, and keeps the
scaling block of RESULTS.md.

  figures.py pair PAIRWISE.json TOOL wall|cpu     a tool's median time in seconds
  figures.py ratio PAIRWISE.json A/B wall|cpu     the median of round-by-round ratios A / B
  figures.py reload RELOAD.json                   the median save-to-reload time in ms
  figures.py search-table LINES                   a Markdown table body of query.mjs's lines
  figures.py search-max LINES ENGINE              an engine's largest gzip payload, in kB
  figures.py stages N A.txt M B.txt               a table of `dossier build --timings` per size
  figures.py splice RESULTS.md BLOCK.md           puts BLOCK between the scaling markers
  figures.py scale-block RESULTS.md               prints the block between them (or nothing)
"""

import json
import os
import re
import sys

BEGIN = "<!-- scale: begin (bench/run.sh --scale writes this block; the full run keeps it) -->"
END = "<!-- scale: end -->"
NOTES = "<!-- Notes below this line are written by hand; bench/run.sh keeps them. -->"


def read_timings(path):
    """The stage lines `dossier build --timings` prints: `  render    2.401 s    512 MiB peak`."""
    rows = []
    for line in open(path, encoding="utf-8"):
        m = re.match(r"\s*(\S+)\s+([\d.]+) s(?:\s+(\d+) MiB peak)?", line)
        if m:
            rows.append({"stage": m.group(1), "seconds": float(m.group(2)), "peak_mib": int(m.group(3) or 0)})
    return rows


def stages(args):
    """A table with a row per stage and a column pair (time, peak memory) per size."""
    sizes = args[0::2]
    runs = [read_timings(path) for path in args[1::2]]
    print("| stage | " + " | ".join(f"{n} articles: time | peak memory after" for n in sizes) + " |")
    print("|---|" + "---|---|" * len(sizes))
    for i, stage in enumerate(runs[0]):
        cells = []
        for run in runs:
            row = run[i] if i < len(run) else {"seconds": 0, "peak_mib": 0}
            total = sum(r["seconds"] for r in run) or 1
            cells.append("%.2f s (%.0f %%) | %d MiB" % (row["seconds"], 100 * row["seconds"] / total, row["peak_mib"]))
        print(f"| {stage['stage']} | " + " | ".join(cells) + " |")


def scale_block(results):
    """The scaling block of RESULTS.md with its markers, or ''."""
    if not os.path.exists(results):
        return ""
    text = open(results, encoding="utf-8").read()
    if BEGIN not in text or END not in text:
        return ""
    return text[text.index(BEGIN) : text.index(END) + len(END)]


def splice(results, block_file):
    """Replaces the scaling block of RESULTS.md (or adds it before the notes marker)."""
    block = BEGIN + "\n" + open(block_file, encoding="utf-8").read().rstrip("\n") + "\n" + END
    text = open(results, encoding="utf-8").read() if os.path.exists(results) else ""
    old = scale_block(results)
    if old:
        text = text.replace(old, block)
    elif NOTES in text:
        text = text.replace(NOTES, block + "\n\n" + NOTES)
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n"
    open(results, "w", encoding="utf-8").write(text)


def queries(path):
    return [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]


def main():
    a = sys.argv[1:]
    if not a:
        raise SystemExit(__doc__)
    what = a[0]
    if what == "stages":
        return stages(a[1:])
    if what == "splice" and len(a) == 3:
        return splice(a[1], a[2])
    if what == "scale-block" and len(a) == 2:
        return print(scale_block(a[1]))
    if what in ("pair", "ratio") and len(a) == 4:
        data = json.load(open(a[1], encoding="utf-8"))
        if what == "pair":
            return print("%.3f" % data["tools"][a[2]][a[3] + "_median"])
        return print("%.2f" % data["ratios"][a[2]][a[3]])
    if what == "reload" and len(a) == 2:
        return print(json.load(open(a[1], encoding="utf-8"))["median_ms"])
    if what == "search-table" and len(a) == 2:
        for q in queries(a[1]):
            print(
                "| %s | `%s` | %d | %d | %.1f kB | %.1f kB |"
                % (q["engine"], q["query"], q["results"], q["files"], q["raw_bytes"] / 1000, q["gzip_bytes"] / 1000)
            )
        return
    if what == "search-max" and len(a) == 3:
        return print("%.1f" % (max(q["gzip_bytes"] for q in queries(a[1]) if q["engine"] == a[2]) / 1000))
    raise SystemExit(__doc__)


if __name__ == "__main__":
    main()
