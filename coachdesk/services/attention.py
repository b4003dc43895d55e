"""The attention list ("aandacht nodig"): who needs a coach today, and why.

Each item says why it is listed. The thresholds are settings (``Settings``).
Every check is one indexed query, so the list stays fast on a large caseload.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from coachdesk.domain import clock
from coachdesk.domain import models as m
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP, translate
from coachdesk.services import completeness
from coachdesk.services.access import Actor, student_condition
from coachdesk.services.caseload import caseload_students
from coachdesk.services.settings import Settings, load_settings

S = m.PlacementStatus

# Kinds, most urgent first; the order is the list's order.
HIGH_RISK = "high_risk_no_action"
OVERDUE = "contact_overdue"
FEW_CONTACTS = "too_few_contacts"
NO_POK = "bbl_without_pok"
SEARCHING = "searching_too_long"
ENDING = "placement_ending"
ENDED_EARLY = "ended_early"
ACTION_OVERDUE = "action_overdue"
TO_COMPLETE = "to_complete"
FOLLOW_UP = "follow_up_due"
HOLD_EXPIRED = "hold_expired"
EMPLOYER_STEP = "employer_step_due"
PV_STALE = "praktijkverklaring_stale"
PV_TO_CONFIRM = "praktijkverklaring_to_confirm"
KIND_ORDER = [HIGH_RISK, ENDED_EARLY, ACTION_OVERDUE, OVERDUE, FEW_CONTACTS, NO_POK, SEARCHING, ENDING, HOLD_EXPIRED, EMPLOYER_STEP,
              TO_COMPLETE, FOLLOW_UP, PV_TO_CONFIRM, PV_STALE]
ACTION_WITHIN = timedelta(weeks=1)  # a high risk needs an agreed action within a week of the assessment

KIND_LABELS = {
    HIGH_RISK: QT_TRANSLATE_NOOP("Attention", "High risk without action"),
    OVERDUE: QT_TRANSLATE_NOOP("Attention", "Contact overdue"),
    FEW_CONTACTS: QT_TRANSLATE_NOOP("Attention", "Too few contacts"),
    NO_POK: QT_TRANSLATE_NOOP("Attention", "BBL without POK"),
    SEARCHING: QT_TRANSLATE_NOOP("Attention", "Still searching"),
    ENDING: QT_TRANSLATE_NOOP("Attention", "Placement ending"),
    ENDED_EARLY: QT_TRANSLATE_NOOP("Attention", "Ended early"),
    ACTION_OVERDUE: QT_TRANSLATE_NOOP("Attention", "Action overdue"),
    TO_COMPLETE: QT_TRANSLATE_NOOP("Attention", "To be completed"),
    FOLLOW_UP: QT_TRANSLATE_NOOP("Attention", "Follow-up after leaving"),
    HOLD_EXPIRED: QT_TRANSLATE_NOOP("Attention", "Hold on a place expired"),
    EMPLOYER_STEP: QT_TRANSLATE_NOOP("Attention", "Employer step due"),
    PV_STALE: QT_TRANSLATE_NOOP("Attention", "Praktijkverklaring: nothing assessed"),
    PV_TO_CONFIRM: QT_TRANSLATE_NOOP("Attention", "Praktijkverklaring: to confirm"),
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
    employer_id: str | None = None  # an employer's pipeline step: about an employer, not a student (student_id "")

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
            **({"employer_id": self.employer_id} if self.employer_id else {}),
        }


def _dutch(day: date) -> str:
    return day.strftime("%d-%m-%Y")


@dataclass(frozen=True)
class _Check:
    """What every rule gets: the session, the day, the thresholds, and the conditions that scope it."""

    session: Session
    actor: Actor
    today: date
    settings: Settings
    student_name: Any
    active_student: Any

    def placements(self, *columns: Any, where: Any) -> Any:
        return self.session.execute(select(m.Placement.id, m.Student.id, self.student_name, *columns)
                                    .join(m.Student, m.Placement.student_id == m.Student.id).where(self.active_student, where))


Rule = Callable[[_Check], Iterable[AttentionItem]]


def _searching_too_long(check: _Check) -> Iterator[AttentionItem]:
    weeks = timedelta(weeks=check.settings.searching_weeks)
    rows = check.placements(m.Placement.searching_since, where=and_(m.Placement.status == S.SEARCHING, m.Placement.searching_since <= check.today - weeks))
    for placement_id, student_id, name, since in rows:
        reason = Reason(QT_TRANSLATE_NOOP("Attention", "Searching for a place for {weeks} weeks (since {since})."), weeks=(check.today - since).days // 7, since=since)
        yield AttentionItem(SEARCHING, student_id, name, reason, since + weeks, placement_id)


def _started_placements(check: _Check) -> Iterator[AttentionItem]:
    """Started placements: a contact overdue, too few contacts past half-way, the end near."""
    settings, today = check.settings, check.today
    rows = check.placements(m.Placement.starts_on, m.Placement.ends_on, m.Placement.last_contact_on, m.Placement.next_contact_due,
                            m.Placement.contact_count, m.Placement.on_site_count, where=m.Placement.status == S.STARTED)
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
            yield AttentionItem(OVERDUE, student_id, name, reason, due, placement_id)
        past_half = ends_on and starts_on and today >= starts_on + (ends_on - starts_on) / 2
        if past_half and (count < settings.minimum_contacts or not on_site):
            missing = []
            if count < settings.minimum_contacts:
                missing.append(Reason(QT_TRANSLATE_NOOP("Attention", "{count} of at least {minimum} contacts"), count=count, minimum=settings.minimum_contacts))
            if not on_site:
                missing.append(Reason(QT_TRANSLATE_NOOP("Attention", "no visit at the workplace yet")))
            why = Reason(QT_TRANSLATE_NOOP("Attention", "Past half of the placement: {missing}."), missing=", ".join(str(part) for part in missing))
            yield AttentionItem(FEW_CONTACTS, student_id, name, why, ends_on, placement_id)
        if ends_on and today <= ends_on <= ending_limit:
            why = Reason(QT_TRANSLATE_NOOP("Attention", "The placement ends on {end}: plan the final talk and what comes next."), end=ends_on)
            yield AttentionItem(ENDING, student_id, name, why, ends_on, placement_id)


def _ended_early(check: _Check) -> Iterator[AttentionItem]:
    """The dropout moment: a placement ended early, and no next placement since."""
    since = check.today - timedelta(weeks=check.settings.searching_weeks)
    later = aliased(m.Placement)
    next_placement = select(later.id).where(later.student_id == m.Placement.student_id, later.created_at > m.Placement.created_at).exists()
    rows = check.placements(m.Placement.ended_on, where=and_(m.Placement.status == S.ENDED_EARLY, m.Placement.ended_on >= since, ~next_placement))
    for placement_id, student_id, name, ended_on in rows:
        why = Reason(QT_TRANSLATE_NOOP("Attention", "The placement ended early on {end}: agree on the next step (a new place, or searching again)."), end=ended_on)
        yield AttentionItem(ENDED_EARLY, student_id, name, why, ended_on + timedelta(weeks=1), placement_id)


def _bbl_without_pok(check: _Check) -> Iterator[AttentionItem]:
    rows = check.placements(m.Placement.starts_on, where=and_(m.Student.leerweg == m.Leerweg.BBL, m.Placement.status.in_((S.PROPOSED, S.STARTED)),
                                                             m.Placement.pok_signed_on.is_(None)))
    for placement_id, student_id, name, starts_on in rows:
        yield AttentionItem(NO_POK, student_id, name, Reason(QT_TRANSLATE_NOOP("Attention", "BBL placement without a signed praktijkovereenkomst (POK).")), starts_on, placement_id)


def _high_risk_without_action(check: _Check) -> Iterator[AttentionItem]:
    """The latest assessment of a student is high, and no action is open: due a week after the assessment."""
    if not check.actor.may_see_sensitive:
        return
    latest = (select(m.RiskAssessment.student_id, func.max(m.RiskAssessment.assessed_on).label("assessed_on"))
              .group_by(m.RiskAssessment.student_id).subquery())
    open_action = select(m.RiskAction.id).where(m.RiskAction.assessment_id == m.RiskAssessment.id, m.RiskAction.done_on.is_(None)).exists()
    high = or_(m.RiskAssessment.override_level == m.RiskLevel.HIGH,
               and_(m.RiskAssessment.override_level.is_(None), m.RiskAssessment.computed_level == m.RiskLevel.HIGH))
    rows = check.session.execute(
        select(m.Student.id, check.student_name, m.RiskAssessment.assessed_on)
        .join(latest, latest.c.student_id == m.Student.id)
        .join(m.RiskAssessment, and_(m.RiskAssessment.student_id == m.Student.id, m.RiskAssessment.assessed_on == latest.c.assessed_on))
        .where(check.active_student, high, ~open_action))
    seen = set()
    for student_id, name, assessed_on in rows:
        if student_id not in seen:
            seen.add(student_id)
            why = Reason(QT_TRANSLATE_NOOP("Attention", "High dropout risk since {date} and no open action: agree on an action with an owner."), date=assessed_on)
            yield AttentionItem(HIGH_RISK, student_id, name, why, assessed_on + ACTION_WITHIN)


def _overdue_actions(check: _Check) -> Iterator[AttentionItem]:
    """An action agreed after a risk assessment, still open after its due date: due on that date."""
    if not check.actor.may_see_sensitive:
        return
    rows = check.session.execute(
        select(m.Student.id, check.student_name, m.RiskAction.description, m.RiskAction.due_on, m.Coach.name)
        .join(m.RiskAssessment, m.RiskAssessment.id == m.RiskAction.assessment_id)
        .join(m.Student, m.Student.id == m.RiskAssessment.student_id)
        .outerjoin(m.Coach, m.Coach.id == m.RiskAction.owner_id)
        .where(check.active_student, m.RiskAction.done_on.is_(None), m.RiskAction.due_on < check.today))
    for student_id, name, description, due_on, owner in rows:
        action = description if len(description) <= 80 else description[:79] + "…"
        why = Reason(QT_TRANSLATE_NOOP("Attention", "Action \"{action}\" ({owner}) was due {due} and is not done."),
                     action=action, owner=owner or "—", due=due_on)
        yield AttentionItem(ACTION_OVERDUE, student_id, name, why, due_on)


def _to_complete(check: _Check) -> Iterator[AttentionItem]:
    """A student imported without a field needed to be complete (services/completeness.py): "nog aan te vullen"."""
    rows = check.session.execute(select(m.Student.id, check.student_name, m.Student.school_type, m.Student.vso_profile, m.Student.leerweg)
                                 .where(check.active_student, completeness.incomplete_condition()))
    for student_id, name, school_type, vso_profile, leerweg in rows:
        lacking = completeness.missing({"school_type": school_type, "vso_profile": vso_profile, "leerweg": leerweg})
        why = Reason(QT_TRANSLATE_NOOP("Attention", "Still to fill in: {fields}."), fields=_FieldLabels(lacking))
        yield AttentionItem(TO_COMPLETE, student_id, name, why)


class _FieldLabels:
    """The labels of the fields a student lacks, translated when shown."""

    def __init__(self, lacking) -> None:
        self.lacking = lacking

    def __str__(self) -> str:
        return ", ".join(translate("Fields", c.label) for c in self.lacking)


def _follow_ups_due(check: _Check) -> Iterator[AttentionItem]:
    """A leaver's follow-up 6, 12 or 24 months after leaving, due and not recorded: for his last coach (services/outcomes.py)."""
    from coachdesk.services.outcomes import destination_label, due_follow_ups

    for due in due_follow_ups(check.session, check.actor, check.today, coach_id=check.actor.coach_id):
        why = Reason(QT_TRANSLATE_NOOP("Attention", "{months} months after leaving (due {due}): where is the student now? Last known: {known}."),
                     months=due.months, due=due.due, known=destination_label(due.last_known))
        yield AttentionItem(FOLLOW_UP, due.student_id, due.student_name, why, due.due)


