"""Winning employers over (jobhunters): the pipeline, duplicate employers, and merging them.

- **Pipeline:** an employer's ``acquisition_stage`` runs prospect → eerste contact → gesprek →
  interesse → erkenning aangevraagd → erkend → plaats(en) beschikbaar; "dropped" stands outside
  the order and needs a reason (``place_rules``). ``pipeline_rows`` gives the team's view: who talks
  to which employer, at what stage, the next step and the last contact.
- **Duplicates** (``duplicates``, ``duplicates_of``): two active employers are probably one when they
  share a KvK number, a Leerbedrijf-ID (on the employer or on a recognition) or a phone number
  (digits only), or when their names are alike (legal forms and punctuation left out) in the same
  four-digit postcode. The one to keep is the one with more placements, places and contacts (then the
  older).
- **Merge** (``merge``): the placements, places, contacts, workplace trainers, recognitions and stored
  travel times of the other move to the one kept; fields the kept one lacks (and the pipeline, when
  the other is further along) are taken from the other; the other is marked inactive and "merged
  into". Everything it changed is kept in an ``EmployerMerge``, so ``unmerge`` puts it all back
  (records made at the kept employer since stay there). Both steps are in the audit trail.
"""
from __future__ import annotations

import difflib
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import combinations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coachdesk.domain import clock
from coachdesk.domain import models as m
from coachdesk.domain.errors import NotFound, UserError
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP, translate
from coachdesk.services import access, records
from coachdesk.services.access import Actor
from coachdesk.storage.audit import act_as
from coachdesk.sync.values import plain, to_column

STAGE_ORDER = [m.AcquisitionStage.PROSPECT, m.AcquisitionStage.EERSTE_CONTACT, m.AcquisitionStage.GESPREK,
               m.AcquisitionStage.INTERESSE, m.AcquisitionStage.ERKENNING_AANGEVRAAGD, m.AcquisitionStage.ERKEND,
               m.AcquisitionStage.PLAATSEN_BESCHIKBAAR]

WHY_KVK = QT_TRANSLATE_NOOP("Employers", "same KvK number {value}")
WHY_SBB = QT_TRANSLATE_NOOP("Employers", "same Leerbedrijf-ID {value}")
WHY_PHONE = QT_TRANSLATE_NOOP("Employers", "same phone number {value}")
WHY_NAME = QT_TRANSLATE_NOOP("Employers", "similar name in postcode {value}")
MSG_SAME = QT_TRANSLATE_NOOP("Errors", "An employer cannot be merged with itself: give two different ids.")
MSG_MERGED_ALREADY = QT_TRANSLATE_NOOP("Errors", "{name} is already merged into another employer; undo that merge first.")
MSG_NO_MERGE = QT_TRANSLATE_NOOP("Errors", "There is no merge with id {id}. The id was printed when the employers were merged.")
MSG_UNDONE = QT_TRANSLATE_NOOP("Errors", "This merge was already undone.")

# The records that belong to an employer, by the column that says which: moved by a merge.
OWNED = {
    "placements": (m.Placement, m.Placement.employer_id),
    "places": (m.Place, m.Place.employer_id),
    "employer_contacts": (m.EmployerContact, m.EmployerContact.employer_id),
    "praktijkopleiders": (m.Praktijkopleider, m.Praktijkopleider.employer_id),
    "recognitions": (m.Recognition, m.Recognition.employer_id),
    "travel_times": (m.TravelTime, m.TravelTime.employer_id),
}
# Fields of the kept employer filled in from the other when empty.
FILLED = ("sbb_id", "kvk_number", "sector", "street", "postcode", "city", "contact_name", "contact_phone", "contact_email")
PIPELINE = ("acquisition_stage", "acquisition_owner_id", "next_step", "next_step_on", "dropped_reason")
_LEGAL_FORMS = re.compile(r"\b(b\s*\.?\s*v|v\s*\.?\s*o\s*\.?\s*f|n\s*\.?\s*v|vof|bv|nv|holding|stichting|vereniging)\b\.?")


def normal_name(name: str) -> str:
    text = unicodedata.normalize("NFKD", name or "").encode("ascii", "ignore").decode().lower()
    text = _LEGAL_FORMS.sub(" ", text)
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


