"""The data model: every record a coach keeps, as typed SQLAlchemy models.

Primary keys are UUID strings and every record carries created/updated
timestamps, so that data from two laptops can later be merged without clashes.
Enumerations are stored as their short string codes (no native SQL enums), which
keeps the SQLite file readable and migrations simple.
"""
from __future__ import annotations

import enum
import uuid
from datetime import UTC, date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, column_property, mapped_column, relationship


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    # SQLAlchemy types __table__ as any FromClause; every model here is mapped to a plain Table
    # (the annotation its maintainers suggest, sqlalchemy#9130), so insert(), update() and .name type-check.
    __table__: ClassVar[Table]


def _enum(enum_cls: type[enum.Enum]) -> Enum:
    # Store the value ("pro"), not the member name ("PRO"), and no CHECK
    # constraint, so that adding a member later needs no table rebuild.
    return Enum(
        enum_cls,
        native_enum=False,
        create_constraint=False,
        length=32,
        values_callable=lambda members: [m.value for m in members],
    )


class Record(Base):
    __abstract__ = True

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


# --- vocabularies -----------------------------------------------------------


class CoachRole(str, enum.Enum):
    DOCENT = "docent"  # docent / BPV-begeleider
    JOBCOACH = "jobcoach"
    JPO = "jpo"  # Junior Praktijkopleider: a trained senior student as peer coach
    COORDINATOR = "coordinator"
    JOBHUNTER = "jobhunter"  # finds employers and places (acquisition), sees of students only what matching needs


class SchoolType(str, enum.Enum):
    PRO = "pro"
    VSO = "vso"
    ENTREE = "entree"  # mbo level 1
    MBO2 = "mbo2"  # mbo level 2


class VsoProfile(str, enum.Enum):
    ARBEIDSMARKT = "arbeidsmarkt"
    DAGBESTEDING = "dagbesteding"
    VERVOLGONDERWIJS = "vervolgonderwijs"


class Leerweg(str, enum.Enum):
    BOL = "bol"
    BBL = "bbl"


class StudentStatus(str, enum.Enum):
    ACTIVE = "active"
    LEFT = "left"


class PlacementStatus(str, enum.Enum):
    SEARCHING = "searching"
    PROPOSED = "proposed"
    STARTED = "started"
    COMPLETED = "completed"
    ENDED_EARLY = "ended_early"
    FOUND = "found"  # a search closed because a place was found: the new placement is its own record


class VisitKind(str, enum.Enum):
    ON_SITE = "on_site"
    DRIEGESPREK = "driegesprek"
    PHONE_VIDEO = "phone_video"
    SCHOOL_TALK = "school_talk"


# Kinds of contact that count as a visit at the workplace; a driegesprek is held there.
ON_SITE_KINDS = (VisitKind.ON_SITE, VisitKind.DRIEGESPREK)


