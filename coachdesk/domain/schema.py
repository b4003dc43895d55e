"""What each record kind's fields are: type, label, required, limits.

One description serves three purposes: the services validate input with it,
the desktop forms are laid out from it, and the command line prints with it.
Labels are English source text in the translation context "Fields".
"""
from __future__ import annotations

import enum
import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, cast

from coachdesk.domain import models as m
from coachdesk.domain.errors import FieldError, ValidationError
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from _typeshed import ConvertibleToInt


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str
    kind: str  # text longtext date datetime int bool choice ref list email phone postcode pc4 kvk url crebo
    required: bool = False
    max_length: int = 200
    choices: type[enum.Enum] | None = None
    ref: str | None = None  # the record kind a "ref" field points to
    minimum: int | None = None
    maximum: int | None = None
    sensitive: bool = False  # special-category or risk data: never shown to a JPO
    hint: str = ""


# The longest text a field takes: the String(n) size of its column, or LONGTEXT_MAX for a Text column.
LONGTEXT_MAX = 5000
_KIND_MAX_LENGTH = {"longtext": LONGTEXT_MAX, "phone": 40, "crebo": 5, "postcode": 7}


def _f(name: str, label: str, kind: str = "text", **options: Any) -> FieldSpec:
    if kind in _KIND_MAX_LENGTH:
        options.setdefault("max_length", _KIND_MAX_LENGTH[kind])
    return FieldSpec(name, label, kind, **options)


SCHOOL_FIELDS = [
    _f("name", QT_TRANSLATE_NOOP("Fields", "Name"), required=True),
    _f("brin", QT_TRANSLATE_NOOP("Fields", "BRIN code"), max_length=8),
    _f("phone", QT_TRANSLATE_NOOP("Fields", "Phone"), "phone"),
    _f("email", QT_TRANSLATE_NOOP("Fields", "Email"), "email"),
    _f("region", QT_TRANSLATE_NOOP("Fields", "Labour market region"), max_length=100),
]

COACH_FIELDS = [
    _f("name", QT_TRANSLATE_NOOP("Fields", "Name"), required=True),
    _f("role", QT_TRANSLATE_NOOP("Fields", "Role"), "choice", required=True, choices=m.CoachRole),
    _f("school_id", QT_TRANSLATE_NOOP("Fields", "School"), "ref", ref="schools"),
    _f("email", QT_TRANSLATE_NOOP("Fields", "Email"), "email"),
    _f("phone", QT_TRANSLATE_NOOP("Fields", "Phone"), "phone"),
]

STUDENT_FIELDS = [
    _f("student_number", QT_TRANSLATE_NOOP("Fields", "Student number"), max_length=20,
       hint=QT_TRANSLATE_NOOP("Fields", "The school's own number (Stamnummer or Leerlingnummer), unique per school. Never the BSN.")),
    _f("first_name", QT_TRANSLATE_NOOP("Fields", "First name"), required=True, max_length=100),
    _f("last_name", QT_TRANSLATE_NOOP("Fields", "Last name"), required=True, max_length=100),
    _f("date_of_birth", QT_TRANSLATE_NOOP("Fields", "Date of birth"), "date"),
    _f("school_type", QT_TRANSLATE_NOOP("Fields", "School type"), "choice", required=True, choices=m.SchoolType),
    _f("vso_profile", QT_TRANSLATE_NOOP("Fields", "VSO exit profile"), "choice", choices=m.VsoProfile),
    _f("leerweg", QT_TRANSLATE_NOOP("Fields", "Learning pathway (BOL/BBL)"), "choice", choices=m.Leerweg),
    _f("opleiding", QT_TRANSLATE_NOOP("Fields", "Programme"), max_length=200),
    _f("crebo", QT_TRANSLATE_NOOP("Fields", "Crebo"), "crebo"),
    _f("school_id", QT_TRANSLATE_NOOP("Fields", "School"), "ref", required=True, ref="schools"),
    _f("coach_id", QT_TRANSLATE_NOOP("Fields", "Coach"), "ref", ref="coaches"),
    _f("phone", QT_TRANSLATE_NOOP("Fields", "Phone"), "phone"),
    _f("email", QT_TRANSLATE_NOOP("Fields", "Email"), "email"),
    _f("guardian_name", QT_TRANSLATE_NOOP("Fields", "Parent/guardian"), max_length=200),
    _f("guardian_phone", QT_TRANSLATE_NOOP("Fields", "Parent/guardian phone"), "phone"),
    _f("guardian_email", QT_TRANSLATE_NOOP("Fields", "Parent/guardian email"), "email"),
    _f("sectors", QT_TRANSLATE_NOOP("Fields", "Sectors of interest"), "list"),
    _f("competences", QT_TRANSLATE_NOOP("Fields", "What the student can do"), "longtext"),
    _f("consent_share_profile", QT_TRANSLATE_NOOP("Fields", "Profile may be shared with employers"), "bool"),
    _f("parent_consent", QT_TRANSLATE_NOOP("Fields", "Parent/guardian consent recorded"), "bool"),
    _f("health_notes", QT_TRANSLATE_NOOP("Fields", "Health notes"), "longtext", sensitive=True),
    _f("status", QT_TRANSLATE_NOOP("Fields", "Status"), "choice", choices=m.StudentStatus),
    _f("left_on", QT_TRANSLATE_NOOP("Fields", "Left school on"), "date"),
    # The matching profile (services/matching.py): where he lives, how he travels, what he wishes and cannot do.
    _f("home_pc4", QT_TRANSLATE_NOOP("Fields", "Home postcode (4 digits)"), "pc4"),
    _f("travel_mode", QT_TRANSLATE_NOOP("Fields", "Travels by"), "choice", choices=m.TravelMode),
    _f("max_travel_minutes", QT_TRANSLATE_NOOP("Fields", "Longest trip one way (minutes)"), "int", minimum=5, maximum=180),
    _f("wished_sectors", QT_TRANSLATE_NOOP("Fields", "Wished sectors"), "list"),
    _f("wished_work_types", QT_TRANSLATE_NOOP("Fields", "Wished kinds of work"), "list"),
    _f("limits", QT_TRANSLATE_NOOP("Fields", "Cannot do"), "list", choices=m.WorkCondition),
    _f("max_hours_per_week", QT_TRANSLATE_NOOP("Fields", "At most hours per week"), "int", minimum=1, maximum=60),
    _f("available_days", QT_TRANSLATE_NOOP("Fields", "Days available"), "list", choices=m.Weekday),
    _f("support_needs", QT_TRANSLATE_NOOP("Fields", "Support needs (written for an employer)"), "longtext"),
    _f("destination", QT_TRANSLATE_NOOP("Fields", "Destination after school"), "choice", choices=m.Destination),
    _f("regional_figures_excluded", QT_TRANSLATE_NOOP("Fields", "Leave out of regional figures"), "bool",
       hint=QT_TRANSLATE_NOOP("Fields", "Tick when the student or his parents did not consent to being counted in figures that leave the school.")),
]

