"""Lists to .xlsx and .csv, the error file of an import, and empty templates.

.xlsx is streamed by coachdesk.transfer.xlsx (constant memory; openpyxl's write-only mode
was 5x too slow for 100,000 rows): dates as dates, numbers as numbers, a bold frozen header
row with a filter. .csv is UTF-8 with a byte order mark
and semicolons, which Dutch Excel opens as columns with accents intact. A text that a
spreadsheet would run as a formula (starting with =, +, -, @, or a tab/CR) gets a leading
apostrophe. Every file is written under a temporary name, synced and renamed into place.
"""
from __future__ import annotations

import csv
import enum
import json
import os
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import overload

from sqlalchemy.orm import Session

from coachdesk.domain.errors import UserError
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP, translate
from coachdesk.services.access import Actor
from coachdesk.storage.outputs import MSG_CANNOT_WRITE
from coachdesk.transfer.mapping import IMPORT_FIELDS
from coachdesk.transfer.plan import Plan
from coachdesk.transfer.readers import Cell

CSV_DELIMITER = ";"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
MSG_FORMAT = QT_TRANSLATE_NOOP("Export", "{path}: CoachDesk writes .xlsx or .csv files. End the file name with one of these.")
MSG_FILTER = QT_TRANSLATE_NOOP("Export", "--json-filter must be a JSON object like '{{\"status\": \"active\"}}' ({reason}).")
MSG_FILTER_KEY = QT_TRANSLATE_NOOP("Export", "A list of {kind} cannot be filtered on \"{key}\". Choose from: {choices}.")
MSG_KIND = QT_TRANSLATE_NOOP("Export", "Unknown list \"{kind}\". Choose one of: {choices}.")
WHAT_TO_FIX = QT_TRANSLATE_NOOP("Export", "What to fix")
TO_FIX = QT_TRANSLATE_NOOP("Export", "to fix")  # the error file's name: leerlingen-te verbeteren.csv
YES, NO = QT_TRANSLATE_NOOP("Export", "yes"), QT_TRANSLATE_NOOP("Export", "no")


