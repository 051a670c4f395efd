"""Timer and checker for bench/jobs.sh. Run with /usr/bin/python3.

  jobtime.py run ID RUNS TIMEOUT EXPECT [--rss] [--meta KEY=VALUE]... -- COMMAND [ARGS...]

Runs COMMAND RUNS times in a session of its own, each run under a timeout
of TIMEOUT seconds (the whole session is killed when it expires), and
checks every run's standard output:

- each line "<n>" or "<n> <ticks>" is one result: the number <n> a job
  returned and, optionally, the job's start-to-result time measured inside
  the shell, in 100 ns ticks;
- a line "<key> <value>" with a non-numeric key is a measurement the shell
  made (say "total <ticks>"), kept under meta; --meta KEY=VALUE requires it;
- the results must be exactly 1..EXPECT, each once;
- the command must exit 0 and write nothing to standard error.

After each run it looks for processes left in the command's session (a
worker that outlived its shell) and kills them. With --rss the command runs
under /usr/bin/time -f %M and the peak resident set size is kept.

Writes $BENCH_RESULTS/jobs/ID.json and prints "<best wall seconds>". On a
failure it prints what went wrong, with the command, to standard error,
writes the JSON with "failed" set, and exits 1.

  jobtime.py report RESULTS_DIR OUT.md

prints the Markdown tables from the JSON files and writes them to OUT.md.
"""

import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time


def session_members(sid):
    members = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                stat = f.read()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2:].split()
        # fields[0] is the state, [1] ppid, [2] pgrp, [3] session
        if int(fields[3]) == sid and fields[0] != "Z":
            members.append(int(entry))
    return members


def kill_session(sid):
    for pid in session_members(sid):
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass


def one_run(command, timeout, expect, rss):
    """Returns a dict: wall, results, ticks, meta, problems, maxrss_kb, leftovers."""
    rss_file = None
    if rss:
        fd, rss_file = tempfile.mkstemp(prefix="jobtime-rss.")
        os.close(fd)
        command = ["/usr/bin/time", "-f", "%M", "-o", rss_file] + command
    run = {"problems": []}
    start = time.perf_counter()
    child = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, start_new_session=True)
    try:
        out, err = child.communicate(timeout=timeout)
        run["wall"] = time.perf_counter() - start
    except subprocess.TimeoutExpired:
        kill_session(child.pid)
        try:
            os.killpg(child.pid, signal.SIGKILL)
        except OSError:
            pass
        out, err = child.communicate()
        run["wall"] = None
        run["problems"].append(f"TIMEOUT: still running after {timeout} s (session killed)")
    status = child.returncode
    # Processes still in the session once the command is gone: workers that
    # outlived the shell. Give them a moment to notice, then kill them.
    left = session_members(child.pid)
    deadline = time.monotonic() + 2
    while left and time.monotonic() < deadline:
        time.sleep(0.05)
        left = session_members(child.pid)
    run["leftovers"] = len(left)
    if left:
        names = []
        for pid in left[:5]:
            try:
                with open(f"/proc/{pid}/cmdline", "rb") as f:
                    names.append(f"{pid}:" + f.read().replace(b"\0", b" ").decode(errors="replace").strip())
            except OSError:
                pass
        run["problems"].append(f"{len(left)} process(es) left in the session 2 s after the command ended: "
                               + "; ".join(names))
        kill_session(child.pid)
    if status != 0 and run["wall"] is not None:
        run["problems"].append(f"exit status {status}" + (f" (signal {-status})" if status < 0 else ""))
    err = err.decode(errors="replace")
    if rss_file:
        with open(rss_file) as f:
            lines = [line for line in f.read().split("\n") if line.strip()]
        os.unlink(rss_file)
        # /usr/bin/time prints "Command exited with non-zero status N" before %M.
        try:
            run["maxrss_kb"] = int(lines[-1])
        except (IndexError, ValueError):
            run["maxrss_kb"] = None
    if err.strip():
        run["problems"].append("standard error: " + err.strip()[:1500])
    results, ticks, meta, junk = [], [], {}, []
    for line in out.decode(errors="replace").splitlines():
        fields = line.split()
        if not fields:
            continue
        try:
            results.append(int(fields[0]))
            if len(fields) > 1:
                ticks.append(int(fields[1]))
            continue
        except ValueError:
            pass
        if len(fields) == 2:
            try:
                meta[fields[0]] = float(fields[1])
                continue
            except ValueError:
                pass
        junk.append(line)
    if junk:
        run["problems"].append(f"{len(junk)} unexpected output line(s), first: {junk[0][:200]!r}")
    if sorted(results) != list(range(1, expect + 1)):
        seen = set(results)
        missing = [n for n in range(1, expect + 1) if n not in seen]
        dups = len(results) - len(seen)
        extra = sorted(n for n in seen if not 1 <= n <= expect)
        run["problems"].append(f"LOST OR WRONG RESULTS: got {len(results)} of {expect}; "
                               f"{len(missing)} missing (first: {missing[:10]}), {dups} duplicated, "
                               f"{len(extra)} out of range (first: {extra[:10]})")
    run.update(results=len(results), ticks=ticks, meta=meta)
    return run


