"""Reading stories: files, standard input, raw bytes and HTML pages, with limits.

Everything here turns user input into a :class:`Document` (text plus what is known
about it) or raises an :class:`~itinerary.errors.InputError` whose message can be shown
to the user as it is.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from itinerary.errors import BinaryInputError, EmptyInputError, InputError, InputTooLargeError
from itinerary.model import Source

#: Default size limit for one story, in bytes; override with ITINERARY_MAX_BYTES.
DEFAULT_MAX_BYTES = 2_000_000
TEXT_SUFFIXES = (".txt", ".md", ".html", ".htm")
HTML_SUFFIXES = (".html", ".htm")


def max_bytes() -> int:
    raw = os.environ.get("ITINERARY_MAX_BYTES")
    if raw is None:
        return DEFAULT_MAX_BYTES
    try:
        value = int(raw)
    except ValueError:
        raise InputError(f"ITINERARY_MAX_BYTES must be a whole number of bytes; got {raw!r}") from None
    if value <= 0:
        raise InputError(f"ITINERARY_MAX_BYTES must be positive; got {raw!r}")
    return value


@dataclass(frozen=True, slots=True)
class Document:
    """A story ready for extraction."""

    text: str
    source: Source = Source()
    published: dt.date | None = None


def _human(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 100_000 else f"{n:,} bytes"


def check_size(n: int, name: str, limit: int | None = None) -> None:
    limit = max_bytes() if limit is None else limit
    if n > limit:
        raise InputTooLargeError(f"{name} is {_human(n)}, over the limit of {_human(limit)}")


def decode_bytes(data: bytes, name: str = "input") -> str:
    """Decode bytes as text: UTF-8 (with or without BOM) first, then a detected encoding."""
    check_size(len(data), name)
    if not data.strip():
        raise EmptyInputError(f"{name} is empty")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    sample = data[:4096]
    if b"\x00" in sample or _looks_binary(sample):
        raise BinaryInputError(f"{name} is not text (it looks like a binary file)")
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise BinaryInputError(f"{name} is not text in any encoding that could be detected")
    return str(best)


def _looks_binary(sample: bytes) -> bool:
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return control > max(8, len(sample) // 20)


_TAG = re.compile(rb"<\s*(html|body|p|div|article|head|!doctype)\b", re.I)


def looks_like_html(text: str) -> bool:
    return bool(_TAG.search(text[:5000].encode("utf-8", "ignore")))


def html_to_document(html: str, source: Source = Source()) -> Document:
    """The article text of an HTML page, with its title and date when the page gives them."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_recall=True) or ""
    meta = trafilatura.extract_metadata(html)
    title = getattr(meta, "title", None) if meta is not None else None
    published = None
    raw_date = getattr(meta, "date", None) if meta is not None else None
    if raw_date:
        try:
            published = dt.date.fromisoformat(str(raw_date)[:10])
        except ValueError:
            published = None
    if not text.strip():
        raise EmptyInputError(f"no article text found in the HTML page {source.path or source.url or ''}".strip())
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    return Document(text=text, source=Source(title=title or source.title, url=source.url, path=source.path),
                    published=published)


def document_from_bytes(data: bytes, name: str = "input", source: Source = Source()) -> Document:
    text = decode_bytes(data, name)
    if not text.strip():
        raise EmptyInputError(f"{name} holds only whitespace")
    if name.lower().endswith(HTML_SUFFIXES) or looks_like_html(text):
        return html_to_document(text, source)
    return Document(text=text, source=source)


def guess_title(text: str) -> str | None:
    """Line 1 when it reads as a headline: short, followed by a blank line, no final period."""
    head, sep, _ = text.lstrip().partition("\n")
    head = head.strip()
    if sep and 3 <= len(head) <= 200 and not head.endswith((".", "”", '"')) and text.lstrip()[len(head):].startswith(("\n\n", "\r\n\r\n", "\n \n")):
        return head
    return None


def read_sidecar(path: Path) -> dict[str, object]:
    """Metadata stored beside an article as ``<stem>.json`` (title, published, url), if any."""
    meta = path.with_suffix(".json")
    if not meta.is_file() or meta == path:
        return {}
    try:
        data = json.loads(meta.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _str_or_none(value: object) -> str | None:
    return value if isinstance(value, str) else None


def read_path(path: str | os.PathLike[str]) -> Document:
    """Read one article from a file (text, Markdown or HTML) with its sidecar metadata."""
    p = Path(path)
    if p.is_dir():
        raise InputError(f"{str(p)!r} is a directory; give the files in it, or the directory to 'parse'")
    try:
        size = p.stat().st_size
    except FileNotFoundError:
        raise InputError(f"no such file: {str(p)!r}") from None
    except OSError as exc:
        raise InputError(f"cannot read {str(p)!r}: {exc.strerror or exc}") from None
    check_size(size, repr(str(p)))
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {str(p)!r}: {exc.strerror or exc}") from None
    meta = read_sidecar(p)
    title = _str_or_none(meta.get("title"))
    url = _str_or_none(meta.get("url"))
    doc = document_from_bytes(data, repr(str(p)), Source(title=title, url=url, path=str(p)))
    published = doc.published
    raw = meta.get("published")
    if isinstance(raw, str):
        with contextlib.suppress(ValueError):
            published = dt.date.fromisoformat(raw)
    title = doc.source.title or guess_title(doc.text)
    return Document(text=doc.text, source=Source(title=title, url=url, path=str(p)), published=published)


def expand_paths(paths: list[str]) -> list[str]:
    """Directories become the article files in them (sorted); files and '-' pass through."""
    out: list[str] = []
    for raw in paths:
        p = Path(raw)
        if raw != "-" and p.is_dir():
            found = sorted(str(c) for c in p.iterdir() if c.is_file() and c.suffix.lower() in TEXT_SUFFIXES)
            if not found:
                raise InputError(f"no article files ({', '.join(TEXT_SUFFIXES)}) in the directory {raw!r}")
            out.extend(found)
        else:
            out.append(raw)
    return out
