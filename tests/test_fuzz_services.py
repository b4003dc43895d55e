"""At least 10,000 hostile inputs per run through every create and update service, as every role: 0 crashes.

A crash is any exception that is not a UserError (a clear message naming what to fix).
Each probe runs in its own session that is rolled back, on one data folder opened once
(opening costs a key derivation). The figures are printed at the end (pytest -s).
"""
from __future__ import annotations

import traceback
from datetime import date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coachdesk.domain import clock
from coachdesk.domain import models as m
from coachdesk.domain.errors import UserError
from coachdesk.domain.schema import KINDS
from coachdesk.services import placements, records, risks
from coachdesk.services.access import Actor
from coachdesk.services.settings import Settings, save_settings
from tests import factories as f
from tests.factories import SYSTEM

TODAY = clock.today()
PROBES = {"tried": 0, "refused": 0, "stored": 0}
CRASHES: list[str] = []

SURROGATE = st.integers(0xD800, 0xDFFF).map(chr)
HOSTILE_TEXT = st.one_of(
    st.text(max_size=30),
    st.lists(st.one_of(SURROGATE, st.characters(), st.sampled_from(["\x00", "\n", "\r\n", "\u202e", "é", "😀"])), max_size=12).map("".join),
    st.sampled_from([
        "x" * 201, "y" * 5001, "z" * 200_000, "\n" * 6000, "a" * 41, "1" * 5000, "31-02-2026", "29-02-2100", "9999-12-31",
        "01-01-9999", "0001-01-01", "1899-12-31", "2026-13-45", "00-00-0000", "31-12-2100 25:61", "2026-09-01T10:00+14:00",
        "<b>vet</b> & <script>", "'; DROP TABLE students; --", "NULL", "None", "   ", "ja", "nee", "-1", "1e309", "nan",
        "https://", "http:// x", "1234 ab", "12345", "+31 6 12345678", "a@b.c", "pro,vso,\ud800", "\ud800", "\udfff\ud83d",
    ]),
)
ODD_DATES = st.one_of(st.dates(), st.datetimes(), st.sampled_from([date(9999, 12, 31), date(1, 1, 1), datetime(9999, 12, 31, 23, 59)]))
HOSTILE_VALUE = st.one_of(
    HOSTILE_TEXT, st.none(), st.booleans(), st.integers(min_value=-10**30, max_value=10**30), st.floats(allow_nan=True, allow_infinity=True),
    ODD_DATES, st.lists(HOSTILE_TEXT, max_size=3), st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
    st.binary(max_size=8), st.sampled_from([object(), m.SchoolType.PRO, m.CoachRole.COORDINATOR, (), set(), b"\xff"]),
)


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """One folder with a record of every kind and a coach of every role."""
    from coachdesk.services.workspace import open_workspace

    database = open_workspace(tmp_path_factory.mktemp("fuzz") / "data", f.PASSPHRASE)
    with database.transaction() as session:
        school, other = f.school(session), f.school(session, "Andere School")
        student = f.student(session, school.id, health_notes="astma")
        elsewhere = f.student(session, other.id, first_name="Elders")
        employer = f.employer(session)
        trainer = records.create(session, SYSTEM, "praktijkopleiders", {"employer_id": employer.id, "name": "Petra"})
        placement = f.started_placement(session, student.id, employer.id, starts_on=TODAY - timedelta(weeks=3), ends_on=TODAY + timedelta(weeks=20))
        coaches = {role: f.coach(session, school.id if role != "coordinator" else None, role=role, name=f"Coach {role}") for role in ("docent", "jobcoach", "jpo", "coordinator")}
        schoolless = f.coach(session, None, name="Zonder School")
        session.add(m.JpoPairing(jpo_id=coaches["jpo"].id, student_id=student.id, since=TODAY - timedelta(days=3)))
        visit = records.create(session, Actor.for_coach(coaches["jpo"]), "visits", {"student_id": student.id, "visited_on": TODAY, "kind": "on_site"})
        assessment = risks.record_assessment(session, SYSTEM, {"student_id": student.id, "assessed_on": TODAY, "signals": ["home"]},
                                             [{"description": "Bellen", "owner_id": coaches["docent"].id}])
        event = records.create(session, SYSTEM, "events", {"title": "Markt", "kind": "banenmarkt", "starts_at": datetime.combine(TODAY, datetime.min.time())})
        scheme = records.create(session, SYSTEM, "schemes", {"name": "Regeling"})
        help_entry = records.create(session, SYSTEM, "help", {"name": "Loket"})
        place = records.create(session, SYSTEM, "places", {"employer_id": employer.id, "leerweg": "stage", "title": "Magazijn"})
        recognition = records.create(session, SYSTEM, "recognitions", {"employer_id": employer.id, "crebo": "25498"})
        employer_contact = records.create(session, SYSTEM, "employer_contacts", {"employer_id": employer.id, "contacted_on": TODAY, "kind": "call"})
        travel_time = records.create(session, SYSTEM, "travel_times", {"student_id": student.id, "employer_id": employer.id,
                                                                       "location_pc4": "3011", "minutes": 20})
        ids = {
            "schools": school.id, "coaches": coaches["docent"].id, "students": student.id, "employers": employer.id,
            "praktijkopleiders": trainer.id, "placements": placement.id, "visits": visit.id, "risks": assessment.id,
            "risk_actions": assessment.actions[0].id, "events": event.id, "schemes": scheme.id, "help": help_entry.id,
            "places": place.id, "recognitions": recognition.id, "employer_contacts": employer_contact.id, "travel_times": travel_time.id,
        } | f.praktijkverklaring_records(session, student.id)
        known = list(ids.values()) + [elsewhere.id, other.id, schoolless.id] + [c.id for c in coaches.values()]
        actors = [SYSTEM, Actor.for_coach(schoolless)] + [Actor.for_coach(c) for c in coaches.values()]
    yield database, ids, known, actors
    database.close()
    print(f"\nfuzz: {PROBES['tried']} hostile inputs, {PROBES['refused']} refused with a message, {PROBES['stored']} stored, {len(CRASHES)} crashes")


