"""Summaries and waves (rules 5 and 6 of :mod:`mapapp.extract.coreference`), run on the clusters after clustering:
headlines that sum up the body, headlines told again by the body's report, unplaced references, counted summaries,
launches told by their fighting, and a bombardment wave over a region summed up by its parts.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from functools import reduce

from mapapp.extract.arguments import find_actor_mentions
from mapapp.extract.background import strike_in_a_region
from mapapp.extract.casualties import add_tolls, figures_agree
from mapapp.extract.clauses import is_region_name
from mapapp.extract.coreference.compatibility import ALSO_CUE, _same_or_unstated_governorate, compatible, same_kind_of_event
from mapapp.extract.coreference.merging import merge
from mapapp.extract.coreference.places import _AREA_AFTER_RE, _AREA_BEFORE_RE, _NEAR_RE
from mapapp.extract.dates import DateMention
from mapapp.extract.layout import TOPIC_SEPARATOR
from mapapp.extract.lexicon import (
    BOMBARDMENT_OVER_A_REGION_RE,
    FIGHT_OVER_A_REGION_RE,
    SEPARATE_REPORT_RE,
    allied,
    compile_guarded,
    gated_search,
    is_named_actor,
    normalize_place,
    same_party,
)
from mapapp.extract.mentions import EventMention
from mapapp.extract.toponyms import (
    PlaceMention,
    find_operation_zone,
    is_capital_city,
    is_operation_zone,
    operation_of_zone,
)
from mapapp.model import BOMBARDMENT_TYPES, UNSPECIFIC_TYPES, Casualties, EventType

#: A day as a date mention tells it (:attr:`~mapapp.extract.dates.DateMention.day_as_told`).
_DayTold = tuple[int | None, int | None, int | None, int | None]


def drop_summarised_headlines(clusters: list[EventMention]) -> list[EventMention]:
    """Clusters read only from the title line, when the body reports incidents of its own: the headline
    summarises the body ("Turkish drones kill two in Amuda"), so its events are told again below; the body's
    incidents of its kind that name no agent take the headline's (:func:`_hand_over_actor`)."""
    if not any(not c.headline for c in clusters):
        return clusters
    kept = [c for c in clusters if not (c.headline and len(c.evidence) == 1)]
    dropped = [i for i, c in enumerate(clusters) if c.headline and len(c.evidence) == 1]
    for index in dropped:
        _hand_over_actor(clusters[index], [c for c in _near(clusters, index) if not c.headline or len(c.evidence) > 1])
    return kept


_HAND_OVER_WINDOW = 8  # clusters on either side of a summary that it may sum up (bounded: linear in the article)


def _near(clusters: list[EventMention], index: int) -> list[EventMention]:
    return clusters[max(0, index - _HAND_OVER_WINDOW) : index] + clusters[index + 1 : index + 1 + _HAND_OVER_WINDOW]


# a summary of several events: a plural or mass event word ("bombardment", "shelling", "air strikes", "attacks")
_SEVERAL_EVENTS_RE = compile_guarded(
    r"\b(?:bombardments?|shelling|(?:air[- ]?|drone[- ])?strikes|airstrikes|attacks|raids|bombings|shells|rockets|missiles)\b",
    re.IGNORECASE,
)


def _hand_over_actor(summary: EventMention, details: list[EventMention]) -> None:
    """A summary dropped for the reports it sums up ("Bombardment by Turkish forces killed ten civilians" over
    "seven were killed in air strikes and shelling around Ras al-Ain ... three by artillery fire on Qamishli")
    names their agent: each report of its kind (among the clusters within eight of it: bounded, so linear in the
    article) that names none takes the summary's named actor. A summary naming a
    place ("ISIS claims bombing in Manbij") tells of one event there, not of the others the article reports."""
    if not is_named_actor(summary.actor) or summary.named_places or not _SEVERAL_EVENTS_RE.search(summary.clause_text):
        return  # ("ISIS claims bombing in ...": one event, which the body tells again with its own agent)
    for detail in details:
        if detail.actor is not None or not _same_or_unstated_governorate(summary, detail):
            continue
        same_kind = detail.event_type is summary.event_type or (
            summary.trigger.weak and {detail.event_type, summary.event_type} <= BOMBARDMENT_TYPES
        )
        if same_kind:
            detail.actor = summary.actor


# The launch of an offensive, a battle or an operation: "launched an offensive to capture X", "launched the final battle"
_LAUNCHED_OFFENSIVE_RE = compile_guarded(
    r"\blaunch(?:es|ed|ing)?\s+(?:what\s+(?:they|it)\s+called\s+)?(?:an?\s+|the\s+|its\s+|their\s+)?"
    r"(?:[\w\"'’-]+\s+){0,2}?[\"'‘“]?(?:offensive|battle|operation|campaign)\b",
    re.IGNORECASE,
)
#: How many sentences after a launch the fighting it opened may be told.
_LAUNCH_WINDOW_SENTENCES = 4


def drop_launches_told_by_their_fighting(clusters: list[EventMention], text: str) -> list[EventMention]:
    """The incidents without an offensive's launch that the fighting told next tells as it happened ("The SDF launched
    the final battle for X on Saturday. Clashes erupted overnight around X."): a fight with no toll whose evidence
    tells a launch, when a fight of the article's is told within a few sentences after it; coders code the fighting,
    not its launch. So are strikes told after it at the place it is aimed at ("launched an offensive towards X.
    Warplanes struck positions around the town"): the offensive's air side. Kept: a launch told alone, followed only by
    events of other kinds or at other places (its one account), or by a fight told as a separate report ("In a
    separate development, clashes broke out near Y") or by another party."""
    # the fights told without a launch, by the sentence they open in (one pass: each launch looks at a few sentences)
    fights_by_sentence: dict[int, list[tuple[int, EventMention]]] = {}
    launches: set[int] = set()
    for index, cluster in enumerate(clusters):
        if cluster.event_type is not EventType.ARMED_CLASH:
            if cluster.event_type in BOMBARDMENT_TYPES:
                fights_by_sentence.setdefault(cluster.sentence_index, []).append((index, cluster))
            continue
        if gated_search(_LAUNCHED_OFFENSIVE_RE, " ".join(text[start:end] for start, end in cluster.evidence)):
            launches.add(index)
        else:
            fights_by_sentence.setdefault(cluster.sentence_index, []).append((index, cluster))
    kept: list[EventMention] = []
    for index, cluster in enumerate(clusters):
        if index in launches and not cluster.has_figure and any(
            later_index > index and _fight_of_the_launch(cluster, later)
            for offset in range(1, _LAUNCH_WINDOW_SENTENCES + 1)
            for later_index, later in fights_by_sentence.get(cluster.last_sentence_index + offset, ())
        ):
            continue
        kept.append(cluster)
    return kept