EMPLOYER_FIELDS = [
    _f("name", QT_TRANSLATE_NOOP("Fields", "Name"), required=True),
    _f("sbb_id", QT_TRANSLATE_NOOP("Fields", "SBB Leerbedrijf-ID"), max_length=20),
    _f("sbb_recognised", QT_TRANSLATE_NOOP("Fields", "Recognised by SBB"), "bool"),
    _f("sector", QT_TRANSLATE_NOOP("Fields", "Sector"), max_length=100),
    _f("street", QT_TRANSLATE_NOOP("Fields", "Street and number")),
    _f("postcode", QT_TRANSLATE_NOOP("Fields", "Postcode"), "postcode"),
    _f("city", QT_TRANSLATE_NOOP("Fields", "City"), max_length=100),
    _f("contact_name", QT_TRANSLATE_NOOP("Fields", "Contact person")),
    _f("contact_phone", QT_TRANSLATE_NOOP("Fields", "Contact phone"), "phone"),
    _f("contact_email", QT_TRANSLATE_NOOP("Fields", "Contact email"), "email"),
    _f("kvk_number", QT_TRANSLATE_NOOP("Fields", "KvK number"), "kvk", max_length=8),
    # The acquisition pipeline (jobhunters)
    _f("acquisition_stage", QT_TRANSLATE_NOOP("Fields", "Acquisition stage"), "choice", choices=m.AcquisitionStage),
    _f("acquisition_owner_id", QT_TRANSLATE_NOOP("Fields", "Acquisition by"), "ref", ref="coaches"),
    _f("next_step", QT_TRANSLATE_NOOP("Fields", "Next step"), "longtext"),
    _f("next_step_on", QT_TRANSLATE_NOOP("Fields", "Next step on"), "date"),
    _f("dropped_reason", QT_TRANSLATE_NOOP("Fields", "Why dropped"), "longtext"),
]

PLACE_FIELDS = [
    _f("employer_id", QT_TRANSLATE_NOOP("Fields", "Employer"), "ref", required=True, ref="employers"),
    _f("title", QT_TRANSLATE_NOOP("Fields", "Title")),
    _f("werkveld", QT_TRANSLATE_NOOP("Fields", "Field of work")),
    _f("leerweg", QT_TRANSLATE_NOOP("Fields", "Kind of place"), "choice", required=True, choices=m.PlaceLeerweg),
    _f("sector", QT_TRANSLATE_NOOP("Fields", "Sector"), max_length=100),
    _f("work_type", QT_TRANSLATE_NOOP("Fields", "Kind of work"), max_length=100),
    _f("crebo", QT_TRANSLATE_NOOP("Fields", "Crebo"), "crebo"),
    _f("level", QT_TRANSLATE_NOOP("Fields", "mbo level"), "int", minimum=1, maximum=4),
    _f("location_pc4", QT_TRANSLATE_NOOP("Fields", "Location postcode (4 digits)"), "pc4"),
    _f("location_place", QT_TRANSLATE_NOOP("Fields", "Location (place)"), max_length=100),
    _f("starts_on", QT_TRANSLATE_NOOP("Fields", "Start date"), "date"),
    _f("ends_on", QT_TRANSLATE_NOOP("Fields", "End date"), "date"),
    _f("days", QT_TRANSLATE_NOOP("Fields", "Days"), "list", choices=m.Weekday),
    _f("hours_per_week", QT_TRANSLATE_NOOP("Fields", "Hours per week"), "int", minimum=1, maximum=60),
    _f("capacity", QT_TRANSLATE_NOOP("Fields", "Number of places"), "int", minimum=1, maximum=100),
    _f("status", QT_TRANSLATE_NOOP("Fields", "Status"), "choice", choices=m.PlaceStatus),
    _f("features", QT_TRANSLATE_NOOP("Fields", "What the place offers"), "list", choices=m.PlaceFeature),
    _f("work_conditions", QT_TRANSLATE_NOOP("Fields", "What the work asks"), "list", choices=m.WorkCondition),
    _f("praktijkopleider_id", QT_TRANSLATE_NOOP("Fields", "Workplace trainer"), "ref", ref="praktijkopleiders"),
    _f("may_be_named", QT_TRANSLATE_NOOP("Fields", "Employer agreed to be named to students"), "bool"),
    _f("notes", QT_TRANSLATE_NOOP("Fields", "Notes"), "longtext"),
]

RECOGNITION_FIELDS = [
    _f("employer_id", QT_TRANSLATE_NOOP("Fields", "Employer"), "ref", required=True, ref="employers"),
    _f("sbb_id", QT_TRANSLATE_NOOP("Fields", "SBB Leerbedrijf-ID"), max_length=20),
    _f("crebo", QT_TRANSLATE_NOOP("Fields", "Crebo"), "crebo", required=True),
    _f("valid_from", QT_TRANSLATE_NOOP("Fields", "Valid from"), "date"),
    _f("valid_until", QT_TRANSLATE_NOOP("Fields", "Valid until"), "date"),
    _f("checked_on", QT_TRANSLATE_NOOP("Fields", "Checked on"), "date"),
    _f("stagemarkt_url", QT_TRANSLATE_NOOP("Fields", "Page on Stagemarkt"), "url", max_length=500),
]

