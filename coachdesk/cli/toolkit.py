"""Command-line toolkits and calendar: `coachdesk toolkit …` and `coachdesk events ics …`."""
from __future__ import annotations

import argparse
import sys
from typing import cast

from coachdesk.cli.common import add_out_argument, out_path
from coachdesk.domain.i18n import translate


def add_commands(commands: argparse._SubParsersAction) -> None:
    toolkit = commands.add_parser("toolkit", help="make PDF toolkits for employers or for students and parents")
    kinds = toolkit.add_subparsers(dest="toolkit_kind", metavar="KIND", required=True)
    for kind, help_text in (("employer", "for one employer or all"), ("student", "for one student and parents, or all")):
        parser = kinds.add_parser(kind, help=help_text)
        who = parser.add_mutually_exclusive_group(required=True)
        who.add_argument(f"--{kind}", metavar="ID", dest="recipient", help=f"the {kind}'s id (see coachdesk list)")
        who.add_argument("--all", action="store_true", help="one file per recipient")
        who.add_argument("--general", action="store_true", help="the general toolkit, for no one in particular")
        add_out_argument(parser, "a PDF file; a folder with --all")
        parser.add_argument("--combined", action="store_true",
                            help=f"with --all: also toolkits-{kind}-samen.pdf in the folder, every toolkit starting on an odd page, a bookmark each")
    events = commands.add_parser("events", help="matching events")
    event_commands = events.add_subparsers(dest="events_command", metavar="COMMAND", required=True)
    ics = event_commands.add_parser("ics", help="write the coming events as an .ics calendar file")
    ics.add_argument("--student", metavar="ID", help="only the events that fit this student (see coachdesk list students)")
    add_out_argument(ics, "the .ics file to write")
    toolkit.set_defaults(handler=run_toolkit)
    events.set_defaults(handler=run_events)


def warn(text: str) -> None:
    label = translate("CommandLine", "warning")
    print(f"coachdesk: {label}: {text}", file=sys.stderr)


def run_toolkit(args: argparse.Namespace) -> int:
    from coachdesk.cli.common import acting_user, open_data
    from coachdesk.documents.batch import make_toolkits, toolkit_recipients
    from coachdesk.domain import models as m
    from coachdesk.services import records

    database = open_data(args)
    actor, kind = acting_user(database), args.toolkit_kind
    with database.session() as session:
        if args.all:
            folder = out_path(args, folder=True)
            written = make_toolkits(session, actor, kind, toolkit_recipients(session, actor, kind), folder, None, warn=warn,
                                    combined=folder / f"toolkits-{kind}-samen.pdf" if args.combined else None)
        elif args.general:
            written = make_toolkits(session, actor, kind, [(None, "algemeen")], None, out_path(args), warn=warn)
        else:
            record = records.get(session, actor, kind + "s", args.recipient)
            # An employer has a name; otherwise the kind is "student", whose name is made of its parts.
            name = getattr(record, "name", None) or cast(m.Student, record).full_name
            written = make_toolkits(session, actor, kind, [(record.id, name)], None, out_path(args), warn=warn)
    print(translate("CommandLine", "%n toolkit(s) written to {path}.", None, len(written)).format(path=args.out))
    return 0


def run_events(args: argparse.Namespace) -> int:
    from coachdesk.cli.common import open_data
    from coachdesk.documents.calendar import events_calendar
    from coachdesk.services import records
    from coachdesk.services.access import Actor
    from coachdesk.storage.outputs import write_atomically

    database = open_data(args)
    target = out_path(args)
    with database.session() as session:
        student_id = records.get(session, Actor.system(), "students", args.student).id if args.student else None
        write_atomically(target, events_calendar(session, student_id=student_id))
    print(translate("CommandLine", "Calendar written to {path}.").format(path=args.out))
    return 0
