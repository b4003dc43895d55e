"""Making toolkits for many recipients at once, for the command line and the Toolkits screen.

What goes in is gathered here, one recipient after another (the data file has one
session); the PDFs are laid out by worker processes on the other cores while the
next ones are gathered (laying out is most of the time, and one Python process
uses one core). A combined file puts every toolkit on an odd page, so printed
double-sided no toolkit begins on the back of another's, with a bookmark per
toolkit, a title and the language.
"""
from __future__ import annotations

import io
import os
import sys
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from pathlib import Path
from typing import cast

from coachdesk.domain import models as m
from coachdesk.storage.outputs import write_atomically

PARALLEL_FROM = 8  # fewer toolkits are made at once in this process: starting workers takes longer than they save


def toolkit_recipients(session, actor, kind: str) -> list[tuple[str, str]]:
    from coachdesk.services import records

    # The place or programme tells apart two recipients with the same name.
    # list_records returns the model of the kind it is given; the type system cannot follow the kind's name.
    if kind == "employer":
        employers = cast(list[m.Employer], records.list_records(session, actor, "employers"))
        return [(e.id, f"{e.name} ({e.city})" if e.city and e.city.casefold() not in e.name.casefold() else e.name)
                for e in employers if e.active]  # "Havenbedrijf Het Veer Capelle" needs no "(Capelle)" after it
    students = cast(list[m.Student], records.list_records(session, actor, "students"))
    return [(s.id, f"{s.full_name} ({s.opleiding})" if s.opleiding else s.full_name) for s in students if s.status.value == "active"]


def safe_file_name(name: str) -> str:
    return "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in name).strip() or "toolkit"


def build_bytes(data) -> bytes:
    """One toolkit's PDF (in a worker process, or in this one)."""
    from coachdesk.documents import toolkits

    buffer = io.BytesIO()
    toolkits.build(data, buffer)
    return buffer.getvalue()


def _workers_may_start() -> bool:
    """A worker process imports the program's main module again: only safe when that module starts nothing on import.

    A frozen app would start itself again; a script without ``if __name__ == "__main__"`` would run again in each worker.
    """
    if getattr(sys, "frozen", False):
        return False
    main = sys.modules.get("__main__")
    spec = getattr(main, "__spec__", None)
    if spec is not None and (spec.name == "__main__" or spec.name.endswith(".__main__")):
        return True  # python -m package: the worker does not run a package's __main__ again
    path = getattr(main, "__file__", None)
    if path is None:
        return True
    try:
        return "__name__ ==" in Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False


def _cores() -> int:
    """The cores this process may use (fewer than the machine's where it is limited)."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not on Windows or macOS
        return os.cpu_count() or 1


def worker_count(total: int) -> int:
    """Worker processes for a batch of ``total``: one per core (gathering takes little); none for a small batch, or where unsafe."""
    cores = _cores()
    if total < PARALLEL_FROM or cores < 2 or not _workers_may_start():
        return 0
    return min(cores, 4)


def make_toolkits(session, actor, kind: str, recipients: Sequence[tuple[str | None, str]], folder: Path | None, single: Path | None,
                  progress: Callable[[int, int], None] = lambda done, total: None, warn: Callable[[str], None] = lambda text: None,
                  combined: Path | None = None, workers: int | None = None) -> list[Path]:
    """Build one PDF per recipient; returns the files written, in the order of ``recipients``. Used by the command line and the app.

    ``progress`` is called after each file; an exception it raises (the user cancelled) stops the batch.
    ``combined``: also one file with all of them, each starting on an odd page.
    """
    from coachdesk.documents import toolkits

    total = len(recipients)
    paths: list[Path | None] = [None] * total
    titles: list[str] = [""] * total
    warned: set[str] = set()
    done = 0

    def gathered(index: int):
        recipient_id, name = recipients[index]
        data = toolkits.gather(session, actor, kind, recipient_id)
        for warning in data.warnings:
            if warning not in warned:  # a stale scheme once; each unrecognised employer by name
                warned.add(warning)
                warn(warning)
        paths[index] = single or folder / f"toolkit-{kind}-{safe_file_name(name)}-{(recipient_id or 'algemeen')[:8]}.pdf"  # type: ignore[operator]
        titles[index] = name
        return data

    def written(index: int, pdf: bytes) -> None:
        nonlocal done
        write_atomically(cast(Path, paths[index]), pdf)
        done += 1
        progress(done, total)

    count = worker_count(total) if workers is None else workers
    if count == 0:
        for index in range(total):
            written(index, build_bytes(gathered(index)))
    else:
        import multiprocessing

        pool = ProcessPoolExecutor(max_workers=count, mp_context=multiprocessing.get_context("spawn"))
        pending: dict[Future, int] = {}
        try:
            for index in range(total):
                pending[pool.submit(build_bytes, gathered(index))] = index
                while len(pending) >= 2 * count:  # a few ahead, not the whole batch in memory
                    finished, _ = wait(pending, return_when=FIRST_COMPLETED)
                    for future in finished:
                        written(pending.pop(future), future.result())
            while pending:
                finished, _ = wait(pending, return_when=FIRST_COMPLETED)
                for future in finished:
                    written(pending.pop(future), future.result())
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
    result = [cast(Path, path) for path in paths]
    if combined is not None and result:
        combine_toolkits(result, combined, titles)
    return result


def combine_toolkits(paths: list[Path], target: Path, names: Sequence[str] | None = None) -> None:
    """One PDF with every toolkit, each starting on an odd page (a blank page after an odd count), a bookmark per toolkit,
    a title and the language; written as a whole."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import BooleanObject, NameObject, TextStringObject

    writer = PdfWriter()
    author = ""
    for index, path in enumerate(paths):
        reader = PdfReader(path)
        title = (reader.metadata.title if reader.metadata and reader.metadata.title else "") or (names[index] if names else path.stem)
        author = author or ((reader.metadata.author or "") if reader.metadata else "")
        writer.append(reader, outline_item=title)
        if len(reader.pages) % 2:
            box = reader.pages[-1].mediabox
            writer.add_blank_page(float(box.width), float(box.height))
    kinds = {path.name.split("-")[1] for path in paths if path.name.count("-") >= 2}
    what = "Toolkits voor werkgevers" if kinds == {"employer"} else "Toolkits voor leerlingen en ouders" if kinds == {"student"} else "Toolkits"
    writer.add_metadata({"/Title": f"{what} ({len(paths)})", "/Author": author, "/Creator": "CoachDesk"})
    writer._root_object[NameObject("/Lang")] = TextStringObject("nl-NL")
    writer.create_viewer_preferences()[NameObject("/DisplayDocTitle")] = BooleanObject(True)
    writer.page_mode = "/UseOutlines"
    buffer = io.BytesIO()
    writer.write(buffer)
    write_atomically(target, buffer.getvalue())
