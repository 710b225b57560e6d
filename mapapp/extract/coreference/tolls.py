"""Toll references (rule 4 of :mod:`mapapp.extract.coreference`): which cluster a toll told after the event belongs
to (a further toll, a toll "brought to", the victims' bodies, a toll at a site already told, the dead of both sides
of a fight). The tolls themselves are read by :mod:`mapapp.extract.follow_up_tolls`.
"""

from __future__ import annotations

import re

from mapapp.extract.arguments import find_actor_mentions
from mapapp.extract.casualties import SUBSETS_TOLD_RE, add_casualties, is_further_figure, parse_count
from mapapp.extract.coreference.compatibility import _PLACES_COMPARED, compatible_types
from mapapp.extract.follow_up_tolls import PRONOUN_BODY_RE, REFERENCE_WINDOW_CLUSTERS, TOLL_BROUGHT_TO
from mapapp.extract.lexicon import allied, compile_guarded, is_named_actor, normalize_place
from mapapp.extract.mentions import EventMention, SentenceReading
from mapapp.model import BOMBARDMENT_TYPES, Casualties, EventType


#: How many sentences after a fight's last telling a bombardment's toll of both sides may be that fight's.
_BOTH_SIDES_WINDOW = 2
#: "seven fighters on both sides", "12 dead from the two sides", "killed on each side" (right after the counted).
_ON_BOTH_SIDES_RE = re.compile(
    r"[^.;,]{0,30}?\b(?:on|from|of|among)\s+(?:both|each|either|the\s+two)\s+(?:sides?|parties)\b", re.IGNORECASE
)


def _both_sides_dead_to_the_fight(clusters: list[EventMention], readings: dict[int, SentenceReading]) -> None:
    """Rule 4h: a toll of both sides of a fight told with a bombardment ("troops advanced after shelling X, adding that
    seven fighters on both sides were killed"; "shelling hit the camp. Four SDF fighters and three soldiers were
    killed"; "12 ISIS fighters died in clashes and air raids, and three SDF members were killed") is the dead of
    the fight told just before (an armed clash with no toll of its own, within :data:`_BOTH_SIDES_WINDOW` sentences):
    a bombardment by one side kills the other, while the dead of two opposing parties are a battle's. Each cluster
    looks back at the clusters opened before it, a bounded window."""
    for index, strike in enumerate(clusters):
        if strike.event_type not in BOMBARDMENT_TYPES or strike.killed is None or not strike.killed.phrase:
            continue
        fight = next(
            (
                c
                for c in reversed(clusters[max(0, index - REFERENCE_WINDOW_CLUSTERS) : index])
                if c.event_type is EventType.ARMED_CLASH
                and strike.sentence_index - _BOTH_SIDES_WINDOW <= c.last_sentence_index <= strike.last_sentence_index
            ),
            None,
        )
        if fight is None or fight.killed is not None or not _dead_of_both_sides(strike, readings):
            continue
        fight.killed, strike.killed = strike.killed, None


def _dead_of_both_sides(strike: EventMention, readings: dict[int, SentenceReading]) -> bool:
    """Whether the toll of ``strike`` counts the dead of both sides of a fight: said so ("fighters on both sides"), or
    added up from the dead of two parties the text names ("four SDF fighters + three government soldiers")."""
    phrase = strike.killed.phrase if strike.killed is not None else None
    if not phrase:
        return False
    parts = phrase.split(" + ")
    if len(parts) >= 2:
        sides = [{m.name for m in find_actor_mentions(part) if is_named_actor(m.name)} for part in parts]
        if any(len(side) != 1 for side in sides):
            return False  # (a part of no party's, "civilians", or of several: not the dead of two sides)
        named = [next(iter(side)) for side in sides]
        return any(not allied(named[0], other) for other in named[1:])
    for number in range(strike.sentence_index, strike.last_sentence_index + 1):
        reading = readings.get(number)
        at = reading.text.find(phrase) if reading is not None else -1
        if at >= 0 and _ON_BOTH_SIDES_RE.match(reading.text, at + len(phrase)):  # type: ignore[union-attr]
            return True
    return False


_ANOTHER_FIGURE_RE = re.compile(r"(?:another|a\s+further|further)\s+\S", re.IGNORECASE)


def _other_kind_further(pairs: tuple[tuple[Casualties | None, Casualties | None], ...]) -> bool:
    """The mention counts only people of a kind the incident lacks, told as more people ("another eight were
    wounded"), while the incident has a figure of the other kind."""
    new_kinds = [new for new, told in pairs if new is not None]
    if len(new_kinds) != 1:
        return False
    new, told = next((n, t) for n, t in pairs if n is not None)
    has_other = any(t is not None for n, t in pairs if n is None)
    return told is None and has_other and new.phrase is not None and _ANOTHER_FIGURE_RE.match(new.phrase) is not None