def cmd_run(argv):
    ident, runs, timeout, expect = argv[0], int(argv[1]), float(argv[2]), int(argv[3])
    rest = argv[4:]
    rss, required = False, []
    while rest and rest[0] != "--":
        option = rest.pop(0)
        if option == "--rss":
            rss = True
        elif option == "--meta":
            key, value = rest.pop(0).split("=", 1)
            required.append((key, float(value)))
        else:
            raise SystemExit(f"jobtime: unknown option {option}")
    command = rest[1:]
    out_dir = os.path.join(os.environ.get("BENCH_RESULTS", os.path.join(os.path.dirname(os.path.abspath(__file__)), "results")), "jobs")
    os.makedirs(out_dir, exist_ok=True)
    record = {"id": ident, "command": command, "runs": [], "expect": expect}
    failed = None
    for index in range(runs):
        run = one_run(command, timeout, expect, rss)
        for key, value in required:
            if run["meta"].get(key) != value:
                run["problems"].append(f"the shell reported {key}={run['meta'].get(key)}, expected {value:g}")
        record["runs"].append({k: v for k, v in run.items() if k != "ticks"})
        record.setdefault("ticks", []).extend(run["ticks"])
        if run["problems"]:
            failed = f"run {index + 1} of {runs}: " + " | ".join(run["problems"])
            break
    walls = [r["wall"] for r in record["runs"] if r.get("wall") is not None]
    record["walls"] = walls
    record["best"] = min(walls) if walls else None
    record["median_wall"] = statistics.median(walls) if walls else None
    rss_values = [r["maxrss_kb"] for r in record["runs"] if r.get("maxrss_kb")]
    record["maxrss_kb"] = max(rss_values) if rss_values else None
    metas = [r["meta"] for r in record["runs"]]
    record["meta"] = {k: statistics.median(m[k] for m in metas if k in m)
                      for k in {k for m in metas for k in m}}
    record["tick_median"] = statistics.median(record["ticks"]) if record.get("ticks") else None
    record["failed"] = failed
    with open(os.path.join(out_dir, ident + ".json"), "w") as f:
        json.dump(record, f, indent=1)
    if failed:
        print(f"\njobtime: FAILED {ident}: {failed}\n  command: {' '.join(command)}\n", file=sys.stderr)
        return 1
    print(f"{record['best']:.6f}")
    return 0


# --- report ------------------------------------------------------------------

def load(results_dir, ident):
    path = os.path.join(results_dir, "jobs", ident + ".json")
    if not os.path.exists(path):
        return None
    with open(path) as f:
        return json.load(f)


def fmt_time(seconds):
    """A duration with a unit that keeps 3 significant-ish digits."""
    if seconds is None:
        return "—"
    if seconds >= 1:
        return f"{seconds:.3f} s"
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.1f} ms" if seconds < 0.1 else f"{seconds * 1e3:.0f} ms"
    return f"{seconds * 1e6:.1f} µs" if seconds < 1e-4 else f"{seconds * 1e6:.0f} µs"


