"""The command line, run as a real process the way a script would run it."""
from __future__ import annotations

import json
import shutil
import subprocess
from datetime import datetime

import pytest

from coachdesk import __version__
from coachdesk.storage.paths import DATA_FILE_NAME
from tests.commandline import run_coachdesk


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cli") / "data"
    result = run_coachdesk("--data-dir", str(folder), "demo")
    assert result.returncode == 0, result.stderr
    assert "students" in result.stdout
    return folder


def assert_user_error(result: subprocess.CompletedProcess, *words: str) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    for word in words:
        assert word in lines[0]


def test_version():
    result = run_coachdesk("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"CoachDesk {__version__}"


EXPECTED_KEYS = {
    "students": {"id", "first_name", "last_name", "school_type", "level"},
    "employers": {"id", "name"},
    "coaches": {"id", "name", "role"},
    "placements": {"id", "student_id", "employer_id", "status"},
    "visits": {"id", "student_id", "visited_on", "kind"},
    "risks": {"id", "student_id", "assessed_on", "level"},
    "events": {"id", "title", "starts_at"},
    "schemes": {"id", "name", "valid_until"},
}


@pytest.mark.parametrize("kind", EXPECTED_KEYS)
def test_list_json(demo_folder, kind):
    result = run_coachdesk("--data-dir", str(demo_folder), "list", kind, "--json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert isinstance(rows, list) and rows
    for row in rows:
        assert EXPECTED_KEYS[kind] <= set(row)
    if kind == "events":
        assert all(datetime.fromisoformat(row["starts_at"]) for row in rows)
    if kind == "students":
        assert {row["level"] for row in rows} == {None, 1, 2}


def test_list_as_a_table(demo_folder):
    result = run_coachdesk("--data-dir", str(demo_folder), "list", "employers")
    assert result.returncode == 0 and result.stdout.splitlines()[0].split()[:2] == ["id", "name"]


def test_attention_json_says_why(demo_folder):
    result = run_coachdesk("--data-dir", str(demo_folder), "attention", "--json")
    items = json.loads(result.stdout)
    assert items and all(item["reason"] and item["student_id"] and item["kind"] for item in items)


def test_demo_refuses_a_folder_with_data(demo_folder):
    before = (demo_folder / DATA_FILE_NAME).stat().st_size
    assert_user_error(run_coachdesk("--data-dir", str(demo_folder), "demo"), "already holds data")
    assert (demo_folder / DATA_FILE_NAME).stat().st_size == before


def test_unknown_kind(demo_folder):
    assert_user_error(run_coachdesk("--data-dir", str(demo_folder), "list", "pupils"), "pupils", "students")


def test_corrupt_data_file(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / DATA_FILE_NAME).write_bytes(b"\x00garbage" * 1000)
    assert_user_error(run_coachdesk("--data-dir", str(folder), "list", "students"), "damaged")
    assert (folder / DATA_FILE_NAME).read_bytes() == b"\x00garbage" * 1000


def test_data_folder_that_cannot_be_made(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert_user_error(run_coachdesk("--data-dir", str(blocker / "data"), "list", "students"), "cannot be created")


def test_environment_variable_chooses_the_folder(demo_folder, tmp_path):
    copy = tmp_path / "copy"
    shutil.copytree(demo_folder, copy)
    result = run_coachdesk("list", "coaches", "--json", COACHDESK_DATA_DIR=str(copy))
    assert result.returncode == 0 and json.loads(result.stdout)


def test_dutch_is_the_default_language(tmp_path):
    result = run_coachdesk("--data-dir", str(tmp_path / "x"), "list", "pupils", COACHDESK_LANG="nl")
    assert result.returncode == 2 and "Onbekende soort" in result.stderr
