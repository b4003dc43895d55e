"""Demo data for places and matching: real postcodes, places (some full), recognitions (some expired),
employers at every pipeline stage with their contacts, and students' matching profiles.

Called by ``services/demo.fill_demo`` on the rows it collects, before they are written; every date
is counted from ``today`` (the clock), so the demo fits whatever day it is made.
"""
from __future__ import annotations

import random
from datetime import date, timedelta

from coachdesk.domain import models as m
from coachdesk.domain import travel

STAGES = [stage for stage in m.AcquisitionStage]
DROPPED_REASONS = ["Geen tijd voor begeleiding dit jaar.", "Geen geschikt werk voor onze leerlingen.", "Wil niet.",
                   "Later terugbellen, na de zomer."]
NEXT_STEPS = ["Bellen voor een kennismakingsgesprek", "Rondleiding plannen met de praktijkopleider", "Erkenning bij SBB nagaan",
              "Offerte stageplaatsen bespreken", "Terugbellen over de startdatum"]
CONTACT_SUMMARIES = ["Eerste telefoontje: open voor een gesprek.", "Op bezoek geweest; werkplek bekeken.",
                     "Mail met informatie over begeleiding gestuurd.", "Gesproken op de bedrijvenbeurs."]
SUPPORT = ["Heeft baat bij vaste taken en een vast aanspreekpunt.", "Korte, duidelijke instructies; even voordoen helpt.",
           "Mag in het begin kortere dagen werken."]
WORK_TYPES = ["buiten", "binnen", "met mensen", "met de handen", "magazijn"]


def _pools() -> dict[str, list[str]]:
    pools: dict[str, list[str]] = {}
    for pc4, centroid in travel.centroids().items():
        pools.setdefault(centroid.place, []).append(pc4)
    return pools


def _pc4(rng: random.Random, pools: dict[str, list[str]], city: str) -> str:
    return rng.choice(pools.get(city) or pools["Rotterdam"])


def add_matching_data(rows, rng: random.Random, today: date, employers: list, jobhunters: list[tuple[str, str]],
                      *, places_per_employer: tuple[int, int] = (1, 2)) -> dict[str, list[str]]:
    """Fill in profiles, postcodes, pipeline, recognitions, places and contacts on ``rows`` (a demo ``_Rows``).
    Returns each employer's places, for the students of later slices (``add_student_matching``)."""
    pools = _pools()
    crebo_of = {"Zorg": "25498", "Logistiek": "25883", "Groen": "25400", "Horeca": "25180", "Techniek": "25256", "Bouw": "25312",
                "Detailhandel": "25246", "Facilitair": "25197", "Schoonmaak": "25441", "Haven": "25888"}
    employer_rows = {row["id"]: row for row in rows.tables.get(m.Employer, [])}
    places_of: dict[str, list[str]] = {}
    hunters: list[str | None] = [coach_id for coach_id, _ in jobhunters] or [None]
    for index, (employer_id, sector, trainers) in enumerate(employers):
        row = employer_rows[employer_id]
        pc4 = _pc4(rng, pools, row["city"])
        row["postcode"] = f"{pc4} {row['postcode'][-2:]}"
        row["kvk_number"] = f"{rng.randint(10000000, 99999999)}"
        stage = STAGES[index % len(STAGES)] if index % 3 == 0 else (m.AcquisitionStage.PLAATSEN_BESCHIKBAAR if row["sbb_recognised"] else None)
        row.update(acquisition_stage=stage.value if stage else None, acquisition_owner_id=rng.choice(hunters) if stage else None,
                   next_step=rng.choice(NEXT_STEPS) if stage and stage != m.AcquisitionStage.DROPPED else None,
                   next_step_on=today + timedelta(days=rng.randint(-5, 20)) if stage and stage != m.AcquisitionStage.DROPPED else None,
                   dropped_reason=rng.choice(DROPPED_REASONS) if stage == m.AcquisitionStage.DROPPED else None, merged_into_id=None)
        crebo = crebo_of.get(sector, "25246")
        if row["sbb_id"]:
            expired = rng.random() < 0.15
            rows.add(m.Recognition, employer_id=employer_id, sbb_id=row["sbb_id"], crebo=crebo,
                     valid_from=today - timedelta(days=rng.randint(400, 1400)),
                     valid_until=today - timedelta(days=rng.randint(10, 300)) if expired else today + timedelta(days=rng.randint(120, 1200)),
                     checked_on=today - timedelta(days=rng.randint(5, 200)), stagemarkt_url=None)
        if stage and stage not in (m.AcquisitionStage.PROSPECT,):
            for back in range(rng.randint(1, 3)):
                rows.add(m.EmployerContact, employer_id=employer_id, coach_id=rng.choice(hunters),
                         contacted_on=today - timedelta(days=7 * back + rng.randint(1, 6)),
                         kind=rng.choice(list(m.EmployerContactKind)).value, summary=rng.choice(CONTACT_SUMMARIES),
                         next_step=None, next_step_on=None, event_id=None)
        if stage in (m.AcquisitionStage.PROSPECT, m.AcquisitionStage.EERSTE_CONTACT, m.AcquisitionStage.DROPPED):
            continue  # no places yet, or none any more
        for _ in range(rng.randint(*places_per_employer)):
            roll = rng.random()
            leerweg = m.PlaceLeerweg.BOL if roll < 0.35 else m.PlaceLeerweg.BBL if roll < 0.5 else m.PlaceLeerweg.STAGE if roll < 0.92 else m.PlaceLeerweg.JOB
            mbo = leerweg in m.MBO_PLACE_LEERWEGEN
            status_roll = rng.random()
            status = m.PlaceStatus.OPEN if status_roll < 0.8 else m.PlaceStatus.FULL if status_roll < 0.9 else m.PlaceStatus.PAUSED if status_roll < 0.95 else m.PlaceStatus.CLOSED
            all_year = rng.random() < 0.4
            starts = None if all_year else today + timedelta(days=rng.randint(-60, 70))
            place_pc4 = pc4 if rng.random() < 0.85 else _pc4(rng, pools, rng.choice(["Rotterdam", "Schiedam", "Barendrecht", "Spijkenisse"]))
            place_id = rows.add(
                m.Place, employer_id=employer_id, title=f"{sector}: {rng.choice(['medewerker', 'assistent', 'leerling'])}",
                werkveld=None if mbo else sector, location_pc4=place_pc4, location_place=travel.place_name(place_pc4),
                sector=sector, work_type=rng.choice(WORK_TYPES), crebo=crebo if mbo else None,
                level=rng.choice([1, 2]) if mbo else None, leerweg=leerweg.value, starts_on=starts,
                ends_on=None if all_year else (starts or today) + timedelta(weeks=rng.choice([20, 30, 40])),
                days=rng.sample(["ma", "di", "wo", "do", "vr"], rng.randint(2, 4)) if rng.random() < 0.5 else [],
                hours_per_week=rng.choice([12, 16, 24, 32]), capacity=rng.choice([1, 1, 2, 3]), status=status.value,
                features=rng.sample([f.value for f in m.PlaceFeature], rng.randint(0, 2)),
                work_conditions=rng.sample([c.value for c in m.WorkCondition], rng.randint(0, 2)),
                praktijkopleider_id=trainers[0], may_be_named=rng.random() < 0.6, notes=None)
            places_of.setdefault(employer_id, []).append(place_id)
    add_student_matching(rows, rng, today, places_of, pools)
    return places_of