@pytest.fixture(scope="module", autouse=True)
def no_crashes():
    yield
    assert not CRASHES, f"{len(CRASHES)} crashes, first:\n{CRASHES[0]}"


def probe(database, work) -> None:
    PROBES["tried"] += 1
    session = database.session()
    try:
        work(session)
        session.flush()
        PROBES["stored"] += 1
    except UserError as error:
        PROBES["refused"] += 1
        try:
            str(error).encode("utf-8")  # the message itself can be printed
        except UnicodeError:
            CRASHES.append(f"a message that cannot be printed: {ascii(str(error))}\nUnicodeEncodeError")
    except Exception:  # noqa: BLE001 - a crash: collected and reported
        CRASHES.append(traceback.format_exc())
    finally:
        session.rollback()
        session.close()


# Hypothesis draws a random generator per example; each example then makes PER_EXAMPLE probes
# from it with plain Python (drawing every value through strategies costs ~15 ms a probe,
# this ~0.05 ms), so 10,000 probes fit in well under a minute.
PER_EXAMPLE = 10
CONSTANTS = [
    "x" * 201, "y" * 5001, "z" * 200_000, "\n" * 6000, "a" * 41, "1" * 5000, "31-02-2026", "29-02-2100", "9999-12-31",
    "01-01-9999", "0001-01-01", "1899-12-31", "2026-13-45", "00-00-0000", "31-12-2100 25:61", "2026-09-01T10:00+14:00",
    "<b>vet</b> & <script>", "'; DROP TABLE students; --", "NULL", "None", "   ", "", "ja", "nee", "-1", "1e309", "nan",
    "https://", "http:// x", "https://ok.example/a", "1234 ab", "12345", "+31 6 12345678", "a@b.c", "pro,vso,\ud800", "\ud800",
    "\udfff\ud83d", "Zoë\u202eŁukasz", "\x00\x1b[31m", "pro", "vso", "mbo2", "bol", "on_site", "banenmarkt", "coordinator",
    "jpo", "left", "active", "started", "completed", "searching", "ended_early", "high", "absence", "home",
    None, True, False, 0, -1, 7, 61, 401, 10**30, -10**30, 2**63, 1.5, float("nan"), float("inf"), -float("inf"),
    date(9999, 12, 31), date(1, 1, 1), date(1900, 1, 1), date(2100, 12, 31), datetime(9999, 12, 31, 23, 59), datetime(1, 1, 1),
    [], [""], ["pro", "\ud800"], ["x" * 500], [[1]], {}, {"a": 1}, (), set(), b"\xff", bytearray(b"ab"), object(),
    m.SchoolType.PRO, m.CoachRole.COORDINATOR, m.PlacementStatus.STARTED,
]
ALPHABET = ["a", "Z", "0", " ", "-", "@", ".", ":", "/", ",", "\n", "\t", "\r", "\x00", "\x7f", "é", "ł", "😀", "\u202e", "\ufeff"]


def hostile_text(rnd) -> str:
    characters = []
    for _ in range(rnd.randrange(0, 30)):
        roll = rnd.random()
        if roll < 0.1:
            characters.append(chr(rnd.randrange(0xD800, 0xE000)))  # a lone surrogate
        elif roll < 0.3:
            characters.append(chr(rnd.randrange(0x110000)))
        else:
            characters.append(rnd.choice(ALPHABET))
    return "".join(characters)


def hostile_value(rnd, known: list[str], depth: int = 0) -> object:
    roll = rnd.random()
    if roll < 0.35:
        return rnd.choice(CONSTANTS)
    if roll < 0.6:
        return hostile_text(rnd)
    if roll < 0.72:
        return rnd.choice(known) + ("\ud800" if rnd.random() < 0.1 else "")
    if roll < 0.8:
        return date.fromordinal(rnd.randrange(1, date.max.toordinal()))
    if roll < 0.85:
        return datetime.fromordinal(rnd.randrange(1, date.max.toordinal())).replace(hour=rnd.randrange(24))
    if roll < 0.9:
        return rnd.randrange(-10**6, 10**6)
    if roll < 0.95 and depth == 0:
        return [hostile_value(rnd, known, 1) for _ in range(rnd.randrange(4))]
    return rnd.choice([str(rnd.random()), rnd.random() * 1e6, f"{rnd.randrange(1, 40):02d}-{rnd.randrange(0, 14):02d}-{rnd.randrange(0, 10000):04d}"])


