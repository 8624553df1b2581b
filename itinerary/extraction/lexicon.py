"""Words of news prose about trips: how a story moves its traveler, and how it says a trip did not happen.

Kept apart from the logic so a reader can see, and extend, the vocabulary in one place.
"""

from __future__ import annotations

import re


def _forms(*words: str) -> frozenset[str]:
    return frozenset(w for group in words for w in group.split())


# Verbs and nouns that take a destination ("to", "into", "for", "toward") or a location ("in", "at").
MOTION = _forms(
    "travel travels traveled travelled traveling travelling fly flies flew flown flying move moves moved moving",
    "head heads headed heading go goes going gone went continue continues continued continuing proceed proceeds",
    "proceeded proceeding return returns returned returning arrive arrives arrived arriving land lands landed",
    "landing drive drives drove driven driving ride rides rode riding reach reaches reached reaching come comes came",
    "coming cross crosses crossed crossing sail sailed jet jets jetted jetting hop hopped carried carry carries take took takes",
    "taking brought bring bound depart departs departed departing leave leaves left leaving trip trips journey",
    "journeys visit visits visited visiting stop stops stopped stopover tour tours toured touring leg legs swing arrival departure",
    "pilgrimage mission flight flights train helicopter back due en route onward headed dash rushed make made",
    "get got gets relocate relocated shuttle shuttled motorcade convoy delegation lead leads led leading",
    "stopping stopped traveling headed visiting touring arriving landing flying driving touch touched touches",
    "touching swing swung swinging pass passed passes passing transit transited board boarded boards boarding",
    "plane aircraft taken getaway getaways accompany accompanies accompanied accompanying haul diverted rerouted",
    "stop-off stop-offs stop-over stop-overs stopoff off",
    # ("Von der Leyen will disembark on Monday in Brasilia")
    "disembark disembarks disembarked disembarking",
)
PRESENCE = _forms(
    "spend spends spent spending stay stays stayed staying be is was were are been being met meet meets meeting",
    # ("His engagements in South Africa will span across Pretoria, Johannesburg and Durban")
    "span spans spanned spanning",
    "hold holds held holding talks attend attends attended attending address addresses addressed addressing speak",
    "speaks spoke spoken speaking tell tells told telling deliver delivers delivered delivering sign signs signed",
    "join joins joined joining greet greets greeted greeting lay lays laid laying stood stand stands standing pray",
    "prays prayed praying celebrate celebrates celebrated celebrating thank thanks thanked board boarded boards",
    "chair chairs chaired chairing watch watched inspect inspects inspected inspecting participate participates",
    "participated participating part appear appears appeared begin begins began begun beginning start starts",
    "started starting end ends ended ending wrap wraps wrapped wrapping conclude concludes concluded concluding",
    "open opens opened opening kick kicked receive receives received welcome welcomes welcomed review reviewed",
    "summit conference ceremony session lunch dinner speech rally event forum reporters visit visits stay",
    "audience audiences engagement engagements view views viewed viewing survey surveys surveyed surveying",
    "appearance appearances availability",
    "conduct conducts conducted conducting meetings consultations days nights host hosts hosted hosting",
    "remain remains remained tour toured touring sit sat sitting dine dined eat ate eating rest rested overnight",
    "overnighted present presided preside honor honored honoured mark marked marks commemorate commemorated",
    "worship worshipped visiting visited vigil wreath talk talked address spoke negotiate negotiated announced",
    "hand hands handed handing award awarded awarding unveil unveiled unveiling inaugurate inaugurated dedicate",
    "dedicated observe observed observing launch launched launching pin pinned presented presenting decorate",
    "decorated shake shook greeted tours touring canvass campaign campaigns campaigned campaigning rallied stump stumped",
    "introduce introduced introduces introducing rallying rally rallies hosted engage engages engaged engaging",
    "vacation vacations vacationing vacationed holiday holidays holidaying holidayed",
    "lecture lectures lectured lecturing transfer transferring transferred",
    # an official's day at home ("commissioned a hospital in Tamale", "interacted with students in Leh")
    "commission commissions commissioned commissioning interact interacts interacted interacting distribute",
    "distributes distributed distributing grace graces graced gracing witness witnessed witnessing assess",
    "assessed assessing sod-cutting groundbreaking ribbon-cutting sod condole condoled condoles condoling mourn",
    "mourned mourning sympathise sympathised sympathize sympathized console consoled commiserate commiserated",
    "mobbed foot hosted",
)
# Verbs whose "in"/"at" place is the object's, not the subject's: "condemned the attack in Gaza", "invested in
# Texas", "deployed troops in Estonia", "was born in Lahore"
NOT_PRESENCE = _forms(
    "condemned criticised criticized expressed discussed warned highlighted praised cited mentioned denounced blamed",
    "supported backed invested killed bombed attacked targeted sanctioned deployed sent stationed based located born",
    "raised educated studied worked lived served elected arrested jailed detained imprisoned buried married",
    "hospitalised hospitalized treated injured wounded trained aimed fired approved allocated funded financed",
    "threatened ordered directed instructed asked requested appealed demanded proposed suggested recommended claimed",
    "alleged accused reported recalled lauded hailed commended congratulated interested involved engaged embroiled",
    "posted appointed named nominated ranked listed registered headquartered rooted grounded stranded",
    "occurred happened erupted started escalated intensified continued increased decreased improved worsened",
    "believed hoped feared expected wanted needed tried failed refused agreed decided planned announced",
    "confirmed denied revealed disclosed stated said put set got",
)
# Verbs of saying whose "in" is where the speaker was ("stated in Tamale on Monday", "said this in Tamale")
SAYING = _forms(
    "said says stated states noted notes pledged pledges declared declares disclosed discloses remarked remarks",
    "revealed reveals added adds explained explains insisted insists emphasised emphasized stressed stresses vowed vows",
)
# Verbs of speaking to an audience there ("assured farmers in Tamale", "told troops at Bagram")
ADDRESSING = _forms("told tells assured assures promised promises urged urges charged implored implores briefed briefs")
# Verbs whose direct object is the place ("visited Jordan", "reached the Ukrainian capital").
DIRECT = _forms(
    "visit visits visited visiting reach reaches reached reaching tour tours toured touring enter enters entered",
    "entering leave leaves left leaving depart departs departed departing circle circled arrived arrives",
    "traverse traverses traversed traversing crisscross crisscrosses crisscrossed crisscrossing",
    # ("Premier Li Keqiang inspected Tongren city and Guiyang city")
    "inspect inspects inspected inspecting",
)
# Verbs whose direct object is an event the traveler is at ("addressed the Shangri-La Dialogue").
EVENT_DIRECT = _forms(
    "attend attends attended attending address addresses addressed addressing join joins joined joining chair",
    "chairs chaired chairing open opens opened opening lead leads led leading headline headlined tell tells told",
    "telling host hosts hosted hosting",
)
ORIGIN_VERBS = _forms("leave leaves left leaving depart departs departed departing")
PREPOSITIONS = _forms("to in at into for on near outside from via through toward towards inside onto around within across")
# Nouns a place can be "of": "the Polish border town of Przemysl", "the suburb of Irpin"
# Words after a place name that make it the region around it ("the Donetsk region", "Ngara District")
REGION_WORDS = _forms("region oblast province governorate prefecture district county area")
PLACE_NOUNS = _forms(
    "town city village port capital suburb region province state island resort enclave hub outpost district",
    "county base area outskirts center centre heart site corner corners megacity metropolis municipality shrine",
    "sanctuary nation country archipelago ocean cities towns capitals villages provinces states islands regions",
    "countries nations districts counties areas municipalities prefectures ports terminal terminals premises",
)
FILLER = _forms("the a an its his her their u.s. us")
# Adjectives that may stand between a preposition and a place ("the war-torn eastern city of").
MODIFIERS = _forms(
    "beach seaside coastal lakeside hilltop mountain",
    "ancient historic old coastal border port frontline front-line nearby neighbouring neighboring remote small",
    "tiny key strategic rural besieged devastated battered embattled seaside mountain desert island industrial",
    "northern southern eastern western central north south east west northeastern northwestern southeastern",
    "southwestern holy sacred occupied annexed disputed divided flooded ruined bombed shattered famous tourist",
    "sprawling bustling quiet major largest biggest second-largest capital border-crossing last first second",
    "third final annual next latest upcoming inaugural regular informal emergency extraordinary special formal",
    "official state traditional yearly biennial closing opening one most domestic international main new",
    # ("visited forward areas of Jammu", "toured affected areas of Cebu", "outlying villages of Tamale")
    "forward affected outlying interior hinterland far-flung hilly tribal riverine low-lying",
)
# Nouns that can stand between a preposition and an event or place: "the high-level week of the U.N. General
# Assembly", "the sidelines of the summit", "the 1,700th anniversary of".
EVENT_PARTS = _forms("week session meeting summit edition opening sidelines margins anniversary start end close front")
# Nouns that take a place as their own complement ("the conflicts in Ukraine"): a verb further left does not govern it.
BLOCKING = _forms(
    "conflict conflicts war wars fighting attack attacks strike strikes border borders situation crisis grid",
    "guarantees guarantee deliveries delivery aid interests ties relations tensions sanctions elections election",
    "economy embassy consulate operations offensive ceasefire peace casualties violence protests shipping exports",
    "imports tariffs trade deal agreement law influence policy role claim claims occupation invasion threat",
    "threats weapons missiles drones interceptors shells equipment systems hubs depots investment investments",
    "shortages spending debt prices market markets future security stability issued released published said",
    "says told adds added statement statements activity activities drills exercises patrols deployment deployments",
    "support assistance commitment commitments hostages prisoners detainees captives cargo freight goods shipments",
    "containers developments",
    # a state of affairs: "a political transition in the United States", "unrest in Kenya"
    "transition transitions turmoil unrest upheaval uncertainty instability",
    # a topic: "the visit will focus on the railway project in Zambia and Congo" says what the trip is about
    "focus focuses focused focusing",
    # casualties and bombardment: "leaving two dead in Kherson", "shelling in Sumy" say where harm was done
    # (not "wounded": "visited wounded soldiers at a hospital in" is a visit)
    "dead killed injuring killing shelling shelled bombing bombed bombardment airstrike airstrikes",
    "explosion explosions blasts debris",
    # aggression and its harms: "called for an end to Israeli aggression in Gaza"
    "aggression atrocities genocide killings massacre massacres hostilities crackdown abuses famine bloodshed",
    "escalation incursion incursions",
)
# Last words of a site's name: a canal or a dam is seen on a stop, it is not a stop ("visit the Panama Canal")
SITE_WORDS = _forms("canal dam falls glacier waterfall gorge volcano monument reserve park")
# Building names that many cities have ("Parliament House", "the Presidential Palace", "City Hall")
GENERIC_BUILDING_WORDS = _forms(
    "the of parliament house presidential palace city hall national stadium government state town cathedral",
    "airport international university museum assembly senate building royal federal capitol square central",
    "main old new tomb unknown soldier war memorial cenotaph",
)
# Nouns whose "on X" is a topic, not a place ("talks on Ukraine").
TOPIC_NOUNS = _forms(
    "talks focus focused views agreement pressure position stance briefing report hearing remarks comments",
    "emphasis deal discussions negotiations consultations update updates questions lecture speech vote votes",
    "sanctions cooperation policy strategy resolution statement spoke speaking spoke",
)
REPORTING = _forms("said says told tells added adds noted notes stated states announced announces warned warns argued",
                   "insisted insists confirmed confirms reported reports wrote writes explained explains",
                   "stressed stresses underscored underscores emphasized emphasised emphasizes emphasises recalled",
                   "acknowledged acknowledges argued")
