"""Files as schools' systems write them, made in the tests: CSV in several encodings, .xlsx, a hand-made .ods."""
from __future__ import annotations

import zipfile
from datetime import date, timedelta
from pathlib import Path
from xml.sax.saxutils import escape

from coachdesk.domain import clock


def birth(age: int = 16) -> date:
    """A date of birth that makes a student ``age`` on any day the tests run."""
    today = clock.today()
    return date(today.year - age, 1, 1) if (today.month, today.day) >= (6, 1) else date(today.year - age - 1, 6, 1)


def dutch(day: date) -> str:
    return day.strftime("%d-%m-%Y")


def write_csv(path: Path, rows: list[list[object]], *, delimiter: str = ";", encoding: str = "utf-8", bom: bool = False) -> Path:
    text = "\r\n".join(delimiter.join("" if v is None else str(v) for v in row) for row in rows) + "\r\n"
    data = text.encode(encoding)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)
    return path


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def write_ods(path: Path, rows: list[list[object]]) -> Path:
    """A minimal OpenDocument spreadsheet: the zip members a reader needs, with strings, numbers and dates."""
    def cell(value: object) -> str:
        if value is None or value == "":
            return "<table:table-cell/>"
        if isinstance(value, date):
            return f'<table:table-cell office:value-type="date" office:date-value="{value.isoformat()}"><text:p>{value.isoformat()}</text:p></table:table-cell>'
        if isinstance(value, (int, float)):
            return f'<table:table-cell office:value-type="float" office:value="{value}"><text:p>{value}</text:p></table:table-cell>'
        return f'<table:table-cell office:value-type="string"><text:p>{escape(str(value))}</text:p></table:table-cell>'

    body = "".join("<table:table-row>" + "".join(cell(v) for v in row) + "</table:table-row>" for row in rows)
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f'<office:body><office:spreadsheet><table:table table:name="Leerlingen">{body}</table:table></office:spreadsheet></office:body>'
        '</office:document-content>'
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>'
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
    return path


def excel_serial(day: date) -> int:
    return (day - date(1899, 12, 30)).days


HEADER = ["Stamnummer", "Roepnaam", "Tussenvoegsel", "Achternaam", "Geboortedatum", "Niveau", "Leerweg", "E-mail ouder"]


def students(count: int, start: int = 1000) -> list[list[object]]:
    day = dutch(birth())
    return [[str(start + i), f"Leerling{i}", "", f"Achternaam{i}", day, "2", "BOL", f"ouder{i}@example.nl"] for i in range(count)]


def shift(day: date, days: int) -> date:
    return day + timedelta(days=days)
