"""Who may read and write what: one table, asked on every path.

The services ask it before they write (desktop and command line alike); the team merge asks it for every
received change, with the author's role from the signed roster and the record as it stands on the receiving
laptop; team sharing asks it what a member's laptop may hold; the screens ask it what to offer. It knows no
session and no Qt: the caller gives it the record's values and what it knows around them (``Standing``).

The rules in words:
- A coordinator may write everything.
- A docent/BPV-begeleider or job coach works in his own school: its students and everything about them,
  his school's own phone, e-mail and region, colleagues of his own school (never a coordinator); the
  catalogues (employers, workplace trainers, events, schemes, help) are the whole team's. He erases no student.
- A JPO (a senior student as peer coach) changes only his active mentees' own contact details and what they
  can do, and logs contacts with his mentees under his own name. Nothing else.
- A jobhunter works on employers, their places, recognitions, pipeline and contacts, team-wide; of students he
  sees only what matching needs (name, school, level, the matching profile, the state of the search), never a
  risk assessment, health notes or a contact's notes.
- Nobody changes his own role or school; only a coordinator makes someone coordinator.
- A field declared ``sensitive`` in ``domain/schema.py`` (health notes, a risk assessment's notes) is never
  shown to, held by or written by a role that may not see it; risk assessments are hidden from a JPO as a whole.
- A risk assessment is never changed after it was made: a new judgement is a new assessment.

Recipe, add a field: declare it in ``domain/schema.py`` (``sensitive=True`` if a JPO may not see it), add the
column and a migration; a role with a field list below gets it only when it is added to that list.
Recipe, add a kind: declare it in ``schema.KINDS`` and add one ``Grant`` per role to ``POLICY`` (a role without
one may not write it); team sharing needs its table in ``sync/scopes.py`` (which scope it belongs to).
"""
from __future__ import annotations

import enum
import functools
from collections.abc import Mapping
from dataclasses import dataclass

from coachdesk.domain import models as m
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP
from coachdesk.domain.schema import KINDS, TABLE_KINDS

COORDINATOR, DOCENT, JOBCOACH, JPO, JOBHUNTER = (role.value for role in (
    m.CoachRole.COORDINATOR, m.CoachRole.DOCENT, m.CoachRole.JOBCOACH, m.CoachRole.JPO, m.CoachRole.JOBHUNTER))

DENIED_CHANGE = QT_TRANSLATE_NOOP("Errors", "Your role may not change this. Ask a coordinator.")
DENIED_STUDENT = QT_TRANSLATE_NOOP("Errors", "You may not see this student's file. Ask a coordinator.")
DENIED_RISKS = QT_TRANSLATE_NOOP("Errors", "Risk assessments are not available to a JPO. Ask the student's coach.")
DENIED_AUDIT = QT_TRANSLATE_NOOP("Errors", "Only a coordinator may read the audit trail.")
DENIED_READ = QT_TRANSLATE_NOOP("Errors", "This is not available to your role. Ask a coordinator.")
DENIED_FIXED = QT_TRANSLATE_NOOP("Errors", "A risk assessment is never changed afterwards. Record a new assessment instead.")
DENIED_ERASE = QT_TRANSLATE_NOOP("Errors", "Only a coordinator may erase a student.")
DENIED_FIELD = QT_TRANSLATE_NOOP("Validation", "{label}: your role may not change this field.")
DENIED_VALUE = QT_TRANSLATE_NOOP("Validation", "{label}: your role may not give this value. Ask the student's coach.")
DENIED_OWN_ROLE = QT_TRANSLATE_NOOP("Validation", "{label}: nobody changes his own role or school. Ask a coordinator.")
DENIED_COORDINATOR = QT_TRANSLATE_NOOP("Validation", "{label}: only a coordinator may make someone coordinator.")
DENIED_OTHER_SCHOOL = QT_TRANSLATE_NOOP("Validation", "{label}: choose your own school; other schools' records are not yours to change.")
DENIED_OTHERS_CONTACT = QT_TRANSLATE_NOOP("Errors", "This contact was logged by someone else; only he or a coordinator may change it.")

CREATE, CHANGE, DELETE = "create", "change", "delete"
WHOLE = "*"  # the field of a refusal that concerns the record, not one field
BOOKKEEPING = frozenset({"id", "created_at", "updated_at"})  # set by the app itself, on every path

