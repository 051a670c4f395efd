#!/usr/bin/env bash
# Times Sort-Object, Group-Object and Where-Object over 100,000 objects in
# shoal against python3 doing the same work (bench/workloads/cmdlets-*),
# in one run, and prints a Markdown table of best-of-N wall times and
# ratios. Each workload first builds the 100,000 objects; the "build" row
# times that alone, and the "op only" columns subtract it. Target: each
# cmdlet within 3x of python3.
#
# Environment (all optional):
#   SHOAL    shoal binary (default: <repo>/.build/release/shoal; a debug
#            build's numbers are meaningless)
#   PYTHON   python3 binary (default: /usr/bin/python3)
#   RUNS     timed runs per workload; the best is kept (default: 3)
#
# Builds nothing. Exits non-zero if a workload fails or the two languages
# disagree on a workload's result.
set -euo pipefail

# shellcheck source=bench/tools.sh
source "$(dirname "${BASH_SOURCE[0]}")/tools.sh"

find_bench_tools
RUNS=${RUNS:-3}
[[ $RUNS =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive integer"

# A release binary older than the sources it is built from measures old code.
stale=$(find "$root/Sources" -name '*.swift' -newer "$SHOAL" -print -quit)
[[ -z $stale ]] || printf 'bench: warning: %s is older than %s; the numbers may not reflect the current code\n' "$SHOAL" "$stale" >&2

# Time a private copy: the binary under .build may be relinked while we run.
snapshot=$(mktemp -d "${TMPDIR:-/tmp}/shoal-bench.XXXXXX")
trap 'rm -rf "$snapshot"' EXIT
cp -p "$SHOAL" "$snapshot/shoal" || die "cannot copy $SHOAL"

# measure COMMAND [ARGS...]: the best wall time in seconds over RUNS runs.
measure() { "$PYTHON" "$here/timecmd.py" "$RUNS" 0 "$@" || die "timing '$*' failed"; }

# check WORK: dies unless shoal and python3 print the same result.
check() {
    local s p
    s=$("$snapshot/shoal" "$workloads/cmdlets-$1.ps1" 2>&1) || die "shoal cmdlets-$1.ps1 failed: $s"
    p=$("$PYTHON" "$workloads/cmdlets-python.py" "$1" 2>&1) || die "python3 cmdlets-python.py $1 failed: $p"
    [[ $s == "$p" ]] || die "RESULT MISMATCH in $1: shoal '$s', python3 '$p'"
}

table=$(mktemp)
echo "Checking and timing (best of $RUNS)..." >&2
for work in build sort group where; do
    check "$work"
    printf '%s\t%s\t%s\n' "$work" "$(measure "$snapshot/shoal" "$workloads/cmdlets-$work.ps1")" \
        "$(measure "$PYTHON" "$workloads/cmdlets-python.py" "$work")" >>"$table"
done

"$PYTHON" - "$table" "$SHOAL" "$("$PYTHON" --version 2>&1)" <<'PY'
import sys

rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1]) if line.strip()]
times = {name: (float(s), float(p)) for name, s, p in rows}
base_s, base_p = times["build"]
labels = {
    "build": "build 100,000 objects (baseline)",
    "sort": "Sort-Object Value",
    "group": "Group-Object Bucket",
    "where": "Where-Object (simplified + script block)",
}
print(f"## shoal cmdlet benchmark\n\n- shoal: `{sys.argv[2]}`; python3: {sys.argv[3]}\n"
      "- wall milliseconds, best of runs, process start and object building included; "
      "'op only' subtracts the build row\n")
print("| workload | shoal ms | python3 ms | shoal/python3 | op only: shoal ms | op only: python3 ms | op ratio | within 3x |")
print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
for name in ["build", "sort", "group", "where"]:
    s, p = times[name]
    if name == "build":
        print(f"| {labels[name]} | {s*1000:.0f} | {p*1000:.0f} | {s/p:.1f}x | | | | {'yes' if s <= 3 * p else 'no'} |")
        continue
    os_, op = max(s - base_s, 0.0), max(p - base_p, 1e-4)
    print(f"| {labels[name]} | {s*1000:.0f} | {p*1000:.0f} | {s/p:.1f}x | {os_*1000:.0f} | {op*1000:.0f} | "
          f"{os_/op:.1f}x | {'yes' if s <= 3 * p else 'no'} |")
PY
rm -f "$table"
