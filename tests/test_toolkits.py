"""The toolkits, built from known data and read back from the PDF as a reader would."""
from __future__ import annotations

import io
from datetime import datetime, timedelta

import pytest
from icalendar import Calendar
from pypdf import PdfReader

from coachdesk.documents import toolkits
from coachdesk.documents.calendar import events_calendar
from coachdesk.domain import clock
from coachdesk.services import records
from tests import factories as f
from tests.commandline import run_coachdesk
from tests.factories import SYSTEM

TODAY = clock.today()


@pytest.fixture
def known(database):
    """An employer with two students (one consents to sharing), schemes and events."""
    with database.transaction() as session:
        school = f.school(session, "Praktijkschool Zuid")
        records.update(session, SYSTEM, "schools", school.id, {"phone": "010 555 00 00"})  # a toolkit must name someone to call
        coach = f.coach(session, school.id, name="Gülşen Öztürk")
        records.update(session, SYSTEM, "coaches", coach.id, {"phone": "06 12345678"})
        employer = f.employer(session, name="Bakkerij <b>&amp; Zn")
        sharing = f.student(session, school.id, first_name="Łukasz", last_name="Nowak", school_type="pro", leerweg=None,
                            consent_share_profile=True, competences="Werkt nauwkeurig <i>en</i> netjes", coach_id=coach.id, sectors=["Zorg"])
        private = f.student(session, school.id, first_name="Geheim", last_name="Persoon", school_type="pro", leerweg=None,
                            consent_share_profile=False, competences="Mag niet gedeeld worden", health_notes="Astma")
        for student in (sharing, private):  # only students of started placements count for the employer
            f.started_placement(session, student.id, employer.id, starts_on=TODAY - timedelta(days=10), ends_on=TODAY + timedelta(days=90))
        records.create(session, SYSTEM, "schemes", {"name": "Verlopen regeling", "amount_text": "€ 999", "valid_until": TODAY - timedelta(days=1), "last_checked_on": TODAY})
        records.create(session, SYSTEM, "schemes", {"name": "Oude check regeling", "amount_text": "€ 123", "last_checked_on": TODAY - timedelta(days=400), "target_school_types": ["pro"]})
        records.create(session, SYSTEM, "schemes", {"name": "Alleen mbo regeling", "amount_text": "€ 55", "last_checked_on": TODAY, "target_school_types": ["mbo2"]})
        soon = datetime.combine(TODAY + timedelta(days=10), datetime.min.time()).replace(hour=14)
        later = datetime.combine(TODAY + timedelta(days=40), datetime.min.time()).replace(hour=10)
        records.create(session, SYSTEM, "events", {"title": "Zorgmarkt voor PrO", "kind": "banenmarkt", "starts_at": soon, "target_groups": ["pro"], "sectors": ["Zorg"],
                                                   "registration_url": "https://aanmelden.example/zorg", "place": "Rotterdam"})
        records.create(session, SYSTEM, "events", {"title": "Techniekdag mbo", "kind": "meeloopdag", "starts_at": later, "target_groups": ["mbo2"], "sectors": ["Techniek"]})
        return {"employer": employer.id, "sharing": sharing.id, "private": private.id, "soon": soon, "later": later}


def pdf_text(data) -> tuple[str, PdfReader]:
    buffer = io.BytesIO()
    toolkits.build(data, buffer)
    reader = PdfReader(io.BytesIO(buffer.getvalue()))
    return "\n".join(page.extract_text() for page in reader.pages), reader


def test_personalised_employer_toolkit(database, known):
    with database.session() as session:
        data = toolkits.gather(session, SYSTEM, "employer", known["employer"])
    text, reader = pdf_text(data)
    assert "Subsidieregeling praktijkleren" in text and "2.700" in text, "the default catalogue's schemes with their amounts"
    assert "Oude check regeling" in text and "€ 123" in text
    assert "Verlopen regeling" not in text, "a scheme whose validity ended is never printed"
    assert "Alleen mbo regeling" not in text, "personalised: only schemes for the school types of this employer's students"
    assert "Łukasz N." in text and "Werkt nauwkeurig <i>en</i> netjes" in text, "consented profile, markup printed literally"
    assert "Geheim" not in text and "Mag niet gedeeld" not in text and "Astma" not in text
    assert "Bakkerij <b>&amp; Zn" in text
    assert "Gülşen Öztürk" in text and "06 12345678" in text
    assert any("Oude check regeling" in warning for warning in data.warnings), "a stale scheme is reported to whoever prints"
    assert reader.metadata.title.startswith("Toolkit voor leerbedrijven") and reader.metadata.author and reader.metadata.subject
    assert "pagina 1 van" in text
    assert [item.title for item in reader.outline][:2] == ["Wie u kunt bellen", "Wat vraagt het van u?"], "who to call first"


