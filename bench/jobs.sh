#!/usr/bin/env bash
# Benchmarks shoal's jobs (Start-Job, Start-ThreadJob, ForEach-Object
# -Parallel) side by side with bash `&` + `wait`, GNU parallel, xargs -P and
# python3's ThreadPoolExecutor and ProcessPoolExecutor, in one run, and
# prints Markdown tables against the job-table issue's targets:
#   (1) 1,000 trivial jobs started and received: wall time, per-job cost, and
#       for shoal the start-to-result time measured inside the shell;
#   (2) 100 jobs that each sleep 1 s, throttle 100: wall time (ideal 1 s);
#   (3) peak memory of a shoal session holding 1,000 finished jobs.
# See bench/README.md.
#
# Environment (all optional):
#   SHOAL            shoal binary (default: <repo>/.build/release/shoal)
#   ALLOW_STALE      1: run even if the binary is older than Sources/ (the
#                    table says so); otherwise a stale binary stops the run
#   PYTHON           python3 binary (default: /usr/bin/python3)
#   BASH_BIN         bash binary (default: /bin/bash)
#   RUNS             timed runs of (1) and (2); the best is kept (default: 3)
#   JOBS             jobs in (1) and (3) (default: 1000)
#   FAN              jobs in (2), and their throttle (default: 100)
#   WORKERS          workers of the pools in (1): ForEach-Object -Parallel
#                    -ThrottleLimit, parallel -j, xargs -P, python (default: 5,
#                    PowerShell's default ThrottleLimit)
#   THREAD_THROTTLE  Start-ThreadJob -ThrottleLimit in (1) and (3) (default: JOBS)
#   SEQ_PROCESS      sequential process jobs for the start-to-result median (default: 200)
#   SEQ_THREAD       sequential thread jobs (default: 1000)
#   SEQ_POOL         sequential one-item ForEach-Object -Parallel calls (default: 1000)
#   TIMEOUT          seconds one command may run before it is killed (default: 120)
#   BENCH_RESULTS    where raw results go (default: bench/results)
#
# Builds nothing. Every command's output is checked: each tool must return
# every job's number exactly once, exit 0, write nothing to standard error and
# leave no process behind in its session. A failure is reported loudly, its
# row says FAILED, the other rows still run, and the script exits 1.
set -euo pipefail

# shellcheck source=bench/tools.sh
source "$(dirname "${BASH_SOURCE[0]}")/tools.sh"
note() { printf 'bench: %s\n' "$*" >&2; }

# --- tools -------------------------------------------------------------------

find_bench_tools
[[ -x /usr/bin/time ]] || die "/usr/bin/time (GNU time) is needed for peak memory: apt-get install time"

posint() { [[ ${!1} =~ ^[1-9][0-9]*$ ]] || die "$1 must be a positive integer"; }
RUNS=${RUNS:-3}; posint RUNS
JOBS=${JOBS:-1000}; posint JOBS
FAN=${FAN:-100}; posint FAN
WORKERS=${WORKERS:-5}; posint WORKERS
THREAD_THROTTLE=${THREAD_THROTTLE:-$JOBS}; posint THREAD_THROTTLE
SEQ_PROCESS=${SEQ_PROCESS:-200}; posint SEQ_PROCESS
SEQ_THREAD=${SEQ_THREAD:-1000}; posint SEQ_THREAD
SEQ_POOL=${SEQ_POOL:-1000}; posint SEQ_POOL
TIMEOUT=${TIMEOUT:-120}; posint TIMEOUT

# A release binary older than its sources measures old code.
stale_note=
newest=$(find "$root/Sources" -type f -newer "$SHOAL" -printf '%T@ %p\n' 2>/dev/null | sort -n | tail -n 1 | cut -d' ' -f2-)
if [[ -n $newest ]]; then
    jobs_newest=$(find "$root/Sources/ShoalJobs" -type f -newer "$SHOAL" -print -quit 2>/dev/null || true)
    stale_note="binary is OLDER than the sources (newest: ${newest#"$root"/}"
    if [[ -n $jobs_newest ]]; then stale_note+="; Sources/ShoalJobs changed too)"; else stale_note+="; Sources/ShoalJobs did not change)"; fi
    if [[ ${ALLOW_STALE:-} != 1 ]]; then
        die "$SHOAL is older than ${newest#"$root"/}: it does not measure the current code.
Rebuild it (swift build -c release), or run anyway with ALLOW_STALE=1."
    fi
    note "warning: $stale_note; running anyway (ALLOW_STALE=1)"
fi