def _fight_of_the_launch(launch: EventMention, fight: EventMention) -> bool:
    """A fight told after a launch is its fighting unless it is told as a separate report ("Separately, ...", "In
    a separate development, ...") or between other parties: the launch's party named, and not named in the fight's
    clause as a side ("the SDF said it seized farms after clashes with ISIS" names the SDF)."""
    if SEPARATE_REPORT_RE.match(fight.clause_text):
        return False
    if fight.event_type is not EventType.ARMED_CLASH:
        # strikes told after the launch at the place it is aimed at ("launched an offensive towards X. Warplanes struck
        # positions around the town"): the offensive's air side, told as it happened
        told = {normalize_place(p.text) for p in launch.named_places}
        return bool(told & {normalize_place(p.text) for p in fight.named_places})
    if launch.actor is None or fight.actor is None or launch.actor == fight.actor:
        return True
    return launch.actor in {named.name for named in find_actor_mentions(fight.clause_text)}


def drop_unplaced_references(
    clusters: list[EventMention], has_place_context: bool, published: datetime.date | None = None
) -> list[EventMention]:
    """Clusters that name no place, give no toll and have no article place to fall back on, when other clusters of
    the article are placed: a wave told without place or toll ("The group launched a wave of suicide bombings
    overnight") refers to the located incidents, it is not one of its own. An event the text dates to a day of its
    own, apart from the report's (``published``) and from the placed events of its kind, is no reference to them
    (:func:`_told_on_a_day_of_its_own`). A dropped toll told as the lede of the one placed report of its kind that
    opens right after it is that report's toll (:func:`_hand_over_lede_toll`)."""
    if has_place_context or not any(c.places for c in clusters):
        return clusters
    placed = [c for c in clusters if c.places]
    placed_types = {c.event_type for c in placed}
    # the kinds of the placed events on each day they are told on, and how many placed events each kind has: read
    # once, so that each unplaced cluster asks a table, not every placed one (linear in the clusters)
    placed_days: dict[_DayTold, set[EventType]] = {}
    for other in placed:
        for day in _days_told(other):
            placed_days.setdefault(day, set()).add(other.event_type)
    placed_of_kind = Counter(c.event_type for c in placed)
    kept = [
        c
        for c in clusters
        if c.places
        or (c.has_figure and not _summarises(c, placed_types))
        or _told_as_one_more(c)
        or _dated_in_a_region(c, placed_types)
        or _told_on_a_day_of_its_own(c, placed_days, published)
    ]
    kept_ids = {id(c) for c in kept}
    for index, summary in enumerate(clusters):
        if summary.has_figure and not summary.places and _summarises(summary, placed_types):
            _hand_over_actor(summary, [c for c in _near(clusters, index) if c.places])
            if id(summary) not in kept_ids:  # (a summary kept as an event of its own keeps its toll)
                _hand_over_lede_toll(summary, clusters, index, placed_of_kind)
    return kept


#: How many sentences after an unplaced lede its one placed report may open to take its toll.
_LEDE_WHERE_SENTENCES = 2


def _hand_over_lede_toll(
    summary: EventMention, clusters: list[EventMention], index: int, placed_of_kind: Counter[EventType]
) -> None:
    """An unplaced toll told first ("Troops neutralized four gunmen trying to cross the line, the ministry said")
    whose only placed report of its kind is the next incident, opening within two sentences and telling no figure
    ("The gunmen were hit after they tried to enter the X zone"), repeats that report: the lede gave the who and
    the toll, the next lines the where (rule 0h, one sentence further on). The report takes the lede's figures. Not
    when the article places two reports of the kind (which one the lede tells is not said), nor a report told before
    the toll, or further on (a later report in the article is an event of its own). Looks at one cluster: linear."""
    if index + 1 >= len(clusters):
        return
    report = clusters[index + 1]
    if not report.places or report.has_figure or report.killed is not None or report.injured is not None:
        return
    if report.event_type is not summary.event_type:
        return
    if not 0 < report.sentence_index - summary.last_sentence_index <= _LEDE_WHERE_SENTENCES:
        return
    if placed_of_kind[summary.event_type] != 1:
        return
    report.killed, report.injured = summary.killed, summary.injured


# A count of the events the clause sums up: "in two separate attacks", "carried out three drone attacks" (a small
# number after "in" or a verb of carrying out, up to two words before a plural event noun; not a release line's own
# strikes, "Near X, two strikes engaged ...").
_COUNTED_EVENTS_RE = compile_guarded(
    r"\b(?:in|carried\s+out|conducted|launched|staged|mounted|made)\s+(?P<count>two|three|four|five|six|2|3|4|5|6)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:attacks|strikes|airstrikes|air\s+strikes|"
    r"raids|bombings|explosions|blasts|ambushes|incidents|assaults)\b",
    re.IGNORECASE,
)
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
#: How many sentences after a counting summary its events may be told.
_COUNTED_WINDOW_SENTENCES = 5