class RiskLevel(str, enum.Enum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class EventKind(str, enum.Enum):
    SPEEDDATE = "speeddate"
    BANENMARKT = "banenmarkt"
    BEDRIJFSBEZOEK = "bedrijfsbezoek"
    MEELOOPDAG = "meeloopdag"
    OPEN_DAG = "open_dag"
    BEDRIJVENBEURS = "bedrijvenbeurs"
    BEROEPENFESTIVAL = "beroepenfestival"
    OTHER = "other"


class Destination(str, enum.Enum):
    """Where a student went after school (the praktijkonderwijs Uitstroommonitor's categories)."""

    WERK = "werk"
    WERK_BBL = "werk_bbl"  # work combined with mbo BBL
    MBO_BOL = "mbo_bol"
    PRO = "pro"  # another praktijkonderwijs school
    VSO = "vso"
    VMBO = "vmbo"
    DAGBESTEDING = "dagbesteding"
    TOELEIDING = "toeleiding"  # a training route (toeleidingstraject)
    NONE = "none"  # no work or school
    UNKNOWN = "unknown"


class EarlyEndReason(str, enum.Enum):
    """Why a placement ended early: a short fixed list, and "other" with the words in end_reason."""

    MOTIVATION = "motivation"  # motivation or attitude of the student
    MISMATCH = "mismatch"  # the work did not suit the student
    CONFLICT = "conflict"  # conflict at the workplace
    GUIDANCE = "guidance"  # too little guidance at the workplace
    EMPLOYER = "employer"  # the employer stopped or had no work
    HEALTH = "health"  # health or personal circumstances
    ABSENCE = "absence"
    TRAVEL = "travel"
    BETTER = "better"  # found work or a better place
    LEFT_SCHOOL = "left_school"
    OTHER = "other"  # anders, namelijk (end_reason says what)


class PlaceLeerweg(str, enum.Enum):
    """What kind of place: an mbo BPV place (BOL or BBL), a PrO/VSO stage, or a paid job."""

    BOL = "bol"
    BBL = "bbl"
    STAGE = "stage"
    JOB = "job"


MBO_PLACE_LEERWEGEN = (PlaceLeerweg.BOL, PlaceLeerweg.BBL)


class PlaceStatus(str, enum.Enum):
    OPEN = "open"
    FULL = "full"
    PAUSED = "paused"
    CLOSED = "closed"


class PlaceFeature(str, enum.Enum):
    """What a place offers (the kenmerken Stagemarkt also lists)."""

    BEGELEIDING_OP_MAAT = "begeleiding_op_maat"
    FYSIEK_TOEGANKELIJK = "fysiek_toegankelijk"
    KANS_OP_VASTE_BAAN = "kans_op_vaste_baan"
    PRAKTIJKVERKLARING = "praktijkverklaring_mogelijk"


class WorkCondition(str, enum.Enum):
    """What the work asks: a place lists these, a student's limits name those he cannot do."""

    EARLY_SHIFTS = "early_shifts"
    EVENING_SHIFTS = "evening_shifts"
    WEEKENDS = "weekends"
    HEAVY_LIFTING = "heavy_lifting"
    LONG_STANDING = "long_standing"
    ANIMALS = "animals"
    FOOD = "food"
    NOISE = "noise"
    CUSTOMERS = "customers"


class Weekday(str, enum.Enum):
    MA = "ma"
    DI = "di"
    WO = "wo"
    DO = "do"
    VR = "vr"
    ZA = "za"
    ZO = "zo"


class TravelMode(str, enum.Enum):
    WALK = "walk"
    BIKE = "bike"
    PUBLIC_TRANSPORT = "public_transport"
    SCHOOL_TRANSPORT = "school_transport"  # leerlingenvervoer / taxi
    BROUGHT = "brought"  # brought by parents


class AcquisitionStage(str, enum.Enum):
    """How far an employer is in saying yes, in order; DROPPED stands outside the order."""

    PROSPECT = "prospect"
    EERSTE_CONTACT = "eerste_contact"
    GESPREK = "gesprek"
    INTERESSE = "interesse"
    ERKENNING_AANGEVRAAGD = "erkenning_aangevraagd"
    ERKEND = "erkend"
    PLAATSEN_BESCHIKBAAR = "plaatsen_beschikbaar"
    DROPPED = "dropped"


class EmployerContactKind(str, enum.Enum):
    CALL = "call"
    VISIT = "visit"
    MAIL = "mail"
    EVENT = "event"


# --- organisations and people ---------------------------------------------


class School(Record):
    __tablename__ = "schools"

    name: Mapped[str] = mapped_column(String(200))
    brin: Mapped[str | None] = mapped_column(String(8))
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))
    region: Mapped[str | None] = mapped_column(String(100))  # arbeidsmarktregio

    locations: Mapped[list[SchoolLocation]] = relationship(back_populates="school")


