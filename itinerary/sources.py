"""Reading stories: files, standard input, raw bytes, pasted text and HTML pages, with limits.

Everything here turns user input into a :class:`Document` (text plus what is known
about it) or raises an :class:`~itinerary.errors.InputError` whose message fits on one
line and can be shown to the user as it is:

- size: over :func:`max_bytes` (``ITINERARY_MAX_BYTES``, default 2 MB) is refused before
  more than the limit is read, even from a pipe or a device;
- empty, whitespace-only, or no letters or digits at all;
- binary files (images, archives, PDF, office documents, executables) are named as such;
- encodings: UTF-8 (with or without BOM), UTF-16/32 (BOM, or UTF-16 told from its zero
  bytes), Windows-1252/Latin-1 for Western text, and whatever charset-normalizer detects
  (Shift-JIS, Windows-1251, ...);
- the decoded text is made safe for every output: newlines are ``\\n``, control characters,
  lone surrogates and Unicode non-characters are dropped, and the text is NFC-normalised.
"""

from __future__ import annotations

import codecs
import contextlib
import datetime as dt
import json
import os
import re
import unicodedata
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import BinaryIO

from itinerary.errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingInputError,
    InputError,
    InputTooLargeError,
)
from itinerary.model import Source

#: Default size limit for one story, in bytes; override with ITINERARY_MAX_BYTES.
DEFAULT_MAX_BYTES = 2_000_000
#: Sidecar metadata files (``<stem>.json``) larger than this are ignored.
SIDECAR_MAX_BYTES = 64_000
#: Titles longer than this are cut (with an ellipsis) wherever they come from.
TITLE_MAX_CHARS = 300
TEXT_SUFFIXES = (".txt", ".md", ".html", ".htm")
HTML_SUFFIXES = (".html", ".htm")


def max_bytes() -> int:
    """The size limit for one story: ``ITINERARY_MAX_BYTES`` or :data:`DEFAULT_MAX_BYTES`."""
    raw = os.environ.get("ITINERARY_MAX_BYTES")
    if raw is None or not raw.strip():
        return DEFAULT_MAX_BYTES
    try:
        value = int(raw.strip().replace("_", ""))
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


