"""The story's clock: which day is in force at each sentence."""

from __future__ import annotations

import datetime as dt

from itinerary.extraction import extract
from itinerary.extraction.story_time import story_clock
from itinerary.extraction.text import segment

PUB = dt.date(2025, 3, 14)  # a Friday


def clock(text: str, published: dt.date | None = PUB) -> list[str | None]:
    sentences = segment(text)
    return [d.day.isoformat() if d else None for d in story_clock(sentences, published, 2025)]


def test_a_day_holds_for_the_rest_of_its_paragraph_and_moves_on_with_relative_phrases() -> None:
    text = ("Voss landed on Tuesday. She met the king. The next day she toured the port. She left.\n\n"
            "Her ministry said the talks went well.")
    assert clock(text) == [None, "2025-03-11", "2025-03-11", "2025-03-12", None]


def test_a_day_long_before_the_story_is_background_and_a_plan_looks_ahead() -> None:
    text = ("Voss first visited the region on March 2, 2022. She will fly home on Sunday. She is expected to brief "
            "parliament.")
    assert clock(text) == [None, None, "2025-03-16"]


def test_without_a_publication_date_explicit_days_still_count() -> None:
    text = "Voss arrived on March 3. She met the king. Two days later she left."
    assert clock(text, None) == [None, "2025-03-03", "2025-03-03"]


def test_a_wrap_up_looks_back_and_a_reporting_day_is_not_the_trips() -> None:
    text = ("Voss ended her tour on Thursday in Oslo, after visiting Riga. In Riga she met the king.\n\n"
            "The ministry announced today that Voss will travel to Rome. She will meet the pope.")
    assert clock(text) == [None, None, None, None]


def test_a_story_with_no_given_date_reads_its_publication_day_from_a_date_line_or_its_dateline() -> None:
    from itinerary.extraction import extract

    byline = ("Ellis wraps up Gulf visit\n\nMarch 7, 2025 | By Dana Reyes, Defense Wire\n\n"
              "Defense Secretary Mark Ellis arrived in Doha on Thursday.")
    it = extract(byline).itinerary
    assert it.published == dt.date(2025, 3, 7)
    assert [(s.place.name, s.start) for s in it.stops] == [("Doha", dt.date(2025, 3, 6))]
    assert "publication date read from the text: 2025-03-07" in it.warnings
    # a dateline's day takes the year the story names
    dateline = "DOHA, March 7 (Wire) — Defense Secretary Mark Ellis arrived in Doha on Thursday for 2025 talks."
    assert extract(dateline).itinerary.published == dt.date(2025, 3, 7)
    # a date deep in the story is not its publication day
    assert extract("Defense Secretary Mark Ellis arrived in Doha on Thursday. The base opened on March 3, 2001, "
                   "after long talks.").itinerary.published is None


def test_the_date_line_under_the_headline_is_no_section_but_a_days_heading_is() -> None:
    text = ("Ellis to visit the Gulf\n\nTHE PENTAGON\n\nMarch 10, 2025\n\n"
            "Defense Secretary Mark Ellis will travel to the Gulf this week for talks.\n\n"
            "Wednesday 12 March 2025 - DOHA\n\n09:00 Arrival in Doha")
    assert clock(text, dt.date(2025, 3, 10))[-1] == "2025-03-12"
    assert clock(text, dt.date(2025, 3, 10))[4] is None


def test_a_weekday_with_its_date_is_one_date() -> None:
    from itinerary.extraction.dates import find_dates

    assert [(e.text, e.kind, e.month, e.day) for e in find_dates("arrived on Sunday, August 17, and left")] == [
        ("Sunday, August 17", "explicit", 8, 17)]


def test_dates_written_with_the_and_of() -> None:
    from itinerary.extraction.dates import find_dates

    found = [(e.text, e.month, e.day, e.year) for e in find_dates(
        "On January the 21st 2004 he set off, and he left on the afternoon of the 25th of January.")]
    assert ("January the 21st 2004", 1, 21, 2004) in found and ("25th of January", 1, 25, None) in found


