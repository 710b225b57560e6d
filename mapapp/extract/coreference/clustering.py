"""The clustering driver: :func:`cluster_mentions` walks the sentence readings of a document in text order and
tries the rules of the package docstring in their order on each mention, opening or continuing clusters. The rules
themselves live in the sibling modules; this module holds only the walk and its order.
"""

from __future__ import annotations

import re

from mapapp.extract.background import CAUSE, HEARD, PATTERN, REFER_BACK, TALLY
from mapapp.extract.casualties import add_casualties, casualty_range, is_damage_zero
from mapapp.extract.coreference.accounts import account_retold_cluster, spot_of_the_town_cluster
from mapapp.extract.coreference.agents import (
    _BEHIND,
    _CLAIM_RE,
    _attribute_both,
    _attributed_cluster,
    _attributes_event,
    _inherit_agent,
    _places_told_unspecific,
    _type_by_agents_series,
)
from mapapp.extract.coreference.continuation import (
    _fight_during_raid,
    _followed_cluster,
    _other_side_clause,
    _part_of_total,
    _same_word_cluster,
    _strikes_counted_of,
    _take_scene,
    _tells_no_event_of_its_own,
    _told_during_cluster,
    names_only_the_event_it_falls_in,
    continued_cluster,
    fight_course_cluster,
    told_from_origins_cluster,
    referred_cluster,
)
from mapapp.extract.coreference.expansion import (
    _breakdown_by_place,
    _bulleted_target,
    _fill_target_place,
    _regions_listed_after,
    _targets_listed_after,
    _wave_hits_by_place,
)
from mapapp.extract.coreference.merging import merge
from mapapp.extract.coreference.places import (
    _KIND_OF_PLACE_RE,
    _located_cluster,
    _place_from_cause,
    _place_heard,
    _placed_by_kind_told,
    _take_place_entered,
    _take_place_told,
    _told_place,
    refined_cluster,
)
from mapapp.extract.coreference.retelling import (
    _aircraft_strike_told_again,
    _same_event_named,
    _struck_party_assault_retold,
    elaborated_cluster,
    headline_told_again,
    participants_retold_cluster,
    reported_again_cluster,
    retold_cluster,
    same_event_cluster,
    same_toll_retold_cluster,
    undated_retelling_cluster,
    victim_retold_cluster,
)
from mapapp.extract.coreference.separate_events import (
    _battle_for_the_place,
    _further_strike_elsewhere,
    _known_agent_acts_elsewhere,
    _known_event_hits_elsewhere,
    _listed_part_elsewhere,
    _placed_part_of_series,
    _recent,
)
from mapapp.extract.coreference.summaries import _headline_of_several_places
from mapapp.extract.coreference.tolls import (
    _both_sides_dead_to_the_fight,
    _further_toll_cluster,
    _toll_at_a_site_told_cluster,
    _toll_brought_to_cluster,
    _victims_body_cluster,
)
from mapapp.extract.event_series import announces_list, is_bulleted_item
from mapapp.extract.follow_up_tolls import (
    REFERENCE_WINDOW_CLUSTERS,
    day_named_event_told,
    figures_rise,
    fill_casualties,
    fill_fight_dead_so_far,
    one_event_risen_toll,
    other_side_follow_up,
    share_among_listed,
    take_death_of_wounds_told_before,
    update_toll,
)
from mapapp.extract.lexicon import (
    CLAIM_OF_RESPONSIBILITY,
    REPEATED_EVENTS_RE,
    compile_guarded,
    gated_search,
    normalize_place,
)
from mapapp.extract.mentions import CANDIDATE, EventMention, SentenceReading
from mapapp.extract.replies import (
    AFTER_THE_EVENT_RE,
    answering_fire_of,
    defended_assault_of,
    fought_back_after,
    fought_back_assault_of,
    replied_clusters,
    reply_to_fire,
    supported_fight,
    supporting_striker,
    tells_answer,
)
from mapapp.extract.toponyms import GovernorateMention
from mapapp.model import BOMBARDMENT_TYPES, EventType


