"""Team sharing through the services: who receives what, items to check, removal, tampering, fail-safes."""
from __future__ import annotations

import shutil

import pytest
from sqlalchemy import select

from coachdesk.domain import models as m
from coachdesk.domain.errors import UserError
from coachdesk.services import privacy, records, team
from coachdesk.services.users import acting_user
from coachdesk.storage.database import connect_file
from coachdesk.sync import bundles, folder
from coachdesk.sync.state import get_value
from tests.teamhelpers import add, edit, make_team


@pytest.fixture
def squad(tmp_path):
    made = make_team(tmp_path)
    yield made
    made.close()


def _student(database, student_id: str) -> m.Student | None:
    with database.session() as session:
        return session.get(m.Student, student_id)


def _raw(database, sql: str) -> list[tuple]:
    """Rows read from the decrypted data file itself, not through the services."""
    database.checkpoint()
    connection = connect_file(database.path, database._key)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def test_every_member_receives_his_part_and_acts_with_his_roster_role(squad):
    ids, members = squad.ids, squad.members
    assert {row[0] for row in _raw(members["docent_a"], "SELECT first_name FROM students")} == {"Mees", "Ada"}
    assert {row[0] for row in _raw(members["docent_b"], "SELECT first_name FROM students")} == {"Bo"}
    assert {row[0] for row in _raw(members["coordinator"], "SELECT first_name FROM students")} == {"Mees", "Ada", "Bo"}
    assert _raw(members["docent_a"], "SELECT count(*) FROM risk_assessments")[0][0] == 1
    assert _raw(members["docent_b"], "SELECT count(*) FROM risk_assessments")[0][0] == 0
    with members["jpo"].session() as session:
        actor = acting_user(session)
    assert (actor.role, actor.coach_id) == (m.CoachRole.JPO, ids["jpo"])
    names = {row["name"]: row["role"] for row in team.members(members["coordinator"])}
    assert names == {"Coördinator Cor": "coordinator", "Docent Anna": "docent", "Docent Bert": "docent", "JPO Jamal": "jpo"}


def test_the_jpo_file_holds_only_his_mentees_without_risks_or_health_notes(squad):
    jpo = squad.members["jpo"]
    assert _raw(jpo, "SELECT id, health_notes FROM students") == [(squad.ids["mentee"], None)]
    assert _raw(jpo, "SELECT count(*) FROM risk_assessments")[0][0] == 0
    assert _raw(jpo, "SELECT count(*) FROM risk_actions")[0][0] == 0
    # later work of the school on the mentee reaches him, still without health notes or risks
    edit(squad.members["docent_a"], "students", squad.ids["mentee"], {"phone": "06 12345678", "health_notes": "astma, inhaler"})
    add(squad.members["docent_a"], "students", {"first_name": "Nieuw", "last_name": "Leerling", "school_type": "pro", "school_id": squad.ids["school_a"]})
    team.sync(squad.members["docent_a"])
    team.sync(jpo)
    assert _raw(jpo, "SELECT id, phone, health_notes FROM students") == [(squad.ids["mentee"], "06 12345678", None)]
    readable = {p.name for p in (squad.folder / "scopes").iterdir()}
    assert f"jpo-{squad.ids['jpo']}" in readable  # his scope's folder is all he reads besides the catalogue


