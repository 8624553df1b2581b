"""Is a place mention a stop? The travel or presence phrase that governs it, who does it, and when.

Each mention gets a :class:`Verdict`: a :class:`Candidate` stop, or the reason it is not one (a place merely
discussed, another person's trip, a past trip, a dropped plan, a quote, a dateline, a caption).
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
import itertools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from itinerary.disambiguation import Context, rank
from itinerary.extraction import lexicon as lx
from itinerary.extraction.clauses import clause_bounds, clause_scope, mask_quotes
from itinerary.extraction.dates import (
    WEEKDAYS,
    DateExpr,
    find_dates,
    month_window,
    resolve_explicit,
)
from itinerary.extraction.mentions import APPOSED, DESCRIBED, PlaceMention
from itinerary.extraction.people import Person
from itinerary.extraction.places import REGION_KM, contains, km, same_entry
from itinerary.extraction.plausibility import NEARBY_KM, far_fetched, prefer_near_reading, stray_namesake
from itinerary.extraction.references import (
    WORD,
    Ref,
    find_refs,
    resolve_pronoun,
    story_pronoun,
    subject_at,
    traveler_patterns,
)
from itinerary.extraction.text import Sentence, quoted_spans
from itinerary.gazetteer import Entry, Gazetteer, normalize


@dataclass(slots=True)
class Candidate:
    """A mention that puts the traveler somewhere."""

    mention: PlaceMention
    entry: Entry
    sentence: Sentence
    status: str  # visited | planned
    role: str  # strong | weak | origin | container
    confidence: float
    cue: str | None = None  # first | last
    is_return: bool = False
    before: Candidate | None = None  # this stop comes right before that one
    on_the_way: bool = False  # a stop on the way to a route's destination ("... to Memphis, with stops in Atlanta")
    left_for_home: bool = False  # the place one returns from ("flew back to Paris from Jakarta")
    in_before_clause: bool = False  # inside "Before arriving in Tokyo, ..." (it comes after the main clause)
    coordinated: int = 0  # size of the list this mention is part of
    dates: list[DateExpr] = field(default_factory=list)
    start: dt.date | None = None
    end: dt.date | None = None
    approx: float | None = None  # ordinal used for ordering only ("over the weekend")
    part: float = 0.0
    date_text: str | None = None
    home: bool = False
    label: bool = False  # "Singapore. The final leg began on Sept. 11.": a paragraph headed by the place
    airport: bool = False  # "met at Vnukovo airport": the airport of the city the traveler is in
    en_route_to: Entry | None = None  # "On his way to Angola, he stopped in Cape Verde": comes before Angola
    story_day: dt.date | None = None  # the story's day where it is told, for a stop with no day stated for it
    trip_start: bool = False  # "return to Amman, where he started his trip": the earlier stop at the place
    schedule: bool = False  # "Tuesday 16th October: Sydney, Australia": a line of a day-by-day schedule
    final_stop: bool = False  # "Manila, his fourth and final stop": said to end the trip, whatever the sentence says came after

    @property
    def place_key(self) -> str:
        return self.entry.id


# --- classification ------------------------------------------------------------------------------------

STRAY_NAMESAKE = "a small town of that name in a country the story does not name: most likely a local place"
NO_PHRASING = "named, but no travel or presence phrasing puts the traveler there"

# "His next stop is New York", "the final destination will be Lima"
_NEXT_STOP = re.compile(r"\b(?:next|final|last|first|second|third|fourth|fifth)\s+(?:stop|destination|leg|port\s+of\s+call)"
                        # ("The last stop on her journey is Podgorica")
                        r"(?:\s+(?:on|of)\s+(?:the|his|her|their|this)\s+(?:[\w-]+\s+){0,2}?(?:trip|tour|journey|visit|swing))?"
                        # ("Champagne's next destination on May 25 will be Seoul": the day between)
                        r"(?:\s+on\s+(?:[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+|[A-Z][a-z]+day))?"
                        # ("first destination will be the tribal-dominated Balrampur district"; "last stop was the most
                        # important: Berlin")
                        r"(?:\s+(?:is|was|will\s+be|would\s+be|are|were)\s+(?:the\s+)?(?:[a-z]+-[a-z]+\s+)?|\s*,\s*|"
                        r"\s+(?:is|was|will\s+be)\s+(?:the\s+)?(?:most\s+)?[a-z]+\s*:\s*)$|"
                        # "The prince's first call was at Llandaff Cathedral in Cardiff"
                        r"\b(?:next|final|last|first|second|third)\s+(?:stop|call|engagement|port\s+of\s+call)\s+"
                        r"(?:is|was|will\s+be|would\s+be)\s+(?:at|in)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,5}in\s+$|"
                        # "First up is London for a summit", "Then it is off to France", "Next up is Ankara"
                        r"^\W*(?:(?:First|Next|Then|Last)\s+up\s+(?:is|was|will\s+be)|(?:Then|Next)\s+(?:it\s+is|it['’]s)\s+"
                        r"(?:off|on)\s+to|"
                        # "Next on her itinerary is Quito"
                        r"(?:Next|First|Last|Also)\s+on\s+(?:the|his|her|their)\s+(?:itinerary|agenda|schedule)\s+(?:is|was|will\s+be|are|were))"
                        r"\s+$", re.I)
# "The tour had begun far to the south, in Windhoek": where a trip began or ended
_TRIP_BOUND = re.compile(r"\b(?:began|begun|begins|started|opened|ended|finished|concluded|closed|kicked\s+off|wrapped\s+up)"
                         r"\b[^,.;]{0,30},\s*(?:in|at)\s+(?:the\s+)?$")
# "Poland is Hegseth's final stop", "Manila will be the next stop": the place, then what it is to the trip
# ("Mombasa county was their last destination": the unit's word between)
_STOP_AFTER = re.compile(r"(?:\s+(?:county|district|province|region|state|city|town|prefecture))?(?:"
                         # "will make Paris her first foreign destination"
                         r"\s+(?:his|her|their)\s+(?:first|next|final|last)\s+(?:[\w-]+\s+){0,2}?(destination|stop)\b|"
                         r"\s+(leg|stop|stage|part|portion)\s+of\s+(?:the|his|her|their|this|its)\s+(?:[\w-]+\s+){0,3}?"
                         # "The Lima leg of her tour was short": the part of the trip spent there
                         r"(?:tour|trip|visit|journey|swing)\b|"
                         r"\s+(?:is|was|will\s+be|would\s+be)\s+(?:the\s+|his\s+|her\s+|their\s+|"
                         r"(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*(?:'s|’s)\s+)?"
                         r"(?:trip's\s+|tour's\s+)?(?:next|final|last|first|second|third|fourth|fifth|sixth|seventh|eighth)\s+(stop|destination|leg|station)\b|"
                         # ("official visits to four nations, with India being the first stop")
                         r"\s+being\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:next|final|last|first|second|third)\s+(stop|destination|leg)\b|"
                         # "the Philippines—where Blinken's next stop will be"
                         r"\s*[—–,]\s*where\s+(?:[\w'’.-]+\s+){1,4}?(?:next|final|last)\s+(stop|destination)\s+(?:is|will\s+be)\b|"
                         # "a flight from Manila, the US leader's fourth and final stop": an appositive
                         r"\s*,\s*(?:the|his|her|their)\s+(?:[\w.-]+\s+){0,2}?(?:[\w.-]+(?:'s|’s)\s+)?(?:trip's\s+|tour's\s+)?"
                         r"(?:(?:first|second|third|fourth|fifth|sixth|seventh|next)\s+(?:and\s+)?)?(?:final|last|first|second|"
                         r"third|fourth|fifth|sixth|seventh|next)\s+(stop|destination|leg)\b)")
# "He planned to conclude his tour with a visit to Sanaa, but the Houthis refused": the plan did not happen
_REFUSED_AFTER = re.compile(r",?\s*but\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:refused|declined|objected|vetoed|said\s+no)\b")
_FOR_A_VISIT = re.compile(r"(?:'s|’s)?\s+for\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}")
_SAID_THEY = re.compile(r"\s+(?:said|says)\s+(?:that\s+)?they\s+(?:will|would|plan|are|were)\b")
# a negation of what is said, not of the trip: "unable to confirm the exact reason for the Premier's trip to Tokyo"
_NEGATED_SPEECH = re.compile(r"\s*(?:\w+\s+){0,1}(?:confirm|say|said|explain|comment|disclose|reveal|specify|elaborate|give\s+details)\b")


def _negated(scope: str) -> bool:
    """Does a negation in ``scope`` deny the trip (not merely what someone could say about it)?"""
    return any(not _NEGATED_SPEECH.match(scope, n.end()) for n in lx.NEGATION.finditer(scope))


_ACCOMPANIES = re.compile(r"\b(?:accompany|accompanies|accompanied|accompanying|join|joins|joined|joining)\s+(?:the\s+)?$")
# ("Orban accompanied Morawiecki at the dinner and then flew to Vienna": his own move after)
_OWN_NEXT_MOVE = re.compile(r"\b(?:then|before|after|but|later)\b|;|\band\s+(?:also\s+)?(?:flew|went|traveled|travelled|headed|left|"
                            r"drove|visited|returned|moved|proceeded|arrived)\b")
_ALONGSIDE = re.compile(r"\b(?:alongside|along\s+with|together\s+with)\s+(?:(?:Sir|Dame|Mr|Mrs|Ms|Dr)\.?\s+)?$")
_ITINERARY_AFTER = re.compile(r"(?:(?:\s*,\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s*){1,3})*\s*,?\s+and\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s*){1,3})?"
                             r"\s+(?:is|are|was|were|will\s+be)\s+"
                             # ("Lima, Quito and Bogota are on Prime Minister Ana Silva's itinerary")
                             r"(?:also\s+)?(?:part\s+of|on)\s+(?:his|her|their|the|(?:[A-Z][\w.'’-]*\s+){1,4}?[A-Z][\w.-]*(?:'s|’s))\s+(?:[\w-]+\s+)?"
                             r"(itinerary|schedule|programme|program|agenda)\b"
                             # ("Paris, Rome, Ankara and Doha round out his itinerary")
                             r"|(?:(?:\s*,\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s*){1,3})*\s*,?\s+and\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s*){1,3})?"
                             r"\s+(?:will\s+)?(round|rounds|rounded|complete|completes|completed)\s+(?:out\s+)?(?:his|her|their|the)\s+"
                             r"(?:[\w-]+\s+){0,2}(?:itinerary|trip|tour|schedule|swing|journey)\b")
# "embarked on a tour of six countries, including Kenya, ...", "his tour, which included Manila and Hanoi": the
# trip's own list of places (the first item; the rest are listed with it)
_TRIP_LIST = re.compile(r"\b(tour|trip|visit|swing|journey|tours|trips|visits|stops)\b(?:[^.;:]{0,100}?\b(?:countries|nations|"
                        r"capitals|cities|states|stops|destinations|region|continent|communities|towns|villages|districts|"
                        r"counties|provinces)\b)?[^.;:]{0,12}?"
                        # ("Erdogan's three-day Gulf tour starting on Tuesday, which also included Kuwait")
                        r"(?:\s+(?:starting|beginning|which\s+(?:began|begins|started|starts))\s+(?:on\s+|this\s+|last\s+|next\s+)?\w+)?"
                        r"(?:,\s*)?(?:including|which\s+(?:also\s+)?"
                        r"(?:included|includes|will\s+include|took\s+in|takes\s+in|will\s+take\s+in)|that\s+(?:has\s+|had\s+)?"
                        r"(?:so\s+far\s+|already\s+|also\s+)?"
                        r"(?:included|includes|took\s+in|will\s+include)|taking\s+in|took\s+in|"
                        # "will begin his Africa tour on Sunday, starting with South Africa"
                        r"(?:starting|beginning|opening|kicking\s+off)\s+with)\s+(?:the\s+)?$", re.I)
# "The trip is set to take place from July 27 to August 4 and will include India, Sri Lanka, ..."
_TRIP_WILL_INCLUDE = re.compile(r"\b(tour|trip|visit|itinerary|journey)\b[^.;:]{0,80}?\b(?:will\s+(?:also\s+)?include|"
                                r"will\s+(?:also\s+)?take\s+in|will\s+(?:also\s+)?cover|(?:also\s+)?includes)\s+(?:the\s+)?$|"
                                # "Prime Minister Ana Silva's itinerary includes Lima, Quito and Bogota"
                                # ("where his stops also include Argentina, Mexico, Peru and Jamaica")
                                r"\b(stops|destinations)\s+(?:will\s+)?(?:also\s+)?(?:include|includes|included)\s+(?:the\s+)?$|"
                                r"\b(itinerary|schedule|programme|program)\s+(?:also\s+)?(?:includes|included)\s+(?:the\s+)?$|"
                                # "The trip will include meetings with government officials ... in Beijing, Shanghai"
                                r"\b(tour|trip|visit|itinerary|journey)\s+(?:will\s+include|includes)\s+(?:meetings|talks|events|"
                                r"stops|visits)\b[^.;:]{0,120}?\s(?:in|at)\s+(?:the\s+)?$", re.I)
# "is scheduled to visit five districts of Tamil Nadu -- Madurai, Dindigul, ...": the places counted, then named
# ("a campaign swing that takes him through four key swing states: Michigan, ..."; "in Michigan on Friday for three
# events — Grand Rapids, Lansing and Oakland County")
_COUNTED_LIST = re.compile(r"\b(visit|tour|toured|travel\s+to|"
                           r"(?:takes?|took|taking)\s+(?:him|her|them|(?-i:[A-Z][\w'’-]+))\s+(?:through|to|across)|for)"
                           # ("take her to Canada and five European nations: Poland, ...": a place, then the count)
                           r"\s+(?:to\s+)?(?:(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+and\s+)?(?:the\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
                           # ("visit two leading UK finance hubs, Manchester and Leeds")
                           r"(?:[\w-]+\s+){0,3}(?:districts|countries|nations|cities|states|provinces|regions|capitals|towns|"
                           r"events|stops|counties|communities|hubs|centres|centers|ports|islands)"
                           # ("five districts of Tamil Nadu -- Madurai, ...": the container, then a dash or a colon; but
                           # "four nations of Viet Nam, Thailand, ...": the list itself)
                           r"(?:\s+of\s+[A-Z][\w\s]{0,30}?\s*(?:--|—|–|:)|"
                           # ("will visit five communities during the tour: Whitehorse, ...")
                           r"(?:\s+(?:during|on|in)\s+(?:the|his|her|their|this)\s+(?:[\w-]+\s+){0,2}?(?:tour|trip|visit|journey))?"
                           r"\s*(?:--|—|–|:|,)|"
                           # ("six countries where the King is head of state: Antigua, ..."): a clause, then a colon
                           r"\s+(?:where|which|that|whose)\s+[^.;:]{1,80}?\s*(?:—|–|:))\s*(?:namely\s+)?(?:the\s+)?"
                           # (items the gazetteer does not know may come first: "nine counties: Laikipia, Nyeri")
                           r"(?P<unknown>(?:(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?),\s+){0,4})$", re.I)
# "It will be his second trip to Africa after traveling to Tunisia and Mozambique": the trip counted before
_ORDINAL_TRIP_AFTER = re.compile(r"\b(?:second|third|fourth|fifth|sixth|\d+(?:nd|rd|th))\s+(?:[\w-]+\s+)?(?:trip|visit|tour|"
                                 r"journey)\b[^.]{0,60}?\b(?:after|following|since|(?:has|have|had)\s+(?:already\s+)?"
                                 r"(?:visited|been\s+to|travell?ed\s+to))\b"
                                 # (but not past the main clause after it: "In her third trip to Europe since June, Mayor X
                                 # is traveling to Amsterdam")
                                 r"(?:(?!,\s+(?:[A-Z][\w.’'-]*\s+){1,4}(?:is|was|will|has|are|arrived|left)\b)[^.;])*$", re.I)
_PLAN_PRESENT = re.compile(r"\b(?:It|trip|tour|visit|journey)\s+(?:ends|begins|starts|closes|opens|concludes|culminates|"
                           r"wraps\s+up)\b")
_PROGRESSIVE = re.compile(r"\b(?:is|are|’s|'s)\s+(?:\w+\s+)?(?:traveling|travelling|heading|going|flying|visiting|touring)\b")
_AHEAD = re.compile(r"\b(?:next\s+(?:week|month|year)|tomorrow|later\s+this\s+(?:week|month|year)|the\s+week\s+(?:beginning|"
                    r"starting|of)|the\s+coming\s+(?:week|days|month))\b", re.I)
# ("a delegation from the Maldives led by the Speaker": where the delegation comes from, before who leads it)
_FROM_HOME = r"(?:from\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,3}\s+)?"
# "Yadav is leading a 16-member business delegation", "a delegation led by Yadav", "he heads the delegation"
_LEADS_DELEGATION = re.compile(r"\b(?:lead|leads|leading|led|head|heads|heading|headed)\s+(?:a|an|the|his|her)\s+"
                               r"(?:[\w-]+\s+){0,5}?delegation\b|\bdelegation\s+" + _FROM_HOME + r"(led|headed)\s+by\b|"
                               # "The delegation from the National Defence College is led by Major General Dere"
                               r"\bdelegation\b[^.;]{0,80}?\b(?:is|was|will\s+be)\s+(led|headed)\s+by\b")
_LED_BY = re.compile(r"\s+" + _FROM_HOME + r"(?:led|headed)\s+by\b")
# "Peters left for Niue on Monday with a delegation", "accompanied by a high-level delegation": the traveler's party
_WITH_DELEGATION = re.compile(r"\b(?:with|accompanied\s+by)\s+(?:a|an|his|her)\s+(?:[\w-]+\s+){0,4}?delegation\b")
_AND_OWN_DELEGATION = re.compile(r"\b((?:[Tt]he\s+)?[\w'’.-]+(?:\s+[\w'’.-]+)?)\s+(?:and|along\s+with|together\s+with)\s+"
                                 r"(?:his|her|a|an|the)\s+(?:[\w-]+\s+)?delegation\b")


def _with_delegation(text: str, name_re: re.Pattern[str]) -> bool:
    """Does the traveler travel "with a delegation" in a sentence that names her?"""
    for d in _WITH_DELEGATION.finditer(text):
        names = list(name_re.finditer(text, max(0, d.start() - 150), d.start()))
        if names and not re.search(r"[.!?]\s", text[names[-1].end():d.start()]):
            return True
    return False


def _led_by_traveler(text: str, pos: int, name_re: re.Pattern[str]) -> bool:
    """Does the traveler's name follow ``pos``, after at most a few title words ("Ambassador Zalmay Khalilzad")?"""
    # ("led by Democratic Party leader in the House of Representatives, Nancy Pelosi,": an office at length)
    for k, tok in enumerate(re.finditer(r"\S+", text[pos:pos + 120])):
        if name_re.match(text, pos + tok.start()):
            return True
        word = tok.group(0).rstrip(",").lower()
        if k >= 10 or not (tok.group(0)[:1].isupper() or word in _OFFICE_WORDS):
            return False
    return False


_OFFICE_WORDS = frozenset({"of", "in", "the", "for", "and", "leader", "minister", "secretary", "chief", "head", "speaker",
                           "president", "chairman", "chairwoman", "governor"})


_AND_NEW_CLAUSE = re.compile(r"\band\s+(?:the\s+[A-Z]?[a-z]+|he|she|they|[A-Z][a-z]+)\s+(?:will|is|was|has|had|would|also)\b")
# "told a press conference in Lima", "assured a business forum at Davos": the meeting spoken to
_MEETING = (r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:press\s+conference|news\s+conference|forum|summit|conference|rally|"
            r"gathering|meeting|seminar|dinner|luncheon|reception|town\s+hall|briefing|session)")
_MEETING_SPOKEN_TO = re.compile(_MEETING + r"\b")
_AUDIENCE = re.compile(r"(?:U\.?S\.?\s+|American\s+|the\s+)?(?:troops|soldiers|sailors|marines|airmen|service\s+members|"
                       r"servicemembers|crowds?|students|supporters|workers|residents|an?\s+audience|reporters|journalists|"
                       r"farmers|traders|voters|chiefs|elders|party\s+faithful|delegates|victims|flood\s+victims|"
                       r"the\s+(?:press|media)|business\s+leaders|investors|lawmakers|the\s+diaspora|" + _MEETING + r")\b")
