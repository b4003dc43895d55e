"""The huge demo is written in slices of students (bounded memory at 100,000 students): a sliced demo is as whole as
one written at once — every row refers to rows that exist, later slices get profiles and places, the counts add up."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select

from coachdesk.domain import models as m
from coachdesk.services import demo
from coachdesk.services.demo import fill_demo

TODAY = date(2026, 12, 2)


def _count(session, model) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


@pytest.fixture
def sliced(monkeypatch):
    monkeypatch.setitem(demo.SIZES, "sliced", replace(demo.SIZES["small"], slice=100))  # 320 students: slices 100, 100, 100, 20
    return "sliced"


def test_a_sliced_demo_is_whole(database, sliced):
    with database.transaction() as session:
        counts = fill_demo(session, sliced, today=TODAY)
    with database.session() as session:
        assert counts["students"] == _count(session, m.Student) == 320
        assert counts["visits"] == _count(session, m.Visit) > 0
        assert counts["placements"] == _count(session, m.Placement)
        orphans = session.scalar(select(func.count()).select_from(m.Visit).where(~m.Visit.placement_id.in_(select(m.Placement.id)))) or 0
        assert orphans == 0
        assert session.scalar(select(func.count()).select_from(m.Placement).where(~m.Placement.student_id.in_(select(m.Student.id)))) == 0
        # the slices after the first (written after the employers' places) have profiles and placements at places too
        students = session.scalars(select(m.Student).order_by(m.Student.id)).all()
        with_profile = [s for s in students if s.home_pc4]
        assert len(with_profile) > 0.8 * 320
        at_places = session.scalar(select(func.count()).select_from(m.Placement).where(m.Placement.place_id.is_not(None))) or 0
        assert at_places > 0


def test_slicing_keeps_the_same_kinds_of_rows(database, sliced, tmp_path):
    from coachdesk.services.workspace import open_workspace

    with database.transaction() as session:
        sliced_counts = fill_demo(session, sliced, today=TODAY)
    whole = open_workspace(tmp_path / "whole", "a passphrase for the test")
    with whole.transaction() as session:
        whole_counts = fill_demo(session, "small", today=TODAY)
    whole.close()
    assert set(sliced_counts) == set(whole_counts)
    assert sliced_counts["students"] == whole_counts["students"]
