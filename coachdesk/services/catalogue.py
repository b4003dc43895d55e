"""The default catalogue of financial schemes and help offers, installed on first use.

After installation the entries are ordinary records that users edit; the
default is never installed twice, so edits and deletions stay as they are.
"""
from __future__ import annotations

import json
from datetime import date, timedelta

from sqlalchemy.orm import Session

from coachdesk.domain import models as m
from coachdesk.domain.schema import KINDS, clean
from coachdesk.resources import resources_dir
from coachdesk.services.settings import get_flag, set_flag

INSTALLED_FLAG = "default_catalogue_installed"
STALE_AFTER = timedelta(days=365)


def install_default_catalogue(session: Session) -> bool:
    if get_flag(session, INSTALLED_FLAG):
        return False
    folder = resources_dir() / "catalogue"
    for kind_name, file_name in (("schemes", "schemes.json"), ("help", "help.json")):
        kind = KINDS[kind_name]
        for entry in json.loads((folder / file_name).read_text(encoding="utf-8")):
            session.add(kind.model(**clean(kind, entry)))
    set_flag(session, INSTALLED_FLAG, True)
    return True


def scheme_is_valid(scheme: m.FinancialScheme, on: date) -> bool:
    return (scheme.valid_from is None or scheme.valid_from <= on) and (scheme.valid_until is None or scheme.valid_until >= on)


def scheme_is_stale(scheme: m.FinancialScheme, on: date) -> bool:
    """Last checked over a year ago (or never): amounts and rules change every year."""
    return scheme.last_checked_on is None or on - scheme.last_checked_on > STALE_AFTER
