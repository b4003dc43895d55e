"""The Monitor's outputs: a PDF report, an .xlsx workbook, and CSV with a JSON description beside it.

Always Dutch (``in_dutch``). The PDF prints the period, the peildatum, the filters, the definitions
(version and every part of each) and, for outside the school, the suppression rule. Charts are drawn
as vectors with reportlab.graphics from the same shapes the screen draws (``monitor.chart_shapes``).
"""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from reportlab.graphics.shapes import Drawing, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from coachdesk.documents import style
from coachdesk.domain import clock
from coachdesk.domain import indicators as ind
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP, in_dutch, translate
from coachdesk.services import monitor
from coachdesk.services.monitor import Figures, value_text
from coachdesk.storage.outputs import write_atomically

PARTS = (("definition", QT_TRANSLATE_NOOP("Monitor", "Definition")), ("numerator", QT_TRANSLATE_NOOP("Monitor", "Counts")),
         ("denominator", QT_TRANSLATE_NOOP("Monitor", "Out of")), ("population", QT_TRANSLATE_NOOP("Monitor", "Population")),
         ("peildatum", QT_TRANSLATE_NOOP("Monitor", "Peildatum")))
CHART_HEIGHT = 62 * mm


def tr(text: str) -> str:
    return translate("Monitor", text)


def chart_drawing(chart: monitor.Chart, width: float = style.CONTENT_WIDTH, height: float | None = None) -> Drawing:
    """The chart as a vector drawing: the shapes of ``monitor.chart_shapes``, with y turned upwards."""
    style.register_fonts()
    if height is None:
        height = max(40 * mm, min(CHART_HEIGHT * 1.6, 26 + len(chart.labels) * 18)) if chart.kind == "bars" else CHART_HEIGHT
    drawing = Drawing(width, height, initialFontName=style.FONT, initialFontSize=9)  # else reportlab starts in Helvetica, not embedded
    for shape in monitor.chart_shapes(chart, width, height):
        colour = colors.HexColor(shape.colour)
        if shape.kind == "rect":
            x, y, w, h = shape.points
            drawing.add(Rect(x, height - y - h, w, h, fillColor=colour, strokeColor=None))
        elif shape.kind == "line":
            points = [value if index % 2 == 0 else height - value for index, value in enumerate(shape.points)]
            drawing.add(PolyLine(points, strokeColor=colour, strokeWidth=1.2 if shape.colour == monitor.BAR else 0.5))
        else:
            x, y = shape.points[:2]
            drawing.add(String(x, height - y, shape.text, fontName=style.FONT, fontSize=shape.size, fillColor=colour, textAnchor=shape.anchor))
    return drawing


def _period_text(figures: Figures) -> str:
    return translate("Monitor", "From {start} to {end}; peildatum {end}.").format(start=style.dutch_date(figures.period.start), end=style.dutch_date(figures.period.end))


def _filters_text(figures: Figures) -> str:
    if not figures.filters:
        return translate("Monitor", "All students you may see.")
    return "; ".join(f"{tr(monitor.DIMENSION_LABELS[name])}: {value}" for name, value in figures.filters.items())


def _totals_table(figures: Figures, s: style.Styles) -> Flowable:
    rows: list[list[object]] = [[translate("Monitor", "Figure"), translate("Monitor", "Value")]]
    for indicator_id, value in figures.indicators.items():
        rows.append([ind.BY_ID[indicator_id].text("title"), _figure_lines(indicator_id, value)])
    return style.table(rows, [style.CONTENT_WIDTH * 0.52, style.CONTENT_WIDTH * 0.48])  # room for a reason on one line


def _figure_lines(indicator_id: str, value: Any) -> str:
    """A figure for the printed table: bands and reasons one to a line (a run-on list of reasons is hard to read)."""
    if isinstance(value, dict) and value and ind.BY_ID[indicator_id].kind in (ind.SPREAD, ind.REASONS):
        return "\n".join(f"{_band_label(indicator_id, label)}: {value_text(count)}" for label, count in value.items())
    return monitor.figure_text(indicator_id, value)


