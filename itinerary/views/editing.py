"""The editable stop table: an itinerary as a DataFrame and the edited table back as an itinerary.

The dashboard shows :func:`table_from_itinerary` of the extracted itinerary in ``st.data_editor``
and rebuilds the current itinerary from what the editor returns with :func:`itinerary_from_table`.
A row keeps what the table does not show (people, evidence, confidence) from the stop it came from
(the hidden ``row`` column). A changed place name is geocoded again, near the neighbouring stops;
typed coordinates win over geocoding. Rows are ordered by the ``#`` column, so typing a new number
moves a stop; deleted rows are gone, added rows become stops once they have a place.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, cast

import pandas as pd

from itinerary.errors import ItineraryError
from itinerary.model import PLACE_KINDS, STATUSES, Itinerary, Place, PlaceKind, Status, Stop
from itinerary.views.stats import haversine_km

#: Column order of the table (``row`` is hidden: the seq of the extracted stop the row came from).
COLUMNS = ("#", "place", "country", "start", "end", "event", "venue", "status", "lat", "lon", "row")

#: ``geocode(name, near)`` → a place, or None when the name is unknown; ``near`` are the neighbouring
#: stops' places, for choosing between candidates ("Rome" next to Brussels is in Italy).
Geocode = Callable[[str, Sequence[Place]], Place | None]


@dataclass(frozen=True, slots=True)
class EditResult:
    itinerary: Itinerary
    messages: tuple[str, ...] = ()


def table_from_itinerary(itinerary: Itinerary) -> pd.DataFrame:
    rows = [
        {
            "#": s.seq,
            "place": s.place.name,
            "country": s.place.country or s.place.country_code or "",
            "start": s.start,
            "end": s.end,
            "event": s.event or "",
            "venue": s.venue or "",
            "status": s.status,
            "lat": round(s.place.lat, 5),
            "lon": round(s.place.lon, 5),
            "row": s.seq,
        }
        for s in itinerary.stops
    ]
    df = pd.DataFrame(rows, columns=list(COLUMNS))
    df["#"] = df["#"].astype("Int64")
    df["row"] = df["row"].astype("Int64")
    df["lat"] = df["lat"].astype("float64")
    df["lon"] = df["lon"].astype("float64")
    return df


def apply_editor_state(table: pd.DataFrame, state: Mapping[str, Any] | None) -> list[dict[str, Any]]:
    """The rows ``st.data_editor`` shows after the edits recorded in its session state.

    ``state`` is the editor's documented session-state value: ``edited_rows`` (position → changed
    cells), ``deleted_rows`` (positions) and ``added_rows`` (cells). Applying it before the editor
    is drawn lets the dashboard draw the map first, from the same rows the editor will show.
    """
    records: list[dict[str, Any]] = [dict(r) for r in table.to_dict("records")]
    if not state:
        return records
    for index, changes in (state.get("edited_rows") or {}).items():
        i = _index(index)
        if i is not None and 0 <= i < len(records) and isinstance(changes, Mapping):
            records[i].update({k: v for k, v in changes.items() if k in COLUMNS})
    deleted = {_index(i) for i in state.get("deleted_rows") or ()}
    records = [r for i, r in enumerate(records) if i not in deleted]
    for added in state.get("added_rows") or ():
        if isinstance(added, Mapping):
            records.append({**dict.fromkeys(COLUMNS), **{k: v for k, v in added.items() if k in COLUMNS}})
    return records


def _index(value: object) -> int | None:
    try:
        return int(cast(Any, value))
    except (TypeError, ValueError):
        return None


# --- reading cells -------------------------------------------------------------------------------

def _missing(value: object) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    return isinstance(value, float) and math.isnan(value)


def _text(value: object) -> str:
    return "" if _missing(value) else str(value).strip()


def _opt_text(value: object) -> str | None:
    return _text(value) or None


def _number(value: object) -> float | None:
    if _missing(value):
        return None
    try:
        out = float(cast(Any, value))
    except (TypeError, ValueError):
        return None
    return out if math.isfinite(out) else None


def _date(value: object) -> dt.date | None:
    if _missing(value):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, pd.Timestamp):
        return value.date()
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _records(table: pd.DataFrame | Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    if isinstance(table, pd.DataFrame):
        return cast(list[Mapping[str, Any]], table.to_dict("records"))
    return list(table)


# --- geocoding -----------------------------------------------------------------------------------

def place_from_entry(entry: Any) -> Place:
    """A model Place from a gazetteer entry (or anything with the same attributes)."""
    kind = entry.kind if entry.kind in PLACE_KINDS else "city"
    return Place(name=entry.name, country=entry.country, country_code=entry.country_code,
                 lat=float(entry.lat), lon=float(entry.lon), kind=cast(PlaceKind, kind))


def gazetteer_geocode(name: str, near: Sequence[Place]) -> Place | None:
    """The offline gazetteer's best match for ``name``, preferring candidates near ``near``."""
    from itinerary.gazetteer import load_gazetteer

    candidates = load_gazetteer().lookup(name)
    if not candidates:
        return None
    if near:
        top = max(c.population for c in candidates) or 1

        def score(c: Any) -> float:
            distance = min(haversine_km(c.lat, c.lon, p.lat, p.lon) for p in near)
            return distance / 1000 - math.log10((c.population or 1) / top + 1e-6) / 2

        return place_from_entry(min(candidates, key=score))
    return place_from_entry(candidates[0])