# Row rules: whose records a grant covers.
ANY = "any"  # every record of the kind
SCHOOL = "school"  # records about students of his own school
OWN_SCHOOL = "own_school"  # his own school's record
COLLEAGUES = "colleagues"  # coaches of his own school, never a coordinator, never his own role or school
MENTEES = "mentees"  # his active mentees' records
OWN_CONTACTS = "own_contacts"  # contacts with his mentees, logged under his own name


@dataclass(frozen=True)
class Grant:
    """What one role may do with one kind."""

    fields: frozenset[str] | None = None  # the fields it may set; None: every field
    create: bool = True
    change: bool = True
    delete: bool = False
    rows: str = ANY
    values: tuple[tuple[str, frozenset[str]], ...] = ()  # (field, the only values it may give it)


@dataclass(frozen=True)
class Who:
    """The person who writes: his role (a CoachRole value), coach id and school."""

    role: str
    coach_id: str | None = None
    school_id: str | None = None


@dataclass(frozen=True)
class Standing:
    """What the caller knows around a record: the school of the student it is about (as the record will be;
    for a change of school: as it was, in ``student_school_before``), and whether he is the writer's active mentee."""

    student_school: str | None = None
    student_school_before: str | None = None
    mentee: bool = False


@dataclass(frozen=True)
class Refusal:
    field: str  # WHOLE for the record as a whole
    text: str  # English source text; context "Errors" for a whole record, "Validation" (with {label}) for a field

    @property
    def whole(self) -> bool:
        return self.field == WHOLE


def _value(role: m.CoachRole | str) -> str:
    return role.value if isinstance(role, enum.Enum) else str(role)


_STAFF: dict[str, Grant] = {
    "students": Grant(rows=SCHOOL),
    "jpo_pairings": Grant(rows=SCHOOL, delete=True),
    "placements": Grant(rows=SCHOOL, delete=True),
    "visits": Grant(rows=SCHOOL, delete=True),
    "risks": Grant(rows=SCHOOL, change=False, delete=True),
    "risk_actions": Grant(rows=SCHOOL, delete=True),
    "employers": Grant(delete=True),
    "praktijkopleiders": Grant(delete=True),
    "events": Grant(delete=True),
    "schemes": Grant(delete=True),
    "help": Grant(delete=True),
    "coaches": Grant(frozenset({"name", "role", "school_id", "email", "phone"}), rows=COLLEAGUES),
    "schools": Grant(frozenset({"phone", "email", "region"}), create=False, rows=OWN_SCHOOL),
    "places": Grant(delete=True),
    "recognitions": Grant(delete=True),
    "employer_contacts": Grant(delete=True),
    "travel_times": Grant(rows=SCHOOL, delete=True),
    "routes": Grant(rows=SCHOOL, delete=True),
    "route_items": Grant(rows=SCHOOL, delete=True),
    "pv_route_entries": Grant(rows=SCHOOL, change=False),  # a route's history is never changed afterwards
}

_JOBHUNTER: dict[str, Grant] = {
    "employers": Grant(),
    "praktijkopleiders": Grant(delete=True),
    "places": Grant(delete=True),
    "recognitions": Grant(delete=True),
    "employer_contacts": Grant(delete=True),
    "events": Grant(delete=True),
}

POLICY: dict[str, dict[str, Grant]] = {
    DOCENT: _STAFF,
    JOBCOACH: _STAFF,
    JOBHUNTER: _JOBHUNTER,
    JPO: {
        # His mentees' own contact details and what they can do; nothing about consent, parents, school or status.
        "students": Grant(frozenset({"phone", "email", "sectors", "competences"}), create=False, rows=MENTEES),
        # Contacts with his mentees, always under his own name.
        "visits": Grant(frozenset({"student_id", "placement_id", "visited_on", "kind", "coach_id", "summary", "agreements",
                                   "next_contact_due"}), rows=OWN_CONTACTS),
        # His mentee's practice on a werkproces: "oefenen" at most; judging and signing are the school's and the trainer's.
        "route_items": Grant(frozenset({"status", "evidence", "assessed_on", "assessor"}), create=False, rows=MENTEES,
                             values=(("status", frozenset({"oefenen"})),)),
        "pv_route_entries": Grant(frozenset({"item_id", "student_id", "entry_kind", "status", "evidence", "on", "coach_id", "note"}),
                                  change=False, rows=MENTEES,
                                  values=(("entry_kind", frozenset({"judgement"})), ("status", frozenset({"oefenen"})))),
    },
}
_EVERYTHING = Grant(delete=True)
FIXED_KINDS = frozenset({"risks"})  # never changed after they were made, by anyone

