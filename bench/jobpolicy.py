"""bench/jobpolicy.sh: what job policies cost, and shoal's job log and
resume side by side with GNU parallel's, in one run. Run with /usr/bin/python3.

  jobpolicy.py SHOAL RUNS [BASE]

(1) 10,000 trivial ForEach-Object -Parallel items (throttle 5) plain, with
-JobLog, with -RetryCount 1, and with -AsJob (one job per item, each with
its CPU-time accounting): time inside the shell, best of RUNS, and the
ratio to plain. With BASE (a shoal built before policies and accounting
existed) the plain and -AsJob shapes run there too, interleaved, for the
cost of what every run now pays.
(2) 1,000 inputs with a job log, then a resume after half of the log is
lost (500 run again), then a resume of a complete log (nothing runs):
shoal's -JobLog/-Resume against `parallel --joblog [--resume]` (wall).
Every command's output is checked.
"""

import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.path.join(HERE, "workloads")


def run(command, timeout=300):
    start = time.perf_counter()
    done = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=timeout)
    wall = time.perf_counter() - start
    if done.returncode != 0 or done.stderr.strip():
        sys.exit(f"jobpolicy: {command!r} exited {done.returncode}: {done.stderr.strip()[:300]}")
    return wall, done.stdout.splitlines()


def values(lines):
    return {key: float(value) for key, _, value in (line.partition(" ") for line in lines)}


def overhead(shoal, shape, count, log):
    if os.path.exists(log):
        os.unlink(log)
    _, lines = run([shoal, os.path.join(WORK, "jobpolicy-overhead.ps1"), str(count), shape, log])
    result = values(lines)
    if result.get("count") != count:
        sys.exit(f"jobpolicy: {shape}: expected {count} results, got {result}")
    if shape == "joblog":
        with open(log) as file:
            logged = sum(1 for _ in file) - 1
        if logged != count:
            sys.exit(f"jobpolicy: -JobLog wrote {logged} lines for {count} items")
    return result["ms"]


def log_lines(path):
    with open(path) as file:
        return file.read().splitlines()


def keep_half(path):
    lines = log_lines(path)
    with open(path, "w") as file:
        file.write("\n".join(lines[: 1 + (len(lines) - 1) // 2]) + "\n")


def main():
    shoal, runs = sys.argv[1], int(sys.argv[2])
    base = sys.argv[3] if len(sys.argv) > 3 and sys.argv[3] else None
    scratch = tempfile.mkdtemp(prefix="shoal-jobpolicy-")
    log = os.path.join(scratch, "overhead.log")
    count = 10_000
    out = [f"### (1) {count:,} trivial -Parallel items, throttle 5 (best of {runs}, time inside the shell)\n"]
    shapes = ["plain", "joblog", "retry", "asjob"]
    best = {}
    for _ in range(runs):
        for shape in shapes:
            best[shape] = min(best.get(shape, float("inf")), overhead(shoal, shape, count, log))
            if base and shape in ("plain", "asjob"):
                key = "base " + shape
                best[key] = min(best.get(key, float("inf")), overhead(base, shape, count, log))
    out.append("| shape | ms | µs/item | / plain |" + (" / same shape before policies |" if base else ""))
    out.append("| --- | ---: | ---: | ---: |" + (" ---: |" if base else ""))
    for shape in shapes:
        ms = best[shape]
        row = f"| {shape} | {ms:.1f} | {ms * 1000 / count:.2f} | {ms / best['plain']:.2f} |"
        if base:
            before = best.get("base " + shape)
            row += f" {ms / before:.2f} |" if before else " |"
        out.append(row)
    if base:
        out.append(f"\nBefore policies (BASE): plain {best['base plain']:.1f} ms, -AsJob {best['base asjob']:.1f} ms.")

    inputs = 1_000
    out.append(f"\n### (2) job log and resume, {inputs:,} inputs (wall, best of {runs})\n")
    parallel = "/usr/bin/parallel"
    if not os.path.exists(parallel):
        out.append("GNU parallel is not installed (apt-get install parallel): section skipped.")
        print("\n".join(out))
        return
    seq = "\n".join(str(i) for i in range(1, inputs + 1)) + "\n"
    timing = {}
    for _ in range(runs):
        for tool in ("shoal", "parallel"):
            path = os.path.join(scratch, f"{tool}.log")
            if os.path.exists(path):
                os.unlink(path)
            phases = []
            for phase, expected in (("first", inputs), ("resume half", inputs // 2), ("resume full", 0)):
                if phase == "resume half":
                    keep_half(path)
                if tool == "shoal":
                    command = [shoal, os.path.join(WORK, "jobpolicy-resume.ps1"), str(inputs), path]
                    if phase != "first":
                        command.append("-Resume")
                    wall, lines = run(command)
                    ran = int(values(lines)["ran"])
                else:
                    command = [parallel, "--will-cite", "--joblog", path] + (["--resume"] if phase != "first" else []) + ["echo", "{}"]
                    start = time.perf_counter()
                    done = subprocess.run(command, input=seq, capture_output=True, text=True, timeout=300)
                    wall = time.perf_counter() - start
                    ran = len(done.stdout.splitlines())
                if ran != expected:
                    sys.exit(f"jobpolicy: {tool} {phase}: ran {ran}, expected {expected}")
                if len(log_lines(path)) != inputs + 1:
                    sys.exit(f"jobpolicy: {tool} {phase}: the log has {len(log_lines(path)) - 1} lines")
                key = (tool, phase)
                timing[key] = min(timing.get(key, float("inf")), wall)
    out.append("| phase | runs | shoal | GNU parallel | shoal / parallel |\n| --- | ---: | ---: | ---: | ---: |")
    for phase, ran in (("first", inputs), ("resume half", inputs // 2), ("resume full", 0)):
        mine, theirs = timing[("shoal", phase)], timing[("parallel", phase)]
        out.append(f"| {phase} | {ran} | {mine * 1000:.0f} ms | {theirs * 1000:.0f} ms | {mine / theirs:.3f} |")
    print("\n".join(out))


if __name__ == "__main__":
    main()