def drop_counted_summaries(clusters: list[EventMention], text: str) -> list[EventMention]:
    """Clusters that count the events the next sentences tell one by one ("ISIS cells killed two fighters in two
    separate attacks in the province. ... attacked a post in A ... In the second attack, gunmen targeted a vehicle near
    B"; "Drones carried out three attacks in A and B. The first hit ..."): the summary is dropped when at least as
    many incidents of its kind (or of a generic kind) open within five sentences after it; those it counted take
    its kind, agent and day where they tell none (:func:`_take_what_the_count_told`). A count of more events than the text then tells
    ("carried out 12 strikes on X") stays an incident. Each cluster looks at the few after it: linear."""
    dropped: set[int] = set()
    for index, summary in enumerate(clusters):
        # (in any sentence of the summary: a headline's cluster is counted in the body's lead); a sentence merged into
        # it after the count is the first of the events counted, told as the summary's own: the cluster is that event
        hits = [gated_search(_COUNTED_EVENTS_RE, text[start:end]) for start, end in summary.evidence]
        at = next((i for i, hit in enumerate(hits) if hit is not None), None)
        if at is None or at < len(hits) - 1:
            continue
        found = hits[at]
        assert found is not None
        word = found.group("count").lower()
        count = int(word) if word.isdigit() else _COUNT_WORDS[word]
        told = [
            c
            for c in clusters[index + 1 : index + 1 + _HAND_OVER_WINDOW]
            if 0 < c.sentence_index - summary.last_sentence_index <= _COUNTED_WINDOW_SENTENCES
            and (
                same_kind_of_event(summary.event_type, c.event_type)
                or UNSPECIFIC_TYPES & {summary.event_type, c.event_type}
            )
        ]
        if len(told) >= count:
            dropped.add(index)
            for event in told[:count]:
                _take_what_the_count_told(event, summary)
    return [c for i, c in enumerate(clusters) if i not in dropped] if dropped else clusters


#: How many clusters after a regional wave of fighting its placed fights may open.
_WAVE_PARTS_WINDOW = 6


def drop_regional_waves(clusters: list[EventMention], text: str) -> list[EventMention]:
    """A fight told as a wave over a region, placed by no town of its own ("Clashes between tribes and the SDF spread
    across X province. Fighting spread on Thursday to more villages in the eastern countryside"), before the fights
    the article then places one by one ("Tribal gunmen seized posts in A ...", "Clashes in the town of B killed
    nine"): the wave sums them up, as coders code only the placed fights (one incident per place); the town a title
    told again by the wave names is the area it sums up (:func:`_body_named_places`). Dropped when a
    fight (a clash or an attack) opens at a named place in the same or an unstated governorate in the next clusters (a
    few: linear); a wave with no placed fight after it stays the article's incident. So is a bombardment told over a
    part of Syria before the hits the article places (:func:`_bombardment_wave_summed_up`), and any summary told at
    area level before two or more hits of its kind at named places in it (:func:`_area_summary_summed_up`)."""
    dropped: set[int] = set()
    for index, wave in enumerate(clusters):
        if _area_summary_summed_up(clusters, index, text):
            dropped.add(index)
            continue
        if wave.event_type in BOMBARDMENT_TYPES:
            if _bombardment_wave_summed_up(clusters, index, text):
                dropped.add(index)
            continue
        if wave.event_type is not EventType.ARMED_CLASH:
            continue
        told = " ".join(text[start:end] for start, end in wave.evidence)
        if gated_search(FIGHT_OVER_A_REGION_RE, told) is None:
            continue
        if not all(is_region_name(p.text) for p in _body_named_places(wave)):
            continue  # ("clashes in A spread to the outskirts": A's fight)
        if any(
            c.event_type in (EventType.ARMED_CLASH, EventType.ATTACK)
            and c.sentence_index > wave.last_sentence_index
            and any(not is_region_name(p.text) for p in c.named_places)
            and _same_or_unstated_governorate(wave, c)
            for c in clusters[index + 1 : index + 1 + _WAVE_PARTS_WINDOW]
        ):
            dropped.add(index)
    return [c for i, c in enumerate(clusters) if i not in dropped] if dropped else clusters


def _body_named_places(cluster: EventMention) -> list[PlaceMention]:
    """The cluster's named places (:attr:`EventMention.named_places`) but those of its title line: a title told again by
    a wave in the lede ("Tribes and SDF clash again in A" over "On Monday the fighting reached more hamlets of
    the eastern countryside") names the area the wave sums up, not a town of its own."""
    if not cluster.headline:
        return cluster.named_places
    return [
        p
        for p, index in cluster.places
        if p.level == "place" and p.governorate is None and index != cluster.sentence_index
    ]


#: How many strikes placed after a bombardment told over a region make it their summary: a wave is several hits.
_WAVE_HITS = 2
# A hit the wave's sentence tells after the region, before a town: "..., hitting an oil field in A", "targeting A"
# (not its effects: "cutting power to much of A", "killing four fighters in the countryside of A").
_HIT_AFTER_THE_REGION_RE = re.compile(
    r"\b(?:hitting|striking|targeting|targetting|bombing|pounding|shelling|destroying)\b", re.IGNORECASE
)


