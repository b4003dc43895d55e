"""Import from a school's export, undo an import, export a list, write an empty template."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from coachdesk.cli.common import add_out_argument, data_dir_of, open_data, out_path
from coachdesk.domain.errors import UserError
from coachdesk.domain.i18n import translate

IMPORT_KINDS = ("students", "employers", "placements")
SOURCES = ("magister", "somtoday", "eduarte", "generic")
ROWS_SHOWN = 200  # new and updated rows named one per line; the summary counts all


def add_commands(commands: argparse._SubParsersAction) -> None:
    importing = commands.add_parser("import", help="import students, employers or placements from .csv/.xlsx/.xls/.ods; "
                                                   "'import batches' lists the earlier imports, 'import undo BATCH_ID' undoes one")
    importing.add_argument("kind", metavar="KIND", choices=IMPORT_KINDS + ("undo", "batches"), help="students, employers, placements; or undo, batches")
    importing.add_argument("file", metavar="FILE", nargs="?", help="the file to import (for undo: the batch id)")
    importing.add_argument("--school", metavar="SCHOOL_ID", help="where students without a school column go (default: your own school)")
    importing.add_argument("--source", choices=SOURCES, default="generic", help="the system the export comes from (its column names)")
    importing.add_argument("--set", action="append", metavar="FIELD=VALUE", dest="set_values",
                           help="one value for a field the file lacks, for every row (repeatable), e.g. --set school_type=pro "
                                "--set coach_id=COACH; it fills empty cells only and never overwrites a stored value")
    importing.add_argument("--mapping", type=Path, metavar="MAPFILE", help='JSON: {"header in the file": "field", ...}; "" skips a column')
    importing.add_argument("--dry-run", action="store_true", help="only show what would happen; store nothing")
    importing.add_argument("--all-or-nothing", action="store_true", help="store nothing if any row has an error")
    importing.add_argument("--json", action="store_true", help='print {"new", "updated", "unchanged", "errors", "batch"}')
    importing.add_argument("--errors-out", type=Path, metavar="FILE", help="write the rows with errors and what to fix (default: next to the file)")
    importing.set_defaults(handler=run_import)

    export = commands.add_parser("export", help="write a list to .xlsx or .csv (only what you may see)")
    export.add_argument("kind", metavar="KIND", help="students, placements, visits, risks, employers, coaches, events, schemes, help")
    add_out_argument(export, "the .xlsx or .csv file to write")
    export.add_argument("--json-filter", metavar="JSON", help='only rows with these values, e.g. \'{"school_type": "mbo2"}\'')
    export.set_defaults(handler=run_export)

    template = commands.add_parser("template", help="write an empty import template (.xlsx) for students, employers, placements "
                                                     "or the praktijkverklaring catalogue")
    template.add_argument("kind", metavar="KIND", choices=IMPORT_KINDS + ("catalogue",))
    add_out_argument(template, "the .xlsx file to write")
    template.set_defaults(handler=run_template)


def acting_actor(session):
    """Who the command acts as: the data folder's user, or a team member with his roster role."""
    from coachdesk.services.users import acting_user

    return acting_user(session)


