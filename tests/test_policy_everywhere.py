"""One write policy on every path (issue 18), with the cases generated from the policy table and the schema.

- Through the services on one laptop: a change is saved exactly when the policy allows it, and then it is
  accepted by every other laptop that reads that part of the team.
- Forged: a member with his own valid keys writes a bundle by hand with every change he likes; each is applied
  exactly when the policy allows it, and a refusal neither blocks his later changes nor goes unlisted.
- A field the policy hides from a JPO (health notes, risk notes, the pipeline) never lands in his decrypted file;
  when a pairing ends, the former mentee leaves the JPO's laptop at his next sync.
"""
from __future__ import annotations

import enum
import functools
import json
from datetime import timedelta

import pytest

from coachdesk.domain import clock, policy
from coachdesk.domain import models as m
from coachdesk.domain.errors import AccessDenied, NotFound, ValidationError
from coachdesk.domain.schema import KINDS, FieldSpec
from coachdesk.services import records, team
from coachdesk.services.access import Actor
from coachdesk.services.users import acting_user
from coachdesk.storage.database import connect_file
from coachdesk.sync import bundles, hlc, scopes
from coachdesk.sync.state import get_value
from coachdesk.sync.values import plain
from tests import factories
from tests.teamhelpers import make_team

# Fields whose change alters whom a rule is about: each has its own test below, not a place in the batch.
RULE_FIELDS = {"school_id", "role", "student_id", "coach_id", "id"}
POLICY_TEXTS = {policy.DENIED_FIELD, policy.DENIED_OWN_ROLE, policy.DENIED_COORDINATOR, policy.DENIED_OTHER_SCHOOL}
TARGET_KINDS = ("students", "coaches", "schools", "employers", "placements", "visits")


@pytest.fixture(scope="module")
def squad(tmp_path_factory):
    made = make_team(tmp_path_factory.mktemp("policy"))
    coordinator = made.members["coordinator"]
    with coordinator.transaction() as session:
        employer = factories.employer(session)
        made.ids["employer"] = employer.id
        today = clock.today()
        for name in ("mentee", "other_a", "student_b"):
            placement = factories.started_placement(session, made.ids[name], employer.id, starts_on=today - timedelta(days=20),
                                                    ends_on=today + timedelta(days=100))
            made.ids[f"placement_{name}"] = placement.id
    with made.members["jpo"].transaction() as session:
        made.ids["visit_jpo"] = records.create(session, acting_user(session), "visits", {
            "student_id": made.ids["mentee"], "visited_on": clock.today(), "kind": "phone_video", "summary": "gebeld"}).id
    with coordinator.transaction() as session:
        made.ids["visit_other"] = records.create(session, Actor.system(), "visits", {
            "student_id": made.ids["mentee"], "visited_on": clock.today(), "kind": "on_site", "summary": "bezoek"}).id
    for _round in range(2):
        for name in ("jpo", "coordinator", "docent_a", "docent_b"):
            team.sync(made.members[name])
    yield made
    made.close()


def raw(database, sql: str, *params) -> list[tuple]:
    """Rows read from the decrypted data file itself, not through the services."""
    database.checkpoint()
    connection = connect_file(database.path, database._key)
    try:
        return connection.execute(sql, params).fetchall()
    finally:
        connection.close()


def stored(database, kind: str, record_id: str, field: str) -> object:
    """A field as the data file holds it, in the plain form a change carries (a list as a list)."""
    table = KINDS[kind].model.__tablename__
    rows = raw(database, f"SELECT {field} FROM {table} WHERE id = ?", record_id)
    if not rows:
        return "<absent>"
    value = rows[0][0]
    return json.loads(value) if isinstance(value, str) and value.startswith("[") else value


def sample(spec: FieldSpec, current: object, n: int) -> object | None:
    """A valid value for ``spec`` in the plain form a change carries, other than ``current``; None: none to try."""
    today = clock.today()
    if spec.kind == "bool":
        return not current
    if spec.kind == "choice":
        options = [c.value for c in spec.choices]  # type: ignore[union-attr]
        others = [o for o in options if o != current and o not in ("left",)]
        return others[0] if others else None
    if spec.kind == "list":
        options = [[c.value] for c in spec.choices] if spec.choices else [[f"woord{n}"]]
        return next((o for o in options if o != current), None)
    days_back = n % 300 + 1 + (16 * 365 if spec.name == "date_of_birth" else 0)  # a student is 10 to 30
    value: object = {
        "date": (today - timedelta(days=days_back)).isoformat(), "int": (spec.minimum or 0) + 1 + n % 5,
        "email": f"x{n}@example.nl", "phone": f"06 1234{n:04d}", "postcode": "1234 AB", "url": f"https://example.nl/{n}",
        "crebo": "25498", "longtext": f"Tekst {n}",
    }.get(spec.kind, f"Waarde {n}")
    if spec.kind in ("ref", "datetime"):
        return None
    return value if value != current else None


