"""The matching events as an .ics calendar file that a parent can open on a phone."""
from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event
from sqlalchemy import select
from sqlalchemy.orm import Session

from coachdesk.domain import clock
from coachdesk.domain import models as m
from coachdesk.domain.i18n import in_dutch
from coachdesk.domain.labels import choice_label

AMSTERDAM = ZoneInfo("Europe/Amsterdam")  # event times are entered as Dutch local time


@in_dutch
def events_calendar(session: Session, since: datetime | None = None) -> bytes:
    since = since or clock.now().replace(hour=0, minute=0, second=0, microsecond=0)
    calendar = Calendar()
    calendar.add("prodid", "-//CoachDesk//Matchingsevents//NL")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "Matchingsevents")
    statement = select(m.MatchingEvent).where(m.MatchingEvent.archived.is_(False), m.MatchingEvent.starts_at >= since).order_by(m.MatchingEvent.starts_at)
    for record in session.scalars(statement):
        event = Event()
        event.add("uid", f"{record.id}@coachdesk")
        event.add("summary", record.title)
        event.add("dtstart", record.starts_at.replace(tzinfo=AMSTERDAM))
        event.add("dtend", (record.ends_at or record.starts_at + timedelta(hours=2)).replace(tzinfo=AMSTERDAM))
        event.add("dtstamp", datetime.now(tz=AMSTERDAM))
        if record.place:
            event.add("location", record.place)
        lines = [choice_label(record.kind)]
        if record.organiser:
            lines.append(f"Organisatie: {record.organiser}")
        if record.registration_deadline:
            lines.append(f"Aanmelden vóór {record.registration_deadline:%d-%m-%Y}")
        if record.what_to_bring:
            lines.append(f"Meenemen: {record.what_to_bring}")
        event.add("description", "\n".join(lines))
        if record.registration_url:
            event.add("url", record.registration_url)
        calendar.add_component(event)
    calendar.add_missing_timezones()  # a VTIMEZONE, so every phone reads the times as Dutch time
    return calendar.to_ical()