_HELD = {"held", "hosted", "staged", "organised", "organized", "convened"}
_PARTICIPLE_OPENING = re.compile(r"\W*(?:After\s+|Upon\s+|On\s+)?[A-Z][a-z]+ing\b")
# ("Mercado and other DPWH officials inspected": the traveler and his officials)
_AND_GROUP = re.compile(r"\b[A-Z][\w'’-]+\s+(?:and|together\s+with|along\s+with)\s+(?:(?:the|his|her|their|a|an|other)\s+)?"
                        r"(?:[\w-]+\s+){0,5}$")
_WEEKDAY = re.compile(r"\b(?:" + "|".join(day.capitalize() for day in WEEKDAYS) + r")\b")
_UNKNOWN_NAME_BEFORE = re.compile(r"(?<![.!?:]\s)(?<!^)\b[a-z]+\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?$")
# "She was to visit Tanzania", "was set to co-chair": a plan told from after it changed
_FUTURE_IN_PAST = re.compile(r"\b(?:was|were)\s+(?:(?:also|originally|initially|earlier)\s+)?(?:to|(?:due|set|scheduled|"
                             r"expected|slated|supposed)\s+to)\b")
# "The State Department earlier said the top US diplomat would visit South Korea" (since called off)
_SUPERSEDED_PLAN = re.compile(r"\b(?:earlier|previously|originally|initially)\s+(?:said|announced|planned|scheduled)\b[^.;]*"
                              r"\bwould\b[^.;]*$")
_WOULD_AFTER = re.compile(r"\bwould\s[^.;]*\b(?:after|once|when)\s+(?:the\s+)?\w+\s+"
                          r"(?:improves?|clears?|permits?|allows?|settles?|calms?|subsides?|ends?)\b")
_CALLED_OFF = re.compile(r"\b(?:postpone[sd]?|postponing|cancel(?:s|ed|led|ling)?|called\s+off|calls\s+off|scrapped|"
                         r"put\s+off|shelved)\b[^.]{0,60}?\b(?:visit|trip|tour|journey)", re.I)
_RELATIVE_ARRIVAL = re.compile(r"\s*,\s*(?:which|where)\s+(?:he|she|they)\s+(?:had\s+|has\s+)?(?:first\s+)?"
                               r"(arrived|reached|visited|landed|toured)\b")
# "conducted an aerial survey of the flood-affected areas of Chittoor and Kadapa", "flew over Gaza"
_FROM_THE_AIR = re.compile(r"\b(?:aerial\s+(?:survey|surveys|view|tour|inspection)|(?:flew|flying|flies|fly)\s+over|overflew)\b"
                           r"[^.;]*$", re.I)
_ABBREVIATED_QUALIFIER = re.compile(r",(\s*(?:D\.C\.|(?:[A-Z]\.){2,3}|(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|"
                                    r"La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|"
                                    r"Wyo)\.))(,?)(?=\s+[a-z])")
_TRIP_BEGAN_WHEN = re.compile(r"\b(?:trip|tour|journey|visit|swing)\s+(?:began|started|kicked\s+off)\b[^.;]*\bwhen\b", re.I)
_VISITS_ARE = re.compile(r"\b(visit|tour|see)\s+(?:on\s+(?:the|this|his|her)\s+(?:trip|tour)\s+)?(?:are|is|will\s+be|include|"
                         r"includes)\s+(?:the\s+)?$|"
                         # "The first two countries that will be visited by the new Prime Minister will be Vietnam and"
                         r"\b(?:countries|nations|cities|places|destinations|stops)\s+(?:that\s+|to\s+be\s+)?(?:will\s+be\s+)?"
                         r"(visited)\s+(?:by\s+[^.;:]{1,60}?\s+)?(?:are|will\s+be|include)\s+(?:the\s+)?$", re.I)
_PREPOSED_INNER = re.compile(r"(?:[,;]\s*(?:and\s+|but\s+|then\s+)?|\band\s+)((?:while\s+|once\s+|back\s+)?(?:in|at))\s+(?:the\s+)?$", re.I)
# (a title and a name: "..., while in Liberia, President Nana Akufo-Addo will hold discussions")
_PREPOSED_SUBJECT = re.compile(r"\s*,?\s*(?:he|she|the\s+(?:secretary|president|pope|pontiff|minister|chancellor)|"
                               r"(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][a-z][\w'’-]*)\s+(?:also\s+|later\s+|then\s+)?[a-z]+")
# "..., a goal that Iran does not share": a relative clause about a noun, not the traveler's trip
_APPOSITIVE_RELATIVE = re.compile(r"\s(?:a|an)\s+[\w-]+\s+(?:that|which)\s")
# ", then on to the New Zealand city of Auckland", "and from there to Fiji": the motion verb is left out
_THEN_TO = re.compile(r"(?:[,;]\s*(?:and\s+)?(then)\s+(?:on\s+|back\s+|(?:north|south)?(?:east|west)\s+|north\s+|south\s+)?to|"
                      # ("then east to Hickory, N.C., ... and on to Traverse City")
                      r"[,;]\s*(?:and\s+)?(on)\s+to|\b(?:and\s+)?(?:then\s+)?(from)\s+there\s+(?:on\s+)?to|"
                      # ("Tomorrow she travels to Kampala, and on Wednesday to Kigali": the verb left out after a day)
                      r",\s*and\s+(on)\s+(?:[A-Z][a-z]+|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2})\s+to)"
                      r"\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,3}?(?:city|town|capital|port|island|state|province)\s+of\s+"
                      r"(?:the\s+)?)?$")
# "spending Tuesday in Washington", "spending much of the week in Lima": the verb, not public spending
_SPENT_TIME = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "much", "most",
                         "part", "all", "two", "three", "four", "five", "six", "several", "time", "hours", "days",
                         "nights", "weeks"})
_SPENT_SPAN = frozenset({"day", "night", "week", "weekend", "morning", "afternoon", "evening", "holidays", "summer"})


def _spends_time(after: Sequence[str]) -> bool:
    """Whether "spending" begins a stay ("spending Tuesday", "spending the day in"), not a budget."""
    if not after:
        return False
    if after[0] in _SPENT_TIME:
        return True
    return after[0] in ("the", "a", "his", "her", "their") and len(after) > 1 and after[1] in _SPENT_SPAN


# "On Sunday in", "Later on Tuesday in", "On March 5 at": a day, then where the traveler was that day
_DATED_LEAD = re.compile(r"([\w.,\s]{3,40}?),?\s+(in|at)", re.I)
# ", the capital of" / ", the island nation of": an appositive naming the place that holds the one before it
_APPOSITIVE_PLACE = re.compile(r"\s*(?:,|—|–|\s-\s)\s*(?:the|its)\s+(?:[\w-]+\s+){0,2}?(?:capital|city|town|port|province|state|region|"
                               r"island|nation|country|village)\s+(?:of|in)\s+(?:the\s+)?", re.I)
_BUILDING_WORDS = frozenset({"barracks", "base", "airport", "airfield", "station", "hotel", "resort", "palace", "house",
                             "camp", "fort", "centre", "center", "stadium", "hall", "hospital", "school", "college",
                             "university", "museum", "church", "cathedral", "mosque", "temple", "memorial", "park"})
_TIME_SPENT = re.compile(r"(?<=\s)(?:one|two|three|four|five|six|seven|a|an|another|the\s+(?:next|last|final)|\d+)\s+"
                         r"(?:more\s+|full\s+)?(?:days?|nights?|weeks?|hours?)\s+(?=(?:in|at)\s)")
_UNKNOWN_ITEM = re.compile(r",\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}\s*(?=,)")
_APPOSITIVE_IN_GAP = re.compile(_APPOSITIVE_PLACE.pattern + r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
                                r"(?=\s*,|\s+and\b)", re.I)
_WHO_BEFORE = re.compile(r",?\s+who\s+(?:(?:had|has|have|also|just|recently|earlier|first|then|is|was)\s+){0,3}$")
_ON_SITE = {"inaugurate", "inaugurated", "inaugurates", "inaugurating", "open", "opened", "opens", "opening", "unveil",
            "attend", "attends", "attended", "attending",
            "unveiled", "unveils", "visit", "visited", "visits", "visiting", "tour", "toured", "tours", "touring",
            "dedicate", "dedicated", "dedicates",
            # "will observe exercises at the Pabrade training area": there to watch them
            "observe", "observed", "observes", "observing", "watch", "watched", "watches", "watching", "inspect",
            "inspected", "inspects", "inspecting", "review", "reviewed", "reviews", "reviewing",
            # "handed out relief goods to displaced families in Cabanatuan", "supervised relief operations in": aid
            # given or overseen by hand
            "handed", "hands", "handing", "distributed", "distributes", "distributing", "donated", "donates",
            "supervised", "supervises", "supervising", "oversaw", "oversees", "overseeing", "monitored", "monitors",
            # "signed a trade deal in Lima": a signature is given on site
            "sign", "signs", "signed", "signing"}
# "visited flood affected Moree", "toured quake hit Ormoc": a disaster written before the place, without a hyphen
_DISASTERS = frozenset({"flood", "floods", "storm", "quake", "earthquake", "cyclone", "typhoon", "hurricane", "fire",
                        "bushfire", "wildfire", "tornado", "drought", "landslide", "war", "conflict", "violence"})
_DISASTER_PARTICIPLES = frozenset({"affected", "hit", "ravaged", "stricken", "damaged", "devastated", "battered", "torn"})
# words after a noun that do not make it a modifier ("the war that ended in Iraq", "attacks which hit Kyiv")
_NOT_A_HEAD = frozenset({"that", "which", "who", "whose", "where", "and", "or", "but", "not", "was", "were", "is", "are",
                         "has", "have", "had", "will", "would", "could", "can", "may", "might", "should", "been", "being",
                         "also", "still", "there", "here", "then", "now", "this", "these", "those", "its", "their"})
# words a relief handout may have between its verb and its noun ("handed out relief goods")
_HANDOUT_WORDS = frozenset({"out", "over", "relief", "cash", "food"})
_ACTS = re.compile(r"\s+(?:will\s+)?(?:arrives?|meets?|visits?|attends?|hosts?|leaves?|departs?|receives?|greets?)\b")
# "The top diplomat began his trip last week on Monday, first stopping in Guinea": the trip under way, not an earlier one
_BEGAN_THIS_TRIP = re.compile(r"\b(?:began|started|kicked\s+off|embarked\s+on|set\s+off\s+on)\s+(?:his|her|their|the)\s+"
                              r"(?:[\w-]+\s+){0,2}(?:trip|tour|visit|journey)\s+last\s+week\b", re.I)
_TOPIC_OF = re.compile(r"\b(?:discuss(?:ed|es|ing)?|talked\s+about|preparations?\s+for)\b[^.;]*$", re.I)
_PROGRAMME_LINE = re.compile(r"\W*\d{1,2}[.:]\d{2}\b(?!\s*(?:am|pm|a\.m\.|p\.m\.)?\s*(?:GMT|UTC)\b)")
# "has returned to the White House after his first international trip": the way home
# ("returned to the White House early Monday, ending the last foreign tour of his presidency")
_AFTER_THE_TRIP = re.compile(r"\s+(?:[\w,]+\s+){0,3}?(?:after|from|following|ending|concluding|wrapping\s+up)\s+(?:his|her|their|the|a)\s+"
                             r"(?:[\w-]+\s+){0,3}?(?:trip|tour|visit|journey|swing|travels?)\b")
_THEY_OPENING = re.compile(r"\W*They\s+(?!and\b)")
_PLURAL_TRAVELER = re.compile(r"(?:Their|[Tt]he\s+(?:two|couple|royal\s+couple|\w+\s+couple)|[Bb]oth)\b")
_SPEAKER_AFTER = re.compile(r"\s*(?:,[^,]{1,60},\s*)?(?:said|says|told|added|noted|explained|stressed)\b")
_THING_OPENING = re.compile(r"\W*(?:These|Those|It|This|That)\s+(?:were|was|is|are|had|has|have|will)\b")
_ELIDED_SUBJECT = re.compile(r"(?:;\s*(?:and\s+|then\s+|and\s+then\s+)?|,\s*(?:and\s+)?then\s+)(?:also\s+|later\s+)?$")
# ", and then head to a key Nato summit in Vilnius": the event a verb after "and then" goes to
_ELIDED_SUBJECT_EVENT = re.compile(r"(?:;\s*(?:and\s+)?(?:then\s+)?|,\s*(?:and\s+)?then\s+)[a-z]+\s+(?:to|for)\s+"
                                   r"(?:a|an|the)\s+(?:[\w-]+\s+){0,3}$")
# "..., before travelling to Helsinki": a participle after "before" has the sentence's subject
_BEFORE_PARTICIPLE = re.compile(r",\s*before\s+$")
_DATE_GLUE = {"on", "later", "earlier", "early", "late", "that", "the", "of"}


def _only_dates(lead: str) -> bool:
    """Is ``lead`` a day and nothing else ("On Sunday", "Later on Tuesday", "Monday evening")?"""
    found = [d for d in find_dates(lead) if d.kind in ("weekday", "explicit", "deictic", "relative")]
    rest = lead
    for d in reversed(found):
        rest = rest[:d.start] + " " + rest[d.end:]
    return bool(found) and all(w in _DATE_GLUE for w in re.findall(r"\w+", rest.lower()))


_CALENDAR_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
                   "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}


_BASE_AFTER = re.compile(r"\s+(?:army|air|military|naval|navy|marine|training)\s+(?:training\s+)?(?:base|barracks|camp|station|"
                         r"airfield|garrison|area|ground|grounds|range|centre|center)\b|"
                         # "a surprise visit to Chikwawa government offices": the offices are in Chikwawa
                         r"\s+(?:government|military|army|border)\s+(?:offices?|buildings?|headquarters|complex|hospital|post)\b")
_BE = {"is", "was", "were", "are", "be", "been", "being"}
_BE_GAP_TIME = re.compile(r"\([^()]{1,30}\)|\b(?:today|tonight|now|currently|presently|this\s+(?:week|morning|afternoon|evening))\b",
                          re.I)
_BE_ADVERBS = {"also", "still", "now", "currently", "presently", "already", "again", "back", "briefly", "then", "once", "later", "due", "expected"}


_ARRIVAL_VERBS = {"arrive", "arrives", "arrived", "arriving", "flew", "fly", "flies", "flying", "came", "come", "comes",
                  "coming", "landed", "land", "lands", "landing", "returned", "return", "returns", "returning", "drove",
                  "crossed", "headed", "moved", "traveled", "travelled", "travel", "travels", "traveling", "travelling"}
_STAYED_THERE = re.compile(r",\s*where\s+(?:he|she|they|the\s+\w+)\s+(?:had\s+)?(?:spent|stayed|held|met|attended|visited|toured|"
                           r"addressed|signed|opened|was|were)\b")


@dataclass(frozen=True, slots=True)
class Governor:
    kind: str  # motion | presence | direct | coordinated | preposed
    prep: str | None
    word: str
    pos: int  # position of the governor word in the sentence
    prep_pos: int


def _words_before(t: str, end: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in WORD.finditer(t, 0, end)]


_NAMED_AFTER_ROLE = re.compile(
    r"(\b(?:governor|counterpart|minister|president|premier|secretary|chancellor|king|queen|emir|sultan|leader|chief|"
    r"ruler|mayor|envoy|ambassador|commander|chairman|chairperson|head|of\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)),"
    r"(?=\s+(?:(?:Mr|Mrs|Ms|Dr|Hon|Sheikh|Gen|Prince|Princess)\.?\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}\s+(?:in|at)\s)")


_PREPOSITION_COLON = re.compile(r"\b(in|to|at|visit|visits|visiting|including|include|includes)\s*:(?=\s+[A-Z])")


@functools.lru_cache(maxsize=1024)
def _without_qualifier_commas(text: str) -> str:
    """The sentence with the commas around an abbreviated qualifier blanked, offsets kept ("Washington, D.C. from
    Portugal", "from Washington, D.C., for Riyadh": one name), and those inside and after a full date ("departed
    the country today, Wednesday, July 6, 2022 for the Republic of Senegal")."""
    t = _ABBREVIATED_QUALIFIER.sub(lambda q: " " + q.group(1) + " " * len(q.group(2)), text)
    # "meet with the Borno state governor, Babagana Zulum in Maiduguri": the name after a role is one phrase
    t = _NAMED_AFTER_ROLE.sub(lambda q: q.group(1) + " ", t)
    # "holding town hall meetings this week in: Rockwell City, Odebolt, ...": a list set after its preposition
    t = _PREPOSITION_COLON.sub(lambda q: q.group(1) + " " * (len(q.group(0)) - len(q.group(1))), t)
    for d in find_dates(t):
        if d.kind == "explicit" and d.weekday is not None:
            a = t.rfind(",", 0, d.start)  # ("today, Wednesday, July 6, 2022": the comma before the weekday too)
            a = a if a != -1 and not t[a + 1:d.start].strip() else d.start
            b = d.end + 1 if t[d.end:d.end + 1] == "," else d.end
            t = t[:a] + t[a:b].replace(",", " ") + t[b:]
    return t


def _described_right_after(t: str, a: int, b: int) -> bool:
    """Is ``t[a:b]`` a descriptor of the place at ``b`` and nothing else ("the north eastern Chinese port of")?"""
    d = DESCRIBED.search(t, a, b)
    return d is not None and not t[a:d.start()].strip()


def _list_gap(gap: str, qualifier: str | None) -> str:
    """The text between two places with everything that may stand inside one list item taken out, so that what
    is left shows whether the two are items of one list (", ", " and ", ", then to ")."""
    if qualifier:
        # "Bogotá, Colombia; Lima, Peru; and Santiago": the qualifier is part of the list item
        gap = re.sub(r"^\s*(?:,?\s*" + re.escape(qualifier) + r"\.?|\(\s*" + re.escape(qualifier) + r"\s*\))", "", gap)
    # "Port Moresby, the capital of Papua New Guinea, and Vanimo": the appositive is not a list item
    gap = _APPOSITIVE_IN_GAP.sub("", gap)
    # "Brunei Dar Al-Salam, Japan": the rest of a list item's longer name
    longer = re.match(r"\s+((?:[A-Z][\w'’-]+\s*){1,3})(?=,)", gap)
    if longer and not _BUILDING_WORDS.intersection(longer.group(1).lower().split()):
        gap = gap[longer.end():]  # (but "Kapooka Barracks, Australia" names a building, then where it is)
    # "Tokyo in Japan and Seoul": the country that locates the place before is not a list item
    gap = re.sub(r"^\s+in\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}(?=\s*(?:,|and\b))", "", gap)
    # "Ahmedabad, Agra and national capital New Delhi": a descriptor before the last item
    gap = re.sub(r"\s+(?:the\s+)?(?:national|federal|state|provincial|regional)\s+capital\s*,?\s*$", " ", gap)
    # "the United Arab Emirates (UAE) and Seychelles", "Sweden (currently President-in-Office of the EU), Norway"
    gap = re.sub(r"^\s*\([^()]{1,80}\)", "", gap)
    # "Lisbon on April 3 and Porto on April 5-6": a date between list items does not break the list
    for d in reversed(find_dates(gap)):
        if d.kind in ("explicit", "weekday", "month", "deictic"):
            gap = gap[:d.start] + gap[d.end:]
    # ("the Republic of Guinea, from 23 to 24; and Nigeria": days whose month is told once)
    gap = re.sub(r"\b(?:from\s+|on\s+)?\d{1,2}(?:st|nd|rd|th)?\s*(?:-|–|to|and)\s*\d{1,2}(?:st|nd|rd|th)?\b", "", gap)
    gap = re.sub(r"\s+(?:on|from|in|between)(?=\s*(?:[,;]|and\b|or\b))", "", gap)
    gap = re.sub(r",\s*;", ";", gap)
    # ("Benin, from 22 to 23 October; the Republic of Guinea": a country's formal name)
    gap = re.sub(r"\s(?:the\s+)?(?:Republic|Kingdom|Federal\s+Republic|State)\s+of\s+(?:the\s+)?$", " ", gap)
    # "one night in Auckland, one night in Tokyo": the time spent at each item is not a break in the list
    gap = _TIME_SPENT.sub("", gap)
    # "Ranipet, Vellore, Tiruppattur, and Tiruvannamalai": an item the gazetteer does not know is still an item
    gap = _UNKNOWN_ITEM.sub(",", gap)
    # "Israel, several Gulf Arab states and Sudan": a group of places named by kind is an item too
    gap = re.sub(r",\s*(?:several|some|other|two|three|four|five|a\s+few)\s+(?:[\w-]+\s+){0,3}?"
                 r"(?:states|countries|nations|cities|capitals|islands)(?=\s*(?:,|and\b))", ",", gap)
    gap = re.sub(r",\s*,", ",", gap)  # ("Lima, April 12-14, Paris, April 15-17 and London": each with its days)
    return gap