def test_a_jpo_contact_reaches_the_school_and_a_forged_risk_change_is_refused(squad):
    jpo, docent, coordinator = squad.members["jpo"], squad.members["docent_a"], squad.members["coordinator"]
    from coachdesk.domain import clock

    visit_id = add(jpo, "visits", {"student_id": squad.ids["mentee"], "visited_on": clock.today().isoformat(), "kind": "phone_video", "summary": "gebeld"})
    assert team.sync(jpo)["sent"] >= 1
    team.sync(docent)
    assert _raw(docent, f"SELECT summary FROM visits WHERE id = '{visit_id}'") == [("gebeld",)]
    # the JPO's laptop writes a change to a risk assessment (as a tampered app would)
    with jpo.session() as session:
        ident = get_value(session.connection(), "identity")
    assessment = _raw(coordinator, "SELECT id FROM risk_assessments")[0][0]
    keys = team.engine.scope_keys(squad.folder, team.engine.load(jpo)[1], ident)
    scope = f"school-{squad.ids['school_a']}"
    sequence = len(list((squad.folder / "scopes" / scope / ident["device"]).glob("0*.cdb")))
    bundles.write(squad.folder, ident, ident["team_id"], scope, sequence + 1, keys[scope]["doc"]["generations"][-1],
                  [{"k": "risk_assessments", "r": assessment, "h": "9999999999999.0000.ffffffff", "f": {"notes": "niets aan de hand"}, "p": {}}])
    result = team.sync(coordinator)
    assert any("Refused 1 change by JPO Jamal, Junior workplace trainer (JPO)" in problem for problem in result["problems"]), result["problems"]
    assert _raw(coordinator, "SELECT notes FROM risk_assessments") == [("zorgen thuis",)]
    assert _raw(coordinator, "SELECT kind, field, by FROM sync_refused") == [("risk_assessments", "*", squad.ids["jpo"])]


def test_concurrent_edits_of_one_field_give_one_item_to_check_on_each_side(squad):
    a, c = squad.members["docent_a"], squad.members["coordinator"]
    mentee = squad.ids["mentee"]
    edit(a, "students", mentee, {"phone": "06 11111111", "opleiding": "Zorg"})
    edit(c, "students", mentee, {"phone": "06 22222222", "crebo": "25498"})
    team.sync(a)
    team.sync(c)
    team.sync(a)
    for database in (a, c):
        student = _student(database, mentee)
        assert (student.phone, student.opleiding, student.crebo) == ("06 22222222", "Zorg", "25498")  # converged, different fields merged
    with a.session() as session:
        items_a = team.list_conflicts(session)
    with c.session() as session:
        items_c = team.list_conflicts(session)
    assert [(i["field"], i["mine"], i["theirs"]) for i in items_a] == [("phone", "06 11111111", "06 22222222")]
    assert [(i["field"], i["mine"], i["theirs"]) for i in items_c] == [("phone", "06 22222222", "06 11111111")]
    assert items_a[0]["by"] == "Coördinator Cor" and items_a[0]["kind"] == "students"
    # a later, non-concurrent edit is no conflict; keeping mine reaches the other laptop
    with a.transaction() as session:
        team.resolve_conflict(session, acting_user(session), items_a[0]["id"], "mine")
    with a.session() as session:  # saved through the services: the audit trail names the person, not the system
        entry = session.scalars(select(m.AuditEntry).where(m.AuditEntry.record_id == mentee).order_by(m.AuditEntry.at.desc())).first()
        assert entry is not None and entry.actor_id == squad.ids["docent_a"] and "phone" in entry.fields
    team.sync(a)
    result = team.sync(c)
    assert result["conflicts"] == 0
    assert _student(c, mentee).phone == "06 11111111"
    with a.session() as session:
        assert team.list_conflicts(session) == []


def test_a_removed_member_receives_nothing_written_after_his_removal(squad):
    b, c = squad.members["docent_b"], squad.members["coordinator"]
    edit(c, "students", squad.ids["student_b"], {"opleiding": "Voor de verwijdering"})
    team.sync(c)
    team.sync(b)
    assert _student(b, squad.ids["student_b"]).opleiding == "Voor de verwijdering"
    team.remove(c, squad.ids["docent_b"])
    edit(c, "students", squad.ids["student_b"], {"opleiding": "Na de verwijdering"})
    add(c, "employers", {"name": "Nieuw Bedrijf"})
    team.sync(c)
    result = team.sync(b)
    assert _student(b, squad.ids["student_b"]).opleiding == "Voor de verwijdering"  # he keeps what he had
    assert _raw(b, "SELECT count(*) FROM employers WHERE name = 'Nieuw Bedrijf'")[0][0] == 0
    assert result["received"] == 0 and result["problems"]
    # his own new bundles are refused by the others
    edit(b, "students", squad.ids["student_b"], {"opleiding": "Door een oud-lid"})
    team.sync(b)
    team.sync(c)
    assert _student(c, squad.ids["student_b"]).opleiding == "Na de verwijdering"


