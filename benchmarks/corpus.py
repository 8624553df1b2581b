"""A deterministic corpus of trip stories for the benchmarks.

The articles are written from templates of the ways news copy places a traveler ("X traveled to
Rome on Tuesday", "then flew to Kyiv", "is due in Vilnius on Friday"), with venues, events, people
met, quotes, datelines, and distractor paragraphs about places that are discussed but not visited,
so the extractor does the work it does on real stories: many place names, most of them not stops.
Cities, titles and venues are real; the people are invented.

    from benchmarks.corpus import article, corpus
    corpus(50, seed=8)            # 50 Articles of 250-1,000 words
    article(random.Random(1), 1000)  # one of about 1,000 words

``python -m benchmarks.corpus [N] [--words W] [--out DIR]`` prints (or writes) a few for reading.
The sample article (``data/samples/austin_oct2024.txt``) is added by :func:`corpus` when asked.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "samples" / "austin_oct2024.txt"
SAMPLE_PUBLISHED = dt.date(2024, 10, 23)

# (city, country, venues a visitor is received at)
CITIES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("Brussels", "Belgium", ("NATO headquarters", "the Berlaymont building", "the Egmont Palace")),
    ("Rome", "Italy", ("Palazzo Chigi", "the Quirinal Palace", "the Farnesina")),
    ("Kyiv", "Ukraine", ("the Mariinskyi Palace", "St. Michael's Square")),
    ("Warsaw", "Poland", ("the Belweder Palace", "the Presidential Palace")),
    ("Vilnius", "Lithuania", ("the Presidential Palace",)),
    ("Tallinn", "Estonia", ("Kadriorg Palace", "Stenbock House")),
    ("Riga", "Latvia", ("Riga Castle",)),
    ("Berlin", "Germany", ("the Chancellery", "the Bendlerblock")),
    ("Paris", "France", ("the Elysee Palace", "the Quai d'Orsay")),
    ("London", "United Kingdom", ("Downing Street", "Lancaster House")),
    ("Madrid", "Spain", ("the Moncloa Palace",)),
    ("Lisbon", "Portugal", ("the Necessidades Palace",)),
    ("Athens", "Greece", ("the Maximos Mansion",)),
    ("Ankara", "Turkey", ("the Presidential Complex",)),
    ("Istanbul", "Turkey", ("Dolmabahce Palace", "Vahdettin Pavilion")),
    ("Bucharest", "Romania", ("Cotroceni Palace",)),
    ("Sofia", "Bulgaria", ()),
    ("Helsinki", "Finland", ("the Presidential Palace",)),
    ("Stockholm", "Sweden", ("Rosenbad",)),
    ("Oslo", "Norway", ()),
    ("Copenhagen", "Denmark", ("Christiansborg Palace",)),
    ("The Hague", "Netherlands", ("the Peace Palace",)),
    ("Geneva", "Switzerland", ("the Palais des Nations",)),
    ("Vienna", "Austria", ("the Hofburg",)),
    ("Prague", "Czech Republic", ("Prague Castle",)),
    ("Budapest", "Hungary", ("the Carmelite Monastery",)),
    ("Cairo", "Egypt", ("the Ittihadiya Palace",)),
    ("Amman", "Jordan", ("the Royal Palace",)),
    ("Riyadh", "Saudi Arabia", ("the Royal Court", "Al-Yamamah Palace")),
    ("Doha", "Qatar", ("the Amiri Diwan",)),
    ("Abu Dhabi", "United Arab Emirates", ("Qasr Al Watan",)),
    ("Tel Aviv", "Israel", ("the Kirya",)),
    ("Jerusalem", "Israel", ("the Knesset",)),
    ("Beirut", "Lebanon", ("Baabda Palace",)),
    ("Baghdad", "Iraq", ()),
    ("New Delhi", "India", ("Hyderabad House", "South Block")),
    ("Islamabad", "Pakistan", ()),
    ("Tokyo", "Japan", ("the Kantei", "Akasaka Palace")),
    ("Seoul", "South Korea", ("the Yongsan presidential office",)),
    ("Manila", "Philippines", ("Malacanang Palace",)),
    ("Jakarta", "Indonesia", ("the Merdeka Palace",)),
    ("Singapore", "Singapore", ("the Istana", "the Shangri-La Hotel")),
    ("Hanoi", "Vietnam", ("the Presidential Palace",)),
    ("Bangkok", "Thailand", ("Government House",)),
    ("Kuala Lumpur", "Malaysia", ("Seri Perdana",)),
    ("Canberra", "Australia", ("Parliament House",)),
    ("Wellington", "New Zealand", ("the Beehive",)),
    ("Beijing", "China", ("the Great Hall of the People", "Diaoyutai State Guesthouse")),
    ("Nairobi", "Kenya", ("State House",)),
    ("Addis Ababa", "Ethiopia", ("the African Union headquarters",)),
    ("Lagos", "Nigeria", ()),
    ("Abuja", "Nigeria", ("Aso Rock",)),
    ("Johannesburg", "South Africa", ()),
    ("Pretoria", "South Africa", ("the Union Buildings",)),
    ("Luanda", "Angola", ()),
    ("Brasilia", "Brazil", ("the Planalto Palace", "Itamaraty Palace")),
    ("Buenos Aires", "Argentina", ("the Casa Rosada",)),
    ("Santiago", "Chile", ("La Moneda",)),
    ("Mexico City", "Mexico", ("the National Palace",)),
    ("Bogota", "Colombia", ("the Casa de Narino",)),
    ("Ottawa", "Canada", ("Parliament Hill",)),
    ("Honolulu", "United States", ("Camp H.M. Smith",)),
    ("Anchorage", "United States", ("Joint Base Elmendorf-Richardson",)),
)

EVENTS = (
    "the G-7 foreign ministers meeting", "a NATO summit", "the Munich Security Conference",
    "the U.N. General Assembly", "the ASEAN Regional Forum", "a donors' conference on reconstruction",
    "the Shangri-La Dialogue", "the Ukraine Defense Contact Group", "a climate summit",
    "the G-20 finance ministers meeting", "a ceremony marking the end of the war", "the opening of a new embassy",
    "an energy security forum", "a meeting of Nordic defense ministers", "talks on a ceasefire",
)

TITLES = (
    "Secretary of State", "Defense Secretary", "Foreign Minister", "Prime Minister", "President",
    "Treasury Secretary", "Commerce Secretary", "Trade Representative", "Energy Secretary",
    "Chancellor", "Vice President", "NATO Secretary General", "Foreign Secretary",
)

COUNTERPART_TITLES = (
    "President", "Prime Minister", "Foreign Minister", "Defense Minister", "King", "Crown Prince",
    "Finance Minister", "Chancellor", "Emir",
)

# invented people: (first name, last name, pronoun)
PEOPLE = (
    ("Maria", "Keller", "she"), ("James", "Okafor", "he"), ("Helen", "Marsh", "she"), ("Daniel", "Reyes", "he"),
    ("Anna", "Lindqvist", "she"), ("Thomas", "Brandt", "he"), ("Grace", "Whitfield", "she"),
    ("Robert", "Castellano", "he"), ("Laura", "Nakamura", "she"), ("Michael", "Dunmore", "he"),
    ("Sofia", "Petrenko", "she"), ("Peter", "Hallworth", "he"), ("Claire", "Dubois", "she"),
    ("Samuel", "Adeyemi", "he"), ("Ingrid", "Solberg", "she"), ("Victor", "Almeida", "he"),
    ("Nadia", "Haddad", "she"), ("Edward", "Sinclair", "he"), ("Julia", "Ferraro", "she"),
    ("Arthur", "Kowalski", "he"),
)

COUNTERPARTS = (
    "Elena Varga", "Kenji Morita", "Amina Bello", "Lars Eriksen", "Rafael Ortega", "Priya Raman",
    "Omar Khalil", "Katarzyna Nowak", "Jonas Berg", "Marco Bianchi", "Yuki Tanaka", "Fatima Zahra",
    "Andriy Kovalenko", "Sven Holm", "Lucia Moreno", "Ahmed Saleh", "Chen Wei", "Ines Carvalho",
)

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
TOPICS = (
    "air defense", "grain exports", "sanctions", "the reconstruction of power plants", "critical minerals",
    "a maritime security pact", "the release of hostages", "tariffs on steel", "refugee flows",
    "troop rotations", "an arms package", "a free trade agreement", "semiconductor supply chains",
    "nuclear safety", "humanitarian corridors", "debt relief",
)


@dataclass(frozen=True)
class Article:
    """A generated story, its publication date, and the trip it describes (city names, in order)."""

    name: str
    text: str
    published: dt.date
    trip: tuple[str, ...]

    @property
    def words(self) -> int:
        return count_words(self.text)


def count_words(text: str) -> int:
    return len(text.split())


def _date_words(rng: random.Random, day: dt.date, published: dt.date) -> str:
    """How a story dates a day: a weekday within the week before publication, else month and day."""
    if abs((published - day).days) < 6 and rng.random() < 0.6:
        return f"on {WEEKDAYS[day.weekday()]}"
    return f"on {MONTHS[day.month - 1]} {day.day}"


class _Writer:
    """The sentences of one article, with the traveler, the trip and the random source fixed."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        first, last, pronoun = rng.choice(PEOPLE)
        self.title = rng.choice(TITLES)
        self.full = f"{first} {last}"
        self.last = last
        self.he = pronoun
        self.his = "his" if pronoun == "he" else "her"
        self.him = "him" if pronoun == "he" else "her"
        self.home = rng.choice(("Washington", "London", "Paris", "Berlin", "Ottawa", "Canberra", "Tokyo"))
        n = rng.randint(2, 7)
        self.stops = rng.sample([c for c in CITIES if c[0] != self.home], n)
        self.published = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(700))
        # the trip ends a few days before publication; each stop lasts a day or two
        days = [rng.choice((1, 1, 2)) for _ in self.stops]
        # most stories follow a finished trip; some are written mid-tour, with stops still to come
        back = sum(days) + rng.randint(0, 3) if rng.random() < 0.75 else rng.randint(1, sum(days))
        start = self.published - dt.timedelta(days=back)
        self.days: list[dt.date] = []
        for d in days:
            self.days.append(start)
            start += dt.timedelta(days=d)
        others = [c for c in CITIES if c not in self.stops]
        self.elsewhere = rng.sample(others, min(12, len(others)))

    def when(self, i: int) -> str:
        return _date_words(self.rng, self.days[i], self.published)

    def meet(self) -> str:
        r = self.rng
        return f"{r.choice(COUNTERPART_TITLES)} {r.choice(COUNTERPARTS)}"

    def headline(self) -> str:
        r = self.rng
        city = r.choice(self.stops)[0]
        return r.choice((
            f"{self.last} presses allies on {r.choice(TOPICS)} during {len(self.stops)}-nation trip",
            f"In {city}, {self.last} seeks progress on {r.choice(TOPICS)}",
            f"{self.title} {self.last} wraps up tour with stop in {self.stops[-1][0]}",
            f"{self.last} heads abroad as talks on {r.choice(TOPICS)} stall",
        ))

    def ahead(self, i: int) -> bool:
        """Whether stop ``i`` is still to come when the story is published."""
        return self.days[i] > self.published

    def dateline(self) -> str:
        here = [c for c, d in zip(self.stops, self.days, strict=True) if d <= self.published] or self.stops[:1]
        city = here[-1][0].upper()
        p = self.published
        return f"{city}, {MONTHS[p.month - 1]} {p.day} (Wire) — "

    def leg(self, i: int) -> str:
        """One sentence putting the traveler at stop ``i``."""
        r = self.rng
        city, country, venues = self.stops[i]
        when = self.when(i)
        who, he, his = self.last, self.he, self.his
        in_country = "" if country == city else f", {country},"
        if self.ahead(i):
            options = [
                f"{he.capitalize()} is due to fly to {city} {when} for talks with {self.meet()}.",
                f"{who} is scheduled to travel on to {city}{in_country} {when}.",
                f"{when.capitalize()} {he} will go on to {city}, officials said.",
                f"The next stop is {city}, where {he} is expected to attend {r.choice(EVENTS)}.",
            ]
        elif i == 0:
            options = [
                f"{self.title} {self.full} traveled to {city} {when}, the first stop of a {len(self.stops)}-nation tour.",
                f"{who} began the trip in {city} {when}, where {he} met {self.meet()}.",
                f"The tour opened {when} in {city}{in_country} with talks on {r.choice(TOPICS)}.",
                f"{who} arrived in {city} {when} for {r.choice(EVENTS)}.",
            ]
        elif i == len(self.stops) - 1:
            options = [
                f"{he.capitalize()} ended the trip in {city} {when} before flying back to {self.home}.",
                f"The last stop was {city}, where {he} met {self.meet()} {when}.",
                f"{who} then flew to {city}, the final leg, and was due back in {self.home} the next day.",
                f"Finally {he} went on to {city}{in_country} {when}.",
            ]
        else:
            options = [
                f"From there {he} flew to {city}, where {he} met {self.meet()}.",
                f"{he.capitalize()} then moved on to {city} {when} for {r.choice(EVENTS)}.",
                f"After that {who} made an unannounced visit to {city}{in_country.rstrip(',')}.",
                f"The next day {he} was in {city} to discuss {r.choice(TOPICS)} with {self.meet()}.",
                f"{who} traveled on to {city} {when}, {his} first visit there since taking office.",
                f"Later {he} stopped in {city} to meet {self.meet()}.",
            ]
        sentence = r.choice(options)
        if venues and r.random() < 0.5:
            sentence += r.choice((
                f" In {city} {he} was received at {r.choice(venues)}.",
                f" The talks were held at {r.choice(venues)}.",
                f" {he.capitalize()} also visited {r.choice(venues)}.",
            ))
        return sentence

    def trip_paragraphs(self) -> list[str]:
        sentences = [self.leg(i) for i in range(len(self.stops))]
        paras, cur = [], []
        for s in sentences:
            cur.append(s)
            if len(cur) >= self.rng.randint(1, 3):
                paras.append(" ".join(cur))
                cur = []
        if cur:
            paras.append(" ".join(cur))
        return paras

    def quote(self) -> str:
        r = self.rng
        city = r.choice(self.stops)[0]
        said = r.choice(("told reporters", "said", "told a news conference", "said in a statement"))
        return r.choice((
            f"“We came to {city} to listen, and we leave with a plan on {r.choice(TOPICS)},” {self.last} {said}.",
            f"“This is a partnership that matters for the whole region,” {self.last} {said} in {city}.",
            f"“Nobody should doubt our commitment,” {self.he} {said}. “We will keep working on "
            f"{r.choice(TOPICS)} with our partners, and we will be back.”",
            f"“The situation in {r.choice(self.elsewhere)[0]} is serious, and we discussed it at length,” {self.last} {said}.",
            f"{r.choice(COUNTERPART_TITLES)} {r.choice(COUNTERPARTS)} said the visit was “a signal that "
            f"{r.choice(self.stops)[1]} is not alone.”",
        ))

    def distractor(self) -> str:
        """A paragraph that names places the traveler did not visit."""
        r = self.rng
        a, b, c = (x[0] for x in r.sample(self.elsewhere, 3))
        ca, cb = r.sample([x[1] for x in self.elsewhere], 2)
        year = self.published.year - r.randint(1, 6)
        return r.choice((
            f"The visit follows a summit in {a} last year, where leaders agreed to expand cooperation on "
            f"{r.choice(TOPICS)}. Officials in {b} have been pressing for a follow-up meeting.",
            f"{ca} and {cb} have long disagreed over {r.choice(TOPICS)}, and diplomats in {a} said a deal was "
            f"unlikely before the end of the year.",
            f"Analysts noted that {a} has been courting the same partners, and that a rival delegation from {b} "
            f"was expected in the region next month.",
            f"The last {self.title.lower()} to visit {c} did so in {year}, when talks on {r.choice(TOPICS)} collapsed.",
            f"A planned stop in {a} was dropped from the schedule, officials said, and a meeting with officials "
            f"from {b} will take place by video link.",
            f"Protesters gathered outside the embassy in {a}, and the foreign ministry in {b} summoned an envoy "
            f"over remarks about {r.choice(TOPICS)}.",
        ))

    def background(self) -> str:
        """A paragraph of policy talk without place names."""
        r = self.rng
        t1, t2 = r.sample(TOPICS, 2)
        n = r.randint(2, 40)
        return r.choice((
            f"The administration has promised {n} billion dollars for {t1} over the next five years, but lawmakers "
            f"have questioned whether the money will arrive in time, and several committees have asked for a "
            f"detailed accounting of how earlier funds were spent.",
            f"Officials traveling with the {self.title.lower()} said the talks focused on {t1} and {t2}, two issues "
            f"that have dominated the agenda since the start of the year. They spoke on condition of anonymity to "
            f"discuss private conversations.",
            f"Critics at home say the trip is long on symbolism and short on results. Supporters counter that "
            f"personal diplomacy has unlocked agreements on {t1} that years of lower-level talks could not.",
            f"The {self.title.lower()} has made {n} foreign trips since taking office, more than any predecessor in "
            f"the same period, according to a count kept by the department.",
            f"A joint statement issued after the meetings said both sides would set up a working group on {t1} and "
            f"report back within {n} weeks. It did not mention {t2}, which had been expected to feature.",
            f"Aides described the schedule as punishing: {n} meetings in a handful of days, most of them on {t1}, "
            f"with little time between the motorcade and the next flight.",
            f"Business leaders who joined part of the trip said they hoped for clearer rules on {t1}. Several of "
            f"them signed letters of intent, though none disclosed the sums involved.",
            f"The agenda had been narrowed in recent weeks to {t1} and {t2}, after earlier drafts that included a "
            f"broader set of commitments were judged too ambitious by negotiators on both sides.",
            f"Opposition figures said the government had conceded too much on {t1}. A spokesperson rejected the "
            f"criticism and said the details would be published once the text was final.",
        ))

    def article(self, words: int) -> str:
        r = self.rng
        trip = self.trip_paragraphs()
        lede = (f"{self.dateline()}{self.title} {self.full} said {self.when(len(self.stops) - 1)} that talks on "
                f"{r.choice(TOPICS)} had made progress, at the end of a trip that took {self.him} to "
                f"{len(self.stops)} countries.")
        paras = [self.headline(), lede]
        fillers = (self.quote, self.distractor, self.background)
        seen: set[str] = set()

        def filler() -> str:
            for _ in range(20):  # a paragraph the story has not used yet, if one comes up
                p = r.choice(fillers)()
                key = re.sub(r"[A-Z“]\w*|\d+", "", p)[:25]  # the template, roughly
                if key not in seen:
                    break
            seen.add(key)
            return p

        # the trip paragraphs come early, with quotes and other places among them
        for p in trip:
            paras.append(p)
            if r.random() < 0.6:
                paras.append(filler())
        while count_words("\n\n".join(paras)) < words:
            paras.append(filler())
        return _trim("\n\n".join(paras), words) + "\n"