_ANAPHORIC_PLACE_RE = compile_guarded(
    r"\b(?:in|at|near|on)\s+the\s+same\s+(?:area|place|section|village|town|city|neighbou?rhood|camp|district|region|"
    r"street|location|spot|road)\b|\bin\s+the\s+area\b|\bthere\b(?!\s+(?:is|are|was|were|have|has|had)\b)",
    re.IGNORECASE,
)


def cluster_mentions(
    readings: list[SentenceReading], governorates: list[list[GovernorateMention]], place_context: str | None = None
) -> list[EventMention]:
    """Cluster the event mentions of a document into incidents (see the docstring of :mod:`mapapp.extract.coreference`).

    ``place_context``: the name of the article's own place (its dateline town, a post's place label), where an
    incident that names no place lies (:func:`~.places._placed_by_kind_told`)."""
    clusters: list[EventMention] = []
    sentences_with_mentions = {r.index for r in readings if r.mentions}
    told_unspecific: EventMention | None = None  # the latest mention with an actor too vague to open an incident
    # the latest placed summary ("concluded a 24-day operation in the X camp"): no incident, but the place that "the camp"
    # of a later incident names
    placed_summary: EventMention | None = None
    told_places: set[str] = set()  # the places (folded) of the incidents opened so far
    readings_by_index = {r.index: r for r in readings}
    list_head: EventMention | None = None  # the bombardment whose sentence announced the bulleted lines that follow
    wave_count: EventMention | None = None  # the previous sentence's count of one wave's strikes ("struck 85 targets")
    heard: EventMention | None = None  # the latest explosion heard at a named place (no incident by itself)
    for reading in readings:
        if update_toll(reading, clusters, governorates, sentences_with_mentions):
            continue  # "The death toll later rose to nine.": the incident just told, counted again
        opened: list[EventMention] = []
        opened_here: set[EventMention] = set()  # (mentions hash by identity)
        cluster_of_previous: EventMention | None = None  # the cluster the sentence's previous clause went into

        def open_incident(first: EventMention) -> EventMention:
            """A new incident, opened in this sentence by ``first`` (returned), its places now told."""
            clusters.append(first)
            told_places.update(normalize_place(p.text) for p in first.named_places)
            opened.append(first)
            opened_here.add(first)
            return first

        told_no_event = 0  # the sentence's clauses that tell no event of their own (the one just told again, or no scene)
        for index, mention in enumerate(reading.mentions):
            previous_clause, cluster_of_clause = (reading.mentions[index - 1] if index else None), cluster_of_previous
            cluster_of_previous = None
            if previous_clause is not None and not mention.places and _AFTER_CLAUSE_RE.match(mention.clause_text):
                # "Clashes raged around the prison in X after ISIS attacked the facility with a car bomb": the event
                # the clause answers, at the place its sentence names
                mention.places = list(previous_clause.places)
                mention.specific = mention.specific or (previous_clause.specific and not mention.trigger.weak)
            if previous_clause is not None and _other_side_clause(previous_clause, mention):
                # "the clashes left seven soldiers dead, while ISIS lost five members in the clashes and airstrikes":
                # the other side's dead of the event told just before (or of the tally, when that was one)
                if previous_clause.verdict == CANDIDATE and cluster_of_clause is not None and cluster_of_clause.killed:
                    if _CLAIMED_RE.search(mention.clause_text):
                        # "..., while ISIS said it killed 11": another party's count of the same dead, a range
                        cluster_of_clause.killed = casualty_range(cluster_of_clause.killed, mention.killed)
                    else:
                        cluster_of_clause.killed = add_casualties(cluster_of_clause.killed, mention.killed)
                continue
            if mention.verdict == TALLY and _strikes_counted_of(clusters, mention, reading):
                continue  # "The monitor said the planes hit the city with 25 strikes, and dozens were injured"
            if (
                mention.verdict in (TALLY, PATTERN)
                and mention.event_type is EventType.ARMED_CLASH
                and fill_fight_dead_so_far(
                    reading, clusters, governorates, mention.killed, mention.injured, mention.victims, evidence=False
                )
            ):
                continue  # "Over 300 died in the fight over the airport since it started": the fight's dead
            if (
                mention.verdict == TALLY
                and AFTER_THE_EVENT_RE.search(mention.clause_text)
                and replied_clusters(clusters, mention, reading.index)[1] is not None
            ):
                # "Russian warplanes carried out 30 strikes on the desert of A and B shortly after the attack": one
                # sortie answering the event just told, not a count over a period
                mention.verdict = CANDIDATE
            risen = one_event_risen_toll(mention.clause_text) if mention.verdict in (TALLY, CANDIDATE) else None
            if risen is not None:  # (the total now: the clause's other counts are among it)
                # "The death toll of Monday's car bomb in X has risen to nine", "Another civilian died, bringing to
                # nine the number of people killed in the shelling": that event, with the toll it has now
                mention.killed, mention.verdict = risen, CANDIDATE
                told = day_named_event_told(mention, clusters)
                if told is not None:
                    # "... On Sunday a mine hit B. The toll of Saturday's bomb has since climbed to 15.": the bomb told of
                    # Saturday, not a new event nor the one told last
                    if figures_rise(told.killed, risen):
                        told.killed = risen
                    told.extend_to(reading.sentence)
                    cluster_of_previous = told
                    continue
            if mention.verdict in (CANDIDATE, REFER_BACK) and _attributes_event(mention):
                attributed = _attributed_cluster(clusters, mention)
                if attributed is not None:
                    mention.dates = []  # ("ISIS claimed the killing on Sunday": the day of the claim, not of the event)
                    told = len(attributed.evidence)
                    merge(attributed, mention)  # "ISIS claimed the attack hours later": the agent of the event just told
                    if gated_search(_CLAIM_RE, mention.clause_text):
                        # (a claim names the agent but reports nothing of the event: not its evidence)
                        del attributed.evidence[told:]
                    attributed.actor, attributed.actor_score = mention.actor, mention.actor_score  # (over "a gunman")
                    _attribute_both(clusters, attributed, mention)  # "IS claimed both attacks"
                    cluster_of_previous = attributed
                    continue
            if mention.trigger == CLAIM_OF_RESPONSIBILITY and not mention.has_figure:
                continue  # a claim naming no event just told and counting no dead ("took responsibility for security")
            if (
                mention.verdict == CANDIDATE
                and not (mention.has_figure or mention.places or mention.point_dates)
                and gated_search(_BEHIND_RE, mention.clause_text)
            ):
                continue  # "activists said Israeli jets were likely behind the strikes": no event just told of its type
            if mention.verdict == CAUSE:
                _place_from_cause(clusters, mention, reading.index)
            if mention.verdict == HEARD and mention.named_places:
                heard = mention
            elif mention.verdict == CANDIDATE and heard is not None:
                _place_heard(clusters, heard, mention, reading.index)
            if mention.verdict == CANDIDATE and not mention.specific and _placed_part_of_series(clusters, mention, reading.index):
                mention.specific = True  # "A second strike, near B, destroyed a depot": the series' day and agent
            if (
                mention.verdict == CANDIDATE
                and not mention.specific
                and _placed_by_kind_told(
                    mention, clusters, readings_by_index, governorates, reading.index, place_context
                )
            ):
                mention.specific = True  # "Jets carried out 15 strikes on parts of the city on Saturday": the city just told
            if mention.verdict == CANDIDATE and not mention.specific and wave_count is not None:
                hits = _wave_hits_by_place(wave_count, mention, reading.sentence)
                if hits:
                    # "US jets struck 85 targets on Friday night. The strikes hit depots in A, B and C.": the wave's
                    # hits at their places, one incident each (rule 4g)
                    cluster_of_previous = open_incident(hits[0])
                    clusters.extend(hits[1:])
                    continue
            if mention.verdict != CANDIDATE:
                if mention.verdict == TALLY and mention.places:
                    placed_summary = mention
                continue
            fought = fought_back_assault_of(clusters, mention, reading.index)
            if fought is not None:
                # "The factions attacked the village; SDF fighters repelled the attack": an assault fought, a clash
                fought.event_type = EventType.ARMED_CLASH
            if not opened and other_side_follow_up(clusters, mention, reading.index):
                # "..., killing six soldiers. Three attackers were killed in the exchange of fire.": the other side
                merge(clusters[-1], mention)
                cluster_of_previous = clusters[-1]
                continue
            if names_only_the_event_it_falls_in(mention):
                continue  # "ISIS took hostages during the assault": the assault told before, named as a time
            followed = _followed_cluster(clusters, mention, reading.index) or _fight_during_raid(clusters, mention)
            during = _told_during_cluster(clusters, mention, reading.index) if followed is None else None
            if during is not None:
                within, same_incident = during
                if same_incident:
                    followed = within  # "a boy was killed during the raid": the raid's toll
                else:
                    _take_scene(mention, within)  # "During the raid, a man blew himself up": another event, there
            if followed is not None:
                merge(followed, mention)  # "This attack was followed by clashes ...": the clashes continue it
                cluster_of_previous = followed
                continue
            located = _located_cluster(clusters, mention, reading.index)
            if located is not None:
                merge(located, mention)  # "... killed 100 fighters. The clash took place in Deir ez-Zor province."
                cluster_of_previous = located
                continue
            told_again = _aircraft_strike_told_again(clusters, mention, reading.index)
            if told_again is not None:
                # "Syrian jets bombed X. A source said the jets had targeted fighters at Y": another account of that
                # raid, no event of its own (nor evidence of it: its place and targets are the speaker's version)
                cluster_of_previous = told_again
                continue
            retold_assault = _struck_party_assault_retold(clusters, mention, reading.index)
            if retold_assault is not None:
                merge(retold_assault, mention)  # "... struck forces who attacked an SDF post. The attack began with ..."
                cluster_of_previous = retold_assault
                continue
            defended = defended_assault_of(clusters, mention, reading.index)
            if defended is not None:
                # "ISIS attacked one of our points in A. Our fighters responded, ...": one clash, whose agent is the
                # assailant (the defenders answering it are not the agent the assault's report may lack)
                mention.actor, mention.actor_score = None, 0.0
                merge(defended, mention)
                cluster_of_previous = defended
                continue
            anchored = mention.anchor is not None
            replied, answered = replied_clusters(clusters, mention, reading.index)
            air_side = False  # the fight's air side, told by its own clause ("the coalition air support is targeting")
            if replied is None and mention.verdict == CANDIDATE:
                # "Clashes broke out near A. Coalition jets struck in support of the advance": the
                # fight's air side, an incident of its own at the fight's scene (see :func:`supported_fight`)
                replied = supported_fight(clusters, mention, reading.index)
                if replied is not None:
                    mention.places = list(replied.places)
                    mention.specific = air_side = True
                    striker = supporting_striker(mention)
                    if striker != mention.actor:
                        mention.actor, mention.actor_score = striker, 0.0  # the party supported is not the striker
            if answered is not None and not mention.dates:
                mention.dates = list(answered.dates)  # (the same day as the fire it answers, unless it says otherwise)
            if replied is not None:
                # "Russian jets struck the area after the attack", "Tribal forces responded to the sources of fire":
                # another party's strike on the scene just told, an incident of its own at that scene
                if not mention.places:
                    mention.places = list(replied.places)
                mention.specific = True
            else:
                _take_place_told(mention, clusters, _ANAPHORIC_PLACE_RE)
                _take_place_entered(mention, readings_by_index.get(reading.index - 1), governorates)
            previous = None if anchored or replied else _same_word_cluster(clusters, mention, reading.index)
            if previous is None and replied is None:
                previous = continued_cluster(clusters, mention, reading.index, sentences_with_mentions, anchored)
            if previous is None and not anchored:
                previous = (
                    _further_toll_cluster(clusters, mention, reading.index)
                    or _victims_body_cluster(clusters, mention, reading.index)
                    or _toll_at_a_site_told_cluster(clusters, mention, reading.index)
                    or _toll_brought_to_cluster(clusters, mention, reading.index)
                )
            if previous is None and mention.specific and not opened and replied is None:
                previous = headline_told_again(clusters, mention) or elaborated_cluster(clusters, mention, reading.index)
            if previous is None and not opened and replied is None:
                previous = refined_cluster(clusters, mention, reading.index) or participants_retold_cluster(
                    clusters, mention, reading.index
                )
            if previous is None and not anchored and replied is None:
                previous = (
                    victim_retold_cluster(clusters, mention, reading.index)
                    or same_toll_retold_cluster(clusters, mention, reading.index)
                    or referred_cluster(clusters, mention, reading.index)
                    or same_event_cluster(clusters, mention)
                    or undated_retelling_cluster(clusters, mention, reading.index)
                    or fight_course_cluster(clusters, mention, reading.index)
                    or told_from_origins_cluster(clusters, mention, reading.index)
                    or retold_cluster(clusters, mention, reading.index)
                    or reported_again_cluster(clusters, mention, reading.index)
                    or account_retold_cluster(clusters, mention, reading.index)
                    or spot_of_the_town_cluster(clusters, mention, reading.index)
                )
            # "..., while another was injured in the same attack": the clause right after the one that opened it
            same_named = _same_event_named(opened, mention) if opened and previous_clause is opened[-1] else None
            previous = previous or same_named
            if previous is not None and previous is answered and tells_answer(mention):
                # "Rockets landed inside an outpost at A. US howitzers answered near B": the answer, not the fire
                # it answers told again (its party may be told as the one the fire hit: the same participants)
                previous = None
                if mention.sub_governorate_places:
                    cluster_of_previous = open_incident(mention)
                    continue
            if previous is not None and _headline_of_several_places(previous):
                previous = None  # "Shelling on A and B" over "shells hit A ... Also, guns shelled B": a summary (rule 5)
            if previous is not None and mention.distributed and previous.last_sentence_index == reading.index:
                previous = None  # a headline "strikes on A and B" took the list's part at A: the part at B is its own
            if previous is not None and (previous not in opened_here or previous is same_named):
                had_figure = previous.has_figure
                merge(previous, mention)
                if not had_figure and previous.has_figure and not mention.places and mention.sentence_index > previous.sentence_index:
                    share_among_listed(previous, clusters, mention.clause_text)  # "Jets struck the A, B and C regions. 11 militants were killed."
                if risen is not None and figures_rise(previous.killed, risen):
                    previous.killed = risen
                cluster_of_previous = previous
                continue
            if answering_fire_of(clusters, mention, reading.index) is not None:
                merge(clusters[-1], mention)  # "ISIS fired on a post in A. The SDF returned fire, killing one attacker."
                cluster_of_previous = clusters[-1]
                continue
            if reply_to_fire(mention, clusters, reading.index) or _further_strike_elsewhere(
                mention, clusters, reading.index, told_places
            ):
                # "Coalition jets bombed A, 6 killed. Also targeted the B village west of the city": a further strike of
                # the series, at a place of its own; "Regime forces shelled A from B. The SDF answered with machine
                # guns.": the other side's fire, at B
                cluster_of_previous = open_incident(mention)
                continue
            if (
                mention.definite
                and not air_side
                and _recent(clusters, reading.index)
                and not (mention.has_figure or mention.point_dates)
                and not _known_agent_acts_elsewhere(mention, told_places)
                and not _known_event_hits_elsewhere(mention, told_places, _sentence_text(readings_by_index, clusters[-1]))
                and not _listed_part_elsewhere(mention, told_places)
            ):
                # "The strikes came as the SDF advanced on Hajin": refers back, adds no event of its own (only the
                # zero of its damage: "The shelling hit three villages, causing material damage")
                if is_damage_zero(mention.killed) and clusters[-1].killed is None and clusters[-1].injured is None:
                    clusters[-1].killed, clusters[-1].injured = mention.killed, mention.injured
                told_no_event += 1
                continue
            if (
                mention.definite
                and not air_side
                and _told_place(mention, told_places)
                and not (mention.has_figure or mention.point_dates)
            ):
                continue  # "The attack on the prison was the boldest in years", paragraphs after the attack was told
            if not mention.specific and _places_told_unspecific(mention, told_unspecific):
                # "US forces conducted airstrikes in eastern Syria. The strikes were conducted near Mayadin.": the
                # event told just before with its agent but no place, placed now: one incident, opened by the first
                assert told_unspecific is not None
                merge(told_unspecific, mention)
                cluster_of_previous = open_incident(told_unspecific)
                told_unspecific = None
                continue
            if not mention.specific:
                attributed = _attributed_cluster(clusters, mention)
                if attributed is not None:
                    merge(attributed, mention)  # "The administration said the attack was carried out by a drone"
                    cluster_of_previous = attributed
                    continue
                if mention.actor is not None and not REPEATED_EVENTS_RE.search(mention.clause_text):
                    # "Turkish airstrikes cut power. The airstrikes hit a plant in X." (not a pattern told in background
                    # wording, "Jets have hit the hills repeatedly in recent weeks": no event a later one places)
                    told_unspecific = mention
                if _tells_no_event_of_its_own(mention):
                    told_no_event += 1
                continue
            if opened and _part_of_total(opened[-1], mention):
                continue  # "33 were killed in two rounds: 26 in ..., while 7 were killed in ...": a part of the total
            battle = _battle_for_the_place(clusters, mention, reading.index)
            if battle is not None:
                merge(battle, mention)  # "The SDF took Tabqa, the group said. Clashes in the city killed 13.": one battle
                cluster_of_previous = battle
                continue
            _inherit_agent(mention, clusters, told_unspecific)
            _type_by_agents_series(mention, clusters)
            _take_place_told(mention, clusters, _KIND_OF_PLACE_RE, placed_summary)
            take_death_of_wounds_told_before(mention, clusters, readings_by_index.get(reading.index - 1))
            cluster_of_previous = open_incident(mention)
        if len(opened) > 1:
            for mention in opened:
                mention.evidence[0] = mention.clause_span
        if reading.mentions and told_no_event == len(reading.mentions):
            # "Gunmen attacked a post in X. The attack was carried out under mortar cover. Eight gunmen were killed.":
            # a sentence that tells no event of its own stands between no incident and its toll
            sentences_with_mentions.discard(reading.index)
        if not reading.mentions:
            fought = fought_back_after(clusters, reading.text, reading.index)
            if fought is not None:
                fought.event_type = EventType.ARMED_CLASH  # "IS attacked the hamlet. YPG fighters fought back."
            fill_casualties(reading, clusters, governorates, sentences_with_mentions)
            _fill_target_place(reading, clusters, governorates)
            _targets_listed_after(reading, clusters, governorates)
            _regions_listed_after(reading, clusters, governorates, wave=wave_count)
        elif len(reading.mentions) == 1 and ";" in reading.text:
            _regions_listed_after(reading, clusters, governorates, within=True)
        if "of th" in reading.text.lower():  # (a cheap test before the breakdown is looked for)
            _breakdown_by_place(reading, readings_by_index.get(reading.index - 1), clusters, governorates)
        if reading.mentions:
            wave_count = next(
                (m for m in reading.mentions if m.verdict == TALLY and m.event_type in BOMBARDMENT_TYPES and not m.named_places),
                None,
            )
        bulleted = is_bulleted_item(reading.text)
        if reading.mentions and announces_list(reading.text):
            list_head = next(
                (c for c in reversed(clusters[-REFERENCE_WINDOW_CLUSTERS:])
                 if c.last_sentence_index == reading.index and c.event_type in BOMBARDMENT_TYPES),
                None,
            )
        elif not bulleted:
            list_head = None
        elif list_head is not None and not reading.mentions:
            _bulleted_target(reading, list_head, clusters, governorates)
    _both_sides_dead_to_the_fight(clusters, readings_by_index)
    return clusters


def _sentence_text(readings_by_index: dict[int, SentenceReading], cluster: EventMention) -> str:
    """The text of the sentence that last told ``cluster`` ("" when it was read as no sentence of its own)."""
    reading = readings_by_index.get(cluster.last_sentence_index)
    return reading.text if reading is not None else ""


#: A clause cut off its sentence at "after" (:func:`mapapp.extract.clauses.split_clauses`): the event before.
_AFTER_CLAUSE_RE = re.compile(r"[\s,]*after\s", re.IGNORECASE)


# A count told as another party's word: "while ISIS said it killed 11", "whereas the group claimed to have killed 20".
_CLAIMED_RE = compile_guarded(
    r"\b(?:said|says|claimed|claims|announced|put\s+the\s+(?:death\s+)?toll|gave\s+a\s+toll)\b", re.IGNORECASE
)


_BEHIND_RE = compile_guarded(_BEHIND, re.IGNORECASE)
