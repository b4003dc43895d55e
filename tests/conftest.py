import os

# Must be set before anything imports Qt: without a display Qt aborts with a misleading xcb message.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from coachdesk.i18n import set_language


@pytest.fixture(autouse=True)
def english_messages():
    """Most tests read the English source texts; a test about Dutch switches itself."""
    set_language("en")
    yield
    set_language("en")
