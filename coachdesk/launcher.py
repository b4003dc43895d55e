"""The program's entry point: the desktop app without a command, the command line with one.

Only this module knows both, so the command line and the rest of the core never
import the user interface.
"""
from __future__ import annotations


def main(argv: list[str] | None = None) -> int:
    from coachdesk.cli.common import data_dir_of
    from coachdesk.cli.main import build_parser, run

    args = build_parser().parse_args(argv)
    if args.command is None:
        from coachdesk.ui.app import run_desktop

        return run_desktop(data_dir_of(args))
    return run(args)
