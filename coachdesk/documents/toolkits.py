"""Print-ready PDF toolkits for employers and for students and parents.

``gather_*`` reads what goes in from the data file (the rules live there); the
builders turn that plain data into a PDF. Importing this package loads
reportlab, so the app imports it only when a toolkit is made.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from coachdesk.documents.employer_toolkit import EmployerToolkit
from coachdesk.documents.student_toolkit import StudentToolkit
from coachdesk.documents.toolkit_data import (
    EmployerToolkitData,
    StudentToolkitData,
    gather_employer_toolkit,
    gather_student_toolkit,
)
from coachdesk.domain.i18n import in_dutch
from coachdesk.services.access import Actor

KINDS = ("employer", "student")


@in_dutch
def gather(session: Session, actor: Actor, kind: str, recipient_id: str | None, on: date | None = None) -> EmployerToolkitData | StudentToolkitData:
    if kind == "employer":
        return gather_employer_toolkit(session, actor, recipient_id, on)
    return gather_student_toolkit(session, actor, recipient_id, on)


@in_dutch
def build(data: EmployerToolkitData | StudentToolkitData, target: Path | object) -> None:
    builder = EmployerToolkit(data) if isinstance(data, EmployerToolkitData) else StudentToolkit(data)
    builder.build(str(target) if isinstance(target, Path) else target)