# Lower-case nouns after a place that make the place a modifier ("the Gaza war", "the Ramstein format").
MODIFIED_NOUNS = _forms(
    "war wars conflict crisis border government officials authorities forces troops army military format",
    # "the Labour Party's victory in the UK elections": a vote named after the country
    "election elections polls referendum",
    "economy accord accords agreement deal process policy embassy ceasefire shipping region's delegation",
    "team leadership issue question file dossier talks-format model style customers clients companies firms",
    "businesses manufacturers farmers producers exporters investors lawmakers counterparts",
    # "a review meeting on Godavari floods": the disaster named after a river or a place
    "flood floods flooding earthquake quake cyclone storm",
    # "at the Kalayaan grounds of the palace": a named part of a building
    "grounds",
    # "Commerce secretary also to accompany ...": an office named for its field
    "secretary minister ministry department",
    # "met the king at the Zarzuela palace": a palace named for a place, not that place
    "palace",
)
# Words before a person that make the person an object, not the subject.
OBJECT_PRECEDERS = _forms(
    "met meet meets meeting with by for of to from told tell tells asked urged thanked greeted joined join called",
    "invited invite hosted host hosts receive received welcomed welcome accompanied accompany about against than",
    "like sent saw see seeing visited telling urging thanking meeting accompanying hosting receiving welcoming",
    "between behind toward towards under over alongside among including carrying carried",
)
GROUPS = _forms(
    "officials envoys aides analysts delegation delegations troops soldiers diplomats lawmakers leaders ministers",
    "spokesman spokeswoman spokesperson agencies governments government ministry marines members passengers",
    "airmen crews visitors allies protesters investors executives negotiators reporters journalists residents",
    "forces authorities militants rebels police families relatives pilots workers critics supporters",
    "carrier carriers ship ships vessel vessels destroyer destroyers submarine submarines bombers jets fighters",
    "brigade brigades battalion battalions division divisions unit units battery batteries convoys olympics",
    "championships tournament expo faculties universities institutions companies firms presidents predecessors popes",
)
# The traveler's own conveyance as a subject: "Air Force One touched down at ..."
CONVEYANCE = re.compile(r"\b(?:Air\s+Force\s+(?:One|Two)|Marine\s+One|Shepherd\s+One|(?:the|his|her)\s+(?:presidential|papal|royal|"
                        r"official)?\s*(?:plane|jet|aircraft|helicopter|motorcade|convoy|train)|"
                        # "the royal party will take the short drive to Government House"
                        r"(?:the|his|her)\s+(?:royal|presidential|papal|official|vice-presidential|ministerial)\s+"
                        r"(?:party|entourage))\b")