def targets(squad) -> dict[str, list[str]]:
    ids = squad.ids
    return {
        "students": [ids["mentee"], ids["other_a"], ids["student_b"]],
        "coaches": [ids["docent_b"], ids["jpo"], ids["coordinator"], ids["docent_a"]],
        "schools": [ids["school_a"], ids["school_b"]],
        "employers": [ids["employer"]],
        "placements": [ids["placement_mentee"], ids["placement_student_b"]],
        "visits": [ids["visit_jpo"], ids["visit_other"]],
    }


def current_values(squad, kind: str, record_id: str) -> dict:
    with squad.members["coordinator"].session() as session:
        record = session.get(KINDS[kind].model, record_id)
        return {column.key: plain(getattr(record, column.key)) for column in KINDS[kind].model.__table__.columns}


def standing(squad, member: str, kind: str, current: dict) -> policy.Standing:
    ids = squad.ids
    student = current["id"] if kind == "students" else current.get("student_id")
    with squad.members["coordinator"].session() as session:
        school = session.get(m.Student, student).school_id if student else None
    return policy.Standing(school, school, member == "jpo" and student == ids["mentee"])


@functools.cache
def _who(database) -> policy.Who:
    with database.session() as session:
        actor = acting_user(session)
    return policy.Who(actor.role.value, actor.coach_id, actor.school_id)


def who(squad, member: str) -> policy.Who:
    return _who(squad.members[member])


def cases(squad, member: str, start: int):
    """(kind, record id, field, value, allowed) for every field of every target record: generated, not chosen."""
    n = start
    for kind in TARGET_KINDS:
        for record_id in targets(squad)[kind]:
            current = current_values(squad, kind, record_id)
            for spec in KINDS[kind].fields:
                n += 1
                if spec.name in RULE_FIELDS:
                    continue
                value = sample(spec, current.get(spec.name), n)
                if value is None:
                    continue
                verdict = policy.judge(who(squad, member), kind, policy.CHANGE, {spec.name: value}, current,
                                       standing(squad, member, kind, current))
                yield kind, record_id, spec.name, value, not verdict


def readers(squad, kind: str, record_id: str, author: str) -> list[str]:
    """The other laptops that hold this record."""
    names = []
    for name in ("coordinator", "docent_a", "docent_b", "jpo"):
        if name != author and stored(squad.members[name], kind, record_id, "id") != "<absent>":
            names.append(name)
    return names


def sync_everyone(squad) -> dict[str, dict]:
    return {name: team.sync(squad.members[name]) for name in ("docent_a", "jpo", "docent_b", "coordinator", "docent_a", "jpo", "docent_b")}


@pytest.mark.parametrize("member", ["docent_a", "jpo"])
def test_a_change_saved_through_the_services_reaches_every_laptop_exactly_when_the_policy_allows_it(squad, member):
    database = squad.members[member]
    saved, refused, skipped = [], [], 0
    for kind, record_id, field, value, allowed in cases(squad, member, 1000 if member == "jpo" else 0):
        if field in policy.hidden_fields(who(squad, member).role, kind):
            continue  # a form never offers it (the forged test sends it)
        try:
            with database.transaction() as session:
                records.update(session, acting_user(session), kind, record_id, {field: value})
        except (AccessDenied, NotFound):  # not his, or not even on his laptop
            refused.append((kind, field))
            assert not allowed, f"the services refused what the policy allows: {kind}.{field}"
            continue
        except ValidationError as invalid:
            if {error.text for error in invalid.errors} & POLICY_TEXTS:
                refused.append((kind, field))
                assert not allowed, f"the services refused what the policy allows: {kind}.{field}: {invalid}"
            else:
                skipped += 1  # the kind's own rules (a VSO profile for a VSO student ...): not the policy's case
            continue
        assert allowed, f"the services saved what the policy refuses: {kind}.{field}"
        saved.append((kind, record_id, field, stored(database, kind, record_id, field)))
    print(f"services as {member}: {len(saved)} saved and shared, {len(refused)} refused, {skipped} left to the kinds' own rules")
    assert saved and refused, "the generated cases cover both sides"
    results = sync_everyone(squad)
    assert not any("Refused" in p for r in results.values() for p in r["problems"]), "a permitted change is never refused"
    for kind, record_id, field, value in saved:
        for name in readers(squad, kind, record_id, member):
            if field in policy.hidden_fields(who(squad, name).role, kind):
                assert stored(squad.members[name], kind, record_id, field) in (None, [], 0, "[]"), f"{name} holds hidden {kind}.{field}"
                continue
            assert stored(squad.members[name], kind, record_id, field) == value, f"{kind}.{field} by {member} did not reach {name}"


