"""Place names in a clause and the governorate their context names.

Two kinds of mention are found:

* governorate mentions, in any of their spellings (``Hasakah``, ``Hassakeh``,
  ``al-Hasakah``, ``Raqqah``, ``Dayr al-Zawr``, ``Deir Ezzor``...). A mention is
  *province level* when the text says so (``province of Hasakah``, ``Hasakah
  province``, ``the provinces of Hasakah, Raqqah and ...``, ``Deir ez-Zor
  countryside``); a bare ``in Raqqa`` is taken as the city.
* place mentions: a capitalised name (``Tal Shayr``, ``Ras al-Ain``,
  ``al-Busayrah``) in a place context: after ``in/near/at/outside/east of/the
  town of...`` or before a settlement word (``Khuweibra village``, ``Albu Kamal
  border town``). ``between A and B`` gives A as the primary place and B as a
  reference the incident is located against (B also after a governorate's
  city: ``between Hasakah and X``). A list closed by a plural settlement word
  (``A, B, C and D villages``) makes all its names places; a list opened by one (``the regions of A, B``) goes on
  past a name's other name in brackets (``A (Alias), B``) and past the country that closes its first group
  (``the regions of A and B in northern Iraq and C and D in northern Syria``).

:func:`place_of_trigger` puts the place of the event word first when a clause
tells two statements ("Fighter killed in A, shelling kills four in B": B).

:func:`admin1_hint` picks the governorate the *text* names for a place: one
attached to it (``Khuweibra village of Hasakah province``, ``al-Tabni in the
western Deir ez-Zor countryside``), else the one governorate named in the same
sentence (the nearest when it names several), else the one named in the
previous sentence. Nothing else: which governorate a town lies in is gazetteer
knowledge, and the geocoder (:mod:`mapapp.geocode`) supplies it. A place whose
text names no governorate gets no hint (``near Abu Kamal`` → None).

Not incident places: capitalised common words of a title-case headline ("At
Least 10 Killed In ...", or with its function words in lower case, "Three Killed in ..."), who lives in a place
("the Arab-majority town"), organisations and units, with any governorate inside
their names ("Deir Ezzor Military Council", "Liwaa al-Quds", "the Autonomous
Defense forces"), regions ("Rojava", "the Badia", "the Jazira region"), foreign
capitals and borders named by their countries ("the Iraq-Syria border"). Places
in Iraq or Turkey are passed on like any other, for the geocoder to flag outside
coverage; a country abroad is no place ("strikes in Iraq and Syria") except as where an answered event
happened (:func:`find_country_place`: "a base in Jordan", "in northern Iraq"). An adjective between a place's
context and its name is read through ("in eastern Mosul", "toward IS-held Manbij"), and a front line is named by
its place ("on the Tishrin Dam front"). Where people came from or went ("fighters from Raqqa", "displaced to
Hasakah", where a vehicle under fire was heading: "a convoy heading to X") is a reference, never the primary place
while another is named. A
countryside qualifier stays in the span ("Hajin countryside"); a weekday, a month or a party's one-word name glued
after a name is trimmed off it ("in X Monday morning", "the X Asayish headquarters": :func:`_trim_party_or_time`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import lru_cache

from mapapp.extract.lexicon import (
    ACTOR_SCANNER,
    COMMON_TITLE_WORDS,
    ENGLISH_NAMING_WORDS,
    FULL_MONTH_NAMES,
    MILITARY_POST_KIND,
    GOVERNORATE_NAMES,
    GOVERNORATE_RE,
    GOVERNORATE_SCANNER,
    NEXT_GROUP_GAP,
    NOT_PLACES,
    REGION_NAMES,
    SOURCE_SCANNER,
    WEEKDAYS,
    CaseFoldedPattern,
    ascii_lower,
    compile_guarded,
    could_match,
    gated_search,
)
from mapapp.extract.page_date import PAGE_DATE_LABEL_RE

_ARTICLE = r"(?:[Aa][Ll]|[Ee]l|[Aa][dnrstz]|[Aa]sh|[Aa]th|[Aa]dh|[Ee][dlnrstz])[-‑‐]"
# one inner capital is allowed for names run together in hashtags and handles ("#AlSabha")
_NAME_WORD = rf"(?:{_ARTICLE})?[A-Z][a-z'’]*[a-z](?:[A-Z][a-z]+)?(?:[-‑‐][A-Za-z][a-z'’]*)*"
_CONNECTOR = r"(?:al|el|ez|ad|as|ash|ar|at|bin|ibn|an)"
NAME_RE = compile_guarded(rf"(?<![\w-])(?:{_NAME_WORD})(?:\s+(?:{_CONNECTOR}\s+)?(?:{_NAME_WORD})){{0,3}}(?![\w-])")

_SETTLEMENT = (
    r"(?:border town|border crossing|town|village|city|area|district|sub-?district|neighbou?rhood|countryside|region|"
    r"camp|hamlet|suburbs?|outskirts|desert|farms?|plain|oil ?field|gas ?field|locality|countryside|road|highway)"
)
#: Where fire came from, right before a place (:data:`_PLACE_LEFT_RE` and :data:`_FIRED_FROM_LEFT_RE`): "harassment
#: fire opened from X", "shots were opened from X" ...
_FIRED_FROM = r"\b(?:(?:fire|shelling|shots)\s+(?:was\s+|were\s+)?opened|opened\s+(?:harassment\s+)?fire)\s+from\s+"
#: ... and "rockets fired from the direction of X".
_FROM_DIRECTION_OF = r"\bfrom\s+the\s+direction\s+of\s+"
_PLACE_LEFT_RE = CaseFoldedPattern(
    r"(?:\b(?:in|near|at|between|linking|connecting|outside|around|into|toward|towards|inside|reaching|nearby|targeting|targeted|hit|struck|shelled|"
    # where a vehicle under fire was going: "a convoy heading to X" (told as where people went: a reference)
    r"(?:heading|headed|travell?ing|driving|bound)\s+(?:back\s+)?to|"
    r"bombed|pounded|stormed|raided|attacked|across|of"
    # the present of a post or headline names its target as the past does: "regime artillery shells X", "a drone hits X"
    r"|shells|hits|targets|bombs|bombards|pounds|storms|attacks"
    # a settlement word set before its name with no "of": "the Assyrian village X", "the border town Y"
    r"|village|town|hamlet"
    # ground taken: "retook Hajin", "captured Dashisha", "took control of X", "advanced on X"
    r"|captured|recaptured|seized|retook|retaken|overran|liberated|liberate|liberating|entered|control\s+of|control\s+over|advanced\s+on"
    # "retaliated by shelling X", "after storming X": the gerund of a verb of attack names its target as the past does
    r"|shelling|bombing|bombarding|pounding|storming|raiding|attacking"
    # a blast told by the place it shook ("an explosion rocked X", a headline's "Car bomb rocks X"), the place a blast
    # went through ("a blast ripped through X") and the place a vehicle was going through when hit ("a patrol passing
    # through X", "went off as a patrol passed through X"): a finite "passed through" only in a clause of the same time
    # ("as", "when", "while" at most four words before it), not a stage of a route told before the attack ("the convoy
    # passed through X before gunmen ambushed it near Y", "men who had passed through X")
    r"|rocked|rocks|shook|shakes|rattled|rattles"
    r"|(?:passing|driving|ripped|rips|tore|tears)\s+through"
    r"|(?:as|when|while)\s+(?:[\w’'-]+\s+){0,4}?(?:passed|passes|drove|drives)\s+through)\s+"
    r"|\b(?:north|south|east|west)(?:[- ]?(?:east|west))?(?:ern)?\s+(?:of|countryside of)\s+"
    # "more than 100 airstrikes on Hajin": what a strike fell on, also past the party that made it ("a mortar attack
    # by militants on X", "strikes by the coalition on X": one or two words after "by")
    r"|\b(?:(?:air ?)?strikes?|raids?|bombardments?|shelling|shells|missiles?|rockets?|mortars?|attacks?)"
    r"(?:\s+by\s+(?:the\s+)?[\w'’/-]+(?:\s+[\w'’/-]+)?)?\s+on\s+"
    # "shelling continues on X", "fighting continued on the X axis": where the fire or the fight goes on
    r"|\b(?:continues|continued|continuing|goes\s+on|went\s+on)\s+on\s+"
    # "replied with mortar fire on X", "returned fire on X": where guns fired (not "opened fire on" its target)
    r"|\b(?:(?:artillery|mortar|rocket|tank|retaliatory)\s+fire|returned\s+fire)\s+on\s+"
    # where fire came from (an origin: a reference, the place only when no other is told): "harassment fire opened
    # from X on our base", "rockets fired from the direction of X" (not "rockets fired from Yemen": a launch site far off)
    r"|" + _FIRED_FROM + r"(?:the\s+)?"
    r"|" + _FROM_DIRECTION_OF +
    # "struck a car on the road to X": the place the road leads to
    r"|\b(?:road|highway|route)\s+(?:leading\s+)?to\s+"
    r"|\b(?:close to|the outskirts of|the vicinity of|the countryside of|the edge of|the entrance to|the entrance of)\s+"
    # the places a plural names: "in several villages, including X and Y", "towns such as X"
    r"|\b(?:villages|towns|areas|neighbou?rhoods|localities|cities|districts|regions)\s*,?\s+(?:including|such\s+as|"
    r"notably|among\s+them)\s+)"
    # ("struck both Hajin and Sousa": the two places, not a count)
    rf"(?:both\s+)?(?:the\s+)?(?:(?:[a-z’'-]+\s+){{0,2}}{_SETTLEMENT}\s+of\s+)?$",
)
#: A site named by its place, as what was hit: an item of a list of targets ("..., the Derik grain silos", "and the
#: Amuda power station"), the first one told after its strike and the strike's day ("drones struck on Monday the
#: Amuda power station", "hit overnight the B silos"), or one a list's verb names ("among the sites hit were the A oil
#: station", "including the B bakery") (the place's name before the site word, :data:`_NAMED_SITE_RIGHT_RE`).
_LISTED_SITE_LEFT_RE = re.compile(
    r"(?:[,:]|\s[—–]|\band|\bas\s+well\s+as|\b(?:were|included|including)"
    r"|\b(?:struck|hit|targeted|bombed|shelled|pounded|attacked)(?:\s+(?:(?:early\s+|late\s+)?on\s+)?(?:monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday)(?:\s+(?:night|morning|evening|afternoon))?|\s+(?:at\s+(?:dawn|dusk|noon|"
    r"night)|overnight|yesterday|today|(?:this|last)\s+(?:morning|night|evening|afternoon))){1,2})\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_NAMED_SITE_RIGHT_RE = re.compile(
    r"^(?:\s+\([^()]{1,30}\))?\s+(?:(?:grain|gas|power|oil|water|electricity|fuel|military|border|weapons|arms|ammunition)"
    r"\s+(?:and\s+)?){0,2}"
    r"(?:silos?|bridge|dam|station|plant|refinery|hospital|school|bakery|mill|checkpoint|base|crossing|roundabout|"
    r"junction|warehouses?|depots?)\b",
    re.IGNORECASE,
)
#: A site named by its place as the subject of its clause ("The X power plant, which feeds the region, was struck on
#: Friday", "..., while the X gas plant and a depot near Y were hit"): what opens the clause before it ...
_CLAUSE_SUBJECT_LEFT_RE = re.compile(r"(?:^|[,;:]|\bwhile|\bwhereas|\bas)\s*(?:the\s+)?$", re.IGNORECASE)
#: ... and the passive strike its clause tells of it, within :data:`_PASSIVE_STRIKE_AFTER_WINDOW` characters
#: (no full stop between).
_PASSIVE_STRIKE_AFTER_RE = re.compile(
    r"[^.;]*?\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:also\s+|again\s+)?"
    r"(?:hit|struck|targeted|bombed|shelled|attacked|destroyed)\b",
    re.IGNORECASE,
)
_PASSIVE_STRIKE_AFTER_WINDOW = 160
#: "... and X", "... and the village of X": a name paired by "and" with the one before it.
_PAIR_LEFT_RE = compile_guarded(r"\s+and\s+(?:the\s+)?(?:(?:[a-z’'-]+\s+){0,2}" + _SETTLEMENT + r"s?\s+of\s+)?$")
_LEADING_WORDS_RE = re.compile(
    r"^(?:In|At|On|Near|Outside|Around|Inside|From|Between|East|West|North|South|Northeast|Northwest|Southeast|Southwest|"
    r"The|A|An|Meanwhile|Elsewhere|Also|Separately|Earlier|Later|Yesterday|Today|Overnight)\s+(?=\S)"
)
_POSSESSIVE_RE = compile_guarded(r"['’]s\s+")
#: A name opened by the kind of a military post ("Mission Support Site Green Village"): its words are counted after
#: the kind, which would otherwise take three of a name's four words and cut the place's own name.
_MILITARY_POST_OPENING_RE = re.compile(MILITARY_POST_KIND + r"\s+(?=[A-Z])")
#: The settlement word after an English colour or ordinal, part of a compound's name ("Green Village"), whatever its case.
_NAMED_SETTLEMENT_AFTER_RE = re.compile(r"\s+(?i:village|neighbou?rhood|district|camp)\b")
_PLACE_RIGHT_RE = re.compile(
    # "X village", "the X residential area", "the X industrial zone"; a front line named by its place ("on the Tishrin
    # Dam front", "in the X frontline")
    # ("our X border area": the Turkish ministry's name of a stretch of its border)
    rf"^\s+(?:(?:residential|industrial|military|border)\s+)?(?:{_SETTLEMENT}|zone|front|frontline|front\s+line)\b"
    # the subject of ground taken: "Hajin was captured", "Ras al-Ain (Resulayn) fell to"
    r"|^(?:\s+\([^()]{1,25}\))?\s+(?:was|were|has\s+been|had\s+been)\s+(?:\w+\s+)?(?:captured|recaptured|seized|retaken|liberated|overrun|"
    r"(?:taken|brought)\s+under\s+(?:full\s+|complete\s+)?control)\b",
    re.IGNORECASE,
)
# ``(?<!\s)``: the blanks before the word are tried from the first of their run only, so that a name holding a long run
# of blanks (NAME_RE joins words across any) is read in linear time, not from each blank of the run.
_TRAILING_GENERIC_RE = re.compile(
    r"(?<!\s)\s+(?:Province|Governorate|Countryside|City|Cities|Town|Towns|Village|Villages|District|Subdistrict|Area|Region|"
    r"Road|Highway)$"
)


#: A weekday or a month glued to the name before it ("the attack in Shaddadi Monday morning"): a time, no part of the
#: name (not "May": in a title-case headline as likely the verb, "X May Fall"). (The blanks are tried from the first of their run only, as in
#: :data:`_TRAILING_GENERIC_RE`: linear time.)
_TRAILING_TIME_RE = re.compile(
    r"(?<!\s)\s+(?:"
    + "|".join(word.capitalize() for word in (*WEEKDAYS, *(month for month in FULL_MONTH_NAMES if month != "may")))
    + r")$"
)


@lru_cache(maxsize=4096)  # a pure function of the name, and names recur: remembered for speed
def _trim_party_or_time(name: str) -> str:
    """``name`` without a last word that names a time or a party: a weekday or month glued to a town's name ("in
    Shaddadi Monday morning": Shaddadi), or a party's one-word name after the town it is the branch of ("the Qamishli
    Asayish headquarters": Qamishli). Only a name of two or more words is trimmed; a party's name alone is rejected by
    :func:`_is_place_name`."""
    trimmed = _TRAILING_TIME_RE.sub("", name)
    head, _, last = trimmed.rpartition(" ")
    if head.strip() and ACTOR_SCANNER.match_whole(ascii_lower(last)) is not None:
        trimmed = head.rstrip()
    return trimmed


def _trim_generic(name: str) -> str:
    """``name`` without a trailing title-case settlement word ("Tal Tamer Village" of a headline: "Tal Tamer"), unless
    the word before it is an English colour or ordinal (:data:`ENGLISH_NAMING_WORDS`): "Green Village" is the name of a
    compound, "Green" alone names nothing; and without a trailing time or party word (:func:`_trim_party_or_time`)."""
    name = _trim_party_or_time(name)
    trimmed = _TRAILING_GENERIC_RE.sub("", name)
    if trimmed != name and trimmed.rsplit(None, 1)[-1].lower() in ENGLISH_NAMING_WORDS:
        return name
    return trimmed


_REFERENCE_LEFT_RE = re.compile(
    r"\b(?:near|close to|outside|(?:north|south|east|west)(?:[- ]?(?:east|west))?(?:ern)?\s+of)\s+(?:the\s+)?(?:[a-z’'-]+\s+){0,3}$"
)
#: "between Tal Tamr and X", "between the city of Hasakah and the town of X" (or "linking"/"connecting"): X is the
#: second place of the pair
#: (read on a bounded window: one lazy bounded run of name characters, no nested repetition).
_BETWEEN_PAIR_LEFT_RE = re.compile(
    r"\b(?:between|linking|connecting)\s+(?:the\s+)?(?:[a-z]+\s+(?:of\s+)?)?[A-Z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3}?"
    r"(?:\s+(?:cities|towns|city|town|villages?))?\s+and\s+(?:the\s+)?(?:[a-z]+\s+(?:of\s+)?)?$"
)
# ("the road linking A and B", "the highway connecting A and B" name their two ends as "between" does)
_BETWEEN_RE = re.compile(
    r"\b(?:between|linking|connecting)\s+(?:the\s+)?(?:(?:[a-z’'-]+\s+){0,2}" + _SETTLEMENT + r"s?\s+of\s+)?$"
)
# The lists below are one character class and one separator, not a repeated group of (name, separator): "and" is
# both a name's letters and a separator, so a nested repetition backtracks exponentially in the "and"s.
#: "the villages of A, B, C and D", "around the border towns of A and B": a plural settlement word opens a list of names.
_PLURAL_SETTLEMENT_OF_RE = compile_guarded(
    r"\b(?:villages|towns|cities|areas|hamlets|neighbou?rhoods|districts|camps|farms|localities|regions)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: What separates two names of such a list: a comma, "and", or both.
_LIST_SEPARATOR_RE = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+)$")
#: What else goes on with such a list: the other name of the last one, in brackets, before the separator ("the regions
#: of A (Alias), B and C"), or the country that closes one group of a release's regions before the next group ("the
#: regions of A and B in northern Iraq and C and D in northern Syria": C opens the second group).
_ALIAS_SEPARATOR_RE = re.compile(r"^\s*\([^()]{1,30}\)\s*(?:,\s*(?:and\s+)?|and\s+)$")
_NEXT_GROUP_RE = re.compile(
    "^" + NEXT_GROUP_GAP + "$", re.IGNORECASE
)
#: The longest such gap (characters).
_LIST_GOES_ON_MAX = 50
#: What follows the first name of the next group: the group goes on (a separator, the name's alias) or ends as a
#: place's clause does (:data:`_LISTED_PLACE_RIGHT_RE`), not as a person's name does ("and Ahmed said").
_GROUP_OPENER_RIGHT_RE = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?(?:,|and\s)")
#: "A, B and C villages in ...": a plural settlement word right after the last name of a list makes them all places.
_PLURAL_SETTLEMENT_AFTER_RE = re.compile(
    r"^\s+(?:villages|towns|hamlets|neighbou?rhoods|localities|regions|districts)\b", re.IGNORECASE
)
#: The longest list of names read before a plural settlement word ("A, B, ... villages").
_MAX_LIST_NAMES = 12
_PROVINCE_BEFORE_RE = compile_guarded(
    r"(?:provinces?|governorates?)\s+of\s+(?:the\s+)?(?:[A-Za-z’'\-, ]*(?:,\s*|\s+and\s+))?$", re.IGNORECASE
)
_PROVINCE_AFTER_RE = re.compile(
    r"^(?:[’']s)?\s*(?:province|governorate|countryside|region|desert|rural|provinces|governorates|eastern countryside|western countryside|northern countryside|southern countryside)\b",
    re.IGNORECASE,
)
_LIST_AFTER_PROVINCE_RE = re.compile(
    r"^\s*(?:,|and\b)[\s,]*[A-Za-z’'\-][A-Za-z’'\-, ]*\s(?:provinces|governorates)\b", re.IGNORECASE
)


@dataclass(frozen=True)
class GovernorateMention:
    """A governorate named in the text; ``province_level`` when the text means the governorate, not its city."""

    start: int
    end: int
    text: str
    governorate: str
    province_level: bool


@dataclass(frozen=True)
class PlaceMention:
    """A place named in a clause. ``level`` is ``place`` or ``governorate``; ``governorate`` is set for both
    when the name itself is a governorate's. ``origin``: named as where people or fire came from ("reinforcements
    from Hasakah"), a reference that is never where the clause's event happened."""

    start: int
    end: int
    text: str
    level: str
    role: str = "primary"
    governorate: str | None = None
    origin: bool = False