def _further_toll_cluster(clusters: list[EventMention], mention: EventMention, sentence_index: int) -> EventMention | None:
    """The incident told in the sentence just before, when the mention only adds people to its toll ("One SDF
    fighter was killed. Three gunmen were also killed in the exchange of fire."): no place or day of its own, a
    compatible type, and a figure of a kind the incident has that says it counts more people
    (:func:`~mapapp.extract.casualties.is_further_figure`). :func:`~.merging.merge` adds it."""
    if not clusters or mention.headline or mention.named_places or mention.point_dates:
        return None
    previous = clusters[-1]
    if sentence_index - previous.last_sentence_index != 1 or not compatible_types(previous.event_type, mention):
        return None
    pairs = ((mention.killed, previous.killed), (mention.injured, previous.injured))
    further = [new for new, told in pairs if new is not None and told is not None]
    if not further and _other_kind_further(pairs):
        return previous  # "Shells killed five civilians in X. Another eight people were wounded when ...": its wounded
    subsets_told = SUBSETS_TOLD_RE.search(previous.clause_text) is not None
    if not further or not all(is_further_figure(new, mention.clause_text, subsets_told) for new in further):
        return None
    return previous


_BROUGHT_TO_RE = compile_guarded(TOLL_BROUGHT_TO, re.IGNORECASE)
#: Sentences after the event told that a victim bringing its toll to a total may be told.
_BROUGHT_TO_WINDOW = 2


def _toll_brought_to_cluster(clusters: list[EventMention], mention: EventMention, sentence_index: int) -> EventMention | None:
    """The incident just told when the mention's dead bring its toll to the total the clause gives ("Clashes left
    five dead in X. Moreover, a child was killed by stray bullets in Y, bringing the death toll to six."): the
    told toll and the new dead add up to that total exactly, so the new dead are that incident's."""
    if not clusters or mention.headline or mention.killed is None or mention.killed.low is None:
        return None
    lowered = mention.clause_text.lower()
    if "toll" not in lowered and "number of" not in lowered:
        return None
    brought = _BROUGHT_TO_RE.search(mention.clause_text)
    if brought is None:
        return None
    total = parse_count(mention.clause_text[brought.end() :])
    previous = clusters[-1]
    told = previous.killed
    if total is None or total[0] is None or told is None or told.low is None or told.high != told.low:
        return None
    if not 1 <= sentence_index - previous.last_sentence_index <= _BROUGHT_TO_WINDOW:
        return None
    if told.low + mention.killed.low != total[0]:
        return None
    previous.killed = add_casualties(told, mention.killed)  # the total the text gives; the mention adds no more
    mention.killed = None
    return previous


def _victims_body_cluster(clusters: list[EventMention], mention: EventMention, sentence_index: int) -> EventMention | None:
    """The incident told in the sentence just before, with no dead, when the mention's only toll is the body of the
    person it told of ("Gunmen abducted a shepherd in X on Monday. His body was found on Tuesday with gunshot
    wounds."): the victim found dead, one incident. Not a mention placed elsewhere."""
    if not clusters or mention.headline or mention.injured is not None or mention.killed is None:
        return None
    previous = clusters[-1]
    if sentence_index - previous.last_sentence_index != 1 or previous.has_figure:
        return None
    if not PRONOUN_BODY_RE.match(mention.killed.phrase or ""):
        return None
    if mention.named_places and not _shares_a_place(previous, mention):
        return None
    return previous if compatible_types(previous.event_type, mention) else None


def _toll_at_a_site_told_cluster(
    clusters: list[EventMention], mention: EventMention, sentence_index: int
) -> EventMention | None:
    """The incident told a sentence or two before, with no figure, at whose named place the mention's dead or wounded
    are told with no means of their own ("Drones hit the Tishrin dam and a silo near Amuda. A guard at the Tishrin dam
    was killed."): the toll of that strike, not a killing of its own. Only a casualty clause (a generic type), with no
    day of its own and every place it names among the incident's; the incident may be one of a list told in one
    sentence (the last of which is not it)."""
    if mention.headline or mention.point_dates or not mention.named_places or not mention.has_figure:
        return None
    if mention.event_type is not EventType.OTHER:
        return None
    for cluster in reversed(clusters[-REFERENCE_WINDOW_CLUSTERS:]):
        if not 1 <= sentence_index - cluster.last_sentence_index <= 2:
            break
        if cluster.has_figure or not _shares_a_place(cluster, mention):
            continue
        names = {normalize_place(p.text) for p in cluster.named_places[:_PLACES_COMPARED]}
        if all(normalize_place(p.text) in names for p in mention.named_places[:_PLACES_COMPARED]):
            return cluster if compatible_types(cluster.event_type, mention) else None
    return None


def _shares_a_place(cluster: EventMention, mention: EventMention) -> bool:
    names = {normalize_place(p.text) for p in cluster.named_places[:_PLACES_COMPARED]}
    return any(normalize_place(p.text) in names for p in mention.named_places[:_PLACES_COMPARED])
