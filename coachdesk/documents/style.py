"""The one look of every CoachDesk document: fonts, paragraph styles, page frame.

DejaVu Sans is embedded because reportlab's built-in Helvetica cannot print
names such as "Łukasz" or "Gülşen". Every colour also reads in black and white.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
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
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
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


BODY_SIZE = 11  # printed text is at least 11 pt (12 pt in the student and parent toolkit), tables at least 10 pt
SMALLEST = 10


@lru_cache(maxsize=4)
def styles(size: float = BODY_SIZE) -> Styles:
    """The paragraph styles for body text of ``size`` points. URLs and e-mail addresses wrap at / . @, never mid-word."""
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, bulletFontName=FONT, fontSize=size, leading=size * 1.38, spaceAfter=5, alignment=TA_LEFT,
                          uriWasteReduce=0.3, embeddedHyphenation=0, splitLongWords=1)
    cell_size = max(SMALLEST, size - 1)
    return Styles(
        title=ParagraphStyle("title", parent=body, fontName=FONT_BOLD, fontSize=size * 2, leading=size * 2.45, textColor=ACCENT, spaceAfter=8),
        subtitle=ParagraphStyle("subtitle", parent=body, fontSize=size + 2, leading=(size + 2) * 1.33, textColor=colors.HexColor("#333333"), spaceAfter=12),
        h1=ParagraphStyle("h1", parent=body, fontName=FONT_BOLD, fontSize=size + 4, leading=(size + 4) * 1.27, textColor=ACCENT, spaceBefore=10, spaceAfter=6),
        h2=ParagraphStyle("h2", parent=body, fontName=FONT_BOLD, fontSize=size + 1, leading=(size + 1) * 1.3, spaceBefore=8, spaceAfter=3),
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=SMALLEST, leading=SMALLEST * 1.3, textColor=colors.HexColor("#333333")),
        cell=ParagraphStyle("cell", parent=body, fontSize=cell_size, leading=cell_size * 1.3, spaceAfter=0),
        cell_bold=ParagraphStyle("cell_bold", parent=body, fontName=FONT_BOLD, fontSize=cell_size, leading=cell_size * 1.3, spaceAfter=0),
        bullet=ParagraphStyle("bullet", parent=body, leftIndent=14, bulletIndent=2, spaceAfter=3),
    )


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_LINKABLE = re.compile(r"(https?://[^\s<>\"]+[^\s<>\".,;:!?)])|([\w.+-]+@[\w-]+(?:\.[\w-]+)+)"
                       # a Dutch phone number: 0 and nine digits (spaces or hyphens between), or 0800/0900 and four to seven
                       r"|((?<![\w/.:=-])(?:\+31[ -]?|0)(?:[1-9](?:[ -]?\d){8}|[89]00[ -]?\d{4,7})(?![\w-]))")


def clean_text(value: object) -> str:
    """Text as it may be printed: no lone surrogates or control characters (they crash or garble a PDF)."""
    return _CONTROL.sub("", "" if value is None else str(value)).replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")


NBSP = "\u00a0"


def phone_target(number: str) -> str:
    """tel:+31105551234 for "010 555 12 34": a phone dials it when the number is tapped."""
    digits = re.sub(r"\D", "", number)
    return "tel:+" + (digits if number.strip().startswith("+") else "31" + digits[1:])


def _link(match: re.Match) -> str:
    url, email, phone = match.group(1), match.group(2), match.group(3)
    if phone:
        shown = phone.replace(" ", NBSP)  # one number on one line
        return f'<a href="{phone_target(phone)}" color="#1f4e79">{shown}</a>'
    target = url if url else f"mailto:{email}"
    shown = re.sub(r"^https?://", "", match.group(0)).rstrip("/")  # "www.s-bb.nl" reads easier and wraps less
    return f'<a href="{target}" color="#1f4e79"><u>{shown}</u></a>'


def text(value: object, *, links: bool = True) -> str:
    """User text made safe for Paragraph markup: "<b>&" prints as typed; web and e-mail addresses become clickable links."""
    escaped = escape(clean_text(value))
    if links and ("@" in escaped or "://" in escaped or any(ch.isdigit() for ch in escaped)):
        escaped = _LINKABLE.sub(_link, escaped)
    return escaped.replace("\n", "<br/>")


def para(value: str, style: ParagraphStyle | None = None, *, markup: bool = False) -> Paragraph:
    """A paragraph of user text (escaped), or of our own markup when ``markup`` is set."""
    return Paragraph(value if markup else text(value), style or styles().body)


def bullets(items: list[str], style: ParagraphStyle | None = None) -> list[Paragraph]:
    return [Paragraph(text(item), style or styles().bullet, bulletText="•") for item in items]


CHUNK_CHARS = 1200  # a table row holds at most this much of one text; longer text continues in the next rows
CHUNK_LINES = 8  # small pieces: a page ends at most 8 lines early


def _chunks(value: object, limit: int = CHUNK_CHARS) -> list[str]:
    """Long text cut at spaces (or lines) into pieces that each fit on a page, so a table row never outgrows a page."""
    CHUNK_CHARS = limit  # noqa: N806 - the limit for this column
    value = clean_text(value)
    if len(value) <= CHUNK_CHARS and value.count("\n") < CHUNK_LINES:
        return [value]
    pieces, current = [], ""
    for line in value.split("\n"):
        while len(line) > CHUNK_CHARS:
            cut = line.rfind(" ", 0, CHUNK_CHARS)
            cut = cut if cut > CHUNK_CHARS // 2 else CHUNK_CHARS
            if current:
                pieces.append(current)
                current = ""
            pieces.append(line[:cut])
            line = line[cut:].lstrip()
        if current and (len(current) + len(line) > CHUNK_CHARS or current.count("\n") >= CHUNK_LINES - 1):
            pieces.append(current)
            current = line
        else:
            current = f"{current}\n{line}" if current else line
    if current:
        pieces.append(current)
    return pieces or [""]


class RowTable(Table):
    """A table that never leaves one row alone: split, each part holds at least two rows (besides the repeated header)."""

    def split(self, availWidth, availHeight):  # noqa: N803 - reportlab's names
        parts = super().split(availWidth, availHeight)
        if len(parts) != 2:
            return parts
        head = self.repeatRows if isinstance(self.repeatRows, int) else len(self.repeatRows)
        first, rest = len(parts[0]._cellvalues) - head, len(parts[1]._cellvalues) - head
        at_top = bool(getattr(getattr(self, "_frame", None), "_atTop", False))
        if first < 2 and not at_top:
            return []  # the whole table starts on the next page
        if rest < 2 and first >= 3:  # one row earlier, so the last row is not alone on the next page
            fewer = super().split(availWidth, sum(self._rowHeights[: len(parts[0]._cellvalues) - 1]) + 0.01)
            if len(fewer) == 2:
                return fewer
        return parts


class KeepWithNext(Flowable):
    """A heading (with its bookmark) kept on the page with the start of what follows it: never alone at the foot of a page.

    When what follows is long, it is split and its first part stays with the heading; only when not even that fits
    does all of it go to the next page.
    """

    def __init__(self, heads: list[Flowable], follower: Flowable) -> None:
        super().__init__()
        self.heads, self.follower = heads, follower

    def _lend(self) -> None:
        """The canvas and frame the frame gave this flowable, which its parts need to measure themselves."""
        for part in (*self.heads, self.follower):
            for name in ("canv", "_frame"):
                if hasattr(self, name):
                    setattr(part, name, getattr(self, name))

    def _heads_height(self, width: float, height: float) -> float:
        self._lend()
        total = 0.0
        for index, head in enumerate(self.heads):
            total += head.wrap(width, height)[1] + head.getSpaceAfter() + (head.getSpaceBefore() if index else 0)
        return total + self.follower.getSpaceBefore()

    def wrap(self, availWidth, availHeight):  # noqa: N803 - reportlab's names
        heads = self._heads_height(availWidth, availHeight)
        self.width, self.height = availWidth, heads + self.follower.wrap(availWidth, availHeight)[1]
        return availWidth, availHeight + 1  # never drawn whole: the frame asks for a split, which hands it the parts

    def getSpaceBefore(self):  # noqa: N802 - reportlab's name
        return self.heads[0].getSpaceBefore() if self.heads else 0

    def split(self, availWidth, availHeight):  # noqa: N803 - reportlab's names
        left = availHeight - self._heads_height(availWidth, availHeight)
        at_top = bool(getattr(getattr(self, "_frame", None), "_atTop", False))
        if left > 0:
            _, needed = self.follower.wrap(availWidth, left)
            if isinstance(self.follower, KeepTogether):
                needed = self.follower._H  # its wrap answers "too tall" on purpose, to be split; this is its real height
            if needed <= left:
                return [*self.heads, self.follower]
            parts = [] if isinstance(self.follower, KeepTogether) else self.follower.split(availWidth, left)  # a KeepTogether moves whole
            if parts:
                return [*self.heads, *parts]
        return [*self.heads, self.follower] if at_top else []

    def draw(self) -> None:  # never drawn whole: split() hands the frame its parts
        raise NotImplementedError


def keep_headings(story: list[Flowable]) -> list[Flowable]:
    """Each heading (h1 or h2 Paragraph, with the Bookmark before it) bound to the flowable after it."""
    result: list[Flowable] = []
    index = 0
    while index < len(story):
        item = story[index]
        if not (isinstance(item, Bookmark) or _is_heading(item)):
            result.append(item)
            index += 1
            continue
        heads: list[Flowable] = []
        probe = index
        while probe < len(story) and (isinstance(story[probe], Bookmark) or _is_heading(story[probe])
                                      or (isinstance(story[probe], CondPageBreak) and heads and _is_heading(heads[-1]))):
            if not isinstance(story[probe], CondPageBreak):  # a page break between two headings would part them
                heads.append(story[probe])
            probe += 1
        if any(_is_heading(head) for head in heads) and probe < len(story):
            result.append(KeepWithNext(heads, story[probe]))
            index = probe + 1
        else:
            result.extend(heads)
            index = probe
    return result


def _is_heading(flowable: Flowable) -> bool:
    return isinstance(flowable, Paragraph) and flowable.style.name in ("h1", "h2")


def table(rows: Sequence[Sequence[object]], widths: Sequence[float], *, header: bool = True, size: float | None = None) -> Table:
    """A table whose cells wrap (Paragraphs), so no text runs out of its cell; a very long text continues over several rows."""
    s = styles(size) if size else styles()
    cells = []
    for r, row in enumerate(rows):
        style = s.cell_bold if header and r == 0 else s.cell
        # About 20 lines of the column's width per row: a row never outgrows a page.
        split = [[value] if isinstance(value, Flowable) else _chunks(value, max(150, int(width / (style.fontSize * 0.62)) * CHUNK_LINES))
                 for value, width in zip(row, widths, strict=False)]
        for part in range(max(len(pieces) for pieces in split)):
            cells.append([
                (pieces[part] if part < len(pieces) else "") if isinstance(pieces[0], Flowable)
                else Paragraph(text(pieces[part]) if part < len(pieces) else "", style)
                for pieces in split
            ])
    result = RowTable(cells, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
    commands = [
        ("FONT", (0, 0), (-1, -1), FONT, SMALLEST),  # Table's default is Helvetica, which is not embedded
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


def section(title: str, key: str, size: float | None = None) -> list[Flowable]:
    """A heading with its bookmark; it starts a new page only when less than 40 mm is left (never alone at the foot of a page)."""
    return [CondPageBreak(40 * mm), Bookmark(title, key), Paragraph(text(title, links=False), (styles(size) if size else styles()).h1)]


def numbered_canvas(header: str, footer: str, logo: str = "") -> type[Canvas]:
    """A canvas that writes the running header and "pagina X van Y" once the page count is known.

    Pages are kept until the count is known, so a bookmark's target page is
    recorded with the page it stands on and set when that page is written.
    """
    header, footer = clean_text(header), clean_text(footer)

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            kwargs.setdefault("initialFontName", FONT)  # never start a page in Helvetica, which is not embedded
            kwargs.setdefault("initialFontSize", SMALLEST)
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []
            self._marks: list[list[str]] = [[]]

        def bookmarkPage(self, key, **kwargs):  # noqa: N802 - reportlab's name
            self._marks[-1].append(key)

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._marks.append([])
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages):
                self.__dict__.update(state)
                self._decorate(total)
                for key in self._marks[number]:  # the same list in every saved state
                    Canvas.bookmarkPage(self, key, fit="XYZ", top=PAGE_HEIGHT)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            self.saveState()
            self.setFont(FONT, SMALLEST)
            self.setFillColor(colors.HexColor("#333333"))
            self.drawString(MARGIN, PAGE_HEIGHT - 11 * mm, header)
            if logo:
                try:
                    self.drawImage(logo, PAGE_WIDTH - MARGIN - 30 * mm, PAGE_HEIGHT - 12 * mm, width=30 * mm, height=8 * mm,
                                   preserveAspectRatio=True, anchor="e", mask="auto")
                except Exception:  # noqa: BLE001 - a logo that cannot be read is left out, the toolkit still prints
                    pass
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN, PAGE_HEIGHT - 12.5 * mm, PAGE_WIDTH - MARGIN, PAGE_HEIGHT - 12.5 * mm)
            self.drawString(MARGIN, 10 * mm, footer)
            self.drawRightString(PAGE_WIDTH - MARGIN, 10 * mm, f"pagina {self._pageNumber} van {total}")
            self.restoreState()

    return NumberedCanvas


def build_pdf(target, story: list[Flowable], *, title: str, subject: str, author: str, header: str, footer: str, logo: str = "") -> None:
    """Lay out ``story`` on A4 pages with the shared frame and metadata; ``target`` is a path or a binary file.

    The viewer shows the title (DisplayDocTitle), not the file name.
    """
    import os

    document = BaseDocTemplate(
        target, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=18 * mm, bottomMargin=18 * mm,
        title=clean_text(title), subject=clean_text(subject), author=clean_text(author), creator="CoachDesk", lang="nl-NL",
        initialFontName=FONT, initialFontSize=SMALLEST,  # otherwise every page starts in Helvetica, which is not embedded
        displayDocTitle=True,
    )
    frame = Frame(MARGIN, 16 * mm, CONTENT_WIDTH, PAGE_HEIGHT - 32 * mm, id="body", leftPadding=0, rightPadding=0)
    document.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    document.build(keep_headings(story), canvasmaker=numbered_canvas(header, footer, logo if logo and os.path.isfile(logo) else ""))


def layout_table(cells: list[list[object]], widths: list[float], commands: list | None = None) -> Table:
    """A borderless table that places flowables side by side."""
    result = Table(cells, colWidths=widths)
    result.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, SMALLEST), ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0), *(commands or [])]))
    return result


def spacer(height_mm: float = 4) -> Spacer:
    return Spacer(1, height_mm * mm)


MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]


def dutch_date(day, *, weekday: bool = False) -> str:
    """22 november 2026 (or "zondag 22 november 2026")."""
    written = f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    return f"{WEEKDAYS[day.weekday()]} {written}" if weekday else written