def test_a_day_told_in_a_one_sentence_paragraph_holds_for_the_next_paragraph() -> None:
    text = ("Secretary of State Mike Pompey arrived in the island on Tuesday (January 21) for a two-day visit.\n\n"
            "The plane landed at the Norman Manley International Airport in Kingston at about 6 p.m.")
    it = extract(text, published=dt.date(2020, 1, 22)).itinerary
    assert [(s.place.name, s.start) for s in it.stops] == [("Kingston", dt.date(2020, 1, 21))]
    # a paragraph of several sentences keeps its day to itself
    text = ("Secretary of State Mike Pompey arrived in Lima on Tuesday. He met the president. He left at night.\n\n"
            "The plane landed at the airport in Kingston at about 6 p.m.")
    it = extract(text, published=dt.date(2020, 1, 22)).itinerary
    assert [(s.place.name, s.start) for s in it.stops] == [("Lima", dt.date(2020, 1, 21)), ("Kingston", None)]


def test_is_currently_in_a_place_is_news_of_the_day_it_is_published() -> None:
    it = extract("Foreign Minister Heiko Maas is currently in Brussels.", published=dt.date(2018, 4, 13)).itinerary
    assert [(s.place.name, s.start) for s in it.stops] == [("Brussels", dt.date(2018, 4, 13))]


def test_a_title_case_dateline_with_a_colon_is_where_here_is() -> None:
    text = ("New Delhi: French President Emmanuel Macaron paid tribute at the Gandhi memorial here on Saturday.\n\n"
            "The French President arrived here on Friday and was received at the airport by the Prime Minister.")
    it = extract(text, published=dt.date(2018, 3, 10)).itinerary
    assert [(s.place.name, s.start) for s in it.stops][:1] == [("New Delhi", dt.date(2018, 3, 9))]
    # a label is not a dateline
    segs = segment("Watch: Prince William visits students at Cardiff Castle\n\nMore text follows here.")
    assert "dateline" not in [s.kind for s in segs]


def test_a_range_of_ordinal_days_of_a_month() -> None:
    from itinerary.extraction.dates import find_dates
    (e,) = find_dates("During the second leg of his visit to Senegal from 1st to 3rd of June")
    assert (e.kind, e.month, e.day, e.month2, e.day2) == ("explicit", 6, 1, 6, 3)


def test_a_day_of_the_traveler_s_background_does_not_move_the_story() -> None:
    text = ("Army Chief General Upendra Dwan on Wednesday morning arrived in Jammu and flew to the border district "
            "of Poonch.\n\nGeneral Dwan, who assumed charge as the chief of the Army on June 30, first visited the "
            "region.\n\nThe Army chief chaired a meeting of field commanders in Poonch.")
    r = extract(text, published=dt.date(2024, 7, 3))
    assert [(s.place.name, s.start) for s in r.itinerary.stops] == [
        ("Jammu", dt.date(2024, 7, 3)), ("Pūnch", dt.date(2024, 7, 3))]


def test_in_the_afternoon_under_the_next_heading_goes_on_with_the_day() -> None:
    text = ("The Vice President, Shri Jagdeep Dhan, will visit Assam and Manipur tomorrow.\n\nVice President in Assam\n\n"
            "In the forenoon, the Vice President will be visiting Dibrugarh, Assam. He will grace a convocation.\n\n"
            "The governor of Assam will also be present.\n\nVice President in Manipur\n\n"
            "In the afternoon, the Vice President will visit Dhanamanjuri University in Imphal, Manipur.")
    r = extract(text, published=dt.date(2023, 5, 2))
    assert [(s.place.name, s.start) for s in r.itinerary.stops] == [
        ("Dibrugarh", dt.date(2023, 5, 3)), ("Imphal", dt.date(2023, 5, 3))]


def test_a_visit_s_range_told_apart_dates_its_first_and_last_stops() -> None:
    text = ("Foreign Secretary William Hale will promote the economy on his visit from 17-21 January.\n\n"
            "Starting in Hong Kong the Foreign Secretary will deliver a keynote speech.\n\n"
            "In Sydney, he will deliver a speech. The Foreign Secretary will also attend a wreath laying ceremony "
            "at Auckland War Memorial.")
    r = extract(text, published=dt.date(2011, 1, 14))
    assert [(s.place.name, s.start, s.end) for s in r.itinerary.stops] == [
        ("Hong Kong", dt.date(2011, 1, 17), dt.date(2011, 1, 17)), ("Sydney", None, None),
        ("Auckland", None, dt.date(2011, 1, 21))]


