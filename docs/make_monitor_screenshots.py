"""Screenshots of the Monitor for the README: the screen with a breakdown, and a printed page of its PDF report.

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python docs/make_monitor_screenshots.py DATA_DIR OUT_DIR [PAGE]

As ``make_screenshots.py``: DATA_DIR holds the demo data (``coachdesk demo``, whose user is a coordinator),
encrypted with the passphrase in COACHDESK_PASSPHRASE. The Monitor is opened, broken down by school type,
and shot once its figures are counted (they are counted in the background); the PDF it exports is
rendered with ``pdftoppm`` (poppler-utils), page PAGE (1: title, period, selection and the figures).
"""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from make_screenshots import when_unlock_screen

from coachdesk.domain.i18n import current_language
from coachdesk.ui.app import install_language, make_application, start


def main() -> None:
    data_dir, out_dir = Path(sys.argv[1]), Path(sys.argv[2])
    page = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    out_dir.mkdir(parents=True, exist_ok=True)
    passphrase = os.environ["COACHDESK_PASSPHRASE"]
    app = make_application()
    install_language(app, current_language())
    size = app.primaryScreen().size()
    suffix = "" if (size.width(), size.height()) == (1366, 768) else f"-{size.width()}x{size.height()}"

    def settle(seconds: float = 0.5) -> None:
        until = time.monotonic() + seconds
        while time.monotonic() < until:
            app.processEvents()
            time.sleep(0.02)

    def counted(screen) -> None:
        """Until the figures of the current selection are on screen."""
        screen.figures = None
        until = time.monotonic() + 60
        while screen.figures is None and time.monotonic() < until:
            settle(0.05)

    def unlock(dialog) -> None:
        dialog.field.setText(passphrase)
        dialog.finish()

    when_unlock_screen(unlock)
    window = start(data_dir)
    window.setGeometry(window.screen().availableGeometry())  # no window manager on Xvfb to maximise
    screen = window.go("monitor")
    counted(screen)
    screen.by.setCurrentIndex(screen.by.findData("school_type"))
    counted(screen)
    screen.table.setCurrentCell(2, 1)  # "placed": its definition beside the table, its bars per school type
    settle()
    app.primaryScreen().grabWindow(0).save(str(out_dir / f"monitor{suffix}.png"))
    with tempfile.TemporaryDirectory() as folder:
        report = screen.export(str(Path(folder) / "monitor.pdf"))
        assert report is not None
        subprocess.run(["pdftoppm", "-r", "80", "-png", "-f", str(page), "-l", str(page), "-singlefile", str(report),
                        str(out_dir / f"monitor-report{suffix}")], check=True)
    window.close()


if __name__ == "__main__":
    main()