class SchoolLocation(Record):
    __tablename__ = "school_locations"

    school_id: Mapped[str] = mapped_column(ForeignKey("schools.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    street: Mapped[str | None] = mapped_column(String(200))
    postcode: Mapped[str | None] = mapped_column(String(7))
    city: Mapped[str | None] = mapped_column(String(100))

    school: Mapped[School] = relationship(back_populates="locations")


class Coach(Record):
    __tablename__ = "coaches"

    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[CoachRole] = mapped_column(_enum(CoachRole))
    school_id: Mapped[str | None] = mapped_column(ForeignKey("schools.id", ondelete="SET NULL"), index=True)
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    school: Mapped[School | None] = relationship()


class Student(Record):
    __tablename__ = "students"
    __table_args__ = (
        Index("ix_students_name", "last_name", "first_name"),
        # The school's own student number (Stamnummer/Leerlingnummer): the match key of an import.
        Index("ix_students_school_number", "school_id", "student_number", unique=True,
              sqlite_where=text("student_number IS NOT NULL")),
    )

    student_number: Mapped[str | None] = mapped_column(String(20))
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    date_of_birth: Mapped[date | None] = mapped_column(Date)
    school_type: Mapped[SchoolType] = mapped_column(_enum(SchoolType))
    vso_profile: Mapped[VsoProfile | None] = mapped_column(_enum(VsoProfile))
    leerweg: Mapped[Leerweg | None] = mapped_column(_enum(Leerweg))
    opleiding: Mapped[str | None] = mapped_column(String(200))
    crebo: Mapped[str | None] = mapped_column(String(5))
    school_id: Mapped[str] = mapped_column(ForeignKey("schools.id"), index=True)
    location_id: Mapped[str | None] = mapped_column(ForeignKey("school_locations.id", ondelete="SET NULL"))
    coach_id: Mapped[str | None] = mapped_column(ForeignKey("coaches.id", ondelete="SET NULL"), index=True)
    guardian_name: Mapped[str | None] = mapped_column(String(200))
    guardian_phone: Mapped[str | None] = mapped_column(String(40))
    guardian_email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))
    sectors: Mapped[list[str]] = mapped_column(JSON, default=list)
    competences: Mapped[str | None] = mapped_column(Text)  # what the student can do
    consent_share_profile: Mapped[bool] = mapped_column(Boolean, default=False)
    parent_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    health_notes: Mapped[str | None] = mapped_column(Text)  # special-category data
    status: Mapped[StudentStatus] = mapped_column(_enum(StudentStatus), default=StudentStatus.ACTIVE)
    left_on: Mapped[date | None] = mapped_column(Date)
    # After school (services/outcomes.py): the destination on leaving, and the follow-ups 6, 12 and 24 months later.
    destination: Mapped[Destination | None] = mapped_column(_enum(Destination))
    followup_6m: Mapped[Destination | None] = mapped_column(_enum(Destination))
    followup_6m_on: Mapped[date | None] = mapped_column(Date)
    followup_12m: Mapped[Destination | None] = mapped_column(_enum(Destination))
    followup_12m_on: Mapped[date | None] = mapped_column(Date)
    followup_24m: Mapped[Destination | None] = mapped_column(_enum(Destination))
    followup_24m_on: Mapped[date | None] = mapped_column(Date)
    regional_figures_excluded: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    # The matching profile (services/matching.py reads only these, never health notes or risks).
    home_pc4: Mapped[str | None] = mapped_column(String(4))
    travel_mode: Mapped[TravelMode | None] = mapped_column(_enum(TravelMode))
    max_travel_minutes: Mapped[int | None] = mapped_column(Integer)  # the longest one-way trip he can manage
    wished_sectors: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")
    wished_work_types: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")
    limits: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")  # WorkCondition codes
    max_hours_per_week: Mapped[int | None] = mapped_column(Integer)
    available_days: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")  # Weekday codes
    support_needs: Mapped[str | None] = mapped_column(Text)  # written for an employer

    school: Mapped[School] = relationship()
    coach: Mapped[Coach | None] = relationship()

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    @property
    def level(self) -> int | None:
        return SCHOOL_TYPE_LEVEL.get(self.school_type)


SCHOOL_TYPE_LEVEL = {SchoolType.ENTREE: 1, SchoolType.MBO2: 2}


class JpoPairing(Record):
    """A JPO (peer coach, a coach with role JPO) paired with a mentee student."""

    __tablename__ = "jpo_pairings"

    jpo_id: Mapped[str] = mapped_column(ForeignKey("coaches.id", ondelete="CASCADE"), index=True)
    student_id: Mapped[str] = mapped_column(ForeignKey("students.id", ondelete="CASCADE"), index=True)
    since: Mapped[date] = mapped_column(Date)
    until: Mapped[date | None] = mapped_column(Date)

    jpo: Mapped[Coach] = relationship()
    student: Mapped[Student] = relationship()


class Employer(Record):
    """A leerbedrijf: only SBB-recognised companies may host a BPV place."""

    __tablename__ = "employers"

    name: Mapped[str] = mapped_column(String(200), index=True)
    sbb_id: Mapped[str | None] = mapped_column(String(20))  # Leerbedrijf-ID
    sbb_recognised: Mapped[bool] = mapped_column(Boolean, default=False)
    sector: Mapped[str | None] = mapped_column(String(100))
    street: Mapped[str | None] = mapped_column(String(200))
    postcode: Mapped[str | None] = mapped_column(String(7))
    city: Mapped[str | None] = mapped_column(String(100))
    contact_name: Mapped[str | None] = mapped_column(String(200))
    contact_phone: Mapped[str | None] = mapped_column(String(40))
    contact_email: Mapped[str | None] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    kvk_number: Mapped[str | None] = mapped_column(String(8), index=True)
    # The acquisition pipeline (jobhunters): empty for an employer nobody is winning over.
    acquisition_stage: Mapped[AcquisitionStage | None] = mapped_column(_enum(AcquisitionStage))
    acquisition_owner_id: Mapped[str | None] = mapped_column(
        ForeignKey("coaches.id", ondelete="SET NULL"), index=True
    )
    next_step: Mapped[str | None] = mapped_column(Text)
    next_step_on: Mapped[date | None] = mapped_column(Date)
    dropped_reason: Mapped[str | None] = mapped_column(Text)
    merged_into_id: Mapped[str | None] = mapped_column(String(36))  # set while merged into another employer

    praktijkopleiders: Mapped[list[Praktijkopleider]] = relationship(back_populates="employer")


