"""Team sharing speed: a team of 10,000 students and 100,000 contacts (the large demo data).

    .venv/bin/python benchmarks/bench_sync.py            (COACHDESK_BENCH_QUICK=1: the small demo data)

Prints: starting the team (the coordinator's first snapshot, signed and encrypted), the first
sync of a new coordinator laptop from that team folder (target < 60 s), an incremental sync of
100 changes on the sending and on the receiving laptop (target < 2 s), and the team folder's
size per 1,000 changes.
"""
from __future__ import annotations

import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
PASSPHRASE = os.environ.setdefault("COACHDESK_PASSPHRASE", "benchmark passphrase")


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*.cdb"))


def main() -> None:
    from sqlalchemy import select

    from coachdesk.domain import models as m
    from coachdesk.services import team
    from coachdesk.services.demo import fill_demo
    from coachdesk.services.workspace import open_workspace
    from coachdesk.sync.state import OutboxEntry

    quick = os.environ.get("COACHDESK_BENCH_QUICK") == "1"
    size = "small" if quick else "large"
    base = Path(tempfile.mkdtemp(prefix="coachdesk-bench-sync-"))
    try:
        first = open_workspace(base / "first", PASSPHRASE)
        started = time.perf_counter()
        with first.transaction() as session:
            counts = fill_demo(session, size)
        print(f"demo data ({size}): {counts.get('students')} students, {counts.get('visits')} contacts in {time.perf_counter() - started:.1f} s")
        with first.session() as session:
            coordinators = session.scalars(select(m.Coach).where(m.Coach.role == m.CoachRole.COORDINATOR)).all()
            student_ids = session.scalars(select(m.Student.id)).all()
        folder = base / "team"
        started = time.perf_counter()
        result = team.create_team(first, folder, coordinators[0].id, with_demo=True)  # a try-out team on the demo, on purpose
        print(f"team create (first snapshot, {result['sent']} changes): {time.perf_counter() - started:.1f} s, "
              f"team folder {folder_size(folder) / 1e6:.1f} MB")
        code = team.invite(first, coordinators[1].id, base / "invitation")
        second = open_workspace(base / "second", PASSPHRASE)
        started = time.perf_counter()
        result = team.join(second, base / "invitation", folder, code)
        elapsed = time.perf_counter() - started
        print(f"first sync of a new coordinator laptop ({result['received']} changes): {elapsed:.1f} s (target < 60 s)")

        rng = random.Random(1)
        before = folder_size(folder)
        send_times, receive_times = [], []
        for _round in range(10):
            with first.transaction() as session:
                for student_id in rng.sample(student_ids, 100):
                    session.get(m.Student, student_id).opleiding = f"Opleiding {rng.randint(1, 10**6)}"
            started = time.perf_counter()
            sent = team.sync(first)["sent"]
            send_times.append(time.perf_counter() - started)
            started = time.perf_counter()
            received = team.sync(second)["received"]
            receive_times.append(time.perf_counter() - started)
        print(f"incremental sync of 100 changes: send {min(send_times):.2f} s (median {sorted(send_times)[5]:.2f}), "
              f"receive {min(receive_times):.2f} s (median {sorted(receive_times)[5]:.2f}) (target < 2 s); last: sent {sent}, received {received}")
        print(f"team folder per 1,000 changes (100 per bundle): {(folder_size(folder) - before) / 1000:.1f} kB")
        with first.session() as session:
            waiting = session.query(OutboxEntry).filter(OutboxEntry.sent.is_(False)).count()
        print(f"outbox after sync: {waiting} waiting")
        judged_receive(first, folder, base, rng)
        first.close()
        second.close()
    finally:
        shutil.rmtree(base, ignore_errors=True)


def judged_receive(coordinator, folder: Path, base: Path, rng: random.Random) -> None:
    """A docent's 100 changes, each judged by the write policy on the coordinator's laptop (his own school's record
    read as it stands, the author's role from the roster): what the one policy costs on receive."""
    from sqlalchemy import select

    from coachdesk.domain import models as m
    from coachdesk.services import team
    from coachdesk.services.workspace import open_workspace

    with coordinator.session() as session:
        docent = session.scalars(select(m.Coach).where(m.Coach.role == m.CoachRole.DOCENT, m.Coach.school_id.is_not(None))).first()
        own = session.scalars(select(m.Student.id).where(m.Student.school_id == docent.school_id)).all()
    code = team.invite(coordinator, docent.id, base / "invitation-docent")
    laptop = open_workspace(base / "docent", PASSPHRASE)
    started = time.perf_counter()
    team.join(laptop, base / "invitation-docent", folder, code)
    print(f"first sync of a docent's laptop (his school): {time.perf_counter() - started:.1f} s")
    times = []
    for _round in range(5):
        with laptop.transaction() as session:
            from coachdesk.services import records
            from coachdesk.services.users import acting_user

            actor = acting_user(session)
            for student_id in rng.sample(own, min(100, len(own))):
                records.update(session, actor, "students", student_id, {"opleiding": f"Opleiding {rng.randint(1, 10**6)}"})
        team.sync(laptop)
        started = time.perf_counter()
        result = team.sync(coordinator)
        times.append(time.perf_counter() - started)
    refused = sum("Refused" in p for p in result["problems"])
    print(f"receive 100 changes by a docent, each judged by the policy: {min(times):.2f} s (median {sorted(times)[2]:.2f}); "
          f"last: received {result['received']}, refused {refused}")
    laptop.close()


if __name__ == "__main__":
    main()
