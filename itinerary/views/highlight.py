"""The source text with the stops' evidence highlighted and every place mention marked.

Pure function returning HTML in which every character of the article is escaped: the only tags are
the ones written here. Evidence sentences are ``<mark>``-ed and numbered with their stops; each
place mention is underlined, solid when it became a stop and struck through when it did not, with
the extractor's reason in its ``title``.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from itinerary.model import Itinerary
from itinerary.views.format import escape_html

CSS = """
<style>
.itin-src { white-space: pre-wrap; line-height: 1.6; font-size: 0.95rem; max-height: 28rem; overflow-y: auto;
  padding: 0.5rem 0.75rem; border: 1px solid rgba(128,128,128,.3); border-radius: 0.5rem; }
.itin-hl mark { background: #fff3bf; color: inherit; padding: 0 1px; border-radius: 2px; }
.itin-hl mark.sel { background: #ffd43b; }
.itin-hl .num { font-size: 0.7em; font-weight: 700; color: #1f5fa8; vertical-align: super; margin-right: 1px; }
.itin-hl .m-yes { border-bottom: 2px solid #1f5fa8; }
.itin-hl .m-no { text-decoration: line-through dotted #868e96; color: #868e96; }
.itin-legend { font-size: 0.8rem; color: #666; margin-top: 0.25rem; }
.itin-legend span { margin-right: 1rem; }
</style>
"""


class MentionLike(Protocol):
    """What the view reads from :class:`itinerary.extraction.Mention`."""

    @property
    def span(self) -> tuple[int, int]: ...
    @property
    def place(self) -> str: ...
    @property
    def counted(self) -> bool: ...
    @property
    def reason(self) -> str: ...


@dataclass(frozen=True, slots=True)
class _Mark:
    start: int
    end: int
    kind: str  # "ev" or "mention"
    seqs: tuple[int, ...] = ()
    counted: bool = False
    title: str = ""


def _clamp(span: tuple[int, int] | None, n: int) -> tuple[int, int] | None:
    if span is None:
        return None
    a, b = max(0, min(n, span[0])), max(0, min(n, span[1]))
    return (a, b) if a < b else None


def _marks(text: str, itinerary: Itinerary, mentions: Sequence[MentionLike]) -> list[_Mark]:
    n = len(text)
    by_span: dict[tuple[int, int], list[int]] = {}
    for stop in itinerary.stops:
        span = _clamp(stop.evidence_span, n)
        if span is not None:
            by_span.setdefault(span, []).append(stop.seq)
    marks = [_Mark(a, b, "ev", tuple(seqs)) for (a, b), seqs in by_span.items()]
    for m in mentions:
        span = _clamp(tuple(m.span) if m.span is not None else None, n)  # type: ignore[arg-type]
        if span is None:
            continue
        verdict = "counted as a stop" if m.counted else f"not counted: {m.reason}" if m.reason else "not counted"
        marks.append(_Mark(span[0], span[1], "mention", counted=m.counted, title=f"{m.place} — {verdict}"))
    return marks


def highlight_html(text: str, itinerary: Itinerary, mentions: Sequence[MentionLike] = (),
                   selected: int | None = None) -> str:
    """The article as HTML: evidence highlighted and numbered, mentions marked, all text escaped."""
    marks = _marks(text, itinerary, mentions)
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    out: list[str] = []
    for a, b in itertools.pairwise(cuts):
        piece = escape_html(text[a:b])
        active = [m for m in marks if m.start <= a and b <= m.end]
        for m in active:
            if m.kind == "ev" and m.start == a:
                out.append(f'<span class="num">{escape_html(", ".join(map(str, m.seqs)))}</span>')
        mention = next((m for m in active if m.kind == "mention"), None)
        if mention is not None:
            cls = "m-yes" if mention.counted else "m-no"
            piece = f'<span class="{cls}" title="{escape_html(mention.title)}">{piece}</span>'
        ev = [m for m in active if m.kind == "ev"]
        if ev:
            sel = " sel" if selected is not None and any(selected in m.seqs for m in ev) else ""
            piece = f'<mark class="ev{sel}">{piece}</mark>'
        out.append(piece)
    legend = (
        '<div class="itin-legend"><span><mark>highlighted</mark>: evidence for a stop (its number before it)</span>'
        '<span class="m-yes">place counted as a stop</span> '
        '<span class="m-no">place mentioned, not counted</span> (hover a place for the reason)</div>'
    )
    return CSS + '<div class="itin-hl"><div class="itin-src">' + "".join(out) + "</div>" + legend + "</div>"
