"""Retelling rules (rule 1 of :mod:`mapapp.extract.coreference`): a mention that tells an event already clustered
again — the same type, place and day, the same toll, the same victim, the same participants, an undated repost, a
headline told again in the body, a report elaborated with its cause.
"""

from __future__ import annotations

import re

from mapapp.extract.casualties import figures_agree
from mapapp.extract.coreference.accounts import _other_victim_or_target
from mapapp.extract.coreference.compatibility import (
    ALSO_CUE,
    _PLACES_COMPARED,
    city_of_its_own,
    _REFERENCE_WINDOW_SENTENCES,
    _explosion_explained,
    _rounded_alike,
    _same_or_unstated_governorate,
    _type_place_and_date_agree,
    compatible,
    compatible_types,
    is_strike_munition,
    same_kind_of_event,
)
from mapapp.extract.coreference.merging import merge
from mapapp.extract.coreference.separate_events import _FURTHER_EVENT_CUE_RE, _FURTHER_IN_CLAUSE_RE, _OTHER_DEAD_RE
from mapapp.extract.coreference.summaries import _headline_of_several_places
from mapapp.extract.follow_up_tolls import DEFINITE_VICTIMS_RE, REFERENCE_WINDOW_CLUSTERS
from mapapp.extract.lexicon import (
    SEPARATE_REPORT_RE,
    allied,
    compile_guarded,
    gated_search,
    is_named_actor,
    normalize_place,
    same_party,
)
from mapapp.extract.mentions import EventMention
from mapapp.extract.replies import fire_returned_from_afar
from mapapp.extract.triggers import NEW_THING_OF_RE, TriggerHit, speakers_account_of_the_aircraft
from mapapp.model import AIR_TYPES, BOMBARDMENT_TYPES, FIGHT_TYPES, UNSPECIFIC_TYPES, EventType


#: How many sentences after a strike from the air a speaker's account of "the" aircraft may tell it again.
_AIRCRAFT_TOLD_AGAIN_WINDOW = 2


def _aircraft_strike_told_again(
    clusters: list[EventMention], mention: EventMention, sentence_index: int
) -> EventMention | None:
    """The strike from the air just told, when a speaker tells what "the" aircraft had hit
    (:func:`~mapapp.extract.triggers.speakers_account_of_the_aircraft`: "Syrian jets bombed a border town on Monday.
    ... A source said the jets had targeted fighters at a crossing"): one raid, two accounts, even at another named
    place; the account is passed over. With no strike told in the last sentences, it is a strike of its own."""
    if mention.event_type not in AIR_TYPES or not clusters:
        return None
    latest = clusters[-1]
    if latest.event_type not in AIR_TYPES:
        return None
    if sentence_index - latest.last_sentence_index > _AIRCRAFT_TOLD_AGAIN_WINDOW:
        return None
    if mention.trigger_start < 0:
        return None
    own_word = TriggerHit(
        mention.trigger_start, mention.trigger_start + len(mention.trigger_word), mention.trigger_word, mention.trigger
    )
    if not speakers_account_of_the_aircraft(mention.clause_text, own_word):
        return None
    return latest


# An assault named again in a clause: "the attack opened", "their assault", "began what looked like a joint attack on
# the post" (not "an attack on a bakery", "in a separate attack": another one).
_ASSAULT_TOLD_AGAIN_RE = compile_guarded(
    r"\b(?:the|their|this|that)\s+(?:attack|assault)\b|\bbegan\s+(?:[\w-]+\s+){0,6}?(?:attack|assault)\b",
    re.IGNORECASE,
)


def _struck_party_assault_retold(
    clusters: list[EventMention], mention: EventMention, sentence_index: int
) -> EventMention | None:
    """The struck party's assault, read from the relative clause of a strike ("coalition aircraft struck pro-government
    forces who attacked an SDF post near X": :func:`~mapapp.extract.mentions._assault_of_the_struck`), told again in
    the very next sentence by name, with its own day and weapons ("The assault opened before dawn with mortar rounds
    and tank shells on the base", "Hundreds of militiamen with rocket launchers began their attack on the SDF base
    near X"): that assault, not an event of its own. Not a strike from the air (the answer told again), nor a telling
    at another named place, nor an attack told anew or apart ("An attack on a bakery in X killed three", "In a separate
    attack, ...")."""
    recent = clusters[-REFERENCE_WINDOW_CLUSTERS:]
    assault = next((c for c in reversed(recent) if c.struck_party_assault), None)
    if assault is None or sentence_index - assault.last_sentence_index != 1:
        return None
    if mention.event_type in (EventType.AIRSTRIKE, EventType.DRONE_STRIKE):
        return None
    if gated_search(_ASSAULT_TOLD_AGAIN_RE, mention.clause_text) is None:
        return None
    if SEPARATE_REPORT_RE.match(mention.clause_text):
        return None  # "In a separate attack, ...": another one
    told = {normalize_place(p.text) for p in assault.named_places}
    named = {normalize_place(p.text) for p in mention.named_places}
    if told and named and not told & named:
        return None
    return assault


