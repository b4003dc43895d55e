"""The team commands as a separate program, as a coordinator's script would run them."""
from __future__ import annotations

import json

from tests.commandline import run_coachdesk


def _ok(*args: str, **env: str):
    result = run_coachdesk(*args, **env)
    assert result.returncode == 0, result.stderr
    return result


def test_create_invite_join_sync_add_edit_and_conflicts(tmp_path):
    coordinator, member, folder = str(tmp_path / "coordinator"), str(tmp_path / "member"), str(tmp_path / "team")
    _ok("--data-dir", coordinator, "demo")
    coaches = json.loads(_ok("--data-dir", coordinator, "list", "coaches", "--json").stdout)
    boss = next(c for c in coaches if c["role"] == "coordinator")
    docent = next(c for c in coaches if c["role"] == "docent")
    _ok("--data-dir", coordinator, "team", "create", "--folder", folder, "--as", boss["id"], "--with-demo")  # a try-out team
    invitation = str(tmp_path / "uitnodiging.cdinvite")
    code = _ok("--data-dir", coordinator, "team", "invite", docent["id"], "--out", invitation).stdout.strip().splitlines()[-1]
    assert code not in open(invitation).read()

    refused = run_coachdesk("--data-dir", member, "team", "join", invitation, "--folder", folder, COACHDESK_INVITE_CODE="AAAA-BBBB-CCCC-DDDD-EEEE")
    assert refused.returncode == 2 and "code does not open" in refused.stderr
    _ok("--data-dir", member, "team", "join", invitation, "--folder", folder, COACHDESK_INVITE_CODE=code.lower())
    members = json.loads(_ok("--data-dir", member, "team", "members", "--json").stdout)
    assert {(x["coach_id"], x["role"]) for x in members} == {(boss["id"], "coordinator"), (docent["id"], "docent")}
    assert all(set(x) == {"coach_id", "name", "role", "last_seen"} for x in members)

    students = json.loads(_ok("--data-dir", member, "list", "students", "--json").stdout)
    assert students and len(students) < len(json.loads(_ok("--data-dir", coordinator, "list", "students", "--json").stdout))
    added = json.loads(_ok("--data-dir", member, "add", "students", "first_name=Sanne", "last_name=Visser", "school_type=pro",
                           f"school_id={docent['school_id']}", "--json").stdout)
    invalid = run_coachdesk("--data-dir", member, "add", "students", "first_name=Piet", "last_name=Post", "school_type=pro",
                            f"school_id={docent['school_id']}", "date_of_birth=32-13-2010")
    assert invalid.returncode == 2 and len(invalid.stderr.strip().splitlines()) == 1 and "Date of birth" in invalid.stderr
    target = students[0]["id"]
    _ok("--data-dir", member, "edit", "students", target, "opleiding=Helpende Zorg")
    _ok("--data-dir", coordinator, "edit", "students", target, "opleiding=Verkoper")
    sent = json.loads(_ok("--data-dir", member, "sync", "--json").stdout)
    assert set(sent) == {"sent", "received", "conflicts", "problems"} and sent["sent"] >= 2
    _ok("--data-dir", coordinator, "sync", "--json")
    _ok("--data-dir", member, "sync", "--json")
    names = {s["first_name"] for s in json.loads(_ok("--data-dir", coordinator, "list", "students", "--json").stdout)}
    assert "Sanne" in names and "Piet" not in names and added["id"]

    items = json.loads(_ok("--data-dir", member, "conflicts", "--json").stdout) + json.loads(_ok("--data-dir", coordinator, "conflicts", "--json").stdout)
    assert len(items) == 2 and all(set(i) == {"id", "kind", "record_id", "field", "mine", "theirs", "by", "at"} for i in items)
    mine = json.loads(_ok("--data-dir", member, "conflicts", "--json").stdout)[0]
    _ok("--data-dir", member, "conflicts", "resolve", str(mine["id"]), "--keep", "mine")
    assert json.loads(_ok("--data-dir", member, "conflicts", "--json").stdout) == []


def test_sync_without_a_team_says_what_to_do(tmp_path):
    _ok("--data-dir", str(tmp_path / "alone"), "demo")
    result = run_coachdesk("--data-dir", str(tmp_path / "alone"), "sync")
    assert result.returncode == 2 and "team create" in result.stderr