def _bombardment_wave_summed_up(clusters: list[EventMention], index: int, text: str) -> bool:
    """An air, drone or artillery bombardment told over a part of Syria ("Turkish drones and warplanes pounded
    infrastructure across northeast Syria on Friday, cutting electricity across most of A", "Jets strike northeast Syria
    for a second day"; :data:`~mapapp.extract.lexicon.BOMBARDMENT_OVER_A_REGION_RE`), naming no town before it tells
    the region (a town named after it in its sentence is where the wave's effects were felt, unless a hit leads to it:
    "..., hitting an oil field in A" is A's strike), has taken no hit of another sentence as its own ("... across the
    north. In A, jets struck a plant": the wave is that hit), and is followed in the next clusters by at least
    :data:`_WAVE_HITS` strikes of its kinds at named places of the same or an unstated governorate, on a day that
    agrees, by the same party if both tell one ("A drone struck a training camp in B", "Jets struck a gas plant near
    C"): the lead sums up the hits, which are the incidents (one per place). A town struck before the region is told
    ("drones struck A and villages across the northeast") keeps the wave its own incident, and so does a wave with
    fewer placed hits. So is a bombardment of several targets told over countrysides only ("jets struck oil facilities
    in the countryside of A and B", :func:`_targets_over_countrysides`); a town named as the reach of the wave's effects
    ("cut power across A") or as the second of "the countryside of A and B" is no town struck (:func:`_region_or_reach`)."""
    wave = clusters[index]
    told = None  # where the region is told (its start, its end), to the end of its sentence
    for start, end in wave.evidence:
        found = gated_search(BOMBARDMENT_OVER_A_REGION_RE, text[start:end])
        if found is not None:
            told = (start + found.start(), start + found.end(), end)
            break
    if told is None:
        if not _targets_over_countrysides(wave, text):
            return False
        told = (wave.evidence[0][0], wave.evidence[0][0], wave.evidence[-1][1])  # (every place a region's)
    hit_told = _HIT_AFTER_THE_REGION_RE.search(text, told[1], told[2])  # (searched once, however many places)
    for place in wave.named_places:
        if _region_or_reach(place, text):
            continue
        if not told[0] <= place.start < told[2]:
            return False  # a town struck before the region, or a hit told after it that the wave took as its own
        if hit_told is not None and hit_told.end() <= place.start:
            return False  # a town the wave hit ("... across northeast Syria, hitting an oil field in A"): A's strike
    hits = [
        c
        for c in clusters[index + 1 : index + 1 + _WAVE_PARTS_WINDOW]
        if c.event_type in BOMBARDMENT_TYPES
        and c.sentence_index > wave.sentence_index
        and any(not is_region_name(p.text) for p in c.named_places)
        and _same_or_unstated_governorate(wave, c)
        and wave.days_agree(c)  # (not hits of another day: "jets pounded the northeast on Monday. On Thursday ...")
        # (nor another party's: "Turkish drones pounded the northeast. Coalition jets struck a hideout near A")
        and (wave.actor is None or c.actor is None or same_party(wave.actor, c.actor))
    ]
    return len(hits) >= _WAVE_HITS


# Where a place is no town struck but a region, or the reach of the wave's effects: the second of "the countryside of
# A and B" (B's countryside too), a town after "across" ("knock out power across A": the wave's effects felt there).
_REGION_OR_REACH_BEFORE_RE = re.compile(
    r"(?:\bcountryside\s+of\s+[\w'’-]+(?:\s+[\w'’-]+)?\s+and\s+|\bacross\s+(?:the\s+(?:city|town)\s+of\s+)?)$",
    re.IGNORECASE,
)
_REGION_OR_REACH_WINDOW = 50  # characters before a place read for the words that make it a region's or a reach
# Several targets, or a wave, as what a bombardment hit: "struck oil and energy facilities", "a fresh wave of strikes on
# sites", "hit targets" (not one target: "struck a gas plant").
_SEVERAL_TARGETS_RE = compile_guarded(
    r"\b(?:sites|facilities|targets|installations|infrastructure|positions)\b|\bwave\s+of\s+(?:[\w-]+\s+)?strikes\b",
    re.IGNORECASE,
)


def _region_or_reach(place: PlaceMention, text: str) -> bool:
    """A place the wave names as a region ("the countryside of A", and B in "the countryside of A and B") or as the
    reach of its effects ("cut power across A"), not as a town it struck."""
    if is_region_name(place.text):
        return True
    return _REGION_OR_REACH_BEFORE_RE.search(text, max(0, place.start - _REGION_OR_REACH_WINDOW), place.start) is not None


def _targets_over_countrysides(wave: EventMention, text: str) -> bool:
    """A bombardment of several targets told over countrysides only ("jets struck oil facilities in the countryside of A
    and B for a third day"): a wave over a region, as much as one told "across northeast Syria"."""
    return (
        bool(wave.named_places)
        and all(_region_or_reach(p, text) for p in wave.named_places)
        and any(gated_search(_SEVERAL_TARGETS_RE, text[start:end]) for start, end in wave.evidence)
    )


def _take_what_the_count_told(event: EventMention, summary: EventMention) -> None:
    """One of the events a dropped summary counted ("The first hit a car in A") takes what the summary told of them
    all and it tells not: an untold kind (or an attack, of a summary of strikes or shelling) its kind ("Drones carried
    out three attacks": drone strikes), no agent its agent, no day of its own its day."""
    # (an attack told by a ground party stays one: "gunmen targeted a vehicle" after "two attacks by cells")
    if event.event_type is EventType.OTHER or (
        event.event_type is EventType.ATTACK and summary.event_type in BOMBARDMENT_TYPES
    ):
        event.event_type = summary.event_type if summary.event_type not in UNSPECIFIC_TYPES else event.event_type
    if event.actor is None and summary.actor is not None:
        event.actor, event.actor_score = summary.actor, summary.actor_score
    days = [d for d in summary.point_dates if not d.said]
    if days and not any(not d.said for d in event.point_dates):
        event.dates = [*days, *event.dates]


def _dated_in_a_region(cluster: EventMention, placed_types: set[EventType]) -> bool:
    """A strike a military release tells with its day and its party but only a part of Syria for place ("On Dec. 9,
    CENTCOM forces conducted an airstrike in eastern Syria"), of a kind no placed incident of the article reports:
    an event of its own (Airwars codes it, unlocated), not a summary of the placed ones."""
    return (
        bool(cluster.point_dates)
        and is_named_actor(cluster.actor)
        and cluster.event_type not in placed_types
        and (not cluster.headline or len(cluster.evidence) > 1)  # (a headline alone is a summary)
        and strike_in_a_region(cluster, cluster.clause_text)
    )