class Praktijkopleider(Record):
    """The workplace trainer at a leerbedrijf."""

    __tablename__ = "praktijkopleiders"

    employer_id: Mapped[str] = mapped_column(ForeignKey("employers.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))

    employer: Mapped[Employer] = relationship(back_populates="praktijkopleiders")


class Place(Record):
    """A BPV place (or stage, or job) an employer offers. How many are taken is counted from the
    placements at the place (services/places.py), never stored."""

    __tablename__ = "places"
    __table_args__ = (Index("ix_places_status", "status", "id"),)

    employer_id: Mapped[str] = mapped_column(ForeignKey("employers.id", ondelete="CASCADE"), index=True)
    title: Mapped[str | None] = mapped_column(String(200))
    werkveld: Mapped[str | None] = mapped_column(String(200))  # the plain field of work, for PrO/VSO
    location_pc4: Mapped[str | None] = mapped_column(String(4))
    location_place: Mapped[str | None] = mapped_column(String(100))
    sector: Mapped[str | None] = mapped_column(String(100))
    work_type: Mapped[str | None] = mapped_column(String(100))
    crebo: Mapped[str | None] = mapped_column(String(5))
    level: Mapped[int | None] = mapped_column(Integer)
    leerweg: Mapped[PlaceLeerweg] = mapped_column(_enum(PlaceLeerweg))
    starts_on: Mapped[date | None] = mapped_column(Date)  # both dates empty: all year
    ends_on: Mapped[date | None] = mapped_column(Date)
    days: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")  # Weekday codes
    hours_per_week: Mapped[int | None] = mapped_column(Integer)
    capacity: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    status: Mapped[PlaceStatus] = mapped_column(_enum(PlaceStatus), default=PlaceStatus.OPEN, server_default="open")
    features: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")  # PlaceFeature codes
    work_conditions: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")  # WorkCondition
    praktijkopleider_id: Mapped[str | None] = mapped_column(ForeignKey("praktijkopleiders.id", ondelete="SET NULL"))
    may_be_named: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))
    notes: Mapped[str | None] = mapped_column(Text)

    employer: Mapped[Employer] = relationship()
    praktijkopleider: Mapped[Praktijkopleider | None] = relationship()


class Recognition(Record):
    """An SBB recognition of an employer for one qualification: what the school knows, never a copy of Stagemarkt."""

    __tablename__ = "recognitions"

    employer_id: Mapped[str] = mapped_column(ForeignKey("employers.id", ondelete="CASCADE"), index=True)
    sbb_id: Mapped[str | None] = mapped_column(String(20))  # Leerbedrijf-ID
    crebo: Mapped[str] = mapped_column(String(5))
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date)
    checked_on: Mapped[date | None] = mapped_column(Date)
    stagemarkt_url: Mapped[str | None] = mapped_column(String(500))

    employer: Mapped[Employer] = relationship()


class EmployerContact(Record):
    """A contact with an employer (call, visit, mail, event), logged like a student's contacts."""

    __tablename__ = "employer_contacts"
    __table_args__ = (
        Index("ix_employer_contacts_employer_date", "employer_id", "contacted_on"),
        Index("ix_employer_contacts_date", "contacted_on", "id"),
    )

    employer_id: Mapped[str] = mapped_column(ForeignKey("employers.id", ondelete="CASCADE"))
    coach_id: Mapped[str | None] = mapped_column(ForeignKey("coaches.id", ondelete="SET NULL"))
    contacted_on: Mapped[date] = mapped_column(Date)
    kind: Mapped[EmployerContactKind] = mapped_column(_enum(EmployerContactKind))
    summary: Mapped[str | None] = mapped_column(Text)
    next_step: Mapped[str | None] = mapped_column(Text)
    next_step_on: Mapped[date | None] = mapped_column(Date)
    event_id: Mapped[str | None] = mapped_column(ForeignKey("matching_events.id", ondelete="SET NULL"))

    employer: Mapped[Employer] = relationship()
    coach: Mapped[Coach | None] = relationship()