def test_fonts_are_embedded(database, known):
    with database.session() as session:
        _, reader = pdf_text(toolkits.gather(session, SYSTEM, "employer", None))
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            descriptor = font.get_object().get("/FontDescriptor") or font.get_object()["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            fonts.add((str(font.get_object()["/BaseFont"]), "/FontFile2" in descriptor.get_object()))
    assert fonts and all(embedded for _, embedded in fonts), fonts


def test_general_employer_toolkit_lists_all_valid_schemes(database, known):
    with database.session() as session:
        text, _ = pdf_text(toolkits.gather(session, SYSTEM, "employer", None))
    assert "Alleen mbo regeling" in text and "Verlopen regeling" not in text and "Lage-inkomensvoordeel" not in text
    assert "Łukasz" not in text, "the general toolkit names no students"


def test_student_toolkit_calendar_is_filtered_per_student(database, known):
    with database.session() as session:
        personal = toolkits.gather(session, SYSTEM, "student", known["sharing"])
        general = toolkits.gather(session, SYSTEM, "student", None)
    text, _ = pdf_text(personal)
    assert "Zorgmarkt voor PrO" in text and "Techniekdag mbo" not in text
    soon = known["soon"]
    from coachdesk.documents.style import dutch_date

    assert dutch_date(soon.date(), weekday=True) + ", 14:00" in text, "the event on its date and time"
    assert "Łukasz Nowak" in text and "Gülşen Öztürk" in text and "Je coach" in text
    assert "Checklist voor je eerste dag" in text
    general_text, _ = pdf_text(general)
    assert "Zorgmarkt voor PrO" in general_text and "Techniekdag mbo" in general_text


def test_calendar_grid_marks_the_event_days(database, known):
    from coachdesk.documents.student_toolkit import StudentToolkit

    with database.session() as session:
        data = toolkits.gather(session, SYSTEM, "student", None)
    assert (known["soon"].year, known["soon"].month) in data.months
    grid = StudentToolkit(data)._month_grid(known["soon"].year, known["soon"].month, {known["soon"].date(): 1})
    from reportlab.lib import colors

    # An event day is printed white on black; every other cell keeps its light or white background.
    marked = [command for command in grid._bkgrndcmds if command[0] == "BACKGROUND" and colors.toColor(command[3]).rgb() == (0, 0, 0)]
    assert len(marked) == 1


def test_ics_holds_the_same_events(database, known):
    with database.session() as session:
        calendar = Calendar.from_ical(events_calendar(session))
    events = {str(e["summary"]): e for e in calendar.walk("VEVENT")}
    assert set(events) == {"Zorgmarkt voor PrO", "Techniekdag mbo"}
    start = events["Zorgmarkt voor PrO"].decoded("dtstart")
    assert start.replace(tzinfo=None) == known["soon"] and str(start.tzinfo) == "Europe/Amsterdam"
    assert str(events["Zorgmarkt voor PrO"]["url"]) == "https://aanmelden.example/zorg"


def test_command_line_toolkits_and_errors(database, known, tmp_path):
    folder = str(database.data_dir)
    database.close()
    one = tmp_path / "one.pdf"
    result = run_coachdesk("--data-dir", folder, "toolkit", "student", "--student", known["sharing"], "--out", str(one))
    assert result.returncode == 0, result.stderr
    assert "Łukasz Nowak" in PdfReader(one).pages[0].extract_text()
    result = run_coachdesk("--data-dir", folder, "toolkit", "employer", "--all", "--out", str(tmp_path / "all"))
    assert result.returncode == 0 and len(list((tmp_path / "all").glob("*.pdf"))) == 1
    result = run_coachdesk("--data-dir", folder, "events", "ics", "--out", str(tmp_path / "agenda.ics"))
    assert result.returncode == 0 and Calendar.from_ical((tmp_path / "agenda.ics").read_bytes())
    for args, words in (
        (("toolkit", "employer", "--employer", "no-such-id", "--out", str(tmp_path / "x.pdf")), ("no-such-id",)),
        (("toolkit", "student", "--student", known["sharing"], "--out", "/proc/forbidden/x.pdf"), ("Cannot write",)),
        (("events", "ics", "--out", "/proc/forbidden.ics"), ("Cannot write",)),
    ):
        result = run_coachdesk("--data-dir", folder, *args)
        assert result.returncode == 2 and "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1 and all(word in result.stderr for word in words), result.stderr