def _expired_holds(check: _Check) -> Iterator[AttentionItem]:
    """A proposal from a match whose hold ran out: the place is free for others again; told to its proposer (services/places.py)."""
    from coachdesk.services import places

    expired = places.expired_holds(check.session, check.actor, today=check.today)
    if not expired:
        return
    rows = check.session.execute(
        select(m.Placement.id, m.Student.id, check.student_name, m.Employer.name, func.coalesce(m.Place.title, m.Place.werkveld, m.Place.work_type))
        .join(m.Student, m.Student.id == m.Placement.student_id).join(m.Place, m.Place.id == m.Placement.place_id)
        .join(m.Employer, m.Employer.id == m.Place.employer_id)
        .where(check.active_student, m.Placement.id.in_([placement.id for placement in expired])))
    until = {placement.id: placement.held_until for placement in expired}
    for placement_id, student_id, name, employer, title in rows:
        why = Reason(QT_TRANSLATE_NOOP("Attention", "The hold on {place} at {employer} ended on {until}: the place is free for others again. "
                                                    "Propose it again, start the placement or cancel the proposal."),
                     place=title or "—", employer=employer, until=until[placement_id])
        yield AttentionItem(HOLD_EXPIRED, student_id, name, why, until[placement_id], placement_id)


def _employer_steps_due(check: _Check) -> Iterator[AttentionItem]:
    """An employer's next pipeline step, due today or earlier, for its owner (services/acquisition.py)."""
    if not check.actor.coach_id or not check.actor.may_read("employers"):
        return
    from coachdesk.services import acquisition

    for row in acquisition.due_steps(check.session, check.actor, today=check.today):
        why = Reason(QT_TRANSLATE_NOOP("Attention", "Next step with this employer, due {due}: {step}"), due=row.next_step_on, step=row.next_step or "—")
        yield AttentionItem(EMPLOYER_STEP, "", row.name, why, row.next_step_on, employer_id=row.employer_id)