class TravelTime(Record):
    """The real one-way travel time of a student to an employer's location, as a coach found it: wins over the estimate."""

    __tablename__ = "travel_times"
    __table_args__ = (
        Index("ix_travel_times_student_location", "student_id", "employer_id", "location_pc4", unique=True),
    )

    student_id: Mapped[str] = mapped_column(ForeignKey("students.id", ondelete="CASCADE"))
    employer_id: Mapped[str] = mapped_column(ForeignKey("employers.id", ondelete="CASCADE"))
    location_pc4: Mapped[str] = mapped_column(String(4))
    minutes: Mapped[int] = mapped_column(Integer)
    travel_mode: Mapped[TravelMode | None] = mapped_column(_enum(TravelMode))
    noted_on: Mapped[date | None] = mapped_column(Date)


class EmployerMerge(Record):
    """One merge of a duplicate employer into another: what moved and what the two were before, so it can be undone."""

    __tablename__ = "employer_merges"

    keep_id: Mapped[str] = mapped_column(String(36))
    other_id: Mapped[str] = mapped_column(String(36))
    actor_id: Mapped[str | None] = mapped_column(String(36))
    why: Mapped[str | None] = mapped_column(Text)
    moved: Mapped[dict] = mapped_column(JSON, default=dict)  # kind -> ids of records moved from other to keep
    keep_before: Mapped[dict] = mapped_column(JSON, default=dict)  # keep's fields the merge filled in, as before
    other_before: Mapped[dict] = mapped_column(JSON, default=dict)
    undone_at: Mapped[datetime | None] = mapped_column(DateTime)


# --- coaching work ----------------------------------------------------------


class Placement(Record):
    """A BPV place, from the search for one to its end.

    A placement in status "searching" has no employer yet: it records that the
    student is looking, and since when.
    """

    __tablename__ = "placements"
    __table_args__ = (Index("ix_placements_status_student", "status", "student_id"),)

    student_id: Mapped[str] = mapped_column(ForeignKey("students.id", ondelete="CASCADE"), index=True)
    employer_id: Mapped[str | None] = mapped_column(ForeignKey("employers.id"), index=True)
    praktijkopleider_id: Mapped[str | None] = mapped_column(
        ForeignKey("praktijkopleiders.id", ondelete="SET NULL")
    )
    coach_id: Mapped[str | None] = mapped_column(ForeignKey("coaches.id", ondelete="SET NULL"), index=True)  # a coach's caseload
    status: Mapped[PlacementStatus] = mapped_column(_enum(PlacementStatus), default=PlacementStatus.SEARCHING)
    searching_since: Mapped[date | None] = mapped_column(Date)
    starts_on: Mapped[date | None] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    hours_per_week: Mapped[int | None] = mapped_column(Integer)
    pok_signed_on: Mapped[date | None] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date)
    end_reason: Mapped[str | None] = mapped_column(Text)
    end_reason_code: Mapped[EarlyEndReason | None] = mapped_column(_enum(EarlyEndReason))  # of a placement ended early
    notes: Mapped[str | None] = mapped_column(Text)
    # A summary of the contacts, kept up to date by services.records whenever a visit is saved,
    # so that the attention list needs no pass over all visits (see refresh_contact_summary).
    last_contact_on: Mapped[date | None] = mapped_column(Date)
    next_contact_due: Mapped[date | None] = mapped_column(Date)
    contact_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    on_site_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # Made at a place (empty for a placement from before places, or without one); a proposal holds the place until held_until.
    place_id: Mapped[str | None] = mapped_column(ForeignKey("places.id", ondelete="SET NULL"), index=True)
    held_until: Mapped[date | None] = mapped_column(Date)

    student: Mapped[Student] = relationship()
    employer: Mapped[Employer | None] = relationship()
    praktijkopleider: Mapped[Praktijkopleider | None] = relationship()
    coach: Mapped[Coach | None] = relationship()


class Visit(Record):
    """A coaching contact: a visit on site, a driegesprek, a call or a talk at school."""

    __tablename__ = "visits"
    __table_args__ = (
        Index("ix_visits_placement_date", "placement_id", "visited_on"),
        Index("ix_visits_student_date", "student_id", "visited_on"),
        Index("ix_visits_date", "visited_on", "id"),  # the contacts list's default order, newest first
    )

    student_id: Mapped[str] = mapped_column(ForeignKey("students.id", ondelete="CASCADE"))
    placement_id: Mapped[str | None] = mapped_column(ForeignKey("placements.id", ondelete="SET NULL"))
    coach_id: Mapped[str | None] = mapped_column(ForeignKey("coaches.id", ondelete="SET NULL"), index=True)
    visited_on: Mapped[date] = mapped_column(Date)
    kind: Mapped[VisitKind] = mapped_column(_enum(VisitKind))
    summary: Mapped[str | None] = mapped_column(Text)
    agreements: Mapped[str | None] = mapped_column(Text)
    next_contact_due: Mapped[date | None] = mapped_column(Date)

    student: Mapped[Student] = relationship()
    placement: Mapped[Placement | None] = relationship()
    coach: Mapped[Coach | None] = relationship()


