"""The matching activities as an .ics calendar file that a student or parent opens on a phone.

Per student (``student_id``) only the activities that fit him. The registration
link is in the description too (common phone calendars ignore URL), a reminder
goes off the morning before the registration deadline, and a cancelled activity
(archived) is sent with STATUS:CANCELLED and a higher SEQUENCE, so a phone that
imported it before removes it.
"""
from __future__ import annotations

from datetime import datetime, time, timedelta
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


@in_dutch
def events_calendar(session: Session, since: datetime | None = None, student_id: str | None = None) -> bytes:
    from coachdesk.documents.toolkit_data import choice_label, event_fits

    since = since or clock.now().replace(hour=0, minute=0, second=0, microsecond=0)
    student = session.get(m.Student, student_id) if student_id else None
    calendar = Calendar()
    calendar.add("prodid", "-//CoachDesk//Activiteiten//NL")
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    name = f"Activiteiten voor {student.first_name}" if student else "Activiteiten stage en werk"
    calendar.add("x-wr-calname", name)
    statement = select(m.MatchingEvent).where(m.MatchingEvent.starts_at >= since).order_by(m.MatchingEvent.starts_at)
    stamp = clock.now().replace(tzinfo=AMSTERDAM) if clock.now().tzinfo is None else clock.now()
    for record in session.scalars(statement):
        if student is not None and not event_fits(record, student):
            continue
        event = Event()
        event.add("uid", f"{record.id}@coachdesk")
        event.add("summary", record.title)
        event.add("dtstart", record.starts_at.replace(tzinfo=AMSTERDAM))
        event.add("dtend", (record.ends_at or record.starts_at + timedelta(hours=2)).replace(tzinfo=AMSTERDAM))
        event.add("dtstamp", stamp)
        event.add("sequence", _sequence(record))
        event.add("status", "CANCELLED" if record.archived else "CONFIRMED")
        if record.place:
            event.add("location", record.place)
        lines = ["Gaat niet door." if record.archived else "", choice_label(record.kind)]
        if record.organiser:
            lines.append(f"Wie organiseert: {record.organiser}")
        if record.registration_deadline:
            lines.append(f"Aanmelden vóór {record.registration_deadline:%d-%m-%Y}")
        if record.registration_url:
            lines.append(f"Aanmelden: {record.registration_url}")
        if record.what_to_bring:
            lines.append(f"Neem mee: {record.what_to_bring}")
        event.add("description", "\n".join(line for line in lines if line))
        if record.registration_url:
            event.add("url", record.registration_url)
        if record.registration_deadline and not record.archived:
            remind = datetime.combine(record.registration_deadline - timedelta(days=1), REMIND_AT, tzinfo=AMSTERDAM)
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", f"Morgen is de laatste dag om je aan te melden: {record.title}")
            alarm.add("trigger", remind.astimezone(ZoneInfo("UTC")))
            event.add_component(alarm)
        calendar.add_component(event)
    calendar.add_missing_timezones()  # a VTIMEZONE, so every phone reads the times as Dutch time
    return calendar.to_ical()
