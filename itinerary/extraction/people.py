"""People in the story: titled names, the main traveler, and the words that refer to them.

The main traveler is the official whose trip the story tells. News prose introduces them
early with a title and a name ("U.S. Defense Secretary Lloyd Austin", "Pope Leo XIV") and
then refers to them by surname, pronoun or role ("the secretary", "the pontiff").
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from itinerary.extraction.text import Sentence

# Title heads: the last word of a title that can stand before a name.
_HEADS = (
    r"President|Vice[- ]President|Prime\s+Minister|Premier|Chancellor|Minister|Secretary[- ]General|"
    r"Secretary(?:\s+of\s+(?:State|Defen[cs]e|War|the\s+Treasury|Homeland\s+Security|Energy|Commerce))?|"
    r"Pope|King|Queen|Prince|Princess|Crown\s+Prince|Emperor|Empress|Emir|Sheikh|Sultan|Patriarch|Cardinal|"
    r"Archbishop|Governor|Gov\.|Senator|Sen\.|Representative|Rep\.|Mayor|Speaker|Ambassador|Envoy|"
    r"General|Gen\.|Admiral|Adm\.|Chairman|Chairwoman|Chair|Commissioner|Representative|Lady|Director|Leader|"
    r"Chief|Attorney\s+General|President-elect|Taoiseach|Dalai\s+Lama|Grand\s+Duke|Duke|Duchess|Field\s+Marshal|"
    r"Mr\.|Mrs\.|Ms\.|Dr\."
)
_MODIFIER = r"(?:(?:U\.S\.|U\.N\.|U\.K\.|EU|E\.U\.|NATO|[A-Z][a-z]+|[A-Z][a-z]+-[A-Z][a-z]+)\s+){0,4}"
_NAME_TOKEN = r"(?:[A-Z][a-zà-ÿ'’\-]+(?:[A-Z][a-zà-ÿ'’\-]+)?|[A-Z]\.(?:[A-Z]\.)?|Mc[A-Z][a-z]+|bin|al-[A-Z][a-z]+|de|van|von|da)"
_SUFFIX = r"(?:,?\s+(?:Jr\.|Sr\.|III|II|IV|XIV|XVI|XXIII|VI|V|X))?"
TITLED = re.compile(
    rf"\b(?P<title>{_MODIFIER}(?:{_HEADS}))\s+(?P<name>{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,3}}){_SUFFIX}"
    rf"|\b(?P<popetitle>Pope)\s+(?P<popename>[A-Z][a-z]+(?:\s+[IVXL]+)?)"
)
_NOT_NAME = {
    "The", "A", "An", "In", "On", "At", "And", "Of", "For", "To", "From", "With", "By", "As", "He", "She", "His", "Her",
    "This", "That", "It", "But", "After", "Before", "During", "Department", "Office", "Ministry", "House", "General",
    "Council", "Assembly", "Command", "Forces", "Force", "Party", "Administration", "Affairs", "State", "Defense",
    "Defence", "Staff", "Guard", "Army", "Navy", "Union", "Nations", "Monday", "Tuesday", "Wednesday", "Thursday",
    "Friday", "Saturday", "Sunday", "Said", "Says", "Told", "Was", "Will", "Is", "Has", "Had", "Would", "Who",
}
_RELIGIOUS = {"pope", "king", "queen", "prince", "princess", "crown prince", "emperor", "empress", "emir", "sheikh",
              "sultan", "patriarch", "cardinal", "archbishop", "dalai lama", "grand duke", "duke", "duchess"}
# Role words that refer back to a traveler with the given title head.
ROLE_SYNONYMS: dict[str, tuple[str, ...]] = {
    "pope": ("pope", "pontiff", "holy father"),
    "secretary of defense": ("secretary", "defense secretary", "pentagon chief", "defense chief"),
    "secretary of state": ("secretary", "secretary of state", "top diplomat", "america's top diplomat"),
    "secretary": ("secretary",),
    "secretary-general": ("secretary-general", "secretary general", "u.n. chief", "un chief"),
    "president": ("president",),
    "prime minister": ("prime minister", "premier"),
    "premier": ("premier",),
    "chancellor": ("chancellor",),
    "minister": ("minister",),
    "king": ("king", "monarch"),
    "queen": ("queen", "monarch"),
}


# Tokens of a name that never stand alone for the person: initials, suffixes, particles, titles of rank.
_NOT_SHORT = re.compile(
    r"[A-Z]\.(?:[A-Z]\.)?|Jr\.|Sr\.|[IVXL]+|de|van|von|da|bin|al|Pope|King|Queen|Prince|Princess|Crown|Emperor|"
    r"Empress|Sheikh|Emir|Sultan|Patriarch|Cardinal|Archbishop|Grand|Duke|Duchess|Mr\.|Mrs\.|Ms\.|Dr\."
)


@dataclass(frozen=True, slots=True)
class Person:
    """A titled person named in the story."""

    name: str  # as named, e.g. "Lloyd Austin", "Pope Leo XIV"
    title: str  # e.g. "U.S. Defense Secretary"
    start: int
    end: int

    @property
    def tokens(self) -> tuple[str, ...]:
        return tuple(t for t in re.split(r"\s+", self.name) if t)

    @property
    def short_names(self) -> tuple[str, ...]:
        """The tokens the story may use alone for this person (surname, given name, not initials)."""
        toks = [t for t in self.tokens if not _NOT_SHORT.fullmatch(t)]
        return tuple(toks)

    @property
    def head(self) -> str:
        low = re.sub(r"\s+", " ", self.title.lower())
        for key in ("secretary-general", "secretary general"):
            if key in low:
                return "secretary-general"
        if "secretary of defense" in low or "defense secretary" in low or "defence secretary" in low:
            return "secretary of defense"
        if "secretary of state" in low:
            return "secretary of state"
        if "prime minister" in low:
            return "prime minister"
        words = low.split()
        return words[-1] if words else ""

    @property
    def roles(self) -> tuple[str, ...]:
        """Role nouns that can refer to this person ("the secretary", "the pontiff")."""
        head = self.head
        roles = set(ROLE_SYNONYMS.get(head, (head,)))
        low = self.title.lower()
        for word in ("minister", "secretary", "president", "chancellor"):
            if word in low:
                roles.add(word)
        low_words = [w for w in re.split(r"\s+", low) if w and not w.endswith(".")]
        if len(low_words) >= 2:
            roles.add(" ".join(low_words[-2:]))
        return tuple(sorted(roles, key=len, reverse=True))


def find_people(text: str, sentences: Sequence[Sentence]) -> list[Person]:
    """Titled people in body sentences, in order of appearance."""
    people: list[Person] = []
    for s in sentences:
        if s.kind not in ("body", "title"):
            continue
        for m in TITLED.finditer(s.text):
            if m.group("popetitle"):
                name = f"Pope {m.group('popename')}"
                title = "Pope"
                a, b = m.span()
            else:
                title = m.group("title")
                toks = [re.sub(r"(?:'s|’s)$", "", t) for t in m.group("name").split()]
                if len(toks) > 1 and toks[0] != m.group("name").split()[0]:
                    toks = toks[:1]
                while toks and toks[-1] in _NOT_NAME:
                    toks.pop()
                # a title word swallowed as a name ("Minister Gen Nakatani" keeps Gen)
                if not toks or toks[0] in _NOT_NAME:
                    continue
                name = " ".join(toks)
                suffix = re.match(r",?\s+(Jr\.|Sr\.|III|II|IV)\b", s.text[m.start("name") + len(name):])
                if suffix:
                    name += " " + suffix.group(1)
                a, b = m.start(), m.start("name") + len(name)
                if title.split()[-1].lower() in _RELIGIOUS:
                    name = f"{title.split()[-1]} {name}"
            people.append(Person(name=name, title=title.strip(), start=s.start + a, end=s.start + b))
    people.extend(find_untitled_people(sentences, people))
    people.sort(key=lambda p: p.start)
    return people


# A name without a title, followed by an appositive or a verb of travel: "Antony J. Blinken, the top American
# diplomat, arrived ..." / "Olaf Scholz flew to ..."
UNTITLED = re.compile(
    r"(?<![\w.\-’'])(?P<name>[A-Z][a-zà-ÿ'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-zà-ÿ'’-]+){1,2})"
    r"(?=,\s+(?:the|a|an|who)\s|\s+(?:arrived|traveled|travelled|flew|visited|landed|made|began|started|wrapped|"
    r"headed|returned|toured|will\s+(?:travel|visit|fly|go|head|lead)|is\s+(?:due|expected|scheduled)|was\s+in)\b)"
)


def find_untitled_people(sentences: Sequence[Sentence], titled: Sequence[Person]) -> list[Person]:
    """People named without a title, where the prose makes them the subject of a trip."""
    found: list[Person] = []
    covered = sorted((p.start, p.end) for p in titled)
    starts = [c[0] for c in covered]
    for s in sentences:
        if s.kind != "body":
            continue
        for m in UNTITLED.finditer(s.text):
            a = s.start + m.start("name")
            k = bisect.bisect_right(starts, a) - 1
            if k >= 0 and covered[k][0] <= a < covered[k][1]:
                continue
            toks = m.group("name").split()
            if toks[0] in _NOT_NAME:
                continue
            found.append(Person(name=m.group("name"), title="", start=a, end=a + len(m.group("name"))))
    return found


def _same_person(a: Person, b: Person) -> bool:
    sa, sb = set(a.short_names), set(b.short_names)
    if not sa or not sb:
        return False
    # "Joe Biden" vs "Jill Biden": both have given names, and they differ
    return sa <= sb or sb <= sa


# "The pope celebrated Mass in Bangui": a story may name its traveler by role alone.
ROLE_ONLY = re.compile(
    r"\b[Tt]he\s+(?P<role>pope|pontiff|president|vice\s+president|prime\s+minister|premier|chancellor|king|queen|"
    r"secretary-general|secretary\s+of\s+state|secretary\s+of\s+defense|defense\s+secretary|foreign\s+minister)\b"
    r"(?=[^.]{0,80}\b(?:arrived|traveled|travelled|flew|visited|landed|toured|celebrated|met|will\s+(?:travel|visit|fly)))"
)


def role_only_traveler(sentences: Sequence[Sentence]) -> Person | None:
    """A traveler named only by role ("the pope"), when the story names nobody with a title."""
    for s in sentences:
        if s.kind != "body":
            continue
        m = ROLE_ONLY.search(s.text)
        if m:
            role = re.sub(r"\s+", " ", m.group("role").lower())
            title = {"pontiff": "Pope"}.get(role, role.title())
            return Person(name=f"the {role}", title=title, start=s.start + m.start(), end=s.start + m.end())
    return None


def choose_traveler(text: str, sentences: Sequence[Sentence], people: Sequence[Person]) -> Person | None:
    """The official whose trip the story tells: introduced early, named often, moving."""
    body = [s for s in sentences if s.kind == "body"]
    if not people:
        return role_only_traveler(sentences)
    if not body:
        return None
    title = next((s.text for s in sentences if s.kind == "title"), "")
    first_body = body[0]
    scores: Counter[int] = Counter()
    groups: list[list[Person]] = []
    for p in people:
        for g in groups:
            if _same_person(g[0], p):
                g.append(p)
                break
        else:
            groups.append([p])
    for i, g in enumerate(groups):
        p = g[0]
        score = 0.0
        mentions = 0
        for short in p.short_names[-1:] or p.short_names:
            mentions += len(re.findall(rf"\b{re.escape(short)}\b(?!\s+[A-Z][a-z])", text))
        score += mentions
        if p.start < first_body.end:
            score += 6
            if not any(q.start < p.start for q in people if first_body.start <= q.start < first_body.end):
                score += 3
        if any(re.search(rf"\b{re.escape(t)}\b", title) for t in p.short_names):
            score += 4
        scores[i] = int(score * 10)
    best, best_score = scores.most_common(1)[0]
    if best_score <= 0:
        return None
    return groups[best][0]

