"""Settings kept in the data file: thresholds of the attention list, who uses this laptop, print header."""
from __future__ import annotations

from dataclasses import asdict, dataclass, fields

from sqlalchemy.orm import Session

from coachdesk.domain import models as m


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


def load_settings(session: Session) -> Settings:
    stored = {row.key: row.value for row in session.query(m.Setting)}
    known = {f.name for f in fields(Settings)}
    return Settings(**{key: value for key, value in stored.items() if key in known})


def save_settings(session: Session, settings: Settings) -> None:
    for key, value in asdict(settings).items():
        row = session.get(m.Setting, key)
        if row is None:
            session.add(m.Setting(key=key, value=value))
        elif row.value != value:
            row.value = value
    session.flush()


def get_flag(session: Session, key: str) -> object:
    row = session.get(m.Setting, key)
    return None if row is None else row.value


def set_flag(session: Session, key: str, value: object) -> None:
    row = session.get(m.Setting, key)
    if row is None:
        session.add(m.Setting(key=key, value=value))
    else:
        row.value = value
    session.flush()
