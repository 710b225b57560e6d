"""Compatibility (shared by the rules of :mod:`mapapp.extract.coreference`): whether a mention and a cluster can
be one event — compatible types (a killing by hand is no strike), places and dates that agree, the same kind of
event, an explosion explained by its cause — and the windows and cues several rule modules share.
"""

from __future__ import annotations

import re

from mapapp.extract.casualties import figures_agree
from mapapp.extract.lexicon import CLOSE_KILLING_WORDS, SEPARATE_REPORT_RE, compile_guarded, normalize_place
from mapapp.extract.mentions import EventMention
from mapapp.extract.toponyms import PlaceMention
from mapapp.model import (
    AIR_TYPES,
    BOMBARDMENT_TYPES,
    DEVICE_TYPES,
    UNSPECIFIC_TYPES,
    VEHICLE_BOMB_TYPES,
    Casualties,
    EventType,
)


_LOOSE_ACTOR = 5.0  # an actor scored below this was only named near the event word, with no verb or "by" tying it
_REFERENCE_WINDOW_SENTENCES = 8


#: Places of a mention or an incident compared when telling whether one retells the other: an incident that
#: gathered many places through merges is still compared in constant time.
_PLACES_COMPARED = 12

#: "also" as a cue that a clause tells one more event ("B was also struck"), not where it gives a place its other name
#: ("in Qamishlo, also known as Qamishli"): an alias names the same place, and the clause may well tell the event just
#: told again. A pattern for the cue regexes of the sibling modules (:mod:`.separate_events`, :mod:`.accounts`,
#: :mod:`.retelling`, :mod:`.summaries`), to read in place of a bare "also".
ALSO_CUE = r"also(?!\s+(?:known\s+as|called|named|spelt|spelled|referred\s+to\s+as)\b)"


def _event_word(mention: EventMention) -> str:
    """The event word's last word without a plural or past ending: "attacks" and "attacked" are "attack", and
    "strikes" is not "attack" though one trigger pattern finds both."""
    last = mention.trigger_word.rsplit(" ", 1)[-1]
    for ending in ("ed", "s"):
        if last.endswith(ending) and len(last) > len(ending) + 3:
            return last[: -len(ending)]
    return last


def _rounded_alike(first: Casualties | None, second: Casualties | None) -> bool:
    """One toll told as a round figure and as "more than" it ("100" and "more than 100", either way round)."""
    if first is None or second is None:
        return False
    for exact, more in ((first, second), (second, first)):
        if exact.low is not None and exact.low == exact.high and more.high is None and more.low == exact.low + 1:
            return exact.low >= _ROUNDED_FROM and exact.low % 10 == 0
    return False


_ROUNDED_FROM = 10  # (a round figure: "killed 100"; "two" and "more than two" are two tolls)


def compatible(cluster: EventMention, mention: EventMention) -> bool:
    """Type, named place, date and figures of the two do not contradict each other."""
    return (
        _type_place_and_date_agree(cluster, mention)
        and figures_agree(cluster.killed, mention.killed)
        and figures_agree(cluster.injured, mention.injured)
    )


def _type_place_and_date_agree(cluster: EventMention, mention: EventMention) -> bool:
    """Compatible types, and named places and point dates (not the dates of statements) that overlap wherever both
    give some; a mention told only at a city named like its governorate ("near Raqqa") that a cluster with named
    places does not name is told elsewhere (:func:`city_of_its_own`), unless the cluster is a headline: a headline
    names the village or district its body tells at the city near it ("Drone strike kills two near X" over "a drone
    struck a car near Hasakah")."""
    if not compatible_types(cluster.event_type, mention):
        return False
    if mention.event_type in BOMBARDMENT_TYPES and killed_by_hand(cluster):
        return False  # "ISIS executed four men in A. Coalition warplanes targeted a bridge.": two events
    cluster_places = {normalize_place(p.text) for p in cluster.named_places}
    new_places = {normalize_place(p.text) for p in mention.named_places}
    if cluster_places and new_places and not cluster_places & new_places and not _placed_near_only(cluster, mention):
        return False  # (but "in a village near X" ... "the strikes hit the village of Y": Y is that village)
    if cluster_places and not cluster.headline and city_of_its_own(cluster, mention):
        return False  # "Near A, two strikes hit a unit. On May 2, a strike near Raqqa hit a cache": Raqqa's own
    return cluster.days_agree(mention)


def city_of_its_own(cluster: EventMention, mention: EventMention) -> bool:
    """Whether the mention is told at a place below governorate level that the cluster does not name, when that place
    is named like a governorate ("in Raqqa city", "in Hasakah"): such a place is no
    :attr:`~mapapp.extract.mentions.EventMention.named_places` entry, yet the mention is told there, at a place of its
    own, and is not the cluster's event told again (a bulletin's next line, or a like report at another town)."""
    if mention.named_places:
        return False  # (the callers' own comparison of named places applies)
    own = {normalize_place(p.text) for p in mention.sub_governorate_places[:_PLACES_COMPARED]}
    return bool(own - {normalize_place(p.text) for p in cluster.sub_governorate_places})


