#!/usr/bin/env bash
# Times the same work in shoal, python3 and bash, in one run, and prints a
# Markdown table of best-of-N wall times and ratios. See bench/README.md.
#
# Environment (all optional):
#   SHOAL            shoal binary (default: <repo>/.build/release/shoal)
#   PYTHON           python3 binary (default: /usr/bin/python3)
#   BASH_BIN         bash binary (default: /bin/bash)
#   RUNS             timed runs per workload; the best is kept (default: 5)
#   STARTUP_RUNS     timed runs of the startup commands (default: 20)
#   BASH_LOOP_STEPS  steps bash runs of the 1,000,000-step loop; its time is
#                    scaled up to 1,000,000 steps (default: 200000)
#   BENCH_TIMER      "python" to use the Python timing loop even when
#                    hyperfine is installed
#   BENCH_RESULTS    where raw results go (default: bench/results)
#
# Builds nothing. Exits non-zero if a workload fails or if the languages
# disagree on a workload's result.
set -euo pipefail

# shellcheck source=bench/tools.sh
source "$(dirname "${BASH_SOURCE[0]}")/tools.sh"

# --- tools -------------------------------------------------------------------

find_bench_tools

RUNS=${RUNS:-5}
STARTUP_RUNS=${STARTUP_RUNS:-20}
LOOP_STEPS=1000000
BASH_LOOP_STEPS=${BASH_LOOP_STEPS:-200000}
[[ $RUNS =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive integer"
[[ $STARTUP_RUNS =~ ^[1-9][0-9]*$ ]] || die "STARTUP_RUNS must be a positive integer"
[[ $BASH_LOOP_STEPS =~ ^[1-9][0-9]*$ ]] || die "BASH_LOOP_STEPS must be a positive integer"
((BASH_LOOP_STEPS <= LOOP_STEPS)) || die "BASH_LOOP_STEPS must be at most $LOOP_STEPS"

# Time a private copy: the binary under .build may be relinked while we run
# ("Text file busy", or a table that mixes two builds).
shoal_origin=$SHOAL
snapshot=$(mktemp -d "${TMPDIR:-/tmp}/shoal-bench.XXXXXX")
trap 'rm -rf "$snapshot"' EXIT
cp -p "$SHOAL" "$snapshot/shoal" || die "cannot copy $SHOAL"
SHOAL=$snapshot/shoal
"$SHOAL" --version >/dev/null 2>&1 || die "$shoal_origin (copied to $SHOAL) does not run; is a build writing it? Try again."

results=${BENCH_RESULTS:-$here/results}
mkdir -p "$results"

if [[ ${BENCH_TIMER:-} != python ]] && command -v hyperfine >/dev/null 2>&1; then
    timer="$(hyperfine --version) (min of runs)"
    use_hyperfine=1
else
    timer="python timing loop, bench/timecmd.py (min of runs)"
    use_hyperfine=0
fi

# measure ID RUNS WARMUP COMMAND [ARGS...]: prints the best wall time in seconds.
measure() {
    local id=$1 runs=$2 warmup=$3
    shift 3
    if ((use_hyperfine)); then
        local command
        command=$(printf '%q ' "$@")
        if ! hyperfine -N --runs "$runs" --warmup "$warmup" \
            --export-json "$results/$id.json" -- "$command" >"$results/$id.log" 2>&1; then
            cat "$results/$id.log" >&2
            die "timing '$id' failed"
        fi
        "$PYTHON" -c 'import json, sys; print("%.6f" % json.load(open(sys.argv[1]))["results"][0]["min"])' \
            "$results/$id.json"
    else
        "$PYTHON" "$here/timecmd.py" "$runs" "$warmup" "$@" || die "timing '$id' failed"
    fi
}

# capture LABEL COMMAND [ARGS...]: prints the command's standard output; dies
# if it fails or writes anything to standard error.
capture() {
    local label=$1 out status=0 errfile
    shift
    errfile=$(mktemp)
    out=$("$@" 2>"$errfile" </dev/null) || status=$?
    if ((status != 0)) || [[ -s $errfile ]]; then
        printf 'bench: %s: exit status %d; standard error:\n' "$label" "$status" >&2
        cat "$errfile" >&2
        rm -f "$errfile"
        exit 1
    fi
    rm -f "$errfile"
    printf '%s' "$out"
}

# same WORKLOAD LABEL1 OUT1 LABEL2 OUT2: dies loudly if the outputs differ.
same() {
    if [[ $3 != "$5" ]]; then
        {
            printf '\nbench: RESULT MISMATCH in workload "%s"\n' "$1"
            printf -- '--- %s:\n%s\n--- %s:\n%s\n' "$2" "$3" "$4" "$5"
        } >&2
        exit 1
    fi
}

# --- check that every language computes the same thing ----------------------

echo "Checking results..." >&2
s=$(capture "shoal loop.ps1" "$SHOAL" "$workloads/loop.ps1")
p=$(capture "python3 loop.py" "$PYTHON" "$workloads/loop.py")
same loop "shoal" "$s" "python3" "$p"
b=$(capture "bash loop.sh $BASH_LOOP_STEPS" "$BASH_BIN" "$workloads/loop.sh" "$BASH_LOOP_STEPS")
p=$(capture "python3 loop.py $BASH_LOOP_STEPS" "$PYTHON" "$workloads/loop.py" "$BASH_LOOP_STEPS")
same loop "bash ($BASH_LOOP_STEPS steps)" "$b" "python3 ($BASH_LOOP_STEPS steps)" "$p"

s=$(capture "shoal calls.ps1" "$SHOAL" "$workloads/calls.ps1")
p=$(capture "python3 calls.py" "$PYTHON" "$workloads/calls.py")
b=$(capture "bash calls.sh" "$BASH_BIN" "$workloads/calls.sh")
same calls "shoal" "$s" "python3" "$p"
same calls "bash" "$b" "python3" "$p"

s=$(capture "shoal join.ps1" "$SHOAL" "$workloads/join.ps1")
s2=$(capture "shoal join-pipeline.ps1" "$SHOAL" "$workloads/join-pipeline.ps1")
p=$(capture "python3 join.py" "$PYTHON" "$workloads/join.py")
b=$(capture "bash join.sh" "$BASH_BIN" "$workloads/join.sh")
same join "shoal" "$s" "python3" "$p"
same join-pipeline "shoal" "$s2" "python3" "$p"
same join "bash" "$b" "python3" "$p"

s=$(capture "shoal -c exit" "$SHOAL" -c exit)
p=$(capture "python3 -c pass" "$PYTHON" -c pass)
b=$(capture "bash -c exit" "$BASH_BIN" -c exit)
same startup "shoal" "$s" "python3" "$p"
same startup "bash" "$b" "python3" "$p"
# The call shapes scripts use: python3's keyword call (and ** for the
# splat) does the same work.
p=$(capture "python3 calls-keyword.py" "$PYTHON" "$workloads/calls-keyword.py")
for shape in named typed advanced; do
    s=$(capture "shoal calls-$shape.ps1" "$SHOAL" "$workloads/calls-$shape.ps1")
    same "calls-$shape" "shoal" "$s" "python3" "$p"
done
s=$(capture "shoal calls-splat.ps1" "$SHOAL" "$workloads/calls-splat.ps1")
p=$(capture "python3 calls-splat.py" "$PYTHON" "$workloads/calls-splat.py")
same calls-splat "shoal" "$s" "python3" "$p"
echo "Results agree." >&2

# --- time --------------------------------------------------------------------

table=$results/times.tsv
: >"$table"
row() { printf '%s\t%s\t%s\t%s\t%s\n' "$@" >>"$table"; }

echo "Timing (best of $RUNS; startup best of $STARTUP_RUNS)..." >&2
echo "  (a) loop" >&2
ts=$(measure loop-shoal "$RUNS" 1 "$SHOAL" "$workloads/loop.ps1")
tp=$(measure loop-python "$RUNS" 1 "$PYTHON" "$workloads/loop.py")
tb=$(measure loop-bash "$RUNS" 1 "$BASH_BIN" "$workloads/loop.sh" "$BASH_LOOP_STEPS")
tb=$("$PYTHON" -c "print('%.6f' % ($tb * $LOOP_STEPS / $BASH_LOOP_STEPS))")
row "(a) 1,000,000-step loop" "$ts" "$tp" "$tb" loop

echo "  (b) calls" >&2
ts=$(measure calls-shoal "$RUNS" 1 "$SHOAL" "$workloads/calls.ps1")
tp=$(measure calls-python "$RUNS" 1 "$PYTHON" "$workloads/calls.py")
tb=$(measure calls-bash "$RUNS" 1 "$BASH_BIN" "$workloads/calls.sh")
row "(b) 100,000 function calls" "$ts" "$tp" "$tb" interp

echo "  (b2-b5) call shapes" >&2
tp=$(measure calls-keyword-python "$RUNS" 1 "$PYTHON" "$workloads/calls-keyword.py")
ts=$(measure calls-named-shoal "$RUNS" 1 "$SHOAL" "$workloads/calls-named.ps1")
row "(b2) the same with named arguments (-a \$n -b 1)" "$ts" "$tp" "" interp
ts=$(measure calls-typed-shoal "$RUNS" 1 "$SHOAL" "$workloads/calls-typed.ps1")
row "(b3) named arguments to [int] parameters" "$ts" "$tp" "" interp
ts=$(measure calls-advanced-shoal "$RUNS" 1 "$SHOAL" "$workloads/calls-advanced.ps1")
row "(b4) named arguments to a [CmdletBinding()] function" "$ts" "$tp" "" interp
ts=$(measure calls-splat-shoal "$RUNS" 1 "$SHOAL" "$workloads/calls-splat.ps1")
tp=$(measure calls-splat-python "$RUNS" 1 "$PYTHON" "$workloads/calls-splat.py")
row "(b5) arguments splatted from a new hashtable (@arguments)" "$ts" "$tp" "" interp

echo "  (c) join" >&2
ts=$(measure join-shoal "$RUNS" 1 "$SHOAL" "$workloads/join.ps1")
ts2=$(measure join-pipeline-shoal "$RUNS" 1 "$SHOAL" "$workloads/join-pipeline.ps1")
tp=$(measure join-python "$RUNS" 1 "$PYTHON" "$workloads/join.py")
tb=$(measure join-bash "$RUNS" 1 "$BASH_BIN" "$workloads/join.sh")
row "(c) -join of 100,000 strings (foreach)" "$ts" "$tp" "$tb" interp
row "(c') the same via 1..100000 \\| ForEach-Object" "$ts2" "$tp" "$tb" interp

echo "  (d) startup" >&2
ts=$(measure startup-shoal "$STARTUP_RUNS" 3 "$SHOAL" -c exit)
tp=$(measure startup-python "$STARTUP_RUNS" 3 "$PYTHON" -c pass)
tb=$(measure startup-bash "$STARTUP_RUNS" 3 "$BASH_BIN" -c exit)
row "(d) startup: shoal -c exit / python3 -c pass / bash -c exit" "$ts" "$tp" "$tb" startup

# --- report ------------------------------------------------------------------

commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)
if [[ $commit != unknown ]] && [[ -n $(git -C "$root" status --porcelain -- Sources Package.swift 2>/dev/null) ]]; then
    commit="$commit + uncommitted changes"
fi
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -n 1)

