import os

# Must be set before anything imports Qt: without a display Qt aborts with a misleading xcb message.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

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
