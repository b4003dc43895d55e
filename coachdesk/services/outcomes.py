"""What happens after school, and why a place ended early.

- Leaving: a student leaves with a destination (the praktijkonderwijs Uitstroommonitor's categories).
- Follow-ups 6, 12 and 24 months after leaving: where is he now? Each is due on its day; the
  attention list shows a due follow-up to the student's last coach (``due_follow_ups``), and one
  click on an answer records it (``record_follow_up``; "still there" repeats the last known answer).
- A placement that ends early gets a coded reason (``EarlyEndReason``), with words for "other".

Every change goes through the write policy (``services.access``): the same fields, the same roles.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from coachdesk.domain import clock
from coachdesk.domain import models as m
from coachdesk.domain.errors import FieldError, ValidationError
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP, translate
from coachdesk.domain.labels import DESTINATION_LABELS, END_REASON_LABELS, NOT_CODED, choice_label  # noqa: F401 - re-exported
from coachdesk.domain.schema import END_REASON_CODE, FOLLOW_UP_FIELDS, KINDS, MSG_REQUIRED, clean_field
from coachdesk.services import access, placements, records
from coachdesk.services.access import Actor, student_condition

FOLLOW_UP_MONTHS = (6, 12, 24)
# A follow-up may be recorded from a month before its day; the next one takes over when it falls due.
EARLY_WINDOW = timedelta(days=31)

# The words of destinations and end reasons live in domain/labels.py, with every other choice's.

MSG_NOT_LEFT = QT_TRANSLATE_NOOP("Validation", "{label}: the student has not left school; record when he left first.")
MSG_TOO_EARLY = QT_TRANSLATE_NOOP("Validation", "{label}: this follow-up is due on {due}; it can be recorded from {earliest}.")
MSG_FUTURE = QT_TRANSLATE_NOOP("Validation", "{label}: a follow-up cannot be recorded in the future.")
MSG_MONTHS = QT_TRANSLATE_NOOP("Validation", "{label}: a follow-up is 6, 12 or 24 months after leaving.")
MSG_OTHER_WORDS = QT_TRANSLATE_NOOP("Validation", "{label}: say in words why the place ended (\"other, namely ...\").")
MSG_LEFT_FUTURE = QT_TRANSLATE_NOOP("Validation", "{label}: the leaving date lies in the future.")
MSG_STILL_THERE_UNKNOWN = QT_TRANSLATE_NOOP("Validation", "{label}: there is no earlier answer to repeat; choose where the student is now.")


def destination_label(code: m.Destination | str | None) -> str:
    if code is None or code == "":
        return "—"
    return choice_label(m.Destination(code))


def end_reason_label(code: m.EarlyEndReason | str | None) -> str:
    if code in (None, "", "not_coded"):
        return translate("Choices", NOT_CODED)
    return choice_label(m.EarlyEndReason(code))


def add_months(day: date, months: int) -> date:
    """``months`` calendar months later, as SQLite's date(day, '+N months') counts (which the Monitor's queries use):
    a day the month does not have runs on into the next (31 August + 6 months is 3 March)."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, 1) + timedelta(days=day.day - 1)


def follow_up_due(left_on: date, months: int) -> date:
    return add_months(left_on, months)


def _student_for_change(session: Session, actor: Actor, student_id: str, values: dict) -> m.Student:
    access.require_write(actor, "students", create=False)
    student: m.Student = records.get(session, actor, "students", student_id)  # type: ignore[assignment]
    current = {name: getattr(student, name) for name in values}
    refused = access.refused_fields(actor, "students", values, current)
    if refused:
        kind = KINDS["students"]
        labels = {spec.name: spec.label for spec in kind.fields} | {spec.name: spec.label for pair in FOLLOW_UP_FIELDS.values() for spec in pair}
        raise ValidationError([FieldError(name, labels.get(name, name), access.DENIED_FIELD) for name in refused])
    records.act_as(session, actor.coach_id)
    return student


def record_leaving(session: Session, actor: Actor, student_id: str, *, left_on: date | str, destination: m.Destination | str) -> m.Student:
    """The student leaves school on ``left_on`` for ``destination``: status "left", through the generic update."""
    kind = KINDS["students"]
    day = clean_field(kind.field("left_on"), left_on)
    if day is None:
        raise ValidationError([FieldError("left_on", kind.field("left_on").label, records.MSG_LEFT_ON)])
    if day > clock.today():
        raise ValidationError([FieldError("left_on", kind.field("left_on").label, MSG_LEFT_FUTURE)])
    return records.update(session, actor, "students", student_id,  # type: ignore[return-value]
                          {"status": m.StudentStatus.LEFT.value, "left_on": day, "destination": destination})


def last_known(student: m.Student, before_months: int) -> m.Destination | None:
    """The latest answer before the follow-up at ``before_months``: an earlier follow-up, else the destination on leaving."""
    for months in reversed([months for months in FOLLOW_UP_MONTHS if months < before_months]):
        answer = getattr(student, f"followup_{months}m")
        if answer is not None:
            return answer
    return student.destination


