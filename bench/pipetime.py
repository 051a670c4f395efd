"""Times commands whose output goes to a pipe, as `cmd | consumer` does.

Usage: python3 pipetime.py RUNS LABEL=COMMAND... (COMMAND split by the shell
rules of shlex). Each command runs once untimed, then RUNS times with its
standard output on a pipe that this script reads to the end; the best wall
time, the byte count and a digest of the output are printed per label, as
tab-separated lines. Exits 1 if a command fails or writes to standard error.
"""

import hashlib
import shlex
import subprocess
import sys
import time


def run_once(command):
    start = time.perf_counter()
    process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    digest = hashlib.sha256()
    size = 0
    while True:
        chunk = process.stdout.read(1 << 16)
        if not chunk:
            break
        size += len(chunk)
        digest.update(chunk)
    error = process.stderr.read()
    status = process.wait()
    elapsed = time.perf_counter() - start
    if status != 0 or error:
        sys.stderr.write(f"pipetime: {command!r} exited {status}: {error.decode(errors='replace')}\n")
        sys.exit(1)
    return elapsed, size, digest.hexdigest()[:12]


def main():
    runs = int(sys.argv[1])
    for spec in sys.argv[2:]:
        label, _, command = spec.partition("=")
        words = shlex.split(command)
        run_once(words)
        best, size, digest = min(run_once(words) for _ in range(runs))
        print(f"{label}\t{best:.6f}\t{size}\t{digest}")


main()
