"""The praktijkverklaring: catalogue import (versions), a route checked against the place, progress, sign-off, roles."""
from __future__ import annotations

from datetime import timedelta

import pytest

from coachdesk.domain import clock, policy
from coachdesk.domain import models as m
from coachdesk.domain.errors import AccessDenied, UserError, ValidationError
from coachdesk.services import praktijkverklaring as pv
from coachdesk.services import records, team
from coachdesk.services.access import Actor
from coachdesk.transfer import pv_catalogue
from tests import factories as f

HEADER = "Crebo;Kwalificatiedossier;Versie;Niveau;Bron;Bron geraadpleegd op;Kerntaak;Titel kerntaak;Werkproces;Titel werkproces;Omschrijving;Leerlijnen"


def catalogue_file(tmp_path, rows: list[str], name: str = "catalogus.csv"):
    path = tmp_path / name
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return path


def row(code: str, title: str, version: str = "2025", crebo: str = "25123", kerntaak_title: str = "Verzorgt planten") -> str:
    kerntaak = code.rsplit("-", 1)[0]
    return f"{crebo};Medewerker groen (test);{version};1;s-bb.nl, dossier als pdf;01-09-2026;{kerntaak};{kerntaak_title};{code};{title};Doet het werk;Groen"


@pytest.fixture
def world(database, tmp_path):
    with database.transaction() as session:
        school = f.school(session)
        other_school = f.school(session, "Andere school")
        docent = f.coach(session, school.id, "docent", "Docent Jansen")
        coordinator = f.coach(session, school.id, "coordinator", "Coördinator Kok")
        outsider = f.coach(session, other_school.id, "docent", "Docent Elders")
        jpo = f.coach(session, school.id, "jpo", "Jpo Sam")
        student = f.student(session, school.id)
        employer = f.employer(session)
        place = records.create(session, f.SYSTEM, "places", {"employer_id": employer.id, "leerweg": "bol", "crebo": "25123", "title": "Hovenier",
                                                             "features": ["praktijkverklaring_mogelijk"]})
        session.add(m.JpoPairing(jpo_id=jpo.id, student_id=student.id, since=clock.today() - timedelta(days=30)))
        result = pv_catalogue.import_catalogue(session, f.SYSTEM, catalogue_file(tmp_path, [
            row("B1-K1-W1", "Bereidt het werk voor"), row("B1-K1-W2", "Snoeit en maait"), row("B1-K1-W3", "Ruimt op")]))
        assert result.errors == []
        ids = {"school": school.id, "docent": docent.id, "coordinator": coordinator.id, "outsider": outsider.id, "jpo": jpo.id, "student": student.id, "place": place.id}
        dossier = session.query(m.Dossier).one()
        ids["dossier"] = dossier.id
        ids["wp"] = {w.code: w.id for _, w in pv.werkprocessen_of(session, dossier.id)}
    return database, ids


def actor_of(session, coach_id: str) -> Actor:
    return Actor.for_coach(session.get(m.Coach, coach_id))


