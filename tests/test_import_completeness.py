"""Issue 23: a Magister file into a praktijkschool; one value for all rows (--set); a field needed only for
completeness never blocks an import (the student is listed as "nog aan te vullen"); issue 18: mixed encodings."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from coachdesk.domain import models as m
from coachdesk.domain.errors import UserError, ValidationError
from coachdesk.services import attention, list_queries, records
from coachdesk.services.workspace import open_workspace
from coachdesk.transfer.importer import load_table, mapping_for, run_import
from tests import factories as f
from tests.commandline import run_coachdesk
from tests.factories import PASSPHRASE, SYSTEM
from tests.transferfiles import birth, dutch, write_csv

MAGISTER = ["Stamnr", "Roepnaam", "Tussenv", "Achternaam", "Geb_dat", "Klas"]  # a praktijkschool's export: no school type


def magister_rows(count: int, start: int = 5000) -> list[list[object]]:
    return [[str(start + i), f"Leerling{i}", "", f"Achternaam{i}", dutch(birth()), "3A"] for i in range(count)]


def _import(database, path, *, set_values=None, dry_run=False, source="magister"):
    table = load_table(path)
    with database.transaction() as session:
        mapping = mapping_for(session, "students", table, source)
        return run_import(session, SYSTEM, "students", table, mapping, source=source, dry_run=dry_run, set_values=set_values)


@pytest.fixture
def mixed_school(database):
    """A school whose students are mostly VSO, with one PrO student (the walkthrough's demo school)."""
    with database.transaction() as session:
        school = f.school(session, "De Brug")
        for _ in range(3):
            f.student(session, school.id, school_type="vso", vso_profile="arbeidsmarkt", leerweg=None)
        f.student(session, school.id, school_type="pro", leerweg=None)
        coach = f.coach(session, school.id, name="Sanne de Wit")
        return school.id, coach.id


def _students(database) -> dict[str, m.Student]:
    with database.session() as session:
        return {s.student_number: s for s in session.scalars(select(m.Student).where(m.Student.student_number.is_not(None)))}


def test_a_file_without_school_type_is_not_given_a_guessed_type_when_the_school_has_several(database, mixed_school, tmp_path):
    path = write_csv(tmp_path / "magister.csv", [MAGISTER] + magister_rows(3))
    report = _import(database, path, dry_run=True).report()
    assert report["new"] == 0
    assert {e["message"] for e in report["errors"]} == {
        "the school type is missing; add a column School type or Niveau, or give one school type for all rows."}


def test_one_school_type_and_coach_for_all_rows(database, mixed_school, tmp_path):
    _, coach_id = mixed_school
    path = write_csv(tmp_path / "magister.csv", [MAGISTER] + magister_rows(3))
    outcome = _import(database, path, set_values={"school_type": "PrO", "coach_id": "sanne de wit"})
    assert outcome.report()["new"] == 3 and outcome.plan.to_complete == 0
    assert [row.name for row in outcome.plan.rows] == ["Leerling0 Achternaam0", "Leerling1 Achternaam1", "Leerling2 Achternaam2"]
    stored = _students(database)
    assert {s.school_type for s in stored.values()} == {m.SchoolType.PRO}
    assert {s.coach_id for s in stored.values()} == {coach_id}


def test_a_value_for_all_rows_fills_empty_cells_and_never_overwrites(database, mixed_school, tmp_path):
    header = MAGISTER + ["Niveau"]
    rows = [row + [level] for row, level in zip(magister_rows(2), ["VSO", ""])]
    first = _import(database, write_csv(tmp_path / "a.csv", [header] + rows), set_values={"school_type": "pro"})
    assert first.report()["new"] == 2
    stored = _students(database)
    assert (stored["5000"].school_type, stored["5001"].school_type) == (m.SchoolType.VSO, m.SchoolType.PRO)
    # Again, with another coach for all rows: the students without a coach get one; one with a coach keeps him.
    with database.transaction() as session:
        other = f.coach(session, mixed_school[0], name="Ahmed Yilmaz")
        records.update(session, SYSTEM, "students", stored["5000"].id, {"coach_id": other.id})
    again = _import(database, write_csv(tmp_path / "b.csv", [header] + rows), set_values={"coach_id": mixed_school[1], "school_type": "vso"})
    assert [(row.status, row.changes) for row in again.plan.rows] == [("unchanged", []), ("update", ["coach_id"])]
    stored = _students(database)
    assert (stored["5000"].coach_id, stored["5001"].coach_id) == (other.id, mixed_school[1])
    assert stored["5001"].school_type == m.SchoolType.PRO, "a stored school type is never overwritten by a value for all rows"


@pytest.mark.parametrize(("given", "words"), [
    ({"school_type": "havo"}, r"--set school_type=havo: \"havo\" is not a school type"),
    ({"coach_id": "Niemand"}, r"--set coach_id=Niemand: no coach \"Niemand\""),
    ({"vso_profile": "werk"}, r"--set vso_profile=werk: \"werk\" is not one of: arbeidsmarkt, dagbesteding, vervolgonderwijs"),
    ({"kleur": "rood"}, r"--set kleur: students have no such field"),
])
def test_a_wrong_value_for_all_rows_is_refused_before_any_row(database, mixed_school, tmp_path, given, words):
    path = write_csv(tmp_path / "magister.csv", [MAGISTER] + magister_rows(2))
    with pytest.raises(UserError, match=words):
        _import(database, path, set_values=given)
    assert _students(database) == {}


def test_vso_and_mbo_students_without_profile_or_pathway_are_imported_and_listed_to_complete(database, mixed_school, tmp_path):
    school_id, _ = mixed_school
    header = MAGISTER + ["Niveau", "Leerweg"]
    rows = [row + extra for row, extra in zip(magister_rows(3), [["VSO", ""], ["2", ""], ["2", "BBL"]])]
    outcome = _import(database, write_csv(tmp_path / "a.csv", [header] + rows))
    report = outcome.report()
    assert (report["new"], report["errors"], outcome.plan.to_complete) == (3, [], 2)
    assert [row.to_complete for row in outcome.plan.rows] == [["VSO exit profile"], ["Learning pathway (BOL/BBL)"], []]
    stored = _students(database)
    with database.session() as session:
        spec = list_queries.LIST_SPECS["students"]
        index = next(n for n, flt in enumerate(spec.filters) if flt.key == "to_complete")
        wanted = list_queries.ListQuery(filters=((index, True),))
        ids = list_queries.page_ids(session, SYSTEM, spec, wanted, 0, 100)
        assert set(ids) == {stored["5000"].id, stored["5001"].id}
        assert list_queries.count_rows(session, SYSTEM, spec, wanted) == 2
        index_search = list_queries.SearchIndex(session, SYSTEM, spec)
        assert set(index_search.matching(session, SYSTEM, spec, wanted)) == set(ids), "the in-memory index filters alike"
        items = {i.student_id: i for i in attention.attention_list(session, SYSTEM) if i.kind == attention.TO_COMPLETE}
        assert set(items) == set(ids)
        assert items[stored["5000"].id].reason == "Still to fill in: VSO exit profile."
        assert items[stored["5000"].id].kind_label == "To be completed"
    with database.transaction() as session:
        # The form: another field of a student who lacks his profile saves; it stays to be completed.
        records.update(session, SYSTEM, "students", stored["5000"].id, {"phone": "0612345678"})
        # A change of school type, or a new student, needs the field, naming it.
        with pytest.raises(ValidationError, match="choose BOL or BBL for an mbo student"):
            records.update(session, SYSTEM, "students", stored["5002"].id, {"school_type": "entree", "leerweg": None})
        with pytest.raises(ValidationError, match="choose the exit profile for a VSO student"):
            f.student(session, school_id, school_type="vso", leerweg=None)
        records.update(session, SYSTEM, "students", stored["5000"].id, {"vso_profile": "dagbesteding"})
        records.update(session, SYSTEM, "students", stored["5001"].id, {"leerweg": "bol"})
    with database.session() as session:
        assert not [i for i in attention.attention_list(session, SYSTEM) if i.kind == attention.TO_COMPLETE]
        assert list_queries.count_rows(session, SYSTEM, spec, wanted) == 0


def test_the_only_school_type_of_a_school_is_taken_and_said(database, tmp_path):
    with database.transaction() as session:
        school = f.school(session, "Praktijkschool De Brug")
        f.student(session, school.id, school_type="pro", leerweg=None)
    outcome = _import(database, write_csv(tmp_path / "magister.csv", [MAGISTER] + magister_rows(2)))
    assert outcome.report()["new"] == 2
    assert [n.message for n in outcome.plan.column_notices] == [
        "The file has no school type: new students of Praktijkschool De Brug get \"Practical education (PrO)\", the type of every student of that school so far."
        " If that is wrong, give one school type for all rows."]
    assert {s.school_type for s in _students(database).values()} == {m.SchoolType.PRO}


# --- the command line ---------------------------------------------------------------------------


def _folder(tmp_path):
    folder = tmp_path / "data"
    database = open_workspace(folder, PASSPHRASE)
    with database.transaction() as session:
        school = f.school(session, "De Brug")
        f.student(session, school.id, school_type="vso", vso_profile="arbeidsmarkt", leerweg=None)
        f.student(session, school.id, school_type="pro", leerweg=None)
        coach_id = f.coach(session, school.id, name="Sanne de Wit").id
    database.close()
    return folder, coach_id


def test_command_line_set_names_new_rows_and_those_to_complete(tmp_path):
    folder, coach_id = _folder(tmp_path)
    path = write_csv(tmp_path / "magister.csv", [MAGISTER] + magister_rows(2))
    result = run_coachdesk("--data-dir", str(folder), "import", "students", str(path), "--source", "magister",
                           "--set", "school_type=vso", "--set", f"coach_id={coach_id}")
    assert result.returncode == 0, result.stderr
    assert "line 2: new (Leerling0 Achternaam0); still to fill in: VSO exit profile" in result.stdout
    assert "2 new, 0 updated, 0 unchanged, 0 rows with errors." in result.stdout
    assert "Students still to be completed: 2; see 'Completeness' on the students list, or Vandaag." in result.stdout
    database = open_workspace(folder, PASSPHRASE)
    try:
        new = _students(database)
    finally:
        database.close()
    assert sorted(new) == ["5000", "5001"]
    assert {s.coach_id for s in new.values()} == {coach_id} and {s.school_type for s in new.values()} == {m.SchoolType.VSO}
    attention_items = json.loads(run_coachdesk("--data-dir", str(folder), "attention", "--json").stdout)
    assert {i["student_name"] for i in attention_items if i["kind"] == "to_complete"} == {"Leerling0 Achternaam0", "Leerling1 Achternaam1"}


def test_command_line_refuses_a_set_without_a_value(tmp_path):
    folder, _ = _folder(tmp_path)
    path = write_csv(tmp_path / "magister.csv", [MAGISTER] + magister_rows(1))
    result = run_coachdesk("--data-dir", str(folder), "import", "students", str(path), "--set", "school_type")
    assert result.returncode == 2
    assert "--set school_type: write FIELD=VALUE, for example --set school_type=pro." in result.stderr


# --- issue 18: a file that mixes encodings ----------------------------------------------------------


def test_a_file_mixing_utf8_and_windows_1252_is_read_correctly_and_said(database, tmp_path):
    with database.transaction() as session:
        f.school(session)
    head = ";".join(["Stamnummer", "Roepnaam", "Achternaam", "Geboortedatum", "Niveau", "Leerweg"]) + "\r\n"
    day = dutch(birth())
    path = tmp_path / "samengevoegd.csv"
    path.write_bytes(head.encode() + f"1;Zoë;Vries;{day};2;BOL\r\n".encode() + f"2;Daniël;Öztürk;{day};2;BOL\r\n".encode("cp1252")
                     + f"3;Łukasz;Wiśniewski;{day};2;BOL\r\n".encode())
    outcome = _import(database, path, source="generic")
    assert outcome.report()["new"] == 3
    assert [n.message for n in outcome.plan.column_notices] == [
        "The file mixes two encodings: it is UTF-8, but line 3 holds Windows-1252 (as older Excel writes). "
        "Each character was read in its own encoding; check the names on that line."]
    assert {(s.first_name, s.last_name) for s in _students(database).values()} == {("Zoë", "Vries"), ("Daniël", "Öztürk"), ("Łukasz", "Wiśniewski")}


def test_text_converted_twice_is_read_back_and_said(database, tmp_path):
    with database.transaction() as session:
        f.school(session)
    path = write_csv(tmp_path / "dubbel.csv", [["Stamnummer", "Roepnaam", "Achternaam", "Niveau", "Leerweg"],
                                              ["1", "ZoÃ«", "Vries", "2", "BOL"], ["2", "Sem", "Jansen", "2", "BOL"]])
    outcome = _import(database, path, source="generic")
    assert _students(database)["1"].first_name == "Zoë"
    assert [n.line for n in outcome.plan.column_notices] == [2]
    assert "\"ZoÃ«\" for \"Zoë\"" in outcome.plan.column_notices[0].message


def test_a_byte_that_is_no_character_in_either_encoding_is_refused_naming_the_line(tmp_path):
    from coachdesk.transfer.readers import UnreadableFile

    path = tmp_path / "kapot.csv"
    path.write_bytes("Stamnummer;Roepnaam\r\n1;Zoë\r\n".encode() + b"2;Da\x81niel\r\n")
    with pytest.raises(UnreadableFile, match="kapot.csv: line 3 holds a byte that is a character neither in UTF-8 nor in Windows-1252"):
        load_table(path)
    path.write_bytes(b"Stamnummer;Roepnaam\r\n1;Zo\xeb\r\n2;Da\x90niel\r\n")  # Windows-1252 throughout, but for one byte
    with pytest.raises(UnreadableFile, match="line 3 holds a byte"):
        load_table(path)


def test_a_value_for_all_rows_of_employers(database, tmp_path):
    path = write_csv(tmp_path / "bedrijven.csv", [["Naam", "Postcode", "Plaats"], ["Bakkerij Öztürk", "3011 AB", ""], ["Garage Wit", "3012 CD", "Schiedam"]])
    table = load_table(path)
    with database.transaction() as session:
        outcome = run_import(session, SYSTEM, "employers", table, mapping_for(session, "employers", table),
                             set_values={"city": "Rotterdam", "sector": "Techniek"})
    assert outcome.report()["new"] == 2 and [row.name for row in outcome.plan.rows] == ["Bakkerij Öztürk", "Garage Wit"]
    with database.session() as session:
        assert {(e.name, e.city, e.sector) for e in session.scalars(select(m.Employer))} == {
            ("Bakkerij Öztürk", "Rotterdam", "Techniek"), ("Garage Wit", "Schiedam", "Techniek")}
