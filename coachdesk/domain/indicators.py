"""The coordinator's figures, each defined once: what it counts, of whom, on which day.

Every figure on screen, in a report, in a workbook and in a regional file refers to
these definitions by id, and prints the definition beside it. When a definition
changes, ``DEFINITIONS_VERSION`` goes up: figures made under different versions are
never combined (``services.monitor.combine`` refuses them).

Terms used in the definitions:
- *period*: from ``from`` to ``to``, both days included; the *peildatum* is ``to``.
- *search*: a placement record with a "searching since" date. It is *open* on a day from
  that date until it ends: closed because a place was found (status "place found", on its
  end date), taken on by the same record (an employer named: on the start date, or the day
  it was last changed when no start date is known yet), or ended without a place.
- *place*: a placement with an employer that has started (started, completed or ended early).
- *months after*: calendar months (SQLite ``date(day, '+N months')``).
"""
from __future__ import annotations

from dataclasses import dataclass

from coachdesk.domain.i18n import QT_TRANSLATE_NOOP, translate

DEFINITIONS_VERSION = 1

COUNT, SHARE, MEDIAN, SPREAD, REASONS = "count", "share", "median", "spread", "reasons"
STUDENTS, EMPLOYERS = "students", "employers"


@dataclass(frozen=True)
class Indicator:
    id: str
    title: str  # English source text, context "Monitor"
    definition: str
    numerator: str
    denominator: str  # "" where the figure is a plain count
    population: str
    peildatum: str
    kind: str = COUNT  # COUNT (a number), SHARE ({"n", "of"}), MEDIAN (a number or None), SPREAD / REASONS ({label: count})
    about: str = STUDENTS  # whose figures: students (coordinator, docent, jobcoach) or employers (also a jobhunter)
    parts_of: str = ""  # for REASONS: the count indicator its parts add up to (suppression keeps that sum from revealing one)

    def text(self, part: str) -> str:
        """One part of the definition (title, definition, numerator, ...) in the current language."""
        value = getattr(self, part)
        return translate("Monitor", value) if value else ""


_ON_TO = QT_TRANSLATE_NOOP("Monitor", "The last day of the period.")
_IN_PERIOD = QT_TRANSLATE_NOOP("Monitor", "Counted on the day it happened, within the period.")
_SEARCHES = QT_TRANSLATE_NOOP("Monitor", "Searches of the students in the selection (a student who searched twice counts twice).")
_PLACES = QT_TRANSLATE_NOOP("Monitor", "Places (placements with an employer that started) of the students in the selection.")
_LEAVERS = QT_TRANSLATE_NOOP("Monitor", "Students in the selection who left school.")

