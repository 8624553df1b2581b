"""Bad input in the dashboard (AppTest, real extractor): a message, and the last good trip stays.

AppTest cannot drive a file uploader, so the uploader is replaced by one that hands the app the
file a test chose; everything after it (the checks of ``itinerary.sources``, the extractor, the
page) is the real code.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
import streamlit as st
from streamlit.elements.widgets.file_uploader import FileUploaderMixin
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT
from tests.test_hardening_outputs import ARTICLE

APP = str(ROOT / "app.py")
TRIP = "Secretary Smith traveled to Rome on Tuesday, then flew to Kyiv on Wednesday for talks.\n"


@dataclass
class _Upload:
    name: str
    data: bytes

    def getvalue(self) -> bytes:
        return self.data


UPLOAD: dict[str, _Upload | None] = {"file": None}


@pytest.fixture(autouse=True)
def _fake_uploader(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(FileUploaderMixin, "file_uploader", lambda self, *a, **k: UPLOAD["file"])
    st.cache_data.clear()
    yield
    UPLOAD["file"] = None
    st.cache_data.clear()


def run(at: AppTest | None = None) -> AppTest:
    at = at or AppTest.from_file(APP, default_timeout=120)
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def stops(at: AppTest) -> list[str]:
    return list(at.selectbox(key="selected").options)


def upload(name: str, data: bytes) -> tuple[AppTest, list[str]]:
    """The app on its sample, then the upload; the sample's stops as they were before."""
    at = run()
    before = stops(at)
    assert len(before) > 1  # the sample's trip is on screen
    UPLOAD["file"] = _Upload(name, data)
    at.radio(key="source").set_value("Upload a file")
    return run(at), before


BAD_UPLOADS = {
    "photo.png": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(300), "'photo.png' is not text: it looks like a PNG image"),
    "story.pdf.txt": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(256)), "is not text: it looks like a PDF document"),
    "story.docx.txt": (b"PK\x03\x04\x14\x00\x06\x00" + bytes(200), "it looks like a ZIP archive (or a Word"),
    "program.txt": (b"\x7fELF\x02\x01\x01\x00" + bytes(300), "it looks like an executable (ELF)"),
    "empty.txt": (b"", "'empty.txt' is empty"),
    "blank.txt": (b" \n\t\n", "'blank.txt' holds only whitespace"),
    "dots.txt": (b"... *** !!!", "'dots.txt' holds no words"),
}


@pytest.mark.parametrize("name", sorted(BAD_UPLOADS))
def test_a_bad_upload_is_a_message_and_the_trip_stays(name: str) -> None:
    data, message = BAD_UPLOADS[name]
    at, before = upload(name, data)
    assert len(at.error) == 1 and message in at.error[0].value, [e.value for e in at.error]
    assert stops(at) == before


def test_a_too_large_upload(monkeypatch: pytest.MonkeyPatch) -> None:
    at = run()
    before = stops(at)
    monkeypatch.setenv("ITINERARY_MAX_BYTES", "1000")
    UPLOAD["file"] = _Upload("long.txt", TRIP.encode() * 20)
    at.radio(key="source").set_value("Upload a file")
    run(at)
    assert [e.value for e in at.error] == [f"'long.txt' is {len(TRIP) * 20:,} bytes, over the limit of 1,000 bytes"]
    assert stops(at) == before


@pytest.mark.parametrize("encoding", ["utf-16", "latin-1", "cp1252", "utf-8-sig"])
def test_uploads_in_other_encodings_are_read(encoding: str) -> None:
    quoted = "“useful”" if encoding != "latin-1" else "«useful»"
    text = TRIP.replace("Smith", "Müller") + f"Officials called the talks {quoted}.\n"
    at, before = upload("story.txt", text.encode(encoding))
    assert not at.error, [e.value for e in at.error]
    assert stops(at) != before  # the uploaded trip replaced the sample's
    assert any("Rome" in s for s in map(str, stops(at)))


@pytest.mark.parametrize(
    ("text", "encoding"),
    [("外務大臣は火曜日にローマを訪問し、その後キーウへ向かった。首脳会談に出席した。\n", "shift_jis"),
     ("Министр посетил Киев во вторник, а затем вылетел в Варшаву на переговоры.\n", "cp1251")],
    ids=["japanese", "russian"],
)
def test_a_story_in_another_language_says_no_trip_was_found(text: str, encoding: str) -> None:
    at, before = upload("story.txt", text.encode(encoding))
    assert not at.error, [e.value for e in at.error]
    assert any("No trip was found" in w.value for w in at.warning), [w.value for w in at.warning]
    assert stops(at) == before


def test_the_hostile_article_pasted_is_escaped_everywhere() -> None:
    at = run()
    at.radio(key="source").set_value("Paste text")
    run(at)
    at.text_area(key="pasted").input(ARTICLE.read_text(encoding="utf-8"))
    run(at)
    assert not at.error, [e.value for e in at.error]
    options = stops(at)
    for seq in range(1, len(options)):
        at.selectbox(key="selected").select(options[seq])
        run(at)
        for md in [*at.markdown, *at.subheader, *at.caption]:  # every < and [ from the text escaped
            assert not re.search(r"(?<!\\)[<\[]", md.value), md.value
        for el in at.get("html"):
            body = el.proto.body.split("</style>", 1)[-1]
            assert not re.search(r"<(script|img|svg|iframe|a)\b", body), body[:500]
    assert "alert" in " ".join(c.value for c in at.caption)  # the headline is shown, as text