def test_a_catalogue_file_is_imported_and_bad_rows_are_named_by_line(database, tmp_path):
    path = catalogue_file(tmp_path, [
        row("B1-K1-W1", "Bereidt het werk voor"),
        row("B1-K1-W2", "Snoeit en maait"),
        "25123;Medewerker groen (test);2025;1;;;B1-K1;Verzorgt planten;B1-K1-Wx;Kapot;;",  # line 4: not a code
        "2512;Medewerker groen (test);2025;1;;;B1-K2;Werkt samen;B1-K2-W1;Overlegt;;",  # line 5: crebo of 4 digits
        row("B1-K1-W1", "Bereidt het werk voor"),  # line 6: twice
        "25123;Medewerker groen (test);2025;1;;;B1-K2;Werkt samen;;Zonder code;;",  # line 7: empty code
        row("B1-K2-W1", "Overlegt met collega's", kerntaak_title="Werkt samen"),
    ])
    with database.transaction() as session:
        dry = pv_catalogue.import_catalogue(session, f.SYSTEM, path, dry_run=True)
        assert session.query(m.Werkproces).count() == 0
    assert (dry.dossiers, dry.kerntaken, dry.werkprocessen) == (1, 2, 3)
    with database.transaction() as session:
        result = pv_catalogue.import_catalogue(session, f.SYSTEM, path)
    assert (result.dossiers, result.kerntaken, result.werkprocessen) == (1, 2, 3)
    by_line = {error.line: error for error in result.errors}
    assert sorted(by_line) == [4, 5, 6, 7]
    assert by_line[4].column == "Werkproces" and "B1-K1-WX" in by_line[4].message
    assert by_line[5].column == "Crebo" and "5 digits" in by_line[5].message
    assert "twice" in by_line[6].message and "line 2" in by_line[6].message
    assert by_line[7].column == "Werkproces" and "empty" in by_line[7].message
    with database.transaction() as session:
        again = pv_catalogue.import_catalogue(session, f.SYSTEM, path)
        assert (again.dossiers, again.kerntaken, again.werkprocessen) == (0, 0, 0)
        assert session.query(m.Werkproces).count() == 3
        exported = tmp_path / "uit.csv"
        assert pv_catalogue.export_catalogue(session, f.SYSTEM, exported) == 3


def test_a_missing_column_is_named(database, tmp_path):
    path = tmp_path / "zonder.csv"
    path.write_text("Crebo;Versie;Werkproces\n25123;2025;B1-K1-W1\n", encoding="utf-8")
    with database.transaction() as session:
        result = pv_catalogue.import_catalogue(session, f.SYSTEM, path)
    assert {error.column for error in result.errors} >= {"Kwalificatiedossier", "Kerntaak", "Titel werkproces"}
    assert result.werkprocessen == 0


def test_only_a_coordinator_imports_the_catalogue(world, tmp_path):
    database, ids = world
    with database.transaction() as session, pytest.raises(AccessDenied, match="may not change this"):
        pv_catalogue.import_catalogue(session, actor_of(session, ids["docent"]), catalogue_file(tmp_path, [row("B1-K1-W9", "Nieuw")]))


def test_a_second_version_leaves_a_route_on_the_first_untouched(world, tmp_path):
    database, ids = world
    with database.transaction() as session:
        route = pv.create_route(session, f.SYSTEM, {"student_id": ids["student"], "route_type": "praktijkleerroute",
                                                    "dossier_id": ids["dossier"], "place_id": ids["place"]}, ids["wp"].values())
        route_id = route.id
        before = pv.route_view(session, f.SYSTEM, ids["student"])
    changed = catalogue_file(tmp_path, [row("B1-K1-W1", "Bereidt het werk voor en controleert", version="2026"),
                                        row("B1-K1-W4", "Plant nieuw groen", version="2026")], "nieuw.csv")
    with database.transaction() as session:
        result = pv_catalogue.import_catalogue(session, f.SYSTEM, changed)
        assert (result.dossiers, result.werkprocessen, result.errors) == (1, 2, [])
        # the old version itself cannot be changed by an import: the changed title is refused, named
        refused = pv_catalogue.import_catalogue(session, f.SYSTEM, catalogue_file(tmp_path, [row("B1-K1-W1", "Andere titel")], "oud.csv"))
        assert refused.errors and "new version" in refused.errors[0].message
    with database.transaction() as session:
        assert pv.route_view(session, f.SYSTEM, ids["student"]) == before
        new_version = session.query(m.Dossier).filter_by(version="2026").one()
        new_w4 = next(w for _, w in pv.werkprocessen_of(session, new_version.id) if w.code == "B1-K1-W4")
        with pytest.raises(UserError, match="another qualification file"):
            pv.add_item(session, f.SYSTEM, route_id, new_w4.id)


