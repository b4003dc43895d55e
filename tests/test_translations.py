"""Dutch comes first: every visible text in the code has a finished Dutch translation."""
from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE = ROOT / "resources" / "translations" / "coachdesk_nl.ts"


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            found[(context.findtext("name"), message.findtext("source"))] = message.find("translation")
    return found


def test_every_text_in_the_code_is_in_the_dutch_catalogue(tmp_path):
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    extracted = tmp_path / "extracted.ts"
    sources = sorted(str(p) for p in (ROOT / "coachdesk").rglob("*.py"))
    subprocess.run([lupdate, *sources, "-ts", str(extracted)], check=True, capture_output=True)
    missing = set(messages(extracted)) - set(messages(CATALOGUE))
    assert not missing, f"run resources/translations/update and translate: {sorted(missing)[:10]}"


def test_every_message_is_translated():
    unfinished = [key for key, translation in messages(CATALOGUE).items() if translation.get("type") == "unfinished" or not (translation.text or len(translation))]
    assert not unfinished, unfinished[:10]