_STATES_OF_LIST = re.compile(r"\s+[Ss]tates\b(?!\s+(?:that|the|a|an|he|she|it|they|in|its|his|her)\b)")
_VENUE_IN_ITEM = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?:[A-Z][\w'’&.-]*\s+){1,6}(?:in|at)\s+")
_VENUE_IN_BEFORE = re.compile(r"(?:[A-Z][\w'’&.-]*\s+){1,6}(?:in|at)\s+$")


def find_governor(s: Sentence, m: PlaceMention, prev: PlaceMention | None) -> Governor | None:
    """The travel or presence phrase that governs a mention, if any."""
    t = _without_qualifier_commas(s.text)
    if prev is not None and prev.qualifier and prev.sentence == m.sentence:
        # "a road trip from Charlotte, North Carolina, to Memphis": the commas around the place's state are not a
        # break
        q = re.compile(r",\s*" + re.escape(prev.qualifier) + r"\.?\s*,").match(t, prev.end - s.start)
        if q is not None:
            t = t[:q.start()] + t[q.start():q.end()].replace(",", " ") + t[q.end():]
    a = m.start - s.start
    words = _words_before(t, a)
    if _PROGRAMME_LINE.match(t) and t[:a].rstrip().endswith(",") and not t[m.end - s.start:].strip(" .\n"):
        # "17.15 Celebration of Mass, Bellahouston Park, Glasgow": a programme line ends with where it happens
        return Governor("presence", "at", "programme", a, a)
    if len(t) < 220 and lx.TIMED_ITEM.match(t) and re.search(r"\b(?:in|at)\s+(?:the\s+)?$", t[:a]):
        # "Stevens County Town Hall, 10 a.m.-11 a.m. at Old No 1 Bar and Grill in Morris, 412 S. Atlantic Ave.": a
        # timed line of a programme is where the traveler will be
        return Governor("presence", "in", "programme", a, a)
    if m.text == "here" and re.search(r"\bback\s+$", t[max(0, a - 6):a]):
        return None  # ("... and then back here on Tuesday night": home, where the story is written)
    if m.text == "here":
        # "arrived here on Thursday": the dateline's place, where the verb before it puts the traveler
        verb = words[-1] if words else (a, a, "")
        return Governor("presence", "in", verb[2].lower(), verb[0], verb[0])
    if _APPOSITIVE_AT.search(t, 0, a) and not (prev is not None and prev.sentence == m.sentence and not prev.person_like
                                                and re.fullmatch(r"[\s,]*(?:\w+\s+){0,2}", t[prev.end - s.start:a])):
        # "Silva, in Lima for talks, said": an aside about where the subject is (but not a list of places:
        # "in Ukraine, in Palestine and Israel")
        return Governor("presence", "in", "in", a, a)
    sa = _STOP_AFTER.match(t, m.end - s.start)
    if sa:
        # "Poland is Hegseth's final stop": the governor follows the place
        k = next(sa.start(g) for g in range(1, (sa.re.groups or 0) + 1) if sa.group(g))
        return Governor("motion", None, "stop", k, k)
    ia = _ITINERARY_AFTER.match(t, m.end - s.start)
    if ia:
        # "Saudi Arabia and the UAE are also part of his itinerary": the governor follows the places
        k = ia.start(1) if ia.group(1) else ia.start(2)
        return Governor("motion", None, "itinerary", k, k)
    va = _VISITS_ARE.search(t, max(0, a - 80), a)
    if va:
        # "Among the states he plans to visit are Sweden, Norway, France and Greece"
        g = 1 if va.group(1) else 2
        return Governor("motion", None, va.group(g).lower(), va.start(g), va.start(g))
    counted = _COUNTED_LIST.search(t, max(0, a - 160), a)
    if counted is not None and prev is not None and prev.sentence == m.sentence \
            and prev.start - s.start >= counted.start("unknown"):
        counted = None  # (the list's first item is the place before: the rest are its coordinates)
    tl = _TRIP_LIST.search(t, max(0, a - 160), a) or _TRIP_WILL_INCLUDE.search(t, max(0, a - 160), a) or counted
    if tl:
        g = next(k for k in range(1, (tl.re.groups or 0) + 1) if tl.group(k))
        return Governor("motion", None, tl.group(g).lower(), tl.start(g), tl.start(g))
    # coordination: "Jordan, Qatar, the United Arab Emirates and Saudi Arabia"
    if prev is not None and prev.sentence == m.sentence:
        gap = _list_gap(t[prev.end - s.start:a], prev.qualifier)
        nxt = re.match(r"\s*([\w'’]+)", t[m.end - s.start:])
        same_prep = re.search(r"\b(in|to)\s+(?:the\s+)?$", t[:prev.start - s.start])
        if same_prep and re.fullmatch(r"\s*,?\s*and\s+(?:then\s+)?on\s+" + same_prep.group(1) + r"\s+", gap):
            # "On Wednesday she was in Rochester and on Thursday in Syracuse": the verb left out, a day of its own
            # (the day itself is taken out of the gap)
            k = a - len(same_prep.group(1)) - 1
            return Governor("presence" if same_prep.group(1) == "in" else "motion", same_prep.group(1), "and", k, k)
        if same_prep and re.fullmatch(r"\s*,\s*where\s+[^.;]{1,150}?,\s*and\s+(?:then\s+)?" + same_prep.group(1) + r"\s+", gap):
            # "will be in Brasilia on March 19, where he will meet the president, and in Rio de Janeiro": the same
            # preposition again after a clause about the first place
            return Governor("coordinated", None, "", prev.start - s.start, prev.start - s.start)
        if same_prep and re.fullmatch(r"\s*[,;]\s*(?:and\s+)?" + same_prep.group(1) + r"\s+", gap) \
                and not (nxt and (nxt.group(1).lower() in lx.NOT_LIST_FOLLOWERS or nxt.group(1).lower() in lx.REGION_WORDS)):
            return Governor("coordinated", None, "", prev.start - s.start, prev.start - s.start)
        if re.fullmatch(r"\s*\(\s*", gap) and re.match(r"[^()]*?(?:,|\band\b)[^()]*\)", t[m.end - s.start:]) \
                and prev.entry is not None and m.entry is not None \
                and m.entry.kind == "city" and prev.entry.kind in ("region", "country") and (
                    contains(prev.entry, m.entry) or (prev.entry.country_code == m.entry.country_code
                                                      and km(prev.entry, m.entry) <= REGION_KM)):
            # "going to the Canaries (Gran Canaria and Tenerife)": the places of the region, in brackets
            return Governor("coordinated", None, "", prev.start - s.start, prev.start - s.start)
        if _VENUE_IN_ITEM.fullmatch(gap) and _VENUE_IN_BEFORE.search(t, 0, prev.start - s.start):
            # "visited Millbank Farm Shop in Saintfield, Springmount Farm in Ballygowan and Carnbrooke Farm Shop in
            # Lisburn": a list of places, each told by a venue in it
            return Governor("coordinated", None, "", prev.start - s.start, prev.start - s.start)
        if re.fullmatch(r"(?:'s|’s)?\s+capital,?\s+", gap) and prev.entry is not None and m.entry is not None \
                and prev.entry.kind == "country" and prev.entry.country_code == m.entry.country_code:
            # "visited the South Sudan capital Juba": the capital names where in the country
            return Governor("coordinated", None, "", prev.start - s.start, prev.start - s.start)
        # (", in the Brussels region" locates the place before it; it does not list another)
        # ("in Zimbabwe on Jan. 11, in Rwanda on Jan. 12, and in Gabon": a list of the same preposition)
        # ("... Burkina Faso, and finally Chad")
        # ("will visit capital Beijing, besides Nanjing and Shanghai")
        # ("we will be in southwest Iowa and then up in Sioux City": a direction before the preposition)
        if re.fullmatch(r"(?:\s*[,;]\s*(?:(?:and|or)\s+(?:(?:then|finally|lastly)\s+)?(?:(?:up|down|over|out|back)\s+)?"
                        r"(?:to\s+|in\s+)?|then\s+(?:(?:up|down|over|out|back)\s+)?(?:to\s+|in\s+)?|"
                        r"(?:besides|as\s+well\s+as|in\s+addition\s+to)\s+)?|"
                        r"\s+(?:and|or)\s+(?:(?:then|finally|lastly)\s+)?(?:(?:up|down|over|out|back)\s+(?=to\s|in\s))?"
                        r"(?:to\s+|in\s+)?)(?:the\s+)?", gap) \
                and not (nxt and nxt.group(1).lower() in lx.NOT_LIST_FOLLOWERS
                         # ("Kano and Kaduna states on Monday": the kind of the places, not "states that")
                         and not _STATES_OF_LIST.match(t, m.end - s.start)):
            kind = "sequence" if "then" in gap else "coordinated"
            return Governor(kind, None, "", prev.start - s.start, prev.start - s.start)
    # a preposed phrase: "In Tokyo he met ...", "From Florida, Air Force One carried ...",
    # "..., and in Dar es Salaam she met ..."
    lead = t[:a].strip().lstrip("“\"‘(")  # ("“In Pretoria, he will lead ...": a quote opening the sentence)
    dated = _DATED_LEAD.fullmatch(lead)
    if dated and _only_dates(dated.group(1)):
        lead = dated.group(2)[:1].upper() + dated.group(2)[1:]  # "On Sunday in Amman, he met ...": the day, then the place
    # ("At Forward Operating Base Ghazni, Geren met ...": a base named for its place)
    lead = re.sub(r"^(In|At)\s+(?:the\s+)?(?:Forward\s+Operating\s+Base|FOB|Camp|Fort|Joint\s+Base|Combat\s+Outpost)$", r"\1",
                  lead)
    if lead in ("In", "At", "From", "Inside", "While in", "Once in", "Back in"):
        return Governor("preposed", lead.split()[-1].lower(), lead.lower(), 0, 0)
    if lead in ("Apart from", "After", "Before") and _PREPOSED_SUBJECT.match(t[m.end - s.start:]):
        # "Apart from Riyadh, the PM will visit sites in Madinah", "After Riyadh, she flies to Doha": a stop too
        return Governor("preposed", "in", lead.lower(), 0, 0)
    pm = _PREPOSED_INNER.search(t[:a])
    if pm and _PREPOSED_SUBJECT.match(t[m.end - s.start:]):
        return Governor("preposed", pm.group(1).split()[-1].lower(), pm.group(1).lower(), pm.start(1), pm.start(1))
    em = _THEN_TO.search(t[:a])
    if em:
        # "will travel to Quito ... on Nov. 14-16, then to Cuenca": the motion verb is left out
        k = next(em.start(g) for g in range(1, (em.re.groups or 0) + 1) if em.group(g))
        return Governor("motion", "to", "then", k, k)
    nm = _NEXT_STOP.search(t[:a])
    if nm:
        return Governor("motion", None, nm.group(0).split()[1].lower(), nm.start(), nm.start())
    sb = _STOP_BY.search(t, max(0, a - 30), a)
    if sb:
        return Governor("motion", "to", sb.group(1).lower(), sb.start(1), sb.end(1))  # "we stopped by Tecumseh"
    tb = _TRIP_BOUND.search(t[:a])
    if tb:
        return Governor("presence", "in", tb.group(0).split()[0].lower(), tb.start(), tb.end() - 3)
    i = len(words) - 1
    skipped = 0
    described = DESCRIBED.search(t, max(0, a - 90), a) or APPOSED.search(t, max(0, a - 90), a)
    if described is not None:
        # "visit to the northeastern historical city of Lahore", "the African countries of Angola, ...": the
        # descriptor stands for the place; its governor is before it
        while i >= 0 and words[i][0] >= described.start():
            i -= 1
        skipped = 1
    prep: str | None = None
    prep_pos = a
    while i >= 0 and skipped <= 7:
        w0, w1, w = words[i]
        if re.search(r"[,;:—()\[\]]", t[w1:prep_pos if prep else a]) and not (prep is None and skipped == 0
                                                                               and t[w1:a].strip() == ""):
            return None
        low = w.lower()
        if low in ("and", "or") and skipped == 0 and i > 1 and re.fullmatch(r"[A-Z][\w'’-]+", words[i - 1][2]) \
                and (prev is None or prev.person_like or prev.end <= words[i - 1][0] - 40 or prev.sentence != m.sentence):
            # "visited Eturu Nagaram and Mulugu": a list whose first item the gazetteer does not know
            i -= 1
            skipped += 1
            continue
        if low in lx.PREPOSITIONS and low != "of":
            prep, prep_pos = low, w0
            i -= 1
            break
        if skipped == 0 and (low == "like" or (low == "as" and i > 0 and words[i - 1][2].lower() == "such")):
            k = i - 1 if low == "like" else i - 2
            if k >= 0 and (words[k][2].lower() in lx.PLACE_NOUNS or words[k][2].lower() == "places"):
                # "visited areas like Tamale, Bolgatanga and Wa", "visited other affected places such as
                # Ibrahimpatnam": the examples are the places
                i = k - 1
                skipped += 1
                continue
        if low == "of" and i > 0 and (words[i - 1][2].lower() in lx.PLACE_NOUNS or words[i - 1][2].lower() in lx.EVENT_PARTS):
            i -= 1
            skipped += 1
            continue
        if (low in lx.DIRECT or (m.kind == "event" and low in lx.EVENT_DIRECT)) and (
                skipped <= 3 or _described_right_after(t, w1, a)):  # "visit the north eastern Chinese port of Dalian"
            return Governor("direct", None, low, w0, w0)
        if low in lx.REPORTING:
            return None
        if (re.fullmatch(r"[a-z]+ed", low) and i > 0 and words[i - 1][2].lower() in ("recently", "newly")) \
                or (low in ("recently", "newly") and i + 1 < len(words) and words[i + 1][2].endswith("ed")):
            i -= 1  # "accompanied Ms Robison to the recently opened Dumfries and Galloway Royal Infirmary"
            skipped += 1
            continue
        if prev is not None and prev.possessive and prev.start - s.start <= w0 < prev.end - s.start + 3 and skipped < 5:
            if prev.entry is not None and m.entry is not None and not contains(prev.entry, m.entry) \
                    and km(prev.entry, m.entry) > 60:
                return None  # "at Chicago's Midway Airport": a part of the city, not Midway, Kentucky
            i -= 1  # "travel to South Africa's Johannesburg": the country that holds the place
            skipped += 1
            continue
        if low in lx.FILLER or low in lx.PLACE_NOUNS or low in lx.MODIFIERS or low == "of" or w.isupper() \
                or low in lx.EVENT_PARTS or re.fullmatch(r"[\d,]+(?:st|nd|rd|th)", low) \
                or (low in _COUNTS and any(x[2].lower() in lx.PLACE_NOUNS for x in words[i + 1:i + 3])) \
                or (w == "--" and skipped == 0 and i > 0 and words[i - 1][2].lower() in lx.PLACE_NOUNS) \
                or (w[:1].islower() and ("-" in w or low.endswith("ern"))) \
                or (low in _DISASTER_PARTICIPLES and i > 0 and words[i - 1][2].lower() in _DISASTERS) \
                or (low in _DISASTERS and i + 1 < len(words) and words[i + 1][2].lower() in _DISASTER_PARTICIPLES) \
                or (re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?", w) and skipped < 5 and i > 0
                    and low not in _CALENDAR_WORDS):
            # modifiers ("south-eastern", "northern"), demonyms ("Polish"), "U.S." in "U.S. troops"
            i -= 1
            skipped += 1
            continue
        return None
    if prep is None:
        return None
    gap_nouns = t[prev.end - s.start:prep_pos].split() if prev is not None and prev.sentence == m.sentence else None
    if prep in ("near", "outside") and gap_nouns is not None and len(gap_nouns) <= 3 and all(
            re.fullmatch(r"[a-z]+", g) and not re.search(r"(?:ing|ed)$", g) and g not in ("and", "or")
            and g not in lx.MOTION and g not in lx.PRESENCE for g in gap_nouns):
        return None  # "at Tapa military base near Tallinn": where the place before it is
    # the governing word: scan left from the preposition
    steps = 0
    generic: tuple[str, int] | None = None
    while i >= 0 and steps < 12:
        w0, w1, w = words[i]
        between = t[w1:prep_pos]
        if re.search(r"[;:—]|,(?!\d{3})", between) and not (
                re.fullmatch(r",\s*", between) and w.lower() in ("visit", "trip", "tour", "journey") and prep == "to"):
            return None  # (not the comma of "35,000", nor of "will leave for another state visit, to Egypt")
        low = w.lower()
        if prep in ("in", "at") and steps == 1 and w in lx.SAYING and words[i + 1][2].lower() in ("this", "these", "so"):
            return Governor("presence", prep, low, w0, prep_pos)  # "revealed this in Tamale on Monday"
        # (a verb in lower case: "alongside the United States in Iraq" says nothing)
        if prep in ("in", "at") and steps == 0 and (w in lx.SAYING or (
                low == "based" and i > 0 and words[i - 1][2].lower() == "be")):
            # "Luhut said in Jayapura on Monday" (where the speaker was); "will be based in the capital Canberra"
            # (but not "troops who are based in Mombasa")
            return Governor("presence", prep, low, w0, prep_pos)
        if prep in ("at", "in") and w in lx.ADDRESSING and steps > 0 and i + 1 < len(words) \
                and _AUDIENCE.match(t, words[i + 1][0]):
            return Governor("presence", prep, low, w0, prep_pos)  # "told U.S. troops Friday at Bagram air base"
        if low in lx.BLOCKING and not (w[:1].isupper() and i + 1 < len(words) and words[i + 1][2][:1].isupper()
                                       and words[i + 1][0] < prep_pos) \
                and not (low == "spending" and _spends_time([x[2].lower() for x in words[i + 1:i + 3]])) \
                and not (i + 1 < len(words) and words[i + 1][0] < prep_pos and re.fullmatch(r"[a-z]+(?<![sd])(?<!ng)", w)
                         and re.fullmatch(r"[a-z]{3,}(?<!ly)(?<!ed)", words[i + 1][2]) and words[i + 1][2] not in lx.BLOCKING
                         and words[i + 1][2] not in lx.PREPOSITIONS and words[i + 1][2] not in _NOT_A_HEAD):
            # ("student officers of Naval War College in Lahore": a word inside a proper name blocks nothing)
            # ("laid a wreath at the war memorial in Lima": a noun before another only describes it)
            # "will inaugurate the Turkish Consulate General in Cape Town": on site to open or see the building
            for j in range(i - 1, max(-1, i - 5), -1):
                v0, _, v = words[j]
                if v.lower() in _ON_SITE:
                    return Governor("presence", prep, v.lower(), v0, prep_pos)
                if not (v[:1].isupper() or v.lower() in ("the", "a", "an", "new", "its", "his", "her")
                        or v.lower() in _HANDOUT_WORDS or v.lower() in lx.BLOCKING
                        or (j == i - 1 and re.fullmatch(r"[a-z]+(?:al|ic|ive|ous|ary|-[a-z]+)", v))):
                    break  # ("attend a cultural activity in Auckland": one adjective may come between)
            return None
        if low in lx.REPORTING and steps > 0:
            return None
        if low in ("reporters", "journalists") and steps > 0 and re.search(r"\bthat\b", t[w1:prep_pos]):
            return None  # "told reporters that planning by military staffs in Paris ...": what was said
        if low in ("due", "owing", "because", "amid", "despite") and steps > 0 and not (
                low == "due" and i + 1 < len(words) and words[i + 1][2].lower() == "to"
                and i + 2 < len(words) and (words[i + 2][2].lower() in lx.MOTION or words[i + 2][2].lower() in lx.PRESENCE)):
            return None  # "a change of plans due to the shootings of five officers in Dallas": where the cause was
        if prep == "on" and (low in lx.TOPIC_NOUNS or (steps == 0 and low in _ON_PHRASAL)):
            # ("briefings on Ukraine"; "based on White House briefings": according to; "watch the team take on
            # Czechia": play against)
            return None
        if (low in lx.MOTION or low in lx.PRESENCE) and low.endswith("ed") and i > 0 and i + 1 < len(words) \
                and words[i - 1][2].lower() in ("are", "is", "were", "was") and words[i + 1][0] < prep_pos \
                and re.fullmatch(r"[a-z]{3,}(?<!ly)", words[i + 1][2]) and words[i + 1][2] not in lx.PREPOSITIONS \
                and words[i + 1][2] not in lx.FILLER and words[i + 1][2] not in ("here", "there", "today", "again"):
            return None  # "There also are continued problems in Nigeria": an adjective before its noun
        if low in _THING_PARTICIPLES and steps == 0 and i > 0 and words[i - 1][2].lower() in ("are", "is", "were", "was", "be"):
            return None  # "The housing units are distributed in the states of Rio de Janeiro, ...": where things are
        if (low in lx.MOTION or low in lx.PRESENCE) and i + 1 < len(words) and words[i + 1][2].lower() in _AS_NOUN_BEFORE:
            return None  # "their travel plans based on a White House briefing": a noun, not the verb
        own_event = (low in _EVENT_NOUNS and any(v.lower() in _EVENT_VERBS for _, _, v in words[max(0, i - 5):i])) or (
            # "will leave today for a trade mission to China": a trip the modifier describes
            low in _TRIP_NOUNS and i >= 2 and words[i - 2][2].lower() in ("a", "an", "the", "his", "her", "their"))
        if (low in lx.MOTION or low in lx.PRESENCE) and low not in _BE and not own_event and i > 0 \
                and w[:1].islower() and (
                (words[i - 1][2].lower() in lx.BLOCKING and words[i - 1][2].lower() not in lx.REPORTING)
                or words[i - 1][2].lower() in lx.GROUPS) \
                and not _AND_GROUP.search(t, 0, words[i - 1][0]) and not re.search(r"[,;:]", t[words[i - 1][1]:w0]) \
                and not (words[i - 1][2].lower() in ("delegation", "entourage") and i > 1
                         and words[i - 2][2].lower() in ("the", "his", "her", "their")):
            # ("Later, the delegation travelled to Jeddah": whose delegation it is, the subject decides)
            # ("Wang, who holds a position in the Chinese government, arrived in New Delhi": the appositive ends)
            # "cargo bound for Uganda", "fighting continues around Avdiivka": said of the noun (but "Minister X
            # and the accompanying delegation arrived at Suva" is said of both)
            return None
        if low in ("delegation", "delegations") and prep == "from" and re.search(
                r"\b(?:met|meets|meet|meeting|received|receives|receive|receiving|hosted|hosts|host|hosting|welcomed|"
                r"welcomes|welcome|welcoming|greeted|greets)\s+(?:with\s+)?(?:an?|the)\s+(?:[\w-]+\s+){0,3}$", t[:w0]):
            return None  # "met a delegation from Fiji": where the guests come from
        if low in _HELD and re.fullmatch(r"\s*(?:\w+ly\s+)?", t[w1:prep_pos]) and i > 0 \
                and words[i - 1][2][:1].islower() and words[i - 1][2].lower() not in _BE | {"has", "had", "have", "be"}:
            return None  # "the fair of the same name held annually in Hanover": said of the fair
        if low == "route" and not (i > 0 and words[i - 1][2].lower() == "en"):
            return None  # "the migrant route from the coast to Spain's Canary Islands": a route, not a trip
        if prep in ("in", "at") and low in ("time", "days", "stay") and steps == 0 and i > 1 \
                and words[i - 1][2].lower() in ("his", "her", "their") and words[i - 2][2].lower() in ("during", "throughout"):
            return Governor("presence", prep, low, w0, prep_pos)  # "During their time in Sydney, they visited"
        if prep in ("in", "at") and low in _PROGRAMME_NOUNS and i > 0 \
                and (words[i - 1][2].lower() in ("his", "her", "their") or re.fullmatch(r"[A-Z]\w+(?:'s|’s)", words[i - 1][2])):
            return Governor("presence", prep, low, w0, prep_pos)  # "Merkel’s program in Beijing on Thursday includes"
        if prep in ("to", "into", "for", "toward", "towards", "onto", "via", "through", "across") and low in lx.MOTION:
            if prep == "for" and re.search(r"\bto\s+(?!the\b|an?\b)[a-z]+\b", t[w1:prep_pos]):
                return None  # "flew to Washington to lobby for funds for Houston": the purpose's "for"
            return Governor("motion", prep, low, w0, prep_pos)
        if prep in ("to", "at", "in") and low in ("welcomed", "welcomes", "received", "receives",
                                                  "hosted", "hosts") and i > 0 \
                and (words[i - 1][2].lower() in _BE or steps >= 1):
            # "is welcomed to Canberra by the prime minister"; "Obama welcomed Prime Minister Singh to the White House":
            # the one welcomed is there (who that is, the subject or the object, is decided with the people told)
            return Governor("presence", prep, low, w0, prep_pos)
        if prep in ("in", "at") and low == "from" and 0 < steps <= 5 \
                and all(x[2][:1].isupper() for x in words[i + 1:] if x[0] < prep_pos):
            # "departed for Tokyo on Monday from Halim Perdanakusuma Air Base in Jakarta": where the place left
            # from is
            left = next((x for x in reversed(words[max(0, i - 8):i]) if x[2].lower() in lx.MOTION), None)
            if left is not None and not re.search(r"[,;:]", t[left[1]:w0]):
                return Governor("origin", "from", left[2].lower(), left[0], w0)
        if prep == "from" and low in ("visit", "tour", "trip", "journey") and _BEGAN_OWN_TRIP.search(t, 0, w0):
            return Governor("presence", "in", low, w0, prep_pos)  # "started his China visit Sunday night from Shanghai"
        if prep == "from" and low in lx.MOTION and (steps <= 2 or low in _ARRIVAL_VERBS):
            # "counterparts from Japan" is not a departure; "arrived in Nairobi late on Tuesday from Luanda" is
            return Governor("origin", prep, low, w0, prep_pos)
        if prep in ("in", "at", "on", "near", "outside", "inside", "around", "within", "across") and (
                low in lx.PRESENCE or low in lx.MOTION
                # "called on President Rajapaksa at the Presidential Secretariat in Colombo": a courtesy call
                or (prep in ("in", "at") and low in ("called", "calls", "call", "calling") and i + 1 < len(words)
                    and words[i + 1][2] == "on" and re.match(r"on\s+(?:[A-Z]|the\s+(?:[a-z]+\s+)?[A-Z])", t[words[i + 1][0]:]))):
            gap_words = _BE_GAP_TIME.sub(" ", t[w1:prep_pos]).split()  # ("is today (13 April) in Brussels": time only)
            if low in _BE and (len(gap_words) > 1 or (len(gap_words) == 1 and gap_words[0].lower() not in _BE_ADVERBS)):
                pass  # "there are North Korean troops in Russia", "have been reported at": 'be' right before the place
            elif low in _EVENT_NOUNS and _TOPIC_OF.search(t, max(0, w0 - 90), w0):
                return None  # "discussed ... preparations for the NATO summit in Brussels": a topic, not a stop
            else:
                return Governor("presence", prep, low, w0, prep_pos)
        if generic is None and prep in ("in", "at") and i > 0 and (_DEED.fullmatch(w) or w in _IRREGULAR_PAST) \
                and w not in lx.NOT_PRESENCE and _SUBJECT_WORD.fullmatch(words[i - 1][2]) \
                and (i > 1 or not words[i - 1][2][:1].isupper() or words[i - 1][2] in ("He", "She", "They", "We", "I")):
            # (a name, not a sentence's first word: "Crowds lined the streets for her in Lansing")
            generic = (low, w0)
        i -= 1
        steps += 1
    if generic is not None:
        # "He garlanded the statue at Madurai", "She planted a sapling in Tamale": the subject's own deed there
        return Governor("presence", prep, generic[0], generic[1], prep_pos)
    return None


# a verb on the ground after an aerial survey: "and later visited relief camps in"
_ON_THE_GROUND = re.compile(r"\b(?:visited|visits|met|meets|landed|lands|reached|reaches|inspected|inspects|toured|tours|"
                            r"addressed|addresses|interacted|distributed|held)\b")
# a recent past that a story's lead may date its own trip by
_RECENT = re.compile(r"last\s+(?:week|weekend|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)", re.I)
# the stops of a route after its destination ("... to Memphis, Tennessee, with stops in")
_STOPS_ON_THE_WAY = re.compile(r"\bto\s+[A-Z][^;:.]{0,60},\s+with\s+(?:planned\s+|several\s+|brief\s+)?$")
# "At a news conference in Istanbul before starting his tour": where the traveler was before the trip began
_BEFORE_STARTING = re.compile(r"\s+(?:[\w,]+\s+){0,3}?before\s+(?:starting|beginning|embarking\s+on|setting\s+off\s+on|"
                              r"kicking\s+off)\s+(?:his|her|their|the)\s+(?:[\w-]+\s+){0,3}?(?:tour|trip|visit|journey)\b")
# "arrives in Dharamshala on Tuesday after completing a 45-day tour": the way home after the trip
_AFTER_COMPLETING = re.compile(r"\s+(?:[\w,]+\s+){0,4}?after\s+(?:completing|concluding|wrapping\s+up|ending|finishing)\s+"
                               r"(?:his|her|their|the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:tour|trip|visit|journey|pilgrimage)\b")
# a list whose first items the gazetteer does not know, before the last item ("in Tot, Marakwet East and ")
# (or an item in the middle, after examples: "visited other affected places such as Krishnalanka, Ibrahimpatnam, ...")
_UNKNOWN_ITEMS_BEFORE = re.compile(r"\b(?:in|to|at|such\s+as|like)\s+((?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2},\s+)+"
                                   r"(?:(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2},?\s+)?(?:and|&)\s+)?)$|"
                                   # "visit cyber defence exercise Locked Shields as well as Tartu": the verb's first
                                   # object, then the place
                                   r"\b(?:visit|visits|visited|visiting|tour|tours|toured|touring)\s+((?:[\w'’-]+\s+){1,6}?)"
                                   r"as\s+well\s+as\s+$")
# "announced the six-day trip Wednesday. It will ...": the trip the next sentence's "It" stands for
_TRIP_BEFORE = re.compile(r"\b(?:[Tt]he|[Tt]his|[Hh]is|[Hh]er)\s+(?:[\w-]+\s+){0,3}?(?:trip|tour|visit|journey|mission|swing)\b")
# "Merkel’s program in Beijing": the traveler's own programme there
_PROGRAMME_NOUNS = frozenset({"program", "programme", "programs", "programmes", "schedule"})
# "took place in four Chinese cities--Shanghai, ...": a count of the places named next
_COUNTS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many"})
# nouns of an event, which a noun before them only describes ("held a security meeting with ... in Itanagar")
_EVENT_NOUNS = frozenset({"meeting", "meetings", "talks", "summit", "conference", "ceremony", "session", "lunch", "dinner",
                          "speech", "rally", "event", "forum", "audience", "engagement", "engagements", "briefing"})
_EVENT_VERBS = frozenset({"held", "hold", "holds", "holding", "attend", "attends", "attended", "attending", "open", "opens",
                          "opened", "opening", "chair", "chairs", "chaired", "chairing", "address", "addresses",
                          "addressed", "addressing", "had", "have", "has", "convene", "convened", "convenes"})
# verbs that "on" turns into another verb ("take on Czechia", "based on reports", "carry on to"), not "on Guam"
_ON_PHRASAL = frozenset({"based", "depending", "depends", "take", "takes", "took", "taking", "taken", "carry", "carries",
                         "carried", "carrying", "go", "goes", "went", "going", "move", "moves", "moved", "moving",
                         "pass", "passes", "passed", "passing", "come", "comes", "came", "coming"})


@dataclass
class Verdict:
    counted: bool
    reason: str
    candidate: Candidate | None = None
    also: Candidate | None = None  # a second stop told by the same mention (where a trip it returns to began)

    @property
    def candidates(self) -> list[Candidate]:
        return [c for c in (self.also, self.candidate) if c is not None]


def _past_by_dates(scope: str, published: dt.date | None, default_year: int | None, future: bool = False,
                   month_future: bool | None = None) -> bool:
    """Does the clause date itself well before the story (an earlier trip)? ``future``: the sentence is about
    plans even if this part of it has no future verb ("In Bogotá on June 16, the Secretary will meet ...");
    ``month_future``: how to read a bare month ("In February, he traveled to ..." is the last February)."""
    ref = published
    year_now = ref.year if ref is not None else default_year
    dates = find_dates(scope)
    if year_now is not None:
        # "her 2019 visit to Havana": a bare year before the story's (years inside full dates are judged below)
        bare = scope
        for d in reversed(dates):
            if d.kind in ("explicit", "month"):
                bare = bare[:d.start] + " " * (d.end - d.start) + bare[d.end:]
        for y in _BARE_YEAR.findall(bare):
            if int(y) < year_now:
                return True
    for d in dates:
        if d.kind == "year" and d.year is not None and "since" not in d.text.lower():
            if ref is not None and d.year < ref.year:
                return True
            if ref is None and default_year is not None and d.year < default_year:
                return True
        if d.kind == "month" and ref is not None:
            win = month_window(d, ref, default_year,
                               future=True if future or lx.FUTURE.search(scope) else month_future)
            month = re.escape(d.text.split()[-1])
            in_month = bool(re.search(r"\bin\s+(?:early\s+|late\s+|mid-?)?" + month, scope, re.I))
            if re.search(month + r"\s+(?:trip|trips|travel|travels|visit|visits|tour|journey|swing)\b", scope, re.I) \
                    and not future and not lx.FUTURE.search(scope):
                # "builds on his February trip to Panama": a trip named by its month is the last such month
                in_month, win = True, month_window(d, ref, default_year, future=False)
            if win is not None and win[1] < ref - dt.timedelta(days=14) and (
                    d.year is not None or (in_month and not future and not lx.FUTURE.search(scope))):
                return True
        if d.kind == "explicit" and ref is not None:
            # (a plan is read forward; otherwise the nearest such day, unless the clause is told in the past:
            # "where he arrives in Washington on June 6", three days after the story, is not last year's)
            ahead = True if future or lx.FUTURE.search(scope) else False if _TOLD_IN_PAST.search(scope) else None
            start, _ = resolve_explicit(d, ref, default_year, future=ahead)
            if start is not None and start < ref - dt.timedelta(days=45):
                return True
    return False


def classify(text: str, sentences: Sequence[Sentence], mentions: Sequence[PlaceMention], traveler: Person,
             people: Sequence[Person], published: dt.date | None, default_year: int | None,
             gaz: Gazetteer) -> dict[int, Verdict]:
    name_re, role_re = traveler_patterns(traveler, people)
    own_quotes = own_account_quotes(text, name_re, role_re)
    tset = set(traveler.short_names)
    others_short = {n for p in people if not (set(p.short_names) & tset) for n in p.short_names[-1:]}
    others_re = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(others_short, key=len, reverse=True))
                           + r")\b(?:'s|’s)?") if others_short else None
    by_start = sorted(people, key=lambda p: p.start)
    starts = [p.start for p in by_start]
    verdicts: dict[int, Verdict] = {}
    by_sentence: dict[int, list[PlaceMention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    focus = "traveler"
    group_before = False
    pair_before = False  # the sentence before named the traveler in the plural ("Their Majesties", "the couple")
    pronoun = story_pronoun(text)
    leads_delegation = any(_led_by_traveler(text, d.end(), name_re) if d.group(1) or d.group(2)
                           else name_re.search(text, max(0, d.start() - 80), d.start())
                           for d in _LEADS_DELEGATION.finditer(text)) or any(
        # "the prime minister and his delegation visited ...": the traveler's own party
        name_re.search(d.group(1)) or (role_re is not None and role_re.search(d.group(1)))
        for d in _AND_OWN_DELEGATION.finditer(text)) or _with_delegation(text, name_re)
    home_code = _home_country(text, traveler, gaz)
    last: Candidate | None = None
    senses: dict[str, Entry] = {}  # one sense per story: a name a list's neighbours resolved keeps that place
    named: Counter[str | None] = Counter(m.entry.country_code for m in mentions
                                         if m.kind == "place" and m.entry and not m.person_like)
    _statements_about_traveler(text, mentions, name_re)
    scheduled = classify_schedule(sentences, mentions, published)
    lead_index = next((s.index for s in sentences if s.kind == "body"), -1)
    for k, s in enumerate(sentences):
        ms = by_sentence.get(s.index, [])
        if ms and any(id(m) in scheduled for m in ms):
            verdicts.update((id(m), scheduled.get(id(m), Verdict(False, "what is done at a line's place"))) for m in ms)
            continue
        if s.kind != "body":
            for m in ms:
                verdicts[id(m)] = Verdict(False, {"dateline": "the reporter's dateline", "caption": "a photo caption",
                                                  "credit": "a reporters' credit line",
                                                  "heading": "a section heading",
                                                  "title": "the headline"}.get(s.kind, s.kind))
            continue
        lo, hi = bisect.bisect_left(starts, s.start), bisect.bisect_left(starts, s.end)
        refs = find_refs(s, traveler, by_start[lo:hi], name_re, role_re, others_re, traveler.short_names, pronoun)
        for r in refs:
            own = _DEMONYM_ROLE.fullmatch(r.text) if r.who == "other" else None
            if own is not None and own.group(2).lower() in traveler.roles and (
                    (home_code and gaz.demonym(own.group(1)) == home_code)
                    # "JACKSON, Tenn. — The Tennessee governor makes a stop in Jackson ... Governor Bill Lee": the
                    # state's governor, when no one else in the story holds the office
                    or (any(e.kind in ("region", "country") for e in gaz.lookup(own.group(1)))
                        and not any(own.group(2).lower() in p.roles for p in people
                                    if not set(p.short_names) & set(traveler.short_names)))):
                r.who = "traveler"  # "Brazil's President Lula ... the Brazilian president will carry on"
        if leads_delegation:
            for r in refs:
                led = _LED_BY.match(s.text, r.end)
                if r.who == "group" and r.text.lower() in ("delegation", "entourage") and r.subject \
                        and (re.search(r"\b(?:[Tt]he|[Hh]is|[Hh]er)\s+(?:[\w-]+\s+){0,2}$", s.text[:r.start])
                             # ("Pelosi led a congressional delegation to Ghana": the one she leads)
                             or re.search(r"\b(?:led|leads|leading|heads|headed|heading)\s+(?:a|an)\s+(?:[\w-]+\s+){0,4}$",
                                          s.text[:r.start])
                             or (led is not None and re.search(r"\b[Aa]n?\s+(?:[\w-]+\s+){0,2}$", s.text[:r.start])
                                 and _led_by_traveler(s.text, led.end(), name_re))):
                    # "Yadav is leading a business delegation ... The delegation will visit Bonn"; "A US delegation
                    # led by Ambassador Zalmay Khalilzad ... arrived in Islamabad"
                    r.who = "traveler"
        prev: PlaceMention | None = None
        prev_verdict: Verdict | None = None
        back_then = k > 0 and _back_then(s.text, sentences[k - 1].text)
        for m in ms:
            venue = prev_verdict.candidate.entry if prev is not None and prev.kind == "venue" and prev_verdict is not None \
                and prev_verdict.candidate and _VENUE_LOCATOR.fullmatch(text[prev.end:m.start]) else None
            if venue is not None and m.entry is not None:
                if not contains(m.entry, venue):
                    # "Naval Submarine Base Kings Bay in Georgia": the Georgia that holds the base
                    m.entry = next((e for e in m.candidates if contains(e, venue)), m.entry)
                if contains(m.entry, venue) or m.entry.id == venue.id or same_entry(m.entry, venue):
                    # "Andersen Air Force Base on Guam", "Al Udeid Air Base, outside Doha": where the venue is
                    verdicts[id(m)] = Verdict(False, "says where the venue before it is")
                    continue
            if prev is not None and m.entry is not None and prev.entry is not None and m.entry.id == prev.entry.id \
                    and re.fullmatch(r"\s*\(\s*", text[prev.end:m.start]) and text.startswith(")", m.end):
                verdicts[id(m)] = Verdict(False, "repeats the place before it")  # "the United Arab Emirates (UAE)"
                continue
            if last is not None:
                prefer_near_reading(m, last.entry)
            sense = senses.get(m.text)
            if sense is not None and not m.qualifier_code and sense in m.candidates:
                m.entry = sense  # "London, Geneva and Washington ... then travel to Geneva": the Geneva of the list
            before = m.entry
            here = focus
            if _THEY_OPENING.match(s.text) and group_before:
                here = "group"
            elif _THEY_OPENING.match(s.text) and pair_before:
                here = "traveler"  # "... accompanying Their Majesties to New Delhi. They would visit Dehradun": the couple
            v = _classify_one(text, s, m, prev, prev_verdict, refs, here, published, default_year, gaz,
                              [verdicts[id(x)] for x in ms if id(x) in verdicts], last, s.index == lead_index, own_quotes,
                              back_then)
            if v.counted and m.entry is not before and m.entry is not None:
                senses[m.text] = m.entry
            why = far_fetched(m, v.candidate.entry, text, last.entry, named) \
                if v.candidate is not None and last is not None else None
            if why is not None:
                v = Verdict(False, why)
            if v.candidate is not None:
                last = v.candidate
                v.candidate.en_route_to = _en_route_destination(s, m, ms) or _stopover_destination(s, m, ms)
            verdicts[id(m)] = v
            if prev is not None and m.person_like and not text[prev.end:m.start].strip():
                continue  # "Brunei Dar Al-Salam, Japan": a word of the item's longer name; the list goes on from Brunei
            if prev is not None and v.candidate is None and _APPOSITIVE_PLACE.fullmatch(text, prev.end, m.start):
                continue  # "Port Moresby, the capital of Papua New Guinea, and Vanimo": the list goes on from Port Moresby
            if prev is not None and v.candidate is None and prev_verdict is not None and prev_verdict.candidate \
                    and m.entry is not None and re.fullmatch(r"\s+in\s+(?:the\s+)?", text[prev.end:m.start]) \
                    and contains(m.entry, prev_verdict.candidate.entry):
                continue  # "Osaka, Nagoya, and Tokyo in Japan and Seoul": the list goes on from Tokyo
            if prev is not None and m.kind == "macro" and prev_verdict is not None and prev_verdict.candidate:
                continue  # "Israel, several Gulf Arab states and Sudan": a word inside an item; the list goes on
            prev, prev_verdict = m, v
        # "no North Korean troops have yet reached Ukraine. They landed in Vladivostok": "they" are the troops
        group_before = bool(refs) and next((r.who for r in refs if r.subject), None) == "group"
        pair_before = any(r.who == "traveler" and _PLURAL_TRAVELER.match(r.text) for r in refs)
        # the focus for the next sentence: its first subject ("Starmer pressed him" keeps the traveler)
        if any(r.who == "pronoun" and r.text.lower() in lx.PRONOUNS_OBJECT for r in refs):
            focus = "traveler"
            continue
        others = [r for r in refs if r.who == "other"]
        if len(others) >= 2 and others[0].subject and any(
                r.who == "traveler" and r.start > others[-1].end and re.fullmatch(
                    r"\s+(?:also\s+)?(?:accompanied|joined|received|welcomed|greeted|escorted)\s+", s.text[others[-1].end:r.start])
                for r in refs) \
                and all(re.fullmatch(r"\s*,?\s*(?:and\s+)?", s.text[a.end:b.start])
                        or re.fullmatch(r"\s*,\s*(?:[\w.'’-]+\s+){0,4}(?:and\s+)?", s.text[a.end:b.start])
                        for a, b in itertools.pairwise(others)):
            # "Governor Ganeshi Lal, Chief Minister Naveen Patnaik, and Union Minister Dharmendra Pradhan also
            # accompanied the PM. He had arrived in Bhubaneswar": several others, so "he" is the one they went with
            focus = "traveler"
            continue
        for i, r in enumerate(refs):
            if r.subject and r.who == "other" and _SPEAKER_AFTER.match(s.text, r.end):
                break  # "Vatican spokesman Father Federico Lombardi said he ...": a speaker does not take the story over
            if r.subject and r.who in ("traveler", "other"):
                focus = r.who
                break
            if r.subject and r.who == "pronoun" and r.text.lower() in lx.PRONOUNS_SUBJECT:
                focus = resolve_pronoun(refs, i, focus)
                break
    _trip_began_there(text, verdicts)
    for k, v in verdicts.items():
        # (judged after the lists are read: "Malabar, Kozhikode and Thrissur" goes on past a doubtful first item)
        if v.candidate is not None and stray_namesake(v.candidate.mention, v.candidate.entry, named):
            verdicts[k] = Verdict(False, STRAY_NAMESAKE)
    cands = [c for v in verdicts.values() for c in v.candidates]
    _place_en_route(cands)
    _places_so_far(cands)
    _schedule_present(cands)
    return verdicts


# "Tuesday 16th October: Sydney, Australia", "Oct. 25 - Nadi, Fiji and Nuku'alofa, Tonga": a day, then its places
# ("Thursday, Oct. 27: Istanbul, Turkey – Meet at the U.S. Consulate": the places, then what is done there)
_SCHEDULE_LINE = re.compile(r"\s*(?P<day>[^:–—\n]{3,40}?)\s*(?::|\s[–—-])\s*(?P<places>[^.;:!?–—]{2,120}?)"
                            r"(?:\s+[–—-]\s+[A-Z][^\n]{0,200}?)?\.?\s*")
_SCHEDULE_GLUE = re.compile(r"(?:\s*(?:,|and|&)\s*)*")


_DEMONYM_ROLE = re.compile(r"[Tt]he\s+([A-Z][a-z]+)\s+([a-z]+(?:\s+[a-z]+)?)")


def _home_country(text: str, traveler: Person, gaz: Gazetteer) -> str | None:
    """The traveler's country, when the story names it with the title ("Brazil's President", "Polish Minister")."""
    for w in traveler.title.split():
        code = gaz.demonym(w)
        if code:
            return code
    poss = re.search(r"([A-Z][\w.]+(?:\s+[A-Z][\w.]+)?)(?:'s|’s)\s+(?:[A-Z][\w-]*\s+){0,3}$", text[max(0, traveler.start - 60):traveler.start])
    if poss:
        return next((e.country_code for e in gaz.lookup(poss.group(1)) if e.kind == "country"), None)
    return None


def classify_schedule(sentences: Sequence[Sentence], mentions: Sequence[PlaceMention],
                      published: dt.date | None) -> dict[int, Verdict]:
    """Stops of a day-by-day schedule: at least two lines that are each a date and nothing but places (with their
    qualifiers). They need no traveler phrase: the schedule is the trip."""
    by_sentence: dict[int, list[PlaceMention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    lines: list[tuple[Sentence, list[PlaceMention], DateExpr]] = []
    numbered: list[tuple[Sentence, list[PlaceMention], int]] = []
    for s in sentences:
        ms = [m for m in by_sentence.get(s.index, []) if m.entry is not None and not m.person_like]
        if not ms or len(s.text) > 260:
            continue
        nm = _NUMBERED_LINE.fullmatch(s.text)
        if nm is not None and _only_places(s, nm, ms):
            numbered.append((s, ms, int(nm.group("n"))))
            continue
        sm = _SCHEDULE_LINE.fullmatch(s.text)
        if sm is None:
            continue
        days = [d for d in find_dates(sm.group("day")) if d.kind == "explicit"]
        if len(days) != 1 or sm.group("day")[days[0].end:].strip(" ,") or not _only_places(s, sm, ms):
            continue
        at = s.start + sm.start("day")
        # (the places only, not a word of what is done there: "– Tour the port")
        ms = [m for m in ms if m.start < s.start + sm.end("places")]
        lines.append((s, ms, dataclasses.replace(days[0], start=at + days[0].start, end=at + days[0].end)))
    out: dict[int, Verdict] = {}
    if len(lines) >= 2:
        for s, ms, day in lines:
            start, _ = resolve_explicit(day, published, None)
            status = "planned" if published is not None and start is not None and start > published else "visited"
            for m in ms:
                assert m.entry is not None
                c = Candidate(m, m.entry, s, status, "strong", 0.8, schedule=True)
                c.dates = [day]
                _tag_kind(c)
                out[id(m)] = Verdict(True, "a stop (a line of a day-by-day schedule)", c)
    # "Q: Where is he going? A: (1) Prague, Czech Republic. (2) Heiligendamm, Germany, for the G-8 meetings.
    # (3) ...": a numbered itinerary of three items or more, counted up (an item whose place is unknown is left out)
    nums = [n for _, _, n in numbered]
    if len(numbered) >= 3 and nums == sorted(set(nums)) and nums[0] <= 2:
        for s, ms, _ in numbered:
            for m in ms:
                assert m.entry is not None
                c = Candidate(m, m.entry, s, "planned", "strong", 0.75, schedule=True)
                _tag_kind(c)
                out[id(m)] = Verdict(True, "a stop (an item of a numbered itinerary)", c)
    return out


# "(2) Heiligendamm, Germany, for the G-8 meetings.", "3. Jurata and Gdansk, Poland": an item of a numbered list
_NUMBERED_LINE = re.compile(r"\s*(?:[A-Z]:\s*)?\(?(?P<n>\d{1,2})[).]\s+(?P<places>[^.;:!?]{2,120}?)"
                            r"(?:,?\s+(?:for|to)\s+[^.;:!?]{2,80})?\.?\s*")


def _only_places(s: Sentence, line: re.Match[str], ms: Sequence[PlaceMention]) -> bool:
    """Is the ``places`` group of a schedule line nothing but the mentions ``ms`` (with their qualifiers)?"""
    rest = s.text[line.start("places"):line.end("places")].rstrip(". ")
    off = s.start + line.start("places")
    inside = [m for m in ms if off <= m.start and m.end - off <= len(rest)]
    if not inside:
        return False
    for m in sorted(inside, key=lambda x: x.start, reverse=True):
        q = (m.qualifier or "").rstrip(".")  # ("Sofia, Bulgaria." ends the line)
        end = m.end - off
        if q and rest[end:].lstrip(", ").startswith(q):
            end = rest.index(q, end) + len(q)
        rest = rest[:m.start - off] + " " * (end - (m.start - off)) + rest[end:]
    return bool(_SCHEDULE_GLUE.fullmatch(rest.replace("the ", " ").strip()))


def _statements_about_traveler(text: str, mentions: Sequence[PlaceMention], name_re: re.Pattern[str]) -> None:
    """A quoted statement that names the traveler in the third person ("Minister Çavuşoğlu will inaugurate the
    consulate in Cape Town on Jan. 9," read the statement) tells the trip like the story does, not in a speaker's words."""
    quoted = [m for m in mentions if m.in_quote]
    if not quoted:
        return
    for a, b in quoted_spans(text):
        # ("“In Pretoria, he will lead the U.S. delegation ...”": an office's words about him, no one speaking of himself)
        if b - a > 60 and (name_re.search(text, a, b) or (
                re.search(r"\b(?:[Hh]e|[Ss]he)\s+will\b", text[a:b]) and not re.search(r"\b(?:I|my|me)\b", text[a:b]))):
            for m in quoted:
                if a <= m.start < b:
                    m.in_quote = False


def _trip_began_there(text: str, verdicts: dict[int, Verdict]) -> None:
    """"will return to Amman, Jordan, where he started his trip on Sunday": a return to the place the trip
    began is two stops, the first of the trip and the return."""
    for v in verdicts.values():
        c = v.candidate
        if c is None or not c.is_return or not lx.BEGAN_HERE.match(text, c.mention.end):
            continue
        v.also = Candidate(c.mention, c.entry, c.sentence, "visited", "strong", c.confidence, cue="first",
                           trip_start=True)


_SETTING_OUT = re.compile(r"\b(?:departed|left|set\s+(?:off|out)|embarked)\b[^.;]*?\bwith\s+(?:planned\s+)?stops\s+"
                          r"(?:in|at)\s+(?:the\s+)?$|"
                          # "sets off on Wednesday on a week-long trip to Australia": the trip is all ahead
                          r"\b(?:sets\s+(?:off|out)|leaves|departs|embarks|is\s+(?:setting\s+(?:off|out)|leaving|departing))\b"
                          r"[^.;]*?\b(?:trip|tour|visit|journey|swing)\s+(?:to|of)\s+(?:the\s+)?$")
# "He then travels to Guam", "The trip ends in Tokyo": the present of a schedule
_SCHEDULE_PRESENT = re.compile(r"(?:\b(?:travels|heads|flies|goes|moves|continues|proceeds|ends|begins|starts|concludes|"
                               r"returns|arrives|visits|stops|departs|leaves)|"
                               # "The Duke and Duchess fly to Auckland": the plural present (not "to fly", "did fly")
                               r"(?<!\bto\s)(?<!\bdid\s)(?<!\bnot\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bcould\s)"
                               r"(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)(?<!\bits\s)(?<!-)"
                               r"\b(?:travel|head|fly|go|move|continue|proceed|return|arrive|visit|depart|leave))\b"
                               r"(?:\s+\w+){0,3}\s*$")


# a verb in the past tense that moves or places the traveler ("continued his travels to Davos to attend ...")
_PAST_VERB = re.compile(r"\b(?:continued|travell?ed|flew|went|came|arrived|landed|headed|moved|proceeded|drove|"
                        r"returned|visited|left|departed|reached|toured|met|held|attended)\b")


def _future(text: str) -> bool:
    """Is ``text`` about the future? A purpose ("to attend") after a verb in the past tense is not."""
    hits = list(lx.FUTURE.finditer(text))
    if not hits:
        return False
    purpose_only = all(h.group(0).lower().startswith("to ") for h in hits)
    past = list(_PAST_VERB.finditer(text, 0, hits[0].start()))
    return not (purpose_only and past and hits[0].start() - past[-1].end() <= 80
                and not re.search(r"\b(?:while|but|whereas|although|and|then)\b|;", text[past[-1].end():hits[0].start()]))


def _schedule_present(cands: Sequence[Candidate]) -> None:
    """A stop told in the present after a planned one is planned too ("He will meet commanders in Honolulu.
    He then travels to Guam."), and so is one whose own sentence goes on in the future ("He travels first
    to Jakarta, where he will land on September 3")."""
    prev: Candidate | None = None
    for c in sorted(cands, key=lambda x: x.mention.start):
        s = c.sentence
        later = s.text[c.mention.end - s.start:]
        if c.status == "visited" and c.role != "origin" and (
                (prev is not None and prev.status == "planned") or (_future(later) and not lx.PAST_MARKERS.search(s.text)
                                                                     and not _PAST_VERB.search(s.text, 0, c.mention.start - s.start))):
            left = s.text[max(0, c.mention.start - s.start - 60):c.mention.start - s.start]
            if _SCHEDULE_PRESENT.search(left) and not lx.PAST_MARKERS.search(left):
                c.status = "planned"
            elif c.coordinated >= 2 and prev is not None and prev.sentence is s and prev.coordinated >= 2 \
                    and prev.status == "planned":
                c.status = "planned"  # a list member shares the tense of the place it is listed with
        if c.role != "origin":
            prev = c


# "On his way to Angola, ...", "En route to Tokyo, ...": the main clause's stop comes before that destination
_EN_ROUTE_LEAD = re.compile(r"^\W*(?:On\s+(?:his|her|their|the)\s+way\s+to|En\s+route\s+to)\b[^,;]*,")


def _en_route_destination(s: Sentence, m: PlaceMention, ms: Sequence[PlaceMention]) -> Entry | None:
    """The destination of a sentence-initial "On his way to X," when ``m`` is in the main clause after it."""
    lead = _EN_ROUTE_LEAD.match(s.text)
    if lead is None or m.start < s.start + lead.end():
        return None
    return next((x.entry for x in ms if x.entry is not None and s.start <= x.start < s.start + lead.end()), None)


_STOPOVER_BEFORE = re.compile(r"\b(?:stopover|stop-over|layover|refuel(?:l?ing)?\s+stop|technical\s+stop|transit\s+stop)"
                              r"\s+(?:at|in)\s+(?:the\s+)?$", re.I)
_THEN_REACH = re.compile(r"[^.;]{0,60}?\band\s+(?:will\s+|then\s+)?(?:reach|reaches|reached|arrive\s+(?:in|at)|arrives\s+(?:in|at)|"
                         r"arrived\s+(?:in|at)|land\s+in|lands\s+in|landed\s+in|proceed\s+to|proceeded\s+to|"
                         r"continue\s+to|continued\s+to|fly\s+on\s+to|flew\s+on\s+to)\s+(?:the\s+)?$", re.I)


def _stopover_destination(s: Sentence, m: PlaceMention, ms: Sequence[PlaceMention]) -> Entry | None:
    """"will have a stopover at Rhineland-Palatinate in Germany and will reach Ahmedabad on Monday": the
    stopover comes before the place reached."""
    if not _STOPOVER_BEFORE.search(s.text, 0, m.start - s.start):
        return None
    return next((x.entry for x in ms if x.entry is not None and x.start > m.end
                 and _THEN_REACH.fullmatch(s.text, m.end - s.start, x.start - s.start)), None)


_SO_FAR = re.compile(r"\b(?:has|had)\s+(?:so\s+far\s+|already\s+)?(?:included|taken\s+(?:him|her|them)\s+to)\s|"
                     r"\b(?:has|had)\s+(?:so\s+far\s+|already\s+)(?:includes|been\s+to|visited)\s", re.I)


def _places_so_far(cands: Sequence[Candidate]) -> None:
    """"arrived in Doha on a tour that has so far included Oman and the UAE": the places the tour has been to come
    before the place reached."""
    for c in cands:
        s = c.sentence
        sf = _SO_FAR.search(s.text, 0, c.mention.start - s.start)
        if sf is None or c.before is not None \
                or re.search(r"\b(?:will|would|is|was|are|were|to|then|before|after)\b|[;.]",
                             s.text[sf.end():c.mention.start - s.start]):
            continue  # (only the places of that list: "... taken him to South Korea and Japan, and will take him to Myanmar")
        here = next((x for x in cands if x.sentence is s and x is not c and x.role != "origin"
                     and x.mention.start - s.start < sf.start()), None)
        if here is not None:
            c.before = here


def _place_en_route(cands: Sequence[Candidate]) -> None:
    """A stop made on the way to X comes right before the first stop at X or inside it, wherever it is told."""
    for c in cands:
        if c.en_route_to is None or c.before is not None:
            continue
        dest = c.en_route_to
        c.before = min((x for x in cands if x is not c and x.role != "origin"
                        and (x.entry.id == dest.id or contains(dest, x.entry))),
                       key=lambda x: x.mention.start, default=None)


def _joint_with_traveler(t: str, refs: Sequence[Ref], subj: Ref, motion: bool = False) -> bool:
    """Is the subject one of two joined by "and", the other being the traveler? ("Harris and her running
    mate, Minnesota Gov. Tim Walz, carried their campaign ...")"""
    # ("he and the delegation will leave Suva": a pronoun with his group; "he and Mr Obama flew to Monticello": a
    # pronoun with his host, on the move together; but "he and Zelenskyy discussed the talks in Jeddah" stays as is)
    # (but "Cavusoglu told reporters that he and ministers from other countries plan": his)
    return any((r.who == "traveler" or (r.who == "pronoun" and r.text.lower() in lx.PRONOUNS_SUBJECT
                                        and (subj.who == "group" or motion)
                                        and not any(q.who == "other" and q.subject and q.end <= r.start for q in refs)))
               and r.end <= subj.start and _JOINT.fullmatch(t[r.end:subj.start]) for r in refs)


# ("The governor, first lady and delegation plan to meet ...": a third in between)
# ("Ursula von der Leyen, President of the European Commission, and Jutta Urpilainen, ..., travelled": an appositive)
_JOINT = re.compile(r"\s*,?\s*(?:(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+|(?<=,)\s*(?:the\s+)?[A-Z][^,;.]{1,80},\s*)?(?:and|along\s+with|together\s+with)\s+(?:(?:his|her|their|the)\s+(?:[\w-]+\s+){0,3}?[\w-]+\s*,\s*"
                    r"|(?:a|an|the|his|her|their|other)\s+(?:[\w-]+\s+){0,2}"
                    # ("Mercado and local officials inspected")
                    r"|(?:[a-z][\w-]*\s+){1,2}"
                    # ("Governor Margaret Beazley and Mr Dennis Wilson will be visiting": her husband)
                    r"|(?:Mr|Mrs|Ms|Dr|Sir|Dame)\.?\s+(?:[A-Z][\w'’-]+\s+){0,2}"
                    # ("The president and first lady Jill Biden are expected to arrive")
                    # ("Vice President Harris and Second Gentleman Doug Emhoff arrived")
                    # (the name's reference may start at its title's second word: "Gentleman Doug Emhoff")
                    r"|(?:(?:[Ff]irst|[Ss]econd)(?:\s+(?:[Ll]ady|[Gg]entleman))?|[Ww]ife|[Hh]usband|[Ss]pouse)\s+)?")


_STATEMENT_BEFORE = re.compile(r"\b(?:ministry|MEA|statement|office|spokes(?:man|woman|person)|release|presidency|palace|"
                               r"embassy|government|department|communiqu[eé])\b[^.“”\"]{0,40}?\b(?:said|says|stated|states|added|"
                               r"announced|reads?)\s*[,:]?\s*$", re.I)


@functools.lru_cache(maxsize=4)
def _statement_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Quotations that an institution gives as its statement: "the MEA said, “The President will arrive in ...”"."""
    return tuple((a, b) for a, b in quoted_spans(text) if _STATEMENT_BEFORE.search(text, max(0, a - 80), a))


# "“We will visit four countries, namely Kenya, ...,” said the President": the traveler's own plan in the first person
_FIRST_PERSON_ACCOUNT = re.compile(r"\b(?:I|[Ww]e)\s+(?:(?:will|shall|am\s+going\s+to|are\s+going\s+to|plan\s+to)\s+"
                                r"(?:also\s+|then\s+|first\s+)?(?:visit|travel|go|fly|head|tour)|"
                                # ("“Today I visited flood affected Moree, ...,” he said": the trip told in the first person)
                                r"(?:also\s+|then\s+|first\s+)?(?:visited|travell?ed|went|flew|toured|arrived)|"
                                # ("“Tomorrow we will be in southwest Iowa ...”"; "“I was in Goa earlier in the morning”";
                                # "“I and a limited delegation will carry out a two-day visit in Sydney”")
                                r"(?:will|shall)\s+be\s+(?:in|at|visiting|travell?ing)|(?:was|were)\s+in|"
                                r"(?:[\w\s]{1,40}?\s)?will\s+(?:carry\s+out|make|pay|undertake)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?visit)\b")
_SAID_AFTER = re.compile(r"[,.]?[”\"]?\s*,?\s*(?:(?:said|says|stated|added|told\s+[\w\s]{1,30}?)\s+(?P<who>[^.,;]{1,60})|"
                         r"(?P<subject>[^.,;“”\"]{1,40}?)\s+(?:said|says|stated|added)\b)")


def own_account_quotes(text: str, name_re: re.Pattern[str], role_re: re.Pattern[str] | None) -> tuple[tuple[int, int], ...]:
    """Quotations in which the traveler, named or titled right after them, tells the trip in the first person
    (the plan or what was done): read as the story's own words."""
    out = []
    for a, b in quoted_spans(text):
        told = _FIRST_PERSON_ACCOUNT.search(text, a, b)
        if told is None:
            continue
        said = _SAID_AFTER.match(text, b)
        if said is None:
            continue
        who = said.group("who") or said.group("subject")
        if name_re.search(who) or re.match(r"(?:he|she)\b", who) or (
                role_re is not None and role_re.search(who)
                # (a role and another name is someone else: "said President Boluarte")
                and not re.search(r"\b(?:the|[A-Z][a-z]+)\s+[A-Z][a-z]+\s+[A-Z]", who)
                and not re.search(r"\b(?:President|Minister|Secretary|Chancellor|King|Queen|Premier)\s+[A-Z]", who)):
            # (from the sentence that tells the trip on: "It was fun to sign that in Hiawatha. ... Tomorrow we will be
            # in Sioux City")
            opening = max(text.rfind(". ", a, told.start()) + 2, a)
            out.append((opening, b))
    return tuple(out)


def _institutional_quote(text: str, pos: int) -> bool:
    """A ministry's or office's statement about the traveler is read as the story's own words."""
    return any(a <= pos < b for a, b in _statement_spans(text))


def _classify_one(text: str, s: Sentence, m: PlaceMention, prev: PlaceMention | None, prev_v: Verdict | None,
                  refs: Sequence[Ref], focus: str, published: dt.date | None, default_year: int | None,
                  gaz: Gazetteer, sentence_verdicts: Sequence[Verdict] = (), last: Candidate | None = None,
                  story_lead: bool = False, own_quotes: Sequence[tuple[int, int]] = (), back_then: bool = False) -> Verdict:
    """``story_lead``: the story's first sentence, which tells its own trip ("Mayor X traveled to Taiwan last week");
    ``back_then``: the sentence opens with "At that time" after one about an earlier trip."""
    if m.kind == "macro":
        return Verdict(False, "a broad region")
    if m.in_quote and not _institutional_quote(text, m.start) and not any(a <= m.start < b for a, b in own_quotes):
        return Verdict(False, "inside a quotation")
    if m.person_like:
        return Verdict(False, "part of a person's name")
    if m.possessive and not _BUILDING_AFTER.match(text, m.end):
        return Verdict(False, "a place named as an actor (possessive)")
    if m.entry is None and m.kind != "capital":
        return Verdict(False, "not resolved to a place")
    if m.entry is not None and not m.entry.country_code:
        return Verdict(False, "a sea or region outside any country")
    if _LONGER_NAME_AFTER.match(text, m.end) or (_SAINT.match(m.text) and _CHURCH_AFTER.match(text, m.end)):
        return Verdict(False, "part of a longer name (the Altare della Patria)")
    if _NAMED_BUILDING_BEFORE.search(text, max(0, m.start - 6), m.start) and m.entry is not None \
            and m.entry.kind == "city" and not normalize(m.text).startswith("the "):
        # "met residents at The Royal Oak", "a courtesy call at The Cottage": a pub's or a house's name (but "The
        # Hague" is the city's own name)
        return Verdict(False, "part of a longer name (a building called The ...)")
    if _MEETING_ON.search(text, max(0, m.start - 40), m.start) and not _GROUND_AFTER.match(text, m.end):
        # (but "a public meeting on Namsai general ground" is held there)
        return Verdict(False, "the topic of a meeting, not its place")
    if _THE_BEFORE.search(text, max(0, m.start - 4), m.start) and _OF_THE_AFTER.match(text, m.end) \
            and m.entry is not None and m.entry.kind == "city":
        return Verdict(False, "part of a longer name (the Grave of the Unknown Warrior)")
    if _OFFICE_AFTER.match(text, m.end) and m.entry is not None and m.entry.kind == "city" and not m.entry.capital:
        return Verdict(False, "names an office, not a place visited")
    if _FACILITY_ELSEWHERE.match(text, m.end):
        return Verdict(False, "names a base or station whose place is given after it")
    if _NAME_OF.search(text[max(0, m.start - 40):m.start]) and not (
            last is not None and m.entry is not None and _BUILDING_OF.search(text[max(0, m.start - 40):m.start])
            and km(m.entry, last.entry) <= NEARBY_KM):
        # "the Gulf of Finland", "the Cathedral of Notre-Dame"; but "the Castle of Laeken" on a trip to Brussels
        return Verdict(False, "part of a longer name (a sea, a bank, a university)")
    rest = s.text[m.end - s.start:]
    nxt = re.match(r"\s+([a-z][\w'’-]*)", rest)
    word = re.match(r"\s+(\w+)", rest)
    if m.kind == "place" and word and word.group(1).lower() in lx.REGION_WORDS and m.entry is not None \
            and m.entry.kind == "city":
        # "the Donetsk region", "Ngara District": the region around the city, not the city
        m.entry = dataclasses.replace(m.entry, id=f"region-of:{m.entry.id}", kind="region", admin1=None,
                                      name=f"{m.entry.name} {word.group(1)}")
    elif m.kind == "place" and nxt and nxt.group(1) in lx.MODIFIED_NOUNS \
            and not _BASE_AFTER.match(s.text, m.end - s.start):  # "the Tapa army base" is at Tapa
        return Verdict(False, f"describes a '{nxt.group(1)}', not a place visited")
    if m.entry is not None and _heads_paragraph(text, s, m):
        # a wrap-up that heads each paragraph with the place it tells ("Dili. Francis arrived ...")
        c = Candidate(m, m.entry, s, "visited", "strong", 0.7, label=True)
        _tag_kind(c)
        return Verdict(True, "a stop (the paragraph is headed by the place)", c)
    gov = find_governor(s, m, prev)
    ra = _RELATIVE_ARRIVAL.match(s.text, m.end - s.start) if gov is None else None
    if ra:
        # "the federal capital, Baghdad, which he arrived on Thursday morning": the relative clause puts him there
        gov = Governor("presence", "in", ra.group(1).lower(), ra.start(1), ra.start(1))
    if gov is None and prev is not None and prev.sentence == m.sentence and _FACILITY_GAP.fullmatch(text, prev.end, m.start):
        gov = find_governor(s, prev, None)  # "touched down at Moody Air Force Base, outside Valdosta"
    fac = _FACILITY_BEFORE.search(text, max(s.start, m.start - 80), m.start) if gov is None else None
    if fac is not None:
        # "flew to Naval Station Mayport, near Jacksonville": the base's own name is unknown, its town is not
        gov = find_governor(s, dataclasses.replace(m, start=fac.start()), None)
    unknown = _UNKNOWN_ITEMS_BEFORE.search(text, max(s.start, m.start - 120), m.start) if gov is None else None
    items = (unknown.start(1) if unknown.group(1) is not None else unknown.start(2)) if unknown is not None else -1
    if unknown is not None and (prev is None or prev.person_like or not items <= prev.start < m.start):
        # "rallies in Tot, Marakwet East and Iten": the items before are places the gazetteer does not know
        gov = find_governor(s, dataclasses.replace(m, start=items), None)
    if gov is None:
        return Verdict(False, NO_PHRASING)
    if gov.kind == "coordinated" and prev is not None and prev.person_like:
        # "visited Eturu Nagaram and Mulugu": the item before is a name the gazetteer only half knows, not a person
        gov = find_governor(s, m, None)
        if gov is None:
            return Verdict(False, NO_PHRASING)
    if gov.kind in ("coordinated", "sequence") and prev is not None and prev.kind == "macro":
        # "will travel to Central America and Cuba": the broad region is not a stop, but its verb governs the list
        gov = find_governor(s, prev, None) or gov
    if gov.kind in ("coordinated", "sequence"):
        if prev_v is None or prev_v.candidate is None:
            return Verdict(False, prev_v.reason if prev_v else "listed with a place that is not a stop")
        pc = prev_v.candidate
        if m.entry is not None and m.entry.id == pc.entry.id:
            return Verdict(False, "repeats the place before it")
        between = text[prev.end:m.start] if prev is not None else ""
        known = m.entry is not None and not m.qualifier_code and (
            (m.entry.capital and normalize(m.entry.name) == normalize(m.text)) or (m.entry.kind == "country" and not any(
            e.kind == "region" and e.country_code == pc.entry.country_code for e in m.candidates)))
        if len(m.candidates) > 1 and ";" not in between and not known:
            # a list holds neighbours: "Cedar Rapids and Waterloo" is Waterloo, Iowa (but "Lima, Peru; and
            # Santiago and Valparaíso, Chile" lists places with their own countries; and "London, Geneva and
            # Washington" keeps the capital, "the United States and Mexico" the country, though "Florida and
            # Georgia" is the state)
            near = Context(country_codes={pc.entry.country_code or "": 0.5},
                           admin1={f"{pc.entry.country_code}-{pc.entry.admin1}": 0.5} if pc.entry.admin1 else {},
                           near=(pc.entry.lat, pc.entry.lon), qualifier=(m.qualifier or m.qualifier_code))
            # ("Agra and New Delhi": a candidate named exactly as written goes first, not Delhi, which has
            # New Delhi as an alternate name)
            exact = [e for e in m.candidates if normalize(e.name) == normalize(m.text)]
            if not any(e.country_code == pc.entry.country_code for e in exact) \
                    and any(e.country_code == pc.entry.country_code for e in m.candidates):
                exact = []  # ("Gran Canaria and Tenerife": Santa Cruz de Tenerife, not a village called Tenerife abroad)
            m.entry = rank(exact or m.candidates, near, gazetteer=gaz)[0]
        c = Candidate(m, m.entry or pc.entry, s, pc.status, pc.role if pc.role != "weak" else "strong",
                      pc.confidence, cue=None, is_return=pc.is_return)
        if gov.kind == "coordinated":
            c.coordinated = pc.coordinated + 1 if pc.coordinated else 2
            pc.coordinated = c.coordinated
            if pc.on_the_way:
                c.before, c.on_the_way = pc.before, True  # "with stops in Atlanta and Savannah": both on the way
        _tag_kind(c)
        return Verdict(True, "a stop (listed with the place before it)", c)
    t = mask_quotes(s.text)
    if t[m.start - s.start:m.end - s.start].isspace():
        t = s.text  # a quoted statement about the traveler, read as the story's own words
    a = m.start - s.start
    scope, chunk = clause_scope(t, a)
    # who does it: the subject of the governor, or the traveler as object ("carried the president to")
    subj: Ref | None = None
    if re.search(r"\bits\s+(?:[\w-]+\s+){0,3}$", t[:gov.pos]) and gov.kind in ("presence", "motion"):
        return Verdict(False, "an organisation's own meeting or trip ('At its annual meeting in ...')")
    if gov.kind == "preposed":
        after = [r for r in refs if r.start > a]
        who = "traveler"
        thing = _THING_SUBJECT.match(t, m.end - s.start)
        if thing and not any(thing.start(1) <= r.start < thing.end() + 2 for r in refs):
            # "In Washington, a request for aid remains stalled": the clause is about something else
            return Verdict(False, "the sentence goes on about something other than the traveler")
        if after:
            r0 = after[0]
            who = resolve_pronoun(refs, refs.index(r0), focus) if r0.who == "pronoun" else r0.who
            if who in ("trip",):
                who = "traveler"
        else:
            who = focus
    else:
        who, subj = subject_at(refs, gov.pos, focus)
        if gov.word in _PROGRAMME_NOUNS and gov.pos < gov.prep_pos \
                and not re.search(r"\b(?:his|her|their)\s+$", t[:gov.pos], re.I) \
                and not any(r.who in ("traveler", "trip") and 0 <= gov.pos - r.end <= 3 for r in refs):
            return Verdict(False, "another person's trip or presence")  # "Apple's program in Shanghai": not the traveler's
        rel = _CLOSED_RELATIVE.search(t, 0, subj.start) if subj is not None and "," in t[subj.end:gov.pos] else None
        if rel is not None:
            # "Wang, who holds a position in the Chinese government, arrived in New Delhi": the one the relative
            # clause is about does the main verb
            head = next((r for r in reversed(refs) if r.end <= rel.start() + 1 and r.who != "pronoun"), None)
            if head is not None:
                who, subj = ("traveler" if head.who == "trip" else head.who), head
        wm = _WHO_BEFORE.search(t, 0, gov.pos)
        owner = next((r for r in refs if wm is not None and 0 <= wm.start() - r.end <= 1 and r.who != "pronoun"), None)
        if owner is not None:
            # "for President Ama Owusu, who arrived in Oslo": the relative clause is about the name before it
            who, subj = ("traveler" if owner.who == "trip" else owner.who), owner
        elif wm is not None and _UNKNOWN_NAME_BEFORE.search(t, 0, wm.start()) and not any(
                r.start <= wm.start() <= r.end + 1 for r in refs):
            who = "other"  # "with leader Yuan, who is in Nepal": a name the story has not linked to the traveler
        elif (_ELIDED_SUBJECT.search(t, 0, gov.pos) or (_BEFORE_PARTICIPLE.search(t, 0, gov.pos) and gov.word.endswith("ing"))
              or (gov.word in _EVENT_NOUNS and _ELIDED_SUBJECT_EVENT.search(t, max(0, gov.pos - 60), gov.pos))) \
                and t[gov.pos:gov.pos + 1].islower():
            # "Austin met in Singapore with ... Zelenskyy ...; and met with Hun Manet in Phnom Penh": a verb
            # after "; and" has the sentence's subject, not the last name before it
            k, head = next(((k, r) for k, r in enumerate(refs) if r.subject and r.start < gov.pos
                            and r.text.lower() not in ("his", "her", "their", "its")), (-1, None))
            if head is not None:
                who = resolve_pronoun(refs, k, focus) if head.who == "pronoun" else head.who
                who, subj = ("traveler" if who == "trip" else who), head
        poss = re.search(r"([\w’'.-]+)(?:'s|’s)\s+(?:[\w-]+\s+){0,2}$", t[:gov.pos]) if gov.word in _TRIP_NOUNS else None
        if poss:
            owner = next((r for r in refs if r.start <= poss.start(1) < r.end), None)
            if owner is not None:
                who = owner.who if owner.who != "pronoun" else resolve_pronoun(refs, refs.index(owner), focus)
                if who == "other" and _joint_with_traveler(t, refs, owner):
                    who = "traveler"  # "Blinken and Austin's next stop"
        elif subj is not None and (gov.word not in ("reporters", "journalists") or subj.who == "pronoun") \
                and (said := _NEW_SUBJECT_AFTER_REPORTING.search(t[subj.end:gov.pos])) is not None \
                and not _MEETING_SPOKEN_TO.match(t, subj.end + said.end()) \
                and not any(subj.end < r.start < gov.pos and r.subject for r in refs):
            # ("Hill told reporters in Tokyo" is where Hill was; a quote's "he told reporters in Vilnius" may be anyone's)
            who = "unknown"  # "Rubio said U.S. Navy ships were moving through ..."
        elif _THING_OPENING.match(t) and not any(r.start < gov.pos and r.who in ("traveler", "pronoun", "trip") for r in refs):
            # "These were first tabled during the launch of the AU in Durban": about a thing (but "announced the
            # six-day trip Wednesday. It will revolve around the conference in Tokyo": "It" is the trip)
            trip = _TRIP_BEFORE.search(text, max(0, s.start - 160), s.start) if re.match(r"\W*It\s", t) else None
            who = "traveler" if trip is not None and not re.search(r"[.!?]\s", text[trip.end():s.start].rstrip()) \
                else "unknown"
        elif _PLACE_SUBJECT.search(t, subj.end if subj is not None else 0, gov.pos) \
                and not any((subj.end if subj is not None else 0) < r.start < gov.pos and r.subject for r in refs):
            who = "unknown"  # "The tour comes as South Africa prepares to host the G20 summit in Johannesburg"
        objs = [r for r in refs if gov.pos < r.start < gov.prep_pos and r.who in ("traveler", "pronoun")]
        if objs and who != "traveler":
            # "Pope Leo XIV will receive him at the Vatican": another subject, the traveler as object
            r = objs[0]
            if r.who == "traveler" or r.text.lower() in lx.PRONOUNS_OBJECT:
                who = "traveler"
        if who in ("other", "group") and any(r.who == "traveler" and _ALONGSIDE.search(t, max(0, r.start - 24), r.start)
                                             for r in refs if r.start > gov.pos):
            who = "traveler"  # "Lucy Rigby boarded the plane to Beijing alongside Sir Keir": he went too
        if who in ("other", "group") and any(
                (r.who == "traveler" or (r.who == "pronoun" and r.text.lower() in lx.PRONOUNS_OBJECT))
                and _ACCOMPANIES.search(t, max(0, r.start - 30), r.start)
                and not _OWN_NEXT_MOVE.search(t, r.end, gov.pos) for r in refs if r.start < gov.pos):
            who = "traveler"  # "Foreign Minister X will accompany Morawiecki on his visit to Budapest": he goes too
        if who in ("other", "group") and gov.word in _TRIP_NOUNS and any(
                r.who == "traveler" and _FOR_A_VISIT.fullmatch(t, r.end, gov.pos) for r in refs):
            who = "traveler"  # "Biden will host Prime Minister Kishida for an official visit to the United States"
        if who != "traveler" and any(r.who == "traveler" and r.subject and _SAID_THEY.match(t, r.end)
                                     and r.end < gov.pos for r in refs):
            who = "traveler"  # "Branstad said they will visit Beijing": he and his party
    cataphora = False
    if subj is not None and subj.who == "pronoun" and subj.text.lower() in ("his", "her") and subj.start < a \
            and not any(r.start < subj.start and r.who in ("traveler", "other") for r in refs):
        # ("While Majhi during his visit to Kendrapara ..., deputy chief minister X has": "his" is Majhi's)
        # "During his stay in Brazzaville, Foreign Minister Wang Yi will hold talks": the main subject after
        comma = t.find(",", a)
        main = next((r for r in refs if comma != -1 and r.start > comma and r.subject
                     and r.who in ("traveler", "other")), None)
        if main is not None and _PREPOSED_PHRASE.match(t):
            who = main.who
            cataphora = True
    if who in ("other", "group") and gov.kind != "preposed" and subj is not None \
            and _joint_with_traveler(t, refs, subj, motion=gov.kind == "motion"):
        # "Secretary Carter and Defense Secretary Ellis will travel to Tokyo"; "President Farmajo and a
        # high-level delegation he is leading arrived in Beijing"
        who = "traveler"
    if gov.word == "programme" and not any(r.subject and r.who in ("other", "group") and r.start < gov.pos
                                           and _ACTS.match(t, r.end) for r in refs):
        who = "traveler"  # a programme's line: names in its venues ("Harry Myers Community Center") are no actors
    if who == "group" or who == "other":
        return Verdict(False, "another person's trip or presence")
    if who != "traveler":
        return Verdict(False, "no link to the traveler")
    clause_start, clause_end = clause_bounds(t, a)
    own = t[chunk[0]:chunk[1]]
    lead_verb = re.match(r"\s*(?:and\s+)?(?:then\s+)?(?:instead\s+)?([a-z]+ing)\b", own)
    # "has called off a visit to Vanuatu, flying into Townsville on Tuesday": the participle is its own event
    neg_scope = own if lead_verb and (lead_verb.group(1) in lx.MOTION or lead_verb.group(1) in lx.PRESENCE) else scope
    said_that = re.search(r"\sthat\s", neg_scope[neg_scope.find(m.text) + len(m.text):]) \
        if gov.word in ("told", "tells") and m.text in neg_scope else None
    if said_that is not None:
        # "told U.S. troops at Bagram air base that the United States will not let ...": what he said, not his trip
        neg_scope = neg_scope[:neg_scope.find(m.text) + len(m.text) + said_that.start()]
    manner = re.search(r"\bwithout\s+\w+ing\b", neg_scope)
    if manner is not None and m.text in neg_scope and manner.start() > neg_scope.find(m.text):
        neg_scope = neg_scope[:manner.start()]  # "returned to Riyadh on Friday without meeting the Houthis": he did
    # ("flying to Fayetteville for a speech (a makeup of a rally he canceled on Thursday), then on to Scranton": an
    # aside in brackets that does not hold the place says nothing of this trip)
    neg_scope = re.sub(r"\([^()]*\)", lambda b: b.group(0) if m.text in b.group(0) else " " * len(b.group(0)), neg_scope)
    appositive = _APPOSITIVE_RELATIVE.search(neg_scope)
    if appositive and m.text in neg_scope[:appositive.start()]:
        neg_scope = neg_scope[:appositive.start()]  # "In Iraq, he backed ..., a goal that Iran does not share"
    if _negated(neg_scope) or lx.TAKEN_BACK.search(t, a) \
            or lx.INSTEAD_BEFORE.search(t, clause_start, a) or _REFUSED_AFTER.match(t, clause_end):
        return Verdict(False, "a trip that was dropped, refused or not planned")
    if (_FUTURE_IN_PAST.search(t, clause_start, a) or (gov.kind == "preposed" and _FUTURE_IN_PAST.search(t, a, clause_end))
            or _SUPERSEDED_PLAN.search(t, 0, a) or _WOULD_AFTER.search(t)) and _CALLED_OFF.search(text):
        # ("The minister would visit Parachinar after the weather improves": the postponed trip, someday)
        # "has postponed her visit to Tanzania and South Africa ... She was to visit Tanzania from March 28-29"
        return Verdict(False, "a trip that was dropped, refused or not planned")
    beside = lx.ELSEWHERE.search(scope)
    if beside and _PARTICIPLE_OPENING.match(t) and re.search(r",\s+(?:he|she|they|[A-Z][a-z]+)\s", t[m.end - s.start:]) \
            and t.find(beside.group(0), m.end - s.start) > m.end - s.start:
        beside = None  # "Arriving in New Delhi on Sunday, he will help prepare for the talks": his arrival
    if beside and beside.start() > scope.find(m.text) >= 0 and re.search(
            r"\b(?:as|while|when|since|because)\s+(?:[\w'’-]+\s+){1,4}$", scope[:beside.start()]):
        beside = None  # "will visit Brunei ... from Oct. 8 as Japan prepares for a summit": a reason told after
    if beside and beside.end() <= scope.find(m.text) and _AND_NEW_CLAUSE.search(scope, beside.end(), scope.find(m.text)):
        beside = None  # "The trip coincides with the D-Day anniversary and the President will attend a ceremony in X"
    if beside:
        return Verdict(False, "another event the trip is set beside")
    if lx.OTHER_TRIP.search(t) or _ORDINAL_TRIP_AFTER.search(t, 0, a):
        return Verdict(False, "another trip than this one")
    hosting = lx.HOSTING.search(t, clause_start, a)
    if hosting and not _HOSTS_OWN_EVENT.match(t, hosting.start()) and not _TRAVELS_TO_HOST.search(t, 0, hosting.start() + 8) \
            and not any(r.who == "traveler" and hosting.start() < r.start < a for r in refs):  # (the traveler is the guest)
        return Verdict(False, "hosted there: the host does not travel")
    if lx.REMOTE.search(scope):
        return Verdict(False, "a call or video link, not a visit")
    air = _FROM_THE_AIR.search(t, clause_start, a)
    if air is not None and not _ON_THE_GROUND.search(t, air.start(), a):
        # (but "conducted an aerial survey of flood-hit areas and later visited relief camps in Gorakhpur")
        return Verdict(False, "seen from the air, not visited")
    if _experience(t, a):
        return Verdict(False, "a list of places visited over the years (present perfect, no date)")
    lead_time = lx.LEAD_TIME.match(t)
    lead = lead_time.group(0) if lead_time and lead_time.end() <= a else ""
    # "their first since the king's diagnosis last year": a "since" phrase after the place dates something else
    t_since = _SINCE.sub(lambda x: " " * len(x.group(0)) if x.start() > a else x.group(0), t)
    scope = clause_scope(t_since, a)[0]
    # (a preposed place, or a verbless "then to Cuenca", is told in the tense of the sentence)
    plans = (gov.kind == "preposed" or gov.word == "then") and bool(lx.FUTURE.search(t))
    past = lx.PAST_MARKERS.search(scope)
    if past is not None and story_lead and _RECENT.fullmatch(past.group(0)):
        # "Mayor Joe Hogsett traveled to Taiwan last week": the lead's trip is the story's, told after it (but in
        # "flew out for visits to Samoa and Tonga following a visit to Fiji last week" only Fiji is before it)
        fol = re.search(r"\b(?:following|after|since|before)\b", scope)
        here = scope.find(m.text)
        if fol is None or (here != -1 and here < fol.start() < past.start()):
            past = None
    if (past is not None and not _BEGAN_THIS_TRIP.search(scope)) \
            or _past_by_dates(t_since[chunk[0]:chunk[1]], published, default_year, plans) \
            or _past_by_dates(scope, published, default_year, plans) \
            or back_then \
            or (lead and ((lx.PAST_MARKERS.search(lead) and not (story_lead and _RECENT.search(lead)))
                          # ("Last week, Mayor Joe Hogsett traveled to Taiwan": the lead's trip, told after it)
                          or _past_by_dates(lead, published, default_year, month_future=_told_ahead(t)))):
        return Verdict(False, "an earlier trip")
    # status from the verbs before the place in its clause
    left = t[chunk[0]:a] if neg_scope is own else t[clause_start:a]
    rel = _WHO_BEFORE.search(t, 0, gov.pos) if gov.kind != "preposed" else None
    in_relative = rel is not None and rel.start() >= clause_start
    if in_relative and rel is not None:
        left = t[rel.start():a]  # "will host a dinner for Owusu, who arrived in Oslo": the relative clause's own tense
    if clause_start > 0 and re.search(r"(?::|—|–|\s-)\s*$", t[:clause_start]) and not re.search(r"[a-z]{3,}", re.sub(
            r"\b(?:and|the|of|or)\b", "", t[clause_start:a])):
        left = t[:a]  # "for three events — Grand Rapids, Lansing and ...": the list after a dash has the tense before it
    status = "planned" if _future(left) or (re.search(r"\b(?:next|will\s+be)\b", left[-40:]) and gov.kind == "motion" \
        and gov.prep is None) else "visited"
    if gov.pos > a and lx.FUTURE.search(t):
        status = "planned"  # "Poland is his final stop, where he will meet ..."
    if gov.kind == "preposed" or cataphora:
        right = t[a:clause_end]
        status = "planned" if lx.FUTURE.search(right[:80]) else "visited"
    elif status == "visited" and not in_relative and (neg_scope is own or gov.word == "then") and lx.FUTURE.search(t, clause_start, chunk[0]) \
            and not lx.PAST_MARKERS.search(left) and not lx.NEGATION.search(t, clause_start, chunk[0]):
        status = "planned"  # "he will visit the Amazon, stopping in Manaus", "will fly to Quito, then to Cuenca"
    elif status == "visited" and _PLAN_PRESENT.search(left) and _WEEKDAY.search(t, a, clause_end) \
            and not lx.PAST_MARKERS.search(left):
        status = "planned"  # "It ends with her ... joining other dignitaries in Paris on Saturday": a trip's plan
    elif status == "visited" and _PROGRESSIVE.search(left) and (
            _AHEAD.search(t, a, clause_end) or _WEEKDAY.search(t, clause_start, clause_end)):
        # "is traveling to Armenia and Tajikistan next week", "On Wednesday, he's going to Columbia": the news
        # present of a plan
        status = "planned"
    elif status == "visited" and _PARTICIPLE_OPENING.match(t) and a < t.find(",") \
            and lx.FUTURE.search(t, t.find(",")):
        status = "planned"  # "Arriving in New Delhi on Sunday, he will help prepare ...": the main clause's tense
    elif status == "visited" and _SETTING_OUT.search(t, 0, a):
        status = "planned"  # "departed Washington on Monday for a trip ..., with stops in Hawaii and Guam": still ahead
    role = "strong"
    conf = 0.85
    came_from = False
    if gov.kind == "origin" or (gov.kind == "direct" and gov.word in lx.ORIGIN_VERBS) or (
            gov.kind == "preposed" and gov.prep == "from"):
        role, conf = "origin", 0.6
        # ("from Luanda, where he spent two days"; "returned home on Friday from Lima": where the trip was)
        # (but "on his way back from Islamabad" is where this leg set out from)
        came_from = bool(_STAYED_THERE.match(t, m.end - s.start)) or (gov.word in _RETURN_WORDS and gov.word != "back")
        if came_from:
            role, conf = "strong", 0.8  # "from Luanda, where he spent two days": a stop before this one
    elif lx.WEAK_PRESENCE.search(t[:a]):
        role, conf = "weak", 0.6
    if m.kind == "event":
        conf -= 0.1
    c = Candidate(m, m.entry or placeholder(m), s, status, role, conf)
    c.left_for_home = gov.word in _RETURN_WORDS and gov.prep == "from"
    if came_from:
        c.before = next((v.candidate for v in sentence_verdicts if v.candidate is not None
                         and v.candidate.role != "origin"), None)
    elif role == "origin" and gov.word in _ARRIVAL_VERBS:
        # "arrived in Tokyo early Sunday from Hanoi": Hanoi comes right before Tokyo (a stop if the trip was
        # already under way there, the origin if not)
        c.before = next((v.candidate for v in sentence_verdicts if v.candidate is not None and v.candidate.role != "origin"
                         and gov.pos < v.candidate.mention.start - s.start < a), None)
    if gov.word in ("stops", "stop") and _STOPS_ON_THE_WAY.search(t, 0, gov.pos):
        # "a road trip from Charlotte to Memphis, with stops in Atlanta and Savannah": on the way, before Memphis
        dest = next((v.candidate for v in reversed(sentence_verdicts) if v.candidate is not None
                     and v.candidate.role != "origin" and v.candidate.mention.start - s.start < gov.pos), None)
        if dest is not None and not contains(dest.entry, c.entry):  # ("to India, with stops in Pune": inside it)
            c.before, c.on_the_way = dest, True
    elif gov.prep in ("via", "through") and gov.word in lx.MOTION | _ARRIVAL_VERBS:
        # "arrived in Taipei through Manila late Tuesday", "flew to Riyadh via Cairo": the transit comes before
        # the place reached
        dest = next((v.candidate for v in reversed(sentence_verdicts) if v.candidate is not None
                     and v.candidate.role != "origin" and gov.pos < v.candidate.mention.start - s.start < a), None)
        if dest is not None and not contains(dest.entry, c.entry) and not contains(c.entry, dest.entry):
            c.before, c.on_the_way = dest, True
    c.airport = bool(_AIRPORT_AFTER.match(s.text, m.end - s.start))
    c.is_return = (bool(lx.RETURN_CUE.search(t[max(0, gov.pos - 1):a])) or gov.word in _RETURN_WORDS) \
        and gov.prep != "from"  # (what one returns from is no return: "returned to Madrid from Lima")
    home_cue = lx.HOME_CUE.search(t, max(0, gov.pos - 20), a + len(m.text) + 10)
    c.home = (home_cue is not None and not _SOMEONES_HOME.search(t, 0, a)
              # ("returned home after visits to Lima and Quito", "returned home from Lima": the places of the trip)
              and not (home_cue.end() <= a and _HOME_THEN_TRIP.search(t, home_cue.end(), a))) \
        or (c.is_return and bool(_AFTER_THE_TRIP.match(t, m.end - s.start))) \
        or (gov.word in _ARRIVAL_VERBS and bool(_AFTER_COMPLETING.match(t, m.end - s.start))) \
        or bool(_BEFORE_STARTING.match(t, m.end - s.start))
    # (a relative clause starts afresh: "Singapore, the first stop of a visit that will also take her to Jakarta")
    seg_start = max((x.end() for x in re.finditer(r",|;|\band\b|\bthen\b|\bwhere\b|\bwhen\b|\bthat\b|\bwhich\b",
                                                  t[:a])), default=0)
    cue_zone = t[seg_start:a]
    cues = [(x.start(), "first") for x in lx.FIRST_CUE.finditer(cue_zone)] + \
           [(x.start(), "last") for x in lx.LAST_CUE.finditer(cue_zone)]
    if cues:
        c.cue = max(cues)[1]
        if c.cue == "last" and _VISIT_TO_END.search(cue_zone) and _ONWARD.match(t, m.end - s.start):
            c.cue = None  # "concluded her visit to Peru and left for Ecuador": the end of that visit, not of the trip
    elif gov.kind == "motion" and _TRIP_BEGAN_WHEN.search(t, 0, gov.pos):
        c.cue = "first"  # "Trump's overseas trip began on May 19 when he departed from Washington for Riyadh"
    if gov.pos > a and gov.word == "stop":
        told = t[a:gov.pos + 10].lower()
        c.cue = "last" if re.search(r"\b(?:final|last)\b", told) else "first" if "first" in told else c.cue
        c.final_stop = c.cue == "last"
    tail = _TRIP_END_AFTER.match(t, m.end - s.start)
    if tail:
        c.cue = "last" if tail.group(1).lower() in ("end", "close") else "first"  # "in Abuja at the end of the trip"
    _tag_kind(c)
    _order_hints(c, s, m)
    return Verdict(True, f"a stop ({gov.word or gov.kind} {gov.prep or ''})".replace(" )", ")"), c)


# "in front of Vanimo's Holy Cross Cathedral": a possessive place that says where a building is
# "a visit to former president Nelson Mandela at his home in Houghton": the home of the one visited
_SOMEONES_HOME = re.compile(r"\b(?:visit(?:ed|ing|s)?(?:\s+to)?|meet(?:s|ing)?(?:\s+with)?|met(?:\s+with)?|call(?:ed|s)?\s+on)\s+"
                            r"(?:the\s+)?(?:[a-z]+\s+){0,2}(?:[A-Z][\w.'’-]*\s+){1,4}at\s+(?:his|her|their)\s+(?:[a-z]+\s+)?home\s+"
                            r"(?:in|at)\s+(?:the\s+)?$")
_VISIT_TO_END = re.compile(r"\b(?:visit|stay)\s+(?:to|in)\s+(?:the\s+)?$")
_ONWARD = re.compile(r"[^.;]{0,60}?\b(?:and|before|then)\s+(?:\w+\s+){0,2}?(?:left|departed|flew|headed|travell?ed|moved|"
                     r"proceeded|went|leaves|departs|flies|heads|travels|moves|proceeds|goes)\b")
# a deed in the past, right after its subject ("He garlanded", "Modi planted"): where the subject was, unless
# the verb is one of those whose place is the object's (lexicon.NOT_PRESENCE)
_DEED = re.compile(r"[a-z]{2,}ed")
_IRREGULAR_PAST = frozenset({"paid", "laid", "took", "gave", "made", "held", "led", "met", "sat", "spent", "saw", "ate",
                             "wrote", "drove", "rode", "swam", "sang", "shook", "struck", "won", "threw", "broke", "cut",
                             "hung", "lit", "fed", "spoke", "stood", "went", "came", "bought"})
_SUBJECT_WORD = re.compile(r"(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|[A-Z][a-z]+(?:['’]s)?|also|then|later|first|jointly|personally)")
# an aside right after a name: "Silva, in Lima for talks, said"
_APPOSITIVE_AT = re.compile(r"\b[A-Z][\w'’-]+,\s+(?:(?:now|currently|already|still|then)\s+)?(?:in|at)\s+(?:the\s+)?$")
_RETURN_WORDS = frozenset({"return", "returns", "returned", "returning", "back"})
# participles that say where things are, after "are" or "is" ("are distributed in", "is located in")
_THING_PARTICIPLES = frozenset({"distributed", "located", "situated", "spread", "scattered", "stored", "installed",
                                "produced", "manufactured", "sold", "housed", "built", "found"})
_HOME_THEN_TRIP = re.compile(r"\b(?:after|following|from)\b")
_BUILDING_AFTER = re.compile(r"(?:'s|’s|'|’)?\s+(?:(?:[A-Z][\w.'’-]*|new|old|main|central|historic|international|domestic)\s+){0,4}"
                             r"(?:[Cc]athedral|[Cc]hurch|[Bb]asilica|[Mm]osque|[Tt]emple|[Ss]ynagogue|[Pp]alace|[Ss]tadium|"
                             r"[Aa]irport|[Ss]quare|[Cc]emetery|[Mm]useum|[Hh]arbou?r|[Pp]ort|[Cc]ity\s+[Hh]all|[Pp]arliament|"
                             r"[Hh]ospital|[Uu]niversity|[Mm]arket|[Oo]ld\s+[Tt]own|[Ww]aterfront|[Bb]ase|"
                             r"(?:[Rr]ailway|[Tt]rain|[Cc]entral)\s+[Ss]tation|[Ss]tation|[Hh][oô]tel|[Cc]onvention\s+[Cc]ent(?:er|re))\b")
_SINCE = re.compile(r"\bsince\b[^,;.]*")
_AIRPORT_AFTER = re.compile(r"\s+(?:international\s+)?(?:airport|airfield|airstrip|air\s+base|airbase)\b", re.I)
# a capital "The" inside a sentence before a town's name: a building so named ("at The Royal Oak")
_NAMED_BUILDING_BEFORE = re.compile(r"(?<=[a-z,]\s)The\s+$")
_LONGER_NAME_AFTER = re.compile(r"\s+(?:della|delle|dei|degli|dello|del|di|du|des|de|da|do|dos|das|de\s+la|de\s+los|de\s+las)\s+[A-Z]|"
                                # "the Ukraine Defense Contact Group", "the Weimar Triangle": a body named for the place
                                r"(?:\s+[A-Z][a-z]+){0,3}\s+(?:Contact\s+Group|Triangle|Format|Initiative|Compact|Accords?|Process)\b|"
                                # "flew in Marine One": the aircraft
                                r"\s+(?:One|Two)\b|"
                                # "Winfield House", "Lancaster House": a house named for someone, not in that place
                                r"\s+House\b")
# "visited the St Francis Catholic Church in Owo": a church named for its saint, not in the town of that name (but
# "Canterbury Cathedral" is in Canterbury)
_SAINT = re.compile(r"(?:St\.?|Sainte?|San|Santa|São)\s")
_CHURCH_AFTER = re.compile(r"(?:['’]s)?(?:\s+(?:Catholic|Anglican|Methodist|Presbyterian|Baptist|Lutheran|Orthodox|Episcopal|"
                           r"Parish))?\s+(?:Church|Cathedral|Chapel|Basilica)\b")
# "Moody Air Force Base, outside Valdosta": the base is named for Moody; it lies outside Valdosta
_FACILITY_LOCATED = (r"\s+(?:Air\s+Force\s+[Bb]ase|Air\s+[Bb]ase|Naval\s+(?:Station|Air\s+Station|Base)|Army\s+(?:Base|Airfield)|"
                     r"Air\s+Station|Barracks|Base|"
                     # "at the Shangri-La hotel in Taguig City": a hotel named for somewhere else
                     r"[Hh]otel|[Rr]esort|"
                     # "visited the Ridge Regional Hospital in Accra": a building named for a place, in another one
                     r"(?:[A-Z][\w'’-]+\s+){0,3}(?:Hospital|School|College|University|Stadium|Cent(?:re|er)|Market|Mall|"
                     r"Museum|Academy|Institute|Clinic|Polytechnic))\b,?\s*(?:just\s+)?(?:outside|near|in|at|"
                     r"(?:south|north|east|west)\s+of)\s+")
_FACILITY_ELSEWHERE = re.compile(_FACILITY_LOCATED + r"[A-Z]")
_FACILITY_BEFORE = re.compile(r"\b(?:Naval\s+(?:Air\s+)?Station|Air\s+Force\s+Base|Air\s+Base|Fort|Camp|Joint\s+Base|"
                             r"Marine\s+Corps\s+(?:Base|Air\s+Station)|Army\s+Airfield)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
                             r",?\s*(?:just\s+)?(?:outside|near|in|at)\s+(?:the\s+)?$|"
                             # "welcomed to Enoggera Barracks, Australia": a base named before its kind, then its country
                             # ("arrived at Velana International Airport, Male": an airport named for someone, then its city)
                             r"(?<=\b(?:to|at)\s)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+(?:Barracks|Air\s+Base|Naval\s+Base|"
                             r"Airfield|Air\s+Station|(?:International\s+)?Airport)\s*,\s*$|"
                             # "paid a surprise visit to District Headquarters Hospital (DHQ), Sheikhupura": a named
                             # facility, then its town
                             r"(?:(?<=\bto\s)|(?<=\bat\s)|(?<=\bthe\s)|(?<=\bvisited\s)|(?<=\binspected\s)|(?<=\btoured\s))"
                             r"(?:[A-Z][\w'’.-]*\s+){1,5}(?:Hospital|School|College|University|Stadium|Hall|Centre|Center|"
                             r"Market|Factory|Plant|Dam|Bridge|Mosque|Church|Cathedral|Temple|Palace|Lodge|Academy|Institute|"
                             r"Prison|Terminal|Complex|Farm|Museum|Memorial|Shrine|Secretariat)(?:\s+\([A-Z]{2,8}\))?\s*,\s*$")
_FACILITY_GAP = re.compile(_FACILITY_LOCATED + r"(?:the\s+)?")
# "the Gulf of Finland", "the Bank of England", "the University of Sydney": the place names something else
_NAME_OF = re.compile(r"\b(?:Gulf|Sea|Bay|Strait|Straits|Lake|Isle|Isles|Bank|University|Government|Ministry|Embassy|"
                      r"Archbishop|Bishop|Metropolitan|Mayor|Lord|Marquess|Baron|"
                      r"Museum|Republic|Kingdom|Archdiocese|Diocese|Church|Order|Duke|Duchess|Prince|Princess|Earl|"
                      r"Cathedral|Basilica|Castle|Chapel|Shrine|Sanctuary|Temple|Monastery|Abbey|Mosque|Convent|Seminary|Parish)"
                      r"\s+of\s+(?:the\s+)?$|"
                      # "the Ministry of Roads and Highways": the second item of an office's name
                      r"\b(?:Ministry|Department|Authority|Commission|Bureau|Agency|Office|Council|Minister|Secretary)"
                      r"\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,3}(?:and|&)\s+$")
# "the Donors' Conference on Somalia", "talks on Syria": what the meeting is about, not where it is
_MEETING_ON = re.compile(r"\b(?:conference|summit|forum|talks|meeting|dialogue|symposium|seminar|workshop|roundtable|"
                         r"consultations|negotiations|resolution|report|debate|commission|committee|council|"
                         r"task\s+force|working\s+group)\s+on\s+(?:the\s+)?$", re.I)
# "wreath at the Grave of the Unknown Warrior": a monument whose name opens with a place's
_THE_BEFORE = re.compile(r"\bthe\s+$")
_OF_THE_AFTER = re.compile(r"\s+of\s+the\s+[A-Z]")
# "U.S. Commerce Secretary Gary Locke": an office named for its field
_OFFICE_AFTER = re.compile(r"\s+(?:Secretary|Minister|Ministry|Department)\b")
_GROUND_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:ground|grounds|field|stadium|campus|island|square|premises)\b")
_BUILDING_OF = re.compile(r"\b(?:Cathedral|Basilica|Castle|Chapel|Shrine|Sanctuary|Temple|Monastery|Abbey|Mosque|Church|"
                          r"Museum|University)\s+of\s+(?:the\s+)?$")
_TRIP_END_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?at\s+the\s+(end|close|start|beginning)\s+of\s+(?:the|his|her|their)\s+"
                             r"(?:\w+\s+)?(?:trip|tour|journey|visit|swing)\b", re.I)
# ("Naval Air Station Sigonella, Sicily": a comma alone, when the place after holds the venue)
_VENUE_LOCATOR = re.compile(r"\s*,\s*|\s*,?\s*(?:on|in|near|outside|at|just\s+outside|south\s+of|north\s+of|east\s+of|west\s+of)\s+"
                            r"(?:the\s+)?(?:[a-z-]+\s+){0,2}")
# A reporting verb followed by a new subject ("said U.S. Navy ships were ..."), not by a phrase about the
# speaker ("said during a visit to Oslo", "said on Monday in Oslo").
_NEW_SUBJECT_AFTER_REPORTING = re.compile(
    r"\b(?:" + "|".join(sorted(lx.REPORTING)) + r")\b(?:\s+that)?\s+(?!during\b|while\b|on\b|in\b|at\b|after\b|"
    r"before\b|from\b|aboard\b|upon\b|as\b|when\b|today\b|yesterday\b|tonight\b)")
# A subordinate clause with a new, named subject that is not a person: "as South Africa prepares to host"
_PLACE_SUBJECT = re.compile(r"\b(?:as|while|when|because|since|where)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+"
                            r"(?:prepares|prepared|readies|plans|planned|hosts|hosted|is|was|will|has|had)\b")
_PREPOSED_PHRASE = re.compile(r"\W*(?:During|On|In|Throughout|After|Before|At|Upon|While|For)\b[^,]*,")
# After a preposed place ("In Washington, ..."), a subject that is a thing, not a person or pronoun
# ("In Gaza, there is an urgent need for a pause"; "In Sudan, the war has displaced millions": a state of things there)
_THING_SUBJECT = re.compile(r"[^,]{0,40}?,\s*((?:a|an|some|many|most|heavy|more|fierce|new)\b|"
                            r"there\s+(?:is|are|was|were|remains?|has\s+been|have\s+been)\b|"
                            r"the\s+(?:war|conflict|fighting|violence|crisis|situation|humanitarian\s+situation|economy|"
                            r"storm|floods?|flooding|earthquake|famine|drought|epidemic|outbreak)\s+(?:has|have|had|is|are|was|"
                            r"were|remains|continues|killed|displaced|left)\b)")
_BARE_YEAR = re.compile(r"(?<!since )(?<![\d,.$])\b((?:19|20)\d{2})\b(?![\d%,.]\d)(?!\s*(?:troops|people|soldiers|km|miles))")
_TOLD_IN_PAST = re.compile(r"\b(?:was|were|had|did|[a-z]{2,}ed)\b")
# a finite verb in the past ("In March, she became the first president to visit Cuba")
_PAST_FINITE = re.compile(r"\b(?:became|was|were|had|did|went|came|made|took|gave|met|flew|visited|travell?ed|arrived|"
                          r"returned|toured|held|paid|spent)\b")


# "At that time, he visited soldiers in Niger": the time the sentence before told
_THAT_TIME = re.compile(r"\W*(?:At\s+that\s+time|Back\s+then|On\s+that\s+(?:trip|visit|tour|occasion)|"
                        r"During\s+that\s+(?:trip|visit|tour|stay))\b", re.I)


def _back_then(t: str, previous: str) -> bool:
    """Does the sentence open with "At that time" after a sentence about an earlier trip ("in May last year")?"""
    return _THAT_TIME.match(t) is not None and lx.PAST_MARKERS.search(previous) is not None


def _told_ahead(t: str) -> bool:
    """Is the sentence told as a plan: a future cue before any past verb ("to visit" after "became the first
    president" is no plan)?"""
    f = lx.FUTURE.search(t)
    p = _PAST_FINITE.search(t)
    return f is not None and (p is None or f.start() < p.start())


_STOP_BY = re.compile(r"\b(stop(?:ped|s|ping)?|dropp(?:ed|ing)|drops?|swung|swing(?:s|ing)?)\s+by\s+(?:the\s+)?$", re.I)
# "will travel to host a campaign event in Erie": an event of her own, where she goes (not a guest she receives)
_HOSTS_OWN_EVENT = re.compile(r"\w+\s+(?:a|an|the|her|his|their)?\s*(?:[\w-]+\s+){0,2}(?:events?|rally|rallies|town\s+halls?|"
                              r"fundraisers?|roundtables?|campaign\s+stops?)\b", re.I)
_TRAVELS_TO_HOST = re.compile(r"\b(?:travel|travels|fly|flies|head|heads|go|goes|return|returns)\s+(?:\w+\s+){0,3}?to\s+host\b", re.I)
# "started his China visit Sunday night from Shanghai", "will begin his tour from Senegal"
_BEGAN_OWN_TRIP = re.compile(r"\b(?:" + lx.BEGIN_VERBS + r"|opened|opens|open)\s+(?:his|her|their|the)\s+(?:[\w-]+\s+){0,2}$")
_CLOSED_RELATIVE = re.compile(r",\s*(?:who|which)\s+[^,;]*$")
# a travel word used as a noun before these: "travel plans", "travel ban", "travel advisory"
_AS_NOUN_BEFORE = {"plans", "plan", "ban", "bans", "advisory", "advisories", "arrangements", "restrictions", "documents",
                   "costs", "expenses", "agency", "agencies", "industry", "insurance", "warning", "warnings"}
_TRIP_NOUNS = {"visit", "visits", "trip", "trips", "tour", "tours", "journey", "stop", "stops", "stay", "pilgrimage",
               "mission", "swing", "leg", "delegation"}


# "has addressed parliaments in Berlin, Paris and Rome": a career, not this trip
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:(?:also|already|now|since|repeatedly|often)\s+)?"
                      r"(?:[a-z]+ed|been|met|made|spoken|given|held|seen|gone|flown|taken|led)\b")
