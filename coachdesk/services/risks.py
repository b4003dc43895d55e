"""Dropout-risk assessments and the rule that turns signals into a level.

There is no national standard risk scale, so CoachDesk uses this one:

* Every signal on the checklist has a weight (``SIGNAL_WEIGHTS``): 1 for signals
  a coach can usually address at school, 2 for signals in the student's life
  outside school, 3 for losing the BPV place, which most often precedes dropout.
* Absence of 16 hours or more in 4 weeks is the legal threshold for a DUO
  verzuimmelding (under 18): it counts as the absence signal with weight 3.
* The level is **high** from 5 points, **medium** from 2 points, **low** below.

A coach may set another level, but must say why; both levels are kept.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from coachdesk.domain import clock
from coachdesk.domain import models as m
from coachdesk.domain.errors import FieldError, ValidationError
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP, translate
from coachdesk.domain.schema import KINDS, clean
from coachdesk.services import access, records
from coachdesk.services.access import Actor

SIGNALS: dict[str, str] = {
    "absence": QT_TRANSLATE_NOOP("Signals", "Absence"),
    "motivation": QT_TRANSLATE_NOOP("Signals", "Motivation or study choice"),
    "learning": QT_TRANSLATE_NOOP("Signals", "Learning problems"),
    "behaviour": QT_TRANSLATE_NOOP("Signals", "Behaviour"),
    "health": QT_TRANSLATE_NOOP("Signals", "Health"),
    "home": QT_TRANSLATE_NOOP("Signals", "Home situation"),
    "money": QT_TRANSLATE_NOOP("Signals", "Money or debts"),
    "housing": QT_TRANSLATE_NOOP("Signals", "Housing"),
    "workplace_conflict": QT_TRANSLATE_NOOP("Signals", "Conflict at the workplace"),
    "lost_placement": QT_TRANSLATE_NOOP("Signals", "Lost the placement"),
    "other": QT_TRANSLATE_NOOP("Signals", "Other"),
}
SIGNAL_WEIGHTS = {
    "absence": 2, "motivation": 1, "learning": 1, "behaviour": 1, "health": 2, "home": 2,
    "money": 1, "housing": 2, "workplace_conflict": 2, "lost_placement": 3, "other": 1,
}
LEGAL_ABSENCE_HOURS = 16  # in 4 weeks: DUO verzuimmelding is mandatory under 18
LEGAL_ABSENCE_WEIGHT = 3
HIGH_FROM = 5
MEDIUM_FROM = 2

LEVEL_LABELS = {
    m.RiskLevel.LOW: QT_TRANSLATE_NOOP("Risk", "low"),
    m.RiskLevel.MEDIUM: QT_TRANSLATE_NOOP("Risk", "medium"),
    m.RiskLevel.HIGH: QT_TRANSLATE_NOOP("Risk", "high"),
}

MSG_UNKNOWN_SIGNAL = QT_TRANSLATE_NOOP("Validation", "{label}: \"{value}\" is not on the checklist.")
MSG_OVERRIDE_REASON = QT_TRANSLATE_NOOP("Validation", "{label}: say why you choose another level than the computed one.")


@dataclass(frozen=True)
class RiskJudgement:
    level: m.RiskLevel
    score: int
    reasons: list[tuple[str, int]]  # (signal code, points)

    def explain(self) -> str:
        parts = [f"{translate('Signals', SIGNALS[code])} +{points}" for code, points in self.reasons]
        if not parts:
            return translate("Risk", "No signals: low.")
        return translate("Risk", "{signals} = {score} points: {level}.").format(
            signals=", ".join(parts), score=self.score, level=level_label(self.level)
        )


def level_label(level: m.RiskLevel | str) -> str:
    return translate("Risk", LEVEL_LABELS[m.RiskLevel(level)])


def judge(signals: list[str], absence_hours_4_weeks: int | None = None) -> RiskJudgement:
    """The level the documented rule gives for these signals."""
    codes = list(dict.fromkeys(signals))
    legal_absence = (absence_hours_4_weeks or 0) >= LEGAL_ABSENCE_HOURS
    if legal_absence and "absence" not in codes:
        codes.insert(0, "absence")
    reasons = []
    for code in codes:
        points = LEGAL_ABSENCE_WEIGHT if code == "absence" and legal_absence else SIGNAL_WEIGHTS[code]
        reasons.append((code, points))
    score = sum(points for _, points in reasons)
    level = m.RiskLevel.HIGH if score >= HIGH_FROM else m.RiskLevel.MEDIUM if score >= MEDIUM_FROM else m.RiskLevel.LOW
    return RiskJudgement(level, score, reasons)


def record_assessment(session: Session, actor: Actor, values: dict, actions: list[dict] | None = None) -> m.RiskAssessment:
    """Store a new assessment with its computed level and actions. Earlier ones stay as they are."""
    kind = KINDS["risks"]
    access.require_write(actor, "risks", create=True)
    records.act_as(session, actor.coach_id)
    action_kind = KINDS["risk_actions"]
    cleaned_actions, action_errors = [], []
    if not isinstance(actions, (list, tuple, type(None))):
        actions = [actions]
    for action in actions or []:
        try:
            cleaned_action = clean(action_kind, action)
        except ValidationError as invalid:
            action_errors += invalid.errors
            continue
        action_errors += records.check_references(session, actor, action_kind, cleaned_action)  # an owner that does not exist
        cleaned_actions.append(cleaned_action)
    try:
        cleaned = clean(kind, values)
    except ValidationError as invalid:  # named together with what is wrong in the actions, so a form shows it all
        raise ValidationError(invalid.errors + action_errors) from None
    records.refuse_fields(actor, kind, cleaned, None)
    access.require_student(session, actor, cleaned["student_id"])
    errors = [records.field_error(kind, name, text) for name, text in access.check_row(session, actor, "risks", None, cleaned)]
    errors += [
        FieldError("signals", kind.field("signals").label, MSG_UNKNOWN_SIGNAL, {"value": code})
        for code in cleaned["signals"] if code not in SIGNALS
    ]
    errors += records.check_references(session, actor, kind, cleaned)
    judgement = judge([c for c in cleaned["signals"] if c in SIGNALS], cleaned.get("absence_hours_4_weeks"))
    override = cleaned.get("override_level")
    if override == judgement.level:
        cleaned["override_level"] = override = None
    if override and not cleaned.get("override_reason"):
        errors.append(FieldError("override_reason", kind.field("override_reason").label, MSG_OVERRIDE_REASON))
    errors += action_errors
    if errors:
        raise ValidationError(errors)
    cleaned["signals"] = [code for code, _ in judgement.reasons]
    assessment = m.RiskAssessment(computed_level=judgement.level, **cleaned)
    assessment.actions = [m.RiskAction(**action) for action in cleaned_actions]
    session.add(assessment)
    session.flush()
    return assessment


def mark_action_done(session: Session, actor: Actor, action_id: str, on: date | str | None = None) -> m.RiskAction:
    """An agreed action is done (today, unless ``on`` says when); the write policy applies: never a JPO."""
    return records.update(session, actor, "risk_actions", action_id, {"done_on": on or clock.today()})  # type: ignore[return-value]


def action_overdue(action: m.RiskAction, today: date | None = None) -> bool:
    """An open action whose due date has passed."""
    return action.done_on is None and action.due_on is not None and action.due_on < (today or clock.today())