PRONOUNS_SUBJECT = _forms("he she")
# "the Secretary-General's Personal Envoy", "Biden's national security adviser": someone else, the traveler's own
AIDE_AFTER = re.compile(r"(?:'s|’s)\s+(?:[\w-]+\s+){0,3}?(?:[Ee]nvoy|[Aa]dviser|[Aa]dvisor|[Rr]epresentative|[Ss]pokes(?:man|woman|person)|"
                        r"[Dd]eputy|[Cc]hief\s+of\s+[Ss]taff|aides?|wife|husband|son|daughter|team|office|ministry)\b")
PRONOUNS_OBJECT = _forms("him her")
STORY_TRIP = re.compile(r"\b(?:[Tt]he|[Tt]his|[Hh]is|[Hh]er)\s+(?:\w+\s+){0,2}?(?:trip|tour|visit|journey|swing|pilgrimage|itinerary)\b")

# --- how a story says a trip did not (or will not) happen -----------------------------------------
NEGATION = re.compile(
    # ("will not only meet ministers in Addis Ababa but also visit the African Union": no denial)
    r"\b(?:not(?!\s+only\b)|n't(?!\s+only\b)|never|no\s+longer|no\s+plans?|no\s+trip|neither|nor|without|declined\s+to|refused\s+to|won't|"
    r"dropped|scrapped|left\s+off|called\s+off|initially\s+(?:envisaged|planned|scheduled|foreseen)|"
    r"take\s+place\s+at\s+a\s+later\s+date|cancell?ed|cancell?ing|(?:may|might|could|would|will|to)\s+cancel|cancels|(?:had|have|has)\s+to\s+cancel|(?:may|might|could)\s+be\s+replaced|postponed|shelved|pushed\s+back|put\s+off|deferred|abandoned|ruled\s+out|skip(?:s|ped|ping)?|"
    r"no\s+date\s+(?:has|had)\s+(?:yet\s+)?been\s+set|whether|in\s+place\s+of|in\s+(?:his|her|the\s+[\w-]+(?:\s+[\w-]+)?(?:'s|’s))\s+place|"
    r"on\s+(?:his|her)\s+behalf|stand(?:s|ing)?\s+in\s+for|considered\s+(?:a|an|visiting|going|traveling|travelling|stopping|making|sending)|was\s+considered|were\s+considered|off\s+the\s+(?:schedule|itinerary|agenda)|"
    r"pulled\s+out|withdrew|withdrawn|unable\s+to|could\s+not|couldn't|barred|denied|blocked|has\s+yet\s+to|have\s+yet\s+to|"
    r"removed\s+from|struck\s+from|had\s+(?:also\s+|originally\s+|initially\s+|once\s+)?(?:hoped|planned|intended)|had\s+been\s+(?:due|expected|scheduled|set|slated|"
    r"planning|supposed)|was\s+supposed\s+to|had\s+originally|originally\s+(?:included|planned|scheduled|meant|intended|slated|set|due|expected)|"
    r"was\s+to\s+have|wish\s+list|would\s+have|if\s+(?:he|she)|(?<!at the )(?<!accepting the )(?<!accepted the )(?<!accepts the )(?<!at the cordial )(?<!at the kind )(?<!at the special )(?<!at the official )(?<!on an )(?<!on the )(?<!at an )(?<!upon the )(?<!upon an )invitations?|invit(?:ed|es|ing)|(?:some|unconfirmed)\s+media\s+report(?:s|ed)?|rumou?r(?:s|ed)?|speculation|unconfirmed|"
    r"hopes?\s+to|hoped\s+to|hoping\s+to|wants?\s+to|wanted\s+to|would\s+like\s+to|(?:may|could)\s+(?:also\s+|still\s+|even\s+)?(?:visit|travel|go|stop|head|fly|make|attend|drop\s+in)|might|"
    r"possible|possibly|possibility|door\s+open|open\s+to\s+a\s+(?:trip|visit)|"
    r"consider(?:s|ing)?|mulling|weighing|declined|refuses)\b",
    re.I,
)
# An event the trip is compared with ("It coincides with a summit in Washington") is not part of it.
ELSEWHERE = re.compile(r"\b(?:coincid(?:e|es|ed|ing)\s+with|prepar(?:e|es|ed|ing)\s+for|in\s+preparation\s+for|overlap(?:s|ped|ping)?\s+with|clash(?:es|ed)?\s+with|"
                       r"at\s+the\s+same\s+time\s+as|while\s+(?:a|an|the)\s+\w+\s+(?:was|is)\s+(?:under\s+way|held))\b",
                       re.I)
