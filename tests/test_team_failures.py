"""Team sharing when the folder is tampered with or cannot be written (issue 18): a replayed bundle, an old key
document put back after a member was removed, a read-only team folder. Bundles are written outside the app's own
send path where the attack needs it."""
from __future__ import annotations

import errno
import shutil

import pytest

from coachdesk.domain import models as m
from coachdesk.services import team
from coachdesk.sync import bundles, folder, roster
from coachdesk.sync.state import get_value
from tests.teamhelpers import edit, make_team


@pytest.fixture
def squad(tmp_path):
    made = make_team(tmp_path)
    for name in ("coordinator", "docent_a", "docent_b", "jpo"):
        team.sync(made.members[name])
    yield made
    made.close()


def _identity(database) -> dict:
    with database.session() as session:
        return get_value(session.connection(), "identity")


def _phone(database, student_id: str) -> str | None:
    with database.session() as session:
        return session.get(m.Student, student_id).phone


def test_a_replayed_bundle_in_a_members_slot_never_blocks_his_later_changes(squad):
    a, c = squad.members["docent_a"], squad.members["coordinator"]
    scope = f"school-{squad.ids['school_a']}"
    edit(a, "students", squad.ids["other_a"], {"phone": "06 10000001"})
    team.sync(a)
    slot = squad.folder / "scopes" / scope / _identity(a)["device"]
    numbers = sorted(int(p.name[:8]) for p in slot.glob("0*.cdb"))
    shutil.copyfile(folder.bundle_path(squad.folder, scope, _identity(a)["device"], numbers[0]),
                    folder.bundle_path(squad.folder, scope, _identity(a)["device"], numbers[-1] + 1))  # put in as the next one
    edit(a, "students", squad.ids["other_a"], {"phone": "06 10000002"})
    team.sync(a)
    result = team.sync(c)
    assert _phone(c, squad.ids["other_a"]) == "06 10000002", "his later change arrives"
    assert any("repeats a bundle" in problem for problem in result["problems"]), result["problems"]
    edit(a, "students", squad.ids["other_a"], {"phone": "06 10000003"})
    team.sync(a)
    assert not any("repeats" in p for p in team.sync(c)["problems"]), "said once, then passed"
    assert _phone(c, squad.ids["other_a"]) == "06 10000003"


def test_a_removed_member_cannot_open_new_bundles_after_an_old_key_document_is_put_back(squad, tmp_path):
    b, c = squad.members["docent_b"], squad.members["coordinator"]
    scope = f"school-{squad.ids['school_b']}"
    stale = tmp_path / "stale-keys.json"
    shutil.copyfile(folder.keys_path(squad.folder, scope), stale)
    team.remove(c, squad.ids["docent_b"])
    team.sync(c)
    shutil.copyfile(stale, folder.keys_path(squad.folder, scope))  # the rollback: an old copy put back in the folder
    edit(c, "students", squad.ids["student_b"], {"phone": "06 20000001"})
    result = team.sync(c)
    assert any("older than one this laptop has seen" in problem for problem in result["problems"]), result["problems"]
    assert len(folder.read_json(folder.keys_path(squad.folder, scope))["document"]["generations"]) == 2, "written back"
    # the removed member reads the folder with his own keys and the old document: the new bundle stays closed
    ident_b = _identity(b)
    old_keys = roster.my_keys(folder.read_json(stale)["document"], ident_b)
    device_c = _identity(c)["device"]
    newest = max(int(p.name[:8]) for p in (squad.folder / "scopes" / scope / device_c).glob("0*.cdb"))
    data = folder.bundle_path(squad.folder, scope, device_c, newest).read_bytes()
    current = folder.read_json(squad.folder / folder.ROSTER_FILE)["document"]
    signing = {x["coach_id"]: x["sign_pk"] for x in current["members"]}
    with pytest.raises(bundles.BadBundle, match="key"):
        bundles.decode(data, team_id=ident_b["team_id"], scope=scope, device=device_c, sequence=newest,
                       signing_keys=signing, scope_keys=old_keys)