def _groups_table(figures: Figures, ids: list[str]) -> Flowable:
    header: list[object] = [tr(monitor.DIMENSION_LABELS[figures.by or "school"]), *(ind.BY_ID[i].text("title") for i in ids)]
    rows: list[list[object]] = [header]
    for group in figures.groups:
        rows.append([monitor.group_label(figures.by, group), *(value_text(group["indicators"].get(i)) for i in ids)])
    rows.append([translate("Monitor", "Total"), *(value_text(figures.indicators.get(i)) for i in ids)])
    first = style.CONTENT_WIDTH * 0.24
    rest = (style.CONTENT_WIDTH - first) / max(1, len(ids))
    return style.table(rows, [first] + [rest] * len(ids), size=10)


# At most four figures beside the group: at 10 pt a column then holds the longest word of a title ("zoektochten") whole.
BREAKDOWN_COLUMNS = (("searching_new", "placed", "searching_end", "days_to_place_median"),
                     ("placements_started", "placements_ended_early", "contacts_per_placement_median", "placements_below_contact_norm"),
                     ("retained_3m", "retained_6m", "retained_12m", "risk_high"),
                     ("left", "destination_12m_work_or_learning", "destination_24m_work_or_learning"))


def _definitions(figures: Figures, s: style.Styles) -> list[Flowable]:
    story: list[Flowable] = [*style.section(translate("Monitor", "Definitions"), "definitions"),
                             style.para(translate("Monitor", "Definitions version {version}. Every figure counts what is recorded in CoachDesk on the day the report is made.")
                                        .format(version=figures.definitions_version), s.body)]
    for indicator_id in figures.indicators:
        indicator = ind.BY_ID[indicator_id]
        lines = [style.para(indicator.text("title"), s.h2)]
        for part, label in PARTS:
            text = indicator.text(part)
            if text:
                lines.append(style.para(f"<b>{style.text(tr(label))}:</b> {style.text(text)}", s.small, markup=True))
        story.append(KeepTogether(lines))
    return story


@in_dutch
def build_pdf(figures: Figures, target: Any, *, header: str = "", months: list | None = None, sources: list[dict] | None = None) -> None:
    """The report: period and filters, the figures, the charts, the breakdown, the definitions."""
    s = style.styles()
    outside = figures.outside
    story: list[Flowable] = [style.para(translate("Monitor", "Monitor: from searching to lasting work"), s.title), style.para(_period_text(figures), s.subtitle),
                             style.para(translate("Monitor", "Selection: {filters}").format(filters=_filters_text(figures)), s.body)]
    if figures.by:
        story.append(style.para(translate("Monitor", "Breakdown: {by}").format(by=tr(monitor.DIMENSION_LABELS[figures.by])), s.body))
    if outside:
        story.append(style.para(translate("Monitor", "For outside the school."), s.h2))
        story.append(style.para(tr(ind.SUPPRESSION_RULE), s.body))
    if sources:
        story.append(style.para(translate("Monitor", "Combined from:"), s.h2))
        story += style.bullets([translate("Monitor", "{school}: {start} to {end} (key {fingerprint})").format(**source) for source in sources])
    story += [*style.section(translate("Monitor", "The figures"), "figures"), _totals_table(figures, s), style.spacer()]
    story.append(KeepTogether([chart_drawing(monitor.funnel_chart(figures))]))
    if months:
        story += [style.spacer(), KeepTogether([chart_drawing(monitor.months_chart(months))])]
    if figures.by and figures.groups:
        story += style.section(translate("Monitor", "Breakdown: {by}").format(by=tr(monitor.DIMENSION_LABELS[figures.by])), "breakdown")
        for ids in BREAKDOWN_COLUMNS:
            present = [i for i in ids if i in figures.indicators]
            if present:
                story += [_groups_table(figures, present), style.spacer()]
        for indicator_id in ("placed", "placements_started", "retained_3m"):
            if indicator_id in figures.indicators:
                story.append(KeepTogether([chart_drawing(monitor.breakdown_chart(figures, indicator_id))]))
    story += _definitions(figures, s)
    footer = translate("Monitor", "CoachDesk monitor, made on {day}").format(day=style.dutch_date(clock.today()))
    style.build_pdf(target, story, title=translate("Monitor", "Monitor: from searching to lasting work"), subject=_period_text(figures), author=header or "CoachDesk",
                    header=header or "CoachDesk", footer=footer)


