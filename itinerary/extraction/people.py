"""People in the story: titled names, the main traveler, and the words that refer to them.

The main traveler is the official whose trip the story tells. News prose introduces them
early with a title and a name ("U.S. Defense Secretary Lloyd Austin", "Pope Leo XIV") and
then refers to them by surname, pronoun or role ("the secretary", "the pontiff").
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from itinerary.extraction import lexicon as lx
from itinerary.extraction.dates import MONTHS
from itinerary.extraction.text import Sentence

# Title heads: the last word of a title that can stand before a name.
_HEADS = (
    r"President|Vice[- ]President|Prime\s+Minister|Premier|Chancellor|Minister|Secretary[- ]General|"
    r"Secretary(?:\s+of\s+(?:State|Defen[cs]e|War|the\s+Treasury|Homeland\s+Security|Energy|Commerce|the\s+Army|"
    r"the\s+Navy|the\s+Air\s+Force|the\s+Interior|Agriculture|Labor|Transportation|Education|Veterans\s+Affairs))?|"
    r"Pope|King|Queen|Prince|Princess|Crown\s+Prince|Emperor|Empress|Emir|Sheikh|Sultan|Patriarch|Cardinal|"
    r"Archbishop|Governor|Gov\.|Govenor|Governer|Senator|Sen\.|Representative|Rep\.|Mayor|Speaker|Ambassador|Envoy|"
    r"Congress(?:wo)?man|Assembly(?:wo)?man|Chief\s+Executive|H\.\s?E\.|CM|EAM|MoS|Pres\.|Sec\.|"
    r"(?:Lt|Maj|Brig)\.?\s+Gen(?:eral|\.)?|"
    r"General|Gen\.|Admiral|Adm\.|Chairman|Chairwoman|Chairperson|Chair|Ranking\s+Member|Commissioner|Representative|Lady|"
    # ("Director General of the IAEA, Rafael Grossi": the office whole, so "General" is not taken for a name)
    r"Director[- ]General|Director(?![- ]General)|Leader|Head\s+of\s+(?:State|Government)|"
    r"Chief|Attorney\s+General|President-elect|Taoiseach|Dalai\s+Lama|Grand\s+Duke|Duke|Duchess|Field\s+Marshal|"
    r"Counselor|Counsellor|Advis[eo]r|Councillor|Cllr\.?|Catholicos|Hon\.|Hon(?=\s+[A-Z][a-z])|Honourable|Honorable|(?<=District\s)Collector|Mr\.|Mrs\.|Ms\.|Dr\.|PM|Sir|Datuk\s+Seri|Datuk|Dato['’]?\s+Sri|Dato['’]?|Tan\s+Sri|Tun"
)
_MODIFIER = r"(?:(?:U\.S\.|U\.N\.|U\.K\.|EU|E\.U\.|NATO|[A-Z][a-z]+|[A-Z][a-z]+-[A-Z][a-z]+)\s+){0,4}"
_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"
_LOWER = r"(?:(?![A-Z])[^\W\d_])"
_NAME_TOKEN = rf"(?:[{_UPPER}](?:{_LOWER}|['’\-])+(?:[A-Z](?:{_LOWER}|['’\-])+)?|[A-Z]\.(?:[A-Z]\.)?|(?<![\w.])(?!US|UK|UN|EU)[A-Z]{{2}}(?=\s+[A-Z][a-z])|(?<![\w.])[B-HJ-Z](?=\s+(?:[A-Z][a-z]|[B-HJ-Z]\s+[A-Z][a-z]))|Mc[A-Z][a-z]+|al-[A-Z][a-z]+|(?:bin|de[rnl]?|van|von|da|du|dos|ibn)\b)"
_SUFFIX = r"(?:,?\s+(?:Jr\.|Sr\.|III|II|IV|XIV|XVI|XXIII|VI|V|X))?"
# "Minister of Foreign Affairs Wang Yi", "Assistant Secretary for European and Eurasian Affairs James O'Brien"
_OFFICE = (r"(?:\s+(?:for|of)\s+(?:the\s+)?(?:(?:[A-Z][\w'’-]*|and|of|the|&)\s+){0,8}"
           r"(?:Affairs|Security|Defen[cs]e|Policy|Development|Relations|Trade|Commerce|Economy|Finance|Health|"
           r"Congress|Committee|Commission|Council|Assembly|Parliament|Government|Party|Cabinet|Opposition|"
           r"Justice|Energy|Industry|Co-?operation|Operations|Staff|Veterans|Europe|Africa|Asia|Pacific|Americas|"
           r"Armed\s+Forces|Home\s+Department|Communications?|Information|Planning|Railways|Education|Agriculture|"
           r"Interior|Transport|Tourism|Culture|Labou?r|Environment|Infrastructure|Investment|Mines|Petroleum|"
           r"Water|Power|Science|Technology|Justice|United\s+States\s+of\s+America|America|United\s+States|State|"
           r"Organi[sz]ation|Agency|Fund|Bank|Programme|Program|Federation|Institute|Court))?")
# Title heads written in lower case ("defence minister Richard Marles", "IMF managing director Rodrigo Rato")
_LOWER_HEADS = (r"(?:minister|secretary\s+general|secretary|secretary-general|president|premier|chancellor|governor|managing\s+director|"
                r"director-general|director\s+general|chief|envoy|commissioner|ambassador|chairman|chairwoman|chairperson|"
                # ("he will head to Rift Valley Lodge": the verb, not a head)
                r"head\s+of\s+(?i:state|government)|head(?!\s+(?:to|for|into|back|home|out|off|toward|towards)\b)|"
                r"high\s+representative|mayor|leader|[Ff]irst\s+lady|"
                r"(?<=security\s)advis[eo]r)")
# the last word of a body's name: "Director General of the International Atomic Energy Agency (IAEA), ..."
# (or of an office's field: "the Minister of Petroleum Resources, Mrs. X"; a rank: "General Manager")
_BODY_WORDS = (r"(?:Agency|Organi[sz]ation|Fund|Bank|Programme|Program|Council|Commission|Committee|Institute|Authority|"
               r"Office|Resources|Alleviation|Studies|Welfare|Protection|Management|Works|Housing|Fisheries|Forestry|"
               r"Lands|Minerals|Sports|Youth|Manager|Officer|Commerce|Industry|Industries|Trade|Finance|Health|Education|"
               r"Agriculture|Tourism|Transport|Energy|Environment|Planning|Information|Culture|Labou?r|National|Assembly|"
               r"Senate|Parliament)")
# "Special Envoy for Syria Staffan de Mistura": the office's place, then the name
# (but not a headline's verb: "President to Visit Kenya Next Week")
_FOR_PLACE = (r"(?:\s+(?:for|to)\s+(?!(?:Visit|Travel|Meet|Attend|Tour|Host|Make|Lead|Head|Open|Hold|Address|Discuss|Be|Go|"
              r"Fly|Arrive|Leave|Begin|Start|Sign|Launch|Inaugurate|Pay|Seek|Boost|Hold|Unveil|Receive|Welcome)\b)"
              r"(?:the\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"
              r"(?=\s+[A-Z][a-z]+\s+(?:(?:de|da|van|von|bin|al|el)\s+)?[A-Z]))?")
TITLED = re.compile(
    rf"\b(?P<title>{_MODIFIER}(?:{_HEADS}){_OFFICE}{_FOR_PLACE})(?:\s+\([A-Z][A-Za-z]{{1,5}}\))?"
    # ("Secretary of State for Defence (SofS), Rt Hon Mr Gavin Williamson MP"; "Director-General ... Dr Tedros")
    rf"(?:,?\s+(?:The\s+)?(?:Rt\.?\s+)?Hon(?:ourable|orable)?\.?)?(?:\s+(?:Mr|Mrs|Ms|Dr)\.?(?=\s+[A-Z]))?"
    # ("Chief of Army Staff General Asim Munir": the rank after the office)
    rf"(?:\s+(?:General|Gen\.?|Admiral|Adm\.?|Air\s+Chief\s+Marshal|Field\s+Marshal)(?=\s+[A-Z][a-z]))?\s+(?!{_BODY_WORDS}\b)(?!(?:{_HEADS})\s)(?P<name>{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,3}}(?:(?:(?<=\sda)|(?<=\sde)|(?<=\sdos)|(?<=\sdo))\s+{_NAME_TOKEN})?){_SUFFIX}"
    rf"|\b(?P<popetitle>Pope)\s+(?P<popename>[A-Z][a-z]+(?:\s+[IVXL]+)?)"
    # "The Archbishop of Canterbury Justin Welby", "the Duke of Edinburgh Prince Philip": a see or a title's place
    rf"|\b(?P<stitle>(?:Archbishop|Bishop|Patriarch|Cardinal|Metropolitan|Duke|Duchess|Earl|Countess)\s+of\s+(?:the\s+)?"
    rf"[A-Z][a-z]+(?:\s+and\s+[A-Z][a-z]+)?)\s+(?P<sname>{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{1,3}})"
    # "Foreign affairs minister Dr Nkosazana Dlamini-Zuma", "defence minister Richard Marles": a title in lower
    # case, then a name of two words or more
    rf"|(?P<ltitle>\b(?:[A-Z][a-z]+\s+)?(?:[a-z]+\s+){{0,2}}{_LOWER_HEADS}"
    # ("special envoy for North Korea Stephen Biegun": the office's place, then the name)
    rf"{_FOR_PLACE})"
    # ("Army chief General Manoj Pande": a rank between the office and the name)
    rf"\s+(?:(?:Dr|Mr|Mrs|Ms|Gen|General|Admiral|Adm|Air\s+Chief\s+Marshal|Field\s+Marshal|(?:Lt|Maj)\.?\s+Gen(?:eral)?|"
    rf"Lieutenant\s+General|Major\s+General)\.?\s+)?(?P<lname>{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{1,3}}){_SUFFIX}"
    # "The International Monetary Fund's managing director, Kristalina Georgieva, will leave": the title, then the name
    # between commas
    # ("The Chairperson of the African Union (AU) Commission, Moussa Faki Mahamat,": initials inside the body's name)
    # ("the Chief Minister of Sindh, Murad Ali Shah,"; "Kenya's Deputy President, William Ruto,": the office's first word)
    rf"|(?P<atitle>\b(?:(?i:chief|prime|deputy|vice|acting|foreign|defen[cs]e|home|finance|interior|trade)[\s-]+)?"
    rf"(?i:{_LOWER_HEADS}|speaker|taoiseach|t[aá]naiste)(?:\s+(?:of|in)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|and|&|of|\([A-Z]{{2,6}}\))){{0,6}}"
    rf"|\s+for\s+(?:[A-Za-z]+\s+){{0,2}}[A-Za-z]+(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]+)?"
    # ("The Managing Director, International Monetary Fund (IMF), Christine Lagarde,": the body between commas)
    rf"|,\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|of|and|for)){{0,5}}?\s+\([A-Z]{{2,6}}\))?"
    # ("The Director of the International Monetary Fund (IMF), Kristina Georgieva,": its initials after it)
    rf"(?:\s+\([A-Z]{{2,6}}\))?)"
    # ("The Minister for Roads and Highways, who also serves as the Member of Parliament for Bantama, Francis Asenso
    # Boakye, has led": a relative clause between the office and the name)
    rf"(?:,\s+who\s+[^,;]{{1,150}})?,\s+"
    # ("high representative for foreign affairs, Josep Borrell,"; "The Union Minister for Tribal Affairs of India, Jual Oram")
    # ("The President of Mexico, Andres Manuel Lopez Obrador,"; "The president of the Federal Republic of Somalia,
    # Mohamed Abdullahi Farmajo and a delegation arrived")
    # ("The President of the Republic, H.E. Dr. George Manneh Weah"; "..., Mrs. Diezani Alison-Madueke")
    rf"(?:(?:Councillor|Cllr|Cr|Alderman|Prof|Professor|Dr|Engr|Alhaji|Mr|Mrs|Ms|H\.\s?E)\.?\s+){{0,2}}(?!(?:{_HEADS}|Foreign|Defen[cs]e|Home|Deputy|Vice)\b)(?P<aname>{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{1,4}}|"
    # ("The Taoiseach, Mr Ahern, is expected": a surname alone after a courtesy title)
    rf"(?:(?<=Mr\s)|(?<=Ms\s)|(?<=Mrs\s)|(?<=Dr\s)|(?<=Mr\.\s)|(?<=Ms\.\s)|(?<=Mrs\.\s)|(?<=Dr\.\s)){_NAME_TOKEN}(?=,))(?:,|(?=\.(?:\s|$|[\x22”’]))|(?=\s+(?:and|has|have|had|is|was|will|who|arrived|left|[a-z]{{3,}}ed)\b))"
)
_HONORIFIC_APPOSITIVE = re.compile(r",\s+(?:The\s+)?(?:Rt\.?\s+)?(?:Honourable|Honorable|Hon\.?|H\.\s?E\.?)\s*"
                                   r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,3})")
_NOT_NAME = {
    "The", "A", "An", "In", "On", "At", "And", "Of", "For", "To", "From", "With", "By", "As", "He", "She", "His", "Her",
    "This", "That", "It", "But", "After", "Before", "During", "Department", "Office", "Ministry", "House", "General",
    "Council", "Assembly", "Command", "Forces", "Force", "Party", "Administration", "Affairs", "State", "Defense",
    "Defence", "Staff", "Guard", "Army", "Navy", "Union", "Nations", "Monday", "Tuesday", "Wednesday", "Thursday",
    "Friday", "Saturday", "Sunday", "Said", "Says", "Told", "Was", "Will", "Is", "Has", "Had", "Would", "Who",
    "Adviser", "Advisor", "Spokesperson", "Spokesman", "Spokeswoman", "Executive", "Officer", "Justice", "Whip",
    "Their", "Majesty", "Majesties", "Highness", "Highnesses", "Holiness", "Excellency", "Excellencies",
    # a month in a time stamp ("02:52 PM Jul 18, 2020") and a conjunction opening a sentence ("Although Transport ...")
    "Feb", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Although", "However",
    "While", "Whereas", "Meanwhile",
    # what "General" names when it is no rank ("the General Election", "the General Security of Military Information
    # Agreement", "General Motors")
    "Election", "Elections", "Security", "Motors", "Electric", "Secretariat", "Headquarters", "Agreement",
    "Debate", "Strike", "Directorate", "Services", "Insurance", "Dynamics",
}
_RELIGIOUS = {"pope", "king", "queen", "prince", "princess", "crown prince", "emperor", "empress", "emir", "sheikh",
              "sultan", "patriarch", "cardinal", "archbishop", "dalai lama", "grand duke", "duke", "duchess"}
# Role words that refer back to a traveler with the given title head.
# "The chairman of the Joint Chiefs of Staff, Gen. Dan Caine,": the role the story will use for him
_APPOSITIVE_ROLE = re.compile(r"\b[Tt]he\s+([a-z]+)(?:\s+of\s+[^,]{1,60})?,\s*$")
# "Chief of Army Staff, General MM Naravane": an office in capitals, then the titled name
_OFFICE_BEFORE = re.compile(r"(?:^|\b[Tt]he\s+|['’]s\s+)((?:[A-Z][a-z]+\s+){0,2}(?:Chief|Minister|Secretary|Commander|Director|"
                            r"Governor|Head)(?:\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+)?),\s*$")
ROLE_SYNONYMS: dict[str, tuple[str, ...]] = {
    "gen.": ("general",), "general": ("general",), "adm.": ("admiral",), "admiral": ("admiral",),
    "gov.": ("governor",), "governor": ("governor",), "govenor": ("governor",), "governer": ("governor",),
    "sen.": ("senator",), "senator": ("senator",),
    "chairman": ("chairman",), "chairwoman": ("chairwoman",), "chair": ("chair",),
    "pope": ("pope", "pontiff", "holy father"),
    "secretary of defense": ("secretary", "defense secretary", "pentagon chief", "defense chief"),
    "secretary of state": ("secretary", "secretary of state", "top diplomat", "america's top diplomat"),
    "secretary": ("secretary",),
    "secretary-general": ("secretary-general", "secretary general", "u.n. chief", "un chief"),
    # ("the leader will also pay a visit to the holy towns of Ujjain and Indore": a head of state or government)
    "president": ("president", "head of state", "leader"),
    "prime minister": ("prime minister", "premier", "pm", "leader"), "pm": ("prime minister", "premier", "pm", "leader"),
    "premier": ("premier", "leader"),
    "chancellor": ("chancellor", "leader"),
    "minister": ("minister",),
    "king": ("king", "monarch", "head of state"),
    "queen": ("queen", "monarch", "head of state"),
}


# Tokens of a name that never stand alone for the person: initials, suffixes, particles, titles of rank.
_NOT_SHORT = re.compile(
    r"[A-Z]\.(?:[A-Z]\.)?|Jr\.|Sr\.|[IVXL]+|[Dd]e|[Dd]er|[Dd]en|[Dd]el|[Dd]u|[Dd]os|ibn|[Vv]an|[Vv]on|[Dd]a|bin|al|Pope|King|Queen|Prince|Princess|Crown|Emperor|"
    r"Empress|Sheikh|Emir|Sultan|Patriarch|Cardinal|Archbishop|Grand|Duke|Duchess|Mr\.|Mrs\.|Ms\.|Dr\.|"
    # ranks and styles written without a point ("Gen Pande will also visit"): not a given name
    r"(?:Gen|Lt|Col|Maj|Adm|Brig|Capt|Cdr|Gov|Sen|Rep|Hon|Prof|Amb)\.?"
)


def _without_office(title: str) -> str:
    """"minister of foreign affairs" → "minister": the office is not what the story calls the person."""
    return re.sub(r"\s+(?:for|of)\s+.*$", "", title)


@dataclass(frozen=True, slots=True)
class Person:
    """A titled person named in the story."""

    name: str  # as named, e.g. "Lloyd Austin", "Pope Leo XIV"
    title: str  # e.g. "U.S. Defense Secretary"
    start: int
    end: int
    also: tuple[str, ...] = ()  # role nouns from an appositive: "The chairman of the Joint Chiefs, Gen. Dan Caine"
    nickname: str | None = None  # "Pushpa Kamal Dahal 'Prachanda'": the name the story goes on to use

    @property
    def tokens(self) -> tuple[str, ...]:
        return tuple(t for t in re.split(r"\s+", self.name) if t)

    @property
    def short_names(self) -> tuple[str, ...]:
        """The tokens the story may use alone for this person (surname, given name, not initials)."""
        toks = [t for t in self.tokens if not _NOT_SHORT.fullmatch(t) and not t.islower()]
        return (*toks, self.nickname) if self.nickname else tuple(toks)

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
        words = _without_office(low).split()
        return words[-1] if words else ""

    @property
    def acronyms(self) -> tuple[str, ...]:
        """Initials of the person's office that the story may use alone ("the COAS", "the CDS")."""
        out: set[str] = set()
        for office in (self.title, *self.also):
            words = [w for w in re.split(r"[\s-]+", _without_office(office) if " of " not in office else office)
                     if w and "." not in w]
            if len(words) < 2 or "affairs" in (w.lower() for w in words):
                continue  # ("Minister of Foreign Affairs": the MFA is the ministry)
            out.add("".join(w[0] for w in words).upper())  # Chief of Army Staff: COAS
            out.add("".join(w[0] for w in words if w.lower() not in ("of", "for", "the", "and")).upper())  # CDS
        return tuple(sorted(a for a in out if len(a) >= 2))

    @property
    def roles(self) -> tuple[str, ...]:
        """Role nouns that can refer to this person ("the secretary", "the pontiff")."""
        head = self.head
        roles = set(ROLE_SYNONYMS.get(head, (head,)))
        low = self.title.lower()
        for word in ("minister", "secretary", "president", "chancellor"):
            if word in low:
                roles.add(word)
        # "Foreign affairs minister X", "Minister of Foreign Affairs X": "the foreign minister"
        for dept in ("foreign", "defence", "defense", "finance", "trade", "health", "interior"):
            if dept in low and ("minister" in low or "secretary" in low):
                roles.add(f"{dept} {'minister' if 'minister' in low else 'secretary'}")
        low_words = [w for w in re.split(r"\s+", _without_office(low)) if w and not w.endswith(".")]
        if len(low_words) >= 2:
            roles.add(" ".join(low_words[-2:]))
        roles.update(self.also)
        roles.discard("")
        return tuple(sorted(roles, key=len, reverse=True))


