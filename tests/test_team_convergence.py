"""Property: whatever the interleaving of edits and syncs, and whatever the order in which a sync
client brings bundles to each laptop (late, twice, cut off halfway, as a conflict copy), every
member ends with the same values of what he may see, and the JPO with nothing more."""
from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from coachdesk.services import team
from coachdesk.storage.database import connect_file
from coachdesk.sync import bundles, scopes
from coachdesk.sync.state import get_value, set_value
from tests.teamhelpers import edit, make_team

NAMES = ("coordinator", "docent_a", "docent_b", "jpo")
MAY_EDIT = {"coordinator": ("mentee", "other_a", "student_b"), "docent_a": ("mentee", "other_a"), "docent_b": ("student_b",), "jpo": ("mentee",)}
FIELDS = ("phone", "opleiding", "competences")
JPO_FIELDS = ("phone", "email", "sectors", "competences")  # the write policy: a JPO changes only these of his mentee
VALUES = {"phone": ["06 11111111", "06 22222222", "010 1234567"], "opleiding": ["Zorg", "Logistiek", "Horeca"],
          "competences": ["Zelfstandig", "Precies", "Sociaal"]}


class Cloud:
    """The shared folder as the cloud holds it, and each laptop's synchronised copy of it."""

    def __init__(self, squad, base: Path) -> None:
        self.master = squad.folder
        self.views: dict[str, Path] = {}
        self.readable: dict[str, set[str] | None] = {}
        for name, database in squad.members.items():
            view = base / f"view-{name}"
            with database.transaction() as session:
                ident = get_value(session.connection(), "identity")
                set_value(session.connection(), "identity", ident | {"folder": str(view)})
                current = get_value(session.connection(), "roster")
            self.views[name] = view
            self.readable[name] = allowed = scopes.readable(next(x for x in current["members"] if x["coach_id"] == ident["coach_id"]))
            # his sync client brings him what he has read access to: the roster, the keys, his scopes' folders
            shutil.copytree(self.master, view, ignore=lambda folder, names: [
                n for n in names if Path(folder).name == "scopes" and allowed is not None and n not in allowed])

    def _bundles(self, root: Path) -> list[Path]:
        return sorted(p.relative_to(root) for p in (root / "scopes").rglob("*.cdb") if bundles.BUNDLE_NAME.match(p.name))

    def upload(self, name: str, rng: random.Random, everything: bool = False) -> None:
        missing = [p for p in self._bundles(self.views[name]) if not (self.master / p).exists()]
        for relative in missing if everything else rng.sample(missing, min(1, len(missing))):
            (self.master / relative).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(self.views[name] / relative, self.master / relative)

    def download(self, name: str, rng: random.Random, mode: str = "full", everything: bool = False) -> None:
        allowed = self.readable[name]
        view = self.views[name]
        wanted = [p for p in self._bundles(self.master) if (allowed is None or p.parts[1] in allowed)
                  and (not (view / p).exists() or (view / p).stat().st_size != (self.master / p).stat().st_size)]
        for relative in wanted if everything else rng.sample(wanted, min(1, len(wanted))):
            target = view / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            data = (self.master / relative).read_bytes()
            if mode == "truncated":
                target.write_bytes(data[: len(data) // 2])
            elif mode == "conflict_copy":
                target.with_name(f"{target.stem} (LAPTOP-X).cdb").write_bytes(data)
            else:
                target.write_bytes(data)


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    base = tmp_path_factory.mktemp("convergence")
    squad = make_team(base)
    cloud = Cloud(squad, base)
    yield squad, cloud
    squad.close()


def _raw(database, sql: str) -> list[tuple]:
    database.checkpoint()
    connection = connect_file(database.path, database._key)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


COLUMNS = "id, first_name, last_name, phone, opleiding, competences, school_id, status"

step = st.one_of(
    st.tuples(st.just("edit"), st.sampled_from(NAMES), st.integers(0, 2), st.sampled_from(FIELDS), st.integers(0, 2)),
    st.tuples(st.just("sync"), st.sampled_from(NAMES)),
    st.tuples(st.just("upload"), st.sampled_from(NAMES)),
    st.tuples(st.just("download"), st.sampled_from(NAMES), st.sampled_from(["full", "full", "truncated", "conflict_copy"])),
)


@settings(max_examples=10, deadline=None, phases=[Phase.explicit, Phase.reuse, Phase.generate], suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(steps=st.lists(step, min_size=4, max_size=18), seed=st.integers(0, 10_000))
def test_members_converge_whatever_the_order(world, steps, seed):
    squad, cloud = world
    rng = random.Random(seed)
    members, ids = squad.members, squad.ids
    for action, name, *rest in steps:
        if action == "edit":
            student_index, field, value_index = rest
            students = MAY_EDIT[name]
            if name == "jpo" and field not in JPO_FIELDS:
                field = "phone"
            edit(members[name], "students", ids[students[student_index % len(students)]], {field: VALUES[field][value_index]})
        elif action == "sync":
            team.sync(members[name])
        elif action == "upload":
            cloud.upload(name, rng)
        else:
            cloud.download(name, rng, rest[0])
    for _round in range(3):  # the sync client catches up and every laptop syncs
        for name in NAMES:
            team.sync(members[name])
            cloud.upload(name, rng, everything=True)
        for name in NAMES:
            cloud.download(name, rng, everything=True)
    for name in NAMES:
        team.sync(members[name])

    def students(name: str, school: str) -> list[tuple]:
        return _raw(members[name], f"SELECT {COLUMNS} FROM students WHERE school_id = '{ids[school]}' ORDER BY id")

    assert students("docent_a", "school_a") == students("coordinator", "school_a")
    assert students("docent_b", "school_b") == students("coordinator", "school_b")
    mentee = f"SELECT {COLUMNS} FROM students WHERE id = '{ids['mentee']}'"
    assert _raw(members["jpo"], f"SELECT {COLUMNS} FROM students") == _raw(members["coordinator"], mentee)
    assert _raw(members["jpo"], "SELECT count(*) FROM risk_assessments") == [(0,)]
    assert _raw(members["jpo"], "SELECT count(*) FROM students WHERE health_notes IS NOT NULL") == [(0,)]
    jpo_view = cloud.views["jpo"] / "scopes"
    assert {p.name for p in jpo_view.iterdir() if any(p.rglob("*.cdb"))} <= {"team", f"jpo-{ids['jpo']}", f"school-{ids['school_a']}"}