EMPLOYER_CONTACT_FIELDS = [
    _f("employer_id", QT_TRANSLATE_NOOP("Fields", "Employer"), "ref", required=True, ref="employers"),
    _f("contacted_on", QT_TRANSLATE_NOOP("Fields", "Date"), "date", required=True),
    _f("kind", QT_TRANSLATE_NOOP("Fields", "Kind of contact"), "choice", required=True, choices=m.EmployerContactKind),
    _f("coach_id", QT_TRANSLATE_NOOP("Fields", "By coach"), "ref", ref="coaches"),
    _f("summary", QT_TRANSLATE_NOOP("Fields", "Summary"), "longtext"),
    _f("next_step", QT_TRANSLATE_NOOP("Fields", "Next step"), "longtext"),
    _f("next_step_on", QT_TRANSLATE_NOOP("Fields", "Next step on"), "date"),
    _f("event_id", QT_TRANSLATE_NOOP("Fields", "At the event"), "ref", ref="events"),
]

TRAVEL_TIME_FIELDS = [
    _f("student_id", QT_TRANSLATE_NOOP("Fields", "Student"), "ref", required=True, ref="students"),
    _f("employer_id", QT_TRANSLATE_NOOP("Fields", "Employer"), "ref", required=True, ref="employers"),
    _f("location_pc4", QT_TRANSLATE_NOOP("Fields", "Location postcode (4 digits)"), "pc4", required=True),
    _f("minutes", QT_TRANSLATE_NOOP("Fields", "Real travel time one way (minutes)"), "int", required=True, minimum=1, maximum=300),
    _f("travel_mode", QT_TRANSLATE_NOOP("Fields", "Travels by"), "choice", choices=m.TravelMode),
    _f("noted_on", QT_TRANSLATE_NOOP("Fields", "Noted on"), "date"),
]

PRAKTIJKOPLEIDER_FIELDS = [
    _f("employer_id", QT_TRANSLATE_NOOP("Fields", "Employer"), "ref", required=True, ref="employers"),
    _f("name", QT_TRANSLATE_NOOP("Fields", "Name"), required=True),
    _f("phone", QT_TRANSLATE_NOOP("Fields", "Phone"), "phone"),
    _f("email", QT_TRANSLATE_NOOP("Fields", "Email"), "email"),
]

PLACEMENT_FIELDS = [
    _f("student_id", QT_TRANSLATE_NOOP("Fields", "Student"), "ref", required=True, ref="students"),
    _f("employer_id", QT_TRANSLATE_NOOP("Fields", "Employer"), "ref", ref="employers"),
    _f("praktijkopleider_id", QT_TRANSLATE_NOOP("Fields", "Workplace trainer"), "ref", ref="praktijkopleiders"),
    _f("coach_id", QT_TRANSLATE_NOOP("Fields", "School coach"), "ref", ref="coaches"),
    _f("searching_since", QT_TRANSLATE_NOOP("Fields", "Searching since"), "date"),
    _f("starts_on", QT_TRANSLATE_NOOP("Fields", "Start date"), "date"),
    _f("ends_on", QT_TRANSLATE_NOOP("Fields", "End date"), "date"),
    _f("hours_per_week", QT_TRANSLATE_NOOP("Fields", "Hours per week"), "int", minimum=1, maximum=60),
    _f("pok_signed_on", QT_TRANSLATE_NOOP("Fields", "POK signed on"), "date"),
    _f("place_id", QT_TRANSLATE_NOOP("Fields", "Place"), "ref", ref="places"),
    _f("held_until", QT_TRANSLATE_NOOP("Fields", "Place held until"), "date"),
    _f("notes", QT_TRANSLATE_NOOP("Fields", "Notes"), "longtext"),
]

VISIT_FIELDS = [
    _f("student_id", QT_TRANSLATE_NOOP("Fields", "Student"), "ref", required=True, ref="students"),
    _f("placement_id", QT_TRANSLATE_NOOP("Fields", "Placement"), "ref", ref="placements"),
    _f("visited_on", QT_TRANSLATE_NOOP("Fields", "Date"), "date", required=True),
    _f("kind", QT_TRANSLATE_NOOP("Fields", "Kind of contact"), "choice", required=True, choices=m.VisitKind),
    _f("coach_id", QT_TRANSLATE_NOOP("Fields", "By coach"), "ref", ref="coaches"),
    _f("summary", QT_TRANSLATE_NOOP("Fields", "Summary"), "longtext"),
    _f("agreements", QT_TRANSLATE_NOOP("Fields", "Agreements"), "longtext"),
    _f("next_contact_due", QT_TRANSLATE_NOOP("Fields", "Next contact before"), "date"),
]

# After school: the follow-ups 6, 12 and 24 months after leaving (services/outcomes.py records them), and
# the coded reason of a placement ended early. Set by their own services, not by the record forms.
FOLLOW_UP_FIELDS = {
    months: (_f(f"followup_{months}m", label, "choice", choices=m.Destination), _f(f"followup_{months}m_on", QT_TRANSLATE_NOOP("Fields", "Follow-up recorded on"), "date"))
    for months, label in ((6, QT_TRANSLATE_NOOP("Fields", "Where after 6 months")), (12, QT_TRANSLATE_NOOP("Fields", "Where after 12 months")),
                          (24, QT_TRANSLATE_NOOP("Fields", "Where after 24 months")))
}
END_REASON_CODE = _f("end_reason_code", QT_TRANSLATE_NOOP("Fields", "Why it ended early"), "choice", required=True, choices=m.EarlyEndReason)

