"""Screenshots of the main screens, from the real app on a virtual screen.

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python docs/make_screenshots.py DATA_DIR OUT_DIR

DATA_DIR must hold demo data and a user (see the README), encrypted with the
passphrase in COACHDESK_PASSPHRASE; the screens are captured as the user sees
them, window maximised, starting with the unlock screen.
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from coachdesk.domain.i18n import current_language
from coachdesk.ui.app import install_language, make_application, passphrase_dialog, start


def when_unlock_screen(action) -> None:
    """Run ``action(dialog)`` once the unlock screen (run with exec()) is up."""
    dialog = QApplication.activeModalWidget()
    if dialog is None or dialog.objectName() != "unlock" or not dialog.isVisible():
        QTimer.singleShot(50, lambda: when_unlock_screen(action))
    else:
        QTimer.singleShot(200, lambda: action(dialog))


def busiest_student(database) -> str:
    """A student with a placement under way, contacts and risk assessments: a student page with something on it."""
    from sqlalchemy import func, select

    from coachdesk.domain import models as m

    with database.session() as session:
        return session.scalar(select(m.Visit.student_id).join(m.RiskAssessment, m.RiskAssessment.student_id == m.Visit.student_id)
                              .group_by(m.Visit.student_id).order_by(func.count().desc()).limit(1))


def main() -> None:
    data_dir, out_dir = Path(sys.argv[1]), Path(sys.argv[2])
    out_dir.mkdir(parents=True, exist_ok=True)
    passphrase = os.environ["COACHDESK_PASSPHRASE"]
    app = make_application()
    install_language(app, current_language())  # as start() does before the data is open
    size = app.primaryScreen().size()
    suffix = f"{size.width()}x{size.height()}"

    def settle() -> None:  # until what was opened is painted (a big dialog takes a few rounds under Xvfb)
        import time

        until = time.monotonic() + 0.4
        while time.monotonic() < until:
            app.processEvents()
            time.sleep(0.02)

    def shoot(name: str) -> None:
        settle()
        app.primaryScreen().grabWindow(0).save(str(out_dir / f"{name}-{suffix}.png"))

    def type_and_unlock(name: str, typed: str):
        def action(dialog) -> None:
            dialog.field.setText(typed)
            dialog.finish()
            shoot(name)
            dialog.field.setText(passphrase)
            dialog.finish()
        return action

    with tempfile.TemporaryDirectory() as new_folder:  # the first start asks for a new passphrase
        choose = passphrase_dialog(Path(new_folder), lambda typed: None)
        choose.show()
        choose.new.setText("fiets 2026")
        shoot("new-passphrase")
        choose.close()

    when_unlock_screen(type_and_unlock("unlock-wrong-passphrase", "fiets naar school"))
    window = start(data_dir)
    window.setGeometry(window.screen().availableGeometry())  # no window manager on Xvfb to maximise

    for key in window.keys():
        window.go(key)
        shoot(key)
    window.go("students")
    student_id = busiest_student(window.context.database)
    window.show_student(student_id)
    shoot("student-page")
    dialog = window.student_page.log_contact()
    shoot("log-contact")
    dialog.done(0)
    dialog = window.student_page.assess_risk()
    shoot("assess-risk")
    dialog.done(0)
    page = window.student_page
    if page.placements.rowCount():
        page.placements.selectRow(0)
        dialog = page.edit_placement()
        if dialog is not None:
            shoot("edit-placement")
            dialog.done(0)
        dialog = page.change_status()
        if dialog is not None:
            shoot("change-status")
            dialog.done(0)
    if "events" in window.keys():
        from coachdesk.ui.dialogs.forms import RecordDialog

        window.go("events")
        dialog = RecordDialog(window.context, "events", parent=window)
        dialog.open()
        shoot("new-event")
        dialog.done(0)
    window.go("students")
    window.show_student(student_id)
    dialog = window.student_page.log_contact()
    when_unlock_screen(type_and_unlock("idle-lock", "verkeerd wachtwoord"))
    window.idle_lock.lock_now()  # what happens after the idle time, with a form left open
    shoot("after-unlock")
    dialog.done(0)
    window.close()


if __name__ == "__main__":
    main()
