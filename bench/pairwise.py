#!/usr/bin/env python3
"""Times several builds of the same articles, alternately, so that drift on a shared machine
falls on all of them alike.

  pairwise.py --runs N --out FILE.json NAME 'PREPARE' 'COMMAND' [NAME 'PREPARE' 'COMMAND' …]

Each round runs every tool once, in turn: its PREPARE command (untimed: removing the last
output), then its COMMAND, timed. Wall time is measured around the process; CPU time is the
user + system time the kernel charged to it and its children (os.wait4). One warm-up round
runs first and is not counted.

The JSON written has, per tool, its samples and medians, and per pair of tools (every tool
against the first), the median of the round-by-round ratios of wall time and of CPU time:
the figure that cancels the machine's drift, since both sides of a ratio ran back to back.
Standard library only.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import time


def run_timed(command):
    """Runs a shell command; returns (wall seconds, CPU seconds). Fails loudly on a non-zero
    exit: a benchmark of a failing build measures nothing."""
    start = time.monotonic()
    proc = subprocess.Popen(["bash", "-c", command], stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.monotonic() - start
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.exit(f"pairwise.py: `{command}` exited with {code}")
    return wall, usage.ru_utime + usage.ru_stime


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--out", required=True)
    parser.add_argument("tools", nargs="+", help="NAME PREPARE COMMAND, repeated")
    args = parser.parse_args()
    if len(args.tools) % 3:
        parser.error("tools come in threes: NAME PREPARE COMMAND")
    tools = [args.tools[i : i + 3] for i in range(0, len(args.tools), 3)]
    samples = {name: {"wall": [], "cpu": []} for name, _, _ in tools}

    for round_no in range(args.runs + 1):
        for name, prepare, command in tools:
            subprocess.run(["bash", "-c", prepare], check=True)
            wall, cpu = run_timed(command)
            if round_no == 0:
                continue  # the warm-up round fills the page cache
            samples[name]["wall"].append(wall)
            samples[name]["cpu"].append(cpu)
            print(f"  round {round_no}/{args.runs} {name}: {wall:.2f} s wall, {cpu:.2f} s CPU", file=sys.stderr)

    base = tools[0][0]
    result = {"runs": args.runs, "tools": {}, "ratios": {}}
    for name, _, _ in tools:
        s = samples[name]
        result["tools"][name] = {
            "wall": s["wall"],
            "cpu": s["cpu"],
            "wall_median": statistics.median(s["wall"]),
            "cpu_median": statistics.median(s["cpu"]),
        }
    for name, _, _ in tools[1:]:
        a, b = samples[base], samples[name]
        result["ratios"][f"{base}/{name}"] = {
            "wall": statistics.median(x / y for x, y in zip(a["wall"], b["wall"])),
            "cpu": statistics.median(x / y for x, y in zip(a["cpu"], b["cpu"])),
        }
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(result, f, indent=1)


if __name__ == "__main__":
    main()
