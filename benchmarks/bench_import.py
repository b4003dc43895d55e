"""Import and export speed: 10,000 students from a CSV, and 100,000 contacts to .xlsx.

    .venv/bin/python benchmarks/bench_import.py
    COACHDESK_BENCH_QUICK=1 .venv/bin/python benchmarks/bench_import.py   # small data, well under a minute

Prints, for the students: reading the file, the preview (target < 3 s), the commit
(target < 10 s) and the peak memory (Python allocations, tracemalloc; and the process's
maximum resident size); for the contacts: the export to .xlsx (target < 15 s) and to .csv.
Everything runs in a fresh encrypted data folder in a temporary directory.
"""
from __future__ import annotations

import os
import resource
import sys
import tempfile
import time
import tracemalloc
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
PASSPHRASE = os.environ.setdefault("COACHDESK_PASSPHRASE", "benchmark passphrase")
QUICK = os.environ.get("COACHDESK_BENCH_QUICK") == "1"
STUDENTS = 1_000 if QUICK else 10_000
CONTACTS = 10_000 if QUICK else 100_000


def clock_now() -> tuple[float, float]:
    return time.perf_counter(), time.process_time()


class Span:
    """Wall-clock and CPU seconds since ``start``: on a shared machine the CPU time is the steadier figure."""

    def __init__(self, start: tuple[float, float]) -> None:
        now = clock_now()
        self.wall, self.cpu = now[0] - start[0], now[1] - start[1]

    def __format__(self, spec: str) -> str:
        return f"{self.wall:.2f} s (CPU {self.cpu:.2f} s)"


def main() -> None:
    from sqlalchemy import insert

    from coachdesk.domain import clock
    from coachdesk.domain import models as m
    from coachdesk.services import records
    from coachdesk.services.access import Actor
    from coachdesk.services.workspace import open_workspace
    from coachdesk.transfer.export import export_list
    from coachdesk.transfer.importer import load_table, mapping_for, run_import

    actor = Actor.system()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        database = open_workspace(root / "data", PASSPHRASE)
        with database.transaction() as session:
            records.create(session, actor, "schools", {"name": "Benchmarkschool"})
        born = clock.today().replace(year=clock.today().year - 16, month=1, day=1).strftime("%d-%m-%Y")
        lines = ["Stamnummer;Roepnaam;Tussenvoegsel;Achternaam;Geboortedatum;Niveau;Leerweg;E-mail ouder"]
        lines += [f"{100000 + i};Leerling{i};van;Achternaam{i};{born};2;BOL;ouder{i}@example.nl" for i in range(STUDENTS)]
        source = root / "leerlingen.csv"
        source.write_bytes("\r\n".join(lines).encode("cp1252"))

        started = clock_now()
        table = load_table(source)
        read = Span(started)
        with database.transaction() as session:
            mapping = mapping_for(session, "students", table)
            started = clock_now()
            preview = run_import(session, actor, "students", table, mapping, dry_run=True)
            preview_time = Span(started)
        with database.transaction() as session:
            started = clock_now()
            outcome = run_import(session, actor, "students", table, mapping)
            commit_time = Span(started)
        assert preview.report()["new"] == STUDENTS and outcome.report()["new"] == STUDENTS
        # Memory in a separate pass: tracemalloc slows Python down several times, so it is off while timing.
        tracemalloc.start()
        again = load_table(source)
        with database.session() as session:
            run_import(session, actor, "students", again, mapping, dry_run=True)
            session.rollback()
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        print(f"{STUDENTS:,} students: read {read}; preview {preview_time} (target < 3 s); "
              f"commit (checks again + store, one transaction) {commit_time} (target < 10 s)")
        print(f"  peak Python memory of reading + preview {peak / 2**20:.0f} MB; process maximum resident size "
              f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")

        # A file pasted together from two exports (UTF-8 with Windows-1252 lines), read per character.
        mixed = root / "samengevoegd.csv"
        half = len(lines) // 2
        mixed.write_bytes("\r\n".join(lines[:half] + ["200000;Zoë;;Öztürk;01-01-2010;2;BOL;"]).encode("utf-8") + b"\r\n"
                          + "\r\n".join(["200001;Daniël;;Bakker;01-01-2010;2;BOL;"] + lines[half + 1:]).encode("cp1252"))
        started = clock_now()
        mixed_table = load_table(mixed)
        mixed_read = Span(started)
        assert mixed_table.encoding == "mixed" and mixed_table.notices
        print(f"  a mixed UTF-8 / Windows-1252 file of the same rows: read {mixed_read} (the plain file: {read})")

        # A VSO school's export without school type and exit profile: one value for all rows, every student to complete.
        vso_lines = ["Stamnr;Roepnaam;Tussenv;Achternaam;Geb_dat;Klas"] + [f"{300000 + i};Leerling{i};;Achternaam{i};{born};3A" for i in range(STUDENTS)]
        vso_source = root / "magister-vso.csv"
        vso_source.write_text("\r\n".join(vso_lines), encoding="utf-8")
        vso_table = load_table(vso_source)
        with database.transaction() as session:
            vso_mapping = mapping_for(session, "students", vso_table, "magister")
            started = clock_now()
            vso = run_import(session, actor, "students", vso_table, vso_mapping, source="magister", set_values={"school_type": "vso"})
            vso_time = Span(started)
        assert vso.report()["new"] == STUDENTS and vso.plan.to_complete == STUDENTS
        from coachdesk.services import attention, list_queries
        from coachdesk.transfer.commit import list_batches

        with database.session() as session:
            started = clock_now()
            items = [i for i in attention.attention_list(session, actor) if i.kind == attention.TO_COMPLETE]
            attention_time = Span(started)
            spec = list_queries.LIST_SPECS["students"]
            flag = next(n for n, flt in enumerate(spec.filters) if flt.key == "to_complete")
            started = clock_now()
            counted = list_queries.count_rows(session, actor, spec, list_queries.ListQuery(filters=((flag, True),)))
            filter_time = Span(started)
            started = clock_now()
            batches = list_batches(session, actor)
            batches_time = Span(started)
        assert len(items) == counted == STUDENTS and len(batches) == 2 and all(b.undoable for b in batches)
        print(f"  {STUDENTS:,} VSO students with --set school_type=vso, none with an exit profile: preview + commit {vso_time}; "
              f"Vandaag's 'to be completed' {attention_time}; the students filter counts them in {filter_time}; "
              f"the list of imports (2 batches of {STUDENTS:,}, each checked for undo) {batches_time}")

        with database.transaction() as session:
            student_ids = [row[0] for row in session.execute(m.Student.__table__.select().with_only_columns(m.Student.id))]
            now, today = m.utcnow(), clock.today()
            rows = [{"id": m.new_id(), "student_id": student_ids[i % len(student_ids)], "visited_on": today - timedelta(days=i % 700),
                     "kind": "phone_video", "summary": f"Gesprek {i} over de stage", "created_at": now, "updated_at": now}
                    for i in range(CONTACTS)]
            for start in range(0, len(rows), 5000):
                session.execute(insert(m.Visit.__table__), rows[start:start + 5000])
        with database.session() as session:
            started = clock_now()
            count = export_list(session, actor, "visits", root / "contacten.xlsx")
            xlsx_time = Span(started)
            started = clock_now()
            export_list(session, actor, "visits", root / "contacten.csv")
            csv_time = Span(started)
        print(f"export of {count:,} contacts: .xlsx {xlsx_time} (target < 15 s, {(root / 'contacten.xlsx').stat().st_size / 2**20:.1f} MB); "
              f".csv {csv_time}")
        database.close()


if __name__ == "__main__":
    main()