def find_governorates(text: str, base: int = 0) -> list[GovernorateMention]:
    """Governorate mentions in ``text``; offsets are ``base`` + position in ``text``. A governorate's name inside an
    organisation's ("Deir Ezzor Military Council", "Raqqa Revolutionaries Brigade") is not a mention."""
    mentions: list[GovernorateMention] = []
    for match in GOVERNORATE_SCANNER.finditer(text):
        assert match.lastgroup is not None
        if _inside_organisation_name(text, match.start(), match.end()):
            continue
        canonical = GOVERNORATE_NAMES[int(match.lastgroup[1:])]
        before = text[max(0, match.start() - 80) : match.start()]
        after = text[match.end() : match.end() + 80]
        province = bool(
            _PROVINCE_BEFORE_RE.search(before)
            or _PROVINCE_AFTER_RE.match(after)
            or _LIST_AFTER_PROVINCE_RE.match(after)
        )
        mentions.append(
            GovernorateMention(base + match.start(), base + match.end(), match.group(0), canonical, province)
        )
    return mentions


# "Kurdish-led", "Iranian-backed", "Turkish-held Syrian": a word of affiliation makes the phrase an adjective.
_AFFILIATION_WORD_RE = re.compile(
    r"[-‑‐](?:led|backed|held|controlled|run|allied|aligned|affiliated|based|linked|funded|supported|sponsored|occupied|"
    r"dominated|administered|influenced)$",
    re.IGNORECASE,
)
# "Deir Ezzor Military Council", "Sinjar Resistance Units": a name ending in a word for a body of people is an
# organisation, not a place; so is a named military operation ("the Peace Spring Operation", "Operation Claw-Sword").
_ORGANISATION_HEADS = frozenset(
    """council councils units unit brigade brigades forces army network observatory administration committee command
    front party movement group regiment division battalion agency ministry directorate authority authorities
    police militia militias tribe clan force guards guard corps rights operation operations""".split()
)