def _told_on_a_day_of_its_own(
    cluster: EventMention,
    placed_days: dict[_DayTold, set[EventType]],
    published: datetime.date | None,
) -> bool:
    """An unplaced event the text dates to a day well apart from the report ("On 3 May, a drone also killed a
    commander" in a report of 20 May; "Last Friday, the camp was shelled"; "two weeks ago, gunmen shot a man"), on
    which no placed event of its kind was told: an earlier event the text recalls, not a summary of the placed ones.
    Only a day told as such counts: a month and day other than the publication's, "last <weekday>", or two days
    before publication or more; a bare "on Friday" is most often the news day of the placed reports, told again in
    the lede. A headline alone stays a summary."""
    if cluster.headline and len(cluster.evidence) == 1:
        return False
    own = {d.day_as_told for d in cluster.point_dates if not d.said and _a_day_apart(d, published)}
    if not own:
        return False
    return not any(
        same_kind_of_event(cluster.event_type, kind) for day in own for kind in placed_days.get(day, ())
    )


def _days_told(cluster: EventMention) -> set[_DayTold]:
    """The days a cluster's own dates tell (not a statement's: "said on Sunday")."""
    return {d.day_as_told for d in cluster.point_dates if not d.said}


def _a_day_apart(date: DateMention, published: datetime.date | None) -> bool:
    """Whether ``date`` tells a day apart from the report's: "14 April" (not the publication's own day), "last
    Friday", "three days ago"."""
    if date.kind == "absolute":
        own_day = (date.month, date.day)
        return date.month is not None and (published is None or own_day != (published.month, published.day))
    return date.last_weekday or (date.days_before_publication is not None and date.days_before_publication >= 2)


# One more event told as such, the event word with "another", "a second", "a separate" before it ("Later, another
# drone hit a car, wounding two", "a separate raid killed three", "the agency reported another strike in the same
# province"): a single event apart from those told before, not a summary nor a reference to them. Up to two words of
# its kind between ("another armed drone", "a second coalition airstrike"); not "one another" (the sides fired at
# one another with rockets: a fight's two sides).
_ONE_MORE_EVENT_RE = compile_guarded(
    r"(?<!\bone\s)\b(?:another|a\s+(?:second|third|separate|further|fresh))\s+(?:[\w-]+\s+){0,2}?"
    r"(?:(?:air\s?|drone\s)?strike|raid|attack|(?:suicide\s|car\s)?bomb(?:ing)?|explosion|blast|ambush|drone|"
    r"assault|(?:land)?mine|rocket|missile|shell|mortar|operation)\b",
    re.IGNORECASE,
)


def _told_as_one_more(cluster: EventMention) -> bool:
    """Whether an unplaced cluster's own clause tells its event as one more, apart from those told before
    (:data:`_ONE_MORE_EVENT_RE`): an event of its own whether or not it has a toll, not a reference to the placed
    ones. Not a headline alone (a summary), nor a clause of background wording or one not told as happened."""
    return (
        (not cluster.headline or len(cluster.evidence) > 1)
        and not cluster.generic
        and gated_search(_ONE_MORE_EVENT_RE, cluster.clause_text) is not None
    )


def _summarises(cluster: EventMention, placed_types: set[EventType]) -> bool:
    """An unplaced toll of the kind the article's placed incidents report ("Bombardment killed ten civilians in
    northeast Syria on Saturday" over the strikes on two named towns told below) sums them up or repeats one: the
    placed reports are the incidents. A kind no placed incident has, or a generic one ("gunmen shot dead a man"),
    is an event of its own."""
    return cluster.event_type not in UNSPECIFIC_TYPES and cluster.event_type in placed_types


# What joins two places of a list: "A and B", "A, B", "#A and #B" (not the ends of one road: "between A and B", "the road linking A and B").
_PLACES_JOINED_RE = re.compile(r"[\s#,]*(?:,|\band\b|&)[\s#]*")
_ROAD_ENDS_RE = re.compile(r"\b(?:between|from|link(?:s|ing)?|connect(?:s|ing)?|join(?:s|ing)?)\W*$", re.IGNORECASE)


def _headline_of_several_places(cluster: EventMention) -> bool:
    """A headline's cluster, not yet told again, that lists two places or more ("Turkish forces shell villages near A
    and B", "Attacks on the A and B countrysides"): it sums up the reports the body tells place by place, so the body's
    first report, at one of them, is no retelling of it (rule 5); its others would take that report's place. Two places
    not listed ("A, near B", "B's A district") or the ends of a road ("between A and B") are one scene."""
    if not cluster.headline or len(cluster.evidence) != 1:
        return False
    text, base = cluster.clause_text, cluster.clause_text_start
    places = sorted(cluster.named_places, key=lambda place: place.start)
    for first, second in zip(places, places[1:]):
        if normalize_place(first.text) == normalize_place(second.text) or not 0 <= first.start - base < len(text):
            continue
        joined = _PLACES_JOINED_RE.fullmatch(text, first.end - base, second.start - base)
        if joined and not _ROAD_ENDS_RE.search(text, 0, first.start - base):
            return True
    return False


# Several events or targets told by one clause: a plural event noun, or plural targets ("struck positions", "hit
# Kurdish-held areas", "a series of strikes"): a summary may sum up hits; a clause telling one target is one hit.
_SEVERAL_AREAS_RE = compile_guarded(r"\b(?:areas|posts|checkpoints|series\s+of)\b", re.IGNORECASE)


def _told_at_area_level(place: PlaceMention, text: str, told: str) -> bool:
    """Whether a summary's place is told as an area, not as the spot hit: a governorate or a region ("the countryside
    of A", "A province"), a name after "villages in", "areas of" or before "district", or a town the events are told
    only near ("near A", "west of A") whose name is a governorate's or whose countryside the summary tells too
    (``told``: the summary's evidence, lowered); a town told only near with no area of its own is a place of its own."""
    if _area_name(place, text):
        return True
    before = text[max(0, place.start - 40) : place.start]
    name = place.text.lower()
    return bool(gated_search(_NEAR_RE, before)) and (
        f"countryside of {name}" in told or f"{name} countryside" in told or f"{name} province" in told
    )


