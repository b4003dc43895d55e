"""One import from start to end, as the command line and the wizard run it."""
from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from coachdesk.domain.errors import UserError
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP
from coachdesk.services.access import Actor
from coachdesk.transfer.commit import CommitResult, commit_plan
from coachdesk.transfer.mapping import IMPORT_FIELDS, SOURCES, known_headers, remember_mapping, remembered_mapping, suggest
from coachdesk.transfer.plan import Plan, build_plan, check_may_import
from coachdesk.transfer.readers import Table, read_table

MSG_MAPPING_FILE = QT_TRANSLATE_NOOP("Import", "The mapping file {path} cannot be read ({reason}). It holds JSON like {{\"Stamnummer\": \"student_number\"}}.")
MSG_MAPPING_FIELD = QT_TRANSLATE_NOOP("Import", "The mapping file names the field \"{field}\", which {kind} do not have. Choose from: {choices}.")
MSG_SOURCE = QT_TRANSLATE_NOOP("Import", "Unknown source \"{source}\". Choose one of: {choices}.")


@dataclass
class ImportOutcome:
    plan: Plan
    result: CommitResult | None  # None for a dry run

    def report(self) -> dict:
        return self.plan.report(self.result.batch_id if self.result else None)


def load_table(path: Path | str) -> Table:
    return read_table(path, known_headers())


def read_mapping_file(path: Path, kind: str) -> dict[str, str]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
        if not isinstance(data, dict):
            raise ValueError("not an object")
    except (OSError, ValueError) as error:
        raise UserError(MSG_MAPPING_FILE, path=path, reason=getattr(error, "strerror", None) or error) from None
    valid = {f.name for f in IMPORT_FIELDS[kind]}
    for name in data.values():
        if name and name not in valid:
            raise UserError(MSG_MAPPING_FIELD, field=name, kind=kind, choices=", ".join(sorted(valid)))
    return {str(h): str(f or "") for h, f in data.items()}


def mapping_for(session: Session, kind: str, table: Table, source: str = "generic", given: dict[str, str] | None = None) -> dict[str, str]:
    """The suggested mapping (remembered for this source, the preset, the header names), with ``given`` over it."""
    if source not in SOURCES:
        raise UserError(MSG_SOURCE, source=source, choices=", ".join(SOURCES))
    mapping = suggest(kind, table.headers, source, remembered_mapping(session, source, kind))
    if given:
        for header in table.headers:
            if header in given:
                mapping[header] = given[header]
    return mapping


def run_import(session: Session, actor: Actor, kind: str, table: Table, mapping: dict[str, str], *, source: str = "generic",
               school_id: str | None = None, dry_run: bool = False, all_or_nothing: bool = False,
               progress: Callable[[int], None] | None = None, cancelled: Callable[[], bool] | None = None,
               set_values: dict[str, str] | None = None) -> ImportOutcome:
    """Plan, and unless ``dry_run`` store, in the caller's transaction (``set_values``: see ``build_plan``)."""
    check_may_import(actor, kind)
    plan = build_plan(session, actor, kind, table, mapping, school_id=school_id, progress=progress, cancelled=cancelled,
                      set_values=set_values)
    if dry_run or plan.cancelled:
        return ImportOutcome(plan, None)
    result = commit_plan(session, actor, plan, all_or_nothing=all_or_nothing)
    if result.batch_id:
        remember_mapping(session, source, kind, mapping)
    return ImportOutcome(plan, result)
