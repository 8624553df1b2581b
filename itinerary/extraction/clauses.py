"""Clauses and comma chunks of a sentence: the scopes of negation, tense and dates."""

from __future__ import annotations

import re

from itinerary.extraction import lexicon as lx


def clause_bounds(t: str, pos: int) -> tuple[int, int]:
    """The clause around ``pos``: split at contrast marks; a relative clause is its own clause."""
    a, b = 0, len(t)
    for m in lx.CLAUSE_BREAK.finditer(t):
        if m.end() <= pos:
            a = m.end()
        elif m.start() >= pos:
            b = m.start()
            break
    return a, b


def comma_chunks(t: str, a: int, b: int) -> list[tuple[int, int]]:
    """Comma chunks of t[a:b]."""
    out = []
    cur = a
    for m in re.finditer(r",(?!\d{3})", t[a:b]):  # not the comma in "25,000"
        out.append((cur, a + m.start()))
        cur = a + m.end()
    out.append((cur, b))
    return out


_APPOSITIVE = re.compile(r"^\s*(?:the|a|an)\s+(?!(?:president|secretary|minister|pope|king|queen|chancellor|premier|general)\b)", re.I)
_PREPOSED_ADVERBIAL = re.compile(r"\W*(?:After|Following|Despite|Although|Though|Having)\s+[a-z]+ing\b")
_MAIN_RESUMES = re.compile(r"^\s*(?:was|were|is|are|has|have|had|will|would|could|may|might)\b")


def clause_scope(t: str, pos: int) -> tuple[str, tuple[int, int]]:
    """(text of the main clause holding pos, bounds of the comma chunk holding pos).

    Relative chunks ("which ...", "who ...", "where ...") belong to the mention only when the
    mention is inside them; chunks starting with "when" join the chunk before them.
    """
    a, b = clause_bounds(t, pos)
    chunks = comma_chunks(t, a, b)
    here = next((c for c in chunks if c[0] <= pos <= c[1]), (a, b))
    if lx.RELATIVE_START.match(t[here[0]:here[1]]):
        k = chunks.index(here)
        parts = [t[here[0]:here[1]]]
        if re.match(r"^\s*when\b", t[here[0]:here[1]], re.I) and k > 0:
            # "since 2023, when he toured Fort Bliss": the 'when' clause happened in 2023
            parts.insert(0, re.sub(r"\bsince\b", "in", t[chunks[k - 1][0]:chunks[k - 1][1]]))
        return " ".join(parts), here
    keep = []
    in_relative = False
    k_here = chunks.index(here) if here in chunks else None
    for k, c in enumerate(chunks):
        seg = t[c[0]:c[1]]
        if c == here or _MAIN_RESUMES.match(seg):
            in_relative = False  # "A trip to Batumi, where he was due to ..., was called off": the main clause again
        elif lx.RELATIVE_START.match(seg):
            in_relative = True  # "Ravenna, where they are to visit ..., attend ... and meet veterans of the 1944 ..."
        if c != here and in_relative:
            continue
        if k_here is not None and k == k_here + 1 and _APPOSITIVE.match(seg):
            continue  # "at Fort Bragg, the Army post he ordered renamed earlier this year": said of the place
        if k_here is not None and k == 0 < k_here and _PREPOSED_ADVERBIAL.match(seg):
            continue  # "After postponing her trip late last year, Dame Patsy will visit Nelson": its own time
        keep.append(seg)
    return ",".join(keep), here


def mask_quotes(t: str) -> str:
    """The sentence with quoted speech blanked out (same length), so a quote's words do not count."""
    return re.sub(r"“[^”]*”|\"[^\"]*\"", lambda q: " " * len(q.group(0)), t)