_SET_OUT_PERFECT = re.compile(r"(?:has|have)\s+(?:\w+\s+)?(?:embarked|started|begun|kicked|set|arrived|landed|departed|left|"
                              r"launched|opened|headed|reached|returned|concluded|wrapped|ended|completed|finished)\b")
_PLACE_LIST = re.compile(r"\b(?:in|to|visited|toured)\s+(?:the\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)*\s*,\s*"
                         r"(?:[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)*\s*,\s*)*(?:and\s+)?[A-Z]")
_COUNTED_PAST = re.compile(r"\b(?:has|have)\s+(?:only\s+)?(?:traveled|travelled|been|gone|visited|made)\s+"
                           r"(?:abroad\s+|overseas\s+|there\s+)?(?:only\s+|just\s+)?(?:once|twice|(?:two|three|four|five|six|"
                           r"seven|eight|nine|ten|\d+)\s+(?:times|trips|visits))\b", re.I)
_TIMES_AFTER = re.compile(r"[A-Za-z\s'’.-]{0,40}?\s(?:once|twice|(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+times)\b")
_TIME_WORDS = re.compile(r"\b(?:today|yesterday|tonight|this\s+(?:week|month|morning|year)|so\s+far|on\s+this\s+(?:trip|tour|visit)|"
                         r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|since\s+(?:arriving|landing))\b", re.I)


