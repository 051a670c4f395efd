"""Fallback timer for bench/run.sh when hyperfine is not installed.

Usage: python3 timecmd.py RUNS WARMUP COMMAND [ARGS...]

Runs COMMAND WARMUP times untimed, then RUNS times, with its standard output
and standard error discarded, and prints the best (minimum) wall time in
seconds. Exits 1 if any run fails.
"""

import subprocess
import sys
import time


def main() -> int:
    runs, warmup, command = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3:]
    best = float("inf")
    for index in range(warmup + runs):
        start = time.perf_counter()
        status = subprocess.call(command, stdin=subprocess.DEVNULL,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        elapsed = time.perf_counter() - start
        if status != 0:
            print(f"timecmd: {command!r} exited with status {status}", file=sys.stderr)
            return 1
        if index >= warmup:
            best = min(best, elapsed)
    print(f"{best:.6f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