def run_import(args: argparse.Namespace) -> int:
    if args.kind == "batches":
        return _run_batches(args)
    if not args.file:
        raise UserError(translate("CommandLine", "Name the file to import (for undo: the batch id, see 'coachdesk import batches')."))
    if args.kind == "undo":
        return _run_undo(args)
    from coachdesk.storage.crash import crash_point
    from coachdesk.storage.folderlock import FolderLock
    from coachdesk.transfer.export import error_file_name, write_error_file
    from coachdesk.transfer.importer import load_table, mapping_for, read_mapping_file
    from coachdesk.transfer.importer import run_import as import_rows
    from coachdesk.transfer.plan import parse_set_values

    set_values = parse_set_values(args.set_values)
    table = load_table(Path(args.file).expanduser())  # an unreadable file stops here: nothing is opened or stored
    given = read_mapping_file(args.mapping, args.kind) if args.mapping else None
    with FolderLock(data_dir_of(args)):
        database = open_data(args)
        with database.transaction() as session:
            actor = acting_actor(session)
            mapping = mapping_for(session, args.kind, table, args.source, given)
            outcome = import_rows(session, actor, args.kind, table, mapping, source=args.source, school_id=args.school,
                                  dry_run=args.dry_run, all_or_nothing=args.all_or_nothing, set_values=set_values)
            crash_point("import-before-commit")
        crash_point("import-committed")
    report = outcome.report()
    error_path = None
    if outcome.plan.row_errors:
        error_path = args.errors_out or error_file_name(table.path)
        try:
            write_error_file(outcome.plan, error_path)
        except UserError as error:
            print(f"coachdesk: {error}", file=sys.stderr)
            error_path = None
    if args.json:
        json.dump(report, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    _print_report(args, outcome, report, error_path)
    return 0


def _print_report(args, outcome, report: dict, error_path) -> None:
    plan = outcome.plan
    ignored = [h for h, f in plan.mapping.items() if h and not f]
    if ignored:
        print(translate("CommandLine", "Columns not imported: {columns}").format(columns=", ".join(ignored)))
    for notice in plan.column_notices:
        if notice.column:
            print(translate("CommandLine", "Column \"{column}\": {message}").format(column=notice.column, message=notice.message))
        else:
            print(notice.message)
    _print_rows(plan)
    for error in plan.row_errors[:200]:
        print(translate("CommandLine", "line {line}, {column}: {message}").format(line=error.line, column=error.column or "-", message=error.message))
    if len(plan.row_errors) > 200:
        print(translate("CommandLine", "… and {count} more errors.").format(count=len(plan.row_errors) - 200))
    summary = translate("CommandLine", "{new} new, {updated} updated, {unchanged} unchanged, {errors} rows with errors.").format(
        new=report["new"], updated=report["updated"], unchanged=report["unchanged"], errors=sum(1 for r in plan.rows if r.errors))
    print(summary)
    if plan.to_complete and not args.dry_run and report["batch"]:
        print(translate("CommandLine", "Students still to be completed: {count}; see 'Completeness' on the students list, or Vandaag.").format(count=plan.to_complete))
    if args.dry_run:
        print(translate("CommandLine", "Dry run: nothing was stored."))
    elif report["batch"]:
        print(translate("CommandLine", "Stored as import {batch}; undo it with: coachdesk import undo {batch}").format(batch=report["batch"]))
    else:
        print(translate("CommandLine", "Nothing was stored."))
    if error_path:
        print(translate("CommandLine", "The rows to fix are in {path}.").format(path=error_path))


def _print_rows(plan) -> None:
    """The new and updated rows by name (the first ROWS_SHOWN), with what is still to be filled in."""
    shown = 0
    for row in plan.rows:
        if row.status not in ("new", "update"):
            continue
        shown += 1
        if shown > ROWS_SHOWN:
            continue
        if row.status == "new":
            text = translate("CommandLine", "line {line}: new ({name})").format(line=row.line, name=row.name)
        else:
            text = translate("CommandLine", "line {line}: update {name} ({fields})").format(line=row.line, name=row.name, fields=", ".join(row.changes))
        if row.to_complete:
            text += "; " + translate("CommandLine", "still to fill in: {fields}").format(fields=", ".join(translate("Fields", label) for label in row.to_complete))
        print(text)
    if shown > ROWS_SHOWN:
        print(translate("CommandLine", "… and {count} more new or updated rows.").format(count=shown - ROWS_SHOWN))


def _run_batches(args: argparse.Namespace) -> int:
    from coachdesk.transfer.commit import list_batches

    database = open_data(args)
    with database.session() as session:
        batches = list_batches(session, acting_actor(session))
    if args.json:
        json.dump([batch.as_dict() for batch in batches], sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    if not batches:
        print(translate("CommandLine", "No imports yet."))
    for batch in batches:
        when = batch.finished_at.strftime("%d-%m-%Y %H:%M") if batch.finished_at else "-"
        print(translate("CommandLine", "{when}  {file} ({kind}), by {who}: {new} new, {updated} updated").format(
            when=when, file=batch.file_name, kind=batch.kind, who=batch.actor_name or "-", new=batch.created, updated=batch.updated))
        if batch.undoable:
            print("    " + translate("CommandLine", "undo with: coachdesk import undo {batch}").format(batch=batch.id))
        else:
            print("    " + batch.why_not)
    return 0


def _run_undo(args: argparse.Namespace) -> int:
    from coachdesk.storage.folderlock import FolderLock
    from coachdesk.transfer.commit import undo_batch

    with FolderLock(data_dir_of(args)):
        database = open_data(args)
        with database.transaction() as session:
            result = undo_batch(session, acting_actor(session), args.file)
    print(translate("CommandLine", "Import {batch} undone: {removed} records removed, {restored} restored.").format(
        batch=args.file, removed=result.created, restored=result.updated))
    return 0


def run_export(args: argparse.Namespace) -> int:
    from coachdesk.transfer.export import export_list, parse_filter

    filters = parse_filter(args.json_filter)
    target = out_path(args)
    database = open_data(args)
    with database.session() as session:
        count = export_list(session, acting_actor(session), args.kind, target, filters=filters)
    print(translate("CommandLine", "{count} rows written to {path}.").format(count=count, path=target))
    return 0


def run_template(args: argparse.Namespace) -> int:
    from coachdesk.transfer.export import write_template

    target = out_path(args)
    if target.suffix.lower() not in (".xlsx", ".csv"):
        raise UserError(translate("CommandLine", "{path}: a template is an .xlsx (or .csv) file. End the name with .xlsx."), path=target.name)
    if args.kind == "catalogue":  # `coachdesk catalogue import` reads it (services/praktijkverklaring.py)
        from coachdesk.transfer.pv_catalogue import write_template as write_catalogue_template

        write_catalogue_template(target)
    else:
        write_template(args.kind, target)
    print(translate("CommandLine", "Template written to {path}.").format(path=target))
    return 0