def write_pdf(figures: Figures, target: Path, *, header: str = "", months: list | None = None, sources: list[dict] | None = None) -> None:
    buffer = io.BytesIO()
    build_pdf(figures, buffer, header=header, months=months, sources=sources)
    write_atomically(target, buffer.getvalue())


# --- workbook and CSV ---------------------------------------------------------------------------


def _columns(indicator_id: str, value: Any) -> list[tuple[str, Any]]:
    """A figure as cells: a share as n, of and %; bands and reasons one cell each; numbers stay numbers."""
    indicator = ind.BY_ID[indicator_id]
    title = indicator.text("title")
    if indicator.kind == ind.SHARE:
        n, of = (value or {}).get("n"), (value or {}).get("of")
        share = round(100 * n / of, 1) if isinstance(n, int) and isinstance(of, int) and of else None
        out_of = translate("Monitor", "out of")
        return [(f"{title} (n)", n), (f"{title} ({out_of})", of), (f"{title} (%)", share)]
    if indicator.kind in (ind.SPREAD, ind.REASONS):
        return [(f"{title}: {_band_label(indicator_id, label)}", count) for label, count in (value or {}).items()]
    return [(title, value)]


def _band_label(indicator_id: str, label: str) -> str:
    if indicator_id == "left_destination":
        from coachdesk.services.outcomes import destination_label

        return translate("Monitor", "not recorded") if label == "not_recorded" else destination_label(label)
    if indicator_id == "placements_ended_early_reasons":
        from coachdesk.services.outcomes import end_reason_label

        try:
            return end_reason_label(label)
        except ValueError:
            return label
    return label


def _table(figures: Figures) -> tuple[list[str], list[list[Any]]]:
    """One row per group (and the total): the header and the rows, all figures as columns."""
    rows_of = [(translate("Monitor", "Total"), figures.indicators)] + [(monitor.group_label(figures.by, group), group["indicators"]) for group in figures.groups]
    headers: list[str] = [tr(monitor.DIMENSION_LABELS[figures.by]) if figures.by else translate("Monitor", "Selection")]
    for indicator_id in figures.indicators:
        merged: dict = {}
        for _label, values in rows_of:
            if isinstance(values.get(indicator_id), dict) and ind.BY_ID[indicator_id].kind in (ind.SPREAD, ind.REASONS):
                merged.update({key: 0 for key in values[indicator_id]})
        headers += [name for name, _v in _columns(indicator_id, merged or figures.indicators[indicator_id])]
    rows = []
    for label, values in rows_of:
        row: list[Any] = [label]
        for indicator_id in figures.indicators:
            value = values.get(indicator_id)
            if ind.BY_ID[indicator_id].kind in (ind.SPREAD, ind.REASONS):
                keys: dict = {}
                for _l, other in rows_of:
                    keys.update({key: 0 for key in (other.get(indicator_id) or {})})
                value = {key: (value or {}).get(key, 0) for key in keys}
            row += [cell for _name, cell in _columns(indicator_id, value)]
        rows.append(row)
    return headers, rows


def _definition_rows(figures: Figures) -> list[list[str]]:
    rows = [[translate("Monitor", "Id"), translate("Monitor", "Figure")] + [tr(label) for _part, label in PARTS]]
    for indicator_id in figures.indicators:
        indicator = ind.BY_ID[indicator_id]
        rows.append([indicator_id, indicator.text("title")] + [indicator.text(part) for part, _label in PARTS])
    return rows


