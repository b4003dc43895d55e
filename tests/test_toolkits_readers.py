"""The toolkits read back for each reader they exist for: a prospect employer (with and without SBB recognition), a
14-year-old, a 16-year-old, a BBL student still searching, a pupil without a coach, and a batch; their .ics read by a
strict second parser (vobject) as well as by icalendar."""
from __future__ import annotations

import io
import re
from datetime import UTC, datetime, timedelta

import pytest
import vobject
from icalendar import Calendar
from pypdf import PdfReader

from coachdesk.documents import toolkits
from coachdesk.documents.batch import make_toolkits
from coachdesk.documents.calendar import events_calendar
from coachdesk.documents.style import PAGE_HEIGHT, dutch_date
from coachdesk.domain import clock
from coachdesk.services import records
from tests import factories as f
from tests.factories import SYSTEM

SCHOOL_PHONE = "010 555 12 34"
COACH_PHONE = "06 12345678"
FRAME_BOTTOM = 16 * 2.8346  # points: the body frame starts 16 mm above the foot of the page
FRAME_HEIGHT = PAGE_HEIGHT - 32 * 2.8346


def born(years: int, extra_days: int = 40):
    today = clock.today()
    day = today.replace(day=28) if (today.month, today.day) == (2, 29) else today
    return day.replace(year=day.year - years) - timedelta(days=extra_days)


def at(days: int, hour: int = 14) -> datetime:
    return datetime.combine(clock.today() + timedelta(days=days), datetime.min.time()).replace(hour=hour)


@pytest.fixture
def school(database):
    with database.transaction() as session:
        school = records.create(session, SYSTEM, "schools", {"name": "Praktijkschool Zuid", "phone": SCHOOL_PHONE, "email": "info@zuid.example",
                                                             "region": "Rijnmond"})
        coach = f.coach(session, school.id, name="Gülşen Öztürk")
        records.update(session, SYSTEM, "coaches", coach.id, {"phone": COACH_PHONE})

        def pupil(first, years, school_type="pro", leerweg=None, coach_id=coach.id, sectors=("Horeca",), **values):
            return f.student(session, school.id, first_name=first, last_name="de Vries", school_type=school_type, leerweg=leerweg,
                             date_of_birth=born(years), coach_id=coach_id, sectors=list(sectors), **values).id

        ids = {
            "school": school.id, "coach": coach.id,
            "pro17": pupil("Sem", 17),
            "young": pupil("Noor", 14),
            "teen": pupil("Daan", 16),
            "bbl": pupil("Bram", 17, "mbo2", "bbl"),
            "nocoach": pupil("Lina", 15, coach_id=None),
        }
        # Nine activities in the coming weeks: for PrO in his sector, for everyone, for mbo only; one whose registration closed.
        def event(title, days, **values):
            return records.create(session, SYSTEM, "events", {"title": title, "kind": values.pop("kind", "banenmarkt"), "starts_at": at(days), **values}).id

        ids["closed"] = event("Speeddate horeca", 9, target_groups=["pro"], sectors=["Horeca"], registration_url="https://aanmelden.example/speeddate",
                              registration_deadline=clock.today() - timedelta(days=7))
        ids["open"] = event("Banenmarkt horeca", 12, target_groups=["pro"], sectors=["Horeca"], registration_url="https://aanmelden.example/horeca",
                            registration_deadline=clock.today() + timedelta(days=6))
        ids["today_deadline"] = event("Meeloopdag keuken", 14, target_groups=["pro"], sectors=["Horeca"],
                                      registration_url="https://aanmelden.example/keuken", registration_deadline=clock.today())
        for number in range(5):
            event(f"Open dag {number + 1}", 15 + number * 3, kind="open_dag")  # for everyone
        event("Alleen mbo", 20, target_groups=["mbo2"])
    return ids


def pdf(data) -> PdfReader:
    buffer = io.BytesIO()
    toolkits.build(data, buffer)
    return PdfReader(io.BytesIO(buffer.getvalue()))


def gather(database, kind, recipient):
    with database.session() as session:
        return toolkits.gather(session, SYSTEM, kind, recipient)