def test_a_transit_via_a_city_comes_before_the_place_reached_and_both_take_the_day() -> None:
    text = "Senator Jane Ostrow arrived in Taipei through Manila late Tuesday in a Navy jet."
    r = extract(text, published=PUB)
    assert [(s.place.name, s.start) for s in r.itinerary.stops] == [
        ("Manila", dt.date(2025, 3, 11)), ("Taipei", dt.date(2025, 3, 11))]


def test_a_day_told_after_the_next_leg_is_that_legs_when_the_clause_opens_with_its_own() -> None:
    opened = "On Tuesday, Senator Jane Ostrow was in Mutare before going on to the border villages yesterday."
    alone = "Senator Jane Ostrow toured Mutare before flying home on Tuesday."
    assert [(s.place.name, s.start) for s in extract(opened, published=PUB).itinerary.stops] == [
        ("Mutare", dt.date(2025, 3, 11))]
    assert [(s.place.name, s.start) for s in extract(alone, published=PUB).itinerary.stops] == [
        ("Mutare", dt.date(2025, 3, 11))]


def test_a_plan_told_twice_is_one_run_of_stops() -> None:
    text = ("Chief Minister Asha Venkat is scheduled to visit Ballia and Varanasi on Friday. She will visit Ballia "
            "and Varanasi on Friday, the spokesman said.")
    r = extract(text, published=dt.date(2021, 6, 17))
    assert [(s.place.name, s.start) for s in r.itinerary.stops] == [
        ("Ballia", dt.date(2021, 6, 18)), ("Varanasi", dt.date(2021, 6, 18))]


def test_what_was_done_comes_before_what_is_planned_and_takes_no_day_to_come() -> None:
    text = ("Chief Minister Asha Venkat will visit Ballia on Friday.\n\n"
            "In Gorakhpur, she visited hospitals and reviewed development works.")
    r = extract(text, published=dt.date(2021, 6, 17))  # a Thursday
    assert [(s.place.name, s.start) for s in r.itinerary.stops] == [
        ("Gorakhpur", None), ("Ballia", dt.date(2021, 6, 18))]


def test_a_place_told_in_the_present_progressive_may_still_be_to_come() -> None:
    text = ("On Friday, NATO Secretary General Jens Halvorsen is visiting Sheppard Air Force Base in Wichita Falls. "
            "He is also visiting the Northern Command at Peterson Air Force Base in Colorado Springs.")
    r = extract(text, published=dt.date(2017, 11, 8))
    assert [s.place.name for s in r.itinerary.stops] == ["Wichita Falls", "Colorado Springs"]


def test_the_trips_own_range_dates_its_one_place() -> None:
    text = ("Mayor Lorna Whitfield will lead a delegation to Mexico City. The trip takes place from September 28th "
            "to October 2nd.")
    r = extract(text, published=dt.date(2022, 9, 23))
    assert [(s.place.name, s.start, s.end) for s in r.itinerary.stops] == [
        ("Mexico City", dt.date(2022, 9, 28), dt.date(2022, 10, 2))]


def test_a_trip_that_begins_on_a_weekday_dates_its_first_stop() -> None:
    ahead = "Mayor Lorna Whitfield will visit Mexico City. The four-day visit begins on Wednesday."
    begun = "Mayor Lorna Whitfield is visiting Mexico City. The visit began on Tuesday."
    published = dt.date(2022, 9, 23)  # a Friday
    assert [s.start for s in extract(ahead, published=published).itinerary.stops] == [dt.date(2022, 9, 28)]
    assert [s.start for s in extract(begun, published=published).itinerary.stops] == [dt.date(2022, 9, 20)]