def _same_or_unstated_governorate(cluster: EventMention, mention: EventMention, *, origins: bool = True) -> bool:
    """Whether the mention's governorates are the cluster's, or either names none; ``origins=False`` leaves out the
    places the mention names only as where people came from ("sent reinforcements from X": PlaceMention.origin)."""
    cluster_governorates = {p.governorate for p, _ in cluster.places if p.governorate}
    new_governorates = {p.governorate for p, _ in mention.places if p.governorate and (origins or not p.origin)}
    return not cluster_governorates or not new_governorates or bool(cluster_governorates & new_governorates)


def compatible_types(cluster_type: EventType, mention: EventMention) -> bool:
    """The same type, or one of the two generic ("attack", "other"), or a weak trigger word, or a missile told
    after an air or drone strike (:func:`is_strike_munition`), or a definite "the strikes", "the raids" after an
    air or drone strike (:func:`strikes_told_again`). A killing by hand ("executed", "shot dead", "beheaded") is no
    strike from the air or from guns, though an attack is generic."""
    if cluster_type in BOMBARDMENT_TYPES and killed_by_hand(mention):
        return False  # "Executions and airstrikes" over "ISIS executed three men in X": the headline's other event
    return (
        same_kind_of_event(cluster_type, mention.event_type)
        or mention.event_type in UNSPECIFIC_TYPES
        or cluster_type in UNSPECIFIC_TYPES
        or mention.trigger.weak
        or (cluster_type in AIR_TYPES and is_strike_munition(mention))
        or strikes_told_again(cluster_type, mention)
    )


#: The words a report uses to refer back to strikes from the air, whatever flew them: "the strikes", "the raids",
#: "the air raids", "the bombing".
_STRIKE_REFERENCE_WORDS = frozenset({"strike", "airstrike", "raid", "bombing", "bombardment"})


def strikes_told_again(cluster_type: EventType, mention: EventMention) -> bool:
    """A definite "the strikes" / "the raids" / "the bombing" after an air or drone strike refers to it, whatever
    type the words alone gave the mention ("Jets bombed Shaafa on Monday. A monitor said the raids killed 12
    civilians"; "US jets struck two depots. ... A monitor said the strikes killed four fighters" after a drone
    attack told in between; a bare "the strikes" is typed by its victims alone, "killed four fighters" a clash)."""
    return (
        mention.definite
        and cluster_type in AIR_TYPES
        and _event_word(mention) in _STRIKE_REFERENCE_WORDS
    )


#: The event words of a killing at close range, by hand or gun: an attack that is no air, drone or artillery strike.
_KILLED_BY_HAND_RE = compile_guarded(
    rf"\b(?:{CLOSE_KILLING_WORDS}|decapitat|slaughter|stabb|strangl|shot\s+and\s+killed|"
    r"(?:was|were)\s+shot\b(?!\s+down))",
    re.IGNORECASE,
)


def killed_by_hand(mention: EventMention) -> bool:
    """True when the mention is an attack told by a killing at close range ("executed three men", "a young man was
    shot dead"), not a generic attack word."""
    return (
        mention.event_type is EventType.ATTACK
        and not mention.trigger.weak
        and _KILLED_BY_HAND_RE.match(mention.trigger_word) is not None
    )
#: A suicide bombing told again as the suicide car bomb it was ("A suicide bombing hit Manbij" ... "A suicide car


#: What an explosion told without its cause turns out to be ("The blast was caused by a mine planted by ISIS").
_EXPLOSIVE_TYPES = frozenset(
    {EventType.IED, EventType.CAR_BOMB, EventType.SUICIDE_BOMB, EventType.AIRSTRIKE, EventType.DRONE_STRIKE, EventType.SHELLING}
)


#: The words of an explosion told without its cause (its sound heard, or "an explosion hit X").
_EXPLOSION_WORDS = ("explosion", "blast", "boom", "detonation")


def _explosion_explained(previous: EventMention, mention: EventMention) -> bool:
    """An explosion or blast told without its cause ("other"), then the device or weapon that caused it."""
    return (
        previous.event_type is EventType.OTHER
        and previous.trigger_word.startswith(_EXPLOSION_WORDS)
        and mention.event_type in _EXPLOSIVE_TYPES
    )


#: The bombs a definite "the explosion" told next refers back to (a device's or an unexplained blast's).
_BOMB_TYPES = DEVICE_TYPES | {EventType.OTHER}
# a blast told as another one: "a second explosion", "another blast", "a further explosion"
_ANOTHER_BLAST_RE = compile_guarded(r"\b(?:another|second|third|further|new|separate|other)\s+(?:[\w-]+\s+)?(?:explosion|blast)", re.IGNORECASE)
# the blast told at a site named anew, an indefinite one: "the explosion at a fuel depot in B" (a new scene, not the
# bomb's spot named again: "the explosion hit the truck on the road between B and C")
_BLAST_AT_A_NEW_SITE_RE = compile_guarded(r"\b(?:explosion|blast)\s+(?:at|in|inside|near)\s+an?\s", re.IGNORECASE)
# the blast named as the time or cause of something else: "closed the roads after the explosion", "following the blast"
_BLAST_AS_REFERENCE_RE = compile_guarded(
    r"\b(?:after|following|since|before|over|because\s+of|due\s+to|in\s+the\s+wake\s+of|in\s+response\s+to)\s+the\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:explosion|blast)",
    re.IGNORECASE,
)


