"""Driving the real widgets as a user does: typing, clicking, waiting for dialogs."""
from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget


def type_text(widget: QWidget, text: str) -> None:
    """Type text key by key; qtbot.keyClicks aborts PySide6 on characters such as "ë"."""
    widget.setFocus()
    for character in text:
        for event_type in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(event_type, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, character))


def press(widget: QWidget, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    for event_type in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(event_type, key, modifiers))


def open_dialogs(kind: type = QDialog) -> list:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def copy_data(source: Path, target: Path) -> Path:
    shutil.copytree(source, target)
    return target


def answer_modal_dialog(object_name: str, action, timeout_s: float = 15.0) -> list:
    """Act on the next modal dialog with ``object_name`` once it shows; for dialogs the app runs with exec().

    Returns a list that holds the dialog once ``action`` has run, to wait on.
    """
    import time

    from PySide6.QtCore import QTimer

    answered: list = []
    deadline = time.monotonic() + timeout_s

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog.objectName() == object_name:
            answered.append(dialog)
            action(dialog)
        elif time.monotonic() < deadline:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return answered