# "instead of flying to Paris", "rather than Kyiv": what follows is not where the traveler went
INSTEAD_BEFORE = re.compile(r"\b(?:rather\s+than|instead\s+of)\b[^,;.]{0,60}$", re.I)
# A later clause that takes the trip back: "..., but that visit has been postponed as well"
TAKEN_BACK = re.compile(r"\bbut\s+(?:that|the|this|both|those|these)\s+(?:visit|trip|stop|leg|legs|plan|plans|tour)\s+"
                        r"(?:has|have|had|was|were|is|are)\s+(?:now\s+)?(?:been\s+)?(?:postponed|cancell?ed|scrapped|dropped|"
                        r"called\s+off|shelved|put\s+off|delayed)\b", re.I)
# Another trip than the story's: "The next journey is already on the calendar: ... Luxembourg and Belgium"
OTHER_TRIP = re.compile(r"\b(?:(?:[Tt]he|[Hh]is|[Hh]er|[Aa])\s+(?:next|later|following|upcoming)|separate)\s+(?:\w+\s+)?"
                        r"(?:journey|trip|tour|visit|foray)s?\b|"
                        # "the next ... Foreign Ministers' Meeting will be held in Tokyo": a later round, not this trip
                        r"\b[Tt]he\s+next\s+(?:[\w\"'“”’-]+\s+){0,8}?(?:[Mm]eeting|[Ss]ummit|[Ss]ession|[Rr]ound|[Cc]onference)\s+"
                        r"(?:will|is\s+(?:to|due|set|scheduled)|would)\b")
