"""Running the command line as a separate program, as a user or a script would."""
from __future__ import annotations

import os
import subprocess
import sys


def run_coachdesk(*args: str, cwd: str | None = None, **env: str | None) -> subprocess.CompletedProcess:
    """``coachdesk ARGS`` in English, with ``env`` added to the environment (None removes a variable).

    Standard input is empty, so a command that would ask a question fails instead of waiting.
    """
    environment = os.environ | {"COACHDESK_LANG": "en"} | env
    environment = {name: value for name, value in environment.items() if value is not None}
    return subprocess.run([sys.executable, "-m", "coachdesk", *args], capture_output=True, text=True, env=environment,
                          stdin=subprocess.DEVNULL, cwd=cwd, timeout=120)
