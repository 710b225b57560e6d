"""Tolls told across sentences: a toll that rose, a toll told after its event, the other side's dead.

Contract: helpers of event coreference (:mod:`.coreference`, rule 4 of its docstring), which calls them while it
clusters the mentions of a document in text order; each updates the figures (``killed``, ``injured``) of the
incident a toll belongs to, in place, and says whether it did:

- :func:`update_toll`: a sentence right after an incident saying its death toll rose ("The death toll later rose
  to nine") replaces the figure with the higher one, unless it totals a period, an area or several events, names
  another place or tells a new event; :func:`one_event_risen_toll` reads a clause that names one event and says
  its toll rose ("The death toll from Monday's car bomb in X has risen to nine"), and
  :func:`day_named_event_told` the incident told on the day such a clause names ("the toll of Friday's blast").
- :func:`fill_casualties`: a toll without an event word right after an incident fills the figure it lacks
  ("Two SDF fighters were killed, the SDF said."), the kind it lacks within two sentences (the wounded after the
  dead), the attacker's own dead in the very next sentence ("ISIS also lost 11 members"), or, after an air,
  drone or artillery strike, is one more hit of that wave when told with "also" at another place; another
  source's count of the dead just told in the very next sentence ("Activists put the toll at 14") makes the
  toll a range with it. A post's update line ("Update: 2 dead, 11 wounded", "Toll: ...") gives it a few lines on,
  past lines that tell no event; a stated zero ("No casualties were reported.") after an exchange of fire (an event
  and the answer told right after it) is both events' zero. A toll told after a list of places struck, naming none
  of them, is the list's: each item takes it as a bound (:func:`share_among_listed`). A count told after a toll
  given only by a vague word replaces it ("..., killing dozens of soldiers. The ministry put the toll at 62.").
- :func:`fill_fight_dead_so_far` (first thing :func:`fill_casualties` tries): a toll told over the days of a fight
  ("... had been killed since Thursday", "Since then, 60 have died") is the dead of the latest armed clash that has
  none yet, even past the strikes or the car bomb told of it meanwhile.
- :func:`add_further_figures` (from :func:`~mapapp.extract.coreference.merging.merge`): a figure in the very next
  sentence that counts people beyond the toll ("Two more died on the way to hospital") is added to it; "One of
  them later died" moves one of the wounded to the dead.
- :func:`take_death_of_wounds_told_before`: a death of wounds told before the attack it came from is its toll.
- :func:`other_side_follow_up`, :func:`attacker_also_lost`, :func:`add_other_side_dead`: the dead of the other
  side of the fight just told, added to its toll.

Each looks back at the incident just told or the last few (a bounded window): linear in the text.
"""

from __future__ import annotations

import re
from dataclasses import replace

from mapapp.extract.arguments import find_actor_mentions
from mapapp.extract.background import is_tally, is_unconfirmed
from mapapp.extract.casualties import (
    DIED_OF_WOUNDS_LATER_RE,
    OWN_PEOPLE_RE,
    SUBSETS_TOLD_RE,
    CasualtyReading,
    add_casualties,
    add_tolls,
    casualty_range,
    figures_agree,
    is_damage_zero,
    is_further_figure,
    is_source_silence_zero,
    parse_count,
    refines_vague_toll,
)
from mapapp.extract.clauses import find_sources, is_region_name
from mapapp.extract.dates import find_dates, resolve
from mapapp.extract.lexicon import (
    FIGHT_OVER_A_REGION_RE,
    HOSTILE_HEADS,
    HOSTILE_PLURALS,
    WEEKDAYS,
    compile_guarded,
    gated_search,
    is_named_actor,
    normalize_place,
)
from mapapp.extract.mentions import (
    ACCIDENT_RE,
    EventMention,
    SentenceReading,
    shared_bound,
)
from mapapp.extract.toponyms import GovernorateMention, PlaceMention
from mapapp.model import BOMBARDMENT_TYPES, FIGHT_TYPES, Casualties, EventType

# (Shared with :mod:`.coreference`, which imports them from here: this module is below it.)
#: How many of the latest incidents a later mention is compared with.
REFERENCE_WINDOW_CLUSTERS = 4


# "..., bringing the death toll to six", "raising the toll of the bombing to 13": a total that the dead just told
# raise (the figure follows "to"). A toll told again (_RISEN_TOLL_RE) and the toll a clause's own dead complete
# (_BROUGHT_TO_RE in :mod:`.coreference.tolls`) share it.
TOLL_BROUGHT_TO = (
    r"\b(?:bringing|raising|taking|pushing|increasing)\s+(?:the\s+)?(?:overall\s+|total\s+)?(?:death\s+toll|toll|"
    r"number\s+of\s+(?:dead|deaths|fatalities|people\s+killed))\s+(?:[\w’'-]+\s+){0,5}?to\s+"
)
# A toll told again, higher: "The death toll (from the bombing) later rose to nine", "the toll has climbed to 12".
_RISEN_TOLL_RE = compile_guarded(
    r"\b(?:(?:death\s+)?toll|number\s+of\s+(?:the\s+)?(?:(?:dead|killed)(?:\s+(?!(?:has|had|rose|risen)\b)[a-z]+)?|deaths|"
    r"fatalities|victims|martyrs|(?:[a-z]+\s+){0,2}killed))\b"
    r"(?:\s+(?:of|from|in)\s+(?:the|this|that)\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+)?\s+"
    r"(?:has\s+|had\s+|later\s+|then\s+|now\s+|since\s+){0,2}(?:risen|rose|rises|climbed|climbs|increased|jumped|gone\s+up|went\s+up|reached)"
    r"\s+(?:to\b)?"
    # a later death that raises it: "A woman later died of her wounds, raising the toll to 13"
    r"|" + TOLL_BROUGHT_TO,
    re.IGNORECASE,
)
# Words that make a risen toll a total over a period or an area, not one incident's toll.
_TOTAL_OVER_PERIOD_RE = compile_guarded(
    # ("has since risen": "since" an adverb, no period)
    r"\b(?:since(?!\s+(?:risen|rose|climbed|increased|jumped|reached|gone|went)\b)|so\s+far|this\s+(?:year|month|week)|"
    r"last\s+(?:year|month|week)|past\s+(?:\w+\s+)?(?:days?|weeks?|months?|years?)|"
    r"total|overall|altogether|cumulative|campaign|offensive|war|conflict|province|governorate|region|attacks|strikes|"
    r"bombings|incidents)\b",
    re.IGNORECASE,
)


def update_toll(
    reading: SentenceReading,
    clusters: list[EventMention],
    governorates: list[list[GovernorateMention]],
    sentences_with_mentions: set[int] = frozenset(),  # type: ignore[assignment]
) -> bool:
    """The sentence right after an incident saying its death toll rose ("A car bomb killed five in X. The death
    toll later rose to nine."): the higher figure replaces the incident's. Not when the sentence tells an event of
    its own, names another place, or totals a period, an area or several events ("Since January the toll of
    bombings in the province has risen to 90": a tally). A post's update line may tell it a few lines later, past
    lines telling no event ("Initial toll: 16 martyrs. ... / Update: number of martyrs now 19")."""
    if not clusters:
        return False
    # (or a post's update line a few lines on, past lines telling no event: "Initial toll: 16 dead. ... / Update: the
    # number of martyrs rose to 19")
    gap = reading.index - clusters[-1].last_sentence_index
    if gap != 1 and not _update_line_after(reading, clusters[-1], sentences_with_mentions, nearest=2):
        return False
    match = gated_search(_RISEN_TOLL_RE, reading.text)
    if match is None or _TOTAL_OVER_PERIOD_RE.search(reading.text):
        return False
    if any(not m.definite for m in reading.mentions):
        return False  # "A second bomb went off and the toll rose to nine": a new event
    previous = clusters[-1]
    sentence = reading.sentence
    places_told = reading.places_named(governorates)
    named = {normalize_place(p.text) for p in places_told if p.governorate is None}
    if named - {normalize_place(p.text) for p in previous.named_places}:
        return False
    bounds = parse_count(reading.text[match.end() :])
    if bounds is None or bounds[0] is None:
        return False
    risen = Casualties(low=bounds[0], high=bounds[1], phrase=reading.text[match.start() : match.end() + 20].strip())
    if previous.killed is not None and previous.killed.low is not None and risen.low < previous.killed.low:
        return False
    previous.killed = risen
    previous.extend_to(sentence)
    return True