def read_stream(stream: BinaryIO, name: str, limit: int | None = None) -> bytes:
    """Read a stream (standard input, a pipe, an upload), refusing it once it passes the limit.

    At most ``limit + 1`` bytes are read, so an endless stream costs no more than the limit.
    """
    limit = max_bytes() if limit is None else limit
    chunks: list[bytes] = []
    total = 0
    while total <= limit:
        chunk = stream.read(min(1 << 16, limit + 1 - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    if total > limit:
        raise InputTooLargeError(f"{name} is over the limit of {_human(limit)}")
    return b"".join(chunks)


# --- binary files ------------------------------------------------------------------------------

#: (magic bytes at offset 0, what the file is). Checked before any decoding.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a Word, Excel, OpenDocument or EPUB file)"),
    (b"PK\x05\x06", "a ZIP archive"),
    (b"PK\x07\x08", "a ZIP archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (b"{\\rtf", "an RTF document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"(\xb5/\xfd", "a zstd archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "an executable (ELF)"),
    (b"\xcf\xfa\xed\xfe", "an executable (Mach-O)"),
    (b"\xce\xfa\xed\xfe", "an executable (Mach-O)"),
    (b"\xca\xfe\xba\xbe", "an executable or Java class file"),
    (b"\x00asm", "a WebAssembly module"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"OggS", "an Ogg audio or video file"),
    (b"fLaC", "a FLAC audio file"),
    (b"ID3", "an MP3 audio file"),
    (b"\x1aE\xdf\xa3", "a Matroska or WebM video"),
)


def _binary_kind(data: bytes) -> str | None:
    """What a binary file is, from its first bytes, or None when it may be text."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    head = data[:16]
    if head[:4] == b"RIFF" and head[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return {b"WEBP": "a WebP image", b"WAVE": "a WAV audio file", b"AVI ": "an AVI video"}[head[8:12]]
    if head[4:8] == b"ftyp":
        return "an MP4 or QuickTime video (or a HEIC image)"
    if head[:2] == b"MZ" and b"\x00" in data[:64]:
        return "a Windows executable"
    return None


def _control_count(sample: bytes) -> int:
    return sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))


def _looks_binary(sample: bytes) -> bool:
    return _control_count(sample) > max(8, len(sample) // 20)


# --- decoding ----------------------------------------------------------------------------------

_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\xff\xfe", "utf-16-le"),
)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a byte-order mark, told by zero bytes in every other position."""
    sample = data[:8192]
    sample = sample[: len(sample) // 2 * 2]
    if len(sample) < 8:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.3 * half and even < 0.02 * half:
        encoding = "utf-16-le"
    elif even > 0.3 * half and odd < 0.02 * half:
        encoding = "utf-16-be"
    else:
        return None
    try:
        return data[: len(data) // 2 * 2].decode(encoding)
    except UnicodeDecodeError:
        return None


_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f\s]{3,}")
_INSIDE_WORD = re.compile(r"(?<=[^\W\d_])([^\x00-\x7f’‘])(?=[^\W\d_])")
_NOT_ASCII_LETTER = re.compile(rb"[^A-Za-z]+")
_HIGH_BYTES = bytes(range(128, 256))


def _western(data: bytes) -> str | None:
    """Windows-1252 (the superset of Latin-1 that browsers use) when the text reads as Western:
    mostly ASCII letters with the odd accented letter or typographic sign.

    charset-normalizer guesses Baltic or Central European code pages for short Western
    texts, so this common case is settled first; Cyrillic, Greek or Japanese bytes give
    runs of non-ASCII characters and fall through to the detector.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    ascii_letters = len(_NOT_ASCII_LETTER.sub(b"", data))
    non_ascii = len(data) - len(data.translate(None, _HIGH_BYTES))
    if non_ascii == 0 or non_ascii > 0.4 * ascii_letters or _NON_ASCII_RUN.search(text):
        return None
    return text if _plausible(text) else None


def _plausible(text: str) -> bool:
    """False when a sign sits inside a word (``Wa³êsa``): a letter of another code page."""
    return all(unicodedata.category(m.group(1))[0] == "L" for m in _INSIDE_WORD.finditer(text))


def decode_bytes(data: bytes, name: str = "input", *, limit: int | None = None, encoding: str | None = None) -> str:
    """Decode bytes as text and clean it (see :func:`clean_text`).

    ``encoding`` is what the bytes are said to be (an HTTP charset); a byte-order mark or
    valid UTF-8 wins over it, and when it is unknown or wrong the encoding is detected.

    Raises :class:`InputTooLargeError`, :class:`EmptyInputError`, :class:`BinaryInputError`
    or :class:`EncodingInputError` with a one-line message naming ``name``.
    """
    check_size(len(data), name, limit)
    if not data:
        raise EmptyInputError(f"{name} is empty")
    kind = _binary_kind(data)
    if kind is not None:
        raise BinaryInputError(f"{name} is not text: it looks like {kind}")
    text = _decode(data, name, encoding)
    return _require_words(clean_text(text), name)


def _declared(data: bytes, encoding: str | None) -> str | None:
    if not encoding:
        return None
    try:
        codecs.lookup(encoding)
        return data.decode(encoding)
    except (LookupError, UnicodeError):
        return None


def _decode(data: bytes, name: str, encoding: str | None = None) -> str:
    for bom, bom_encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(bom_encoding)
            except UnicodeDecodeError:
                label = bom_encoding.upper()
                raise EncodingInputError(f"{name} starts with a {label} byte-order mark but is not valid {label}") from None
    sample = data[:8192]
    if b"\x00" in sample:
        text = _utf16_without_bom(data)
        if text is not None:
            return text
    if _looks_binary(sample):
        raise BinaryInputError(f"{name} is not text (it looks like a binary file)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = _declared(data, encoding) or _western(data)
    if text is not None:
        return text
    from charset_normalizer import from_bytes

    matches = from_bytes(data)
    best = next((m for m in matches if _plausible(str(m))), None) or matches.best()
    if best is None:
        raise EncodingInputError(f"{name} is not UTF-8 and its text encoding could not be detected; save it as UTF-8")
    return str(best)


# C0 controls except tab and newline, DEL, C1 controls, lone surrogates, non-characters.
_DROP = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff"
    "\U0001fffe\U0001ffff\U0002fffe\U0002ffff\U0003fffe\U0003ffff\U000efffe\U000effff"
    "\U000ffffe\U000fffff\U0010fffe\U0010ffff]"
)
# Every other line break (CR LF, CR, VT, FF, NEL, LS, PS) becomes a plain newline.
_BREAKS = re.compile("\r\n?|[\x0b\x0c\x85\u2028\u2029]")


def clean_text(text: str) -> str:
    """Text that every output can carry: ``\\n`` newlines, no control characters (tab and
    newline aside), no lone surrogates or non-characters, no byte-order mark, NFC form."""
    text = _BREAKS.sub("\n", text)
    text = _DROP.sub("", text)
    text = text.replace("\ufeff", "")
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return text


def _require_words(text: str, name: str) -> str:
    if not text.strip():
        raise EmptyInputError(f"{name} is empty" if not text else f"{name} holds only whitespace")
    if not any(ch.isalnum() for ch in text):
        raise EmptyInputError(f"{name} holds no words (no letters or digits)")
    return text


def clean_title(title: str | None) -> str | None:
    """A title on one line, without control characters, at most :data:`TITLE_MAX_CHARS` long."""
    if title is None:
        return None
    title = " ".join(clean_text(title).split())
    if len(title) > TITLE_MAX_CHARS:
        title = title[: TITLE_MAX_CHARS - 1].rstrip() + "…"
    return title or None


# --- HTML --------------------------------------------------------------------------------------

_HTML_START = re.compile(r"\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|\?xml)\b", re.I | re.S)
_TAG = re.compile(r"<\s*(html|body|p|div|article|head|!doctype)\b", re.I)


def looks_like_html(text: str) -> bool:
    """True for a whole HTML page: it starts with a tag and holds HTML structure.

    Plain text that merely quotes a tag (``<p>`` or ``<script>`` in an article) stays text.
    """
    head = text[:5000]
    return bool(_HTML_START.match(head)) or (head.lstrip().startswith("<") and bool(_TAG.search(head)))


class _TextOnly(HTMLParser):
    """The visible text of any HTML, however deep or broken (a fallback for trafilatura)."""

    SKIP = frozenset({"script", "style", "noscript", "template", "head", "title", "svg", "math", "iframe", "object"})
    BLOCK = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "article", "section",
                       "blockquote", "pre", "header", "footer", "table", "ul", "ol", "dd", "dt"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.skipping is None and tag in self.SKIP:
            self.skipping = tag
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == self.skipping:
            self.skipping = None
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.skipping is None:
            self.parts.append(data)

    def text(self) -> str:
        lines = (" ".join(line.split()) for line in "".join(self.parts).split("\n"))
        return "\n".join(line for line in lines if line)


def _plain_text_of(html: str) -> str:
    parser = _TextOnly()
    try:
        parser.feed(html)
        parser.close()
    except (AssertionError, ValueError):  # html.parser's complaints about malformed markup
        pass
    return parser.text()


def html_to_document(html: str, source: Source = Source()) -> Document:
    """The article text of an HTML page, with its title and date when the page gives them.

    trafilatura finds the article; when it finds nothing (a page too deep for lxml, or
    with no recognisable article), the visible text of the page is used instead.
    """
    import trafilatura

    text = ""
    meta = None
    try:
        text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_recall=True) or ""
        meta = trafilatura.extract_metadata(html)
    except (ValueError, TypeError, RecursionError, MemoryError):
        text, meta = "", None
    if not text.strip():
        text = _plain_text_of(html)
    title = clean_title(getattr(meta, "title", None) if meta is not None else None)
    published = None
    raw_date = getattr(meta, "date", None) if meta is not None else None
    if raw_date:
        with contextlib.suppress(ValueError):
            published = dt.date.fromisoformat(str(raw_date)[:10])
    text = clean_text(text)
    if not text.strip():
        where = source.path or source.url
        raise EmptyInputError(f"no article text found in the HTML page {where!r}" if where
                              else "no article text found in the HTML page")
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    return Document(text=text, source=Source(title=title or clean_title(source.title), url=source.url,
                                             path=source.path), published=published)


# --- documents ---------------------------------------------------------------------------------

def document_from_bytes(data: bytes, name: str = "input", source: Source = Source(), *,
                        limit: int | None = None) -> Document:
    """A document from raw bytes (a file's content, standard input, an upload)."""
    text = decode_bytes(data, name, limit=limit)
    named = (source.path or name.strip("'\"")).lower()
    if named.endswith(HTML_SUFFIXES) or looks_like_html(text):
        return html_to_document(text, source)
    return Document(text=text, source=source)


def document_from_text(text: str, name: str = "the pasted text", source: Source = Source(), *,
                       limit: int | None = None) -> Document:
    """A document from text already decoded (pasted into the dashboard, say), checked and cleaned
    like any file: the size limit applies to its UTF-8 form."""
    check_size(len(text.encode("utf-8", "surrogatepass")), name, limit)
    text = _require_words(clean_text(text), name)
    if looks_like_html(text):
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
    if meta == path:
        return {}
    try:
        if not meta.is_file() or meta.stat().st_size > SIDECAR_MAX_BYTES:
            return {}
        data = json.loads(meta.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return {}
    return data if isinstance(data, dict) else {}


def _str_or_none(value: object) -> str | None:
    return value if isinstance(value, str) else None


def read_path(path: str | os.PathLike[str], *, limit: int | None = None) -> Document:
    """Read one article from a file (text, Markdown or HTML) with its sidecar metadata.

    The size is checked before reading, and the read itself stops past the limit, so a
    device or a named pipe (``/dev/zero``, ``<(yes)``) cannot make it read forever.
    """
    p = Path(path)
    shown = repr(str(p))
    if p.is_dir():
        raise InputError(f"{shown} is a directory; give the files in it, or the directory to 'parse'")
    try:
        size = p.stat().st_size
    except FileNotFoundError:
        raise InputError(f"no such file: {shown}") from None
    except OSError as exc:
        raise InputError(f"cannot read {shown}: {exc.strerror or exc}") from None
    check_size(size, shown, limit)
    try:
        with p.open("rb") as fh:
            data = read_stream(fh, shown, limit)
    except OSError as exc:
        raise InputError(f"cannot read {shown}: {exc.strerror or exc}") from None
    meta = read_sidecar(p)
    title = clean_title(_str_or_none(meta.get("title")))
    url = _str_or_none(meta.get("url"))
    doc = document_from_bytes(data, shown, Source(title=title, url=url, path=str(p)), limit=limit)
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
            try:
                found = sorted(str(c) for c in p.iterdir() if c.is_file() and c.suffix.lower() in TEXT_SUFFIXES)
            except OSError as exc:
                raise InputError(f"cannot read the directory {raw!r}: {exc.strerror or exc}") from None
            if not found:
                raise InputError(f"no article files ({', '.join(TEXT_SUFFIXES)}) in the directory {raw!r}")
            out.extend(found)
        else:
            out.append(raw)
    return out