RISK_FIELDS = [
    _f("student_id", QT_TRANSLATE_NOOP("Fields", "Student"), "ref", required=True, ref="students"),
    _f("assessed_on", QT_TRANSLATE_NOOP("Fields", "Date"), "date", required=True),
    _f("coach_id", QT_TRANSLATE_NOOP("Fields", "Assessed by"), "ref", ref="coaches"),
    _f("signals", QT_TRANSLATE_NOOP("Fields", "Signals"), "list"),
    _f("absence_hours_4_weeks", QT_TRANSLATE_NOOP("Fields", "Unauthorised absence in the last 4 weeks (hours)"), "int", minimum=0, maximum=400),
    _f("override_level", QT_TRANSLATE_NOOP("Fields", "Level set by coach"), "choice", choices=m.RiskLevel),
    _f("override_reason", QT_TRANSLATE_NOOP("Fields", "Reason for a different level"), "longtext"),
    _f("notes", QT_TRANSLATE_NOOP("Fields", "Notes"), "longtext", sensitive=True),
]

RISK_ACTION_FIELDS = [
    _f("description", QT_TRANSLATE_NOOP("Fields", "Action"), "longtext", required=True),
    _f("owner_id", QT_TRANSLATE_NOOP("Fields", "Owner"), "ref", ref="coaches"),
    _f("due_on", QT_TRANSLATE_NOOP("Fields", "Due date"), "date"),
    _f("done_on", QT_TRANSLATE_NOOP("Fields", "Done on"), "date"),
]

EVENT_FIELDS = [
    _f("title", QT_TRANSLATE_NOOP("Fields", "Title"), required=True),
    _f("kind", QT_TRANSLATE_NOOP("Fields", "Kind of event"), "choice", required=True, choices=m.EventKind),
    _f("starts_at", QT_TRANSLATE_NOOP("Fields", "Starts"), "datetime", required=True),
    _f("ends_at", QT_TRANSLATE_NOOP("Fields", "Ends"), "datetime"),
    _f("place", QT_TRANSLATE_NOOP("Fields", "Place"), max_length=300),
    _f("organiser", QT_TRANSLATE_NOOP("Fields", "Organiser")),
    _f("target_groups", QT_TRANSLATE_NOOP("Fields", "For (school types)"), "list", choices=m.SchoolType),
    _f("sectors", QT_TRANSLATE_NOOP("Fields", "Sectors"), "list"),
    _f("registration_deadline", QT_TRANSLATE_NOOP("Fields", "Register before"), "date"),
    _f("registration_url", QT_TRANSLATE_NOOP("Fields", "Registration link"), "url"),
    _f("what_to_bring", QT_TRANSLATE_NOOP("Fields", "What to bring"), "longtext"),
    _f("archived", QT_TRANSLATE_NOOP("Fields", "Archived"), "bool"),
]

SCHEME_FIELDS = [
    _f("name", QT_TRANSLATE_NOOP("Fields", "Name"), required=True),
    _f("provider", QT_TRANSLATE_NOOP("Fields", "Provider")),
    _f("target_group", QT_TRANSLATE_NOOP("Fields", "Target group"), "longtext"),
    _f("target_school_types", QT_TRANSLATE_NOOP("Fields", "For students of (school types)"), "list", choices=m.SchoolType),
    _f("conditions", QT_TRANSLATE_NOOP("Fields", "Conditions"), "longtext"),
    _f("amount_text", QT_TRANSLATE_NOOP("Fields", "Amount"), "longtext"),
    _f("how_to_apply", QT_TRANSLATE_NOOP("Fields", "How to apply"), "longtext"),
    _f("valid_from", QT_TRANSLATE_NOOP("Fields", "Valid from"), "date"),
    _f("valid_until", QT_TRANSLATE_NOOP("Fields", "Valid until"), "date"),
    _f("source_url", QT_TRANSLATE_NOOP("Fields", "Source"), "url"),
    _f("last_checked_on", QT_TRANSLATE_NOOP("Fields", "Last checked on"), "date"),
    _f("unverified", QT_TRANSLATE_NOOP("Fields", "Not verified"), "bool"),
    _f("archived", QT_TRANSLATE_NOOP("Fields", "Archived"), "bool"),
]

HELP_FIELDS = [
    _f("name", QT_TRANSLATE_NOOP("Fields", "Name"), required=True),
    _f("offers", QT_TRANSLATE_NOOP("Fields", "What it offers"), "longtext"),
    _f("for_whom", QT_TRANSLATE_NOOP("Fields", "For whom"), "longtext"),
    _f("contact", QT_TRANSLATE_NOOP("Fields", "Contact"), "longtext"),
    _f("url", QT_TRANSLATE_NOOP("Fields", "Website"), "url"),
    _f("archived", QT_TRANSLATE_NOOP("Fields", "Archived"), "bool"),
]


# The praktijkverklaring (services/praktijkverklaring.py): the catalogue a coordinator keeps and a route per student.
DOSSIER_FIELDS = [
    _f("crebo", QT_TRANSLATE_NOOP("Fields", "Crebo"), "crebo", required=True),
    _f("title", QT_TRANSLATE_NOOP("Fields", "Title"), required=True),
    _f("version", QT_TRANSLATE_NOOP("Fields", "Version (cohort)"), required=True, max_length=40),
    _f("level", QT_TRANSLATE_NOOP("Fields", "mbo level"), "int", minimum=1, maximum=4),
    _f("source", QT_TRANSLATE_NOOP("Fields", "Source"), max_length=500),
    _f("source_date", QT_TRANSLATE_NOOP("Fields", "Taken from the source on"), "date"),
    _f("archived", QT_TRANSLATE_NOOP("Fields", "Archived"), "bool"),
]

KERNTAAK_FIELDS = [
    _f("dossier_id", QT_TRANSLATE_NOOP("Fields", "Qualification file"), "ref", required=True, ref="dossiers"),
    _f("code", QT_TRANSLATE_NOOP("Fields", "Code"), required=True, max_length=20),
    _f("title", QT_TRANSLATE_NOOP("Fields", "Title"), required=True, max_length=300),
]

