"""Rendering PDF pages with pdfium, one call at a time (a batch is combined with pypdf: documents/batch.py).

pdfium is not thread-safe (its documentation forbids concurrent calls), and the
app renders previews in background threads: every call goes
through ``PDFIUM_LOCK``.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass

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
