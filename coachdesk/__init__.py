"""CoachDesk: offline coaching of students in work-based learning (BPV)."""

__version__ = "0.1.0"
APP_NAME = "CoachDesk"