def words(reader: PdfReader, pages=None) -> str:
    chosen = reader.pages if pages is None else [reader.pages[number] for number in pages]
    return " ".join(" ".join(page.extract_text() for page in chosen).split())


def fragments(page) -> list[tuple[float, str, float, str]]:
    """(y in points, font name, size, text) of every piece of text on the page."""
    found = []

    def visit(text, cm, tm, font, size):
        if text.strip() and font is not None:
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            found.append((y, str(font.get("/BaseFont", "")), size * (tm[0] or 1), text.strip()))

    page.extract_text(visitor_text=visit)
    return found


def assert_well_laid_out(reader: PdfReader, body_size: float) -> None:
    """No heading alone at the foot of a page, and no page (but the last) more than 40% empty."""
    for number, page in enumerate(reader.pages):
        body = [item for item in fragments(page) if FRAME_BOTTOM - 4 < item[0] < PAGE_HEIGHT - 18 * 2.8346]
        if not body:
            continue
        lowest = min(body, key=lambda item: item[0])
        assert not ("Bold" in lowest[1] and lowest[2] >= body_size + 1), f"page {number + 1} ends with the heading {lowest[3]!r}"
        if number < len(reader.pages) - 1:
            assert lowest[0] < FRAME_BOTTOM + 0.4 * FRAME_HEIGHT, f"page {number + 1} is over 40% empty (ends at {lowest[3]!r})"


def tel_links(reader: PdfReader) -> set[str]:
    return {str(annotation.get_object()["/A"]["/URI"]) for page in reader.pages for annotation in page.get("/Annots", [])
            if str(annotation.get_object().get("/A", {}).get("/URI", "")).startswith("tel:")}


def test_prospect_employer_gets_the_schemes_for_the_pupils_we_would_place(database, school):
    with database.transaction() as session:
        employer = records.create(session, SYSTEM, "employers", {"name": "Bakkerij De Korenbloem", "sbb_recognised": True, "sector": "Horeca"})
    data = gather(database, "employer", employer.id)
    assert data.prospect and data.first_contact.phone == SCHOOL_PHONE, "no pupil there yet: the school is the one to call"
    reader = pdf(data)
    text = words(reader)
    first = words(reader, [0])
    assert "geen regeling" not in text and "geen vergoeding" not in text
    assert "als u een leerling van ons aanneemt" in text.lower()
    assert "Subsidieregeling praktijkleren" in text, "a PrO pupil of 17 in his sector would fit"
    assert "Wat u krijgt" in first and "Wat het van u vraagt" in first and "De volgende stap" in first and f"bel {SCHOOL_PHONE}" in first
    assert "tel:+31105551234" in tel_links(reader), "the phone number is a tel: link"
    assert "7 uur per dag" in text and "9 uur per dag" in text, "no pupil named: both sets of working hours"
    assert "peildatum" not in text.lower() and "7:658" not in words(reader).split("Bron: Burgerlijk")[0], "no jargon or article numbers in running text"
    assert "2.200" not in text and "oudere" not in text.lower().replace("een oudere mbo-student", "")
    assert "Aangekondigd, nog niet definitief" in text and "1 januari 2027" in text
    assert_well_laid_out(reader, 11)


def test_prospect_employer_without_recognition_is_told_how_to_get_it(database, school):
    with database.transaction() as session:
        employer = records.create(session, SYSTEM, "employers", {"name": "Snackbar De Hoek", "sbb_recognised": False, "sector": "Horeca"})
    data = gather(database, "employer", employer.id)
    text = words(pdf(data))
    assert "Subsidieregeling praktijkleren ·" not in text and "praktijkleren" not in [s.name for s in data.schemes]
    assert all("praktijkleren" not in scheme.name.lower() for scheme in data.schemes), "needs SBB recognition: never offered"
    assert "niet erkend door SBB" in text and "s-bb.nl" in text and "gratis" in text, "how to get recognised"
    assert "Toolkit voor leerbedrijven" not in text and "geen regeling" not in text
    assert any("niet erkend" in warning for warning in data.warnings)


