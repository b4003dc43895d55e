"""Readable, translatable names for the coded choices (English source, context "Choices")."""
from __future__ import annotations

import enum

from coachdesk.domain import models as m
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP, translate

# What happens after school (the Monitor's outcomes): one home for these words, the forms' choices and the figures alike.
DESTINATION_LABELS: dict[enum.Enum, str] = {
    m.Destination.WERK: QT_TRANSLATE_NOOP("Choices", "Work"),
    m.Destination.WERK_BBL: QT_TRANSLATE_NOOP("Choices", "Work with mbo BBL"),
    m.Destination.MBO_BOL: QT_TRANSLATE_NOOP("Choices", "mbo BOL"),
    m.Destination.PRO: QT_TRANSLATE_NOOP("Choices", "Another PrO school"),
    m.Destination.VSO: QT_TRANSLATE_NOOP("Choices", "VSO"),
    m.Destination.VMBO: QT_TRANSLATE_NOOP("Choices", "vmbo"),
    m.Destination.DAGBESTEDING: QT_TRANSLATE_NOOP("Choices", "Day activities (dagbesteding)"),
    m.Destination.TOELEIDING: QT_TRANSLATE_NOOP("Choices", "Training route (toeleidingstraject)"),
    m.Destination.NONE: QT_TRANSLATE_NOOP("Choices", "No work or school"),
    m.Destination.UNKNOWN: QT_TRANSLATE_NOOP("Choices", "Unknown"),
}
END_REASON_LABELS: dict[enum.Enum, str] = {
    m.EarlyEndReason.MOTIVATION: QT_TRANSLATE_NOOP("Choices", "Motivation or attitude of the student"),
    m.EarlyEndReason.MISMATCH: QT_TRANSLATE_NOOP("Choices", "The work did not suit the student"),
    m.EarlyEndReason.CONFLICT: QT_TRANSLATE_NOOP("Choices", "Conflict at the workplace"),
    m.EarlyEndReason.GUIDANCE: QT_TRANSLATE_NOOP("Choices", "Too little guidance at the workplace"),
    m.EarlyEndReason.EMPLOYER: QT_TRANSLATE_NOOP("Choices", "The employer stopped or had no work"),
    m.EarlyEndReason.HEALTH: QT_TRANSLATE_NOOP("Choices", "Health or personal circumstances"),
    m.EarlyEndReason.ABSENCE: QT_TRANSLATE_NOOP("Choices", "Absence"),
    m.EarlyEndReason.TRAVEL: QT_TRANSLATE_NOOP("Choices", "Travel too long or too hard"),
    m.EarlyEndReason.BETTER: QT_TRANSLATE_NOOP("Choices", "Found work or a better place"),
    m.EarlyEndReason.LEFT_SCHOOL: QT_TRANSLATE_NOOP("Choices", "The student left school"),
    m.EarlyEndReason.OTHER: QT_TRANSLATE_NOOP("Choices", "Other, namely"),
}
NOT_CODED = QT_TRANSLATE_NOOP("Choices", "No reason chosen")

