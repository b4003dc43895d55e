"""Which column of a file fills which field: suggestions from the headers, presets per school system, BSN detection.

A mapping is a dict from header text (as in the file) to an import field name, or to
"" for a column that is not imported. It is remembered per source (magister, somtoday,
eduarte, generic) and kind in the settings, so the next import of the same export needs
no choices.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy.orm import Session

from coachdesk.domain import clock
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP
from coachdesk.transfer.readers import Cell, Table, normalise_header

SOURCES = ("magister", "somtoday", "eduarte", "generic")
IMPORT_KINDS = ("students", "employers", "placements")


@dataclass(frozen=True)
class ImportField:
    name: str
    label: str  # English source text, context "Fields"
    aliases: tuple[str, ...]  # header variants, Dutch and English (compared normalised)
    key: bool = False  # part of the match key


# Fields that are not columns of a record ("tussenvoegsel", "niveau", "school") are combined by the plan.
IMPORT_FIELDS: dict[str, list[ImportField]] = {
    "students": [
        ImportField("student_number", QT_TRANSLATE_NOOP("Fields", "Student number"),
                    ("stamnummer", "leerlingnummer", "leerlingnr", "studentnummer", "studentnr", "deelnemernummer", "stamnr", "llnr", "studentnumber", "studentid", "number"), key=True),
        ImportField("first_name", QT_TRANSLATE_NOOP("Fields", "First name"), ("roepnaam", "voornaam", "firstname", "givenname", "voornamen")),
        ImportField("tussenvoegsel", QT_TRANSLATE_NOOP("Fields", "Infix (tussenvoegsel)"), ("tussenvoegsel", "tussenvoegsels", "voorvoegsel", "infix", "prefix")),
        ImportField("last_name", QT_TRANSLATE_NOOP("Fields", "Last name"), ("achternaam", "lastname", "surname", "familienaam", "geslachtsnaam")),
        ImportField("date_of_birth", QT_TRANSLATE_NOOP("Fields", "Date of birth"), ("geboortedatum", "dateofbirth", "birthdate", "geborenop", "gebdatum")),
        ImportField("school_type", QT_TRANSLATE_NOOP("Fields", "School type"), ("schoolsoort", "onderwijssoort", "schooltype", "schoolsoortcode", "type")),
        ImportField("niveau", QT_TRANSLATE_NOOP("Fields", "Level (Niveau)"), ("niveau", "level", "mboniveau", "kwalificatieniveau")),
        ImportField("leerweg", QT_TRANSLATE_NOOP("Fields", "Learning pathway (BOL/BBL)"), ("leerweg", "leertraject", "pathway", "bolbbl")),
        ImportField("vso_profile", QT_TRANSLATE_NOOP("Fields", "VSO exit profile"), ("uitstroomprofiel", "vsoprofiel", "vsouitstroomprofiel", "exitprofile")),
        ImportField("opleiding", QT_TRANSLATE_NOOP("Fields", "Programme"), ("opleiding", "opleidingsnaam", "programme", "program", "studie")),
        ImportField("crebo", QT_TRANSLATE_NOOP("Fields", "Crebo"), ("crebo", "crebocode", "opleidingcode", "opleidingscode", "crebonummer")),
        ImportField("klas", QT_TRANSLATE_NOOP("Fields", "Class (not stored)"), ("klas", "stamgroep", "groep", "class", "basisgroep")),
        ImportField("school", QT_TRANSLATE_NOOP("Fields", "School"), ("school", "schoolnaam", "vestiging", "brin", "locatie")),
        ImportField("coach_id", QT_TRANSLATE_NOOP("Fields", "Coach"), ("coach", "coachnaam", "coachdeskcoach")),
        ImportField("phone", QT_TRANSLATE_NOOP("Fields", "Phone"), ("telefoon", "mobiel", "telefoonleerling", "mobielleerling", "phone", "mobile", "telefoonnummer")),
        ImportField("email", QT_TRANSLATE_NOOP("Fields", "Email"), ("email", "emailadres", "emailleerling", "mail", "emailaddress")),
        ImportField("guardian_name", QT_TRANSLATE_NOOP("Fields", "Parent/guardian"), ("ouder", "verzorger", "ouderverzorger", "naamouder", "naamverzorger", "guardian", "parent", "parentname", "naamouderverzorger")),
        ImportField("guardian_phone", QT_TRANSLATE_NOOP("Fields", "Parent/guardian phone"), ("telefoonouder", "telefoonverzorger", "telefoonouderverzorger", "mobielouder", "guardianphone", "parentphone", "telouder")),
        ImportField("guardian_email", QT_TRANSLATE_NOOP("Fields", "Parent/guardian email"), ("emailouder", "emailverzorger", "emailouderverzorger", "emailouders", "guardianemail", "parentemail", "mailouder")),
    ],
    "employers": [
        ImportField("sbb_id", QT_TRANSLATE_NOOP("Fields", "SBB Leerbedrijf-ID"), ("leerbedrijfid", "leerbedrijfsid", "sbbid", "sbbnummer", "leerbedrijfnummer", "employerid"), key=True),
        ImportField("name", QT_TRANSLATE_NOOP("Fields", "Name"), ("naam", "bedrijfsnaam", "leerbedrijf", "naamleerbedrijf", "bedrijf", "name", "company", "employer", "organisatie"), key=True),
        ImportField("sbb_recognised", QT_TRANSLATE_NOOP("Fields", "Recognised by SBB"), ("erkend", "sbberkend", "erkenning", "recognised", "recognized")),
        ImportField("sector", QT_TRANSLATE_NOOP("Fields", "Sector"), ("sector", "branche", "bedrijfstak")),
        ImportField("street", QT_TRANSLATE_NOOP("Fields", "Street and number"), ("adres", "straat", "straatenhuisnummer", "address", "street")),
        ImportField("postcode", QT_TRANSLATE_NOOP("Fields", "Postcode"), ("postcode", "zipcode", "postalcode", "zip"), key=True),
        ImportField("city", QT_TRANSLATE_NOOP("Fields", "City"), ("plaats", "woonplaats", "vestigingsplaats", "city", "town")),
        ImportField("contact_name", QT_TRANSLATE_NOOP("Fields", "Contact person"), ("contactpersoon", "contact", "contactname")),
        ImportField("contact_phone", QT_TRANSLATE_NOOP("Fields", "Contact phone"), ("telefoon", "telefoonnummer", "contacttelefoon", "phone")),
        ImportField("contact_email", QT_TRANSLATE_NOOP("Fields", "Contact email"), ("email", "emailadres", "contactemail", "mail")),
        ImportField("trainer_name", QT_TRANSLATE_NOOP("Fields", "Workplace trainer"), ("praktijkopleider", "naampraktijkopleider", "workplacetrainer", "trainer")),
        ImportField("trainer_phone", QT_TRANSLATE_NOOP("Fields", "Workplace trainer phone"), ("telefoonpraktijkopleider", "trainerphone")),
        ImportField("trainer_email", QT_TRANSLATE_NOOP("Fields", "Workplace trainer email"), ("emailpraktijkopleider", "traineremail")),
    ],
    "placements": [
        ImportField("student_number", QT_TRANSLATE_NOOP("Fields", "Student number"),
                    ("stamnummer", "leerlingnummer", "studentnummer", "deelnemernummer", "studentnumber", "llnr"), key=True),
        ImportField("sbb_id", QT_TRANSLATE_NOOP("Fields", "SBB Leerbedrijf-ID"), ("leerbedrijfid", "leerbedrijfsid", "sbbid", "sbbnummer"), key=True),
        ImportField("employer_name", QT_TRANSLATE_NOOP("Fields", "Employer"), ("leerbedrijf", "bedrijfsnaam", "naamleerbedrijf", "employer", "bedrijf"), key=True),
        ImportField("crebo", QT_TRANSLATE_NOOP("Fields", "Crebo (checked, not stored)"), ("opleidingcode", "opleidingscode", "crebo", "crebocode")),
        ImportField("starts_on", QT_TRANSLATE_NOOP("Fields", "Start date"), ("datumbegin", "begindatum", "startdatum", "startdate", "start", "ingangsdatum"), key=True),
        ImportField("ends_on", QT_TRANSLATE_NOOP("Fields", "End date"), ("datumeindgepland", "geplandeeinddatum", "einddatum", "enddate", "eind")),
        ImportField("ended_on", QT_TRANSLATE_NOOP("Fields", "Actual end date"), ("datumeindwerkelijk", "werkelijkeeinddatum", "actualenddate")),
        ImportField("total_hours", QT_TRANSLATE_NOOP("Fields", "Total hours (Omvang)"), ("omvang", "omvanguren", "uren", "totaleuren", "totalhours")),
        ImportField("hours_per_week", QT_TRANSLATE_NOOP("Fields", "Hours per week"), ("urenperweek", "hoursperweek")),
        ImportField("notes", QT_TRANSLATE_NOOP("Fields", "Notes"), ("opmerkingen", "notities", "notes", "opmerking")),
    ],
}

# Exact header texts of the school systems' standard exports (what the presets add to the suggestions).
PRESETS: dict[str, dict[str, dict[str, str]]] = {
    "magister": {"students": {"Stamnr": "student_number", "Roepnaam": "first_name", "Tussenv": "tussenvoegsel", "Achternaam": "last_name",
                              "Geb_dat": "date_of_birth", "Klas": "klas", "Studie": "opleiding", "E-mail ouder": "guardian_email",
                              "Mobiel ouder": "guardian_phone", "Naam ouder": "guardian_name"}},
    "somtoday": {"students": {"Leerlingnummer": "student_number", "Roepnaam": "first_name", "Voorvoegsel": "tussenvoegsel", "Achternaam": "last_name",
                              "Geboortedatum": "date_of_birth", "Stamgroep": "klas", "Onderwijssoort": "school_type",
                              "E-mailadres verzorger": "guardian_email", "Telefoonnummer verzorger": "guardian_phone", "Naam verzorger": "guardian_name"}},
    "eduarte": {"students": {"Deelnemernummer": "student_number", "Roepnaam": "first_name", "Voorvoegsel": "tussenvoegsel", "Achternaam": "last_name",
                             "Geboortedatum": "date_of_birth", "Opleiding": "opleiding", "Opleidingcode": "crebo", "Niveau": "niveau",
                             "Leerweg": "leerweg", "Groep": "klas"},
                "placements": {"Deelnemernummer": "student_number", "LeerbedrijfID": "sbb_id", "Opleidingcode": "crebo", "DatumBegin": "starts_on",
                               "DatumEindGepland": "ends_on", "DatumEindWerkelijk": "ended_on", "Omvang": "total_hours"},
                "employers": {"LeerbedrijfID": "sbb_id", "Naam": "name", "Postcode": "postcode", "Plaats": "city", "Praktijkopleider": "trainer_name"}},
    "generic": {},
}

BSN_HEADERS = {"bsn", "burgerservicenummer", "sofinummer", "sofinr", "citizenservicenumber", "bsnnummer", "persoonsgebondennummer", "pgn"}


def fields_of(kind: str) -> list[ImportField]:
    return IMPORT_FIELDS[kind]


def known_headers() -> set[str]:
    """Every header CoachDesk recognises (normalised): finds the header row below titles."""
    names = {alias for fields in IMPORT_FIELDS.values() for f in fields for alias in f.aliases}
    names |= {normalise_header(h) for preset in PRESETS.values() for kind in preset.values() for h in kind}
    return names | BSN_HEADERS


# --- BSN ---------------------------------------------------------------------------


def passes_elfproef(digits: str) -> bool:
    """The BSN check: 9 digits, weights 9..2 and -1, sum divisible by 11 (and not all zero)."""
    if len(digits) == 8:
        digits = "0" + digits
    if len(digits) != 9 or not digits.isdigit() or digits == "000000000":
        return False
    total = sum(int(d) * w for d, w in zip(digits, (9, 8, 7, 6, 5, 4, 3, 2, -1)))
    return total % 11 == 0


def looks_like_bsn(header: str, values: list[Cell]) -> bool:
    """A column headed BSN (or similar), or whose values are nearly all 9-digit numbers passing the elfproef."""
    if normalise_header(header) in BSN_HEADERS or "bsn" in re.findall(r"[a-z]+", header.lower()):
        return True
    sample = [str(v).strip() for v in values if v is not None and str(v).strip()][:200]
    if len(sample) < 3:
        return len(sample) > 0 and all(len(v) == 9 and passes_elfproef(v) for v in sample)
    passing = sum(1 for v in sample if len(v) in (8, 9) and passes_elfproef(v))
    return passing >= 0.8 * len(sample)


def bsn_columns(table: Table) -> list[int]:
    columns = []
    for index, header in enumerate(table.headers):
        values = [cells[index] if index < len(cells) else None for _, cells in table.rows[:200]]
        if looks_like_bsn(header, values):
            columns.append(index)
    return columns


# --- suggestions and memory ---------------------------------------------------------


def suggest(kind: str, headers: list[str], source: str = "generic", remembered: dict[str, str] | None = None) -> dict[str, str]:
    """Header -> field for every header CoachDesk recognises; a field is given to one column only."""
    by_alias: dict[str, str] = {}
    for spec in IMPORT_FIELDS[kind]:
        for alias in spec.aliases:
            by_alias.setdefault(alias, spec.name)
    preset = {normalise_header(h): f for h, f in PRESETS.get(source, {}).get(kind, {}).items()}
    remembered_norm = {normalise_header(h): f for h, f in (remembered or {}).items()}
    valid = {spec.name for spec in IMPORT_FIELDS[kind]}
    mapping: dict[str, str] = {}
    taken: set[str] = set()
    for header in headers:
        if not header:
            continue
        key = normalise_header(header)
        if key in BSN_HEADERS:
            mapping[header] = ""
            continue
        for candidates in (remembered_norm, preset, by_alias):
            if key in candidates:
                name = candidates[key]
                if name == "" or (name in valid and name not in taken):
                    mapping[header] = name
                    if name:
                        taken.add(name)
                    break
        else:
            mapping[header] = ""
    return mapping


def remembered_mapping(session: Session, source: str, kind: str) -> dict[str, str] | None:
    from coachdesk.services.settings import get_flag

    value = get_flag(session, f"import_mapping.{source}.{kind}")
    return value if isinstance(value, dict) else None


def remember_mapping(session: Session, source: str, kind: str, mapping: dict[str, str]) -> None:
    from coachdesk.services.settings import set_flag

    set_flag(session, f"import_mapping.{source}.{kind}", {str(h): str(f) for h, f in mapping.items() if h})


# --- values ----------------------------------------------------------------------------

_DATE = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
EXCEL_EPOCH = date(1899, 12, 30)


class BadDate(ValueError):
    pass


def read_date(value: Cell) -> date | None:
    """A date as schools write it: dd-mm-jjjj, d-m-jj, dd/mm/jjjj, ISO, or an Excel serial number.

    An impossible date (31-02-2026) raises BadDate: it is reported, never guessed.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        raise BadDate(str(value))
    if isinstance(value, (int, float)):
        return _serial(value)
    text = str(value).strip()
    try:
        match = _DATE.match(text)
        if match:
            day, month, year = (int(g) for g in match.groups())
            if len(match.group(3)) == 2:
                this_year = clock.today().year % 100
                year += 2000 if year <= this_year + 1 else 1900
            return date(year, month, day)
        match = _ISO.match(text)
        if match:
            return date(*(int(g) for g in match.groups()))
        if re.fullmatch(r"\d{4,6}(\.0+)?", text):
            return _serial(float(text))
    except ValueError:
        pass
    raise BadDate(text)


def _serial(number: float) -> date:
    if not 1 <= number < 2958466 or number != int(number):
        raise BadDate(str(number))
    return EXCEL_EPOCH + timedelta(days=int(number))


def text_of(value: Cell) -> str | None:
    """A cell as text: a whole number without ".0", a date as dd-mm-jjjj."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.strftime("%d-%m-%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    text = str(value).strip()
    return text or None
