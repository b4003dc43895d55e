"""Matching and acquisition on the command line: `match`, `propose`, `employers duplicates|merge|unmerge`."""
from __future__ import annotations

import argparse
import json
import sys

from coachdesk.cli.common import acting_user, data_dir_of, open_data
from coachdesk.domain.i18n import translate


def add_commands(commands: argparse._SubParsersAction) -> None:
    match = commands.add_parser("match", help="the places that fit a student, or the students who fit a place, with reasons")
    sides = match.add_subparsers(dest="match_side", metavar="student|place", required=True)
    for side, help_text in (("student", "the places that fit this student"), ("place", "the students who fit this place")):
        parser = sides.add_parser(side, help=help_text)
        parser.add_argument("record_id", metavar=f"{side.upper()}_ID")
        parser.add_argument("--limit", type=int, default=None, metavar="N", help="at most N matches")
        parser.add_argument("--json", action="store_true")
    match.set_defaults(handler=run_match)

    propose = commands.add_parser("propose", help="propose a place to a student: a placement 'proposed', the place held for him")
    propose.add_argument("student_id", metavar="STUDENT_ID")
    propose.add_argument("place_id", metavar="PLACE_ID")
    propose.add_argument("--hold-days", type=int, default=None, metavar="N", help="hold the place N days (default: the setting, 10)")
    propose.add_argument("--json", action="store_true")
    propose.set_defaults(handler=run_propose)

    employers = commands.add_parser("employers", help="duplicate employers: find, merge, undo a merge")
    actions = employers.add_subparsers(dest="employers_command", metavar="COMMAND", required=True)
    found = actions.add_parser("duplicates", help="pairs of employers that are probably one")
    found.add_argument("--json", action="store_true")
    merge = actions.add_parser("merge", help="merge OTHER_ID into KEEP_ID (prints the merge id, to undo it)")
    merge.add_argument("keep_id", metavar="KEEP_ID")
    merge.add_argument("other_id", metavar="OTHER_ID")
    unmerge = actions.add_parser("unmerge", help="undo a merge")
    unmerge.add_argument("merge_id", metavar="MERGE_ID")
    employers.set_defaults(handler=run_employers)


def _warn(text: str) -> None:
    print(f"coachdesk: {translate('CommandLine', 'warning')}: {text}", file=sys.stderr)


def _limit(value: int | None) -> int | None:
    from coachdesk.domain.errors import CommandLineError
    from coachdesk.domain.i18n import QT_TRANSLATE_NOOP

    if value is not None and value < 1:
        raise CommandLineError(QT_TRANSLATE_NOOP("CommandLine", "--limit takes a number of 1 or more."))
    return value


def run_match(args: argparse.Namespace) -> int:
    from coachdesk.services import matching

    limit = _limit(args.limit)
    database = open_data(args)
    actor = acting_user(database)
    with database.session() as session:
        if args.match_side == "student":
            found = matching.match_student(session, actor, args.record_id, limit=limit)
            result = {"student": args.record_id, "matches": [
                {"place": f.place_id, "employer": f.employer_id, "score": f.score, "travel_minutes": f.travel_minutes,
                 "travel_estimated": f.travel_estimated, "reasons": f.reasons, "concerns": f.concerns} for f in found.matches],
                "excluded": found.excluded}
        else:
            found = matching.match_place(session, actor, args.record_id, limit=limit)
            result = {"place": args.record_id, "matches": [
                {"student": f.student_id, "score": f.score, "travel_minutes": f.travel_minutes,
                 "travel_estimated": f.travel_estimated, "reasons": f.reasons, "concerns": f.concerns} for f in found.matches],
                "excluded": found.excluded}
    if args.json:
        json.dump(result, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    side = "place" if args.match_side == "student" else "student"
    for entry in result["matches"]:  # type: ignore[attr-defined]
        print(f"{entry['score']:3d}  {entry[side]}  " + "; ".join(entry["reasons"]))
        if entry["concerns"]:
            print("     " + translate("CommandLine", "but: ") + "; ".join(entry["concerns"]))
    if not result["matches"]:
        print(translate("CommandLine", "No match."))
    for reason, count in result["excluded"].items():  # type: ignore[attr-defined]
        print(translate("CommandLine", "left out: {count} × {reason}").format(count=count, reason=reason))
    return 0


def run_propose(args: argparse.Namespace) -> int:
    from coachdesk.services import places
    from coachdesk.storage.folderlock import FolderLock

    with FolderLock(data_dir_of(args)):
        database = open_data(args)
        with database.transaction() as session:
            from coachdesk.services.users import acting_user as users_acting_user

            proposal = places.propose(session, users_acting_user(session), args.student_id, args.place_id, days=args.hold_days)
            placement_id, until, warnings = proposal.placement.id, proposal.held_until, proposal.warnings
    for warning in warnings:
        _warn(warning)
    if args.json:
        print(json.dumps({"placement": placement_id, "held_until": until.isoformat()}))
    else:
        print(translate("CommandLine", "Proposed: placement {id}, the place is held until {day}.").format(id=placement_id, day=until.strftime("%d-%m-%Y")))
    return 0


def run_employers(args: argparse.Namespace) -> int:
    from coachdesk.services import acquisition
    from coachdesk.storage.folderlock import FolderLock

    if args.employers_command == "duplicates":
        database = open_data(args)
        actor = acting_user(database)
        with database.session() as session:
            pairs = acquisition.duplicates(session, actor)
        if args.json:
            print(json.dumps([{"keep": p.keep, "other": p.other, "why": p.why} for p in pairs], ensure_ascii=False, indent=1))
        else:
            for pair in pairs:
                print(f"{pair.keep}  {pair.other}  {pair.why}")
            if not pairs:
                print(translate("CommandLine", "No duplicate employers found."))
        return 0
    with FolderLock(data_dir_of(args)):
        database = open_data(args)
        with database.transaction() as session:
            from coachdesk.services.users import acting_user as users_acting_user

            actor = users_acting_user(session)
            if args.employers_command == "merge":
                merge_id = acquisition.merge(session, actor, args.keep_id, args.other_id).id
            else:
                acquisition.unmerge(session, actor, args.merge_id)
                merge_id = None
    if merge_id:
        print(merge_id)
    else:
        print(translate("CommandLine", "Merge undone."))
    return 0
