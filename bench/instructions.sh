#!/usr/bin/env bash
# Counts the instructions shoal and python3 execute for the language and
# cmdlet workloads (callgrind), in one run, and prints a Markdown table of
# the counts and their ratios. Unlike wall time, an instruction count does
# not move with the load of a shared machine, so it shows whether a change
# made shoal do less work; it is a proxy for time, not a replacement (it
# ignores cache misses and how many instructions a cycle retires). See
# bench/README.md.
#
# Environment (all optional): SHOAL, PYTHON as for bench/run.sh.
# Needs valgrind (apt-get install valgrind). Takes a few minutes.
set -euo pipefail

# shellcheck source=bench/tools.sh
source "$(dirname "${BASH_SOURCE[0]}")/tools.sh"

find_bench_tools
command -v valgrind >/dev/null 2>&1 || die "valgrind is not installed (apt-get install valgrind)"

# valgrind 3.19 gives up on some of the DWARF 5 debug information Swift
# release builds carry ("Possibly corrupted debuginfo file"); the counts need
# none of it, so shoal runs from a copy without it (same code, same counts).
stripped=$(mktemp "${TMPDIR:-/tmp}/shoal-instructions.XXXXXX")
trap 'rm -f "$stripped"' EXIT
strip --strip-debug -o "$stripped" "$SHOAL" || die "could not strip a copy of $SHOAL"
chmod +x "$stripped"
shown_shoal=$SHOAL
SHOAL=$stripped

# Both languages seed their hash tables randomly per process, which moves
# the counts by a few per cent; fixed seeds make runs repeat exactly.
export SWIFT_DETERMINISTIC_HASHING=1 PYTHONHASHSEED=0

# count COMMAND [ARGS...]: the instructions the command executes.
count() {
    local log
    log=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null) || die "failed under valgrind: $*"
    grep -o 'Collected : [0-9]*' <<<"$log" | awk '{ print $3 }' | grep . || die "no instruction count for: $*"
}

rows=(
    "(a) 1,000,000-step loop|$SHOAL $workloads/loop.ps1|$PYTHON $workloads/loop.py"
    "(b) 100,000 function calls|$SHOAL $workloads/calls.ps1|$PYTHON $workloads/calls.py"
    "(c) -join of 100,000 strings|$SHOAL $workloads/join.ps1|$PYTHON $workloads/join.py"
    "build 100,000 objects|$SHOAL $workloads/cmdlets-build.ps1|$PYTHON $workloads/cmdlets-python.py build"
    "Sort-Object Value|$SHOAL $workloads/cmdlets-sort.ps1|$PYTHON $workloads/cmdlets-python.py sort"
    "Group-Object Bucket|$SHOAL $workloads/cmdlets-group.ps1|$PYTHON $workloads/cmdlets-python.py group"
    "Where-Object|$SHOAL $workloads/cmdlets-where.ps1|$PYTHON $workloads/cmdlets-python.py where"
    "start and exit|$SHOAL -c exit|$PYTHON -c pass"
)

printf '## shoal instruction counts (callgrind)\n\n- shoal: `%s`; python3: %s\n\n' "$shown_shoal" "$("$PYTHON" --version 2>&1)"
printf '| workload | shoal Minstr | python3 Minstr | shoal/python3 |\n| --- | ---: | ---: | ---: |\n'
for row in "${rows[@]}"; do
    IFS='|' read -r label shoal_command python_command <<<"$row"
    # shellcheck disable=SC2086 # the commands are word lists on purpose
    s=$(count $shoal_command)
    # shellcheck disable=SC2086
    p=$(count $python_command)
    awk -v l="$label" -v s="$s" -v p="$p" 'BEGIN { printf "| %s | %.1f | %.1f | %.2fx |\n", l, s / 1e6, p / 1e6, s / p }'
done