WERKPROCES_FIELDS = [
    _f("dossier_id", QT_TRANSLATE_NOOP("Fields", "Qualification file"), "ref", required=True, ref="dossiers"),
    _f("kerntaak_id", QT_TRANSLATE_NOOP("Fields", "Core task"), "ref", required=True, ref="kerntaken"),
    _f("code", QT_TRANSLATE_NOOP("Fields", "Code"), required=True, max_length=20),
    _f("title", QT_TRANSLATE_NOOP("Fields", "Title"), required=True, max_length=300),
    _f("description", QT_TRANSLATE_NOOP("Fields", "Description"), "longtext"),
    _f("leerlijnen", QT_TRANSLATE_NOOP("Fields", "Regional learning lines"), "list"),
]

ROUTE_FIELDS = [
    _f("student_id", QT_TRANSLATE_NOOP("Fields", "Student"), "ref", required=True, ref="students"),
    _f("route_type", QT_TRANSLATE_NOOP("Fields", "Kind of praktijkverklaring"), "choice", required=True, choices=m.RouteType),
    _f("dossier_id", QT_TRANSLATE_NOOP("Fields", "Qualification file"), "ref", required=True, ref="dossiers"),
    _f("placement_id", QT_TRANSLATE_NOOP("Fields", "Placement"), "ref", ref="placements"),
    _f("place_id", QT_TRANSLATE_NOOP("Fields", "Place"), "ref", ref="places"),
    _f("started_on", QT_TRANSLATE_NOOP("Fields", "Start date"), "date"),
    _f("offered_codes", QT_TRANSLATE_NOOP("Fields", "Work processes the employer offers"), "list",
       hint=QT_TRANSLATE_NOOP("Fields", "The codes (such as B1-K1-W1) the leerbedrijf said it offers, agreed with the employer.")),
    _f("completed_on", QT_TRANSLATE_NOOP("Fields", "Completed on"), "date"),
    _f("notes", QT_TRANSLATE_NOOP("Fields", "Notes"), "longtext"),
]

ROUTE_ITEM_FIELDS = [
    _f("route_id", QT_TRANSLATE_NOOP("Fields", "Route"), "ref", required=True, ref="routes"),
    _f("student_id", QT_TRANSLATE_NOOP("Fields", "Student"), "ref", required=True, ref="students"),
    _f("werkproces_id", QT_TRANSLATE_NOOP("Fields", "Work process"), "ref", required=True, ref="werkprocessen"),
    _f("status", QT_TRANSLATE_NOOP("Fields", "Judgement"), "choice", choices=m.PvStatus),
    _f("evidence", QT_TRANSLATE_NOOP("Fields", "Evidence"), "choice", choices=m.PvEvidence),
    _f("assessed_on", QT_TRANSLATE_NOOP("Fields", "Assessed on"), "date"),
    _f("assessor", QT_TRANSLATE_NOOP("Fields", "Assessed by")),
    _f("paper_form_on", QT_TRANSLATE_NOOP("Fields", "From the signed paper form of"), "date"),
    _f("confirmed_by", QT_TRANSLATE_NOOP("Fields", "Confirmed by the school (coach)"), "ref", ref="coaches"),
    _f("confirmed_on", QT_TRANSLATE_NOOP("Fields", "Confirmed on"), "date"),
    _f("opdrachten", QT_TRANSLATE_NOOP("Fields", "Work assignments (what, where, by when)"), "longtext"),
]


@dataclass(frozen=True)
class RecordKind:
    name: str  # the command line's word: "students"
    model: type[m.Record]
    fields: list[FieldSpec]
    singular: str  # English source text, context "Kinds"

    def field(self, name: str) -> FieldSpec:
        return next(f for f in self.fields if f.name == name)

    def nullable(self, name: str) -> bool:
        return bool(self.model.__table__.c[name].nullable)


KINDS: dict[str, RecordKind] = {
    kind.name: kind
    for kind in [
        RecordKind("schools", m.School, SCHOOL_FIELDS, QT_TRANSLATE_NOOP("Kinds", "school")),
        RecordKind("coaches", m.Coach, COACH_FIELDS, QT_TRANSLATE_NOOP("Kinds", "coach")),
        RecordKind("students", m.Student, STUDENT_FIELDS, QT_TRANSLATE_NOOP("Kinds", "student")),
        RecordKind("employers", m.Employer, EMPLOYER_FIELDS, QT_TRANSLATE_NOOP("Kinds", "employer")),
        RecordKind("praktijkopleiders", m.Praktijkopleider, PRAKTIJKOPLEIDER_FIELDS, QT_TRANSLATE_NOOP("Kinds", "workplace trainer")),
        RecordKind("placements", m.Placement, PLACEMENT_FIELDS, QT_TRANSLATE_NOOP("Kinds", "placement")),
        RecordKind("visits", m.Visit, VISIT_FIELDS, QT_TRANSLATE_NOOP("Kinds", "contact")),
        RecordKind("risks", m.RiskAssessment, RISK_FIELDS, QT_TRANSLATE_NOOP("Kinds", "risk assessment")),
        RecordKind("risk_actions", m.RiskAction, RISK_ACTION_FIELDS, QT_TRANSLATE_NOOP("Kinds", "action")),
        RecordKind("events", m.MatchingEvent, EVENT_FIELDS, QT_TRANSLATE_NOOP("Kinds", "matching event")),
        RecordKind("schemes", m.FinancialScheme, SCHEME_FIELDS, QT_TRANSLATE_NOOP("Kinds", "financial scheme")),
        RecordKind("help", m.HelpEntry, HELP_FIELDS, QT_TRANSLATE_NOOP("Kinds", "help offer")),
        RecordKind("places", m.Place, PLACE_FIELDS, QT_TRANSLATE_NOOP("Kinds", "place")),
        RecordKind("recognitions", m.Recognition, RECOGNITION_FIELDS, QT_TRANSLATE_NOOP("Kinds", "SBB recognition")),
        RecordKind("employer_contacts", m.EmployerContact, EMPLOYER_CONTACT_FIELDS, QT_TRANSLATE_NOOP("Kinds", "employer contact")),
        RecordKind("travel_times", m.TravelTime, TRAVEL_TIME_FIELDS, QT_TRANSLATE_NOOP("Kinds", "travel time")),
        RecordKind("dossiers", m.Dossier, DOSSIER_FIELDS, QT_TRANSLATE_NOOP("Kinds", "qualification file")),
        RecordKind("kerntaken", m.Kerntaak, KERNTAAK_FIELDS, QT_TRANSLATE_NOOP("Kinds", "core task")),
        RecordKind("werkprocessen", m.Werkproces, WERKPROCES_FIELDS, QT_TRANSLATE_NOOP("Kinds", "work process")),
        RecordKind("routes", m.Route, ROUTE_FIELDS, QT_TRANSLATE_NOOP("Kinds", "praktijkverklaring route")),
        RecordKind("route_items", m.RouteItem, ROUTE_ITEM_FIELDS, QT_TRANSLATE_NOOP("Kinds", "work process in a route")),
    ]
}

