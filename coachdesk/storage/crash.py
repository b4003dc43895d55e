"""Injected crashes, for the kill tests: ``COACHDESK_CRASH_AT=<step>`` ends the process at that step.

Every step of an operation that replaces or rewrites a file calls ``crash_point``
with its name; a test runs the operation in a separate process once per step and
checks that the folder still opens, with the expected passphrase and every record.
"""
from __future__ import annotations

import os

CRASH_ENV = "COACHDESK_CRASH_AT"
CRASH_EXIT_CODE = 99


def crash_point(name: str) -> None:
    if os.environ.get(CRASH_ENV) == name:
        os._exit(CRASH_EXIT_CODE)  # as a kill: no clean-up, no flushing
