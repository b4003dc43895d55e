"""Exporting lists to .xlsx and .csv, templates, and the import/export commands as a user runs them."""
from __future__ import annotations

import json
from datetime import date

import pytest
from python_calamine import CalamineWorkbook

from coachdesk.domain import models as m
from coachdesk.domain.errors import AccessDenied, UserError
from coachdesk.services.access import Actor
from coachdesk.transfer.export import export_list, neutralise
from tests import factories as f
from tests.commandline import run_coachdesk
from tests.factories import SYSTEM
from tests.transferfiles import HEADER, birth, students, write_csv


def _sheet(path):
    return CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()


@pytest.fixture
def world(database):
    with database.transaction() as session:
        school = f.school(session)
        zoe = f.student(session, school.id, first_name="=cmd|' /C calc'!A0", last_name="Bakker", date_of_birth=birth())
        sem = f.student(session, school.id, first_name="Sem", last_name="Jansen", school_type="pro", leerweg=None)
        jpo = f.coach(session, school.id, role="jpo", name="Jip")
        session.add(m.JpoPairing(jpo_id=jpo.id, student_id=sem.id, since=date(2000, 1, 1)))
        return {"school": school.id, "zoe": zoe.id, "sem": sem.id, "jpo": Actor.for_coach(jpo)}


def test_xlsx_export_has_types_header_freeze_filter_and_neutralised_formulas(database, world, tmp_path):
    path = tmp_path / "leerlingen.xlsx"
    with database.session() as session:
        assert export_list(session, SYSTEM, "students", path) == 2
    rows = _sheet(path)
    assert rows[0][:2] == ["Name", "School type"]
    by_name = {row[0]: row for row in rows[1:]}
    assert "'=cmd|' /C calc'!A0 Bakker" in by_name
    assert by_name["'=cmd|' /C calc'!A0 Bakker"][6] == birth()  # a date, not text
    from openpyxl import load_workbook

    sheet = load_workbook(path).active
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:G3"
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)


def test_csv_export_is_utf8_with_bom_and_semicolons(database, world, tmp_path):
    path = tmp_path / "leerlingen.csv"
    with database.session() as session:
        export_list(session, SYSTEM, "students", path, filters={"school_type": "pro"})
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    lines = data.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("Name;School type") and len(lines) == 2 and lines[1].startswith("Sem Jansen;pro")


def test_a_jpo_exports_only_his_mentees_and_no_risks(database, world, tmp_path):
    path = tmp_path / "mijn.xlsx"
    with database.session() as session:
        assert export_list(session, world["jpo"], "students", path) == 1
        with pytest.raises(AccessDenied):
            export_list(session, world["jpo"], "risks", tmp_path / "r.xlsx")
    assert [row[0] for row in _sheet(path)[1:]] == ["Sem Jansen"]


def test_export_of_the_rows_on_screen_in_their_order(database, world, tmp_path):
    path = tmp_path / "scherm.csv"
    with database.session() as session:
        export_list(session, SYSTEM, "students", path, ids=[world["sem"], world["zoe"]])
        with pytest.raises(UserError, match="cannot be filtered"):
            export_list(session, SYSTEM, "students", path, filters={"shoe_size": 3})
    names = [line.split(";")[0] for line in path.read_text(encoding="utf-8-sig").splitlines()[1:]]
    assert names == ["Sem Jansen", "'=cmd|' /C calc'!A0 Bakker"]


@pytest.mark.parametrize("text", ["=1+1", "+31", "-2", "@SUM(A1)", "\t=x"])
def test_neutralise(text):
    assert neutralise(text) == "'" + text
    assert neutralise("Zoë") == "Zoë" and neutralise(-2) == -2


def _cli_folder(tmp_path):
    from coachdesk.services.workspace import open_workspace

    data = tmp_path / "data"
    database = open_workspace(data, f.PASSPHRASE)
    with database.transaction() as session:
        school = f.school(session)
    database.close()
    return data, school.id


