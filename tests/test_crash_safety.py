"""A writer killed (SIGKILL) at random moments never leaves a damaged file or loses a committed record."""
from __future__ import annotations

import random
import signal
import subprocess
import sys
import time

import pytest

from coachdesk.services.workspace import open_workspace
from coachdesk.storage.database import connect_file
from coachdesk.storage.paths import DATA_FILE_NAME
from tests.factories import PASSPHRASE

WRITER = r"""
import os
import sys
from pathlib import Path
from coachdesk.services import records
from coachdesk.services.access import Actor
from coachdesk.services.workspace import open_workspace
database = open_workspace(Path(sys.argv[1]), os.environ["COACHDESK_PASSPHRASE"])
round_number = sys.argv[2]
for index in range(100000):
    with database.transaction() as session:
        school = records.create(session, Actor.system(), "schools", {"name": f"School {round_number}-{index}"})
        records.create(session, Actor.system(), "coaches", {"name": f"Coach {round_number}-{index}", "role": "docent", "school_id": school.id})
    print(school.id, flush=True)  # only after the commit returned
"""

KILLS = 25


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_killed_writers_leave_a_sound_file_with_every_committed_record(tmp_path):
    folder = tmp_path / "data"
    open_workspace(folder, PASSPHRASE).close()
    rng = random.Random(7)
    committed: list[str] = []
    for round_number in range(KILLS):
        writer = subprocess.Popen([sys.executable, "-c", WRITER, str(folder), str(round_number)], stdout=subprocess.PIPE, text=True)
        first = writer.stdout.readline()  # the writer has started writing (start-up time varies with the machine)
        time.sleep(rng.random() * 0.2)  # then kill it at a random moment in the middle of the writes
        writer.send_signal(signal.SIGKILL)
        output, _ = writer.communicate()
        committed += (first + output).split()
    assert len(committed) > KILLS, "the writers got to write before they were killed"
    connection = connect_file(folder / DATA_FILE_NAME, PASSPHRASE)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {row[0] for row in connection.execute("SELECT id FROM schools")}
        coaches_of = {row[0] for row in connection.execute("SELECT school_id FROM coaches")}
    finally:
        connection.close()
    assert set(committed) <= stored, "every reported commit is there"
    assert stored == coaches_of, "no half-written pair: each school has its coach"
