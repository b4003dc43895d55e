"""Every keyboard shortcut of the app, in one place, so that a key is never bound twice.

Screens ask ``key(name)`` instead of writing a key sequence themselves; a test
checks that no two names share a key within the scope where both are active.
"""
from __future__ import annotations

from PySide6.QtGui import QKeySequence

# name -> key. Window-wide shortcuts must differ from each other and from every screen's own.
WINDOW_SHORTCUTS: dict[str, str] = {
    "lock-now": "Ctrl+L",  # for leaving the desk; the app also locks itself when idle
    **{f"go-{n}": f"Ctrl+{n}" for n in range(1, 10)},  # the screens in the order of the side bar
}
SCREEN_SHORTCUTS: dict[str, str] = {
    "log-contact": "Ctrl+K",  # Vandaag and the student page: log a contact ("Kontakt")
}
FORM_SHORTCUTS: dict[str, QKeySequence.StandardKey] = {
    "save": QKeySequence.StandardKey.Save,  # Ctrl+S
}


def key(name: str) -> QKeySequence:
    if name in FORM_SHORTCUTS:
        return QKeySequence(FORM_SHORTCUTS[name])
    return QKeySequence((WINDOW_SHORTCUTS | SCREEN_SHORTCUTS)[name])


def all_bindings() -> list[tuple[str, str]]:
    """(name, key as text) of every shortcut, for the test and the help."""
    return [(name, key(name).toString()) for name in (*WINDOW_SHORTCUTS, *SCREEN_SHORTCUTS, *FORM_SHORTCUTS)]
