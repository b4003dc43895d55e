"""The praktijkverklaring on the command line (as a subprocess) and its PDFs read back: every werkproces with its status."""
from __future__ import annotations

import io
import json
from datetime import timedelta

import pytest
from pypdf import PdfReader

from coachdesk.documents.pv_checklist import build_checklist
from coachdesk.documents.pv_overview import build_school_overview, build_student_overview
from coachdesk.domain import clock
from coachdesk.domain import models as m
from coachdesk.services import praktijkverklaring as pv
from coachdesk.services import records
from coachdesk.transfer import pv_catalogue
from tests import factories as f
from tests.commandline import run_coachdesk
from tests.factories import PASSPHRASE
from tests.test_praktijkverklaring import HEADER, row
from tests.test_toolkits_print import assert_fonts_embedded


def all_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    from coachdesk.services.workspace import open_workspace

    base = tmp_path_factory.mktemp("pv")
    data = base / "data"
    database = open_workspace(data, PASSPHRASE)
    catalogue = base / "catalogus.csv"
    codes = [f"B1-K{k}-W{w}" for k in (1, 2) for w in (1, 2, 3)]
    catalogue.write_text("\n".join([HEADER, *(row(code, f"Werkproces {code} in eigen woorden", kerntaak_title=f"Kerntaak {code[:5]}")
                                              for code in codes)]) + "\n", encoding="utf-8")
    with database.transaction() as session:
        school = f.school(session, "Praktijkschool Oost")
        records.update(session, f.SYSTEM, "schools", school.id, {"brin": "12AB"})
        coordinator = f.coach(session, school.id, "coordinator", "Coördinator Kok")
        student = f.student(session, school.id, first_name="Zoë", last_name="Çelik")
        employer = f.employer(session, name="Kwekerij De Linde")
        records.update(session, f.SYSTEM, "employers", employer.id, {"sbb_id": "100123456"})
        trainer = records.create(session, f.SYSTEM, "praktijkopleiders", {"employer_id": employer.id, "name": "Henk de Vries"})
        placement = f.started_placement(session, student.id, employer.id, starts_on=clock.today() - timedelta(days=60),
                                        ends_on=clock.today() + timedelta(days=120))
        records.update(session, f.SYSTEM, "placements", placement.id, {"praktijkopleider_id": trainer.id})
        pv_catalogue.import_catalogue(session, f.SYSTEM, catalogue)
        dossier = session.query(m.Dossier).one()
        wp = {w.code: w.id for _, w in pv.werkprocessen_of(session, dossier.id)}
        route = pv.create_route(session, f.SYSTEM, {"student_id": student.id, "route_type": "praktijkleerroute", "dossier_id": dossier.id,
                                                    "placement_id": placement.id, "offered_codes": codes[:5]}, wp.values())
        items = {item.werkproces.code: item.id for item in pv.items_of(session, route.id)}
        actor = pv.Actor.for_coach(coordinator)
        day = clock.today() - timedelta(days=7)
        pv.set_opdrachten(session, actor, items["B1-K1-W1"], "Zet elke ochtend het gereedschap klaar in de schuur, voor vrijdag.")
        pv.record_judgement(session, actor, items["B1-K1-W1"], "voldoende", evidence="observed", assessed_on=day, assessor="Henk de Vries",
                            paper_form_on=day)
        pv.confirm(session, actor, items["B1-K1-W1"])
        pv.record_judgement(session, actor, items["B1-K1-W2"], "goed", evidence="product", assessed_on=day, assessor="Henk de Vries")
        pv.confirm(session, actor, items["B1-K1-W2"])
        pv.record_judgement(session, actor, items["B1-K1-W2"], "voldoende", evidence="observed", assessor="Henk de Vries")  # revokes
        pv.record_judgement(session, actor, items["B1-K2-W1"], "oefenen", evidence="conversation", assessed_on=day, assessor="Henk de Vries")
        ids = {"student": student.id, "codes": codes}
        from coachdesk.services.users import choose_user

        choose_user(session, f.SYSTEM, coordinator.id)  # the commands act as this coordinator
    database.close()
    return data, ids


def cd(folder, *args: str):
    return run_coachdesk("--data-dir", str(folder), *args, COACHDESK_PASSPHRASE=PASSPHRASE)