def _area_name(place: PlaceMention, text: str) -> bool:
    """A governorate's or a region's name, or a name told as an area ("villages in A", "A district"); a town named
    after "near" is a governorate's town when its name is the governorate's ("near Hasakah")."""
    if place.level == "governorate" or is_region_name(place.text):
        return True
    before = text[max(0, place.start - 40) : place.start]
    if place.governorate is not None and gated_search(_NEAR_RE, before):
        return True
    return bool(
        gated_search(_AREA_BEFORE_RE, before) or gated_search(_AREA_AFTER_RE, text[place.end : place.end + 30])
    )


def _told_as_the_spot(place: PlaceMention, text: str) -> bool:
    """A hit's place told as where it hit: no area ("villages in A", "A countryside") nor a town it was only near
    ("Near A, two strikes hit ..."): the lines of a release told each near a town are parallel events, not the finer
    places of one of them."""
    return not _area_name(place, text) and not gated_search(_NEAR_RE, text[max(0, place.start - 40) : place.start])


def _inside_the_summarys_governorates(summary: EventMention, hit: EventMention) -> bool:
    """Whether the governorates a hit tells in its own words (its evidence: not a province the list it came from
    names for its last item, "A oil fields and a silo near B and a plant near C in X province") are the summary's, or
    either tells none."""
    own = {
        p.governorate
        for p, _ in hit.places
        if p.governorate and not p.origin and any(start <= p.start < end for start, end in hit.evidence)
    }
    told = {p.governorate for p, _ in summary.places if p.governorate}
    return not own or not told or bool(own & told)


def _toll_of(clusters: list[EventMention], attribute: str) -> int:
    """The clusters' ``killed`` or ``injured`` figures summed (their lower bounds; none counts nothing)."""
    return sum(
        figure.low or 0 for figure in (getattr(c, attribute) for c in clusters) if figure is not None
    )


def _area_summary_summed_up(clusters: list[EventMention], index: int, text: str) -> bool:
    """A lede or headline telling several events or targets at area level only (every place it names a governorate, a
    countryside, "villages in A", or a town it tells the events only near: "Jets struck positions in the countryside of
    A", "Drones hit targets near B on Monday"), followed in the next clusters by at least :data:`_WAVE_HITS` events of
    its kind at named places of the same or an unstated governorate, on a day that agrees, by the same party if both
    tell one: the summary sums up the hits, which the coders code one by one. Its toll must be none, or the sum of the
    hits' ("killed five" over hits killing three and two). The hits that tell no agent or day take the summary's
    (:func:`_take_what_the_count_told`). Kept: a summary telling one target ("struck a gas plant in the countryside of
    A"), one placed hit after it (:func:`~.places.refined_cluster`'s case), hits of another kind, day or party, a toll of
    its own, a summary naming a town it hit."""
    summary = clusters[index]
    if summary.event_type in UNSPECIFIC_TYPES:
        return False
    places = [p for p, _ in summary.places if not p.origin]
    told = " ".join(text[start:end] for start, end in summary.evidence)
    if not places or not all(_told_at_area_level(p, text, told.lower()) for p in places):
        return False
    if not (
        gated_search(_SEVERAL_EVENTS_RE, told)
        or gated_search(_SEVERAL_TARGETS_RE, told)
        or gated_search(_SEVERAL_AREAS_RE, told)
    ):
        return False  # (one target: "struck a gas plant in the countryside of A" is a strike of its own)
    hits = [
        c
        for c in clusters[index + 1 : index + 1 + _WAVE_PARTS_WINDOW]
        if c.sentence_index > summary.sentence_index
        and same_kind_of_event(summary.event_type, c.event_type)
        and any(not p.origin and _told_as_the_spot(p, text) for p, _ in c.places)
        and _inside_the_summarys_governorates(summary, c)
        and summary.days_agree(c)
        and (summary.actor is None or c.actor is None or same_party(summary.actor, c.actor))
    ]
    if len(hits) < _WAVE_HITS:
        return False
    if summary.has_figure and (
        _toll_of([summary], "killed") != _toll_of(hits, "killed")
        or _toll_of([summary], "injured") != _toll_of(hits, "injured")
    ):
        return False  # (a toll of its own: not the hits' sum)
    for hit in hits:
        _take_what_the_count_told(hit, summary)
    return True


#: The kinds of event a statement told over an operation zone sums up: fire and fighting ("neutralized", "attacked",
#: "targeted", "shelled", "struck"), not a bomb, a raid or an abduction, events a body tells of their own.
_ZONE_LEAD_TYPES = frozenset(
    {EventType.ARMED_CLASH, EventType.ATTACK, EventType.SHELLING, EventType.AIRSTRIKE, EventType.DRONE_STRIKE}
)
#: How many sentences after a zone-level lead its body may place the events it sums up (the lead's and the next two).
_ZONE_BODY_SENTENCES = 2
#: How much text before a body clause is read for what opens its sentence (characters).
_SENTENCE_OPENING = 40
#: A body event told as one more than the lead's, or as the answer to it ("In addition, ...", "also", "another", "later", "the
#: fire was retaliated", "our troops responded"): an event of its own, not the lead's placed.
_BEYOND_THE_LEAD_RE = compile_guarded(
    r"\b(?:in\s+addition|additionally|another|" + ALSO_CUE + r"|separate(?:ly)?|meanwhile|elsewhere|earlier|previously|later|"
    r"response|responded|answered|retaliat\w*|in\s+kind|returned\s+fire)\b",
    re.IGNORECASE,
)


