"""The praktijkverklaring: the werkproces catalogue, a leerroute per student, progress and sign-off.

- The catalogue (a coordinator keeps it): kwalificatiedossier (crebo, version) -> kerntaken -> werkprocessen, imported
  from a CSV/.xlsx (``import_catalogue``). A dossier is versioned: a route uses one version and only werkprocessen of
  that version, so a new version never changes a route that uses the old one.
- A route per student: the kind of praktijkverklaring (SBB or the mbo-praktijkverklaring of a praktijkleerroute; the
  statutory mbo-verklaring of an examencommissie is out of scope), the werkprocessen agreed with the employer, and what
  the place offers: a werkproces outside the codes the leerbedrijf said it offers (``Route.offered_codes``), or any at
  a place without "praktijkverklaring_mogelijk", is flagged (``flags``).
- Progress: a judgement (niet gestart / oefenen / voldoende / goed, evidence, date, assessor) is a new history row
  (``RouteEntry``), never an overwrite. Sign-off: the praktijkopleider's judgement, then the school's confirmation; a
  later judgement revokes the confirmation after it, and the revocation is a row of its own (visible in the history).
- Roles: the write policy (``domain/policy.py``) decides who may write ``routes``/``route_items`` at all. On top of
  it one rule lives here (``_jpo_rule``): a JPO may note "oefenen" for his mentee, never a higher judgement, never a
  confirmation, never from a paper form.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from coachdesk.domain import clock, policy
from coachdesk.domain import models as m
from coachdesk.domain.errors import AccessDenied, FieldError, NotFound, UserError, ValidationError
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP, translate
from coachdesk.domain.schema import KINDS, clean
from coachdesk.services import access, records
from coachdesk.services.access import Actor
from coachdesk.storage.audit import act_as

S = m.PvStatus
STALE_AFTER = timedelta(weeks=6)  # a route with nothing assessed this long is listed on Vandaag

MSG_JPO_ONLY_OEFENEN = QT_TRANSLATE_NOOP("Praktijkverklaring", "A JPO may note a work process as \"practising\" only; the workplace trainer judges it and the school confirms.")
MSG_JPO_NO_CONFIRM = QT_TRANSLATE_NOOP("Praktijkverklaring", "A JPO never confirms a work process; the student's coach at school does.")
MSG_NO_ROUTE = QT_TRANSLATE_NOOP("Praktijkverklaring", "This student has no praktijkverklaring route yet. Start one on the student's page.")
MSG_NOT_IN_DOSSIER = QT_TRANSLATE_NOOP("Praktijkverklaring", "{code} belongs to another qualification file (or version) than this route's; choose a work process of {crebo} version {version}.")
MSG_ALREADY_IN_ROUTE = QT_TRANSLATE_NOOP("Praktijkverklaring", "{code} is already in this route.")
MSG_CONFIRM_NEEDS_JUDGEMENT = QT_TRANSLATE_NOOP("Praktijkverklaring", "{code}: the school confirms a judgement of \"sufficient\" or \"good\" by the workplace trainer; there is none yet.")
MSG_ALREADY_CONFIRMED = QT_TRANSLATE_NOOP("Praktijkverklaring", "{code} is already confirmed.")
MSG_ASSESSOR_NEEDED = QT_TRANSLATE_NOOP("Praktijkverklaring", "Name the workplace trainer who judged it.")
MSG_DATE_FUTURE = QT_TRANSLATE_NOOP("Praktijkverklaring", "The date of a judgement cannot lie in the future.")
MSG_REVOKED_NOTE = QT_TRANSLATE_NOOP("Praktijkverklaring", "Confirmation of {day} revoked by a new judgement.")
FLAG_NOT_OFFERED = QT_TRANSLATE_NOOP("Praktijkverklaring", "not offered by the place")
FLAG_PLACE_NO_PV = QT_TRANSLATE_NOOP("Praktijkverklaring", "the place does not say it offers a praktijkverklaring")

STATUS_LABELS = {
    S.NIET_GESTART: QT_TRANSLATE_NOOP("Praktijkverklaring", "not started"),
    S.OEFENEN: QT_TRANSLATE_NOOP("Praktijkverklaring", "practising"),
    S.VOLDOENDE: QT_TRANSLATE_NOOP("Praktijkverklaring", "sufficient"),
    S.GOED: QT_TRANSLATE_NOOP("Praktijkverklaring", "good"),
}
EVIDENCE_LABELS = {
    m.PvEvidence.OBSERVED: QT_TRANSLATE_NOOP("Praktijkverklaring", "observed at work"),
    m.PvEvidence.PRODUCT: QT_TRANSLATE_NOOP("Praktijkverklaring", "a product"),
    m.PvEvidence.CONVERSATION: QT_TRANSLATE_NOOP("Praktijkverklaring", "a conversation"),
}
TYPE_LABELS = {
    m.RouteType.SBB: QT_TRANSLATE_NOOP("Praktijkverklaring", "SBB praktijkverklaring"),
    m.RouteType.PRAKTIJKLEERROUTE: QT_TRANSLATE_NOOP("Praktijkverklaring", "mbo-praktijkverklaring (praktijkleerroute)"),
}
OUT_OF_SCOPE = QT_TRANSLATE_NOOP("Praktijkverklaring", "CoachDesk prepares the evidence and the overview. The statutory mbo-verklaring is issued by an mbo examencommissie and is not made here.")


def status_label(status: m.PvStatus | None) -> str:
    return translate("Praktijkverklaring", STATUS_LABELS[status or S.NIET_GESTART])


# --- the catalogue: import and export -----------------------------------------------------------------

# One row per werkproces; the dossier's and kerntaak's columns repeat on each row. The first header of each is written
# in the template; the others are recognised too (lower case, spaces and punctuation ignored).
CATALOGUE_COLUMNS: dict[str, tuple[str, ...]] = {
    "crebo": ("Crebo",),
    "dossier": ("Kwalificatiedossier", "dossier", "titel dossier", "qualification"),
    "version": ("Versie", "cohort", "version"),
    "level": ("Niveau", "level"),
    "source": ("Bron", "source"),
    "source_date": ("Bron geraadpleegd op", "geraadpleegd op", "source date"),
    "kerntaak": ("Kerntaak", "code kerntaak", "core task"),
    "kerntaak_title": ("Titel kerntaak", "core task title"),
    "werkproces": ("Werkproces", "code werkproces", "work process"),
    "werkproces_title": ("Titel werkproces", "work process title"),
    "description": ("Omschrijving", "description"),
    "leerlijnen": ("Leerlijnen", "leerlijn", "learning lines"),
}
REQUIRED_COLUMNS = ("crebo", "dossier", "version", "kerntaak", "kerntaak_title", "werkproces", "werkproces_title")
_KERNTAAK_CODE = re.compile(r"^[A-Z]\d+-K\d+$")
_WERKPROCES_CODE = re.compile(r"^([A-Z]\d+-K\d+)-W\d+$")

MSG_COLUMN_MISSING = QT_TRANSLATE_NOOP("Praktijkverklaring", "The column \"{column}\" is missing. Use the template: coachdesk template catalogue --out catalogus.xlsx")
MSG_CELL_EMPTY = QT_TRANSLATE_NOOP("Praktijkverklaring", "{column}: this cell is empty; fill it in.")
MSG_KERNTAAK_CODE = QT_TRANSLATE_NOOP("Praktijkverklaring", "\"{value}\" is not a core task code like B1-K1.")
MSG_WERKPROCES_CODE = QT_TRANSLATE_NOOP("Praktijkverklaring", "\"{value}\" is not a work process code like B1-K1-W1.")
MSG_WERKPROCES_OF_OTHER = QT_TRANSLATE_NOOP("Praktijkverklaring", "{value} does not belong to core task {kerntaak}.")
MSG_DOSSIER_DIFFERS = QT_TRANSLATE_NOOP("Praktijkverklaring", "crebo {crebo} version {version} is named \"{title}\" on an earlier line; one version has one title.")
MSG_KERNTAAK_DIFFERS = QT_TRANSLATE_NOOP("Praktijkverklaring", "{code} is named \"{title}\" elsewhere in this version.")
MSG_TWICE = QT_TRANSLATE_NOOP("Praktijkverklaring", "{code} appears twice in crebo {crebo} version {version} (line {line}).")
MSG_STORED_DIFFERS = QT_TRANSLATE_NOOP("Praktijkverklaring", "{code} is already in crebo {crebo} version {version} as \"{title}\"; a changed qualification file is a new version: give it another version.")


@dataclass
class ImportProblem:
    line: int
    column: str
    message: str

    def as_dict(self) -> dict:
        return {"line": self.line, "column": self.column, "message": self.message}


@dataclass
class CatalogueImport:
    dossiers: int = 0
    kerntaken: int = 0
    werkprocessen: int = 0
    errors: list[ImportProblem] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"dossiers": self.dossiers, "kerntaken": self.kerntaken, "werkprocessen": self.werkprocessen,
                "errors": [error.as_dict() for error in self.errors]}


def _header_key(text: object) -> str:
    return re.sub(r"[^a-z0-9]", "", str(text or "").lower())


_HEADER_LOOKUP = {_header_key(name): column for column, names in CATALOGUE_COLUMNS.items() for name in names + (column,)}


def template_headers() -> list[str]:
    return [names[0] for names in CATALOGUE_COLUMNS.values()]


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def require_catalogue_write(actor: Actor) -> None:
    for kind in ("dossiers", "kerntaken", "werkprocessen"):
        access.require_write(actor, kind, create=True)


def import_rows(session: Session, actor: Actor, headers: list[str], header_line: int, rows: Iterable[tuple[int, list[object]]], *,
                dry_run: bool = False) -> CatalogueImport:
    """Store the new dossier versions, kerntaken and werkprocessen of a catalogue file's rows (unless ``dry_run``);
    ``transfer/pv_catalogue.py`` reads the file.

    Each row is judged on its own: a bad row is reported by its line and column and left out, the good rows are kept.
    A row equal to what is stored is left as it is; a stored werkproces is never changed by an import (a changed
    dossier is a new version), so no route changes by an import.
    """
    require_catalogue_write(actor)
    act_as(session, actor.coach_id)
    positions: dict[str, int] = {}
    for index, header in enumerate(headers):
        column = _HEADER_LOOKUP.get(_header_key(header))
        if column and column not in positions:
            positions[column] = index
    missing = [CATALOGUE_COLUMNS[c][0] for c in REQUIRED_COLUMNS if c not in positions]
    if missing:
        return CatalogueImport(errors=[ImportProblem(header_line, name, translate("Praktijkverklaring", MSG_COLUMN_MISSING).format(column=name))
                                       for name in missing])
    reader = _CatalogueRows(session, {column: headers[index] for column, index in positions.items()}, dry_run)
    for line, cells in rows:
        reader.take(line, {column: _cell_text(cells[index] if index < len(cells) else None) for column, index in positions.items()})
    if not dry_run:
        session.flush()
    return reader.result


KNOWN_HEADERS = {_header_key(n) for names in CATALOGUE_COLUMNS.values() for n in names}


class _CatalogueRows:
    """The rows of one catalogue file, judged against each other and against the stored catalogue."""

    def __init__(self, session: Session, header_of: dict[str, str], dry_run: bool) -> None:
        self.session, self.header_of, self.dry_run = session, header_of, dry_run
        self.result = CatalogueImport()
        self.dossiers: dict[tuple[str, str], m.Dossier] = {(d.crebo, d.version): d for d in session.scalars(select(m.Dossier))}
        key_of = {d.id: key for key, d in self.dossiers.items()}
        self.kerntaken = {(*key_of[k.dossier_id], k.code): k for k in session.scalars(select(m.Kerntaak)) if k.dossier_id in key_of}
        self.werkprocessen: dict[tuple[str, str, str], tuple[int, m.Werkproces]] = {
            (*key_of[w.dossier_id], w.code): (0, w) for w in session.scalars(select(m.Werkproces)) if w.dossier_id in key_of}
        self.titles: dict[tuple[str, str], str] = {}

    def _problem(self, at: int, column: str, text: str, **params: object) -> None:
        self.result.errors.append(ImportProblem(at, self.header_of.get(column, column), translate("Praktijkverklaring", text).format(**params)))

    def take(self, line: int, row: dict[str, str]) -> None:
        problems = _judge_row(row, self.header_of, line)
        if problems:
            self.result.errors += problems
            return
        try:
            values = clean(KINDS["dossiers"], {"crebo": row["crebo"], "title": row["dossier"], "version": row["version"],
                                               "level": row.get("level") or None, "source": row.get("source") or None,
                                               "source_date": row.get("source_date") or None})
        except ValidationError as error:
            self.result.errors += [ImportProblem(line, _column_of(e.field, self.header_of), _field_message(e)) for e in error.errors]
            return
        key = (values["crebo"], values["version"])
        title = self.titles.setdefault(key, values["title"])
        if title != values["title"]:
            return self._problem(line, "dossier", MSG_DOSSIER_DIFFERS, crebo=key[0], version=key[1], title=title)
        kerntaak = self.kerntaken.get((*key, row["kerntaak"]))
        if kerntaak is not None and kerntaak.title != row["kerntaak_title"]:
            return self._problem(line, "kerntaak_title", MSG_KERNTAAK_DIFFERS, code=row["kerntaak"], title=kerntaak.title)
        earlier = self.werkprocessen.get((*key, row["werkproces"]))
        if earlier is not None:
            if earlier[0]:
                return self._problem(line, "werkproces", MSG_TWICE, code=row["werkproces"], crebo=key[0], version=key[1], line=earlier[0])
            if earlier[1].title != row["werkproces_title"]:
                return self._problem(line, "werkproces_title", MSG_STORED_DIFFERS, code=row["werkproces"], crebo=key[0], version=key[1],
                                     title=earlier[1].title)
            return None
        self._add(line, key, values, kerntaak, row)
        return None

    def _add(self, line: int, key: tuple[str, str], values: dict, kerntaak: m.Kerntaak | None, row: dict[str, str]) -> None:
        dossier = self.dossiers.get(key)
        if dossier is None:
            dossier = self.dossiers[key] = m.Dossier(id=m.new_id(), **{k: v for k, v in values.items() if k != "archived"})
            self._store(dossier)
            self.result.dossiers += 1
        if kerntaak is None:
            kerntaak = self.kerntaken[(*key, row["kerntaak"])] = m.Kerntaak(id=m.new_id(), dossier_id=dossier.id, code=row["kerntaak"],
                                                                             title=row["kerntaak_title"])
            self._store(kerntaak)
            self.result.kerntaken += 1
        leerlijnen = [tag.strip() for tag in re.split(r"[,;]", row.get("leerlijnen", "")) if tag.strip()]
        werkproces = m.Werkproces(id=m.new_id(), dossier_id=dossier.id, kerntaak_id=kerntaak.id, code=row["werkproces"],
                                  title=row["werkproces_title"], description=row.get("description") or None, leerlijnen=leerlijnen)
        self.werkprocessen[(*key, row["werkproces"])] = (line, werkproces)
        self._store(werkproces)
        self.result.werkprocessen += 1

    def _store(self, record: m.Record) -> None:
        if not self.dry_run:
            self.session.add(record)


def _column_of(field_name: str, header_of: dict[str, str]) -> str:
    column = {"title": "dossier"}.get(field_name, field_name)
    return header_of.get(column, field_name)


def _field_message(error: FieldError) -> str:
    return translate("Validation", error.text).format(label=translate("Fields", error.label), **error.params)


def _judge_row(row: dict[str, str], header_of: dict[str, str], line: int) -> list[ImportProblem]:
    problems = []
    for column in REQUIRED_COLUMNS:
        if not row.get(column):
            problems.append(ImportProblem(line, header_of[column], translate("Praktijkverklaring", MSG_CELL_EMPTY).format(column=header_of[column])))
    if problems:
        return problems
    row["kerntaak"], row["werkproces"] = row["kerntaak"].upper(), row["werkproces"].upper()
    if not _KERNTAAK_CODE.match(row["kerntaak"]):
        problems.append(ImportProblem(line, header_of["kerntaak"], translate("Praktijkverklaring", MSG_KERNTAAK_CODE).format(value=row["kerntaak"][:40])))
    match = _WERKPROCES_CODE.match(row["werkproces"])
    if not match:
        problems.append(ImportProblem(line, header_of["werkproces"], translate("Praktijkverklaring", MSG_WERKPROCES_CODE).format(value=row["werkproces"][:40])))
    elif not problems and match.group(1) != row["kerntaak"]:
        problems.append(ImportProblem(line, header_of["werkproces"], translate("Praktijkverklaring", MSG_WERKPROCES_OF_OTHER).format(
            value=row["werkproces"], kerntaak=row["kerntaak"])))
    for column, limit in (("kerntaak_title", 300), ("werkproces_title", 300), ("description", 5000)):
        if len(row.get(column, "")) > limit:
            problems.append(ImportProblem(line, header_of[column], translate("Validation", "{label}: at most {maximum} characters; shorten the text.").format(
                label=header_of[column], maximum=limit)))
    return problems


def catalogue_rows(session: Session, actor: Actor, dossier_ids: Iterable[str] | None = None) -> list[list[object]]:
    """The catalogue as rows of the import file (the template's columns): what ``export_catalogue`` writes."""
    access.require_kind(actor, "werkprocessen", write=False)
    statement = (select(m.Dossier, m.Kerntaak, m.Werkproces).join(m.Kerntaak, m.Kerntaak.id == m.Werkproces.kerntaak_id)
                 .join(m.Dossier, m.Dossier.id == m.Werkproces.dossier_id)
                 .order_by(m.Dossier.crebo, m.Dossier.version, m.Kerntaak.code, m.Werkproces.code))
    if dossier_ids is not None:
        statement = statement.where(m.Dossier.id.in_(list(dossier_ids)))
    return [[d.crebo, d.title, d.version, d.level, d.source, d.source_date, k.code, k.title, w.code, w.title, w.description,
             ", ".join(w.leerlijnen or [])] for d, k, w in session.execute(statement)]


def dossiers(session: Session, actor: Actor, *, include_archived: bool = False) -> list[tuple[m.Dossier, int]]:
    """The dossier versions with their number of werkprocessen, newest version first per crebo."""
    access.require_kind(actor, "dossiers", write=False)
    counts = select(m.Werkproces.dossier_id, func.count().label("n")).group_by(m.Werkproces.dossier_id).subquery()
    statement = select(m.Dossier, func.coalesce(counts.c.n, 0)).outerjoin(counts, counts.c.dossier_id == m.Dossier.id)
    if not include_archived:
        statement = statement.where(m.Dossier.archived.is_(False))
    return [(d, n) for d, n in session.execute(statement.order_by(m.Dossier.crebo, m.Dossier.version.desc()))]


def werkprocessen_of(session: Session, dossier_id: str) -> list[tuple[m.Kerntaak, m.Werkproces]]:
    return list(session.execute(select(m.Kerntaak, m.Werkproces).join(m.Kerntaak, m.Kerntaak.id == m.Werkproces.kerntaak_id)
                                .where(m.Werkproces.dossier_id == dossier_id).order_by(m.Kerntaak.code, m.Werkproces.code)))


# --- routes -----------------------------------------------------------------------------------------------


def _student_scoped(actor: Actor, model):
    return access.student_condition(actor, model.student_id)


def routes_of(session: Session, actor: Actor, student_id: str) -> list[m.Route]:
    access.require_kind(actor, "routes", write=False)
    access.require_student(session, actor, student_id)
    access.reading_as(session, actor)
    return list(session.scalars(select(m.Route).where(m.Route.student_id == student_id)
                                .order_by(m.Route.started_on.desc().nulls_last(), m.Route.created_at.desc())))


def current_route(session: Session, actor: Actor, student_id: str) -> m.Route:
    found = routes_of(session, actor, student_id)
    if not found:
        raise NotFound(MSG_NO_ROUTE)
    return found[0]


def get_route(session: Session, actor: Actor, route_id: str) -> m.Route:
    record = records.get(session, actor, "routes", route_id)
    access.require_student(session, actor, record.student_id)  # type: ignore[attr-defined]
    return record  # type: ignore[return-value]


def get_item(session: Session, actor: Actor, item_id: str) -> m.RouteItem:
    record = records.get(session, actor, "route_items", item_id)
    access.require_student(session, actor, record.student_id)  # type: ignore[attr-defined]
    return record  # type: ignore[return-value]


def items_of(session: Session, route_id: str) -> list[m.RouteItem]:
    return list(session.scalars(
        select(m.RouteItem).join(m.Werkproces, m.Werkproces.id == m.RouteItem.werkproces_id)
        .where(m.RouteItem.route_id == route_id).options(selectinload(m.RouteItem.werkproces)).order_by(m.Werkproces.code)))


def create_route(session: Session, actor: Actor, values: dict, werkproces_ids: Iterable[str] = ()) -> m.Route:
    """A new route (the generic checks and the policy of ``routes``), with the agreed werkprocessen as its items.

    Without a place, the place of the placement is taken."""
    values = dict(values)
    if values.get("placement_id") and not values.get("place_id"):
        placement = session.get(m.Placement, values["placement_id"])
        if placement is not None and placement.place_id:
            values["place_id"] = placement.place_id
    values.setdefault("started_on", clock.today())
    route: m.Route = records.create(session, actor, "routes", values)  # type: ignore[assignment]
    for werkproces_id in werkproces_ids:
        add_item(session, actor, route.id, werkproces_id)
    return route


def start_route(session: Session, actor: Actor, student_id: str, dossier_id: str, route_type: m.RouteType | str) -> m.Route:
    """A route from the student page: at his current placement (and its place), with every werkproces of the dossier
    version to begin with; the coach and the employer take out what the place does not offer."""
    access.require_student(session, actor, student_id)
    placement = session.scalar(select(m.Placement).where(m.Placement.student_id == student_id, m.Placement.employer_id.is_not(None),
                                                         m.Placement.status.in_((m.PlacementStatus.STARTED, m.PlacementStatus.PROPOSED)))
                               .order_by(m.Placement.starts_on.desc().nulls_last()).limit(1))
    values = {"student_id": student_id, "dossier_id": dossier_id, "route_type": route_type,
              "placement_id": placement.id if placement is not None else None}
    return create_route(session, actor, values, [w.id for _, w in werkprocessen_of(session, dossier_id)])


def remove_item(session: Session, actor: Actor, item_id: str) -> None:
    """Take a werkproces out of the route (one the place does not offer); only while nothing is judged of it."""
    item = get_item(session, actor, item_id)
    access.require_delete(actor, "route_items")
    if item.status != S.NIET_GESTART or session.scalar(select(m.RouteEntry.id).where(m.RouteEntry.item_id == item_id).limit(1)):
        raise UserError(translate("Praktijkverklaring", MSG_JUDGED_STAYS), code=item.werkproces.code)
    act_as(session, actor.coach_id)
    session.delete(item)
    session.flush()


MSG_JUDGED_STAYS = QT_TRANSLATE_NOOP("Praktijkverklaring", "{code} has been judged; it stays in the route with its history.")


def add_item(session: Session, actor: Actor, route_id: str, werkproces_id: str, opdrachten: str | None = None) -> m.RouteItem:
    """A werkproces agreed with the employer, into the route: only one of the route's own dossier version."""
    route = get_route(session, actor, route_id)
    werkproces = session.get(m.Werkproces, werkproces_id)
    if werkproces is None:
        raise NotFound(records.MSG_NOT_FOUND, kind="werkproces", id=str(werkproces_id)[:40])
    if werkproces.dossier_id != route.dossier_id:
        raise UserError(translate("Praktijkverklaring", MSG_NOT_IN_DOSSIER), code=werkproces.code, crebo=route.dossier.crebo,
                        version=route.dossier.version)
    if session.scalar(select(m.RouteItem.id).where(m.RouteItem.route_id == route_id, m.RouteItem.werkproces_id == werkproces_id)):
        raise UserError(translate("Praktijkverklaring", MSG_ALREADY_IN_ROUTE), code=werkproces.code)
    return records.create(session, actor, "route_items", {"route_id": route_id, "student_id": route.student_id,  # type: ignore[return-value]
                                                         "werkproces_id": werkproces_id, "opdrachten": opdrachten})


def set_opdrachten(session: Session, actor: Actor, item_id: str, text: str | None) -> m.RouteItem:
    return records.update(session, actor, "route_items", item_id, {"opdrachten": text})  # type: ignore[return-value]


# --- progress and sign-off --------------------------------------------------------------------------


def _jpo_rule(actor: Actor, *, status: m.PvStatus | None = None, confirming: bool = False, paper: bool = False) -> None:
    """Asked of the one policy before any work, so a refusal is said in a route's words: a JPO notes that his mentee
    practises; he never judges higher, never types in a paper form, never confirms."""
    if confirming and not policy.may_give(actor.role, "route_items", "confirmed_by", actor.coach_id or "-"):
        raise AccessDenied(MSG_JPO_NO_CONFIRM)
    if not confirming and (not policy.may_give(actor.role, "route_items", "status", status)
                           or (paper and not policy.may_give(actor.role, "route_items", "paper_form_on", clock.today()))):
        raise AccessDenied(MSG_JPO_ONLY_OEFENEN)


def record_judgement(session: Session, actor: Actor, item_id: str, status: m.PvStatus | str, *, evidence: m.PvEvidence | str | None = None,
                     assessed_on: date | str | None = None, assessor: str | None = None, paper_form_on: date | str | None = None,
                     note: str | None = None) -> m.RouteEntry:
    """A new judgement of a werkproces: a new history row; the item shows it. A confirmation before it is revoked."""
    values = clean(KINDS["route_items"], {"status": status, "evidence": evidence, "assessed_on": assessed_on or clock.today(),
                                          "assessor": assessor, "paper_form_on": paper_form_on}, partial=True)
    _jpo_rule(actor, status=values["status"], paper=values.get("paper_form_on") is not None)
    if values.get("assessed_on") and values["assessed_on"] > clock.today():
        raise ValidationError([records.field_error(KINDS["route_items"], "assessed_on", MSG_DATE_FUTURE)])
    if values["status"] in m.ACHIEVED and not values.get("assessor"):
        raise ValidationError([records.field_error(KINDS["route_items"], "assessor", MSG_ASSESSOR_NEEDED)])
    item = get_item(session, actor, item_id)
    changes = {name: values.get(name) for name in ("status", "evidence", "assessed_on", "assessor", "paper_form_on")}
    if item.confirmed_by or item.confirmed_on:
        changes |= {"confirmed_by": None, "confirmed_on": None}
    revoked_on = item.confirmed_on
    records.update(session, actor, "route_items", item_id, changes)
    if revoked_on is not None or changes.get("confirmed_by", "") is None:
        session.add(m.RouteEntry(item_id=item.id, student_id=item.student_id, entry_kind=m.PvEntryKind.REVOCATION, on=clock.today(),
                                 coach_id=actor.coach_id, note=translate("Praktijkverklaring", MSG_REVOKED_NOTE).format(
                                     day=revoked_on.strftime("%d-%m-%Y") if revoked_on else "-")))
    entry = m.RouteEntry(item_id=item.id, student_id=item.student_id, entry_kind=m.PvEntryKind.JUDGEMENT, status=values["status"],
                         evidence=values.get("evidence"), on=values["assessed_on"], assessor=values.get("assessor"),
                         paper_form_on=values.get("paper_form_on"), coach_id=actor.coach_id, note=note)
    session.add(entry)
    session.flush()
    return entry


def confirm(session: Session, actor: Actor, item_id: str, on: date | None = None) -> m.RouteEntry:
    """The school's confirmation of the praktijkopleider's judgement (voldoende or goed)."""
    _jpo_rule(actor, confirming=True)
    item = get_item(session, actor, item_id)
    code = item.werkproces.code
    if item.status not in m.ACHIEVED:
        raise UserError(translate("Praktijkverklaring", MSG_CONFIRM_NEEDS_JUDGEMENT), code=code)
    if item.confirmed_on is not None:
        raise UserError(translate("Praktijkverklaring", MSG_ALREADY_CONFIRMED), code=code)
    day = on or clock.today()
    records.update(session, actor, "route_items", item_id, {"confirmed_by": actor.coach_id, "confirmed_on": day})
    entry = m.RouteEntry(item_id=item.id, student_id=item.student_id, entry_kind=m.PvEntryKind.CONFIRMATION, status=item.status,
                         on=day, coach_id=actor.coach_id)
    session.add(entry)
    session.flush()
    return entry


def is_confirmed(item: m.RouteItem) -> bool:
    return item.confirmed_on is not None and item.status in m.ACHIEVED


def history(session: Session, actor: Actor, item_id: str) -> list[m.RouteEntry]:
    get_item(session, actor, item_id)
    return list(session.scalars(select(m.RouteEntry).where(m.RouteEntry.item_id == item_id).order_by(m.RouteEntry.created_at)))


# --- what the place offers ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Flag:
    item_id: str | None  # None: the route as a whole
    code: str
    text: str


def flags(session: Session, route: m.Route, items: list[m.RouteItem] | None = None) -> list[Flag]:
    """What does not fit what the place says it offers: the route without a praktijkverklaring at the place,
    and each werkproces outside the codes the leerbedrijf said it offers (when it said any)."""
    items = items if items is not None else items_of(session, route.id)
    found: list[Flag] = []
    place = route.place
    if place is None and route.placement is not None and route.placement.place_id:
        place = session.get(m.Place, route.placement.place_id)
    if place is not None and m.PlaceFeature.PRAKTIJKVERKLARING.value not in (place.features or []):
        found.append(Flag(None, "", translate("Praktijkverklaring", FLAG_PLACE_NO_PV)))
    offered = {code.upper() for code in route.offered_codes or []}
    if offered:
        found += [Flag(item.id, item.werkproces.code, translate("Praktijkverklaring", FLAG_NOT_OFFERED))
                  for item in items if item.werkproces.code.upper() not in offered]
    return found


# --- one route as the command line and the documents read it ---------------------------------------------


def route_view(session: Session, actor: Actor, student_id: str) -> dict:
    """``coachdesk route show --json``: the student's current route and each werkproces where it stands."""
    route = current_route(session, actor, student_id)
    return {
        "route": route.id,
        "type": route.route_type.value,
        "dossier": {"crebo": route.dossier.crebo, "version": route.dossier.version},
        "werkprocessen": [{"code": item.werkproces.code, "title": item.werkproces.title, "status": item.status.value,
                           "assessed_on": item.assessed_on.isoformat() if item.assessed_on else None,
                           "assessor": item.assessor, "confirmed": is_confirmed(item)} for item in items_of(session, route.id)],
    }


def _coach_names(session: Session) -> dict[str, str]:
    return dict(session.execute(select(m.Coach.id, m.Coach.name)).all())


@dataclass
class ItemLine:
    code: str
    kerntaak: str
    title: str
    description: str | None
    status: m.PvStatus
    evidence: m.PvEvidence | None
    assessed_on: date | None
    assessor: str | None
    paper_form_on: date | None
    confirmed: bool
    confirmed_on: date | None
    confirmed_by: str | None
    opdrachten: str | None
    flag: str | None
    revoked_on: date | None  # the latest revocation of a confirmation, if any


@dataclass
class RouteSheet:
    """What the checklist and the overviews print: gathered in one place, laid out by the builders."""

    route_id: str
    code: str
    route_type: m.RouteType
    student_name: str
    student_first_name: str
    school_name: str
    school_brin: str | None
    employer_name: str | None
    employer_sbb_id: str | None
    praktijkopleider: str | None
    dossier_crebo: str
    dossier_title: str
    dossier_version: str
    dossier_level: int | None
    dossier_source: str | None
    started_on: date | None
    completed_on: date | None
    lines: list[ItemLine]
    route_flags: list[str]
    today: date


def route_sheet(session: Session, actor: Actor, student_id: str) -> RouteSheet:
    route = current_route(session, actor, student_id)
    student = route.student
    school = session.get(m.School, student.school_id)
    employer = trainer = None
    placement = route.placement
    if placement is None:
        placement = session.scalar(select(m.Placement).where(m.Placement.student_id == student_id, m.Placement.employer_id.is_not(None))
                                   .order_by(m.Placement.starts_on.desc().nulls_last()).limit(1))
    if placement is not None:
        employer, trainer = placement.employer, placement.praktijkopleider
    if employer is None and route.place is not None:
        employer = route.place.employer
    if trainer is None and route.place is not None:
        trainer = route.place.praktijkopleider
    items = items_of(session, route.id)
    route_flags = flags(session, route, items)
    item_flags = {flag.item_id: flag.text for flag in route_flags if flag.item_id}
    coaches = _coach_names(session)
    revocations = dict(session.execute(select(m.RouteEntry.item_id, func.max(m.RouteEntry.on)).where(
        m.RouteEntry.student_id == student_id, m.RouteEntry.entry_kind == m.PvEntryKind.REVOCATION).group_by(m.RouteEntry.item_id)).all())
    kerntaken = dict(session.execute(select(m.Kerntaak.id, m.Kerntaak.code).where(m.Kerntaak.dossier_id == route.dossier_id)).all())
    lines = [ItemLine(item.werkproces.code, kerntaken.get(item.werkproces.kerntaak_id, ""), item.werkproces.title, item.werkproces.description,
                      item.status, item.evidence, item.assessed_on, item.assessor, item.paper_form_on, is_confirmed(item), item.confirmed_on,
                      coaches.get(item.confirmed_by or ""), item.opdrachten, item_flags.get(item.id), revocations.get(item.id))
             for item in items]
    return RouteSheet(route.id, route.code, route.route_type, f"{student.first_name} {student.last_name}", student.first_name,
                      school.name if school else "", school.brin if school else None, employer.name if employer else None,
                      employer.sbb_id if employer else None, trainer.name if trainer else None, route.dossier.crebo, route.dossier.title,
                      route.dossier.version, route.dossier.level, route.dossier.source, route.started_on, route.completed_on, lines,
                      [flag.text for flag in route_flags if flag.item_id is None], clock.today())


# --- Vandaag and the figures --------------------------------------------------------------------------


def stale_routes(session: Session, actor: Actor, today: date | None = None) -> list[tuple[m.Route, date | None]]:
    """Open routes with nothing assessed for 6 weeks (since the start when nothing was ever assessed)."""
    today = today or clock.today()
    last = (select(m.RouteEntry.student_id, func.max(m.RouteEntry.on).label("last"))
            .where(m.RouteEntry.entry_kind == m.PvEntryKind.JUDGEMENT).group_by(m.RouteEntry.student_id).subquery())
    rows = session.execute(select(m.Route, last.c.last).outerjoin(last, last.c.student_id == m.Route.student_id)
                           .where(m.Route.completed_on.is_(None), _student_scoped(actor, m.Route))).all()
    limit = today - STALE_AFTER
    return [(route, latest) for route, latest in rows if (latest or route.started_on or today) <= limit]


def routes_to_confirm(session: Session, actor: Actor) -> list[tuple[m.Route, int]]:
    """Open routes with werkprocessen judged voldoende/goed that the school has not confirmed yet."""
    counts = (select(m.RouteItem.route_id, func.count().label("n"))
              .where(m.RouteItem.status.in_(m.ACHIEVED), m.RouteItem.confirmed_on.is_(None), _student_scoped(actor, m.RouteItem))
              .group_by(m.RouteItem.route_id).subquery())
    return list(session.execute(select(m.Route, counts.c.n).join(counts, counts.c.route_id == m.Route.id)
                                .where(m.Route.completed_on.is_(None))))


# --- the generic add/edit of the command line (services/team.add_record, edit_record) -----------------


def add_record(session: Session, actor: Actor, kind: str, values: dict) -> m.Record:
    """``coachdesk add routes|route_items``: through this module, so an item is checked against the route's dossier
    and a judgement given with it becomes a history row."""
    if kind == "routes":
        return create_route(session, actor, values)
    values = dict(values)
    judged = {name: values.pop(name) for name in ("status", "evidence", "assessed_on", "assessor", "paper_form_on") if name in values}
    confirmed = values.pop("confirmed_by", None) or values.pop("confirmed_on", None)
    values.pop("confirmed_on", None)
    item = add_item(session, actor, values.get("route_id", ""), values.get("werkproces_id", ""), values.get("opdrachten"))
    if judged.get("status"):
        record_judgement(session, actor, item.id, judged.pop("status"), **judged)
    if confirmed:
        confirm(session, actor, item.id)
    return item


def edit_record(session: Session, actor: Actor, kind: str, record_id: str, values: dict) -> m.Record:
    if kind == "routes":
        return records.update(session, actor, kind, record_id, values)
    values = dict(values)
    judged = {name: values.pop(name) for name in ("status", "evidence", "assessed_on", "assessor", "paper_form_on") if name in values}
    confirmed = values.pop("confirmed_by", None) or values.pop("confirmed_on", None)
    values.pop("confirmed_on", None)
    item = get_item(session, actor, record_id)
    if judged:
        record_judgement(session, actor, record_id, judged.pop("status", None) or item.status, **judged)
    if confirmed:
        confirm(session, actor, record_id)
    if values:
        records.update(session, actor, kind, record_id, values)
    return item


def leerlijn_counts(session: Session, actor: Actor) -> dict[str, dict[str, int]]:
    """Per regional leerlijn: routes started, werkprocessen achieved (confirmed), routes completed."""
    result: dict[str, dict[str, int]] = {}
    rows = session.execute(select(m.RouteItem.route_id, m.Werkproces.leerlijnen, m.RouteItem.confirmed_on, m.Route.completed_on)
                           .join(m.Werkproces, m.Werkproces.id == m.RouteItem.werkproces_id).join(m.Route, m.Route.id == m.RouteItem.route_id)
                           .where(_student_scoped(actor, m.RouteItem)))
    routes_seen: dict[str, set[str]] = {}
    for route_id, tags, confirmed_on, completed_on in rows:
        for tag in tags or []:
            entry = result.setdefault(tag, {"started": 0, "achieved": 0, "completed": 0})
            if route_id not in routes_seen.setdefault(tag, set()):
                routes_seen[tag].add(route_id)
                entry["started"] += 1
                entry["completed"] += 1 if completed_on else 0
            entry["achieved"] += 1 if confirmed_on else 0
    return result

