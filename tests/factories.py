"""Records made through the services, as a user would make them."""
from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy.orm import Session

from coachdesk.domain import models as m
from coachdesk.services import placements, records
from coachdesk.services.access import Actor

SYSTEM = Actor.system()
PASSPHRASE = "Fiets naar de stage 2026"  # the data folders of the tests are encrypted with it, as in the app


def school(session: Session, name: str = "Praktijkschool Test") -> m.School:
    return records.create(session, SYSTEM, "schools", {"name": name})  # type: ignore[return-value]


def coach(session: Session, school_id: str | None, role: str = "docent", name: str = "Coach Test") -> m.Coach:
    return records.create(session, SYSTEM, "coaches", {"name": name, "role": role, "school_id": school_id})  # type: ignore[return-value]


def student(session: Session, school_id: str, **values) -> m.Student:
    fields = {"first_name": "Zoë", "last_name": "Bakker", "school_type": "mbo2", "leerweg": "bol", "school_id": school_id,
              "date_of_birth": date.today().replace(year=date.today().year - 17) - timedelta(days=3)} | values
    return records.create(session, SYSTEM, "students", fields)  # type: ignore[return-value]


def employer(session: Session, recognised: bool = True, name: str = "Bakkerij Öztürk") -> m.Employer:
    return records.create(session, SYSTEM, "employers", {"name": name, "sbb_recognised": recognised, "postcode": "3011 ab"})  # type: ignore[return-value]


def started_placement(session: Session, student_id: str, employer_id: str, *, starts_on: date, ends_on: date, actor: Actor = SYSTEM) -> m.Placement:
    placement = placements.create_placement(session, actor, {"student_id": student_id, "employer_id": employer_id, "starts_on": starts_on, "ends_on": ends_on, "hours_per_week": 24})
    return placements.change_status(session, actor, placement.id, "started", on=starts_on)


def praktijkverklaring_records(session: Session, student_id: str) -> dict[str, str]:
    """One record of each praktijkverklaring kind: a dossier version, a kerntaak, a werkproces, a route, a route item."""
    from coachdesk.services import praktijkverklaring as pv

    dossier = records.create(session, SYSTEM, "dossiers", {"crebo": "99001", "title": "Voorbeelddossier", "version": "2025"})
    kerntaak = records.create(session, SYSTEM, "kerntaken", {"dossier_id": dossier.id, "code": "B1-K1", "title": "Kerntaak"})
    werkproces = records.create(session, SYSTEM, "werkprocessen", {"dossier_id": dossier.id, "kerntaak_id": kerntaak.id,
                                                                   "code": "B1-K1-W1", "title": "Werkproces"})
    route = pv.create_route(session, SYSTEM, {"student_id": student_id, "route_type": "sbb", "dossier_id": dossier.id})
    item = pv.add_item(session, SYSTEM, route.id, werkproces.id)
    return {"dossiers": dossier.id, "kerntaken": kerntaak.id, "werkprocessen": werkproces.id, "routes": route.id, "route_items": item.id}
