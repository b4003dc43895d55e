"""Travel time between two Dutch four-digit postcodes (PC4), as an estimate.

The estimate is the straight line between the two postcodes' centroids (GeoNames, CC BY 4.0:
``resources/geo/nl-pc4-centroids.csv``), made longer by a detour factor because roads and paths
are not straight, and travelled at a speed per way of travelling, plus the minutes every trip
costs whatever its length (walking to a stop and waiting; a taxi's round):

    minutes = fixed + max(straight km, NEAREST_KM) x detour / speed x 60    (rounded up)

A PC4 area spans a few kilometres, so two addresses in the same or a neighbouring postcode are
taken as NEAREST_KM apart, never 0. The figure is a rough guide and is always labelled an
estimate; a real time a coach stored for a student and a location wins over it
(``services/matching.py``). A postcode the file does not know (new since about 2020) gives no
number but a reason in words, never a silent zero.
"""
from __future__ import annotations

import csv
import math
from dataclasses import dataclass
from functools import cache, lru_cache

from coachdesk.domain import models as m
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP, current_language, translate
from coachdesk.resources import resources_dir

CREDIT = "Postcode coordinates: GeoNames (geonames.org), CC BY 4.0"
NEAREST_KM = 1.0


@dataclass(frozen=True)
class Mode:
    speed_kmh: float
    detour: float
    fixed_minutes: int


# Speeds of a pupil, not of a sportsman: a 14 km/h bike, a bus with its stops, a taxi that picks up others.
MODES: dict[m.TravelMode, Mode] = {
    m.TravelMode.WALK: Mode(4.5, 1.25, 0),
    m.TravelMode.BIKE: Mode(14.0, 1.25, 2),
    m.TravelMode.PUBLIC_TRANSPORT: Mode(35.0, 1.25, 12),
    m.TravelMode.SCHOOL_TRANSPORT: Mode(35.0, 1.3, 10),
    m.TravelMode.BROUGHT: Mode(40.0, 1.3, 3),
}
DEFAULT_MODE = m.TravelMode.BIKE

MSG_UNKNOWN_PC4 = QT_TRANSLATE_NOOP("Matching", "travel time unknown: postcode {pc4} not found")
MSG_NO_HOME = QT_TRANSLATE_NOOP("Matching", "travel time unknown: no home postcode in the profile")
MSG_NO_LOCATION = QT_TRANSLATE_NOOP("Matching", "travel time unknown: the place has no location postcode")
MODE_WORDS = {
    m.TravelMode.WALK: QT_TRANSLATE_NOOP("Matching", "{minutes} min on foot"),
    m.TravelMode.BIKE: QT_TRANSLATE_NOOP("Matching", "{minutes} min by bike"),
    m.TravelMode.PUBLIC_TRANSPORT: QT_TRANSLATE_NOOP("Matching", "{minutes} min by public transport"),
    m.TravelMode.SCHOOL_TRANSPORT: QT_TRANSLATE_NOOP("Matching", "{minutes} min by school transport"),
    m.TravelMode.BROUGHT: QT_TRANSLATE_NOOP("Matching", "{minutes} min when brought"),
}
MSG_ESTIMATE = QT_TRANSLATE_NOOP("Matching", "{trip} (estimate)")
MSG_REAL = QT_TRANSLATE_NOOP("Matching", "{trip} (real time)")


@dataclass(frozen=True)
class Centroid:
    place: str
    lat: float  # radians
    lon: float  # radians


@cache
def centroids() -> dict[str, Centroid]:
    """Every known PC4 with its place name and centroid (read once)."""
    path = resources_dir() / "geo" / "nl-pc4-centroids.csv"
    found: dict[str, Centroid] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            found[row["pc4"]] = Centroid(row["place"], math.radians(float(row["latitude"])), math.radians(float(row["longitude"])))
    return found


def place_name(pc4: str | None) -> str | None:
    known = centroids().get(pc4 or "")
    return known.place if known else None


def straight_km(a: Centroid, b: Centroid) -> float:
    """Great-circle distance (haversine), in km."""
    h = math.sin((b.lat - a.lat) / 2) ** 2 + math.cos(a.lat) * math.cos(b.lat) * math.sin((b.lon - a.lon) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def minutes_for(km: float, mode: m.TravelMode) -> int:
    way = MODES[mode]
    return way.fixed_minutes + math.ceil(max(km, NEAREST_KM) * way.detour / way.speed_kmh * 60)


@dataclass(frozen=True)
class Trip:
    """One way from home to a place: minutes (None when unknown), whether estimated, and why unknown."""

    minutes: int | None
    estimated: bool
    mode: m.TravelMode
    unknown_reason: str | None = None  # English source text, context "Matching", with its parameters
    unknown_params: tuple[tuple[str, str], ...] = ()

    def words(self) -> str:
        """"12 min by bike (estimate)", or why the time is unknown, in the interface language."""
        return _trip_words(current_language(), self.minutes, self.estimated, self.mode, self.unknown_reason, self.unknown_params)


@lru_cache(maxsize=4096)
def _trip_words(language: str, minutes: int | None, estimated: bool, mode: m.TravelMode, unknown_reason: str | None,
                unknown_params: tuple[tuple[str, str], ...]) -> str:
    if minutes is None:
        return translate("Matching", unknown_reason or MSG_UNKNOWN_PC4).format(**dict(unknown_params))
    trip = translate("Matching", MODE_WORDS[mode]).format(minutes=minutes)
    return translate("Matching", MSG_ESTIMATE if estimated else MSG_REAL).format(trip=trip)


def estimate(home_pc4: str | None, place_pc4: str | None, mode: m.TravelMode | None) -> Trip:
    """The estimated trip from ``home_pc4`` to ``place_pc4`` (see the module's rule)."""
    mode = mode or DEFAULT_MODE
    if not home_pc4:
        return Trip(None, True, mode, MSG_NO_HOME)
    if not place_pc4:
        return Trip(None, True, mode, MSG_NO_LOCATION)
    known = centroids()
    for pc4 in (home_pc4, place_pc4):
        if pc4 not in known:
            return Trip(None, True, mode, MSG_UNKNOWN_PC4, (("pc4", pc4),))
    return Trip(minutes_for(straight_km(known[home_pc4], known[place_pc4]), mode), True, mode)


def real(minutes: int, mode: m.TravelMode | None) -> Trip:
    return Trip(minutes, False, mode or DEFAULT_MODE)