def test_mbo_pupils_at_an_employer_without_recognition_are_flagged_not_printed_as_a_contradiction(database, school):
    with database.transaction() as session:
        employer = records.create(session, SYSTEM, "employers", {"name": "Garage Zonder Erkenning", "sbb_recognised": False})
        f.started_placement(session, school["bbl"], employer.id, starts_on=clock.today() - timedelta(days=10), ends_on=clock.today() + timedelta(days=90))
    data = gather(database, "employer", employer.id)
    assert any("mbo-student" in warning and "Controleer de erkenning" in warning for warning in data.warnings), data.warnings
    text = words(pdf(data))
    assert "mag pas bij u" not in text and "Uw bedrijf is (nog) niet erkend" not in text
    assert data.first_contact.name == "Gülşen Öztürk" and data.first_contact.phone == COACH_PHONE, "his student's coach is the one to call"


def test_an_employer_of_a_fourteen_year_old_reads_the_hours_for_fourteen(database, school):
    with database.transaction() as session:
        employer = f.employer(session, name="Kinderboerderij")
        f.started_placement(session, school["young"], employer.id, starts_on=clock.today() - timedelta(days=10), ends_on=clock.today() + timedelta(days=90))
    text = words(pdf(gather(database, "employer", employer.id)))
    assert "7 uur per dag" in text and "9 uur per dag" not in text
    first = words(pdf(gather(database, "employer", employer.id)), [0])
    assert COACH_PHONE in first and "Gülşen Öztürk" in first


@pytest.mark.parametrize(("who", "shown", "hidden"), [("young", "7 uur per dag", "9 uur per dag"), ("teen", "9 uur per dag", "7 uur per dag")])
def test_a_pupil_and_his_parents_read_the_hours_for_his_own_age(database, school, who, shown, hidden):
    reader = pdf(gather(database, "student", school[who]))
    text = words(reader)
    assert shown in text and hidden not in text
    assert_well_laid_out(reader, 12)


def test_events_his_own_first_never_a_closed_registration_and_at_most_two_pages(database, school):
    data = gather(database, "student", school["young"])
    titles = [event.title for event in data.events]
    assert "Speeddate horeca" not in titles, "registration closed a week ago: not offered"
    assert titles[:2] == ["Banenmarkt horeca", "Meeloopdag keuken"], "his own first"
    assert "Alleen mbo" not in titles and len(titles) == 6
    reader = pdf(data)
    text = words(reader)
    assert "Speeddate horeca" not in text
    assert f"Aanmelden kan tot en met {dutch_date(clock.today() + timedelta(days=6), weekday=True)}" in text
    pages = [index for index, page in enumerate(reader.pages) if "Activiteiten: hier vind je" in " ".join(page.extract_text().split())]
    after = [index for index, page in enumerate(reader.pages) if "Zo vind je een stage" in " ".join(page.extract_text().split())]
    assert pages and after and after[0] - pages[0] <= 2, "the activities take at most two pages"
    assert_well_laid_out(reader, 12)


def test_his_calendar_holds_exactly_his_toolkits_events_and_a_strict_parser_accepts_it(database, school):
    data = gather(database, "student", school["young"])
    with database.session() as session:
        ics = events_calendar(session, student_id=school["young"])
    text = ics.decode()
    parsed = list(vobject.readComponents(text, validate=True))  # strict: raises on what RFC 5545 forbids
    assert len(parsed) == 1
    confirmed = [event for event in parsed[0].vevent_list if event.status.value == "CONFIRMED"]
    assert sorted(event.summary.value for event in confirmed) == sorted(event.title for event in data.events)
    for line in text.splitlines():
        if line.startswith("TRIGGER"):
            assert line.startswith("TRIGGER;VALUE=DATE-TIME:") and line.endswith("Z"), line
        if line.startswith("DTSTAMP"):
            assert line.endswith("Z"), line
    events = {str(event["summary"]): event for event in Calendar.from_ical(ics).walk("VEVENT")}
    deadline = clock.today() + timedelta(days=6)
    alarm = events["Banenmarkt horeca"].walk("VALARM")[0]
    assert dutch_date(deadline, weekday=True) in str(alarm["description"]), "the reminder names the printed last day"
    assert alarm.decoded("trigger").astimezone(UTC).date() == deadline - timedelta(days=1)
    for event in events.values():
        for alarm in event.walk("VALARM"):
            assert alarm.decoded("trigger") > datetime.now(UTC) - timedelta(minutes=1), "no reminder for a moment already past"
    assert "Speeddate horeca" not in events


