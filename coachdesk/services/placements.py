"""BPV placements: creating one and moving it through its statuses.

    searching ─▶ proposed ─▶ started ─▶ completed
        ▲           │           │
        └───────────┘           │         (a declined proposal goes back to searching)
    any open status ──────────────────▶ ended_early (a reason is required)
    searching ─▶ found                    (a new placement was added: the search is closed, see create_placement)

A student has at most one open placement: a new one closes an open search, and is refused
while a proposed or started placement is open.
"""
from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from coachdesk.domain import clock
from coachdesk.domain import models as m
from coachdesk.domain.errors import FieldError, TransitionError, ValidationError
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP, in_language, translate
from coachdesk.domain.schema import FieldSpec, clean_field
from coachdesk.services import records
from coachdesk.services.access import Actor

S = m.PlacementStatus

TRANSITIONS: dict[m.PlacementStatus, set[m.PlacementStatus]] = {
    S.SEARCHING: {S.PROPOSED, S.ENDED_EARLY},
    S.PROPOSED: {S.STARTED, S.SEARCHING, S.ENDED_EARLY},
    S.STARTED: {S.COMPLETED, S.ENDED_EARLY},
    S.COMPLETED: set(),
    S.ENDED_EARLY: set(),
    S.FOUND: set(),
}
OPEN_STATUSES = (S.SEARCHING, S.PROPOSED, S.STARTED)
# The step a coach most often takes next, offered first; none after "started" (completed or ended early is his call).
NEXT_STEP = {S.SEARCHING: S.PROPOSED, S.PROPOSED: S.STARTED}

STATUS_LABELS = {
    S.SEARCHING: QT_TRANSLATE_NOOP("Status", "searching"),
    S.PROPOSED: QT_TRANSLATE_NOOP("Status", "proposed"),
    S.STARTED: QT_TRANSLATE_NOOP("Status", "started"),
    S.COMPLETED: QT_TRANSLATE_NOOP("Status", "completed"),
    S.ENDED_EARLY: QT_TRANSLATE_NOOP("Status", "ended early"),
    S.FOUND: QT_TRANSLATE_NOOP("Status", "place found"),
}

MSG_TRANSITION = QT_TRANSLATE_NOOP("Errors", "A placement that is {current} cannot become {target}.")
MSG_REASON = QT_TRANSLATE_NOOP("Validation", "{label}: say why the placement ended early.")
MSG_START_NEEDED = QT_TRANSLATE_NOOP("Validation", "{label}: fill in the start date before the placement starts.")
MSG_STOP_BEFORE_START = QT_TRANSLATE_NOOP("Validation", "{label}: the placement cannot stop before it started ({start}). Check the date.")
MSG_START_AFTER_END = QT_TRANSLATE_NOOP("Validation", "{label}: the placement was planned to end on {end}; it cannot start after that. Check the date, or change the end date first.")
END_REASON = FieldSpec("end_reason", QT_TRANSLATE_NOOP("Fields", "Reason"), "longtext", max_length=5000)
MSG_ALREADY_OPEN = QT_TRANSLATE_NOOP("Errors", "This student already has an open placement ({status}{employer}). Change that one, or end it, before adding another.")
MSG_FOUND = QT_TRANSLATE_NOOP("Placements", "Place found: new placement at {employer}.")
STATUS_DAY = FieldSpec("on", QT_TRANSLATE_NOOP("Fields", "Date"), "date")
NEW_STATUS = FieldSpec("status", QT_TRANSLATE_NOOP("Fields", "Status"), "choice", required=True, choices=m.PlacementStatus)
WARN_NOT_RECOGNISED = QT_TRANSLATE_NOOP("Warnings", "{employer} is not recognised by SBB: a BPV place must be at a recognised leerbedrijf.")
WARN_NO_POK = QT_TRANSLATE_NOOP("Warnings", "BBL student without a signed POK: the praktijkovereenkomst must be signed (by 1 October).")


def status_label(status: m.PlacementStatus) -> str:
    return translate("Status", STATUS_LABELS[status])


def create_placement(session: Session, actor: Actor, values: dict) -> m.Placement:
    """A new placement: "proposed" when an employer is named, otherwise "searching".

    An open search of the student is closed in the same transaction (status "found"); a
    proposed or started placement still open refuses the new one, so there is never more than one open.
    """
    cleaned = prepare_placement(session, actor, values)
    open_ones = list(session.scalars(select(m.Placement).where(m.Placement.student_id == cleaned["student_id"], m.Placement.status.in_(OPEN_STATUSES))))
    blocking = next((p for p in open_ones if p.status != S.SEARCHING or cleaned["status"] == S.SEARCHING), None)
    if blocking is not None:
        raise TransitionError(MSG_ALREADY_OPEN, status=status_label(blocking.status), employer=f", {blocking.employer.name}" if blocking.employer else "")
    records.act_as(session, actor.coach_id)
    placement = m.Placement(**cleaned)
    session.add(placement)
    session.flush()
    for search in open_ones:
        close_search(session, search, placement)
    return placement