def normal_phone(phone: str | None) -> str:
    digits = re.sub(r"\D", "", phone or "")
    if digits.startswith("0031"):
        digits = "0" + digits[4:]
    elif digits.startswith("31") and len(digits) == 11:
        digits = "0" + digits[2:]
    return digits if len(digits) >= 9 else ""


def names_alike(a: str, b: str) -> bool:
    if not a or not b:
        return False
    return a == b or difflib.SequenceMatcher(None, a, b).ratio() >= 0.85 or (min(len(a), len(b)) >= 5 and (a in b or b in a))


@dataclass(frozen=True)
class Duplicate:
    keep: str
    other: str
    why: str


@dataclass(frozen=True)
class _Facts:
    id: str
    name: str
    pc4: str
    phone: str
    kvk: str | None
    sbb_ids: frozenset[str]
    weight: int
    created_at: object


def _facts(session: Session, employer_ids: list[str] | None = None) -> list[_Facts]:
    statement = select(m.Employer.id, m.Employer.name, m.Employer.postcode, m.Employer.contact_phone, m.Employer.kvk_number,
                       m.Employer.sbb_id, m.Employer.created_at).where(m.Employer.merged_into_id.is_(None))
    if employer_ids is not None:
        statement = statement.where(m.Employer.id.in_(employer_ids))
    rows = list(session.execute(statement))
    sbb: dict[str, set[str]] = defaultdict(set)
    for employer_id, sbb_id in session.execute(select(m.Recognition.employer_id, m.Recognition.sbb_id).where(m.Recognition.sbb_id.is_not(None))):
        sbb[employer_id].add((sbb_id or "").strip())
    weight: dict[str | None, int] = defaultdict(int)
    for _model, column in (OWNED["placements"], OWNED["places"], OWNED["employer_contacts"]):
        for owner_id, count in session.execute(select(column, func.count()).group_by(column)):
            weight[owner_id] += count
    return [_Facts(row.id, normal_name(row.name), (row.postcode or "")[:4], normal_phone(row.contact_phone), row.kvk_number,
                   frozenset(sbb[row.id] | ({row.sbb_id.strip()} if row.sbb_id else set())), weight[row.id], row.created_at)
            for row in rows]


def _pair(a: _Facts, b: _Facts, why: str) -> Duplicate:
    keep, other = sorted((a, b), key=lambda f: (-f.weight, f.created_at, f.id))  # type: ignore[arg-type,return-value]
    return Duplicate(keep.id, other.id, why)


def _groups(facts: list[_Facts]) -> list[tuple[list[_Facts], str, str]]:
    """Employers sharing a KvK number, a phone number or a Leerbedrijf-ID: (group, why, the shared value)."""
    keyed: dict[tuple[str, str], list[_Facts]] = defaultdict(list)
    for fact in facts:
        if fact.kvk:
            keyed[(WHY_KVK, fact.kvk)].append(fact)
        if fact.phone:
            keyed[(WHY_PHONE, fact.phone)].append(fact)
        for sbb_id in fact.sbb_ids:
            keyed[(WHY_SBB, sbb_id)].append(fact)
    by_pc4: dict[str, list[_Facts]] = defaultdict(list)
    for fact in facts:
        if fact.pc4:
            by_pc4[fact.pc4].append(fact)
    alike = [([a, b], WHY_NAME, pc4) for pc4, group in by_pc4.items() for a, b in combinations(group, 2) if names_alike(a.name, b.name)]
    order = {WHY_KVK: 0, WHY_SBB: 1, WHY_PHONE: 2}
    return [(group, why, value) for (why, value), group in sorted(keyed.items(), key=lambda item: order[item[0][0]])] + alike


def _find(facts: list[_Facts], only: set[str] | None = None) -> list[Duplicate]:
    found: dict[frozenset[str], Duplicate] = {}
    for group, why, value in _groups(facts):
        for a, b in combinations(group, 2):
            key = frozenset((a.id, b.id))
            if key not in found and (only is None or key & only):
                found[key] = _pair(a, b, translate("Employers", why).format(value=value))
    return sorted(found.values(), key=lambda d: (d.keep, d.other))


def duplicates(session: Session, actor: Actor) -> list[Duplicate]:
    """Pairs of active employers that are probably one (see the module's rule)."""
    access.require_kind(actor, "employers", write=False)
    return _find(_facts(session))


