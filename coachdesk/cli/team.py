"""Commands of team sharing: team create/invite/join/members/remove, sync, conflicts, add, edit."""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from coachdesk.cli.common import data_dir_of, open_data
from coachdesk.domain.errors import UserError
from coachdesk.domain.i18n import translate

INVITE_CODE_ENV = "COACHDESK_INVITE_CODE"


def add_commands(commands: argparse._SubParsersAction) -> None:
    team = commands.add_parser("team", help="share the work of a team through a shared folder")
    actions = team.add_subparsers(dest="team_command", metavar="ACTION", required=True)
    create = actions.add_parser("create", help="as coordinator, start a team in an empty shared folder")
    create.add_argument("--folder", type=Path, required=True, help="the team folder (OneDrive/SharePoint, network share)")
    create.add_argument("--as", dest="coach_id", required=True, metavar="COACH_ID", help="your coach record")
    create.add_argument("--with-demo", action="store_true", help="a try-out team on the demo data, on purpose (a training)")
    create.set_defaults(handler=run_create)
    invite = actions.add_parser("invite", help="invite a coach; prints the one-time code as the last line")
    invite.add_argument("coach_id", metavar="COACH_ID")
    invite.add_argument("--out", type=Path, required=True, help="the invitation file to write")
    invite.set_defaults(handler=run_invite)
    join = actions.add_parser("join", help="join a team with an invitation, into an empty data folder")
    join.add_argument("file", type=Path, metavar="FILE")
    join.add_argument("--folder", type=Path, required=True, help="the team folder as this laptop sees it")
    join.epilog = f"The one-time code is read from {INVITE_CODE_ENV} or asked in the terminal."
    join.set_defaults(handler=run_join)
    listing = actions.add_parser("members", help="the team's members, their roles and when they last synced")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=run_members)
    remove = actions.add_parser("remove", help="remove a member: he receives nothing new")
    remove.add_argument("coach_id", metavar="COACH_ID")
    remove.set_defaults(handler=run_remove)

    compact = actions.add_parser("compact", help="as coordinator, replace old change files by one snapshot per part of the team")
    compact.set_defaults(handler=run_compact)

    sync = commands.add_parser("sync", help="send and receive the team's changes now")
    sync.add_argument("--json", action="store_true")
    sync.set_defaults(handler=run_sync)

    conflicts = commands.add_parser("conflicts", help="items to check: values changed by two members at once")
    conflicts.add_argument("--json", action="store_true")
    conflict_actions = conflicts.add_subparsers(dest="conflict_command", metavar="ACTION")
    resolve = conflict_actions.add_parser("resolve", help="keep my value or theirs")
    resolve.add_argument("item_id", type=int, metavar="ID")
    resolve.add_argument("--keep", choices=["mine", "theirs"], required=True)
    resolve.set_defaults(handler=run_resolve)
    refused = conflict_actions.add_parser("refused", help="colleagues' changes their role may not make (a coordinator's list)")
    refused.add_argument("--json", action="store_true")
    refused.set_defaults(handler=run_refused)
    conflicts.set_defaults(handler=run_conflicts)

    add = commands.add_parser("add", help="add a record: KIND FIELD=VALUE ... (field names as in 'list KIND --json')")
    add.add_argument("kind", metavar="KIND")
    add.add_argument("values", nargs="*", metavar="FIELD=VALUE")
    add.add_argument("--json", action="store_true", help="print {\"id\": ...}")
    add.set_defaults(handler=run_add)
    edit = commands.add_parser("edit", help="change fields of a record: KIND ID FIELD=VALUE ...")
    edit.add_argument("kind", metavar="KIND")
    edit.add_argument("record_id", metavar="ID")
    edit.add_argument("values", nargs="+", metavar="FIELD=VALUE")
    edit.set_defaults(handler=run_edit)


def _locked(args: argparse.Namespace):
    from coachdesk.storage.folderlock import FolderLock

    return FolderLock(data_dir_of(args))


def run_create(args: argparse.Namespace) -> int:
    from coachdesk.services import team

    with _locked(args):
        result = team.create_team(open_data(args), args.folder, args.coach_id, with_demo=args.with_demo)
    print(translate("CommandLine", "Team started in {folder}: {count} changes shared.").format(folder=args.folder, count=result["sent"]))
    return 0


def run_invite(args: argparse.Namespace) -> int:
    from coachdesk.services import team

    with _locked(args):
        code = team.invite(open_data(args), args.coach_id, args.out)
    print(translate("CommandLine", "Invitation written to {path}. Give it to the new member, and give him this one-time code separately (in person or by phone):").format(path=args.out))
    print(code)
    return 0