# Title words and family names set in capitals: "PRESIDENT Mnangagwa", "Prime Minister SUGA Yoshihide"
_CAPS_TITLE = re.compile(r"\b(?:PRESIDENT|PRIME|MINISTER|VICE|DEPUTY|GOVERNOR|SENATOR|SECRETARY|CHANCELLOR|PREMIER|"
                         r"KING|QUEEN|PRINCE|PRINCESS|POPE|MAYOR|SPEAKER|CHIEF|GENERAL|AMBASSADOR)\b(?=\s+[A-Z])")
_CAPS_SURNAME = re.compile(r"\b(?:President|Minister|Premier|Governor|Chancellor|Secretary|Ambassador)\s"
                           r"(?P<name>[A-Z]{3,})(?=\s+[A-Z][a-z])")


def _title_case_capitals(text: str) -> str:
    """The sentence with its title words and a family name set in capitals in title case (same length)."""
    text = _CAPS_TITLE.sub(lambda w: w.group(0).title(), text)
    return _CAPS_SURNAME.sub(lambda w: w.group(0)[:w.start("name") - w.start()] + w.group("name").title(), text)


def find_people(text: str, sentences: Sequence[Sentence]) -> list[Person]:
    """Titled people in body sentences, in order of appearance."""
    people: list[Person] = []
    for s in sentences:
        if s.kind not in ("body", "title"):
            continue
        if s.kind == "body" and re.search(r"[A-Z]{3}", s.text):
            s = dataclasses.replace(s, text=_title_case_capitals(s.text))
        for m in TITLED.finditer(s.text):
            if m.group("popetitle"):
                name = f"Pope {m.group('popename')}"
                title = "Pope"
                a, b = m.span()
            elif m.group("stitle"):
                toks = m.group("sname").split()
                verb = next((k for k, t in enumerate(toks) if t in _HEADLINE_VERBS), None)
                if verb is not None:
                    toks = toks[:verb]  # "Duke and Duchess of Sussex Complete Their First Royal Tour": a headline's verb
                while toks and (toks[-1] in _NOT_NAME or toks[-1] in _HEADLINE_VERBS):
                    toks.pop()
                if len(toks) < 2:
                    continue
                title, name = m.group("stitle"), " ".join(toks)
                a, b = m.start("stitle"), m.start("sname") + len(name)
            elif m.group("ltitle") or m.group("atitle"):
                g = "ltitle" if m.group("ltitle") else "atitle"
                title = re.sub(r"^(?:the|a|an|former|then|said|and|with|by|of)\s+", "", m.group(g), flags=re.I)
                # ("The president and first lady Rosa Silva": the title is the last of the two)
                title = title.rsplit(" and ", 1)[-1]
                toks = m.group("lname" if g == "ltitle" else "aname").split()
                if toks[0] in _NOT_NAME or toks[-1] in _NOT_NAME_END:
                    continue
                name = " ".join(re.sub(r"(?:'s|’s)$", "", t) for t in toks)
                a = m.start(g) + m.group(g).index(title)
                b = m.start("lname" if g == "ltitle" else "aname") + len(name)
            else:
                # ("Then Mr. Obama will meet ...": the adverb opening the sentence is not part of the title)
                title = re.sub(r"^(?:then|later|also|next|finally|afterwards|meanwhile)\s+", "", m.group("title"), flags=re.I)
                toks = []
                for t in m.group("name").split():
                    bare = re.sub(r"(?:'s|’s|(?<=s)['’])$", "", t)  # ("Pope Francis’ Apostolic Journeys")
                    toks.append(bare)
                    if bare != t:  # "President Joe Biden's Meeting": the name ends at the possessive
                        break
                if len(toks) > 1 and toks[0] != m.group("name").split()[0]:
                    toks = toks[:1]
                verb = next((k for k, t in enumerate(toks) if k and t in _HEADLINE_VERBS), None)
                if verb is not None:
                    toks = toks[:verb]  # "Dr. Tedros Completed Nepal Visit": a headline's verb ends the name
                while toks and (toks[-1] in _NOT_NAME or toks[-1] in _HEADLINE_VERBS):
                    toks.pop()
                # a title word swallowed as a name ("Minister Gen Nakatani" keeps Gen); a building or a street named
                # after a royal ("Queen Margaret Hospital", "King Street", "Queen Elizabeth II Law Courts")
                if not toks or toks[0] in _NOT_NAME or toks[0] in _HEADLINE_VERBS or all(_TITLE_WORD.fullmatch(t) for t in toks) \
                        or (title.split()[-1] in _ROYAL and any(t in _NOT_NAME_END or t in _NAMED_AFTER_ROYAL
                                                                  for t in toks[-2:])):
                    continue  # ("the Chief Minister arrived": a title, not "Chief" named "Minister")
                name = " ".join(toks)
                suffix = re.match(r",?\s+(Jr\.|Sr\.|III|II|IV)\b", s.text[m.start("name") + len(name):])
                if suffix:
                    name += " " + suffix.group(1)
                a, b = m.start(), m.start("name") + len(name)
                named = _HONORIFIC_APPOSITIVE.match(s.text, b)
                if named is not None:
                    # "The Minister of National Development Planning, Honourable Alexander Chiteme": the office's
                    # last word is not a name; the honorific's name is
                    title = f"{title} {name}"
                    name, b = named.group("name"), named.end("name")
                if title.split()[-1].lower() in _RELIGIOUS:
                    name = f"{title.split()[-1]} {name}"
            appos = _APPOSITIVE_ROLE.search(s.text, 0, a)
            office = _OFFICE_BEFORE.search(s.text, 0, a)
            also = (appos.group(1).lower(),) if appos else (office.group(1).lower(),) if office else ()
            nick = _NICKNAME.match(s.text, b)
            people.append(Person(name=name, title=title.strip(), start=s.start + a, end=s.start + b, also=also,
                                 nickname=nick.group(1) if nick else None))
    people.extend(find_untitled_people(sentences, people))
    if not people:
        people = subject_names(sentences) or surname_people(text, sentences) or recurring_names(text, sentences) \
            or surname_deeds(text, sentences)
    people.sort(key=lambda p: p.start)
    return people