def add_student_matching(rows, rng: random.Random, today: date, places_of: dict[str, list[str]],
                         pools: dict[str, list[str]] | None = None) -> None:
    """The students' profiles, and their placements at places, for the students on ``rows`` (one slice of a demo)."""
    _link_placements(rows, rng, today, places_of)
    _profiles(rows, rng, pools or _pools())


def _link_placements(rows, rng: random.Random, today: date, places_of: dict[str, list[str]]) -> None:
    """Started and proposed placements at an employer with places are made at one of them; proposals hold it."""
    for row in rows.tables.get(m.Placement, []):
        row.setdefault("place_id", None)
        row.setdefault("held_until", None)
        options = places_of.get(row["employer_id"] or "")
        if options and rng.random() < 0.5 and row["status"] in (m.PlacementStatus.STARTED.value, m.PlacementStatus.PROPOSED.value, m.PlacementStatus.COMPLETED.value):
            row["place_id"] = rng.choice(options)
            if row["status"] == m.PlacementStatus.PROPOSED.value:  # most holds run, a few expired
                row["held_until"] = today + timedelta(days=rng.randint(1, 10)) if rng.random() < 0.8 else today - timedelta(days=rng.randint(1, 5))


def _profiles(rows, rng: random.Random, pools: dict[str, list[str]]) -> None:
    home_cities = ["Rotterdam", "Rotterdam", "Schiedam", "Vlaardingen", "Capelle aan den IJssel", "Barendrecht", "Spijkenisse"]
    for row in rows.tables.get(m.Student, []):
        without = rng.random() < 0.08  # a few profiles not filled in yet: a coach sees what is missing
        row.update(
            home_pc4=None if without else _pc4(rng, pools, rng.choice(home_cities)),
            travel_mode=None if without else rng.choice([t.value for t in m.TravelMode]),
            max_travel_minutes=None if without else rng.choice([20, 30, 45, 60, 90]),
            wished_sectors=list(row.get("sectors") or []), wished_work_types=rng.sample(WORK_TYPES, rng.randint(0, 2)),
            limits=rng.sample([c.value for c in m.WorkCondition], 1) if rng.random() < 0.25 else [],
            max_hours_per_week=rng.choice([None, None, 24, 32]), available_days=[],
            support_needs=rng.choice(SUPPORT) if rng.random() < 0.3 else None,
        )