def run_join(args: argparse.Namespace) -> int:
    from coachdesk.services import team

    code = os.environ.get(INVITE_CODE_ENV)
    if not code:
        if not sys.stdin.isatty():
            raise UserError(translate("CommandLine", "The invitation needs its one-time code. Run the command in a terminal, or set {variable} for a script."), variable=INVITE_CODE_ENV)
        code = input(translate("CommandLine", "One-time code: "))
    with _locked(args):
        result = team.join(open_data(args), args.file, args.folder, code)
    print(translate("CommandLine", "Joined the team: {count} changes received.").format(count=result["received"]))
    for problem in result["problems"]:
        print(problem, file=sys.stderr)
    return 0


def run_members(args: argparse.Namespace) -> int:
    from coachdesk.domain import models as m  # here, not at the top: `coachdesk --help` stays quick
    from coachdesk.domain.labels import choice_label
    from coachdesk.services import team

    rows = team.members(open_data(args))
    if args.json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        for row in rows:
            print(f"{row['coach_id']}  {row['name']:30} {choice_label(m.CoachRole(row['role'])):14} {row['last_seen'] or '-'}")
    return 0


def run_remove(args: argparse.Namespace) -> int:
    from coachdesk.services import team

    with _locked(args):
        team.remove(open_data(args), args.coach_id)
    print(translate("CommandLine", "Removed from the team; the keys of his parts of the team are replaced, so he receives nothing new."))
    return 0


def run_compact(args: argparse.Namespace) -> int:
    from coachdesk.services import team

    with _locked(args):
        result = team.compact(open_data(args))
    print(translate("CommandLine", "Compacted: {snapshots} snapshots written, {removed} old change files removed.").format(**result))
    return 0


def run_sync(args: argparse.Namespace) -> int:
    from coachdesk.services import team

    with _locked(args):
        result = team.sync(open_data(args))
    if args.json:
        json.dump(result, sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        print(translate("CommandLine", "%n change(s) sent", None, result["sent"]) + ", "
              + translate("CommandLine", "%n change(s) received", None, result["received"]) + "; "
              + translate("CommandLine", "%n new item(s) to check", None, result["conflicts"]) + ".")
        for problem in result["problems"]:
            print(problem)
    return 0


def run_conflicts(args: argparse.Namespace) -> int:
    from coachdesk.services import team

    database = open_data(args)
    with database.session() as session:
        rows = team.list_conflicts(session)
    line = translate("CommandLine", "{id}: {kind} {record_id} {field}: mine {mine!r}, theirs {theirs!r} ({by}, {at})")
    return _print_rows(args, rows, line, translate("CommandLine", "{count} items to check.").format(count=len(rows)))


def run_refused(args: argparse.Namespace) -> int:
    from coachdesk.services import team
    from coachdesk.services.users import acting_user

    database = open_data(args)
    with database.session() as session:
        rows = team.list_refused(session, acting_user(session))
    line = translate("CommandLine", "{at}: {by} may not change {kind} {record_id} ({field})")
    return _print_rows(args, rows, line, translate("CommandLine", "%n refused change(s).", None, len(rows)))


def _print_rows(args: argparse.Namespace, rows: list[dict], line: str, total: str) -> int:
    """Rows as JSON with --json, else one line each and a total."""
    if args.json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        for row in rows:
            print(line.format(**row))
        print(total)
    return 0


def run_resolve(args: argparse.Namespace) -> int:
    from coachdesk.services import team
    from coachdesk.services.users import acting_user

    with _locked(args):
        database = open_data(args)
        with database.transaction() as session:
            team.resolve_conflict(session, acting_user(session), args.item_id, args.keep)
    print(translate("CommandLine", "Resolved; the kept value is shared at the next sync."))
    return 0


def _values(pairs: list[str]) -> dict[str, str]:
    values = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise UserError(translate("CommandLine", "\"{pair}\" is not FIELD=VALUE. Write for example first_name=Sanne."), pair=pair)
        values[name.strip()] = value
    return values


def run_add(args: argparse.Namespace) -> int:
    from coachdesk.services import team
    from coachdesk.services.users import acting_user

    values = _values(args.values)
    with _locked(args):
        database = open_data(args)
        with database.transaction() as session:
            record = team.add_record(session, acting_user(session), args.kind, values)
            record_id = record.id
    if args.json:
        print(json.dumps({"id": record_id}))
    else:
        print(record_id)
    return 0


def run_edit(args: argparse.Namespace) -> int:
    from coachdesk.services import team
    from coachdesk.services.users import acting_user

    values = _values(args.values)
    with _locked(args):
        database = open_data(args)
        with database.transaction() as session:
            team.edit_record(session, acting_user(session), args.kind, args.record_id, values)
    print(translate("CommandLine", "Saved."))
    return 0
