"""What every benchmark shares: the size of the demo data it measures on, and peak memory.

By default the large demo (10,000 students, 100,000 contacts), which the targets are set for;
``--size huge`` (or COACHDESK_BENCH_SIZE=huge) the huge demo (100,000 students, 1,000,000 contacts,
written in slices so that building it stays in bounded memory); with COACHDESK_BENCH_QUICK=1 (as CI
runs them) the small demo, so that every benchmark is imported and run on each change, quickly.
Figures are printed, never asserted.
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def _size() -> str:
    size = os.environ.get("COACHDESK_BENCH_SIZE", "large")
    if "--size" in sys.argv:  # taken off the command line, so a benchmark's own arguments stay as they were
        at = sys.argv.index("--size")
        size = sys.argv[at + 1] if at + 1 < len(sys.argv) else size
        del sys.argv[at : at + 2]
    if size not in ("small", "large", "huge"):
        raise SystemExit(f"--size: small, large or huge, not {size!r}")
    os.environ["COACHDESK_BENCH_SIZE"] = size  # the probes a benchmark starts measure the same size
    return size


QUICK = os.environ.get("COACHDESK_BENCH_QUICK") == "1"
SIZE = "small" if QUICK else _size()


def default_data_dir() -> Path:
    return Path(tempfile.gettempdir()) / f"coachdesk-bench-{SIZE}"


def reset_peak() -> None:
    """Start a new peak-memory measure for this process (Linux: writing 5 to clear_refs resets VmHWM)."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass


def peak_mb() -> float:
    """The highest resident memory of this process since the last reset_peak(), in MB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