def test_command_line_import_dry_run_import_undo(tmp_path):
    data, school = _cli_folder(tmp_path)
    rows = [HEADER] + students(3) + [["1003", "Sem", "", "Jansen", "30-02-2010", "2", "BOL", ""]]
    path = write_csv(tmp_path / "leerlingen.csv", rows, encoding="cp1252")
    dry = run_coachdesk("--data-dir", str(data), "import", "students", str(path), "--school", school, "--dry-run", "--json")
    assert dry.returncode == 0, dry.stderr
    report = json.loads(dry.stdout)
    assert set(report) == {"new", "updated", "unchanged", "errors", "batch"}
    assert (report["new"], report["batch"]) == (3, None)
    assert report["errors"] == [{"line": 5, "column": "Geboortedatum", "message": report["errors"][0]["message"]}]
    listed = run_coachdesk("--data-dir", str(data), "list", "students", "--json")
    assert json.loads(listed.stdout) == []
    done = run_coachdesk("--data-dir", str(data), "import", "students", str(path), "--json")
    report = json.loads(done.stdout)
    assert done.returncode == 0 and report["new"] == 3 and report["batch"]
    assert len(json.loads(run_coachdesk("--data-dir", str(data), "list", "students", "--json").stdout)) == 3
    fix = tmp_path / "leerlingen-to fix.csv"
    assert fix.exists() and "30-02-2010" in fix.read_text(encoding="cp1252")
    text = run_coachdesk("--data-dir", str(data), "import", "students", str(path))
    assert text.returncode == 0 and "3 unchanged" in text.stdout and "line 5, Geboortedatum" in text.stdout
    undo = run_coachdesk("--data-dir", str(data), "import", "undo", report["batch"])
    assert undo.returncode == 0, undo.stderr
    assert json.loads(run_coachdesk("--data-dir", str(data), "list", "students", "--json").stdout) == []
    again = run_coachdesk("--data-dir", str(data), "import", "undo", report["batch"])
    assert again.returncode == 2 and len(again.stderr.strip().splitlines()) == 1


def test_command_line_all_or_nothing_and_bad_kind(tmp_path):
    data, school = _cli_folder(tmp_path)
    path = write_csv(tmp_path / "l.csv", [HEADER] + students(2) + [["9", "X", "", "Y", "31-02-2010", "2", "bol", ""]])
    result = run_coachdesk("--data-dir", str(data), "import", "students", str(path), "--all-or-nothing", "--json")
    assert result.returncode == 0 and json.loads(result.stdout)["batch"] is None
    assert json.loads(run_coachdesk("--data-dir", str(data), "list", "students", "--json").stdout) == []
    wrong = run_coachdesk("--data-dir", str(data), "import", "pets", str(path))
    assert wrong.returncode == 2


def test_command_line_export_and_template(tmp_path):
    data, school = _cli_folder(tmp_path)
    run_coachdesk("--data-dir", str(data), "import", "students", str(write_csv(tmp_path / "l.csv", [HEADER] + students(2))))
    out = tmp_path / "uit.xlsx"
    result = run_coachdesk("--data-dir", str(data), "export", "students", "--out", str(out), "--json-filter", '{"school_type": "mbo2"}')
    assert result.returncode == 0, result.stderr
    assert len(_sheet(out)) == 3
    bad = run_coachdesk("--data-dir", str(data), "export", "students", "--out", str(tmp_path / "x.csv"), "--json-filter", "{oops")
    assert bad.returncode == 2 and "json-filter" in bad.stderr
    template = tmp_path / "sjabloon.xlsx"
    assert run_coachdesk("--data-dir", str(data), "template", "students", "--out", str(template)).returncode == 0
    assert _sheet(template)[0][:4] == ["Stamnummer", "Roepnaam", "Tussenvoegsel", "Achternaam"]
