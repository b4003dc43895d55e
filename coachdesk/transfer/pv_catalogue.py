"""The werkproces catalogue of the praktijkverklaring as a file: read for `coachdesk catalogue import` (any .csv/.xlsx
the readers take), written for `catalogue export` and `template catalogue`. The rows are judged in
``services/praktijkverklaring.import_rows``."""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from sqlalchemy.orm import Session

from coachdesk.services import praktijkverklaring as pv
from coachdesk.services.access import Actor
from coachdesk.transfer.export import write_table
from coachdesk.transfer.readers import read_table


def import_catalogue(session: Session, actor: Actor, path: Path | str, *, dry_run: bool = False) -> pv.CatalogueImport:
    """Read ``path`` and store what is new in it (see ``pv.import_rows``); the access check comes before the reading."""
    pv.require_catalogue_write(actor)
    table = read_table(path, known_headers=pv.KNOWN_HEADERS)
    return pv.import_rows(session, actor, table.headers, table.header_line, table.rows, dry_run=dry_run)


def export_catalogue(session: Session, actor: Actor, path: Path, dossier_ids: Iterable[str] | None = None) -> int:
    return write_table(Path(path), pv.template_headers(), pv.catalogue_rows(session, actor, dossier_ids))


def write_template(path: Path) -> int:
    return write_table(Path(path), pv.template_headers(), [])
