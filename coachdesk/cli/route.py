"""The praktijkverklaring on the command line: `coachdesk catalogue import|export` and `coachdesk route show|checklist|overview`."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from coachdesk.cli.common import acting_user, add_out_argument, data_dir_of, open_data, out_path
from coachdesk.domain.i18n import translate


def add_commands(commands: argparse._SubParsersAction) -> None:
    _list_columns()
    catalogue = commands.add_parser("catalogue", help="the werkproces catalogue of the praktijkverklaring (qualification files)")
    actions = catalogue.add_subparsers(dest="catalogue_command", metavar="ACTION", required=True)
    importing = actions.add_parser("import", help="import qualification files, core tasks and work processes from .csv/.xlsx "
                                                  "(one row per work process; template: coachdesk template catalogue)")
    importing.add_argument("file", type=Path, metavar="FILE")
    importing.add_argument("--dry-run", action="store_true", help="only check the file; store nothing")
    importing.add_argument("--json", action="store_true", help='print {"dossiers", "kerntaken", "werkprocessen", "errors"}')
    importing.set_defaults(handler=run_catalogue_import)
    export = actions.add_parser("export", help="write the catalogue as .xlsx or .csv (the import's columns)")
    add_out_argument(export, "the .xlsx or .csv file to write")
    export.set_defaults(handler=run_catalogue_export)

    route = commands.add_parser("route", help="a student's praktijkverklaring route")
    route_actions = route.add_subparsers(dest="route_command", metavar="ACTION", required=True)
    show = route_actions.add_parser("show", help="the route and where each work process stands")
    show.add_argument("student_id", metavar="STUDENT_ID")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=run_route_show)
    checklist = route_actions.add_parser("checklist", help="the checklist for the workplace (PDF, in Dutch)")
    checklist.add_argument("student_id", metavar="STUDENT_ID")
    add_out_argument(checklist, "the PDF file to write")
    checklist.set_defaults(handler=run_route_checklist)
    overview = route_actions.add_parser("overview", help="the overview for the student and parents, or for the school's application (PDF)")
    overview.add_argument("student_id", metavar="STUDENT_ID")
    add_out_argument(overview, "the PDF file to write")
    overview.add_argument("--for", dest="audience", choices=["student", "school"], default="student")
    overview.set_defaults(handler=run_route_overview)


def _list_columns() -> None:
    """`coachdesk list routes|route_items`: their columns. (To move into services/record_rows.py.)"""
    from coachdesk.services.record_rows import LIST_COLUMNS, _attr

    LIST_COLUMNS.setdefault("routes", [_attr("id"), _attr("student_id"), _attr("route_type"), _attr("dossier_id"), _attr("code"),
                                       _attr("started_on"), _attr("completed_on")])
    LIST_COLUMNS.setdefault("route_items", [_attr("id"), _attr("route_id"), _attr("student_id"), _attr("werkproces_id"), _attr("status"),
                                            _attr("evidence"), _attr("assessed_on"), _attr("assessor"), _attr("confirmed_by")])


def _locked(args: argparse.Namespace):
    from coachdesk.storage.folderlock import FolderLock

    return FolderLock(data_dir_of(args))


def run_catalogue_import(args: argparse.Namespace) -> int:
    from coachdesk.transfer import pv_catalogue

    with _locked(args):
        database = open_data(args)
        actor = acting_user(database)
        with database.transaction() as session:
            result = pv_catalogue.import_catalogue(session, actor, args.file, dry_run=args.dry_run)
    if args.json:
        json.dump(result.as_dict(), sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        for error in result.errors:
            print(translate("CommandLine", "line {line}, {column}: {message}").format(line=error.line, column=error.column, message=error.message))
        text = ("Checked, nothing stored: {dossiers} qualification file(s), {kerntaken} core task(s), {werkprocessen} work process(es) would be added."
                if args.dry_run else "Added {dossiers} qualification file(s), {kerntaken} core task(s), {werkprocessen} work process(es).")
        print(translate("CommandLine", text).format(dossiers=result.dossiers, kerntaken=result.kerntaken, werkprocessen=result.werkprocessen))
    return 0


def run_catalogue_export(args: argparse.Namespace) -> int:
    from coachdesk.transfer import pv_catalogue

    target = out_path(args)
    database = open_data(args)
    with database.session() as session:
        count = pv_catalogue.export_catalogue(session, acting_user(database), target)
    print(translate("CommandLine", "{count} rows written to {path}.").format(count=count, path=target))
    return 0


def run_route_show(args: argparse.Namespace) -> int:
    from coachdesk.services import praktijkverklaring as pv

    database = open_data(args)
    with database.session() as session:
        view = pv.route_view(session, acting_user(database), args.student_id)
    if args.json:
        json.dump(view, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    print(f"{view['route']}  {view['type']}  crebo {view['dossier']['crebo']} / {view['dossier']['version']}")
    for line in view["werkprocessen"]:
        confirmed = translate("CommandLine", "confirmed") if line["confirmed"] else ""
        print(f"{line['code']:12} {pv.status_label(pv.m.PvStatus(line['status'])):14} {line['assessed_on'] or '':10}  "
              f"{(line['assessor'] or ''):20} {confirmed:10} {line['title']}")
    return 0


def _write_pdf(args: argparse.Namespace, build) -> int:
    from coachdesk.services import praktijkverklaring as pv
    from coachdesk.storage.outputs import write_atomically

    target = out_path(args)
    database = open_data(args)
    with database.session() as session:
        sheet = pv.route_sheet(session, acting_user(database), args.student_id)
    write_atomically(target, build(sheet))
    print(translate("CommandLine", "Written to {path}.").format(path=target))
    return 0


def run_route_checklist(args: argparse.Namespace) -> int:
    from coachdesk.documents.pv_checklist import build_checklist

    return _write_pdf(args, build_checklist)


def run_route_overview(args: argparse.Namespace) -> int:
    from coachdesk.documents.pv_overview import build_overview

    return _write_pdf(args, lambda sheet: build_overview(sheet, args.audience))