# The audit trail stores table and field names; people read the kind's and the field's label.
TABLE_KINDS: dict[str, RecordKind] = {kind.model.__tablename__: kind for kind in KINDS.values()}
OTHER_TABLES = {"settings": QT_TRANSLATE_NOOP("Kinds", "settings"), "jpo_pairings": QT_TRANSLATE_NOOP("Kinds", "JPO pairing"),
                "import_batches": QT_TRANSLATE_NOOP("Kinds", "import"), "employer_merges": QT_TRANSLATE_NOOP("Kinds", "employer merge"),
                "pv_route_entries": QT_TRANSLATE_NOOP("Kinds", "judgement of a work process")}
FIELD_LABELS: dict[str, str] = {
    # Columns a form does not show but the audit trail names (set by the services themselves).
    "user_coach_id": QT_TRANSLATE_NOOP("Fields", "Who uses this laptop"),
    "assessment_id": QT_TRANSLATE_NOOP("Fields", "Risk assessment"),
    "jpo_id": QT_TRANSLATE_NOOP("Fields", "JPO"),
    "ended_on": QT_TRANSLATE_NOOP("Fields", "Stopped on"),
    "end_reason": QT_TRANSLATE_NOOP("Fields", "Reason for stopping"),
    "end_reason_code": QT_TRANSLATE_NOOP("Fields", "Reason for stopping (coded)"),
    "last_contact_on": QT_TRANSLATE_NOOP("Fields", "Last contact"),
    "contact_count": QT_TRANSLATE_NOOP("Fields", "Number of contacts"),
    "on_site_count": QT_TRANSLATE_NOOP("Fields", "Number of visits on site"),
    "computed_level": QT_TRANSLATE_NOOP("Fields", "Level by the rule"),
    "merged_into_id": QT_TRANSLATE_NOOP("Fields", "Merged into"),
    "location_id": QT_TRANSLATE_NOOP("Fields", "School location"),
    "followup_6m": QT_TRANSLATE_NOOP("Fields", "After 6 months"),
    "followup_6m_on": QT_TRANSLATE_NOOP("Fields", "After 6 months, asked on"),
    "followup_12m": QT_TRANSLATE_NOOP("Fields", "After 12 months"),
    "followup_12m_on": QT_TRANSLATE_NOOP("Fields", "After 12 months, asked on"),
    "followup_24m": QT_TRANSLATE_NOOP("Fields", "After 24 months"),
    "followup_24m_on": QT_TRANSLATE_NOOP("Fields", "After 24 months, asked on"),
    "item_id": QT_TRANSLATE_NOOP("Fields", "Work process in the route"),
    "entry_kind": QT_TRANSLATE_NOOP("Fields", "Kind of entry"),
    "on": QT_TRANSLATE_NOOP("Fields", "Date"),
}
for _kind in KINDS.values():
    for _spec in _kind.fields:
        FIELD_LABELS.setdefault(_spec.name, _spec.label)

# --- parsing and validation ---------------------------------------------------

_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Half of a UTF-16 pair on its own (from a broken paste or a hostile script): no file can store it.
_LONE_SURROGATES = re.compile("[\ud800-\udfff]")
# Dates outside this range are typing errors, and would overflow date arithmetic (a year 9999 + 6 weeks).
FIRST_YEAR, LAST_YEAR = 1900, 2100
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9 ()\-]{6,20}$")
_POSTCODE = re.compile(r"^([1-9][0-9]{3}) ?([A-Za-z]{2})$")
_URL = re.compile(r"^https?://[^\s]+$")
_DUTCH_DATE = re.compile(r"^(\d{1,2})-(\d{1,2})-(\d{4})$")

MSG_REQUIRED = QT_TRANSLATE_NOOP("Validation", "{label}: this field is required. Fill it in.")
MSG_DATE = QT_TRANSLATE_NOOP("Validation", "{label}: \"{value}\" is not a date. Enter it as dd-mm-yyyy, for example 01-09-2026.")
MSG_DATETIME = QT_TRANSLATE_NOOP("Validation", "{label}: \"{value}\" is not a date and time. Enter it as dd-mm-yyyy hh:mm.")
MSG_NUMBER = QT_TRANSLATE_NOOP("Validation", "{label}: enter a whole number.")
MSG_RANGE = QT_TRANSLATE_NOOP("Validation", "{label}: enter a number from {minimum} to {maximum}.")
MSG_TOO_LONG = QT_TRANSLATE_NOOP("Validation", "{label}: at most {maximum} characters; shorten the text.")
MSG_CONTROL = QT_TRANSLATE_NOOP("Validation", "{label}: contains invisible control characters; retype the text.")
MSG_CHOICE = QT_TRANSLATE_NOOP("Validation", "{label}: \"{value}\" is not one of the choices; pick one from the list.")
MSG_EMAIL = QT_TRANSLATE_NOOP("Validation", "{label}: \"{value}\" is not an email address, like name@example.nl.")
MSG_PHONE = QT_TRANSLATE_NOOP("Validation", "{label}: \"{value}\" is not a phone number; use digits, spaces and an optional +.")
MSG_POSTCODE = QT_TRANSLATE_NOOP("Validation", "{label}: \"{value}\" is not a Dutch postcode, like 1234 AB.")
MSG_URL = QT_TRANSLATE_NOOP("Validation", "{label}: a web link starts with https:// or http://.")
MSG_CREBO = QT_TRANSLATE_NOOP("Validation", "{label}: a crebo code has exactly 5 digits.")
MSG_BOOL = QT_TRANSLATE_NOOP("Validation", "{label}: answer yes or no.")
MSG_LIST = QT_TRANSLATE_NOOP("Validation", "{label}: give a list of words.")
MSG_UNKNOWN_FIELD = QT_TRANSLATE_NOOP("Validation", "{label}: this field does not exist here.")
MSG_BROKEN_CHARACTERS = QT_TRANSLATE_NOOP("Validation", "{label}: contains broken characters (half of a symbol or emoji); retype the text.")
MSG_YEAR_RANGE = QT_TRANSLATE_NOOP("Validation", "{label}: the year {year} is not possible; enter a date from 1900 to 2100.")
MSG_TEXT_NEEDED = QT_TRANSLATE_NOOP("Validation", "{label}: enter text here.")
MSG_PC4 = QT_TRANSLATE_NOOP("Validation", "{label}: \"{value}\" is not a Dutch postcode; give its 4 digits, like 1234.")
MSG_KVK = QT_TRANSLATE_NOOP("Validation", "{label}: a KvK number has exactly 8 digits.")
MSG_CODES = QT_TRANSLATE_NOOP("Validation", "{label}: \"{value}\" is not one of the choices; use {choices}.")