# What a role may not read at all, and whether it may read sensitive fields.
HIDDEN_KINDS: dict[str, frozenset[str]] = {
    JPO: frozenset({"risks", "risk_actions", "employer_contacts"}),
    JOBHUNTER: frozenset({"risks", "risk_actions", "visits", "travel_times", "routes", "route_items", "pv_route_entries"}),
}
COORDINATOR_ONLY_READING = frozenset({"audit"})
SEES_SENSITIVE = frozenset({COORDINATOR, DOCENT, JOBCOACH})
# Fields hidden beyond the sensitive ones: the pipeline is not a JPO's business; a jobhunter sees of a student
# only what matching needs (READABLE: every other field of the kind is hidden from him).
HIDDEN_FIELDS: dict[str, dict[str, frozenset[str]]] = {
    JPO: {"employers": frozenset({"acquisition_stage", "acquisition_owner_id", "next_step", "next_step_on", "dropped_reason"})},
}
READABLE_FIELDS: dict[str, dict[str, frozenset[str]]] = {
    JOBHUNTER: {"students": frozenset({"first_name", "last_name", "school_type", "vso_profile", "leerweg", "opleiding", "crebo",
                                       "school_id", "coach_id", "sectors", "status", "home_pc4", "travel_mode",
                                       "max_travel_minutes", "wished_sectors", "wished_work_types", "limits",
                                       "max_hours_per_week", "available_days", "support_needs"})},
}


# What is not a record but an operation: who may do it. The services check it; the screens offer only these.
OPERATIONS: dict[str, frozenset[str]] = {
    "read_audit": frozenset({COORDINATOR}),
    "read_refused": frozenset({COORDINATOR}),
    "read_monitor": frozenset({COORDINATOR, DOCENT, JOBCOACH, JOBHUNTER}),  # the figures: a JPO has none  # colleagues' changes the policy refused on receive
    "privacy_requests": frozenset({COORDINATOR}),  # an AVG export, erasing a student, the retention period applied
    "remove_demo": frozenset({COORDINATOR}),
    "team_settings": frozenset({COORDINATOR}),  # thresholds, retention, print header: the team's, on every laptop
    "manage_team": frozenset({COORDINATOR}),  # invite, change a role, remove (the roster is signed by a coordinator)
    "import": frozenset({COORDINATOR, DOCENT, JOBCOACH, JOBHUNTER}),  # an import makes records of several kinds
}


# The settings that are the team's (shared with every laptop, changed by whoever may do "team_settings");
# every other setting (language, lock time, who uses this laptop) belongs to the laptop and its user.
TEAM_SETTINGS = frozenset({"searching_weeks", "contact_interval_weeks", "minimum_contacts", "ending_within_weeks",
                           "retention_years", "school_name", "print_header", "region", "hold_days",
                           "monitor.akkoorden"})  # (never "monitor.signing_key": a laptop's own key stays on it)


def may_do(role: m.CoachRole | str, operation: str) -> bool:
    return _value(role) in OPERATIONS[operation]


def kind_of_table(table: str) -> str:
    """The policy's name of a kind from its table name (a sync change names the table)."""
    kind = TABLE_KINDS.get(table)
    return kind.name if kind is not None else table


def sensitive_fields(kind: str) -> frozenset[str]:
    """The fields of ``kind`` declared sensitive in the schema: the one place that says so."""
    record_kind = KINDS.get(kind) or TABLE_KINDS.get(kind)
    return frozenset(spec.name for spec in record_kind.fields if spec.sensitive) if record_kind else frozenset()


def sees_sensitive(role: m.CoachRole | str) -> bool:
    return _value(role) in SEES_SENSITIVE


def may_read_kind(role: m.CoachRole | str, kind: str) -> bool:
    role = _value(role)
    if kind in COORDINATOR_ONLY_READING:
        return role == COORDINATOR
    return kind not in HIDDEN_KINDS.get(role, frozenset())