def test_the_export_moment_is_utc_whatever_the_computers_time_zone(database, school, tmp_path):
    folder = str(database.data_dir)
    database.close()
    from tests.commandline import run_coachdesk

    out = tmp_path / "noor.ics"
    result = run_coachdesk("--data-dir", folder, "events", "ics", "--student", school["young"], "--out", str(out), TZ="Pacific/Auckland")
    assert result.returncode == 0, result.stderr
    stamp = re.search(r"^DTSTAMP:(\d{8}T\d{6})Z", out.read_text(), re.MULTILINE)
    assert stamp, out.read_text()[:400]
    written = datetime.strptime(stamp.group(1), "%Y%m%dT%H%M%S").replace(tzinfo=UTC)
    real = datetime.combine(clock.today(), datetime.now(UTC).time(), tzinfo=UTC)  # the test may run on a set day
    assert abs((written - real).total_seconds()) < 600 or abs((written - datetime.now(UTC)).total_seconds()) < 600, (written, real)


def test_a_bbl_student_still_searching_gets_the_job_and_school_guide(database, school):
    data = gather(database, "student", school["bbl"])
    assert data.events[0].title == "Alleen mbo" and data.events[0].own, "the activity aimed at him comes first"
    assert not data.events[1].own and "Speeddate horeca" not in [event.title for event in data.events]
    reader = pdf(data)
    text = words(reader)
    assert "Ook voor jou: deze activiteiten zijn voor iedereen" in text
    assert "Werken en leren: de gids" in text and "Wat is de BBL?" in text and "Wat is een stage?" not in text
    assert "arbeidscontract" in text and "loon" in text and "praktijkovereenkomst (POK)" in text and "leerbaan" in text
    assert "Stagemarkt.nl" in text and "1 oktober" in text
    assert "Zo vind je een leerbaan" in text
    assert_well_laid_out(reader, 12)


def test_a_pupil_without_a_coach_is_told_whom_to_ask(database, school):
    data = gather(database, "student", school["nocoach"])
    reader = pdf(data)
    text = words(reader)
    assert "je coach" not in text.lower(), "he has none"
    assert "Je hebt nog geen vaste coach" in text and SCHOOL_PHONE in text
    for offer in data.help:
        assert offer.url or any(ch.isdigit() for ch in offer.contact), f"{offer.name}: how to reach them? {offer.contact!r}"
        assert offer.contact.strip().lower() not in ("via de gemeente", "online")
    for jargon in ("arbeidsmarktregio", "RMC", "erkend leerbedrijf", "niveau 2"):
        if jargon in text:
            explained = {"arbeidsmarktregio": "een groep gemeenten", "RMC": "Heette tot 2026 RMC", "erkend leerbedrijf": "SBB heeft goedgekeurd",
                         "niveau 2": "mbo niveau 2 (de basis voor werk)"}[jargon]
            assert explained in text, f"{jargon} is not explained"
    assert "tel:+31105551234" in tel_links(reader)


def test_a_batch_starts_every_toolkit_on_an_odd_page_with_a_bookmark_each(database, school, tmp_path):
    recipients = [(school[key], key) for key in ("young", "teen", "bbl", "nocoach", "pro17")] * 2  # ten: the workers are used
    recipients = [(recipient_id, f"{name}-{index}") for index, (recipient_id, name) in enumerate(recipients)]
    done = []
    with database.session() as session:
        written = make_toolkits(session, SYSTEM, "student", recipients, tmp_path, None, progress=lambda count, total: done.append(count),
                                combined=tmp_path / "samen.pdf", workers=2)
    assert len(written) == 10 and done[-1] == 10 and sorted(done) == done
    combined = PdfReader(tmp_path / "samen.pdf")
    starts, page = [], 0
    for path in written:
        starts.append(page)
        count = len(PdfReader(path).pages)
        page += count + count % 2
    assert len(combined.pages) == page
    assert all(start % 2 == 0 for start in starts), "page numbers 1, 3, 5…: every toolkit on a right-hand page"
    top = [item for item in combined.outline if not isinstance(item, list)]
    assert len(top) == 10 and [combined.get_destination_page_number(item) for item in top] == starts
    assert all(item.title.startswith("Stage en werk: de gids voor") or item.title.startswith("Werken en leren") for item in top)
    assert combined.metadata.title.startswith("Toolkits voor leerlingen") and str(combined.trailer["/Root"]["/Lang"]) == "nl-NL"
    for start, path in zip(starts, written, strict=True):
        assert words(PdfReader(path), [0])[:200] == " ".join(combined.pages[start].extract_text().split())[:200]


