"""The default catalogue of financial schemes and help offers, installed on first use and kept up to date.

After installation the entries are ordinary records that users edit. Every
default entry is remembered by its catalogue key with a fingerprint of the
values it was installed with. When CoachDesk brings a newer catalogue (facts
change every year), an entry the user has not edited is replaced by the new
version; an entry the user edited stays exactly as the user left it, and an
entry the user deleted is not brought back.

Besides the fields a user edits, each default scheme carries facts used to
choose what fits an employer (``situation``: a stage or employing someone,
``leerwegen``, ``leavers_only``, ``general_only``, ``last_year_only``, ``vso_profiles``,
``requires_recognition``: never offered to an employer without SBB recognition); these
live in the catalogue file and are looked up by key (:func:`scheme_facts`).
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from datetime import date, timedelta
from functools import lru_cache
from typing import cast

from sqlalchemy.orm import Session

from coachdesk.domain import models as m
from coachdesk.domain.schema import KINDS, clean
from coachdesk.resources import resources_dir
from coachdesk.services.settings import get_flag, set_flag

INSTALLED_FLAG = "default_catalogue_installed"
VERSION_SETTING = "catalogue_version"
ENTRIES_SETTING = "catalogue_entries"  # {record id: {"kind": ..., "key": ..., "fingerprint": ...}}
CATALOGUE_VERSION = 3  # 2: the facts as checked on 23 November 2026; 3: as revised on 2 December 2026
STALE_AFTER = timedelta(days=365)
FILES = {"schemes": "schemes.json", "help": "help.json"}
META_FIELDS = ("key", "situation", "leerwegen", "leavers_only", "general_only", "last_year_only", "audience", "requires_recognition", "vso_profiles")

# Version 1 had no keys: its entries are recognised by name (and by unchanged values, see _adopt_version_1).
V1_KEYS = {
    "schemes": {
        "Subsidieregeling praktijkleren": "praktijkleren",
        "Loonkostenvoordeel (LKV) doelgroep banenafspraak en scholingsbelemmerden": "lkv-banenafspraak",
        "Loonkostenvoordeel (LKV) arbeidsgehandicapte werknemer": "lkv-arbeidsgehandicapt",
        "Loonkostensubsidie (Participatiewet)": "loonkostensubsidie",
        "No-riskpolis": "no-riskpolis",
        "Proefplaatsing": "proefplaatsing",
        "Jobcoach": "jobcoach",
        "Werkplekaanpassing": "werkplekaanpassing",
        "Lage-inkomensvoordeel (LIV)": "liv",
    },
    "help": {
        "Junior Praktijkopleider (JPO)": "jpo", "Jobcoach": "jobcoach", "Jobhunter": "jobhunter", "Leerwerkloket": "werkcentrum",
        "Doorstroompunt": "doorstroompunt", "Jongerenloket": "jongerenloket", "Stagemarkt.nl": "stagemarkt",
        "Werkgeversservicepunt (WSP)": "wsp", "SBB": "sbb",
    },
}


@lru_cache(maxsize=4)
def _load(file_name: str) -> tuple[dict, ...]:
    return tuple(json.loads((resources_dir() / "catalogue" / file_name).read_text(encoding="utf-8")))


def default_entries(kind_name: str) -> list[dict]:
    return [dict(entry) for entry in _load(FILES[kind_name])]


def _fields(entry: dict) -> dict:
    return {key: value for key, value in entry.items() if key not in META_FIELDS}


def _fingerprint(kind_name: str, values: dict) -> str:
    names = sorted(spec.name for spec in KINDS[kind_name].fields if spec.name in values and spec.name != "archived")
    plain = json.dumps([[name, values[name]] for name in names], default=str, ensure_ascii=False)
    return hashlib.sha256(plain.encode()).hexdigest()


def _record_fingerprint(kind_name: str, record: object, default: dict) -> str:
    return _fingerprint(kind_name, {name: getattr(record, name) for name in default})


def _tracked(session: Session) -> dict[str, dict]:
    return dict(get_flag(session, ENTRIES_SETTING) or {})


def _add(session: Session, kind_name: str, entry: dict, tracked: dict[str, dict]) -> None:
    kind = KINDS[kind_name]
    values = clean(kind, _fields(entry))
    record = kind.model(**values)
    session.add(record)
    session.flush()
    tracked[record.id] = {"kind": kind_name, "key": entry["key"], "fingerprint": _record_fingerprint(kind_name, record, values)}


def install_default_catalogue(session: Session) -> bool:
    """On a new data file: install the catalogue. On an older one: bring unedited entries up to date."""
    if get_flag(session, INSTALLED_FLAG):
        return update_default_catalogue(session)
    tracked: dict[str, dict] = {}
    for kind_name in FILES:
        for entry in default_entries(kind_name):
            _add(session, kind_name, entry, tracked)
    set_flag(session, ENTRIES_SETTING, tracked)
    set_flag(session, VERSION_SETTING, CATALOGUE_VERSION)
    set_flag(session, INSTALLED_FLAG, True)
    return True


def _adopt_version_1(session: Session) -> dict[str, dict]:
    """Recognise the entries version 1 installed: unchanged ones get the fingerprint of their version-1 values."""
    tracked: dict[str, dict] = {}
    for kind_name, names in V1_KEYS.items():
        old = {entry["name"]: entry for entry in json.loads((resources_dir() / "catalogue" / FILES[kind_name].replace(".json", "-v1.json")).read_text(encoding="utf-8"))}
        kind = KINDS[kind_name]
        # the catalogue's kinds (schemes, help offers) both have a name; the type system cannot follow the kind's name
        for record in cast("Iterable[m.FinancialScheme | m.HelpEntry]", session.query(kind.model)):
            if record.name in names and record.name in old:
                values = clean(kind, old[record.name])
                tracked[record.id] = {"kind": kind_name, "key": names[record.name], "fingerprint": _fingerprint(kind_name, values)}
    return tracked


def update_default_catalogue(session: Session) -> bool:
    """Replace default entries the user has not edited by this version's; add entries new in this version.

    Returns whether anything changed. Edited entries keep the user's text; deleted ones stay deleted.
    """
    version = int(get_flag(session, VERSION_SETTING) or 1)
    if version >= CATALOGUE_VERSION:
        return False
    tracked = _tracked(session) if version > 1 else _adopt_version_1(session)
    known_keys = {kind_name: {info["key"] for info in tracked.values() if info["kind"] == kind_name} for kind_name in FILES}
    if version == 1:
        known_keys = {kind_name: set(V1_KEYS[kind_name].values()) for kind_name in FILES}
    for kind_name in FILES:
        kind = KINDS[kind_name]
        by_key = {info["key"]: record_id for record_id, info in tracked.items() if info["kind"] == kind_name}
        for entry in default_entries(kind_name):
            record_id = by_key.get(entry["key"])
            record = session.get(kind.model, record_id) if record_id else None
            if record is None:
                if entry["key"] not in known_keys[kind_name]:
                    _add(session, kind_name, entry, tracked)  # new in this version
                continue
            values = clean(kind, _fields(entry))
            if _record_fingerprint(kind_name, record, values) != tracked[record.id]["fingerprint"]:
                continue  # the user edited it: theirs stays
            for name, value in values.items():
                setattr(record, name, value)
            tracked[record.id]["fingerprint"] = _fingerprint(kind_name, values)
    session.flush()
    set_flag(session, ENTRIES_SETTING, tracked)
    set_flag(session, VERSION_SETTING, CATALOGUE_VERSION)
    return True


def scheme_facts(session: Session) -> dict[str, dict]:
    """Per scheme record id, the catalogue's facts for choosing what fits (empty for schemes a user made)."""
    by_key = {entry["key"]: {key: entry.get(key) for key in META_FIELDS} for entry in default_entries("schemes")}
    return {record_id: by_key.get(info["key"], {}) for record_id, info in _tracked(session).items() if info["kind"] == "schemes"}


def help_facts(session: Session) -> dict[str, dict]:
    by_key = {entry["key"]: {key: entry.get(key) for key in META_FIELDS} for entry in default_entries("help")}
    return {record_id: by_key.get(info["key"], {}) for record_id, info in _tracked(session).items() if info["kind"] == "help"}


def scheme_is_valid(scheme: m.FinancialScheme, on: date) -> bool:
    return (scheme.valid_from is None or scheme.valid_from <= on) and (scheme.valid_until is None or scheme.valid_until >= on)


def scheme_is_stale(scheme: m.FinancialScheme, on: date) -> bool:
    """Last checked over a year ago (or never): amounts and rules change every year."""
    return scheme.last_checked_on is None or on - scheme.last_checked_on > STALE_AFTER