def victim_retold_cluster(clusters: list[EventMention], mention: EventMention, sentence_index: int) -> EventMention | None:
    """The recent cluster whose victim the mention tells again by a definite description, with no place or day of its
    own ("Gunmen assassinated a teacher in Kasra on Monday. The teacher was killed by gunfire as he left a mosque.")."""
    if mention.named_places or mention.point_dates or mention.headline:
        return None
    phrases = [f.phrase for f in (mention.killed, mention.injured) if f is not None and f.phrase]
    definite = next((d for d in (DEFINITE_VICTIMS_RE.match(p) for p in phrases) if d is not None), None)
    if definite is None:
        return None
    described = definite.string[definite.end() :].casefold().strip()
    if not described:
        return None
    for cluster in reversed(clusters[-REFERENCE_WINDOW_CLUSTERS:]):
        if sentence_index - cluster.last_sentence_index > _REFERENCE_WINDOW_SENTENCES:
            break
        if not (cluster.victims and described in cluster.victims.casefold()):
            continue
        same_kind = same_kind_of_event(cluster.event_type, mention.event_type) or mention.event_type in UNSPECIFIC_TYPES
        return cluster if same_kind and compatible(cluster, mention) else None
    return None


def same_toll_retold_cluster(clusters: list[EventMention], mention: EventMention, sentence_index: int) -> EventMention | None:
    """The incident told in the sentence just before, when the clause tells its dead again, by name or another
    description, with the same exact count and no place or day of its own (no place below governorate level the
    incident does not name, :func:`city_of_its_own`, and no other governorate) ("Gunmen shot dead a tribal elder in X
    on Sunday. Sheikh Y was gunned down in front of his home."; "... killing two refugees. Both victims, a father
    and his son, were killed at close range."): the event told again, not a second one. Of the same kind of event
    (or one of them generic), and not told apart ("another", "also", "two more", "elsewhere")."""
    killed = mention.killed
    if killed is None or not killed.low or killed.low != killed.high or not clusters:
        return None
    if mention.named_places or mention.headline or any(not d.said for d in mention.point_dates):
        return None
    latest = clusters[-1]
    if sentence_index - latest.last_sentence_index != 1 or latest.killed is None:
        return None
    if (latest.killed.low, latest.killed.high) != (killed.low, killed.high):
        return None
    if city_of_its_own(latest, mention) or not _same_or_unstated_governorate(latest, mention, origins=False):
        return None  # (told at a place of its own: a city named like its governorate, or another governorate; not
        # where the victims came from, "the victim, a displaced man from Hasakah, ...")
    kinds_agree = (
        same_kind_of_event(latest.event_type, mention.event_type)
        or mention.event_type in UNSPECIFIC_TYPES
        or latest.event_type in UNSPECIFIC_TYPES
    )
    if not kinds_agree or gated_search(_OTHER_DEAD_RE, mention.clause_text) is not None:
        return None
    return latest if latest.days_agree(mention) else None


# A clause naming the event just told as the same one: "..., while another was injured in the same attack".
_SAME_EVENT_NAMED_RE = compile_guarded(
    r"\b(?:in|by|during)\s+the\s+same\s+(?:attack|strike|air\s?strike|drone\s+strike|explosion|blast|shelling|"
    r"bombardment|bombing|ambush|raid|incident|clashes|assault)\b",
    re.IGNORECASE,
)


