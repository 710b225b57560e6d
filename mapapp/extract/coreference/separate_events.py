"""Separate events (rule 1 of :mod:`mapapp.extract.coreference`, its negative side): the cues that a mention tells
one more event, not the one just told — "another", "also", "elsewhere", a known agent acting elsewhere, the definite
event word of many hits (or a definite subject's verb) hitting a place not told yet
(:func:`_known_event_hits_elsewhere`), a part of a list placed elsewhere, a further strike of a series, a battle for
another place.
"""

from __future__ import annotations

import re

from mapapp.extract.coreference.compatibility import ALSO_CUE, compatible, same_kind_of_event
from mapapp.extract.follow_up_tolls import REFERENCE_WINDOW_CLUSTERS
from mapapp.extract.lexicon import (
    BATTLE_FOR_GROUND,
    CAPTURE_VERBS,
    compile_guarded,
    gated_search,
    normalize_place,
)
from mapapp.extract.mentions import EventMention
from mapapp.extract.toponyms import PlaceMention
from mapapp.model import AIR_TYPES, BOMBARDMENT_TYPES, EventType

# Words that tell a clause's dead apart from those just told: "two more", "another", "also", "a second", "elsewhere".
_OTHER_DEAD_RE = compile_guarded(
    r"\b(?:another|more|" + ALSO_CUE + r"|further|other|others|second|third|separate|separately|meanwhile|elsewhere|"
    r"earlier|later|previous|previously|too|as\s+well|same\s+day)\b",
    re.IGNORECASE,
)


#: A further event of a series: "another strike", "a second drone", "a third mine", "one more raid" (before the event
#: word, a few words at most).
_FURTHER_OF_SERIES_RE = compile_guarded(
    # (searched up to the event word's first letter; words in lower case: "The New Arab reported" names an outlet)
    r"\b(?:another|(?:an?|the)\s+(?:second|third|fourth|fifth|further|new)|one\s+more)\s+"
    r"(?:(?-i:[a-z])[\w'’-]*\s+){0,2}(?-i:[a-z])$",
    re.IGNORECASE,
)
_SERIES_WINDOW_SENTENCES = 2
#: The same cue anywhere in a clause, or "also": one more event of the kind just told.
_FURTHER_IN_CLAUSE_RE = compile_guarded(
    # (a word in lower case after it: "The New Arab reported" names an outlet)
    r"\b(?:another|(?:an?|the)\s+(?:second|third|fourth|fifth|further|new)|one\s+more)\s+(?-i:[a-z])|\b" + ALSO_CUE + r"\b",
    re.IGNORECASE,
)


def _placed_part_of_series(clusters: list[EventMention], mention: EventMention, sentence_index: int) -> bool:
    """True when a mention too vague alone (a weak event word with a place but no day or agent: "strikes hit a silo
    in A", "a second strike, near B, destroyed a safe house") tells one more event of a series just told: it says so
    ("another", "a second"), or it follows, within two sentences, an incident of the same kind told with its agent
    and its day but no place below a governorate ("Turkish warplanes struck dozens of targets on Sunday. In A,
    strikes hit a silo."). Its named place is then all it needs: the series gives the day and the agent."""
    if not mention.sub_governorate_places or mention.generic:
        return False
    word = mention.trigger_start
    if word > 0 and _FURTHER_OF_SERIES_RE.search(mention.clause_text, max(0, word - 40), word + 1):
        return True
    for cluster in reversed(clusters[-REFERENCE_WINDOW_CLUSTERS:]):
        if sentence_index - cluster.last_sentence_index > _SERIES_WINDOW_SENTENCES:
            break
        kind = same_kind_of_event(cluster.event_type, mention.event_type) or (
            cluster.event_type in AIR_TYPES and mention.event_type in AIR_TYPES
        )
        if kind and cluster.actor is not None and cluster.point_dates and not cluster.sub_governorate_places:
            return True
    return False