def _experience(t: str, a: int) -> bool:
    """Is the place at ``a`` in a sentence that lists, in the present perfect and with no date, places the
    traveler has been over the years? ("has embarked on a tour, which includes ..." is this trip)"""
    if _COUNTED_PAST.search(t, 0, a):
        return True  # "has traveled abroad only twice - for a visit to Washington and one trip to London"
    pm = _PERFECT.search(t, 0, a)
    if pm is not None and not _SET_OUT_PERFECT.match(pm.group(0)) and _TIMES_AFTER.match(t, a):
        return True  # "has visited Kyiv three times"
    return pm is not None and not _SET_OUT_PERFECT.match(pm.group(0)) and _PLACE_LIST.search(t, pm.end()) is not None and not _TIME_WORDS.search(t) \
        and not find_dates(t)


def _heads_paragraph(text: str, s: Sentence, m: PlaceMention) -> bool:
    """Is the sentence just the place, opening a paragraph that goes on ("Dili. Francis arrived ...")? Not a
    header line of its own ("THE WHITE HOUSE")."""
    opens = s.start == 0 or text[s.start - 1] == "\n"
    after = text[s.end:s.end + 3]
    goes_on = not after.startswith("\n") and after.lstrip(" ")[:1] not in ("", "\n", "\r")
    if not goes_on and s.text.strip().endswith(":") and len(_HEADING_LINE.findall(text)) >= 2:
        # "Albany:\nThe governor will hold a press conference ...\nValdosta:\n...": a programme by place, each
        # place a line of its own with the events under it
        goes_on = bool(re.match(r"[ \t]*\r?\n[ \t]*\S", text[s.end:s.end + 8]))
    return opens and goes_on and s.text.strip().rstrip(".:") == m.text and not m.text.isupper()