def blocking_placement_text(session: Session, actor: Actor, student_id: str) -> str | None:
    """Why a new placement of this student would be refused whatever is filled in (a proposed or started one is
    open), in words, for a form to say when it opens; None when a new one may be added."""
    records.access.require_student(session, actor, student_id)
    blocking = session.scalars(select(m.Placement).where(m.Placement.student_id == student_id, m.Placement.status.in_((S.PROPOSED, S.STARTED)))
                               .order_by(m.Placement.created_at)).first()
    if blocking is None:
        return None
    return str(TransitionError(MSG_ALREADY_OPEN, status=status_label(blocking.status), employer=f", {blocking.employer.name}" if blocking.employer else ""))


def close_search(session: Session, search: m.Placement, found: m.Placement) -> None:
    """The search that led to ``found`` ends today with status "found" and a reason that says where."""
    search.status = S.FOUND
    search.ended_on = clock.today()
    with in_language("nl"):  # stored text, like a coach's own notes: Dutch whatever the interface language
        search.end_reason = translate("Placements", MSG_FOUND).format(employer=found.employer.name if found.employer else "?")
    session.flush()


def prepare_placement(session: Session, actor: Actor, values: dict, status: m.PlacementStatus | None = None) -> dict:
    """Every check of ``create_placement`` without writing: the cleaned values with their status.

    An import gives the status its dates imply (``status``); a form never does.
    """
    kind = records.kind_of("placements")
    records.access.require_write(actor, "placements", create=True)
    cleaned = records.clean(kind, values)
    records.refuse_fields(actor, kind, cleaned, None)
    records.access.require_student(session, actor, cleaned["student_id"])
    cleaned["status"] = status or (S.PROPOSED if cleaned.get("employer_id") else S.SEARCHING)
    if cleaned["status"] == S.SEARCHING and not cleaned.get("searching_since"):
        cleaned["searching_since"] = clock.today()
    records.validate(session, actor, kind, cleaned)
    return cleaned


def change_status(
    session: Session,
    actor: Actor,
    placement_id: str,
    target: m.PlacementStatus | str,
    *,
    on: date | str | None = None,
    reason: str | None = None,
    employer_id: str | None = None,
    praktijkopleider_id: str | None = None,
) -> m.Placement:
    """Move a placement to ``target``; a searching one becomes "proposed" at ``employer_id`` in the same step."""
    records.access.require_write(actor, "placements", create=False)
    records.act_as(session, actor.coach_id)
    placement: m.Placement = records.get(session, actor, "placements", placement_id)  # type: ignore[assignment]
    target = S(clean_field(NEW_STATUS, target))
    if target not in TRANSITIONS[placement.status]:
        raise TransitionError(MSG_TRANSITION, current=status_label(placement.status), target=status_label(target))
    day = clean_field(STATUS_DAY, on) or clock.today()
    _check_day(placement, target, day)
    if target == S.ENDED_EARLY:
        reason = clean_field(END_REASON, reason)
        if not reason:
            raise ValidationError([FieldError("end_reason", QT_TRANSLATE_NOOP("Fields", "Reason"), MSG_REASON)])
        placement.end_reason = reason
        placement.ended_on = day
    elif target == S.PROPOSED:
        if employer_id or praktijkopleider_id:  # checked as an edit: the employer exists, the trainer works there
            changes = records.prepare_update(session, actor, "placements", placement,
                                             {"employer_id": employer_id, "praktijkopleider_id": praktijkopleider_id})
            for name, value in changes.items():
                setattr(placement, name, value)
        if not placement.employer_id:
            kind = records.kind_of("placements")
            raise ValidationError([records.field_error(kind, "employer_id", records.MSG_EMPLOYER_NEEDED)])
    elif target == S.STARTED:
        placement.starts_on = placement.starts_on or day
    elif target == S.COMPLETED:
        placement.ended_on = day
        placement.ends_on = placement.ends_on or day
    elif target == S.SEARCHING:
        placement.employer_id = None
        placement.praktijkopleider_id = None
        placement.searching_since = day
    placement.status = target
    session.flush()
    return placement


def _check_day(placement: m.Placement, target: m.PlacementStatus, day: date) -> None:
    """The date of a step agrees with the placement's own dates: one that started never stops before its start,
    nor starts after its planned end (a proposal cancelled before its planned start may stop earlier)."""
    if placement.status == S.STARTED and target in (S.ENDED_EARLY, S.COMPLETED) and placement.starts_on and day < placement.starts_on:
        raise ValidationError([FieldError("on", STATUS_DAY.label, MSG_STOP_BEFORE_START, {"start": f"{placement.starts_on:%d-%m-%Y}"})])
    if target == S.STARTED and not placement.starts_on and placement.ends_on and day > placement.ends_on:
        raise ValidationError([FieldError("on", STATUS_DAY.label, MSG_START_AFTER_END, {"end": f"{placement.ends_on:%d-%m-%Y}"})])


def employer_changeable(placement: m.Placement) -> bool:
    """Whether a form may offer to change the employer (the rule itself is in ``records``)."""
    return placement.status in records.EMPLOYER_CHANGEABLE


def placement_warnings(session: Session, placement: m.Placement) -> list[str]:
    """Things a coach should know but that do not stop the save."""
    warnings = []
    if placement.employer is not None and not placement.employer.sbb_recognised:
        warnings.append(translate("Warnings", WARN_NOT_RECOGNISED).format(employer=placement.employer.name))
    if (
        placement.student.leerweg == m.Leerweg.BBL
        and placement.status in (S.PROPOSED, S.STARTED)
        and not placement.pok_signed_on
    ):
        warnings.append(translate("Warnings", WARN_NO_POK))
    return warnings