def test_a_read_only_team_folder_stops_only_sending_and_says_so(squad, monkeypatch):
    a, c = squad.members["docent_a"], squad.members["coordinator"]
    edit(c, "students", squad.ids["other_a"], {"phone": "06 30000001"})
    team.sync(c)
    edit(a, "students", squad.ids["mentee"], {"phone": "06 30000002"})

    def refuse(*_args, **_kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    with monkeypatch.context() as patched:
        patched.setattr(bundles, "write", refuse)
        result = team.sync(a)
    assert result["sent"] == 0 and any("could not be written" in p and "read-only" in p for p in result["problems"]), result
    assert _phone(a, squad.ids["other_a"]) == "06 30000001", "what others wrote is still received"
    assert team.sync(a)["sent"] >= 1, "the change waited on the laptop and goes at the next sync"
    team.sync(c)
    assert _phone(c, squad.ids["mentee"]) == "06 30000002"


def test_the_teams_settings_are_the_teams_shared_on_every_laptop_and_changed_only_by_a_coordinator(squad):
    from dataclasses import replace

    from coachdesk.domain.errors import AccessDenied
    from coachdesk.services.settings import load_settings, save_settings
    from coachdesk.services.users import acting_user
    from coachdesk.sync import hlc

    a, c, j = squad.members["docent_a"], squad.members["coordinator"], squad.members["jpo"]
    with c.transaction() as session:
        save_settings(session, acting_user(session), replace(load_settings(session), searching_weeks=9, print_header="Regio Rijnmond",
                                                              language="en"))
    team.sync(c)
    for database in (a, j):
        team.sync(database)
        with database.session() as session:
            settings = load_settings(session)
        assert (settings.searching_weeks, settings.print_header) == (9, "Regio Rijnmond"), "the team's, on every laptop"
        assert settings.language == "nl", "the language is the laptop's own"
    with a.transaction() as session, pytest.raises(AccessDenied, match="Only a coordinator"):
        save_settings(session, acting_user(session), replace(load_settings(session), searching_weeks=2))
    # written by hand into the team folder: refused on the coordinator's laptop, and listed
    ident = _identity(a)
    keys = team.engine.scope_keys(squad.folder, team.engine.load(a)[1], ident)
    slot = squad.folder / "scopes" / "team" / ident["device"]
    number = max((int(p.name[:8]) for p in slot.glob("0*.cdb")), default=0) + 1
    bundles.write(squad.folder, ident, ident["team_id"], "team", number, keys["team"]["doc"]["generations"][-1],
                  [{"k": "settings", "r": "searching_weeks", "h": f"{hlc.wall_ms() + 5:013d}.0000.{ident['device']}", "f": {"value": 1}, "p": {}}])
    result = team.sync(c)
    with c.session() as session:
        assert load_settings(session).searching_weeks == 9
        refused = team.list_refused(session, acting_user(session))
    assert any(row["kind"] == "settings" and row["field"] == "searching_weeks" and row["by"] == "Docent Anna" for row in refused)
    assert any("Refused 1 change by Docent Anna" in p for p in result["problems"]), result["problems"]


def test_after_the_team_folder_is_restored_from_an_older_copy_every_laptop_agrees_again(squad, tmp_path):
    a, c, j = squad.members["docent_a"], squad.members["coordinator"], squad.members["jpo"]
    old = tmp_path / "team-yesterday"
    shutil.copytree(squad.folder, old)
    edit(a, "students", squad.ids["mentee"], {"phone": "06 40000001"})
    team.sync(a)
    edit(c, "students", squad.ids["other_a"], {"phone": "06 40000002"})
    team.remove(c, squad.ids["docent_b"])  # a newer roster too
    team.sync(c)
    team.sync(a)
    shutil.rmtree(squad.folder)
    shutil.copytree(old, squad.folder)  # the school's IT restores yesterday's copy of the shared folder
    results, said = {}, []
    for name in ("coordinator", "docent_a", "jpo", "coordinator", "docent_a", "jpo"):
        results[name] = team.sync(squad.members[name])
        said += [p for p in results[name]["problems"] if "restored from an older copy" in p]
    assert len(said) >= 2, "the coordinator and the docent each sent again what the folder lost, and said so"
    for database in (a, c):
        assert _phone(database, squad.ids["mentee"]) == "06 40000001"
        assert _phone(database, squad.ids["other_a"]) == "06 40000002"
    assert _phone(j, squad.ids["mentee"]) == "06 40000001", "the JPO, who never saw the lost bundles, gets them"
    assert not any("Waiting for" in p or "older than the one" in p for r in results.values() for p in r["problems"]), results
    edit(a, "students", squad.ids["mentee"], {"phone": "06 40000003"})  # and sharing simply goes on
    team.sync(a)
    team.sync(j)
    assert _phone(j, squad.ids["mentee"]) == "06 40000003"


def test_the_command_line_lists_refused_changes_to_a_coordinator_only(squad):
    import json as _json

    from tests.commandline import run_coachdesk

    a, c = squad.members["docent_a"], squad.members["coordinator"]
    ident = _identity(a)
    keys = team.engine.scope_keys(squad.folder, team.engine.load(a)[1], ident)
    slot = squad.folder / "scopes" / "team" / ident["device"]
    number = max((int(p.name[:8]) for p in slot.glob("0*.cdb")), default=0) + 1
    from coachdesk.sync import hlc

    bundles.write(squad.folder, ident, ident["team_id"], "team", number, keys["team"]["doc"]["generations"][-1],
                  [{"k": "coaches", "r": squad.ids["coordinator"], "h": f"{hlc.wall_ms() + 5:013d}.0000.{ident['device']}",
                    "f": {"role": "docent"}, "p": {}}])
    team.sync(c)
    folders = {name: str(database.data_dir) for name, database in squad.members.items()}
    squad.close()
    result = run_coachdesk("--data-dir", folders["coordinator"], "conflicts", "refused", "--json")
    assert result.returncode == 0, result.stderr
    rows = _json.loads(result.stdout)
    assert {(r["kind"], r["field"], r["by"]) for r in rows} == {("coaches", "role", "Docent Anna"), ("coaches", "school_id", "Docent Anna")}
    refused = run_coachdesk("--data-dir", folders["docent_a"], "conflicts", "refused")
    assert refused.returncode != 0 and "not available to your role" in refused.stderr and "Traceback" not in refused.stderr
