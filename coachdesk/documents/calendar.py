"""The matching activities as an .ics calendar file that a student or parent opens on a phone.

Per student (``student_id``) exactly the activities his toolkit shows
(``toolkit_data.student_events``), plus, as cancellations, those among them
that were called off. The registration link is in the description too (common
phone calendars ignore URL). A reminder goes off at 09:00 the day before the
last day to register (or that morning, when the day before has passed; none
once both have), written as RFC 5545 asks of an absolute trigger
(``TRIGGER;VALUE=DATE-TIME``, in UTC), and its text names the same day the
toolkit prints. An activity whose registration has closed offers no link.
A cancelled activity (archived) is sent with STATUS:CANCELLED and a higher
SEQUENCE, so a phone that imported it before removes it. DTSTAMP is the moment
of export in UTC, whatever the computer's time zone.
"""
from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar, Event
from sqlalchemy import select
from sqlalchemy.orm import Session

from coachdesk.domain import clock
from coachdesk.domain import models as m
from coachdesk.domain.i18n import in_dutch

AMSTERDAM = ZoneInfo("Europe/Amsterdam")  # event times are entered as Dutch local time
REMIND_AT = time(9, 0)  # the reminder: 09:00 on the day before the registration deadline


def _sequence(record: m.MatchingEvent) -> int:
    """Grows with every change of the activity (minutes since it was made), as RFC 5545 asks of an update."""
    if record.updated_at is None or record.created_at is None:
        return 0
    return max(0, int((record.updated_at - record.created_at).total_seconds() // 60)) + (1 if record.archived else 0)


def _reminder(record: m.MatchingEvent, now: datetime) -> tuple[datetime, str] | None:
    """When to remind (UTC) and what to say, or None when the moment has passed or one cannot register any more."""
    from coachdesk.documents.style import dutch_date

    deadline = record.registration_deadline
    if deadline is None or record.archived:
        return None
    day_before = datetime.combine(deadline - timedelta(days=1), REMIND_AT, tzinfo=AMSTERDAM)
    if day_before > now:
        return day_before.astimezone(UTC), f"Morgen ({dutch_date(deadline, weekday=True)}) is de laatste dag om je aan te melden: {record.title}"
    on_the_day = datetime.combine(deadline, REMIND_AT, tzinfo=AMSTERDAM)
    if on_the_day > now:
        return on_the_day.astimezone(UTC), f"Vandaag ({dutch_date(deadline, weekday=True)}) is de laatste dag om je aan te melden: {record.title}"
    return None


def _chosen(session: Session, since: datetime, student: m.Student | None) -> list[m.MatchingEvent]:
    from coachdesk.documents.toolkit_data import event_fits, student_events

    if student is None:
        return list(session.scalars(select(m.MatchingEvent).where(m.MatchingEvent.starts_at >= since).order_by(m.MatchingEvent.starts_at)))
    shown = [event for event, _own in student_events(session, student, since.date())[0]]
    ids = {event.id for event in shown}
    last = max((event.starts_at for event in shown), default=since)
    cancelled = [event for event in session.scalars(select(m.MatchingEvent).where(
        m.MatchingEvent.archived.is_(True), m.MatchingEvent.starts_at >= since, m.MatchingEvent.starts_at <= last + timedelta(days=92)))
        if event.id not in ids and event_fits(event, student)]
    return sorted(shown + cancelled, key=lambda event: event.starts_at)


@in_dutch
def events_calendar(session: Session, since: datetime | None = None, student_id: str | None = None) -> bytes:
    from coachdesk.documents.style import dutch_date
    from coachdesk.documents.toolkit_data import choice_label, registration_open

    local_now = clock.now()
    since = since or local_now.replace(hour=0, minute=0, second=0, microsecond=0)
    now = local_now.astimezone(UTC) if local_now.tzinfo is None else local_now  # naive: the computer's local time
    student = session.get(m.Student, student_id) if student_id else None
    calendar = Calendar()
    calendar.add("prodid", "-//CoachDesk//Activiteiten//NL")
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    name = f"Activiteiten voor {student.first_name}" if student else "Activiteiten stage en werk"
    calendar.add("x-wr-calname", name)
    today = local_now.date()
    for record in _chosen(session, since, student):
        can_register = registration_open(record, today) and not record.archived
        event = Event()
        event.add("uid", f"{record.id}@coachdesk")
        event.add("summary", record.title)
        event.add("dtstart", record.starts_at.replace(tzinfo=AMSTERDAM))
        event.add("dtend", (record.ends_at or record.starts_at + timedelta(hours=2)).replace(tzinfo=AMSTERDAM))
        event.add("dtstamp", now.astimezone(UTC))
        event.add("sequence", _sequence(record))
        event.add("status", "CANCELLED" if record.archived else "CONFIRMED")
        if record.place:
            event.add("location", record.place)
        lines = ["Gaat niet door." if record.archived else "", choice_label(record.kind)]
        if record.organiser:
            lines.append(f"Wie organiseert: {record.organiser}")
        if record.registration_deadline and not record.archived:
            lines.append(f"Aanmelden kan tot en met {dutch_date(record.registration_deadline, weekday=True)}" if can_register
                         else "Aanmelden is gesloten.")
        if record.registration_url and can_register:
            lines.append(f"Aanmelden: {record.registration_url}")
        if record.what_to_bring:
            lines.append(f"Neem mee: {record.what_to_bring}")
        event.add("description", "\n".join(line for line in lines if line))
        if record.registration_url and can_register:
            event.add("url", record.registration_url)
        reminder = _reminder(record, now) if can_register else None
        if reminder is not None:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", reminder[1])
            alarm.add("trigger", reminder[0], parameters={"VALUE": "DATE-TIME"})
            event.add_component(alarm)
        calendar.add_component(event)
    calendar.add_missing_timezones()  # a VTIMEZONE, so every phone reads the times as Dutch time
    return calendar.to_ical()