CHOICE_LABELS: dict[enum.Enum, str] = {
    m.CoachRole.DOCENT: QT_TRANSLATE_NOOP("Choices", "Teacher / BPV supervisor"),
    m.CoachRole.JOBCOACH: QT_TRANSLATE_NOOP("Choices", "Job coach"),
    m.CoachRole.JPO: QT_TRANSLATE_NOOP("Choices", "Junior workplace trainer (JPO)"),
    m.CoachRole.COORDINATOR: QT_TRANSLATE_NOOP("Choices", "Coordinator"),
    m.SchoolType.PRO: QT_TRANSLATE_NOOP("Choices", "Practical education (PrO)"),
    m.SchoolType.VSO: QT_TRANSLATE_NOOP("Choices", "Special secondary education (VSO)"),
    m.SchoolType.ENTREE: QT_TRANSLATE_NOOP("Choices", "mbo Entree (level 1)"),
    m.SchoolType.MBO2: QT_TRANSLATE_NOOP("Choices", "mbo level 2"),
    m.VsoProfile.ARBEIDSMARKT: QT_TRANSLATE_NOOP("Choices", "Labour market"),
    m.VsoProfile.DAGBESTEDING: QT_TRANSLATE_NOOP("Choices", "Day activities"),
    m.VsoProfile.VERVOLGONDERWIJS: QT_TRANSLATE_NOOP("Choices", "Further education"),
    m.Leerweg.BOL: QT_TRANSLATE_NOOP("Choices", "BOL (school-based)"),
    m.Leerweg.BBL: QT_TRANSLATE_NOOP("Choices", "BBL (work-based)"),
    m.StudentStatus.ACTIVE: QT_TRANSLATE_NOOP("Choices", "At school"),
    m.StudentStatus.LEFT: QT_TRANSLATE_NOOP("Choices", "Left school"),
    m.PlacementStatus.SEARCHING: QT_TRANSLATE_NOOP("Choices", "Searching"),
    m.PlacementStatus.PROPOSED: QT_TRANSLATE_NOOP("Choices", "Proposed"),
    m.PlacementStatus.STARTED: QT_TRANSLATE_NOOP("Choices", "Started"),
    m.PlacementStatus.COMPLETED: QT_TRANSLATE_NOOP("Choices", "Completed"),
    m.PlacementStatus.ENDED_EARLY: QT_TRANSLATE_NOOP("Choices", "Ended early"),
    m.PlacementStatus.FOUND: QT_TRANSLATE_NOOP("Choices", "Place found"),
    m.VisitKind.ON_SITE: QT_TRANSLATE_NOOP("Choices", "Visit at the workplace"),
    m.VisitKind.DRIEGESPREK: QT_TRANSLATE_NOOP("Choices", "Three-way talk"),
    m.VisitKind.PHONE_VIDEO: QT_TRANSLATE_NOOP("Choices", "Phone or video call"),
    m.VisitKind.SCHOOL_TALK: QT_TRANSLATE_NOOP("Choices", "Talk at school"),
    m.RiskLevel.LOW: QT_TRANSLATE_NOOP("Choices", "Low"),
    m.RiskLevel.MEDIUM: QT_TRANSLATE_NOOP("Choices", "Medium"),
    m.RiskLevel.HIGH: QT_TRANSLATE_NOOP("Choices", "High"),
    m.EventKind.SPEEDDATE: QT_TRANSLATE_NOOP("Choices", "Speed date for BPV places"),
    m.EventKind.BANENMARKT: QT_TRANSLATE_NOOP("Choices", "Job and BPV market"),
    m.EventKind.BEDRIJFSBEZOEK: QT_TRANSLATE_NOOP("Choices", "Company visit"),
    m.EventKind.MEELOOPDAG: QT_TRANSLATE_NOOP("Choices", "Job shadowing day"),
    m.EventKind.OPEN_DAG: QT_TRANSLATE_NOOP("Choices", "Open day at a company"),
    m.EventKind.BEDRIJVENBEURS: QT_TRANSLATE_NOOP("Choices", "Company fair"),
    m.EventKind.BEROEPENFESTIVAL: QT_TRANSLATE_NOOP("Choices", "Careers festival"),
    m.EventKind.OTHER: QT_TRANSLATE_NOOP("Choices", "Other"),
    m.CoachRole.JOBHUNTER: QT_TRANSLATE_NOOP("Choices", "Jobhunter (finds employers and places)"),
    m.PlaceStatus.OPEN: QT_TRANSLATE_NOOP("Choices", "Open"),
    m.PlaceStatus.FULL: QT_TRANSLATE_NOOP("Choices", "Full"),
    m.PlaceStatus.PAUSED: QT_TRANSLATE_NOOP("Choices", "Paused"),
    m.PlaceStatus.CLOSED: QT_TRANSLATE_NOOP("Choices", "Closed"),
    m.PlaceFeature.BEGELEIDING_OP_MAAT: QT_TRANSLATE_NOOP("Choices", "Tailored guidance"),
    m.PlaceFeature.FYSIEK_TOEGANKELIJK: QT_TRANSLATE_NOOP("Choices", "Physically accessible"),
    m.PlaceFeature.KANS_OP_VASTE_BAAN: QT_TRANSLATE_NOOP("Choices", "Chance of a permanent job"),
    m.PlaceFeature.PRAKTIJKVERKLARING: QT_TRANSLATE_NOOP("Choices", "Praktijkverklaring possible"),
    m.WorkCondition.EARLY_SHIFTS: QT_TRANSLATE_NOOP("Choices", "Early shifts"),
    m.WorkCondition.EVENING_SHIFTS: QT_TRANSLATE_NOOP("Choices", "Evening shifts"),
    m.WorkCondition.WEEKENDS: QT_TRANSLATE_NOOP("Choices", "Weekend work"),
    m.WorkCondition.HEAVY_LIFTING: QT_TRANSLATE_NOOP("Choices", "Heavy lifting"),
    m.WorkCondition.LONG_STANDING: QT_TRANSLATE_NOOP("Choices", "Standing for long"),
    m.WorkCondition.ANIMALS: QT_TRANSLATE_NOOP("Choices", "Working with animals"),
    m.WorkCondition.FOOD: QT_TRANSLATE_NOOP("Choices", "Working with food"),
    m.WorkCondition.NOISE: QT_TRANSLATE_NOOP("Choices", "A noisy workplace"),
    m.WorkCondition.CUSTOMERS: QT_TRANSLATE_NOOP("Choices", "Serving customers"),
    m.Weekday.MA: QT_TRANSLATE_NOOP("Choices", "Monday"),
    m.Weekday.DI: QT_TRANSLATE_NOOP("Choices", "Tuesday"),
    m.Weekday.WO: QT_TRANSLATE_NOOP("Choices", "Wednesday"),
    m.Weekday.DO: QT_TRANSLATE_NOOP("Choices", "Thursday"),
    m.Weekday.VR: QT_TRANSLATE_NOOP("Choices", "Friday"),
    m.Weekday.ZA: QT_TRANSLATE_NOOP("Choices", "Saturday"),
    m.Weekday.ZO: QT_TRANSLATE_NOOP("Choices", "Sunday"),
    m.TravelMode.WALK: QT_TRANSLATE_NOOP("Choices", "Walks"),
    m.TravelMode.BIKE: QT_TRANSLATE_NOOP("Choices", "Bike"),
    m.TravelMode.PUBLIC_TRANSPORT: QT_TRANSLATE_NOOP("Choices", "Public transport"),
    m.TravelMode.SCHOOL_TRANSPORT: QT_TRANSLATE_NOOP("Choices", "School transport / taxi"),
    m.TravelMode.BROUGHT: QT_TRANSLATE_NOOP("Choices", "Brought by parents"),
    m.AcquisitionStage.PROSPECT: QT_TRANSLATE_NOOP("Choices", "Prospect"),
    m.AcquisitionStage.EERSTE_CONTACT: QT_TRANSLATE_NOOP("Choices", "First contact"),
    m.AcquisitionStage.GESPREK: QT_TRANSLATE_NOOP("Choices", "Meeting"),
    m.AcquisitionStage.INTERESSE: QT_TRANSLATE_NOOP("Choices", "Interested"),
    m.AcquisitionStage.ERKENNING_AANGEVRAAGD: QT_TRANSLATE_NOOP("Choices", "Recognition applied for"),
    m.AcquisitionStage.ERKEND: QT_TRANSLATE_NOOP("Choices", "Recognised"),
    m.AcquisitionStage.PLAATSEN_BESCHIKBAAR: QT_TRANSLATE_NOOP("Choices", "Place(s) available"),
    m.AcquisitionStage.DROPPED: QT_TRANSLATE_NOOP("Choices", "Dropped"),
    m.EmployerContactKind.CALL: QT_TRANSLATE_NOOP("Choices", "Call"),
    m.EmployerContactKind.VISIT: QT_TRANSLATE_NOOP("Choices", "Visit"),
    m.EmployerContactKind.MAIL: QT_TRANSLATE_NOOP("Choices", "Mail"),
    m.EmployerContactKind.EVENT: QT_TRANSLATE_NOOP("Choices", "Event"),
}


PLACE_LEERWEG_LABELS: dict[enum.Enum, str] = {
    m.PlaceLeerweg.BOL: QT_TRANSLATE_NOOP("Choices", "mbo BOL place"),
    m.PlaceLeerweg.BBL: QT_TRANSLATE_NOOP("Choices", "mbo BBL place"),
    m.PlaceLeerweg.STAGE: QT_TRANSLATE_NOOP("Choices", "Work placement (PrO/VSO)"),
    m.PlaceLeerweg.JOB: QT_TRANSLATE_NOOP("Choices", "Paid job"),
}


# Two str enums' members with the same name and value are one dict key (SchoolType.PRO == Destination.PRO, and they
# hash alike), so in one table the later label would win: the outcomes and the kinds of place keep tables of their own.
_TABLES: dict[type, dict[enum.Enum, str]] = {m.Destination: DESTINATION_LABELS, m.EarlyEndReason: END_REASON_LABELS,
                                              m.PlaceLeerweg: PLACE_LEERWEG_LABELS}


def choice_label(value: enum.Enum | None) -> str:
    if value is None:
        return ""
    return translate("Choices", _TABLES.get(type(value), CHOICE_LABELS).get(value, str(value.value)))
