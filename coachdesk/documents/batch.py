"""Making toolkits for many recipients at once, for the command line and the Toolkits screen."""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import cast

from coachdesk.domain import models as m
from coachdesk.storage.outputs import write_atomically


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


def make_toolkits(session, actor, kind: str, recipients: Sequence[tuple[str | None, str]], folder: Path | None, single: Path | None,
                  progress=lambda done, total: None, warn=lambda text: None) -> list[Path]:
    """Build one PDF per recipient; returns the files written. Used by the command line and the app."""
    import io

    from coachdesk.documents import toolkits

    written, warned = [], set()
    for index, (recipient_id, name) in enumerate(recipients):
        buffer = io.BytesIO()
        data = toolkits.gather(session, actor, kind, recipient_id)
        for warning in data.warnings:
            if warning not in warned:  # a stale scheme once; each unrecognised employer by name
                warned.add(warning)
                warn(warning)
        toolkits.build(data, buffer)
        path = single or folder / f"toolkit-{kind}-{safe_file_name(name)}-{(recipient_id or 'algemeen')[:8]}.pdf"  # type: ignore[operator]
        write_atomically(path, buffer.getvalue())
        written.append(path)
        progress(index + 1, len(recipients))
    return written