BENCH_SHOAL=$shoal_origin \
BENCH_SHOAL_VERSION=$("$SHOAL" --version 2>/dev/null || echo '?') \
BENCH_SHOAL_BUILT=$(date -r "$SHOAL" '+%Y-%m-%d %H:%M' 2>/dev/null || echo '?') \
BENCH_COMMIT=$commit \
BENCH_PYTHON=$PYTHON \
BENCH_PYTHON_VERSION=$("$PYTHON" --version 2>&1) \
BENCH_BASH=$BASH_BIN \
BENCH_BASH_VERSION=$("$BASH_BIN" -c 'echo $BASH_VERSION') \
BENCH_MACHINE="${cpu:-unknown CPU}, $(nproc 2>/dev/null || echo '?') CPUs" \
BENCH_TIMER_NAME=$timer \
BENCH_RUNS=$RUNS BENCH_STARTUP_RUNS=$STARTUP_RUNS \
BENCH_LOOP_STEPS=$LOOP_STEPS BENCH_BASH_LOOP_STEPS=$BASH_LOOP_STEPS \
    "$PYTHON" - "$table" "$results/latest.md" <<'EOF'
import os
import sys

env = os.environ
rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1]) if line.strip()]
scaled = env["BENCH_BASH_LOOP_STEPS"] != env["BENCH_LOOP_STEPS"]


