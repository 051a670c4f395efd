#!/bin/sh
# `hostname` on 20 loopback "hosts" through shoal's Invoke-Command -HostName,
# parallel-ssh, GNU parallel --nonall and a plain ssh loop, in one run,
# and shoal over kept sessions; see bench/remoting.py and bench/README.md.
# Needs openssh-server; pssh and parallel for their rows. Builds nothing.
#
#   bench/remoting.sh                   .build/release/shoal, 20 hosts, best of 3
#   SHOAL=path RUNS=5 HOSTS=40 bench/remoting.sh
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
shoal=${SHOAL:-$root/.build/release/shoal}
[ -x "$shoal" ] || { echo "remoting: no $shoal (swift build -c release)" >&2; exit 1; }
[ -x /usr/sbin/sshd ] || { echo "remoting: sshd is needed (apt-get install openssh-server)" >&2; exit 1; }
echo "shoal: $shoal ($("$shoal" --version)); $(ssh -V 2>&1); $(nproc) CPUs; load $(cut -d' ' -f1-3 /proc/loadavg); $(date -u '+%Y-%m-%d %H:%M UTC')"
echo
exec /usr/bin/python3 "$root/bench/remoting.py" "$shoal" "${RUNS:-3}" "${HOSTS:-20}"