def reading_refusal(role: m.CoachRole | str, kind: str) -> str | None:
    """Why ``role`` may not read ``kind`` (a text for the user); None when he may."""
    if may_read_kind(role, kind):
        return None
    if kind in COORDINATOR_ONLY_READING:
        return DENIED_AUDIT
    return DENIED_RISKS if kind in ("risks", "risk_actions") and _value(role) == JPO else DENIED_READ


def hidden_fields(role: m.CoachRole | str, kind: str) -> frozenset[str]:
    """The fields of ``kind`` that ``role`` may not see (nor hold on his laptop)."""
    return _hidden_fields(_value(role), kind)


@functools.cache
def _hidden_fields(role: str, kind: str) -> frozenset[str]:
    hidden = (frozenset() if sees_sensitive(role) else sensitive_fields(kind)) | HIDDEN_FIELDS.get(role, {}).get(kind, frozenset())
    readable = READABLE_FIELDS.get(role, {}).get(kind)
    if readable is not None:
        record_kind = KINDS.get(kind) or TABLE_KINDS.get(kind)
        hidden |= frozenset(spec.name for spec in (record_kind.fields if record_kind else ()) if spec.name not in readable)
    return hidden


def grant(role: m.CoachRole | str, kind: str) -> Grant | None:
    """What ``role`` may do with ``kind``; None: nothing."""
    role = _value(role)
    if role == COORDINATOR:
        return _EVERYTHING if kind not in FIXED_KINDS else Grant(change=False, delete=True)
    found = POLICY.get(role, {}).get(kind)
    if found is not None and kind in FIXED_KINDS:
        return Grant(found.fields, found.create, False, found.delete, found.rows)
    return found


def may(role: m.CoachRole | str, kind: str, action: str) -> bool:
    """May ``role`` do ``action`` (CREATE, CHANGE, DELETE) to some record of ``kind``: what a screen offers."""
    found = grant(role, kind)
    if found is None or not may_read_kind(role, kind):
        return False
    return {CREATE: found.create, CHANGE: found.change, DELETE: found.delete}[action]


def may_give(role: m.CoachRole | str, kind: str, field: str, value: object) -> bool:
    """May ``role`` give ``field`` of ``kind`` this value (a JPO notes a werkproces as "oefenen", never higher)."""
    return not field_refusals(Who(_value(role)), kind, {field: value}, None)


def may_set_field(role: m.CoachRole | str, kind: str, field: str) -> bool:
    """May ``role`` set ``field`` of ``kind`` (on a record his row rule allows): which fields a form leaves open."""
    found = grant(role, kind)
    if found is None or field in hidden_fields(role, kind):
        return False
    return found.fields is None or field in found.fields or field in BOOKKEEPING


def _blank(value: object) -> bool:
    return value in (None, False, "", [])


def kind_refusal(who: Who, kind: str, action: str) -> Refusal | None:
    """The refusal of ``action`` on ``kind`` as a whole for this role; None when some record may be."""
    reading = reading_refusal(who.role, kind)
    if reading is not None:
        return Refusal(WHOLE, reading)
    found = grant(who.role, kind)
    if found is None:
        return Refusal(WHOLE, DENIED_CHANGE)
    if action == CHANGE and not found.change:
        return Refusal(WHOLE, DENIED_FIXED if kind in FIXED_KINDS else DENIED_CHANGE)
    if action == CREATE and not found.create:
        return Refusal(WHOLE, DENIED_CHANGE)
    if action == DELETE and not found.delete:
        return Refusal(WHOLE, DENIED_ERASE if kind == "students" else DENIED_CHANGE)
    return None


def field_refusals(who: Who, kind: str, values: Mapping[str, object], current: Mapping[str, object] | None) -> list[Refusal]:
    """The fields in ``values`` this role may not set: given a value on a new record (``current`` None), or a value
    other than the stored one. A field it may not see is refused whenever a change gives it at all."""
    found = grant(who.role, kind)
    if found is None:
        return [Refusal(name, DENIED_FIELD) for name in sorted(values)]
    hidden = hidden_fields(who.role, kind)
    refused = []
    for name, value in values.items():
        if name in hidden:
            if current is not None or not _blank(value):  # a blank on a new record is no value
                refused.append(Refusal(name, DENIED_FIELD))
            continue
        allowed_values = dict(found.values).get(name)
        if allowed_values is not None and not _blank(value) and _value(value) not in allowed_values:  # type: ignore[arg-type]
            refused.append(Refusal(name, DENIED_VALUE))
            continue
        if found.fields is None or name in found.fields or name in BOOKKEEPING:
            continue
        unchanged = _blank(value) if current is None else value == current.get(name)
        if not unchanged:
            refused.append(Refusal(name, DENIED_FIELD))
    return refused


