"""``--out`` never harms what is there: the data folder, other files, devices and folders are refused."""
from __future__ import annotations

import pytest

from tests.commandline import run_coachdesk


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("outputs") / "data"
    assert run_coachdesk("--data-dir", str(folder), "demo").returncode == 0
    return folder


@pytest.mark.parametrize("command", [("toolkit", "student", "--general"), ("events", "ics"), ("backup",)])
def test_the_data_file_and_backups_are_never_an_output(folder, command):
    data_file = folder / "coachdesk.sqlite"
    before = data_file.read_bytes()
    for target in (data_file, folder / "backups" / "x.sqlite", folder):
        result = run_coachdesk("--data-dir", str(folder), *command, "--out", str(target), "--force")
        assert result.returncode == 2, result.stderr
        assert "inside the data folder" in result.stderr and "Traceback" not in result.stderr
    assert data_file.read_bytes()[:4096] == before[:4096]
    assert run_coachdesk("--data-dir", str(folder), "list", "students").returncode == 0


def test_an_existing_file_is_replaced_only_with_force(folder, tmp_path):
    target = tmp_path / "agenda.ics"
    target.write_text("mine")
    refused = run_coachdesk("--data-dir", str(folder), "events", "ics", "--out", str(target))
    assert refused.returncode == 2 and "--force" in refused.stderr
    assert target.read_text() == "mine"
    assert run_coachdesk("--data-dir", str(folder), "events", "ics", "--out", str(target), "--force").returncode == 0
    assert target.read_text().startswith("BEGIN:VCALENDAR")


@pytest.mark.parametrize("target", ["/dev/null", "."])
def test_devices_and_folders_are_not_files(folder, tmp_path, target):
    result = run_coachdesk("--data-dir", str(folder), "toolkit", "employer", "--general", "--out", target, "--force", cwd=str(tmp_path))
    assert result.returncode == 2 and "ordinary file" in result.stderr, result.stderr


def test_a_file_is_not_a_folder_for_all(folder, tmp_path):
    plain = tmp_path / "plain.txt"
    plain.write_text("keep")
    result = run_coachdesk("--data-dir", str(folder), "toolkit", "employer", "--all", "--out", str(plain))
    assert result.returncode == 2 and "not a folder" in result.stderr
    assert plain.read_text() == "keep"
