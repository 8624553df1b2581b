"""Reading stories: limits, encodings, binary files, cleaning and HTML (itinerary.sources)."""

from __future__ import annotations

import io
import os
import random
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from itinerary.errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingInputError,
    InputError,
    InputTooLargeError,
)
from itinerary.model import Source
from itinerary.sources import (
    DEFAULT_MAX_BYTES,
    TITLE_MAX_CHARS,
    clean_text,
    clean_title,
    decode_bytes,
    document_from_bytes,
    document_from_text,
    html_to_document,
    looks_like_html,
    max_bytes,
    read_path,
    read_stream,
)

FIXTURES = Path(__file__).parent / "fixtures"
FRENCH = "La ministre s'est rendue à Genève mardi, puis à Zürich. « Déjà vu », a-t-elle déclaré. Ça coûte cher."
GERMAN = "Der Minister Müller flog am Dienstag nach Köln und danach weiter nach Malmö und Göteborg."
JAPANESE = "外務大臣は火曜日にローマを訪問し、その後キーウへ向かった。首脳会談に出席した。"
RUSSIAN = "Министр посетил Киев во вторник, а затем вылетел в Варшаву на переговоры с коллегами."
ENGLISH_1252 = "The minister’s “working trip” — to Köln and Zürich… cost €5,000, aides said."


# --- encodings ----------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (FRENCH, "utf-8"),
        (FRENCH, "utf-8-sig"),
        (FRENCH, "utf-16"),  # with BOM, little-endian here
        (FRENCH, "utf-16-be"),  # no BOM
        (FRENCH, "utf-16-le"),  # no BOM
        (FRENCH, "utf-32"),
        (FRENCH, "latin-1"),
        (GERMAN, "latin-1"),
        (ENGLISH_1252, "cp1252"),
        (JAPANESE, "shift_jis"),
        ("Premier Wałęsa pojechał do Łodzi, a potem do Gdańska na spotkanie.", "cp1250"),
        (RUSSIAN, "cp1251"),
        (RUSSIAN, "utf-16"),
    ],
)
def test_other_encodings_are_decoded(text: str, encoding: str) -> None:
    data = text.encode(encoding)
    if encoding == "utf-16":
        data = b"\xfe\xff" + text.encode("utf-16-be")  # the big-endian BOM too
    assert decode_bytes(data, "story.txt") == text


def test_utf16_little_endian_bom() -> None:
    assert decode_bytes(b"\xff\xfe" + FRENCH.encode("utf-16-le"), "x") == FRENCH


def test_a_declared_charset_is_used_when_utf8_fails() -> None:
    data = "Pánfilo viajó a Łódź.".encode("iso-8859-2")
    assert decode_bytes(data, "x", encoding="iso-8859-2") == "Pánfilo viajó a Łódź."


def test_a_wrong_or_unknown_declared_charset_falls_back_to_detection() -> None:
    assert decode_bytes(FRENCH.encode("utf-8"), "x", encoding="latin-1") == FRENCH  # valid UTF-8 wins
    assert decode_bytes(FRENCH.encode("latin-1"), "x", encoding="no-such-codec") == FRENCH


def test_a_broken_bom_is_a_clear_error() -> None:
    with pytest.raises(EncodingInputError, match="UTF-32-LE byte-order mark but is not valid"):
        decode_bytes(b"\xff\xfe\x00\x00" + b"\x41\x00\x00\x00\xff\xff\xff\xff", "x")


# --- binary files -------------------------------------------------------------------------------

BINARIES = {
    "png": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "a PNG image"),
    "jpeg": (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(200), "a JPEG image"),
    "gif": (b"GIF89a\x01\x00\x01\x00" + bytes(50), "a GIF image"),
    "pdf": (b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n", "a PDF document"),
    "zip": (b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + b"word/document.xml" + bytes(100), "a ZIP archive"),
    "elf": (b"\x7fELF\x02\x01\x01\x00" + bytes(300), "an executable (ELF)"),
    "gzip": (b"\x1f\x8b\x08\x00\x00\x00\x00\x00" + bytes(range(100)), "a gzip archive"),
    "exe": (b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + bytes(100), "a Windows executable"),
    "doc": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "an old Microsoft Office document"),
    "sqlite": (b"SQLite format 3\x00" + bytes(100), "an SQLite database"),
    "webp": (b"RIFF\x24\x00\x00\x00WEBPVP8 " + bytes(30), "a WebP image"),
    "mp4": (b"\x00\x00\x00\x18ftypmp42" + bytes(30), "an MP4"),
}