def record_follow_up(session: Session, actor: Actor, student_id: str, months: int, destination: m.Destination | str | None = None, *,
                     still_there: bool = False, on: date | str | None = None) -> m.Student:
    """Where the student is ``months`` after leaving; ``still_there`` repeats the last known answer."""
    if months not in FOLLOW_UP_MONTHS:
        raise ValidationError([FieldError("months", QT_TRANSLATE_NOOP("Fields", "Follow-up"), MSG_MONTHS)])
    answer_spec, day_spec = FOLLOW_UP_FIELDS[months]
    day = clean_field(day_spec, on) or clock.today()
    student = _student_for_change(session, actor, student_id, {answer_spec.name: destination, day_spec.name: day})
    if still_there:
        destination = last_known(student, months)
        if destination is None:
            raise ValidationError([FieldError(answer_spec.name, answer_spec.label, MSG_STILL_THERE_UNKNOWN)])
    answer = clean_field(FOLLOW_UP_FIELDS[months][0], destination)
    if answer is None:
        raise ValidationError([FieldError(answer_spec.name, answer_spec.label, MSG_REQUIRED)])
    if student.left_on is None:
        raise ValidationError([FieldError(answer_spec.name, answer_spec.label, MSG_NOT_LEFT)])
    due = follow_up_due(student.left_on, months)
    if day > clock.today():
        raise ValidationError([FieldError(day_spec.name, day_spec.label, MSG_FUTURE)])
    if day < due - EARLY_WINDOW:
        raise ValidationError([FieldError(day_spec.name, day_spec.label, MSG_TOO_EARLY,
                                          {"due": due.strftime("%d-%m-%Y"), "earliest": (due - EARLY_WINDOW).strftime("%d-%m-%Y")})])
    setattr(student, answer_spec.name, answer)
    setattr(student, day_spec.name, day)
    session.flush()
    return student


def end_early(session: Session, actor: Actor, placement_id: str, code: m.EarlyEndReason | str, note: str | None = None, *,
              on: date | str | None = None) -> m.Placement:
    """End a placement early with a coded reason; "other" needs the words in ``note``."""
    reason = clean_field(END_REASON_CODE, code)
    words = (note or "").strip()
    if reason == m.EarlyEndReason.OTHER and not words:
        raise ValidationError([FieldError("end_reason", END_REASON_CODE.label, MSG_OTHER_WORDS)])
    with_words = end_reason_label(reason) + (f": {words}" if words and reason != m.EarlyEndReason.OTHER else "")
    text = words if reason == m.EarlyEndReason.OTHER else with_words
    placement = placements.change_status(session, actor, placement_id, m.PlacementStatus.ENDED_EARLY, on=on, reason=text)
    placement.end_reason_code = reason
    session.flush()
    return placement


# --- follow-ups due: the attention list's rule ------------------------------------------------


@dataclass(frozen=True)
class DueFollowUp:
    student_id: str
    student_name: str
    months: int
    due: date
    last_known: m.Destination | None


def due_follow_ups(session: Session, actor: Actor, today: date | None = None, *, coach_id: str | None = None) -> list[DueFollowUp]:
    """Follow-ups due and not recorded: per student the latest one that has fallen due (until the next falls due).

    With ``coach_id``: only the students whose (last) coach he is.
    """
    today = today or clock.today()
    s = m.Student
    due_conditions = []
    for index, months in enumerate(FOLLOW_UP_MONTHS):
        next_months = FOLLOW_UP_MONTHS[index + 1] if index + 1 < len(FOLLOW_UP_MONTHS) else months + 6
        due_conditions.append(and_(func.date(s.left_on, f"+{months} months") <= today.isoformat(),
                                   func.date(s.left_on, f"+{next_months} months") > today.isoformat(),
                                   getattr(s, f"followup_{months}m").is_(None)))
    statement = (select(s.id, s.first_name + " " + s.last_name, s.left_on, s.destination, s.followup_6m, s.followup_12m)
                 .where(student_condition(actor, s.id), s.status == m.StudentStatus.LEFT.value, s.left_on.is_not(None), or_(*due_conditions)))
    if coach_id:
        statement = statement.where(s.coach_id == coach_id)
    found = []
    for student_id, name, left_on, destination, at_6, at_12 in session.execute(statement):
        assert left_on is not None  # the query asks for a leaving date
        months = max(months for months in FOLLOW_UP_MONTHS if follow_up_due(left_on, months) <= today)
        known = {6: destination, 12: at_6 or destination, 24: at_12 or at_6 or destination}[months]
        found.append(DueFollowUp(student_id, name, months, follow_up_due(left_on, months), m.Destination(known) if known else None))
    return found


def outcome_summary(student: m.Student) -> list[tuple[str, str, str]]:
    """(what, when, where) for a student's file: leaving and each follow-up."""
    rows = []
    if student.left_on:
        rows.append((translate("Monitor", "Left school"), student.left_on.strftime("%d-%m-%Y"), destination_label(student.destination)))
        for months in FOLLOW_UP_MONTHS:
            answer, day = getattr(student, f"followup_{months}m"), getattr(student, f"followup_{months}m_on")
            label = translate("Monitor", "After %n months", None, months)
            rows.append((label, (day or follow_up_due(student.left_on, months)).strftime("%d-%m-%Y"),
                         destination_label(answer) if answer else translate("Monitor", "not recorded yet")))
    return rows

