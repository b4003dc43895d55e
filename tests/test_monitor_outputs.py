"""The Monitor's report, workbook and CSV: what they print, and that the definitions printed are the ones computed."""
from __future__ import annotations

import csv
import io
import json
import re
from datetime import date

from openpyxl import load_workbook
from pypdf import PdfReader

from coachdesk.documents import monitor_report
from coachdesk.domain import clock
from coachdesk.domain import indicators as ind
from coachdesk.domain.i18n import in_language, translate
from coachdesk.services import monitor
from tests.commandline import run_coachdesk
from tests.factories import SYSTEM
from tests.test_monitor import YEAR, story  # noqa: F401 - the fixture


def _dutch(text: str) -> str:
    with in_language("nl"):
        return translate("Monitor", text)


def _pdf(figures, months=None) -> tuple[str, PdfReader]:
    buffer = io.BytesIO()
    monitor_report.build_pdf(figures, buffer, header="Praktijkschool Noord", months=months)
    reader = PdfReader(io.BytesIO(buffer.getvalue()))
    return " ".join(page.extract_text() for page in reader.pages), reader


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).replace("- ", "-").strip()


def test_the_report_prints_every_definition_it_computed_and_its_period(story):  # noqa: F811
    database, _ids = story
    with database.session() as session, clock.today_is(date(2026, 7, 31)):
        figures = monitor.compute(session, SYSTEM, YEAR, by="school_type")
        months = monitor.searching_by_month(session, SYSTEM, YEAR)
        text, reader = _pdf(figures, months)
    flat = _squash(text)
    assert "31 juli 2026" in flat and "1 augustus 2025" in flat
    for indicator_id in figures.indicators:
        indicator = ind.BY_ID[indicator_id]
        with in_language("nl"):
            for part in ("title", "definition", "population"):
                assert _squash(indicator.text(part)) in flat, (indicator_id, part)
    assert _squash(_dutch("Definitions version {version}. Every figure counts what is recorded in CoachDesk on the day the report is made.")
                   .format(version=ind.DEFINITIONS_VERSION)) in flat
    assert _squash(_dutch(ind.SUPPRESSION_RULE)) not in flat  # inside the school: exact figures, no rule


def test_the_report_for_outside_prints_the_rule_embeds_its_fonts_and_draws_vectors(story):  # noqa: F811
    database, _ids = story
    with database.session() as session, clock.today_is(date(2026, 7, 31)):
        figures = monitor.compute(session, SYSTEM, YEAR, by="school_type", outside=True)
        text, reader = _pdf(figures, monitor.searching_by_month(session, SYSTEM, YEAR, outside=True))
    flat = _squash(text)
    assert _squash(_dutch(ind.SUPPRESSION_RULE)) in flat and "<5" in flat
    assert "Ann" not in flat and "Bakker" not in flat
    for page in reader.pages:
        resources = page["/Resources"]
        for font in resources.get("/Font", {}).values():
            font = font.get_object()
            descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            descriptor = descendant["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, font["/BaseFont"]
        images = [x for x in (resources.get("/XObject") or {}).values() if x.get_object().get("/Subtype") == "/Image"]
        assert not images  # charts are drawn as vectors, not pictures
    assert b" re" in reader.pages[0].get_contents().get_data() or any(b" re" in p.get_contents().get_data() for p in reader.pages)


def test_the_workbook_has_a_sheet_per_breakdown_and_the_definitions_with_numbers_as_numbers(story, tmp_path):  # noqa: F811
    database, _ids = story
    with database.session() as session, clock.today_is(date(2026, 7, 31)):
        total = monitor.compute(session, SYSTEM, YEAR)
        by_type = monitor.compute(session, SYSTEM, YEAR, by="school_type")
    target = tmp_path / "monitor.xlsx"
    monitor_report.write_xlsx(total, target, extra=[by_type])
    book = load_workbook(target)
    with in_language("nl"):
        assert book.sheetnames == [translate("Monitor", "Total"), translate("Monitor", "By {by}").format(by=translate("Monitor", "School type").lower()),
                                   translate("Monitor", "Definitions")]
    sheet = book.worksheets[0]
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    header = next(row for row in rows if row and row[0] == _dutch("Selection"))
    values = rows[rows.index(header) + 1]
    column = header.index(_dutch(ind.BY_ID["placed"].title))
    assert values[column] == 2 and isinstance(values[column], int)
    definitions = [list(row) for row in book.worksheets[-1].iter_rows(values_only=True)]
    assert [row[0] for row in definitions[1:]] == list(total.indicators)


def test_csv_with_its_json_description_beside_it(story, tmp_path):  # noqa: F811
    database, _ids = story
    with database.session() as session:
        figures = monitor.compute(session, SYSTEM, YEAR, by="school_type", outside=True)
    described = monitor_report.write_csv(figures, tmp_path / "cijfers.csv")
    assert described == tmp_path / "cijfers.json"
    rows = list(csv.DictReader(io.StringIO((tmp_path / "cijfers.csv").read_text("utf-8-sig")), delimiter=";"))
    placed = next(row for row in rows if row["group"] == "" and row["indicator"] == "placed")
    assert placed["value"] == "<5"
    description = json.loads(described.read_text("utf-8"))
    assert description["definitions_version"] == ind.DEFINITIONS_VERSION and description["outside"] is True
    assert set(description["indicators"]) == set(figures.indicators) and set(description["columns"]) == set(rows[0])


def test_the_command_line_writes_a_pdf_and_refuses_another_kind(story, tmp_path):  # noqa: F811
    database, _ids = story
    database.close()
    data_dir = str(tmp_path / "data")
    target = tmp_path / "monitor.pdf"
    result = run_coachdesk("--data-dir", data_dir, "monitor", "--by", "akkoord", "--out", str(target), "--from", "2025-08-01", "--to", "2026-07-31",
                           COACHDESK_TODAY="2026-07-31")
    assert result.returncode == 0, result.stderr
    assert target.read_bytes().startswith(b"%PDF")
    refused = run_coachdesk("--data-dir", data_dir, "monitor", "--out", str(tmp_path / "monitor.docx"))
    assert refused.returncode == 2 and "--out must end in .pdf, .xlsx, .csv" in refused.stderr