class Invalid(Exception):
    def __init__(self, text: str, **params: object) -> None:
        self.text = text
        self.params = params


def _in_range(day: date) -> date:
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise Invalid(MSG_YEAR_RANGE, year=day.year)
    return day


def parse_date(value: object) -> date:
    """A date from a date, ISO text (2026-09-01) or Dutch text (01-09-2026), from 1900 to 2100."""
    if isinstance(value, datetime):
        return _in_range(value.date())
    if isinstance(value, date):
        return _in_range(value)
    if isinstance(value, str) and not _LONE_SURROGATES.search(value):
        text = value.strip()
        match = _DUTCH_DATE.match(text)
        try:
            if match:
                day, month, year = (int(g) for g in match.groups())
                return _in_range(date(year, month, day))
            return _in_range(date.fromisoformat(text))
        except ValueError:
            pass
    raise Invalid(MSG_DATE, value=_shorten(value))


def parse_datetime(value: object) -> datetime:
    """A date and time (local, without zone) from 1900 to 2100."""
    moment = _parse_datetime(value)
    _in_range(moment.date())
    return moment


def _parse_datetime(value: object) -> datetime:
    if isinstance(value, datetime):
        try:
            return value.replace(tzinfo=None) if value.tzinfo is None else value.astimezone().replace(tzinfo=None)
        except (OverflowError, ValueError):
            raise Invalid(MSG_YEAR_RANGE, year=value.year) from None
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    if isinstance(value, str) and not _LONE_SURROGATES.search(value):
        text = value.strip()
        date_part, _, time_part = text.partition(" ")
        try:
            if _DUTCH_DATE.match(date_part):
                day_value = parse_date(date_part)
                hours, minutes = (int(x) for x in (time_part or "00:00").split(":"))
                return datetime(day_value.year, day_value.month, day_value.day, hours, minutes)
            return datetime.fromisoformat(text).replace(tzinfo=None)
        except (ValueError, OverflowError):
            pass
    raise Invalid(MSG_DATETIME, value=_shorten(value))


def _shorten(value: object, limit: int = 40) -> str:
    try:
        text = str(value)
    except Exception:  # noqa: BLE001 - an object that cannot describe itself
        text = type(value).__name__
    text = _LONE_SURROGATES.sub("\ufffd", text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _clean_text(spec: FieldSpec, value: object) -> str | None:
    if not isinstance(value, str):
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)
        else:
            raise Invalid(MSG_TEXT_NEEDED)
    if _LONE_SURROGATES.search(value):
        raise Invalid(MSG_BROKEN_CHARACTERS)
    if len(value) > 4 * spec.max_length + 100:  # refused before any work on a huge text
        raise Invalid(MSG_TOO_LONG, maximum=spec.max_length)
    text = unicodedata.normalize("NFC", value.replace("\r\n", "\n")).strip()
    if spec.kind != "longtext":
        text = text.replace("\n", " ").replace("\t", " ")
    if _CONTROL_CHARACTERS.search(text):
        raise Invalid(MSG_CONTROL)
    if len(text) > spec.max_length:
        raise Invalid(MSG_TOO_LONG, maximum=spec.max_length)
    return text or None


def _parse_bool(spec: FieldSpec, value: object) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("ja", "yes", "true", "1", "nee", "no", "false", "0"):
        return value.strip().lower() in ("ja", "yes", "true", "1")
    raise Invalid(MSG_BOOL)


def _parse_int(spec: FieldSpec, value: object) -> int:
    if isinstance(value, bool):
        raise Invalid(MSG_NUMBER)
    try:
        # Anything but text goes to int() as it is: whatever it cannot convert raises, and is refused below.
        number = int(value.strip()) if isinstance(value, str) else int(cast("ConvertibleToInt", value))
        if isinstance(value, float) and value != number:
            raise ValueError
    except (TypeError, ValueError, OverflowError):
        raise Invalid(MSG_NUMBER) from None
    if (spec.minimum is not None and number < spec.minimum) or (spec.maximum is not None and number > spec.maximum):
        raise Invalid(MSG_RANGE, minimum=spec.minimum, maximum=spec.maximum)
    return number


def _parse_choice(spec: FieldSpec, value: object) -> enum.Enum:
    assert spec.choices is not None
    try:
        return spec.choices(value.value if isinstance(value, enum.Enum) else str(value).strip().lower())
    except ValueError:
        raise Invalid(MSG_CHOICE, value=_shorten(value)) from None


