"""The command line: batch and automation over the same services as the desktop app.

Each command module adds its parsers and sets ``handler`` on them; ``run`` calls
it. User errors print one line on stderr and exit with status 2; nothing stored
is changed by a failed command. The launcher (``coachdesk.launcher``) opens the
desktop app when no command is given, so this package never imports the UI.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from coachdesk import __version__
from coachdesk.cli import data, matching, monitor, privacy, route, team, toolkit, transfer
from coachdesk.cli.common import EXIT_USER_ERROR
from coachdesk.domain.errors import UserError

COMMAND_MODULES = (data, toolkit, privacy, team, transfer, monitor, matching, route)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="coachdesk", description="CoachDesk: coaching students in work-based learning (BPV) and preventing dropout, offline.")
    parser.add_argument("--version", action="version", version=f"CoachDesk {__version__}")
    parser.add_argument("--data-dir", type=Path, help="data folder (default: COACHDESK_DATA_DIR or the user data folder)")
    parser.epilog = "The data is encrypted: commands ask for the passphrase, or read it from COACHDESK_PASSPHRASE."
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.add_commands(commands)
    return parser


def run(args: argparse.Namespace) -> int:
    """Carry out a parsed command; a user error becomes one line on stderr and exit status 2."""
    from coachdesk.domain.i18n import set_language

    set_language(os.environ.get("COACHDESK_LANG", "nl"))
    try:
        return int(args.handler(args))
    except UserError as error:
        print(f"coachdesk: {error}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into e.g. `head`, which stopped reading
        sys.stderr.close()
        return 0


def main(argv: list[str] | None = None) -> int:
    """The command line alone: without a command it prints the help."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_USER_ERROR
    return run(args)
