"""bench/jobscale.sh: the job engine's scaling numbers, side by side with
python3 and bash, in one run. Run with /usr/bin/python3.

  jobscale.py SHOAL RUNS

Prints a Markdown report: (1) 10,000 trivial ForEach-Object -Parallel
items at -ThrottleLimit 2, 5, 16 and 64 against python3's
ThreadPoolExecutor at the same worker counts (time inside each program,
best of RUNS); (2) 100 process jobs that each sleep 1 s, all at once,
against bash `&` (wall); (3) process-job start-to-result median against
bash `( ) &` + `wait`; (4) peak RSS of the shell while a job writes
1,000,000 records that a Receive-Job loop drains (thread and process job);
(5) Get-Job and Get-Job -Id with 1,000 and 10,000 jobs in the table, and
memory per finished job. Every command's output is checked.
"""

import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.path.join(HERE, "workloads")


def run(command, timeout=300, rss=False):
    """Runs a command; returns (wall seconds, stdout lines, peak RSS KB or None)."""
    if rss:
        command = ["/usr/bin/time", "-f", "RSS %M"] + command
    start = time.perf_counter()
    done = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=timeout)
    wall = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"jobscale: {command!r} exited {done.returncode}: {done.stderr.strip()}")
    peak = None
    errors = []
    for line in done.stderr.splitlines():
        if line.startswith("RSS "):
            peak = int(line.split()[1])
        elif line.strip():
            errors.append(line)
    if errors:
        sys.exit(f"jobscale: {command!r} wrote to standard error: {errors[:3]}")
    return wall, done.stdout.splitlines(), peak


def values(lines):
    result = {}
    for line in lines:
        key, _, value = line.partition(" ")
        result[key] = float(value)
    return result


def check(result, key, expected, what):
    if result.get(key) != expected:
        sys.exit(f"jobscale: {what}: expected {key} {expected}, got {result}")


def python_pool(count, workers):
    with ThreadPoolExecutor(max_workers=workers) as pool:
        start = time.perf_counter()
        results = list(pool.map(lambda i: i, range(1, count + 1)))
        elapsed = time.perf_counter() - start
    assert len(results) == count
    return elapsed * 1000


def main():
    shoal, runs = sys.argv[1], int(sys.argv[2])
    out = []
    count = 10_000
    out.append(f"### (1) {count:,} trivial -Parallel items by -ThrottleLimit (best of {runs}, time inside the program)\n")
    out.append("| throttle | shoal ms | shoal µs/item | python3 ThreadPoolExecutor ms | µs/item | shoal / python3 | shoal / fastest shoal |")
    out.append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    rows = []
    for throttle in (2, 5, 16, 64):
        best = float("inf")
        for _ in range(runs):
            _, lines, _ = run([shoal, os.path.join(WORK, "jobscale-parallel.ps1"), str(count), str(throttle)])
            result = values(lines)
            check(result, "count", count, f"-Parallel at {throttle}")
            best = min(best, result["ms"])
        python = min(python_pool(count, throttle) for _ in range(runs))
        rows.append((throttle, best, python))
    fastest = min(row[1] for row in rows)
    for throttle, ms, python in rows:
        out.append(f"| {throttle} | {ms:.1f} | {ms * 1000 / count:.1f} | {python:.1f} | {python * 1000 / count:.1f} "
                   f"| {ms / python:.2f} | {ms / fastest:.2f} |")

    fan = 100
    out.append(f"\n### (2) {fan} process jobs that each sleep 1 s, all at once (wall, best of {runs})\n")
    shoal_fan = min(run([shoal, os.path.join(WORK, "jobscale-fan.ps1"), str(fan)])[0] for _ in range(runs))
    bash_fan = min(run(["/bin/bash", "-c", f"for ((i = 0; i < {fan}; i++)); do ( sleep 1 ) & done; wait"])[0]
                   for _ in range(runs))
    out.append("| shoal Start-Job | bash `&` | shoal / bash |\n| ---: | ---: | ---: |")
    out.append(f"| {shoal_fan:.3f} s | {bash_fan:.3f} s | {shoal_fan / bash_fan:.2f} |")

    seq = 200
    out.append(f"\n### (3) process job start-to-result, {seq} one after another\n")
    _, lines, _ = run([shoal, os.path.join(WORK, "jobscale-seq.ps1"), str(seq)])
    shoal_seq = values(lines)["median_ms"]
    bash_seq, _, _ = run(["/bin/bash", "-c", f"for ((i = 0; i < {seq}; i++)); do ( echo 1 ) > /dev/null & wait; done"])
    bash_each = bash_seq * 1000 / seq
    out.append("| shoal Start-Job median | bash `( ) &` + wait, mean | shoal / bash |\n| ---: | ---: | ---: |")
    out.append(f"| {shoal_seq:.2f} ms | {bash_each:.2f} ms | {shoal_seq / bash_each:.1f} |")

    records = 1_000_000
    out.append(f"\n### (4) a job writes {records:,} records while a Receive-Job loop drains it: peak RSS of the shell\n")
    out.append("| job | peak RSS | wall | baseline `shoal -c 1` |\n| --- | ---: | ---: | ---: |")
    _, _, baseline = run([shoal, "-c", "1"], rss=True)
    for kind in ("thread", "process"):
        wall, lines, peak = run([shoal, os.path.join(WORK, "jobscale-stream.ps1"), str(records), kind], rss=True)
        check(values(lines), "count", records, f"streaming {kind} job")
        out.append(f"| {kind} | {peak / 1024:.1f} MB | {wall:.2f} s | {baseline / 1024:.1f} MB |")

    out.append("\n### (5) jobs in the table\n")
    out.append("| jobs | Get-Job ms | Get-Job -Id ms | memory per finished job |\n| ---: | ---: | ---: | ---: |")
    for jobs in (1_000, 10_000):
        _, lines, _ = run([shoal, os.path.join(WORK, "jobscale-table.ps1"), str(jobs)])
        result = values(lines)
        check(result, "count", jobs, "job table")
        out.append(f"| {jobs:,} | {result['list_ms']:.2f} | {result['id_ms']:.3f} | {result['bytes_per_job'] / 1024:.1f} KB |")

    print("\n".join(out))


if __name__ == "__main__":
    main()
