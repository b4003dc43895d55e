"""Demo praktijkverklaring routes: the example dossiers (resources/praktijkverklaring, not a national list) and a
few routes on the demo's started placements, with judgements, a confirmation and a revocation. Demo ids throughout,
so `coachdesk demo --remove` removes them with the rest."""
from __future__ import annotations

import csv
import random
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from coachdesk.domain import models as m
from coachdesk.resources import resources_dir

EXAMPLE = "praktijkverklaring/voorbeeld_werkprocessen.csv"
ROUTES = 4


def add_demo_routes(session: Session, rng: random.Random, today: date, new_id) -> int:
    """Write the example catalogue and up to ``ROUTES`` routes; returns how many routes."""
    with open(resources_dir() / EXAMPLE, encoding="utf-8", newline="") as handle:
        lines = list(csv.reader(handle, delimiter=";"))[1:]
    dossiers: dict[str, m.Dossier] = {}
    kerntaken: dict[tuple[str, str], m.Kerntaak] = {}
    werkprocessen: dict[str, list[m.Werkproces]] = {}
    for crebo, title, version, level, source, source_date, k_code, k_title, w_code, w_title, description, tags in lines:
        dossier = dossiers.get(crebo)
        if dossier is None:
            dossier = dossiers[crebo] = m.Dossier(id=new_id(), crebo=crebo, title=title, version=version, level=int(level), source=source,
                                                  source_date=date.fromisoformat(source_date))
            session.add(dossier)
        kerntaak = kerntaken.get((crebo, k_code))
        if kerntaak is None:
            kerntaak = kerntaken[(crebo, k_code)] = m.Kerntaak(id=new_id(), dossier_id=dossier.id, code=k_code, title=k_title)
            session.add(kerntaak)
        werkproces = m.Werkproces(id=new_id(), dossier_id=dossier.id, kerntaak_id=kerntaak.id, code=w_code, title=w_title,
                                  description=description, leerlijnen=[tag for tag in tags.split(",") if tag])
        session.add(werkproces)
        werkprocessen.setdefault(crebo, []).append(werkproces)
    session.flush()
    placements = list(session.scalars(select(m.Placement).where(m.Placement.status == m.PlacementStatus.STARTED,
                                                                m.Placement.employer_id.is_not(None)).order_by(m.Placement.id).limit(ROUTES)))
    for index, placement in enumerate(placements):
        crebo = list(dossiers)[index % len(dossiers)]
        started = today - timedelta(weeks=4 + 3 * index)
        trainer = placement.praktijkopleider.name if placement.praktijkopleider else "de praktijkopleider"
        route = m.Route(id=new_id(), student_id=placement.student_id, route_type=m.RouteType.PRAKTIJKLEERROUTE if index % 2 else m.RouteType.SBB,
                        dossier_id=dossiers[crebo].id, placement_id=placement.id, place_id=placement.place_id, started_on=started,
                        offered_codes=[w.code for w in werkprocessen[crebo][:-1]] if index == 1 else [])
        session.add(route)
        for position, werkproces in enumerate(werkprocessen[crebo]):
            item = m.RouteItem(id=new_id(), route_id=route.id, student_id=route.student_id, werkproces_id=werkproces.id,
                               opdrachten="Doe dit elke werkdag samen met je praktijkopleider." if position == 0 else None)
            session.add(item)
            session.flush()  # the item before its history rows (no relationship orders them)
            if index == 3 or position > 1:
                continue  # the last route: nothing assessed yet (Vandaag lists it)
            on = started + timedelta(days=7 + rng.randint(0, 7))
            status = m.PvStatus.VOLDOENDE if position == 0 else m.PvStatus.OEFENEN
            item.status, item.evidence, item.assessed_on, item.assessor = status, m.PvEvidence.OBSERVED, on, trainer
            session.add(m.RouteEntry(id=new_id(), item_id=item.id, student_id=item.student_id, entry_kind=m.PvEntryKind.JUDGEMENT,
                                     status=status, evidence=m.PvEvidence.OBSERVED, on=on, assessor=trainer))
            if status == m.PvStatus.VOLDOENDE and index == 0:
                item.confirmed_by, item.confirmed_on = placement.coach_id, on + timedelta(days=2)
                session.add(m.RouteEntry(id=new_id(), item_id=item.id, student_id=item.student_id, entry_kind=m.PvEntryKind.CONFIRMATION,
                                         status=status, on=item.confirmed_on, coach_id=placement.coach_id))
    session.flush()
    return len(placements)
