"""The toolkits read back from the PDF: who is in them, which schemes, where bookmarks point, fonts and sizes."""
from __future__ import annotations

import io
from collections import Counter
from datetime import datetime, timedelta

import pytest
from icalendar import Calendar
from pypdf import PdfReader

from coachdesk.documents import toolkits
from coachdesk.domain import clock
from coachdesk.domain.errors import UserError
from coachdesk.services import records
from tests import factories as f
from tests.factories import SYSTEM


def born(years: int, extra_days: int = 30):
    today = clock.today()
    return today.replace(year=today.year - years) - timedelta(days=extra_days) if not (today.month == 2 and today.day == 29) else today.replace(year=today.year - years, day=28) - timedelta(days=extra_days)


@pytest.fixture
def employer_setup(database):
    today = clock.today()
    with database.transaction() as session:
        school = records.create(session, SYSTEM, "schools", {"name": "Praktijkschool Zuid", "phone": "010 555 12 34", "email": "info@zuid.example", "region": "Rijnmond"})
        coach = f.coach(session, school.id, name="Gülşen Öztürk")
        records.update(session, SYSTEM, "coaches", coach.id, {"phone": "06 12345678"})
        other_coach = f.coach(session, school.id, name="Kees Ramdin")
        employer = f.employer(session, name="Kwekerij De Linde")

        def placed(first, last, years, *, consent=True, parent=False, status="started", coach_id=coach.id, **values):
            student = f.student(session, school.id, first_name=first, last_name=last, school_type=values.pop("school_type", "pro"), leerweg=values.pop("leerweg", None),
                                date_of_birth=born(years), consent_share_profile=consent, parent_consent=parent, competences=f"Kan veel, zegt {first}",
                                coach_id=coach_id, **values)
            if status == "started":
                f.started_placement(session, student.id, employer.id, starts_on=today - timedelta(days=20), ends_on=today + timedelta(days=60))
            else:
                from coachdesk.services.placements import create_placement

                create_placement(session, SYSTEM, {"student_id": student.id, "employer_id": employer.id})
            return student

        placed("Sem", "van der Meer", 17)
        placed("Jonge", "Zonderouder", 15, parent=False, coach_id=other_coach.id)
        placed("Anouk", "de Wit", 15, parent=True)
        placed("Voorstel", "Alleen", 17, status="proposed")
        bol = f.employer(session, name="Zorgcentrum BOL")
        student = f.student(session, school.id, first_name="Bo", last_name="Lemmens", school_type="mbo2", leerweg="bol", date_of_birth=born(18), coach_id=coach.id)
        f.started_placement(session, student.id, bol.id, starts_on=today - timedelta(days=20), ends_on=today + timedelta(days=60))
        return {"employer": employer.id, "bol": bol.id, "school": school.id, "coach": coach.id, "bol_student": student.id}


def build(data) -> PdfReader:
    buffer = io.BytesIO()
    toolkits.build(data, buffer)
    return PdfReader(io.BytesIO(buffer.getvalue()))


def all_text(reader: PdfReader) -> str:
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def sizes(reader: PdfReader) -> Counter:
    """Characters printed per font size (header and footer included)."""
    counted: Counter = Counter()

    def visit(text, cm, tm, font, size):
        if text.strip():
            counted[round(size * tm[0], 1) if tm[0] else size] += len(text.strip())

    for page in reader.pages:
        page.extract_text(visitor_text=visit)
    return counted


def size_of(reader: PdfReader, words: str) -> float:
    found = []

    def visit(text, cm, tm, font, size):
        if words in text:
            found.append(size * (tm[0] or 1))

    for page in reader.pages:
        page.extract_text(visitor_text=visit)
    assert found, words
    return min(found)


def assert_bookmarks_on_their_pages(reader: PdfReader) -> None:
    def walk(items):
        for item in items:
            if isinstance(item, list):
                yield from walk(item)
            else:
                yield item

    outline = list(walk(reader.outline))
    assert len(outline) >= 4
    pages = set()
    for item in outline:
        number = reader.get_destination_page_number(item)
        pages.add(number)
        assert item.title.split(":")[0] in " ".join(reader.pages[number].extract_text().split()), f"bookmark {item.title!r} points to page {number + 1}"
    assert len(pages) > 1, "the bookmarks do not all point to one page"


