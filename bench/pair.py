#!/usr/bin/env python3
"""Two builds paired: `calc` of each binary on one dataset, in turns (swapping which goes first
each round, each its own process), so a slow moment of a shared machine falls on both alike.
Prints the medians of CPU (user + sys, from wait4) and wall time, and the median of the
per-round CPU ratios new ÷ old, and whether the two builds wrote the same bytes.

    OLD=/tmp/old/kvp NEW=target/release/kvalitetspeng python3 bench/pair.py DIR PAIRS [ARGS…]

DIR holds rules.ron and results.csv (see `kvalitetspeng generate`); ARGS are passed to `calc`
after `--out`, with `@` replaced by `old` or `new` (e.g. `--explain-out /tmp/expl-@.csv`)."""
import os
import statistics
import subprocess
import sys
import time

data, pairs, extra = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
bins = {"old": os.environ["OLD"], "new": os.environ["NEW"]}
times = {"old": [], "new": []}
ratios = []


def run(build):
    args = [bins[build], "calc", "--rules", f"{data}/rules.ron", "--results",
            f"{data}/results.csv", "--out", f"/tmp/pair-{build}.csv"]
    args += [a.replace("@", build) for a in extra]
    start = time.monotonic()
    p = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(p.pid, 0)
    if status != 0:
        sys.exit(f"{build} failed: {args}")
    return usage.ru_utime + usage.ru_stime, time.monotonic() - start


for i in range(pairs):
    this = {}
    for build in (["old", "new"] if i % 2 == 0 else ["new", "old"]):
        this[build] = run(build)
        times[build].append(this[build])
    ratios.append(this["new"][0] / this["old"][0])
for build, t in times.items():
    cpu = statistics.median(x[0] for x in t)
    wall = statistics.median(x[1] for x in t)
    print(f"{build}: CPU {cpu:.3f} s, wall {wall:.3f} s (medians)")
print(f"paired CPU ratio new/old: {statistics.median(ratios):.3f} over {pairs} pairs")
outputs = [("/tmp/pair-{}.csv", "--out")] + [(a, a) for a in extra if "@" in a]
for pattern, what in outputs:
    with open(pattern.format("old").replace("@", "old"), "rb") as a, \
            open(pattern.format("new").replace("@", "new"), "rb") as b:
        print(f"{what}: {'the same bytes' if a.read() == b.read() else 'DIFFERENT bytes'}")
