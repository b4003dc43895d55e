"""A small team on the local disk: a coordinator, two docenten of different schools and a JPO,
each with his own data folder, sharing one team folder. Made through the services."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from coachdesk.domain import clock
from coachdesk.domain import models as m
from coachdesk.services import records, risks, team
from coachdesk.services.access import Actor
from coachdesk.services.users import acting_user
from coachdesk.services.workspace import open_workspace
from tests import factories
from tests.factories import PASSPHRASE


@dataclass
class Team:
    folder: Path
    members: dict = field(default_factory=dict)  # name -> Database
    ids: dict = field(default_factory=dict)  # coach and record ids by name

    def close(self) -> None:
        for database in self.members.values():
            database.close()


def edit(database, kind: str, record_id: str, values: dict) -> None:
    with database.transaction() as session:
        records.update(session, acting_user(session), kind, record_id, values)


def add(database, kind: str, values: dict) -> str:
    with database.transaction() as session:
        return team.add_record(session, acting_user(session), kind, values).id


def make_team(base: Path, *, folders: dict[str, Path] | None = None) -> Team:
    """The coordinator's data (two schools, three students, a JPO pairing, a risk assessment with
    health notes on the mentee), the team started, and the three others joined.
    ``folders`` gives each member his own view of the team folder (default: all the same)."""
    folder = base / "team"
    folders = folders or {}
    result = Team(folder)
    coordinator = open_workspace(base / "coordinator", PASSPHRASE)
    with coordinator.transaction() as session:
        school_a, school_b = factories.school(session, "School A"), factories.school(session, "School B")
        ids = {
            "coordinator": factories.coach(session, None, "coordinator", "Coördinator Cor").id,
            "docent_a": factories.coach(session, school_a.id, "docent", "Docent Anna").id,
            "docent_b": factories.coach(session, school_b.id, "docent", "Docent Bert").id,
            "jpo": factories.coach(session, school_a.id, "jpo", "JPO Jamal").id,
            "school_a": school_a.id, "school_b": school_b.id,
        }
        ids["mentee"] = factories.student(session, school_a.id, first_name="Mees", health_notes="astma").id
        ids["other_a"] = factories.student(session, school_a.id, first_name="Ada").id
        ids["student_b"] = factories.student(session, school_b.id, first_name="Bo").id
        session.add(m.JpoPairing(jpo_id=ids["jpo"], student_id=ids["mentee"], since=clock.today() - timedelta(days=30)))
        risks.record_assessment(session, Actor.system(), {"student_id": ids["mentee"], "assessed_on": clock.today(),
                                                          "signals": ["absence"], "notes": "zorgen thuis"})
    team.create_team(coordinator, folders.get("coordinator", folder), ids["coordinator"])
    result.members["coordinator"] = coordinator
    for name in ("docent_a", "docent_b", "jpo"):
        invitation = base / f"{name}.invitation"
        code = team.invite(coordinator, ids[name], invitation)
        if name in folders:
            copy_tree(folder, folders[name])
        database = open_workspace(base / name, PASSPHRASE)
        team.join(database, invitation, folders.get(name, folder), code)
        result.members[name] = database
    result.ids = ids
    return result


def copy_tree(source: Path, target: Path) -> None:
    import shutil

    shutil.copytree(source, target, dirs_exist_ok=True)