def cmd_report(argv):
    results_dir, out_path = argv[0], argv[1]
    env = os.environ
    n_trivial = int(env["BENCH_JOBS"])
    n_fan = int(env["BENCH_FAN"])
    seq = {"process": int(env["BENCH_SEQ_PROCESS"]), "thread": int(env["BENCH_SEQ_THREAD"]),
           "pool": int(env["BENCH_SEQ_POOL"])}
    workers = env["BENCH_WORKERS"]
    out = ["## shoal job benchmark", ""]
    for line in env.get("BENCH_HEADER", "").split("\n"):
        if line:
            out.append(f"- {line}")
    out.append("")

    failures = []

    def cell(record, value):
        if record is None:
            return "skipped"
        if record.get("failed"):
            failures.append((record["id"], record["failed"], " ".join(record["command"])))
            return "**FAILED**"
        return value

    # (1) trivial jobs
    out += [f"### (1) {n_trivial:,} trivial jobs started and received",
            "",
            f"Wall: the whole command, process start included, best of {env['BENCH_RUNS']}. "
            "In-shell: measured inside shoal with `[DateTime]::UtcNow.Ticks`: the batch (start all, receive all) "
            f"divided by {n_trivial:,}; and the median start-to-result time of one job started and received "
            "alone, repeated sequentially, once with `Receive-Job -Wait` and once with `Wait-Job` then "
            "`Receive-Job` (the target is judged on `Receive-Job -Wait`). Pools and pool-like tools use "
            f"{workers} workers; Start-ThreadJob runs with -ThrottleLimit {env['BENCH_THREAD_THROTTLE']}; "
            "Start-Job, bash and the thread jobs start everything at once.",
            "",
            "| executor | wall | wall per job | in-shell batch per job | start-to-result median, "
            "`Receive-Job -Wait` | the same, `Wait-Job` + `Receive-Job` | target | met |",
            "| --- | ---: | ---: | ---: | ---: | ---: | --- | --- |"]
    targets = {"process": ("start-to-result < 5 ms", 5e-3), "thread": ("start-to-result < 100 µs", 100e-6),
               "pool": ("per item < 20 µs", 20e-6)}
    rows = [("shoal Start-Job", "trivial-shoal-process", "process"),
            ("shoal Start-ThreadJob", "trivial-shoal-thread", "thread"),
            (f"shoal ForEach-Object -Parallel -ThrottleLimit {workers}", "trivial-shoal-pool", "pool"),
            ("bash `( echo $i ) &` + `wait`", "trivial-bash", None),
            (f"GNU parallel -j {workers} echo", "trivial-parallel", None),
            (f"xargs -P {workers} -n 1 echo", "trivial-xargs", None),
            (f"python3 ThreadPoolExecutor({workers})", "trivial-py-thread", None),
            (f"python3 ProcessPoolExecutor({workers})", "trivial-py-process", None)]

    def median_cell(record, suffix=""):
        if record is not None and not record.get("failed") and record.get("tick_median") is None:
            return "—"
        return cell(record, fmt_time(record["tick_median"] * 1e-7) + suffix if record else "—")

    for label, ident, kind in rows:
        r = load(results_dir, ident)
        wall = cell(r, fmt_time(r["best"]) if r and r.get("best") else "—")
        per = cell(r, fmt_time(r["best"] / n_trivial) if r and r.get("best") else "—")
        batch = seqcell = waitcell = target = met = "—"
        if kind:
            if r and not r.get("failed") and "total" in r["meta"]:
                batch = fmt_time(r["meta"]["total"] * 1e-7 / n_trivial)
            s = load(results_dir, f"seq-shoal-{kind}")
            measured = None
            if kind == "pool":
                seqcell = median_cell(s, " (1-item call)")
                if r and not r.get("failed") and "total" in r["meta"]:
                    measured = r["meta"]["total"] * 1e-7 / n_trivial
            else:
                seqcell = median_cell(s)
                waitcell = median_cell(load(results_dir, f"seq-shoal-{kind}-waitjob"))
                if s and not s.get("failed") and s.get("tick_median") is not None:
                    measured = s["tick_median"] * 1e-7
            target = targets[kind][0]
            met = "—" if measured is None else ("yes" if measured < targets[kind][1] else "**NO**")
        out.append(f"| {label} | {wall} | {per} | {batch} | {seqcell} | {waitcell} | {target} | {met} |")
    pool = load(results_dir, "trivial-shoal-pool")
    notes = [f"Sequential runs: {seq['process']} process jobs, {seq['thread']} thread jobs, "
             f"{seq['pool']} one-item `ForEach-Object -Parallel` calls."]
    if pool and not pool.get("failed") and "plain" in pool["meta"]:
        notes.append(f"For scale: plain `1..{n_trivial} | ForEach-Object {{ $_ }}` takes "
                     f"{fmt_time(pool['meta']['plain'] * 1e-7 / n_trivial)} per item in the same shell; "
                     "the pool target is judged on the in-shell batch per item.")
    calib = load(results_dir, "seq-shoal-thread")
    if calib and not calib.get("failed") and "timer" in calib["meta"]:
        notes.append(f"Two back-to-back `[DateTime]::UtcNow.Ticks` reads cost {fmt_time(calib['meta']['timer'] * 1e-7)} "
                     "(included in every in-shell figure).")
    out += [""] + notes + [""]

    # (2) fan-out
    out += [f"### (2) {n_fan} jobs that each sleep 1 s, all at once (throttle {n_fan})", "",
            f"Wall time of the whole command, best of {env['BENCH_RUNS']}; ideal 1 s.", "",
            "| executor | wall | over ideal | target | met |", "| --- | ---: | ---: | --- | --- |"]
    rows = [("shoal Start-Job", "fan-shoal-process", True),
            (f"shoal Start-ThreadJob -ThrottleLimit {n_fan}", "fan-shoal-thread", True),
            (f"shoal ForEach-Object -Parallel -ThrottleLimit {n_fan}", "fan-shoal-pool", True),
            ("bash `( sleep 1; echo $i ) &` + `wait`", "fan-bash", False),
            (f"GNU parallel -j {n_fan}", "fan-parallel", False),
            (f"xargs -P {n_fan}", "fan-xargs", False),
            (f"python3 ThreadPoolExecutor({n_fan})", "fan-py-thread", False),
            (f"python3 ProcessPoolExecutor({n_fan})", "fan-py-process", False)]
    for label, ident, shoal in rows:
        r = load(results_dir, ident)
        best = r.get("best") if r else None
        wall = cell(r, fmt_time(best) if best else "—")
        over = cell(r, f"{(best - 1) * 100:+.1f} %" if best else "—")
        target = "≤ 1.15 s" if shoal else "—"
        met = ("yes" if best <= 1.15 else "**NO**") if shoal and best and not r.get("failed") else "—"
        out.append(f"| {label} | {wall} | {over} | {target} | {met} |")
    out.append("")

    # (3) memory
    base = load(results_dir, "mem-shoal-baseline")
    base_kb = base.get("maxrss_kb") if base and not base.get("failed") else None
    out += [f"### (3) peak memory of a shoal session holding {n_trivial:,} finished jobs", "",
            "Max RSS from `/usr/bin/time -f %M` (the largest single process: the shell, or one of its workers). "
            "The jobs were waited for and their output received with -Keep, so it stays in the table.", "",
            "| session | max RSS | over `shoal -c 1` | per job |", "| --- | ---: | ---: | ---: |"]
    out.append(f"| `shoal -c 1` | {cell(base, f'{base_kb / 1024:.1f} MB' if base_kb else '—')} | — | — |")
    for label, ident in [(f"{n_trivial:,} Start-Job jobs", "mem-shoal-process"),
                         (f"{n_trivial:,} Start-ThreadJob jobs", "mem-shoal-thread"),
                         (f"ForEach-Object -Parallel -AsJob, {n_trivial:,} child jobs", "mem-shoal-pool")]:
        r = load(results_dir, ident)
        kb = r.get("maxrss_kb") if r else None
        rss = cell(r, f"{kb / 1024:.1f} MB" if kb else "—")
        over = cell(r, f"{(kb - base_kb) / 1024:.1f} MB" if kb and base_kb else "—")
        per = cell(r, f"{(kb - base_kb) / n_trivial:.1f} KB" if kb and base_kb else "—")
        out.append(f"| {label} | {rss} | {over} | {per} |")
    out.append("")

    leftovers = []
    for name in sorted(os.listdir(os.path.join(results_dir, "jobs"))):
        with open(os.path.join(results_dir, "jobs", name)) as f:
            rec = json.load(f)
        for run in rec["runs"]:
            if run.get("leftovers"):
                leftovers.append(rec["id"])
                break
    seen = set()
    failures = [f for f in failures if not (f[0] in seen or seen.add(f[0]))]
    if failures or leftovers:
        out += ["### Problems", ""]
        for ident, why, command in failures:
            out.append(f"- **{ident}** failed: {why}  \n  command: `{command}`")
        for ident in leftovers:
            if ident not in seen:
                out.append(f"- **{ident}** left processes behind after the command ended")
        out.append("")
    text = "\n".join(out)
    with open(out_path, "w") as f:
        f.write(text)
    sys.stdout.write(text)
    return 1 if failures else 0


if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in ("run", "report"):
        raise SystemExit(__doc__)
    sys.exit(cmd_run(sys.argv[2:]) if sys.argv[1] == "run" else cmd_report(sys.argv[2:]))
