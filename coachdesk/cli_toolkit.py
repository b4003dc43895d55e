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


def write_atomically(path: Path, content: bytes) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(path.name + ".part")
        temporary.write_bytes(content)
        temporary.replace(path)  # a reader never sees half a file
    except OSError as error:
        raise UserError(MSG_UNWRITABLE, path=path, reason=error.strerror or error) from None


def toolkit_recipients(session, actor, kind: str) -> list[tuple[str, str]]:
    from coachdesk.services import records

    # The place or programme tells apart two recipients with the same name.
    if kind == "employer":
        return [(e.id, f"{e.name} ({e.city})" if e.city else e.name) for e in records.list_records(session, actor, "employers") if e.active]
    return [(s.id, f"{s.full_name} ({s.opleiding})" if s.opleiding else s.full_name)
            for s in records.list_records(session, actor, "students") if s.status.value == "active"]


def safe_file_name(name: str) -> str:
    return "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in name).strip() or "toolkit"


def make_toolkits(session, actor, kind: str, recipients: list[tuple[str | None, str]], folder: Path | None, single: Path | None,
                  progress=lambda done, total: None, warn=lambda text: None) -> list[Path]:
    """Build one PDF per recipient; returns the files written. Used by the command line and the app."""
    import io

    from coachdesk import toolkits

    written = []
    for index, (recipient_id, name) in enumerate(recipients):
        buffer = io.BytesIO()
        data = toolkits.gather(session, actor, kind, recipient_id)
        if index == 0:
            for warning in data.warnings:
                warn(warning)
        toolkits.build(data, buffer)
        path = single or folder / f"toolkit-{kind}-{safe_file_name(name)}-{(recipient_id or 'algemeen')[:8]}.pdf"  # type: ignore[operator]
        write_atomically(path, buffer.getvalue())
        written.append(path)
        progress(index + 1, len(recipients))
    return written


def warn(text: str) -> None:
    label = translate("CommandLine", "warning")
    print(f"coachdesk: {label}: {text}", file=sys.stderr)


def run_toolkit(args: argparse.Namespace) -> int:
    from coachdesk.cli import data_dir_of, open_data
    from coachdesk.services import records
    from coachdesk.services.access import Actor

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
    from coachdesk.cli import data_dir_of, open_data

    database = open_data(args)
    with database.session() as session:
        write_atomically(args.out, events_calendar(session))
    print(translate("CommandLine", "Calendar written to {path}.").format(path=args.out))
    return 0
