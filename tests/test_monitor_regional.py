"""The regional figures file: aggregates only, suppressed, signed; and combining the files of two schools."""
from __future__ import annotations

import json
from datetime import date

import pytest

from coachdesk.domain import clock
from coachdesk.domain import indicators as ind
from coachdesk.domain.errors import AccessDenied, UserError
from coachdesk.services import monitor, outcomes, placements
from coachdesk.services.access import Actor
from coachdesk.services.workspace import open_workspace
from tests import factories
from tests.commandline import run_coachdesk

SYSTEM = factories.SYSTEM
YEAR = monitor.Period(date(2025, 8, 1), date(2026, 7, 31))


def _school(folder, name, brin, students, *, searching=0, leavers=0):
    """A data folder of one school: ``students`` at school, of whom ``searching`` search, and ``leavers`` who left."""
    database = open_workspace(folder, factories.PASSPHRASE)
    with database.transaction() as session, clock.today_is(date(2025, 9, 15)):
        school = factories.school(session, name)
        school.brin = brin
        for index in range(students):
            student = factories.student(session, school.id, first_name=f"Leerling{index}", sectors=["Zorg" if index % 2 else "Logistiek"])
            if index < searching:
                placements.create_placement(session, SYSTEM, {"student_id": student.id})
        for index in range(leavers):
            student = factories.student(session, school.id, first_name=f"Oud{index}", school_type="pro", leerweg=None)
            outcomes.record_leaving(session, SYSTEM, student.id, left_on=date(2025, 9, 1), destination="werk")
    return database


@pytest.fixture
def two_schools(tmp_path):
    north = _school(tmp_path / "noord", "Praktijkschool Noord", "12AB", 12, searching=9, leavers=3)
    south = _school(tmp_path / "zuid", "Maasland College", "34CD", 20, searching=14, leavers=7)
    files = {}
    for name, database in (("noord", north), ("zuid", south)):
        with database.transaction() as session, clock.today_is(date(2026, 7, 31)):
            content, _fingerprint = monitor.regional_file(session, SYSTEM, YEAR)
        files[name] = content
        database.close()
    return files


def test_the_file_holds_suppressed_aggregates_and_no_student(two_schools):
    document = monitor.read_regional_file(two_schools["noord"], "noord.cdmonitor")
    assert document["definitions_version"] == ind.DEFINITIONS_VERSION and document["period"] == YEAR.as_dict()
    (entry,) = document["schools"]
    assert entry["school"]["name"] == "Praktijkschool Noord"
    assert entry["indicators"]["searching_new"] == 9 and entry["indicators"]["left"] == "<5"
    # Searching: 5 in Logistiek, 4 in Zorg (hidden), so Logistiek is hidden too, or the total (9) would give Zorg away.
    assert [(group["key"], group["indicators"]["searching_new"]) for group in entry["by"]["akkoord"]] == [
        ("Transport, Logistiek, Personenvervoer en Binnenvaart", "x"), ("Zorg", "<5"), ("geen akkoord", 0)]
    text = two_schools["noord"].decode("utf-8")
    assert "Leerling" not in text and "Bakker" not in text
    assert document["signer"]["key"] == "data_file"  # this data folder is in no team: its own key, kept in the data file


