"""Issue 18: a kill during an import never leaves a half import, nor a batch without its rows.

The command line imports in a separate program that is ended at each step (COACHDESK_CRASH_AT, see
coachdesk.storage.crash) and, in a second test, killed with SIGKILL at random moments of many imports. After
each, the batches and the rows must agree: a batch holds exactly the records it created or changed, every
imported student belongs to exactly one batch, and a change outside a batch never happened.
"""
from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from coachdesk.domain import models as m
from coachdesk.services.workspace import open_workspace
from coachdesk.storage.crash import CRASH_EXIT_CODE
from tests import factories as f
from tests.commandline import run_coachdesk
from tests.factories import PASSPHRASE
from tests.transferfiles import HEADER, students, write_csv

EXISTING = 5  # students 1000..1004, there before every import


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    database = open_workspace(folder, PASSPHRASE)
    with database.transaction() as session:
        school = f.school(session)
        for number in range(1000, 1000 + EXISTING):
            f.student(session, school.id, student_number=str(number), first_name="Eerder", last_name=f"Leerling{number}")
    database.close()
    return folder


def _file(tmp_path: Path, name: str, start: int, count: int) -> Path:
    """``count`` new students from number ``start``, and the existing ones with a new first name (an update each)."""
    changed = [["1000", "Anders", "", "Leerling1000"] + students(1)[0][4:], ["1001", "Anders", "", "Leerling1001"] + students(1)[0][4:]]
    return write_csv(tmp_path / name, [HEADER] + changed + students(count, start=start))


def agree(folder: Path) -> dict[str, int]:
    """Check that batches and rows agree; returns {file name: students it created} of the batches in the folder."""
    database = open_workspace(folder, PASSPHRASE)
    try:
        with database.session() as session:
            batches = list(session.scalars(select(m.ImportBatch)))
            items = list(session.scalars(select(m.ImportBatchItem)))
            by_batch: dict[str, list[m.ImportBatchItem]] = {}
            for item in items:
                by_batch.setdefault(item.batch_id, []).append(item)
            assert set(by_batch) <= {b.id for b in batches}, "items of a batch that is not there"
            created_ids: list[str] = []
            per_file: dict[str, int] = {}
            for batch in batches:
                own = by_batch.get(batch.id, [])
                created = [i.record_id for i in own if i.action == "create"]
                updated = [i.record_id for i in own if i.action == "update"]
                assert batch.finished_at is not None, "a batch that never finished"
                assert (len(created), len(updated)) == (batch.created_count, batch.updated_count), "a batch without (all) its rows"
                assert batch.file_name not in per_file, f"{batch.file_name} imported twice"
                per_file[batch.file_name] = len(created)
                created_ids += created
            students_now = {s.id: s for s in session.scalars(select(m.Student))}
            assert set(created_ids) <= set(students_now), "a batch names a student that is not stored"
            assert len(created_ids) == len(set(created_ids))
            assert len(students_now) == EXISTING + len(created_ids), "students stored outside any batch (a half import)"
            renamed = {s.student_number for s in students_now.values() if s.first_name == "Anders"}
            assert renamed == ({"1000", "1001"} if batches else set()), "a change stored without its batch, or a batch without its change"
            audited = session.scalar(select(func.count()).select_from(m.AuditEntry).where(
                m.AuditEntry.kind == "students", m.AuditEntry.action == "create", m.AuditEntry.record_id.in_(created_ids)))
            assert audited == len(created_ids), "every imported student is in the audit trail"
            return per_file
    finally:
        database.close()


STEPS = ["import-updated", "import-inserted", "import-items-written", "import-before-commit", "import-committed"]


@pytest.mark.parametrize("step", STEPS)
def test_a_crash_at_every_step_of_an_import(tmp_path, step):
    folder = _folder(tmp_path)
    path = _file(tmp_path, "leerlingen.csv", 2000, 300)
    result = run_coachdesk("--data-dir", str(folder), "import", "students", str(path), COACHDESK_CRASH_AT=step)
    assert result.returncode == CRASH_EXIT_CODE, f"step {step} not reached: {result.returncode} {result.stderr}"
    stored = agree(folder)
    assert stored == ({"leerlingen.csv": 300} if step == "import-committed" else {}), "all of the import or nothing"
    again = run_coachdesk("--data-dir", str(folder), "import", "students", str(path))
    assert again.returncode == 0, again.stderr
    assert agree(folder) == {"leerlingen.csv": 300}, "imported again: once, whole"


def test_a_crash_while_undoing_leaves_the_import_as_it_was(tmp_path):
    folder = _folder(tmp_path)
    path = _file(tmp_path, "leerlingen.csv", 2000, 50)
    assert run_coachdesk("--data-dir", str(folder), "import", "students", str(path)).returncode == 0
    batch = json.loads(run_coachdesk("--data-dir", str(folder), "import", "batches", "--json").stdout)[0]
    result = run_coachdesk("--data-dir", str(folder), "import", "undo", batch["batch"], COACHDESK_CRASH_AT="undo-records-removed")
    assert result.returncode == CRASH_EXIT_CODE, result.stderr
    assert agree(folder) == {"leerlingen.csv": 50}
    assert run_coachdesk("--data-dir", str(folder), "import", "undo", batch["batch"]).returncode == 0
    database = open_workspace(folder, PASSPHRASE)
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(m.Student)) == EXISTING
        assert session.get(m.ImportBatch, batch["batch"]).undone_at is not None
    database.close()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_random_kills_during_many_imports(tmp_path):
    folder = _folder(tmp_path)
    rng = random.Random(18)
    environment = os.environ | {"COACHDESK_LANG": "en"}
    attempts, finished = 0, set()
    for round_number in range(12):
        name = f"deel{round_number}.csv"
        path = _file(tmp_path, name, 10_000 + 1000 * round_number, 800)
        process = subprocess.Popen([sys.executable, "-m", "coachdesk", "--data-dir", str(folder), "import", "students", str(path)],
                                   env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
        attempts += 1
        time.sleep(0.3 + rng.random() * 2.2)
        process.send_signal(signal.SIGKILL)
        process.wait()
        if process.returncode == 0:
            finished.add(name)
        stored = agree(folder)
        assert len(stored) <= attempts
        assert finished <= set(stored), "an import that said it stored is in the folder"
        assert all(count == 800 for count in stored.values()), "each batch with all of its rows"
    print(f"{len(finished)} of {attempts} imports finished before the kill; {len(agree(folder))} batches")