def test_a_werkproces_the_place_does_not_offer_is_flagged(world):
    database, ids = world
    with database.transaction() as session:
        route = pv.create_route(session, f.SYSTEM, {"student_id": ids["student"], "route_type": "sbb", "dossier_id": ids["dossier"],
                                                    "place_id": ids["place"], "offered_codes": ["B1-K1-W1", "B1-K1-W2"]},
                                ids["wp"].values())
        found = pv.flags(session, route)
        assert [(flag.code, flag.text) for flag in found] == [("B1-K1-W3", "not offered by the place")]
        records.update(session, f.SYSTEM, "places", ids["place"], {"features": []})
        session.refresh(route)
        assert "the place does not say it offers a praktijkverklaring" in [flag.text for flag in pv.flags(session, route)]


def _route_with_items(session, ids):
    route = pv.create_route(session, f.SYSTEM, {"student_id": ids["student"], "route_type": "praktijkleerroute",
                                                "dossier_id": ids["dossier"], "place_id": ids["place"]}, ids["wp"].values())
    return route, {item.werkproces.code: item.id for item in pv.items_of(session, route.id)}


def test_progress_is_recorded_confirmed_and_a_later_judgement_revokes_the_confirmation(world):
    database, ids = world
    with database.transaction() as session:
        _route, items = _route_with_items(session, ids)
        docent = actor_of(session, ids["coordinator"])  # a docent of the school, once the policy has his row
        day = clock.today() - timedelta(days=10)
        pv.record_judgement(session, docent, items["B1-K1-W1"], "oefenen", evidence="observed", assessed_on=day - timedelta(days=20),
                            assessor="Henk de Vries")
        pv.record_judgement(session, docent, items["B1-K1-W1"], "voldoende", evidence="product", assessed_on=day,
                            assessor="Henk de Vries", paper_form_on=day)
        with pytest.raises(UserError, match="there is none yet"):
            pv.confirm(session, docent, items["B1-K1-W2"])
        pv.confirm(session, docent, items["B1-K1-W1"])
        shown = {w["code"]: w for w in pv.route_view(session, docent, ids["student"])["werkprocessen"]}
        assert shown["B1-K1-W1"] == {"code": "B1-K1-W1", "title": "Bereidt het werk voor", "status": "voldoende",
                                     "assessed_on": day.isoformat(), "assessor": "Henk de Vries", "confirmed": True}
        assert shown["B1-K1-W2"]["confirmed"] is False and shown["B1-K1-W2"]["status"] == "niet_gestart"
        # a later judgement: the confirmation after the earlier one is revoked, and the history says so
        pv.record_judgement(session, docent, items["B1-K1-W1"], "goed", evidence="observed", assessor="Henk de Vries")
        shown = {w["code"]: w for w in pv.route_view(session, docent, ids["student"])["werkprocessen"]}
        assert shown["B1-K1-W1"]["status"] == "goed" and shown["B1-K1-W1"]["confirmed"] is False
        kinds = [(e.entry_kind.value, e.status.value if e.status else None) for e in pv.history(session, docent, items["B1-K1-W1"])]
        assert kinds == [("judgement", "oefenen"), ("judgement", "voldoende"), ("confirmation", "voldoende"), ("revocation", None),
                         ("judgement", "goed")]
        sheet = pv.route_sheet(session, docent, ids["student"])
        line = next(line for line in sheet.lines if line.code == "B1-K1-W1")
        assert line.revoked_on == clock.today() and not line.confirmed
        assert pv.routes_to_confirm(session, docent)[0][1] == 1


def test_a_judgement_needs_its_assessor_and_no_future_date(world):
    database, ids = world
    with database.transaction() as session:
        _route, items = _route_with_items(session, ids)
        with pytest.raises(ValidationError, match="Name the workplace trainer"):
            pv.record_judgement(session, f.SYSTEM, items["B1-K1-W1"], "goed")
        with pytest.raises(ValidationError, match="cannot lie in the future"):
            pv.record_judgement(session, f.SYSTEM, items["B1-K1-W1"], "oefenen", assessed_on=clock.today() + timedelta(days=1))