# A host stays home: "China will host the SCO Summit in Tianjin"
# (not the guest's passive: "she was hosted in Tamale by the chiefs")
HOSTING = re.compile(r"\b(?<!was\s)(?<!were\s)(?<!being\s)(?<!been\s)(?:will\s+host|hosts|hosted|is\s+hosting|to\s+host|host)\b"
                     r"(?!\s+by\b)[^,;.]*$", re.I)
# A meeting held at a distance is not a visit.
REMOTE = re.compile(r"\b(?:by\s+(?:tele)?phone|phone\s+call|(?:tele)?phoned|by\s+video|video\s*(?:link|call|conference)|"
                    r"video\s+(?:address|message|remarks|statement|speech)|pre-?recorded|"
                    r"videoconference|virtually|remotely|online\s+meeting|by\s+letter|in\s+a\s+(?:call|letter))\b", re.I)
PAST_MARKERS = re.compile(
    r"\b(?:previous|previously|earlier\s+(?:trips?|visits?|tours?|stops?|rounds?|meetings?|sessions?|this\s+year|in\s+the\s+year)|first\s+term|second\s+term|"
    r"recent\s+(?:trips?|visits?|tours?|travels)|on\s+the\s+heels\s+of|"
    # "Merkel's trip to China follows visits to Washington ... and to Sochi": trips before this one (but "Her visit
    # Wednesday afternoon followed visits to Kirkland Lake": stops before this one)
    r"(?:trip|tour|journey)\b[^.;]{0,40}?\b(?:follows?|followed|comes?\s+after|came\s+after)\s+"
    r"(?:(?:his|her|their|a|an|recent|earlier|similar)\s+)*(?:[\w-]+\s+)?(?:visits?|trips?|tours?)\s+to|"
    r"(?:a|one|two|three|four|five|six|several|\d+)\s+(?:years?|months?|decades?)\s+(?:ago|after|earlier)|(?<!while\s)(?<!moments\s)(?<!minutes\s)(?<!hours\s)(?<!hour\s)ago|last\s+(?:year|month|week|"
    r"summer|spring|autumn|fall|winter|time|january|february|march|april|may|june|july|august|september|october|"
    r"november|december)|most\s+recent|once|in\s+the\s+past|used\s+to|"
    r"during\s+an\s+earlier|on\s+an\s+earlier|years\s+earlier|(?:the|over\s+the)\s+(?:past|previous)\s+(?:few\s+|several\s+|two\s+|three\s+)?(?:weeks?|months?|years?)|that\s+(?:spring|summer|autumn|fall|winter)|"
    r"as\s+a\s+(?:teenager|child|boy|girl|schoolboy|schoolgirl|student|young\s+\w+|missionary|priest|seminarian|"
    r"cadet|soldier|junior\s+\w+)|in\s+(?:his|her)\s+youth|"
    r"later\s+that\s+year|earlier\s+that\s+year|the\s+(?:previous|following)\s+(?:year|spring|summer|autumn|fall|winter)|"
    r"(?:his|her)\s+last\s+(?:visit|trip|tour)\s+(?:to|as)|last\s+(?:visited|met|held|traveled|travelled|"
    r"went|toured|was|stopped|came))\b",
    re.I,
)
# A time phrase that opens a sentence and dates all of it: "Last October, ...", "In April, ...", "That autumn, ..."
LEAD_TIME = re.compile(r"^\W*(?:(?:In|Last|That|During|Back\s+in|Earlier|Later|Years|Months|Since)\b[^,;—–]{0,40}?,|"
                       r"In\s+[A-Z][\w.'’ -]{0,30}?\s+that\s+(?:spring|summer|autumn|fall|winter|year)\b)")