def forge(squad, member: str, scope: str, changes: list[dict]) -> None:
    """What a member with his own valid keys can write by hand into the team folder: a signed bundle of anything."""
    database = squad.members[member]
    with database.session() as session:
        ident = get_value(session.connection(), "identity")
    keys = team.engine.scope_keys(squad.folder, team.engine.load(database)[1], ident)
    device_dir = squad.folder / "scopes" / scope / ident["device"]
    sequence = max((int(p.name[:8]) for p in device_dir.glob("0*.cdb")), default=0) if device_dir.is_dir() else 0
    bundles.write(squad.folder, ident, ident["team_id"], scope, sequence + 1, keys[scope]["doc"]["generations"][-1], changes)
    with database.transaction() as session:  # his own app would number its next bundle after this one
        sent = dict(get_value(session.connection(), "sent_seq", {}))
        sent[scope] = sequence + 1
        from coachdesk.sync.state import set_value

        set_value(session.connection(), "sent_seq", sent)


@pytest.mark.parametrize("member", ["jpo", "docent_a"])
def test_a_forged_bundle_gets_exactly_what_the_policy_allows_and_the_refused_are_listed(squad, member):
    ids = squad.ids
    forger = who(squad, member)
    own_scope = f"jpo-{ids['jpo']}"
    with squad.members[member].session() as session:
        device = get_value(session.connection(), "identity")["device"]
    generated = list(cases(squad, member, 5000 if member == "jpo" else 3000))
    changes, now = [], hlc.wall_ms()
    for number, (kind, record_id, field, value, _allowed) in enumerate(generated):
        stamp = f"{now + number:013d}.0000.{device}"
        changes.append({"k": KINDS[kind].model.__tablename__, "r": record_id, "h": stamp, "f": {field: value}, "p": {}})
    # the attacks of the issue: his mentee's consent, status "left", the guardian, another student's phone, a risk's notes
    assessment = raw(squad.members["coordinator"], "SELECT id FROM risk_assessments")[0][0]
    changes.append({"k": "risk_assessments", "r": assessment, "h": f"{now + 900:013d}.0000.{device}", "f": {"notes": "niets"}, "p": {}})
    changes.append({"k": "students", "r": ids["student_b"], "h": f"{now + 901:013d}.0000.{device}", "d": True, "f": {}, "p": {}})
    for scope in ("team", f"school-{ids['school_a']}", f"school-{ids['school_b']}", own_scope):
        forge(squad, member, scope, changes)  # every scope is open for writing: what matters is what is accepted
    results = sync_everyone(squad)
    coordinator = squad.members["coordinator"]
    accepted = refused = 0
    for (kind, record_id, field, value, allowed), change in zip(generated, changes):
        holds = stored(coordinator, kind, record_id, field)
        if allowed:
            accepted += 1
            assert holds == value, f"a permitted {kind}.{field} by {member} was not applied"
        else:
            refused += 1
            assert holds != value, f"a forbidden {kind}.{field} by {member} was applied"
            listed = raw(coordinator, "SELECT field FROM sync_refused WHERE by = ? AND record_id = ? AND at = ?",
                         forger.coach_id, record_id, change["h"])
            assert listed, f"a refused {kind}.{field} by {member} is not listed"
    print(f"forged by {member}: {len(generated)} generated changes, {accepted} allowed and applied, {refused} forbidden and refused")
    assert refused > 10 and (accepted > 5 or member == "jpo")
    assert raw(coordinator, "SELECT notes FROM risk_assessments") == [("zorgen thuis",)]
    assert stored(coordinator, "students", ids["student_b"], "id") == ids["student_b"], "a forged erasure is refused"
    assert any("Refused" in p for p in results["coordinator"]["problems"])
    # his later, permitted change still arrives: a refusal never blocks him
    with squad.members[member].transaction() as session:
        records.update(session, acting_user(session), "students", ids["mentee"], {"phone": f"06 5555{len(member):04d}"})
    sync_everyone(squad)
    assert stored(coordinator, "students", ids["mentee"], "phone") == f"06 5555{len(member):04d}"