def default_geocoder() -> Geocode:
    """``itinerary.geocoding.resolve`` (ranked in context) when available, else a plain gazetteer lookup."""
    try:
        from itinerary import geocoding
    except ImportError:
        return gazetteer_geocode
    resolve = getattr(geocoding, "resolve", None)
    context_type = getattr(geocoding, "Context", None)
    if resolve is None or context_type is None:
        return gazetteer_geocode

    def geocode(name: str, near: Sequence[Place]) -> Place | None:
        codes = {p.country_code: 0.3 for p in near if p.country_code}
        try:
            context = context_type(near=(near[0].lat, near[0].lon) if near else None, country_codes=codes)
            found = resolve(name, context)
        except (TypeError, ItineraryError):
            return gazetteer_geocode(name, near)
        return None if found is None else place_from_entry(found)

    return geocode


# --- the table back to an itinerary --------------------------------------------------------------

def itinerary_from_table(
    table: pd.DataFrame | Sequence[Mapping[str, Any]], base: Itinerary, geocode: Geocode | None = None,
) -> EditResult:
    """The itinerary the edited table describes, and a message for every row that needed one."""
    originals = {s.seq: s for s in base.stops}
    records = _records(table)
    messages: list[str] = []
    keyed: list[tuple[tuple[float, int, int], Stop, Mapping[str, Any]]] = []
    pending: list[tuple[int, Mapping[str, Any], Stop | None]] = []
    for pos, rec in enumerate(records):
        row_id = _number(rec.get("row"))
        orig = originals.get(int(row_id)) if row_id is not None else None
        pending.append((pos, rec, orig))

    # neighbours for geocoding: the places of the rows that keep theirs, in table order
    kept = [o.place if o is not None and _text(rec.get("place")) == o.place.name else None for _, rec, o in pending]

    for pos, rec, orig in pending:
        label = f"row {pos + 1}"
        name = _text(rec.get("place"))
        if not name:
            if orig is not None or any(_text(rec.get(c)) for c in ("event", "venue")):
                messages.append(f"{label}: no place given, so it is left out")
            continue
        place = _place_for(rec, orig, name, label, kept, pos, geocode, messages)
        if place is None:
            continue
        start, end = _date(rec.get("start")), _date(rec.get("end"))
        if start and end and start > end:
            messages.append(f"{label} ({name}): the start {start} was after the end {end}; swapped them")
            start, end = end, start
        status_raw = _text(rec.get("status"))
        status = cast(Status, status_raw if status_raw in STATUSES else (orig.status if orig else "visited"))
        fields: dict[str, Any] = dict(place=place, start=start, end=end, status=status,
                                      event=_opt_text(rec.get("event")), venue=_opt_text(rec.get("venue")))
        try:
            if orig is not None and all(getattr(orig, k) == v for k, v in fields.items()):
                stop = orig  # unchanged (the common case: no new objects for a long trip)
            elif orig is not None:
                stop = dataclasses.replace(orig, **fields)
            else:
                stop = Stop(seq=1, confidence=1.0, **fields)
        except ItineraryError as exc:
            messages.append(f"{label} ({name}): {exc}")
            continue
        order = _number(rec.get("#"))
        moved = orig is not None and order is not None and order != orig.seq
        keyed.append(((order if order is not None else math.inf, 0 if moved else 1, pos), stop, rec))
    keyed.sort(key=lambda item: item[0])
    return EditResult(base.with_stops(stop for _, stop, _ in keyed), tuple(messages))


def _place_for(rec: Mapping[str, Any], orig: Stop | None, name: str, label: str, kept: Sequence[Place | None],
               pos: int, geocode: Geocode | None, messages: list[str]) -> Place | None:
    lat, lon = _number(rec.get("lat")), _number(rec.get("lon"))
    typed = lat is not None and lon is not None and (
        orig is None or (round(lat, 5), round(lon, 5)) != (round(orig.place.lat, 5), round(orig.place.lon, 5))
    )
    if orig is not None and name == orig.place.name and not typed:
        return orig.place
    if typed:
        assert lat is not None and lon is not None
        base = orig.place if orig is not None and name == orig.place.name else None
        try:
            return Place(name=name, country=base.country if base else None,
                         country_code=base.country_code if base else None, lat=lat, lon=lon,
                         kind=base.kind if base else "city")
        except ItineraryError as exc:
            messages.append(f"{label} ({name}): {exc}")
            return orig.place if orig is not None else None
    near = [p for p in (_nearest(kept, pos, -1), _nearest(kept, pos, 1)) if p is not None]
    found = (geocode or default_geocoder())(name, near)
    if found is None:
        if orig is not None:
            messages.append(f"{label}: no place called {name!r} is known; it stays at {orig.place.name}'s position "
                            f"(type its lat and lon to place it)")
            try:
                return dataclasses.replace(orig.place, name=name)
            except ItineraryError:
                return orig.place
        messages.append(f"{label}: no place called {name!r} is known; type its lat and lon to add it")
        return None
    return found


def _nearest(kept: Sequence[Place | None], pos: int, step: int) -> Place | None:
    i = pos + step
    while 0 <= i < len(kept):
        if kept[i] is not None:
            return kept[i]
        i += step
    return None