def hostile_values(rnd, kind_name: str, known: list[str]) -> dict:
    """Some of the kind's fields (now and then an unknown one) with hostile values."""
    names = [spec.name for spec in KINDS[kind_name].fields] + ["no_such_field", "\ud800"]
    return {rnd.choice(names): hostile_value(rnd, known) for _ in range(rnd.randrange(0, 7))}


def create(session, actor, kind, values):
    if kind == "placements":
        return placements.create_placement(session, actor, values)
    if kind == "risks":
        return risks.record_assessment(session, actor, values)
    return records.create(session, actor, kind, values)


FUZZ = settings(deadline=None, database=None, suppress_health_check=list(HealthCheck))
KIND_NAMES = sorted(KINDS)


@settings(FUZZ, max_examples=760)
@given(rnd=st.randoms(use_true_random=False))
def test_create_and_update_every_kind_as_every_role(world, rnd):
    database, ids, known, actors = world
    for _ in range(PER_EXAMPLE):
        kind, actor = rnd.choice(KIND_NAMES), rnd.choice(actors)
        values = hostile_values(rnd, kind, known)
        if rnd.random() < 0.5:
            record_id = ids[kind] if rnd.random() < 0.6 else hostile_value(rnd, known)
            probe(database, lambda session: records.update(session, actor, kind, record_id, values))
        else:
            if rnd.random() < 0.5:  # mostly sensible values, so that creates get past the first check
                values = {spec.name: ids.get(spec.ref, "") if spec.kind == "ref" else hostile_value(rnd, known)
                          for spec in KINDS[kind].fields if spec.required} | values
            probe(database, lambda session: create(session, actor, kind, values))


@settings(FUZZ, max_examples=150)
@given(rnd=st.randoms(use_true_random=False))
def test_risk_assessments_with_hostile_actions(world, rnd):
    database, ids, known, actors = world
    for _ in range(PER_EXAMPLE):
        actor = rnd.choice(actors)
        values = {"student_id": ids["students"], "assessed_on": TODAY} | hostile_values(rnd, "risks", known)
        actions = [hostile_values(rnd, "risk_actions", known) for _ in range(rnd.randrange(3))] if rnd.random() < 0.8 else hostile_value(rnd, known)
        probe(database, lambda session: risks.record_assessment(session, actor, values, actions))


@settings(FUZZ, max_examples=100)
@given(rnd=st.randoms(use_true_random=False))
def test_placement_status_changes(world, rnd):
    database, ids, known, actors = world
    statuses = [s.value for s in m.PlacementStatus]
    for _ in range(PER_EXAMPLE):
        actor = rnd.choice(actors)
        placement_id = ids["placements"] if rnd.random() < 0.7 else hostile_value(rnd, known)
        target = rnd.choice(statuses) if rnd.random() < 0.6 else hostile_value(rnd, known)
        on = rnd.choice([None, hostile_value(rnd, known)])
        reason = rnd.choice([None, "Conflict", hostile_value(rnd, known)])
        probe(database, lambda session: placements.change_status(session, actor, placement_id, target, on=on, reason=reason))


@settings(FUZZ, max_examples=30)
@given(rnd=st.randoms(use_true_random=False))
def test_settings(world, rnd):
    database, ids, known, actors = world
    for _ in range(PER_EXAMPLE):
        actor = rnd.choice(actors)
        chosen = Settings()
        for _ in range(rnd.randrange(4)):
            setattr(chosen, rnd.choice(list(Settings.__dataclass_fields__)), hostile_value(rnd, known))
        probe(database, lambda session: save_settings(session, actor, chosen))


@settings(FUZZ, max_examples=100)
@given(kind=st.sampled_from(KIND_NAMES), values=st.dictionaries(st.text(max_size=12), HOSTILE_VALUE, max_size=4), update=st.booleans())
def test_values_drawn_by_hypothesis_itself(world, kind, values, update):
    """Hypothesis's own text, number and date strategies, for what the hand-made generator does not think of."""
    database, ids, known, actors = world
    names = [spec.name for spec in KINDS[kind].fields]
    values = {names[len(name) % len(names)] if name else name: value for name, value in values.items()}
    if update:
        probe(database, lambda session: records.update(session, SYSTEM, kind, ids[kind], values))
    else:
        probe(database, lambda session: create(session, SYSTEM, kind, values))


def test_enough_probes_ran():
    """Runs last in this module: the four tests above made at least 10,000 probes."""
    assert not CRASHES, f"{len(CRASHES)} crashes, first:\n{CRASHES[0]}"
    assert PROBES["tried"] >= 10_000 or PROBES["tried"] == 0, PROBES  # 0: this test was run alone
