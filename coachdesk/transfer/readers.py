"""Reading the table of a school's export: CSV (delimiter and encoding detected), .xlsx, .xls and .ods.

Everything is bounded before it is read: the file's size, for a zipped format the
uncompressed size of its members (a zip bomb is refused before python-calamine
unpacks anything), the number of rows and the length of one cell. A file that
cannot be read at all raises ``UnreadableFile`` with one line that says what to do;
then nothing is imported.
"""
from __future__ import annotations

import codecs
import csv
import io
import re
import threading
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from coachdesk.domain.errors import UserError
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP, translate

MAX_ROWS = 200_000
MAX_COLUMNS = 200
MAX_CELL_CHARS = 10_000
MAX_FILE_BYTES = 100 * 1024 * 1024  # a CSV of 200,000 long rows; an export of a school is far smaller
MAX_UNZIPPED_BYTES = 300 * 1024 * 1024  # all members of an .xlsx/.ods together, uncompressed
MAX_ZIP_RATIO = 200  # xml compresses well, but not a thousandfold: that is a zip bomb
HEADER_SEARCH_ROWS = 20

SPREADSHEET_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".ods"}
ZIPPED_SUFFIXES = {".xlsx", ".xlsm", ".ods"}
CSV_SUFFIXES = {".csv", ".txt", ".tsv"}

MSG_MISSING = QT_TRANSLATE_NOOP("Import", "{path} does not exist or cannot be opened ({reason}). Check the file name.")
MSG_SUFFIX = QT_TRANSLATE_NOOP("Import", "{path}: CoachDesk reads .csv, .xlsx, .xls and .ods files. Save the export in one of these formats.")
MSG_NOT_SPREADSHEET = QT_TRANSLATE_NOOP("Import", "{path} is not a readable {format} file (it may be damaged or of another kind). Open it in a spreadsheet program and save it again.")
MSG_TOO_BIG = QT_TRANSLATE_NOOP("Import", "{path} is too large to import ({size} MB; at most {limit} MB). Split the file.")
MSG_BOMB = QT_TRANSLATE_NOOP("Import", "{path} unpacks to far more data than a spreadsheet holds; it is refused as unsafe. Save the export again from the school's system.")
MSG_TOO_MANY_ROWS = QT_TRANSLATE_NOOP("Import", "{path} has more than {limit} rows. Split the file into smaller parts.")
MSG_TOO_MANY_COLUMNS = QT_TRANSLATE_NOOP("Import", "{path} has more than {limit} columns. Remove the columns you do not need.")
MSG_CELL_TOO_LONG = QT_TRANSLATE_NOOP("Import", "{path}: a cell on line {line} holds more than {limit} characters. Remove that text and import again.")
MSG_EMPTY = QT_TRANSLATE_NOOP("Import", "{path} holds no rows with a header. Check that it is the right file.")
MSG_NO_SHEET = QT_TRANSLATE_NOOP("Import", "{path} holds no worksheet. Check that it is the right file.")

Cell = object  # str, int, float, bool, date, datetime or None


class UnreadableFile(UserError):
    """The file cannot be read at all: nothing of it is imported."""

    context = "Import"


@dataclass
class Table:
    """The rows of a file: a header row and the data rows below it, with their line numbers in the file."""

    path: Path
    format: str  # csv, xlsx, xls, ods
    headers: list[str]
    header_line: int  # 1-based line of the header in the file
    rows: list[tuple[int, list[Cell]]] = field(default_factory=list)  # (line in the file, cells), empty rows left out
    raw_prefix: list[list[Cell]] = field(default_factory=list)  # lines above the header (titles), for the error file
    encoding: str | None = None  # csv: utf-8, utf-8-sig, utf-16, cp1252, or "mixed" (UTF-8 with Windows-1252 bytes)
    delimiter: str | None = None
    notices: list[tuple[int, str]] = field(default_factory=list)  # (line, translated text): how the file was read, for the preview