_NICKNAME = re.compile(r"\s+['‘\"“]([A-Z][a-z]+(?:-[A-Z][a-z]+)?)['’\"”](?!\w)")


# a headline's verb after the name: "Acting Secretary Wolf Traveling to Texas"
_HEADLINE_VERBS = {
    "Traveling", "Travelling", "Visiting", "Arriving", "Heading", "Leaving", "Touring", "Flying", "Departing",
    "Returning", "Landing", "Attending", "Visits", "Arrives", "Heads", "Leaves", "Tours", "Travels", "Lands",
    "Completed", "Completes", "Concludes", "Concluded", "Wraps", "Ends", "Begins", "Starts", "Meets", "Arrived",
    "Visited", "Pays", "Embarks", "Calls", "Holds", "Opens", "Inaugurates", "Reaches", "Reached",
    # ("His Holiness the Dalai Lama Returns from Baltic States"; "Duke and Duchess of Sussex Complete Their First Royal
    # Tour")
    "Returns", "Returned", "Return", "Complete", "Conclude", "Wrap", "Begin", "Start", "Visit", "Arrive", "Meet",
}
_NOT_NAME_END = {
    "Father", "Mother", "Pontiff", "Palace", "Mosque", "Cathedral", "Church", "Basilica", "Temple", "Stadium", "Hall",
    "House", "Square", "Park", "Building", "Center", "Centre", "University", "College", "School", "Museum", "Hotel",
    "Airport", "Base", "Forum", "Summit", "Conference", "Dialogue", "Meeting", "Council", "Ministry", "Office",
    "Street", "Avenue", "Bridge", "Memorial", "Cemetery", "Institute", "Agency", "Assembly", "Parliament", "Group",
    "Company", "Corporation", "Bank", "Fund", "Union", "Party", "Army", "Navy", "Force", "Guard", "Command",
    # the field of an office ("the Minister for both Economic and Urban Development visited")
    "Development", "Relations", "Services", "Infrastructure", "Tourism", "Agriculture", "Environment", "Transport",
    # a unit named in full ("Lagos, Ogun, and Oyo States this week")
    "State", "States", "Province", "Provinces", "County", "Counties", "District", "Districts", "Region", "Regions",
    # a body's field ("the Royal Institute of Governance and Strategic Studies on August 16")
    "Studies", "Sciences", "Resources", "Governance", "Technology",
}
# royal titles, and the last words of what is named after a royal ("Queen Margaret Hospital", "King Street")
_ROYAL = frozenset({"King", "Queen", "Prince", "Princess", "Duke", "Duchess", "Emperor", "Empress"})
_NAMED_AFTER_ROYAL = frozenset({"Hospital", "Infirmary", "Court", "Courts", "Road", "Lane", "Gardens", "Theatre", "Bay",
                                "Island"})
