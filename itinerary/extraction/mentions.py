"""Place mentions: every name in the story that the gazetteer knows, with what surrounds it.

The scanner walks the tokens of each sentence and takes the longest run of up to
``max_name_words`` tokens, starting at a capitalised word, that names a place, venue or
event. Descriptors ("the Ukrainian capital", "the Polish border town of Przemysl") and
qualifiers ("Paris, Texas", "Rome, Ga.", "Rome, in the northwest corner of Georgia") are
read here too, so the resolver can pick the right place.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from itinerary.extraction import lexicon as lx
from itinerary.extraction.text import ABBREVIATIONS, Sentence
from itinerary.gazetteer import Entry, EventEntry, Gazetteer, haversine_km, normalize

_TOKEN = re.compile(r"[^\W_](?:[\w'’.&]|-(?!-))*[\w.]|[^\W_]", re.UNICODE)  # ("cities--Shanghai": a dash, not a hyphen)
# Capitalised words that start sentences or names but are never places by themselves.
_NOT_PLACE_START = {
    "the", "a", "an", "in", "on", "at", "and", "of", "for", "to", "from", "with", "by", "as", "he", "she", "his",
    "her", "this", "that", "it", "but", "after", "before", "during", "said", "says", "is", "was", "will", "i",
    "we", "they", "their", "our", "mr", "mrs", "ms", "dr", "may", "president", "secretary", "minister", "pope",
    "prime", "gov", "sen", "rep", "gen", "first", "later", "then", "next", "last", "over", "while", "when",
    "where", "who", "what", "why", "how", "there", "here", "some", "most", "many", "no", "not", "if", "so",
    "all", "both", "each", "one", "two", "three", "four", "five", "six", "u", "us", "un", "eu", "photo",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "national", "defense",
    "state", "house", "ministry", "office", "department", "asked", "speaking", "officials", "aides",
    "general", "central", "royal", "federal", "union", "western", "eastern", "northern", "southern",
    "chinese", "american", "russian", "british", "french", "german", "news", "earlier", "since", "until",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january", "february",
    "march", "april", "june", "july", "august", "september", "october", "november", "december", "hurricane",
    "storm", "typhoon", "vice", "pan", "christmas", "easter", "thanksgiving", "diwali", "ramadan", "eid", "air", "force", "army", "navy", "marines", "christian", "alliance", "much", "add",
    "republic", "kingdom", "federation", "commonwealth", "principality", "sultanate", "congress", "parliament",
    "hamas", "hezbollah", "houthi", "houthis", "taliban", "nato", "opec", "asean", "brics", "quad", "aukus",
    "marian", "catholic", "orthodox", "anglican", "islamic", "jewish", "muslim", "holy", "apostolic",
    # titles ("to call on the King": the person, not King, North Carolina)
    "king", "queen", "prince", "princess", "emir", "sultan", "sheikh", "governor", "mayor", "chancellor", "premier",
    "speaker", "senator", "ambassador",
    # adjectives of peoples and regions ("several Gulf Arab states": not Arab, Alabama)
    "arab", "gulf",
}
# "RAAF Base Darwin", "Naval Station Norfolk": a facility named for the place, not a person's name
# "a visit to Newton Stewart Community Hospital": a facility named after its town
# (not airports and stadiums, often named after people: "Norman Manley International Airport")
# ("the Tamale Teaching Hospital", "the Tamale Central Market", "at the Kumasi Sports Stadium")
_FACILITY_NAMED_AFTER = re.compile(
    r"\s+(?:(?:Community|District|General|Regional|County|Municipal|Public|Central|Teaching|Technical|Sports|Civic|"
    r"Conference|Government|Police|Military|Senior|High|Jubilee|Main|City|Metropolitan|Polytechnic|State)\s+){1,2}"
    r"(?:Hospital|School|College|Infirmary|Market|Clinic|Health\s+Centre|Health\s+Center|University|Stadium|Park|"
    r"Hall|Centre|Center|Complex|Barracks|Prison|Station|Assembly)\b")
_ROOM_WORDS = {"lounge", "room", "suite", "wing", "terminal", "pavilion", "gate", "ballroom"}
# a verb written in capitals before a place ("Dec. 31: Arrives Sydney, Australia"; "Visits Hanoi") is no first name
_VERBS_BEFORE_PLACE = {"arrives", "arrived", "visits", "visited", "leaves", "left", "departs", "reaches", "tours", "returns",
                       "flies", "travels", "heads", "lands", "enters", "attends"}
_FACILITY_WORDS = {"base", "station", "airport", "airfield", "barracks", "garrison", "hospital", "college", "stadium",
                   "lake"}  # ("at Lake Naivasha": the lake of the town, not a person's name)
# Institution words: never a place alone ("laid flowers at the Monument"), and after a place they make it part
# of a longer name ("Temple University")
_INSTITUTIONS = {
    "monument", "university", "museum", "palace", "cathedral", "church", "stadium", "airport", "memorial", "square",
    "hall", "center", "centre", "embassy", "college", "school", "hospital", "senate", "chamber", "cabinet",
    "summit", "conference", "forum", "meeting", "assembly", "council", "dialogue", "congress", "session",
    "castle", "basilica", "chapel", "shrine", "abbey", "monastery", "mosque", "temple", "nunciature", "terminal",
    "convent", "seminary", "sanctuary", "parish",
}
# "the Republic of Angola", "the Kingdom of Saudi Arabia": the formal name of a country the gazetteer knows
_FORMAL_COUNTRY = re.compile(r"^(?:the )?(?:(?:democratic|federal|islamic|peoples?|united|socialist|hashemite|"
                             r"cooperative|plurinational|bolivarian|arab|federative|oriental|grand) )*"
                             r"(?:republic|kingdom|federation|commonwealth|principality|sultanate|state|duchy|"
                             r"grand duchy|emirate) of (?:the )?(?P<rest>.+)$")
# Broad regions that are never a stop and are missing from (or misfiled in) the gazetteer.
MACRO_REGIONS = {
    "europe", "asia", "africa", "middle east", "the middle east", "indo pacific", "the indo pacific",
    "asia pacific", "the asia pacific", "latin america", "north america", "south america", "the americas",
    "central america", "the caribbean", "caribbean", "the pacific islands", "pacific islands", "west asia",
    "the gulf", "gulf", "persian gulf", "the persian gulf", "the balkans", "balkans", "the baltics", "baltics",
    "baltic", "the baltic", "baltic states", "the baltic states", "nordic", "the nordics", "nordics",
    "the sahel", "sahel", "the caucasus", "caucasus", "eastern europe", "western europe", "central europe",
    "southeast asia", "east asia", "south asia", "central asia", "the west", "the arctic", "arctic",
    "the pacific", "pacific", "the atlantic", "atlantic", "the mediterranean", "mediterranean", "scandinavia",
    "the levant", "levant", "horn of africa", "the horn of africa", "sub saharan africa", "oceania", "antarctica",
    "central africa", "west africa", "east africa", "north africa", "southern africa", "the continent",
    "east coast", "west coast", "gulf coast", "the east coast", "the west coast", "the gulf coast", "midwest",
    "the midwest", "the south", "the north", "the mainland",
}
_PLACE_NOUNS = (
    r"town|city|village|port|capital|suburb|region|province|state|island|resort|enclave|hub|outpost|"
    r"district|county|border\s+town|border\s+city|port\s+city|seaside\s+town|base|megacity|metropolis|municipality|"
    r"towns|cities|villages|countries|nations|states|areas|districts|provinces|regions|islands|counties|home\s+town|hometown"
)
# "the Polish border town of Przemysl", "the ancient city of Nicaea", "the suburb of Irpin"
DESCRIBED = re.compile(
    rf"\b(?:the|his|her|their)\s+(?:(?P<dem>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+)?(?:(?!(?:of|to|in|at|for|from|with)\s)[a-z-]+(?:['’]s)?\s+){{0,3}}(?:[A-Z][a-z]+\s+)?(?:{_PLACE_NOUNS}|States|Provinces|Districts)\s+of\s+$"
)
# "the country's commercial capital Lagos", "Sri Lanka's ancient capital Anuradhapura": a descriptor set beside the
# name, with no "of"
APPOSED = re.compile(
    r"\b(?:the|his|her|their|[A-Z][\w.-]*(?:'s|’s))\s+(?:(?!of\s)[a-z-]+(?:['’]s)?\s+){0,3}"
    r"(?:capital|city|town|port|hub|village|metropolis|hometown|home\s+town)\s+$"
    # ("staff based in Afghan capital Kabul": a demonym with no article)
    r"|(?<=\sin\s)[A-Z][a-z]+\s+capital\s+$"
)
# "the Ukrainian capital", "the Russian capital", "the capital", "the capital of Georgia"
CAPITAL = re.compile(
    r"\b(?P<the>[Tt]he)\s+(?:(?P<dem>[A-Z][a-z]+(?:-[A-Z][a-z]+)?|U\.S\.|US|U\.K\.|UK)\s+)?(?P<what>capital|(?<=[a-z]\s)Capital|state\s+capital|state\s+capitol|"
    r"city-state|city\s+state)"
    r"(?:\s+city)?(?!\s+(?:of|region|district|markets?|city's|letters?|gains|punishment|investment|expenditure))\b"
    # ("in the capital Canberra": the name that follows is the place)
    r"(?!\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
    r"July|August|September|October|November|December)\b)[A-Z][a-z])"
)
# small words that may follow a place written with a hyphen ("a trip to Addis-Ababa to attend")
_GLUE_AFTER = frozenset({"to", "on", "in", "at", "for", "and", "or", "from", "with", "by", "as", "where", "when", "which",
                         "who", "after", "before", "this", "last", "next", "is", "was", "will", "has", "had", "the"})
# a person's name in the story names no town smaller than this, even after "visit" ("Geren" is not Gehren)
_NAMESAKE_TOWN_MAX = 100_000
# "the US capital", "the UK capital"
_COUNTRY_INITIALS = {"US": "US", "U.S.": "US", "UK": "GB", "U.K.": "GB"}
_OWN_CAPITAL = re.compile(r"(?:'s|’s|'|’)?\s+capital\b(?!\s+(?:city's|markets?|gains|punishment|investment))")
# "this northeast Texas town", "this port city": the place the story is datelined from
# "arrived here on Thursday", "is here on a three-day visit": wire copy's word for its dateline's place
HERE = re.compile(r"\b(?:arrived|arrives|arriving|landed|lands|reached|reaches|came|comes|flew\s+in|touched\s+down)\s+(here)\b|"
                  r"\b(?:is|was|are|were)\s+(here)\s+(?:on|for)\s+(?:a|an|his|her|their|the)\b")
THIS_PLACE = re.compile(r"\b[Tt]his\s+(?:[\w-]+\s+){0,3}?(?:town|city|village|port|capital|community|port\s+city)\b(?!\s+of\s+[A-Z])")
# Qualifiers right after a name: ", Fla.", ", Texas", ", in the northwest corner of Georgia", ", in northern Australia"
QUALIFIER = re.compile(
    r"^,?\s*(?:in\s+(?:the\s+)?(?:[a-z-]+\s+){0,4}?(?:of\s+)?)?(?P<q>(?:[A-Z][\w.'’]*\.?)(?:\s+[A-Z][\w.'’]*){0,2})"
)
# "Bogota (Colombia)", "Perth (Australia)": a qualifier in brackets
PAREN_QUAL = re.compile(r"^\s*\((?P<q>[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*){0,2})\)")
# "Paris, the northeast Texas town of ..." → Texas
APPOSITIVE_QUAL = re.compile(
    rf"^,\s*(?:the|a)\s+(?:[a-z-]+\s+){{0,2}}(?P<q>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:{_PLACE_NOUNS})\b"
)


# lower-case words inside names ("Bosnia and Herzegovina", "NATO headquarters", "World Economic Forum's annual meeting")
_NAME_ENDS = {"headquarters", "hq", "state", "memorial", "meeting", "summit", "conference", "forum", "ministerial",
              "dialogue", "assembly", "session", "anniversary", "base", "palace", "street"}
_NAME_WORDS = _NAME_ENDS | {"of", "de", "del", "la", "le", "les", "el", "al", "and", "upon", "on", "the", "da", "do",
                            "di", "du", "am", "an", "im", "sur", "en", "es", "des", "der", "den", "los", "las", "y",
                            "ul", "ur", "bin", "ibn", "as", "ash", "ad", "ar", "az", "ez", "dos", "das", "van",
                            "von", "aan", "op", "annual", "defense", "defence", "ministers",
                            "ministers'", "general", "security", "economic", "foreign"}


class Token(NamedTuple):
    start: int  # absolute
    end: int
    text: str
    possessive: bool


@dataclass(slots=True)
class PlaceMention:
    """A place, venue, event or descriptor named in the text."""

    start: int
    end: int
    text: str
    sentence: int
    kind: str  # "place" | "venue" | "event" | "descriptor" | "capital" | "macro"
    candidates: tuple[Entry, ...] = ()
    venue: Entry | None = None
    event: EventEntry | None = None
    possessive: bool = False
    qualifier: str | None = None  # raw qualifier text ("Fla.", "Texas", "Georgia", "Polish")
    qualifier_code: str | None = None  # "US-FL", "PL"
    demonym_code: str | None = None  # "the Ukrainian capital" → "UA"
    person_like: bool = False
    in_quote: bool = False
    entry: Entry | None = None  # resolved place (city/country/region); venues resolve to their city
    notes: list[str] = field(default_factory=list)


@functools.lru_cache(maxsize=4)
def _event_keys(gaz: Gazetteer) -> frozenset[str]:
    return frozenset(gaz.event_names())


def _inside(spans: Sequence[tuple[int, int]], starts: Sequence[int], pos: int) -> bool:
    """Is ``pos`` inside one of the sorted, non-overlapping ``spans``?"""
    k = bisect.bisect_right(starts, pos) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


def tokenize(text: str, offset: int = 0) -> list[Token]:
    out: list[Token] = []
    for m in _TOKEN.finditer(text):
        raw = m.group(0)
        a, b = m.start(), m.end()
        possessive = False
        if raw.endswith(("'s", "’s")):
            raw, b, possessive = raw[:-2], b - 2, True
        elif raw.endswith(("s'", "s’")):
            raw, b, possessive = raw[:-1], b - 1, True
        elif raw.endswith("s") and text[b:b + 1] in ("'", "’") and not text[b + 1:b + 2].isalnum():
            possessive = True  # "St. Thomas' Anglican Church": the apostrophe is not part of the token
        # keep periods of abbreviations ("U.S.", "Fla.", "H.M."), drop a sentence-final one
        if raw.endswith(".") and not (re.fullmatch(r"(?:[A-Za-z]\.)+", raw) or raw[:-1].lower() in ABBREVIATIONS):
            raw, b = raw[:-1], b - 1
        if raw:
            out.append(Token(offset + a, offset + b, raw, possessive))
    return out


# "Edinburgh International airport", "Glasgow Airport": the city's own facility, not a person's name
# (a place suffix, "City", "Town" or "Airport", is never a surname, whatever the city's size: see _PLACE_SUFFIX)
_CITY_FACILITY = {"international", "airfield", "harbour", "harbor", "cathedral", "stadium", "arena",
                  # "the Fort Worth Fire Department Training Academy", "Kyiv Railway Station": a facility in the city
                  "fire", "police", "university", "hospital", "museum", "convention", "railway", "train", "central",
                  "station", "zoo", "chamber", "war", "memorial", "botanic", "botanical", "cemetery"}


# "Ngara District", "Tochigi Prefecture", "Windsor Castle", "Batam Island": a word that says the name before it is a place
_PLACE_SUFFIX = (lx.REGION_WORDS - {"region", "area"}) | {"municipality", "castle", "airport", "island", "states", "provinces",
                                                           "districts", "counties", "regions",
                                                           # ("visited Wajima City", "in Anamizu Town")
                                                           "city", "town"}


# Words that end the name of a natural feature or a settlement ("Batchawana Bay"); alone they are not the place.
_FEATURE_WORDS = frozenset({"bay", "lake", "lakes", "river", "island", "islands", "beach", "falls", "point", "harbour",
                            "harbor", "creek", "valley", "springs", "hills", "mountain", "mountains", "coast", "gulf",
                            "peninsula", "sound", "cove", "bluff", "forest"})
_COMPASS_AFTER = frozenset({"East", "West", "North", "South", "Central"})
_LIST_GOES_ON = re.compile(r"(?:\s+[A-Z][\w'’-]+){0,3}\s*(?:,|\band\b|\bor\b)")
_LIST_GLUE = re.compile(r"\s*(?:,|,?\s+and|,?\s+or)\s+")
_AIRPORT_AFTER = re.compile(r"\s+(?:International\s+)?(?:Airport|Airfield)\b")


def _own_airport(text: str, b: int, before: Token | None) -> bool:
    """"at the Paro International Airport": the town's own airport (not "Jorge Chavez International Airport" or
    "Logan International Airport, Boston", named for someone and placed by the name after it)."""
    m = _AIRPORT_AFTER.match(text, b)
    return m is not None and not re.match(r"\s*(?:,|\bin\b|\bnear\b|\boutside\b)\s*[A-Z]", text[m.end():]) \
        and (before is None or not _is_cap(before.text) or before.text in ("The", "At", "In"))


# "Boston Logan International Airport", "Tweed New Haven Regional Airport": a city's name inside its airport's name
_AIRPORT_WORDS = r"(?:(?:International|Regional|National|Municipal|Intercontinental)\s+){0,2}Airport\b"
_NAMED_AIRPORT_AFTER = re.compile(r"(?P<names>(?:\s+[A-Z][\w'’-]+){0,2}?)\s+" + _AIRPORT_WORDS)
_CITY_OF_ITS_AIRPORT = 50_000
_BIG_CITY_OF_ITS_AIRPORT = 500_000


def _city_in_airport_name(text: str, a: int, b: int, m: PlaceMention) -> bool:
    """Is the city named inside the name of an airport, with a word before or after it (a person's name or the
    airport's own)? A city of some size only: "Jomo Kenyatta International Airport" is not in a town Kenyatta."""
    after = _NAMED_AIRPORT_AFTER.match(text, b)
    before = re.search(r"(?:^|[^\w'’-])((?:[A-Z][\w'’-]+\s+){0,2})$", text[max(0, a - 40):a])
    if after is None or before is None or not (after.group("names") or before.group(1)):
        return False  # (a word of the name besides the city's: "Logan International Airport, Boston" is Boston's)
    # a city first, then a word, is a given name more often ("Norman Manley International Airport"), unless the
    # city is a big one ("Boston Logan International Airport")
    least = _CITY_OF_ITS_AIRPORT if before.group(1) else _BIG_CITY_OF_ITS_AIRPORT
    return any(c.kind == "city" and c.population >= least and normalize(c.name) == normalize(m.text)
               for c in m.candidates)


_VENUE_LOCATED = re.compile(r"(?:\s+in|\s+at|,)\s+(?:the\s+)?(?P<p>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")


def _venue_elsewhere(gaz: Gazetteer, m: PlaceMention, text: str, after: int, sentence_end: int) -> bool:
    """Is a venue named as located in a place far from it (a common name: "the State Guest House in X")?"""
    v = m.venue
    if v is None:
        return False
    if normalize(m.text) != normalize(v.name) and re.match(r"[ \t]+[A-Z][a-z]+\b", text[after:sentence_end]):
        return True  # "the State Guest House Padma": a longer name, another house than the one of that alias
    loc = _VENUE_LOCATED.match(text, after, sentence_end)
    if loc is None:
        return False
    words = loc.group("p").split()
    for n in range(len(words), 0, -1):
        places = [e for e in gaz.lookup(" ".join(words[:n])) if e.kind != "venue"]
        if places:
            return not any(e.country_code == v.country_code and (e.kind != "city" or haversine_km(
                e.lat, e.lon, v.lat, v.lon) < 100) for e in places)
    return False


# an Arabic or Romance article joined to a capitalised word inside a name: "Sharm el-Sheikh", "Ras al-Khaimah"
_PARTICLE_NAME = re.compile(r"(?:el|al|ad|ar|as|ash|az|ed|en|es|et|ez|ul|ur|bin|ibn|de|di|du|da|la|le)-[A-Z]")


def _is_cap(tok: str) -> bool:
    # ("Cote d'Ivoire", "L'Aquila": an elided article before a capital)
    return tok[:1].isupper() or tok[:1].isdigit() or bool(re.match(r"[a-z]{1,2}['’][A-Z]", tok))


def _qualifier(gaz: Gazetteer, text: str, after: int, sentence_end: int) -> tuple[str | None, str | None, int]:
    """A state or country named right after a place: (raw text, code like 'US-GA' or 'GE', end offset)."""
    tail = text[after:min(sentence_end, after + 80)]
    for pattern in (APPOSITIVE_QUAL, PAREN_QUAL, QUALIFIER):
        m = pattern.match(tail)
        if not m:
            continue
        raw = m.group("q").rstrip(",")
        if pattern is PAREN_QUAL and raw != m.group("q"):
            continue
        # ("in Hamburg Germany": a country may follow with no comma)
        bare = pattern is QUALIFIER and not tail.startswith(",")
        if bare and not tail.startswith(" "):
            continue
        words = raw.split()
        for n in range(len(words), 0, -1):
            cand = " ".join(words[:n])
            end = after + m.start("q") + len(cand)
            if bare:
                country = next((e for e in gaz.lookup(cand) if e.kind == "country" and e.country_code), None)
                if country is not None and normalize(country.name) == normalize(cand):
                    return cand, country.country_code, end
                continue
            state = gaz.us_state(cand)
            if state and (cand.endswith(".") or len(cand) > 2 or cand.isupper()):
                return cand, f"US-{state}", end
            code = gaz.demonym(cand)
            if code and pattern is APPOSITIVE_QUAL:
                return cand, code, end
            for e in gaz.lookup(cand):
                if e.kind == "country" and e.country_code:
                    return cand, e.country_code, end
                if e.kind == "region" and e.country_code and e.admin1:
                    return cand, f"{e.country_code}-{e.admin1}", end
    return None, None, after


_STORM = re.compile(r"\b(?:[Tt]yphoon|[Hh]urricane|[Cc]yclone|[Tt]ropical\s+[Ss]torm|[Tt]ropical\s+[Dd]epression|[Ss]torm)"
                    r"\s+[“\"'‘]?([A-Z][a-z]+)\b")


_THE_US_ITSELF = re.compile(r"\bthe\s+$")
_US_ENDS = re.compile(r"(?:\s*[.,;:!?)”\"]|\s+(?:on|in|at|for|to|this|next|last|and|after|before|from|early|later|"
                      r"where|with|until|since|by|via|over)\b|\s*$)")


# "the Highland County Fair", "Otter Tail County officials": a unit named in full, then something of it (no surname)
_UNIT_NAMED_IN_FULL = re.compile(r"\b(?:County|Parish|Province|Borough)$")


def find_mentions(text: str, sentences: Sequence[Sentence], gaz: Gazetteer, person_names: set[str],
                  quotes: Sequence[tuple[int, int]]) -> list[PlaceMention]:
    """Every place, venue, event and descriptor mention in the story, left to right."""
    quote_starts = [q[0] for q in quotes]
    # a storm's name is no place ("Super Typhoon Julian ... three people died due to Julian")
    person_names = person_names | set(_STORM.findall(text))
    event_keys = _event_keys(gaz)
    max_words = min(gaz.max_name_words, 8)
    mentions: list[PlaceMention] = []
    dateline: PlaceMention | None = None
    here_candidates: tuple[Entry, ...] = ()
    for s in sentences:
        if s.kind == "title":
            continue
        first_here = len(mentions)  # this sentence's mentions are mentions[first_here:]
        toks = tokenize(s.text, s.start)
        norms = [normalize(t.text) for t in toks]
        caps = [_is_cap(t.text) for t in toks]
        taken_until = -1
        for i, tok in enumerate(toks):
            if tok.start < taken_until or not caps[i]:
                continue
            first_low = norms[i]
            best: tuple[int, str, str] | None = None  # (j, kind, key)
            # a name runs over capitalised words, connectors ("of", "de") and a few lower-case nouns
            run = i + 1
            while run < len(toks) and run < i + max_words and (caps[run] or norms[run] in _NAME_WORDS
                                                               or _PARTICLE_NAME.match(toks[run].text)) \
                    and text[toks[run - 1].end:toks[run].start].strip() in ("", "'s", "’s"):
                run += 1
            for j in range(run, i, -1):
                if not (caps[j - 1] or norms[j - 1] in _NAME_ENDS or _PARTICLE_NAME.match(toks[j - 1].text)):
                    continue
                key = " ".join(norms[i:j]).strip()
                if not key:
                    continue
                if key in event_keys or ("the " + key) in event_keys:
                    best = (j, "event", key)
                    break
                if any(t.possessive for t in toks[i:j - 1]):
                    # "Cox's Bazar", "St. John's": a possessive inside a place's own name
                    alt = " ".join(n + "s" if t.possessive and k < j - 1 else n
                                   for k, (t, n) in enumerate(zip(toks[i:j], norms[i:j], strict=True), start=i))
                    if gaz.has(alt):
                        best = (j, "place", alt)
                        break
                    continue
                if key in MACRO_REGIONS:
                    best = (j, "macro", key)
                    break
                if j - i == 1 and (first_low in _NOT_PLACE_START or first_low in _INSTITUTIONS) \
                        and not (tok.text in ("US", "U.S.") and _THE_US_ITSELF.search(text, max(s.start, tok.start - 5),
                                                                                     tok.start)
                                 and _US_ENDS.match(text, tok.end)):
                    # ("travel to the US on Monday", "leave to the U.S.": the country; but not "the US president",
                    # "the U.S. Embassy" or "us")
                    continue
                if j - i == 1 and first_low in _FEATURE_WORDS and i > 0 and caps[i - 1] \
                        and text[toks[i - 1].end:tok.start] == " ":
                    continue  # "Batchawana Bay", "Kalam Valley": a place the gazetteer lacks, not Bay, Arkansas
                if j - i == 1 and j < len(toks) and toks[j].text in _COMPASS_AFTER \
                        and text[tok.end:toks[j].start] == " ":
                    continue  # "Wassa East", "Birim North": a district the gazetteer lacks, not Wassa
                if j - i == 1 and j < len(toks) and toks[j].text[:1].islower() and gaz.demonym(tok.text):
                    continue  # "the Canadian capital", "Canadian dollars": a demonym, not Canadian, Texas
                if j - i == 1 and "-" in tok.text and j < len(toks) and toks[j].text.islower() \
                        and toks[j].text not in _GLUE_AFTER and text[tok.end:toks[j].start] == " " \
                        and not any("-" in c.name for c in gaz.lookup_normalized(key)):
                    continue  # "the High-Level meeting": a compound adjective, not High Level, Alberta
                if gaz.has(key):
                    best = (j, "place", key)
                    break
                fm = _FORMAL_COUNTRY.match(key)
                if fm and any(e.kind == "country" for e in gaz.lookup_normalized(fm.group("rest"))):
                    best = (j, "place", fm.group("rest"))
                    break
            if best is None:
                continue
            j, kind, key = best
            a, b = tok.start, toks[j - 1].end
            m = PlaceMention(a, b, text[a:b], s.index, kind, possessive=toks[j - 1].possessive)
            if kind == "event":
                m.event = gaz.event(key)
                if m.event is not None:
                    m.venue = m.event.venue
                    m.candidates = (m.event.place,)
            elif kind == "place":
                cands = gaz.lookup_normalized(key)
                venue = next((c for c in cands if c.kind == "venue"), None)
                # a curated venue wins when its full name was written ("Fort Cavazos", "Camp H.M. Smith")
                if venue is not None and j - i == 1 and i > 0 and toks[i - 1].end >= a - 1 and (
                        (_is_cap(toks[i - 1].text) and toks[i - 1].text.lower() not in _NOT_PLACE_START)
                        or toks[i - 1].text.lower() == "state"):
                    continue  # "the Provincial Capitol", "the Texas Capitol", "the State Capitol": another building
                if venue is not None and (normalize(venue.name) in (key, "the " + key) or j - i > 1
                                          or not any(c.kind in ("country", "region") for c in cands)):
                    m.kind = "venue"
                    m.venue = venue
                    city = gaz.city_of(venue)
                    m.candidates = (city,) if city is not None else (venue,)
                else:
                    m.candidates = tuple(c for c in cands if c.kind != "venue")
            # context: person names, quotes, qualifiers, descriptors
            before_tok = toks[i - 1] if i > 0 else None
            after_tok = toks[j] if j < len(toks) else None
            if kind in ("place",) and m.kind == "place":
                name_set = person_names
                if m.text in name_set and (not re.search(
                        r"\b(?:in|to|at|from|near|outside|into|toward|towards|of|via|through|visit(?:ed|ing|s)?|reach(?:ed|ing)?|left|leaving|tour(?:ed|ing)?)\s+(?:the\s+)?$",
                        text[max(s.start, a - 25):a]) or (len(m.text) > 2 and all(
                        c.kind == "city" and c.population < _NAMESAKE_TOWN_MAX for c in m.candidates)) or re.match(
                        # ("During the two-day tour Santos will meet the king": the name is the subject of what follows)
                        r"\s+(?:will|would|has|had|said|says|met|meets|told|added)\b", text[b:b + 12])):
                    # ("During his visit Geren also assessed ...": a name the story uses, not Gehren in Germany; a city
                    # of its own, "Sialkot", stays a place after "visit")
                    m.person_like = True
                if after_tok is not None and _is_cap(after_tok.text) and after_tok.start - b <= 1 \
                        and not re.match(r"[,.;:]", text[b:after_tok.start] or " ") \
                        and after_tok.text.lower() not in _NOT_PLACE_START | {"and", "or"} \
                        and not (after_tok.text.lower() in _CITY_FACILITY
                                 and any(c.kind == "city" and c.population >= 100_000 and c.name == m.text
                                         for c in m.candidates)) \
                        and after_tok.text.lower() not in _PLACE_SUFFIX \
                        and not (_own_airport(text, b, before_tok) and any(
                            c.kind == "city" and normalize(c.name) == normalize(m.text) for c in m.candidates)) \
                        and not after_tok.text.isupper() \
                        and not _UNIT_NAMED_IN_FULL.search(m.text) \
                        and not (after_tok.text.lower() in ("helipad", "airstrip") and any(
                            c.kind == "city" and normalize(c.name) == normalize(m.text) for c in m.candidates)) \
                        and not (_FACILITY_NAMED_AFTER.match(text, b) and any(
                            c.kind == "city" and normalize(c.name) == normalize(m.text) for c in m.candidates)) \
                        and not (after_tok.text in person_names and m.text not in person_names
                                 and re.search(r"\b(?:[Ii]n|[Aa]t|[Ff]rom)\s+$", text[max(s.start, a - 6):a])) \
                        and not (len(mentions) > first_here and mentions[-1].kind == "place"
                                 and _LIST_GLUE.fullmatch(text, mentions[-1].end, a)
                                 and _LIST_GOES_ON.match(text, b)):
                    # ("Indonesia, Brunei Dar Al-Salam, Japan": an item of a list of places, named at length)
                    # ("In Normandy Abbott joined ...": a place, then the person the story names)
                    m.person_like = True  # "Jordan Bardella", "Texas National Guard"
                if before_tok is not None and _is_cap(before_tok.text) and before_tok.end >= a - 1 \
                        and not before_tok.possessive and before_tok.text.lower() not in _NOT_PLACE_START \
                        and before_tok.text.lower() not in _FACILITY_WORDS \
                        and before_tok.text.lower() not in _VERBS_BEFORE_PLACE \
                        and before_tok.start != s.start and not before_tok.text.isupper() \
                        and not text[before_tok.end:a].strip():
                    m.person_like = True  # "Jim Jordan", "Lloyd Austin"
                if m.person_like and m.text not in name_set and _city_in_airport_name(text, a, b, m) \
                        and not (len(mentions) > first_here and not mentions[-1].person_like
                                 and not text[mentions[-1].end:a].strip()):
                    m.person_like = False
            m.in_quote = _inside(quotes, quote_starts, a)
            q_raw, q_code, q_end = _qualifier(gaz, text, b, s.end)
            if q_code and m.kind == "place" and any(
                    c.kind == "city" and (c.country_code == q_code or f"{c.country_code}-{c.admin1}" == q_code)
                    for c in m.candidates):
                m.qualifier, m.qualifier_code = q_raw, q_code
                # ", Fla." is part of this mention, not a mention of its own
                lead_in = text[b:q_end - len(q_raw or "")]
                if re.fullmatch(r"\s+", lead_in):
                    m.person_like = False  # "in Hamburg Germany": the country, not a surname
                    b_skip = q_end
                elif re.fullmatch(r",\s*", lead_in):
                    b_skip = q_end
                elif re.fullmatch(r"\s*\(\s*", lead_in) and text.startswith(")", q_end):
                    b_skip = q_end + 1  # "Bogota (Colombia)"
                else:
                    b_skip = b
            else:
                b_skip = b
            lead = text[max(s.start, a - 80):a]
            dm = DESCRIBED.search(lead)
            if dm and dm.group("dem"):
                code = gaz.demonym(dm.group("dem"))
                if code:
                    m.qualifier, m.qualifier_code = dm.group("dem"), code
            if m.kind == "place" and before_tok is not None and before_tok.text.lower() == "the" and after_tok is not None \
                    and after_tok.text in _ROOM_WORDS and not any(c.kind in ("country", "region") for c in m.candidates):
                continue  # "at the Jubilee lounge of the KIA": a room's name, not the town of Jubilee
            if m.kind == "venue" and _venue_elsewhere(gaz, m, text, b_skip, s.end):
                continue  # "the State Guest House in Bhubaneswar" is not Tokyo's State Guest House
            if m.kind == "place" and tok.text.isupper() and j - i == 1 and len(tok.text) > 1 and s.kind != "dateline" \
                    and all(c.kind == "city" for c in m.candidates):
                continue  # an acronym ("NATO") that happens to be a village somewhere
            mentions.append(m)
            taken_until = b_skip
        # descriptors: "the Ukrainian capital", "the capital", "the state capitol"
        # "East Timor's capital": the capital of the country named
        for m in mentions[first_here:]:
            if m.possessive and m.kind == "place":
                code = next((c.country_code for c in m.candidates if c.kind == "country" and c.country_code), None)
                cm = _OWN_CAPITAL.match(text, m.end)
                cap = gaz.capital(code) if code is not None and cm is not None else None
                if cap is not None and cm is not None:
                    m.kind, m.candidates, m.possessive = "capital", (cap,), False
                    m.end = cm.end()
                    m.text = text[m.start:m.end]
                    m.demonym_code = code
        for cm in CAPITAL.finditer(s.text):
            a, b = s.start + cm.start(), s.start + cm.end()
            if any(x.start <= a < x.end for x in mentions[first_here:]):
                continue
            code = (_COUNTRY_INITIALS.get(cm.group("dem")) or gaz.demonym(cm.group("dem"))) if cm.group("dem") else None
            if cm.group("dem") and code is None:
                continue
            m = PlaceMention(a, b, text[a:b], s.index, "capital", demonym_code=code)
            if code:
                cap = gaz.capital(code)
                m.candidates = (cap,) if cap else ()
            m.in_quote = _inside(quotes, quote_starts, a)
            mentions.append(m)
        if s.kind == "dateline" and dateline is None:
            dateline = next((x for x in mentions[first_here:] if x.kind == "place"), None)
            if dateline is not None:
                # ("NEW DELHI" is New Delhi, not Delhi, which has it as an alternate name)
                key = normalize(dateline.text)
                here_candidates = tuple(c for c in dateline.candidates if normalize(c.name) == key) or dateline.candidates
        # "came to this northeast Texas town of 25,000": the dateline's place
        if dateline is not None and s.kind == "body":
            for hm in THIS_PLACE.finditer(s.text):
                a, b = s.start + hm.start(), s.start + hm.end()
                if any(x.start <= a < x.end for x in mentions[first_here:]):
                    continue
                m = PlaceMention(a, b, text[a:b], s.index, "place", candidates=dateline.candidates,
                                 qualifier=dateline.qualifier, qualifier_code=dateline.qualifier_code)
                m.in_quote = _inside(quotes, quote_starts, a)
                mentions.append(m)
            for hm in HERE.finditer(s.text):
                g = 1 if hm.group(1) else 2
                a, b = s.start + hm.start(g), s.start + hm.end(g)
                m = PlaceMention(a, b, text[a:b], s.index, "place", candidates=here_candidates,
                                 qualifier=dateline.qualifier, qualifier_code=dateline.qualifier_code)
                m.in_quote = _inside(quotes, quote_starts, a)
                mentions.append(m)
    mentions.sort(key=lambda x: x.start)
    return mentions