#: A cue that the clause tells a further event, not the one just told: "another", "a second", "also", "separately",
#: or one dated against it or answering it ("shortly after the ambush", "in response to the attack").
_FURTHER_EVENT_CUE_RE = compile_guarded(
    r"\b(?:another|second|third|fourth|further|new|separate(?:ly)?|" + ALSO_CUE + r"|meanwhile|elsewhere|earlier|later|"
    r"previously|again|other|after|following|before|since|response|retaliat\w*|revenge)\b",
    re.IGNORECASE,
)


# "also" / "too" in a report: a further event of the series just told ("Also targeted the B village", "B was also
# struck", "The SDF artillery also shelled B").
_FURTHER_RE = compile_guarded(r"\b(?:" + ALSO_CUE + r"|too)\b", re.IGNORECASE)
#: Event words that name an act, not its weapon: a further act of a bombardment series is of the series' kind.
_ACT_WORDS = frozenset({"bombed", "struck", "targeted", "hit", "targeting", "bombing", "strike", "strikes", "attacked"})


def _further_strike_elsewhere(
    mention: EventMention, clusters: list[EventMention], sentence_index: int, told_places: set[str]
) -> bool:
    """True when the mention tells, with "also", a further event of the incident told in the sentence before at a
    place no incident was told at ("Coalition planes bombed A. Also targeted the B village, no news on victims", "B
    was also struck", "The SDF artillery also shelled B"): a local post lists a series of strikes that way, and
    each place is an event of its own (Airwars, ACLED). An agentless act word of a bombardment series ("bombed",
    "targeted") takes the series' actor and kind; a mention with its own actor keeps it. Not a toll ("two more
    were also killed in B" is no event word of its own) nor a mention that names a place already told."""
    if not clusters or mention.event_type is EventType.OTHER or not mention.named_places:
        return False
    previous = clusters[-1]
    if not 1 <= sentence_index - previous.last_sentence_index <= 1 or previous.generic or mention.generic:
        return False
    if not _FURTHER_RE.search(mention.clause_text):
        return False
    if any(normalize_place(p.text) in told_places for p in mention.named_places):
        return False
    if mention.actor is None:
        if previous.actor is None or previous.event_type not in BOMBARDMENT_TYPES:
            return False
        act_word = mention.trigger_word.rsplit(" ", 1)[-1]  # ("the silo in B was also hit": the act ends the phrase)
        if mention.event_type is not previous.event_type and act_word not in _ACT_WORDS:
            return False  # "A mine also exploded in B": an event of another kind, read on its own
        mention.actor, mention.actor_score = previous.actor, previous.actor_score
        mention.event_type = previous.event_type
    return True


#: An event word that is its agents ("the warplanes", "the same drones", "the gunmen"): the article points at them (a
#: singular "the drone" is the one of the event told).
_AGENT_EVENT_WORD_RE = re.compile(r"\b(?:(?:war[- ]?|fighter[- ])?(?:planes|jets)|helicopters|drones|uavs|gunmen)\b")


def _known_agent_acts_elsewhere(mention: EventMention, told_places: set[str]) -> bool:
    """True when a definite agent told before acts at a place no incident was told at ("Drones hit a house in A. Last
    week the same drones hit the B bridge", "In B, the warplanes struck the hospital road"): a further event."""
    names = [normalize_place(p.text) for p in mention.named_places]
    return (
        bool(names)
        and _AGENT_EVENT_WORD_RE.search(mention.trigger_word) is not None
        and not any(name in told_places for name in names)
    )


#: The definite event noun as the subject of a verb of hitting, right after it: "the shelling targeted X", "the
#: strikes also hit camps in Y" (not "after the strikes", "the attack was the result of ...").
_HITS_AFTER_EVENT_WORD_RE = re.compile(
    r"\s+(?:(?:also|then|again|later|reportedly|further)\s+)?"
    r"(?:targeted|hit|struck|shelled|pounded|bombarded|bombed|destroyed|damaged|fell\s+on|landed\s+(?:on|in))\b",
    re.IGNORECASE,
)


