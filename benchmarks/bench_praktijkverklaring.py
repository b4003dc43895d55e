"""The praktijkverklaring stays instant: a catalogue of 200 dossiers, a route with 40 werkprocessen.

    .venv/bin/python benchmarks/bench_praktijkverklaring.py

Prints: importing a catalogue file of 200 dossiers (10 werkprocessen each; 20 dossiers with COACHDESK_BENCH_QUICK=1),
listing the dossiers, and for a route of 40 werkprocessen: showing it (`route show`), recording a judgement (with the
revocation of a confirmation), gathering the printed sheet, the flags, Vandaag's two rules, and building the workplace
checklist and both overviews. On a fresh encrypted data folder of its own; figures are printed, never asserted.
"""
from __future__ import annotations

import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from common import QUICK  # noqa: E402 - benchmarks/ is on the path when a benchmark runs

from coachdesk.domain import clock  # noqa: E402
from coachdesk.domain import models as m  # noqa: E402
from coachdesk.services import praktijkverklaring as pv  # noqa: E402
from coachdesk.services import records  # noqa: E402
from coachdesk.services.access import Actor  # noqa: E402
from coachdesk.services.workspace import open_workspace  # noqa: E402
from coachdesk.transfer import pv_catalogue  # noqa: E402

DOSSIERS = 20 if QUICK else 200
HEADER = "Crebo;Kwalificatiedossier;Versie;Niveau;Bron;Bron geraadpleegd op;Kerntaak;Titel kerntaak;Werkproces;Titel werkproces;Omschrijving;Leerlijnen"
SYSTEM = Actor.system()


def median_ms(function, runs: int = 5) -> float:
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings) * 1000


def catalogue(path: Path) -> None:
    lines = [HEADER]
    for d in range(DOSSIERS):
        crebo = f"{20000 + d}"
        for k in (1, 2):
            for w in range(1, 6):
                lines.append(f"{crebo};Dossier {d};2025;2;bench;2026-12-01;B1-K{k};Kerntaak {k};B1-K{k}-W{w};Werkproces {k}.{w};Omschrijving;Groen")
    # the route's dossier: 40 werkprocessen in 4 kerntaken
    for k in range(1, 5):
        for w in range(1, 11):
            lines.append(f"29999;Groot dossier;2025;2;bench;2026-12-01;B1-K{k};Kerntaak {k};B1-K{k}-W{w};Werkproces {k}.{w} met een langere titel;"
                         f"Wat de leerling laat zien bij werkproces {k}.{w};Groen")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    from coachdesk.documents.pv_checklist import build_checklist
    from coachdesk.documents.pv_overview import build_school_overview, build_student_overview

    folder = Path(tempfile.mkdtemp(prefix="coachdesk-bench-pv-"))
    database = open_workspace(folder / "data", "benchmark passphrase")
    catalogue(folder / "catalogus.csv")
    started = time.perf_counter()
    with database.transaction() as session:
        result = pv_catalogue.import_catalogue(session, SYSTEM, folder / "catalogus.csv")
    imported = time.perf_counter() - started
    print(f"catalogue import: {result.dossiers} dossiers, {result.werkprocessen} werkprocessen in {imported * 1000:.0f} ms")
    with database.transaction() as session:
        again = time.perf_counter()
        pv_catalogue.import_catalogue(session, SYSTEM, folder / "catalogus.csv", dry_run=True)
        print(f"the same file again (all unchanged, dry run): {(time.perf_counter() - again) * 1000:.0f} ms")
        school = records.create(session, SYSTEM, "schools", {"name": "Bench school"})
        coach = records.create(session, SYSTEM, "coaches", {"name": "Coördinator", "role": "coordinator", "school_id": school.id})
        student = records.create(session, SYSTEM, "students", {"first_name": "Zoë", "last_name": "Bench", "school_type": "pro", "school_id": school.id})
        dossier = session.query(m.Dossier).filter_by(crebo="29999").one()
        ids = [w.id for _, w in pv.werkprocessen_of(session, dossier.id)]
        made = time.perf_counter()
        route = pv.create_route(session, SYSTEM, {"student_id": student.id, "route_type": "sbb", "dossier_id": dossier.id,
                                                  "offered_codes": ["B1-K1-W1"], "started_on": clock.today() - timedelta(weeks=10)}, ids)
        print(f"a route with {len(ids)} werkprocessen made in {(time.perf_counter() - made) * 1000:.0f} ms")
        actor = Actor.for_coach(coach)
        items = [item.id for item in pv.items_of(session, route.id)]
        for item_id in items[:30]:
            pv.record_judgement(session, actor, item_id, "voldoende", assessor="Praktijkopleider", assessed_on=clock.today() - timedelta(days=3))
        for item_id in items[:20]:
            pv.confirm(session, actor, item_id)
        student_id = student.id
    with database.session() as session:
        print(f"dossiers listed ({DOSSIERS + 1}): {median_ms(lambda: pv.dossiers(session, SYSTEM)):.1f} ms")
        print(f"route show (40 werkprocessen): {median_ms(lambda: pv.route_view(session, SYSTEM, student_id)):.1f} ms")
        print(f"the printed sheet gathered: {median_ms(lambda: pv.route_sheet(session, SYSTEM, student_id)):.1f} ms")
        route = pv.current_route(session, SYSTEM, student_id)
        print(f"flags of the route: {median_ms(lambda: pv.flags(session, route)):.1f} ms")
        print(f"Vandaag's rules (stale, to confirm): {median_ms(lambda: (pv.stale_routes(session, SYSTEM), pv.routes_to_confirm(session, SYSTEM))):.1f} ms")
        sheet = pv.route_sheet(session, SYSTEM, student_id)
    for name, build in (("checklist", build_checklist), ("overview for the student", build_student_overview),
                        ("overview for the school", build_school_overview)):
        print(f"{name} PDF: {median_ms(lambda build=build: build(sheet), runs=3):.0f} ms")
    with database.transaction() as session:
        item_id = items[0]
        started = time.perf_counter()
        pv.record_judgement(session, Actor.for_coach(session.get(m.Coach, coach.id)), item_id, "goed", assessor="Praktijkopleider")
        print(f"a new judgement that revokes a confirmation: {(time.perf_counter() - started) * 1000:.1f} ms")
    database.close()


if __name__ == "__main__":
    main()