def read_table(path: Path | str, known_headers: set[str] | None = None) -> Table:
    """The table in ``path``; ``known_headers`` (normalised, see ``normalise_header``) find the header row."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SPREADSHEET_SUFFIXES | CSV_SUFFIXES:
        raise UnreadableFile(MSG_SUFFIX, path=path.name)
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise OSError("not a file")
    except OSError as error:
        raise UnreadableFile(MSG_MISSING, path=path, reason=getattr(error, "strerror", None) or error) from None
    if size > MAX_FILE_BYTES:
        raise UnreadableFile(MSG_TOO_BIG, path=path.name, size=size // (1024 * 1024), limit=MAX_FILE_BYTES // (1024 * 1024))
    notices: list[tuple[int, str]] = []
    if suffix in CSV_SUFFIXES:
        lines, encoding, delimiter = _read_csv(path, notices)
        fmt = "csv"
    else:
        lines, encoding, delimiter = _read_spreadsheet(path, suffix), None, None
        fmt = suffix.lstrip(".").replace("xlsm", "xlsx")
    table = _with_header(path, fmt, lines, known_headers or set(), encoding, delimiter)
    table.notices = notices
    return table


# --- CSV ---------------------------------------------------------------------


MIXED = "mixed"  # mostly UTF-8, with bytes of Windows-1252 among it (a file pasted together from two exports)
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_CP1252_UNDEFINED = re.compile(rb"[\x81\x8d\x8f\x90\x9d]")
# Text that was UTF-8 once and was read as Windows-1252 before it reached the file ("ZoÃ«" for "Zoë").
_CONTINUATION = "".join(sorted(set(bytes(range(0x80, 0xC0)).decode("cp1252", errors="ignore"))))
_TWICE_ENCODED = re.compile("(?:[\u00c2-\u00df][{c}]|[\u00e0-\u00ef][{c}]{{2}}|[\u00f0-\u00f4][{c}]{{3}})+".format(c=re.escape(_CONTINUATION)))

MSG_MIXED = QT_TRANSLATE_NOOP("Import", "The file mixes two encodings: it is UTF-8, but line {lines} holds Windows-1252 (as older Excel writes). Each character was read in its own encoding; check the names on that line.")
MSG_TWICE = QT_TRANSLATE_NOOP("Import", "Line {lines} held text converted twice (such as \"{before}\" for \"{after}\"); it was read as \"{after}\". Check the names on that line.")
MSG_UNDEFINED_BYTE = QT_TRANSLATE_NOOP("Import", "{path}: line {line} holds a byte that is a character neither in UTF-8 nor in Windows-1252. Save the export again as CSV UTF-8 and import that file.")
MAX_LINES_NAMED = 10

_fallback = threading.local()


def _cp1252_for_invalid(error: UnicodeError) -> tuple[str, int]:
    """The decoding error handler of a mixed file: a byte that is not UTF-8 is read as Windows-1252."""
    assert isinstance(error, UnicodeDecodeError)
    bad = error.object[error.start:error.end]
    positions = getattr(_fallback, "positions", None)
    if positions is not None:
        positions.append(error.start)
    try:
        return bytes(bad).decode("cp1252"), error.end
    except UnicodeDecodeError:
        undefined = getattr(_fallback, "undefined", None)
        if undefined is not None:
            undefined.append(error.start)
        return bytes(bad).decode("cp1252", errors="replace"), error.end


codecs.register_error("coachdesk-cp1252", _cp1252_for_invalid)


def _is_utf8(data: bytes | memoryview) -> bool:
    try:
        codecs.getincrementaldecoder("utf-8")().decode(data, final=True)  # checks without keeping a copy
    except UnicodeDecodeError:
        return False
    return True


def detect_encoding(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with a BOM, Windows-1252 as Dutch Excel writes it, or MIXED:
    UTF-8 with bytes that are not (a file put together from two exports)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig" if _is_utf8(memoryview(data)[3:]) else MIXED
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    if _is_utf8(data):
        return "utf-8"
    return MIXED if _UTF8_SEQUENCE.search(data) else "cp1252"


def _line_numbers(data: bytes, positions: list[int]) -> list[int]:
    """The 1-based lines of these byte positions (sorted, each line once)."""
    lines: list[int] = []
    line, at = 1, 0
    for position in sorted(positions):
        line += data.count(b"\n", at, position)
        at = position
        if not lines or lines[-1] != line:
            lines.append(line)
            if len(lines) > MAX_LINES_NAMED:
                break
    return lines


def _named_lines(lines: list[int]) -> str:
    shown = ", ".join(str(n) for n in lines[:MAX_LINES_NAMED])
    return shown + (" …" if len(lines) > MAX_LINES_NAMED else "")


def _decode_mixed(path: Path, data: bytes, notices: list[tuple[int, str]]) -> str:
    """UTF-8, with each byte that is not UTF-8 read as Windows-1252; the lines that held such bytes are named."""
    _fallback.positions, _fallback.undefined = [], []
    try:
        start = 3 if data.startswith(b"\xef\xbb\xbf") else 0
        text = codecs.decode(memoryview(data)[start:], "utf-8", errors="coachdesk-cp1252")
        positions = [p + start for p in _fallback.positions]
        undefined = [p + start for p in _fallback.undefined]
    finally:
        del _fallback.positions, _fallback.undefined
    if undefined:
        raise UnreadableFile(MSG_UNDEFINED_BYTE, path=path.name, line=_line_numbers(data, undefined[:1])[0])
    lines = _line_numbers(data, positions)
    notices.append((lines[0], translate("Import", MSG_MIXED).format(lines=_named_lines(lines))))
    return text


def repair_twice_encoded(text: str) -> str:
    """"ZoÃ«" back to "Zoë": runs of characters that are the Windows-1252 reading of UTF-8 bytes, where they
    decode as UTF-8 again (a real name never holds such runs)."""
    def back(match: re.Match) -> str:
        try:
            return match.group(0).encode("cp1252").decode("utf-8")
        except UnicodeError:
            return match.group(0)

    return _TWICE_ENCODED.sub(back, text)


def sniff_delimiter(text: str) -> str:
    """Comma, semicolon or tab: the one that splits the first lines most evenly (quotes respected)."""
    sample = text[:64 * 1024].splitlines()[:30]
    best, best_score = ",", -1.0
    for delimiter in (";", ",", "\t"):
        counts = []
        for row in csv.reader(sample, delimiter=delimiter):
            if any(cell.strip() for cell in row):
                counts.append(len(row))
        if not counts:
            continue
        most = max(set(counts), key=counts.count)
        if most < 2:
            continue
        score = counts.count(most) / len(counts) * 10 + min(most, 50) / 50
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _text_of(path: Path, data: bytes, notices: list[tuple[int, str]]) -> tuple[str, io.TextIOBase]:
    """The encoding, and the text to read: decoded as it is read, or (a mixed file) at once."""
    encoding = detect_encoding(data)
    if encoding == "cp1252":
        undefined = _CP1252_UNDEFINED.search(data)
        if undefined:
            raise UnreadableFile(MSG_UNDEFINED_BYTE, path=path.name, line=data.count(b"\n", 0, undefined.start()) + 1)
    text: io.TextIOBase
    if encoding == MIXED:
        text = io.StringIO(_decode_mixed(path, data, notices), newline="")
    else:
        text = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8" if encoding == "utf-8-sig" else encoding, errors="replace", newline="")
    if encoding == "utf-8-sig":
        text.read(1)  # the byte order mark
    return encoding, text


def _repaired(cells: list[str], line: int, twice: list[tuple[int, str, str]]) -> list[Cell]:
    """The cells with text converted twice read back; each repair noted in ``twice`` as (line, before, after)."""
    for index, cell in enumerate(cells):
        if not cell.isascii():
            repaired = repair_twice_encoded(cell)
            if repaired != cell:
                twice.append((line, cell, repaired))
                cells[index] = repaired
    return list(cells)


def _read_csv(path: Path, notices: list[tuple[int, str]]) -> tuple[list[tuple[int, list[Cell]]], str, str]:
    data = path.read_bytes()
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UnreadableFile(MSG_NOT_SPREADSHEET, path=path.name, format="CSV")
    # Cheap checks on the bytes before anything is decoded: a giant cell, or far too many lines.
    giant = re.search(rb"[^;,\t\r\n]{%d}" % (4 * MAX_CELL_CHARS + 1), data)
    if giant:
        raise UnreadableFile(MSG_CELL_TOO_LONG, path=path.name, line=data.count(b"\n", 0, giant.start()) + 1, limit=MAX_CELL_CHARS)
    if data.count(b"\n") > 2 * (MAX_ROWS + HEADER_SEARCH_ROWS):
        raise UnreadableFile(MSG_TOO_MANY_ROWS, path=path.name, limit=f"{MAX_ROWS:,}".replace(",", "."))
    encoding, text = _text_of(path, data, notices)
    head = text.read(64 * 1024)
    text.seek(0)
    if encoding == "utf-8-sig":
        text.read(1)
    delimiter = sniff_delimiter(head)
    lines: list[tuple[int, list[Cell]]] = []
    reader = csv.reader(text, delimiter=delimiter)
    old_limit = csv.field_size_limit()
    csv.field_size_limit(MAX_CELL_CHARS)
    previous_end = 0
    twice: list[tuple[int, str, str]] = []  # (line, as in the file, as read)
    try:
        while True:
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error:
                raise UnreadableFile(MSG_CELL_TOO_LONG, path=path.name, line=reader.line_num, limit=MAX_CELL_CHARS) from None
            if len(lines) >= MAX_ROWS + HEADER_SEARCH_ROWS:
                raise UnreadableFile(MSG_TOO_MANY_ROWS, path=path.name, limit=f"{MAX_ROWS:,}".replace(",", "."))
            if len(row) > MAX_COLUMNS:
                raise UnreadableFile(MSG_TOO_MANY_COLUMNS, path=path.name, limit=MAX_COLUMNS)
            lines.append((previous_end + 1, _repaired(list(row), previous_end + 1, twice)))  # the line the record starts on, as an editor shows it
            previous_end = reader.line_num
    finally:
        csv.field_size_limit(old_limit)
    if twice:
        _, before, after = twice[0]
        named = _named_lines(sorted({line for line, _, _ in twice}))
        notices.append((twice[0][0], translate("Import", MSG_TWICE).format(lines=named, before=before[:40], after=after[:40])))
    return lines, encoding, delimiter


# --- spreadsheets --------------------------------------------------------------


def check_zip(path: Path) -> None:
    """Refuse a zipped spreadsheet that is not a zip, or that would unpack to too much (a zip bomb)."""
    fmt = path.suffix.lower().lstrip(".")
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise UnreadableFile(MSG_NOT_SPREADSHEET, path=path.name, format=fmt) from None
    total = sum(member.file_size for member in members)
    packed = sum(member.compress_size for member in members) or 1
    if total > MAX_UNZIPPED_BYTES or (total > 10 * 1024 * 1024 and total / packed > MAX_ZIP_RATIO):
        raise UnreadableFile(MSG_BOMB, path=path.name)


def _read_spreadsheet(path: Path, suffix: str) -> list[tuple[int, list[Cell]]]:
    from python_calamine import CalamineWorkbook

    fmt = suffix.lstrip(".")
    if suffix in ZIPPED_SUFFIXES:
        check_zip(path)
    try:
        workbook = CalamineWorkbook.from_path(str(path))
    except Exception:  # python-calamine raises its own errors (CalamineError, ZipError, XmlError, ...) for a bad file
        raise UnreadableFile(MSG_NOT_SPREADSHEET, path=path.name, format=fmt) from None
    try:
        if not workbook.sheet_names:
            raise UnreadableFile(MSG_NO_SHEET, path=path.name)
        try:
            sheet = workbook.get_sheet_by_index(0)
        except Exception:
            raise UnreadableFile(MSG_NOT_SPREADSHEET, path=path.name, format=fmt) from None
        if sheet.total_height > MAX_ROWS + HEADER_SEARCH_ROWS:
            raise UnreadableFile(MSG_TOO_MANY_ROWS, path=path.name, limit=f"{MAX_ROWS:,}".replace(",", "."))
        if sheet.total_width > MAX_COLUMNS:
            raise UnreadableFile(MSG_TOO_MANY_COLUMNS, path=path.name, limit=MAX_COLUMNS)
        start_row = sheet.start[0] if sheet.start else 0
        lines: list[tuple[int, list[Cell]]] = []
        for index, row in enumerate(sheet.iter_rows()):
            cells = [_cell(value) for value in row]
            for value in cells:
                if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
                    raise UnreadableFile(MSG_CELL_TOO_LONG, path=path.name, line=start_row + index + 1, limit=MAX_CELL_CHARS)
            lines.append((start_row + index + 1, cells))
        return lines
    finally:
        try:
            workbook.close()
        except Exception:  # an older python-calamine has nothing to close
            pass


def _cell(value: object) -> Cell:
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return int(value)
    if isinstance(value, time):
        return value.isoformat()
    if isinstance(value, (datetime, date, int, float, bool)) or value is None:
        return value
    text = str(value)
    return text if text else None


# --- the header row --------------------------------------------------------------


def normalise_header(text: object) -> str:
    """A header as compared with the known names: lower case, letters and digits only."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", str(text or "").casefold())
    return "".join(ch for ch in decomposed if ch.isalnum())