def duplicates_of(session: Session, values: dict, *, employer_id: str | None = None) -> list[Duplicate]:
    """Employers that the one with ``values`` (new, or ``employer_id``) would duplicate: for a warning on save or import."""
    candidate = _Facts(employer_id or "(new)", normal_name(str(values.get("name") or "")), str(values.get("postcode") or "")[:4],
                       normal_phone(values.get("contact_phone")), values.get("kvk_number") or None,  # type: ignore[arg-type]
                       frozenset({str(values["sbb_id"]).strip()} if values.get("sbb_id") else set()), -1, None)
    others = [f for f in _facts(session) if f.id != candidate.id]
    return _find([*others, candidate], {candidate.id})


# --- merge and unmerge --------------------------------------------------------------------------------


def _stage_rank(stage: m.AcquisitionStage | None) -> int:
    return STAGE_ORDER.index(stage) + 1 if stage in STAGE_ORDER else 0


def merge(session: Session, actor: Actor, keep_id: str, other_id: str, *, why: str | None = None) -> m.EmployerMerge:
    """Merge employer ``other_id`` into ``keep_id`` (see the module's rule); returns the merge, to undo it by its id."""
    if keep_id == other_id:
        raise UserError(MSG_SAME)
    access.require_write(actor, "employers", create=False)
    keep: m.Employer = records.get(session, actor, "employers", keep_id)  # type: ignore[assignment]
    other: m.Employer = records.get(session, actor, "employers", other_id)  # type: ignore[assignment]
    for employer in (keep, other):
        if employer.merged_into_id:
            raise UserError(MSG_MERGED_ALREADY, name=employer.name)
    act_as(session, actor.coach_id)
    moved: dict[str, list[str]] = {}
    for kind, (model, column) in OWNED.items():
        ids = list(session.scalars(select(model.id).where(column == other.id)))
        if kind == "travel_times":  # one stored time per student and location: the kept employer's own wins
            kept = {(s, pc4) for s, pc4 in session.execute(select(m.TravelTime.student_id, m.TravelTime.location_pc4).where(m.TravelTime.employer_id == keep.id))}
            ids = [tid for tid, s, pc4 in session.execute(select(m.TravelTime.id, m.TravelTime.student_id, m.TravelTime.location_pc4)
                                                           .where(m.TravelTime.employer_id == other.id)) if (s, pc4) not in kept]
        moved[kind] = ids
        for record in session.scalars(select(model).where(model.id.in_(ids))):  # through the ORM: audited and shared
            record.employer_id = keep.id  # type: ignore[attr-defined]
    keep_before: dict[str, object] = {}
    for name in FILLED:
        if not getattr(keep, name) and getattr(other, name):
            keep_before[name] = plain(getattr(keep, name))
            setattr(keep, name, getattr(other, name))
    if _stage_rank(other.acquisition_stage) > _stage_rank(keep.acquisition_stage):
        for name in PIPELINE:
            keep_before[name] = plain(getattr(keep, name))
            setattr(keep, name, getattr(other, name))
    if other.sbb_recognised and not keep.sbb_recognised:
        keep_before["sbb_recognised"] = False
        keep.sbb_recognised = True
    other_before = {"active": other.active, "merged_into_id": None}
    other.active = False
    other.merged_into_id = keep.id
    record = m.EmployerMerge(keep_id=keep.id, other_id=other.id, actor_id=actor.coach_id, why=why, moved=moved,
                             keep_before=keep_before, other_before=other_before)
    session.add(record)
    session.flush()
    return record


def unmerge(session: Session, actor: Actor, merge_id: str) -> m.EmployerMerge:
    """Undo a merge: what moved goes back to the other employer, the kept one's fields as they were before."""
    access.require_write(actor, "employers", create=False)
    record = session.get(m.EmployerMerge, merge_id) if isinstance(merge_id, str) and len(merge_id) <= 36 else None
    if record is None:
        raise NotFound(MSG_NO_MERGE, id=str(merge_id)[:40])
    if record.undone_at is not None:
        raise UserError(MSG_UNDONE)
    act_as(session, actor.coach_id)
    keep = session.get(m.Employer, record.keep_id)
    other = session.get(m.Employer, record.other_id)
    if keep is None or other is None:
        raise NotFound(MSG_NO_MERGE, id=merge_id)
    for kind, ids in record.moved.items():
        model, column = OWNED[kind]
        for moved in session.scalars(select(model).where(model.id.in_(ids), column == keep.id)):
            moved.employer_id = other.id  # type: ignore[attr-defined]
    table = m.Employer.__table__
    for name, value in record.keep_before.items():
        setattr(keep, name, to_column(table.c[name], value))
    other.active = bool(record.other_before.get("active", True))
    other.merged_into_id = None
    record.undone_at = m.utcnow()
    session.flush()
    return record