class RiskAssessment(Record):
    """One dropout-risk assessment. Assessments are never overwritten: a new
    judgement is a new record, so the history shows how a student is doing."""

    __tablename__ = "risk_assessments"
    __table_args__ = (
        Index("ix_risk_assessments_student_date", "student_id", "assessed_on"),
        Index("ix_risk_assessments_date", "assessed_on", "id"),  # the risk list's default order
    )

    student_id: Mapped[str] = mapped_column(ForeignKey("students.id", ondelete="CASCADE"))
    coach_id: Mapped[str | None] = mapped_column(ForeignKey("coaches.id", ondelete="SET NULL"))
    assessed_on: Mapped[date] = mapped_column(Date)
    signals: Mapped[list[str]] = mapped_column(JSON, default=list)
    absence_hours_4_weeks: Mapped[int | None] = mapped_column(Integer)
    computed_level: Mapped[RiskLevel] = mapped_column(_enum(RiskLevel))
    override_level: Mapped[RiskLevel | None] = mapped_column(_enum(RiskLevel))
    override_reason: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)

    student: Mapped[Student] = relationship()
    coach: Mapped[Coach | None] = relationship()
    actions: Mapped[list[RiskAction]] = relationship(back_populates="assessment", order_by="RiskAction.due_on")

    @property
    def level(self) -> RiskLevel:
        return self.override_level or self.computed_level


class RiskAction(Record):
    __tablename__ = "risk_actions"

    assessment_id: Mapped[str] = mapped_column(ForeignKey("risk_assessments.id", ondelete="CASCADE"), index=True)
    description: Mapped[str] = mapped_column(Text)
    owner_id: Mapped[str | None] = mapped_column(ForeignKey("coaches.id", ondelete="SET NULL"))
    due_on: Mapped[date | None] = mapped_column(Date)
    done_on: Mapped[date | None] = mapped_column(Date)

    assessment: Mapped[RiskAssessment] = relationship(back_populates="actions")
    owner: Mapped[Coach | None] = relationship()


# --- catalogues (toolkits) --------------------------------------------------


class MatchingEvent(Record):
    __tablename__ = "matching_events"

    title: Mapped[str] = mapped_column(String(200))
    kind: Mapped[EventKind] = mapped_column(_enum(EventKind))
    starts_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    ends_at: Mapped[datetime | None] = mapped_column(DateTime)
    place: Mapped[str | None] = mapped_column(String(300))
    organiser: Mapped[str | None] = mapped_column(String(200))
    target_groups: Mapped[list[str]] = mapped_column(JSON, default=list)  # SchoolType codes
    sectors: Mapped[list[str]] = mapped_column(JSON, default=list)
    registration_deadline: Mapped[date | None] = mapped_column(Date)
    registration_url: Mapped[str | None] = mapped_column(String(500))
    what_to_bring: Mapped[str | None] = mapped_column(Text)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)


class FinancialScheme(Record):
    __tablename__ = "financial_schemes"

    name: Mapped[str] = mapped_column(String(200))
    provider: Mapped[str | None] = mapped_column(String(200))
    target_group: Mapped[str | None] = mapped_column(Text)
    target_school_types: Mapped[list[str]] = mapped_column(JSON, default=list)
    conditions: Mapped[str | None] = mapped_column(Text)
    amount_text: Mapped[str | None] = mapped_column(Text)
    how_to_apply: Mapped[str | None] = mapped_column(Text)
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date)
    source_url: Mapped[str | None] = mapped_column(String(500))
    last_checked_on: Mapped[date | None] = mapped_column(Date)
    unverified: Mapped[bool] = mapped_column(Boolean, default=False)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)


class HelpEntry(Record):
    """A help offer or instrument for students and parents (Leerwerkloket, JPO, ...)."""

    __tablename__ = "help_entries"

    name: Mapped[str] = mapped_column(String(200))
    offers: Mapped[str | None] = mapped_column(Text)
    for_whom: Mapped[str | None] = mapped_column(Text)
    contact: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(String(500))
    archived: Mapped[bool] = mapped_column(Boolean, default=False)


# --- praktijkverklaring: the werkproces catalogue and a leerroute per student ---------------------