def test_a_tampered_bundle_is_refused_and_reported_while_the_rest_syncs(squad):
    a, b, c = squad.members["docent_a"], squad.members["docent_b"], squad.members["coordinator"]
    edit(a, "students", squad.ids["other_a"], {"opleiding": "Gewijzigd door A"})
    edit(b, "students", squad.ids["student_b"], {"opleiding": "Gewijzigd door B"})
    team.sync(a)
    team.sync(b)
    newest = max((squad.folder / "scopes" / f"school-{squad.ids['school_a']}").rglob("*.cdb"), key=lambda p: p.stat().st_mtime_ns)
    data = bytearray(newest.read_bytes())
    data[-5] ^= 0x01
    newest.write_bytes(bytes(data))
    result = team.sync(c)
    assert any(newest.name in problem for problem in result["problems"])
    assert _student(c, squad.ids["other_a"]).opleiding != "Gewijzigd door A"
    assert _student(c, squad.ids["student_b"]).opleiding == "Gewijzigd door B"


def test_an_empty_team_folder_stops_sync_and_changes_nothing(squad, tmp_path):
    c = squad.members["coordinator"]
    edit(c, "students", squad.ids["other_a"], {"opleiding": "Nog niet gedeeld"})
    before = _raw(c, "SELECT count(*) FROM sync_outbox WHERE sent = 0")
    shutil.move(squad.folder, tmp_path / "elsewhere")
    squad.folder.mkdir()
    with pytest.raises(UserError, match="looks empty"):
        team.sync(c)
    assert _raw(c, "SELECT count(*) FROM sync_outbox WHERE sent = 0") == before
    assert list(squad.folder.iterdir()) == []
    shutil.rmtree(squad.folder)
    shutil.move(tmp_path / "elsewhere", squad.folder)
    folder.write_json(squad.folder / folder.TEAM_FILE, {"product": "CoachDesk", "format": folder.FORMAT + 1,
                                                        "team_id": folder.read_json(squad.folder / folder.TEAM_FILE)["team_id"]})
    with pytest.raises(UserError, match="newer version"):
        team.sync(c)
    (squad.folder / folder.TEAM_FILE).write_text('{"format": 1, "team_id": "x"}')
    (squad.folder / folder.ROSTER_FILE).unlink()
    with pytest.raises(UserError):
        team.sync(c)


def test_erasing_a_student_reaches_every_laptop(squad):
    c = squad.members["coordinator"]
    with c.transaction() as session:
        privacy.erase_student(session, acting_user(session), squad.ids["mentee"])
    team.sync(c)
    for name in ("docent_a", "jpo"):
        team.sync(squad.members[name])
        assert _raw(squad.members[name], f"SELECT count(*) FROM students WHERE id = '{squad.ids['mentee']}'")[0][0] == 0
        assert _raw(squad.members[name], "SELECT count(*) FROM jpo_pairings")[0][0] == 0
    assert _raw(squad.members["docent_a"], "SELECT count(*) FROM risk_assessments")[0][0] == 0


def test_conflict_copies_and_gaps_are_reported_not_applied(squad):
    a, c = squad.members["docent_a"], squad.members["coordinator"]
    edit(a, "students", squad.ids["other_a"], {"opleiding": "Eerste"})
    team.sync(a)
    edit(a, "students", squad.ids["other_a"], {"opleiding": "Tweede"})
    team.sync(a)
    device_dir = max((squad.folder / "scopes" / f"school-{squad.ids['school_a']}").iterdir(), key=lambda p: len(list(p.iterdir())))
    files = sorted(device_dir.glob("0*.cdb"))
    held = files[-2].read_bytes()
    files[-2].unlink()
    shutil.copy(files[-1], device_dir / f"{files[-1].stem} (LAPTOP-X).cdb")
    result = team.sync(c)
    assert any("LAPTOP-X" in p for p in result["problems"]) and any("Waiting" in p for p in result["problems"])
    assert _student(c, squad.ids["other_a"]).opleiding is None
    files[-2].write_bytes(held)
    team.sync(c)
    assert _student(c, squad.ids["other_a"]).opleiding == "Tweede"