# --- the team's view of the pipeline ---------------------------------------------------------------------


@dataclass(frozen=True)
class PipelineRow:
    employer_id: str
    name: str
    stage: m.AcquisitionStage | None
    owner: str | None
    next_step: str | None
    next_step_on: date | None
    last_contact_on: date | None
    last_contact_by: str | None
    places_open: int


def pipeline_rows(session: Session, actor: Actor, *, stage: m.AcquisitionStage | None = None) -> list[PipelineRow]:
    """Every employer in the pipeline: who talks to him, at what stage, the next step and the last contact."""
    access.require_kind(actor, "employers", write=False)
    last = (select(m.EmployerContact.employer_id, func.max(m.EmployerContact.contacted_on).label("on"))
            .group_by(m.EmployerContact.employer_id).subquery())
    statement = (select(m.Employer.id, m.Employer.name, m.Employer.acquisition_stage, m.Coach.name, m.Employer.next_step,
                        m.Employer.next_step_on, last.c.on)
                 .outerjoin(m.Coach, m.Coach.id == m.Employer.acquisition_owner_id)
                 .outerjoin(last, last.c.employer_id == m.Employer.id)
                 .where(m.Employer.acquisition_stage.is_not(None), m.Employer.merged_into_id.is_(None)))
    if stage is not None:
        statement = statement.where(m.Employer.acquisition_stage == stage)
    rows = list(session.execute(statement.order_by(m.Employer.name, m.Employer.id)))
    by: dict[tuple[str, date], str] = {}
    for employer_id, on, coach in session.execute(
            select(m.EmployerContact.employer_id, m.EmployerContact.contacted_on, m.Coach.name)
            .join(last, (last.c.employer_id == m.EmployerContact.employer_id) & (last.c.on == m.EmployerContact.contacted_on))
            .outerjoin(m.Coach, m.Coach.id == m.EmployerContact.coach_id)):
        by[(employer_id, on)] = coach or ""
    open_places = dict(session.execute(select(m.Place.employer_id, func.count()).where(m.Place.status == m.PlaceStatus.OPEN)
                                       .group_by(m.Place.employer_id)).all())
    return [PipelineRow(eid, name, stage_, owner, step, step_on, on, by.get((eid, on)) if on else None, open_places.get(eid, 0))
            for eid, name, stage_, owner, step, step_on, on in rows]


def due_steps(session: Session, actor: Actor, *, today: date | None = None) -> list[PipelineRow]:
    """The employer steps of ``actor`` (as owner) due today or earlier: for Vandaag."""
    today = today or clock.today()
    owned = set(session.scalars(select(m.Employer.id).where(m.Employer.acquisition_owner_id == actor.coach_id))) if actor.coach_id else None
    return sorted((row for row in pipeline_rows(session, actor)
                   if row.next_step_on and row.next_step_on <= today and row.stage != m.AcquisitionStage.DROPPED
                   and (owned is None or row.employer_id in owned)), key=lambda row: (row.next_step_on, row.name))


# --- what a matching event brought -----------------------------------------------------------------------

MEETING_OUTCOMES = ("wil_kennismaken", "geen_match")
MSG_EVENT_NEXT = QT_TRANSLATE_NOOP("Employers", "Plan the introductions")
MSG_OUTCOME = QT_TRANSLATE_NOOP("Errors", "\"{value}\" is not an outcome of a meeting; use wil_kennismaken or geen_match.")