def _trim(text: str, words: int) -> str:
    """Cut the last paragraph at a sentence end so the article has about ``words`` words."""
    if count_words(text) <= words + 20:
        return text
    head, _, last = text.rpartition("\n\n")
    keep = words - count_words(head)
    sentences = re.split(r"(?<=[.”])\s+", last)
    out: list[str] = []
    for s in sentences:
        if count_words(" ".join(out)) >= keep:
            break
        out.append(s)
    return head + ("\n\n" + " ".join(out) if out else "")


def article(rng: random.Random, words: int, name: str = "article") -> Article:
    """One generated story of about ``words`` words (at least 250)."""
    w = _Writer(rng)
    text = w.article(max(250, words))
    return Article(name, text, w.published, tuple(c[0] for c in w.stops))


def sample_article() -> Article:
    return Article("austin_oct2024", SAMPLE.read_text("utf-8"), SAMPLE_PUBLISHED,
                   ("Brussels", "Rome", "Kyiv", "Rome", "Vatican City"))


def corpus(n: int, *, seed: int = 8, sample: bool = True, words: tuple[int, int] = (250, 1000)) -> list[Article]:
    """``n`` generated stories of ``words`` (low, high) words each, and the sample article first if asked."""
    rng = random.Random(seed)
    out = [sample_article()] if sample else []
    out += [article(rng, rng.randint(*words), f"gen_{i:04d}") for i in range(n)]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Print or write generated trip stories.")
    ap.add_argument("n", type=int, nargs="?", default=2)
    ap.add_argument("--words", type=int, help="about this many words each (default: 250 to 1,000)")
    ap.add_argument("--seed", type=int, default=8)
    ap.add_argument("--out", type=Path, help="write NAME.txt files here instead of printing")
    args = ap.parse_args(argv)
    bounds = (args.words, args.words) if args.words else (250, 1000)
    arts = corpus(args.n, seed=args.seed, sample=False, words=bounds)
    for a in arts:
        if args.out:
            args.out.mkdir(parents=True, exist_ok=True)
            (args.out / f"{a.name}.txt").write_text(a.text, "utf-8")
        else:
            print(f"=== {a.name}: {a.words} words, published {a.published}, trip {' → '.join(a.trip)}\n{a.text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
