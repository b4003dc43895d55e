"""Places wired into the rest (issue 19): list and export of the new kinds, the Plaatsen list counted by the database as
the place service counts, the hold setting, travel times in an AVG export, employer contacts moving the pipeline,
a duplicate employer warned, and Vandaag telling a proposer of an expired hold and an owner of a due employer step."""
from __future__ import annotations

import csv
import json
from dataclasses import replace
from datetime import timedelta

import pytest

from coachdesk.domain import clock
from coachdesk.domain import models as m
from coachdesk.domain.errors import ValidationError
from coachdesk.services import attention, list_queries, place_pages, places, privacy, records, team
from coachdesk.services.access import Actor
from coachdesk.services.settings import load_settings, save_settings
from tests import factories as f
from tests.commandline import run_coachdesk
from tests.factories import PASSPHRASE, SYSTEM

TODAY = clock.today()


@pytest.fixture
def session(database):
    with database.transaction() as session:
        yield session


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("wiring") / "data"
    result = run_coachdesk("--data-dir", str(folder), "demo", COACHDESK_PASSPHRASE=PASSPHRASE)
    assert result.returncode == 0, result.stderr
    return folder


@pytest.mark.parametrize("kind, keys", [
    ("places", {"id", "employer_id", "title", "leerweg", "status", "capacity", "location_pc4", "starts_on", "ends_on"}),
    ("recognitions", {"id", "employer_id", "crebo", "valid_from", "valid_until", "checked_on"}),
    ("employer_contacts", {"id", "employer_id", "contacted_on", "kind", "coach_id", "next_step_on"}),
])
def test_the_new_kinds_are_listed_and_exported_by_the_command_line(folder, tmp_path, kind, keys):
    listed = run_coachdesk("--data-dir", str(folder), "list", kind, "--json", COACHDESK_PASSPHRASE=PASSPHRASE)
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    assert rows and keys <= set(rows[0])
    out = tmp_path / f"{kind}.csv"
    exported = run_coachdesk("--data-dir", str(folder), "export", kind, "--out", str(out), COACHDESK_PASSPHRASE=PASSPHRASE)
    assert exported.returncode == 0, exported.stderr
    with out.open(encoding="utf-8-sig") as handle:
        assert len(list(csv.reader(handle, delimiter=";" if ";" in out.read_text(encoding="utf-8-sig").splitlines()[0] else ","))) == len(rows) + 1


def _setting_up(session):
    school = f.school(session)
    anna = f.coach(session, school.id, "jobcoach", "Anna Coach")
    bram = f.coach(session, school.id, "jobcoach", "Bram Coach")
    boss = f.employer(session, name="Zorgcentrum De Vliet")
    records.create(session, SYSTEM, "recognitions", {"employer_id": boss.id, "crebo": "25498", "valid_until": TODAY + timedelta(days=300)})
    recognised = records.create(session, SYSTEM, "places", {"employer_id": boss.id, "leerweg": "bol", "crebo": "25498", "level": 2,
                                                            "sector": "Zorg", "location_pc4": "3011", "capacity": 2, "title": "Zorghulp"})
    unrecognised = records.create(session, SYSTEM, "places", {"employer_id": boss.id, "leerweg": "bbl", "crebo": "25655", "sector": "Zorg",
                                                              "location_pc4": "3011", "capacity": 1, "title": "Keuken"})
    stage = records.create(session, SYSTEM, "places", {"employer_id": boss.id, "leerweg": "stage", "title": "Tuin", "capacity": 1})
    noor = f.student(session, school.id, first_name="Noor", crebo="25498", home_pc4="3011")
    return school, Actor.for_coach(anna), Actor.for_coach(bram), boss, (recognised, unrecognised, stage), noor


def test_the_places_list_counts_free_held_and_recognised_as_the_place_service_does(session):
    school, anna, bram, boss, (recognised, unrecognised, stage), noor = _setting_up(session)
    places.propose(session, anna, noor.id, recognised.id)
    spec = list_queries.LIST_SPECS["places"]
    page = list_queries.load_page(session, SYSTEM, spec, list_queries.ListQuery(), 0, 10)
    columns = [column.header for column in spec.columns]
    shown = {place_id: dict(zip(columns, values)) for place_id, values in zip(page.ids, page.values)}
    rows = {row.id: row for row in places.place_rows(session, SYSTEM)}
    for place_id, row in rows.items():
        assert shown[place_id]["Free"] == row.free and shown[place_id]["SBB ok"] == row.recognition_ok
        assert shown[place_id]["Held until"] == row.held_until
    assert shown[recognised.id]["Free"] == 1 and shown[recognised.id]["Held until"] == TODAY + timedelta(days=places.DEFAULT_HOLD_DAYS)
    assert shown[unrecognised.id]["SBB ok"] is False and shown[stage.id]["SBB ok"] in (True, 1)

    def filtered(key: str, wanted) -> set[str]:
        index = [flt.key for flt in spec.filters].index(key)
        query = list_queries.ListQuery(filters=((index, wanted),))
        return set(list_queries.page_ids(session, SYSTEM, spec, query, 0, 50))

    assert filtered("held", True) == {recognised.id}
    assert filtered("recognised", False) == {unrecognised.id}
    assert filtered("room", True) == {recognised.id, unrecognised.id, stage.id}
    places.propose(session, bram, f.student(session, school.id, first_name="Sem", school_type="pro").id, stage.id, days=3)
    assert filtered("room", False) == {stage.id}, "a place whose holds fill it has none free"
    index = list_queries.SearchIndex(session, SYSTEM, spec)
    assert set(index.matching(session, SYSTEM, spec, list_queries.ListQuery(text="keuken"))) == {unrecognised.id}