def ms(seconds):
    value = seconds * 1000
    return f"{value:.1f}" if value < 100 else f"{value:.0f}"


out = [
    "## shoal benchmark",
    "",
    f"- shoal: `{env['BENCH_SHOAL']}` ({env['BENCH_SHOAL_VERSION']}, built {env['BENCH_SHOAL_BUILT']}; "
    f"repo at {env['BENCH_COMMIT']})",
    f"- python3: `{env['BENCH_PYTHON']}` ({env['BENCH_PYTHON_VERSION']}); "
    f"bash: `{env['BENCH_BASH']}` ({env['BENCH_BASH_VERSION']})",
    f"- machine: {env['BENCH_MACHINE']}; timer: {env['BENCH_TIMER_NAME']}",
    f"- wall milliseconds, best of {env['BENCH_RUNS']} runs (startup: best of {env['BENCH_STARTUP_RUNS']}), "
    "process start included",
    (f"- bash ran the loop for {env['BENCH_BASH_LOOP_STEPS']} steps, not {env['BENCH_LOOP_STEPS']}; "
     f"its time is scaled by {env['BENCH_LOOP_STEPS']}/{env['BENCH_BASH_LOOP_STEPS']}")
    if scaled else "- bash ran the full loop",
    "",
    "| workload | shoal ms | python3 ms | bash ms | shoal/python3 | shoal/bash | target | met |",
    "| --- | ---: | ---: | ---: | ---: | ---: | --- | --- |",
]
for name, s, p, b, kind in rows:
    s, p = float(s), float(p)
    # Rows without a bash counterpart (the call shapes) leave it empty.
    b = float(b) if b else None
    bash = "-" if b is None else ms(b) + (" (scaled)" if kind == "loop" and scaled else "")
    if kind == "startup":
        target, met = "shoal < 10 ms", s < 0.010
    else:
        target, met = "shoal/python3 <= 2", s / p <= 2
    out.append(f"| {name} | {ms(s)} | {ms(p)} | {bash} | {s / p:.2f}x | {'-' if b is None else f'{s / b:.2f}x'} | {target} "
               f"| {'yes' if met else 'NO'} |")
text = "\n".join(out) + "\n"
with open(sys.argv[2], "w") as f:
    f.write(text)
sys.stdout.write(text)
EOF
echo >&2
echo "Raw results: $results (table also in $results/latest.md)" >&2