def _same_event_named(opened: list[EventMention], mention: EventMention) -> EventMention | None:
    """The incident the sentence opened last, when the clause names it as "the same attack" (a later clause of one
    sentence otherwise never merges into an incident the sentence opened). Only the clause right after the opening
    one is asked (:func:`~.clustering.cluster_mentions`): a sentence of many such clauses stays linear."""
    if not opened or fire_returned_from_afar(mention):
        # ("a harassment fire from B was responded to in kind; 4 terrorists were neutralized by our tank crews": the answer
        # with guns, an event of its own, :func:`~mapapp.extract.replies.reply_to_fire`)
        return None
    if (
        not _SAME_EVENT_NAMED_RE.search(mention.clause_text)
        and not _zero_of_the_event_told(opened[-1], mention)
        and not _toll_of_the_event_told(opened[-1], mention)
    ):
        return None
    return opened[-1] if compatible_types(opened[-1].event_type, mention) else None


def _zero_of_the_event_told(opened: EventMention, mention: EventMention) -> bool:
    """A definite clause whose only figure is a stated zero, with no place or day of its own, after a clause that
    opened an incident with no figure ("X shelled the villages of Y on Monday; the shelling caused no casualties")."""
    if not mention.definite or mention.named_places or mention.point_dates or opened.has_figure:
        return False
    return mention.figures_all_zero


#: A clause telling one more event of a series: "another strike", "a second drone", "in a separate attack".
_ONE_MORE_EVENT_RE = compile_guarded(
    r"\b(?:another|second|third|fourth|separate(?:ly)?|further|other|new|" + ALSO_CUE + r"|meanwhile|later|earlier)\b",
    re.IGNORECASE,
)


def _toll_of_the_event_told(opened: EventMention, mention: EventMention) -> bool:
    """A clause giving a toll, with no place, day or new event of its own, right after a clause that opened an
    incident with no figure ("Gunmen attacked a post in X on Monday; a guard was killed in the exchange of fire"):
    the toll of that event, told in its sentence."""
    if mention.named_places or mention.point_dates or mention.anchor is not None or opened.has_figure:
        return False
    if not mention.has_figure or mention.distributed:
        return False
    return _ONE_MORE_EVENT_RE.search(mention.clause_text) is None


def same_event_cluster(clusters: list[EventMention], mention: EventMention) -> EventMention | None:
    """A recent cluster that is the same event by its facts, however it is worded: the same type, the same named
    place and the same day, figures that agree ("Daesh launched a counter-attack around Hajjin on Wednesday" in
    the highlights and again in the body)."""
    if not mention.named_places or not mention.point_dates:
        return None
    names = {normalize_place(p.text) for p in mention.named_places}
    days = {d.day_as_told for d in mention.point_dates}
    for cluster in reversed(clusters[-REFERENCE_WINDOW_CLUSTERS:]):
        if not same_kind_of_event(cluster.event_type, mention.event_type):
            continue
        shared = names & {normalize_place(p.text) for p in cluster.named_places}
        if not shared or all(_another_part_of_a_summary(cluster, name) for name in shared):
            continue  # (a place of a summary that a detail at another of its places has already told: one more part)
        if not days & {d.day_as_told for d in cluster.point_dates}:
            continue
        if figures_agree(cluster.killed, mention.killed) and figures_agree(cluster.injured, mention.injured):
            return cluster
    return None


def undated_retelling_cluster(
    clusters: list[EventMention], mention: EventMention, sentence_index: int
) -> EventMention | None:
    """A recent cluster that a mention with no day of its own tells again at the same places: the same kind of
    event, every place the mention names below governorate level named by the cluster, figures that agree, and
    either a toll they share (a page repeating its lede as a teaser: "A mine injured three people in X camp") or
    the cluster's lack of one when both name the very same spot, a town and a site in it (a post's "UPDATE: car
    bomb in X near the Y roundabout, 5 dead" after "Car bomb explosion in X near the Y roundabout now"). With no
    day to compare, nothing of the wording may set it apart: no "another", "second", "again", no summary of
    several places, no headline."""
    if mention.headline or mention.point_dates or not mention.sub_governorate_places:
        return None
    if gated_search(_NEW_EVENT_RE, mention.clause_text) or _SEVERAL_PLACES_RE.search(mention.clause_text):
        return None
    names = {normalize_place(p.text) for p in mention.named_places[:_PLACES_COMPARED]}
    for cluster in reversed(clusters[-REFERENCE_WINDOW_CLUSTERS:]):
        if sentence_index - cluster.last_sentence_index > _REFERENCE_WINDOW_SENTENCES:
            break
        if not same_kind_of_event(cluster.event_type, mention.event_type):
            continue
        if not names <= {normalize_place(p.text) for p in cluster.named_places[:_PLACES_COMPARED]}:
            continue
        if city_of_its_own(cluster, mention):
            continue  # ("in Raqqa city" after an event in Tabqa: told at a place of its own)
        if not (figures_agree(cluster.killed, mention.killed) and figures_agree(cluster.injured, mention.injured)):
            return None
        shared_toll = (mention.killed is not None and mention.killed == cluster.killed) or (
            mention.injured is not None and mention.injured == cluster.injured
        )
        # (a toll the first report lacked ties them only at the very same spot: a town and a site in it named alike;
        # a town alone may see two car bombs on a day)
        cluster_names = {normalize_place(p.text) for p in cluster.named_places[:_PLACES_COMPARED]}
        same_spot = len(names) >= 2 and names == cluster_names
        untold_toll = cluster.killed is None and cluster.injured is None and mention.has_figure and same_spot
        return cluster if shared_toll or untold_toll else None
    return None