def test_cancelling_a_batch_stops_it(database, school, tmp_path):
    recipients = [(school["young"], f"noor-{index}") for index in range(10)]

    def cancel(done, total):
        if done >= 2:
            raise RuntimeError("cancelled")

    with database.session() as session, pytest.raises(RuntimeError, match="cancelled"):
        make_toolkits(session, SYSTEM, "student", recipients, tmp_path, None, progress=cancel, workers=2)
    assert len(list(tmp_path.glob("toolkit-*.pdf"))) < 10



@pytest.mark.parametrize(("filled_mm", "lines"), [(150, 2), (178, 2), (220, 2), (150, 4), (214, 4), (190, 6), (236, 1)])
def test_a_table_never_leaves_one_row_alone_on_a_page(filled_mm, lines):
    """Filled so far that a plain table would leave its first or its last row alone on a page."""
    from reportlab.lib.units import mm

    from coachdesk.documents.style import build_pdf, section, spacer, table

    rows = [["Wat", "Uitleg"], *[[f"Rij {number}", "Een regel tekst die een regel hoog is. " * lines] for number in range(1, 7)]]
    story = [spacer(filled_mm), *section("Een kop", "kop"), table(rows, [40 * mm, 120 * mm])]
    buffer = io.BytesIO()
    build_pdf(buffer, story, title="t", subject="s", author="a", header="h", footer="f")
    reader = PdfReader(io.BytesIO(buffer.getvalue()))
    for number, page in enumerate(reader.pages):
        on_page = re.findall(r"Rij \d", page.extract_text())
        assert len(on_page) != 1, f"{filled_mm} mm filled: page {number + 1} holds one lonely row {on_page}"
    assert sum(len(re.findall(r"Rij \d", page.extract_text())) for page in reader.pages) == 6
    assert_well_laid_out(reader, 11)


def test_the_general_toolkit_prints_the_facts_of_2_december_2026(database, school):
    data = gather(database, "employer", None)
    text = words(pdf(data))
    by_name = {scheme.name: scheme for scheme in data.schemes}
    assert "oude regels" not in text and "2.200" not in text
    assert "doelgroepverklaring" in by_name["Loonkostenvoordeel (LKV) arbeidsgehandicapte werknemer"].conditions
    assert "Wajong" not in by_name["Loonkostenvoordeel (LKV) arbeidsgehandicapte werknemer"].target_group.split("Voor Wajong")[0]
    assert "35% van het minimumloon" in by_name["Jobcoach"].conditions
    assert "ziekte of beperking" in by_name["Proefplaatsing"].amount and "niet bij een WW-uitkering" in by_name["Proefplaatsing"].amount
    assert "hoogstens 4 dagen per week" in by_name["Subsidieregeling praktijkleren"].conditions and "640 uur" in text
    assert "nooit dagbesteding" in by_name["Subsidieregeling praktijkleren"].target_group
    for scheme in data.schemes:  # a checked page or the organisation's home page, never an invented path
        assert scheme.source.rstrip("/").count("/") <= 2 or scheme.source.startswith(("https://www.rvo.nl/subsidies-financiering/praktijkleren",
                                                                                       "https://wetten.overheid.nl/BWBR")), scheme.source
    assert "7 uur per dag" in text and "9 uur per dag" in text


