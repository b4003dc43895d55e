"""The rules of the praktijkverklaring's kinds that relate fields to other records, for every path that saves one
(a form, `coachdesk add/edit`, an import): to be registered in ``services/records.RULES`` as ``place_rules`` is.

- a dossier version (crebo + version) exists once;
- a werkproces belongs to a kerntaak of its own dossier;
- a route item's werkproces belongs to the route's dossier version, is in the route once, and the item's student is
  the route's student."""
from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from coachdesk.domain import models as m
from coachdesk.domain.errors import FieldError
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP
from coachdesk.domain.schema import RecordKind

MSG_VERSION_TAKEN = QT_TRANSLATE_NOOP("Validation", "{label}: this version of the qualification file is already in the catalogue; a changed file gets a new version.")
MSG_KERNTAAK_OTHER = QT_TRANSLATE_NOOP("Validation", "{label}: this core task belongs to another qualification file.")
MSG_NOT_IN_DOSSIER = QT_TRANSLATE_NOOP("Validation", "{label}: this work process belongs to another qualification file (or version) than the route's.")
MSG_IN_ROUTE = QT_TRANSLATE_NOOP("Validation", "{label}: this work process is already in the route.")
MSG_OTHER_STUDENT = QT_TRANSLATE_NOOP("Validation", "{label}: this route belongs to another student.")


def _error(kind: RecordKind, field: str, text: str) -> FieldError:
    return FieldError(field, kind.field(field).label, text, {})


def _dossier_rule(session: Session, kind: RecordKind, v: dict) -> list[FieldError]:
    if not v.get("crebo") or not v.get("version"):
        return []
    same = select(m.Dossier.id).where(m.Dossier.crebo == v["crebo"], m.Dossier.version == v["version"])
    if v.get("id"):
        same = same.where(m.Dossier.id != v["id"])
    return [_error(kind, "version", MSG_VERSION_TAKEN)] if session.scalar(same.limit(1)) else []


def _werkproces_rule(session: Session, kind: RecordKind, v: dict) -> list[FieldError]:
    kerntaak = session.get(m.Kerntaak, v["kerntaak_id"]) if v.get("kerntaak_id") else None
    if kerntaak is not None and kerntaak.dossier_id != v.get("dossier_id"):
        return [_error(kind, "kerntaak_id", MSG_KERNTAAK_OTHER)]
    return []


def _route_item_rule(session: Session, kind: RecordKind, v: dict) -> list[FieldError]:
    route = session.get(m.Route, v["route_id"]) if v.get("route_id") else None
    werkproces = session.get(m.Werkproces, v["werkproces_id"]) if v.get("werkproces_id") else None
    if route is None or werkproces is None:
        return []
    errors = []
    if route.student_id != v.get("student_id"):
        errors.append(_error(kind, "student_id", MSG_OTHER_STUDENT))
    if werkproces.dossier_id != route.dossier_id:
        errors.append(_error(kind, "werkproces_id", MSG_NOT_IN_DOSSIER))
    same = select(m.RouteItem.id).where(m.RouteItem.route_id == route.id, m.RouteItem.werkproces_id == werkproces.id)
    if v.get("id"):
        same = same.where(m.RouteItem.id != v["id"])
    if session.scalar(same.limit(1)):
        errors.append(_error(kind, "werkproces_id", MSG_IN_ROUTE))
    return errors


def _route_rule(session: Session, kind: RecordKind, v: dict) -> list[FieldError]:
    """A route keeps its dossier version once it has werkprocessen (a new version never changes it)."""
    if not v.get("id"):
        return []
    stored = session.get(m.Route, v["id"])
    if stored is not None and stored.dossier_id != v.get("dossier_id") and session.scalar(
            select(m.RouteItem.id).where(m.RouteItem.route_id == stored.id).limit(1)):
        return [_error(kind, "dossier_id", MSG_ROUTE_DOSSIER_FIXED)]
    return []


MSG_ROUTE_DOSSIER_FIXED = QT_TRANSLATE_NOOP("Validation", "{label}: a route with work processes keeps its qualification file version; start a new route for another version.")

RULES: dict[str, Callable[[Session, RecordKind, dict], list[FieldError]]] = {
    "dossiers": _dossier_rule, "werkprocessen": _werkproces_rule, "route_items": _route_item_rule, "routes": _route_rule,
}