# "another attack", "a second strike", "a new ambush", "struck again": the clause tells one more event of its kind.
_NEW_EVENT_RE = compile_guarded(r"\b(?:another|second|third|fresh|new|separate|similar|previous|again)\b", re.IGNORECASE)


# "different areas", "several villages": a clause summing up events at several places.
_SEVERAL_PLACES_RE = compile_guarded(
    r"\b(?:different|several|various|multiple|numerous|many)\s+(?:areas|places|locations|villages|towns|cities|"
    r"regions|sites|positions|parts|neighbou?rhoods)\b",
    re.IGNORECASE,
)


#: A report of another source framing the event it tells: "Al Mayadeen reported that four airstrikes targeted ...".
_REPORTED_THAT_RE = compile_guarded(r"\b(?:reported|said|says|stated|claimed|announced|confirmed)\s+that\b", re.IGNORECASE)


def reported_again_cluster(
    clusters: list[EventMention], mention: EventMention, sentence_index: int
) -> EventMention | None:
    """The recent incident of its kind that another source's report tells again, naming nothing to set it apart
    ("Airstrikes killed ten militants in X on Monday night, the monitor said. ... Later on Tuesday, a TV channel
    reported that four airstrikes targeted sites near the border."): no place, no day of the event (the day of the
    report does not count), no other party, figures that agree, and the event told inside "reported that". A
    definite event noun at the incident's own place is that incident whatever day the report gives ("a channel
    reported that the remains of 16 fighters killed in the attacks in X arrived home on Tuesday")."""
    if mention.headline or gated_search(_NEW_EVENT_RE, mention.clause_text):
        return None
    at_told_place = mention.definite and bool(mention.named_places)
    if mention.places and not at_told_place:
        return None
    if not at_told_place and any(not d.said for d in mention.point_dates):
        return None
    word = mention.trigger_start
    if word < 0 or not _REPORTED_THAT_RE.search(mention.clause_text, 0, word):
        return None
    names = {normalize_place(p.text) for p in mention.named_places}
    for cluster in reversed(clusters[-REFERENCE_WINDOW_CLUSTERS:]):
        if sentence_index - cluster.last_sentence_index > _REFERENCE_WINDOW_SENTENCES:
            break
        if not cluster.places:
            continue
        if at_told_place:
            if not (names <= {normalize_place(p.text) for p in cluster.named_places}) or not compatible_types(
                cluster.event_type, mention
            ):
                continue
        elif not same_kind_of_event(cluster.event_type, mention.event_type):
            continue
        if mention.actor is not None and not same_party(cluster.actor, mention.actor):
            return None
        if figures_agree(cluster.killed, mention.killed) and figures_agree(cluster.injured, mention.injured):
            return cluster
        return None
    return None


def _same_city(cluster: EventMention, mention: EventMention) -> bool:
    """Whether the mention is told only at places below governorate level named like a governorate ("in Hasakah")
    that the cluster names too (:attr:`~mapapp.extract.mentions.EventMention.sub_governorate_places`)."""
    own = {normalize_place(p.text) for p in mention.sub_governorate_places[:_PLACES_COMPARED]}
    return bool(own) and own <= {normalize_place(p.text) for p in cluster.sub_governorate_places[:_PLACES_COMPARED]}


