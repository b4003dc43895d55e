"""Readable, translatable names for the coded choices (English source, context "Choices")."""
from __future__ import annotations

import enum

from coachdesk.domain import models as m
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP, translate

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
}


def choice_label(value: enum.Enum | None) -> str:
    if value is None:
        return ""
    return translate("Choices", CHOICE_LABELS.get(value, str(value.value)))