def test_nothing_a_jpo_may_not_see_lands_in_his_decrypted_file(squad):
    jpo = squad.members["jpo"]
    with squad.members["coordinator"].transaction() as session:
        records.update(session, Actor.system(), "students", squad.ids["mentee"], {"health_notes": "epilepsie"})
        employer = session.get(m.Employer, squad.ids["employer"])  # as any path would leave it (the pipeline included)
        employer.name, employer.next_step, employer.acquisition_stage = "Bakkerij Öztürk en Zn.", "Bellen over tweede plek", m.AcquisitionStage.GESPREK
    sync_everyone(squad)
    assert raw(jpo, "SELECT name FROM employers WHERE id = ?", squad.ids["employer"]) == [("Bakkerij Öztürk en Zn.",)]
    for kind in KINDS:
        table = KINDS[kind].model.__tablename__
        if not policy.may_read_kind("jpo", kind):
            assert raw(jpo, f"SELECT count(*) FROM {table}") == [(0,)], f"a JPO's file holds {kind}"
            continue
        for field in policy.hidden_fields("jpo", kind):
            values = raw(jpo, f"SELECT {field} FROM {table} WHERE {field} IS NOT NULL AND {field} NOT IN ('[]', 0)")
            assert values == [], f"a JPO's file holds {kind}.{field}"
    assert raw(jpo, "SELECT count(*) FROM students") == [(1,)], "only his mentee"


def test_when_a_pairing_ends_the_former_mentee_leaves_the_jpos_laptop(tmp_path):
    squad = make_team(tmp_path)
    try:
        coordinator, jpo = squad.members["coordinator"], squad.members["jpo"]
        for name in ("coordinator", "jpo"):
            team.sync(squad.members[name])
        assert raw(jpo, "SELECT id FROM students") == [(squad.ids["mentee"],)]
        with coordinator.transaction() as session:
            pairing = session.query(m.JpoPairing).one()
            pairing.until = clock.today() - timedelta(days=1)
        team.sync(coordinator)
        team.sync(jpo)
        assert raw(jpo, "SELECT count(*) FROM students") == [(0,)]
        assert raw(jpo, "SELECT count(*) FROM placements") == [(0,)] and raw(jpo, "SELECT count(*) FROM visits") == [(0,)]
        assert raw(coordinator, "SELECT count(*) FROM students") == [(3,)], "nothing is deleted in the team"
        with coordinator.transaction() as session:  # paired again: he receives the student whole
            session.add(m.JpoPairing(jpo_id=squad.ids["jpo"], student_id=squad.ids["mentee"], since=clock.today()))
        team.sync(coordinator)
        team.sync(jpo)
        assert raw(jpo, "SELECT id, first_name FROM students") == [(squad.ids["mentee"], "Mees")]
    finally:
        squad.close()


def test_the_policy_table_covers_every_role_and_kind_it_names():
    roles = {role.value for role in m.CoachRole}
    assert set(policy.POLICY) == roles - {"coordinator"}
    for role, grants in policy.POLICY.items():
        for kind, grant in grants.items():
            assert kind in KINDS or kind in {table for table in scopes.MODELS}, kind
            known = {spec.name for spec in KINDS[kind].fields} if kind in KINDS else set(scopes.MODELS[kind].__table__.c.keys())
            for field in grant.fields or ():
                assert field in known, f"{role}: {kind}.{field} is not a field"
    assert policy.sensitive_fields("students") == {"health_notes"} and policy.sensitive_fields("risks") == {"notes"}
    assert not policy.may_set_field("jpo", "students", "health_notes")
    assert isinstance(m.CoachRole.JPO, enum.Enum)


def test_the_refused_changes_are_listed_to_a_coordinator_in_words(squad, qtbot):
    from coachdesk.ui.app import make_application
    from coachdesk.ui.context import AppContext
    from coachdesk.ui.screens.conflicts import ConflictsScreen

    coordinator = squad.members["coordinator"]
    with coordinator.session() as session:
        rows = team.list_refused(session, acting_user(session))
    assert rows and {"JPO Jamal", "Docent Anna"} <= {row["by"] for row in rows}
    with squad.members["jpo"].session() as session, pytest.raises(AccessDenied, match="not available to your role"):
        team.list_refused(session, acting_user(session))
    make_application()
    screen = ConflictsScreen(AppContext(coordinator))
    qtbot.addWidget(screen)
    screen.show()
    assert screen.refused.isVisible() and screen.refused.rowCount() == len(rows)
    shown = {tuple(screen.refused.item(row, column).text() for column in range(4)) for row in range(screen.refused.rowCount())}
    assert any(row[0] == "student" and row[2] == "Parent/guardian consent recorded" and row[3] == "JPO Jamal" and row[1] for row in shown)
    assert not any(len(text) == 36 and text.count("-") == 4 for row in shown for text in row), "names and labels, not ids"
