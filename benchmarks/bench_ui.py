"""Desktop app speed on the large demo dataset (10,000 students, 100,000 contacts).

    .venv/bin/python benchmarks/bench_ui.py [DATA_DIR]

Prints: time from process start to the main window shown and idle (target
< 0.6 s on 2 cores), and the filter latency per keystroke in the student list
(target < 30 ms). DATA_DIR is made with `coachdesk demo --size large` when it
does not exist yet; it is reused afterwards.
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from common import SIZE, default_data_dir  # benchmarks/ is on the path when a benchmark runs

PASSPHRASE = os.environ.setdefault("COACHDESK_PASSPHRASE", "benchmark passphrase")

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

STARTUP_PROBE = r"""
import time, sys, os
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from coachdesk.ui.app import make_application, start

def type_passphrase_when_asked():
    dialog = QApplication.activeModalWidget()
    if dialog is None or not dialog.isVisible():
        QTimer.singleShot(1, type_passphrase_when_asked)
        return
    print("asked", time.time(), flush=True)
    QTimer.singleShot(1500, lambda: press_enter(dialog))  # about as long as typing a short sentence takes


def press_enter(dialog):
    dialog.field.setText(os.environ["COACHDESK_PASSPHRASE"])
    print("entered", time.time(), flush=True)
    dialog.finish()

make_application()
if sys.argv[2] == "unlock":  # as a user starts it: the unlock screen, the passphrase typed, Enter
    QTimer.singleShot(0, type_passphrase_when_asked)
    window = start(__import__("pathlib").Path(sys.argv[1]))
else:  # as automation starts it, with the passphrase given
    window = start(__import__("pathlib").Path(sys.argv[1]), os.environ["COACHDESK_PASSPHRASE"])
QTimer.singleShot(0, lambda: print("idle", time.time(), flush=True))
window.today.loaded.connect(lambda: (print("filled", time.time(), flush=True), QApplication.instance().quit()))
QApplication.instance().exec()
"""


def prepare(data_dir: Path) -> None:
    if not (data_dir / "coachdesk.sqlite").exists():
        print(f"building the large dataset in {data_dir} …", flush=True)
        subprocess.run([sys.executable, "-m", "coachdesk", "--data-dir", str(data_dir), "demo", "--size", SIZE], check=True)
    from coachdesk.services.settings import load_settings
    from coachdesk.services.users import register_user
    from coachdesk.services.workspace import open_workspace

    database = open_workspace(data_dir, PASSPHRASE)
    with database.transaction() as session:
        if not load_settings(session).user_coach_id:
            register_user(session, "Benchmark Coördinator", "coordinator", "")
    database.close()


def startup_moments(data_dir: Path, how: str, runs: int = 5) -> dict[str, list[float]]:
    """Seconds from process start to each moment the probe prints (asked, entered, idle, filled), per run."""
    moments: dict[str, list[float]] = {}
    for _ in range(runs):
        started = time.time()
        output = subprocess.run([sys.executable, "-c", STARTUP_PROBE, str(data_dir), how], capture_output=True, text=True, check=True).stdout
        for name, moment in (line.split() for line in output.splitlines() if line.split()[0] in ("asked", "entered", "idle", "filled")):
            moments.setdefault(name, []).append(float(moment) - started)
    return moments


def median_ms(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:.0f} ms"


def filter_latencies(data_dir: Path) -> tuple[int, list[float]]:
    from PySide6.QtWidgets import QApplication

    from coachdesk.services.workspace import open_workspace
    from coachdesk.ui.app import make_application
    from coachdesk.ui.context import AppContext
    from coachdesk.ui.widgets.record_list import ListScreen

    make_application()
    database = open_workspace(data_dir, PASSPHRASE)
    screen = ListScreen(AppContext(database), "students")
    screen.resize(1200, 700)
    screen.show()
    screen.reload()
    QApplication.processEvents()
    timings = []
    for text in ["d", "da", "dan", "dani", "danië", "daniël", "daniël ", "daniël b", "daniël bo", "daniël bos"] * 3:
        started = time.perf_counter()
        screen.search.setText(text)
        QApplication.processEvents()  # includes repainting the visible rows
        timings.append(time.perf_counter() - started)
        screen.search.setText("") if text == "daniël bos" else None
    rows = screen.model.rowCount()
    # Tear down in order, on the UI thread, before the interpreter exits (else Qt deletes shared objects twice).
    screen.close()
    screen.deleteLater()
    QApplication.sendPostedEvents(None, 0)
    QApplication.processEvents()
    database.close()
    return rows, timings


def main() -> None:
    data_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else default_data_dir()
    prepare(data_dir)
    given = startup_moments(data_dir, "given")
    idle, filled = given["idle"], given["filled"]
    print(f"start-up (passphrase given) to main window shown and idle: median {median_ms(idle)} "
          f"(min {min(idle) * 1000:.0f}, max {max(idle) * 1000:.0f}; target < 600 ms)")
    print(f"start-up (passphrase given) until the attention list is filled in: median {median_ms(filled)}")
    typed = startup_moments(data_dir, "unlock")
    print(f"as a user starts it: unlock screen shown after {median_ms(typed['asked'])}; from Enter to the main window idle "
          f"{median_ms([idle - entered for idle, entered in zip(typed['idle'], typed['entered'])])}, "
          f"to the attention list filled {median_ms([filled - entered for filled, entered in zip(typed['filled'], typed['entered'])])}")
    rows, timings = filter_latencies(data_dir)
    print(f"student list filter on {rows} students: median {statistics.median(timings) * 1000:.1f} ms per keystroke, "
          f"worst {max(timings) * 1000:.1f} ms (target < 30 ms)")


if __name__ == "__main__":
    main()
