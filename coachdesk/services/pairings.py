"""The one rule for when a JPO is paired with a student: from ``since`` up to and including ``until``."""
from __future__ import annotations

from datetime import date

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session

from coachdesk.domain import clock
from coachdesk.domain import models as m


def pairing_active(on: date | None = None) -> ColumnElement[bool]:
    """A WHERE condition on JpoPairing: the pairing holds on ``on`` (default: today)."""
    on = on or clock.today()
    return and_(m.JpoPairing.since <= on, or_(m.JpoPairing.until.is_(None), m.JpoPairing.until >= on))


def current_jpo(session: Session, student_id: str, on: date | None = None) -> m.Coach | None:
    return session.scalar(select(m.Coach).join(m.JpoPairing, m.JpoPairing.jpo_id == m.Coach.id)
                          .where(m.JpoPairing.student_id == student_id, pairing_active(on)).order_by(m.JpoPairing.since.desc()).limit(1))