def assert_fonts_embedded(reader: PdfReader) -> None:
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            assert "Helvetica" not in str(font["/BaseFont"])
            descriptor = font.get("/FontDescriptor") or font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            assert "/FontFile2" in descriptor.get_object(), font["/BaseFont"]


def test_employer_toolkit_privacy_contacts_and_schemes(database, employer_setup):
    with database.session() as session:
        data = toolkits.gather(session, SYSTEM, "employer", employer_setup["employer"])
    reader = build(data)
    text = all_text(reader)
    first_page = " ".join(reader.pages[0].extract_text().split())
    assert "010 555 12 34" in first_page and "info@zuid.example" in first_page, "the school's phone and e-mail on page 1"
    assert "Gülşen Öztürk" in first_page and "06 12345678" in first_page and "Sem van der M." in first_page, "each student's coach on page 1"
    assert "Werkgeversservicepunt Rijnmond" in first_page and "Werkcentrum Rijnmond" in first_page, first_page
    assert "Zonderouder" not in text and "Jonge" not in text, "under 16 without a parent's consent: absent"
    assert "Anouk de W." in text, "under 16 with a parent's consent: present"
    assert "Voorstel" not in text, "a merely proposed placement is not listed"
    assert "Wat vraagt het van u?" in text
    assert "Proefplaatsing" not in text, "needs a benefit: never for pupils"
    assert "Lage-inkomensvoordeel" not in text and "3 jaar lang" not in text
    assert "Subsidieregeling praktijkleren · Ministerie van OCW" in text, "PrO pupils of 17 in their last year"
    assert reader.metadata.author == "Praktijkschool Zuid"
    assert reader.trailer["/Root"]["/ViewerPreferences"]["/DisplayDocTitle"]
    assert any(annotation.get_object()["/Subtype"] == "/Link" for page in reader.pages for annotation in page.get("/Annots", []))
    assert_bookmarks_on_their_pages(reader)
    assert_fonts_embedded(reader)
    counted = sizes(reader)
    assert min(counted) >= 10, f"tables, header and footer at least 10 pt: {counted}"
    assert size_of(reader, "U biedt, of overweegt") >= 11 and size_of(reader, "collega begeleidt") >= 11, "body text at least 11 pt"


def test_only_the_schemes_that_fit_a_bol_student(database, employer_setup):
    with database.session() as session:
        data = toolkits.gather(session, SYSTEM, "employer", employer_setup["bol"])
    text = all_text(build(data))
    assert "Ministerie van OCW" not in text, "Subsidieregeling praktijkleren: BBL only"
    assert "banenafspraak" not in text and "Proefplaatsing" not in text
    assert "geen regeling" in text, "a plain sentence when none applies"


def test_unrecognised_employer_is_warned_and_not_called_a_leerbedrijf(database, employer_setup):
    with database.transaction() as session:
        employer = f.employer(session, recognised=False, name="Snackbar Zonder Erkenning")
    with database.session() as session:
        data = toolkits.gather(session, SYSTEM, "employer", employer.id)
    reader = build(data)
    assert any("niet erkend" in warning for warning in data.warnings)
    assert "Toolkit voor leerbedrijven" not in all_text(reader) and "niet erkend door SBB" in all_text(reader)


def test_a_toolkit_without_anyone_to_call_is_refused(database):
    with database.transaction() as session:
        school = f.school(session, "School Zonder Nummer")
        coach = f.coach(session, school.id, name="Stille Coach")
        student = f.student(session, school.id, coach_id=coach.id)
    with database.session() as session, pytest.raises(UserError) as raised:
        toolkits.gather(session, SYSTEM, "student", student.id)
    assert "phone" in str(raised.value) and "Stille Coach" in str(raised.value)