def row_refusals(who: Who, kind: str, action: str, current: Mapping[str, object] | None, merged: Mapping[str, object],
                 standing: Standing) -> list[Refusal]:
    """The row rules: may this writer touch this record (as it stands: ``current``, None for a new one; as it will be: ``merged``)."""
    found = grant(who.role, kind)
    if found is None or who.role == COORDINATOR:
        return []
    check = _ROW_RULES.get(found.rows)
    return check(who, kind, action, current, merged, standing) if check else []


def judge(who: Who, kind: str, action: str, values: Mapping[str, object], current: Mapping[str, object] | None,
          standing: Standing) -> list[Refusal]:
    """Everything the policy says about one write: empty when it is allowed. ``values`` holds the fields set."""
    whole = kind_refusal(who, kind, action)
    if whole is not None:
        return [whole]
    if action == DELETE:
        return row_refusals(who, kind, action, current, dict(current or {}), standing)
    merged = dict(current or {}) | dict(values)
    return field_refusals(who, kind, values, current) + row_refusals(who, kind, action, current, merged, standing)


# --- row rules ----------------------------------------------------------------------------


def _school_rows(who: Who, kind: str, action: str, current, merged, standing: Standing) -> list[Refusal]:
    field = "school_id" if kind == "students" else WHOLE
    text = DENIED_OTHER_SCHOOL if kind == "students" else DENIED_STUDENT
    schools = {standing.student_school} | ({standing.student_school_before} if current is not None else set())
    if who.school_id is None or schools != {who.school_id}:
        return [Refusal(field, text)]
    return []


def _mentee_rows(who: Who, kind: str, action: str, current, merged, standing: Standing) -> list[Refusal]:
    return [] if standing.mentee else [Refusal(WHOLE, DENIED_STUDENT)]


def _own_contact_rows(who: Who, kind: str, action: str, current, merged, standing: Standing) -> list[Refusal]:
    if not standing.mentee:
        return [Refusal(WHOLE, DENIED_STUDENT)]
    if merged.get("coach_id") != who.coach_id or (current is not None and current.get("coach_id") != who.coach_id):
        return [Refusal(WHOLE, DENIED_OTHERS_CONTACT)]
    return []


def _own_school_rows(who: Who, kind: str, action: str, current, merged, standing: Standing) -> list[Refusal]:
    if current is None or current.get("id") != who.school_id:
        return [Refusal("name", DENIED_OTHER_SCHOOL)]
    return []


def _colleague_rows(who: Who, kind: str, action: str, current, merged, standing: Standing) -> list[Refusal]:
    own = current is not None and current.get("id") == who.coach_id
    problems = []
    if own:
        problems += [Refusal(name, DENIED_OWN_ROLE) for name in ("role", "school_id")
                     if name in merged and _value(merged[name]) != _value(current.get(name))]  # type: ignore[union-attr, arg-type]
    was_coordinator = current is not None and _value(current.get("role")) == COORDINATOR  # type: ignore[arg-type]
    if _value(merged.get("role")) == COORDINATOR and not was_coordinator:  # type: ignore[arg-type]
        problems.append(Refusal("role", DENIED_COORDINATOR))
    if was_coordinator and not own:
        problems.append(Refusal("role", DENIED_COORDINATOR))
    if not own and (merged.get("school_id") != who.school_id or (current is not None and current.get("school_id") != who.school_id)):
        problems.append(Refusal("school_id", DENIED_OTHER_SCHOOL))
    return problems


_ROW_RULES = {SCHOOL: _school_rows, MENTEES: _mentee_rows, OWN_CONTACTS: _own_contact_rows, OWN_SCHOOL: _own_school_rows,
              COLLEAGUES: _colleague_rows}