def _parse_list(spec: FieldSpec, value: object) -> list[str]:
    items = value.split(",") if isinstance(value, str) else value
    if not isinstance(items, (list, tuple, set)):
        raise Invalid(MSG_LIST)
    allowed = {member.value for member in spec.choices} if spec.choices is not None else None
    cleaned: list[str] = []
    for item in items:
        text = _clean_text(FieldSpec(spec.name, spec.label, "text", max_length=100),
                           item.value if isinstance(item, enum.Enum) else item)
        if text and allowed is not None:  # a list of codes from a fixed vocabulary (days, school types): each checked
            if text.lower() not in allowed:
                raise Invalid(MSG_CODES, value=_shorten(text), choices=", ".join(member.value for member in spec.choices))  # type: ignore[union-attr]
            text = text.lower()
        if text and text not in cleaned:
            cleaned.append(text)
    return cleaned


def _parse_ref(spec: FieldSpec, value: object) -> str | None:
    return _clean_text(FieldSpec(spec.name, spec.label, "text", max_length=36), value)


def _parse_email(spec: FieldSpec, value: object) -> str | None:
    text = _clean_text(spec, value)
    if text is not None and not _EMAIL.match(text):
        raise Invalid(MSG_EMAIL, value=_shorten(text))
    return text


def _parse_phone(spec: FieldSpec, value: object) -> str | None:
    text = _clean_text(spec, value)
    if text is not None and not _PHONE.match(text):
        raise Invalid(MSG_PHONE, value=_shorten(text))
    return text


def _parse_url(spec: FieldSpec, value: object) -> str | None:
    text = _clean_text(spec, value)
    if text is not None and not _URL.match(text):
        raise Invalid(MSG_URL)
    return text


def _parse_crebo(spec: FieldSpec, value: object) -> str | None:
    text = _clean_text(spec, value)
    if text is not None and not re.fullmatch(r"\d{5}", text):
        raise Invalid(MSG_CREBO)
    return text


def _parse_postcode(spec: FieldSpec, value: object) -> str | None:
    text = _clean_text(spec, value)
    if text is None:
        return None
    match = _POSTCODE.match(text)
    if not match:
        raise Invalid(MSG_POSTCODE, value=_shorten(text))
    return f"{match.group(1)} {match.group(2).upper()}"


_PC4 = re.compile(r"^([1-9][0-9]{3})(?: ?[A-Za-z]{2})?$")


def _parse_pc4(spec: FieldSpec, value: object) -> str | None:
    """The four digits of a Dutch postcode ("1234", "1234 AB" and "1234AB" all give "1234")."""
    text = _clean_text(spec if spec.max_length >= 7 else FieldSpec(spec.name, spec.label, "text", max_length=7), value)
    if text is None:
        return None
    match = _PC4.match(text)
    if not match:
        raise Invalid(MSG_PC4, value=_shorten(text))
    return match.group(1)


def _parse_kvk(spec: FieldSpec, value: object) -> str | None:
    text = _clean_text(FieldSpec(spec.name, spec.label, "text", max_length=20), value)
    if text is None:
        return None
    digits = text.replace(" ", "").replace(".", "")
    if not re.fullmatch(r"\d{8}", digits):
        raise Invalid(MSG_KVK)
    return digits


# One parser per field kind; text and longtext (and any kind not named here) are plain text.
_PARSERS: dict[str, Callable[[FieldSpec, object], object]] = {
    "bool": _parse_bool,
    "date": lambda spec, value: parse_date(value),
    "datetime": lambda spec, value: parse_datetime(value),
    "int": _parse_int,
    "choice": _parse_choice,
    "list": _parse_list,
    "ref": _parse_ref,
    "email": _parse_email,
    "phone": _parse_phone,
    "url": _parse_url,
    "crebo": _parse_crebo,
    "postcode": _parse_postcode,
    "pc4": _parse_pc4,
    "kvk": _parse_kvk,
}


def _clean_value(spec: FieldSpec, value: object) -> object:
    """The stored form of one field's value, or raises Invalid. Empty becomes None."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if spec.kind == "bool":
            return False
        if spec.kind == "list":
            return []
        return None
    return _PARSERS.get(spec.kind, _clean_text)(spec, value)


# The cleaned values are typed Any: each one's type (date, int, str, an enum member, a list) is set by its field's kind.
def clean(kind: RecordKind, values: Mapping[str, object], *, partial: bool = False) -> dict[str, Any]:
    """Validate and convert ``values`` for ``kind``.

    With ``partial`` (an update) only the given fields are checked; otherwise
    missing required fields are errors too. Raises ValidationError naming every
    wrong field at once, so a form can show them all.
    """
    if not isinstance(values, dict):
        raise ValidationError([FieldError("-", kind.singular, MSG_UNKNOWN_FIELD)])
    errors: list[FieldError] = []
    cleaned: dict[str, Any] = {}
    specs = {spec.name: spec for spec in kind.fields}
    for name in values:
        if name not in specs:
            errors.append(FieldError(_shorten(name), _shorten(name), MSG_UNKNOWN_FIELD))
    for spec in kind.fields:
        if partial and spec.name not in values:
            continue
        try:
            value = _clean_value(spec, values.get(spec.name))
        except Invalid as invalid:
            errors.append(FieldError(spec.name, spec.label, invalid.text, invalid.params))
            continue
        if value is None and (spec.required or (partial and not kind.nullable(spec.name))):
            errors.append(FieldError(spec.name, spec.label, MSG_REQUIRED))
            continue
        if value is None and not kind.nullable(spec.name):
            continue  # left out, so the column's default applies (a new student is "at school")
        cleaned[spec.name] = value
    if errors:
        raise ValidationError(errors)
    return cleaned


def clean_field(spec: FieldSpec, value: object) -> Any:
    """One value outside a record form (a reason, a day), checked as ``spec`` says; ValidationError names it."""
    try:
        cleaned = _clean_value(spec, value)
    except Invalid as invalid:
        raise ValidationError([FieldError(spec.name, spec.label, invalid.text, invalid.params)]) from None
    if cleaned is None and spec.required:
        raise ValidationError([FieldError(spec.name, spec.label, MSG_REQUIRED)])
    return cleaned
