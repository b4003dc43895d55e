"""The attention list ("aandacht nodig"): who needs a coach today, and why.

Each item says why it is listed. The thresholds are settings (``Settings``).
Every check is one indexed query, so the list stays fast on a large caseload.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from coachdesk.domain import clock
from coachdesk.domain import models as m
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP, translate
from coachdesk.services.access import Actor, student_condition
from coachdesk.services.settings import Settings, load_settings

S = m.PlacementStatus

# Kinds, most urgent first; the order is the list's order.
HIGH_RISK = "high_risk_no_action"
OVERDUE = "contact_overdue"
FEW_CONTACTS = "too_few_contacts"
NO_POK = "bbl_without_pok"
SEARCHING = "searching_too_long"
ENDING = "placement_ending"
KIND_ORDER = [HIGH_RISK, OVERDUE, FEW_CONTACTS, NO_POK, SEARCHING, ENDING]

KIND_LABELS = {
    HIGH_RISK: QT_TRANSLATE_NOOP("Attention", "High risk without action"),
    OVERDUE: QT_TRANSLATE_NOOP("Attention", "Contact overdue"),
    FEW_CONTACTS: QT_TRANSLATE_NOOP("Attention", "Too few contacts"),
    NO_POK: QT_TRANSLATE_NOOP("Attention", "BBL without POK"),
    SEARCHING: QT_TRANSLATE_NOOP("Attention", "Still searching"),
    ENDING: QT_TRANSLATE_NOOP("Attention", "Placement ending"),
}

class Reason:
    """Why an item is listed; formatted only when shown, because a large caseload lists thousands."""

    __slots__ = ("text", "params")

    def __init__(self, text: str, **params: object) -> None:
        self.text, self.params = text, params

    def __str__(self) -> str:
        params = {k: _dutch(v) if isinstance(v, date) else str(v) for k, v in self.params.items()}
        return translate("Attention", self.text).format(**params)


@dataclass(frozen=True)
class AttentionItem:
    kind: str
    student_id: str
    student_name: str
    why: Reason
    due: date | None = None
    placement_id: str | None = None

    @property
    def reason(self) -> str:
        return str(self.why)

    @property
    def kind_label(self) -> str:
        return translate("Attention", KIND_LABELS[self.kind])

    def as_dict(self) -> dict:
        return {
            "kind": self.kind,
            "student_id": self.student_id,
            "student_name": self.student_name,
            "placement_id": self.placement_id,
            "due": self.due.isoformat() if self.due else None,
            "reason": self.reason,
        }


def _dutch(day: date) -> str:
    return day.strftime("%d-%m-%Y")


def attention_list(session: Session, actor: Actor, today: date | None = None, settings: Settings | None = None) -> list[AttentionItem]:
    today = today or clock.today()
    settings = settings or load_settings(session)
    items: list[AttentionItem] = []
    student_name = (m.Student.first_name + " " + m.Student.last_name).label("name")
    visible = student_condition(actor, m.Student.id)
    active_student = and_(visible, m.Student.status == m.StudentStatus.ACTIVE)

    # Searching for a place for too long.
    limit = today - timedelta(weeks=settings.searching_weeks)
    rows = session.execute(
        select(m.Placement.id, m.Student.id, student_name, m.Placement.searching_since)
        .join(m.Student, m.Placement.student_id == m.Student.id)
        .where(active_student, m.Placement.status == S.SEARCHING, m.Placement.searching_since <= limit)
    )
    for placement_id, student_id, name, since in rows:
        weeks = (today - since).days // 7
        items.append(AttentionItem(SEARCHING, student_id, name, Reason(QT_TRANSLATE_NOOP("Attention", "Searching for a place for {weeks} weeks (since {since})."), weeks=weeks, since=since), since + timedelta(weeks=settings.searching_weeks), placement_id))

    # Started placements: overdue contact, too few contacts, ending soon.
    rows = session.execute(
        select(
            m.Placement.id, m.Student.id, student_name, m.Placement.starts_on, m.Placement.ends_on,
            m.Placement.last_contact_on, m.Placement.next_contact_due, m.Placement.contact_count, m.Placement.on_site_count,
        )
        .join(m.Student, m.Placement.student_id == m.Student.id)
        .where(active_student, m.Placement.status == S.STARTED)
    )
    interval = timedelta(weeks=settings.contact_interval_weeks)
    ending_limit = today + timedelta(weeks=settings.ending_within_weeks)
    for placement_id, student_id, name, starts_on, ends_on, last_visit, next_due, count, on_site in rows:
        count = count or 0
        if last_visit is None:
            due = (starts_on or today) + interval
            reason = Reason(QT_TRANSLATE_NOOP("Attention", "No contact yet since the start on {start}; due {due}."), start=starts_on or today, due=due)
        else:
            due = next_due or last_visit + interval
            reason = Reason(QT_TRANSLATE_NOOP("Attention", "Last contact {last}; next contact was due {due}."), last=last_visit, due=due)
        if due < today:
            items.append(AttentionItem(OVERDUE, student_id, name, reason, due, placement_id))
        if ends_on and starts_on and today >= starts_on + (ends_on - starts_on) / 2:
            if count < settings.minimum_contacts or not on_site:
                missing = []
                if count < settings.minimum_contacts:
                    missing.append(Reason(QT_TRANSLATE_NOOP("Attention", "{count} of at least {minimum} contacts"), count=count, minimum=settings.minimum_contacts))
                if not on_site:
                    missing.append(Reason(QT_TRANSLATE_NOOP("Attention", "no visit at the workplace yet")))
                items.append(AttentionItem(FEW_CONTACTS, student_id, name, Reason(QT_TRANSLATE_NOOP("Attention", "Past half of the placement: {missing}."), missing=", ".join(str(part) for part in missing)), ends_on, placement_id))
        if ends_on and today <= ends_on <= ending_limit:
            items.append(AttentionItem(ENDING, student_id, name, Reason(QT_TRANSLATE_NOOP("Attention", "The placement ends on {end}: plan the final talk and what comes next."), end=ends_on), ends_on, placement_id))

    # BBL students without a signed POK.
    rows = session.execute(
        select(m.Placement.id, m.Student.id, student_name, m.Placement.starts_on)
        .join(m.Student, m.Placement.student_id == m.Student.id)
        .where(
            active_student,
            m.Student.leerweg == m.Leerweg.BBL,
            m.Placement.status.in_((S.PROPOSED, S.STARTED)),
            m.Placement.pok_signed_on.is_(None),
        )
    )
    for placement_id, student_id, name, starts_on in rows:
        items.append(AttentionItem(NO_POK, student_id, name, Reason(QT_TRANSLATE_NOOP("Attention", "BBL placement without a signed praktijkovereenkomst (POK).")), starts_on, placement_id))

    # High risk (latest assessment per student) without an open action.
    if actor.may_see_sensitive:
        latest = (
            select(m.RiskAssessment.student_id, func.max(m.RiskAssessment.assessed_on).label("assessed_on"))
            .group_by(m.RiskAssessment.student_id)
            .subquery()
        )
        open_action = (
            select(m.RiskAction.id)
            .where(m.RiskAction.assessment_id == m.RiskAssessment.id, m.RiskAction.done_on.is_(None))
            .exists()
        )
        rows = session.execute(
            select(m.Student.id, student_name, m.RiskAssessment.assessed_on)
            .join(latest, latest.c.student_id == m.Student.id)
            .join(m.RiskAssessment, and_(m.RiskAssessment.student_id == m.Student.id, m.RiskAssessment.assessed_on == latest.c.assessed_on))
            .where(
                active_student,
                or_(
                    m.RiskAssessment.override_level == m.RiskLevel.HIGH,
                    and_(m.RiskAssessment.override_level.is_(None), m.RiskAssessment.computed_level == m.RiskLevel.HIGH),
                ),
                ~open_action,
            )
        )
        seen = set()
        for student_id, name, assessed_on in rows:
            if student_id not in seen:
                seen.add(student_id)
                items.append(AttentionItem(HIGH_RISK, student_id, name, Reason(QT_TRANSLATE_NOOP("Attention", "High dropout risk since {date} and no open action: agree on an action with an owner."), date=assessed_on), assessed_on))

    items.sort(key=lambda item: (KIND_ORDER.index(item.kind), item.due or date.max, item.student_name))
    return items


@dataclass(frozen=True)
class PlannedContact:
    student_id: str
    student_name: str
    placement_id: str
    employer_name: str | None
    due: date


def planned_contacts(session: Session, actor: Actor, start: date, end: date) -> list[PlannedContact]:
    """Started placements whose next contact falls between ``start`` and ``end``: the week's planning."""
    due = m.Placement.next_contact_due
    rows = session.execute(
        select(m.Student.id, (m.Student.first_name + " " + m.Student.last_name), m.Placement.id, m.Employer.name, due)
        .join(m.Student, m.Student.id == m.Placement.student_id)
        .outerjoin(m.Employer, m.Employer.id == m.Placement.employer_id)
        .where(student_condition(actor, m.Student.id), m.Placement.status == S.STARTED, due >= start, due <= end)
        .order_by(due)
    )
    return [PlannedContact(*row) for row in rows]
