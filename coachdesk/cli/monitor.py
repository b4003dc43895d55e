"""Command-line figures: `coachdesk monitor …`, the regional figures file and combining such files."""
from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from coachdesk.domain.errors import CommandLineError
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP, translate

BY_STUDENTS = ("school", "school_type", "level", "leerweg", "sector", "akkoord", "gemeente", "coach")
BY_REGION = ("akkoord", "school_type", "gemeente", "school")
MSG_DATE = QT_TRANSLATE_NOOP("CommandLine", "\"{value}\" is not a date; write it as YYYY-MM-DD, for example 2026-08-01.")
MSG_OUT_KIND = QT_TRANSLATE_NOOP("CommandLine", "--out must end in {kinds}.")


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(translate("CommandLine", MSG_DATE).format(value=value)) from None


def _period_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="start", type=_day, metavar="YYYY-MM-DD", help="first day of the period (default: 1 August of this school year)")
    parser.add_argument("--to", dest="end", type=_day, metavar="YYYY-MM-DD", help="last day of the period, the peildatum (default: today)")


def add_commands(commands: argparse._SubParsersAction) -> None:
    monitor = commands.add_parser("monitor", help="the coordinator's figures: searching, placed, kept, after school")
    _period_arguments(monitor)
    monitor.add_argument("--by", choices=BY_STUDENTS, help="a breakdown")
    monitor.add_argument("--json", action="store_true", help="print JSON")
    monitor.add_argument("--out", type=Path, metavar="FILE", help="write a report: .pdf, .xlsx or .csv (with a .json description beside it)")
    monitor.add_argument("--outside", action="store_true", help="for outside the school: counts below 5 as \"<5\", no student ids")
    monitor.add_argument("--force", action="store_true", help="replace an existing file of that name")
    monitor.set_defaults(handler=run_monitor)
    sub = monitor.add_subparsers(dest="monitor_command", metavar="COMMAND")
    regional = sub.add_parser("regional-file", help="write the regional figures file: aggregates only, suppressed, signed")
    _period_arguments(regional)
    regional.add_argument("--out", type=Path, required=True, metavar="FILE.cdmonitor")
    regional.add_argument("--force", action="store_true", help="replace an existing file of that name")
    regional.set_defaults(handler=run_regional_file)
    combine = sub.add_parser("combine", help="combine regional figures files of several schools")
    combine.add_argument("files", nargs="+", type=Path, metavar="FILE.cdmonitor")
    combine.add_argument("--by", choices=BY_REGION, help="a breakdown")
    combine.add_argument("--json", action="store_true", help="print JSON")
    combine.add_argument("--out", type=Path, metavar="FILE", help="write a report: .pdf or .xlsx")
    combine.add_argument("--force", action="store_true", help="replace an existing file of that name")
    combine.set_defaults(handler=run_combine)


def _checked_out(args: argparse.Namespace, kinds: tuple[str, ...]) -> Path | None:
    from coachdesk.cli.common import out_path

    if args.out is None:
        return None
    if args.out.suffix.lower() not in kinds:
        raise CommandLineError(MSG_OUT_KIND, kinds=", ".join(kinds))
    return out_path(args)


def run_monitor(args: argparse.Namespace) -> int:
    from coachdesk.cli.common import acting_user, open_data
    from coachdesk.services import monitor

    target = _checked_out(args, (".pdf", ".xlsx", ".csv"))
    period = monitor.period_of(args.start, args.end)
    database = open_data(args)
    actor = acting_user(database)
    with database.session() as session:
        figures = monitor.compute(session, actor, period, by=args.by, outside=args.outside)
        header = _print_header(session)
        months = monitor.searching_by_month(session, actor, period, outside=args.outside) if target is not None and "searching_end" in figures.indicators else None
    if target is not None:
        _write(figures, target, header, months)
        print(translate("CommandLine", "Figures written to {path}.").format(path=args.out))
    elif args.json:
        json.dump(figures.as_json(), sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        _print_figures(figures)
    return 0


def _print_header(session) -> str:
    from coachdesk.services.settings import load_settings

    settings = load_settings(session)
    return settings.print_header or settings.school_name


def _write(figures, target: Path, header: str, months: list | None = None, sources: list | None = None) -> None:
    from coachdesk.documents import monitor_report

    suffix = target.suffix.lower()
    if suffix == ".pdf":
        monitor_report.write_pdf(figures, target, header=header, months=months, sources=sources)
    elif suffix == ".xlsx":
        monitor_report.write_xlsx(figures, target)
    else:
        monitor_report.write_csv(figures, target)


def _print_figures(figures) -> None:
    from coachdesk.domain import indicators as ind
    from coachdesk.services.monitor import DIMENSION_LABELS, figure_text

    period = figures.period
    print(translate("CommandLine", "Figures from {start} to {end} (definitions version {version})").format(
        start=period.start.strftime("%d-%m-%Y"), end=period.end.strftime("%d-%m-%Y"), version=figures.definitions_version))
    width = max(len(ind.BY_ID[i].text("title")) for i in figures.indicators)
    for indicator_id, value in figures.indicators.items():
        print(f"  {ind.BY_ID[indicator_id].text('title'):<{width}}  {figure_text(indicator_id, value)}")
    for group in figures.groups:
        print()
        print(f"{translate('Monitor', DIMENSION_LABELS[figures.by])}: {group['label']}")
        for indicator_id, value in group["indicators"].items():
            print(f"  {ind.BY_ID[indicator_id].text('title'):<{width}}  {figure_text(indicator_id, value)}")


def run_regional_file(args: argparse.Namespace) -> int:
    from coachdesk.cli.common import acting_user, open_data, out_path
    from coachdesk.services import monitor
    from coachdesk.storage.outputs import write_atomically

    target = out_path(args)
    period = monitor.period_of(args.start, args.end)
    database = open_data(args)
    actor = acting_user(database)
    with database.transaction() as session:
        content, fingerprint = monitor.regional_file(session, actor, period)
    write_atomically(target, content)
    print(translate("CommandLine", "Regional figures written to {path}; signed with the key {fingerprint}.").format(path=args.out, fingerprint=fingerprint))
    return 0


def run_combine(args: argparse.Namespace) -> int:
    from coachdesk.services import monitor

    target = _checked_out_combine(args)
    combined = monitor.combine([path.read_bytes() if path.is_file() else _missing(path) for path in args.files],
                               names=[path.name for path in args.files], by=args.by)
    if target is not None:
        _write(combined, target, "", sources=combined.sources)
        print(translate("CommandLine", "Figures written to {path}.").format(path=args.out))
    elif args.json:
        json.dump(combined.as_json(), sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        for source in combined.sources:
            print(translate("CommandLine", "{school}: {start} to {end}, key {fingerprint}").format(**source))
        _print_figures(combined)
    return 0


def _checked_out_combine(args: argparse.Namespace) -> Path | None:
    from coachdesk.storage.outputs import check_output

    if args.out is None:
        return None
    if args.out.suffix.lower() not in (".pdf", ".xlsx"):
        raise CommandLineError(MSG_OUT_KIND, kinds=".pdf, .xlsx")
    return check_output(args.out, data_dir=None, force=args.force)


def _missing(path: Path) -> bytes:
    raise CommandLineError(QT_TRANSLATE_NOOP("CommandLine", "There is no file {path}."), path=path)
