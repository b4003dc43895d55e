"""The matching commands as a user or a script runs them (issue 19): exact JSON keys of match, propose and employers."""
from __future__ import annotations

import json

import pytest

from coachdesk.domain import clock
from tests.commandline import run_coachdesk
from tests.factories import PASSPHRASE


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("matching") / "data"
    result = run_coachdesk("--data-dir", str(folder), "demo", COACHDESK_PASSPHRASE=PASSPHRASE)
    assert result.returncode == 0, result.stderr
    return folder


def cd(folder, *args: str):
    return run_coachdesk("--data-dir", str(folder), *args, COACHDESK_PASSPHRASE=PASSPHRASE)


def json_of(folder, *args: str):
    result = cd(folder, *args)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_match_student_and_place_print_the_promised_keys(folder):
    students = json_of(folder, "list", "students", "--json")
    chosen = next(s for s in students if s["school_type"] == "mbo2")
    found = json_of(folder, "match", "student", chosen["id"], "--limit", "3", "--json")
    assert set(found) == {"student", "matches", "excluded"} and found["student"] == chosen["id"]
    assert found["matches"], "the demo offers matches on first start"
    assert len(found["matches"]) <= 3
    for match in found["matches"]:
        assert set(match) == {"place", "employer", "score", "travel_minutes", "travel_estimated", "reasons", "concerns"}
        assert 0 <= match["score"] <= 100 and isinstance(match["travel_estimated"], bool) and match["reasons"]
    assert [m_["score"] for m_ in found["matches"]] == sorted((m_["score"] for m_ in found["matches"]), reverse=True)
    assert all(isinstance(count, int) and count > 0 for count in found["excluded"].values())

    place_id = found["matches"][0]["place"]
    other_way = json_of(folder, "match", "place", place_id, "--json")
    assert set(other_way) == {"place", "matches", "excluded"} and other_way["place"] == place_id
    for match in other_way["matches"]:
        assert set(match) == {"student", "score", "travel_minutes", "travel_estimated", "reasons", "concerns"}

    as_text = cd(folder, "match", "student", chosen["id"], "--limit", "1")
    assert as_text.returncode == 0 and "left out:" in as_text.stdout


def test_propose_holds_the_place_and_warns_the_second(folder):
    placed = "already has a proposed or started placement"
    searching = []  # students without a placement who have a match: the first two found
    for student in json_of(folder, "list", "students", "--json"):
        found = json_of(folder, "match", "student", student["id"], "--limit", "1", "--json")
        if found["matches"] and placed not in found["matches"][0]["concerns"]:
            searching.append((student["id"], found["matches"][0]["place"]))
        if len(searching) == 2:
            break
    (first, place_id), (second, _) = searching
    proposal = json_of(folder, "propose", first, place_id, "--hold-days", "7", "--json")
    assert set(proposal) == {"placement", "held_until"} and len(proposal["held_until"]) == 10
    again = cd(folder, "propose", second, place_id, "--json")
    assert again.returncode == 0, again.stderr
    day = "-".join(reversed(proposal["held_until"].split("-")))
    assert "held for another student" in again.stderr and day in again.stderr
    assert set(json.loads(again.stdout)) == {"placement", "held_until"}


def test_employers_duplicates_merge_and_unmerge(folder):
    employers = json_of(folder, "list", "employers", "--json")
    keep, other = employers[0]["id"], employers[1]["id"]
    added = cd(folder, "edit", "employers", other, "kvk_number=87654321")
    assert added.returncode == 0, added.stderr
    assert cd(folder, "edit", "employers", keep, "kvk_number=87654321").returncode == 0
    pairs = json_of(folder, "employers", "duplicates", "--json")
    assert all(set(pair) == {"keep", "other", "why"} for pair in pairs)
    assert any({pair["keep"], pair["other"]} == {keep, other} and "87654321" in pair["why"] for pair in pairs)
    merged = cd(folder, "employers", "merge", keep, other)
    assert merged.returncode == 0, merged.stderr
    merge_id = merged.stdout.strip()
    assert len(merge_id) == 36
    assert not any({p["keep"], p["other"]} == {keep, other} for p in json_of(folder, "employers", "duplicates", "--json"))
    undone = cd(folder, "employers", "unmerge", merge_id)
    assert undone.returncode == 0 and "Merge undone" in undone.stdout
    assert any({p["keep"], p["other"]} == {keep, other} for p in json_of(folder, "employers", "duplicates", "--json"))
    refused = cd(folder, "employers", "unmerge", merge_id)
    assert refused.returncode == 2 and "already undone" in refused.stderr


def test_new_kinds_with_add_and_edit_and_a_clear_word_for_a_wrong_value(folder):
    employer = json_of(folder, "list", "employers", "--json")[2]["id"]
    made = cd(folder, "add", "places", f"employer_id={employer}", "leerweg=stage", "location_pc4=3011 AB", "days=ma,di", "--json")
    assert made.returncode == 0, made.stderr
    place_id = json.loads(made.stdout)["id"]
    assert cd(folder, "edit", "places", place_id, "status=paused").returncode == 0
    wrong = cd(folder, "add", "places", f"employer_id={employer}", "leerweg=stage", "location_pc4=12")
    assert wrong.returncode == 2 and "is not a Dutch postcode" in wrong.stderr
    day = clock.today().strftime("%d-%m-%Y")
    contact = cd(folder, "add", "employer_contacts", f"employer_id={employer}", f"contacted_on={day}", "kind=call", "summary=Gebeld")
    assert contact.returncode == 0, contact.stderr
    unknown = json_of(folder, "match", "place", place_id, "--json")
    assert unknown["matches"] == [] and unknown["excluded"]
    missing = cd(folder, "match", "student", "no-such-student")
    assert missing.returncode == 2 and "no-such-student" in missing.stderr
