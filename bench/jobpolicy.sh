#!/bin/sh
# What job policies cost (-JobLog, retries, per-job accounting) on 10,000
# trivial -Parallel items, and shoal's -JobLog/-Resume against GNU
# parallel's --joblog/--resume on 1,000 inputs, in one run; see
# bench/jobpolicy.py and bench/README.md. Builds nothing.
#
#   bench/jobpolicy.sh                 uses .build/release/shoal, best of 5
#   SHOAL=path BASE=older-shoal RUNS=7 bench/jobpolicy.sh
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
shoal=${SHOAL:-$root/.build/release/shoal}
[ -x "$shoal" ] || { echo "jobpolicy: no $shoal (swift build -c release)" >&2; exit 1; }
echo "shoal: $shoal ($("$shoal" --version)); $(parallel --version 2>/dev/null | head -1 || echo 'no GNU parallel'); $(nproc) CPUs; load $(cut -d' ' -f1-3 /proc/loadavg); $(date -u '+%Y-%m-%d %H:%M UTC')"
echo
exec /usr/bin/python3 "$root/bench/jobpolicy.py" "$shoal" "${RUNS:-5}" "${BASE:-}"
