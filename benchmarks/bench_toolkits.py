"""Toolkit speed on the small demo dataset.

    .venv/bin/python benchmarks/bench_toolkits.py

Prints: time for one employer toolkit and one student toolkit (target < 0.25 s
each), for a batch of all employers, peak memory, and a baseline: reportlab
laying out the same pages (the same flowables) with no database or app around
it (target: toolkits within 2x of the baseline).
"""
from __future__ import annotations

import io
import os
import resource
import statistics
import tempfile
import time
import tracemalloc
from pathlib import Path

PASSPHRASE = os.environ.setdefault("COACHDESK_PASSPHRASE", "benchmark passphrase")

from sqlalchemy import select

from coachdesk.documents import toolkits
from coachdesk.documents.batch import make_toolkits, toolkit_recipients
from coachdesk.domain import models as m
from coachdesk.services.access import Actor
from coachdesk.services.demo import fill_demo
from coachdesk.services.workspace import open_workspace


def median_seconds(function, runs: int = 7) -> float:
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings)


def main() -> None:
    folder = Path(tempfile.mkdtemp()) / "data"
    database = open_workspace(folder, PASSPHRASE)
    with database.transaction() as session:
        fill_demo(session, "small")
    actor = Actor.system()
    with database.session() as session:
        employer_id = session.scalars(select(m.Placement.employer_id).where(m.Placement.status == m.PlacementStatus.STARTED)).first()
        student_id = session.scalars(select(m.Student.id)).first()
        toolkits.build(toolkits.gather(session, actor, "employer", employer_id), io.BytesIO())  # fonts load once, as in the app

        for kind, recipient in (("employer", employer_id), ("student", student_id)):
            whole = median_seconds(lambda: toolkits.build(toolkits.gather(session, actor, kind, recipient), io.BytesIO()))
            data = toolkits.gather(session, actor, kind, recipient)
            builder = toolkits.EmployerToolkit(data) if kind == "employer" else toolkits.StudentToolkit(data)
            baseline = median_seconds(lambda: builder.build(io.BytesIO()))
            print(f"{kind} toolkit: {whole * 1000:.0f} ms (target < 250 ms); reportlab alone on the same pages: {baseline * 1000:.0f} ms "
                  f"({whole / baseline:.2f}x, target < 2x)")

        recipients = toolkit_recipients(session, actor, "employer")
        out = Path(tempfile.mkdtemp())
        started = time.perf_counter()
        make_toolkits(session, actor, "employer", recipients, out, None)
        elapsed = time.perf_counter() - started
        print(f"batch of all {len(recipients)} employers: {elapsed:.1f} s ({elapsed / len(recipients) * 1000:.0f} ms each)")
        tracemalloc.start()  # slows the work down many times, so measured in a separate run
        make_toolkits(session, actor, "employer", recipients[:20], out, None)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"peak Python memory while making a batch: {peak / 1e6:.1f} MB; "
              f"process peak resident memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
