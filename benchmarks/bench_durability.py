"""Durability against speed: commits per second with synchronous=NORMAL (before) and FULL (now), and the cost
of the integrity check (PRAGMA quick_check) that every opening runs.

    .venv/bin/python benchmarks/bench_durability.py            # 500 commits; the open check on the large demo
    COACHDESK_BENCH_QUICK=1 .venv/bin/python benchmarks/bench_durability.py   # 100 commits; the small demo

Each commit is one small transaction through the app's own engine (one school
record, its audit entry), as saving a form is. The data file is encrypted, in WAL
mode, in a temporary folder on the same disk as the system's temp folder.
"""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

QUICK = os.environ.get("COACHDESK_BENCH_QUICK") == "1"
PASSPHRASE = os.environ.setdefault("COACHDESK_PASSPHRASE", "benchmark passphrase")
COMMITS = 100 if QUICK else 500


def commit_rate(folder: Path, synchronous: str) -> tuple[float, float]:
    from sqlalchemy import event

    from coachdesk.services import records
    from coachdesk.services.access import Actor
    from coachdesk.services.workspace import open_workspace

    database = open_workspace(folder, PASSPHRASE)
    database.engine.dispose()
    event.listen(database.engine, "connect", lambda connection, _record: connection.execute(f"PRAGMA synchronous={synchronous}"))
    timings = []
    started = time.perf_counter()
    for index in range(COMMITS):
        begun = time.perf_counter()
        with database.transaction() as session:
            records.create(session, Actor.system(), "schools", {"name": f"School {synchronous} {index}"})
        timings.append(time.perf_counter() - begun)
    elapsed = time.perf_counter() - started
    database.close()
    timings.sort()
    return COMMITS / elapsed, timings[len(timings) // 2] * 1000


def open_times(folder: Path) -> tuple[float, float]:
    """Median time to open the folder (key derivation included), with and without the integrity check."""
    from coachdesk.storage import database as db
    from coachdesk.storage.database import open_database

    def median(runs: int = 3) -> float:
        found = []
        for _ in range(runs):
            started = time.perf_counter()
            open_database(folder, PASSPHRASE).close()
            found.append(time.perf_counter() - started)
        return sorted(found)[runs // 2] * 1000

    with_check = median()
    real = db._check_integrity
    db._check_integrity = lambda *args, **kwargs: None
    try:
        without = median()
    finally:
        db._check_integrity = real
    return with_check, without


def main() -> None:
    with tempfile.TemporaryDirectory() as work:
        for synchronous in ("NORMAL", "FULL"):
            rate, median_ms = commit_rate(Path(work) / synchronous.lower(), synchronous)
            print(f"synchronous={synchronous:6}  {COMMITS} commits: {rate:7.1f} commits/s, median {median_ms:5.1f} ms per commit")
        demo = Path(work) / "demo"
        size = "small" if QUICK else "large"
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "coachdesk", "--data-dir", str(demo), "demo", "--size", size], check=True,
                       stdout=subprocess.DEVNULL, env=os.environ | {"COACHDESK_LANG": "en"})
        print(f"demo --size {size} built in {time.perf_counter() - started:.1f} s; data file {(demo / 'coachdesk.sqlite').stat().st_size / 1e6:.1f} MB")
        with_check, without = open_times(demo)
        print(f"opening the {size} demo: {with_check:.0f} ms with quick_check, {without:.0f} ms without ({with_check - without:.0f} ms for the check)")


if __name__ == "__main__":
    main()