def retold_cluster(clusters: list[EventMention], mention: EventMention, sentence_index: int) -> EventMention | None:
    """A recent cluster that this mention tells again in other words, often from another source ("ISIS ambushed a
    bus in X, killing four. ... Sources said a bus was attacked by ISIS members in X"): the same named party
    (or one of a joint pair), types of one kind or one generic, dates and figures that do not contradict, and a
    place tying them: the mention's place is one the cluster names (one name may extend the other: "Tishreen" and
    "Tishreen Farm"), or lies in the area the cluster was placed at ("a drone hit A village, south of B" after "a
    drone strike in the countryside of B") when the mention gives no day the cluster lacks; a mention naming no
    place at all needs the same day or the same toll, and so does one told only at a city named like its
    governorate ("in Hasakah", :func:`_same_city`) that the cluster names too, told by the same event word with no
    other victim or target (a city is wide: one party acts there several times a day): the page's dateline sentence
    told again, or a monitor's count at the city it reported first. A clause that says it tells one more event ("another
    attack", "a second strike") or sums up several places ("strikes hit different areas, including X") is never
    one told again, and neither is one with no named party."""
    if mention.headline or not is_named_actor(mention.actor) or gated_search(_NEW_EVENT_RE, mention.clause_text):
        return None
    if _SEVERAL_PLACES_RE.search(mention.clause_text):
        return None  # "strikes hit different areas, including X and Y": a summary of several, not the one told again
    names = [normalize_place(p.text) for p in mention.named_places[:_PLACES_COMPARED]]
    for cluster in reversed(clusters[-REFERENCE_WINDOW_CLUSTERS:]):
        if sentence_index - cluster.last_sentence_index > _REFERENCE_WINDOW_SENTENCES:
            break
        if not same_party(cluster.actor, mention.actor) or not cluster.days_agree(mention):
            continue
        if not (figures_agree(cluster.killed, mention.killed) and figures_agree(cluster.injured, mention.injured)):
            continue
        if cluster.event_type is not mention.event_type and not (
            cluster.event_type in UNSPECIFIC_TYPES or mention.event_type in UNSPECIFIC_TYPES
        ):
            continue
        if names:
            cluster_names = [normalize_place(p.text) for p in cluster.named_places[:_PLACES_COMPARED]]
            if any(_same_name(names[0], b) for b in cluster_names):
                if _another_part_of_a_summary(cluster, names[0]):
                    continue  # "Strikes hit A, B and C. In A a mill was hit. A post near B was hit.": one more part
                return cluster  # where it happened is a place the cluster names
            refines = bool(cluster_names) and any(_same_name(cluster_names[0], a) for a in names[1:])
            if refines and (not mention.point_dates or cluster.point_dates):
                return cluster  # a village in the area the cluster was placed at; no day of its own to set it apart
            continue
        if mention.places and not _same_city(cluster, mention):
            continue  # a governorate of its own: too vague to tie to one incident
        if mention.places:
            if cluster.event_type is not mention.event_type or _other_victim_or_target(cluster, mention):
                continue  # (a city is wide: one party's attack and its clash there, or a man and a woman shot, are two)
            # (at a city: both tell the event's own day, not only a report's: "sources reported on Thursday" is no
            # day of the event that a fight "on Wednesday" in the city could share)
            same_day = any(not d.said for d in mention.point_dates) and any(not d.said for d in cluster.point_dates)
        else:
            same_day = bool(mention.point_dates) and bool(cluster.point_dates)  # (compatible: the days agree)
        same_toll = mention.killed is not None and mention.killed == cluster.killed
        if same_day or same_toll:
            return cluster
    return None


def _another_part_of_a_summary(cluster: EventMention, name: str) -> bool:
    """Whether the place ``name`` is one of several that the cluster's opening sentence lists (a summary: "Strikes
    were reported on A, B and C"), while the cluster has already taken a detail told at another place in a later
    sentence ("In A, a mill was hit"): a detail at B then tells one more part of the summary, not the event told again.
    """
    opening: list[str] = []
    later: list[str] = []
    for place, index in cluster.places:
        if place.level == "place" and place.governorate is None:
            (opening if index == cluster.sentence_index else later).append(normalize_place(place.text))
    return (
        len(opening) >= 2
        and bool(later)
        and any(_same_name(name, told) for told in opening)
        and not any(_same_name(name, told) for told in later)
    )


