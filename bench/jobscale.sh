#!/bin/sh
# The job engine's scaling numbers (throttle sweep, fan-out, start-to-result,
# streaming memory, a large job table) side by side with python3 and bash,
# in one run; see bench/jobscale.py and bench/README.md. Builds nothing.
#
#   bench/jobscale.sh            uses .build/release/shoal, best of 3
#   SHOAL=path RUNS=5 bench/jobscale.sh
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
shoal=${SHOAL:-$root/.build/release/shoal}
[ -x "$shoal" ] || { echo "jobscale: no $shoal (swift build -c release)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "jobscale: /usr/bin/time is needed (apt-get install time)" >&2; exit 1; }
echo "shoal: $shoal ($("$shoal" --version)); $(/usr/bin/python3 --version); $(nproc) CPUs; load $(cut -d' ' -f1-3 /proc/loadavg); $(date -u '+%Y-%m-%d %H:%M UTC')"
echo
exec /usr/bin/python3 "$root/bench/jobscale.py" "$shoal" "${RUNS:-3}"
