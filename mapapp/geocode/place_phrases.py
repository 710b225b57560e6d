"""What an incident's own words say about where its place lies, read from its evidence sentences.

The placement rules (:mod:`mapapp.geocode.placement`, :mod:`mapapp.geocode.document_placement`) ask these
questions of the text, never of the gazetteer: do the words right after a name put it in a covered governorate
("X village in the Raqqa countryside": :func:`puts_in_governorate`); does a sentence put the incident abroad
("in Turkey's Sanliurfa province": :func:`told_abroad`), name a country or region abroad (:func:`abroad_re`),
a province that is not a covered governorate (:func:`names_another_province`) or a Syrian governorate mapapp
does not cover (:func:`uncovered_governorate_named`); does it call a name a village (:func:`called_a`).
Each is one bounded regex pass over a sentence (alternations of literal names, no backtracking).

The extractor's readers of the same text (:func:`mapapp.extract.toponyms.find_governorates`, and in the placement
modules ``locating_starts`` and ``told_as_origin``) are imported where they are used, as the pipeline did: importing
:mod:`mapapp.extract` loads every stage of the extractor, which ``import mapapp.geocode`` does not need.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mapapp.geocode.resolver import DIRECTION_WORD
from mapapp.geocode.sources import COUNTRIES_BEYOND_COUNTRY_TABLE, abroad_country_names, neighbour_country_names
from mapapp.model import GOVERNORATES, Incident, Span, Toponym

#: What stands between a name and the covered governorate its own words put it in: "X village in the", "X, in the
#: northern", "X in the eastern countryside of", "X of".
_IN_GOVERNORATE_GAP_RE = re.compile(
    r"(?:\s+(?:village|town|hamlet|area))?,?\s+(?:(?:a|the)\s+(?:village|town|hamlet)\s+)?(?:in|of)\s+(?:the\s+)?"
    rf"(?:{DIRECTION_WORD}(?:ern)?\s+)?(?:(?:countryside|desert|province|governorate)\s+of\s+"
    r"(?:the\s+)?)?",
    re.IGNORECASE,
)


def sentence_of(incident: Incident, toponym: Toponym) -> Span | None:
    """The evidence sentence of ``incident`` that ``toponym`` starts in (the first, if spans overlap), else None."""
    return next((span for span in incident.evidence if span.start <= toponym.span.start < span.end), None)


def puts_in_governorate(incident: Incident, primary: Toponym, governorate: str) -> bool:
    """True when the words right after ``primary`` in its evidence put it in ``governorate`` ("X village in the
    Raqqa countryside", "X, in the eastern Deir ez-Zor countryside", "X in Hasakah province")."""
    from mapapp.extract.toponyms import find_governorates

    span = sentence_of(incident, primary)
    if span is None:
        return False
    gap = _IN_GOVERNORATE_GAP_RE.match(span.text, primary.span.end - span.start)
    if gap is None:
        return False
    found = find_governorates(span.text[gap.end() : gap.end() + 40])
    return bool(found) and found[0].start == 0 and found[0].governorate == governorate


#: "Diyala province", "the province of Idlib": a capitalised name right before or after the word province.
_PROVINCE_BEFORE_RE = re.compile(r"[A-Z][\w'’-]*\s+(?:province|governorate)\b")
_PROVINCE_OF_RE = re.compile(r"\b(?:province|governorate)\s+of\s+(?:the\s+)?[A-Z]")


#: The countries beyond Syria's neighbours in the gazetteer's country table
#: (:data:`~mapapp.geocode.sources.COUNTRIES_BEYOND_COUNTRY_TABLE`), and the Iraqi regions and cities that reports on
#: north-east Syria name beside its villages.
_ABROAD_NAMES_BEYOND_COUNTRY_TABLE: tuple[str, ...] = (
    *COUNTRIES_BEYOND_COUNTRY_TABLE, "Kurdistan Region", "Iraqi Kurdistan", "Anbar", "Nineveh", "Ninawa",
    "Mosul", "Sinjar", "Erbil", "Baghdad",
)


@lru_cache(maxsize=1)
def abroad_re() -> re.Pattern[str]:
    """A country or region abroad named in a sentence ("In Iraq, near X", "in the Kurdistan Region"): an unknown place
    of that sentence may lie there. Syria's neighbours come from the country table the embedded gazetteer is built
    from; one alternation of literal names, longest first (no backtracking)."""
    names = sorted({*neighbour_country_names(), *_ABROAD_NAMES_BEYOND_COUNTRY_TABLE}, key=lambda n: (-len(n), n))
    return re.compile(r"\b(?:" + "|".join(re.escape(name) for name in names) + r")\b")


#: A country abroad as where something happened: "in Turkey's Sanliurfa province", "inside Iraq", "across the border in
#: Turkey", "In Iraq, near X", "in northeastern Jordan". Not "Turkey-backed factions" or "Turkish drones": only after a
#: locative word (of any case; the country's name as written).
_IN_COUNTRY_ABROAD_WORDS = (
    r"\b(?i:in|inside|into|across\s+the\s+border\s+in)\s+(?i:neighbou?ring\s+)?"
    rf"(?i:{DIRECTION_WORD}(?:ern)?\s+)?"
)


#: The adjectives of the neighbours whose towns a report on north-east Syria names only when it goes there ("Iraqi
#: forces", "a Lebanese town"), in the group ``adjective``; not "Turkish" (Turkish drones strike the covered area daily)
#: nor "Israeli".
NEIGHBOUR_ADJECTIVE_RE = re.compile(r"\b(?P<adjective>Iraqi|Lebanese|Jordanian)\b")
#: The country of each adjective of :data:`NEIGHBOUR_ADJECTIVE_RE`.
NEIGHBOUR_OF_ADJECTIVE = {"Iraqi": "Iraq", "Lebanese": "Lebanon", "Jordanian": "Jordan"}


@lru_cache(maxsize=1)
def in_country_abroad_re() -> re.Pattern[str]:
    """A country abroad told as where something happened (:data:`_IN_COUNTRY_ABROAD_WORDS`), or labelling its line
    ("Iraq: jets struck hideouts in X", "Iraq | ..."), its name in the group ``country``: Syria's neighbours from the
    gazetteer's country table, and the countries beyond it."""
    names = "|".join(re.escape(n) for n in sorted(set(abroad_country_names()), key=lambda n: (-len(n), n)))
    label = rf"^[^\w\n]{{0,4}}(?=(?:{names})\s*[:|]\s)"
    return re.compile(rf"(?:{_IN_COUNTRY_ABROAD_WORDS}|{label})(?P<country>{names})\b")


@lru_cache(maxsize=1)
def _country_apposition_re() -> re.Pattern[str]:
    """", Iraq," right after a name: a comma, a country abroad, then the end of the apposition (a punctuation mark or the
    end of the text), so that "X, Turkey-backed factions said" or "X, Turkey's drones" is no apposition."""
    names = sorted(set(abroad_country_names()), key=lambda n: (-len(n), n))
    return re.compile(r",\s*(?P<country>" + "|".join(re.escape(n) for n in names) + r")(?=\s*(?:[,.;:)]|$))")


def country_after(span: Span, toponym: Toponym) -> str | None:
    """The country abroad written right after ``toponym`` as its apposition ("near X, Iraq, two strikes ...", the way
    military releases write every place: "near Y, Syria"), else None. ``span`` is the evidence holding the toponym."""
    match = _country_apposition_re().match(span.text, toponym.span.end - span.start)
    return match.group("country") if match else None


#: Cities abroad that reports on north-east Syria tell events in, as the owner of a street or site ("a blast in
#: Izmir's Alsancak district", "Ankara's Kizilay square"): the event lies in that city.
_CITIES_ABROAD: tuple[str, ...] = (
    "Istanbul", "Ankara", "Izmir", "Gaziantep", "Sanliurfa", "Şanlıurfa", "Urfa", "Kilis", "Mardin", "Nusaybin",
    "Ceylanpinar", "Ceylanpınar", "Akcakale", "Akçakale", "Suruc", "Suruç", "Diyarbakir", "Diyarbakır", "Hatay",
    "Mosul", "Erbil", "Baghdad", "Sinjar", "Duhok", "Sulaymaniyah",
)
_CITY_ABROAD_OWNING_RE = re.compile(
    r"\b(?P<country>" + "|".join(re.escape(n) for n in sorted(_CITIES_ABROAD, key=lambda n: (-len(n), n))) + r")['’]s\s+"
    # a named site of the city (not "Ankara's defence ministry", "Ankara's drones": the government)
    r"(?:[A-Z][\w-]*\s+){0,3}?(?i:avenue|street|square|district|neighbou?rhood|airport|station|market|bazaar|quarter|"
    r"road|park|mall|bridge|port|harbou?r|university|hospital|stadium)\b"
)


def told_abroad(incident: Incident) -> str | None:
    """The country abroad the incident's own sentences put it in ("in Turkey's Sanliurfa province"), or the city abroad
    that owns its street or site ("in Izmir's Alsancak district"), or None: an incident that names no place of its
    own takes the article's place context only when its text does not say it happened abroad."""
    pattern = in_country_abroad_re()
    for span in incident.evidence:
        match = pattern.search(span.text) or _CITY_ABROAD_OWNING_RE.search(span.text)
        if match:
            return match.group("country")
    return None


def called_a(toponym: Toponym, words: str) -> re.Pattern[str]:
    """What calls ``toponym`` one of ``words`` (a regex alternation): "the village(s) of X", "X village"."""
    name = re.escape(toponym.text)
    return re.compile(rf"\b{words}s?\s+of\s+(?:the\s+)?{name}\b|\b{name}\s+{words}\b", re.IGNORECASE)


#: Words that call a name a part of a town or a spot in one: "the X neighbourhood", "X quarter", "the X roundabout",
#: "the X crossroads", "X square". ("district" is read apart: "the Tal Abyad district" names the town's area.)
_PART_OF_TOWN_AFTER_RE = re.compile(
    r"\s+(?P<word>neighbou?rhoods?|quarters?|districts?|roundabouts?|crossroads|junctions?|squares?)\b", re.IGNORECASE
)
#: One item of a list of names before a plural part-of-town word ("X, Y and Z neighbourhoods"): a separator, or a
#: capitalised word or a name's connector. Matched one token at a time (linear), at most :data:`_MAX_LIST_TOKENS`.
_LIST_TOKEN_RE = re.compile(r"\s*(?:,|and\b|(?:al|el|bin|ibn|abdul|abd)[-\s]|[A-Z][\w'’-]*)")
_MAX_LIST_TOKENS = 16


def called_part_of_town(toponym: Toponym, spans: list[Span]) -> str | None:
    """The word that calls ``toponym`` a part of a town or a spot in one ("the X neighbourhood", "the X roundabout",
    "the X crossroads", "the A, B and X neighbourhoods", "the X district"), lowercased and singular, else None. Read
    right after the name in the span holding it, through a list of names that a plural word closes."""
    for span in spans:
        if not span.start <= toponym.span.start < span.end:
            continue
        text, position = span.text, toponym.span.end - span.start
        listed = False
        for _ in range(_MAX_LIST_TOKENS):
            word = _PART_OF_TOWN_AFTER_RE.match(text, position)
            if word is not None:
                found = word["word"].lower()
                plural = found.endswith("s") and found != "crossroads"
                if listed and not plural:
                    return None  # "X and the Y quarter": the word is Y's
                return found[:-1] if plural else found
            token = _LIST_TOKEN_RE.match(text, position)
            if token is None or token.end() == position:
                return None
            listed, position = True, token.end()
        return None
    return None


#: A word before a name that calls it a part of a town: "the neighbourhoods of X (and Y)", "the district of X", "X's
#: quarter". Matched at the end of a bounded window before the name.
_PART_OF_TOWN_BEFORE_RE = re.compile(r"\b(?:neighbou?rhoods?|quarters?|districts?)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
#: The town's centre or edge told right after a name as where it lies: "X area, near a bakery in the city centre", "X
#: region on the western outskirts of the town", "X (another name) quarter in the heart of the city". Matched at the
#: name's end: only the place's kind, another name in brackets, one thing it lies by ("near a bakery", "within an
#: empty house") and a word of position may stand between, so a centre told in another clause ("X village, and the
#: wounded were rushed to a clinic in the city centre") or as a distance ("X, 30 km from the city centre") does not
#: make the name a part of the town. Each part is a literal or a bounded run: no backtracking over the text.
_IN_TOWN_CENTRE_AFTER_RE = re.compile(
    r"(?:\s*\([^()]{1,40}\))?"
    r"(?:\s+(?:area|region|neighbou?rhood|district|quarter|street|square|market))?,?"
    r"(?:\s+(?:near|by|beside|opposite|behind|within|inside|in|at|on)\s+(?:an?|the|its)\s+[a-z]+(?:\s+[a-z]+)?,?)?"
    r"\s+(?:in|inside|within|at|on|near|by)\s+the\s+"
    r"(?P<where>(?:city|town)(?:['’]s)?\s+(?:cent(?:er|re)|outskirts|suburbs|heart)"
    r"|(?:[a-z]+\s+)?(?:cent(?:er|re)|outskirts|suburbs|heart|edge)\s+of\s+the\s+(?:city|town))\b",
    re.IGNORECASE,
)


def told_as_part_of_town(toponym: Toponym, spans: list[Span]) -> str | None:
    """The words that tell ``toponym`` a part of a town, else None: a word after it (:func:`called_part_of_town`: "the X
    neighbourhood", "the X roundabout"), one before it ("the neighbourhoods of X and Y", "the district of X"), or the
    town's centre or edge told right after it as where it lies (:data:`_IN_TOWN_CENTRE_AFTER_RE`: "the X area, near a
    bakery in the city centre", "X region on the western outskirts of the town"). Read in the span holding the name;
    a bounded window before it, an anchored match after it, no backtracking."""
    word = called_part_of_town(toponym, spans)
    if word is not None:
        return word
    for span in spans:
        if not span.start <= toponym.span.start < span.end:
            continue
        start, end = toponym.span.start - span.start, toponym.span.end - span.start
        before = _PART_OF_TOWN_BEFORE_RE.search(span.text[max(0, start - 30) : start])
        if before is not None:
            return before.group(0).split()[0].lower().rstrip("s")
        centre = _IN_TOWN_CENTRE_AFTER_RE.match(span.text, end)
        if centre is not None:
            return " ".join(centre["where"].split()).lower()
        return None
    return None


def names_another_province(text: str) -> bool:
    """True when ``text`` names a province that is not one of the covered governorates."""
    from mapapp.extract.toponyms import find_governorates

    covered = [(g.start, g.end) for g in find_governorates(text) if g.governorate in GOVERNORATES]
    for match in _PROVINCE_BEFORE_RE.finditer(text):
        word_end = match.start() + len(match.group(0).split()[0])
        if not any(start <= match.start() < end or start < word_end <= end for start, end in covered):
            return True
    for match in _PROVINCE_OF_RE.finditer(text):
        if not any(0 <= start - (match.end() - 1) <= 4 for start, _ in covered):
            return True
    return False


def covered_governorate_named(text: str) -> bool:
    """True when ``text`` names one of the covered governorates ("in Hasakah province", "the Raqqa countryside"): the
    text's own word on where its places lie."""
    from mapapp.extract.toponyms import find_governorates

    return any(g.governorate in GOVERNORATES for g in find_governorates(text))


def uncovered_governorate_named(text: str) -> str | None:
    """The first Syrian governorate mapapp does not cover that ``text`` names as a place ("east of Hama", "the desert of
    eastern Homs", "in Aleppo's northern countryside"), else None; not one named in a compound ("Aleppo-based")."""
    from mapapp.extract.toponyms import find_governorates

    for mention in find_governorates(text):
        if mention.governorate not in GOVERNORATES and text[mention.end : mention.end + 1] != "-":
            return mention.governorate
    return None
