"""Hybrid logical clock: wall-clock milliseconds, a counter, and the device id; sorts as text.

A clock never goes backwards, also when the laptop's clock does, and a received clock
moves ours forward, so a change made after seeing another change always sorts after it.
Equal wall time and counter are told apart by the device id, so two clocks are never equal
unless they are the same change.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from coachdesk.domain import clock

COUNTER_LIMIT = 9999
FAR_OFF_MS = 10 * 60 * 1000  # a clock this far ahead of ours is reported: one of the two laptops has a wrong clock


@dataclass(frozen=True, order=True)
class Hlc:
    wall: int
    counter: int
    device: str

    def __str__(self) -> str:
        return f"{self.wall:013d}.{self.counter:04d}.{self.device}"

    @classmethod
    def parse(cls, text: str) -> Hlc:
        wall, counter, device = text.split(".", 2)
        return cls(int(wall), int(counter), device)


def wall_ms() -> int:
    now = clock.now()
    if now.tzinfo is None:
        now = now.astimezone()  # local time, as clock.now() gives it
    return int(now.astimezone(UTC).timestamp() * 1000)


def tick(last: str | None, device: str, now_ms: int | None = None) -> str:
    """The next clock for a local change, after ``last``."""
    now_ms = wall_ms() if now_ms is None else now_ms
    if last is None:
        return str(Hlc(now_ms, 0, device))
    previous = Hlc.parse(last)
    if now_ms > previous.wall:
        return str(Hlc(now_ms, 0, device))
    if previous.counter >= COUNTER_LIMIT:
        return str(Hlc(previous.wall + 1, 0, device))
    return str(Hlc(previous.wall, previous.counter + 1, device))


def observe(last: str | None, remote: str, device: str) -> str:
    """Our clock after seeing ``remote``: never behind it."""
    if last is None or remote > last:
        seen = Hlc.parse(remote)
        return str(Hlc(seen.wall, seen.counter, device))
    return last


def as_datetime(text: str) -> datetime:
    return datetime.fromtimestamp(Hlc.parse(text).wall / 1000, UTC)
