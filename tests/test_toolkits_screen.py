"""The Toolkits screen: preview, save a batch with a combined file, print, export the calendar."""
from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog

from coachdesk.services.demo import fill_demo
from coachdesk.services.workspace import open_workspace
from coachdesk.ui.app import make_application
from coachdesk.ui.context import AppContext
from coachdesk.ui.screens.toolkits import ToolkitsScreen
from tests.factories import PASSPHRASE


@pytest.fixture
def screen(qtbot, tmp_path):
    make_application()
    database = open_workspace(tmp_path / "data", PASSPHRASE)
    with database.transaction() as session:
        fill_demo(session, "small")
    screen = ToolkitsScreen(AppContext(database))
    qtbot.addWidget(screen)
    screen.show()
    return screen


def test_preview_shows_the_pages(screen, qtbot):
    screen.preview_button.click()
    qtbot.waitUntil(lambda: screen.last_pdf is not None, timeout=20000)
    assert screen.last_pdf.startswith(b"%PDF")
    assert screen.pages_layout.itemAt(0).widget().pixmap().width() > 500


def test_a_batch_with_a_combined_file(screen, qtbot, tmp_path, monkeypatch):
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    screen.kind.setCurrentIndex(screen.kind.findData("student"))
    for row in range(3):
        screen.recipients.item(row).setSelected(True)
    assert screen.personal.isChecked() and len(screen.chosen()) == 3
    screen.combined.setChecked(True)
    screen.save()
    qtbot.waitUntil(lambda: (out / "toolkits-student-samen.pdf").exists(), timeout=30000)
    singles = [p for p in out.glob("*.pdf") if "samen" not in p.name]
    assert len(singles) == 3
    counts = [len(PdfReader(p).pages) for p in singles]
    assert len(PdfReader(out / "toolkits-student-samen.pdf").pages) == sum(count + count % 2 for count in counts), "each toolkit on an odd page"
    names = [screen.recipients.item(row).text().split(" (")[0] for row in range(3)]
    assert all(any(name in PdfReader(p).pages[0].extract_text() for p in singles) for name in names)


def test_printing_and_calendar(screen, qtbot, tmp_path, monkeypatch):
    screen.preview_button.click()
    qtbot.waitUntil(lambda: screen.last_pdf is not None, timeout=20000)
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    screen.print_to(printer)
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == len(PdfReader(__import__("io").BytesIO(screen.last_pdf)).pages)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "agenda.ics"), ""))
    screen.export_calendar()
    assert (tmp_path / "agenda.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")


def test_saving_one_toolkit_starts_in_the_documents_folder(screen, qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import Qt

    from coachdesk.ui.widgets.files import documents_folder

    asked: list = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda parent, title, suggestion, *a, **k: asked.append(suggestion) or ("", ""))
    screen.recipients.item(0).setSelected(True)
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert asked and asked[0].startswith(str(documents_folder())) and asked[0].endswith(".pdf"), "not the program's working folder"


def test_employers_are_listed_without_their_city_twice_and_without_a_student_calendar(screen, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    screen.kind.setFocus()
    QTest.keyClick(screen.kind, Qt.Key.Key_End)
    QTest.keyClick(screen.kind, Qt.Key.Key_Home)
    assert screen.kind.currentData() == "employer"
    names = [screen.recipients.item(row).text() for row in range(screen.recipients.count())]
    assert names
    for name in names:
        if name.endswith(")"):
            shown, city = name[:-1].rsplit(" (", 1)
            assert city.casefold() not in shown.casefold(), name
    assert not screen.student_ics_button.isVisible(), "a calendar for a student, not for an employer"
    QTest.keyClick(screen.kind, Qt.Key.Key_End)
    assert screen.kind.currentData() == "student"
    assert screen.student_ics_button.isVisible()