# Verbs that start a trip, as a pattern fragment: "began his tour", "will kick off a visit"
BEGIN_VERBS = r"begin|begins|began|start|starts|started|kick\s+off|kicks\s+off|kicked\s+off"
FUTURE = re.compile(
    r"\b(?:will|shall|['’]ll|(?:is|[’']s)\s+(?:due|scheduled|expected|set|slated|planning|poised|to)|are\s+(?:due|scheduled|expected|"
    r"set|slated|planning|to)|was\s+(?:due|scheduled|expected|set|slated|to)|were\s+(?:due|scheduled|expected|to)|"
    r"would|plans?\s+to|planned|intends?\s+to|to\s+(?:visit|travel|make|attend|fly|go|lead|meet|head|stop)|"
    r"upcoming|next\s+week|next\s+month|tomorrow|announced|is\s+going\s+to|are\s+going\s+to)\b",
    re.I,
)
FIRST_CUE = re.compile(
    r"\b(?:first(?!\s+(?:visit|trip|time|tour|foreign|overseas|official|state|wartime|journey|trip))|began|begin|begins|beginning|started|start|starts|starting|opened|opens|opening|kicked\s+off|"
    r"kick\s+off|kicks\s+off)\b", re.I)
LAST_CUE = re.compile(
    r"\b(?:(?:ending|end|ends|ended)(?!\s+(?:the|his|her)\s+(?:day|morning|afternoon|evening))|"
    r"wrap(?:ped|s|ping)?\s+up|final|finally|conclude[sd]?|concluding|last\s+stop|"
    r"last\s+leg|close[sd]?\s+(?:the|his|her)\s+(?:trip|tour|visit))\b", re.I)