_HEADING_LINE = re.compile(r"^[ \t]*[A-Z][\w .'’-]{1,40}:[ \t]*$", re.M)


def placeholder(m: PlaceMention) -> Entry:
    return Entry("unresolved", m.text, None, None, 0.0, 0.0, "city", 0, None, None, False, None)


def _tag_kind(c: Candidate) -> None:
    if c.entry.kind in ("country", "region") and c.role == "strong":
        c.role = "container" if c.mention.kind != "venue" else c.role
        c.confidence = min(c.confidence, 0.7)
BEFORE_LEAD = re.compile(r"^\s*(?:Before|Prior\s+to|Ahead\s+of)\b[^,]*,", re.I)


def _order_hints(c: Candidate, s: Sentence, m: PlaceMention) -> None:
    """Mark mentions inside a sentence-initial "Before arriving in X," clause (X comes after the main clause)."""
    lead = BEFORE_LEAD.match(s.text)
    c.in_before_clause = lead is not None and m.start - s.start < lead.end()


# "WASHINGTON (AP) — Jill Biden is departing Tuesday on her final foreign trip": the dateline is where she leaves
_SETS_OUT = re.compile(r"\b(?:is|are)\s+(?:departing|leaving|setting\s+off|heading\s+(?:out|abroad|overseas))\b|"
                       r"\b(?:departs|departed|leaves|left|will\s+(?:depart|leave|set\s+off))\b", re.I)