class RouteType(str, enum.Enum):
    """Which praktijkverklaring a route prepares; the statutory mbo-verklaring (examencommissie) is not one of them."""

    SBB = "sbb"  # the SBB Praktijkverklaring (PrO, VSO, mbo school with the leerbedrijf)
    PRAKTIJKLEERROUTE = "praktijkleerroute"  # the mbo-praktijkverklaring of a praktijkleerroute


class PvStatus(str, enum.Enum):
    """A werkproces's judgement (as Praktijkbeoordelen.nl): no "not applicable" for one the leerbedrijf offers."""

    NIET_GESTART = "niet_gestart"
    OEFENEN = "oefenen"
    VOLDOENDE = "voldoende"
    GOED = "goed"


ACHIEVED = (PvStatus.VOLDOENDE, PvStatus.GOED)


class PvEvidence(str, enum.Enum):
    OBSERVED = "observed"
    PRODUCT = "product"
    CONVERSATION = "conversation"


class PvEntryKind(str, enum.Enum):
    """One line of a werkproces's history: a judgement, the school's confirmation, a confirmation revoked."""

    JUDGEMENT = "judgement"
    CONFIRMATION = "confirmation"
    REVOCATION = "revocation"


def new_route_code() -> str:
    """A short code for a route's paper checklist (no 0/O or 1/I to misread): PV-7KQ3XM."""
    import secrets

    letters = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
    return "PV-" + "".join(secrets.choice(letters) for _ in range(6))


class Dossier(Record):
    """One version of a kwalificatiedossier as the school keeps it (its source and the date it was taken from)."""

    __tablename__ = "pv_dossiers"
    __table_args__ = (Index("ix_pv_dossiers_crebo_version", "crebo", "version", unique=True),)

    crebo: Mapped[str] = mapped_column(String(5))
    title: Mapped[str] = mapped_column(String(200))
    version: Mapped[str] = mapped_column(String(40))  # the version or cohort, e.g. "2025"
    level: Mapped[int | None] = mapped_column(Integer)
    source: Mapped[str | None] = mapped_column(String(500))
    source_date: Mapped[date | None] = mapped_column(Date)
    archived: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))
    name: Mapped[str] = column_property(crebo + " " + title + " (" + version + ")")  # as a choice in a form shows it