_NOT_NAME_START = {"Camp", "Fort", "Mount", "Lake", "Port", "Cape", "Saint", "St", "San", "Santa", "Los", "Las", "New",
                   "North", "South", "East", "West", "Upper", "Lower", "Greater", "Air", "Naval", "Joint", "Marine",
                   "Last", "Next", "Early", "Late", "Earlier", "Later", "This", "That"}
_TITLE_WORD = re.compile(rf"(?:{_HEADS}|Secretary|Minister|Foreign|Defen[cs]e|Home|Deputy|Vice)")


# A name without a title, followed by an appositive or a verb of travel: "Antony J. Blinken, the top American
# diplomat, arrived ..." / "Olaf Scholz flew to ..."
UNTITLED = re.compile(
    r"(?<![\w.\-’'])(?P<name>[A-Z][a-zà-ÿ'’-]+(?:\s+[A-Z]\.)?(?:\s+(?:(?:von|van|der|de|da|dos|bin|al)\s+){0,2}[A-Z][a-zà-ÿ'’-]+){1,2})"
    # ("Barack Obama hastily concluded his first visit to Spain", "Jill Biden is departing Tuesday on her trip";
    # "Ursula von der Leyen, President of the European Commission, and ... travelled to Ethiopia")
    # ("Margaret Beazley AO QC, Governor of New South Wales": honours after the name)
    r"(?=(?:\s+(?:AO|AC|AM|QC|KC|SC|MP|OBE|CBE|MBE|KBE|DBE|CVO|GCMG|KCMG|CMG))*"
    r"(?:,\s+(?:the|a|an|who)\s|,\s+(?:[A-Z][a-z]+\s+)?(?:President|Minister|Secretary|Commissioner|Chancellor|Governor|"
    r"Prime\s+Minister|Chairman|Chairwoman|Director|Ambassador)\s+(?:of|for)\s"
    # ("Wu Dawei, China's special representative for ...", "Rafael Grossi, director general of the IAEA, arrived")
    r"|,\s+(?:[A-Z][\w'’-]+(?:'s|’s)\s+)?(?:[a-z-]+\s+){0,3}?(?:representative|envoy|director|director-general|"
    r"minister|secretary|secretary-general|president|chief|chairman|chairwoman|commissioner|ambassador|premier|"
    r"chancellor|adviser|advisor)\s+(?:general\s+)?(?:of|for|to)\s"
    r"|\s+(?:[a-z]+ly\s+)?(?:arrived|traveled|travelled|flew|visited|landed|made|began|started|wrapped|"
    r"concluded|concludes|departed|departs|arrives|visits|travels|lands|heads|leaves|is\s+(?:departing|heading|leaving)|"
    r"headed|returned|toured|walked|met|meets|spoke|told|said|went|took|chose|held|gave|left|drove|delivered|embarked|"
    r"kicked|set\s+off|will\s+(?:also\s+|first\s+|then\s+|now\s+|soon\s+)?(?:travel|visit|fly|go|head|lead|meet|begin|start|embark)|"
    r"is\s+(?:due|expected|scheduled|visiting|traveling|travelling|on\s+a)|was\s+in|this\s+week|"
    r"has\s+(?:arrived|landed|begun|started|confirmed|wrapped|concluded)"
    # "Annastacia Palaszczuk and her ministers held a cabinet meeting in Cairns"
    r"|and\s+(?:his|her|their)\s+(?:[a-z]+\s+){0,2}(?:ministers|delegation|wife|husband|team|entourage|cabinet|"
    r"party|colleagues|counterparts)\s+[a-z]+)\b"
    r"|(?:'s|’s)\s+(?:[\w-]+\s+){0,2}(?:tour|trip|visit|journey|swing|stop)s?\b"  # "Wang Yi's latest tour"
    # "David Johnston (WA, Liberal Party, Minister for Defence)": a parliament's record names the office after
    r"|\s+\([^()]{0,60},\s*(?:Minister|Secretary|Senator|Leader|Premier|President)\b[^()]{0,60}\)))"
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
            if toks[0] in _NOT_NAME or any(_TITLE_WORD.fullmatch(t) for t in toks):
                continue  # "the Foreign Secretary will travel": a title, not a name
            if any(t.rstrip(".") in ("Mr", "Mrs", "Ms", "Dr", "Sir") for t in toks[1:]) \
                    or re.search(r"\b(?:In|At|From|To|in|at|from|to)\s+$", s.text[max(0, m.start() - 5):m.start()]):
                continue  # "In Brussels Mr Goff will meet": a place, then the man
            styled = toks[0].rstrip(".") in ("Honourable", "Honorable", "Hon")  # "the Honourable Margaret Beazley"
            if toks[-1] in _NOT_NAME_END or toks[0] in _NOT_NAME_START or (not styled and re.search(
                    r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|its|their|our|upcoming|proposed|new)\s+$|(?:'s|’s)\s+$",
                    s.text[max(0, m.start() - 12):m.start()])):
                continue  # "the Holy Father landed", "the Merdeka Palace, the presidential palace", "this year's upcoming Farm Bill, the"
            name = m.group("name")
            honorific = re.match(r"(?:Mr|Mrs|Ms|Dr|Sir|Dame|Madame|Madam|Mme|Honourable|Honorable|Hon)\.?\s+", name)
            if honorific:
                # "Mr Erdogan will visit": the man, not a given name "Mr"
                a, name = a + honorific.end(), name[honorific.end():]
            found.append(Person(name=name, title="", start=a, end=a + len(name)))
    return found


# "Root left the United States on July 4", "Biden flew to Wisconsin": a surname alone, the subject of a trip
_SURNAME_MOVES = re.compile(r"(?:^|[;:]\s+|\b(?:and|then|when|after|as|before|says|said|that)\s+)[\"“‘']?(?P<name>[A-Z][a-zà-ÿ'’-]{2,})\s+"
                            r"(?:has\s+|had\s+|will\s+|would\s+|is\s+|was\s+)?(?:(?:scheduled|expected|due|set|slated)\s+to\s+)?"
                            r"(?:also\s+|then\s+|later\s+|first\s+)?"
                            r"(?:landed|arrived|arrives|visited|visits|travell?ed|travels|flew|flies|toured|tours|embarked|"
                            r"set\s+off|departed|left|headed|heads|returned|went|attended|travel|visit|fly|arrive|land|go|"
                            r"attend)\b")


def surname_people(text: str, sentences: Sequence[Sentence]) -> list[Person]:
    """In a story that names nobody by title or full name before a verb: a surname alone as the subject of a
    trip, when the story also writes it capitalised inside a sentence (so that it is a name, not a word that
    opens a sentence), with the given name before it where the story has one ("by Elihu Root in 1906")."""
    found: dict[str, Person] = {}
    for s in sentences:
        if s.kind != "body":
            continue
        for m in _SURNAME_MOVES.finditer(s.text):
            word = re.sub(r"(?:'s|’s)$", "", m.group("name"))  # ("Goulty’s visit would focus on")
            if word in found or word in _NOT_NAME or word in _NOT_NAME_START or _TITLE_WORD.fullmatch(word):
                continue
            if not re.search(rf"(?<=[a-z,;] ){re.escape(word)}\b", text):
                continue
            # (never across a line: "... came back to Qatar" over "Khalilzad said Friday")
            full = re.search(rf"(?<![\w.’'-])(?P<given>[A-Z][a-zà-ÿ'’-]+(?:[^\S\n]+[A-Z]\.)?)[^\S\n]+{re.escape(word)}\b", text)
            if full is not None and full.group("given") not in _NOT_NAME and not _TITLE_WORD.fullmatch(full.group("given")):
                found[word] = Person(name=full.group(0), title="", start=full.start(), end=full.end())
            else:
                a = s.start + m.start("name")
                found[word] = Person(name=word, title="", start=a, end=a + len(word))
    return list(found.values())


# "Mahamudu Bawumia on Monday commissioned a hospital", "Mahamudu Bawumia, accompanied by his wife, arrived": a full
# name as the subject of a verb in the past, or of one of the common verbs of an official's day
_SUBJECT_NAME = re.compile(
    r"(?<![\w.’'-])(?P<name>[A-Z][a-zà-ÿ'’-]+(?:\s+[A-Z]\.)?(?:\s+(?:(?:el|al|bin|van|von|de|da)[\s-])?[A-Z][a-zà-ÿ'’-]+){1,2})"
    r"(?:,[^,.;:]{3,60},)?\s+"
    r"(?:(?:on|last|this)\s+[A-Z][a-z]+day\s+|yesterday\s+|today\s+|also\s+|later\s+|first\s+)?"
    r"(?:(?:has|had|is|was|will)\s+(?:also\s+)?)?"
    r"(?:[a-z]{3,}ed|paid|led|met|began|begins|went|spoke|made|took|gave|held|left|reached|is\s+in|was\s+in|"
    r"opens|visits|tours|inspects|addresses|attends|launches|leads|meets|commissions|campaigns|stops)\b"
)


def subject_names(sentences: Sequence[Sentence]) -> list[Person]:
    """In a story that names nobody by title or as the subject of a trip: a full name as a sentence's subject
    ("Mahamudu Bawumia on Monday commissioned a hospital in Tamale")."""
    return _plain_names(sentences, _SUBJECT_NAME)


# a thing or a place, not a person, after these: "the Supreme Court ruled", "in Tamil Nadu was", "of Kings Bay"
_THING_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Tt]his|its|their|our|of|in|at|to|from)\s+$|(?:'s|’s)\s+$")


def _plain_names(sentences: Sequence[Sentence], pattern: re.Pattern[str],
                 keep: Callable[[list[str]], bool] = lambda toks: True) -> list[Person]:
    """The untitled full names ``pattern`` finds in body sentences (its group ``name``), one per surname, that
    are no title, month or thing's name and that ``keep`` accepts."""
    found: dict[str, Person] = {}
    for s in sentences:
        if s.kind != "body":
            continue
        for m in pattern.finditer(s.text):
            toks = m.group("name").split()
            if any(t in _NOT_NAME or t.lower() in MONTHS or _TITLE_WORD.fullmatch(t) for t in toks) \
                    or toks[0] in _NOT_NAME_START or toks[-1] in _NOT_NAME_END or toks[-1] in found \
                    or _THING_BEFORE.search(s.text, max(0, m.start() - 12), m.start()) or not keep(toks):
                continue
            a = s.start + m.start("name")
            found[toks[-1]] = Person(name=m.group("name"), title="", start=a, end=a + len(m.group("name")))
    return list(found.values())


# "Ann Keller", "Mahamudu Bawumia": a full name of two or three capitalised words
_FULL_NAME = re.compile(r"(?<![\w.’'-])(?P<name>[A-Z][a-zà-ÿ'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-zà-ÿ'’-]+){1,2})(?![\w’'-])")


def recurring_names(text: str, sentences: Sequence[Sentence]) -> list[Person]:
    """In a story that names nobody by title, as the subject of a trip or by a surname that travels: the full
    names whose surname the story repeats ("Ann Keller ... Keller told farmers"). Which of them travels, if
    anyone, is for :func:`choose_traveler` and the verdicts on each place to tell."""
    return _plain_names(sentences, _FULL_NAME, lambda toks: len(re.findall(
        rf"(?<![\w’'-]){re.escape(toks[-1])}(?![\w’'-])", text)) >= 2)


# "when Kagame inspected the dam", "Mahama on Monday commissioned": a surname alone before a deed in the past
# ("On his tour, Cooper described the damage": after a phrase that opens the sentence)
_SURNAME_DEED = re.compile(r"(?:^|[;:]\s+|\b(?:and|then|when|after|as|before|that|while)\s+|^\W*[A-Z][^,;\"“”]{0,50},\s+)[\"“‘']?"
                           r"(?P<name>[A-Z][a-zà-ÿ'’-]{2,})\s+(?:(?:on|last|this)\s+[A-Z][a-z]+day\s+|yesterday\s+|today\s+|"
                           r"also\s+|later\s+|then\s+|first\s+)?(?:has\s+|had\s+)?(?:[a-z]{3,}ed|paid|led|met|held|made|took|gave|"
                           r"went|spoke|reached|toured)\b(?!\s+(?:by|that)\b)")
# words that open a sentence before a verb and are no surname ("Officials inspected", "Residents welcomed")
_NOT_SURNAME = frozenset({"Officials", "Police", "Residents", "Authorities", "Troops", "Workers", "Farmers", "Students",
                          "Leaders", "Locals", "Villagers", "Protesters", "Supporters", "Rescuers", "Engineers",
                          "Delegates", "Members", "Ministers", "Reporters", "Journalists", "Critics", "Analysts",
                          "Sources", "Experts", "Doctors", "Teachers", "Children", "People", "Parents", "Families",
                          "Everyone", "Nobody", "Someone", "Many", "Some", "Others", "Both", "All", "Most", "Several"})


def surname_deeds(text: str, sentences: Sequence[Sentence]) -> list[Person]:
    """In a story that names nobody else: a surname alone as the subject of a deed in the past ("when Kagame
    inspected the dam"), when the story writes it twice or opens with it."""
    found: dict[str, Person] = {}
    body = [s for s in sentences if s.kind == "body"]
    for s in body:
        for m in _SURNAME_DEED.finditer(s.text):
            word = m.group("name")
            if word in found or word in _NOT_NAME or word in _NOT_NAME_START or word in _NOT_SURNAME \
                    or _TITLE_WORD.fullmatch(word) or word.lower() in MONTHS:
                continue
            a = s.start + m.start("name")
            opens = s is body[0] and m.start("name") == 0 and not word.endswith("s")
            if len(re.findall(rf"(?<![\w’'-]){re.escape(word)}(?![\w’'-])", text)) < 2 and not opens:
                continue
            found[word] = Person(name=word, title="", start=a, end=a + len(word))
    return list(found.values())


# Short given names and the names they stand for: "Joe Biden" is "Joseph R. Biden Jr."
NICKNAMES = {
    "joe": "joseph", "tony": "antony", "bill": "william", "mike": "michael", "bob": "robert", "jim": "james",
    "tom": "thomas", "dick": "richard", "rick": "richard", "chuck": "charles", "dan": "daniel", "dave": "david",
    "ben": "benjamin", "nick": "nicholas", "pete": "peter", "rob": "robert", "ted": "edward", "ron": "ronald",
    "don": "donald", "steve": "steven", "sam": "samuel", "liz": "elizabeth", "kate": "katherine", "jen": "jennifer",
}


def _given(name: str) -> str:
    low = name.lower()
    return NICKNAMES.get(low, low)


def same_person(a: Person, b: Person) -> bool:
    sa, sb = set(a.short_names), set(b.short_names)
    if not sa or not sb:
        return False
    if sa <= sb or sb <= sa:
        return True
    # "Joe Biden" vs "Joseph R. Biden Jr.": the same surname, a given name and its nickname;
    # "Joe Biden" vs "Jill Biden": both have given names, and they differ
    ta, tb = a.short_names, b.short_names
    if len(ta) >= 2 and len(tb) >= 2 and ta[0] == tb[0] and _one_letter_apart(ta[-1], tb[-1]):
        return True  # "Zalmay Khalizad" for "Zalmay Khalilzad": the same given name, a surname misspelt by one letter
    if len(ta) >= 2 and len(tb) >= 2 and ta[-1] == tb[-1] and min(len(ta[0]), len(tb[0])) >= 5 \
            and _one_letter_apart(ta[0], tb[0]):
        return True  # "Sergei Lavrov" for "Sergey Lavrov": a given name spelt two ways
    return len(ta) >= 2 and len(tb) >= 2 and ta[-1] == tb[-1] and _given(ta[0]) == _given(tb[0])


def _one_letter_apart(x: str, y: str) -> bool:
    """Do two long names differ by one letter added, dropped or changed?"""
    if min(len(x), len(y)) < 6 or abs(len(x) - len(y)) > 1 or x == y:
        return False
    if len(x) == len(y):
        return sum(p != q for p, q in zip(x, y, strict=True)) == 1
    short, long_ = sorted((x, y), key=len)
    return any(long_[:k] + long_[k + 1:] == short for k in range(len(long_)))


# Titles of people who speak for a traveler rather than travel: "Press Secretary Karine Jean-Pierre"
SPOKESPERSON = re.compile(r"\b(?:press\s+secretary|spokes(?:man|woman|person)|press\s+officer|communications\s+director)\b",
                          re.I)


# the one whose visit it is: "the state visit later this month of South Korean President Yoon Suk Yeol"
_VISIT_OF = re.compile(r"\b(?:visit|trip|tour|journey)\s+(?:[\w-]+\s+){0,4}?of\s+(?:[\w.’'-]+\s+){0,4}$")
_POSSESSIVE_VISIT = re.compile(r"(?:'s|’s)\s+(?:[\w-]+\s+){0,3}(?:visit|trip|tour|journey)\b")
# "Lloyd J. Austin will host ...", "..., who welcomed": a person introduced as a host
HOST_AFTER = re.compile(r"\s*(?:,[^,]{0,40},\s*)?"
                        # ("President William Ruto on Tuesday hosted King Charles III")
                        r"(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\s+)?"
                        r"(?:will\s+|is\s+to\s+|is\s+set\s+to\s+)?(?:host|hosts|hosted|hosting|welcome|welcomes|"
                        r"welcomed|welcoming|receive|receives|received|receiving)\b(?!\s+(?:a|an|the)?\s*(?:award|prize|honou?r|degree|briefing|call))")


# "The pope celebrated Mass in Bangui": a story may name its traveler by role alone.
_ROLE_NOUN = (
    r"\b%(det)s\s+(?P<role>(?i:pope|pontiff|holy\s+father|president|vice\s+president|prime\s+minister|premier|chancellor|"
    r"king|queen|emperor|empress|sultan|secretary-general|secretary\s+general|secretary\s+of\s+state|secretary\s+of\s+defense|defen[cs]e\s+secretary|"
    r"foreign\s+secretary|foreign\s+minister|defen[cs]e\s+minister|high\s+representative|director-general|dalai\s+lama|"
    r"aga\s+khan|patriarch|head\s+of\s+state|head\s+of\s+government|chief\s+minister|minister|governor|mayor|"
    r"senator|ambassador|army\s+chief|crown\s+prince|emir|prince\s+of\s+wales|princess\s+of\s+wales|prince|princess%(more)s))\b"
)


def _role_noun(more: str = "", det: str = r"[Tt]he") -> str:
    """The pattern of a role named alone, with the roles ``more`` and the determiner ``det`` before it."""
    return _ROLE_NOUN % {"det": det, "more": more}

# Roles that name the traveler only when the story names nobody else: "The Duke of Edinburgh visited Belfast",
# "The Chief of Army Staff visited Lahore", "The Deputy Governor toured Kisii" (but in a story about Prince Harry
# "the duke" is his)
_MORE_ROLES = (
    r"|duke|duchess|archbishop|bishop|cardinal|speaker|commissioner|chief\s+of\s+(?:the\s+)?(?:army|defen[cs]e|naval|air)\s+staff|"
    r"(?:deputy|vice)[\s-](?:governor|prime\s+minister|president|chief\s+minister)|first\s+minister|taoiseach|mp|"
    r"cabinet\s+secretary|secretary|(?:royal|imperial)\s+couple|opposition\s+leader|delegation|(?:un|imf|nato|eu|who|world\s+bank|army|military)\s+chief|"
    # ("The Israeli leader arrived", "The French president arrived", "The U.S. envoy arrived")
    r"(?P<mod>(?-i:[A-Z][a-z]+|U\.S\.|US|UN|EU))\s+(?:leader|president|prime\s+minister|premier|envoy|minister|chancellor)"
)
_ROLE_VERB = (
    r"(?=[^.]{0,80}\b(?:arrived|traveled|travelled|flew|visited|landed|toured|celebrated|met|made|paid|left|departed|"
    r"reached|inaugurated|e-inaugurated|inspected|will\s+(?:travel|visit|fly|make|go|tour)|"
    # ("His Holiness the Dalai Lama arrives at Narita"; "The Prince of Wales ... are visiting Wales")
    r"arrives|travels|flies|visits|lands|tours|started|starts|began|begins|(?:is|are)\s+(?:visiting|touring|travell?ing)))"
)
ROLE_ONLY = re.compile(_role_noun() + _ROLE_VERB)
_ANY_ROLE_ONLY = re.compile(_role_noun(_MORE_ROLES) + _ROLE_VERB)
# (with nobody named, any deed of the role will do: "The Dalai Lama gave teachings in Leh", "The Archbishop of
# Canterbury preached in Kigali", "Pakistan's army chief visited troops in Quetta", "The Pope will celebrate Mass")
_ANY_ROLE_DEED = re.compile(
    _role_noun(_MORE_ROLES, r"(?:[Tt]he|[A-Z][a-z]+['’]s)")
    + r"(?=(?:\s+of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?,?\s+(?:[a-z]+\s+){0,2}?(?:[a-z]{3,}ed|gave|held|met|made|paid|led|took|"
    r"spoke|went|came|(?:will|is\s+to|is\s+set\s+to|is\s+expected\s+to|is\s+due\s+to)\s+[a-z]+)\b)")


def role_only_traveler(sentences: Sequence[Sentence], *, anyone: bool = False) -> Person | None:
    """A traveler named only by role ("the pope"), when the story names nobody with a title.

    ``anyone``: the story names no person at all, so any role may be the traveler ("The Speaker arrived")."""
    patterns = (_ANY_ROLE_ONLY, _ANY_ROLE_DEED) if anyone else (ROLE_ONLY,)
    for s in sentences:
        if s.kind != "body":
            continue
        m = min((x for p in patterns for x in (p.search(s.text),) if x), key=lambda x: x.start(), default=None)
        if m:
            # (in lower case, but for acronyms and proper adjectives: "the UN chief", "the Israeli leader")
            mod = m.groupdict().get("mod")
            role = " ".join(w if (w.isupper() and w[1:]) or (mod and k == 0) else w.lower()
                            for k, w in enumerate(m.group("role").split()))
            title = {"pontiff": "Pope", "holy father": "Pope"}.get(role, role.title())
            return Person(name=f"the {role}", title=title, start=s.start + m.start(), end=s.start + m.end())
    return None


# "Over the next fortnight, I will visit London, Geneva and Washington": a minister's own media release
_FIRST_PERSON_TRIP = re.compile(r"\bI\s+(?:will\s+|shall\s+|am\s+|have\s+|had\s+)?(?:also\s+|then\s+|now\s+)?"
                                r"(?:visit|visited|visiting|travel|travelled|traveled|travelling|traveling|fly|flew|flying|"
                                r"arrive|arrived|arriving|lead|led|leading|depart|departed|head|headed|go|went|going)\b")
FIRST_PERSON = "I"


def first_person_traveler(sentences: Sequence[Sentence]) -> Person | None:
    """The author of a first-person release ("I will visit London"), when the story names nobody who travels."""
    for s in sentences:
        m = _FIRST_PERSON_TRIP.search(s.text) if s.kind == "body" else None
        if m is not None:
            return Person(name=FIRST_PERSON, title="", start=s.start + m.start(), end=s.start + m.start() + 1)
    return None


_WORDS = re.compile(r"[\w'’-]*\w")


def _name_counts(text: str, names: set[str]) -> tuple[Counter[str], Counter[str]]:
    """How often each of ``names`` occurs: standing alone (not right before another capitalised word, so
    "Biden" but not the "Joe" of "Joe Biden"), and in all. One pass instead of a pattern per name."""
    alone: Counter[str] = Counter()
    every: Counter[str] = Counter()
    for m in _WORDS.finditer(text):
        w = m.group(0)
        bare = w[:-2] if w.endswith(("'s", "’s")) else w
        if bare not in names:
            continue
        every[bare] += 1
        if bare != w or _CAPITALISED_NEXT.match(text, m.end()) is None:
            alone[bare] += 1
    return alone, every


_CAPITALISED_NEXT = re.compile(r"\s+[A-Z][a-z]")
# "By Lisa Schlein": a reporter's byline, on a line of its own
_BYLINE = re.compile(r"(?m)^[ \t]*[Bb]y[ \t]+([A-Z][^\n]{0,80})")


# "will meet with President X", "was received by Prime Minister Y": the person the traveler meets
# "hosted Their Majesties King Charles III", "welcomed Chilean President Michelle Bachelet": the guest, named after
_HOSTED_BEFORE = re.compile(r"\b(?:hosted|hosts|hosting|welcomed|welcomes|welcoming|received|receives|receiving|greeted|"
                            r"greets)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,4}$")
MET_BEFORE = re.compile(r"\b(?:meet|meets|met|meeting|talks|call\s+on|calls\s+on|called\s+on|received\s+by|hosted\s+by|"
                        r"welcomed\s+by|greeted\s+by|invitation\s+of|invited\s+by)\s+(?:with\s+)?(?:the\s+)?"
                        r"(?:[^.;]{0,50}?(?:,|\band)\s+(?:the\s+)?)?$")  # ("... with President X and Vice President Y")


_MOVING = (r"(?:landed|arrived|arrives|arriving|visited|visits|visiting|travell?ed|travels|traveling|flew|flies|toured|"
           r"tours|touring|opened\s+(?:his|her)\s+[\w\s-]{0,30}?(?:tour|trip|visit)|embarked|set\s+off|departed|"
           r"left\s+for|headed|heads|travel|visit|fly|arrive|land)\b")


def choose_traveler(text: str, sentences: Sequence[Sentence], people: Sequence[Person]) -> Person | None:
    """The official whose trip the story tells: introduced early, named often, moving."""
    body = [s for s in sentences if s.kind == "body"]
    if not people:
        return role_only_traveler(sentences, anyone=True) or first_person_traveler(sentences)
    if not body:
        return None
    title = next((s.text for s in sentences if s.kind == "title"), "")
    first_body = body[0]
    alone, every = _name_counts(text, {t for p in people for t in p.short_names})
    title_words = {w[:-2] if w.endswith(("'s", "’s")) else w for w in _WORDS.findall(title)}
    scores: Counter[int] = Counter()
    groups: list[list[Person]] = []
    bylines = [b.group(1) for b in _BYLINE.finditer(text)]
    for p in people:
        for g in groups:
            if same_person(g[0], p):
                g.append(p)
                break
        else:
            groups.append([p])
    for i, g in enumerate(groups):
        p = g[0]
        score = 0.0
        # the name the story repeats: the surname, or the first token of a name written surname first ("Xi")
        score += max((alone[short] for short in p.short_names), default=0)
        # "the President", "the Foreign Secretary" most often refer back to the first person the story
        # names with that title
        roles = [r for r in p.roles if r and (" " in r or r not in ("minister", "secretary"))] if p.title else []
        if roles and not any(q.start < p.start and set(q.roles) & set(roles) for q in people):
            score += 0.5 * max(len(re.findall(rf"\b[Tt]he {re.escape(r)}\b", text, re.I)) for r in roles)
            if any(re.search(rf"\b{re.escape(r)}\b", title, re.I) for r in roles if " " in r):
                score += 2
        in_first = [q for q in g if first_body.start <= q.start < first_body.end]
        if in_first:
            score += 6
            if not any(q.start < in_first[0].start for q in people if first_body.start <= q.start < first_body.end):
                score += 3
        if any(t in title_words for t in p.short_names):
            score += 4
        # the one the story moves: "Ebrard landed in Lima ... Ebrard has opened his South American tour"
        moves = sum(len(re.findall(rf"\b{re.escape(short)}\b(?:'s|’s)?\s+(?:has\s+|had\s+|will\s+|is\s+)?(?:also\s+|then\s+)?"
                                   rf"{_MOVING}", text)) for short in p.short_names[-1:])
        score += 2 * min(moves, 3)
        visiting = any(q.title and (_VISIT_OF.search(text, max(0, q.start - 60), q.start)
                                    or _POSSESSIVE_VISIT.match(text, q.end)
                                    or re.match(r"(?:[Tt]he\s+)?[Vv]isiting\b", q.title)
                                    # ("met visiting Ugandan President Yoweri Museveni")
                                    # ("talks with visiting US Secretary of State Mike Pompeo")
                                    or re.search(r"\b[Vv]isiting\s+(?:[A-Z][\w.]*\s+){0,2}$", text[max(0, q.start - 30):q.start]))
                       for q in g)
        if visiting:
            # "the state visit later this month of South Korean President Yoon", "Yoon's state visit", "Visiting
            # Chinese Foreign Minister Wang Yi said here"
            score += 7
        if any(re.match(r"\s+(?:said|says|told\s+\w+)\s+here\b", text[q.end:q.end + 30]) for q in g):
            score += 4  # "Wang Yi said here Wednesday": where the story is
        if SPOKESPERSON.search(p.title):
            score -= 10
        if any(re.match(rf"{re.escape(name)}\b", b) for name in {q.name for q in g} for b in bylines):
            score -= 10  # "By Lisa Schlein ... Lisa Schlein is traveling with the Secretary-General": the reporter
        if g[0].start < first_body.end and lx.AIDE_AFTER.match(text, g[0].end):
            score -= 8  # "President Donald Trump's envoy Steve Witkoff arrived in Moscow": the envoy travels
        if any(HOST_AFTER.match(text, q.end) for q in g[:1]):
            score -= 8  # "Austin will host an honour cordon for Gen Bajwa": the host stays, the guest travels
        if any(_HOSTED_BEFORE.search(text, max(0, q.start - 60), q.start) for q in g):
            score += 6  # "President Ruto on Tuesday hosted Their Majesties King Charles III": the guest travels
        if not visiting and all(MET_BEFORE.search(text, max(0, q.start - 90), q.start) for q in g):
            score -= 8  # "Mr Banga will meet with President Bola Tinubu": the one met is the host
        scores[i] = int(score * 10)
    best, best_score = scores.most_common(1)[0]
    chosen = groups[best][0]
    titled = next((q for q in groups[best] if q.title), None)
    if not chosen.title and titled is not None:
        # "Giorgia Meloni is traveling to Kyiv ... Prime Minister Giorgia Meloni": named first, titled later; the
        # title tells which roles refer back to her ("the Italian premier")
        chosen = dataclasses.replace(chosen, title=titled.title, also=titled.also)
    variant = next((q.short_names[-1] for q in groups[best][1:] if q.short_names
                    and q.short_names[-1] not in chosen.short_names), None)
    if variant is not None and chosen.nickname is None:
        # ("Volodymyr Zelensky ... Zelenskiy met with troops": the story spells the name both ways)
        chosen = dataclasses.replace(chosen, nickname=variant)
    later = [r for q in groups[best][1:] if q.title for r in q.roles if r not in chosen.roles]
    if later:
        # "PM Modi to kick off his visit ... Prime Minister Narendra Modi would be leaving": the roles of every
        # title the story gives him ("the Prime Minister")
        chosen = dataclasses.replace(chosen, also=tuple(dict.fromkeys((*chosen.also, *later))))
    # "The Secretary-General arrived in Dhaka ...": a story that follows a role more than any name
    role = role_only_traveler(sentences)
    if role is not None and role.title.lower() not in chosen.roles and role.title.lower() not in chosen.title.lower():
        told = len(re.findall(rf"\b[Tt]he\s+{re.escape(role.name.split(' ', 1)[1])}\b", text, re.I))
        named = max((every[t] for q in groups[best] for t in q.short_names), default=0)
        if told >= 3 and told > named:
            # "the Pope" told again and again is the story's "Pope Francis" when it names one
            # (named before the role is first told, and not one the traveler meets: "The president and first lady
            # will arrive in Moscow ... Then Mr. Obama will meet with President Dmitry Medvedev")
            holders = [i for i, g in enumerate(groups) if role.title.lower() in g[0].roles]
            first = re.search(rf"\b[Tt]he\s+{re.escape(role.name.split(' ', 1)[1])}\b", text)
            told_from = first.start() if first else role.start
            holder = next((groups[i][0] for i in holders if scores[i] > 0 and groups[i][0].start < told_from), None)
            if holder is not None or not holders:
                return holder or role
    if best_score <= 0:
        # (everyone named is a host the traveler meets: "The Angolan Head of State left Mindelo"; "The Duke and
        # Duchess of Edinburgh visited Nepal ... the Duke met King Gyanendra")
        return role or role_only_traveler(sentences, anyone=True)
    opening = next(((s, m) for s in body for m in [_ROLE_OPENING.search(s.text)] if m), None) \
        if _HONORIFIC.fullmatch(chosen.title) and not chosen.also else None
    if opening is not None:
        said = re.sub(r"\s+", " ", opening[1].group("role").lower())
        if not any(q.start < opening[0].start + opening[1].start() and said in q.roles for q in people):
            # "Barack and Michelle Obama board Air Force One ... The president and first lady will arrive in Moscow
            # ... Then Mr. Obama will meet with President Dmitry Medvedev": the role told before anyone else holds
            # it is his
            chosen = dataclasses.replace(chosen, also=(said,))
    return chosen


# "The president and first lady will arrive", "The premier arrived": a role as the subject of a sentence
# (after a schedule's day: "Monday: The president and first lady will arrive in Moscow")
# ("The US president will arrive at night in London": a country's adjective before the role)
_ROLE_OPENING = re.compile(r"^\W*(?:[A-Z][a-z]+(?:\s+\d{1,2})?\s*[:,]\s*)?"
                           + _role_noun(det=r"[Tt]he(?:\s+(?:US|U\.S\.|UK|U\.K\.|[A-Z][a-z]+(?:an|ese|ish|ian|i)))?"))


# a title that names no office: an honorific, or none at all
_HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Dr|Mx|Sir|Dame)?\.?", re.I)