@overload
def neutralise(value: str) -> str: ...
@overload
def neutralise(value: object) -> object: ...
def neutralise(value: object) -> object:
    """A text that a spreadsheet would execute, made harmless; other values as they are."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _cell_value(value: object) -> object:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (list, tuple, set)):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return neutralise(value)


def _csv_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return translate("Export", YES if value else NO)
    if isinstance(value, datetime):
        return value.strftime("%d-%m-%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    return str(value)


def _temporary(path: Path) -> Path:
    return path.with_name(path.name + ".part")


def _finish(temporary: Path, path: Path) -> None:
    with open(temporary, "rb+") as file:
        os.fsync(file.fileno())
    os.replace(temporary, path)


def write_table(path: Path, headers: list[str], rows: Iterable[list[object]], *, fmt: str | None = None,
                encoding: str = "utf-8-sig", delimiter: str = CSV_DELIMITER, prefix: list[list[object]] | None = None) -> int:
    """Write a header and rows to .xlsx or .csv (by ``fmt`` or the suffix); returns the number of rows."""
    path = Path(path)
    fmt = fmt or path.suffix.lower().lstrip(".")
    if fmt not in ("xlsx", "csv"):
        raise UserError(MSG_FORMAT, path=path.name)
    temporary = _temporary(path)
    count = 0
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "csv":
            with open(temporary, "w", encoding=encoding, errors="replace", newline="") as file:
                writer = csv.writer(file, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL)
                for line in prefix or []:
                    writer.writerow([_csv_text(_cell_value(v)) for v in line])
                writer.writerow([_csv_text(neutralise(h)) for h in headers])
                for row in rows:
                    writer.writerow([_csv_text(_cell_value(v)) for v in row])
                    count += 1
        else:
            count = _write_xlsx(temporary, headers, rows, prefix or [])
        _finish(temporary, path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise UserError(MSG_CANNOT_WRITE, path=path, reason=error.strerror or error) from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return count


def _write_xlsx(path: Path, headers: list[str], rows: Iterable[list[object]], prefix: list[list[object]]) -> int:
    from coachdesk.transfer.xlsx import write_xlsx

    return write_xlsx(path, [neutralise(h) for h in headers], ([_cell_value(v) for v in row] for row in rows),
                      [[_cell_value(v) for v in line] for line in prefix])


# --- lists ----------------------------------------------------------------------------


def parse_filter(text: str | None) -> dict[str, object]:
    if not text:
        return {}
    try:
        data = json.loads(text)
        if not isinstance(data, dict):
            raise ValueError("not an object")
    except ValueError as error:
        raise UserError(MSG_FILTER, reason=error) from None
    return data


def list_rows(session: Session, actor: Actor, kind: str, *, ids: list[str] | None = None,
              filters: dict[str, object] | None = None) -> tuple[list[str], Iterator[list[object]], int]:
    """Headers and rows of a list as the screens show it, only what ``actor`` may see.

    ``ids`` (the rows on screen, in their order) or ``filters`` (list filter key -> value) choose the rows.
    """
    from coachdesk.services.list_queries import LIST_SPECS, fetch_rows, load_keys

    spec = LIST_SPECS.get(kind)
    if spec is None:
        raise UserError(MSG_KIND, kind=kind, choices=", ".join(k for k in LIST_SPECS if k != "audit"))
    keys = load_keys(session, actor, spec)  # scoped to the actor; a JPO's risks list is refused here
    visible = keys.ids
    if filters:
        by_key = {f.key: i for i, f in enumerate(spec.filters)}
        for key in filters:
            if key not in by_key:
                raise UserError(MSG_FILTER_KEY, kind=kind, key=key, choices=", ".join(by_key) or "-")
        chosen = []
        for row_id, values in zip(keys.ids, keys.filter_values):
            if all(_matches(values[by_key[key]], wanted) for key, wanted in filters.items()):
                chosen.append(row_id)
        visible = chosen
    if ids is not None:
        allowed = set(visible)
        visible = [row_id for row_id in ids if row_id in allowed]
    headers = [translate("Columns", c.header) for c in spec.columns]
    sensitive = {index for index, c in enumerate(spec.columns) if c.header == "Notes" and kind == "risks"} if actor.is_jpo else set()

    def rows() -> Iterator[list[object]]:
        for start in range(0, len(visible), 2000):
            chunk = visible[start:start + 2000]
            fetched = fetch_rows(session, actor, spec, chunk)
            for row_id in chunk:
                row = fetched.get(row_id)
                if row is not None:
                    yield [None if i in sensitive else _display(spec.columns[i].format, v) for i, v in enumerate(row)]

    return headers, rows(), len(visible)


def _matches(value: object, wanted: object) -> bool:
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, bool) or isinstance(wanted, bool):
        return bool(value) == (wanted if isinstance(wanted, bool) else str(wanted).lower() in ("1", "true", "yes", "ja"))
    return str(value) == str(wanted)


def _display(fmt: str, value: object) -> object:
    if isinstance(value, enum.Enum):
        return value.value
    if fmt in ("date", "checked", "until") and isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return value
    return value


def export_list(session: Session, actor: Actor, kind: str, path: Path, *, ids: list[str] | None = None,
                filters: dict[str, object] | None = None) -> int:
    headers, rows, _count = list_rows(session, actor, kind, ids=ids, filters=filters)
    return write_table(Path(path), headers, rows)


# --- templates and error files -----------------------------------------------------------


def template_headers(kind: str) -> list[str]:
    """The Dutch headers CoachDesk recognises first, one per import field."""
    if kind not in IMPORT_FIELDS:
        from coachdesk.transfer.plan import MSG_KIND as IMPORT_KIND

        raise UserError(IMPORT_KIND, kind=kind, choices=", ".join(IMPORT_FIELDS))
    headers = {
        "students": ["Stamnummer", "Roepnaam", "Tussenvoegsel", "Achternaam", "Geboortedatum", "Schoolsoort", "Niveau", "Leerweg",
                     "Opleiding", "Crebo", "Klas", "School", "Telefoon", "E-mail", "Naam ouder", "Telefoon ouder", "E-mail ouder"],
        "employers": ["LeerbedrijfID", "Naam", "Erkend", "Sector", "Adres", "Postcode", "Plaats", "Contactpersoon", "Telefoon", "E-mail",
                      "Praktijkopleider", "Telefoon praktijkopleider", "E-mail praktijkopleider"],
        "placements": ["Stamnummer", "LeerbedrijfID", "Leerbedrijf", "Opleidingcode", "DatumBegin", "DatumEindGepland", "DatumEindWerkelijk",
                       "Omvang", "Uren per week", "Opmerkingen"],
    }
    return headers[kind]


def write_template(kind: str, path: Path) -> None:
    write_table(Path(path), template_headers(kind), [])


def write_error_file(plan: Plan, path: Path) -> int:
    """The rows with errors as they were in the file, and a last column saying what to fix.

    A CSV source gives a CSV (same delimiter and encoding); a spreadsheet gives .xlsx.
    """
    table = plan.table
    errors_by_line: dict[int, list[str]] = {}
    for row in plan.rows:
        for error in row.errors:
            errors_by_line.setdefault(row.line, []).append(f"{error.column}: {error.message}" if error.column else error.message)
    path = Path(path)
    fmt = "csv" if table.format == "csv" else "xlsx"
    if path.suffix.lower() != f".{fmt}":
        path = path.with_suffix(f".{fmt}")
    headers = list(table.headers) + [translate("Export", WHAT_TO_FIX)]
    width = len(table.headers)

    def rows() -> Iterator[list[Cell]]:
        for line, cells in table.rows:
            if line in errors_by_line:
                yield (list(cells) + [None] * width)[:width] + [" ".join(errors_by_line[line])]

    if fmt == "csv":
        encoding = table.encoding if table.encoding in ("utf-8", "utf-8-sig", "cp1252") else "utf-8-sig"
        write_table(path, headers, rows(), fmt="csv", encoding=encoding, delimiter=table.delimiter or CSV_DELIMITER)
    else:
        write_table(path, headers, rows(), fmt="xlsx")
    return len(errors_by_line)


def error_file_name(source: Path) -> Path:
    suffix = ".csv" if source.suffix.lower() in (".csv", ".txt", ".tsv") else ".xlsx"
    return source.with_name(f"{source.stem}-{translate('Export', TO_FIX)}{suffix}")


