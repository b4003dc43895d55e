"""Rendering and combining PDF pages with pdfium, one call at a time.

pdfium is not thread-safe (its documentation forbids concurrent calls), and the
app renders previews and combines batches in background threads: every call goes
through ``PDFIUM_LOCK``.
"""
from __future__ import annotations

import io
import threading
from dataclasses import dataclass
from pathlib import Path

from coachdesk.storage.outputs import write_atomically

PDFIUM_LOCK = threading.Lock()


@dataclass(frozen=True)
class PageImage:
    """One rendered page as raw pixels (RGB or RGBA, rows of ``stride`` bytes)."""

    pixels: bytes
    width: int
    height: int
    stride: int
    channels: int


def render_pages(pdf: bytes, scale: float) -> list[PageImage]:
    import pypdfium2 as pdfium

    with PDFIUM_LOCK:
        document = pdfium.PdfDocument(pdf)
        try:
            pages = []
            for page in document:
                bitmap = page.render(scale=scale, rev_byteorder=True)  # RGB(A) byte order
                pages.append(PageImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, bitmap.n_channels))
            return pages
        finally:
            document.close()


def combine_pdfs(paths: list[Path], target: Path) -> None:
    """One PDF with the pages of ``paths`` in order, written as a whole (a reader never sees half of it)."""
    import pypdfium2 as pdfium

    buffer = io.BytesIO()
    with PDFIUM_LOCK:
        combined = pdfium.PdfDocument.new()
        try:
            for path in paths:
                source = pdfium.PdfDocument(path)
                combined.import_pages(source)
                source.close()
            combined.save(buffer)
        finally:
            combined.close()
    write_atomically(target, buffer.getvalue())
