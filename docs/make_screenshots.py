"""Screenshots of the main screens, from the real app on a virtual screen.

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python docs/make_screenshots.py DATA_DIR OUT_DIR

DATA_DIR must hold demo data and a user (see the README); the screens are
captured as the user sees them, window maximised.
"""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from coachdesk.ui.app import start


def main() -> None:
    data_dir, out_dir = Path(sys.argv[1]), Path(sys.argv[2])
    out_dir.mkdir(parents=True, exist_ok=True)
    window = start(data_dir)
    app = QApplication.instance()
    window.setGeometry(window.screen().availableGeometry())  # no window manager on Xvfb to maximise
    size = window.screen().size()
    suffix = f"{size.width()}x{size.height()}"

    def settle() -> None:
        for _ in range(20):
            app.processEvents()

    def shoot(name: str) -> None:
        settle()
        window.screen().grabWindow(0).save(str(out_dir / f"{name}-{suffix}.png"))

    for key in window.keys():
        window.go(key)
        shoot(key)
    window.go("students")
    student_id = window.lists["students"].model.keys.ids[0]
    window.show_student(student_id)
    shoot("student-page")
    dialog = window.student_page.log_contact()
    shoot("log-contact")
    dialog.done(0)
    dialog = window.student_page.assess_risk()
    shoot("assess-risk")
    dialog.done(0)
    window.close()


if __name__ == "__main__":
    main()
