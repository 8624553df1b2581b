"""Text layout for extraction: headline, dateline, paragraphs, captions, sentences, quotes.

Every piece keeps its character span in the original text so evidence can point back into it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

SentenceKind = Literal["title", "dateline", "body", "caption", "credit", "heading"]


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of the story with its span and the part of the story it belongs to."""

    index: int
    start: int
    end: int
    text: str
    paragraph: int
    kind: SentenceKind


# "WARSAW, Oct. 12 (Wire) —", "KYIV, Ukraine (AP) —", "WASHINGTON —", "YEREVAN (Wire) —"
DATELINE = re.compile(
    r"""^(?!(?:BREAKING|EXCLUSIVE|WATCH|UPDATE|UPDATED|NOTE|VIDEO|PHOTOS?|LIVE|READ|OPINION|ANALYSIS|QUOTE|SOURCE
             |DETAILS|FILE|CAPTION|EDITOR'S\ NOTE|ALSO\ READ|REPORT|NEWS)\s*:)    # labels, not places
        (?P<place>[A-Z][A-Z.'’\- ]{1,40}?[A-Z.])            # WARSAW / NEW DELHI / ST. PETERSBURG
        (?:,\s*(?P<region>[A-Z][\w.'’ -]{1,30}?))?            # , Ukraine / , Oct. 12
        (?:,?\s*(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?))?
        \s*(?:\((?P<agency>[^)]{1,30})\))?\s*(?:[—–-]{1,2}\s+|:\s+|[—–]{1,2}(?=[A-Z“"]))""",  # ("JACKSON, Tenn. —The")
    re.X,
)
# Wire copy's dateline with a date and no dash: "NEW DELHI, Jan 6 (IANS)", "Jammu, Jan 6 (IANS)", "ITANAGAR, Oct 17:"
WIRE_DATELINE = re.compile(
    r"^(?P<place>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}),\s*(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)"
    r"\s*(?:\((?P<agency>[^)]{1,30})\)\s*(?:[—–-]{1,2}\s*)?|:\s+)")
# A dateline in capitals whose dash was lost: "KABUL, Afghanistan Defense Secretary Chuck Hagel arrived ..."
BARE_DATELINE = re.compile(r"^(?P<place>[A-Z][A-Z.'’-]{2,}(?:\s[A-Z][A-Z.'’-]+){0,2}),\s*(?P<region>[A-Z][a-z][\w.'’-]*)\s+(?=[A-Z])")
# A dateline in title case, with its agency: "Suva, Fiji (Antara) - ", "Kathmandu (Xinhua) — "
AGENCY_DATELINE = re.compile(r"^(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})(?:,\s*(?P<region>[A-Z][\w.'’ -]{1,30}?))?"
                             r"\s*\((?P<agency>[^)]{1,30})\)\s*[—–-]{1,2}\s+")
# A dateline in title case with a colon: "New Delhi: French President Emmanuel Macron visited ..."
COLON_DATELINE = re.compile(r"^(?!(?:Breaking|Exclusive|Watch|Update|Updated|Note|Video|Photos?|Live|Read|Opinion|Analysis|"
                            r"Quote|Source|Details|File|Caption|Report|News|Also|Editor|Related|Advertisement|Summary|"
                            r"Background|Context|Q|A)\b)(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})"
                            # ("Sagar (Madhya Pradesh): Union Minister ...": the state in brackets)
                            r"(?:\s+\((?P<region>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\))?:\s+(?=[A-Z])")
CAPTION = re.compile(r"^\s*(?:PHOTO|Photo|CAPTION|Caption|FILE PHOTO|IMAGE|Image)\s*:|\(\s*[\w ]*file photo\s*\)|"
                     # "... in Sanaa, Yemen on January 18, 2017 [Mohammed Hamoud/Anadolu Agency]": a credited photo
                     r"\[[^\]\n]{0,80}(?:Agency|AFP|Reuters|Getty|Images|Photo|/AP)[^\]\n]{0,40}\]\s*$|"
                     # "... for a meeting in New York on Sept 18. Photo: AP pool": a photo's credit ends its caption
                     r"[.!?]\s*\(?(?:Photo|Image|File\s+photo)(?:\s+credit)?\s*:\s*[^.:\n]{1,60}\)?\s*$", re.I)