def test_student_toolkit_b1_page_one_and_fonts(database, employer_setup):
    start = datetime.combine(clock.today() + timedelta(days=12), datetime.min.time()).replace(hour=14)
    with database.transaction() as session:
        records.create(session, SYSTEM, "events", {"title": "Banenmarkt zorg", "kind": "banenmarkt", "starts_at": start, "target_groups": ["mbo2"],
                                                   "registration_url": "https://aanmelden.example/zorg", "registration_deadline": start.date() - timedelta(days=5)})
    with database.session() as session:
        data = toolkits.gather(session, SYSTEM, "student", employer_setup["bol_student"])
    reader = build(data)
    first_page = " ".join(reader.pages[0].extract_text().split())
    assert "Zorgcentrum BOL" in first_page and "Gülşen Öztürk" in first_page and "010 555 12 34" in first_page
    text = all_text(reader)
    assert "Voor ouders en verzorgers" in text and "0800-5010" in text and "Scan om je aan te melden" in text
    assert "Banenmarkt zorg" in text
    assert_fonts_embedded(reader)
    assert_bookmarks_on_their_pages(reader)
    counted = sizes(reader)
    assert min(counted) >= 10, counted
    assert size_of(reader, "Bij een stage leer je") >= 12 and size_of(reader, "Veel leerlingen fietsen") >= 12, "body text at least 12 pt"


def test_student_without_fitting_activities_gets_the_general_ones(database, employer_setup):
    start = datetime.combine(clock.today() + timedelta(days=9), datetime.min.time()).replace(hour=10)
    with database.transaction() as session:
        records.create(session, SYSTEM, "events", {"title": "Techniekdag", "kind": "meeloopdag", "starts_at": start, "sectors": ["Techniek"]})
        student = f.student(session, employer_setup["school"], first_name="Ilse", sectors=["Zorg"], coach_id=employer_setup["coach"])
    with database.session() as session:
        data = toolkits.gather(session, SYSTEM, "student", student.id)
    assert data.events_are_general and [e.title for e in data.events] == ["Techniekdag"]
    assert "voor iedereen" in all_text(build(data))


def test_personal_calendar(database, employer_setup, tmp_path):
    start = datetime.combine(clock.today() + timedelta(days=15), datetime.min.time()).replace(hour=13)
    with database.transaction() as session:
        fits = records.create(session, SYSTEM, "events", {"title": "Voor mbo", "kind": "banenmarkt", "starts_at": start, "target_groups": ["mbo2"],
                                                          "registration_url": "https://aanmelden.example/mbo", "registration_deadline": start.date() - timedelta(days=4)})
        records.create(session, SYSTEM, "events", {"title": "Alleen PrO", "kind": "meeloopdag", "starts_at": start, "target_groups": ["pro"]})
        gone = records.create(session, SYSTEM, "events", {"title": "Gaat niet door", "kind": "open_dag", "starts_at": start, "target_groups": ["mbo2"]})
        records.update(session, SYSTEM, "events", gone.id, {"archived": True})
    folder = str(database.data_dir)
    database.close()
    from tests.commandline import run_coachdesk

    out = tmp_path / "bo.ics"
    result = run_coachdesk("--data-dir", folder, "events", "ics", "--student", employer_setup["bol_student"], "--out", str(out))
    assert result.returncode == 0, result.stderr
    events = {str(e["summary"]): e for e in Calendar.from_ical(out.read_bytes()).walk("VEVENT")}
    assert set(events) == {"Voor mbo", "Gaat niet door"}
    assert "https://aanmelden.example/mbo" in str(events["Voor mbo"]["description"])
    alarms = events["Voor mbo"].walk("VALARM")
    assert alarms and alarms[0].decoded("trigger").date() < fits.registration_deadline
    assert str(events["Gaat niet door"]["status"]) == "CANCELLED" and int(events["Gaat niet door"]["sequence"]) >= 1
    assert str(events["Voor mbo"]["status"]) == "CONFIRMED"
    result = run_coachdesk("--data-dir", folder, "events", "ics", "--student", employer_setup["bol_student"], "--out", str(out))
    assert result.returncode == 2 and "--force" in result.stderr
