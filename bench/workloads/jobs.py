"""bench/jobs.sh: python3's executors doing the jobs' work.

  jobs.py thread|process N WORKERS SLEEP

Runs N tasks on a ThreadPoolExecutor or ProcessPoolExecutor of WORKERS
workers; task i sleeps SLEEP seconds (0: none) and returns i; prints the
results.
"""

import sys
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def task(args):
    i, sleep = args
    if sleep:
        time.sleep(sleep)
    return i


def main():
    kind, n, workers, sleep = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4])
    executor = ThreadPoolExecutor if kind == "thread" else ProcessPoolExecutor
    with executor(max_workers=workers) as pool:
        results = list(pool.map(task, [(i, sleep) for i in range(1, n + 1)]))
    sys.stdout.write("".join(f"{r}\n" for r in results))


if __name__ == "__main__":
    main()