class Kerntaak(Record):
    __tablename__ = "pv_kerntaken"

    dossier_id: Mapped[str] = mapped_column(ForeignKey("pv_dossiers.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(20))  # B1-K1
    title: Mapped[str] = mapped_column(String(300))
    name: Mapped[str] = column_property(code + " " + title)


class Werkproces(Record):
    __tablename__ = "pv_werkprocessen"

    dossier_id: Mapped[str] = mapped_column(ForeignKey("pv_dossiers.id", ondelete="CASCADE"), index=True)
    kerntaak_id: Mapped[str] = mapped_column(ForeignKey("pv_kerntaken.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(20))  # B1-K1-W1
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    leerlijnen: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")  # regional tags: Groen, Zorg
    name: Mapped[str] = column_property(code + " " + title)


class Route(Record):
    """A student's leerroute towards a praktijkverklaring: one dossier version, at one place."""

    __tablename__ = "pv_routes"

    student_id: Mapped[str] = mapped_column(ForeignKey("students.id", ondelete="CASCADE"), index=True)
    route_type: Mapped[RouteType] = mapped_column(_enum(RouteType))
    dossier_id: Mapped[str] = mapped_column(ForeignKey("pv_dossiers.id"), index=True)
    placement_id: Mapped[str | None] = mapped_column(ForeignKey("placements.id", ondelete="SET NULL"))
    place_id: Mapped[str | None] = mapped_column(ForeignKey("places.id", ondelete="SET NULL"))
    code: Mapped[str] = mapped_column(String(12), default=new_route_code)  # the short code printed on the workplace checklist
    started_on: Mapped[date | None] = mapped_column(Date)
    # The werkprocessen (codes) the leerbedrijf said it offers, agreed with the employer; empty: not asked.
    offered_codes: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")
    completed_on: Mapped[date | None] = mapped_column(Date)  # the praktijkverklaring applied for / handed over
    notes: Mapped[str | None] = mapped_column(Text)
    name: Mapped[str] = column_property(code + "")

    student: Mapped[Student] = relationship()
    dossier: Mapped[Dossier] = relationship()
    place: Mapped[Place | None] = relationship()
    placement: Mapped[Placement | None] = relationship()


class RouteItem(Record):
    """One werkproces in a route, with where it stands now; its history is in ``RouteEntry`` rows."""

    __tablename__ = "pv_route_items"
    __table_args__ = (Index("ix_pv_route_items_route", "route_id", "werkproces_id", unique=True),)

    route_id: Mapped[str] = mapped_column(ForeignKey("pv_routes.id", ondelete="CASCADE"))
    student_id: Mapped[str] = mapped_column(ForeignKey("students.id", ondelete="CASCADE"), index=True)
    werkproces_id: Mapped[str] = mapped_column(ForeignKey("pv_werkprocessen.id"))
    status: Mapped[PvStatus] = mapped_column(_enum(PvStatus), default=PvStatus.NIET_GESTART, server_default="niet_gestart")
    evidence: Mapped[PvEvidence | None] = mapped_column(_enum(PvEvidence))
    assessed_on: Mapped[date | None] = mapped_column(Date)
    assessor: Mapped[str | None] = mapped_column(String(200))  # the praktijkopleider's name (he has no CoachDesk)
    paper_form_on: Mapped[date | None] = mapped_column(Date)  # the result came from a signed paper checklist of this date
    confirmed_by: Mapped[str | None] = mapped_column(ForeignKey("coaches.id", ondelete="SET NULL"))
    confirmed_on: Mapped[date | None] = mapped_column(Date)
    opdrachten: Mapped[str | None] = mapped_column(Text)  # the werkopdrachten: what to do, where, by when

    route: Mapped[Route] = relationship()
    werkproces: Mapped[Werkproces] = relationship()


class RouteEntry(Record):
    """One line of a werkproces's history in a route, never changed: a judgement, a confirmation, a revocation."""

    __tablename__ = "pv_route_entries"
    __table_args__ = (Index("ix_pv_route_entries_item", "item_id", "created_at"),)

    item_id: Mapped[str] = mapped_column(ForeignKey("pv_route_items.id", ondelete="CASCADE"))
    student_id: Mapped[str] = mapped_column(ForeignKey("students.id", ondelete="CASCADE"), index=True)
    entry_kind: Mapped[PvEntryKind] = mapped_column(_enum(PvEntryKind))
    status: Mapped[PvStatus | None] = mapped_column(_enum(PvStatus))
    evidence: Mapped[PvEvidence | None] = mapped_column(_enum(PvEvidence))
    on: Mapped[date] = mapped_column(Date)
    assessor: Mapped[str | None] = mapped_column(String(200))
    paper_form_on: Mapped[date | None] = mapped_column(Date)
    coach_id: Mapped[str | None] = mapped_column(ForeignKey("coaches.id", ondelete="SET NULL"))  # who typed it in / confirmed
    note: Mapped[str | None] = mapped_column(Text)


class AuditEntry(Base):
    """Who created, changed or deleted which record, and when. Append-only.

    Only the names of changed fields are kept, never their contents, so the
    trail itself holds no sensitive data.
    """

    __tablename__ = "audit_entries"
    __table_args__ = (Index("ix_audit_entries_at", "at"), Index("ix_audit_entries_record", "kind", "record_id"))

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    actor_id: Mapped[str | None] = mapped_column(String(36))  # a coach's id; empty for the system (command line, batch)
    action: Mapped[str] = mapped_column(String(10))  # create, update, delete
    kind: Mapped[str] = mapped_column(String(40))  # table name
    record_id: Mapped[str] = mapped_column(String(36))
    fields: Mapped[list[str]] = mapped_column(JSON, default=list)


class ImportBatch(Record):
    """One committed import: what it created and changed, so that it can be undone as a whole."""

    __tablename__ = "import_batches"

    kind: Mapped[str] = mapped_column(String(40))  # students, employers, placements
    file_name: Mapped[str] = mapped_column(String(300))  # the name only, never the folder
    actor_id: Mapped[str | None] = mapped_column(String(36))
    created_count: Mapped[int] = mapped_column(Integer, default=0)
    updated_count: Mapped[int] = mapped_column(Integer, default=0)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime)
    undone_at: Mapped[datetime | None] = mapped_column(DateTime)

    items: Mapped[list[ImportBatchItem]] = relationship(back_populates="batch", order_by="ImportBatchItem.position")


class ImportBatchItem(Base):
    """A record an import created, or changed (with the values it had before)."""

    __tablename__ = "import_batch_items"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    batch_id: Mapped[str] = mapped_column(ForeignKey("import_batches.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(40))  # record kind: students, employers, praktijkopleiders, placements
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    action: Mapped[str] = mapped_column(String(10))  # create, update
    previous: Mapped[dict] = mapped_column(JSON, default=dict)  # field -> value before (plain JSON form)

    batch: Mapped[ImportBatch] = relationship(back_populates="items")


class Setting(Base):
    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)  # any JSON value: its shape is set by the key
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