_LEAD_EVENT = re.compile(r"\b(?:summit|conference|meeting|forum|talks|visit|trip|tour|ceremony|rally|session)\b", re.I)


_ON_SITE_ACT = re.compile(r"\b(?:flagg(?:ed|ing)\s+off|inaugurat(?:ed|ing)|laid\s+the\s+foundation|laying\s+the\s+foundation|"
                          r"unveil(?:ed|ing)|commission(?:ed|ing)|distribut(?:ed|ing)|on\s+the\s+premises\s+of)\b", re.I)


def place_at_dateline(cands: list[Candidate], sentences: Sequence[Sentence], mentions: Sequence[PlaceMention]) -> None:
    """"VANIMO, Papua New Guinea — The pope flew to a remote corner of Papua New Guinea on Sunday": when the
    lead's first stop is only a country or region, the dateline's city inside it is where the traveler is."""
    dateline = next((s for s in sentences if s.kind == "dateline"), None)
    body = next((s for s in sentences if s.kind == "body"), None)
    if dateline is None or body is None:
        return
    where = next((m for m in mentions if m.sentence == dateline.index and m.entry is not None
                  and m.entry.kind == "city"), None)
    if where is None or where.entry is None:
        return
    city = where.entry
    lead = min((c for c in cands if c.sentence.index == body.index), key=lambda c: c.mention.start, default=None)
    if lead is not None and lead.entry.kind in ("country", "region") and lead.status == "visited" \
            and lead.role in ("container", "strong") and contains(lead.entry, city):
        country = lead.entry
        lead.entry = city
        lead.role, lead.confidence = "strong", min(lead.confidence, 0.7)
        if not any(c.entry.kind == "city" and contains(country, c.entry) and c.entry.id != city.id for c in cands):
            # ("NAIROBI: ... concluded his visit to Kenya ... On January 28, he reached Kenya": the one city the
            # story puts him in, every time it names the country)
            for c in cands:
                if c.entry.id == country.id and c.role in ("container", "strong") and c.status == "visited":
                    c.entry = city
                    c.role = "strong"
        return
    # "HELSINKI, Feb 26 (Reuters) - Starmer urged allies on Thursday ..., telling a summit of the JEF": a lead
    # about an event on a given day that names no place happens at the dateline
    opening = [s for s in sentences if s.kind == "body"][:2]
    if any(c.sentence.index in {o.index for o in opening} and c.role != "origin" for c in cands):
        return
    second = opening[1].text if len(opening) > 1 else ""
    # ("Sagar (Madhya Pradesh): ... Patel said on Saturday ... Patel made the statement at the time of flagging off an
    # ambulance": a ceremony done on site, told in the next sentence)
    on_site = _ON_SITE_ACT.search(second) is not None and not lx.REMOTE.search(second)
    if (_LEAD_EVENT.search(body.text) or on_site) and not lx.REMOTE.search(body.text) and not _SETS_OUT.search(body.text) \
            and not lx.NEGATION.search(body.text) and any(
            d.kind in ("weekday", "explicit", "deictic") for d in find_dates(body.text)):
        said = re.search(r"\b(?:said|says|told|announced)\b", body.text)
        own = body.text[:said.start()] if said else body.text  # ("said here Wednesday that ... will": what is said)
        status = "planned" if lx.FUTURE.search(own) else "visited"
        cands.append(Candidate(where, city, body, status, "strong", 0.6))