def test_a_jpo_cannot_sign_by_any_path(world):
    database, ids = world
    with database.transaction() as session:
        _route, items = _route_with_items(session, ids)
        item_id = items["B1-K1-W1"]
        pv.record_judgement(session, f.SYSTEM, item_id, "voldoende", assessor="Henk de Vries")
    with database.transaction() as session:
        jpo = actor_of(session, ids["jpo"])
        with pytest.raises(AccessDenied, match="never confirms"):
            pv.confirm(session, jpo, item_id)
        with pytest.raises(AccessDenied, match="\"practising\" only"):
            pv.record_judgement(session, jpo, item_id, "goed", assessor="Sam")
        with pytest.raises(AccessDenied, match="\"practising\" only"):
            pv.record_judgement(session, jpo, item_id, "oefenen", paper_form_on=clock.today())
        # the generic paths (the command line's edit and add, a form's save) are refused too
        for attempt in ({"confirmed_by": ids["jpo"]}, {"confirmed_on": clock.today()}, {"status": "goed"}):
            with pytest.raises((AccessDenied, ValidationError), match="may not change|\"practising\" only|never confirms"):
                records.update(session, jpo, "route_items", item_id, attempt)
            with pytest.raises((AccessDenied, ValidationError), match="may not change|\"practising\" only|never confirms"):
                pv.edit_record(session, jpo, "route_items", item_id, attempt)
        with pytest.raises((AccessDenied, ValidationError), match="may not change|\"practising\" only|never confirms"):
            team.edit_record(session, jpo, "route_items", item_id, {"confirmed_by": ids["jpo"]})
    with database.session() as session:
        item = session.get(m.RouteItem, item_id)
        assert item.confirmed_on is None and item.confirmed_by is None and item.status == m.PvStatus.VOLDOENDE


@pytest.mark.skipif(not policy.may("jpo", "route_items", policy.CHANGE), reason="the JPO's row for route_items waits for the lead (domain/policy.py)")
def test_a_jpo_notes_practising_for_his_mentee(world):
    database, ids = world
    with database.transaction() as session:
        _route, items = _route_with_items(session, ids)
        jpo = actor_of(session, ids["jpo"])
        pv.record_judgement(session, jpo, items["B1-K1-W2"], "oefenen", evidence="observed")
        assert session.get(m.RouteItem, items["B1-K1-W2"]).status == m.PvStatus.OEFENEN


def test_a_docent_of_another_school_does_not_reach_the_route(world):
    database, ids = world
    with database.transaction() as session:
        _route, items = _route_with_items(session, ids)
    with database.transaction() as session:
        outsider = actor_of(session, ids["outsider"])
        with pytest.raises(AccessDenied):
            pv.route_view(session, outsider, ids["student"])
        with pytest.raises(AccessDenied):
            pv.record_judgement(session, outsider, items["B1-K1-W1"], "oefenen")
        assert pv.routes_to_confirm(session, outsider) == [] and pv.stale_routes(session, outsider) == []


def test_a_route_with_nothing_assessed_for_six_weeks_is_stale(world):
    database, ids = world
    with database.transaction() as session:
        route, items = _route_with_items(session, ids)
        route.started_on = clock.today() - timedelta(weeks=8)
        session.flush()
        assert [r.id for r, _ in pv.stale_routes(session, f.SYSTEM)] == [route.id]
        pv.record_judgement(session, f.SYSTEM, items["B1-K1-W1"], "oefenen", assessed_on=clock.today() - timedelta(weeks=5))
        assert pv.stale_routes(session, f.SYSTEM) == []
        assert [r.id for r, _ in pv.stale_routes(session, f.SYSTEM, clock.today() + timedelta(weeks=2))] == [route.id]