# Time a private copy: the binary under .build may be relinked while we run.
# (Workers are started from the same copy: shoal execs /proc/self/exe.)
shoal_origin=$SHOAL
snapshot=$(mktemp -d "${TMPDIR:-/tmp}/shoal-jobs-bench.XXXXXX")
trap 'rm -rf "$snapshot"' EXIT
cp -p "$SHOAL" "$snapshot/shoal" || die "cannot copy $SHOAL"
SHOAL=$snapshot/shoal
smoke=$(timeout 20 "$SHOAL" -c 'Start-ThreadJob { 1 } | Receive-Job -Wait; Start-Job { 2 } | Receive-Job -Wait; 3 | ForEach-Object -Parallel { $_ }' 2>&1) || true
[[ $smoke == $'1\n2\n3' ]] || die "$shoal_origin cannot run jobs (is it built from a tree with ShoalJobs?); the smoke test printed:
$smoke"

# GNU parallel: install it if we may, skip it with a note otherwise.
parallel_note=
if ! parallel --version 2>/dev/null | grep -q 'GNU parallel'; then
    if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null 2>&1; then
        note "GNU parallel is missing; installing it (apt-get install -y parallel)..."
        apt-get install -y parallel >/dev/null 2>&1 ||
            { apt-get update >/dev/null 2>&1 && apt-get install -y parallel >/dev/null 2>&1; } || true
    fi
    if ! parallel --version 2>/dev/null | grep -q 'GNU parallel'; then
        parallel_note="GNU parallel is not installed and could not be installed: its rows are skipped"
        note "$parallel_note"
    fi
fi
have_parallel() { [[ -z $parallel_note ]]; }

results=${BENCH_RESULTS:-$here/results}
mkdir -p "$results"
rm -rf "$results/jobs"
export BENCH_RESULTS=$results

load_at_start=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')
failed=0
# time_it ID RUNS EXPECT [jobtime options] -- COMMAND...: checked, timed runs.
time_it() {
    local id=$1 runs=$2 expect=$3 best
    shift 3
    printf '  %-22s' "$id" >&2
    if best=$("$PYTHON" "$here/jobtime.py" run "$id" "$runs" "$TIMEOUT" "$expect" "$@"); then
        printf ' %8.3f s\n' "$best" >&2
    else
        printf ' FAILED (see above)\n' >&2
        failed=1
    fi
}

# --- (1) trivial jobs ----------------------------------------------------------

echo "(1) $JOBS trivial jobs, best of $RUNS:" >&2
time_it trivial-shoal-process "$RUNS" "$JOBS" -- "$SHOAL" "$workloads/jobs-trivial-process.ps1" "$JOBS"
time_it trivial-shoal-thread "$RUNS" "$JOBS" -- "$SHOAL" "$workloads/jobs-trivial-thread.ps1" "$JOBS" "$THREAD_THROTTLE"
time_it trivial-shoal-pool "$RUNS" "$JOBS" -- "$SHOAL" "$workloads/jobs-trivial-pool.ps1" "$JOBS" "$WORKERS"
time_it trivial-bash "$RUNS" "$JOBS" -- "$BASH_BIN" -c \
    'for ((i = 1; i <= $1; i++)); do ( echo "$i" ) & done; wait' bash "$JOBS"
if have_parallel; then
    time_it trivial-parallel "$RUNS" "$JOBS" -- "$BASH_BIN" -c \
        'seq "$1" | parallel --will-cite -j "$2" echo {}' bash "$JOBS" "$WORKERS"
fi
time_it trivial-xargs "$RUNS" "$JOBS" -- "$BASH_BIN" -c \
    'seq "$1" | xargs -P "$2" -n 1 echo' bash "$JOBS" "$WORKERS"
time_it trivial-py-thread "$RUNS" "$JOBS" -- "$PYTHON" "$workloads/jobs.py" thread "$JOBS" "$WORKERS" 0
time_it trivial-py-process "$RUNS" "$JOBS" -- "$PYTHON" "$workloads/jobs.py" process "$JOBS" "$WORKERS" 0

echo "    start-to-result, one job at a time:" >&2
time_it seq-shoal-process 1 "$SEQ_PROCESS" -- "$SHOAL" "$workloads/jobs-seq-process.ps1" "$SEQ_PROCESS"
time_it seq-shoal-process-waitjob 1 "$SEQ_PROCESS" -- "$SHOAL" "$workloads/jobs-seq-process.ps1" "$SEQ_PROCESS" wait-job
time_it seq-shoal-thread 1 "$SEQ_THREAD" -- "$SHOAL" "$workloads/jobs-seq-thread.ps1" "$SEQ_THREAD"
time_it seq-shoal-thread-waitjob 1 "$SEQ_THREAD" -- "$SHOAL" "$workloads/jobs-seq-thread.ps1" "$SEQ_THREAD" wait-job
time_it seq-shoal-pool 1 "$SEQ_POOL" -- "$SHOAL" "$workloads/jobs-seq-pool.ps1" "$SEQ_POOL"

