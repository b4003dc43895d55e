"""Command-line toolkits and calendar: `coachdesk toolkit …` and `coachdesk events ics …`."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from coachdesk.errors import UserError
from coachdesk.i18n import QT_TRANSLATE_NOOP, translate

MSG_UNWRITABLE = QT_TRANSLATE_NOOP("Errors", "Cannot write {path} ({reason}). Choose another place with --out.")


def add_commands(commands, handlers: dict) -> None:
    toolkit = commands.add_parser("toolkit", help="make PDF toolkits for employers or for students and parents")
    kinds = toolkit.add_subparsers(dest="toolkit_kind", metavar="KIND", required=True)
    for kind, help_text in (("employer", "for one employer or all"), ("student", "for one student and parents, or all")):
        parser = kinds.add_parser(kind, help=help_text)
        who = parser.add_mutually_exclusive_group(required=True)
        who.add_argument(f"--{kind}", metavar="ID", dest="recipient", help=f"the {kind}'s id (see coachdesk list)")
        who.add_argument("--all", action="store_true", help="one file per recipient")
        who.add_argument("--general", action="store_true", help="the general toolkit, for no one in particular")
        parser.add_argument("--out", type=Path, required=True, help="a PDF file; a folder with --all")
    events = commands.add_parser("events", help="matching events")
    event_commands = events.add_subparsers(dest="events_command", metavar="COMMAND", required=True)
    ics = event_commands.add_parser("ics", help="write the coming events as an .ics calendar file")
    ics.add_argument("--out", type=Path, required=True)
    handlers["toolkit"] = run_toolkit
    handlers["events"] = run_events


def warn(text: str) -> None:
    label = translate("CommandLine", "warning")
    print(f"coachdesk: {label}: {text}", file=sys.stderr)


def run_toolkit(args: argparse.Namespace) -> int:
    from coachdesk.cli import open_data
    from coachdesk.services import records
    from coachdesk.services.access import Actor
    from coachdesk.toolkits.batch import make_toolkits, toolkit_recipients

    database = open_data(args)
    actor, kind = Actor.system(), args.toolkit_kind
    with database.session() as session:
        if args.all:
            if args.out.exists() and not args.out.is_dir():
                raise UserError(MSG_UNWRITABLE, path=args.out, reason=translate("Errors", "not a folder"))
            written = make_toolkits(session, actor, kind, toolkit_recipients(session, actor, kind), args.out, None, warn=warn)
        elif args.general:
            written = make_toolkits(session, actor, kind, [(None, "algemeen")], None, args.out, warn=warn)
        else:
            record = records.get(session, actor, kind + "s", args.recipient)
            written = make_toolkits(session, actor, kind, [(record.id, getattr(record, "name", None) or record.full_name)], None, args.out, warn=warn)
    print(translate("CommandLine", "{count} toolkit(s) written to {path}.").format(count=len(written), path=args.out))
    return 0


def run_events(args: argparse.Namespace) -> int:
    from coachdesk.calendar_export import events_calendar
    from coachdesk.toolkits.batch import write_atomically
    from coachdesk.cli import open_data

    database = open_data(args)
    with database.session() as session:
        write_atomically(args.out, events_calendar(session))
    print(translate("CommandLine", "Calendar written to {path}.").format(path=args.out))
    return 0