def test_vandaag_lists_a_stale_route_and_one_to_confirm(world):
    from coachdesk.services.attention import PV_STALE, PV_TO_CONFIRM, attention_list

    database, ids = world
    with database.transaction() as session:
        route, items = _route_with_items(session, ids)
        route.started_on = clock.today() - timedelta(weeks=7)
        session.flush()
        kinds = {item.kind for item in attention_list(session, f.SYSTEM) if item.student_id == ids["student"]}
        assert PV_STALE in kinds and PV_TO_CONFIRM not in kinds
        pv.record_judgement(session, f.SYSTEM, items["B1-K1-W1"], "voldoende", assessor="Henk de Vries")
        listed = [item for item in attention_list(session, f.SYSTEM) if item.student_id == ids["student"]]
        assert {item.kind for item in listed} == {PV_TO_CONFIRM}
        assert "1 work process(es)" in next(item.reason for item in listed if item.kind == PV_TO_CONFIRM)
        pv.confirm(session, actor_of(session, ids["coordinator"]), items["B1-K1-W1"])
        assert not [item for item in attention_list(session, f.SYSTEM) if item.student_id == ids["student"] and item.kind.startswith("praktijk")]


def test_the_route_is_in_the_avg_export_and_erased_with_the_student(world):
    from coachdesk.services import privacy

    database, ids = world
    with database.transaction() as session:
        route, items = _route_with_items(session, ids)
        pv.record_judgement(session, f.SYSTEM, items["B1-K1-W1"], "oefenen")
        data = privacy.gather_student_data(session, f.SYSTEM, ids["student"])
        assert [r["id"] for r in data["pv_routes"]] == [route.id]
        assert len(data["pv_route_items"]) == 3 and data["pv_route_entries"][0]["status"] == "oefenen"
        privacy.erase_student(session, f.SYSTEM, ids["student"])
    with database.session() as session:
        assert session.query(m.Route).count() == 0 and session.query(m.RouteItem).count() == 0 and session.query(m.RouteEntry).count() == 0


def test_the_generic_path_refuses_a_duplicate_version_and_an_item_of_another_dossier(world, monkeypatch):
    """The rules of services/pv_rules.py, registered as services/records.py registers place_rules."""
    from coachdesk.services import pv_rules

    for name, rule in pv_rules.RULES.items():
        monkeypatch.setitem(records.RULES, name, rule)
    database, ids = world
    with database.transaction() as session:
        with pytest.raises(ValidationError, match="already in the catalogue"):
            records.create(session, f.SYSTEM, "dossiers", {"crebo": "25123", "title": "Medewerker groen (test)", "version": "2025"})
        other = records.create(session, f.SYSTEM, "dossiers", {"crebo": "25123", "title": "Medewerker groen (test)", "version": "2026"})
        kerntaak = records.create(session, f.SYSTEM, "kerntaken", {"dossier_id": other.id, "code": "B1-K1", "title": "Kern"})
        with pytest.raises(ValidationError, match="core task belongs to another"):
            records.create(session, f.SYSTEM, "werkprocessen", {"dossier_id": ids["dossier"], "kerntaak_id": kerntaak.id, "code": "B1-K1-W9", "title": "X"})
        foreign = records.create(session, f.SYSTEM, "werkprocessen", {"dossier_id": other.id, "kerntaak_id": kerntaak.id, "code": "B1-K1-W1", "title": "X"})
        route, items = _route_with_items(session, ids)
        with pytest.raises(ValidationError, match="another qualification file"):
            records.create(session, f.SYSTEM, "route_items", {"route_id": route.id, "student_id": ids["student"], "werkproces_id": foreign.id})
        with pytest.raises(ValidationError, match="already in the route"):
            records.create(session, f.SYSTEM, "route_items", {"route_id": route.id, "student_id": ids["student"], "werkproces_id": ids["wp"]["B1-K1-W1"]})
        with pytest.raises(ValidationError, match="keeps its qualification file version"):
            records.update(session, f.SYSTEM, "routes", route.id, {"dossier_id": other.id})
