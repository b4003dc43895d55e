import os
import tempfile
import threading

# Must be set before anything imports Qt: without a display Qt aborts with a misleading xcb message.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The app's log goes to a folder of the test run, not the user's own log folder.
os.environ.setdefault("COACHDESK_LOG_DIR", tempfile.mkdtemp(prefix="coachdesk-test-log-"))

from tests.factories import PASSPHRASE  # noqa: E402

# Commands run by the tests (in-process and as subprocesses) read the passphrase here, as a script would.
os.environ["COACHDESK_PASSPHRASE"] = PASSPHRASE

import pytest

from coachdesk.domain.i18n import set_language


@pytest.fixture(autouse=True)
def english_messages():
    """Most tests read the English source texts; a test about Dutch switches itself."""
    _english()
    yield
    _english()


def _english() -> None:
    set_language("en")
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is not None:  # Qt's translators are process-wide: a test that switched to Dutch must not leak
        from coachdesk.ui.app import install_language

        install_language(QApplication.instance(), "en")


@pytest.fixture(autouse=True)
def _ui_thread_garbage_collection(request):
    """As in the app: no garbage collection in background threads (it would destroy Qt objects there)."""
    if "qtbot" in request.fixturenames or "qapp" in request.fixturenames:
        from coachdesk.ui.tasks import collect_garbage_on_ui_thread

        collect_garbage_on_ui_thread(request.getfixturevalue("qapp"))
    yield


@pytest.fixture
def database(tmp_path):
    """A fresh data folder, opened as the app opens it."""
    from coachdesk.services.workspace import open_workspace

    database = open_workspace(tmp_path / "data", PASSPHRASE)
    yield database
    database.close()


# Threads that may outlive a test on purpose: pytest-timeout's watchdog, and the start-up module loader.
ALLOWED_THREADS = ("MainThread", "load-modules")


@pytest.fixture(autouse=True)
def nothing_left_behind(request):
    """A test fails when it leaves background work running, or windows open, after it ends."""
    before = {thread.ident for thread in threading.enumerate()}
    yield
    if "qtbot" not in request.fixturenames and "qapp" not in request.fixturenames:
        return
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    finished = QThreadPool.globalInstance().waitForDone(10_000)
    QApplication.processEvents()
    # A dialog whose owner window was closed goes with it; a window of its own is left behind.
    windows = [w for w in QApplication.topLevelWidgets() if w.isVisible() and (w.parentWidget() is None or w.parentWidget().window().isVisible())]
    for widget in windows:  # closed here, so that one failure does not fail every later test
        widget.close()
    threads = [t.name for t in threading.enumerate() if t.ident not in before and t.is_alive() and t.name not in ALLOWED_THREADS
               and not t.daemon]
    assert finished, "background work still running after the test"
    assert not threads, f"threads left running: {threads}"
    assert not windows, f"windows left open: {[type(w).__name__ + ' ' + w.objectName() for w in windows]}"