INDICATORS: tuple[Indicator, ...] = (
    Indicator("searching_start", QT_TRANSLATE_NOOP("Monitor", "Searching at the start"),
              QT_TRANSLATE_NOOP("Monitor", "Students still looking for a place when the period began (SBB's stock of shortfalls)."),
              QT_TRANSLATE_NOOP("Monitor", "Searches begun before the first day of the period and not ended before it."), "",
              _SEARCHES, QT_TRANSLATE_NOOP("Monitor", "The first day of the period.")),
    Indicator("searching_new", QT_TRANSLATE_NOOP("Monitor", "New searches"),
              QT_TRANSLATE_NOOP("Monitor", "Searches for a place that began in the period."),
              QT_TRANSLATE_NOOP("Monitor", "Searches whose 'searching since' date lies in the period."), "", _SEARCHES, _IN_PERIOD),
    Indicator("placed", QT_TRANSLATE_NOOP("Monitor", "Placed"),
              QT_TRANSLATE_NOOP("Monitor", "Searches that ended in the period because a place was found."),
              QT_TRANSLATE_NOOP("Monitor", "Searches closed with 'place found', or taken on by an employer, in the period."), "", _SEARCHES, _IN_PERIOD),
    Indicator("searching_end", QT_TRANSLATE_NOOP("Monitor", "Still searching at the end"),
              QT_TRANSLATE_NOOP("Monitor", "Students still looking for a place on the peildatum: searching at the start + new - ended."),
              QT_TRANSLATE_NOOP("Monitor", "Searches begun on or before the last day and still open after it."), "", _SEARCHES, _ON_TO),
    Indicator("days_to_place_median", QT_TRANSLATE_NOOP("Monitor", "Days to a place (median)"),
              QT_TRANSLATE_NOOP("Monitor", "For each place that started in the period: the days from the start of the search before it to the first day at the place; the middle value."),
              QT_TRANSLATE_NOOP("Monitor", "Days from 'searching since' of the student's latest search begun on or before the start, to the start date."),
              QT_TRANSLATE_NOOP("Monitor", "Places that started in the period after a search."), _PLACES, _IN_PERIOD, MEDIAN),
    Indicator("days_to_place_spread", QT_TRANSLATE_NOOP("Monitor", "Days to a place (spread)"),
              QT_TRANSLATE_NOOP("Monitor", "The same places as the median, counted in four bands: up to 30 days, 31-90, 91-180 and more than 180."),
              QT_TRANSLATE_NOOP("Monitor", "Places per band of days from the start of the search to the start of the place."),
              QT_TRANSLATE_NOOP("Monitor", "Places that started in the period after a search."), _PLACES, _IN_PERIOD, SPREAD),
    Indicator("placements_started", QT_TRANSLATE_NOOP("Monitor", "Places started"),
              QT_TRANSLATE_NOOP("Monitor", "Places whose first day lies in the period."),
              QT_TRANSLATE_NOOP("Monitor", "Placements (started, completed or ended early) with a start date in the period."), "", _PLACES, _IN_PERIOD),
    Indicator("placements_completed", QT_TRANSLATE_NOOP("Monitor", "Places ended as planned"),
              QT_TRANSLATE_NOOP("Monitor", "Places that were completed in the period."),
              QT_TRANSLATE_NOOP("Monitor", "Placements with status completed and an end date in the period."), "", _PLACES, _IN_PERIOD),
    Indicator("placements_ended_early", QT_TRANSLATE_NOOP("Monitor", "Places ended early"),
              QT_TRANSLATE_NOOP("Monitor", "Places that ended before their planned end, in the period (a search given up is not counted)."),
              QT_TRANSLATE_NOOP("Monitor", "Placements with an employer, status ended early and an end date in the period."), "", _PLACES, _IN_PERIOD),
    Indicator("placements_ended_early_reasons", QT_TRANSLATE_NOOP("Monitor", "Why places ended early"),
              QT_TRANSLATE_NOOP("Monitor", "The places ended early in the period, counted per coded reason."),
              QT_TRANSLATE_NOOP("Monitor", "Places ended early per reason; 'not coded' where no reason was chosen."),
              QT_TRANSLATE_NOOP("Monitor", "Places ended early in the period."), _PLACES, _IN_PERIOD, REASONS, parts_of="placements_ended_early"),
    Indicator("contacts_per_placement_median", QT_TRANSLATE_NOOP("Monitor", "Contacts per place (median)"),
              QT_TRANSLATE_NOOP("Monitor", "For each place that ended in the period (completed or early): the number of contacts logged for it; the middle value."),
              QT_TRANSLATE_NOOP("Monitor", "Contacts (visits, driegesprekken, calls, talks at school) logged for the place."),
              QT_TRANSLATE_NOOP("Monitor", "Places that ended in the period."), _PLACES, _IN_PERIOD, MEDIAN),
    Indicator("placements_below_contact_norm", QT_TRANSLATE_NOOP("Monitor", "Places with too few contacts"),
              QT_TRANSLATE_NOOP("Monitor", "Places that ended in the period with fewer contacts than the school's norm (the setting 'minimum contacts per placement'), or without a visit at the workplace."),
              QT_TRANSLATE_NOOP("Monitor", "Ended places with fewer contacts than the norm, or none on site."),
              QT_TRANSLATE_NOOP("Monitor", "Places that ended in the period."), _PLACES, _IN_PERIOD),
    Indicator("retained_3m", QT_TRANSLATE_NOOP("Monitor", "Still at the place after 3 months"),
              QT_TRANSLATE_NOOP("Monitor", "Of the places that reached 3 months in the period: how many were still running then."),
              QT_TRANSLATE_NOOP("Monitor", "Places not ended before the day 3 months after their start."),
              QT_TRANSLATE_NOOP("Monitor", "Places whose day 3 months after the start lies in the period, and that were not planned to end before it."),
              _PLACES, QT_TRANSLATE_NOOP("Monitor", "The day 3 months after the start."), SHARE),
    Indicator("retained_6m", QT_TRANSLATE_NOOP("Monitor", "Still at the place after 6 months"),
              QT_TRANSLATE_NOOP("Monitor", "Of the places that reached 6 months in the period: how many were still running then."),
              QT_TRANSLATE_NOOP("Monitor", "Places not ended before the day 6 months after their start."),
              QT_TRANSLATE_NOOP("Monitor", "Places whose day 6 months after the start lies in the period, and that were not planned to end before it."),
              _PLACES, QT_TRANSLATE_NOOP("Monitor", "The day 6 months after the start."), SHARE),
    Indicator("retained_12m", QT_TRANSLATE_NOOP("Monitor", "Still at the place after 12 months"),
              QT_TRANSLATE_NOOP("Monitor", "Of the places that reached 12 months in the period: how many were still running then."),
              QT_TRANSLATE_NOOP("Monitor", "Places not ended before the day 12 months after their start."),
              QT_TRANSLATE_NOOP("Monitor", "Places whose day 12 months after the start lies in the period, and that were not planned to end before it."),
              _PLACES, QT_TRANSLATE_NOOP("Monitor", "The day 12 months after the start."), SHARE),
    Indicator("left", QT_TRANSLATE_NOOP("Monitor", "Left school"),
              QT_TRANSLATE_NOOP("Monitor", "Students who left school in the period."),
              QT_TRANSLATE_NOOP("Monitor", "Students with status 'left' and a leaving date in the period."), "", _LEAVERS, _IN_PERIOD),
    Indicator("left_destination", QT_TRANSLATE_NOOP("Monitor", "Destination on leaving"),
              QT_TRANSLATE_NOOP("Monitor", "The students who left school in the period, counted per destination (the praktijkonderwijs categories); 'not recorded' where none was chosen."),
              QT_TRANSLATE_NOOP("Monitor", "Leavers per destination recorded on leaving."), "", _LEAVERS, _IN_PERIOD, REASONS, parts_of="left"),
    Indicator("destination_12m_work_or_learning", QT_TRANSLATE_NOOP("Monitor", "Working or learning 12 months after leaving"),
              QT_TRANSLATE_NOOP("Monitor", "Of the leavers whose 12-month follow-up fell due in the period: how many were then in work or education (werk, werk + BBL, mbo BOL, PrO, VSO or vmbo). A follow-up not recorded counts as not known, not as working."),
              QT_TRANSLATE_NOOP("Monitor", "Leavers whose 12-month follow-up says work or education."),
              QT_TRANSLATE_NOOP("Monitor", "Leavers whose day 12 months after leaving lies in the period."),
              _LEAVERS, QT_TRANSLATE_NOOP("Monitor", "The day 12 months after leaving."), SHARE),
    Indicator("destination_24m_work_or_learning", QT_TRANSLATE_NOOP("Monitor", "Working or learning 24 months after leaving"),
              QT_TRANSLATE_NOOP("Monitor", "Of the leavers whose 24-month follow-up fell due in the period: how many were then in work or education (a lasting destination). A follow-up not recorded counts as not known."),
              QT_TRANSLATE_NOOP("Monitor", "Leavers whose 24-month follow-up says work or education."),
              QT_TRANSLATE_NOOP("Monitor", "Leavers whose day 24 months after leaving lies in the period."),
              _LEAVERS, QT_TRANSLATE_NOOP("Monitor", "The day 24 months after leaving."), SHARE),
    Indicator("risk_high", QT_TRANSLATE_NOOP("Monitor", "High dropout risk"),
              QT_TRANSLATE_NOOP("Monitor", "Students at school on the peildatum whose latest risk assessment on or before it is high (the coach's level where he set one)."),
              QT_TRANSLATE_NOOP("Monitor", "Students whose latest assessment is high."), "",
              QT_TRANSLATE_NOOP("Monitor", "Students in the selection at school on the peildatum."), _ON_TO),
    Indicator("risk_high_at_start", QT_TRANSLATE_NOOP("Monitor", "High dropout risk at the start"),
              QT_TRANSLATE_NOOP("Monitor", "The same count on the day before the period began, so the change over the period shows."),
              QT_TRANSLATE_NOOP("Monitor", "Students whose latest assessment before the first day is high."), "",
              QT_TRANSLATE_NOOP("Monitor", "Students in the selection at school the day before the period."),
              QT_TRANSLATE_NOOP("Monitor", "The day before the first day of the period.")),
    Indicator("employers_places_used", QT_TRANSLATE_NOOP("Monitor", "Employers with a student"),
              QT_TRANSLATE_NOOP("Monitor", "Employers where at least one place of a student in the selection was running in the period."),
              QT_TRANSLATE_NOOP("Monitor", "Employers with a place that started on or before the last day and had not ended before the first."), "",
              QT_TRANSLATE_NOOP("Monitor", "Employers of the places in the selection."), _IN_PERIOD, COUNT, EMPLOYERS),
    Indicator("employers_kept", QT_TRANSLATE_NOOP("Monitor", "Employers who took a student again"),
              QT_TRANSLATE_NOOP("Monitor", "Employers with a place that started in the period who also had a place of a student in the selection that started before it."),
              QT_TRANSLATE_NOOP("Monitor", "Employers with places started both before and in the period."), "",
              QT_TRANSLATE_NOOP("Monitor", "Employers of the places in the selection."), _IN_PERIOD, COUNT, EMPLOYERS),
    Indicator("employers_not_recognised", QT_TRANSLATE_NOOP("Monitor", "Employers in use without SBB recognition"),
              QT_TRANSLATE_NOOP("Monitor", "Of the employers with a student in the period, those not recognised by SBB (a BPV place needs a recognised leerbedrijf)."),
              QT_TRANSLATE_NOOP("Monitor", "Employers with a running place and 'recognised by SBB' not ticked."), "",
              QT_TRANSLATE_NOOP("Monitor", "Employers of the places in the selection."), _ON_TO, COUNT, EMPLOYERS),
)