def test_a_file_changed_by_one_byte_is_refused(two_schools):
    content = two_schools["noord"]
    for position in range(0, len(content), max(1, len(content) // 97)):
        changed = bytearray(content)
        changed[position] = (changed[position] + 1) % 256
        with pytest.raises(UserError, match="changed after it was signed|not a regional figures file"):
            monitor.read_regional_file(bytes(changed), "noord.cdmonitor")
    spaced = content.replace(b'":', b'": ', 1)  # a space added where JSON would not mind
    with pytest.raises(UserError, match="changed after it was signed"):
        monitor.read_regional_file(spaced, "noord.cdmonitor")


def test_two_schools_combined_per_akkoord_and_per_school(two_schools):
    combined = monitor.combine([two_schools["noord"], two_schools["zuid"]], names=["noord.cdmonitor", "zuid.cdmonitor"], by="school")
    assert combined.indicators["searching_new"] == 23
    assert combined.indicators["left"] == "8-11"  # "<5" (3) + 7: at least 8, at most 11
    assert [group["key"] for group in combined.groups] == ["Praktijkschool Noord", "Maasland College"]
    assert [source["school"] for source in combined.sources] == ["Praktijkschool Noord", "Maasland College"]
    per_akkoord = monitor.combine([two_schools["noord"], two_schools["zuid"]], names=["a", "b"], by="akkoord")
    # Zorg: "<5" + 7 is 8 to 11; Logistiek: "x" (5 or more) + 7 is at least 12.
    assert [(group["key"], group["indicators"]["searching_new"]) for group in per_akkoord.groups] == [
        ("Transport, Logistiek, Personenvervoer en Binnenvaart", "≥12"), ("Zorg", "8-11"), ("geen akkoord", 0)]
    assert per_akkoord.as_json()["period"] == YEAR.as_dict()


def test_combine_refuses_overlapping_files_and_mixed_definitions(two_schools, monkeypatch):
    with pytest.raises(UserError, match="Praktijkschool Noord is in a.cdmonitor and in b.cdmonitor for overlapping periods"):
        monitor.combine([two_schools["noord"], two_schools["noord"]], names=["a.cdmonitor", "b.cdmonitor"])
    monkeypatch.setattr(ind, "DEFINITIONS_VERSION", ind.DEFINITIONS_VERSION + 1)
    monkeypatch.setattr(monitor.ind, "DEFINITIONS_VERSION", ind.DEFINITIONS_VERSION)
    # A file of a later version is made by a later CoachDesk: here made by re-signing with the same key format.
    from coachdesk.sync import crypto

    private = crypto.new_signing_key()
    document = json.loads(two_schools["zuid"].split(b"\n", 2)[2])
    document["definitions_version"] = 2
    document["signer"]["public_key"] = crypto.signing_public(private)
    body = crypto.canonical(document)
    later = monitor.FILE_MAGIC + crypto.b64(crypto.sign(private, body)[:64]).encode() + b"\n" + body
    with pytest.raises(UserError, match=r"different definitions \(versions 1, 2\)"):
        monitor.combine([two_schools["noord"], later], names=["a", "b"])


def test_only_a_coordinator_makes_the_file(tmp_path):
    database = _school(tmp_path / "x", "School X", "99ZZ", 3)
    with database.transaction() as session:
        docent = factories.coach(session, None, "docent")
        with pytest.raises(AccessDenied, match="Only a coordinator"):
            monitor.regional_file(session, Actor.for_coach(docent), YEAR)
    database.close()


def test_the_command_line_writes_and_combines(two_schools, tmp_path):
    (tmp_path / "noord.cdmonitor").write_bytes(two_schools["noord"])
    (tmp_path / "zuid.cdmonitor").write_bytes(two_schools["zuid"])
    result = run_coachdesk("monitor", "combine", str(tmp_path / "noord.cdmonitor"), str(tmp_path / "zuid.cdmonitor"), "--by", "school", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["indicators"]["searching_new"] == 23 and len(data["groups"]) == 2 and data["definitions_version"] == ind.DEFINITIONS_VERSION
    changed = two_schools["zuid"].replace(b'"searching_new":14', b'"searching_new":15')
    (tmp_path / "zuid.cdmonitor").write_bytes(changed)
    refused = run_coachdesk("monitor", "combine", str(tmp_path / "noord.cdmonitor"), str(tmp_path / "zuid.cdmonitor"))
    assert refused.returncode == 2 and "zuid.cdmonitor was changed after it was signed" in refused.stderr
    out = tmp_path / "regio.pdf"
    (tmp_path / "zuid.cdmonitor").write_bytes(two_schools["zuid"])
    made = run_coachdesk("monitor", "combine", str(tmp_path / "noord.cdmonitor"), str(tmp_path / "zuid.cdmonitor"), "--by", "akkoord", "--out", str(out))
    assert made.returncode == 0, made.stderr
    assert out.read_bytes().startswith(b"%PDF")
    regional = tmp_path / "eigen.cdmonitor"
    written = run_coachdesk("--data-dir", str(tmp_path / "noord"), "monitor", "regional-file", "--from", "2025-08-01", "--to", "2026-07-31",
                            "--out", str(regional), COACHDESK_TODAY="2026-07-31")
    assert written.returncode == 0, written.stderr
    assert monitor.read_regional_file(regional.read_bytes(), "eigen")["schools"][0]["school"]["name"] == "Praktijkschool Noord"


def test_in_a_team_the_file_is_signed_with_the_members_key_from_the_signed_roster(tmp_path):
    from coachdesk.services import team

    database = _school(tmp_path / "coordinator", "Praktijkschool Team", "56EF", 6, searching=5)
    with database.transaction() as session:
        coordinator = factories.coach(session, None, "coordinator", "Coördinator Cor")
    team.create_team(database, tmp_path / "team", coordinator.id)
    with database.transaction() as session, clock.today_is(date(2026, 7, 31)):
        content, fingerprint = monitor.regional_file(session, Actor.for_coach(session.get(type(coordinator), coordinator.id)), YEAR)
        entry = team.member_entry(session)
    database.close()
    document = monitor.read_regional_file(content, "team.cdmonitor")
    assert document["signer"]["key"] == "team" and document["signer"]["team_id"]
    assert document["signer"]["public_key"] == entry["sign_pk"]  # a region checks it against the team's roster
    assert fingerprint == monitor.fingerprint(entry["sign_pk"])
