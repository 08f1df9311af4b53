#!/usr/bin/env python3
"""Whether extraction stays linear on the worst shapes one article can take.

Real articles have short paragraphs, but an article pasted with single line breaks is one
Markdown paragraph, and a transcript can hold thousands of quotations. Each shape below is
written at N and 4N units into one paragraph; `dossier extract --json` is timed on both
(best of 3) and the ratio printed. Linear work gives about 4x; a rule that reads the whole
paragraph for every quotation or name shows as 10x and more.

    bench/shapes.py [--bin target/release/dossier] [--n 2000]
"""
import argparse
import os
import random
import subprocess
import tempfile
import time

GIVEN = ["John", "Mary", "Ahmed", "Yael", "Omer", "Sara", "David", "Leah", "Khalil", "Nadia"]
FAMILY = ["Smith", "Cohen", "Haddad", "Levi", "Brown", "Mansour", "Katz", "Green", "Rahman"]


def name(rng):
    return f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"


# Each shape: units -> the body of one paragraph (single line breaks keep it one paragraph).
SHAPES = {
    "quotations, named speaker, one line": lambda n, r: " ".join(
        f'"Hello there," said {name(r)}.' for _ in range(n)),
    "quotations, pronouns only": lambda n, r: name(r) + " spoke. " + " ".join(
        '"We want them home now," she said. "It is hard," he added.' for _ in range(n)),
    "speaker labels, line by line": lambda n, r: "\n".join(
        f'{name(r)}: "We will keep going no matter what."' for _ in range(n)),
    "one list of names": lambda n, r: "The hostages freed were "
    + ", ".join(name(r) for _ in range(n)) + f" and {name(r)}.",
    "titled names in narration": lambda n, r: " ".join(
        f"Foreign Minister {name(r)} said envoy {name(r)} would lead the talks." for _ in range(n)),
    "headline capitals": lambda n, r: " ".join(
        f"US PRESIDENT {r.choice(FAMILY).upper()} SAID THE TALKS WENT WELL." for _ in range(n)),
}


def timed(binary, path):
    best = None
    for _ in range(3):
        t = time.perf_counter()
        subprocess.run([binary, "extract", "--json", "--no-registry", path],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        dt = time.perf_counter() - t
        best = dt if best is None else min(best, dt)
    return best


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bin", default=os.path.join(here, "..", "target", "release", "dossier"))
    ap.add_argument("--n", type=int, default=2000)
    args = ap.parse_args()
    print(f"| shape (one paragraph) | {args.n} units | {4 * args.n} units | ratio |")
    print("|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for label, shape in SHAPES.items():
            times = []
            for n in (args.n, 4 * args.n):
                path = os.path.join(tmp, f"a{n}.md")
                with open(path, "w") as f:
                    f.write("---\ntitle: Shape\ndate: 2025-01-01\n---\n\n")
                    f.write(shape(n, random.Random(1)) + "\n")
                times.append(timed(args.bin, path))
            print(f"| {label} | {times[0]:.2f} s | {times[1]:.2f} s | {times[1] / times[0]:.1f}x |")


if __name__ == "__main__":
    main()