def resolve_capitals(cands: list[Candidate], gaz: Gazetteer, sentences: Sequence[Sentence] = (),
                     mentions: Sequence[PlaceMention] = ()) -> None:
    """'the capital' without a demonym: the capital of the previous stop's country (or US state); with no stop
    before it, the dateline's city when that is its country's capital ("ISLAMABAD: President X arrived in the
    capital on Sunday")."""
    dateline = next((s for s in sentences if s.kind == "dateline"), None)
    where = next((m.entry for m in mentions if dateline is not None and m.sentence == dateline.index
                  and m.entry is not None and m.entry.kind == "city"), None)
    prev: Candidate | None = None
    ordered = sorted(cands, key=lambda x: x.mention.start)
    for i, c in enumerate(ordered):
        nxt = ordered[i + 1] if i + 1 < len(ordered) else None
        if c.mention.kind == "capital" and c.entry.id == "unresolved" and nxt is not None \
                and nxt.coordinated and 0 < nxt.mention.start - c.mention.end <= 3 and nxt.entry.kind == "city":
            continue  # "in the capital, Luanda": the appositive names it, whatever the stop before was
        if c.mention.kind == "capital" and c.entry.id == "unresolved" and prev is not None:
            cap = None
            if prev.entry.country_code == "US" and prev.entry.admin1:
                cap = state_capital(gaz, prev.entry.admin1)
            elif prev.entry.country_code:
                cap = gaz.capital(prev.entry.country_code)
            if cap is not None:
                c.entry = cap
                c.mention.entry = cap
        elif c.mention.kind == "capital" and c.entry.id == "unresolved" and where is not None \
                and where.country_code and gaz.capital(where.country_code) == where:
            c.entry = c.mention.entry = where
        if c.entry.id != "unresolved":
            prev = c
    cands[:] = [c for c in cands if c.entry.id != "unresolved"]


def state_capital(gaz: Gazetteer, admin1: str) -> Entry | None:
    from itinerary.extraction.resolve import US_STATE_CAPITALS

    name = US_STATE_CAPITALS.get(admin1)
    if not name:
        return None
    return next((e for e in gaz.lookup(name) if e.country_code == "US" and e.admin1 == admin1), None)
