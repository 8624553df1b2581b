"""Who does what in a sentence: references to the traveler and to other people, and the subject of a verb."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from itinerary.extraction import lexicon as lx
from itinerary.extraction.people import Person, same_person
from itinerary.extraction.text import Sentence

WORD = re.compile(r"(?:[\w'’.]|-(?!-))+|-+")  # ("cities--Shanghai": a dash between two words)


@dataclass(slots=True)
class Ref:
    """A reference to a person in a sentence."""

    start: int
    end: int
    who: str  # "traveler" | "other" | "group" | "pronoun" | "trip"
    subject: bool
    text: str


# --- references to people ----------------------------------------------------------------------------

def traveler_patterns(traveler: Person, people: Sequence[Person]) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    names = sorted({traveler.name, *traveler.short_names}, key=len, reverse=True)
    roles = traveler.roles
    name_re = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b(?:'s|’s)?")
    # "the German minister" for "German Defense Minister Boris Pistorius": a word of the traveler's own title first
    own = sorted({w for w in traveler.title.split() if re.fullmatch(r"[A-Z][a-z]{2,}", w)}, key=len, reverse=True)
    own_re = "(?:" + "|".join(re.escape(w) for w in own) + r")\s+|" if own else ""
    acronyms = "".join(rf"|(?-i:{re.escape(a)})" for a in traveler.acronyms)  # "the COAS", in capitals only
    role_re = re.compile(r"\b[Tt]he\s+(?:visiting\s+|U\.S\.\s+|US\s+|top\s+|" + own_re + r")?(?:"
                         + "|".join(re.escape(r) for r in roles) + acronyms + r")\b", re.I) if roles else None
    return name_re, role_re


_OTHER_ROLE = re.compile(
    r"\b[Tt]he\s+(?:[A-Z][a-z]+\s+)?(?:president|prime\s+minister|premier|chancellor|king|queen|pope|pontiff|"
    r"leader|governor|foreign\s+minister|defen[cs]e\s+minister|minister|secretary|envoy|ambassador|spokesman|"
    r"spokeswoman|mayor|general|emir|crown\s+prince)\b")


def find_refs(s: Sentence, traveler: Person, people: Sequence[Person], name_re: re.Pattern[str],
              role_re: re.Pattern[str] | None, others_re: re.Pattern[str] | None,
              traveler_short: tuple[str, ...] = (), traveler_pronoun: str | None = None) -> list[Ref]:
    """Person references in a sentence, each marked traveler/other/group/pronoun and subject/object.

    ``traveler_pronoun``: "she" when the story calls its traveler "she"; then "she" is the traveler and "he"
    someone else ("..., where Prime Minister Hun Manet sought support, and a day later she flew to Hanoi").
    """
    t = s.text
    refs: list[Ref] = []
    taken: list[tuple[int, int]] = []

    def add(a: int, b: int, who: str) -> None:
        if any(not (b <= x or a >= y) for x, y in taken):
            return
        taken.append((a, b))
        refs.append(Ref(a, b, who, is_subject(t, a), t[a:b]))

    tset = set(traveler_short)
    for p in people:
        if s.start <= p.start < s.end:
            same = (set(p.short_names) & tset and (not set(p.short_names) - tset or p.name == traveler.name)) \
                or same_person(p, traveler)
            add(p.start - s.start, p.end - s.start, "traveler" if same else "other")
    for m in name_re.finditer(t):
        a = m.start()
        prev = re.search(r"([A-Z][\w'’-]+)\s+$", t[max(0, a - 25):a])
        if prev and prev.group(1) not in tset and prev.group(1) not in {
                "The", "In", "On", "At", "But", "And", "After", "Before", "When", "While", "As", "Secretary", "President",
                "Minister", "Pope", "Mr", "Mrs", "Ms", "Dr", "Then", "Later", "That", "Monday", "Tuesday", "Wednesday",
                "Thursday", "Friday", "Saturday", "Sunday", "Earlier", "Still", "Meanwhile", "Afterward", "Also"} \
                and not prev.group(1).isupper() and a - len(prev.group(0)) > 0 \
                and not _PLACE_BEFORE_NAME.search(t, max(0, a - len(prev.group(0)) - 12), a - len(prev.group(0))):
            # ("In Normandy Abbott joined ...", "Leaving Europe Abbott arrived ...": a place, not a first name)
            first_name = a - len(prev.group(0)) + (len(prev.group(0)) - len(prev.group(0).lstrip()))
            # "Jill Biden" is someone else; but a full name told before the story's first titled mention of the
            # traveler is the traveler's own ("Coordinating Minister for ... Affairs Luhut Pandjaitan ...
            # Minister Pandjaitan")
            own = s.kind == "body" and s.start + a < traveler.start and not re.search(
                r"(?:'s|’s|\b(?:his|her|their)\s+(?:[a-z]+\s+)?)$", t[max(0, first_name - 30):first_name])
            add(first_name, m.end(), "traveler" if own else "other")
            continue
        # "in Austin" is the city, not the secretary
        if re.search(r"\b(?:in|to|at|from|near|into|outside|of)\s+$", t[max(0, a - 8):a]) and m.group(0) not in (
                traveler.name,) and not m.group(0).endswith(("'s", "’s")):
            continue  # (but "the second stop in El-Sisi's tour" is his)
        add(a, m.end(), "traveler")
    if traveler.head in _STYLED_HEADS:
        for m in _STYLE.finditer(t):
            add(m.start(), m.end(), "traveler")  # "His Majesty", "Their Majesties": a monarch (and spouse) traveling
    if others_re is not None:
        for m in others_re.finditer(t):
            add(m.start(), m.end(), "other")
    if role_re is not None:
        for m in role_re.finditer(t):
            add(m.start(), m.end(), "traveler")
    for m in _OTHER_ROLE.finditer(t):
        add(m.start(), m.end(), "other")
    for m in lx.STORY_TRIP.finditer(t):
        if m.group(0).split()[0].lower() in ("the", "this"):
            add(m.start(), m.start() + len(m.group(0).split()[0]) + 1 + len(m.group(0).split()[1]), "trip")
            if re.search(r"^\W*(?:[Tt]he\s+)?(?:\w+\s+)?(?:stage|leg|part|phase|day)\s+of\s+$", t[:m.start()]):
                refs[-1].subject = True  # "The last stage of the tour ... will take the head of government to X"
    for m in lx.CONVEYANCE.finditer(t):
        add(m.start(), m.end(), "trip")
    for m in _PAIR.finditer(t):
        add(m.start(), m.end(), "traveler")  # "the two leaders met at the palace": the traveler and the host
    for m in re.finditer(r"\b(?:he|she|him|her|his|He|She|His|Her)\b", t):
        who = "pronoun"
        if traveler_pronoun == "she":
            who = "traveler" if m.group(0).lower() in ("she", "her") else "other"
        add(m.start(), m.end(), who)
    for m in _FIRST_PERSON.finditer(t):
        # "Next, we stopped by Tecumseh, where I had the chance to speak with ...": a first-person account is the
        # author's (quotations are read apart; "World War I ended" is not a pronoun)
        if not re.search(r"[A-Z][\w.]*\s+$", t[max(0, m.start() - 20):m.start()]) or m.start() == 0:
            add(m.start(), m.end(), "traveler")
    for m in _GROUPS_RE.finditer(t):
        if t[m.end():m.end() + 1] in ("'", "’"):
            continue  # "the leaders’ summit", "officials' talks": a possessive names a thing, not who acts
        add(m.start(), m.end(), "group")
    for r in refs:
        owner = next((q for q in refs if r.who == "group" and q.end <= r.start and q.who != "group"
                      and re.fullmatch(r"(?:'s|’s)?\s+(?:[\w-]+\s+)?", t[q.end:r.start])
                      and (t[q.end - 2:q.end] in ("'s", "’s") or t[q.end:q.end + 2] in ("'s", "’s"))), None)
        if owner is not None:
            r.subject = owner.subject  # "leading President Trump's delegation to ...": the party is an object too
        if r.who == "group" and r.text.lower() in ("entourage", "delegation", "motorcade", "convoy") \
                and any(q.who == "traveler" and q.end <= r.start and re.fullmatch(r"(?:'s|’s)?\s+(?:[\w-]+\s+)?", t[q.end:r.start])
                        for q in refs):
            r.who = "traveler"  # "the Chief Minister's entourage landed at Tirupati": the traveler's own party
        if r.who == "group" and r.text.lower() in ("delegation", "delegations", "team", "mission", "contingent") \
                and _LEADS_BEFORE.search(t, max(0, r.start - 60), r.start):
            r.subject = False  # "will lead a political delegation to tour four Pacific countries": the leader goes
        if r.text in ("he", "she", "He", "She"):
            r.subject = True  # ("said following these meetings he will travel": "he" is never an object)
        if re.search(r"(?:\b(?:capacity|role|position|duties)\s+|,\s*)as\s+(?:the\s+|an?\s+)?$", t[max(0, r.start - 24):r.start]):
            r.subject = False  # "President Ramaphosa, in his capacity as Chair of SADC, has arrived": a role he holds
        if _COMPANY_BEFORE.search(t, max(0, r.start - 120), r.start):
            r.subject = False  # "Khan, accompanied by Cabinet colleagues and a business delegation, will visit": his company
        poss_end = r.end - 2 if t[r.end - 2:r.end] in ("'s", "’s") else r.end  # "Blinken's" matched whole
        if r.who == "traveler" and lx.AIDE_AFTER.match(t, poss_end):
            r.who = "other"  # "the Secretary-General's Personal Envoy for Sudan, ..., was in Cairo"
    refs.sort(key=lambda r: r.start)
    return refs


# how a monarch or a religious leader is styled, for a traveler of that rank
_STYLE = re.compile(r"\b(?:His|Her|Their)\s+(?:Majesty|Majesties|Royal\s+Highness(?:es)?|Holiness)\b")
_STYLED_HEADS = frozenset({"king", "queen", "prince", "princess", "emperor", "empress", "emir", "sultan", "pope",
                           "patriarch", "lama", "crown prince", "duke", "duchess", "grand duke"})
# "accompanied by ...", "along with ...": the company of the one who travels, not a subject of its own
# ("accompanied by the Chief of Air Staff, Air Marshal Abubakar Sadique and Chief of Naval Staff, Rear Admiral ...":
# a comma before a title and a name stays inside the company)
_COMPANY_BEFORE = re.compile(r"\b(?:accompanied|joined|flanked|escorted)\s+by\s+(?:[^,;:.]|,\s+(?=[A-Z][a-z]+\.?\s+[A-Z]))*$|"
                             r"\b(?:along|together)\s+with\s+[^,;:.]*$", re.I)
# "heading his country's delegation", "led Ghana's delegation", "will lead a political delegation"
_LEADS_BEFORE = re.compile(r"\b(?:lead|leads|led|leading|head|heads|headed|heading)\s+(?:(?:a|an|the|his|her|their|its)\s+)?"
                           r"(?:[\w’'-]+\s+){0,3}$")
_PLACE_BEFORE_NAME = re.compile(r"\b(?:[Ii]n|[Aa]t|[Ff]rom|[Ll]eaving)\s+$")
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e)\b(?=\s+(?:also\s+|then\s+|later\s+|first\s+|finally\s+)?(?:[a-z]+ed|went|flew|met|"
                           r"spoke|saw|made|took|left|began|will|had|have|am|was|were|are|arrived|visited|stopped|toured|"
                           r"held|gave|paid|spent|led|laid|came|sat|told)\b)")
# "the two leaders met at the palace": the traveler and the host
_PAIR = re.compile(r"\b(?:[Tt]he\s+two|[Bb]oth)\s+(?:leaders|men|women|ministers|presidents|premiers)\b|\b[Tt]he\s+duo\b|"
                   # "The couple is expected to arrive in Warsaw": the traveler and the spouse
                   r"\b[Tt]he\s+(?:royal\s+|imperial\s+|crown\s+|presidential\s+|princely\s+)?couple\b")
# lower-case anywhere ("officials said"), capitalised only to open a sentence ("Soldiers from ..."; not the
# "APEC Leaders' Meeting")
_GROUPS_RE = re.compile(r"\b(?:" + "|".join(sorted(lx.GROUPS, key=len, reverse=True)) + r")\b"
                        r"|^\W*(?i:" + "|".join(sorted(lx.GROUPS, key=len, reverse=True)) + r")\b(?!['’])")


_DETERMINERS = {"the", "a", "an", "some", "many", "thousands", "hundreds", "dozens", "of", "local", "its", "his", "her",
                "their", "several", "two", "three", "u.s.", "american", "visiting"}
# verbs that a subject may follow ("after meeting, officials said"; "is", "was" before a predicate)
_NOT_OBJECT_VERBS = {"is", "was", "were", "are", "be", "been", "being", "during", "according", "including"}
# words in -ed that stand before a name as adjectives ("the allied leaders", "the detained journalist")
_ADJECTIVES_IN_ED = {"allied", "united", "armed", "elected", "detained", "wounded", "retired", "unnamed", "celebrated",
                     "respected", "renowned", "embattled", "beleaguered", "jailed", "exiled", "ousted", "disgraced",
                     "assassinated", "deceased", "talented", "experienced", "designated", "appointed", "acclaimed"}
_CLAUSE_STARTERS = {"that", "who", "which", "when", "while", "then", "said", "says", "as", "after", "before", "but",
                    "because", "so", "where", "if", "once", "since", "until"}


def story_pronoun(text: str) -> str | None:
    """"she" when the story mostly says "she" (its traveler is a woman), else None (undecided)."""
    she = len(re.findall(r"\b(?:she|her)\b", text, re.I))
    he = len(re.findall(r"\b(?:he|him|his)\b", text, re.I))
    return "she" if she >= 2 and she > he else None


def is_subject(t: str, a: int) -> bool:
    """Is a person reference at ``a`` a subject? Objects follow "met", "with", "by", "told"..."""
    before = t[:a].rstrip()
    if not before or before[-1] in ",;:—(\"“":
        return True
    # within the same clause, a verb or preposition that takes an object ("met", "with") makes it an object:
    # "meetings with President Tayyip Erdogan and government officials"
    clause = re.split(r"[,;:—(]", before[-80:])[-1]
    # "rallying supporters", "greeted thousands of residents": right after a verb, an object
    words = [w.lower() for w in WORD.findall(clause)]
    while words and words[-1] in _DETERMINERS:
        words.pop()
    if words and (words[-1] in lx.PRESENCE or words[-1] in lx.MOTION or words[-1] in lx.DIRECT
                  or re.fullmatch(r"[a-z]{3,}ing", words[-1])) and words[-1] not in _NOT_OBJECT_VERBS:
        return False
    raw = [w for w in WORD.findall(clause) if w.lower() not in _DETERMINERS]
    if words and raw and re.fullmatch(r"[a-z]{3,}ed", raw[-1]) and words[-1] not in lx.REPORTING \
            and words[-1] not in _ADJECTIVES_IN_ED \
            and words[-1] not in _CLAUSE_STARTERS and words[-1] not in _NOT_OBJECT_VERBS:
        return False  # "represented President Mahama at the summit": right after a verb in the past, an object
    for w in reversed(WORD.findall(clause)[-6:]):
        low = w.lower()
        if low in lx.OBJECT_PRECEDERS:
            return False
        if low in _CLAUSE_STARTERS:
            return True
    return True


def resolve_pronoun(refs: Sequence[Ref], i: int, focus: str) -> str:
    """Who a pronoun refers to: the nearest named person before it in the sentence, else the focus."""
    for r in reversed(refs[:i]):
        if r.who in ("traveler", "other") and r.subject:
            return r.who
    return focus


def subject_at(refs: Sequence[Ref], pos: int, focus: str) -> tuple[str, Ref | None]:
    """The subject of a verb at ``pos``: the nearest subject-like reference before it."""
    for i in range(len(refs) - 1, -1, -1):
        r = refs[i]
        if r.start >= pos or not r.subject:
            continue
        if r.who == "pronoun":
            if r.text.lower() in lx.PRONOUNS_OBJECT:
                continue
            return resolve_pronoun(refs, i, focus), r
        if r.who == "trip":
            return "traveler", r
        return r.who, r
    return focus, None