@pytest.mark.parametrize("kind", sorted(BINARIES))
def test_binary_files_are_named(kind: str) -> None:
    data, said = BINARIES[kind]
    with pytest.raises(BinaryInputError, match=re.escape(f"'f' is not text: it looks like {said}")):
        decode_bytes(data, "'f'")


def test_random_bytes_are_not_text() -> None:
    rng = random.Random(7)
    data = bytes(rng.randrange(256) for _ in range(5000))
    with pytest.raises(BinaryInputError, match="is not text"):
        decode_bytes(data, "noise")


def test_a_few_stray_nul_bytes_in_text_are_dropped() -> None:
    assert decode_bytes(b"Rome\x00 then Kyiv\x00.", "x") == "Rome then Kyiv."


# --- empty and limits ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "x is empty"),
        (b"   \n\t\r\n  ", "x holds only whitespace"),
        ("\u3000\u00a0\n".encode(), "x holds only whitespace"),
        (b"\xef\xbb\xbf", "x is empty"),  # a BOM and nothing else
        (" \n".encode("utf-16"), "x holds only whitespace"),
        ("... --- !!! \u200b\u200b".encode(), "x holds no words"),
    ],
)
def test_empty_input(data: bytes, message: str) -> None:
    with pytest.raises(EmptyInputError, match=message):
        decode_bytes(data, "x")


def test_size_limit_is_configurable(monkeypatch: pytest.MonkeyPatch) -> None:
    assert max_bytes() == DEFAULT_MAX_BYTES
    monkeypatch.setenv("ITINERARY_MAX_BYTES", "1_000")
    assert max_bytes() == 1000
    decode_bytes(b"a" * 1000, "x")
    with pytest.raises(InputTooLargeError, match="x is 1,001 bytes, over the limit of 1,000 bytes"):
        decode_bytes(b"a" * 1001, "x")


@pytest.mark.parametrize("raw", ["lots", "-5", "0", "2.5MB"])
def test_a_bad_limit_setting_is_reported(monkeypatch: pytest.MonkeyPatch, raw: str) -> None:
    monkeypatch.setenv("ITINERARY_MAX_BYTES", raw)
    with pytest.raises(InputError, match="ITINERARY_MAX_BYTES must be"):
        max_bytes()


class _Endless(io.RawIOBase):
    """A stream that never ends, counting what it hands out."""

    def __init__(self) -> None:
        self.given = 0

    def readable(self) -> bool:
        return True

    def readinto(self, b: bytearray) -> int:  # type: ignore[override]
        n = len(b)
        b[:n] = b"a" * n
        self.given += n
        return n


def test_an_endless_stream_is_cut_at_the_limit() -> None:
    stream = _Endless()
    with pytest.raises(InputTooLargeError, match=r"standard input is over the limit of 0\.1 MB"):
        read_stream(stream, "standard input", limit=100_000)  # type: ignore[arg-type]
    assert stream.given <= 100_001


def test_read_stream_returns_what_fits() -> None:
    assert read_stream(io.BytesIO(b"abc" * 10), "x", limit=30) == b"abc" * 10


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_device_is_not_read_forever() -> None:
    with pytest.raises(InputTooLargeError, match="'/dev/zero' is over the limit"):
        read_path("/dev/zero", limit=50_000)


def test_pasted_text_is_limited_by_its_utf8_size() -> None:
    document_from_text("é" * 500, limit=1000)
    with pytest.raises(InputTooLargeError, match="the pasted text is 1,002 bytes"):
        document_from_text("é" * 501, limit=1000)
    with pytest.raises(EmptyInputError, match="the pasted text holds only whitespace"):
        document_from_text(" \n ")


def test_a_huge_sidecar_is_ignored(tmp_path: Path) -> None:
    story = tmp_path / "a.txt"
    story.write_text("Secretary Smith flew to Rome on Tuesday.\n", encoding="utf-8")
    (tmp_path / "a.json").write_text('{"title": "' + "x" * 100_000 + '"}', encoding="utf-8")
    assert read_path(story).source.title is None