#: An event word of many hits: a plural ("the strikes", "the raids") or fire kept up ("the shelling", "the
#: bombardment"); a singular ("the strike", "the drone") is the one hit told.
_MANY_HITS_WORD_RE = re.compile(r"(?:[a-z]s|shelling|bombardment|shellfire)$")


#: Places an event was told at without naming them: "shelled villages near A", "raids on the city", "struck
#: positions in the area" (not "the villages of B and C", named).
_UNNAMED_PLACES_RE = compile_guarded(
    r"\b(?:villages|towns|hamlets|areas|sites|neighbou?rhoods|districts|parts|the\s+(?:city|town|area|village))\b"
    r"(?!\s+of\b)",
    re.IGNORECASE,
)


#: An event word that is a verb, finite or past ("dropped barrels", "was neutralized by fire", "conducted an operation
#: in"): read as definite for the subject before it ("the regime helicopters dropped ..."), it tells an act anew.
_VERB_FIRST_RE = re.compile(r"(?:was|were|has|have|had|[a-z]+ed)\s")


#: A subject introduced by a subordinator just before the event word ("as the SDF advanced on B", "while the
#: strikes hit C"): the clause dates or frames another, its act is no further event.
_SUBORDINATE_SUBJECT_BEFORE_RE = re.compile(
    r"\b(?:as|while|when|after|before|since|until|because|whereas)\s+(?:[\w'’-]+\s+){1,4}$", re.IGNORECASE
)


#: An event word read as a passive verb ("were shot", "was neutralized"): its subject is the one hit, not an agent
#: acting anew (:func:`_known_event_hits_elsewhere`).
_PASSIVE_RE = re.compile(r"(?:was|were)\s")
#: A definite subject right before the verb, opening its clause or after a comma: "the militants were shot", "In B, the
#: fighters were hit" (not "in the B region was ...": a place's phrase, the subject before it).
_KNOWN_SUBJECT_BEFORE_RE = re.compile(
    r"(?:^|[,;:]\s*|\b(?:and|but)\s+)\W*(?:the|these|those)\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE
)


def _known_event_hits_elsewhere(mention: EventMention, told_places: set[str], last_told: str) -> bool:
    """True when the definite event told before is the subject of a verb of hitting at a place no incident was told
    at ("Shelling hit A. In the B countryside, the shelling targeted C village"): the event word acts anew, as a
    known agent does (:func:`_known_agent_acts_elsewhere`), a further event, not the one just told named again. Only
    an event word of many hits (:data:`_MANY_HITS_WORD_RE`): "the strike hit a car near C" places the one strike; and
    not when ``last_told``, the sentence that last told the incident just before, told it at places it left unnamed
    ("Guns shelled villages near A. The shelling targeted B and C": those villages, named). An event word that is a
    verb (:data:`_VERB_FIRST_RE`: "the regime helicopters dropped barrels on B") tells its act anew, as a subject's
    verb, whatever its number."""
    verb_first = _VERB_FIRST_RE.match(mention.trigger_word) is not None
    if not verb_first and _MANY_HITS_WORD_RE.search(mention.trigger_word) is None:
        return False  # "the drone struck their car near B": the one strike told, placed more closely
    if gated_search(_UNNAMED_PLACES_RE, last_told):
        return False
    names = [normalize_place(p.text) for p in mention.named_places]
    if not names or any(name in told_places for name in names):
        return False
    at = mention.trigger_start
    if at < 0 or _SUBORDINATE_SUBJECT_BEFORE_RE.search(mention.clause_text, max(0, at - 60), at) is not None:
        return False  # "The strikes came as the SDF advanced on B": the time of the event told, not an act told anew
    if verb_first:
        # (a passive's definite subject is a party known from the event told: "In B, the militants were shot by the
        # SDF"; not a place named in a phrase before the verb: "a gunman who fired in the B region was neutralized")
        return not (
            _PASSIVE_RE.match(mention.trigger_word)
            and _KNOWN_SUBJECT_BEFORE_RE.search(mention.clause_text, max(0, at - 60), at) is not None
        )
    return _HITS_AFTER_EVENT_WORD_RE.match(mention.clause_text, at + len(mention.trigger_word)) is not None


