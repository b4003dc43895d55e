"""Readable, translatable names for the coded choices (English source, context "Choices")."""
from __future__ import annotations

import enum

from coachdesk import models as m
from coachdesk.i18n import QT_TRANSLATE_NOOP as N_
from coachdesk.i18n import translate

CHOICE_LABELS: dict[enum.Enum, str] = {
    m.CoachRole.DOCENT: N_("Choices", "Teacher / BPV supervisor"),
    m.CoachRole.JOBCOACH: N_("Choices", "Job coach"),
    m.CoachRole.JPO: N_("Choices", "Junior workplace trainer (JPO)"),
    m.CoachRole.COORDINATOR: N_("Choices", "Coordinator"),
    m.SchoolType.PRO: N_("Choices", "Practical education (PrO)"),
    m.SchoolType.VSO: N_("Choices", "Special secondary education (VSO)"),
    m.SchoolType.ENTREE: N_("Choices", "mbo Entree (level 1)"),
    m.SchoolType.MBO2: N_("Choices", "mbo level 2"),
    m.VsoProfile.ARBEIDSMARKT: N_("Choices", "Labour market"),
    m.VsoProfile.DAGBESTEDING: N_("Choices", "Day activities"),
    m.VsoProfile.VERVOLGONDERWIJS: N_("Choices", "Further education"),
    m.Leerweg.BOL: N_("Choices", "BOL (school-based)"),
    m.Leerweg.BBL: N_("Choices", "BBL (work-based)"),
    m.StudentStatus.ACTIVE: N_("Choices", "At school"),
    m.StudentStatus.LEFT: N_("Choices", "Left school"),
    m.PlacementStatus.SEARCHING: N_("Choices", "Searching"),
    m.PlacementStatus.PROPOSED: N_("Choices", "Proposed"),
    m.PlacementStatus.STARTED: N_("Choices", "Started"),
    m.PlacementStatus.COMPLETED: N_("Choices", "Completed"),
    m.PlacementStatus.ENDED_EARLY: N_("Choices", "Ended early"),
    m.VisitKind.ON_SITE: N_("Choices", "Visit at the workplace"),
    m.VisitKind.DRIEGESPREK: N_("Choices", "Three-way talk"),
    m.VisitKind.PHONE_VIDEO: N_("Choices", "Phone or video call"),
    m.VisitKind.SCHOOL_TALK: N_("Choices", "Talk at school"),
    m.RiskLevel.LOW: N_("Choices", "Low"),
    m.RiskLevel.MEDIUM: N_("Choices", "Medium"),
    m.RiskLevel.HIGH: N_("Choices", "High"),
    m.EventKind.SPEEDDATE: N_("Choices", "Speed date for BPV places"),
    m.EventKind.BANENMARKT: N_("Choices", "Job and BPV market"),
    m.EventKind.BEDRIJFSBEZOEK: N_("Choices", "Company visit"),
    m.EventKind.MEELOOPDAG: N_("Choices", "Job shadowing day"),
    m.EventKind.OPEN_DAG: N_("Choices", "Open day at a company"),
    m.EventKind.BEDRIJVENBEURS: N_("Choices", "Company fair"),
    m.EventKind.BEROEPENFESTIVAL: N_("Choices", "Careers festival"),
    m.EventKind.OTHER: N_("Choices", "Other"),
}


def choice_label(value: enum.Enum | None) -> str:
    if value is None:
        return ""
    return translate("Choices", CHOICE_LABELS.get(value, str(value.value)))
