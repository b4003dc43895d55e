"""Language made explicit: documents are Dutch whatever the interface says; plural forms come from the catalogue."""
from __future__ import annotations

import threading

from coachdesk.domain import models as m
from coachdesk.domain.i18n import in_dutch, in_language, set_language, translate
from coachdesk.domain.labels import choice_label
from tests.commandline import run_coachdesk

TOOLKITS_WRITTEN = "%n toolkit(s) written to {path}."


def test_a_document_is_dutch_while_the_interface_is_english():
    set_language("en")
    assert choice_label(m.PlacementStatus.SEARCHING) == "Searching"

    @in_dutch
    def build() -> str:
        return choice_label(m.PlacementStatus.SEARCHING)

    assert build() == "Zoekt plek"
    assert choice_label(m.PlacementStatus.SEARCHING) == "Searching"  # the interface keeps its language


def test_the_document_language_holds_for_its_own_thread_only():
    set_language("en")
    seen = {}
    inside, release = threading.Event(), threading.Event()

    def background() -> None:
        with in_language("nl"):
            seen["document"] = choice_label(m.PlacementStatus.SEARCHING)
            inside.set()
            release.wait(5)

    worker = threading.Thread(target=background)
    worker.start()
    inside.wait(5)
    seen["screen"] = choice_label(m.PlacementStatus.SEARCHING)
    release.set()
    worker.join()
    assert seen == {"document": "Zoekt plek", "screen": "Searching"}


def test_plural_forms():
    set_language("nl")
    assert translate("CommandLine", TOOLKITS_WRITTEN, None, 1) == "1 toolkit geschreven naar {path}."
    assert translate("CommandLine", TOOLKITS_WRITTEN, None, 3) == "3 toolkits geschreven naar {path}."
    set_language("en")
    assert translate("CommandLine", TOOLKITS_WRITTEN, None, 1) == "1 toolkit written to {path}."
    assert translate("CommandLine", TOOLKITS_WRITTEN, None, 0) == "0 toolkits written to {path}."


def test_the_command_line_translates_a_refusal_once(tmp_path):
    """A command-line refusal in Dutch is the catalogue's Dutch text, not the English source looked up twice."""
    result = run_coachdesk("--data-dir", str(tmp_path / "empty"), "passphrase", COACHDESK_LANG="nl")
    assert result.returncode == 2
    assert "Er staan nog geen versleutelde gegevens" in result.stderr, result.stderr