def test_an_invalid_value_through_add_stores_nothing(squad):
    a = squad.members["docent_a"]
    with pytest.raises(UserError, match="Date of birth"):
        add(a, "students", {"first_name": "X", "last_name": "Y", "school_type": "pro", "school_id": squad.ids["school_a"], "date_of_birth": "31-02-2010"})
    assert _raw(a, "SELECT count(*) FROM sync_outbox WHERE sent = 0")[0][0] == 0
    with a.session() as session:
        assert len(records.list_records(session, acting_user(session), "students")) == 2


def _decrypted_team_folder(squad) -> list[dict]:
    """Every change in the team folder, opened with the coordinator's keys (he may read every scope)."""
    coordinator = squad.members["coordinator"]
    ident, current, folder_path = team.engine.load(coordinator)
    keys = team.engine.scope_keys(folder_path, current, ident)
    signers = {x["coach_id"]: x["sign_pk"] for x in current["members"]}
    found = []
    for path in (folder_path / "scopes").rglob("*.cdb"):
        scope, device = path.parent.parent.name, path.parent.name
        snapshot = bundles.SNAPSHOT_NAME.match(path.name)
        opened = bundles.decode(path.read_bytes(), team_id=current["team_id"], scope=scope, device=device,
                                sequence=0 if snapshot else int(path.name[:8]), signing_keys=signers,
                                scope_keys=keys[scope]["private"], snapshot=snapshot.group(1) if snapshot else None)
        found += opened.changes["changes"] if snapshot else opened.changes
    return found


def test_compaction_removes_an_erased_student_from_the_team_folder_and_a_late_laptop_catches_up(squad):
    c, a = squad.members["coordinator"], squad.members["docent_a"]
    erased = squad.ids["other_a"]
    edit(c, "students", squad.ids["mentee"], {"opleiding": "Na de wissing"})
    with c.transaction() as session:
        privacy.erase_student(session, acting_user(session), erased)
    team.sync(c)
    assert any(change["r"] == erased and not change.get("d") for change in _decrypted_team_folder(squad))
    result = team.compact(c)
    assert result["removed"] > 0
    again = team.sync(c)  # the bundles went with the compaction: nothing was lost, nothing is sent again
    assert again["sent"] == 0 and not any("older copy" in p for p in again["problems"]), again
    left = [change for change in _decrypted_team_folder(squad) if change["r"] == erased]
    assert left and all(change.get("d") and not change["f"] for change in left)  # only the tombstone, no data
    team.sync(a)  # docent A was behind: the bundles he missed are gone, the snapshot brings him up to date
    assert _student(a, erased) is None
    assert _student(a, squad.ids["mentee"]).opleiding == "Na de wissing"
    edit(a, "students", squad.ids["mentee"], {"opleiding": "Na de compactie"})
    team.sync(a)
    team.sync(c)
    assert _student(c, squad.ids["mentee"]).opleiding == "Na de compactie"


def test_a_coordinator_changes_a_role_and_what_each_laptop_receives_follows_it(squad):
    from coachdesk.services.users import acting_user

    a, j, c = squad.members["docent_a"], squad.members["jpo"], squad.members["coordinator"]
    assert _student(j, squad.ids["other_a"]) is None, "a JPO holds his mentee only"
    team.change_role(c, squad.ids["jpo"], "docent")
    team.sync(c)
    team.sync(j)
    with j.session() as session:
        assert acting_user(session).role == m.CoachRole.DOCENT, "the roster, not a setting, gives the role"
    assert _student(j, squad.ids["other_a"]) is not None, "now a docent of school A, he receives its students"

    team.change_role(c, squad.ids["docent_a"], "jpo")
    edit(c, "students", squad.ids["other_a"], {"opleiding": "Na de rolwijziging"})
    team.sync(c)
    team.sync(a)
    with a.session() as session:
        assert acting_user(session).role == m.CoachRole.JPO
        assert session.get(m.Coach, squad.ids["docent_a"]).role == m.CoachRole.JPO, "the coach record follows"
    assert _student(a, squad.ids["other_a"]) is None, "a JPO's laptop keeps no student who is not his mentee"
    with pytest.raises(UserError):
        team.change_role(a, squad.ids["docent_b"], "coordinator")  # only a coordinator changes roles