def _blast_named_again(previous: EventMention, mention: EventMention) -> bool:
    """A definite "the explosion" or "the blast" in the sentence right after a bomb, mine or blast, typed no more than an
    explosion, is that bomb named again, though it tells the spot by another name ("A roadside bomb hit a vehicle near
    the A field. The explosion hit the truck on the road between B and C"; "... an IED in the A al-Gharbiya district.
    A member was wounded in the A explosion"); not "another" or "a second" blast, nor one of a separate report, nor
    the blast named as the time or cause of something else ("the SDF closed the roads after the explosion"), nor one
    told at a site named anew ("The explosion at a fuel depot in B") or in another governorate."""
    return (
        mention.definite
        and mention.event_type is EventType.OTHER
        and mention.trigger_word.startswith(_EXPLOSION_WORDS)
        and previous.event_type in _BOMB_TYPES
        and not _ANOTHER_BLAST_RE.search(mention.clause_text)
        and not _BLAST_AS_REFERENCE_RE.search(mention.clause_text)
        and not _BLAST_AT_A_NEW_SITE_RE.search(mention.clause_text)
        and not SEPARATE_REPORT_RE.match(mention.clause_text)
        and previous.days_agree(mention)
        and _same_or_unstated_governorate(previous, mention, origins=False)
        and figures_agree(previous.killed, mention.killed)
        and figures_agree(previous.injured, mention.injured)
    )


def same_kind_of_event(first: EventType, second: EventType) -> bool:
    """The same type, or a suicide bombing and a car bomb (the suicide car bomb it was)."""
    return first is second or {first, second} == VEHICLE_BOMB_TYPES
_MISSILE_RE = compile_guarded(r"\bmissiles?\b", re.IGNORECASE)
_GROUND_FIRE_RE = compile_guarded(
    r"\b(?:shell(?:s|ing|ed)?|artillery|mortars?|howitzers?|launchers?|grad|ground|surface-to-surface|guided)\b",
    re.IGNORECASE,
)


def is_strike_munition(mention: EventMention) -> bool:
    """A mention typed as shelling only by a missile fired from nothing named ("a missile hit their car"): the
    munition of an air or drone strike told just before, not ground fire of its own."""
    return (
        mention.event_type is EventType.SHELLING
        and bool(_MISSILE_RE.search(mention.clause_text))
        and not _GROUND_FIRE_RE.search(mention.clause_text)
    )


# An unnamed site located against a town: "in a village near Ras al-Ain", "a school housing displaced families near
# Raqqa", "a house east of Hajin".
_NEAR_ONLY_LEFT_RE = re.compile(
    r"\b(?:an?|one)\s+(?:[\w-]+\s+){0,2}(?:village|town|hamlet|school|house|building|farm|camp|hospital|mosque|area)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:near|outside|close\s+to|(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _locates_unnamed_site(cluster: EventMention, place: PlaceMention) -> bool:
    """Whether the cluster's first clause names ``place`` only to locate an unnamed site against it ("in a village
    near Ras al-Ain")."""
    offset = place.start - cluster.clause_text_start
    return 0 <= offset <= len(cluster.clause_text) and (
        _NEAR_ONLY_LEFT_RE.search(cluster.clause_text, max(0, offset - 80), offset) is not None
    )


def near_only_place(cluster: EventMention) -> PlaceMention | None:
    """The town the cluster's first clause located an unnamed site against ("in a village near Ras al-Ain"), if any."""
    return next((place for place, _ in cluster.places if _locates_unnamed_site(cluster, place)), None)


def _placed_near_only(cluster: EventMention, follow_up: EventMention) -> bool:
    """True when the cluster put the event at an unnamed site near a town ("in a village near Ras al-Ain") and the
    follow-up names a new place ("The strikes hit the village of Bab al-Khair"): the named village is where."""
    if not _locates_unnamed_site(cluster, cluster.named_places[0]):
        return False
    known = {normalize_place(p.text) for p in cluster.named_places}
    return normalize_place(follow_up.named_places[0].text) not in known


def _narrows(cluster: EventMention, follow_up: EventMention) -> bool:
    """True when the follow-up names, first, a place the cluster did not, and after it the cluster's primary place:
    a place within it. Places the cluster's other clauses named ("Shelling on the X countryside, while patrols
    toured the Y countryside" over "shelling on A village in the X countryside") need not be named again."""
    named = [normalize_place(p.text) for p in follow_up.named_places]
    primary = normalize_place(cluster.named_places[0].text)
    known = {normalize_place(p.text) for p in cluster.named_places}
    return named[0] not in known and primary in named