def fold_zone_leads(clusters: list[EventMention], text: str) -> list[EventMention]:
    """A lead told only over a military operation's zone ("Forces neutralized four militants who attacked the Olive
    Branch region", :func:`~mapapp.extract.toponyms.is_operation_zone`), followed within two sentences by fire or
    fighting the body places at towns ("They were hit by howitzers near A"): the lead adds no event of its own (the
    zone is where the body's towns lie), it is the body's events told at zone level, and no incident is left at the
    zone. When the body places one event, the lead is merged into it (:func:`~.merging.merge`: its evidence, and the
    agent and kinds of figure that one lacks; the body's places stay); when several, those that name no agent take
    its named one. Not when the body's events together tell another toll (:func:`_body_toll`), nor when
    a body event is told on another day, by the other side, as one more ("In addition", "also", "Separately",
    "Later") or as the answer to the lead ("the fire was retaliated": the lead is the fire answered), in another
    operation's zone, nor when it is a bomb, a raid, an abduction (events of
    their own); a zone lead the body places nowhere stays the article's incident."""
    folded: set[int] = set()
    for index, lead in enumerate(clusters):
        zones = lead.named_places
        if not zones or not all(is_operation_zone(p.text) for p in zones) or lead.event_type not in _ZONE_LEAD_TYPES:
            continue
        operations = {operation_of_zone(p.text) for p in zones}
        body = [
            c
            for c in clusters[index + 1 : index + 1 + _HAND_OVER_WINDOW]
            if c.sentence_index <= lead.last_sentence_index + _ZONE_BODY_SENTENCES
            and any(not is_operation_zone(p.text) for p in c.named_places)
        ]
        if not body or not all(_places_the_zone_lead(lead, c, operations, text) for c in body):
            continue
        killed, injured = _body_toll(body, "killed"), _body_toll(body, "injured")
        if not (figures_agree(lead.killed, killed) and figures_agree(lead.injured, injured)):
            continue  # (the events placed tell the lead's toll: "neutralized five" is not "two soldiers were killed")
        if len(body) == 1:
            places = body[0].places
            merge(body[0], lead)
            body[0].places = places
        elif is_named_actor(lead.actor):
            for event in body:  # (not _hand_over_actor: it leaves a summary that names a place, as a zone is, alone)
                if event.actor is None:
                    event.actor = lead.actor
        folded.add(index)
    return [c for i, c in enumerate(clusters) if i not in folded] if folded else clusters


def _body_toll(body: list[EventMention], kind: str) -> Casualties | None:
    """The toll of ``kind`` ("killed" or "injured") the events of a zone lead's body tell together: their figures
    added, with no upper bound when one of them tells none (it may hold the rest), None when none tells one."""
    tolls = [getattr(event, kind) for event in body]
    if all(toll is None for toll in tolls):
        return None
    total = reduce(add_tolls, tolls)
    if total is not None and any(toll is None for toll in tolls):
        total = Casualties(low=total.low, high=None, phrase=total.phrase)
    return total


def _places_the_zone_lead(lead: EventMention, body: EventMention, operations: set[str | None], text: str) -> bool:
    """Whether ``body``, told after a lead over the zones of ``operations``, is that lead's event placed: fire or
    fighting on a day that agrees, by the lead's side when both name one, told neither as one more event nor as the
    answer to it, in no other zone."""
    if body.event_type not in _ZONE_LEAD_TYPES or not body.days_agree(lead):
        return False
    named = lead.actor if is_named_actor(lead.actor) else None, body.actor if is_named_actor(body.actor) else None
    if named[0] is not None and named[1] is not None and not allied(named[0], named[1]):
        return False  # (the other side's fire: "troops neutralized five ... Militants shelled A" are two events)
    told = _told_with_its_opening(body, text)  # ("In addition, 29 targets were destroyed")
    if gated_search(_BEYOND_THE_LEAD_RE, told) is not None:
        return False
    zone = find_operation_zone(told)
    return zone is None or operation_of_zone(zone.text) in operations


def _told_with_its_opening(mention: EventMention, text: str) -> str:
    """The mention's first evidence clause with what opens its sentence before it (up to :data:`_SENTENCE_OPENING`
    characters back, from the last sentence break): "In addition, 29 targets were destroyed", "Yesterday, a guard
    was shot"."""
    start, end = mention.evidence[0]
    opening = text[max(0, start - _SENTENCE_OPENING) : start]
    return re.split(r"[.!?\n]", opening)[-1] + text[start:end]


#: How many clusters after a headline's may be the body's telling of its event (bounded: linear in the article).
_HEADLINE_BODY_WINDOW = 6
#: A headline's cluster folded into the body's report holds at most this many sentences: the headline, its lede.
_HEADLINE_AND_LEDE = 2
#: A report told on the day before, in the week, month or year before, or as another matter or a like one
#: ("Yesterday, activists found the body of ...", "A week before, ...", "Before that, ...", "Last month, gunmen killed
#: a guard", "On the other hand, ...", "A similar attack killed ..."): no retelling of the headline's event, whatever
#: its toll ("separate" is :data:`_BEYOND_THE_LEAD_RE`'s). The dating stage gives no day for "last week", "a week
#: before" nor "months ago", so :meth:`~mapapp.extract.mentions.EventMention.days_agree` cannot tell them apart.
_ANOTHER_DAY_OR_MATTER_RE = compile_guarded(
    r"\b(?:yesterday|(?:days?|weeks?|months?|years?)\s+(?:before|ago)|before\s+that|last\s+(?:week|month|year)|"
    r"on\s+the\s+other\s+hand|similar)\b",
    re.IGNORECASE,
)


