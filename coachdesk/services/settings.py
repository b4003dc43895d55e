"""Settings kept in the data file: thresholds of the attention list, who uses this laptop, print header."""
from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any

from sqlalchemy.orm import Session

from coachdesk.domain import models as m
from coachdesk.domain import policy
from coachdesk.domain.errors import AccessDenied, FieldError, ValidationError
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP, translate
from coachdesk.domain.schema import FieldSpec, clean_field


@dataclass
class Settings:
    searching_weeks: int = 6  # a student searching longer than this needs attention
    contact_interval_weeks: int = 6  # an active placement needs a contact at least this often
    minimum_contacts: int = 3  # per placement, at least one on site (a common school norm)
    ending_within_weeks: int = 4
    retention_years: int = 2
    lock_after_minutes: int = 10  # the desktop app locks itself after this long without input
    language: str = "nl"
    user_coach_id: str | None = None  # who uses this laptop
    school_name: str = ""
    print_header: str = ""
    region: str = ""
    hold_days: int = 10  # a proposal from a match holds the place this many days (services/places.py)


# Settings of this laptop and its user: anyone may change them. Every other setting is the
# team's (thresholds, retention, print header) and only a coordinator changes it.
PER_LAPTOP = frozenset(f.name for f in fields(Settings)) - policy.TEAM_SETTINGS

SETTING_SPECS = {
    "searching_weeks": FieldSpec("searching_weeks", QT_TRANSLATE_NOOP("Fields", "Searching longer than (weeks)"), "int", minimum=1, maximum=52),
    "contact_interval_weeks": FieldSpec("contact_interval_weeks", QT_TRANSLATE_NOOP("Fields", "Contact at least every (weeks)"), "int", minimum=1, maximum=52),
    "minimum_contacts": FieldSpec("minimum_contacts", QT_TRANSLATE_NOOP("Fields", "Minimum contacts per placement"), "int", minimum=0, maximum=50),
    "ending_within_weeks": FieldSpec("ending_within_weeks", QT_TRANSLATE_NOOP("Fields", "Ending within (weeks)"), "int", minimum=1, maximum=52),
    "retention_years": FieldSpec("retention_years", QT_TRANSLATE_NOOP("Fields", "Keep data after leaving (years)"), "int", minimum=1, maximum=20),
    "lock_after_minutes": FieldSpec("lock_after_minutes", QT_TRANSLATE_NOOP("Fields", "Lock after (minutes)"), "int", minimum=1, maximum=240),
    "language": FieldSpec("language", QT_TRANSLATE_NOOP("Fields", "Language"), "text", required=True, max_length=5),
    "user_coach_id": FieldSpec("user_coach_id", QT_TRANSLATE_NOOP("Fields", "Who uses this laptop"), "text", max_length=36),
    "school_name": FieldSpec("school_name", QT_TRANSLATE_NOOP("Fields", "School name"), "text", max_length=200),
    "print_header": FieldSpec("print_header", QT_TRANSLATE_NOOP("Fields", "Print header"), "text", max_length=200),
    "region": FieldSpec("region", QT_TRANSLATE_NOOP("Fields", "Labour market region"), "text", max_length=100),
    "hold_days": FieldSpec("hold_days", QT_TRANSLATE_NOOP("Fields", "A proposal holds the place (days)"), "int", minimum=1, maximum=90),
}
ONLY_COORDINATOR = QT_TRANSLATE_NOOP("Errors", "Only a coordinator may change the team's settings ({fields}). Ask a coordinator.")
MSG_NO_SUCH_USER = QT_TRANSLATE_NOOP("Validation", "{label}: choose a coach from the list.")
MSG_USER_NEEDS_PASSPHRASE = QT_TRANSLATE_NOOP("Errors", "Another user of this laptop (and so another role) needs the passphrase again. Change it in Settings, where CoachDesk asks for it.")


def load_settings(session: Session) -> Settings:
    stored = {row.key: row.value for row in session.query(m.Setting)}
    known = {f.name for f in fields(Settings)}
    return Settings(**{key: value for key, value in stored.items() if key in known})


def save_settings(session: Session, actor, settings: Settings, *, passphrase_checked: bool = False) -> None:
    """Store ``settings`` as ``actor`` (a services.access.Actor) may: the team's settings only as a coordinator.

    A change of who uses this laptop is written to the audit trail; once a user is chosen, another one (with
    his role) only with the passphrase typed again (``passphrase_checked``, see ``users.switch_user``).
    """
    stored = load_settings(session)
    values = {}
    for key, value in asdict(settings).items():
        cleaned = clean_field(SETTING_SPECS[key], value) if key in SETTING_SPECS else value
        values[key] = "" if cleaned is None and isinstance(getattr(stored, key), str) else cleaned
    changed = [key for key, value in values.items() if value != getattr(stored, key)]
    team_changes = [key for key in changed if key not in PER_LAPTOP]
    if team_changes and not actor.may_do("team_settings"):
        names = [translate("Fields", SETTING_SPECS[key].label) if key in SETTING_SPECS else key for key in team_changes]
        raise AccessDenied(ONLY_COORDINATOR, fields=", ".join(names))
    if "user_coach_id" in changed and values["user_coach_id"] and session.get(m.Coach, values["user_coach_id"]) is None:
        spec = SETTING_SPECS["user_coach_id"]
        raise ValidationError([FieldError(spec.name, spec.label, MSG_NO_SUCH_USER)])
    chosen_before = stored.user_coach_id and session.get(m.Coach, stored.user_coach_id) is not None
    if "user_coach_id" in changed and chosen_before and actor.coach_id is not None and not passphrase_checked:
        raise AccessDenied(MSG_USER_NEEDS_PASSPHRASE)
    if "user_coach_id" in changed:
        session.add(m.AuditEntry(actor_id=actor.coach_id, action="user", kind="settings",
                                 record_id=values["user_coach_id"] or "-", fields=["user_coach_id"]))
    for key, value in values.items():
        row = session.get(m.Setting, key)
        if row is None:
            session.add(m.Setting(key=key, value=value))
        elif row.value != value:
            row.value = value
    session.flush()


def get_flag(session: Session, key: str) -> Any:  # a JSON value, shaped as its key says
    row = session.get(m.Setting, key)
    return None if row is None else row.value


def set_flag(session: Session, key: str, value: object) -> None:
    row = session.get(m.Setting, key)
    if row is None:
        session.add(m.Setting(key=key, value=value))
    else:
        row.value = value
    session.flush()