@in_dutch
def build_xlsx(figures: Figures, target: Any, *, extra: list[Figures] | None = None) -> None:
    """A workbook: "Totaal" (and a sheet per breakdown), "Definities"; numbers as numbers, hidden counts as text."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheets = [figures] + list(extra or [])
    first = True
    for item in sheets:
        sheet = book.active if first else book.create_sheet()
        first = False
        sheet.title = (translate("Monitor", "Total") if not item.by else translate("Monitor", "By {by}").format(by=tr(monitor.DIMENSION_LABELS[item.by]).lower()))[:31]
        sheet.append([translate("Monitor", "Monitor: from searching to lasting work")])
        sheet.append([_period_text(item)])
        sheet.append([translate("Monitor", "Definitions version {version}").format(version=item.definitions_version)])
        if item.outside:
            sheet.append([tr(ind.SUPPRESSION_RULE)])
        sheet.append([])
        headers, rows = _table(item)
        sheet.append(headers)
        for cell in sheet[sheet.max_row]:
            cell.font = Font(bold=True)
        for row in rows:
            sheet.append(row)
        sheet.column_dimensions["A"].width = 30
    definitions = book.create_sheet(translate("Monitor", "Definitions")[:31])
    for row in _definition_rows(figures):
        definitions.append(row)
    for cell in definitions[1]:
        cell.font = Font(bold=True)
    for letter, width in zip("ABCDEFG", (30, 34, 60, 45, 30, 45, 30), strict=True):
        definitions.column_dimensions[letter].width = width
    book.save(target)


def write_xlsx(figures: Figures, target: Path, *, extra: list[Figures] | None = None) -> None:
    buffer = io.BytesIO()
    build_xlsx(figures, buffer, extra=extra)
    write_atomically(target, buffer.getvalue())


@in_dutch
def csv_and_description(figures: Figures) -> tuple[bytes, bytes]:
    """The CSV (one row per group and figure part) and the JSON that describes its columns and definitions."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    columns = ["group", "indicator", "part", "value"]
    writer.writerow(columns)
    rows_of = [("", figures.indicators)] + [(group["label"] if figures.outside else group["key"], group["indicators"]) for group in figures.groups]
    for key, values in rows_of:
        for indicator_id, value in values.items():
            if isinstance(value, dict):
                for part, inner in value.items():
                    writer.writerow([key, indicator_id, part, "" if inner is None else inner])
            else:
                writer.writerow([key, indicator_id, "", "" if value is None else value])
    description = {
        "title": translate("Monitor", "Monitor: from searching to lasting work"),
        "period": figures.period.as_dict(), "peildatum": figures.period.end.isoformat(),
        "definitions_version": figures.definitions_version, "by": figures.by, "filters": figures.filters, "outside": figures.outside,
        "suppression": tr(ind.SUPPRESSION_RULE) if figures.outside else None,
        "hidden_values": {monitor.SUPPRESSED: translate("Monitor", "a count from 1 to 4"), monitor.SECONDARY: translate("Monitor", "hidden so that a total does not reveal a small count")},
        "encoding": "utf-8-sig", "delimiter": ";",
        "columns": {"group": translate("Monitor", "The group of the breakdown; empty for the total."), "indicator": translate("Monitor", "The figure's id (see indicators)."),
                    "part": translate("Monitor", "For a share: n (counted) or of (out of); for bands and reasons: the band or reason; else empty."),
                    "value": translate("Monitor", "The value: a number, or a hidden count.")},
        "groups": {group["key"]: group["label"] for group in figures.groups} if not figures.outside else None,
        "indicators": {i: {part: ind.BY_ID[i].text(part) for part in ("title", "definition", "numerator", "denominator", "population", "peildatum")}
                       for i in figures.indicators},
    }
    return ("\ufeff" + out.getvalue()).encode("utf-8"), json.dumps(description, ensure_ascii=False, indent=2).encode("utf-8")


def write_csv(figures: Figures, target: Path) -> Path:
    """The CSV at ``target`` and its description beside it (same name, .json); returns the description's path."""
    content, description = csv_and_description(figures)
    described = target.with_suffix(".json")
    write_atomically(target, content)
    write_atomically(described, description)
    return described