# The toll of one event named as such: "the death toll of Monday's car bomb in X", "the number of people killed in
# the drone strike on ...", "the toll from yesterday's shelling" (a singular event noun after a definite, or a mass
# noun after a day's possessive; "the toll of Turkish strikes", "of ISIS attacks" or "from the bombing in X" may sum
# several events).
_ONE_EVENT_TOLL_RE = compile_guarded(
    r"\b(?:(?:death\s+)?toll|number\s+of\s+(?:the\s+)?(?:dead|deaths|fatalities|victims|(?:[a-z]+\s+){0,2}killed))"
    r"\s+(?:of|from|in|by|caused\s+by)\s+(?:(?:the|this|that)\s+(?:[\w’'-]+\s+){0,4}?"
    r"(?:attack|explosion|blast|bomb|strike|airstrike|raid|ambush|massacre|incident"
    # a mass noun with its day: "the Turkish shelling on Ain Issa on Thursday"
    r"|(?:bombing|shelling|bombardment)(?=[^.;]{0,60}?\b(?:on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|"
    r"last\s+night|this\s+morning)\b))"
    # a mass noun ("the bombing in X", "the shelling") may be a whole campaign: one event only with its day
    # (the day and the event noun named: :func:`day_named_event_told` finds the incident told that day)
    r"|(?P<named_day>(?:yester|to|mon|tues|wednes|thurs|fri|satur|sun)day|last\s+night)['’]s\s+(?:[\w’'-]+\s+){0,4}?"
    r"(?P<day_event_noun>attack|explosion|blast|bombing|bomb|strike|airstrike|raid|shelling|bombardment|ambush|"
    r"massacre|incident))\b",
    re.IGNORECASE,
)
_RISEN_AFTER_EVENT_RE = compile_guarded(
    r"\b(?:(?:has|had|have)\s+)?(?:(?:since|later|now|then)\s+)?(?:risen|rose|rises|climbed|climbs|increased|"
    r"increases|reached|reaches|jumped)\s+(?:to\s+)?",
    re.IGNORECASE,
)
_ONE_EVENT_RISEN_WINDOW = 200  # characters between the event named and the verb of the toll that rose (past a long
# description of the event: "the toll of yesterday's ambush, in which gunmen by the road ... opened fire on a truck
# ..., has now risen to 26")


def one_event_risen_toll(clause_text: str) -> Casualties | None:
    """The toll of one event told as risen ("The death toll from Monday's car bomb in Tal Abyad has risen to nine"),
    as bounds; None for a toll over a period, an area or several events ("the toll of Turkish strikes since October
    has risen to 90") or a clause with none."""
    lowered = clause_text.lower()
    if "toll" not in lowered and "number" not in lowered:
        return None  # (a cheap test first: most clauses have neither word)
    event = _ONE_EVENT_TOLL_RE.search(clause_text)
    if event is None or _TOTAL_OVER_PERIOD_RE.search(clause_text):
        return None
    raising = _RAISING_BEFORE_RE.search(clause_text, max(0, event.start() - _RAISING_WINDOW), event.start())
    if raising is not None:
        # "..., bringing to nine the number of people killed in the shelling", "raising the toll of the attack to 5"
        figure_at = raising.start("figure") if raising.group("figure") else None
        if figure_at is None:
            to = _TO_AFTER_EVENT_RE.search(clause_text, event.end(), event.end() + _ONE_EVENT_RISEN_WINDOW)
            figure_at = to.end() if to else None
        bounds = parse_count(clause_text[figure_at:]) if figure_at is not None else None
        phrase_end = event.end()
    else:
        risen = _RISEN_AFTER_EVENT_RE.search(clause_text, event.end(), event.end() + _ONE_EVENT_RISEN_WINDOW)
        bounds = parse_count(clause_text[risen.end() :]) if risen else None
        phrase_end = risen.end() + 12 if risen else event.end()
    if bounds is None or bounds[0] is None:
        return None
    return Casualties(low=bounds[0], high=bounds[1], phrase=clause_text[event.start() : phrase_end].strip())


