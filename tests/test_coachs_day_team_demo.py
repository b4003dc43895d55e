"""Demo data into a team (issue 23): `team create` on a folder with demo data refuses in words and offers its
removal, since the team would send the demo to every member; once removed, the team starts."""
from __future__ import annotations

import json

from tests.commandline import run_coachdesk


def test_team_create_refuses_demo_data_and_offers_its_removal(tmp_path):
    data, team = str(tmp_path / "data"), str(tmp_path / "team")
    assert run_coachdesk("--data-dir", data, "demo").returncode == 0
    coaches = json.loads(run_coachdesk("--data-dir", data, "list", "coaches", "--json").stdout)
    boss = next(c for c in coaches if c["role"] == "coordinator")
    refused = run_coachdesk("--data-dir", data, "team", "create", "--folder", team, "--as", boss["id"])
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    assert "demo data" in refused.stderr and "coachdesk demo --remove" in refused.stderr, refused.stderr
    assert not (tmp_path / "team").exists(), "nothing started"
    members = run_coachdesk("--data-dir", data, "team", "members")
    assert members.returncode == 2, "still no team"

    removed = run_coachdesk("--data-dir", data, "demo", "--remove")
    assert removed.returncode == 0, removed.stderr
    coach = json.loads(run_coachdesk("--data-dir", data, "add", "coaches", "name=Carla Coördinator", "role=coordinator", "--json").stdout)
    started = run_coachdesk("--data-dir", data, "team", "create", "--folder", team, "--as", coach["id"])
    assert started.returncode == 0, started.stderr