INDICATORS = INDICATORS + (
    Indicator("employers_recognition_expiring", QT_TRANSLATE_NOOP("Monitor", "Employers whose recognition runs out"),
              QT_TRANSLATE_NOOP("Monitor", "Of the employers with a student in the period, those with an SBB recognition that ends within 6 months after the peildatum, or ended before it."),
              QT_TRANSLATE_NOOP("Monitor", "Employers with a running place and a recognition whose 'valid until' lies before the peildatum + 6 months."), "",
              QT_TRANSLATE_NOOP("Monitor", "Employers of the places in the selection."), _ON_TO, COUNT, EMPLOYERS),
)

INDICATORS = INDICATORS + (
    Indicator("praktijkverklaring_started", QT_TRANSLATE_NOOP("Monitor", "Praktijkverklaring routes started"),
              QT_TRANSLATE_NOOP("Monitor", "Routes towards a praktijkverklaring (SBB or mbo) of students in the selection that started in the period."),
              QT_TRANSLATE_NOOP("Monitor", "Routes whose start date lies in the period."), "",
              QT_TRANSLATE_NOOP("Monitor", "Routes of the students in the selection."), _IN_PERIOD),
    Indicator("praktijkverklaring_completed", QT_TRANSLATE_NOOP("Monitor", "Praktijkverklaringen completed"),
              QT_TRANSLATE_NOOP("Monitor", "Routes of students in the selection completed in the period: every werkproces judged and confirmed, the praktijkverklaring applied for or handed over."),
              QT_TRANSLATE_NOOP("Monitor", "Routes whose completion date lies in the period."), "",
              QT_TRANSLATE_NOOP("Monitor", "Routes of the students in the selection."), _IN_PERIOD),
)

BY_ID: dict[str, Indicator] = {indicator.id: indicator for indicator in INDICATORS}
IDS: tuple[str, ...] = tuple(BY_ID)

# The bands of "days to a place".
SPREAD_BANDS: tuple[tuple[str, int, int | None], ...] = (("0-30", 0, 30), ("31-90", 31, 90), ("91-180", 91, 180), (">180", 181, None))

# What "in work or education" means for a destination (models.Destination codes).
WORK_OR_LEARNING = ("werk", "werk_bbl", "mbo_bol", "pro", "vso", "vmbo")

# The suppression rule printed with every figure meant for outside the school.
SMALL_COUNT = 5
SUPPRESSION_RULE = QT_TRANSLATE_NOOP(
    "Monitor", "For use outside the school: a count from 1 to 4 is shown as \"<5\", and where a total would let a reader work out a hidden count, "
    "a second count is hidden too (shown as \"x\"). No student is named. Students whose consent leaves them out of regional figures are not counted.")
