"""Start-up of the command line: `coachdesk --help` (issue 23: 4.9 s wall in the walkthrough, target < 0.5 s).

    .venv/bin/python benchmarks/bench_cli_help.py

Prints the wall time of `coachdesk --help` as a separate process (median of 7 runs, the first one warms the
disk cache) and what the biggest imports take in it (`python -X importtime`), so the one to make lazy is named.
"""
from __future__ import annotations

import statistics
import subprocess
import sys
import time

TARGET_S = 0.5


def wall() -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "coachdesk", "--help"], check=True, capture_output=True)
    return time.perf_counter() - started


def biggest_imports(count: int = 6) -> list[tuple[int, str]]:
    result = subprocess.run([sys.executable, "-X", "importtime", "-m", "coachdesk", "--help"], check=True, capture_output=True, text=True)
    rows = []
    for line in result.stderr.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[1].strip().isdigit():
            rows.append((int(parts[1]), parts[2].strip()))
    return sorted(rows, reverse=True)[:count]


def main() -> None:
    wall()
    times = [wall() for _ in range(7)]
    median = statistics.median(times)
    print(f"coachdesk --help: median {median:.2f} s wall (min {min(times):.2f}, max {max(times):.2f}); target < {TARGET_S} s"
          f" -> {'met' if median < TARGET_S else 'NOT met'}")
    print("biggest imports (cumulative, ms):")
    for micros, name in biggest_imports():
        print(f"  {micros / 1000:8.1f}  {name}")


if __name__ == "__main__":
    main()