def _listed_part_elsewhere(mention: EventMention, told_places: set[str]) -> bool:
    """True when the mention is one part of a list its clause tells place by place (``distributed``: "The strikes hit
    sites in A and the B depots") at a place no incident was told at: the strikes told again, but this part's hit is
    an event of its own (its sibling at A may have joined the strikes told before)."""
    names = [normalize_place(p.text) for p in mention.named_places]
    return mention.distributed and bool(names) and not any(name in told_places for name in names)


_GROUND_PATTERNS = frozenset({CAPTURE_VERBS, BATTLE_FOR_GROUND})
#: How many sentences apart the taking of a place and a clash there are told as one battle.
_BATTLE_WINDOW = 3


def _battle_for_the_place(clusters: list[EventMention], mention: EventMention, sentence_index: int) -> EventMention | None:
    """The recent armed clash at the mention's named place when one of the two tells ground taken or fought for
    ("The SDF took full control of Tabqa. ... Clashes in the city's last pockets killed 13 fighters"; "Fighting raged
    in X. The army captured X on Sunday"): the battle for the place, one incident. A clash at a city named by its
    governorate's name ("SDF fighters battled ISIS north of the city of Raqqa") points at no place told before."""
    if mention.event_type is not EventType.ARMED_CLASH:
        return None
    names = {normalize_place(p.text) for p in mention.named_places}
    # "in the city's last pockets": the place just told, pointed at, in a clause that names none (not "north of the
    # city of Raqqa", "the city of Deir ez-Zor ... near the city's airport": a city named, though by its governorate's
    # name, is its own place, and "the city" is that one, not one told before; a province named beside "the city's"
    # is no such place: "in Raqqa province, clashes in the city's last pockets")
    pointed = not any(_names_a_town(place) for place, _ in mention.places) and _THE_PLACE_RE.search(
        mention.clause_text
    ) is not None
    if not names and not pointed:
        return None
    for cluster in reversed(clusters[-4:]):
        if sentence_index - cluster.last_sentence_index > _BATTLE_WINDOW:
            break
        if cluster.event_type is not EventType.ARMED_CLASH:
            continue
        if cluster.trigger.pattern not in _GROUND_PATTERNS and mention.trigger.pattern not in _GROUND_PATTERNS:
            continue
        cluster_names = {normalize_place(p.text) for p in cluster.named_places}
        if (names & cluster_names or (pointed and cluster_names)) and compatible(cluster, mention):
            return cluster
    return None


#: The place just told, pointed at: "in the city's last pockets", "around the town".
# A governorate's name worded as its province or region ("Hasakah province", "the Raqqa countryside"), not its city.
_PROVINCE_WORDED_RE = compile_guarded(r"\b(?:province|governorate|countryside|region|desert)\b", re.IGNORECASE)


def _names_a_town(place: PlaceMention) -> bool:
    """Whether a place told names a town or city ("Tabqa", "the city of Raqqa", "Deir el-Zour"), not a province
    ("Hasakah province": a clash there can still be in "the town" just told)."""
    return place.level == "place" or _PROVINCE_WORDED_RE.search(place.text) is None


_THE_PLACE_RE = compile_guarded(r"\bthe\s+(?:city|town|village|camp|neighbou?rhood)\b", re.IGNORECASE)


def _recent(clusters: list[EventMention], sentence_index: int) -> bool:
    """True when an incident was read from one of the two sentences before this one."""
    return bool(clusters) and 1 <= sentence_index - clusters[-1].last_sentence_index <= 2
