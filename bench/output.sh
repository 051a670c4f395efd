#!/usr/bin/env bash
# One million lines written to a pipe: shoal (and, with SHOAL_BEFORE, an
# older shoal) against python3 and bash, in one run; prints a Markdown table
# of best-of-RUNS wall times and ratios. See bench/README.md ("Output").
#
# Environment (all optional):
#   SHOAL         shoal binary (default: <repo>/.build/release/shoal)
#   SHOAL_BEFORE  a second shoal binary to compare with (e.g. a build of main)
#   PYTHON        python3 binary (default: /usr/bin/python3)
#   RUNS          timed runs per command; the best is kept (default: 5)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
SHOAL=${SHOAL:-$root/.build/release/shoal}
PYTHON=${PYTHON:-/usr/bin/python3}
RUNS=${RUNS:-5}
# python3's own default: block-buffered output to a pipe (this sandbox sets
# PYTHONUNBUFFERED, which makes every print a system call).
unset PYTHONUNBUFFERED
[[ -x $SHOAL ]] || { echo "bench/output.sh: $SHOAL not found; run swift build -c release" >&2; exit 1; }

numbers_shoal='1..1000000'
lines_shoal='foreach ($i in 1..1000000) { "line $i" }'
numbers_python='for i in range(1, 1000001): print(i)'
lines_python='for i in range(1, 1000001): print(f"line {i}")'

specs=(
    "numbers/shoal=$SHOAL -NoProfile -c '$numbers_shoal'"
    "numbers/python3=$PYTHON -c '$numbers_python'"
    "numbers/bash=seq 1 1000000"
    "lines/shoal=$SHOAL -NoProfile -c '$lines_shoal'"
    "lines/python3=$PYTHON -c '$lines_python'"
    "lines/bash=seq -f 'line %.0f' 1 1000000"
)
if [[ -n ${SHOAL_BEFORE:-} ]]; then
    specs+=("numbers/before=$SHOAL_BEFORE -NoProfile -c '$numbers_shoal'"
            "lines/before=$SHOAL_BEFORE -NoProfile -c '$lines_shoal'")
fi

results=$("$PYTHON" "$here/pipetime.py" "$RUNS" "${specs[@]}")

"$PYTHON" - "$results" <<'PY'
import sys
rows = {}
for line in sys.argv[1].splitlines():
    label, seconds, size, digest = line.split("\t")
    workload, who = label.split("/")
    rows.setdefault(workload, {})[who] = (float(seconds), int(size), digest)
print("| 1,000,000 lines to a pipe | shoal | python3 | bash | shoal/python3 | shoal/bash | before | shoal/before |")
print("| --- | --- | --- | --- | --- | --- | --- | --- |")
for workload, by in rows.items():
    digests = {who: value[2] for who, value in by.items()}
    if len(set(digests.values())) != 1:
        sys.exit(f"bench/output.sh: outputs differ in {workload}: {digests}")
    s, p, b = by["shoal"][0], by["python3"][0], by["bash"][0]
    before = by.get("before")
    text = "integers" if workload == "numbers" else '"line N" strings'
    cells = [f"{s * 1000:.0f} ms", f"{p * 1000:.0f} ms", f"{b * 1000:.0f} ms", f"{s / p:.2f}", f"{s / b:.2f}"]
    cells += [f"{before[0] * 1000:.0f} ms", f"{s / before[0]:.2f}"] if before else ["", ""]
    print(f"| {text} | " + " | ".join(cells) + " |")
PY
