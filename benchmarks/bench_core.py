"""Core speed on the large demo dataset (10,000 students, 100,000 contacts).

    .venv/bin/python benchmarks/bench_core.py [DATA_DIR]

Prints: time to build the dataset (first run only), to open the data file
(target < 150 ms), to make the attention list (target < 100 ms) and to list all
students, each on the encrypted data file and on an unencrypted copy of it, so
the cost of the encryption shows. DATA_DIR is made with `coachdesk demo --size
large` when it does not exist yet and reused afterwards; its passphrase is
COACHDESK_PASSPHRASE, or a fixed benchmark one.
"""
from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from common import SIZE, default_data_dir  # benchmarks/ is on the path when a benchmark runs

PASSPHRASE = os.environ.setdefault("COACHDESK_PASSPHRASE", "benchmark passphrase")
OPEN_PROBE = """
import os, sys, time
started = time.perf_counter()
from coachdesk.services.workspace import open_workspace
imported = time.perf_counter()
database = open_workspace(__import__("pathlib").Path(sys.argv[1]), os.environ["COACHDESK_PASSPHRASE"])
with database.session() as session:
    session.connection()
print(time.perf_counter() - started, time.perf_counter() - imported)
"""


def median_ms(function, runs: int = 5) -> float:
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings) * 1000


def main() -> None:
    data_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else default_data_dir()
    if not (data_dir / "coachdesk.sqlite").exists():
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "coachdesk", "--data-dir", str(data_dir), "demo", "--size", SIZE], check=True)
        print(f"building the large dataset: {time.perf_counter() - started:.1f} s")

    opens = [subprocess.run([sys.executable, "-c", OPEN_PROBE, str(data_dir)], capture_output=True, text=True, check=True).stdout.split() for _ in range(5)]
    print(f"open the data file in a fresh process: median {statistics.median(float(o[1]) for o in opens) * 1000:.0f} ms (target < 150 ms); "
          f"with importing SQLAlchemy and the app: {statistics.median(float(o[0]) for o in opens) * 1000:.0f} ms")

    from coachdesk.services import records
    from coachdesk.services.access import Actor
    from coachdesk.services.attention import attention_list
    from coachdesk.services.workspace import open_workspace
    from coachdesk.storage.database import Database, copy_data_file

    encrypted = open_workspace(data_dir, PASSPHRASE)
    plain_dir = data_dir.with_name(data_dir.name + "-plain")
    shutil.rmtree(plain_dir, ignore_errors=True)  # made again each run: a copy left by an older version has an older schema
    copy_data_file(encrypted.path, PASSPHRASE, plain_dir / "coachdesk.sqlite", None)
    actor = Actor.system()
    for label, database in (("encrypted", encrypted), ("unencrypted copy", Database(plain_dir, None))):
        with database.session() as session:
            items = attention_list(session, actor)
            attention = median_ms(lambda: attention_list(session, actor))
            count = len(records.list_records(session, actor, "students"))
            listing = median_ms(lambda: (session.expunge_all(), records.list_records(session, actor, "students")))
        print(f"{label}: attention list ({len(items)} items) median {attention:.0f} ms (target < 100 ms); "
              f"list all {count} students median {listing:.0f} ms")


if __name__ == "__main__":
    main()
