"""CSV and JSON: the two exports that read back into an equal itinerary.

CSV layout — one row per stop, with every field of the JSON stop; the itinerary's own fields
(traveler, published, source, warnings) are repeated on each row so any row can be read alone.
An itinerary without stops is one row holding only those fields (``seq`` empty).

- ``evidence_span`` is two numeric columns, ``evidence_start`` and ``evidence_end``.
- ``people`` is joined with ``"; "`` and ``warnings`` with a line break; inside an item a backslash
  escapes ``\\``, ``;`` and the line break, so names holding "; " still read back exactly.
- Text cells that a spreadsheet would run as a formula (first character ``=``, ``+``, ``-``, ``@``,
  tab or carriage return, possibly after apostrophes) get one ``'`` in front; :func:`read_csv` takes
  exactly that one off. Numeric, date and code columns are never touched, so a longitude of -3.7
  stays a number.
- UTF-8 with a byte-order mark, so spreadsheet programs read accents right; ``read_csv`` accepts
  the file with or without it.

A blank cell cannot say whether a value was empty or missing: empty optional text (an empty source
title, say) reads back as ``None``, and a list of one empty string as an empty list.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable
from typing import Any, cast

from itinerary.errors import ValidationError
from itinerary.model import (
    Itinerary,
    Place,
    PlaceKind,
    Source,
    Status,
    Stop,
    from_json,
    to_json,
)

STOP_COLUMNS = (
    "seq", "place", "country", "country_code", "lat", "lon", "kind", "venue", "event", "people",
    "start", "end", "status", "evidence", "evidence_start", "evidence_end", "confidence",
)
ITINERARY_COLUMNS = ("traveler", "published", "source_title", "source_url", "source_path", "warnings")
COLUMNS = STOP_COLUMNS + ITINERARY_COLUMNS

# Columns holding free text: only these are neutralised (numbers, dates and codes never are).
TEXT_COLUMNS = frozenset({
    "place", "country", "venue", "event", "people", "evidence",
    "traveler", "source_title", "source_url", "source_path", "warnings",
})
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

_PEOPLE_SEP = "; "
_WARNINGS_SEP = "\n"


# --- formula neutralisation ---------------------------------------------------------------------

def neutralise(cell: str) -> str:
    """Prefix ``'`` when the cell, after any leading apostrophes, starts like a formula.

    Looking past apostrophes keeps the mapping reversible: "'=x" becomes "''=x", and
    "'s-Hertogenbosch" (no formula after the apostrophe) is left alone.
    """
    return "'" + cell if cell.lstrip("'").startswith(FORMULA_STARTS) else cell


def unneutralise(cell: str) -> str:
    """Undo :func:`neutralise` exactly."""
    if cell.startswith("'") and cell.lstrip("'").startswith(FORMULA_STARTS):
        return cell[1:]
    return cell


# --- lists in one cell --------------------------------------------------------------------------

def join_items(items: Iterable[str], sep: str) -> str:
    def esc(item: str) -> str:
        return item.replace("\\", "\\\\").replace(sep[0], "\\" + sep[0])

    return sep.join(esc(i) for i in items)


def split_items(cell: str, sep: str) -> tuple[str, ...]:
    if cell == "":
        return ()
    items: list[str] = []
    current: list[str] = []
    i = 0
    while i < len(cell):
        ch = cell[i]
        if ch == "\\" and i + 1 < len(cell):
            current.append(cell[i + 1])
            i += 2
        elif cell.startswith(sep, i):
            items.append("".join(current))
            current = []
            i += len(sep)
        else:
            current.append(ch)
            i += 1
    items.append("".join(current))
    return tuple(items)


# --- writing ------------------------------------------------------------------------------------

def _text(value: str | None) -> str:
    return "" if value is None else value


def _itinerary_cells(it: Itinerary) -> dict[str, Any]:
    return {
        "traveler": _text(it.traveler),
        "published": it.published.isoformat() if it.published else "",
        "source_title": _text(it.source.title),
        "source_url": _text(it.source.url),
        "source_path": _text(it.source.path),
        "warnings": join_items(it.warnings, _WARNINGS_SEP),
    }


def _stop_cells(s: Stop) -> dict[str, Any]:
    p = s.place
    span = s.evidence_span
    return {
        "seq": s.seq,
        "place": p.name,
        "country": _text(p.country),
        "country_code": _text(p.country_code),
        "lat": repr(float(p.lat)),
        "lon": repr(float(p.lon)),
        "kind": p.kind,
        "venue": _text(s.venue),
        "event": _text(s.event),
        "people": join_items(s.people, _PEOPLE_SEP),
        "start": s.start.isoformat() if s.start else "",
        "end": s.end.isoformat() if s.end else "",
        "status": s.status,
        "evidence": s.evidence,
        "evidence_start": span[0] if span else "",
        "evidence_end": span[1] if span else "",
        "confidence": repr(float(s.confidence)),
    }


def export_csv(it: Itinerary) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    meta = _itinerary_cells(it)
    rows = [{**_stop_cells(s), **meta} for s in it.stops] or [{**dict.fromkeys(STOP_COLUMNS, ""), **meta}]
    for row in rows:
        writer.writerow({k: neutralise(v) if k in TEXT_COLUMNS else v for k, v in row.items()})
    return out.getvalue().encode("utf-8-sig")


# --- reading ------------------------------------------------------------------------------------

def _number(row: dict[str, str], key: str, row_no: int) -> float:
    try:
        return float(row[key])
    except ValueError:
        raise ValidationError(f"CSV row {row_no}: {key} must be a number; got {row[key]!r}") from None


def _integer(row: dict[str, str], key: str, row_no: int) -> int:
    try:
        return int(row[key])
    except ValueError:
        raise ValidationError(f"CSV row {row_no}: {key} must be a whole number; got {row[key]!r}") from None


def _optional(cell: str) -> str | None:
    return cell if cell != "" else None


def _date(cell: str, what: str) -> dt.date | None:
    if cell == "":
        return None
    try:
        return dt.date.fromisoformat(cell)
    except ValueError:
        raise ValidationError(f"{what} must be a date (YYYY-MM-DD); got {cell!r}") from None


def _read_stop(row: dict[str, str], row_no: int) -> Stop:
    span = None
    if row["evidence_start"] != "" or row["evidence_end"] != "":
        span = (_integer(row, "evidence_start", row_no), _integer(row, "evidence_end", row_no))
    place = Place(
        name=row["place"],
        country=_optional(row["country"]),
        country_code=_optional(row["country_code"]),
        lat=_number(row, "lat", row_no),
        lon=_number(row, "lon", row_no),
        kind=cast(PlaceKind, row["kind"] or "city"),
    )
    return Stop(
        seq=_integer(row, "seq", row_no),
        place=place,
        venue=_optional(row["venue"]),
        event=_optional(row["event"]),
        people=split_items(row["people"], _PEOPLE_SEP),
        start=_date(row["start"], f"CSV row {row_no}: start"),
        end=_date(row["end"], f"CSV row {row_no}: end"),
        status=cast(Status, row["status"] or "visited"),
        evidence=row["evidence"],
        evidence_span=span,
        confidence=_number(row, "confidence", row_no) if row["confidence"] != "" else 0.5,
    )


def read_csv(data: bytes | str) -> Itinerary:
    """Read back what :func:`export_csv` wrote (the itinerary's fields come from the first row)."""
    text = data.decode("utf-8-sig") if isinstance(data, bytes) else data.removeprefix("\ufeff")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    missing = [c for c in COLUMNS if c not in (reader.fieldnames or ())]
    if missing:
        raise ValidationError(f"not an itinerary CSV: missing columns {', '.join(missing)}")
    rows = [{k: unneutralise(v) if k in TEXT_COLUMNS else v for k, v in row.items() if k in COLUMNS}
            for row in reader]
    if any(None in r.values() for r in rows):
        raise ValidationError("not an itinerary CSV: a row has fewer cells than the header")
    if not rows:
        return Itinerary()
    first = rows[0]
    stop_rows = [(n, r) for n, r in enumerate(rows, start=2) if r["seq"] != ""]
    return Itinerary(
        traveler=_optional(first["traveler"]),
        source=Source(
            title=_optional(first["source_title"]),
            url=_optional(first["source_url"]),
            path=_optional(first["source_path"]),
        ),
        published=_date(first["published"], "CSV published"),
        stops=tuple(_read_stop(r, n) for n, r in stop_rows),
        warnings=split_items(first["warnings"], _WARNINGS_SEP),
    )


# --- JSON ---------------------------------------------------------------------------------------

def export_json(it: Itinerary) -> bytes:
    """The model's JSON (schema 1), indented as ``itinerary parse --format json`` prints it."""
    return (to_json(it, indent=2) + "\n").encode("utf-8")


def read_json(data: bytes | str) -> Itinerary:
    return from_json(data)