# --- (2) fan-out -----------------------------------------------------------------

echo "(2) $FAN jobs sleeping 1 s, throttle $FAN, best of $RUNS:" >&2
time_it fan-shoal-process "$RUNS" "$FAN" -- "$SHOAL" "$workloads/jobs-fan-process.ps1" "$FAN"
time_it fan-shoal-thread "$RUNS" "$FAN" -- "$SHOAL" "$workloads/jobs-fan-thread.ps1" "$FAN"
time_it fan-shoal-pool "$RUNS" "$FAN" -- "$SHOAL" "$workloads/jobs-fan-pool.ps1" "$FAN"
time_it fan-bash "$RUNS" "$FAN" -- "$BASH_BIN" -c \
    'for ((i = 1; i <= $1; i++)); do ( sleep 1; echo "$i" ) & done; wait' bash "$FAN"
if have_parallel; then
    time_it fan-parallel "$RUNS" "$FAN" -- "$BASH_BIN" -c \
        'seq "$1" | parallel --will-cite -j "$1" "sleep 1; echo {}"' bash "$FAN"
fi
time_it fan-xargs "$RUNS" "$FAN" -- "$BASH_BIN" -c \
    'seq "$1" | xargs -P "$1" -I{} sh -c "sleep 1; echo {}"' bash "$FAN"
time_it fan-py-thread "$RUNS" "$FAN" -- "$PYTHON" "$workloads/jobs.py" thread "$FAN" "$FAN" 1
time_it fan-py-process "$RUNS" "$FAN" -- "$PYTHON" "$workloads/jobs.py" process "$FAN" "$FAN" 1

# --- (3) memory --------------------------------------------------------------------

echo "(3) peak memory with $JOBS finished jobs:" >&2
time_it mem-shoal-baseline 1 1 --rss -- "$SHOAL" -c '1'
time_it mem-shoal-process 1 "$JOBS" --rss --meta "jobs=$JOBS" -- "$SHOAL" "$workloads/jobs-mem-process.ps1" "$JOBS"
time_it mem-shoal-thread 1 "$JOBS" --rss --meta "jobs=$JOBS" -- "$SHOAL" "$workloads/jobs-mem-thread.ps1" "$JOBS" "$THREAD_THROTTLE"
time_it mem-shoal-pool 1 "$JOBS" --rss --meta "jobs=$JOBS" -- "$SHOAL" "$workloads/jobs-mem-pool.ps1" "$JOBS" "$WORKERS"

# --- report ------------------------------------------------------------------------

commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)
if [[ $commit != unknown ]] && [[ -n $(git -C "$root" status --porcelain -- Sources Package.swift 2>/dev/null) ]]; then
    commit="$commit + uncommitted changes"
fi
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -n 1)
header="shoal: \`$shoal_origin\` ($("$SHOAL" --version 2>/dev/null || echo '?'), built $(date -r "$SHOAL" '+%Y-%m-%d %H:%M'); repo at $commit)"
[[ -z $stale_note ]] || header+=$'\n'"**warning: $stale_note**"
header+=$'\n'"python3: \`$PYTHON\` ($("$PYTHON" --version 2>&1)); bash: \`$BASH_BIN\` ($("$BASH_BIN" -c 'echo $BASH_VERSION'))"
header+="; $(xargs --version 2>/dev/null | head -n 1)"
if have_parallel; then header+="; $(parallel --will-cite --version 2>/dev/null | head -n 1)"; else header+=$'\n'"$parallel_note"; fi
header+=$'\n'"machine: ${cpu:-unknown CPU}, $(nproc 2>/dev/null || echo '?') CPUs; load average at start: $load_at_start; $(date -u '+%Y-%m-%d %H:%M UTC')"

status=0
BENCH_HEADER=$header BENCH_RUNS=$RUNS BENCH_JOBS=$JOBS BENCH_FAN=$FAN BENCH_WORKERS=$WORKERS \
BENCH_THREAD_THROTTLE=$THREAD_THROTTLE BENCH_SEQ_PROCESS=$SEQ_PROCESS BENCH_SEQ_THREAD=$SEQ_THREAD \
BENCH_SEQ_POOL=$SEQ_POOL \
    "$PYTHON" "$here/jobtime.py" report "$results" "$results/jobs-latest.md" || status=1
echo >&2
echo "Raw results: $results/jobs/ (table also in $results/jobs-latest.md)" >&2
if ((failed || status)); then
    die "SOME COMMANDS FAILED: see the Problems section above"
fi