# Kind-of-place words written after a name ("Tishreen Farm", "Hawl camp"): the name with one is the same place.
_SITE_SUFFIXES = frozenset(
    """farm farms camp prison village town city field oilfield district neighbourhood neighborhood area desert base
    station checkpoint crossing bridge market road square hospital school""".split()
)


def _same_name(first: str, second: str) -> bool:
    """Two folded place names (:func:`normalize_place`) of one place: equal, or one the other with a
    kind-of-place word added ("tishreen", "tishreenfarm")."""
    shorter, longer = sorted((first, second), key=len)
    return bool(shorter) and longer.startswith(shorter) and (longer == shorter or longer[len(shorter) :] in _SITE_SUFFIXES)


def headline_told_again(clusters: list[EventMention], mention: EventMention) -> EventMention | None:
    """The single-event headline cluster that the body's first report tells again, however many lines (byline,
    date, photo caption) stand between them: the body has no incident yet, and type, place, date and figures
    are compatible, and the report lies in the headline's governorates (or either names none): a report told in
    other governorates than a headline's toll ("Over 800 killed in A and B" over "..., while in the east a farmer
    was hurt in C") is another event, and the headline's toll, often a statistic, never reaches it."""
    if not clusters or any(not c.headline for c in clusters) or mention.headline:
        return None
    if len(clusters) != 1 or len(clusters[0].evidence) != 1 or _headline_of_several_places(clusters[0]):
        return None  # a headline listing several events is a summary (rule 5)
    headline = clusters[0]
    if not _same_or_unstated_governorate(headline, mention, origins=False):
        return None
    return headline if compatible(headline, mention) else None


def elaborated_cluster(clusters: list[EventMention], mention: EventMention, sentence_index: int) -> EventMention | None:
    """The cluster told in the sentence just before, when this sentence gives its details: the same specific type
    (or a generic word with a toll after a fight told with no place and no toll),
    the cluster named no place below governorate level (or the same one), and date and figures agree
    ("An explosion hit the countryside of Deir ez-Zor on Sunday, wounding civilians. A mine exploded in a house in
    Shaafah, wounding two.")."""
    if not clusters or _FURTHER_IN_CLAUSE_RE.search(mention.clause_text):
        return None  # ("Another mine exploded in B, wounding a boy": one more event, not the details of the last)
    previous = clusters[-1]
    if sentence_index - previous.last_sentence_index != 1 or (previous.headline and len(previous.evidence) == 1):
        return None
    if previous.event_type in AIR_TYPES and not previous.places and is_strike_munition(mention):
        # "Three fighters were killed in a Turkish drone strike on Friday. They were travelling in a car in Qamishli
        # when a missile hit them": the strike told again with its place
        return previous if compatible(previous, mention) else None
    if not same_kind_of_event(previous.event_type, mention.event_type) and not _explosion_explained(previous, mention):
        # "The SDF and ISIS fought fierce clashes in the east on Friday. ISIS killed 50 fighters in an attack on
        # Bahra": a fight told with no place and no toll, then its details in a generic word
        if previous.places or previous.has_figure or mention.event_type not in UNSPECIFIC_TYPES:
            return None
        if previous.event_type in UNSPECIFIC_TYPES or not mention.has_figure:
            return None
    elif mention.event_type in UNSPECIFIC_TYPES:
        return None
    if not mention.places and mention.has_figure and previous.has_figure:
        # no place of its own and the same toll: "Fierce clashes erupted, leaving 26 soldiers dead" after the ambush
        # that killed 26 (different figures stay apart: two reports of a kind)
        same = previous.killed == mention.killed or previous.injured == mention.injured
        return previous if same and compatible(previous, mention) else None
    if previous.named_places and not mention.named_places:
        return None
    previous_names = {normalize_place(p.text) for p in previous.named_places}
    mention_names = {normalize_place(p.text) for p in mention.named_places}
    if previous_names and not (
        normalize_place(mention.named_places[0].text) in previous_names
        or normalize_place(previous.named_places[0].text) in mention_names
    ):
        return None  # the places they share are only the region around them ("in Deir ez-Zor countryside")
    if previous_names and _another_part_of_a_summary(previous, normalize_place(mention.named_places[0].text)):
        return None  # "Strikes hit A, B and C. In A, a mill was hit. A post near B was hit.": one more part
    if not previous_names and not _same_or_unstated_governorate(previous, mention):
        return None
    if not mention.has_figure and not previous.has_figure:
        return None  # nothing ties the two sentences but their type: two reports of a kind, not one told twice
    if compatible(previous, mention):
        return previous
    # "killed 100" in a headline or lede, "more than 100 attackers were killed" in the body: one toll, rounded
    rounded = _type_place_and_date_agree(previous, mention) and _rounded_alike(previous.killed, mention.killed)
    return previous if rounded and figures_agree(previous.injured, mention.injured) else None