def _praktijkverklaring(check: _Check) -> Iterator[AttentionItem]:
    """Routes with nothing assessed for 6 weeks, and routes with judgements waiting for the school's confirmation."""
    if not check.actor.may_read("routes"):
        return
    from coachdesk.services import praktijkverklaring as pv

    names: dict[str, str] = dict(check.session.execute(select(m.Student.id, check.student_name).where(check.active_student)).all())  # type: ignore[arg-type]
    for route, count in pv.routes_to_confirm(check.session, check.actor):
        if route.student_id in names:
            why = Reason(QT_TRANSLATE_NOOP("Attention", "{count} work process(es) judged by the workplace trainer wait for the school's confirmation."), count=count)
            yield AttentionItem(PV_TO_CONFIRM, route.student_id, names[route.student_id], why)
    for route, last in pv.stale_routes(check.session, check.actor, check.today):
        if route.student_id in names:
            since = last or route.started_on
            why = Reason(QT_TRANSLATE_NOOP("Attention", "Nothing assessed in the praktijkverklaring route since {since}."), since=since or check.today)
            yield AttentionItem(PV_STALE, route.student_id, names[route.student_id], why, (since or check.today) + pv.STALE_AFTER)


# Every rule of the attention list, in one place; each is one indexed query.
RULES: list[Rule] = [_high_risk_without_action, _ended_early, _overdue_actions, _started_placements, _bbl_without_pok, _searching_too_long,
                     _to_complete, _follow_ups_due, _expired_holds, _employer_steps_due, _praktijkverklaring]


def attention_list(session: Session, actor: Actor, today: date | None = None, settings: Settings | None = None, *,
                   caseload_of: str | None = None) -> list[AttentionItem]:
    """Who needs attention, most urgent first; with ``caseload_of``, only that coach's own caseload."""
    active = and_(student_condition(actor, m.Student.id), m.Student.status == m.StudentStatus.ACTIVE)
    if caseload_of:  # his few students found once by their indexes, then every rule reads only their rows by id
        # likely(): the rights and the status are checked on those rows, not used to walk the school's 50,000
        mine = session.scalars(select(m.Student.id).where(m.Student.id.in_(caseload_students(caseload_of)), func.likely(active))).all()
        active = m.Student.id.in_(mine)
    check = _Check(session, actor, today or clock.today(), settings or load_settings(session),
                   (m.Student.first_name + " " + m.Student.last_name).label("name"), active)
    items = [item for rule in RULES for item in rule(check)]
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
    return [PlannedContact(student_id, name, placement_id, employer, due_on) for student_id, name, placement_id, employer, due_on in rows if due_on]
