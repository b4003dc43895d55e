"""Speed of matching on the large demo extended with 10,000 places at 3,000 employers (issue 19).

    .venv/bin/python benchmarks/bench_matching.py [DATA_DIR]
    COACHDESK_BENCH_QUICK=1 .venv/bin/python benchmarks/bench_matching.py   # small demo, 1,000 places at 300 employers

Prints wall-clock and processor time (the steadier figure on a shared machine), as a coordinator (who sees every student): matching one student against every place
(target < 200 ms) and one place against every student (target < 300 ms), each split into reading
the facts and applying the rule, median and slowest of several; then how the rule's cost grows
with the number of places and of students (the same facts, sliced). The place list's rows
(``services/places.place_rows``) are timed too. DATA_DIR is made with `coachdesk demo --size large`
and extended the first time; it is reused afterwards.
"""
from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

from common import QUICK, SIZE, default_data_dir  # benchmarks/ is on the path when a benchmark runs

PASSPHRASE = os.environ.setdefault("COACHDESK_PASSPHRASE", "benchmark passphrase")
EMPLOYERS, PLACES = (300, 1_000) if QUICK else (3_000, 10_000)
TARGETS_MS = {"student": 200, "place": 300}


def prepare(data_dir: Path) -> None:
    """The demo of SIZE, extended to EMPLOYERS employers and PLACES places (once)."""
    if not (data_dir / "coachdesk.sqlite").exists():
        print(f"building the {SIZE} demo dataset in {data_dir} …", flush=True)
        subprocess.run([sys.executable, "-m", "coachdesk", "--data-dir", str(data_dir), "demo", "--size", SIZE], check=True)
    from sqlalchemy import func, insert, select

    from coachdesk.domain import clock, travel
    from coachdesk.domain import models as m
    from coachdesk.services.workspace import open_workspace

    database = open_workspace(data_dir, PASSPHRASE)
    rng = random.Random(19)
    today = clock.today()
    with database.transaction() as session:
        have_employers = session.scalar(select(func.count()).select_from(m.Employer)) or 0
        have_places = session.scalar(select(func.count()).select_from(m.Place)) or 0
        if have_places >= PLACES:
            database.close()
            return
        print(f"extending to {EMPLOYERS} employers and {PLACES} places …", flush=True)
        pc4s = [pc4 for pc4, c in travel.centroids().items() if pc4[:2] in ("29", "30", "31", "32", "26", "27", "28", "33")]
        now = m.utcnow()
        new_employers = [{"id": m.new_id(), "created_at": now, "updated_at": now, "name": f"Bench bedrijf {i}", "sbb_recognised": True,
                          "sbb_id": str(500000 + i), "sector": rng.choice(["Zorg", "Logistiek", "Groen", "Horeca", "Techniek", "Detailhandel"]),
                          "postcode": f"{rng.choice(pc4s)} AA", "active": True}
                         for i in range(max(0, EMPLOYERS - have_employers))]
        if new_employers:
            session.execute(insert(m.Employer.__table__), new_employers)
        employers = list(session.execute(select(m.Employer.id, m.Employer.sector, m.Employer.postcode)))
        crebos = ["25498", "25883", "25400", "25180", "25256", "25246"]
        recognitions, places = [], []
        for employer_id, _sector, _ in employers:
            recognitions.append({"id": m.new_id(), "created_at": now, "updated_at": now, "employer_id": employer_id, "crebo": rng.choice(crebos),
                                 "valid_from": today - timedelta(days=300), "valid_until": today + timedelta(days=rng.choice([-30, 400, 900]))})
        for _ in range(PLACES - have_places):
            employer_id, sector, postcode = rng.choice(employers)
            leerweg = rng.choice(["bol", "bbl", "stage", "stage", "job"])
            pc4 = (postcode or "3011")[:4]
            places.append({"id": m.new_id(), "created_at": now, "updated_at": now, "employer_id": employer_id, "leerweg": leerweg,
                           "crebo": rng.choice(crebos) if leerweg in ("bol", "bbl") else None, "level": rng.choice([1, 2]) if leerweg in ("bol", "bbl") else None,
                           "sector": sector, "work_type": rng.choice(["buiten", "binnen", "met mensen"]), "location_pc4": pc4,
                           "location_place": travel.place_name(pc4), "capacity": rng.choice([1, 2, 3]), "status": rng.choice(["open"] * 8 + ["full", "paused"]),
                           "hours_per_week": rng.choice([16, 24, 32]), "days": [], "features": [], "work_conditions": [], "may_be_named": False,
                           "starts_on": None if rng.random() < 0.4 else today + timedelta(days=rng.randint(-30, 90)), "ends_on": None})
        session.execute(insert(m.Recognition.__table__), recognitions)
        for start in range(0, len(places), 5000):
            session.execute(insert(m.Place.__table__), places[start : start + 5000])
    database.close()