#: A definite noun pointing back at a party, victim, site or weapon of the event just told: "the attackers", "the
#: young man", "the two men", "the terrorists", "the house", "the checkpoint", "the shells", "the strikes". Only a
#: noun of these kinds (not "the town", "the province": a place is no participant).
_PARTICIPANT_BACK_RE = compile_guarded(
    r"\b(?:the|these|those|this|both)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(attackers?|assailants?|gunm[ae]n|perpetrators?|m[ae]n|wom[ae]n|boys?|girls?|child(?:ren)?|victims?|pair|family|"
    r"terrorists?|militants?|jihadists?|members?|fighters?|soldiers?|civilians?|shepherds?|workers?|farmers?|"
    r"house|home|building|checkpoint|post|positions?|base|vehicle|car|truck|bus|convoy|patrol|"
    r"shells?|rockets?|missiles?|strikes?|airstrikes?|attack|ambush|raid|bomb|blast|explosion|device|mine)\b",
    re.IGNORECASE,
)


def _back_noun_pattern(noun: str) -> str:
    """A pattern finding a participant noun in the text told before, singular or plural ("attackers" finds "an
    attack", "the gunmen" finds "a gunman", "the young man" finds "two men")."""
    stem = noun.casefold()
    if stem.endswith(("man", "men")):
        return r"\b" + re.escape(stem[:-2]) + r"[ae]n\b"
    if stem.startswith("child"):
        return r"\bchild"
    if stem.startswith(("attacker", "perpetrator")):
        stem = stem.rstrip("s")[:-2]  # (the attackers of "an attack")
    elif stem.endswith("ies"):
        stem = stem[:-3] + "y"
    elif stem.endswith("s") and not stem.endswith("ss"):
        stem = stem[:-1]
    return r"\b" + re.escape(stem)


def participants_retold_cluster(
    clusters: list[EventMention], mention: EventMention, sentence_index: int
) -> EventMention | None:
    """The incident told in the sentence just before, when this sentence tells it on through its participants,
    site or weapon named again with a definite article ("Gunmen killed 11 shepherds in an attack near A. The
    attackers opened fire on the men near the village of B", "A raid in A killed a young man. Fighters opened fire
    on the young man"), with no cue of a further event ("another", "also", "separately"), types that fit and no
    date or figure that contradicts: one event told in more detail, even where the second sentence names another,
    closer place (the first often names only the area). Linear: one bounded pattern over the clause and a substring
    test per noun found."""
    if not clusters or mention.anchor is not None or not mention.specific:
        return None  # (a mention too vague to open an incident adds nothing to one but noise: "relatives threw stones")
    if mention.distributed:
        return None  # one hit of a list told place by place is an event of its own, not the last one told in detail
    previous = clusters[-1]
    if previous.distributed and previous.killed is not None and previous.killed.low == 0:
        # the last hit of a list, with the list's toll as its bound: "the strikes" told again are the list's, and a
        # toll of theirs is another hit's ("Jets struck A, B and C. 23 were killed. In Iraq, the strikes hit D,
        # killing 16": D's own)
        return None
    if sentence_index - previous.last_sentence_index != 1 or (previous.headline and len(previous.evidence) == 1):
        return None
    if _FURTHER_EVENT_CUE_RE.search(mention.clause_text):
        return None
    fitting = (
        same_kind_of_event(previous.event_type, mention.event_type)
        or {previous.event_type, mention.event_type} <= FIGHT_TYPES
        or compatible_types(previous.event_type, mention)
    )
    if not fitting or not previous.days_agree(mention):
        return None
    if not (figures_agree(previous.killed, mention.killed) and figures_agree(previous.injured, mention.injured)):
        return None
    if (
        mention.event_type in BOMBARDMENT_TYPES
        and previous.event_type not in BOMBARDMENT_TYPES
        and mention.actor is not None
        and previous.actor is not None
        and not allied(mention.actor, previous.actor)
    ):
        return None  # "Militants struck posts with car bombs. The coalition then bombed the attackers": the other side's answer
    # (what the incident told: its first clause and the sentence just before this one, which it ends with)
    told = f"{previous.clause_text} {mention.text_before_clause}".casefold()
    for count, found in enumerate(_PARTICIPANT_BACK_RE.finditer(mention.clause_text)):
        if count == _MAX_BACK_NOUNS:
            break  # (bounded work on a long clause)
        if NEW_THING_OF_RE.match(mention.clause_text, found.end()):
            continue  # "the explosion of a cluster bomblet": a thing told anew, not the one told before
        if re.search(_back_noun_pattern(found.group(1)), told):
            return previous
    return None


