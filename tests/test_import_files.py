"""Importing students, employers and placements from files made here, through the import services."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from coachdesk.domain import clock
from coachdesk.domain import models as m
from coachdesk.domain.errors import AccessDenied, UserError
from coachdesk.services import records
from coachdesk.transfer.commit import undo_batch
from coachdesk.transfer.export import write_error_file
from coachdesk.transfer.importer import load_table, mapping_for, run_import
from coachdesk.transfer.mapping import passes_elfproef, read_date
from tests import factories as f
from tests.factories import SYSTEM
from tests.transferfiles import HEADER, birth, dutch, excel_serial, students, write_csv, write_ods, write_xlsx


def _import(database, path, kind="students", *, dry_run=False, all_or_nothing=False, actor=SYSTEM, school_id=None, source="generic", given=None):
    table = load_table(path)
    with database.transaction() as session:
        mapping = mapping_for(session, kind, table, source, given)
        return run_import(session, actor, kind, table, mapping, dry_run=dry_run, all_or_nothing=all_or_nothing, school_id=school_id, source=source)


@pytest.fixture
def school(database):
    with database.transaction() as session:
        return f.school(session).id


def _students(database) -> dict[str, m.Student]:
    with database.session() as session:
        return {s.student_number: s for s in session.scalars(select(m.Student))}


def test_semicolon_windows_1252_with_title_rows_and_empty_lines(database, school, tmp_path):
    rows = [["Leerlingenoverzicht Praktijkschool"], [], HEADER,
            ["1001", "Zoë", "de", "Vries", dutch(birth()), "2", "BOL", "ouder@example.nl"],
            [], ["1002", "Daniël", "", "Öztürk", dutch(birth(17)), "1", "BBL", ""], [";;;"]]
    path = write_csv(tmp_path / "magister.csv", rows, encoding="cp1252")
    table = load_table(path)
    assert (table.header_line, table.delimiter, table.encoding) == (3, ";", "cp1252")
    report = _import(database, path).report()
    assert (report["new"], report["updated"], report["unchanged"], report["errors"]) == (2, 0, 0, [])
    stored = _students(database)
    assert stored["1001"].first_name == "Zoë" and stored["1001"].last_name == "de Vries"
    assert stored["1001"].school_type == m.SchoolType.MBO2 and stored["1001"].leerweg == m.Leerweg.BOL
    assert stored["1001"].guardian_email == "ouder@example.nl" and stored["1001"].date_of_birth == birth()
    assert stored["1002"].last_name == "Öztürk" and stored["1002"].school_type == m.SchoolType.ENTREE


def test_utf8_bom_comma_file_updates_by_student_number_and_undo_restores(database, school, tmp_path):
    first = write_csv(tmp_path / "a.csv", [HEADER] + students(3), delimiter=",", bom=True)
    assert _import(database, first).report()["new"] == 3
    changed = students(3)
    changed[1][1] = "Anders"
    changed[2][7] = "nieuw@example.nl"
    second = write_csv(tmp_path / "b.csv", [HEADER] + changed + students(1, start=2000), delimiter=",", bom=True)
    preview = _import(database, second, dry_run=True)
    assert [(r.line, r.status, r.changes) for r in preview.plan.rows] == [
        (2, "unchanged", []), (3, "update", ["first_name"]), (4, "update", ["guardian_email"]), (5, "new", [])]
    assert len(_students(database)) == 3  # a dry run stores nothing
    outcome = _import(database, second)
    report = outcome.report()
    assert (report["new"], report["updated"], report["unchanged"]) == (1, 2, 1) and report["batch"]
    stored = _students(database)
    assert len(stored) == 4 and stored["1001"].first_name == "Anders"
    with database.session() as session:
        audited = session.scalar(select(func.count()).select_from(m.AuditEntry).where(
            m.AuditEntry.record_id == report["batch"], m.AuditEntry.action == "create", m.AuditEntry.kind == "import_batches"))
    assert audited == 1  # the batch itself is in the audit trail
    with database.transaction() as session:
        undone = undo_batch(session, SYSTEM, report["batch"])
    assert (undone.created, undone.updated) == (1, 2)
    stored = _students(database)
    assert sorted(stored) == ["1000", "1001", "1002"]
    assert stored["1001"].first_name == "Leerling1" and stored["1002"].guardian_email == "ouder2@example.nl"
    with database.transaction() as session, pytest.raises(UserError, match="undone already"):
        undo_batch(session, SYSTEM, report["batch"])


def test_undo_is_refused_after_a_later_change(database, school, tmp_path):
    report = _import(database, write_csv(tmp_path / "a.csv", [HEADER] + students(2))).report()
    with database.transaction() as session:
        student = session.scalar(select(m.Student).where(m.Student.student_number == "1000"))
        records.update(session, SYSTEM, "students", student.id, {"phone": "0612345678"})
    with database.transaction() as session, pytest.raises(UserError, match="cannot be undone"):
        undo_batch(session, SYSTEM, report["batch"])
    assert len(_students(database)) == 2


def test_duplicate_numbers_errors_all_or_nothing_and_error_file_read_back(database, school, tmp_path):
    rows = [HEADER] + students(3)
    rows.append(["1001", "Dubbel", "", "Leerling", dutch(birth()), "2", "BOL", ""])  # line 5: number of line 3 again
    rows.append(["1003", "Sèm", "", "Jansen", "31-02-2010", "2", "BOL", ""])  # line 6: no such date
    rows.append(["1004", "Ali", "", "Kaya", dutch(birth()), "2", "BLL", ""])  # line 7: no such pathway
    rows.append(["1005", "Noor", "", "Bos", dutch(birth()), "2", "BOL", "geen-mail"])  # line 8: not an email
    path = write_csv(tmp_path / "fouten.csv", rows, encoding="cp1252")
    nothing = _import(database, path, all_or_nothing=True)
    assert nothing.result.batch_id is None and _students(database) == {}
    outcome = _import(database, path)
    report = outcome.report()
    assert report["new"] == 3
    errors = {(e["line"], e["column"]) for e in report["errors"]}
    assert errors == {(5, "Stamnummer"), (6, "Geboortedatum"), (7, "Leerweg"), (8, "E-mail ouder")}
    assert "also on line 3" in next(e["message"] for e in report["errors"] if e["line"] == 5)
    assert sorted(_students(database)) == ["1000", "1001", "1002"]
    error_path = tmp_path / "te-verbeteren.csv"
    assert write_error_file(outcome.plan, error_path) == 4
    back = load_table(error_path)
    assert back.encoding == "cp1252" and back.delimiter == ";"
    assert back.headers == HEADER + ["What to fix"]
    assert [cells[0] for _, cells in back.rows] == ["1001", "1003", "1004", "1005"]
    assert "not a possible date" in back.rows[1][1][-1]


def test_xlsx_with_excel_serial_dates_and_an_error_file_in_xlsx(database, school, tmp_path):
    born = birth()
    rows = [HEADER, [1001, "Zoë", None, "Vries", excel_serial(born), 2, "bol", None],
            [1002, "Sem", None, "Jansen", born, 2, "bol", None], [1003, "Fout", None, "Datum", "30-02-2011", 2, "bol", None]]
    path = write_xlsx(tmp_path / "somtoday.xlsx", rows)
    outcome = _import(database, path)
    assert outcome.report()["new"] == 2
    stored = _students(database)
    assert stored["1001"].date_of_birth == born and stored["1002"].date_of_birth == born
    error_path = tmp_path / "fix.xlsx"
    write_error_file(outcome.plan, error_path)
    back = load_table(error_path)
    assert back.format == "xlsx" and back.rows[0][1][0] == 1003 and "not a possible date" in back.rows[0][1][-1]


def test_ods_import(database, school, tmp_path):
    path = write_ods(tmp_path / "eduarte.ods", [["Deelnemernummer", "Roepnaam", "Voorvoegsel", "Achternaam", "Geboortedatum", "Niveau", "Leerweg"],
                                                 [5001, "Fatima", "el", "Amrani", birth(), 1, "BBL"]])
    report = _import(database, path, source="eduarte").report()
    assert report["new"] == 1
    student = _students(database)["5001"]
    assert (student.last_name, student.school_type, student.date_of_birth) == ("el Amrani", m.SchoolType.ENTREE, birth())


def test_a_bsn_column_is_named_and_never_stored(database, school, tmp_path):
    rows = [["Stamnummer", "Roepnaam", "Achternaam", "Sofi", "Niveau", "Leerweg"]]
    bsns = ["111222333", "123456782", "999999990"]
    assert all(passes_elfproef(b) for b in bsns)
    rows += [[str(100 + i), "Naam", "Achter", bsn, "2", "bol"] for i, bsn in enumerate(bsns)]
    path = write_csv(tmp_path / "bsn.csv", rows)
    report = _import(database, path, given={"Sofi": "student_number", "Stamnummer": ""}).report()
    assert report["errors"][0]["column"] == "Sofi" and "BSN" in report["errors"][0]["message"]
    assert report["new"] == 3
    with database.session() as session:
        numbers = set(session.scalars(select(m.Student.student_number)))
    assert numbers == {None}  # the BSN was not used as the number; the stamnummer was switched off by the user


def test_ten_thousand_rows(database, school, tmp_path):
    path = write_csv(tmp_path / "groot.csv", [HEADER] + students(10_000))
    report = _import(database, path).report()
    assert (report["new"], report["errors"]) == (10_000, [])
    again = _import(database, path, dry_run=True).report()
    assert again["unchanged"] == 10_000
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(m.ImportBatchItem)) == 10_000


def test_a_jpo_cannot_import(database, school, tmp_path):
    with database.transaction() as session:
        jpo = f.coach(session, school, role="jpo")
        actor = records.access.Actor.for_coach(jpo)
    with pytest.raises(AccessDenied):
        _import(database, write_csv(tmp_path / "a.csv", [HEADER] + students(1)), actor=actor)
    assert _students(database) == {}


def test_student_number_is_unique_per_school_in_the_form_too(database, school):
    with database.transaction() as session:
        f.student(session, school, student_number="77")
        other = f.school(session, "Andere school")
        f.student(session, other.id, student_number="77")  # another school may use the same number
    with database.transaction() as session, pytest.raises(UserError, match="already the number"):
        f.student(session, school, student_number="77")


def test_employers_with_trainers_then_placements(database, school, tmp_path):
    _import(database, write_csv(tmp_path / "s.csv", [HEADER] + students(2)))
    employers = write_csv(tmp_path / "bedrijven.csv", [
        ["LeerbedrijfID", "Naam", "Postcode", "Plaats", "Erkend", "Praktijkopleider"],
        ["100200", "Bakkerij Öztürk", "3011ab", "Rotterdam", "ja", "Jan Bakker"],
        ["", "Garage De Boer", "1234 AB", "Utrecht", "nee", ""],
    ])
    report = _import(database, employers, "employers").report()
    assert (report["new"], report["errors"]) == (2, [])
    again = _import(database, employers, "employers", dry_run=True).report()
    assert again["unchanged"] == 2
    start = clock.today().replace(day=1)
    bpv = write_csv(tmp_path / "bpv.csv", [
        ["Stamnummer", "LeerbedrijfID", "Opleidingcode", "DatumBegin", "DatumEindGepland", "DatumEindWerkelijk", "Omvang"],
        ["1000", "100200", "25180", dutch(start), dutch(date(start.year + 1, start.month, 1)), "", "800"],
        ["1001", "999999", "25180", dutch(start), "", "", ""],
        ["9999", "100200", "", dutch(start), "", "", ""],
    ])
    outcome = _import(database, bpv, "placements")
    report = outcome.report()
    assert report["new"] == 1
    assert {(e["line"], e["column"]) for e in report["errors"]} == {(3, "LeerbedrijfID"), (4, "Stamnummer")}
    with database.session() as session:
        placement = session.scalar(select(m.Placement))
        assert placement.starts_on == start and placement.status == m.PlacementStatus.STARTED
        assert "800" in placement.notes
        employer = session.scalar(select(m.Employer).where(m.Employer.sbb_id == "100200"))
        assert employer.sbb_recognised and employer.postcode == "3011 AB" and [t.name for t in employer.praktijkopleiders] == ["Jan Bakker"]
    with database.transaction() as session, pytest.raises(UserError, match="cannot be undone"):
        undo_batch(session, SYSTEM, _batch_of(database, "employers"))  # a placement now refers to the employer


def test_an_imported_placement_closes_the_open_search_and_undo_reopens_it(database, school, tmp_path):
    from coachdesk.services.placements import create_placement

    _import(database, write_csv(tmp_path / "s.csv", [HEADER] + students(2)))
    _import(database, write_csv(tmp_path / "e.csv", [["LeerbedrijfID", "Naam"], ["100200", "Bakkerij Öztürk"]]), "employers")
    with database.transaction() as session:
        searching = {s.student_number: create_placement(session, SYSTEM, {"student_id": s.id}).id for s in session.scalars(select(m.Student))}
    start = clock.today()
    bpv = write_csv(tmp_path / "bpv.csv", [["Stamnummer", "LeerbedrijfID", "DatumBegin"], ["1000", "100200", dutch(start)]])
    assert _import(database, bpv, "placements").report()["new"] == 1
    with database.session() as session:
        closed, still = session.get(m.Placement, searching["1000"]), session.get(m.Placement, searching["1001"])
        assert closed.status == m.PlacementStatus.FOUND and closed.ended_on == clock.today()
        assert "Bakkerij Öztürk" in closed.end_reason
        assert still.status == m.PlacementStatus.SEARCHING, "the other student's search stays open"
        open_ones = session.scalars(select(m.Placement).where(m.Placement.student_id == closed.student_id, m.Placement.ended_on.is_(None))).all()
        assert [p.status for p in open_ones] == [m.PlacementStatus.STARTED], "one open placement per student"
    with database.transaction() as session:
        undo_batch(session, SYSTEM, _batch_of(database, "placements"))
    with database.session() as session:
        reopened = session.get(m.Placement, searching["1000"])
        assert (reopened.status, reopened.ended_on, reopened.end_reason) == (m.PlacementStatus.SEARCHING, None, None)
        assert session.scalar(select(func.count()).select_from(m.Placement)) == 2


def _batch_of(database, kind: str) -> str:
    with database.session() as session:
        return session.scalar(select(m.ImportBatch.id).where(m.ImportBatch.kind == kind))


@pytest.mark.parametrize(("text", "expected"), [
    ("05-03-2009", date(2009, 3, 5)), ("5-3-09", date(2009, 3, 5)), ("2009-03-05", date(2009, 3, 5)),
    ("05/03/2009", date(2009, 3, 5)), (39877, date(2009, 3, 5)), ("39877", date(2009, 3, 5)),
])
def test_dates_in_school_forms(text, expected):
    assert read_date(text) == expected


@pytest.mark.parametrize("text", ["31-02-2009", "2009-02-30", "00-00-0000", "13-13-2013", "morgen", "-5"])
def test_impossible_dates_are_errors(text):
    from coachdesk.transfer.mapping import BadDate

    with pytest.raises(BadDate):
        read_date(text)


def test_mapping_is_remembered_per_source(database, school, tmp_path):
    path = write_csv(tmp_path / "a.csv", [["Nr", "Voornaam", "Naam", "Niveau", "Leerweg"], ["1", "Zoë", "Vries", "2", "bol"]])
    given = {"Nr": "student_number", "Naam": "last_name"}
    _import(database, path, source="magister", given=given)
    table = load_table(path)
    with database.session() as session:
        assert mapping_for(session, "students", table, "magister")["Nr"] == "student_number"
        assert mapping_for(session, "students", table, "somtoday")["Nr"] == ""