def fold_headlines_told_in_the_body(clusters: list[EventMention], text: str) -> list[EventMention]:
    """A headline's cluster that took its lede ("Mortar attack kills 13 in X" + "Militants shelled a district"), then
    the body's own report of that event, opened apart because sentences (a caption, a quote, a dateline) stood
    between or because the body names the place the headline and lede did not ("at least 13 civilians were killed
    when militants shelled the A and B districts"): one event told twice, so the headline's cluster is merged into
    that report (:func:`~.merging.merge`: its evidence, and what the report lacks; the report's places stay).

    Only when exactly one later cluster (among the next :data:`_HEADLINE_BODY_WINDOW`, none of them a headline's) is
    compatible with it (:func:`~.compatibility.compatible`: places, days, figures; of the headline's type, or one of
    the two an unspecific ``other``, or a clash for an attack and the reverse when the headline tells it by the bare
    word "attack" or "ambush", :func:`_headline_names_no_means`; in the headline's governorates, or either names
    none), gives the headline's
    toll when the headline gives one (a headline over two blasts, "3 children killed in 2 mine blasts", is no
    report of the one at A that gives no toll), and is not told as one more event ("another", "also",
    "Separately", "earlier": :data:`_BEYOND_THE_LEAD_RE`), on the day, week, month or year before or as another matter
    ("Yesterday, ...", "Last month, ...", "On the other hand, ...": :data:`_ANOTHER_DAY_OR_MATTER_RE`), nor over a
    month, a year or a span ("In March, ...": :func:`_told_over_a_span`). Two compatible reports leave the headline as it
    is: which one it tells is not known. A headline's cluster of more than :data:`_HEADLINE_AND_LEDE` sentences took
    the body's report already: a report after it is another event (a series, a bulletin's next item); so is one after
    a monitor's "Topic | Headline" post, whose lede is its whole report."""
    folded: set[int] = set()
    for index, headline in enumerate(clusters):
        if not headline.headline or not 2 <= len(headline.evidence) <= _HEADLINE_AND_LEDE:
            continue  # (a headline alone is a summary, :func:`drop_summarised_headlines`; one that took the body's
            # sentences past its lede is the article's report already, and what follows is told apart)
        if TOPIC_SEPARATOR in text[headline.evidence[0][0] : headline.evidence[0][1]]:
            continue  # (a monitor's "Topic | Headline" post: its lede is the whole report, the next one another)
        candidates = [
            c
            for c in clusters[index + 1 : index + 1 + _HEADLINE_BODY_WINDOW]
            if not c.headline and _tells_the_headline_event(headline, c, text)
        ]
        if len(candidates) != 1:
            continue
        report = candidates[0]
        places, placed = report.places, bool(report.named_places)
        merge(report, headline)
        if placed:
            report.places = places  # (the body's places stay; a report placed nowhere takes the headline's)
        folded.add(index)
    return [c for i, c in enumerate(clusters) if i not in folded] if folded else clusters


def _tells_the_headline_event(headline: EventMention, report: EventMention, text: str) -> bool:
    """Whether a body cluster may be the report of a headline's event (see :func:`fold_headlines_told_in_the_body`)."""
    if headline.killed is not None and report.killed is None:
        return False
    if headline.injured is not None and headline.killed is None and report.injured is None:
        return False
    if (
        headline.event_type is not report.event_type
        and EventType.OTHER not in (headline.event_type, report.event_type)
        and not (_headline_names_no_means(headline) and report.event_type in _ASSAULT_TYPES)
    ):
        return False  # (a clash in a headline is no killing by gunmen the body tells: two events)
    if not compatible(headline, report) or not _same_or_unstated_governorate(headline, report, origins=False):
        return False
    if _at_a_capital_the_headline_does_not_name(headline, report):
        return False
    return not told_beyond_the_lead(report, _told_with_its_opening(report, text))


def _at_a_capital_the_headline_does_not_name(headline: EventMention, report: EventMention) -> bool:
    """Whether the report is told at a capital ("a blast in Baghdad's X quarter", "a car bomb in Damascus") that the
    headline's cluster, placed elsewhere, does not name: a roundup's event in another country or province, never the
    telling of a headline at a town of the covered area ("Car bomb hits Raqqa" over a Baghdad blast)."""
    capitals = {p.text.lower() for p, _ in report.places if is_capital_city(p.text)}
    if not capitals or not headline.places:
        return False
    return not capitals & {p.text.lower() for p, _ in headline.places}


#: The bare word of an assault that names no means ("ISIS attack kills two", "Gunmen attacked a post", "Militants
#: ambush a convoy"): the body's report of it tells how it went (gunfire on people, a fight) and types it by that.
_NO_MEANS_WORDS = frozenset({"attack", "attacks", "attacked", "attacking", "ambush", "ambushes", "ambushed"})
#: The two types the bare word of an assault is read as, by its victims or by a fight told (a clash, an attack).
_ASSAULT_TYPES = (EventType.ARMED_CLASH, EventType.ATTACK)


def _headline_names_no_means(headline: EventMention) -> bool:
    """Whether a headline's cluster, typed a clash or an attack, was read from the bare word of an assault
    (:data:`_NO_MEANS_WORDS`: "Gunmen attack a checkpoint in X, killing two"): a body report typed the other of the
    two ("gunmen shot two guards" after "militants attack a post, kill two soldiers") may be its telling, as the word
    does not tell the type (not "clashes", which tell a fight; the caller asks the report to be typed one of the two
    too)."""
    return headline.event_type in _ASSAULT_TYPES and headline.trigger_word in _NO_MEANS_WORDS


def told_beyond_the_lead(report: EventMention, told: str) -> bool:
    """Whether a body report, whose wording is ``told``, is told as one more event than a lead's ("another", "also",
    "Separately", "earlier": :data:`_BEYOND_THE_LEAD_RE`), on another day or as another matter ("Yesterday, ...", "On
    the other hand, ...": :data:`_ANOTHER_DAY_OR_MATTER_RE`) or over a span ("In March, gunmen killed two guards in
    A": :func:`_told_over_a_span`, the lead's event on a day, this one then): no retelling of a headline or its lede."""
    return (
        _told_over_a_span(report)
        or gated_search(_BEYOND_THE_LEAD_RE, told) is not None
        or gated_search(_ANOTHER_DAY_OR_MATTER_RE, told) is not None
    )


def _told_over_a_span(mention: EventMention) -> bool:
    """Whether the mention's own date (not a statement's) is a month, a year or a span ("In March", "in 2019", "since
    May"), not a day: a report of the headline's event tells its day or none, and one told over a month is
    another event of the past (a month is no point date: :meth:`~mapapp.extract.mentions.EventMention.days_agree`
    does not compare it)."""
    return any(not date.said and date not in mention.point_dates for date in mention.dates)
