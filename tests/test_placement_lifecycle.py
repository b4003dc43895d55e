"""The placement lifecycle complete in the app (issue 13): edit, propose in one step, a new placement closes the
search, trainers of the chosen employer, the status dialog's default, contacts and employers opened from the
student page. Services first, then the real widgets driven by keys and mouse."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import timedelta

import pytest
from sqlalchemy import select

from coachdesk.domain import clock
from coachdesk.domain import models as m
from coachdesk.domain.errors import TransitionError, ValidationError
from coachdesk.services import placements, records
from coachdesk.services.attention import SEARCHING, attention_list
from coachdesk.services.choices import reference_choices
from tests import factories as f
from tests.factories import SYSTEM

TODAY = clock.today()
S = m.PlacementStatus


@pytest.fixture
def session(database):
    with database.transaction() as session:
        yield session


def trainer(session, employer_id: str, name: str) -> m.Praktijkopleider:
    return records.create(session, SYSTEM, "praktijkopleiders", {"employer_id": employer_id, "name": name})  # type: ignore[return-value]


def open_placements(session, student_id: str) -> list[m.Placement]:
    return list(session.scalars(select(m.Placement).where(m.Placement.student_id == student_id, m.Placement.status.in_(placements.OPEN_STATUSES))))


# --- services ----------------------------------------------------------------------------


def test_editing_the_pok_date_clears_the_bbl_warning(session):
    student = f.student(session, f.school(session).id, leerweg="bbl")
    placement = placements.create_placement(session, SYSTEM, {"student_id": student.id, "employer_id": f.employer(session).id})
    assert any("POK" in w for w in placements.placement_warnings(session, placement))
    records.update(session, SYSTEM, "placements", placement.id, {"pok_signed_on": "01-09-2025", "hours_per_week": "24",
                                                                 "starts_on": TODAY + timedelta(days=3), "ends_on": TODAY + timedelta(days=120)})
    assert placement.pok_signed_on is not None and placement.hours_per_week == 24
    assert not placements.placement_warnings(session, placement)


def test_the_employer_changes_while_proposed_but_not_once_started(session):
    student = f.student(session, f.school(session).id)
    first, second = f.employer(session), f.employer(session, name="Garage Ünal")
    placement = placements.create_placement(session, SYSTEM, {"student_id": student.id, "employer_id": first.id})
    assert placements.employer_changeable(placement)
    records.update(session, SYSTEM, "placements", placement.id, {"employer_id": second.id})
    assert placement.employer_id == second.id
    placements.change_status(session, SYSTEM, placement.id, "started", on=TODAY)
    assert not placements.employer_changeable(placement)
    with pytest.raises(ValidationError) as refused:
        records.update(session, SYSTEM, "placements", placement.id, {"employer_id": first.id})
    assert "keeps its employer" in refused.value.by_field()["employer_id"]
    assert placement.employer_id == second.id


def test_a_new_placement_closes_the_open_search(session):
    student = f.student(session, f.school(session).id)
    search = placements.create_placement(session, SYSTEM, {"student_id": student.id, "searching_since": TODAY - timedelta(weeks=10)})
    assert SEARCHING in {i.kind for i in attention_list(session, SYSTEM) if i.student_id == student.id}
    new = placements.create_placement(session, SYSTEM, {"student_id": student.id, "employer_id": f.employer(session).id})
    assert search.status == S.FOUND and search.ended_on == TODAY
    assert "Bakkerij Öztürk" in search.end_reason
    assert open_placements(session, student.id) == [new]
    assert SEARCHING not in {i.kind for i in attention_list(session, SYSTEM) if i.student_id == student.id}
    records.update(session, SYSTEM, "placements", search.id, {"notes": "via de speeddate"})  # a closed search stays editable


def test_never_two_open_placements(session):
    student = f.student(session, f.school(session).id)
    placements.create_placement(session, SYSTEM, {"student_id": student.id})
    with pytest.raises(TransitionError, match="already has an open placement"):
        placements.create_placement(session, SYSTEM, {"student_id": student.id})  # a second search
    proposed = placements.create_placement(session, SYSTEM, {"student_id": student.id, "employer_id": f.employer(session).id})
    with pytest.raises(TransitionError, match="already has an open placement"):
        placements.create_placement(session, SYSTEM, {"student_id": student.id, "employer_id": f.employer(session, name="Ander").id})
    assert open_placements(session, student.id) == [proposed]


def test_propose_at_an_employer_from_searching_in_one_step(session):
    student = f.student(session, f.school(session).id)
    employer, other = f.employer(session), f.employer(session, name="Garage Ünal")
    anna, piet = trainer(session, employer.id, "Anna"), trainer(session, other.id, "Piet")
    search = placements.create_placement(session, SYSTEM, {"student_id": student.id})
    with pytest.raises(ValidationError) as refused:  # a trainer of another employer is named as the wrong field
        placements.change_status(session, SYSTEM, search.id, "proposed", employer_id=employer.id, praktijkopleider_id=piet.id)
    assert set(refused.value.by_field()) == {"praktijkopleider_id"}
    assert "another employer" in refused.value.by_field()["praktijkopleider_id"]
    assert search.status == S.SEARCHING and search.employer_id is None
    placements.change_status(session, SYSTEM, search.id, "proposed", employer_id=employer.id, praktijkopleider_id=anna.id)
    assert (search.status, search.employer_id, search.praktijkopleider_id) == (S.PROPOSED, employer.id, anna.id)


def test_trainer_choices_follow_the_employer(session):
    employer, other = f.employer(session), f.employer(session, name="Garage Ünal")
    anna, piet = trainer(session, employer.id, "Anna"), trainer(session, other.id, "Piet")
    assert reference_choices(session, SYSTEM, "praktijkopleiders", {"employer_id": employer.id}) == [(anna.id, "Anna")]
    assert reference_choices(session, SYSTEM, "praktijkopleiders", {"employer_id": other.id}) == [(piet.id, "Piet")]
    assert reference_choices(session, SYSTEM, "praktijkopleiders", {}) == []
    student = f.student(session, f.school(session).id)
    with pytest.raises(ValidationError) as refused:
        placements.create_placement(session, SYSTEM, {"student_id": student.id, "employer_id": employer.id, "praktijkopleider_id": piet.id})
    assert "praktijkopleider_id" in refused.value.by_field()


def test_the_natural_next_step_is_never_completed():
    assert placements.NEXT_STEP[S.SEARCHING] == S.PROPOSED
    assert placements.NEXT_STEP[S.PROPOSED] == S.STARTED
    assert S.STARTED not in placements.NEXT_STEP  # completed or ended early: the coach chooses