def test_a_stay_of_days_concluded_on_a_day_began_days_before() -> None:
    two = "Foreign Minister Ana Vidal concluded a two-day visit to Lima on Wednesday."
    three = "Foreign Minister Ana Vidal on Wednesday concluded her three-day visit to Lima."
    tour = "Foreign Minister Ana Vidal wrapped up a three-day tour of bases on Wednesday at Naval Station Norfolk."
    assert [(s.start, s.end) for s in extract(two, published=PUB).itinerary.stops] == [
        (dt.date(2025, 3, 11), dt.date(2025, 3, 12))]
    assert [(s.start, s.end) for s in extract(three, published=PUB).itinerary.stops] == [
        (dt.date(2025, 3, 10), dt.date(2025, 3, 12))]
    # (the last stop of a longer tour is not the whole stay)
    assert [(s.start, s.end) for s in extract(tour, published=PUB).itinerary.stops] == [
        (dt.date(2025, 3, 12), dt.date(2025, 3, 12))]


def test_a_plan_for_a_day_just_before_the_story_went_out_is_this_years() -> None:
    text = ("Foreign Minister Ana Vidal arrived in Lima on Monday, March 10, the first leg of a tour that will take her "
            "to Quito on March 12 and Bogota on March 14.")
    assert [(s.place.name, s.start) for s in extract(text, published=PUB).itinerary.stops] == [
        ("Lima", dt.date(2025, 3, 10)), ("Quito", dt.date(2025, 3, 12)), ("Bogotá", dt.date(2025, 3, 14))]


def test_a_day_before_a_list_visited_and_a_weekday_range_after_a_list() -> None:
    before = "President Fernando Marquez yesterday visited Batanes and Ilocos Norte."
    assert [(s.place.name, s.start) for s in extract(before, published=dt.date(2024, 10, 5)).itinerary.stops] == [
        ("Batanes", dt.date(2024, 10, 4)), ("Ilocos Norte", dt.date(2024, 10, 4))]
    after = "Foreign Minister John Bairn will visit Singapore, Vietnam and Hong Kong from Sunday to Wednesday."
    assert [(s.place.name, s.start) for s in extract(after, published=dt.date(2013, 3, 8)).itinerary.stops] == [
        ("Singapore", dt.date(2013, 3, 10)), ("Vietnam", None), ("Hong Kong", None)]


def test_a_day_before_another_verb_is_that_verbs_and_numeric_dates() -> None:
    text = ("Prime Minister Ana Vidal arrived in Lima on Wednesday. She met President Boluarte on Thursday and left "
            "for Quito on Friday.")
    assert [(s.place.name, s.start) for s in extract(text, published=PUB).itinerary.stops] == [
        ("Lima", dt.date(2025, 3, 12)), ("Quito", dt.date(2025, 3, 14))]
    dotted = extract("Prime Minister Ana Vidal arrived in Lima on 10.03.2025.", published=PUB).itinerary.stops
    assert [s.start for s in dotted] == [dt.date(2025, 3, 10)]
    # (a slashed date whose month and day could be either is left alone)
    slashed = extract("Prime Minister Ana Vidal arrived in Lima on 03/04/2025.", published=PUB).itinerary.stops
    assert [s.start for s in slashed] == [None]


def test_a_lead_opened_by_last_week_tells_the_story_s_own_trip() -> None:
    assert [s.place.name for s in extract("Last week, Prime Minister Ana Vidal visited Lima.",
                                          published=PUB).itinerary.stops] == ["Lima"]
    later = "Prime Minister Ana Vidal arrived in Quito on Thursday. Last week, she visited Lima."
    assert [s.place.name for s in extract(later, published=PUB).itinerary.stops] == ["Quito"]


def test_a_place_and_a_date_alone_under_the_headline_is_the_date_line() -> None:
    from itinerary.extraction.story_time import publication_date

    text = ("President to Visit Mumbai\n\nRashtrapati Bhavan : 25.06.2008\nThe President of India, Smt. Pratibha "
            "Patel leaves New Delhi tomorrow on a five-day tour to Mumbai.")
    assert publication_date(segment(text), None) == dt.date(2008, 6, 25)
    # (a sentence that ends with its day is no date line)
    assert publication_date(segment("Voss arrived on 10.03.2025. She met the king."), None) is None
