"""How the figures that grow with the data grow: team sharing and Vandaag, each with its floor, the ratio and peak memory.

    .venv/bin/python benchmarks/bench_scale.py                 the large demo (10,000 students, 100,000 contacts)
    .venv/bin/python benchmarks/bench_scale.py --size huge     100,000 students, 1,000,000 contacts
    COACHDESK_BENCH_QUICK=1 ...                                the small demo (as CI runs it)

Per figure: the time, a floor measured in the same run on the same bytes or queries, their ratio, and the
process's peak resident memory during that figure (reset before each). A team of four joins (at --size huge one
new member, the others would take as long). Floors:
- a first sync: reading, verifying, decrypting and decompressing the same bundles (what any format must do);
- 100 changes sent and received: opening just those bundles (their crypto and compression);
- Vandaag: nothing cheaper is measured yet (the own-caseload figure shows what a coach waits for).
Start-up and list figures at a size: bench_ui.py --size huge, bench_lists.py --size huge.
"""
from __future__ import annotations

import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from common import SIZE, default_data_dir, peak_mb, reset_peak  # benchmarks/ is on the path when a benchmark runs

PASSPHRASE = os.environ.setdefault("COACHDESK_PASSPHRASE", "benchmark passphrase")


class Opening:
    """Times every bundle opened (bundles.decode), and within it the JSON parsing: the rest is the floor's crypto part."""

    def __init__(self) -> None:
        from coachdesk.sync import bundles

        self.bundles, self.total, self.parsing, self.count, self.size = bundles, 0.0, 0.0, 0, 0
        self._decode, self._json = bundles.decode, bundles.json
        opening = self

        class TimedJson:
            dumps = staticmethod(bundles.json.dumps)

            @staticmethod
            def loads(data):
                started = time.perf_counter()
                try:
                    return opening._json.loads(data)
                finally:
                    opening.parsing += time.perf_counter() - started

        def decode(data, **kwargs):
            started = time.perf_counter()
            try:
                return opening._decode(data, **kwargs)
            finally:
                opening.total += time.perf_counter() - started
                opening.count += 1
                opening.size += len(data)

        bundles.decode, bundles.json = decode, TimedJson

    def close(self) -> None:
        self.bundles.decode, self.bundles.json = self._decode, self._json


def read_seconds(folder: Path) -> float:
    started = time.perf_counter()
    for path in folder.rglob("*.cdb"):
        path.read_bytes()
    return time.perf_counter() - started


def figure(label: str, seconds: float, floor: float | None, extra: str = "") -> None:
    ratio = f"floor {floor:.2f} s, {seconds / floor:.1f}× floor" if floor else "no floor"
    print(f"{label}: {seconds:.2f} s ({ratio}); peak memory {peak_mb():.0f} MB{'; ' + extra if extra else ''}", flush=True)


def main() -> None:
    from sqlalchemy import select

    from coachdesk.domain import models as m
    from coachdesk.services import records, team
    from coachdesk.services.access import Actor
    from coachdesk.services.attention import attention_list
    from coachdesk.services.users import acting_user
    from coachdesk.services.workspace import open_workspace

    source = default_data_dir()
    if not (source / "coachdesk.sqlite").exists():
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "coachdesk", "--data-dir", str(source), "demo", "--size", SIZE], check=True)
        print(f"building the {SIZE} demo: {time.perf_counter() - started:.0f} s", flush=True)
    base = Path(tempfile.mkdtemp(prefix="coachdesk-bench-scale-"))
    try:
        shutil.copytree(source, base / "first", ignore=shutil.ignore_patterns("*.lock"))
        first = open_workspace(base / "first", PASSPHRASE)
        with first.session() as session:
            coordinators = session.scalars(select(m.Coach.id).where(m.Coach.role == m.CoachRole.COORDINATOR)).all()
            student_ids = session.scalars(select(m.Student.id)).all()
            contacts = session.query(m.Visit).count()
            docent = session.scalars(select(m.Coach.id).where(m.Coach.role == m.CoachRole.DOCENT)).first()
        print(f"{SIZE} demo: {len(student_ids)} students, {contacts} contacts", flush=True)

        # Vandaag: the whole school as a coordinator sees it, and one coach's own caseload.
        for label, actor_of, caseload in (("Vandaag, the whole school (coordinator)", lambda s: Actor.system(), None),
                                          ("Vandaag, a docent's school", lambda s: Actor.for_coach(s.get(m.Coach, docent)), None),
                                          ("Vandaag, a docent's own caseload", lambda s: Actor.for_coach(s.get(m.Coach, docent)), docent)):
            with first.session() as session:
                actor = actor_of(session)
                reset_peak()
                times = []
                for _ in range(1 if SIZE == "huge" else 3):
                    started = time.perf_counter()
                    items = attention_list(session, actor, caseload_of=caseload)
                    times.append(time.perf_counter() - started)
                    session.expunge_all()
            figure(label, statistics.median(times), None, f"{len(items)} items")

        folder = base / "team"
        reset_peak()
        started = time.perf_counter()
        result = team.create_team(first, folder, coordinators[0], with_demo=True)  # a try-out team on the demo, on purpose
        figure(f"team create (first bundles, {result['sent']} changes)", time.perf_counter() - started, None,
               f"team folder {sum(p.stat().st_size for p in folder.rglob('*.cdb')) / 1e6:.1f} MB")

        members = []
        for index, coach_id in enumerate(coordinators[1:4]):  # a team of four
            code = team.invite(first, coach_id, base / f"invitation-{index}")
            laptop = open_workspace(base / f"member-{index}", PASSPHRASE)
            opening = Opening()
            reset_peak()
            started = time.perf_counter()
            received = team.join(laptop, base / f"invitation-{index}", folder, code)["received"]
            elapsed = time.perf_counter() - started
            opening.close()
            floor = read_seconds(folder) + opening.total - opening.parsing
            figure(f"a new member's first sync ({received} changes)", elapsed, floor,
                   f"of which JSON parsing {opening.parsing:.2f} s")
            members.append(laptop)
            if SIZE == "huge":
                break  # one new member measured; the others would take as long

        rng = random.Random(1)
        sends, receives, floors = [], [], []
        for _round in range(5):
            with first.transaction() as session:
                actor = acting_user(session)
                for student_id in rng.sample(student_ids, 100):
                    records.update(session, actor, "students", student_id, {"opleiding": f"Opleiding {rng.randint(1, 10**6)}"})
            reset_peak()
            started = time.perf_counter()
            team.sync(first)
            sends.append(time.perf_counter() - started)
            opening = Opening()
            started = time.perf_counter()
            team.sync(members[0])
            receives.append(time.perf_counter() - started)
            opening.close()
            floors.append(opening.total)
        figure("100 changes sent", statistics.median(sends), statistics.median(floors), "floor: opening those bundles")
        figure("100 changes received", statistics.median(receives), statistics.median(floors), "floor: opening those bundles")
        for laptop in members:
            laptop.close()
        first.close()
    finally:
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
