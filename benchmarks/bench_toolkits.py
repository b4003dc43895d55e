"""Toolkit speed on the small demo dataset.

    .venv/bin/python benchmarks/bench_toolkits.py
    COACHDESK_BENCH_QUICK=1 .venv/bin/python benchmarks/bench_toolkits.py   # fewer runs and a batch of 10, < 60 s

Prints: time for one employer toolkit and one student toolkit (gathering from
the data file and building the PDF; target < 0.25 s each), and a baseline: bare
reportlab (SimpleDocTemplate, no running header, page count or bookmarks, no
database) laying out the same pages from the same flowables (target: toolkits
within 2x of the baseline). Then a batch of employers and peak memory.
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
QUICK = os.environ.get("COACHDESK_BENCH_QUICK") == "1"

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.platypus import SimpleDocTemplate  # noqa: E402
from sqlalchemy import select  # noqa: E402

from coachdesk.documents import toolkits  # noqa: E402
from coachdesk.documents.batch import make_toolkits, toolkit_recipients  # noqa: E402
from coachdesk.documents.employer_toolkit import EmployerToolkit  # noqa: E402
from coachdesk.documents.student_toolkit import StudentToolkit  # noqa: E402
from coachdesk.domain import models as m  # noqa: E402
from coachdesk.services.access import Actor  # noqa: E402
from coachdesk.services.demo import fill_demo  # noqa: E402
from coachdesk.services.workspace import open_workspace  # noqa: E402


def median_seconds(function, runs: int) -> float:
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings)


def bare_reportlab(builder) -> int:
    """The same flowables laid out by reportlab alone; returns the page count."""
    buffer = io.BytesIO()
    document = SimpleDocTemplate(buffer, pagesize=A4, initialFontName="DejaVuSans")
    document.build(builder.story())
    return document.page


def main() -> None:
    runs = 3 if QUICK else 7
    folder = Path(tempfile.mkdtemp()) / "data"
    database = open_workspace(folder, PASSPHRASE)
    with database.transaction() as session:
        fill_demo(session, "small")
    actor = Actor.system()
    with database.session() as session:
        employer_id = session.scalars(select(m.Placement.employer_id).where(m.Placement.status == m.PlacementStatus.STARTED)).first()
        student_id = session.scalars(select(m.Placement.student_id).where(m.Placement.status == m.PlacementStatus.STARTED)).first()
        toolkits.build(toolkits.gather(session, actor, "employer", employer_id), io.BytesIO())  # fonts load once, as in the app

        for kind, recipient in (("employer", employer_id), ("student", student_id)):
            whole = median_seconds(lambda: toolkits.build(toolkits.gather(session, actor, kind, recipient), io.BytesIO()), runs)
            data = toolkits.gather(session, actor, kind, recipient)
            builder_class = EmployerToolkit if kind == "employer" else StudentToolkit
            pages = bare_reportlab(builder_class(data))
            baseline = median_seconds(lambda: bare_reportlab(builder_class(data)), runs)
            print(f"{kind} toolkit ({pages} pages): {whole * 1000:.0f} ms (target < 250 ms); bare reportlab on the same pages: {baseline * 1000:.0f} ms "
                  f"({whole / baseline:.2f}x, target < 2x)")

        recipients = toolkit_recipients(session, actor, "employer")[: 10 if QUICK else None]
        out = Path(tempfile.mkdtemp())
        started = time.perf_counter()
        make_toolkits(session, actor, "employer", recipients, out, None)
        elapsed = time.perf_counter() - started
        print(f"batch of {len(recipients)} employers: {elapsed:.1f} s ({elapsed / len(recipients) * 1000:.0f} ms each)")

        # Every student of the small demo (320), with a combined file: wall-clock against the processor time of this
        # process and its workers (a gap is waiting; workers on the other cores bring the wall-clock below the total).
        students = toolkit_recipients(session, actor, "student")[: 16 if QUICK else None]
        before, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        make_toolkits(session, actor, "student", students, out, None, combined=out / "samen.pdf")
        elapsed = time.perf_counter() - started
        after, children_after = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        own = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
        workers = children_after.ru_utime + children_after.ru_stime - children.ru_utime - children.ru_stime
        print(f"batch of {len(students)} student toolkits and the combined file: {elapsed:.1f} s wall-clock; processor {own:.1f} s here "
              f"+ {workers:.1f} s in workers ({os.cpu_count()} cores)")
        tracemalloc.start()  # slows the work down many times, so measured in a separate run
        make_toolkits(session, actor, "employer", recipients[: 5 if QUICK else 20], out, None)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"peak Python memory while making a batch: {peak / 1e6:.1f} MB; "
              f"process peak resident memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
