"""The dashboard's state and inputs, kept out of ``app.py`` and free of Streamlit.

One value, :class:`Trip`, is all the session holds about the itinerary: the extracted original
(with the text it came from and the place mentions) and an edit generation (a new generation
resets the editor). The current itinerary is derived from it and the editor's table on every run.
Selection events from the map and the timeline are turned into a stop number here.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib.resources
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from itinerary.model import Itinerary, Source
from itinerary.sources import Document, document_from_bytes, guess_title, read_path

UPLOAD_TYPES = ("txt", "md", "html", "htm")
DEFAULT_SAMPLE = "austin_oct2024.txt"


@dataclass(frozen=True, slots=True)
class Trip:
    """The extracted itinerary, what it was extracted from, and the editor generation."""

    text: str
    itinerary: Itinerary
    mentions: tuple[Any, ...] = ()
    input_key: str = ""
    generation: int = 0

    def reset(self) -> Trip:
        """The same trip with a fresh editor (every edit dropped)."""
        return replace(self, generation=self.generation + 1)

    @property
    def editor_key(self) -> str:
        return f"editor-{self.input_key[:12]}-{self.generation}"


def input_key(text: str, published: dt.date | None, traveler: str | None) -> str:
    h = hashlib.sha256(text.encode("utf-8", "surrogatepass"))
    h.update(f"\x00{published}\x00{traveler or ''}".encode())
    return h.hexdigest()


def text_id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


# --- inputs --------------------------------------------------------------------------------------

def samples_dir() -> Path:
    return Path(str(importlib.resources.files("itinerary.data.samples")))


def list_samples() -> list[str]:
    """The sample articles shipped with the package, the default first."""
    names = sorted(p.name for p in samples_dir().iterdir() if p.suffix in (".txt", ".md", ".html", ".htm"))
    if DEFAULT_SAMPLE in names:
        names.remove(DEFAULT_SAMPLE)
        names.insert(0, DEFAULT_SAMPLE)
    return names


def sample_title(name: str) -> str:
    from itinerary.sources import read_sidecar

    meta = read_sidecar(samples_dir() / name)
    title = meta.get("title")
    return title if isinstance(title, str) else name


def load_sample(name: str) -> Document:
    if name not in list_samples():
        from itinerary.errors import InputError

        raise InputError(f"no sample called {name!r}; choose one of {', '.join(list_samples())}")
    return read_path(samples_dir() / name)


def document_from_upload(data: bytes, name: str) -> Document:
    """An uploaded file through the same checks as the CLI (size, encoding, HTML)."""
    doc = document_from_bytes(data, repr(name), Source(path=name))
    title = doc.source.title or guess_title(doc.text)
    return Document(doc.text, Source(title=title, url=doc.source.url, path=name), doc.published)


def document_from_paste(text: str) -> Document:
    doc = document_from_bytes(text.encode("utf-8", "surrogatepass"), "the pasted text")
    return Document(doc.text, Source(title=doc.source.title or guess_title(doc.text)), doc.published)


def fetch_available() -> bool:
    try:
        from itinerary import fetch
    except ImportError:
        return False
    return hasattr(fetch, "fetch_document")


def document_from_url(url: str) -> Document:
    from itinerary.fetch import fetch_document

    doc: Document = fetch_document(url)
    return doc


# --- selection -----------------------------------------------------------------------------------

_LABEL = re.compile(r"^\s*(\d+)\.\s")


def seq_from_label(label: object, n_stops: int) -> int | None:
    """The stop number in a marker's ``"N. Place"`` tooltip, if it is a stop of the trip."""
    if not isinstance(label, str):
        return None
    m = _LABEL.match(label)
    if not m:
        return None
    seq = int(m.group(1))
    return seq if 1 <= seq <= n_stops else None


def seq_from_map(value: Mapping[str, Any] | None, n_stops: int) -> int | None:
    """The stop a map click selected (``st_folium``'s returned value)."""
    if not value:
        return None
    return seq_from_label(value.get("last_object_clicked_tooltip"), n_stops)


def seq_from_timeline(event: Any, n_stops: int) -> int | None:
    """The stop a timeline click selected (``st.plotly_chart``'s selection event)."""
    try:
        points = event["selection"]["points"]
    except (KeyError, TypeError):
        points = getattr(getattr(event, "selection", None), "points", None)
    for point in points or ():
        data = point.get("customdata") if isinstance(point, Mapping) else None
        if data:
            try:
                seq = int(data[0])
            except (TypeError, ValueError, IndexError):
                continue
            if 1 <= seq <= n_stops:
                return seq
    return None