def test_praktijkleren_never_for_a_vso_pupil_in_dagbesteding(database, school):
    with database.transaction() as session:
        employer = f.employer(session, name="Zorgboerderij")
        pupil = f.student(session, school["school"], first_name="Tim", school_type="vso", leerweg=None, vso_profile="dagbesteding",
                          date_of_birth=born(18), coach_id=school["coach"])
        f.started_placement(session, pupil.id, employer.id, starts_on=clock.today() - timedelta(days=10), ends_on=clock.today() + timedelta(days=90))
        other = f.employer(session, name="Tuincentrum")
        pupil = f.student(session, school["school"], first_name="Jet", school_type="vso", leerweg=None, vso_profile="arbeidsmarkt",
                          date_of_birth=born(18), coach_id=school["coach"])
        f.started_placement(session, pupil.id, other.id, starts_on=clock.today() - timedelta(days=10), ends_on=clock.today() + timedelta(days=90))
    assert "Subsidieregeling praktijkleren" not in [scheme.name for scheme in gather(database, "employer", employer.id).schemes]
    assert "Subsidieregeling praktijkleren" in [scheme.name for scheme in gather(database, "employer", other.id).schemes]


def test_command_line_batch_with_a_combined_file(database, school, tmp_path):
    with database.transaction() as session:
        for number in range(5):  # ten students: the batch is laid out by worker processes of the command line
            f.student(session, school["school"], first_name=f"Extra{number}", school_type="pro", leerweg=None, date_of_birth=born(15), coach_id=school["coach"])
    folder = str(database.data_dir)
    database.close()
    from tests.commandline import run_coachdesk

    out = tmp_path / "batch"
    result = run_coachdesk("--data-dir", folder, "toolkit", "student", "--all", "--combined", "--out", str(out))
    assert result.returncode == 0, result.stderr
    singles = sorted(p for p in out.glob("toolkit-student-*.pdf"))
    assert len(singles) == 10
    combined = PdfReader(out / "toolkits-student-samen.pdf")
    counts = [len(PdfReader(p).pages) for p in singles]
    assert len(combined.pages) == sum(count + count % 2 for count in counts)
    top = [item for item in combined.outline if not isinstance(item, list)]
    assert all(combined.get_destination_page_number(item) % 2 == 0 for item in top) and len(top) == 10


def test_pupils_of_two_coaches_page_one_names_the_school_and_both_coaches_follow(database, school):
    with database.transaction() as session:
        other = f.coach(session, school["school"], name="Kees Ramdin")
        records.update(session, SYSTEM, "coaches", other.id, {"phone": "06 87654321"})
        employer = f.employer(session, name="Hotel Twee Coaches")
        for key in ("teen", "pro17"):
            f.started_placement(session, school[key], employer.id, starts_on=clock.today() - timedelta(days=10), ends_on=clock.today() + timedelta(days=90))
        records.update(session, SYSTEM, "students", school["pro17"], {"coach_id": other.id})
    data = gather(database, "employer", employer.id)
    assert data.first_contact.phone == SCHOOL_PHONE
    reader = pdf(data)
    first = words(reader, [0])
    assert f"bel {SCHOOL_PHONE}" in first and "zijn of haar coach" in first
    assert COACH_PHONE in words(reader, [0, 1]) and "06 87654321" in words(reader, [0, 1])


def test_no_worker_processes_where_they_would_start_the_program_again(tmp_path, monkeypatch):
    import sys
    import types

    from coachdesk.documents import batch

    monkeypatch.setattr(batch, "_cores", lambda: 2)
    script = types.ModuleType("__main__")
    script.__spec__ = None
    script.__file__ = str(tmp_path / "script.py")
    monkeypatch.setitem(sys.modules, "__main__", script)
    (tmp_path / "script.py").write_text("make_all_toolkits()\n")
    assert batch.worker_count(50) == 0, "a script without a main guard would run again in every worker"
    (tmp_path / "script.py").write_text('if __name__ == "__main__":\n    make_all_toolkits()\n')
    assert batch.worker_count(50) == 2 and batch.worker_count(batch.PARALLEL_FROM - 1) == 0
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert batch.worker_count(50) == 0, "a frozen app would start itself again"