_MAX_BACK_NOUNS = 8


#: How many incidents opened before an incident are compared with it by :func:`fold_incidents_told_twice`.
_TOLD_TWICE_WINDOW = 4
#: The fewest dead a toll told twice must count to tie two reports: one death at one place is too common a toll (a
#: camp's bulletin tells one killing after another) to say the event is the same.
_TOLD_TWICE_LEAST_DEAD = 2


def _first_spot(cluster: EventMention) -> str | None:
    """The folded name of the first place below governorate level an incident is told at (not where people came
    from), or None."""
    for place in cluster.sub_governorate_places:
        if not place.origin:
            return normalize_place(place.text)
    return None


def _told_twice(earlier: EventMention, later: EventMention) -> bool:
    """Whether ``later`` tells the very event ``earlier`` told (see :func:`fold_incidents_told_twice`)."""
    if earlier.event_type is not later.event_type or later.headline:
        return False
    spot = _first_spot(later)
    if spot is None or spot != _first_spot(earlier):
        return False
    told, retold = earlier.killed, later.killed
    if told is None or retold is None or told.low != retold.low or (told.low or 0) < _TOLD_TWICE_LEAST_DEAD:
        return False
    if not figures_agree(told, retold) or not figures_agree(earlier.injured, later.injured):
        return False
    own_days = {d.day_as_told for d in later.point_dates if not d.said}
    if own_days and not earlier.headline and not own_days & {d.day_as_told for d in earlier.point_dates if not d.said}:
        # ("On May 7, two men were found shot dead in the camp" after killings told with no day: others; but a headline
        # tells no day, and the body's report of its event adds one)
        return False
    if is_named_actor(earlier.actor) and is_named_actor(later.actor) and not same_party(earlier.actor, later.actor):
        return False
    return not (gated_search(_NEW_EVENT_RE, later.clause_text) or _SEVERAL_PLACES_RE.search(later.clause_text))


def fold_incidents_told_twice(clusters: list[EventMention]) -> list[EventMention]:
    """An incident opened again by a later report of the very same event, which no rule of the walk tied to it because
    sentences, a quote or a caption stood between or its wording differed ("Four guards died when a bomb hit the A
    post on Monday." ... "The bomb planted at our post in A took the lives of four guards," the council said.):
    the same type, the same first place below governorate level, the same number of dead (both told, two or more,
    with the same lower bound: "at least three" and "three" agree), wounded that agree, no day of the later report's
    own that the earlier one does not tell (a day it adds sets it apart, unless the earlier is a headline: a title tells
    no day), no other named party, and no word
    of one more event ("another", "second", "again", "similar") nor of several places in the later report. The later
    incident folds into the earlier one (:func:`~.merging.merge`: the earlier keeps its own toll and place and takes
    what it lacks, with the later one's evidence). One toll told twice at one place is one event: two events of a kind
    at one place with the very same toll are told apart by a cue the later report gives. Only the
    :data:`_TOLD_TWICE_WINDOW` incidents kept before each are compared: linear in the number of incidents."""
    kept: list[EventMention] = []
    for cluster in clusters:
        earlier = next((c for c in reversed(kept[-_TOLD_TWICE_WINDOW:]) if _told_twice(c, cluster)), None)
        if earlier is None:
            kept.append(cluster)
            continue
        cluster.killed = None  # (the earlier report's toll stands: the same dead, counted once)
        if earlier.injured is not None:
            cluster.injured = None
        evidence = list(cluster.evidence)
        merge(earlier, cluster)
        earlier.evidence.extend(span for span in evidence if span not in earlier.evidence)
    return kept