def test_a_sidecar_title_is_cleaned(tmp_path: Path) -> None:
    story = tmp_path / "a.txt"
    story.write_text("Secretary Smith flew to Rome on Tuesday.\n", encoding="utf-8")
    (tmp_path / "a.json").write_text('{"title": "Line one\\nline\\u0000two\\u2028", "published": "nope"}')
    doc = read_path(story)
    assert doc.source.title == "Line one linetwo"
    assert doc.published is None


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_file(tmp_path: Path) -> None:
    f = tmp_path / "secret.txt"
    f.write_text("x")
    f.chmod(0)
    with pytest.raises(InputError, match=r"cannot read .*secret\.txt"):
        read_path(f)


# --- cleaning -----------------------------------------------------------------------------------

def test_clean_text_keeps_outputs_safe() -> None:
    raw = "\ufeffRome\r\nKyiv\rWarsaw\x0bBern\x0cOslo\x85Rīga\u2028Vilnius\u2029Tallinn\x00\x1b\x7f\x9f\ud800\uffff\tend"
    assert clean_text(raw) == "Rome\nKyiv\nWarsaw\nBern\nOslo\nRīga\nVilnius\nTallinn\tend"


def test_clean_text_normalises_to_nfc() -> None:
    assert clean_text("Gene\u0300ve") == "Genève"


def test_clean_title() -> None:
    assert clean_title(None) is None
    assert clean_title("  \n ") is None
    assert clean_title("A\n  b\tc") == "A b c"
    long = clean_title("word " * 200)
    assert long is not None and len(long) == TITLE_MAX_CHARS and long.endswith("…")


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=3000))
def test_any_bytes_decode_or_raise_an_input_error(data: bytes) -> None:
    try:
        text = decode_bytes(data, "x")
    except InputError as exc:
        assert "\n" not in str(exc)
        return
    assert clean_text(text) == text
    assert any(ch.isalnum() for ch in text)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=500))
def test_utf8_text_comes_back_cleaned(text: str) -> None:
    data = text.encode("utf-8", "surrogatepass")
    try:
        out = decode_bytes(data, "x")
    except InputError:
        return
    assert out == clean_text(text) or "\x00" in text  # a mostly-NUL text may read as UTF-16 or binary


# --- HTML ---------------------------------------------------------------------------------------

def test_plain_text_quoting_tags_stays_plain_text() -> None:
    text = (FIXTURES / "hostile_article.txt").read_text(encoding="utf-8")
    assert not looks_like_html(text)
    doc = document_from_bytes(text.encode(), "hostile_article.txt")
    assert doc.text == text  # payloads kept literally; escaping is the outputs' job
    assert "<script>alert(1)</script>" in doc.text


@pytest.mark.parametrize(
    "page",
    ["<!DOCTYPE html><html><body><p>x</p></body></html>", "  <!-- c --> <html lang=en>", "<?xml version='1.0'?><html>",
     "<div><p>A paragraph</p></div>"],
)
def test_html_pages_are_recognised(page: str) -> None:
    assert looks_like_html(page)


def test_the_hostile_html_page_gives_its_text_without_scripts() -> None:
    doc = document_from_bytes((FIXTURES / "hostile_article.html").read_bytes(), "hostile_article.html")
    assert doc.source.title == 'Minister <script>alert(1)</script> tours Europe & "friends"'
    assert "head script" not in doc.text and "inline" not in doc.text and "body onload" not in doc.text
    assert "traveled to Rome on Monday" in doc.text
    assert "<img src=x onerror=alert(1)>" in doc.text  # escaped in the page: it is text


def test_a_page_too_deep_for_lxml_falls_back_to_its_visible_text() -> None:
    page = ("<html><body>" + "<div>" * 5000 + "<p>Secretary Smith traveled to Rome on Tuesday.</p>"
            + "<script>alert(1)</script>" + "</div>" * 5000 + "</body></html>")
    doc = html_to_document(page, Source(path="deep.html"))
    assert doc.text == "Secretary Smith traveled to Rome on Tuesday."


def test_a_page_without_text() -> None:
    with pytest.raises(EmptyInputError, match=r"no article text found in the HTML page 'p\.html'"):
        html_to_document("<html><head><script>alert(1)</script></head><body></body></html>", Source(path="p.html"))


def test_an_html_file_with_a_long_title() -> None:
    page = f"<html><head><title>{'Trip ' * 500}</title></head><body><p>{'The minister went to Rome. ' * 20}</p></body></html>"
    doc = html_to_document(page)
    assert doc.source.title is not None and len(doc.source.title) <= TITLE_MAX_CHARS