def timed(function, runs: int) -> list[tuple[float, float]]:
    """(wall, processor) seconds per run: on a laptop shared with other work the processor time is the steadier figure."""
    timings = []
    for _ in range(runs):
        started, cpu = time.perf_counter(), time.process_time()
        function()
        timings.append((time.perf_counter() - started, time.process_time() - cpu))
    return timings


def report(name: str, timings: list[tuple[float, float]], target: int | None = None) -> None:
    walls, cpus = [wall for wall, _ in timings], [cpu for _, cpu in timings]
    median, worst = statistics.median(walls) * 1000, max(walls) * 1000
    goal = f"   (target < {target} ms: {'met' if statistics.median(cpus) * 1000 < target else 'MISSED'} by processor time)" if target else ""
    print(f"  {name:<40} median {median:6.1f} ms, slowest {worst:6.1f} ms; processor median {statistics.median(cpus) * 1000:6.1f} ms, "
          f"slowest {max(cpus) * 1000:6.1f} ms{goal}")


def main() -> None:
    data_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else default_data_dir().with_name(default_data_dir().name + "-matching")
    prepare(data_dir)
    from sqlalchemy import func, select

    from coachdesk.domain import clock
    from coachdesk.domain import models as m
    from coachdesk.services import matching, places
    from coachdesk.services.access import Actor
    from coachdesk.services.workspace import open_workspace

    actor = Actor.system()
    database = open_workspace(data_dir, PASSPHRASE)
    rng = random.Random(2026)
    today = clock.today()
    with database.session() as session:
        counts = {model.__tablename__: session.scalar(select(func.count()).select_from(model)) for model in (m.Student, m.Employer, m.Place)}
        print(f"matching on {counts['students']:,} students, {counts['employers']:,} employers, {counts['places']:,} places ({SIZE} demo)")
        student_ids = rng.sample(list(session.scalars(select(m.Student.id))), 15)
        place_ids = rng.sample(list(session.scalars(select(m.Place.id))), 8)
        matching.match_student(session, actor, student_ids[0])  # warm: the centroids file, the statement caches

        print("one student against every place:")
        report("match_student (read + rule)", [t for sid in student_ids for t in timed(lambda sid=sid: matching.match_student(session, actor, sid, limit=20), 1)],
               TARGETS_MS["student"])
        report("  reading the places' facts", timed(lambda: matching.place_facts(session, actor, today=today), 5))
        place_facts = matching.place_facts(session, actor, today=today)
        student = matching.student_facts(session, actor, [student_ids[0]], today=today)[0]
        report("  the rule alone", timed(lambda: matching.match_facts_for_student(student, place_facts, {}, today), 5))

        print("one place against every student:")
        report("match_place (read + rule)", [t for pid in place_ids for t in timed(lambda pid=pid: matching.match_place(session, actor, pid, limit=20), 1)],
               TARGETS_MS["place"])
        report("  reading the students' facts", timed(lambda: matching.student_facts(session, actor, today=today), 3))
        students = matching.student_facts(session, actor, today=today)
        place = matching.place_facts(session, actor, [place_ids[0]], today=today)[0]
        report("  the rule alone", timed(lambda: matching.match_facts_for_place(place, students, {}, today), 5))

        print("how the rule's cost grows (the same facts, sliced; processor time):")
        for share in (0.1, 0.25, 0.5, 1.0):
            some_places = place_facts[: int(len(place_facts) * share)]
            some_students = students[: int(len(students) * share)]
            per_places = statistics.median(c for _, c in timed(lambda s=some_places: matching.match_facts_for_student(student, s, {}, today), 3)) * 1000
            per_students = statistics.median(c for _, c in timed(lambda s=some_students: matching.match_facts_for_place(place, s, {}, today), 3)) * 1000
            print(f"  {len(some_places):>6,} places: {per_places:6.1f} ms    {len(some_students):>6,} students: {per_students:6.1f} ms")

        print("the place list's rows:")
        report("place_rows (every place, taken counted)", timed(lambda: places.place_rows(session, actor), 3))
    database.close()


if __name__ == "__main__":
    main()