# Words between a verb and a place that make the stop a return ("returned to", "back in", "again").
RETURN_CUE = re.compile(r"\b(?:return(?:ed|s|ing)?|back|again)\b", re.I)
HOME_CUE = re.compile(r"\b(?:home|homeward)\b", re.I)
WEAK_PRESENCE = re.compile(
    r"\b(?:told|tells|telling|said|says|speaking|spoke|speaks)\s+(?:to\s+)?(?:reporters|journalists|a\s+news\s+conference|"
    r"a\s+press\s+conference|the\s+press|a\s+briefing|a\s+gathering|an\s+audience|troops|students|the\s+media)?\s*(?:\w+\s+){0,3}?(?:in|at)\s*$",
    re.I,
)
# Words after a name that make it the actor or a modifier, not a list item ("the Holy See press office said").
NOT_LIST_FOLLOWERS = MODIFIED_NOUNS | REPORTING | _forms(
    "press office spokesman spokeswoman spokesperson statement ministry embassy officials authorities leaders people",
    "has have had is was were are will would could should may might must can")
# Clause breaks: contrast and relative clauses start a new scope for negation and tense.
CLAUSE_BREAK = re.compile(r";|:\s|—|–|\s-\s|,\s+but\b|,\s+while\b|,\s+whereas\b|,\s+although\b|,\s+though\b|\bbut\s+(?=he|she|they)")
RELATIVE_START = re.compile(r"^\s*(?:(?:near|from|in|at|to|by|of|through|during|after)\s+)?(?:which|who|whom|whose|where|when)\b", re.I)
EVENT_PHRASE = re.compile(
    r"\b(?:the\s+)?((?:[A-Z0-9][\w.'’&-]*\s+(?:(?:of|the|and)\s+(?=[A-Z0-9]))?){1,6}"
    r"(?:Summit|Meeting|Conference|Dialogue|Forum|Assembly|Ministerial|Council|Session|Games|Ceremony|Congress|"
    r"Symposium|Convention|Talks|Retreat|Festival|Mass|Liturgy|summit|ceremony|conference|forum|meeting))\b"
)
MET = re.compile(
    r"\b(?:met(?:\s+with)?|meet(?:s|ing)?(?:\s+with)?|talks\s+with|sat\s+down\s+with|sitting\s+down\s+with|"
    r"received\s+by|hosted\s+by|joined\s+by|joining|joined|greeted\s+by|spoke\s+with|speak\s+with|lunch\s+with|"
    r"dinner\s+with|audience\s+with|will\s+receive|received)\s+"
)

# "..., where he started his trip to the Middle East on Sunday": the place the trip began
BEGAN_HERE = re.compile(r"\s*(?:,\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})?\s*,\s*where\s+(?:he|she|they|the\s+\w+|[A-Z]\w+)\s+"
                        r"(?:had\s+)?(?:started|began|begun|kicked\s+off|opened|launched)\s+(?:his|her|their|the)\s+"
                        r"(?:[\w-]+\s+){0,3}?(?:trip|tour|visit|journey|swing|travels?)\b")


# --- how a programme tells its items -------------------------------------------------------------
# a timed item opening its line: "Grant County Town Hall, 8 a.m.-9 a.m. at ...", "1-2:30 p.m., Bonham City Hall, ..."
# (not prose that tells a time: "touched down at the Jubilee lounge at exactly 10:06 am")
_CLOCK = r"(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s*(?:a\.\s?m\.|p\.\s?m\.|a\.?m\b|p\.?m\b)?"
TIMED_ITEM = re.compile(rf"\W*(?:[A-Z][^,.;]{{0,60}},\s*)?{_CLOCK}\s*(?:[-–]\s*{_CLOCK}\s*)?(?:,|\bat\b)")