# Credit lines: "Associated Press writers X in Madison ... contributed to this report", "(Reporting by ...)"
CREDIT = re.compile(r"\bcontributed\s+(?:to\s+this\s+(?:report|story)|reporting)\b|^\W*(?:Additional\s+)?[Rr]eporting\s+by\b|"
                    r"\bEditing\s+by\b|^\W*(?:Compiled|Written)\s+by\b")
# Abbreviations after which a period does not end a sentence.
ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "sen", "rep", "gov", "gen", "lt", "col", "maj", "capt", "adm", "sgt", "pres",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.n", "u.k",
    "e.u", "d.c", "no", "vs", "jr", "sr", "ft", "mt", "ga", "fla", "va", "md", "wash", "ala", "ariz", "ark",
    "calif", "colo", "conn", "del", "ill", "ind", "kan", "ky", "la", "mass", "mich", "minn", "miss", "mo",
    "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "vt", "wis", "wyo", "inc", "co", "corp", "approx",
    "h.m", "a.m", "p.m", "etc", "al", "ste", "sta", "hon", "rt", "prof", "engr", "brig", "cdr", "amb",
}
_SENT_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+|$)|"
                       # "... take him to Vietnam.The presidential plane": a space lost after the period
                       r"(?<=[a-z]{3}[.!?])(?=[A-Z][a-z]+(?:['’]s)?\s)")