def _is_empty(cells: list[Cell]) -> bool:
    return all(value is None or (isinstance(value, str) and not value.strip()) for value in cells)


def _with_header(path: Path, fmt: str, lines: list[tuple[int, list[Cell]]], known: set[str],
                 encoding: str | None, delimiter: str | None) -> Table:
    """Find the header row: among the first lines, the one naming most known columns; else the first filled one."""
    candidates = [(i, line) for i, line in enumerate(lines[:HEADER_SEARCH_ROWS]) if not _is_empty(line[1])]
    if not candidates:
        raise UnreadableFile(MSG_EMPTY, path=path.name)
    best_index, best_score = candidates[0][0], 0
    for index, (_, cells) in candidates:
        texts = [normalise_header(c) for c in cells if isinstance(c, str) and c.strip()]
        score = sum(1 for t in texts if t in known)
        if score > best_score:
            best_index, best_score = index, score
    if best_score == 0:  # nothing known: the first row with at least two texts
        for index, (_, cells) in candidates:
            if sum(1 for c in cells if isinstance(c, str) and c.strip()) >= 2:
                best_index = index
                break
    header_line, header_cells = lines[best_index]
    headers = [str(c).strip() if c is not None else "" for c in header_cells]
    width = len(headers)
    while width and not headers[width - 1]:
        width -= 1
    headers = headers[:width]
    rows = []
    for line_number, cells in lines[best_index + 1:]:
        if _is_empty(cells):
            continue
        cells = (cells + [None] * width)[:max(width, len(cells))]
        rows.append((line_number, cells))
    if len(rows) > MAX_ROWS:
        raise UnreadableFile(MSG_TOO_MANY_ROWS, path=path.name, limit=f"{MAX_ROWS:,}".replace(",", "."))
    prefix = [cells for _, cells in lines[:best_index]]
    return Table(path, fmt, headers, header_line, rows, prefix, encoding, delimiter)