def record_event_meetings(session: Session, actor: Actor, event_id: str, meetings: list[tuple[str, str, str]]) -> list[m.EmployerContact]:
    """After a matching event: who met whom, as (student id, employer id, outcome). Each employer gets one contact
    of kind "event" saying how many wanted to meet (no names: contacts are read team-wide), and moves on to
    "gesprek" with the next step to plan the introductions when anyone wants to meet."""
    event: m.MatchingEvent = records.get(session, actor, "events", event_id)  # type: ignore[assignment]
    tally: dict[str, list[int]] = {}
    for student_id, employer_id, outcome in meetings:
        if outcome not in MEETING_OUTCOMES:
            raise UserError(MSG_OUTCOME, value=str(outcome)[:40])
        access.require_student(session, actor, student_id)
        tally.setdefault(employer_id, [0, 0])[0 if outcome == "wil_kennismaken" else 1] += 1
    contacts = []
    day = min(event.starts_at.date(), clock.today())
    for employer_id, (wanted, none) in tally.items():
        summary = translate("Employers", "At {event}: %n student(s) want to meet, {none} no match.", None, wanted).replace("%n", str(wanted))
        contact = records.create(session, actor, "employer_contacts", {
            "employer_id": employer_id, "contacted_on": day, "kind": m.EmployerContactKind.EVENT.value, "event_id": event.id,
            "coach_id": actor.coach_id, "summary": summary.format(event=event.title, none=none)})
        contacts.append(contact)  # type: ignore[arg-type]
        employer: m.Employer = records.get(session, actor, "employers", employer_id)  # type: ignore[assignment]
        if wanted and _stage_rank(employer.acquisition_stage) < _stage_rank(m.AcquisitionStage.GESPREK):
            records.update(session, actor, "employers", employer_id, {
                "acquisition_stage": m.AcquisitionStage.GESPREK.value, "dropped_reason": None,
                "next_step": translate("Employers", MSG_EVENT_NEXT), "next_step_on": clock.today() + timedelta(days=7)})
    return contacts  # type: ignore[return-value]


# --- a contact logged, and what the school seeks ----------------------------------------------------------

def log_contact(session: Session, actor: Actor, values: dict) -> m.EmployerContact:
    """An employer contact, as a form saves it: under the actor's name when none is given; its next step becomes the
    employer's, and a prospect moves on to "eerste contact"."""
    values = dict(values)
    if actor.coach_id and not values.get("coach_id"):
        values["coach_id"] = actor.coach_id
    contact: m.EmployerContact = records.create(session, actor, "employer_contacts", values)  # type: ignore[assignment]
    employer: m.Employer = records.get(session, actor, "employers", contact.employer_id)  # type: ignore[assignment]
    changes: dict[str, object] = {}
    if contact.next_step or contact.next_step_on:
        changes |= {"next_step": contact.next_step, "next_step_on": contact.next_step_on}
    if employer.acquisition_stage in (None, m.AcquisitionStage.PROSPECT):
        changes["acquisition_stage"] = m.AcquisitionStage.EERSTE_CONTACT.value
    if employer.acquisition_owner_id is None and actor.coach_id:
        changes["acquisition_owner_id"] = actor.coach_id
    if changes:
        records.update(session, actor, "employers", employer.id, changes)
    return contact


@dataclass(frozen=True)
class Sought:
    school_type: m.SchoolType
    leerweg: m.Leerweg | None
    students: int


def sought_in_sector(session: Session, actor: Actor, sector: str) -> list[Sought]:
    """What the school seeks in ``sector``: how many students without a proposed or started placement wish it, per
    school type and leerweg (no names: for "wat wij zoeken" in a prospect's toolkit)."""
    wanted = sector.strip().lower()
    placed = select(m.Placement.student_id).where(m.Placement.status.in_((m.PlacementStatus.PROPOSED, m.PlacementStatus.STARTED)))
    statement = access.scope(select(m.Student.school_type, m.Student.leerweg, m.Student.wished_sectors, m.Student.sectors)
                             .where(m.Student.status == m.StudentStatus.ACTIVE, m.Student.id.not_in(placed)), m.Student, actor)
    counts: dict[tuple[m.SchoolType, m.Leerweg | None], int] = defaultdict(int)
    for school_type, leerweg, wished, interests in session.execute(statement):
        if wanted in {item.strip().lower() for item in (wished or interests or [])}:
            counts[(school_type, leerweg)] += 1
    order = list(m.SchoolType)
    return [Sought(school_type, leerweg, count) for (school_type, leerweg), count
            in sorted(counts.items(), key=lambda item: (order.index(item[0][0]), item[0][1].value if item[0][1] else ""))]
