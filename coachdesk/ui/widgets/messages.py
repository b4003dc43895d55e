"""Where a screen tells the user, in plain words beside what they typed, what is wrong.

Free of the database libraries, so the unlock screen can use it before they are loaded.
"""
from __future__ import annotations

from PySide6.QtWidgets import QLabel


def error_label(object_name: str) -> QLabel:
    """Where a form says, in red under the field, what is wrong."""
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setStyleSheet("color: #c62828;")
    label.hide()
    return label