def test_route_show_prints_the_promised_keys(folder):
    data, ids = folder
    result = cd(data, "route", "show", ids["student"], "--json")
    assert result.returncode == 0, result.stderr
    shown = json.loads(result.stdout)
    assert set(shown) == {"route", "type", "dossier", "werkprocessen"}
    assert shown["type"] == "praktijkleerroute" and shown["dossier"] == {"crebo": "25123", "version": "2025"}
    by_code = {line["code"]: line for line in shown["werkprocessen"]}
    assert list(by_code) == ids["codes"]
    assert set(by_code["B1-K1-W1"]) == {"code", "title", "status", "assessed_on", "assessor", "confirmed"}
    assert (by_code["B1-K1-W1"]["status"], by_code["B1-K1-W1"]["confirmed"]) == ("voldoende", True)
    assert (by_code["B1-K1-W2"]["status"], by_code["B1-K1-W2"]["confirmed"]) == ("voldoende", False), "revoked by the later judgement"
    assert by_code["B1-K2-W3"]["status"] == "niet_gestart"


def test_catalogue_import_on_the_command_line_reports_bad_rows_by_line(folder, tmp_path):
    data, _ids = folder
    path = tmp_path / "nieuw.csv"
    path.write_text("\n".join([HEADER, row("B1-K1-W1", "Bereidt voor", version="2027"), "25123;X;2027;1;;;B1-K1;Y;B1-K2-W1;Z;;",
                               row("B1-K1-W2", "Snoeit", version="2027")]) + "\n", encoding="utf-8")
    dry = cd(data, "catalogue", "import", str(path), "--dry-run", "--json")
    assert dry.returncode == 0, dry.stderr
    assert json.loads(dry.stdout) == {"dossiers": 1, "kerntaken": 1, "werkprocessen": 2, "errors": [
        {"line": 3, "column": "Werkproces", "message": "B1-K2-W1 does not belong to core task B1-K1."}]}
    assert cd(data, "route", "show", _ids["student"], "--json").returncode == 0
    template = cd(data, "template", "catalogue", "--out", str(tmp_path / "catalogus.xlsx"))
    assert template.returncode == 0, template.stderr
    from coachdesk.transfer.readers import read_table

    assert read_table(tmp_path / "catalogus.xlsx").headers == pv.template_headers()


def test_the_checklist_and_both_overviews_read_back(folder, tmp_path):
    data, ids = folder
    for args, name in ((("checklist",), "lijst.pdf"), (("overview", "--for", "student"), "leerling.pdf"),
                       (("overview", "--for", "school"), "school.pdf")):
        result = cd(data, "route", args[0], ids["student"], *args[1:], "--out", str(tmp_path / name))
        assert result.returncode == 0, result.stderr
        pdf = (tmp_path / name).read_bytes()
        assert_fonts_embedded(PdfReader(io.BytesIO(pdf)))
        text = all_text(pdf)
        for code in ids["codes"]:
            assert code in text, f"{code} missing from {name}"
    checklist = all_text((tmp_path / "lijst.pdf").read_bytes())
    assert "Routecode PV-" in checklist and "Paraaf praktijkopleider" in checklist and "Handtekening" in checklist
    assert "Zet elke ochtend het gereedschap klaar" in checklist, "the werkopdracht is printed"
    assert "Nu: voldoende" in checklist and "Nu: niet gestart" in checklist and "Nu: oefenen" in checklist
    school = all_text((tmp_path / "school.pdf").read_bytes())
    assert "100123456" in school and "Kwekerij De Linde" in school and "Praktijkschool Oost" in school and "12AB" in school
    assert "crebo 25123, versie 2025" in school and "Henk de Vries" in school
    assert "ondertekend formulier van" in school, "the result that came from a signed paper form says so"
    assert "bevestiging ingetrokken op" in school, "a revoked confirmation is visible"
    assert "niet aangeboden door de stageplaats" in school, "B1-K2-W3 lies outside what the place offers"
    assert "Bevestigd: 1 van 6 werkprocessen" in school
    student = all_text((tmp_path / "leerling.pdf").read_bytes())
    assert "Wat Zoë nu kan" in student and "Dit kun je nu (2)" in student and "Hier oefen je nog mee (1)" in student
    assert "Hier begin je nog aan (3)" in student


def test_the_documents_are_dutch_whatever_the_interface_language(folder):
    from coachdesk.services.workspace import open_workspace

    data, ids = folder
    database = open_workspace(data, PASSPHRASE)
    try:
        with database.session() as session:
            sheet = pv.route_sheet(session, f.SYSTEM, ids["student"])
    finally:
        database.close()
    for build in (build_checklist, build_student_overview, build_school_overview):
        text = all_text(build(sheet))
        assert "practising" not in text and "sufficient" not in text and "not started" not in text
    assert "voldoende" in all_text(build_school_overview(sheet))


def test_a_student_without_a_route_is_told_so(folder):
    data, _ids = folder
    students = json.loads(cd(data, "list", "students", "--json").stdout)
    assert students
    result = cd(data, "route", "show", "nobody-here")
    assert result.returncode == 2 and "may not see this student" in result.stderr