# "bringing to nine the number of ...", "raising the death toll of ...": the toll of the event named next is raised.
_RAISING_BEFORE_RE = compile_guarded(
    r"\b(?:bringing|raising|taking|pushing|increasing|brought|raised|took)\s+(?:to\s+(?P<figure>[^,.;]{1,30}?)\s+)?"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
_RAISING_WINDOW = 50  # characters before the toll words where "bringing to nine" may stand
_TO_AFTER_EVENT_RE = compile_guarded(r"\sto\s+(?=\S)", re.IGNORECASE)


#: The kinds of incident an event noun of a risen toll may name (a noun not listed names any kind).
_KINDS_OF_EVENT_NOUN = {
    "explosion": frozenset({EventType.CAR_BOMB, EventType.IED, EventType.SUICIDE_BOMB, EventType.OTHER}),
    "blast": frozenset({EventType.CAR_BOMB, EventType.IED, EventType.SUICIDE_BOMB, EventType.OTHER}),
    "bombing": frozenset({EventType.CAR_BOMB, EventType.IED, EventType.SUICIDE_BOMB, EventType.OTHER}),
    "bomb": frozenset({EventType.CAR_BOMB, EventType.IED, EventType.SUICIDE_BOMB, EventType.OTHER}),
    "strike": frozenset({EventType.AIRSTRIKE, EventType.DRONE_STRIKE}),
    "airstrike": frozenset({EventType.AIRSTRIKE, EventType.DRONE_STRIKE}),
    "shelling": frozenset({EventType.SHELLING}),
    "bombardment": frozenset({EventType.SHELLING, EventType.AIRSTRIKE}),
}


def day_named_event_told(mention: EventMention, clusters: list[EventMention]) -> EventMention | None:
    """The incident a risen toll names by its day ("A car bomb killed 13 in A on Saturday. On Sunday a mine killed two
    in B. The toll of Saturday's bomb has since climbed to 15."): among the last :data:`REFERENCE_WINDOW_CLUSTERS`
    incidents, the latest told on that day ("on Saturday", "yesterday") whose kind the event noun may name and whose
    places include every place the clause names ("the toll of Saturday's bombing in A": not the one in C that day).
    The toll is that incident's, not a new event's nor the incident told last's (the mine on Sunday). None when the
    toll's own event is not named by its day (:data:`_ONE_EVENT_TOLL_RE`: "the toll of the strike, a day after
    Saturday's bombing, rose" is the strike's) or no such incident was told."""
    named = gated_search(_ONE_EVENT_TOLL_RE, mention.clause_text)
    if named is None or named.group("named_day") is None:
        return None
    day = named.group("named_day").lower()
    if day != "yesterday" and day not in WEEKDAYS:
        return None  # ("today's", "last night's": not a day an incident is dated by here)
    kinds = _KINDS_OF_EVENT_NOUN.get(named.group("day_event_noun").lower())
    places_named = {normalize_place(p.text) for p in mention.named_places}
    for cluster in reversed(clusters[-REFERENCE_WINDOW_CLUSTERS:]):
        if kinds is not None and cluster.event_type not in kinds:
            continue
        if places_named - {normalize_place(p.text) for p in cluster.named_places}:
            continue  # ("the toll of Friday's attack on B" is not that of Friday's strike on A)
        told = [d for d in cluster.point_dates if not d.said]
        if day == "yesterday":
            if any(d.days_before_publication == 1 and d.weekday is None for d in told):
                return cluster
        elif any(d.weekday == WEEKDAYS[day] for d in told):
            return cluster
    return None


def figures_rise(told: Casualties | None, risen: Casualties) -> bool:
    """A risen toll replaces the one told when it is no lower."""
    return told is None or told.low is None or (risen.low is not None and risen.low >= told.low)


#: How many incidents back the fight told beside a strike is looked for (the clause's own, or the one it joined).
_BESIDE_WINDOW = 4


def _fight_told_beside(strike: EventMention, clusters: list[EventMention]) -> EventMention | None:
    """The fight a strike was told beside in its clause ("Clashes went on near X, amid coalition strikes on the area.
    Six ISIS members were killed."), when the strike is the incident told last: the toll told next is the fight's, as
    the clause's leading event (also when the fight joined an incident told before it, a headline's). None otherwise."""
    if not strike.beside_fight:
        return None
    start = strike.clause_span[0]
    for cluster in reversed(clusters[-_BESIDE_WINDOW:]):
        if (
            cluster is not strike
            and cluster.event_type is EventType.ARMED_CLASH
            and any(low <= start < high for low, high in cluster.evidence)
        ):
            return cluster
    return None


def fill_casualties(
    reading: SentenceReading,
    clusters: list[EventMention],
    governorates: list[list[GovernorateMention]],
    sentences_with_mentions: set[int] = frozenset(),  # type: ignore[assignment]
) -> None:
    """Rule 4: a sentence without an event word that gives the toll of the incident just reported.

    An incident with no figure takes the toll of the very next sentence, or one told a sentence later past one
    telling no event ("Jets struck X. A house was damaged. There were no casualties."; "ISIS stormed the posts at X.
    The fighters fell back toward Y. Sources said 30 fighters were killed."). One with a figure already takes, from the
    next sentence or the one after (with no event told between), a figure of the other kind ("ISIS killed 68
    fighters in Hajin. ... The toll rose after the discovery of new victims, and 100 were wounded": the wounded),
    and from the very next sentence the losses of its own attacker, added to the toll ("ISIS ambushed a column,
    killing 26 soldiers. ISIS also lost 11 members.": 37 were killed in the ambush). A post's update line gives the
    toll further on, past lines telling no event (:func:`_update_line_after`); an update or correction line
    replaces, kind by kind, a figure the incident has already ("Info: 2 killed. / Correction: 3 killed.": three).
    """
    if not clusters:
        return
    if gated_search(_FIGHT_SO_FAR_RE, reading.text) is not None:
        toll = reading.toll()
        if fill_fight_dead_so_far(reading, clusters, governorates, toll.killed, toll.injured, toll.victims):
            return
    named_incident = _incident_of_the_target_named(reading, clusters) or _incident_of_the_place_named(
        reading, clusters, governorates
    )
    previous = named_incident or _fight_told_beside(clusters[-1], clusters) or clusters[-1]
    gap = reading.index - previous.last_sentence_index
    # another source's toll told a few sentences on ("the observatory later put the total death toll at 14"), past lines that
    # open no incident (a reaction, a repeated paragraph): it names the toll, so it is the last incident's
    toll_put_later = (
        2 < gap <= _ANOTHER_SOURCES_WINDOW
        and previous is clusters[-1]
        and previous.killed is not None
        and gated_search(_ANOTHER_SOURCES_TOLL_RE, reading.text) is not None
    )
    if gap not in (1, 2) and not toll_put_later and not _update_line_after(reading, previous, sentences_with_mentions):
        return
    toll = reading.toll()
    zero_only = all(f is None or f.high == 0 for f in (toll.killed, toll.injured))
    if gap == 2 and reading.index - 1 in sentences_with_mentions:
        # (an incident takes a toll told a sentence later, past one telling no event: "Jets struck the village. A
        # house was damaged. There were no casualties."; "ISIS stormed the posts at X. The fighters fell back toward
        # Y. Sources spoke of 30 fighters killed.")
        return
    if _told_at_another_time(previous, reading.text, toll):
        return  # "Gunmen attacked a post on Friday. Last year, nine guards were killed at the same post."
    assessed = is_unconfirmed(reading.text)
    unconfirmed = assessed and not zero_only  # "no indication of harm to civilians" is a zero
    if reading.generic or is_tally(reading.text, reading.text, no_casualties=zero_only) or unconfirmed:
        # "Also, 11 shepherds were killed in the same period": a total, not this incident's toll ("No casualties
        # have been reported so far" totals nothing: it is this incident's zero)
        return
    if gap == 1 and _some_wounded_died(previous, reading.text):
        previous.extend_to(reading.sentence)
        return  # "Four civilians were hurt. One of them later died.": one of the wounded is among the dead
    if toll.killed is None and toll.injured is None:
        return
    if previous.killed is not None and (toll.killed_implied or _civilians_only_zero(toll)):
        # "Two were killed. No one was hurt.": the two stay ("A strike killed an IS leader. There were no civilian
        # casualties.": the zero is of the civilians, the leader stays dead)
        toll = replace(toll, killed=None, killed_implied=False)
    if _victims_told_before(toll, clusters):
        if gap == 1 and _wounded_died(previous, reading, toll):
            previous.extend_to(reading.sentence)
        return  # "The killing of the tribal leader could fuel tensions": an incident told before, no new figure
    sentence = reading.sentence
    places_told = reading.places_named(governorates)
    named = {normalize_place(p.text) for p in places_told if p.governorate is None}
    known = {normalize_place(p.text) for p in previous.named_places}
    if named and known and not named & known and not PRONOUN_BODY_RE.match(toll.killed.phrase or "" if toll.killed else ""):
        if gap == 1 and previous.event_type in BOMBARDMENT_TYPES and _ALSO_RE.search(reading.text):
            # "Turkish drones hit a checkpoint near X. A civilian was also wounded in Y.": one more hit of the same
            # wave at another place, an incident of its own
            clusters.append(_another_hit(previous, reading, toll, places_told))
        return  # a toll at another place is another event (not "His body was found near Y": the victim told)
    if (gap == 1 or toll_put_later) and another_sources_count(previous, toll.killed, toll.injured, reading.text):
        pass
    elif previous.has_figure and gated_search(_UPDATE_LINE_RE, reading.text) is not None:
        # a post's update or correction line gives the toll as it now stands, kind by kind: "Info: 2 killed. /
        # Correction: 3 killed." (not added to the first figure, as a further toll would be)
        if gated_search(_WITHDRAWN_FIGURE_RE, reading.text) is not None:
            return  # "Correction: an earlier version of this report said the bomb killed four": the figure withdrawn
        previous.killed = toll.killed or previous.killed
        previous.injured = toll.injured or previous.injured
    elif gap == 1 and _toll_retold_with_more(previous, toll):
        # "9 militants killed" (a title) ... "Nine militants were killed, and two fighters lost their lives": both sides
        pass
    elif _refine_vague_figures(previous, toll, reading.text):
        # "..., killing dozens of soldiers. The ministry put the toll at 62.": the count the vague word only bounded
        pass
    elif is_source_silence_zero(previous.killed):
        # a zero read from a source's silence alone ("..., the agency said without reporting casualties") gives way
        # whole to the toll told next: "A medic said two people were killed" (no zero of the wounded stays)
        previous.killed, previous.injured = toll.killed, toll.injured
        previous.victims = previous.victims or toll.victims
    elif is_damage_zero(previous.killed):
        # a zero read from damage alone gives way to the figures told next, kind by kind: "A drone hit a car, damaging
        # it. Two men inside were killed."
        previous.killed = toll.killed or previous.killed
        previous.injured = toll.injured or previous.injured
        previous.victims = previous.victims or toll.victims
    elif not previous.has_figure:
        previous.killed, previous.injured = toll.killed, toll.injured
        previous.victims = previous.victims or toll.victims
        if named_incident is None:
            share_among_listed(previous, clusters, reading.text)
    elif (
        not _fill_other_kind(previous, toll)
        and not (gap == 1 and _add_attacker_losses(previous, reading, toll))
        and not (gap == 1 and add_other_side_dead(previous, toll.killed, toll.injured, toll.victims, reading.text))
    ):
        # (more people counted may come a sentence later: "Four were killed. The attackers withdrew. Two more died.")
        if not add_further_figures(previous, toll.killed, toll.injured, reading.text):
            if gap == 1 and _restates_toll(previous, toll):
                # "17 militants killed in the operation" over "... during which 17 militants were killed": the same
                # toll told again goes on telling the incident (the next sentence may count the other side's dead)
                previous.extend_to(sentence)
            return
    if gap == 1:
        _zero_of_the_exchange(previous, clusters, toll)
    if assessed:
        # "No indication of harm to civilians was found": an assessment gives its zero, but is no telling of the
        # event (the writers list it among what is not an incident): not its evidence, though the incident's telling
        # goes on past it ("... The raid took place near X." still tells where)
        previous.last_sentence_index = reading.index
        return
    previous.extend_to(sentence)
    for source in find_sources(reading.text):
        if source not in previous.sources:
            previous.sources.append(source)




def share_among_listed(previous: EventMention, clusters: list[EventMention], text: str) -> None:
    """The toll ``previous`` has just taken from a later sentence that names none of the listed events is the whole
    list's: when ``previous`` is the last item of a list (the parts of one clause told one per place, none with a
    figure yet), each item takes it as a bound, none to all of it ("Jets struck targets in the A, B and C regions. 11
    militants were killed.": up to eleven at each), as a toll told for the list within its own clause is shared
    (:func:`~mapapp.extract.mentions.shared_bound`). Not when the toll's sentence (``text``) names an item by its
    place or its target's head ("... and an oil station near A. Two workers were injured at A."; "a guard at the power
    station was killed"): that item's toll. Called when the toll was just given to ``previous``."""
    if not previous.distributed:
        return
    siblings: list[EventMention] = []
    for cluster in reversed(clusters[-REFERENCE_WINDOW_CLUSTERS:]):
        if cluster is previous:
            continue
        if not cluster.distributed or cluster.sentence_index != previous.sentence_index:
            break
        if cluster.has_figure:
            return  # (a list that gave its own tolls item by item: the toll told next is not shared over it)
        siblings.append(cluster)
    if not siblings or _names_a_listed_item(text, (previous, *siblings)):
        return
    killed, injured = shared_bound(previous.killed), shared_bound(previous.injured)
    for item in (previous, *siblings):
        item.killed, item.injured = killed, injured


_THERE_RE = re.compile(r"\bthere\b(?!\s+(?:was|were|is|are|have|has|had|will|would|may|might)\b)", re.IGNORECASE)


def _names_a_listed_item(text: str, items: tuple[EventMention, ...]) -> bool:
    """Whether ``text`` names one of ``items`` by its own place or by the head word of its target, or points to the
    last told by "there" ("Two workers were wounded there"; not the existential "There were no casualties")."""
    if _THERE_RE.search(text) is not None:
        return True
    words = set(re.findall(r"[\w'’-]+", text.lower()))
    folded = normalize_place(text)
    for item in items:
        head = (item.target or "").lower().split()[-1:]
        if head and head[0] in words:
            return True
        if any(normalize_place(p.text) in folded for p in item.named_places[:1]):
            return True
    return False


#: A line that gives a post's later word on the event it told, labelled as such: "Update: ...", "UPDATE 21:50: ...",
#: "Toll: ...", "Correction - ...".
_UPDATE_LINE_RE = compile_guarded(
    r"^\W{0,3}(?:(?:new |latest )?update|updated|toll|death toll|casualties|correction)\b[^:\n]{0,12}[:–—-]",
    re.IGNORECASE,
)
#: A correction that gives the figure it withdraws: "an earlier version of this report said ...", "was wrongly reported
#: as", "had incorrectly stated".
_WITHDRAWN_FIGURE_RE = compile_guarded(
    r"\b(?:(?:an?|the)\s+(?:earlier|previous|original|first)\s+(?:version|report|draft)"
    r"|(?:wrongly|incorrectly|mistakenly|erroneously)\s+(?:\w+\s+)?(?:said|says|stated|reported|given|put|gave))\b",
    re.IGNORECASE,
)
#: How many sentences after the incident's last an update line may give its toll.
_UPDATE_LINE_GAP = 6


def _update_line_after(
    reading: SentenceReading, previous: EventMention, sentences_with_mentions: set[int], nearest: int = 3
) -> bool:
    """The toll is told in an update line a few lines after the incident (``nearest`` lines on or more), past lines
    that tell no event ("Car bomb in the market of A. Ambulances on the way. We will update. / Update: 3 dead and 9
    wounded"): the incident's."""
    gap = reading.index - previous.last_sentence_index
    return (
        nearest <= gap <= _UPDATE_LINE_GAP
        and gated_search(_UPDATE_LINE_RE, reading.text) is not None
        and not any(index in sentences_with_mentions for index in range(previous.last_sentence_index + 1, reading.index))
    )


#: The days of the fight just told, as a toll's period: "since Thursday", "since then", "since the assault began", "in
#: the past three days of fighting", "in two days of clashes" (not a war's or a year's: "since 2011", "since the war began").
_FIGHT_SO_FAR_RE = compile_guarded(
    r"\b(?:since\s+(?:(?:last\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|then"
    r"|(?:the|its|their)\s+(?:\w+\s+){0,2}?(?:battle|assault|attack|fighting|offensive|clashes|storming)\s+"
    r"(?:\w+\s+){0,6}?(?:began|started|erupted|broke\s+out|was\s+launched)"
    r"|it\s+(?:began|started|erupted)"
    r"|(?:the\s+)?(?:militants|jihadists|fighters|attackers)\s+(?:launched|began|started)\s+(?:their|the)\s+(?:assault|attack|offensive))"
    r"|in\s+(?:the\s+)?(?:(?:last|past|first)\s+)?(?:\w+\s+)?(?:days?|hours?)\s+of\s+(?:the\s+)?(?:\w+\s+)?(?:fighting|clashes|battles?|combat))\b",
    re.IGNORECASE,
)
#: A war's or a year's span, never one fight's: "since 2011", "since the war began", "since the start of the year".
_LONGER_SPAN_RE = compile_guarded(r"\b(?:since\s+(?:\d{4}|the\s+(?:war|conflict|uprising|start|beginning))|this\s+year|war)\b", re.IGNORECASE)


#: "Since then", which points back at the event told last (only that one's days when it is the fight's).
_SINCE_THEN_RE = re.compile(r"\bsince\s+then\b", re.IGNORECASE)
#: The fight named again in the toll's clause ("since then, 60 have died in the fighting"): its days, whatever came since.
_FIGHT_NAMED_RE = re.compile(r"\b(?:fighting|clashes|battles?|assault|offensive)\b", re.IGNORECASE)


#: How many sentences after a fight's last telling a toll of its days may come (past the strikes or the car bomb told
#: of it meanwhile).
_FIGHT_SO_FAR_WINDOW = 6


def fill_fight_dead_so_far(
    reading: SentenceReading,
    clusters: list[EventMention],
    governorates: list[list[GovernorateMention]],
    killed: Casualties | None,
    injured: Casualties | None,
    victims: str | None,
    *,
    evidence: bool = True,
) -> bool:
    """A toll told over the days of a fight, with no event word ("The monitor said 77 militants, 39 fighters and seven
    civilians had been killed since Thursday", "Since then, at least 60 have died"), is the dead of the latest armed
    clash among the last few incidents (within :data:`_FIGHT_SO_FAR_WINDOW` sentences) that has no toll yet, even past
    the strikes or the car bomb told of it meanwhile (but "since then" past them is their time, unless the toll's clause or
    theirs names the fight): a period that is the fight's days ("since then", "since the
    assault began", "in two days of fighting"), not a war's or a year's ("since 2011"). Says whether it filled one.
    Also for a clause counting the fight's dead with an event word of its own ("More than 500 were killed in the battle
    for the base since it began", read as a tally: :mod:`.coreference` calls it then, with ``evidence`` False: the
    clause is a tally the reader may list as no report of the fight, so it is not made the fight's evidence)."""
    text = reading.text
    if gated_search(_FIGHT_SO_FAR_RE, text) is None or gated_search(_LONGER_SPAN_RE, text) is not None:
        return False
    if killed is None or killed.high == 0:
        return False
    fight = next(
        (c for c in reversed(clusters[-REFERENCE_WINDOW_CLUSTERS:]) if c.event_type is EventType.ARMED_CLASH), None
    )
    if fight is None or fight.killed is not None or reading.index - fight.last_sentence_index > _FIGHT_SO_FAR_WINDOW:
        return False
    last = clusters[-1]
    if (
        last is not fight
        and _SINCE_THEN_RE.search(text)
        and not _FIGHT_NAMED_RE.search(text)
        and not _FIGHT_NAMED_RE.search(last.clause_text)
    ):
        # "A car bomb hit X. Since then, seven have died": the time of the event told last, not the fight's days (but
        # "the assault began when a car bomb hit X. Since then, ...": the fight's)
        return False
    if fight.headline and fight.body_sentence_index is None:
        return False  # a title's fight the body does not tell: the toll is the body's tally, not a report of it
    if _fight_over_a_region(fight):
        return False  # "fighting spread across X province": its dead over the days are the region's tally
    if governorates[reading.index] and _opens_before_the_fight(text, fight):
        # "17 had died since Friday in X province" after a Sunday clash: a toll of the province over days before the
        # fight (told of no province, "killed since Thursday" after a fight that raged on Sunday is its dead so far)
        return False
    named = {normalize_place(p.text) for p in reading.places_named(governorates) if p.governorate is None}
    known = {normalize_place(p.text) for p in fight.named_places}
    if named and known and not named & known:
        return False  # the dead of another place's fight
    fight.killed, fight.injured = killed, fight.injured or injured
    fight.victims = fight.victims or victims
    if evidence:
        fight.extend_to(reading.sentence)
    return True


def _fight_over_a_region(fight: EventMention) -> bool:
    """Whether a fight is told over a region rather than at a place: spreading across it ("clashes spread across X
    province", "fighting spread to more towns": :data:`~.lexicon.FIGHT_OVER_A_REGION_RE`) or placed only by regions
    ("the campaign in the southern countryside of X, after a week of fighting"). A toll over its days ("54 have been
    killed since Sunday") counts the dead of many places' fights: a tally, as coders list it, not the dead of one
    incident. Not a fight whose own sentence names its town, whatever else its clause tells ("clashes raged in A
    throughout the night", "fighting in A spread to its outskirts", "fired across the river at posts in A")."""
    if any(
        index == fight.sentence_index and p.level == "place" and p.governorate is None and not is_region_name(p.text)
        for p, index in fight.places
    ):
        return False
    if gated_search(FIGHT_OVER_A_REGION_RE, fight.clause_text) is not None:
        return True
    places = [p for p, _ in fight.places if p.level == "place"]
    return bool(places) and all(is_region_name(p.text) for p in places)


def _opens_before_the_fight(text: str, fight: EventMention) -> bool:
    """Whether the toll's "since <weekday>" opens before the first day the fight is told on ("17 had died since Friday"
    after a Sunday clash). False when either day is unknown (no publication date, a fight told with no day)."""
    if fight.published is None:
        return False
    since = next(
        (
            d
            for d in find_dates(text)
            if d.weekday is not None and (d.text.lower().startswith("since") or text[: d.start].lower().endswith("since "))
        ),
        None,
    )
    if since is None:
        return False
    opened = resolve(replace(since, kind="relative"), fight.published)
    fought = [resolve(d, fight.published) for d in fight.dates if not d.said]
    days = [d.value for d in fought if d is not None and d.value is not None]
    return opened is not None and opened.value is not None and bool(days) and opened.value < min(days)


# A past period a toll is told of: "last year", "in 2019", "two years ago", "months earlier".
_PAST_PERIOD_RE = compile_guarded(
    r"\b(?:(?:last|previous|past)\s+(?:year|month|summer|winter|spring|autumn|fall)"
    r"|in\s+(?P<year>(?:19|20)\d\d)(?!\s*-)"
    r"|(?:a|one|two|three|four|five|six|several|many|few|\d{1,2})\s+(?:years?|months?)\s+(?:ago|earlier|before))\b",
    re.IGNORECASE,
)


def _told_at_another_time(previous: EventMention, text: str, toll: CasualtyReading) -> bool:
    """Whether a toll sentence tells its dead at a time of their own that is not the incident's: a past period ("Last
    year, nine guards were killed at the same post", "in 2019"), or a day or month of its own that none of the
    incident's dates gives ("... were killed there on March 3" after a Friday attack). More dead told on a later
    day ("Two more died on Saturday": :func:`~mapapp.extract.casualties.is_further_figure`), the victims just told
    found or dead of their wounds later ("His body was found on Wednesday") are the incident's."""
    past = gated_search(_PAST_PERIOD_RE, text)
    if past is not None:
        years = {d.year for d in previous.dates if d.year is not None}
        return not (past.group("year") and int(past.group("year")) in years)
    own = [d for d in find_dates(text) if not d.said and d.kind != "duration"]
    if not own:
        return False
    told_days = {d.day_as_told for d in previous.point_dates if not d.said}
    own_days = {d.day_as_told for d in own if d.kind == "relative" or d.day is not None}
    told_years = {d.year for d in previous.dates if d.year is not None and not d.said}
    own_years = {d.year for d in own if d.year is not None}
    told_months = {d.month for d in previous.dates if d.month is not None and not d.said}
    own_months = {d.month for d in own if d.month is not None}
    differs = bool(
        (told_years and own_years and not told_years & own_years)
        or (told_months and own_months and not told_months & own_months)
        or (told_days and own_days and not told_days & own_days)
    )
    if not differs or PRONOUN_BODY_RE.search(text) or gated_search(DIED_OF_WOUNDS_LATER_RE, text):
        return False  # "His body was found on Wednesday", "He died of his wounds on Sunday": the victims told, later
    figures = [f for f in (toll.killed, toll.injured) if f is not None]
    return not (figures and all(is_further_figure(f, text) for f in figures))


# Another source's count of the dead just told: "Activists put the toll at 14", "a monitor puts the death toll in the
# town at 9", "the ministry gave a toll of 12", "the observatory later put the total death toll at 14".
_ANOTHER_SOURCES_TOLL_RE = compile_guarded(
    r"\b(?:put|puts|putting|placed|places|placing|gave|gives|giving)\s+(?:the|a|its|their)\s+"
    r"(?:(?:death|overall|total|final)\s+){0,2}toll\s+(?:(?:in|of|from|for)\s+(?:[\w’'-]+\s+){1,3}?)?(?:at|of)\s+(?=\S)",
    re.IGNORECASE,
)
#: Sentences after the incident's last telling that a source's "put the toll at" may still count its dead.
_ANOTHER_SOURCES_WINDOW = 6
# A source that leads the sentence and says how many people died: "The observatory said eight people were killed and 14
# wounded", "A war monitor reported that 11 people had died" (the source before the count: "Two fighters were
# killed, the SDF said" is a toll the incident may lack, read by the rules after).
_SOURCE_SAID_RE = compile_guarded(
    r"\b(?:said|says|reported|reports|documented|counted|recorded)\s+(?:that\s+)?(?:at\s+least\s+)?(?=\S)",
    re.IGNORECASE,
)
# A count its source gave up: "had originally reported two dead", "at first said", "before it updated its toll".
_SUPERSEDED_COUNT_RE = compile_guarded(
    r"\b(?:originally|initially|at\s+first|first\s+(?:said|reported|put)|previously|updated|revised|corrected)\b",
    re.IGNORECASE,
)
#: The counted, as a source counts the dead of an event told already: "people", "persons" (not a party's members,
#: who may be the other side's dead).
_PEOPLE_COUNTED_RE = re.compile(r"\b(?:people|persons)$", re.IGNORECASE)


def another_sources_count(
    previous: EventMention, killed: Casualties | None, injured: Casualties | None, text: str
) -> bool:
    """A sentence after an incident with a death toll that gives another source's count of those dead ("A shell
    killed six in X, the monitor said. Local activists put the toll at nine."; "A bomb killed at least five people.
    The observatory said eight people were killed and 14 wounded."): one toll told by two sources, a range (6..9; 5..9),
    as "..., while ISIS said it killed 11" is; the wounded the source counts beside them are a range with the
    incident's too ("12 wounded" and "15 wounded": 12..15), or its wounded when it had none. More people told
    ("Two more died", "20 others were also hurt") are no second count. True when it was taken."""
    if previous.killed is None or killed is None or is_damage_zero(previous.killed):
        return False
    if refines_vague_toll(previous.killed, killed, text):
        return False  # "killing dozens ... The ministry put the toll at 57": the count the vague word bounded
    if gated_search(_SUPERSEDED_COUNT_RE, text) is not None:
        return False  # "The monitor first said two were killed, then raised its toll": a count given up, no range
    if "toll" in text.lower() and gated_search(_ANOTHER_SOURCES_TOLL_RE, text) is not None:
        if is_further_figure(killed, ""):
            return False  # (the toll "put at" is the dead's; "also" may tell the wounded beside it)
    else:
        if is_further_figure(killed, text):
            return False
        said = gated_search(_SOURCE_SAID_RE, text)
        counted = (killed.phrase or "").split(" + ")
        if said is None or len(counted) != 1 or not _PEOPLE_COUNTED_RE.search(counted[0].strip()):
            return False
        at = text.find(counted[0])
        if at < said.start() or not find_sources(text[: said.start()]):
            return False  # the source leads the sentence and names its count of the people after its verb
    previous.killed = _two_sources_range(previous.killed, killed)
    if injured is not None:
        if previous.injured is None:
            previous.injured = injured
        elif refines_vague_toll(previous.injured, injured, ""):
            previous.injured = injured  # "several were hurt" ... "some 20 others were injured"
        else:
            previous.injured = _two_sources_range(previous.injured, injured)
    return True


def _two_sources_range(told: Casualties, other: Casualties) -> Casualties:
    """Two sources' counts of the same people as one range (:func:`~.casualties.casualty_range`), where a higher
    exact count closes a bound told open: "at least five" and "nine" are 5..9 (the first source's floor, the second
    source's figure as the high estimate), while "at least five" and "five" stay 5..None (one toll, its bound told)."""
    if (
        told.high is None
        and told.low is not None
        and other.low is not None
        and other.low == other.high
        and other.low >= told.low
    ):
        if other.low == told.low:
            return told
        phrase = " / ".join(p for p in (told.phrase, other.phrase) if p) or None
        return Casualties(low=told.low, high=other.high, phrase=phrase)
    return casualty_range(told, other)


#: A site named again by its own words in a toll: "A worker at the water station died", "wounded in the flour mill".
_AT_THE_SITE_RE = compile_guarded(r"\b(?:at|in|inside|near|outside)\s+the\s+((?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*)")


def _incident_of_the_target_named(reading: SentenceReading, clusters: list[EventMention]) -> EventMention | None:
    """The incident, among those told in the sentence just before, whose target the toll names again by its head and
    the word before it ("Jets struck the X gas plant, while a drone hit the bakery in Y. A worker at the gas plant
    was killed": the gas plant's), when that is not the last one told; None otherwise (the last incident takes it)."""
    if " the " not in reading.text:
        return None
    last = clusters[-1]
    told_before = [
        c for c in clusters[-REFERENCE_WINDOW_CLUSTERS:] if c.last_sentence_index == reading.index - 1 and c.target
    ]
    if len(told_before) < 2:
        return None
    targets = [" " + " ".join((c.target or "").lower().split()) + " " for c in told_before]
    for match in _AT_THE_SITE_RE.finditer(reading.text):
        words = match.group(1).lower().split()
        # the site's last two words, however many words follow it ("at the gas plant was killed": "gas plant"); one
        # word ("at the scene", "in the attack") names no site of its own
        for site in {" " + " ".join(words[end - 2 : end]) + " " for end in range(2, len(words) + 1)}:
            named = [c for c, target in zip(told_before, targets) if site in target]
            if len(named) == 1 and named[0] is not last:
                return named[0]
    return None


def _incident_of_the_place_named(
    reading: SentenceReading, clusters: list[EventMention], governorates: list[list[GovernorateMention]]
) -> EventMention | None:
    """The incident, among several told in the sentence just before (the hits of one list), whose own place the toll
    names, and no other's ("Drones hit a plant near A, a station in B and a depot in C. A guard at the A plant was
    killed": A's), when that is not the last one told; None otherwise (the last incident takes it)."""
    told_before = [c for c in clusters[-REFERENCE_WINDOW_CLUSTERS:] if c.last_sentence_index == reading.index - 1]
    if len(told_before) < 2:
        return None
    named = {normalize_place(p.text) for p in reading.places_named(governorates) if p.governorate is None}
    if not named:
        return None
    # (an incident's own place is its first: a list's hit is told with its place first, then the places locating it)
    at_named = [c for c in told_before if c.named_places and normalize_place(c.named_places[0].text) in named]
    return at_named[0] if len(at_named) == 1 and at_named[0] is not clusters[-1] else None


def _another_hit(
    previous: EventMention, reading: SentenceReading, toll: CasualtyReading, places_told: list[PlaceMention]
) -> EventMention:
    """The incident a toll sentence tells at another place with "also" after a strike (its kind, agent and day);
    ``places_told`` are the sentence's places at place level, as its caller found them."""
    sentence = reading.sentence
    places = [(p, reading.index) for p in places_told]
    return replace(
        previous,
        sentence_index=reading.index,
        last_sentence_index=reading.index,
        clause_span=(sentence.start, sentence.end),
        evidence=[(sentence.start, sentence.end)],
        killed=toll.killed,
        injured=toll.injured,
        victims=toll.victims,
        target=None,
        places=places,
        dates=list(previous.dates),
        sources=list(find_sources(reading.text)) or list(previous.sources),
        clause_text=reading.text,
        trigger_start=-1,  # (the toll sentence tells no event word: its event word is the strike's, told before)
        headline=False,
        body_sentence_index=None,
        relation=None,
        distributed=False,
    )


#: The body of the person just told, found elsewhere: "His body was found near Y", "their bodies were dumped in Y".
PRONOUN_BODY_RE = re.compile(r"(?:his|her|their)\s+(?:dead\s+|lifeless\s+)?bod(?:y|ies)\b", re.IGNORECASE)


def take_death_of_wounds_told_before(
    mention: EventMention, clusters: list[EventMention], before: SentenceReading | None
) -> None:
    """Rule 4c: a sentence with no event word telling a death of wounds, right before the sentence that opens an
    incident with no dead ("An SDF fighter succumbed to his wounds today. He had been wounded in an attack on a
    checkpoint in X on Sunday."), gives that incident its dead, unless an incident told before took that toll."""
    if before is None or before.mentions or mention.killed is not None or before.index != mention.sentence_index - 1:
        return
    if clusters and clusters[-1].last_sentence_index >= before.index:
        return
    if not DIED_OF_WOUNDS_LATER_RE.search(before.text) or before.generic or is_tally(before.text, before.text):
        return
    toll = before.toll()
    if toll.killed is None or toll.injured is not None:
        return
    if mention.injured is not None and toll.killed.low is not None:
        _move_wounded_to_dead(mention, toll.killed)  # "... injuring her and her son": she is among the wounded
    else:
        mention.killed = toll.killed
    mention.victims = mention.victims or toll.victims
    mention.evidence.insert(0, (before.sentence.start, before.sentence.end))


def add_further_figures(
    cluster: EventMention, killed: Casualties | None, injured: Casualties | None, text: str
) -> bool:
    """A figure told after the incident's toll of its kind that counts people beyond it ("Two shepherds were killed.
    A third died later in hospital.", "Two more died on the way to hospital", "two of his companions were also
    killed"): added to the toll (:func:`~mapapp.extract.casualties.is_further_figure`). A figure of a kind the
    incident lacks fills it; any other figure (one that restates the toll) leaves the incident as it was."""
    figures = ((killed, cluster.killed), (injured, cluster.injured))
    if not any(new is not None and told is not None for new, told in figures):
        return False
    if any(new is not None and told is not None and figure_told_again(new, told) for new, told in figures):
        return False
    subsets_told = SUBSETS_TOLD_RE.search(cluster.clause_text) is not None
    if any(
        new is not None
        and told is not None
        and not is_further_figure(new, text, subsets_told)
        and not _one_of_the_victims(new, told, text)
        for new, told in figures
    ):
        return False
    cluster.killed = add_tolls(cluster.killed, killed)
    cluster.injured = add_tolls(cluster.injured, injured)
    return True


#: A count that says by its own words that it adds people: "two more", "another", "a third", "a further two",
#: "additional" (not "others": "Nine others were wounded" are others than the dead, told again).
_MORE_PEOPLE_RE = re.compile(
    r"(?:.*\b(?:more|further|additional)\b(?!\s+than\b)|another\b|a\s+(?:second|third|fourth|fifth|sixth)\b)",
    re.IGNORECASE,
)


def _counted_words(phrase: str | None) -> list[str]:
    """The parts of a toll's phrase (" + " joins the counted phrases of a sum), each as its lower-case words."""
    return [" ".join(part.casefold().split()) for part in (phrase or "").split(" + ") if part.strip()]


def figure_told_again(new: Casualties, told: Casualties) -> bool:
    """A figure of a later sentence that tells again people the incident's toll of its kind counted already, rather
    than further people: word for word one of the toll's counted phrases ("... three guards and seven civilians were
    killed. ... Seven civilians were also killed in the blast."; a report repeating "two more fighters" in two
    paragraphs), or the same count as the toll or one of its parts without a word that says it adds ("... and nine
    more were wounded. ... Nine others were hurt by the blast."; "killing one and injuring two ... two other
    people were also wounded"). Added, it counted them twice (web21 c5, web22 c5, web23 c2 and c3: four sources)."""
    new_parts = _counted_words(new.phrase)
    told_parts = _counted_words(told.phrase)
    if len(new_parts) == 1 and new_parts[0] in told_parts:
        return True
    # (a count of two or more: one person more is as often someone else, "His driver was also killed", or another
    # name, "commander X was killed ... fighter Y also lost her life")
    if new.low is None or new.low != new.high or new.low < 2 or _MORE_PEOPLE_RE.match(new.phrase or ""):
        return False
    if (told.low, told.high) == (new.low, new.high):
        return True
    return len(told_parts) > 1 and any(parse_count(part) == (new.low, new.high) for part in told_parts)


#: A sentence opening with someone of a person's: "His driver was killed in the attack", "Her two sons were hurt".
_ONE_OF_THE_VICTIMS_RE = re.compile(r"\W{0,3}(?:his|her)\s+\w", re.IGNORECASE)


def _one_of_the_victims(new: Casualties, told: Casualties, text: str) -> bool:
    """Someone of the one victim told, opening the next sentence ("A leader was shot dead. His driver was killed in
    the attack."): one more person. Only after a toll of one (the "his" is that victim's) and only as the sentence's
    subject (not "a shell wounded his daughter", told by her father, who may be one of the counted again)."""
    return (
        told.low == told.high == 1
        and new.phrase is not None
        and _ONE_OF_THE_VICTIMS_RE.match(new.phrase) is not None
        and _ONE_OF_THE_VICTIMS_RE.match(text) is not None
    )


# Some of the wounded told just before died: "One of them later died", "Two of the wounded succumbed in hospital".
_SOME_WOUNDED_DIED_RE = compile_guarded(
    r"^\W*(?P<count>one|two|three|four|five|\d{1,2})\s+of\s+(?:them|the\s+(?:wounded|injured))\s+"
    r"(?:(?:later|subsequently|also|has|have|had)\s+){0,2}(?:died|succumbed|passed\s+away)\b",
    re.IGNORECASE,
)


def _some_wounded_died(previous: EventMention, text: str) -> bool:
    """The very next sentence tells that some of the incident's wounded died ("Four civilians were hurt. One of them
    later died."): those are moved from its wounded to its dead."""
    if previous.injured is None or previous.injured.low is None:
        return False
    match = _SOME_WOUNDED_DIED_RE.match(text)
    bounds = parse_count(match.group("count")) if match else None
    if bounds is None or bounds[0] is None or bounds[0] > previous.injured.low:
        return False
    dead = Casualties(low=bounds[0], high=bounds[0], phrase=match.group(0).strip() if match else None)
    told_dead = previous.killed
    _move_wounded_to_dead(previous, dead)
    if told_dead is not None:
        previous.killed = add_casualties(told_dead, dead)
    return True


def _wounded_died(previous: EventMention, reading: SentenceReading, toll: CasualtyReading) -> bool:
    """The very next sentence tells, by a definite description, that the incident's wounded victim died of the
    wounds ("... wounding a girl. The girl succumbed to her wounds on Tuesday."): the incident's dead are that
    figure, taken from its wounded. Only for an incident with wounded and no dead yet."""
    if previous.killed is not None or previous.injured is None or toll.killed is None or toll.injured is not None:
        return False
    if toll.killed.low is None or not DIED_OF_WOUNDS_LATER_RE.search(reading.text):
        return False
    _move_wounded_to_dead(previous, toll.killed)
    return True


def _move_wounded_to_dead(incident: EventMention, dead: Casualties) -> None:
    """The incident's dead are ``dead``, wounded victims of it who died: its wounded lose them."""
    incident.killed = dead
    if incident.injured is None or dead.low is None:
        return
    low, high = incident.injured.low, incident.injured.high
    remaining_low = None if low is None else low - dead.low
    remaining_high = None if high is None else high - dead.low
    if remaining_high is not None and remaining_high <= 0:
        incident.injured = None  # the wounded told were the one who died
    else:
        incident.injured = Casualties(
            low=None if remaining_low is None else max(remaining_low, 0), high=remaining_high, phrase=incident.injured.phrase
        )


#: A definite description at the head of a counted phrase ("the tribal leader", "the two guards").
DEFINITE_VICTIMS_RE = re.compile(r"(?:the|this|that|these|those)\s+", re.IGNORECASE)


def _victims_told_before(toll: CasualtyReading, clusters: list[EventMention]) -> bool:
    """The toll counts, by a definite description, people already told as an incident's victims ("Gunmen shot
    dead a tribal leader. ... The killing of the tribal leader could fuel tensions"): it refers back to that
    incident and is no figure of the incident just told."""
    for figure in (toll.killed, toll.injured):
        phrase = figure.phrase if figure is not None else None
        definite = DEFINITE_VICTIMS_RE.match(phrase) if phrase else None
        if phrase is None or definite is None:
            continue
        described = phrase[definite.end() :].casefold().strip()
        # the recent incidents only, as every reference rule here: a constant amount of work per toll sentence
        recent = clusters[-REFERENCE_WINDOW_CLUSTERS:]
        if described and any(c.victims and described in c.victims.casefold() for c in recent):
            return True
    return False


def _toll_retold_with_more(cluster: EventMention, toll: CasualtyReading) -> bool:
    """The toll tells the cluster's dead again, bound for bound, as its first group and adds another ("9 militants
    killed" over "Nine militants were killed, and two of our fighters were martyred"): the sum is the toll."""
    told, new = cluster.killed, toll.killed
    if told is None or new is None or told.low is None or new.low is None or new.low <= told.low:
        return False
    if not new.phrase or " + " not in new.phrase:
        return False
    if parse_count(new.phrase.split(" + ", 1)[0]) != (told.low, told.high):
        return False
    cluster.killed = new
    cluster.injured = cluster.injured or toll.injured
    return True


def _refine_vague_figures(cluster: EventMention, toll: CasualtyReading, text: str) -> bool:
    """Replace a figure the cluster told with a vague word only ("killing dozens of fighters") by the count a later
    sentence gives of it ("A commander said 41 fighters were killed"; :func:`refines_vague_toll`), kind by kind; the
    kind the cluster lacks is filled from the same toll. True when a figure was replaced. Not the dead of the other
    side of the fight ("..., killing a number of them. Two of our men were martyred.": added, not a count)."""
    if _other_sides_dead(cluster, toll.killed, toll.injured, toll.victims, text):
        return False
    refined = False
    if cluster.killed is not None and toll.killed is not None and refines_vague_toll(cluster.killed, toll.killed, text):
        cluster.killed, refined = toll.killed, True
    if cluster.injured is not None and toll.injured is not None and refines_vague_toll(cluster.injured, toll.injured, text):
        cluster.injured, refined = toll.injured, True
    if refined:
        cluster.killed = cluster.killed or toll.killed
        cluster.injured = cluster.injured or toll.injured
    return refined


def _restates_toll(cluster: EventMention, toll: CasualtyReading) -> bool:
    """The toll gives the cluster's figures again, bound for bound, and nothing else."""
    pairs = [(new, told) for new, told in ((toll.killed, cluster.killed), (toll.injured, cluster.injured)) if new is not None]
    return bool(pairs) and all(
        told is not None and (new.low, new.high) == (told.low, told.high) and (new.low or 0) > 0 for new, told in pairs
    )


def _fill_other_kind(cluster: EventMention, toll: CasualtyReading) -> bool:
    """The figure of the kind the cluster lacks, when the toll's other figure is unstated or agrees with the
    cluster's ("It initially reported 41 killed" beside 68 killed is an earlier count, and fills nothing)."""
    if cluster.injured is None and toll.injured is not None and figures_agree(cluster.killed, toll.killed):
        cluster.injured = toll.injured
        return True
    if cluster.killed is None and toll.killed is not None and figures_agree(cluster.injured, toll.injured):
        cluster.killed = toll.killed
        return True
    zero = _both_zero(toll)
    if zero is not None and (cluster.killed is None) != (cluster.injured is None):
        # "One ISIS member was wounded. No U.S. personnel were injured or killed.": nobody else, so no dead
        if cluster.killed is None:
            cluster.killed = zero
        else:
            cluster.injured = zero
        return True
    return False


#: A sentence that opens on the answer to the event told just before: "Shortly after, US forces fired ...", "In
#: response, ...".
_ANSWER_OPENING_RE = compile_guarded(
    r"^\W{0,3}(?:(?:shortly|soon|minutes|moments|hours) (?:after|later)|in (?:response|retaliation)|in return)\b",
    re.IGNORECASE,
)
#: What joins an answer to the event it answers in one sentence: "A shelled B, while C targeted A's positions".
_ANSWER_JOINED_RE = compile_guarded(r"\b(?:while|whereas)\b|\b(?:responded|retaliated)\b", re.IGNORECASE)


def _zero_of_the_exchange(answer: EventMention, clusters: list[EventMention], toll: CasualtyReading) -> None:
    """A stated zero of both kinds ("No casualties were reported.") told after an exchange of fire: an event and its
    answer told right after it ("Drones attacked the base at A. Shortly after, US guns shelled B. No casualties were
    reported."; "Militias shelled A, while the SDF targeted their positions in B. No casualties.") is the zero of both:
    the event answered takes the zero of each kind it has no figure of (not one with a toll of its own)."""
    zero = _both_zero(toll)
    if zero is None or len(clusters) < 2 or clusters[-1] is not answer:
        return
    answered = clusters[-2]
    if answered.last_sentence_index < answer.sentence_index - 1 or (answered.killed is not None and answered.killed.high):
        return
    if answered.injured is not None:
        return
    same_sentence = answered.last_sentence_index == answer.sentence_index
    opening = gated_search(_ANSWER_OPENING_RE, answer.clause_text)
    joined = same_sentence and gated_search(_ANSWER_JOINED_RE, answer.clause_text)
    if opening is None and not joined:
        return
    answered.killed = answered.killed or zero
    answered.injured = zero


def _civilians_only_zero(toll: CasualtyReading) -> bool:
    """The toll is a stated zero of the civilians alone ("no civilian casualties", "no civilians were harmed")."""
    killed = toll.killed
    return killed is not None and killed.high == 0 and "civilian" in (killed.phrase or "").lower()


def _both_zero(toll: CasualtyReading) -> Casualties | None:
    """The zero of a toll that states no casualties of either kind ("no one was killed or injured"), else None."""
    if toll.killed is None or toll.injured is None or toll.killed_implied:
        return None
    return toll.killed if toll.killed.high == 0 and toll.injured.high == 0 else None


_ALSO_RE = re.compile(r"\b(?:also|too|as\s+well)\b", re.IGNORECASE)
#: A party's losses: "ISIS lost two militants", "suffered heavy losses" (not a person's death, "a shepherd lost his
#: life", "two men lost their lives", nor a maiming, "lost his leg": the victims' own words, which counted the
#: victims of a remnant left by ISIS or a bombing told by its agent a second time, h22 c5, h24 c5)
_LOST_RE = compile_guarded(
    r"\b(?:(?:lost|loses|losing)(?!\s+(?:(?:his|her|their)\s|li(?:fe|ves)\b))|"
    r"(?:suffered|suffering|sustained)\s+(?:heavy\s+)?losses)\b",
    re.IGNORECASE,
)


def attacker_also_lost(cluster: EventMention, follow_up: EventMention) -> bool:
    """A follow-up telling the attacker's own dead with "also" ("Seven IS fighters were also killed in the clashes"),
    or as the losses of the attacker, the only party it names ("ISIS lost two militants in the ambush"), after the
    toll of its victims: the dead of the other side of the same fight, to be added."""
    if not is_named_actor(cluster.actor):
        return False
    if cluster.victims and any(m.name == cluster.actor for m in find_actor_mentions(cluster.victims)):
        return False
    if (
        follow_up.victims
        and _ALSO_RE.search(follow_up.clause_text)
        and {m.name for m in find_actor_mentions(follow_up.victims)} == {cluster.actor}
    ):
        return True
    # "ISIS lost two militants in the ambush": the attacker, the only party named, losing people
    return _LOST_RE.search(follow_up.clause_text) is not None and {
        m.name for m in find_actor_mentions(follow_up.clause_text)
    } == {cluster.actor}


def _add_attacker_losses(cluster: EventMention, reading: SentenceReading, toll: CasualtyReading) -> bool:
    """The attacker's own dead told after the toll of its victims ("ISIS also lost 11 members", "Five of the
    attackers' ISIS fighters were killed too"): the dead of both sides of one fight, added. Only when the
    sentence names the cluster's (named) actor among the counted people and the cluster's victims are another
    party."""
    if toll.killed is None or cluster.killed is None or toll.injured is not None:
        return False
    if not is_named_actor(cluster.actor) or not toll.victim_spans:
        return False
    if cluster.victims and any(m.name == cluster.actor for m in find_actor_mentions(cluster.victims)):
        return False  # the victims were the actor's people already: this toll tells them again
    parties = {m.name for m in find_actor_mentions(reading.text)}
    if parties != {cluster.actor}:
        return False
    cluster.killed = add_casualties(cluster.killed, toll.killed)
    return True


#: Heads of a counted group on the side of an armed force ("fighters", "soldiers", "guards"), against those of the
#: side that attacks (:data:`~mapapp.extract.lexicon.HOSTILE_HEADS`): the dead of the two sides of one fight.
_FORCE_HEADS = frozenset(
    "fighter fighters soldier soldiers member members troops guard guards personnel policeman policemen officer "
    "officers servicemen conscripts recruits".split()
)
_HOSTILE_GROUP_RE = re.compile(r"\b(?:ISIS|IS|ISIL|Daesh|cell|jihadist|terrorist)\b", re.IGNORECASE)


def _side(victims: str | None) -> str | None:
    """The side of a fight a counted group is on: "hostile" (militants, ISIS members), "force" (fighters,
    soldiers) or None (civilians, people, anyone else)."""
    if not victims:
        return None
    head = victims.split()[-1].lower()
    if head in HOSTILE_HEADS:
        return "hostile"
    if head in _FORCE_HEADS:
        return "hostile" if _HOSTILE_GROUP_RE.search(victims) else "force"
    return None


#: The people of the side that tells the fight, in its own words: "our soldiers", "two of our fighters".
_OUR_PEOPLE_RE = re.compile(r"\bour\b", re.IGNORECASE)
#: The dead of a fight told by a pronoun for the party just named: "killing 14 of them", "killing several of them".
_PRONOUN_VICTIMS_RE = re.compile(r"\bof\s+them$", re.IGNORECASE)
_ANOTHER_EVENT_RE = compile_guarded(r"\b(?:separate|another|second|other|elsewhere|earlier|later)\b", re.IGNORECASE)


#: The attackers named before the pronoun that counts their dead: "fought the gunmen and shot two of them dead";
#: not when another group is named between them ("the militants surrounded the guards before killing one of them":
#: the pronoun is the guards).
_HOSTILE_BEFORE_PRONOUN_RE = compile_guarded(
    # (the plural heads of :data:`~mapapp.extract.lexicon.HOSTILE_HEADS`, and "infiltrators")
    rf"\b(?:{HOSTILE_PLURALS}|infiltrators)\b"
    r"(?:(?!\b(?:and|but|while|whereas)\s+(?:the\s+)?\w+\s+(?:were|was|lost)\b"
    r"|\b(?:the|their|its|his|her|our)\s+(?:[\w-]+\s+)?[\w-]+s\b)[^.;]){0,60}$",
    re.IGNORECASE,
)


def _side_of_pronoun(phrase: str | None, text: str) -> str | None:
    """The side of dead told by a pronoun ("killed one of them", "killing two of them") when the clause names the
    attackers just before it ("its men fought the gunmen and shot two of them dead"): the hostile side."""
    if not phrase or not _PRONOUN_VICTIMS_RE.search(phrase):
        return None
    at = text.find(phrase)
    if at < 0 or _HOSTILE_BEFORE_PRONOUN_RE.search(text, max(0, at - 120), at) is None:
        return None
    return "hostile"


def other_side_follow_up(clusters: list[EventMention], mention: EventMention, sentence_index: int) -> bool:
    """An unplaced mention in the very next sentence that counts only the dead of the other side of the fight just
    told (folded in by :func:`merge`, which adds them)."""
    if not clusters or mention.places:
        return False
    previous = clusters[-1]
    if sentence_index != previous.last_sentence_index + 1:
        return False
    return _other_sides_dead(previous, mention.killed, mention.injured, mention.victims, mention.clause_text)


def _other_sides_dead(
    cluster: EventMention, killed: Casualties | None, injured: Casualties | None, victims: str | None, text: str
) -> bool:
    """Whether a toll told right after a fight (``text``, its sentence or clause) counts only the dead of the other
    side of that fight: a clash, attack or raid (a strike's dead have no other side), not "in a separate strike" nor
    deaths by accident or illness (:data:`~mapapp.extract.mentions.ACCIDENT_RE`)."""
    if killed is None or injured is not None or cluster.killed is None:
        return False
    if cluster.killed.low is None or killed.low is None:
        return False
    if cluster.event_type not in FIGHT_TYPES or _ANOTHER_EVENT_RE.search(text) or ACCIDENT_RE.search(text):
        return False  # (nor "Two fighters died in a traffic accident": no death of the fight)
    if _quoted(killed.phrase, text):
        return False  # 'the army said it killed "dozens of terrorists"': a side's claim in its words, not a count
    told, new = _side(cluster.victims), _side(victims) or _side_of_pronoun(killed.phrase, text)
    if (
        _OUR_PEOPLE_RE.search(killed.phrase or "")
        and not _OUR_PEOPLE_RE.search(cluster.killed.phrase or "")
        and not (told == "force" and killed.low == cluster.killed.low)
    ):
        # a release's own dead after the enemy's ("our forces repelled the attack, killing a number of them. Two of
        # our men fell as martyrs.", "6 terrorists were killed. 3 of our comrades were martyred.", "an operation in
        # which 9 gang members were killed. Two of our fighters fell martyrs"): the speaker's side is the other side of
        # the fight it told; not the same figure after fighters told dead ("ISIS attacked an SDF post, killing three
        # SDF fighters. Three of our fighters were martyred." tells the same dead again)
        return True
    if new == "force" and told is None and _PRONOUN_VICTIMS_RE.search(cluster.killed.phrase or ""):
        # the enemy told by a pronoun ("repelled an attack by the militants, killing 14 of them. Two fighters died.")
        return True
    return told is not None and new is not None and told != new


_QUOTED_RE = re.compile(r"[\"“]([^\"“”]{1,120})[\"”]")


def _quoted(phrase: str | None, text: str) -> bool:
    """Whether the words of ``phrase`` stand inside quotation marks in ``text``."""
    if not phrase or not any(mark in text for mark in '"“'):
        return False
    words = " ".join(phrase.split()).lower()
    return any(words in " ".join(m.group(1).split()).lower() for m in _QUOTED_RE.finditer(text))


def add_other_side_dead(
    cluster: EventMention, killed: Casualties | None, injured: Casualties | None, victims: str | None, text: str
) -> bool:
    """The very next sentence counts the dead of the other side of the fight just told ("ISIS attacked a post,
    killing four fighters. Seven militants were killed as the attack was repelled."; "..., killing scores of
    militants. Three SDF fighters died in the clashes."): the dead of both sides of one fight, added."""
    if not _other_sides_dead(cluster, killed, injured, victims, text):
        return False
    assert cluster.killed is not None and killed is not None
    if _own_dead_told_before(cluster.killed, killed):
        return True  # ("killed 18 militants, losing three of their own. Three SDF fighters died.": the three, counted)
    cluster.killed = add_casualties(cluster.killed, _without_own_dead_told_before(cluster.killed, killed))
    return True


def _own_dead_told_before(told: Casualties, killed: Casualties) -> bool:
    """Whether the toll told (``told``) already counts ``killed`` as a side's own dead ("18 militants + three of their
    own" before "Three SDF fighters were killed during the clashes": the same three told again, not three more)."""
    if killed.low is None or killed.low != killed.high or " + " not in (told.phrase or ""):
        return False
    return any(
        OWN_PEOPLE_RE.search(part) is not None and parse_count(part) == (killed.low, killed.high)
        for part in (told.phrase or "").split(" + ")
    )


def _without_own_dead_told_before(told: Casualties, killed: Casualties) -> Casualties:
    """``killed`` less a part that counts a side's own dead ("11 attackers + three of their own") when that part is the
    whole toll told before ("..., killing three SDF fighters. The SDF said it killed 11 attackers, losing three of their
    own.": the three are the fighters already counted, not three more)."""
    if told.low is None or told.low != told.high or killed.low is None or " + " not in (killed.phrase or ""):
        return killed
    parts = (killed.phrase or "").split(" + ")
    for index, part in enumerate(parts):
        if OWN_PEOPLE_RE.search(part) and parse_count(part) == (told.low, told.high):
            rest = " + ".join(parts[:index] + parts[index + 1 :])
            high = None if killed.high is None else killed.high - told.low
            return replace(killed, low=killed.low - told.low, high=high, phrase=rest)
    return killed


__all__ = [
    "DEFINITE_VICTIMS_RE",
    "PRONOUN_BODY_RE",
    "REFERENCE_WINDOW_CLUSTERS",
    "TOLL_BROUGHT_TO",
    "add_further_figures",
    "figure_told_again",
    "add_other_side_dead",
    "attacker_also_lost",
    "day_named_event_told",
    "figures_rise",
    "fill_casualties",
    "one_event_risen_toll",
    "other_side_follow_up",
    "share_among_listed",
    "take_death_of_wounds_told_before",
    "update_toll",
]
