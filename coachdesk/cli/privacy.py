"""`coachdesk student export|erase|due`: the AVG rights of a student, from the command line."""
from __future__ import annotations

import argparse

from coachdesk.cli.common import add_out_argument, out_path
from coachdesk.domain.i18n import translate


def add_commands(commands: argparse._SubParsersAction) -> None:
    student = commands.add_parser("student", help="AVG: export or erase everything about one student")
    actions = student.add_subparsers(dest="student_command", metavar="ACTION", required=True)
    export = actions.add_parser("export", help="write a readable PDF and a JSON file with everything held")
    export.add_argument("id")
    add_out_argument(export, "folder for the two files")
    erase = actions.add_parser("erase", help="erase the student and everything linked to him")
    erase.add_argument("id")
    due = actions.add_parser("due", help="students past the retention period (Settings: retention_years)")
    due.add_argument("--erase", action="store_true", help="erase them all, in one step")
    student.set_defaults(handler=run_student)


def run_student(args: argparse.Namespace) -> int:
    from coachdesk.cli.common import acting_user, data_dir_of, open_data
    from coachdesk.documents.avg_export import export_student
    from coachdesk.services.privacy import (
        due_for_deletion,
        erase_student,
        erase_students_due,
    )
    from coachdesk.services.settings import load_settings
    from coachdesk.services.workspace import erase_from_backups
    from coachdesk.storage.folderlock import FolderLock

    with FolderLock(data_dir_of(args)):
        database = open_data(args)
        actor = acting_user(database)
        if args.student_command == "export":
            with database.transaction() as session:  # the export is recorded in the audit trail
                json_path, pdf_path = export_student(session, actor, args.id, out_path(args, folder=True))
            print(translate("CommandLine", "Written: {pdf} and {json}.").format(pdf=pdf_path, json=json_path))
        elif args.student_command == "erase":
            with database.transaction() as session:
                removed = erase_student(session, actor, args.id)
            database.checkpoint()  # no copy of the erased rows stays behind in the write-ahead log
            erase_from_backups(database, [args.id])  # and none in the backups of the data folder
            print(translate("CommandLine", "Erased the student and {count} linked records.").format(count=removed - 1))
        elif args.erase:
            with database.transaction() as session:
                years = load_settings(session).retention_years
                ids = [student.id for student in due_for_deletion(session, years)]
                erased = erase_students_due(session, actor, years)
            database.checkpoint()
            erase_from_backups(database, ids)
            print(translate("CommandLine", "Erased {count} students past the retention period.").format(count=erased))
        else:
            with database.session() as session:
                years = load_settings(session).retention_years
                for student in due_for_deletion(session, years):
                    print(f"{student.id}  {student.full_name}  {student.left_on:%d-%m-%Y}")
    return 0
