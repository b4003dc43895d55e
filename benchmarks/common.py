"""What every benchmark shares: the size of the demo data it measures on.

By default the large demo (10,000 students, 100,000 contacts), which the targets
are set for; with COACHDESK_BENCH_QUICK=1 (as CI runs them) the small demo, so
that every benchmark is imported and run on each change, quickly. Figures are
printed, never asserted.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

QUICK = os.environ.get("COACHDESK_BENCH_QUICK") == "1"
SIZE = "small" if QUICK else "large"


def default_data_dir() -> Path:
    return Path(tempfile.gettempdir()) / f"coachdesk-bench-{SIZE}"