def _is_boundary(text: str, end: int) -> bool:
    """Is the punctuation ending at ``end`` a sentence boundary?"""
    # the word before the period
    m = re.search(r"([\w.]+)[.!?…]+[\"'”’)\]]*$", text[max(0, end - 30):end])
    if m:
        word = m.group(1).rstrip(".").lower()
        if (text[end - 1] == "." or text[end - 1] in "\"'”’)]") and (
                word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or re.fullmatch(r"(?:[a-z]\.)+[a-z]", word)):
                # ("Chief Minister Y.S. Jagan Mohan Reddy": initials)
                # "U.S. troops" vs "... the U.S. He said": a capitalised pronoun/article after it ends the sentence
                nxt = re.match(r"\s+(\S+)", text[end:end + 20])
                if not nxt or nxt.group(1) not in {"He", "She", "They", "The", "It", "We", "I", "But", "In", "On", "Then",
                                                   "Later", "His", "Her", "This"}:
                    return False
    nxt = re.match(r"\s*([\"'“‘(\[]?)(\S)", text[end:end + 8])
    return not (nxt and nxt.group(2).islower())


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans within ``text[start:end]`` (trimmed)."""
    spans: list[tuple[int, int]] = []
    chunk = text[start:end]
    cur = 0
    for m in _SENT_END.finditer(chunk):
        if _is_boundary(chunk, m.end()):
            spans.append((cur, m.end()))
            cur = m.end()
    spans.append((cur, len(chunk)))
    out = []
    for a, b in spans:
        seg = chunk[a:b]
        lead = len(seg) - len(seg.lstrip())
        trail = len(seg) - len(seg.rstrip())
        if b - a - lead - trail > 0:
            out.append((start + a + lead, start + b - trail))
    return out


_PARA = re.compile(r"\n\s*\n|\r\n\s*\r\n|\n")
# a single line break followed by a lower-case word or closing punctuation continues the sentence
_WRAPPED = re.compile(r"\r?\n[ \t]*(?=[a-z)\],;])")
_MAX_SENTENCE = 2000  # very long "sentences" (tables, run-on junk) are cut into pieces


def segment(text: str) -> list[Sentence]:
    """Split a story into sentences, labelled title, dateline, body, caption, credit or heading."""
    sentences: list[Sentence] = []
    # paragraphs are separated by newlines; a headline is line 1 followed by a blank line
    paras: list[tuple[int, int]] = []
    pos = 0
    for m in _PARA.finditer(text):
        if _WRAPPED.match(text, m.start()):
            continue  # a line broken inside a sentence ("the 13th Group of 20 (G20\n) summit in")
        if m.start() > pos:
            paras.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        paras.append((pos, len(text)))
    first_line, newline, rest = text[paras[0][0]:].partition("\n") if paras else ("", "", "")
    if paras and paras[0][1] - paras[0][0] > len(first_line):  # line 1 runs on into line 2: no headline
        newline = ""
    head = first_line.strip()
    # a headline: line 1 before a blank line, or a short line 1 without final punctuation (HTML pages)
    has_title = bool(paras) and bool(head) and bool(newline) and bool(rest.strip()) and (
        (len(head) <= 300 and rest.lstrip(" \t\r").startswith("\n"))
        or (len(head) <= 150 and len(head.split()) >= 2 and not re.search(r"[.!?:;,”\"]$", head)
            and not DATELINE.match(head + " ")))
    for p_index, (a, b) in enumerate(paras):
        raw = text[a:b]
        if not raw.strip():
            continue
        if p_index == 0 and has_title and not re.search(r"[.!?”\"]\s*$", raw.strip()):
            lead = len(raw) - len(raw.lstrip())
            sentences.append(Sentence(len(sentences), a + lead, b, raw.strip(), p_index, "title"))
            continue
        kind: SentenceKind = "caption" if CAPTION.search(raw) else "credit" if CREDIT.search(raw) else "body"
        if kind == "body" and p_index > 0 and _is_heading(raw) and not DATELINE.match(raw.strip() + " "):
            # a section heading ("Laeken and Leuven"): a label, not a sentence
            lead = len(raw) - len(raw.lstrip())
            sentences.append(Sentence(len(sentences), a + lead, b, raw.strip(), p_index, "heading"))
            continue
        body_start = a
        # (a byline or a time stamp may come before it: "Web Desk", "10:29 AM | 6 Apr, 2021")
        if kind == "body" and (len(sentences) <= 2 or (len(sentences) <= 5 and all(
                x.kind in ("title", "heading") or (x.kind == "body" and len(x.text.split()) <= 6) for x in sentences))):
            lead = len(raw) - len(raw.lstrip())
            dm = DATELINE.match(raw[lead:])
            if not (dm and dm.group("place").strip().isupper()):
                dm = WIRE_DATELINE.match(raw[lead:]) or AGENCY_DATELINE.match(raw[lead:]) \
                    or COLON_DATELINE.match(raw[lead:]) or BARE_DATELINE.match(raw[lead:])
            if dm:
                d_end = a + lead + dm.end()
                sentences.append(Sentence(len(sentences), a + lead, d_end, text[a + lead:d_end].strip(), p_index,
                                          "dateline"))
                body_start = d_end
        for s, e in split_sentences(text, body_start, b):
            while e - s > _MAX_SENTENCE:
                cut = text.rfind(" ", s, s + _MAX_SENTENCE)
                cut = cut if cut > s else s + _MAX_SENTENCE
                sentences.append(Sentence(len(sentences), s, cut, text[s:cut], p_index, kind))
                s = cut
            sentences.append(Sentence(len(sentences), s, e, text[s:e], p_index, kind))
    return sentences


def _is_heading(raw: str) -> bool:
    """A short line of its own without final punctuation, between paragraphs."""
    line = raw.strip()
    # (a day's heading in a programme can be longer: "Friday 15 May 2026 - CHICLAYO - TRUJILLO - LIMA")
    longest = 14 if _DAY_HEADING.match(line) else 8
    return "\n" not in line and 1 <= len(line.split()) <= longest and not re.search(r"[.!?:;,”\"')]$", line) \
        and line[:1].isupper() and not line.isupper()


_DAY_HEADING = re.compile(r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2}),?"
                          r"\s+\d{4}\b")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Spans of text in quotation marks (direct speech)."""
    spans: list[tuple[int, int]] = []
    for m in re.finditer(r"“[^”]{0,2000}”|\"[^\"\n]{0,2000}\"", text):
        spans.append((m.start(), m.end()))
    return spans