def test_a_proposal_holds_the_place_for_the_days_the_team_set(session):
    school, anna, *_ = _setting_up(session)[:3]
    coordinator = Actor.for_coach(f.coach(session, None, "coordinator", "Co Ordinator"))
    with pytest.raises(ValidationError, match="A proposal holds the place"):
        save_settings(session, coordinator, replace(load_settings(session), hold_days=91))
    save_settings(session, coordinator, replace(load_settings(session), hold_days=4))
    assert places.hold_days(session) == 4 and load_settings(session).hold_days == 4


def test_a_students_avg_export_holds_his_stored_travel_times(session):
    school, anna, bram, boss, _, noor = _setting_up(session)
    records.create(session, SYSTEM, "travel_times", {"student_id": noor.id, "employer_id": boss.id, "location_pc4": "3011", "minutes": 17})
    data = privacy.gather_student_data(session, SYSTEM, noor.id)
    assert [(row["location_pc4"], row["minutes"]) for row in data["travel_times"]] == [("3011", 17)]


def test_an_employer_contact_added_as_a_record_moves_the_pipeline_and_a_duplicate_employer_is_warned(session):
    school, anna, bram, boss, _, noor = _setting_up(session)
    records.update(session, SYSTEM, "employers", boss.id, {"acquisition_stage": "prospect", "kvk_number": "12345678"})
    contact = team.add_record(session, anna, "employer_contacts", {"employer_id": boss.id, "contacted_on": TODAY.isoformat(), "kind": "call",
                                                                   "next_step": "Rondleiding", "next_step_on": (TODAY + timedelta(days=3)).isoformat()})
    assert contact.coach_id == anna.coach_id
    assert (boss.acquisition_stage, boss.acquisition_owner_id, boss.next_step) == (m.AcquisitionStage.EERSTE_CONTACT, anna.coach_id, "Rondleiding")
    warnings: list[str] = []
    twin = team.add_record(session, bram, "employers", {"name": "Zorgcentrum de Vliet B.V.", "kvk_number": "12345678"}, warnings=warnings)
    assert twin.id and len(warnings) == 1 and "Perhaps the same employer as Zorgcentrum De Vliet" in warnings[0] and "12345678" in warnings[0]
    assert team.duplicate_warnings(session, {"name": "Fietsenmaker Jansen"}) == []


def test_vandaag_tells_the_proposer_of_an_expired_hold_and_the_owner_of_a_due_employer_step(session):
    school, anna, bram, boss, (recognised, *_), noor = _setting_up(session)
    proposal = places.propose(session, anna, noor.id, recognised.id, days=2)
    records.update(session, SYSTEM, "placements", proposal.placement.id, {"held_until": TODAY - timedelta(days=1)})
    records.update(session, SYSTEM, "employers", boss.id, {"acquisition_stage": "gesprek", "acquisition_owner_id": bram.coach_id,
                                                           "next_step": "Terugbellen", "next_step_on": TODAY})
    of_anna = [item for item in attention.attention_list(session, anna) if item.kind in (attention.HOLD_EXPIRED, attention.EMPLOYER_STEP)]
    assert [(item.kind, item.student_id, item.placement_id) for item in of_anna] == [(attention.HOLD_EXPIRED, noor.id, proposal.placement.id)]
    assert "Zorghulp at Zorgcentrum De Vliet ended on" in of_anna[0].reason and "free for others again" in of_anna[0].reason
    of_bram = [item for item in attention.attention_list(session, bram) if item.kind in (attention.HOLD_EXPIRED, attention.EMPLOYER_STEP)]
    assert [(item.kind, item.employer_id, item.student_name) for item in of_bram] == [(attention.EMPLOYER_STEP, boss.id, "Zorgcentrum De Vliet")]
    assert of_bram[0].reason.endswith("Terugbellen") and of_bram[0].as_dict()["employer_id"] == boss.id
    records.update(session, SYSTEM, "employers", boss.id, {"next_step_on": TODAY + timedelta(days=1)})
    assert not [item for item in attention.attention_list(session, bram) if item.kind == attention.EMPLOYER_STEP], "not yet due"


def test_a_jpo_reads_no_pipeline_of_an_employer(session):
    school, anna, bram, boss, _, noor = _setting_up(session)
    jpo = Actor.for_coach(f.coach(session, school.id, "jpo", "Jip Po"))
    records.update(session, SYSTEM, "employers", boss.id, {"acquisition_stage": "gesprek", "acquisition_owner_id": bram.coach_id})
    side = place_pages.employer_side(session, jpo, boss.id)
    assert not place_pages.sees_pipeline(jpo) and not side.pipeline and side.stage is None and side.contacts == []
    assert place_pages.employer_side(session, anna, boss.id).stage == m.AcquisitionStage.GESPREK