# "an elder of the Bakara tribe", "the Shaitat clan": a name before a word for a group of people names the group.
_ORGANISATION_AFTER_RE = re.compile(
    r"^[”\"]?\s+(?:tribe|tribes|clan|clans|family|brigades?|militias?|councils?|factions?|forces|force|units?|army|"
    # ("the Levant Front" is a group; "the Jarablus front" a front line, a place)
    r"division|battalions?|party|(?-i:Front)|movement|group|police|guards?|regiment|command|administration|committee)\b"
    # the activist group named after its city: "Raqqa Is Being Slaughtered Silently"
    r"|^\s+is\s+being\s+slaughtered\b",
    re.IGNORECASE,
)


# Words that open the name of an armed group in Arabic ("Liwaa al-Quds", "Jaysh al-Thuwar").
_ORGANISATION_OPENERS = frozenset(
    "liwa liwaa liwa' jaysh jaish jabhat harakat kataib katai'b saraya firqat ahrar hayat quwat operation".split()
)
_CAPITALISED_AFTER_RE = re.compile(r"(?:\s+[A-Z][\w’'-]*){1,3}")
_CAPITALISED_BEFORE_RE = compile_guarded(r"(?:[A-Z][\w’'-]*\s+){1,3}$")
_TITLE_WORD_RE = re.compile(r"[A-Za-z][A-Za-z’'-]*")
_PARTICLE_OPENING_RE = re.compile(_ARTICLE)
# "fighters from Raqqa", "a man from the village of X", "displaced to Hasakah", "fled to X", "sent reinforcements from
# X": where people came from or went, not where the event happened.
_ORIGIN_LEFT_RE = CaseFoldedPattern(
    r"\b(?:(?:fighters?|members?|militants?|soldiers?|people|men|man|woman|women|civilians?|families|family|residents?|"
    r"natives?|displaced|refugees?|youths?|young man|shepherds?|farmers?|child|children|boys?|girls?|cells?|recruits?|"
    r"reinforcements|convoys?)"
    r"\s+(?:originally\s+)?from"
    # "Ali al-Hijr, 16, from X town": a person's origin told after the name; "The men, all from the town of X"
    r"|,\s+(?:(?:a|an)\s+[a-z-]+\s+|(?:all|both)\s+)?(?:originally\s+)?from"
    # "driving home from the market in X", "returning from a wedding in X", "heading back from the checkpoint at X":
    # a site people came from (not "a few metres from the market in X", where the event was; nor "pushed the gunmen
    # back from the village of X", where the fight was: "back" only after a word of going)
    r"|\b(?:way|home|returning|coming|travell?ing|driving|walking|heading)\s+(?:home\s+|back\s+)?from\s+"
    r"(?:the|a|an|their|his|her)\s+(?:[a-z’'-]+\s+){0,2}?(?:in|at|of)"
    # "a teacher, a native of X, ...", "a resident of X", "a young man who hails from X": a person's home town
    r"|\b(?:a|an|the)\s+(?:native|resident|son|daughter|local)\s+of"
    r"|\b(?:hails?|hailing|comes?|coming)\s+(?:originally\s+)?from"
    r"|(?:displaced|fled|fleeing|flee|moved|transferred|taken|evacuated|returned|returning|deported|headed|heading|"
    r"travell?ing|sent|brought)\s+(?:back\s+)?(?:to|towards?|into|from))"
    rf"\s+(?:the\s+)?(?:(?:[a-z’'-]+\s+){{0,2}}{_SETTLEMENT}\s+of\s+)?$",
)
# Where the attackers fire from, told right before the firing verb: "Turkish forces in X shelled Y", "factions positioned
# near X shelled Y", "from their bases in X hit Y", "gunners in X targeted Y". X is a reference, not the place hit.
_FIRING_POSITION_LEFT_RE = compile_guarded(
    r"\b(?:(?:stationed|based|positioned|deployed|entrenched|garrisoned)\s+(?:in|at|on|near|around|outside|inside)"
    r"|(?:bases?|positions?|posts?|outposts?|artillery|gunners|batteries|forces|troops|militias|factions|soldiers)\s+"
    r"(?:in|at|near|around|inside|outside))\s+(?:the\s+)?(?:(?:[a-z’'-]+\s+){0,2}"
    rf"{_SETTLEMENT}\s+of\s+)?$",
    re.IGNORECASE,
)
#: "shelled X from its base in Y", "fired from their positions near Y": where the fire came from, told after the target.
_FROM_POSITION_LEFT_RE = compile_guarded(
    r"\bfrom\s+(?:(?:its|their|the|a|an|nearby|Turkish|regime|government)\s+){0,2}(?:military\s+)?"
    r"(?:bases?|positions?|posts?|outposts?|points?)\s+(?:in|at|near|around|inside)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


#: "of" after a word for kin or for a quantity of goods: the name after it is a person's ("Ali and Omar, sons of Hassan",
#: "the widow of Saleh") or a product's ("a large quantity of Tramadol", "two tons of Captagon"), never a place (the "of"
#: of :data:`_PLACE_LEFT_RE` reads a place after any other word: "the outskirts of X", "the Badia of X").
_KIN_OR_GOODS_OF_LEFT_RE = compile_guarded(
    r"\b(?:sons?|daughters?|brothers?|sisters?|fathers?|mothers?|wife|wives|widows?|husbands?|grand(?:sons?|daughters?)|"
    r"nephews?|nieces?|cousins?|quantit(?:y|ies)|amounts?|shipments?|consignments?|cargo(?:es)?|loads?|tons|tonnes|"
    r"kilo(?:gram)?s|boxes|bags|packets|pills|tablets)\s+of\s+$",
    re.IGNORECASE,
)
#: Where fire came from, told right before the place: "fire opened from X", "rockets fired from the direction of X".
_FIRED_FROM_LEFT_RE = compile_guarded(_FIRED_FROM + r"(?:the\s+)?$|" + _FROM_DIRECTION_OF + "$", re.IGNORECASE)


def told_as_origin(text: str, start: int) -> bool:
    """True when the name starting at ``start`` in ``text`` is told as where people came from or went ("a man from
    X", "a native of X") or where the fire came from ("from its base in X"): such a place does not locate another."""
    left = text[max(0, start - 60) : start]
    return bool(_ORIGIN_LEFT_RE.found(left) or _FROM_POSITION_LEFT_RE.search(left))


_FIRING_VERB_RIGHT_RE = re.compile(
    # (past the place's other name in brackets: "stationed in X (Y) shelled")
    r"(?:\s+(?:town|city|village|area|countryside))?(?:\s*\([^()]{1,40}\))?,?\s+(?:(?:have|has|had|again|reportedly|also|then)\s+)?"
    r"(?:shell|fire[ds]?\b|fired|target|struck|strike|bomb|pound|hit|launch|rain)(?![\w-]*\s+by\b)",
    re.IGNORECASE,
)
# A capital names its government ("Damascus said", "Moscow denied") and is no incident place, unless a part of the
# city is meant: "from the outskirts of Damascus", "the suburbs of Baghdad" (then the geocoder flags it outside
# coverage, as any place outside the three governorates).
_CAPITAL_CITIES = frozenset("damascus beirut baghdad erbil tehran amman".split())


def is_capital_city(name: str) -> bool:
    """Whether ``name`` is one of the capitals reports on north-east Syria name (Damascus, Baghdad, Erbil, Beirut,
    Tehran, Amman): a place outside coverage when the text tells an event there."""
    return name.lower() in _CAPITAL_CITIES
_PART_OF_PLACE_BEFORE_RE = compile_guarded(
    r"\b(?:outskirts|suburbs?|countryside|vicinity|environs|edge|centre|center|heart|streets|neighbou?rhoods?)\s+of\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
# ... or the city as the place of an event: "a police station in Damascus", "a base near Damascus" ("officials in
# Damascus said" names a place too, but a clause without an event word opens no incident).
_IN_CAPITAL_BEFORE_RE = compile_guarded(
    r"\b(?:in|near|outside|around|inside)\s+(?:the\s+)?(?:(?:syrian|iraqi|lebanese|iranian|jordanian)\s+)?(?:capital\s+)?$",
    re.IGNORECASE,
)
#: A detention site named by its place ("the al-Hamra prison"): the word stays in the span, as the site's name.
_SITE_AFTER_RE = re.compile(r"\s+[Pp]rison\b")
#: An oil or gas field named by its place ("the al-Omar oil field", "the Conoco gas field", "the Omar field"): the site
#: is the place.
_FIELD_AFTER_RE = re.compile(r"\s+(?:(?:[Oo]il|[Gg]as)\s?)?[Ff]ields?\b")
#: A dam named by its place ("near the Tishreen dam", "the Tabqa Dam"): the dam is the place, which may lie away from
#: any town of that name (the Tishreen dam is in Aleppo province).
_DAM_AFTER_RE = re.compile(r"\s+[Dd]am\b")
_DIRECTION_WORD = r"(?:north|south|east|west)(?:-?(?:east|west))?"
#: A qualifier before a name that says which part of (or around) the place is meant: "north of Raqqa", "the eastern
#: countryside of Deir ez-Zor", "the countryside of Hajin", "rural Raqqa". It stays in the span so the geocoder reads it
#: (district/sub-district areas, :func:`mapapp.geocode.resolver.parse_qualified`). Matched on a bounded window.
_QUALIFIER_BEFORE_RE = compile_guarded(
    rf"(?:\bthe\s+)?(?:(?:\b{_DIRECTION_WORD}(?:ern)?\s+)?(?:countryside|rural\s+areas?)\s+of\s+(?:the\s+)?"
    rf"|\b{_DIRECTION_WORD}\s+of\s+(?:the\s+)?|\brural\s+)$",
    re.IGNORECASE,
)
#: "the western Raqqa countryside", "Raqqa's eastern countryside": a direction word around a name and countryside.
_DIRECTION_ADJECTIVE_BEFORE_RE = compile_guarded(rf"(?:\bthe\s+)?\b{_DIRECTION_WORD}ern\s+$", re.IGNORECASE)
_DIRECTIONAL_COUNTRYSIDE_AFTER_RE = re.compile(
    rf"(?:['’]s)?\s+(?:{_DIRECTION_WORD}ern\s+)?(?:countryside|rural\s+areas?)\b", re.IGNORECASE
)


#: What follows a place named as an owner ("Tal Abyad's eastern countryside", "Hajin's outskirts", "Tabqa's market"): a
#: part of that place, also after a direction or one of a few adjectives ("Mayadin's main square", "Tabqa's old
#: market": up to two such words before the part's word). Bounded repetition of literal words: linear.
_PART_AFTER_OWNER_RE = re.compile(
    rf"['’]s\s+(?:(?i:{_DIRECTION_WORD}ern|main|old|central|busy|crowded|popular|industrial)\s+){{0,2}}"
    r"(?i:countryside|rural\s+areas?|outskirts|suburbs?|neighbou?rhoods?|quarters?|districts?|centre|center|market|"
    r"streets?|avenue|square|roundabout|entrance|industrial)\b"
)

#: A street or square named after a town's possessive ("Qamishli's Wahda street"), or as the name's last word
#: ("Istanbul's Taksim Square"): the name is a part of that town.
_STREET_AFTER_NAME_RE = re.compile(r"^\s+(?i:streets?|avenue|square|roundabout)\b")
_STREET_NAME_LAST_RE = re.compile(r"\s(?:Street|Avenue|Square|Roundabout)$")

#: A governorate's desert ("the Deir ez-Zor desert", "the Badia of Deir ez-Zor"): its rural part, never its city. Read for
#: governorates only: a village's "X desert" is the village's own name in many reports.
_DESERT_AFTER_RE = re.compile(r"\s+(?:desert|badiy?ah?)\b", re.IGNORECASE)
_DESERT_BEFORE_RE = compile_guarded(r"(?:\bthe\s+)?\b(?:desert|badiy?ah?)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_DESERT_BEFORE_WINDOW = 30


_ADMIN_WORD_AFTER_RE = re.compile(r"\s+(?:province|governorate)\b", re.IGNORECASE)
_ADMIN_WORD_BEFORE_RE = compile_guarded(r"\b(?:the\s+)?(?:province|governorate)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_ADMIN_WORD_BEFORE_WINDOW = 40


def _with_word(
    text: str, start: int, end: int, after_re: re.Pattern[str], before_re: re.Pattern[str], window: int
) -> tuple[int, int]:
    """A governorate mention ``start..end`` widened to a word told right after it (``after_re``, matched at its end)
    or, failing that, before it (``before_re``, ending at its start, searched in the ``window`` characters before):
    the desert that names its rural part ("the Raqqa desert", "the Badia of Deir ez-Zor"; :data:`_DESERT_AFTER_RE`)
    or the word that makes it a governorate ("Hasakah province", "the province of Raqqa"; :data:`_ADMIN_WORD_AFTER_RE`,
    so the geocoder reads the governorate, not the city of the same name)."""
    after = after_re.match(text, end)
    if after is not None:
        return start, after.end()
    window_start = max(0, start - window)
    before = before_re.search(text[window_start:start])
    if before is not None:
        return window_start + before.start(), end
    return start, end


def qualified_span(text: str, start: int, end: int) -> tuple[int, int]:
    """``start..end`` widened to the qualifier that says which part of the place is meant.

    "north of Raqqa", "the eastern countryside of Deir ez-Zor", "the western Raqqa countryside",
    "Raqqa's northern countryside", "Hajin countryside" keep the qualifier with the name; a plain
    name is returned as it is. Only a bounded window on each side is read.
    """
    after = _DIRECTIONAL_COUNTRYSIDE_AFTER_RE.match(text, end)
    window_start = max(0, start - 60)
    left = text[window_start:start]
    before = gated_search(_QUALIFIER_BEFORE_RE, left)  # (most windows hold none of its words: no search)
    if after is not None:
        end = after.end()
        adjective = _DIRECTION_ADJECTIVE_BEFORE_RE.search(left)
        if adjective is not None and before is None:
            before = adjective
    if before is not None:
        start = window_start + before.start()
    return start, end


def _inside_organisation_name(text: str, start: int, end: int) -> bool:
    """True when the name at start..end is part of an organisation's capitalised name: "Deir Ezzor Military Council",
    "the Raqqa Revolutionaries Brigade", "Liwaa Al-Quds"."""
    after = _CAPITALISED_AFTER_RE.match(text, end)
    if after and after.group(0).split()[-1].lower().strip("'’") in _ORGANISATION_HEADS:
        return True
    if text[end : end + 30].lower().startswith(" is being slaughtered"):
        return True  # "Raqqa Is Being Slaughtered Silently", the activist group
    before = _CAPITALISED_BEFORE_RE.search(text[max(0, start - 40) : start])
    return bool(before and before.group(0).split()[0].lower() in _ORGANISATION_OPENERS)


_CAPITALS_WORD_RE = re.compile(r"[A-Z][A-Z’'-]+")
_CAPITALS_RUN_RE = re.compile(r"[A-Z]{2,} [A-Z]{2,} [A-Z]{2,}")


def _capitals_titled(text: str) -> str:
    """A headline in capitals ("DRONE KILLS TWO IN HAJIN") in title case ("Drone Kills Two In Hajin"), which
    :func:`_title_case_decapitalised` then reads; other text is returned as it is. Lengths and offsets are unchanged."""
    if _CAPITALS_RUN_RE.search(text) is None:
        return text  # the cheap test first: most clauses hold no two words in capitals in a row
    letters = sum(1 for c in text if c.isalpha())
    if letters < 12 or sum(1 for c in text if c.isupper()) < 0.8 * letters:
        return text
    titled = _CAPITALS_WORD_RE.sub(lambda m: m.group(0)[0] + m.group(0)[1:].lower(), text)
    return titled if len(titled) == len(text) else text


#: Words a title-case headline leaves in lower case by the style guides' rule ("Three Killed in Shelling of X"), and
#: the lower-case particles of transliterated names ("Deir ez-Zor"): not counted when telling a title-case line.
_TITLE_CASE_LOWER_WORDS = frozenset(
    "a an the and but or nor for so yet at by in of on to up as via from into with over amid vs".split()
)


def _title_case_decapitalised(text: str) -> str:
    """A headline in title case ("At Least 10 Killed In Strikes On Tal Tamer Village") with its common words in lower
    case, so that only names stay capitalised; other text is returned as it is. Lengths and offsets are unchanged.
    Title case leaves short function words and name particles in lower case ("Three Killed in Shelling of Deir
    ez-Zor"): a line whose other words (not :data:`_TITLE_CASE_LOWER_WORDS`, not opening with a particle) are all
    capitalised is a headline too, so that its capitalised common words are not read as a place. Prose has lower-case
    verbs and nouns ("Gunmen fired at X late on Friday"), and stays as written: even one ("Shelling hit A Camp and B
    Dam", a clause of names), whose capitalised settlement words belong to the names."""
    label = PAGE_DATE_LABEL_RE.match(text)  # ("date 2017-10-05 Three Killed in ...": the page's date, then the title)
    start = label.end() if label is not None else 0
    words = _TITLE_WORD_RE.findall(text, start)
    if len(words) < 4:
        return text
    capitalised = sum(1 for w in words if w[0].isupper())
    if capitalised < 0.75 * len(words):
        if capitalised < 0.5 * len(words):
            return text  # (prose: most of its words in lower case; the common case, told without a second pass)
        content = [
            w for w in words
            if w.lower() not in _TITLE_CASE_LOWER_WORDS and not (w[0].islower() and _PARTICLE_OPENING_RE.match(w))
        ]
        if len(content) < 4 or any(not w[0].isupper() for w in content):
            return text  # (a lower-case verb or noun: prose naming several places, "Shelling hit A Camp and B Dam")
    return text[:start] + _TITLE_WORD_RE.sub(
        lambda m: m.group(0).lower() if m.group(0).lower() in COMMON_TITLE_WORDS else m.group(0), text[start:]
    )


#: A compound adjective telling who lives in or runs a place ("Arab-majority", "Kurdish-populated", "Christian-dominated",
#: "Kurdish-speaking"): it stands before a settlement word as a place's name would, but names none.
_PEOPLED_BY_RE = re.compile(r"[-‑‐](?:majority|populated|dominated|inhabited|speaking)$", re.IGNORECASE)


@lru_cache(maxsize=4096)  # a pure test of the name alone, and town names recur: remembered for speed
def _is_place_name(name: str) -> bool:
    words = name.replace("’", "'").split()
    if words[0].lower() in _ORGANISATION_OPENERS:
        return False
    if any(_AFFILIATION_WORD_RE.search(word) for word in words):
        return False
    if len(words) > 1 and words[-1].lower() in _ORGANISATION_HEADS:
        return False
    if re.split(r"[-‑‐]", words[-1].lower())[-1] in _ORGANISATION_HEADS:
        return False  # "the Self-Administration", "the Auto-Defence Force": a body's name in one hyphenated word
    first = words[0].lower().strip("'")
    if first in NOT_PLACES or name.lower() in NOT_PLACES:
        return False
    if all(part in NOT_PLACES for part in re.split(r"[-‑‐]", name.lower())):
        return False  # "the Iraq-Syria border", "the Syrian-Turkish frontier": a border named by its countries
    if name.endswith(("'s", "’s")):
        return False
    if _PEOPLED_BY_RE.search(name):
        return False  # "the Arab-majority city", "a Kurdish-populated town": who lives in a place, not its name
    if name.isupper() and len(name) <= 6:
        return False  # acronyms: SDF, SANA, ISIS
    lowered = ascii_lower(name)
    return ACTOR_SCANNER.match_whole(lowered) is None and SOURCE_SCANNER.match_whole(lowered) is None


def place_like_names(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of the capitalised names of ``text`` that may name a place whatever their context: not
    a party, an organisation, an outlet, a country, a day or a capital naming its government ("Damascus said"). For a
    check of what a sentence with no place found names (the geocoder's, :mod:`mapapp.geocode.document_placement`); one
    pass of :data:`NAME_RE`."""
    found: list[tuple[int, int]] = []
    for match in NAME_RE.finditer(text):
        name = match.group(0)
        if name.lower() not in _CAPITAL_CITIES and _is_place_name(name):
            found.append((match.start(), match.end()))
    return found


#: Places read from one clause at most. A clause of news prose names a few; thousands ("Raqqa Raqqa ...") are not
#: an incident's places, and each costs bounded-window context searches, so without a bound 5 MB of them took
#: minutes. The first ones are read (the primary place and its references come first).
MAX_PLACES_PER_CLAUSE = 64


# What may follow the second name of "in A and B" for B to be a place: the clause goes on as after a place (a stop,
# a day, "in the countryside", a settlement word), not as after a person ("and Abu Omar said").
_LISTED_PLACE_RIGHT_RE = re.compile(
    rf"\s*(?:[,.;:)]|$)|\s+(?:on|in|near|at|last|this|overnight|yesterday|today|with|killing|wounding|injuring|"
    rf"{_SETTLEMENT}s?)\b",
    re.IGNORECASE,
)


def _listed_places(text: str, base: int, names: list[tuple[int, int]], has_place: bool) -> list[PlaceMention]:
    """The names of a list held until a later name made them places ("the A, B and Hasakah regions"), as places in
    text order: the first is the clause's primary place when it has none yet (``has_place``), the others references.
    ``names`` are (start, end) in ``text``, which starts at ``base``."""
    return [
        PlaceMention(base + start, base + end, text[start:end], "place", "reference" if has_place or index else "primary")
        for index, (start, end) in enumerate(names)
    ]


#: Who holds a place, written as one word before its name: "Kurdish-held", "Turkish-occupied", "SDF-controlled" (never
#: "-led" or "-backed", which open an organisation's name: "the US-backed Syrian Democratic Forces").
_HELD = r"[\w.’'-]*[\w.][-‑‐](?:held|controlled|occupied|besieged|ruled)"
_HELD_OPENING_RE = re.compile(_HELD + r"\s+(?=\S)", re.IGNORECASE)
#: An adjective between a place's context and its name ("in eastern Mosul", "toward IS-held Manbij"): read through, so
#: that the context before it counts. A governorate's bare name is not read so ("in eastern Raqqa" is its province).
_ADJECTIVE_BEFORE_NAME_RE = re.compile(
    r"(?:\b" + _HELD + r"|\b(?:north|south|east|west)(?:-?(?:east|west))?ern)\s+$", re.IGNORECASE
)


def find_places(text: str, governorates: list[GovernorateMention], base: int = 0) -> list[PlaceMention]:
    """Place mentions in a clause ``text`` (offsets ``base`` + position), sub-governorate places first in text order,
    then the governorate mentions of the clause. Roles: the first place is primary, later ones reference."""
    places: list[PlaceMention] = []
    origins: list[PlaceMention] = []  # where people came from or went: kept last, as references
    text = _title_case_decapitalised(_capitals_titled(text))
    gov_spans = sorted((g.start - base, g.end - base) for g in governorates)
    gov_starts = [gs for gs, _ in gov_spans]
    has_place = False  # a flag, not a scan of ``places``: the loops stay linear in the number of mentions
    between_firsts: set[int] = set()
    list_end = -1  # where the last name of an open list ("the villages of A, B ...") ends, else -1
    # "shelled A, B, C and D villages": names joined by list separators wait here until a plural settlement word
    # after the last one says they are all places (a bounded list: the loop stays linear)
    pending: list[tuple[int, int]] = []
    chain_end = -1  # where the last name of the current comma/"and" chain ends, else -1
    # "in A, B, Hasakah and C": the current chain opened at a place read in its context; its names wait in ``pending``
    # until one joined by "and" closes it as a list of places (the governorate names inside it are their cities)
    chain_from_place = False
    chain_opener: int | None = None  # where the governorate name that opened the current chain starts
    chain_governorates: list[int] = []  # the governorate names inside the current chain (not its opener)
    chained_governorates: set[int] = set()  # those of the chains that closed as lists of places
    primary_governorates: set[int] = set()  # governorate names that opened a list of places with no place before it
    read_to = 0  # where a name read past its match ends (a military post's): a match before it is part of that name
    for match in NAME_RE.finditer(text):
        if len(places) + len(origins) >= MAX_PLACES_PER_CLAUSE:
            break
        if match.start() < read_to:
            continue
        name = match.group(0)
        start, end = match.start(), match.end()
        leading = _LEADING_WORDS_RE.match(name)
        if leading:
            # "In Hajin, ...": a capitalised preposition at the start of a sentence is context, not name
            start += leading.end()
            name = text[start:end]
        post = _MILITARY_POST_OPENING_RE.match(name)
        if post:
            # "at Mission Support Site Green Village": the post's own name is read in full after its kind
            own = NAME_RE.match(text, start + post.end())
            if own is not None:
                own_end = own.end()
                named = _NAMED_SETTLEMENT_AFTER_RE.match(text, own_end)
                if named is not None and own.group(0).rsplit(None, 1)[-1].lower() in ENGLISH_NAMING_WORDS:
                    own_end = named.end()  # "Green village" of a headline read in lower case: the name's own word
                if own_end > end:
                    end = read_to = own_end
                    name = text[start:end]
        held = _HELD_OPENING_RE.match(name)
        if held:
            # "the Kurdish-held Afrin region", "Turkish-occupied Ras al-Ain": who holds the place is no part of its name
            start += held.end()
            name = text[start:end]
        possessive = _POSSESSIVE_RE.search(name)
        owner_is_governorate = False
        owner: tuple[int, int] | None = None
        if possessive:
            # "Deir ez-Zor's Diban town": the owner is context, the place is what follows
            owner_is_governorate = bool(GOVERNORATE_RE.fullmatch(name[: possessive.start()]))
            if not owner_is_governorate:
                owner = (start, start + possessive.start())  # "Busayra's al-Zir area": the town the part lies in
            start += possessive.end()
            name = text[start:end]
        overlapping = _overlapping(gov_spans, gov_starts, start, end)
        if overlapping and ((start, end) in overlapping or len(name.split()) <= 2):
            # a governorate's name in a chain of names goes on with it ("near Raqqa, Hasakah and Abu Kamal"); one in a
            # place's context opens one
            # (the governorate's whole name: "Dayr az Zawr" is read as two names)
            gov_start, gov_end = overlapping[0][0], overlapping[-1][1]
            if chain_end >= gov_start:
                pass  # a later word of the governorate name the chain just took
            elif chain_end >= 0 and gov_start - chain_end <= 8 and _LIST_SEPARATOR_RE.match(text[chain_end:gov_start]):
                if len(chain_governorates) < _MAX_LIST_NAMES:
                    chain_governorates.append(gov_start)
                closes_with_governorate = (
                    chain_from_place
                    and text[chain_end:gov_start].rstrip().endswith("and")
                    and _LISTED_PLACE_RIGHT_RE.match(text, gov_end) is not None
                )
                if closes_with_governorate:  # "in A, B and Raqqa.": a list of places closed by a governorate's city
                    places.extend(_listed_places(text, base, pending, True))
                    has_place = has_place or bool(pending)
                    chained_governorates.update(chain_governorates)
                    opened_by_city = chain_opener is not None and bool(pending or len(chain_governorates) > 1)
                    if opened_by_city and not any(p.role == "primary" for p in places):
                        primary_governorates.add(chain_opener)  # type: ignore[arg-type]
                    pending = []
            else:
                pending, chain_governorates = [], []
                chain_from_place = _PLACE_LEFT_RE.found(text[max(0, gov_start - 60) : gov_start])
                chain_opener = gov_start
            chain_end = max(chain_end, gov_end)
            # the governorate's own name is read below; a longer name ("Deir ez-Zor Military Airport") is a site. As
            # the last name of a list that a plural settlement word closes ("the A, B and Hasakah regions"), it
            # makes the names before it places.
            if pending and _PLURAL_SETTLEMENT_AFTER_RE.match(text[end : end + 30]):
                places.extend(_listed_places(text, base, pending, has_place))
                has_place = True
                pending, chain_end, chain_from_place = [], -1, False
            continue
        trimmed = _trim_generic(name)
        end = start + len(trimmed)
        part_after_owner = False
        if trimmed.endswith(("'s", "’s")) and _PART_AFTER_OWNER_RE.match(text, end - 2):
            # "Tal Abyad's eastern countryside", "Hajin's outskirts": the owner is the place (its qualifier is read below)
            trimmed, end, part_after_owner = trimmed[:-2], end - 2, True
        if trimmed.lower() not in _CAPITAL_CITIES and not _is_place_name(trimmed):
            # no place, whatever its context says (the test below, made before the context is read only to skip
            # that work: most capitalised names of a clause are parties, outlets and people)
            pending, chain_end = [], -1
            continue
        left = text[max(0, start - 60) : start].removesuffix("#")  # "the town of #AlSabha"
        right = text[end : end + 30]
        joins_chain = chain_end >= 0 and start - chain_end <= 8 and bool(_LIST_SEPARATOR_RE.match(text[chain_end:start]))
        if not joins_chain:
            pending, chain_governorates = [], []
            chain_from_place, chain_opener = False, None
        previous_chain_end, chain_end = chain_end, end
        closes_list = bool(_PLURAL_SETTLEMENT_AFTER_RE.match(right))
        adjective = _ADJECTIVE_BEFORE_NAME_RE.search(left) if left.endswith(("ern ", "ied ", "eld ", "led ")) else None
        in_context = bool(
            _PLACE_LEFT_RE.found(left)
            # "in eastern Mosul", "toward IS-held Manbij", "west of SDF-controlled Ain Issa": the place's context stands
            # before its adjective
            or (adjective is not None and _PLACE_LEFT_RE.found(left[: adjective.start()]))
            or _PLACE_RIGHT_RE.match(right) or owner_is_governorate or closes_list
            or part_after_owner
            # "Mission Support Site Conoco": a military post's kind says its name is a place's (a bare "Camp" opens other
            # names too: "Camp David")
            or (post is not None and not post.group(0).startswith("Camp"))
            # "Qamishli's Wahda street", "Istanbul's Taksim Square": a street or square of the town just named as its owner
            or (owner is not None and bool(_STREET_AFTER_NAME_RE.match(right) or _STREET_NAME_LAST_RE.search(trimmed)))
            or (_NAMED_SITE_RIGHT_RE.match(right) and _LISTED_SITE_LEFT_RE.search(left))
            or (
                _NAMED_SITE_RIGHT_RE.match(right) is not None
                and _CLAUSE_SUBJECT_LEFT_RE.search(left) is not None
                and _PASSIVE_STRIKE_AFTER_RE.match(text[end : end + _PASSIVE_STRIKE_AFTER_WINDOW]) is not None
            )
        )
        if not in_context and _PAIR_LEFT_RE.search(left):
            previous = places[-1] if places else None
            if previous is not None and previous.start - base in between_firsts:
                in_context = True
            elif _BETWEEN_PAIR_LEFT_RE.search(left):
                in_context = True  # the first of the pair was a governorate's city ("between Hasakah and X")
        in_list = list_end >= 0 and (
            (start - list_end <= 8 and bool(_LIST_SEPARATOR_RE.match(text[list_end:start])))
            or (start - list_end <= _LIST_GOES_ON_MAX and _ALIAS_SEPARATOR_RE.match(text[list_end:start]) is not None)
            or (
                start - list_end <= _LIST_GOES_ON_MAX
                and _NEXT_GROUP_RE.match(text[list_end:start]) is not None
                and (_LISTED_PLACE_RIGHT_RE.match(right) is not None or _GROUP_OPENER_RIGHT_RE.match(right) is not None)
            )
        )
        # "in Tal Abyad and Suluk": a name joined by "and" to a place just read is a second place ("in Hajin, Abu
        # Omar said" joins nothing)
        joined_to_place = (
            joins_chain
            and has_place
            and places[-1].end - base == previous_chain_end
            and text[previous_chain_end:start].strip() == "and"
            and _LISTED_PLACE_RIGHT_RE.match(right) is not None
        )
        # "in A, B, C and D": the last name of a chain that opened at a place, joined by "and" and followed as a place
        # is, closes a list of places (A's context is all of theirs)
        closes_chain = (
            joins_chain
            and chain_from_place
            and text[previous_chain_end:start].rstrip().endswith("and")
            and _LISTED_PLACE_RIGHT_RE.match(right) is not None
        )
        # a list of three or more names a governorate's city opened: that city is its primary place ("in Raqqa and
        # Tabqa" keeps Tabqa's, the name joined to a governorate's city)
        opened_by_city = closes_chain and chain_opener is not None and bool(pending or chain_governorates)
        in_context = in_context or in_list or joined_to_place or closes_chain or _joined_to_governorate_city(text, gov_spans, gov_starts, start, right)
        named_part = trimmed.lower() in _CAPITAL_CITIES and bool(
            _PART_OF_PLACE_BEFORE_RE.search(left) or _IN_CAPITAL_BEFORE_RE.search(left)
        )
        if not (named_part or _is_place_name(trimmed)) or _ORGANISATION_AFTER_RE.match(right):
            pending, chain_end = [], -1
            continue
        if _KIN_OR_GOODS_OF_LEFT_RE.search(left):
            pending, chain_end = [], -1  # "sons of Hassan", "a quantity of Tramadol": a person, a product
            continue
        if not in_context:
            if joins_chain and len(pending) < _MAX_LIST_NAMES:
                pending.append((start, end))
            elif not joins_chain:
                pending = [(start, end)]
            continue
        if (closes_list or closes_chain) and pending:  # the list's earlier names, in text order, before this one
            places.extend(_listed_places(text, base, pending, has_place or closes_chain))
            has_place = True
        if closes_chain:
            # the chain's governorate names are its cities; one that opened it is the primary place if none came before
            chained_governorates.update(chain_governorates)
            if opened_by_city and not any(p.role == "primary" for p in places):
                primary_governorates.add(chain_opener)  # type: ignore[arg-type]
        pending = []
        if _is_region(trimmed, left, right) or _inside_organisation_name(text, start, end):
            continue
        # "Hajin countryside", "north of Hajin": the qualifier stays with the place (the geocoder reads it)
        start, end = qualified_span(text, start, end)
        site = _SITE_AFTER_RE.match(text, end) or _FIELD_AFTER_RE.match(text, end) or _DAM_AFTER_RE.match(text, end)
        if site is not None:
            end = site.end()  # "al-Hamra prison", "al-Omar oil field": the site is the place, named with its kind
        if _ORIGIN_LEFT_RE.found(left) or _FROM_POSITION_LEFT_RE.search(left) or _FIRED_FROM_LEFT_RE.search(left) or (
            _FIRING_VERB_RIGHT_RE.match(text, end) and _FIRING_POSITION_LEFT_RE.search(left)
        ):
            origins.append(PlaceMention(base + start, base + end, text[start:end], "place", "reference", origin=True))
            continue
        role = "primary"
        if has_place or _REFERENCE_LEFT_RE.search(left) and places or opened_by_city:
            role = "reference"
        places.append(PlaceMention(base + start, base + end, text[start:end], "place", role))
        has_place = True
        chain_from_place, chain_opener = True, None  # ("in A, B and C": a chain from here is a list of places)
        owner_name = text[owner[0] : owner[1]] if owner is not None else ""
        if owner is not None and (_is_place_name(owner_name) or owner_name.lower() in _CAPITAL_CITIES):
            # (a capital owning a named place is the city, not its government: "Damascus's Mazzeh highway")
            places.append(PlaceMention(base + owner[0], base + owner[1], text[owner[0] : owner[1]], "place", "reference"))
        list_end = end if in_list or _PLURAL_SETTLEMENT_OF_RE.search(left) else -1
        if _BETWEEN_RE.search(left):
            between_firsts.add(start)
    places.extend(origins)
    # a governorate's city named after origins only is the incident's place ("a man from Hajin was killed in Raqqa")
    for mention in governorates:
        if len(places) >= MAX_PLACES_PER_CLAUSE:
            break
        if _ORIGIN_LEFT_RE.found(text[max(0, mention.start - base - 60) : mention.start - base]):
            # "fighters from Raqqa": where they came from, never the incident's place when the clause names another
            places.append(
                PlaceMention(mention.start, mention.end, mention.text, "governorate", "reference", mention.governorate, True)
            )
            continue
        start, end = qualified_span(text, mention.start - base, mention.end - base)
        if (start, end) == (mention.start - base, mention.end - base):
            start, end = _with_word(text, start, end, _DESERT_AFTER_RE, _DESERT_BEFORE_RE, _DESERT_BEFORE_WINDOW)
        qualified = (start, end) != (mention.start - base, mention.end - base)
        if not mention.province_level:
            # a bare governorate name in a place context is its city ("in Raqqa"); "north of Raqqa" keeps its qualifier;
            # after another place ("the central prison in Raqqa") the city is a reference
            left = text[max(0, mention.start - base - 60) : mention.start - base]
            chained = mention.start - base in chained_governorates
            if chained or _PLACE_LEFT_RE.found(left) or _BETWEEN_PAIR_LEFT_RE.search(left):
                role = "primary" if mention.start - base in primary_governorates or not has_place else "reference"
                places.append(PlaceMention(base + start, base + end, text[start:end], "place", role, mention.governorate))
                has_place = True
                continue
        role = "reference" if has_place else "primary"
        if not qualified:
            start, end = _with_word(
                text, mention.start - base, mention.end - base, _ADMIN_WORD_AFTER_RE, _ADMIN_WORD_BEFORE_RE, _ADMIN_WORD_BEFORE_WINDOW
            )
        places.append(PlaceMention(base + start, base + end, text[start:end], "governorate", role, mention.governorate))
        has_place = True
    return places


#: A country or region abroad named as where an event happened: "at a base in Jordan", "in northern Iraq", "in the
#: north of Iraq", "in the Kurdistan Region". Countries are no place in :func:`find_places` ("strikes in Iraq and Syria"
#: sums up a campaign); :func:`find_country_place` reads them only for an event told abroad (the geocoder leaves a
#: country unresolved: never mapped).
# A part of a country named before it ("northern", "north-east", "central", "the north of"), and the countries and
# regions abroad (one table, read for the places abroad of answered events and for the country a clause names).
_DIRECTION = r"(?:north|south|east|west)"
_PART_OF_COUNTRY = (
    r"(?:(?:" + _DIRECTION + r"(?:[- ]?(?:east|west))?(?:ern)?|central)\s+|(?:the\s+)?" + _DIRECTION + r"\s+of\s+)?"
)
_ABROAD_NAMES = (
    r"(?:Jordan|Iraq|Turkey|Türkiye|Lebanon|Iran|Israel|Kurdistan\s+Region\s+of\s+Iraq|Kurdistan\s+Region|"
    r"Iraqi\s+Kurdistan)"
)
_COUNTRY_ABROAD = _PART_OF_COUNTRY + _ABROAD_NAMES
_COUNTRY_PLACE_RE = re.compile(r"\b(?:in|at|inside)\s+(?:the\s+)?(?P<place>" + _COUNTRY_ABROAD + r")\b")
_COUNTRY_NAME_RE = re.compile(_COUNTRY_ABROAD)


# The zone a Turkish operation holds, named after it: "the Peace Spring region", "the Peace Spring Operation area",
# "the Operation Olive Branch area", "the regions of Operation Claw-Lock" (a zone, never a place of the gazetteer)
# (one table of the names, read two ways: found in a clause, and told apart as a place's name)
_OPERATION_ZONE_NAME = r"(?:Peace\s+Spring|Olive\s+Branch|Euphrates\s+Shield|Claw[- ](?:Lock|Sword|Eagle))"
_OPERATION_NAMED = r"(?:Operation\s+)?" + _OPERATION_ZONE_NAME + r"(?:\s+Operation)?"  # "(Operation) Peace Spring (Operation)"
_ZONE_WORD = r"(?:region|area|zone)s?"
_OPERATION_ZONE_RE = re.compile(
    r"\b(?:the\s+)?(?P<zone>" + _OPERATION_NAMED + r"\s+" + _ZONE_WORD + r")\b"
    r"|\b(?:regions?|areas?|zones?)\s+of\s+(?:the\s+)?(?P<named>Operation\s+" + _OPERATION_ZONE_NAME + r")\b"
)
_OPERATION_ZONE_NAME_RE = re.compile(r"(?:the\s+)?" + _OPERATION_NAMED + r"(?:\s+" + _ZONE_WORD + r")?")


def find_operation_zone(text: str, base: int = 0) -> PlaceMention | None:
    """The first zone of a Turkish operation ``text`` names (:data:`_OPERATION_ZONE_RE`: "in the Peace Spring region")
    as a primary place (offsets ``base`` + position), else None. Such a zone is no place where a place is named
    (:data:`~mapapp.extract.lexicon.NOT_PLACES`); a clause that names none is located by it, as the ministry's releases
    locate their events (the geocoder leaves a zone unresolved: never mapped)."""
    found = _OPERATION_ZONE_RE.search(text) if could_match(_OPERATION_ZONE_RE, text) else None  # (a substring test first)
    if found is None:
        return None
    group = "zone" if found.group("zone") else "named"
    return PlaceMention(base + found.start(group), base + found.end(group), found.group(group), "place")


def is_operation_zone(name: str) -> bool:
    """True when ``name`` is a zone of a Turkish operation as :func:`find_operation_zone` reads it ("the Peace Spring
    region"): no place of its own, where a text breaks its count down by place, nor any governorate's."""
    return _OPERATION_ZONE_NAME_RE.fullmatch(name.strip()) is not None


def operation_of_zone(name: str) -> str | None:
    """The operation a zone's name is named after, lower case and spaced ("peace spring" for "the Operation Peace
    Spring area", "claw lock" for "the Claw-Lock region"), or None when ``name`` is no zone (:func:`is_operation_zone`)."""
    found = _OPERATION_ZONE_NAME_RE.fullmatch(name.strip())
    if found is None:
        return None
    operation = _OPERATION_ZONE_ONLY_RE.search(found.group(0))
    return " ".join(operation.group(0).lower().replace("-", " ").split()) if operation is not None else None


_OPERATION_ZONE_ONLY_RE = re.compile(_OPERATION_ZONE_NAME)


def names_country_abroad(name: str) -> bool:
    """True when ``name`` is a country or region abroad as :func:`find_country_place` reads it ("northern Iraq")."""
    return _COUNTRY_NAME_RE.fullmatch(name) is not None


#: A country, or a part of one, named as where a clause's event happened, Syria included: "an airstrike in northern
#: Syria", "in north-east Syria", "struck PKK targets in northern Iraq", "at a base in Jordan" (read by
#: :func:`find_country_region` only where the clause names no other place).
_COUNTRY_OR_SYRIA = r"(?:Syria|" + _ABROAD_NAMES + r")"
_COUNTRY_REGION_RE = re.compile(
    r"\b(?i:in|at|inside|across)\s+(?:the\s+)?(?P<place>" + _PART_OF_COUNTRY + _COUNTRY_OR_SYRIA + r")\b(?![-‐–])"
)
#: Any country named in a clause: a clause that names two ("strikes in Iraq and Syria") sums up a campaign.
_ANY_COUNTRY_RE = re.compile(r"\b" + _COUNTRY_OR_SYRIA + r"\b")
# (whole names, in any case: "Northern Syria" opening a line, "the Kurdistan Region")
_SYRIA_REGION_NAME_RE = re.compile(r"(?:the\s+)?" + _PART_OF_COUNTRY + r"Syria", re.IGNORECASE)
_COUNTRY_REGION_NAME_RE = re.compile(r"(?:the\s+)?" + _PART_OF_COUNTRY + _COUNTRY_OR_SYRIA, re.IGNORECASE)


def names_country_region(name: str) -> bool:
    """True when ``name`` is a country or a part of one as :func:`find_country_region` reads it ("northern Iraq",
    "north-east Syria", "the Kurdistan Region", "Syria"): where the text says an event happened, no place in it. The
    geocoder leaves such a name unresolved, never mapped, and gives it no governorate of the report."""
    return _COUNTRY_REGION_NAME_RE.fullmatch(name.strip()) is not None


def names_syria_region(name: str) -> bool:
    """True when ``name`` is Syria or a part of it as :func:`find_country_region` reads it ("northern Syria")."""
    return _SYRIA_REGION_NAME_RE.fullmatch(name.strip()) is not None


def find_country_region(text: str, base: int = 0) -> PlaceMention | None:
    """The country or part of a country ``text`` names as where its event happened, when it names no other country
    ("U.S. forces conducted an airstrike in northern Syria", "Turkish jets struck targets in northern Iraq"), as a
    primary place (offsets ``base`` + position), else None. A clause naming two countries ("attacks on US forces in
    Iraq and Syria", "the Iraq-Syria border") sums up a campaign or names a border, no event's place. Called only
    for a clause that names no place and no governorate: the geocoder leaves the country unresolved, never mapped, and
    the incident is not given the report's place (its text says where it happened, only not precisely)."""
    found = _COUNTRY_REGION_RE.search(text) if could_match(_COUNTRY_REGION_RE, text) else None
    if found is None:
        return None
    countries = {" ".join(m.group(0).split()) for m in _ANY_COUNTRY_RE.finditer(text)}
    if len(countries) > 1:
        return None
    return PlaceMention(base + found.start("place"), base + found.end("place"), found.group("place"), "place")


def find_country_place(text: str, base: int = 0) -> PlaceMention | None:
    """The first country or region abroad ``text`` names as where its event happened (:data:`_COUNTRY_PLACE_RE`), as a
    primary place (offsets ``base`` + position), else None."""
    found = _COUNTRY_PLACE_RE.search(text)
    if found is None:
        return None
    return PlaceMention(base + found.start("place"), base + found.end("place"), found.group("place"), "place")


#: What stands between two names of one list ("A, B and C", "A town and B city", "A and the village of B"): the
#: second is named beside the first, not as where the first lies.
_LIST_GAP_RE = re.compile(
    r"^\s*(?:(?:town|village|city|area|hamlet|camp|neighbou?rhood)s?\s*)?(?:,\s*(?:and\s+)?|and\s+|&\s+)"
    r"(?:the\s+)?(?:(?:town|village|city|area|hamlet|camp|neighbou?rhood)\s+of\s+)?$",
    re.IGNORECASE,
)
#: The longest stretch between two names that can still be a list separator (characters).
_LIST_GAP_MAX = 40


#: A place span that opens with its qualifier ("west of Y", "the countryside of Y", "rural Y") says where, not what.
_QUALIFIED_START_RE = re.compile(
    r"(?:the\s+)?(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\b|countryside\b|rural\b|outskirts\b)",
    re.IGNORECASE,
)


def is_list_gap(gap: str) -> bool:
    """True when ``gap``, the text between two names, only joins them in a list ("A, B and C villages")."""
    return len(gap) <= _LIST_GAP_MAX and bool(_LIST_GAP_RE.match(gap))


def locating_starts(text: str, start: int, end: int, later: list[tuple[int, int]]) -> list[int]:
    """Of the names at ``later`` (sorted (start, end) offsets into ``text``, after the name ending at ``end``),
    the starts of those that may say where that name lies: the names after its list, not its list's siblings.

    "A, B and C villages in the Y countryside": for A, only Y; "A town and B city": for A, none. ``start`` is
    unused but keeps the call readable at the call sites (the name's own span).
    """
    del start
    found: list[int] = []
    previous_end, in_list = end, True
    for later_start, later_end in later:
        qualified = bool(_QUALIFIED_START_RE.match(text, later_start))  # "west of Y", "the Y countryside": a locator
        if in_list and not qualified and is_list_gap(text[previous_end:later_start]):
            previous_end = later_end
            continue
        in_list = False
        found.append(later_start)
    return found


#: What ends one statement of a clause and opens the next: "Fighter killed in A, shelling kills four in B".
_STATEMENT_BREAK_RE = re.compile(r"[,;:|]|\s[–—-]\s")
#: The separator of a SOHR-style "Topic | Headline" line: what stands before it is a label, not the event's place.
_TOPIC_BREAK_RE = re.compile(r"\s\|\s")


# Where the attackers are posted, told before the event word: "forces stationed in X", "militias based at X".
_STATIONED_LEFT_RE = compile_guarded(
    r"\b(?:stationed|based|positioned|deployed|entrenched|garrisoned)\s+(?:in|at|on)\s+(?:the\s+|an?\s+|their\s+|its\s+)?"
    r"(?:(?:[a-z’'-]+\s+){0,2}(?:of|near|in|at)\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)


def place_of_trigger(text: str, places: list[PlaceMention], trigger_start: int, base: int = 0) -> list[PlaceMention]:
    """``places`` of a clause with the place of its event word first.

    The first place named is the primary one, except when a comma (or semicolon, dash) stands between it and the
    event word and a place follows the event word: "A man was killed in A, while shelling hit B" reports the
    shelling at B, and A (a statement of its own) becomes a reference; so does a place where the attackers are
    posted ("militias stationed in A shelled B"). A place after the event word that the text
    only locates it against ("near B", "west of B") does not take over, unless the first place was the label of a
    "Topic | Headline" line. ``trigger_start`` is an offset into
    ``text``; places carry ``base`` + offsets. Reads only the stretches between the places and the event word.
    """
    first = next((i for i, p in enumerate(places) if p.level == "place" and p.role == "primary"), None)
    if first is None:
        return places
    head = places[first]
    if head.end - base > trigger_start:
        return places
    # "the regime militias stationed in X shelled Y": X is where the attackers are, Y the place hit
    stationed = _STATIONED_LEFT_RE.search(text, max(0, head.start - base - 40), head.start - base) is not None
    if not stationed and not _STATEMENT_BREAK_RE.search(text, head.end - base, trigger_start):
        return places
    after = next((i for i, p in enumerate(places) if p.level == "place" and p.start - base >= trigger_start), None)
    if after is None:
        return places
    candidate = places[after]
    left = text[max(0, candidate.start - base - 60) : candidate.start - base]
    # after a topic label ("Escalation in Tal Tamr | Drone kills two near Umm al-Kaif") even a place the event is
    # only located against is its own; the label's place stays as a reference
    topic_label = bool(_TOPIC_BREAK_RE.search(text, head.end - base, trigger_start))
    if (_REFERENCE_LEFT_RE.search(left) and not topic_label) or _ORIGIN_LEFT_RE.found(left):
        return places
    reordered = [replace(candidate, role="primary"), *(p for i, p in enumerate(places) if i != after)]
    return [reordered[0], *(replace(p, role="reference") if p.role == "primary" else p for p in reordered[1:])]


_SITE_WORD_AT_END_RE = re.compile(r"(?<!\s)\s+Prison$")  # (blanks tried from the first of their run: linear time)
#: The kind of site at the end of a site's span ("Hamra prison"): what precedes it is the place it is named after.
SITE_AFTER_NAME_RE = re.compile(r"(?<!\s)\s+[Pp]rison$")  # (blanks tried from the first of their run: linear time)
#: Whether a text names a prison at all: a cheap test before :func:`find_named_sites` reads it.
SITE_WORD_RE = compile_guarded(r"\bprison\b", re.IGNORECASE)


def find_named_sites(text: str, base: int = 0) -> list[PlaceMention]:
    """Prisons named by their place, in any context ("The Hamra Prison, the largest in the region, ...", "known as
    the al-Hamra prison"), with their kind, in text order; a later "the prison" refers to the latest of them."""
    sites: list[PlaceMention] = []
    for match in NAME_RE.finditer(text):
        if len(sites) >= MAX_PLACES_PER_CLAUSE:
            break
        start, end = match.start(), match.end()
        leading = _LEADING_WORDS_RE.match(match.group(0))
        if leading:
            start += leading.end()
        at_end = _SITE_WORD_AT_END_RE.search(text, start, end)
        if at_end is not None:
            stem_end = at_end.start()
        else:
            site = _SITE_AFTER_RE.match(text, end)
            if site is None:
                continue
            stem_end, end = end, site.end()
        stem = text[start:stem_end]
        if not stem.strip() or not _is_place_name(stem):
            continue
        sites.append(PlaceMention(base + start, base + end, text[start:end], "place"))
    return sites


_AND_AFTER_CITY_RE = re.compile(r"(?:\s+city)?\s+and\s+$", re.IGNORECASE)


def _joined_to_governorate_city(
    text: str, gov_spans: list[tuple[int, int]], gov_starts: list[int], start: int, right: str
) -> bool:
    """True for a name joined by "and" to a governorate's city named as a place ("killed in Raqqa and Tabqa",
    "hit Hasakah city and Qamishli"), when the clause goes on as after a place (:data:`_LISTED_PLACE_RIGHT_RE`)."""
    index = bisect_left(gov_starts, start) - 1
    if index < 0:
        return False
    gov_start, gov_end = gov_spans[index]
    if start - gov_end > 12 or not _AND_AFTER_CITY_RE.fullmatch(text, gov_end, start):
        return False
    return bool(_PLACE_LEFT_RE.found(text[max(0, gov_start - 60) : gov_start])) and bool(_LISTED_PLACE_RIGHT_RE.match(right))


def _overlapping(
    spans: list[tuple[int, int]], starts: list[int], start: int, end: int
) -> list[tuple[int, int]]:
    """The sorted, non-overlapping ``spans`` that overlap ``start..end``, found by bisection (``starts`` are theirs)."""
    index = bisect_left(starts, end)  # spans from here on start at or after ``end``
    found: list[tuple[int, int]] = []
    while index > 0 and spans[index - 1][1] > start:
        index -= 1
        found.append(spans[index])
    return found[::-1]


def _is_region(name: str, left: str, right: str) -> bool:
    """True for a region's name used as a region: "the Jazira region", "in the Jazira" (not a town "al-Jazira")."""
    if name.lower() not in REGION_NAMES:
        return False
    return bool(re.match(r"\s+(?:region|area|plain)\b", right) or re.search(r"\bthe\s+$", left))


def admin1_hint(
    place: PlaceMention,
    same_sentence: list[GovernorateMention],
    previous_sentence: list[GovernorateMention],
) -> str | None:
    """The governorate the text names for ``place``, or None (see the module docstring for the order of preference)."""
    if place.governorate is not None:
        return place.governorate
    # Bisection and a per-sentence memo, not scans of the sentence's mentions for every place: one long sentence
    # naming a governorate in each of thousands of clauses made those scans quadratic. Mentions are in text order.
    starts = [g.start for g in same_sentence] if len(same_sentence) < 8 else _starts_of(same_sentence)
    index = bisect_left(starts, place.end)
    if index < len(same_sentence) and same_sentence[index].start - place.end <= 40:
        return same_sentence[index].governorate
    for mentions in (same_sentence, previous_sentence):
        names = _governorates_named(mentions)
        if len(names) == 1:
            return next(iter(names))
        if len(names) > 1 and mentions is same_sentence:
            at = bisect_left(starts, place.start)
            nearby = same_sentence[max(0, at - 1) : at + 1]  # the mentions either side: one of them is the nearest
            nearest = min(nearby, key=lambda g: abs(g.start - place.start))
            return nearest.governorate
    return None


# One entry per list of mentions, keyed by the list's identity (it is kept here, so the id cannot be reused):
# the places of one sentence ask about the same lists one after another. Lists of mentions are never changed.
_MENTION_MEMO: dict[int, tuple[list[GovernorateMention], list[int], frozenset[str]]] = {}


def _memo(mentions: list[GovernorateMention]) -> tuple[list[GovernorateMention], list[int], frozenset[str]]:
    entry = _MENTION_MEMO.get(id(mentions))
    if entry is None or entry[0] is not mentions:
        if len(_MENTION_MEMO) >= 4:
            _MENTION_MEMO.clear()
        entry = (mentions, [g.start for g in mentions], frozenset(g.governorate for g in mentions))
        _MENTION_MEMO[id(mentions)] = entry
    return entry


def _starts_of(mentions: list[GovernorateMention]) -> list[int]:
    return _memo(mentions)[1]


def _governorates_named(mentions: list[GovernorateMention]) -> frozenset[str]:
    return _memo(mentions)[2] if len(mentions) >= 8 else frozenset(g.governorate for g in mentions)


__all__ = [
    "NAME_RE",
    "SITE_AFTER_NAME_RE",
    "SITE_WORD_RE",
    "GovernorateMention",
    "PlaceMention",
    "admin1_hint",
    "find_country_place",
    "find_country_region",
    "names_country_region",
    "names_syria_region",
    "find_operation_zone",
    "is_operation_zone",
    "operation_of_zone",
    "find_governorates",
    "find_named_sites",
    "find_places",
    "is_list_gap",
    "locating_starts",
    "names_country_abroad",
    "place_of_trigger",
    "told_as_origin",
]
