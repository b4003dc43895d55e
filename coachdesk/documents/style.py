"""The one look of every CoachDesk document: fonts, paragraph styles, page frame.

DejaVu Sans is embedded because reportlab's built-in Helvetica cannot print
names such as "Łukasz" or "Gülşen". Every colour also reads in black and white.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from coachdesk.resources import resources_dir

FONT, FONT_BOLD, FONT_ITALIC = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"
ACCENT = colors.HexColor("#1f4e79")  # dark enough to print as near-black
LIGHT = colors.HexColor("#e8eef4")
RULE = colors.HexColor("#8a9aa9")
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN


@lru_cache(maxsize=1)
def register_fonts() -> None:
    folder = resources_dir() / "fonts"
    for name, file_name in ((FONT, "DejaVuSans.ttf"), (FONT_BOLD, "DejaVuSans-Bold.ttf"), (FONT_ITALIC, "DejaVuSans-Oblique.ttf")):
        pdfmetrics.registerFont(TTFont(name, str(folder / file_name)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD)


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    bullet: ParagraphStyle


@lru_cache(maxsize=1)
def styles() -> Styles:
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, bulletFontName=FONT, fontSize=10, leading=14, spaceAfter=5, alignment=TA_LEFT)
    return Styles(
        title=ParagraphStyle("title", parent=body, fontName=FONT_BOLD, fontSize=22, leading=27, textColor=ACCENT, spaceAfter=8),
        subtitle=ParagraphStyle("subtitle", parent=body, fontSize=12, leading=16, textColor=colors.HexColor("#333333"), spaceAfter=14),
        h1=ParagraphStyle("h1", parent=body, fontName=FONT_BOLD, fontSize=15, leading=19, textColor=ACCENT, spaceBefore=10, spaceAfter=6),
        h2=ParagraphStyle("h2", parent=body, fontName=FONT_BOLD, fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=3),
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8, leading=10.5, textColor=colors.HexColor("#444444")),
        cell=ParagraphStyle("cell", parent=body, fontSize=8.5, leading=11, spaceAfter=0),
        cell_bold=ParagraphStyle("cell_bold", parent=body, fontName=FONT_BOLD, fontSize=8.5, leading=11, spaceAfter=0),
        bullet=ParagraphStyle("bullet", parent=body, leftIndent=12, bulletIndent=2, spaceAfter=2),
    )


def text(value: object) -> str:
    """User text made safe for Paragraph markup: "<b>&" prints as typed."""
    return escape("" if value is None else str(value)).replace("\n", "<br/>")


def para(value: str, style: ParagraphStyle | None = None, *, markup: bool = False) -> Paragraph:
    """A paragraph of user text (escaped), or of our own markup when ``markup`` is set."""
    return Paragraph(value if markup else text(value), style or styles().body)


def bullets(items: list[str]) -> list[Paragraph]:
    return [Paragraph(text(item), styles().bullet, bulletText="•") for item in items]


def table(rows: list[list[object]], widths: list[float], *, header: bool = True) -> Table:
    """A table whose cells wrap (Paragraphs), so no text runs out of its cell."""
    s = styles()
    cells = [
        [value if isinstance(value, Flowable) else Paragraph(text(value), s.cell_bold if header and r == 0 else s.cell) for value in row]
        for r, row in enumerate(rows)
    ]
    result = Table(cells, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
    commands = [
        ("FONT", (0, 0), (-1, -1), FONT, 8.5),  # Table's default is Helvetica, which is not embedded
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), LIGHT))
    result.setStyle(TableStyle(commands))
    return result


class Bookmark(Flowable):
    """An entry in the PDF's outline (bookmarks), at the place it stands in the text."""

    def __init__(self, title: str, key: str, level: int = 0) -> None:
        super().__init__()
        self.title, self.key, self.level = title, key, level
        self.width = self.height = 0

    def wrap(self, available_width, available_height):
        return 0, 0

    def draw(self) -> None:
        self.canv.bookmarkPage(self.key)
        self.canv.addOutlineEntry(self.title, self.key, self.level, closed=False)


def section(title: str, key: str) -> list[Flowable]:
    return [Bookmark(title, key), Paragraph(text(title), styles().h1)]


def numbered_canvas(header: str, footer: str) -> type[Canvas]:
    """A canvas that writes the running header and "pagina X van Y" once the page count is known."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            self.saveState()
            self.setFont(FONT, 8)
            self.setFillColor(colors.HexColor("#444444"))
            self.drawString(MARGIN, PAGE_HEIGHT - 11 * mm, header)
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN, PAGE_HEIGHT - 12.5 * mm, PAGE_WIDTH - MARGIN, PAGE_HEIGHT - 12.5 * mm)
            self.drawString(MARGIN, 10 * mm, footer)
            self.drawRightString(PAGE_WIDTH - MARGIN, 10 * mm, f"pagina {self._pageNumber} van {total}")
            self.restoreState()

    return NumberedCanvas


def build_pdf(target, story: list[Flowable], *, title: str, subject: str, author: str, header: str, footer: str) -> None:
    """Lay out ``story`` on A4 pages with the shared frame and metadata; ``target`` is a path or a binary file."""
    document = BaseDocTemplate(
        target, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=18 * mm, bottomMargin=18 * mm,
        title=title, subject=subject, author=author, creator="CoachDesk", lang="nl-NL",
        initialFontName=FONT,  # otherwise every page starts in Helvetica, which is not embedded
    )
    frame = Frame(MARGIN, 16 * mm, CONTENT_WIDTH, PAGE_HEIGHT - 32 * mm, id="body", leftPadding=0, rightPadding=0)
    document.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    document.build(story, canvasmaker=numbered_canvas(header, footer))


def layout_table(cells: list[list[object]], widths: list[float], commands: list | None = None) -> Table:
    """A borderless table that places flowables side by side."""
    result = Table(cells, colWidths=widths)
    result.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 8.5), ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0), *(commands or [])]))
    return result


def spacer(height_mm: float = 4) -> Spacer:
    return Spacer(1, height_mm * mm)


MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]


def dutch_date(day, *, weekday: bool = False) -> str:
    """22 november 2026 (or "zondag 22 november 2026")."""
    written = f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    return f"{WEEKDAYS[day.weekday()]} {written}" if weekday else written
