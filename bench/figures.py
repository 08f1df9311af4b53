#!/usr/bin/env python3
"""Reads the figures bench/run.sh needs out of the JSON its tools write.

  figures.py median HYPERFINE.json   the median time in seconds
  figures.py cpu HYPERFINE.json      the mean CPU time (user + system) in seconds
  figures.py reload RELOAD.json      the median save-to-reload time in ms (from reload.py)
  figures.py search-table LINES      a Markdown table body of search-payload's JSON lines
  figures.py search-max LINES        the largest gzip payload of those queries, in kB
  figures.py search-source LINES     where the index came from, as a sentence
  figures.py stages N A.txt M B.txt    a Markdown table of `dossier build --timings` per size
"""

import json
import re
import sys


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


def main():
    if len(sys.argv) > 2 and sys.argv[1] == "stages":
        return stages(sys.argv[2:])
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    what, path = sys.argv[1], sys.argv[2]
    with open(path, encoding="utf-8") as f:
        if what == "median":
            print("%.3f" % json.load(f)["results"][0]["median"])
        elif what == "cpu":
            result = json.load(f)["results"][0]
            print("%.3f" % (result["user"] + result["system"]))
        elif what == "reload":
            print(json.load(f)["median_ms"])
        elif what in ("search-table", "search-max", "search-source"):
            lines = [json.loads(line) for line in f if line.strip()]
            queries = [q for q in lines if "query" in q]
            source = next((q for q in lines if "source" in q), {})
            if what == "search-source":
                if source.get("source") == "in memory":
                    print(
                        "The build does not write the search index yet, so bench/search-payload "
                        "built it in memory from the linked site (`search::build`): %d documents, "
                        "%d files, %.1f MB, in %.2f s (not included in the build times above)."
                        % (source["docs"], source["files"], source["bytes"] / 1e6, source["index_seconds"])
                    )
                else:
                    print("The index was read from output/search/, as the build wrote it.")
            if what == "search-max":
                print("%.1f" % (max(q["gzip_bytes"] for q in queries) / 1000))
            for q in queries if what == "search-table" else []:
                print(
                    "| `%s` | %d | %.1f kB | %.1f kB |"
                    % (q["query"], q["files"], q["raw_bytes"] / 1000, q["gzip_bytes"] / 1000)
                )
        else:
            raise SystemExit(__doc__)


if __name__ == "__main__":
    main()
