"""Random and hostile input at every create and update service: a clear refusal or a correct save, never a crash."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from coachdesk.domain.errors import UserError
from coachdesk.domain.schema import KINDS
from coachdesk.services import placements, records, risks
from tests import factories as f
from tests.commandline import run_coachdesk
from tests.factories import SYSTEM

HOSTILE_TEXT = st.one_of(
    st.text(max_size=50),
    st.text(min_size=5000, max_size=6000, alphabet="ab <&>\n"),
    st.sampled_from([
        "<b>vet</b> & <script>alert(1)</script>", "'; DROP TABLE students; --", "Robert'); DELETE FROM visits;--",
        "\x00\x01\x1b[31m", "31-02-2026", "2026-13-45", "00-00-0000", "9999-99-99", "Zoë\u202eŁukasz", "   ", "NULL", "None",
    ]),
)
HOSTILE_VALUE = st.one_of(
    HOSTILE_TEXT, st.none(), st.booleans(), st.integers(min_value=-10**20, max_value=10**20), st.floats(allow_nan=True),
    st.lists(st.text(max_size=5), max_size=3), st.dictionaries(st.text(max_size=3), st.integers(), max_size=2), st.dates(),
)

CREATE = {
    "placements": lambda session, values: placements.create_placement(session, SYSTEM, values),
    "risks": lambda session, values: risks.record_assessment(session, SYSTEM, values),
}
KINDS_TO_TRY = [name for name in KINDS if name not in ("risk_actions",)]


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    from coachdesk.services.workspace import open_workspace

    database = open_workspace(tmp_path_factory.mktemp("hostile") / "data", f.PASSPHRASE)
    with database.transaction() as session:
        school = f.school(session)
        student = f.student(session, school.id)
        employer = f.employer(session)
        ids = {"school_id": school.id, "student_id": student.id, "employer_id": employer.id}
    return database, ids


def count(session, kind: str) -> int:
    return session.scalar(select(func.count()).select_from(KINDS[kind].model))


def attempt(database, kind: str, values: dict, record_id: str | None = None) -> None:
    with database.session() as session:
        before = count(session, kind)
    try:
        with database.transaction() as session:
            if record_id:
                records.update(session, SYSTEM, kind, record_id, values)
            else:
                CREATE.get(kind, lambda s, v: records.create(s, SYSTEM, kind, v))(session, values)
    except UserError as error:
        assert str(error), "every refusal says something"
        with database.session() as session:
            assert count(session, kind) == before, "a refused save leaves nothing behind"
        return
    with database.session() as session:
        assert count(session, kind) == before + (0 if record_id else 1)


@pytest.mark.parametrize("kind", KINDS_TO_TRY)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_create_with_hostile_values(world, kind, data):
    database, ids = world
    spec = KINDS[kind]
    names = data.draw(st.lists(st.sampled_from([field.name for field in spec.fields]), unique=True, max_size=len(spec.fields)))
    values = {name: data.draw(HOSTILE_VALUE) for name in names}
    # Keep the references right half of the time, so that saves get past them and reach every other check.
    if data.draw(st.booleans()):
        values.update({name: ids[name] for name in ids if any(field.name == name for field in spec.fields)})
    attempt(database, kind, values)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(field=st.sampled_from([field.name for field in KINDS["students"].fields]), value=HOSTILE_VALUE)
def test_update_a_student_with_hostile_values(world, field, value):
    database, ids = world
    attempt(database, "students", {field: value}, ids["student_id"])
    with database.session() as session:
        student = records.get(session, SYSTEM, "students", ids["student_id"])
        assert student.first_name and student.last_name, "required fields can never be emptied"


def test_markup_is_stored_as_typed(world):
    database, ids = world
    with database.transaction() as session:
        employer = records.create(session, SYSTEM, "employers", {"name": "<b>Bakker & Zn</b> '; DROP TABLE x;--"})
    with database.session() as session:
        assert records.get(session, SYSTEM, "employers", employer.id).name == "<b>Bakker & Zn</b> '; DROP TABLE x;--"


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(command=st.sampled_from(["list", "toolkit", "events", "attention", "demo"]), words=st.lists(st.one_of(st.sampled_from(["list", "toolkit", "student", "employer", "--employer", "--student", "--out", "events", "ics", "--json", "attention"]),
                                st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=20)), max_size=5))
def test_the_command_line_never_crashes(world, tmp_path_factory, command, words):
    """A command first: without one the desktop app would open and wait for its user."""
    database, _ = world
    result = run_coachdesk("--data-dir", str(database.data_dir), command, *words, cwd=tmp_path_factory.mktemp("cwd"),
                           COACHDESK_QUIT_AFTER_START="1", QT_QPA_PLATFORM="offscreen")
    assert result.returncode in (0, 2), result.stderr
    assert "Traceback" not in result.stderr
