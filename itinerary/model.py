"""The itinerary model: frozen, typed values with their invariants and JSON form.

``Place`` → ``Stop`` → ``Itinerary``. Invariants are checked where values are built
(``__post_init__``), so an ``Itinerary`` that exists is valid: coordinates in range,
``start <= end``, sequence numbers 1..n, confidence within 0–1.

The JSON form is the public contract printed by ``itinerary parse --format json``
and read by other tools; ``from_json(to_json(x)) == x`` holds for every value.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, cast

from itinerary.errors import ValidationError

SCHEMA_VERSION = 1

PlaceKind = Literal["city", "country", "region", "venue"]
Status = Literal["visited", "planned"]
PLACE_KINDS: tuple[str, ...] = ("city", "country", "region", "venue")
STATUSES: tuple[str, ...] = ("visited", "planned")


def _check_choice(name: str, value: object, choices: Sequence[str]) -> None:
    if value not in choices:
        raise ValidationError(f"{name} must be one of {', '.join(choices)}; got {value!r}")


@dataclass(frozen=True, slots=True)
class Place:
    """A point on the map: a city, a country, a region or a venue."""

    name: str
    country: str | None
    country_code: str | None
    lat: float
    lon: float
    kind: PlaceKind = "city"

    def __post_init__(self) -> None:
        if not self.name or not self.name.strip():
            raise ValidationError(f"a place needs a name; got {self.name!r}")
        for label, value, limit in (("lat", self.lat, 90.0), ("lon", self.lon, 180.0)):
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise ValidationError(f"{label} must be a number; got {value!r}")
            if not math.isfinite(value) or not -limit <= value <= limit:
                raise ValidationError(f"{label} must be within ±{limit:g}; got {value!r}")
        if self.country_code is not None and not (
            len(self.country_code) == 2 and self.country_code.isascii() and self.country_code.isalpha()
            and self.country_code.isupper()
        ):
            raise ValidationError(
                f"country_code must be ISO 3166-1 alpha-2 (two capital letters); got {self.country_code!r}"
            )
        _check_choice("kind", self.kind, PLACE_KINDS)


@dataclass(frozen=True, slots=True)
class Stop:
    """One stop of the trip: where, at what, with whom, when, and the sentence that says so."""

    seq: int
    place: Place
    venue: str | None = None
    event: str | None = None
    people: tuple[str, ...] = ()
    start: dt.date | None = None
    end: dt.date | None = None
    status: Status = "visited"
    evidence: str = ""
    evidence_span: tuple[int, int] | None = None
    confidence: float = 0.5

    def __post_init__(self) -> None:
        if isinstance(self.seq, bool) or not isinstance(self.seq, int) or self.seq < 1:
            raise ValidationError(f"seq must be a positive integer; got {self.seq!r}")
        for label, value in (("start", self.start), ("end", self.end)):
            if value is not None and (not isinstance(value, dt.date) or isinstance(value, dt.datetime)):
                raise ValidationError(f"{label} must be a date or None; got {value!r}")
        if self.start is not None and self.end is not None and self.start > self.end:
            raise ValidationError(f"start must not be after end; got start={self.start} end={self.end}")
        _check_choice("status", self.status, STATUSES)
        if not isinstance(self.people, tuple):
            raise ValidationError(f"people must be a tuple of names; got {self.people!r}")
        if self.evidence_span is not None:
            a, b = self.evidence_span
            if not (isinstance(a, int) and isinstance(b, int) and 0 <= a <= b):
                raise ValidationError(f"evidence_span must be [start, end] with 0 <= start <= end; got {self.evidence_span!r}")
        c = self.confidence
        if isinstance(c, bool) or not isinstance(c, (int, float)) or not math.isfinite(c) or not 0.0 <= c <= 1.0:
            raise ValidationError(f"confidence must be within 0–1; got {c!r}")


@dataclass(frozen=True, slots=True)
class Source:
    """Where the story came from."""

    title: str | None = None
    url: str | None = None
    path: str | None = None


@dataclass(frozen=True, slots=True)
class Itinerary:
    """The traveler's ordered stops, with the story's metadata and any warnings."""

    traveler: str | None = None
    source: Source = field(default_factory=Source)
    published: dt.date | None = None
    stops: tuple[Stop, ...] = ()
    warnings: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not isinstance(self.stops, tuple):
            raise ValidationError(f"stops must be a tuple; got {type(self.stops).__name__}")
        seqs = [s.seq for s in self.stops]
        if seqs != list(range(1, len(self.stops) + 1)):
            raise ValidationError(f"stop sequence numbers must run 1..{len(self.stops)}; got {seqs!r}")
        if self.published is not None and (
            not isinstance(self.published, dt.date) or isinstance(self.published, dt.datetime)
        ):
            raise ValidationError(f"published must be a date or None; got {self.published!r}")
        if not isinstance(self.warnings, tuple):
            raise ValidationError(f"warnings must be a tuple; got {type(self.warnings).__name__}")

    def with_stops(self, stops: Iterable[Stop]) -> Itinerary:
        """A copy holding ``stops`` renumbered 1..n in the given order."""
        renumbered = tuple(dataclasses.replace(s, seq=i) for i, s in enumerate(stops, start=1))
        return dataclasses.replace(self, stops=renumbered)

    def to_dict(self) -> dict[str, Any]:
        return itinerary_to_dict(self)

    def to_json(self, *, indent: int | None = None) -> str:
        return to_json(self, indent=indent)


# --- JSON --------------------------------------------------------------------------------------

def _date_out(d: dt.date | None) -> str | None:
    return d.isoformat() if d is not None else None


def _date_in(value: object, label: str) -> dt.date | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValidationError(f"{label} must be an ISO date string or null; got {value!r}")
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        raise ValidationError(f"{label} must be an ISO date (YYYY-MM-DD); got {value!r}") from None


def stop_to_dict(stop: Stop) -> dict[str, Any]:
    p = stop.place
    return {
        "seq": stop.seq,
        "place": p.name,
        "country": p.country,
        "country_code": p.country_code,
        "lat": p.lat,
        "lon": p.lon,
        "kind": p.kind,
        "venue": stop.venue,
        "event": stop.event,
        "people": list(stop.people),
        "start": _date_out(stop.start),
        "end": _date_out(stop.end),
        "status": stop.status,
        "evidence": stop.evidence,
        "evidence_span": list(stop.evidence_span) if stop.evidence_span is not None else None,
        "confidence": stop.confidence,
    }


def stop_from_dict(d: Mapping[str, Any]) -> Stop:
    try:
        span = d.get("evidence_span")
        place = Place(
            name=d["place"],
            country=d.get("country"),
            country_code=d.get("country_code"),
            lat=d["lat"],
            lon=d["lon"],
            kind=cast(PlaceKind, d.get("kind") or "city"),
        )
        return Stop(
            seq=d["seq"],
            place=place,
            venue=d.get("venue"),
            event=d.get("event"),
            people=tuple(d.get("people") or ()),
            start=_date_in(d.get("start"), "start"),
            end=_date_in(d.get("end"), "end"),
            status=cast(Status, d.get("status") or "visited"),
            evidence=d.get("evidence") or "",
            evidence_span=(int(span[0]), int(span[1])) if span is not None else None,
            confidence=d.get("confidence", 0.5),
        )
    except KeyError as exc:
        raise ValidationError(f"a stop needs the field {exc.args[0]!r}; got fields {sorted(d)!r}") from None
    except (TypeError, IndexError) as exc:
        raise ValidationError(f"malformed stop {dict(d)!r}: {exc}") from None


def itinerary_to_dict(it: Itinerary) -> dict[str, Any]:
    return {
        "schema": SCHEMA_VERSION,
        "traveler": it.traveler,
        "published": _date_out(it.published),
        "source": {"title": it.source.title, "url": it.source.url, "path": it.source.path},
        "stops": [stop_to_dict(s) for s in it.stops],
        "warnings": list(it.warnings),
    }


def itinerary_from_dict(d: Mapping[str, Any]) -> Itinerary:
    if not isinstance(d, Mapping):
        raise ValidationError(f"an itinerary must be a JSON object; got {type(d).__name__}")
    schema = d.get("schema")
    if schema != SCHEMA_VERSION:
        raise ValidationError(f"unsupported schema {schema!r}; this version reads schema {SCHEMA_VERSION}")
    src = d.get("source") or {}
    stops = d.get("stops") or []
    if not isinstance(stops, list):
        raise ValidationError(f"stops must be a list; got {type(stops).__name__}")
    return Itinerary(
        traveler=d.get("traveler"),
        source=Source(title=src.get("title"), url=src.get("url"), path=src.get("path")),
        published=_date_in(d.get("published"), "published"),
        stops=tuple(stop_from_dict(s) for s in stops),
        warnings=tuple(d.get("warnings") or ()),
    )


def to_json(it: Itinerary, *, indent: int | None = None) -> str:
    """The itinerary as JSON text (schema 1). Non-ASCII is kept as is."""
    return json.dumps(itinerary_to_dict(it), ensure_ascii=False, indent=indent)


def from_json(text: str | bytes) -> Itinerary:
    """Read an itinerary back from :func:`to_json` output."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError(f"not valid JSON: {exc}") from None
    return itinerary_from_dict(data)
