#!/usr/bin/env python3
"""Reads the figures bench/run.sh needs out of the JSON its tools write.

  figures.py median HYPERFINE.json   the median time in seconds
  figures.py cpu HYPERFINE.json      the mean CPU time (user + system) in seconds
  figures.py reload RELOAD.json      the median save-to-reload time in ms (from reload.py)
  figures.py search-table LINES      a Markdown table body of search-payload's JSON lines
  figures.py search-max LINES        the largest gzip payload of those queries, in kB
"""

import json
import sys


def main():
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
        elif what in ("search-table", "search-max"):
            queries = [json.loads(line) for line in f if line.strip()]
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
