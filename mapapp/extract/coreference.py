"""Within-document event coreference: the mentions of one event in one article become one incident.

Contract: :func:`cluster_mentions` takes the sentence readings of a document in
text order (each mention already classified by :mod:`.background`) and returns
the incidents as clusters, in the order they were opened. A cluster is
represented by the mention that opened it; each later mention of the same
event is merged into it: its sentence is added to the evidence spans and it
fills the arguments (place, target, actor, sources, date, figures) the cluster
lacks. Rules, in order, for each candidate mention:

0. **Anaphoric place.** A mention placed "in the same section", "in the area",
   "there" takes the places of the latest cluster. An explosion heard at a named place (no incident by itself,
   :mod:`.background`), then its cause told in the very next sentence with no place ("Initial reports: a car
   bomb went off near a checkpoint"), is that explosion: the cause takes the place where it was heard
   (:func:`_place_heard`). A fight with no place told right after a force's entry into named places ("ISIS has
   entered the A and B quarters. Heavy clashes with the army.") is there (:func:`_take_place_entered`). **List items** (rule 0c,
   :func:`~mapapp.extract.event_series.type_list_items`, run before clustering): the items of a list a sentence
   announces ("the toll of these air strikes has risen to 27, distributed as follows:") take its event's type,
   and its actor when they name none. **Further events** (rule 0d,
   :func:`~mapapp.extract.event_series.type_further_events`, run before clustering): "another strike", "a second
   attack" told in the sentence of an air, drone, artillery or car-bomb event or the next one is one more of its
   kind. **Likened events** (rule 0f, :func:`~mapapp.extract.event_series.type_likened_events`, before clustering):
   "a similar attack" is of the kind of the report's lead event. **Stray fire** (rule 0g,
   :func:`~mapapp.extract.event_series.type_stray_fire`, right after clustering): a death by stray bullets told
   right after a fight is that fight's casualty, an incident of its own.
1. **Continue an open cluster.** A mention continues the latest cluster when
   it refers to it — a definite or anaphoric event noun ("the attack", "the
   strikes that killed ..."), the body's first report after a single-event
   headline, or the next sentence giving the toll the cluster lacked with
   no place, date or actor of its own ("A firefight ensued in which five were
   killed"; also the one after, past a sentence that tells no event of its own:
   one telling the event again or with no scene, not an answer to it nor an
   event told apart: "in a separate incident", "elsewhere", "another") — and is
   compatible with it: the same type (or a generic one; but a killing by hand, "executed", "shot dead", is no
   air, drone or artillery strike, :func:`killed_by_hand`), a place that is the
   same or unstated, a date that is the same or unstated, within two sentences
   with no other event between.
   A definite event noun further on ("The Observatory said the assault has
   killed 28") continues the latest compatible cluster of the same type or
   trigger word among the last four, within eight sentences.
   Any mention of the same type, named place and day as one of the last four
   clusters, with figures that agree, is that event told again.
   One with no day of its own at the same named places, with the toll of that cluster (a repost, a teaser line
   repeating the lede) or with a toll the cluster lacked where both name the same town and site (a post's
   "UPDATE:"), and no "another", "again", is that event told again (:func:`undated_retelling_cluster`).
   A fight, attack or raid in the sentence right after a fight, at a village named against the fight's town
   ("Y, east of X") or, referring back ("The incident began when ..."), at a village after a fight at an unnamed
   spot against a town, with no toll of its own or the same, tells how that fight went
   (:func:`fight_course_cluster`).
   A mention naming a place, right after a cluster of the same type placed only at governorate level
   ("raids in several villages in X province. ... a raid in Y village"), or told over an area ("shelled the villages
   of X district", "villages in the countryside of X"; :func:`_told_over_an_area`) with a day and toll that agree,
   refines that cluster's place.
   A later clause of the same sentence giving one part of the toll whose other
   part the first clause names (33 = 26 + 7) is that event told in parts; not
   a part of a toll the clause gives place by place ("3 in A, 2 in B and 1 in C":
   one incident per place, :func:`~mapapp.extract.clauses.distributive_parts`),
   and no mention merges into another opened by the same sentence.
2. **Refer-back.** A definite mention that continues nothing and brings no
   figure or date ("The strikes came as the SDF advanced"): adds nothing.
   A claim of responsibility or an agent told in the passive, with no place or
   figure of its own ("ISIS claimed the attack hours later", "; the mine was
   planted by ISIS", "The Islamic State later claimed responsibility"), names
   the agent of the incident just told (same sentence or up to two after) that
   names none or only unnamed attackers ("a gunman"); not a denied claim. So
   does a party said to be behind it ("activists said Israeli jets were likely
   behind the strikes", "experts judged the missile to be of Russian make");
   a claim or such an attribution is not the incident's evidence, and one that
   finds no incident just told of its type joins none.
3. **Open a cluster** when the background filter found the mention specific.
   A strike or fire of another named party told as answering the incident just told, with no place of its own
   ("Russian jets struck the area after the attack", "Tribal forces responded to the sources of fire"), is an
   incident of its own at that scene (:func:`~mapapp.extract.replies.replied_clusters`); a reply told with no day takes that incident's.
   A party's own forces answering an assault on their own ground told just before ("ISIS attacked one of our points
   in A. Our fighters responded, killing two.") are that clash (:func:`~mapapp.extract.replies.defended_assault_of`).
   A definite event noun without an actor ("killed in the strikes on
   al-Qaim") takes the actor of a recent cluster of the same kind.
4. **A toll without an event word** (:mod:`.follow_up_tolls`) right after a cluster without figures
   fills it ("Two SDF fighters were killed, the SDF said."), unless it names
   another place: after an air, drone or artillery strike a toll told with "also" at another place is one more
   hit of that wave ("A civilian was also wounded in Y"), an incident of its own. After a cluster with figures it fills the kind the cluster
   lacks (the wounded after the dead, within two sentences and no event
   between), and the attacker's own dead in the very next sentence ("ISIS also
   lost 11 members") are added to the toll. A "while" clause of the same
   sentence giving only a death toll ("..., while ISIS lost five members") is
   the other side's dead of the event (added) or of the tally (dropped) just told.
   A figure in the very next sentence that counts people beyond the toll ("A third shepherd died later", "Two
   more died on the way to hospital", "two of his guards were also killed in the strike") is added to it, and
   "One of them later died" moves one of the wounded to the dead; "His body was found on Tuesday with gunshot
   wounds" after an incident with no dead (an abduction) is that incident's dead.
   A clause that names one event and says its toll rose ("The death toll from Monday's car bomb in X has risen
   to nine": the article is the update) is that event with that toll, not a tally.
   A sentence right after an incident saying its toll rose ("The death toll
   later rose to nine") replaces the figure with the higher one, unless it
   totals a period, an area or several events, names another place or tells
   a new event. A clause opening on the event just told as "followed" or
   "accompanied" by what it tells ("This attack was followed by clashes that
   left a civilian dead") continues that incident whatever its type. A sentence
   right after an incident that counts its strikes (a tally only by that count:
   same actor and type, no place, day or period of its own) fills the kinds of
   figure the incident lacks ("hit the city with 25 strikes; dozens were injured"). A bulleted line with no event
   word, in the list a bombardment's sentence announced ("..., including:"), is a hit of that wave at the line's
   place (rule 4e, :func:`_bulleted_target`).
   A later figure that counts what a toll only bounded with a vague word ("dozens were killed" ... "the raid killed
   78 fighters") replaces it (:func:`merge`, :func:`~mapapp.extract.casualties.refines_vague_toll`). A sentence
   right after a bombardment that lists the regions it struck is one incident per region (rule 4d; also after an
   operation told only over whole countries, a tally: "an air operation was conducted over Syria and northern Iraq.
   In the operation, 29 targets were destroyed in the A and B regions"), and a count
   told once, then broken down by place ("9 terrorists were neutralized. 5 of them in the A region, 4 in the B
   region"), one incident per item (rule 4f, :func:`_breakdown_by_place`).
   A clause right after a count of one wave's strikes that names the wave again ("the strikes targeted depots in
   the A, B and C regions") is the wave's hits, one incident per place (rule 4g, :func:`_wave_hits_by_place`).
   A toll of both sides of a fight told with a bombardment ("after shelling X, ... seven fighters on both sides were
   killed") is the dead of the clash told just before (rule 4h, :func:`_both_sides_dead_to_the_fight`).
6. **Unplaced references.** With no article place context, a cluster naming no
   place and giving no toll, in an article whose other clusters are placed,
   refers to them and is dropped; so is one naming no place with a toll when a
   placed cluster is of the same kind (a lede summing up the body's reports). A dropped
   summary of several events names the agent of the reports of its kind that name none.
5. **Headlines.** A title that lists several events, or several places ("shell villages near A and B"; not the
   ends of one road), is a summary: no body report merges into it, and clusters read only from title lines
   are dropped when the body reports incidents of its own.

Each mention is compared with the latest cluster, or with the last four
clusters (a bounded window): linear in the number of mentions, never all pairs.

Rules of their own, in their own modules: list items and further events (rules 0c and 0d, run before
clustering) in :mod:`.event_series`; the striker of a campaign carried to its later strikes and the group of
an unnamed suicide bomber (run on the clusters afterwards) in :mod:`.document_agents`. The tolls of rule 4
told across sentences (a toll without an event word, a risen toll, further figures, the wounded who died, the
attacker's and the other side's dead), which this module calls while it clusters, in :mod:`.follow_up_tolls`;
the strikes and fire told as answering the incident just told (rule 3) in :mod:`.replies`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from mapapp.extract.arguments import find_actor_mentions
from mapapp.extract.background import (
    ADDITIVE_OPENING_RE,
    CAUSE,
    HEARD,
    PATTERN,
    REFER_BACK,
    TALLY,
    is_tally,
    strike_in_a_region,
)
from mapapp.extract.casualties import (
    SUBSETS_TOLD_RE,
    add_casualties,
    casualty_range,
    figures_agree,
    is_damage_zero,
    is_further_figure,
    parse_count,
    refines_vague_toll,
)
from mapapp.extract.clauses import (
    FIRM_ACTOR,
    PERFECT_ASPECT_RE,
    is_region_name,
    only_locates_the_place_before,
    regions_listed,
)
from mapapp.extract.event_series import announces_list, is_bulleted_item
from mapapp.extract.follow_up_tolls import (
    DEFINITE_VICTIMS_RE,
    PRONOUN_BODY_RE,
    REFERENCE_WINDOW_CLUSTERS,
    TOLL_BROUGHT_TO,
    add_further_figures,
    add_other_side_dead,
    attacker_also_lost,
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
    BATTLE_FOR_GROUND,
    BOMBARDMENT_OVER_A_REGION_RE,
    CAPTURE_VERBS,
    CLAIM_OF_RESPONSIBILITY,
    CLOSE_KILLING_WORDS,
    FIGHT_OVER_A_REGION_RE,
    PLACE_LABEL_RE,
    REPEATED_EVENTS_RE,
    SEPARATE_REPORT_RE,
    allied,
    ascii_lower,
    compile_guarded,
    gated_search,
    is_named_actor,
    joint_members,
    normalize_place,
    same_party,
)
from mapapp.extract.mentions import (
    CANDIDATE,
    EventMention,
    SentenceReading,
    counts_over_more_than_a_day,
)
from mapapp.extract.replies import (
    AFTER_THE_EVENT_RE,
    answering_fire_of,
    defended_assault_of,
    fire_returned_from_afar,
    replied_clusters,
    reply_to_fire,
    supported_fight,
    tells_answer,
)
from mapapp.extract.sentences import Sentence
from mapapp.extract.toponyms import (
    GovernorateMention,
    PlaceMention,
    find_places,
    is_operation_zone,
)
from mapapp.extract.triggers import (
    NEW_THING_OF_RE,
    find_triggers,
    speakers_account_of_the_aircraft,
)
from mapapp.model import (
    AIR_TYPES,
    BOMBARDMENT_TYPES,
    DEVICE_TYPES,
    FIGHT_TYPES,
    UNSPECIFIC_TYPES,
    VEHICLE_BOMB_TYPES,
    Casualties,
    EventType,
)

_LOOSE_ACTOR = 5.0  # an actor scored below this was only named near the event word, with no verb or "by" tying it
_REFERENCE_WINDOW_SENTENCES = 8
_ANAPHORIC_PLACE_RE = compile_guarded(
    r"\b(?:in|at|near|on)\s+the\s+same\s+(?:area|place|section|village|town|city|neighbou?rhood|camp|district|region|"
    r"street|location|spot|road)\b|\bin\s+the\s+area\b|\bthere\b(?!\s+(?:is|are|was|were|have|has|had)\b)",
    re.IGNORECASE,
)
# The place just told, named by its kind: "hit the village overnight", "on the outskirts of the town", "clashes near
# the airport" (not "the town of X": a name of its own, even one the gazetteer lacks). Only an incident that opens
# with no place takes it (:func:`_take_place_told`): a follow-up told with it still merges as before.
_KIND_OF_PLACE_RE = re.compile(
    # ("the old city", "the old town": the place's own old quarter, told as the place)
    r"\bthe\s+(?:old\s+)?(?:town|village|city|camp|enclave|pocket|(?:military\s+)?airport|air\s?base|dam|neighbou?rhood|district)"
    r"(?:['’]s)?\b(?!\s+of\b)",
    re.IGNORECASE,
)


def cluster_mentions(
    readings: list[SentenceReading], governorates: list[list[GovernorateMention]], place_context: str | None = None
) -> list[EventMention]:
    """Cluster the event mentions of a document into incidents (see the module docstring).

    ``place_context``: the name of the article's own place (its dateline town, a post's place label), where an
    incident that names no place lies (:func:`_placed_by_kind_told`)."""
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
            if not opened and other_side_follow_up(clusters, mention, reading.index):
                # "..., killing six soldiers. Three attackers were killed in the exchange of fire.": the other side
                merge(clusters[-1], mention)
                cluster_of_previous = clusters[-1]
                continue
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
                    or retold_cluster(clusters, mention, reading.index)
                    or reported_again_cluster(clusters, mention, reading.index)
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


def _bulleted_target(
    reading: SentenceReading,
    head: EventMention,
    clusters: list[EventMention],
    governorates: list[list[GovernorateMention]],
) -> None:
    """Rule 4e: a bulleted line with no event word of its own, in the list a bombardment's sentence announced ("Drones
    hit at least 30 sites on Thursday, including:\n- the A power station near B;\n- a water station in C."), names
    a hit of that wave at its place: the bombardment's incident there when it has no place yet, else one more incident
    of its kind, party and day (no toll: a toll told on the line is read by the list's own rule, :mod:`.event_series`).
    The line's first place is the hit's; the others say where it lies."""
    places = [p for p in reading.places_named(governorates) if p.governorate is None]
    if not places:
        return
    sentence = reading.sentence
    primary = replace(places[0], role="primary")
    if not head.sub_governorate_places:
        head.places = [(primary, sentence.index), *((p, sentence.index) for p in places[1:]), *head.places]
        head.extend_to(sentence)
        return
    hit = _copy_for_place(head, primary, sentence)
    hit.places.extend((p, sentence.index) for p in places[1:])
    clusters.append(hit)


#: A clause cut off its sentence at "after" (:func:`mapapp.extract.clauses.split_clauses`): the event before.
_AFTER_CLAUSE_RE = re.compile(r"[\s,]*after\s", re.IGNORECASE)
def _place_from_cause(clusters: list[EventMention], mention: EventMention, sentence_index: int) -> None:
    """The places of a clause telling how the fight just told began, given to that fight when it has none.

    "Clashes near the border killed 29 fighters. The fighting erupted after IS launched a counter-attack near Hajin":
    the clause is background (a cause, not an event of its own), but where it began is where the fighting was. Only
    the latest incident, told in the same or the previous sentence with no place of its own, of the type the cause
    clause names, takes them; its evidence grows by the clause, nothing else of the clause is taken.
    """
    if not clusters or not mention.named_places:
        return
    latest = clusters[-1]
    if latest.places or latest.event_type is not mention.event_type or latest.last_sentence_index < sentence_index - 1:
        return
    latest.places = list(mention.places)
    latest.evidence.append(mention.evidence[0])


def _place_heard(clusters: list[EventMention], heard: EventMention, mention: EventMention, sentence_index: int) -> None:
    """The place where an explosion was heard, given to its cause told next (a later clause of its sentence or the
    very next sentence) with no place.

    "A blast was heard in the X district of Y minutes ago. Initial reports: a car bomb went off near a checkpoint":
    the sound alone is no incident (:mod:`.background`), but the bomb that made it is one, and where the blast was
    heard is where it went off. Only a device, strike or shell (the kinds that explode), told in the sentence right
    after the one that heard an explosion (not gunfire), with no incident told in between and no place of its own.
    """
    if mention.places or mention.event_type not in _EXPLOSIVE_TYPES or SEPARATE_REPORT_RE.match(mention.clause_text):
        return  # ("Separately, jets bombed a hideout": a report set apart, not the sound's cause)
    if sentence_index not in (heard.sentence_index, heard.sentence_index + 1):
        return  # (its own sentence's next clause, or the very next sentence)
    if not heard.trigger_word.startswith(_EXPLOSION_WORDS):
        return
    if clusters and clusters[-1].last_sentence_index >= heard.sentence_index:
        return  # (an incident told since the sound: the cause may be its own)
    mention.places = list(heard.places)
    mention.specific = True
    if heard.sentence_index != sentence_index:
        mention.evidence.insert(0, heard.evidence[0])


# A clause opening on the event just told, followed or accompanied by what the clause tells ("This attack was
# followed by clashes that left a civilian dead", "The shelling was accompanied by drone strikes"): the same incident.
_FOLLOWED_REFERENCE_RE = re.compile(
    r"^\W*(?:this|the|that)\s+(?:[\w-]+\s+)?(?:attack|assault|strike|shelling|bombardment|bombing|explosion|blast|"
    r"ambush|raid|operation|incident)s?\s+(?:was|were|has been|had been)\s+(?:then\s+)?(?:followed|accompanied)\s+by\b",
    re.IGNORECASE,
)
# A count over a period or an area: the mark of a true tally ("25 strikes this week", "since January").
_PERIOD_WORDS_RE = compile_guarded(
    r"\b(?:since|so\s+far|this\s+(?:year|month|week)|last\s+(?:year|month|week)|past\s+(?:\w+\s+)?(?:days|weeks|months|years)|"
    r"same\s+period|total|overall|altogether|month|months|weeks|years|campaign|province|provinces|governorates?|region)\b",
    re.IGNORECASE,
)


def _strikes_counted_of(clusters: list[EventMention], mention: EventMention, reading: SentenceReading) -> bool:
    """A sentence right after an incident that counts its strikes ("the coalition hit the city with at least 25
    strikes, warning that dozens had been injured") is a tally only for the number of strikes: told of the same
    actor and kind, with no place, day or period of its own, it is that incident, and its figures fill the kinds
    the incident lacks. A count of events over a period or an area stays a tally."""
    if not clusters or reading.index - clusters[-1].last_sentence_index != 1 or not mention.has_figure:
        return False
    previous = clusters[-1]
    if mention.named_places or mention.point_dates or _PERIOD_WORDS_RE.search(reading.text):
        return False
    if not (is_named_actor(previous.actor) and previous.actor == mention.actor and previous.event_type is mention.event_type):
        return False
    if is_tally(mention.clause_text, reading.text, dated=True):
        return False  # a cumulative toll ("raising the toll to ..."), not a count of strikes
    filled = False
    if previous.killed is None and mention.killed is not None:
        previous.killed, filled = mention.killed, True
    if previous.injured is None and mention.injured is not None:
        previous.injured, filled = mention.injured, True
    if filled:
        previous.evidence.append(mention.evidence[0])
        previous.last_sentence_index = mention.sentence_index
    return filled


def _followed_cluster(clusters: list[EventMention], mention: EventMention, sentence_index: int) -> EventMention | None:
    """The incident just told, when the mention's clause opens on it as followed or accompanied by what the clause
    tells (any type: "The shelling was accompanied by clashes"), in the next sentence, with no other place or day."""
    if not clusters or not _FOLLOWED_REFERENCE_RE.match(mention.clause_text):
        return None
    previous = clusters[-1]
    if sentence_index - previous.last_sentence_index != 1 or (previous.headline and len(previous.evidence) == 1):
        return None
    same_type = replace(mention, event_type=previous.event_type)  # the type may differ: only place and day must agree
    return previous if _type_place_and_date_agree(previous, same_type) else None


#: How many sentences after a raid the fight it ran into may be told.
_FIGHT_DURING_RAID_WINDOW = 2


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
    if not any(
        hit.text.casefold() == mention.trigger_word and speakers_account_of_the_aircraft(mention.clause_text, hit)
        for hit in find_triggers(mention.clause_text)
    ):
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


def _fight_during_raid(clusters: list[EventMention], mention: EventMention) -> EventMention | None:
    """A raid just told, when the clause tells of clashes with no place or day of its own ("The SDF raided the
    village of X to arrest a cell. Clashes erupted between the two sides and two gunmen were killed."): the raid
    ran into a fight, one incident, which keeps its type and takes the fight's figures. A fight elsewhere, on
    another day or between two parties not both named by the raid's clause is another event."""
    if not clusters or mention.event_type is not EventType.ARMED_CLASH or mention.named_places or mention.generic:
        return None  # (nor fighting that "continues" on a front: a state of affairs, not the raid's fight)
    previous = clusters[-1]
    if previous.event_type is not EventType.RAID:
        return None
    if not 1 <= mention.sentence_index - previous.last_sentence_index <= _FIGHT_DURING_RAID_WINDOW:
        return None
    if any(not d.said for d in mention.point_dates):
        return None
    parties = {m.name for m in find_actor_mentions(mention.clause_text) if is_named_actor(m.name)}
    if len(parties) >= 2 and not parties <= {m.name for m in find_actor_mentions(previous.clause_text)}:
        return None  # "clashes between the SDF and Turkish-backed factions": a fight of other parties
    return previous if figures_agree(previous.killed, mention.killed) else None


#: How many sentences after an incident a clause may name it as "during the raid".
_DURING_WINDOW = 2
# The event just told, named as the time of what the clause tells: "a teenager was killed during the raid", "During
# the operation, a cell member blew himself up", "in the course of the clashes". The noun says which kinds of event
# it can name (an "attack" or an "operation" any kind).
_DURING_THE_RE = compile_guarded(
    r"\b(?:during|in\s+the\s+course\s+of|throughout)\s+(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<noun>raids?|operations?|attacks?|assaults?|clashes|fighting|firefight|shelling|bombardment|strikes?|"
    r"airstrikes?|air\s+strikes?|ambush|storming|incursion|landing|airdrop)\b",
    re.IGNORECASE,
)
_NOUN_TYPES = {
    "raid": frozenset({EventType.RAID}),
    "storming": frozenset({EventType.RAID, EventType.ARMED_CLASH}),
    "incursion": frozenset({EventType.RAID, EventType.ARMED_CLASH}),
    "landing": frozenset({EventType.RAID}),
    "airdrop": frozenset({EventType.RAID}),
    "clashes": frozenset({EventType.ARMED_CLASH, EventType.RAID}),
    "fighting": frozenset({EventType.ARMED_CLASH, EventType.RAID}),
    "firefight": frozenset({EventType.ARMED_CLASH, EventType.RAID}),
    "ambush": frozenset({EventType.ARMED_CLASH, EventType.ATTACK}),
    "shelling": frozenset({EventType.SHELLING}),
    "bombardment": frozenset({EventType.SHELLING, EventType.AIRSTRIKE, EventType.DRONE_STRIKE}),
    "strike": frozenset({EventType.AIRSTRIKE, EventType.DRONE_STRIKE}),
    "airstrike": frozenset({EventType.AIRSTRIKE, EventType.DRONE_STRIKE}),
    "air strike": frozenset({EventType.AIRSTRIKE, EventType.DRONE_STRIKE}),
}


def _told_during_cluster(
    clusters: list[EventMention], mention: EventMention, sentence_index: int
) -> tuple[EventMention, bool] | None:
    """The incident just told (same sentence or up to two before), when the clause names it as the time of what it
    tells ("SDF forces raided X, detaining 17 men; a teenager was killed during the raid", "During the operation, a
    cell member blew himself up") and names no place or day of its own: the clause happens within that incident, at
    its place. Returned with whether the clause is that incident: one of the incident's kind, or of no kind of its
    own (a toll), is (to be merged); one of another kind ("blew himself up" during a raid) is told apart but takes the
    incident's places and day (:func:`_take_scene`). The noun must fit the incident's kind ("during the raid" names no
    air strike)."""
    if not clusters or mention.named_places or mention.generic:
        return None
    found = gated_search(_DURING_THE_RE, mention.clause_text)
    if found is None or any(not d.said for d in mention.point_dates):
        return None
    latest = clusters[-1]
    if not 0 <= sentence_index - latest.last_sentence_index <= _DURING_WINDOW:
        return None
    noun = " ".join(found.group("noun").lower().split())
    kinds = _NOUN_TYPES.get(noun.removesuffix("s") if noun not in _NOUN_TYPES else noun)
    if kinds is not None and latest.event_type not in kinds:
        return None
    # "A joint force targeted a cell in X. During the operation, an exchange of fire took place": the fight the
    # operation ran into is that operation, whatever word typed each
    fought_in_operation = (
        noun.startswith("operation") and mention.event_type in FIGHT_TYPES and latest.event_type in FIGHT_TYPES
    )
    return latest, mention.event_type is latest.event_type or mention.event_type in UNSPECIFIC_TYPES or fought_in_operation


def _take_scene(mention: EventMention, cluster: EventMention) -> None:
    """Put an event told within ``cluster`` (see :func:`_told_during_cluster`) at its places, and on its day when the
    event gives none; nothing when the cluster has no place."""
    if cluster.places:
        mention.places = list(cluster.places)
        if not mention.dates:
            mention.dates = list(cluster.dates)


_CONTRAST_OPENING_RE = re.compile(r"^\W*(?:while|whereas)\b", re.IGNORECASE)
# A count told as another party's word: "while ISIS said it killed 11", "whereas the group claimed to have killed 20".
_CLAIMED_RE = compile_guarded(
    r"\b(?:said|says|claimed|claims|announced|put\s+the\s+(?:death\s+)?toll|gave\s+a\s+toll)\b", re.IGNORECASE
)


def _other_side_clause(previous_clause: EventMention, mention: EventMention) -> bool:
    """A clause opening with "while" that gives only a death toll, with no place, day or source of its own, after a
    clause of the same sentence that told an event or a tally with a figure or a toll: the other side's dead of it.
    Not a clause telling an event of another kind of its own (unless it names the event just told too) or in
    another governorate ("..., while in Raqqa province a car bomb killed five civilians": a second incident)."""
    return (
        _CONTRAST_OPENING_RE.match(mention.clause_text) is not None
        and mention.killed is not None
        and mention.injured is None
        and not mention.named_places
        and not mention.point_dates
        and mention.anchor is None
        and (previous_clause.killed is not None or previous_clause.verdict != CANDIDATE)
        and (
            compatible_types(previous_clause.event_type, mention)
            or previous_clause.verdict != CANDIDATE
            # "..., while ISIS lost five members due to the clashes and Russian airstrikes": the same clashes
            or (bool(previous_clause.trigger_word) and previous_clause.trigger_word in mention.clause_text.lower())
        )
        and _same_or_unstated_governorate(previous_clause, mention)
    )


# a count of people: a number followed by a lower-case word ("26 persons", "11 of them"), not a day ("June 1;")
_HEADCOUNT_RE = compile_guarded(r"\b(\d{1,6})\s+(?:of\s+them\b|[a-z]+)")


def _part_of_total(cluster: EventMention, mention: EventMention) -> bool:
    """A later clause of the sentence that opened ``cluster`` giving one part of its toll: the cluster's clause
    names the other part ("33 were killed in two rounds of strikes, 26 of them in ..., while the monitor counted
    7 killed in the shelling of ..."): 26 + 7 = 33 is one event told in parts, not a second one."""
    if cluster.killed is None or mention.killed is None or mention.anchor is not None or mention.distributed:
        return False  # (a clause dated against the first, "a day later, ...", is another event; so is a toll given
        # place by place, "3 in A, 2 in B and 1 in C", whose parts are each a place's)
    total, part = cluster.killed.low, mention.killed.low
    if total is None or part is None or not 0 < part < total:
        return False
    rest = str(total - part)
    return any(number.group(1) == rest for number in _HEADCOUNT_RE.finditer(cluster.clause_text))


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


def drop_unplaced_references(clusters: list[EventMention], has_place_context: bool) -> list[EventMention]:
    """Clusters that name no place, give no toll and have no article place to fall back on, when other clusters of
    the article are placed: a wave told without place or toll ("The group launched a wave of suicide bombings
    overnight") refers to the located incidents, it is not one of its own."""
    if has_place_context or not any(c.places for c in clusters):
        return clusters
    placed_types = {c.event_type for c in clusters if c.places}
    kept = [
        c
        for c in clusters
        if c.places or (c.has_figure and not _summarises(c, placed_types)) or _dated_in_a_region(c, placed_types)
    ]
    for index, summary in enumerate(clusters):
        if summary.has_figure and not summary.places and _summarises(summary, placed_types):
            _hand_over_actor(summary, [c for c in _near(clusters, index) if c.places])
    return kept


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
    nine"): the wave sums them up, as coders code only the placed fights (one incident per place). Dropped when a
    fight (a clash or an attack) opens at a named place in the same or an unstated governorate in the next clusters (a
    few: linear); a wave with no placed fight after it stays the article's incident. So is a bombardment told over a
    part of Syria before the hits the article places (:func:`_bombardment_wave_summed_up`)."""
    dropped: set[int] = set()
    for index, wave in enumerate(clusters):
        if wave.event_type in BOMBARDMENT_TYPES:
            if _bombardment_wave_summed_up(clusters, index, text):
                dropped.add(index)
            continue
        if wave.event_type is not EventType.ARMED_CLASH:
            continue
        told = " ".join(text[start:end] for start, end in wave.evidence)
        if gated_search(FIGHT_OVER_A_REGION_RE, told) is None:
            continue
        if not all(is_region_name(p.text) for p in wave.named_places):
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


def _summarises(cluster: EventMention, placed_types: set[EventType]) -> bool:
    """An unplaced toll of the kind the article's placed incidents report ("Bombardment killed ten civilians in
    northeast Syria on Saturday" over the strikes on two named towns told below) sums them up or repeats one: the
    placed reports are the incidents. A kind no placed incident has, or a generic one ("gunmen shot dead a man"),
    is an event of its own."""
    return cluster.event_type not in UNSPECIFIC_TYPES and cluster.event_type in placed_types


def continued_cluster(
    clusters: list[EventMention],
    mention: EventMention,
    sentence_index: int,
    sentences_with_mentions: set[int],
    anchored: bool = False,
) -> EventMention | None:
    """The cluster a mention continues (rule 1), or None."""
    if not clusters:
        return None
    previous = clusters[-1]
    # a headline of one event continues in the body; one that lists several events is only a summary
    single_headline = not (len(clusters) >= 2 and clusters[-2].headline) and not _headline_of_several_places(previous)
    after_headline = previous.headline and len(previous.evidence) == 1 and single_headline
    bare_follow_up = (
        sentence_index - previous.last_sentence_index in (1, 2)
        and not anchored
        and not mention.places
        and not mention.dates
        and mention.actor is None
        and not mention.generic
        and mention.has_figure
        and not previous.has_figure
    )
    # "The coalition's jets struck al-Kishma, killing 10 civilians. Local sources said the aircraft bombed houses in
    # the village on Saturday.": a detail of the event just told that gives only its day (no named place, figure or
    # other agent of its own) dates it
    dating_follow_up = (
        sentence_index - previous.last_sentence_index == 1
        and not anchored
        and not mention.named_places
        and not mention.has_figure
        and not _ANOTHER_TIME_RE.search(mention.clause_text)
        and any(not d.said for d in mention.point_dates)
        and not any(not d.said for d in previous.point_dates)
        and same_kind_of_event(previous.event_type, mention.event_type)
        and (mention.actor is None or previous.actor is None or mention.actor == previous.actor)
    )
    if not mention.definite and not after_headline and not bare_follow_up and not dating_follow_up:
        return None
    if after_headline and not (mention.definite or bare_follow_up) and _sums_up_more(previous, mention):
        return None  # "Strikes kill 37 in Syria" over "a strike killed nine ...": the headline sums up, not this one
    gap = sentence_index - previous.last_sentence_index
    if gap == 2 and (sentence_index - 1) in sentences_with_mentions:
        return None
    if gap < 1 or gap > 2:
        return None
    if _zero_contradicted(previous, mention):
        return None  # "a drone hit the field; there were no injuries. A monitor said the strikes killed four": others
    if _type_place_and_date_agree(previous, mention):
        return previous
    if gap == 1 and _blast_named_again(previous, mention):
        return previous
    if previous.distributed and mention.definite:
        # "Drones hit a post in A and a silo in B. Two guards were killed in the A strike.": a part told before the last
        # of its sentence's list
        for sibling in reversed(clusters[-_MAX_LISTED_TARGETS:-1]):
            if sibling.last_sentence_index != previous.last_sentence_index:
                break
            if _type_place_and_date_agree(sibling, mention):
                return sibling
    return None


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


# Plural events or agents in a headline: "Strikes kill 37", "Turkish drones kill 7", "Attacks leave 12 dead".
_PLURAL_HEADLINE_RE = compile_guarded(
    r"\b(?:strikes|airstrikes|air\s+strikes|attacks|raids|bombings|drones|warplanes|jets|shells|clashes|operations|"
    r"explosions|blasts|ambushes)\b",
    re.IGNORECASE,
)


def _sums_up_more(headline: EventMention, mention: EventMention) -> bool:
    """A headline of plural events whose toll is more than the body report's highest ("Strikes kill 37 in Syria" over
    "an airstrike killed nine"): it sums up several reports, not this one (a headline of one event rounds or abbreviates
    its toll: "Car bomb kills 9" over "killing more than nine" is the same event)."""
    told, body = headline.killed, mention.killed
    if told is None or body is None or told.low is None or body.high is None or told.low <= body.high:
        return False
    return gated_search(_PLURAL_HEADLINE_RE, headline.clause_text) is not None


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


# Words that tell a clause's dead apart from those just told: "two more", "another", "also", "a second", "elsewhere".
_OTHER_DEAD_RE = compile_guarded(
    r"\b(?:another|more|also|further|other|others|second|third|separate|separately|meanwhile|elsewhere|earlier|later|"
    r"previous|previously|too|as\s+well|same\s+day)\b",
    re.IGNORECASE,
)


def same_toll_retold_cluster(clusters: list[EventMention], mention: EventMention, sentence_index: int) -> EventMention | None:
    """The incident told in the sentence just before, when the clause tells its dead again, by name or another
    description, with the same exact count and no place or day of its own ("Gunmen shot dead a tribal elder in X
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
    one is asked (:func:`cluster_mentions`): a sentence of many such clauses stays linear."""
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
    r"\b(?:another|second|third|fourth|separate(?:ly)?|further|other|new|also|meanwhile|later|earlier)\b", re.IGNORECASE
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
    (:func:`~mapapp.extract.casualties.is_further_figure`). :func:`merge` adds it."""
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


#: A mention told as one more event of the kind ("bombed the area again", "another strike", "a second raid").
_ANOTHER_TIME_RE = compile_guarded(r"\b(?:again|anew|another|once more|a (?:second|third|fresh|new|further))\b", re.IGNORECASE)


def _zero_contradicted(cluster: EventMention, mention: EventMention) -> bool:
    """The cluster's toll is a stated zero ("there were no injuries", "without casualties") and the mention tells dead
    or wounded: not the event that harmed nobody."""
    return any(
        told is not None and told.low == told.high == 0 and new is not None and (new.low or 0) > 0
        for told, new in ((cluster.killed, mention.killed), (cluster.injured, mention.injured))
    )


def referred_cluster(clusters: list[EventMention], mention: EventMention, sentence_index: int) -> EventMention | None:
    """The recent cluster a definite event noun refers back to beyond the previous sentences ("The Observatory said
    the assault has killed 28 soldiers" a few paragraphs after the assault was told): the latest of the last
    few clusters, within a few sentences, that is compatible and of the same type or trigger word ("the assault"
    does not refer to air strikes told in between), or whose own type is generic; "the explosion" or "the blast"
    refers to a bomb so (:func:`_blast_named_again`), as it does in the very next sentence."""
    if not mention.definite or mention.headline or mention.generic or mention.point_dates:
        return None  # (a reference that dates itself, "Yesterday ... the murder", may be another event)
    for cluster in reversed(clusters[-REFERENCE_WINDOW_CLUSTERS:]):
        if sentence_index - cluster.last_sentence_index > _REFERENCE_WINDOW_SENTENCES:
            break
        if cluster.headline and len(cluster.evidence) == 1:
            continue  # a headline is told again by the body's first report, not by a reference
        same_kind = (
            same_kind_of_event(cluster.event_type, mention.event_type)
            or cluster.trigger.pattern == mention.trigger.pattern
            or strikes_told_again(cluster.event_type, mention)
            or _blast_named_again(cluster, mention)  # "A car bomb hit X. ... A monitor said the explosion killed three."
        )
        if (same_kind or cluster.event_type in UNSPECIFIC_TYPES) and compatible(cluster, mention):
            return cluster
    return None


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
        if not names & {normalize_place(p.text) for p in cluster.named_places}:
            continue
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


def fight_course_cluster(
    clusters: list[EventMention], mention: EventMention, sentence_index: int
) -> EventMention | None:
    """The fight told in the sentence just before, when this sentence tells how it went at a place within the
    cluster's ("Soldiers and a patrol exchanged fire near X on Monday, leaving one dead. Villagers in Y, east of X,
    had stopped the patrol; the soldiers then opened fire"; "... at a post east of X. The incident began when people
    of the village of Y blocked the road"): both a fight, an attack or a raid, the mention naming first a place the
    cluster did not, and either the cluster's place after it (a place within it) or, referring back with a definite
    noun, the unnamed spot the cluster put the fight at; no toll of its own or the same one, no day that
    contradicts and no cue of a further event ("another", "also", "later")."""
    if not clusters or mention.headline or mention.anchor is not None or not mention.named_places:
        return None
    previous = clusters[-1]
    if sentence_index - previous.last_sentence_index != 1 or previous.headline or not previous.named_places:
        return None
    if previous.event_type not in FIGHT_TYPES or mention.event_type not in FIGHT_TYPES:
        return None
    if _FURTHER_EVENT_CUE_RE.search(mention.clause_text) or not previous.days_agree(mention):
        return None
    if mention.has_figure and not (mention.killed == previous.killed and figures_agree(previous.injured, mention.injured)):
        return None
    if _narrows(previous, mention):
        return previous  # "Y, east of X" after "near X": a place within the cluster's
    if not (mention.definite or _COURSE_OPENING_RE.match(mention.clause_text)):
        return None  # (a place of its own with nothing referring back: another event of the day)
    # "The incident began when ... in Y" after a fight at an unnamed spot against X ("at a post east of X", read as
    # the place "east of X", or "in a village near X")
    known = {normalize_place(p.text) for p in previous.named_places}
    new_place = normalize_place(mention.named_places[0].text) not in known
    relative = _RELATIVE_PLACE_RE.match(previous.named_places[0].text) is not None
    return previous if new_place and (relative or _placed_near_only(previous, mention)) else None


# A clause opening on how the event just told began: "The incident began when", "The clash erupted after".
_COURSE_OPENING_RE = compile_guarded(
    r"^\W*(?:the|this)\s+(?:[\w-]+\s+)?(?:incident|confrontation|clash(?:es)?|attack|fighting|shooting|standoff|"
    r"exchange(?:\s+of\s+fire)?)\s+(?:began|started|erupted|broke\s+out|unfolded|happened|occurred)\b",
    re.IGNORECASE,
)
# A place told only against a town: "east of X", "near X" (the spot itself unnamed).
_RELATIVE_PLACE_RE = re.compile(r"(?:near|outside|(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\s", re.IGNORECASE)


# "another attack", "a second strike", "a new ambush", "struck again": the clause tells one more event of its kind.
_NEW_EVENT_RE = compile_guarded(r"\b(?:another|second|third|fresh|new|separate|similar|previous|again)\b", re.IGNORECASE)


#: Places of a mention or an incident compared when telling whether one retells the other: an incident that
#: gathered many places through merges is still compared in constant time.
_PLACES_COMPARED = 12

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
    word = mention.clause_text.lower().find(mention.trigger_word) if mention.trigger_word else -1
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


def retold_cluster(clusters: list[EventMention], mention: EventMention, sentence_index: int) -> EventMention | None:
    """A recent cluster that this mention tells again in other words, often from another source ("ISIS ambushed a
    bus in X, killing four. ... Sources said a bus was attacked by ISIS members in X"): the same named party
    (or one of a joint pair), types of one kind or one generic, dates and figures that do not contradict, and a
    place tying them: the mention's place is one the cluster names (one name may extend the other: "Tishreen" and
    "Tishreen Farm"), or lies in the area the cluster was placed at ("a drone hit A village, south of B" after "a
    drone strike in the countryside of B") when the mention gives no day the cluster lacks; a mention naming no
    place at all needs the same day or the same toll. A clause that says it tells one more event ("another
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
                return cluster  # where it happened is a place the cluster names
            refines = bool(cluster_names) and any(_same_name(cluster_names[0], a) for a in names[1:])
            if refines and (not mention.point_dates or cluster.point_dates):
                return cluster  # a village in the area the cluster was placed at; no day of its own to set it apart
            continue
        if mention.places:
            continue  # a governorate of its own: too vague to tie to one incident
        same_day = bool(mention.point_dates) and bool(cluster.point_dates)  # (compatible: the days agree)
        same_toll = mention.killed is not None and mention.killed == cluster.killed
        if same_day or same_toll:
            return cluster
    return None


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


def _same_word_cluster(clusters: list[EventMention], mention: EventMention, sentence_index: int) -> EventMention | None:
    """A definite reference names its event with the word it was told with: "the attack" after an attack and then
    air strikes refers to the attack, not to the strikes just told."""
    word = _event_word(mention)
    if len(clusters) < 2 or _event_word(clusters[-1]) == word:
        return None
    if clusters[-1].event_type is mention.event_type:
        return None
    candidate = referred_cluster(clusters[:-1], mention, sentence_index)
    if candidate is None or _event_word(candidate) != word:
        return None
    return candidate


def _event_word(mention: EventMention) -> str:
    """The event word's last word without a plural or past ending: "attacks" and "attacked" are "attack", and
    "strikes" is not "attack" though one trigger pattern finds both."""
    last = mention.trigger_word.rsplit(" ", 1)[-1]
    for ending in ("ed", "s"):
        if last.endswith(ending) and len(last) > len(ending) + 3:
            return last[: -len(ending)]
    return last


_DEFINITE_SITE_RE = compile_guarded(r"\bthe\s+prison\b", re.IGNORECASE)


def place_site_references(readings: list[SentenceReading], sites: list[list[PlaceMention]]) -> None:
    """Rule 0b: a mention naming no place that tells of "the prison" is at the prison the text named last before
    it ("The Hamra Prison holds 3,000 inmates. ... Air strikes hit the prison."). ``sites`` are the named sites
    of each sentence (:func:`~mapapp.extract.toponyms.find_named_sites`). Run before the background filter, so
    that the place counts among the mention's specifics."""
    latest: tuple[PlaceMention, int] | None = None
    next_sentence = 0
    for reading in readings:
        index = reading.sentence.index
        while next_sentence < index:
            if sites[next_sentence]:
                latest = (sites[next_sentence][-1], next_sentence)
            next_sentence += 1
        for mention in reading.mentions:
            if mention.places or not _DEFINITE_SITE_RE.search(mention.clause_text):
                continue
            before = [site for site in sites[index] if site.end <= mention.clause_span[0]]
            site = (before[-1], index) if before else latest
            if site is not None:
                mention.places = [(replace(site[0], role="primary"), site[1])]


#: How many sentences back the place a kind-of-place word ("the village") refers to may be told.
_KIND_OF_PLACE_WINDOW_SENTENCES = 5
#: How many sentences after the place of a fight its captives may be told put to death (:data:`_CAPTIVES_EXECUTED_RE`).
_CAPTIVES_WINDOW_SENTENCES = 7
# The kind of place told as where the event hit, after its preposition and after the event word: "positions in the
# village", "raids on the airport", "at the entrance of the town" (not the subject of a sentence about the place: "The
# city was liberated in 2017", nor a speaker of the place: "the mayor of the town said jets struck the desert").
_KIND_OF_PLACE_HIT_RE = compile_guarded(
    r"\b(?:in|on|at|near|around|inside|outside|of|into|towards?)\s+" + _KIND_OF_PLACE_RE.pattern, re.IGNORECASE
)


# The kind of place as the object of the event word: "shelled the town centre", "struck the village" (the event
# word's own end: a strike verb, then the place).
_KIND_OF_PLACE_OBJECT_RE = re.compile(r"\s+" + _KIND_OF_PLACE_RE.pattern, re.IGNORECASE)
# The kind of place where a clause sets its event, before the event word: "in the town", "in the north of the town",
# "on the outskirts of the village" (not "of the town" alone: "the mayor of the town said ...").
_KIND_OF_PLACE_SET_RE = compile_guarded(
    r"\b(?:in|at|near|around|inside|outside|into)\s+(?:the\s+(?:(?:north|south|east|west)(?:ern)?|centre|center|"
    r"outskirts|edge|entrance|heart|part)\s+(?:(?:part|parts|side|districts?|neighbou?rhoods?)\s+)?of\s+)?"
    + _KIND_OF_PLACE_RE.pattern,
    re.IGNORECASE,
)


#: A place's old quarter named by its kind ("the old city"), read as the place just told (:data:`_KIND_OF_PLACE_RE`).
_OLD_QUARTER_RE = compile_guarded(r"\bthe\s+old\s+(?:city|town)\b", re.IGNORECASE)
#: A place told as lying outside the old quarter: "west of the old city", "outside the old town".
_OUTSIDE_OLD_QUARTER_RE = compile_guarded(
    r"\b(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|outside)\s+the\s+old\s+(?:city|town)\b",
    re.IGNORECASE,
)


def place_kind_references(readings: list[SentenceReading], governorates: list[list[GovernorateMention]]) -> None:
    """Rule 0b': a mention naming no place that tells of the place just told by its kind ("Clashes erupted around A.
    Air strikes targeted IS positions in the village.", "IS seized B town, and a car bomb went off at the gate of
    the town", "IS shelled the town centre", "captured a post in the town's north after heavy fighting":
    :func:`_kind_of_place_hit`) is at the places of the latest event that named a place below governorate level, in
    its sentence or the few before (:data:`_KIND_OF_PLACE_WINDOW_SENTENCES`; only the sentence before for a place
    told in background wording, "40 were killed in A since last summer"; past the sentence before, only when no
    sentence since names another place, its own included: :func:`_no_place_named_since`), as :func:`_take_place_told`
    places an incident by the latest placed one. Run before the background filter, so that the place counts among the
    mention's specifics (a strike "in the village" just named is as specific as one naming it); a mention with a toll
    or a day of its own is specific without it, and coreference places it as before. One pass, the latest placed
    mention kept: linear."""
    latest: EventMention | None = None
    window = _KIND_OF_PLACE_WINDOW_SENTENCES
    by_index = {reading.index: reading for reading in readings}
    names_a_place: dict[int, bool] = {}  # (each sentence's places read once, not once per mention after it)
    for reading in readings:
        # (the captives of a fight may be told put to death a few sentences further on, after they were shown or
        # counted: "Video showed soldiers marched off. Activists said some were later executed.")
        if latest is not None and reading.index - latest.sentence_index > max(window, _CAPTIVES_WINDOW_SENTENCES):
            latest = None
        for mention in reading.mentions:
            if not mention.places:
                if (
                    latest is not None
                    and not (mention.has_figure or mention.point_dates)  # (placed later, by coreference, as before)
                    and _kind_of_place_hit(mention)
                    and (reading.index - latest.sentence_index <= window or window > 1 and _captives_executed(mention))
                    # (the old quarter the latest place's own clause told it lies outside: "the A district, west of
                    # the old city. Clashes raged at the rim of the old city": not at A)
                    and not (
                        _OLD_QUARTER_RE.search(mention.clause_text) and _OUTSIDE_OLD_QUARTER_RE.search(latest.clause_text)
                    )
                    and (
                        reading.index - latest.sentence_index <= 1
                        # (not a search or arrest campaign "in the town" told sentences on: the forces' response, no
                        # event of the fighting told)
                        or mention.event_type is not EventType.RAID
                        and _no_place_named_since(latest, reading.index, by_index, governorates, names_a_place)
                    )
                ):
                    mention.places = list(latest.places)
                continue
            if mention.sub_governorate_places:
                latest = mention
                window = 1 if reading.generic else _KIND_OF_PLACE_WINDOW_SENTENCES


#: What a sentence with no event of its own says to set a fight's scene: the operation, battle or offensive going on
#: there, its liberation, gunfire heard there.
_SCENE_OF_FIGHT_RE = compile_guarded(
    r"\b(?:operation|offensive|battle|liberat(?:e|ed|ing|ion)|gunfire|gunshots|siege|assault)\b", re.IGNORECASE
)
#: The events told at a scene the sentence before set: the fight itself and the strikes backing it.
_SCENE_EVENT_TYPES = BOMBARDMENT_TYPES | {EventType.ARMED_CLASH}


def place_scene_references(readings: list[SentenceReading], governorates: list[list[GovernorateMention]]) -> None:
    """Rule 0b'': a mention naming no place, in the sentence right after one that tells no event of its own and names
    one place below governorate level as a fight's scene (:data:`_SCENE_OF_FIGHT_RE`), is at that place when it is the
    fight or a strike (:data:`_SCENE_EVENT_TYPES`): the scene the sentence before set ("Our forces resumed the
    operation in the A pocket tonight. Heavy clashes are under way.", "Heavy gunfire was heard in the B district.
    Sources said clashes broke out.", "The YPG declared the liberation of C town. IS fled after coalition strikes.").
    Not a mention with a toll or a day of its own (coreference places it, as :func:`place_kind_references` leaves it),
    nor one in background wording, nor after a title line. Run before the background filter, so that the place counts
    among the mention's specifics. Each sentence's places are read at most once: linear."""
    previous: SentenceReading | None = None
    for reading in readings:
        before, previous = previous, reading
        if before is None or before.mentions or before.title or before.generic or reading.generic:
            continue
        if reading.index - before.index != 1:
            continue
        unplaced = [
            m
            for m in reading.mentions
            if not m.places
            and m.event_type in _SCENE_EVENT_TYPES
            and not m.generic
            and not (m.has_figure or m.point_dates)
        ]
        if not unplaced or _SCENE_OF_FIGHT_RE.search(before.text) is None:
            continue
        named = before.places_named(governorates)
        if len({normalize_place(p.text) for p in named}) != 1:
            continue  # (no scene, or several: which one the event was at is not told)
        scene = replace(named[0], role="primary")
        for mention in unplaced:
            mention.places = [(scene, before.index)]


def _no_place_named_since(
    latest: EventMention,
    index: int,
    by_index: dict[int, SentenceReading],
    governorates: list[list[GovernorateMention]],
    names_a_place: dict[int, bool],
) -> bool:
    """Whether no sentence after the one ``latest`` was told in, up to sentence ``index``, names a place below
    governorate level (a bulletin line labelled by its town, a sentence about another place): "the town" there may be
    that place. At most :data:`_KIND_OF_PLACE_WINDOW_SENTENCES` sentences are looked at, each read once
    (``names_a_place``, by sentence index, filled here): a long sentence of many clauses is not read once per clause."""
    for at in range(latest.sentence_index + 1, index + 1):
        reading = by_index.get(at)
        if reading is None:
            continue
        if at not in names_a_place:
            names_a_place[at] = bool(PLACE_LABEL_RE.match(reading.text) or reading.places_named(governorates))
        if names_a_place[at]:
            return False
    return True




# The captives of the event just told, put to death after it: "many were later executed", "executed some of them",
# "the prisoners were then shot dead", "soldiers taken prisoner had been executed" (where they were taken is the place
# told; not pictures a party posted of what it said were "executed troops", a claim development writers split on).
_CAPTIVES_EXECUTED_RE = compile_guarded(
    r"\b(?:were|was)\s+(?:later|subsequently|then|afterwards)\s+(?:executed|shot\s+dead|beheaded)\b"
    r"|\b(?:later|subsequently|then)\s+executed\s+(?:some|many|most|dozens|several|all|scores)\s+of\s+them\b"
    r"|\b(?:soldiers|troops|prisoners|captives|conscripts)\s+(?:(?:taken\s+prisoner|captured|held)\s+)?"
    r"(?:had\s+been|have\s+been|were)\s+(?:later\s+)?executed\b",
    re.IGNORECASE,
)


def _captives_executed(mention: EventMention) -> bool:
    """Whether the mention tells the captives of the event just told put to death (:data:`_CAPTIVES_EXECUTED_RE`)."""
    return mention.event_type is EventType.ATTACK and _CAPTIVES_EXECUTED_RE.search(mention.clause_text) is not None


def _kind_of_place_hit(mention: EventMention) -> bool:
    """Whether the mention's clause tells the kind of place just told as where its event hit: after the event word
    (:data:`_KIND_OF_PLACE_HIT_RE`), as its object ("IS shelled the town centre"), or before it as where the clause
    sets its event ("captured the headquarters in the town's north after heavy fighting":
    :data:`_KIND_OF_PLACE_SET_RE`); or tells the captives of the event just told put to death after it ("many were
    later executed": :data:`_CAPTIVES_EXECUTED_RE`), at its place."""
    text = mention.clause_text
    if _captives_executed(mention):
        return True
    word = max(ascii_lower(text).find(mention.trigger_word) if mention.trigger_word else 0, 0)
    if _KIND_OF_PLACE_HIT_RE.search(text, word) is not None:
        return True
    end = word + len(mention.trigger_word)
    if mention.trigger_word and _KIND_OF_PLACE_OBJECT_RE.match(text, end) is not None:
        return True
    return word > 0 and _KIND_OF_PLACE_SET_RE.search(text, 0, word) is not None


def _take_place_told(
    mention: EventMention, clusters: list[EventMention], cue: re.Pattern[str], summary: EventMention | None = None
) -> None:
    """A mention with no place whose clause points at the place just told (``cue``) is at that place: it takes the
    places of the latest of the last few incidents that has one, or of a placed ``summary`` told after it. The cue is
    a place told again ("gunmen killed another refugee in the same section", "there": :data:`_ANAPHORIC_PLACE_RE`),
    or the kind of place just told, for an incident that opens with it ("coalition strikes hit the village
    overnight", "killed in clashes near the airport": :data:`_KIND_OF_PLACE_RE`; "The SDF concluded a 24-day
    operation in the X camp. ... an ISIS cell attacked guards in the camp's sixth sector": the summary's camp)."""
    if mention.places or not (clusters or summary) or not cue.search(mention.clause_text):
        return
    placed = next((c for c in reversed(clusters[-REFERENCE_WINDOW_CLUSTERS:]) if c.places), None)
    if summary is not None and (placed is None or summary.sentence_index > placed.last_sentence_index):
        placed = summary
    if placed is not None:
        mention.places = list(placed.places)


# The scene just told, struck by the clause's bombardment: its kind of place as the strike's object ("struck the area",
# "pounded the tent encampment", "carried out raids on the base", "strikes on the city"), or the fighters told there.
_STRIKE_ON_SCENE_TOLD_RE = compile_guarded(
    r"\b(?:struck|hit|pounded|bombed|shelled|targeted|(?:air\s?)?(?:raids|strikes)\s+on)\s+the\s+(?:[a-z]+\s+)?"
    # (or the post the incident just told was at: "a helicopter later struck the checkpoint")
    r"(?:area|base|air\s?base|airport|encampment|camp|enclave|town|village|city|checkpoint|outpost|post)\b(?!\s+of\b)"
    # (the fighters of the event just told, struck where it was told: "strikes on the attackers", "on their hideouts")
    r"|\b(?:struck|hit|pounded|bombed|targeted|(?:air\s?)?(?:raids|strikes)\s+on)\s+(?:the\s+(?:attackers|assailants)|"
    r"their\s+(?:hideouts|positions))\b",
    re.IGNORECASE,
)
_FIGHTERS_STRUCK_RE = re.compile(r"\b(?:attackers|assailants|hideouts|positions)$", re.IGNORECASE)  # (its second branch)


_OTHER_PLACE_LOOKBACK = 3  # sentences before the strike read for another place named since the incident told


def _other_place_told_since(
    placed: EventMention,
    readings_by_index: dict[int, SentenceReading],
    governorates: list[list[GovernorateMention]],
    sentence_index: int,
) -> bool:
    """Whether a sentence told after the placed incident, up to the strike's own (at most
    :data:`_OTHER_PLACE_LOOKBACK` back), names a place that incident does not: "the city" then is that one
    ("Meanwhile in Raqqa, residents lacked bread. Jets carried out 20 strikes on parts of the city on Sunday")."""
    own = {normalize_place(p.text) for p in placed.named_places}
    first = max(placed.last_sentence_index + 1, sentence_index - _OTHER_PLACE_LOOKBACK)
    for index in range(first, sentence_index + 1):
        reading = readings_by_index.get(index)
        if reading is not None and any(normalize_place(p.text) not in own for p in reading.places_named(governorates)):
            return True
    return False


def _placed_by_kind_told(
    mention: EventMention,
    clusters: list[EventMention],
    readings_by_index: dict[int, SentenceReading],
    governorates: list[list[GovernorateMention]],
    sentence_index: int,
    place_context: str | None = None,
) -> bool:
    """Whether a bombardment by a named party with no place (no incident yet), whose clause names the kind of place just told, now
    has that place (:func:`_take_place_told`): a place was all it lacked to be an incident of its own
    (:func:`~mapapp.extract.background.classify`). The clause strikes the scene just told itself ("Coalition jets
    pounded the encampment", "Government warplanes carried out raids on the base after its fall", "Jets struck the area
    on Monday night": :data:`_STRIKE_ON_SCENE_TOLD_RE`), or tells its day and names the place's kind ("In a separate
    development, jets carried out 15 strikes on rebel-held parts of the city on Saturday", after an incident told in a
    named city). Not an event named as one told before ("the strikes
    on the city"), one with no party ("Strikes hit parts of the city on Saturday"), a pattern ("jets have repeatedly
    struck the city"); nor a fight or an assault ("began its offensive against the city on June 9": the city may be the
    battle's, not the place told last; "The city was taken from the group on May 3": its history).

    When no incident told so far names a place, the scene the clause strikes is the article's own place
    (``place_context``, its name: "BAGHOUZ (Reuters) - ... Fighting went on overnight near the camp. Coalition
    jets hit the area again and again late on Friday"), unless a sentence just before names another place: the
    mention then opens an incident with no place, placed at the article's place when it is built."""
    if (
        mention.event_type not in BOMBARDMENT_TYPES
        or mention.places
        or mention.definite
        or mention.actor is None
        or not (clusters or place_context)
        or gated_search(PERFECT_ASPECT_RE, mention.clause_text) is not None
    ):
        return False
    placed = next((c for c in reversed(clusters[-REFERENCE_WINDOW_CLUSTERS:]) if c.places), None)
    struck = gated_search(_STRIKE_ON_SCENE_TOLD_RE, mention.clause_text)
    if struck is not None:
        if placed is not None and _FIGHTERS_STRUCK_RE.search(struck.group(0)) and not placed.days_agree(mention):
            return False  # "On Thursday, the coalition struck the attackers" of Monday's attack: they may be anywhere
        cue = _STRIKE_ON_SCENE_TOLD_RE
    elif mention.point_dates:
        cue = _KIND_OF_PLACE_RE
    else:
        return False
    if placed is None and struck is not None and place_context is not None:
        # (the incidents told so far are all at the article's own place; "the area" is theirs unless a sentence just
        # before names another place)
        return not any(
            normalize_place(place.text) != place_context
            for index in range(max(0, sentence_index - _OTHER_PLACE_LOOKBACK), sentence_index + 1)
            if (reading := readings_by_index.get(index)) is not None
            for place in reading.places_named(governorates)
        )
    if placed is None or _other_place_told_since(placed, readings_by_index, governorates, sentence_index):
        return False
    _take_place_told(mention, clusters, cue)
    if not mention.sub_governorate_places:
        mention.places = []  # (a province told last is not the town or the base the clause strikes)
    return bool(mention.places)


# A force's entry into a place, told as a movement and no event of its own: "ISIS has entered the A and B
# neighbourhoods", "our forces breached the wall of A", "stormed into the town".
_ENTRY_RE = compile_guarded(
    r"\b(?:entered|breached|stormed\s+into|broke\s+into|pushed\s+into|advanced\s+into|infiltrated)\b", re.IGNORECASE
)


def _take_place_entered(
    mention: EventMention, before: SentenceReading | None, governorates: list[list[GovernorateMention]]
) -> None:
    """A fight told with no place of its own right after a sentence that tells a force entering a named place and no
    event ("ISIS has entered the A and B neighbourhoods of the city. Heavy clashes with the army."): the fight is there,
    at the places that sentence names, and specific enough to be an incident (a post's or a release's terse account
    of one assault). Not a fight named as one told before ("the clashes"), nor after a sentence telling an event."""
    if (
        before is None
        or before.mentions
        or mention.places
        or mention.specific
        or mention.definite
        or mention.event_type is not EventType.ARMED_CLASH
        or mention.sentence_index != before.index + 1
        or gated_search(_ENTRY_RE, before.text) is None
    ):
        return
    entered = before.places_named(governorates)
    if entered:
        mention.places = [(place, before.index) for place in entered]
        mention.specific = True


def headline_told_again(clusters: list[EventMention], mention: EventMention) -> EventMention | None:
    """The single-event headline cluster that the body's first report tells again, however many lines (byline,
    date, photo caption) stand between them: the body has no incident yet, and type, place, date and figures
    are compatible."""
    if not clusters or any(not c.headline for c in clusters) or mention.headline:
        return None
    if len(clusters) != 1 or len(clusters[0].evidence) != 1 or _headline_of_several_places(clusters[0]):
        return None  # a headline listing several events is a summary (rule 5)
    headline = clusters[0]
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
    if not previous_names and not _same_or_unstated_governorate(previous, mention):
        return None
    if not mention.has_figure and not previous.has_figure:
        return None  # nothing ties the two sentences but their type: two reports of a kind, not one told twice
    if compatible(previous, mention):
        return previous
    # "killed 100" in a headline or lede, "more than 100 attackers were killed" in the body: one toll, rounded
    rounded = _type_place_and_date_agree(previous, mention) and _rounded_alike(previous.killed, mention.killed)
    return previous if rounded and figures_agree(previous.injured, mention.injured) else None


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
    give some."""
    if not compatible_types(cluster.event_type, mention):
        return False
    if mention.event_type in BOMBARDMENT_TYPES and killed_by_hand(cluster):
        return False  # "ISIS executed four men in A. Coalition warplanes targeted a bridge.": two events
    cluster_places = {normalize_place(p.text) for p in cluster.named_places}
    new_places = {normalize_place(p.text) for p in mention.named_places}
    if cluster_places and new_places and not cluster_places & new_places and not _placed_near_only(cluster, mention):
        return False  # (but "in a village near X" ... "the strikes hit the village of Y": Y is that village)
    return cluster.days_agree(mention)


def refined_cluster(clusters: list[EventMention], mention: EventMention, sentence_index: int) -> EventMention | None:
    """The cluster told in the sentence just before (or two before, the sentence between opening none) over a whole governorate or its countryside ("raids on homes in
    several villages in X province", "in the eastern countryside of X"), when this sentence names a place where it hit, with the same specific type, a governorate
    that is the same or unstated, and date and figures that agree ("They detained two men in a raid on Y
    village"): the place refines the cluster's (:func:`merge` puts it first)."""
    if not clusters or not mention.named_places or mention.event_type in UNSPECIFIC_TYPES:
        return None
    if _FURTHER_IN_CLAUSE_RE.search(mention.clause_text):
        return None  # "Another strike hit B", "The gunmen also killed a trader in B": one more event, not its place
    previous = clusters[-1]
    # the next sentence, or the one after when the sentence between opened no incident ("Clashes in X province
    # killed nine on Tuesday. The fighting erupted in Y after ... Tribal fighters attacked posts in Y.")
    if not 1 <= sentence_index - previous.last_sentence_index <= 2 or previous.event_type is not mention.event_type:
        return None
    if (previous.headline and len(previous.evidence) == 1) or not previous.places:
        return None  # (a headline alone is a summary; a body report confirming it is the event told)
    if previous.named_places and not _told_over_an_area(previous):
        return None
    # (a governorate the mention names only as where people came from, "reinforcements from X", is not its place)
    if not _same_or_unstated_governorate(previous, mention, origins=False) or _near_the_city(previous):
        return None
    if previous.named_places:  # (the area's name is not the village's: only day and figures can tell another event)
        if _told_over_an_area(mention):
            return None  # "Fire on our units in the A region was answered. Terrorists in the B region were hit."
        if not _told_as_a_village(mention, previous):
            return None  # "Jets struck villages around A. Jets struck B, killing two.": a town of its own, hit too
        agree = (
            previous.days_agree(mention)
            and figures_agree(previous.killed, mention.killed)
            and figures_agree(previous.injured, mention.injured)
        )
        return previous if agree else None
    return previous if compatible(previous, mention) else None


#: Where a clause tells its place as an area, not a point: "several villages in A", "the occupied areas of A",
#: "A district", "A countryside" (the words around the name; "the villages of A and B" names villages, "the A area" a
#: locality).
_AREA_BEFORE_RE = compile_guarded(
    r"\b(?:(?:villages|towns|hamlets)\s+(?:in|around|across)|areas\s+(?:of|in|around))\s+(?:the\s+)?$", re.IGNORECASE
)
_AREA_AFTER_RE = compile_guarded(r"^(?:[’']s)?\s+(?:district|sub-?district|countryside|region)\b", re.IGNORECASE)


#: A place told as a village or a city's quarter: "the village of B", "the villages of B and C", "B village", "the
#: B neighbourhood".
_VILLAGE_BEFORE_RE = compile_guarded(r"\b(?:village|hamlet|neighbou?rhood)s?\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_VILLAGE_AFTER_RE = compile_guarded(r"^(?:[’']s)?\s+(?:village|hamlet|neighbou?rhood)\b", re.IGNORECASE)
#: The bombardment just told, told again: "the shelling", "the strikes", "this bombardment".
_THE_BOMBARDMENT_RE = compile_guarded(
    r"\b(?:the|these|those|this)\s+(?:[a-z-]+\s+)?(?:bombardment|shelling|strikes?|raids?|bombing|attacks?)\b", re.IGNORECASE
)


def _told_as_a_village(mention: EventMention, area: EventMention) -> bool:
    """Whether the mention tells a spot in the area just told: a place named as a village ("the village of B", "B
    village") or named already by the area's report ("villages in A, including B"), or the event told again ("the
    shelling on B", "The strikes hit homes in B"). A place named bare in a report of its own after a report over an
    area is a place of its own, hit too ("Jets struck villages around A. Jets struck B")."""
    known = {normalize_place(p.text) for p in area.named_places}
    if gated_search(_THE_BOMBARDMENT_RE, mention.clause_text) is not None:
        return True
    text, start = mention.clause_text, mention.clause_text_start
    for place in mention.named_places:
        offset, end = place.start - start, place.end - start
        if normalize_place(place.text) in known:
            return True
        if 0 <= offset <= end <= len(text) and (
            _VILLAGE_BEFORE_RE.search(text, max(0, offset - 30), offset) or _VILLAGE_AFTER_RE.match(text[end : end + 20])
        ):
            return True
    return False


def _told_over_an_area(mention: EventMention) -> bool:
    """Whether the mention's first clause tells every named place as an area, not as the spot hit: a region ("the
    countryside of A"), its town named again, or a name after "villages in" or before "district" ("shelled the
    villages of A district", "several villages in B"). A later sentence naming a village then tells where in it
    (:func:`refined_cluster`)."""
    text, start = mention.clause_text, mention.clause_text_start
    regions = {normalize_place(p.text) for p in mention.named_places if is_region_name(p.text)}

    def as_area(place: PlaceMention) -> bool:
        if normalize_place(place.text) in regions:
            return True  # (the region itself, or its town named again: "the countryside of A ... the A road")
        offset, end = place.start - start, place.end - start
        if not 0 <= offset <= end <= len(text):
            return False
        before = _AREA_BEFORE_RE.search(text, max(0, offset - 40), offset)
        return bool(before or _AREA_AFTER_RE.match(text[end : end + 30]))

    return all(as_area(p) for p in mention.named_places)


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
    r"\b(?:another|(?:an?|the)\s+(?:second|third|fourth|fifth|further|new)|one\s+more)\s+(?-i:[a-z])|\balso\b",
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
    word = mention.clause_text.casefold().find(mention.trigger_word) if mention.trigger_word else -1
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
#: A cue that the clause tells a further event, not the one just told: "another", "a second", "also", "separately",
#: or one dated against it or answering it ("shortly after the ambush", "in response to the attack").
_FURTHER_EVENT_CUE_RE = compile_guarded(
    r"\b(?:another|second|third|fourth|further|new|separate(?:ly)?|also|meanwhile|elsewhere|earlier|later|"
    r"previously|again|other|after|following|before|since|response|retaliat\w*|revenge)\b",
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


_NEAR_RE = compile_guarded(r"\b(?:near|outside|on the outskirts of|north|south|east|west)(?:\s+of)?\s+(?:the\s+)?$", re.IGNORECASE)


def _near_the_city(cluster: EventMention) -> bool:
    """The cluster's governorate name is its city's ("Near Raqqa, one strike destroyed ..."): one place, not the
    governorate over which a later sentence could refine it."""
    start = cluster.clause_text_start
    return any(
        p.governorate is not None and start <= p.start and _NEAR_RE.search(cluster.clause_text, max(0, p.start - start - 30), p.start - start)
        for p, _ in cluster.places
    )


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


def _tells_no_event_of_its_own(mention: EventMention) -> bool:
    """An unplaced mention that tells no event of its own: the latest incident told again ("Gunmen stormed a post in
    A. The gunmen were neutralized by drones."), not an answer to it ("X said it responded to the fire") nor one told
    apart from it ("Gunmen attacked a checkpoint in A. In a separate incident, a bomb exploded. Two soldiers were
    killed.": the toll is the bomb's; "another strike", "elsewhere")."""
    return not tells_answer(mention) and not _OTHER_DEAD_RE.search(mention.clause_text)


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


def _refines_type(cluster: EventMention, follow_up: EventMention) -> bool:
    """True when the follow-up's event word types the event more precisely than the cluster's."""
    return (
        (cluster.event_type in UNSPECIFIC_TYPES and follow_up.event_type not in UNSPECIFIC_TYPES)
        or (cluster.event_type is EventType.OTHER and follow_up.event_type is EventType.ATTACK)
        or (cluster.event_type is EventType.SUICIDE_BOMB and follow_up.event_type is EventType.CAR_BOMB)
        # the aircraft told later is a drone: "carried out a strike ... The strike was flown by an MQ-9"
        or (cluster.event_type is EventType.AIRSTRIKE and follow_up.event_type is EventType.DRONE_STRIKE)
    )


#: A targeted killing's own word: "shot dead", "gunned down", "executed", "assassinated".
_TARGETED_KILLING_WORD_RE = compile_guarded(rf"(?:{CLOSE_KILLING_WORDS}|assassinat)", re.IGNORECASE)


def _body_types_headline(headline: EventMention, body: EventMention) -> bool:
    """True when the body's first sentence tells as a targeted killing the event a headline told with a generic word:
    "IS kills SDF member in new attack" over "IS cells gunned down an SDF member in X" is the shooting (an attack, as the
    gold conventions code the killing of one party's member by gunmen), not the fight the generic "attack" on an armed
    party reads as. The headline abbreviates; the body's word says what happened (not an agent's word, "gunmen", nor
    a toll told with none)."""
    return (
        headline.trigger.weak
        and body.event_type is EventType.ATTACK
        and headline.event_type is not EventType.ATTACK
        and _TARGETED_KILLING_WORD_RE.match(body.trigger_word) is not None
    )


def _tells_something(cluster: EventMention, follow_up: EventMention) -> bool:
    """True unless the follow-up is a bare mention of the event told ("An officer said the offensive would end soon",
    "The unit had watched the hideout for days before the strike"): not specific, and no figure,
    place, day, new party or target, or more precise type of its own. Such a sentence is merged (it opens no incident) but is not
    the incident's evidence: it tells nothing of the event, and it is often a statement about it."""
    return (
        follow_up.specific
        or follow_up.has_figure
        or bool(follow_up.named_places)
        or any(not d.said for d in follow_up.point_dates)
        or (follow_up.actor is not None and follow_up.actor != cluster.actor)
        or (follow_up.target is not None and follow_up.target != cluster.target)
        or _refines_type(cluster, follow_up)
    )


def merge(cluster: EventMention, follow_up: EventMention) -> None:
    """Fold a later mention into the cluster it continues.

    The follow-up fills what the cluster lacks, except after a headline: a headline abbreviates the body's
    report ("Strikes kill 11" over "killed at least 11 civilians"), so a figure the body states replaces the
    headline's, which only fills in when the body gives none. Likewise a figure that counts what the cluster's toll
    only bounded with a vague word ("killed dozens" ... "the raid killed 78 fighters") replaces it.
    """
    if _rounded_alike(cluster.killed, follow_up.killed):
        # "killed 100" and "more than 100 were killed": one toll, its bound told ("more than 100")
        assert cluster.killed is not None and follow_up.killed is not None
        cluster.killed = cluster.killed if cluster.killed.high is None else follow_up.killed
        follow_up.killed = None
    body_after_headline = cluster.headline and len(cluster.evidence) == 1
    later_sentence = follow_up.sentence_index > cluster.last_sentence_index
    next_sentence = follow_up.sentence_index == cluster.last_sentence_index + 1
    if body_after_headline:
        cluster.killed = follow_up.killed or cluster.killed
        cluster.injured = follow_up.injured or cluster.injured
        cluster.body_sentence_index = follow_up.sentence_index
    if body_after_headline or _tells_something(cluster, follow_up):
        cluster.evidence.append(follow_up.evidence[0])
    cluster.last_sentence_index = follow_up.sentence_index
    if _refines_type(cluster, follow_up) or (body_after_headline and _body_types_headline(cluster, follow_up)):
        # a specific word types the event; even "shot by gunmen" says more than a toll told without an event word
        cluster.event_type = follow_up.event_type
        cluster.trigger = follow_up.trigger
    if follow_up.actor is not None and (
        cluster.actor is None
        or cluster.actor in joint_members(follow_up.actor)
        # a word that names no party ("Mercenaries attack SDF post" over "an ISIS cell attacked")
        or (not is_named_actor(cluster.actor) and is_named_actor(follow_up.actor))
        or (follow_up.actor_score >= FIRM_ACTOR and cluster.actor_score < _LOOSE_ACTOR)
    ):
        # a later mention fills the actor, refines it into a joint operation ("an SDF raid" ... "the SDF, backed by
        # the coalition, raided"), or names the agent firmly where the cluster only had a party named near the
        # event ("The SDF and ISIS fought fierce clashes ... ISIS killed 50 fighters in an attack on ...")
        cluster.actor = follow_up.actor
        cluster.actor_score = follow_up.actor_score
    # "dozens were killed" ... "the raid killed 78 fighters": the later figure is the count the vague word bounded
    killed, injured = follow_up.killed, follow_up.injured
    if cluster.killed is not None and killed is not None and refines_vague_toll(cluster.killed, killed, follow_up.clause_text):
        cluster.killed, killed = killed, None
    if cluster.injured is not None and injured is not None and refines_vague_toll(cluster.injured, injured, follow_up.clause_text):
        cluster.injured, injured = injured, None
    if cluster.killed is not None and killed is not None and attacker_also_lost(cluster, follow_up):
        cluster.killed = add_casualties(cluster.killed, killed)  # both sides' dead of one fight
    elif (
        next_sentence
        and not body_after_headline
        and add_other_side_dead(cluster, killed, injured, follow_up.victims, follow_up.clause_text)
    ):
        pass  # "..., killing four fighters. Seven militants were killed as the attack was repelled.": both sides
    elif later_sentence and not body_after_headline:
        # "... killed an SDF commander. Two of his companions were also killed in the strike.": more dead
        add_further_figures(cluster, killed, injured, follow_up.clause_text)
    cluster.killed = cluster.killed or killed
    cluster.injured = cluster.injured or injured
    cluster.victims = cluster.victims or follow_up.victims
    cluster.target = cluster.target or follow_up.target
    if follow_up.named_places and (
        not cluster.named_places
        or _narrows(cluster, follow_up)
        or _placed_near_only(cluster, follow_up)
        or _places_told_over_an_area(cluster, follow_up)
    ):
        # the follow-up names a place the cluster lacked, or a place inside the cluster's ("near the market in
        # the Maysaloon neighbourhood of Qamishli" after "in Qamishli"; "the villages of A district" then "the
        # village of B"): its place becomes the primary one
        cluster.places = follow_up.places + cluster.places
    else:
        # (a name the cluster holds already, told again, is not added: a cluster merged with thousands of mentions of
        # one town would otherwise grow a list every later test reads, quadratic in the text)
        held = {(normalize_place(p.text), p.level, p.role, p.origin) for p, _ in cluster.places}
        cluster.places = cluster.places + [
            (p, i) for p, i in follow_up.places if (normalize_place(p.text), p.level, p.role, p.origin) not in held
        ]
    if all(d.said for d in cluster.point_dates):
        # no day of its own yet, or only a statement's ("the monitor said on Tuesday"): the follow-up's day of the
        # event ("the strikes hit the village late Monday") comes first (:func:`event_dates._own_date`)
        cluster.dates = cluster.dates + follow_up.dates
    for source in follow_up.sources:
        if source not in cluster.sources:
            cluster.sources.append(source)


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


def _places_told_over_an_area(cluster: EventMention, follow_up: EventMention) -> bool:
    """True when the cluster told its place as an area ("shelled the villages of A district") and the follow-up names
    first a place the cluster did not: a spot in that area (:func:`refined_cluster` merged them)."""
    known = {normalize_place(p.text) for p in cluster.named_places}
    return normalize_place(follow_up.named_places[0].text) not in known and _told_over_an_area(cluster)


def _narrows(cluster: EventMention, follow_up: EventMention) -> bool:
    """True when the follow-up names, first, a place the cluster did not, and after it the cluster's primary place:
    a place within it. Places the cluster's other clauses named ("Shelling on the X countryside, while patrols
    toured the Y countryside" over "shelling on A village in the X countryside") need not be named again."""
    named = [normalize_place(p.text) for p in follow_up.named_places]
    primary = normalize_place(cluster.named_places[0].text)
    known = {normalize_place(p.text) for p in cluster.named_places}
    return named[0] not in known and primary in named


def _told_place(mention: EventMention, told_places: set[str]) -> bool:
    """True when the mention names places, each one where an incident of the document was told."""
    names = [normalize_place(p.text) for p in mention.named_places]
    return bool(names) and all(name in told_places for name in names)


# A clause that only says where or when the event just told happened: "The clash took place in X province",
# "The attack occurred near the village of Y late on Monday" (a definite event noun, then the verb of happening).
_TOOK_PLACE_RE = compile_guarded(
    r"^\W*(?:according\s+to\s+[^,;]{1,60}[,;]\s*)?(?:the|this|that)\s+(?:[\w’'-]+\s+){0,3}?(?:took\s+place|happened|occurred)\b",
    re.IGNORECASE,
)


def _located_cluster(clusters: list[EventMention], mention: EventMention, sentence_index: int) -> EventMention | None:
    """The incident told in the sentence just before, when this mention only places or dates it (a definite event
    noun that "took place" somewhere, with no toll or actor of its own), whatever word the event was told with; when
    that incident is placed already, only at one of its places again."""
    # (the pattern itself opens on a definite event noun, whatever word the clause's event was read from)
    if not clusters or mention.has_figure or mention.actor is not None:
        return None
    previous = clusters[-1]
    if sentence_index - previous.last_sentence_index != 1:
        return None
    if previous.sub_governorate_places:
        # placed already: only a mention that places it again at one of its places, in more detail ("... near
        # Markadah. The attack took place on the road between Markadah and Al-Sour"), is the same incident
        told = {normalize_place(p.text) for p in previous.named_places}
        if not told & {normalize_place(p.text) for p in mention.named_places}:
            return None
    return previous if _TOOK_PLACE_RE.match(mention.clause_text) else None


# "also" / "too" in a report: a further event of the series just told ("Also targeted the B village", "B was also
# struck", "The SDF artillery also shelled B").
_FURTHER_RE = compile_guarded(r"\b(?:also|too)\b", re.IGNORECASE)
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
    in X. The army captured X on Sunday"): the battle for the place, one incident."""
    if mention.event_type is not EventType.ARMED_CLASH:
        return None
    names = {normalize_place(p.text) for p in mention.named_places}
    pointed = not names and _THE_PLACE_RE.search(mention.clause_text) is not None  # "in the city's last pockets"
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
_THE_PLACE_RE = compile_guarded(r"\bthe\s+(?:city|town|village|camp|neighbou?rhood)\b", re.IGNORECASE)


def _recent(clusters: list[EventMention], sentence_index: int) -> bool:
    """True when an incident was read from one of the two sentences before this one."""
    return bool(clusters) and 1 <= sentence_index - clusters[-1].last_sentence_index <= 2


#: How many sentences after an incident a further report opening with "Moreover," or "also" may add to its series.
_ADDED_REPORT_WINDOW = 2


def _places_told_unspecific(mention: EventMention, told_unspecific: EventMention | None) -> bool:
    """True when a definite event noun with no agent of its own ("The strikes were conducted near X") names the place
    of the event told in the sentence just before with its agent but too few specifics to open an incident, and is
    of its kind (the same event word, or a generic one)."""
    return (
        told_unspecific is not None
        and mention.definite
        and mention.actor is None
        and bool(mention.sub_governorate_places)
        and mention.sentence_index - told_unspecific.sentence_index == 1
        and (mention.trigger.weak or mention.trigger.pattern == told_unspecific.trigger.pattern)
        and (mention.event_type in UNSPECIFIC_TYPES or mention.event_type is told_unspecific.event_type)
    )


def _inherit_agent(
    mention: EventMention, clusters: list[EventMention], told_unspecific: EventMention | None = None
) -> None:
    """A definite event noun without an agent of its own ("were killed in the strikes on al-Qaim") names the same
    kind of event as the incident just reported: it takes that incident's actor, and its type when its own word
    is generic ("strikes" by the US-led coalition are air strikes). The event may have been told just before
    with too few specifics to be an incident ("Turkish airstrikes cut power to the region. The airstrikes hit a
    plant in X."): ``told_unspecific``, in the two sentences before, names the actor then. So does a report that
    adds a further event of the same (specific) type to the one just told ("Turkish forces shelled A. Moreover, a
    soldier was wounded by shelling on B."): the series goes on with the same agent. An actor the definite
    mention only names loosely ("The Saturday raid captured militants described as ISIS facilitators") gives way
    to the one that telling names more firmly ("US forces captured two ISIS members in a raid on Saturday")."""
    if mention.actor is not None:
        if mention.definite and mention.actor_score < _LOOSE_ACTOR and told_unspecific is not None:
            _take_firm_agent_told(mention, told_unspecific)
        return
    if not mention.definite:
        if clusters:
            _inherit_added_agent(mention, clusters[-1])
        return
    same_kind = [
        c
        for c in clusters[-3:]
        if c.actor is not None
        and (c.trigger.pattern == mention.trigger.pattern or (mention.trigger.weak and c is clusters[-1]))
    ]
    if (
        told_unspecific is not None
        and 1 <= mention.sentence_index - told_unspecific.sentence_index <= 2
        and told_unspecific.trigger.pattern == mention.trigger.pattern
        and not any(c.last_sentence_index >= told_unspecific.sentence_index for c in same_kind)
    ):
        same_kind.append(told_unspecific)
    if not same_kind:
        return
    previous = same_kind[-1]
    mention.actor = previous.actor
    if mention.event_type in UNSPECIFIC_TYPES:
        mention.event_type = previous.event_type


#: How many sentences after an incident told with no agent a statement naming its agent may follow.
_ATTRIBUTION_WINDOW = 2
#: How many sentences after it a claim of responsibility may follow (the incident's details may come between).
_CLAIM_WINDOW = 4
#: How firmly that statement must name the agent (arguments.attested_actor: "by X", "X drone", a claim).
_ATTRIBUTED_ACTOR = 8.0


# A claim of responsibility, a party's statement rather than a report of the event: "IS took responsibility", "ISIS
# claimed the attack", "the bombing was claimed by ISIS" (not "the blast claimed the lives of six": a toll).
_CLAIM = (
    r"\b(?:claim(?:ed|s|ing)?|t(?:ook|akes|aking)|bears?|bore)\s+(?:full\s+)?(?:responsibility|credit)\b"
    # (with no determiner, in the simple past or present only: "claimed attacks on both sites", not the record of
    # "has claimed attacks on bases before")
    r"|(?:\bclaim(?:ed|s|ing)?\s+(?:the|this|that|its|their|both|the\s+two|all\s+three)\s+|(?<!have\s)(?<!has\s)\bclaim(?:ed|s)\s+)(?:attacks?|bombings?|blasts?|explosions?|killings?|assault|operation|assassination)\b"
    r"|\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+claimed\s+by\b"
)
#: A claim of responsibility (:data:`_CLAIM_RE`) or the agent told in the passive ("the mine was planted by ISIS",
#: "carried out by a drone").
#: A party said to be behind the event, or the weapon's origin assessed: "activists said Israeli jets were likely
#: behind the strikes", "experts judged the missile to be of Russian make" (an attribution told of the event).
_BEHIND = (
    # (a word between only when it weighs the attribution: "were hiding behind the wall" is a place)
    r"\b(?:was|were|is|are|be|been)\s+(?:(?:likely|probably|possibly|reportedly|allegedly|apparently|also|almost\s+certainly|"
    r"certainly|clearly|most\s+likely|definitely|indeed|not|thought\s+to\s+be|believed\s+to\s+be)\s+)?"
    r"behind\s+(?:the|this|that|these|those|both|it|them)\b"
    r"|\bto\s+(?:be|have\s+been)\s+of\s+[\w-]+\s+(?:origin|make|manufacture)\b"
)
_ATTRIBUTION_RE = compile_guarded(_CLAIM + r"|" + _BEHIND + r"|\b(?:carried\s+out|planted|laid|placed|fired|launched|conducted)\s+by\b", re.IGNORECASE)
#: A claim of responsibility or a party said to be behind the event: it names the agent but reports nothing of the
#: event, so it is not its evidence.
_CLAIM_RE = compile_guarded(_CLAIM + r"|" + _BEHIND, re.IGNORECASE)
_BEHIND_RE = compile_guarded(_BEHIND, re.IGNORECASE)
#: A party's own claim of responsibility (not another's word that it was behind the event).
_OWN_CLAIM_RE = compile_guarded(_CLAIM, re.IGNORECASE)
#: An attribution denied or not made: "ISIS has not claimed responsibility", "no group claimed the attack".
_NO_ATTRIBUTION_RE = compile_guarded(
    r"\b(?:not|no|never|nobody|none|neither|nor|yet\s+to|den(?:y|ies|ied|ying))\b|n[’']t\b", re.IGNORECASE
)


def _attributes_event(mention: EventMention) -> bool:
    """True when the mention's clause claims the event or names its agent in the passive (not a denied claim)."""
    return bool(gated_search(_ATTRIBUTION_RE, mention.clause_text)) and not _NO_ATTRIBUTION_RE.search(mention.clause_text)


def _attributed_cluster(clusters: list[EventMention], mention: EventMention) -> EventMention | None:
    """The incident just told with no agent, when a mention with nothing else of its own (no place, day or figure,
    no habitual wording) names the agent, by "by", beside the event word or in a claim, of an event of its type: "A drone hit a UN centre in X on May 2.
    A day later, the administration said the attack was carried out by a Turkish drone." tells who struck.

    A claim of responsibility or an agent told in the passive ("ISIS claimed the attack hours later", "...; the
    mine is believed to have been planted by ISIS") names it also in the same sentence, with a day of its own (the
    claim's), and over attackers the text named only as written ("a gunman"); a claim told with a generic word
    ("claimed the attack" after a car bomb) names the agent of the incident just told whatever its type."""
    if not clusters or not is_named_actor(mention.actor) or mention.actor_score < _ATTRIBUTED_ACTOR or mention.generic:
        return None  # (the agent named by "by", beside the event word or in a claim: not "ISIS often plants mines")
    attribution = _attributes_event(mention)
    if mention.places or (mention.point_dates and not attribution) or mention.has_figure:
        return None
    previous = clusters[-1]
    if previous.actor is not None and not (attribution and not is_named_actor(previous.actor)):
        return None
    # (a claim of responsibility may follow the event's details: "A car bomb hit X. [the victims, a witness's words]
    # ... ISIS claimed the bombing.")
    window = _CLAIM_WINDOW if attribution and gated_search(_OWN_CLAIM_RE, mention.clause_text) else _ATTRIBUTION_WINDOW
    if not (0 if attribution else 1) <= mention.sentence_index - previous.last_sentence_index <= window:
        return None
    # (a claim's "attacks" is generic whatever the target typed it as: "claimed attacks on the base", a clash)
    generic = mention.event_type in UNSPECIFIC_TYPES or (
        mention.trigger_word.startswith("attack") and bool(gated_search(_CLAIM_RE, mention.clause_text))
    )
    if not (previous.event_type is mention.event_type or (attribution and generic)):
        return None
    if attribution and mention.point_dates:  # (the day a claim was made, not the event's)
        return previous if compatible_types(previous.event_type, mention) else None
    return previous if compatible(previous, mention) else None


#: A claim of two events: "claimed both attacks", "claimed responsibility for the two bombings".
_BOTH_EVENTS_RE = compile_guarded(
    r"\b(?:both|the\s+two)\s+(?:[\w-]+\s+)?(?:attacks|bombings|blasts|explosions|killings|assassinations|operations|strikes)\b",
    re.IGNORECASE,
)


def _attribute_both(clusters: list[EventMention], attributed: EventMention, mention: EventMention) -> None:
    """A claim of "both attacks" names the agent of the incident told before the one just claimed too, when the text
    named none for it and it was told in the two sentences before the claim."""
    if not _BOTH_EVENTS_RE.search(mention.clause_text) or attributed not in clusters:
        return
    position = clusters.index(attributed)
    if position == 0:
        return
    other = clusters[position - 1]
    if other.actor is None and mention.sentence_index - other.last_sentence_index <= _ATTRIBUTION_WINDOW:
        other.actor, other.actor_score = mention.actor, mention.actor_score


def _take_firm_agent_told(mention: EventMention, told: EventMention) -> None:
    """The definite mention takes the actor its event was told with, more firmly, in the two sentences before with
    the same event word (see :func:`_inherit_agent`)."""
    if (
        1 <= mention.sentence_index - told.sentence_index <= 2
        and told.trigger.pattern == mention.trigger.pattern
        and is_named_actor(told.actor)
        and told.actor_score > mention.actor_score
    ):
        mention.actor, mention.actor_score = told.actor, told.actor_score


def _inherit_added_agent(mention: EventMention, previous: EventMention) -> None:
    """A report opening as an addition ("Moreover,", "In addition,", "X also ...") right after an incident of the
    same specific type with a named actor takes that actor (see :func:`_inherit_agent`)."""
    if (
        mention.event_type in UNSPECIFIC_TYPES
        or mention.event_type is not previous.event_type
        or not is_named_actor(previous.actor)
        or mention.sentence_index - previous.last_sentence_index > _ADDED_REPORT_WINDOW
        or not ADDITIVE_OPENING_RE.match(mention.clause_text)
    ):
        return
    mention.actor = previous.actor


#: How many sentences after an agent's strike or shelling a generic "attacked by" the same agent is typed by it.
_AGENT_SERIES_WINDOW = 3


#: Words of a ground attack: troops, tanks, an assault or incursion.
_GROUND_ASSAULT_RE = compile_guarded(
    r"\b(?:tanks?|infantry|ground|troops|soldiers|fighters|gunmen|militants|stormed|assaults?|advanced|incursions?|"
    r"infiltrat\w*)\b",
    re.IGNORECASE,
)


def _type_by_agents_series(mention: EventMention, clusters: list[EventMention]) -> None:
    """A generic "attack" by a named agent ("the first target attacked by Turkey") told within three sentences of
    that agent's drone strike, air strike or shelling is of that kind: the text names the weapon once and goes on
    with the generic word. Only a weak trigger (no weapon or armed party of its own) is typed so."""
    if mention.event_type is not EventType.ATTACK or not mention.trigger.weak or not is_named_actor(mention.actor):
        return
    if _GROUND_ASSAULT_RE.search(mention.clause_text):
        return  # "Turkish troops attacked the village with tanks": a ground attack, whatever the agent did before
    for cluster in reversed(clusters[-REFERENCE_WINDOW_CLUSTERS:]):
        if mention.sentence_index - cluster.last_sentence_index > _AGENT_SERIES_WINDOW:
            return
        if cluster.actor == mention.actor and cluster.event_type in BOMBARDMENT_TYPES:
            mention.event_type = cluster.event_type
            return


#: How far after the word for what was hit its place may be named ("the school ... in the village of X").
_TARGET_PLACE_WINDOW = 60


def _fill_target_place(
    reading: SentenceReading, clusters: list[EventMention], governorates: list[list[GovernorateMention]]
) -> None:
    """Rule 4b: a sentence without an event word, right after an incident that names no place, that says where
    what it hit lies ("The drone hit a school. ... The pupils study at a school in the village of X"): the
    incident takes that place."""
    if not clusters or clusters[-1].last_sentence_index != reading.index - 1:
        return
    previous = clusters[-1]
    if previous.places or not previous.target:
        return
    head = previous.target.split()[-1].lower()
    lowered = reading.text.lower()
    at = lowered.find(head)
    if len(head) < 4 or at < 0:
        return
    sentence = reading.sentence
    after = sentence.start + at + len(head)
    found = reading.places_named(governorates)
    first = next((i for i, p in enumerate(found) if 0 <= p.start - after <= _TARGET_PLACE_WINDOW), None)
    if first is None:
        return
    # the places that locate it come along ("in the village of X, 16 km west of the city of Y"): references
    located_by = [(p, sentence.index) for p in found[first + 1 :] if p.role == "reference" and p.start > found[first].end]
    previous.places = [(replace(found[first], role="primary"), sentence.index), *located_by]
    previous.extend_to(sentence)


# A sentence that lists what the strikes just told hit: "Among the targets: a bakery in A, the silos in B and ...",
# "The targets included an oil field near A and a farm in B".
_TARGETS_LIST_RE = re.compile(
    r"\W{0,3}(?:among\s+the\s+(?:targets|sites|places)(?:\s+(?:hit|struck|targeted|bombed))?"
    r"|the\s+(?:targets|sites)\s+(?:hit\s+|struck\s+|targeted\s+|bombed\s+)?(?:included|include|were|are)"
    r"|targets(?:\s+(?:hit|struck))?\s*:)",
    re.IGNORECASE,
)
# ... or that closes on them: "the villages of A and B, and the silos of C were among the targets."
_TARGETS_LIST_END_RE = re.compile(
    r"\b(?:were|was)\s+(?:also\s+)?among\s+the\s+(?:targets|sites\s+(?:hit|struck|targeted|bombed))\s*[.!]?\s*$",
    re.IGNORECASE,
)
#: The most places one list of targets is read for (a longer list is a summary of a campaign).
_MAX_LISTED_TARGETS = 6


def _targets_listed_after(
    reading: SentenceReading, clusters: list[EventMention], governorates: list[list[GovernorateMention]]
) -> None:
    """Rule 4c: a sentence without an event word, right after a bombardment told with no place of its own, that
    lists its targets with their places ("Turkish drones struck civilian sites on Thursday, killing 12. Among the
    targets: a bakery in A, the silos of B and a checkpoint in C"): one incident per place (Airwars and ACLED code a
    wave of strikes per place struck). The first place is the told incident's; each further place is an incident of
    the same kind, party and day, with no toll of its own (the toll told is the wave's, not split among them)."""
    if not clusters or clusters[-1].last_sentence_index != reading.index - 1:
        return
    previous = clusters[-1]
    if previous.sub_governorate_places or previous.event_type not in BOMBARDMENT_TYPES:
        return
    if _TARGETS_LIST_RE.match(reading.text) is None and gated_search(_TARGETS_LIST_END_RE, reading.text) is None:
        return
    sentence = reading.sentence
    found = reading.places_named(governorates)
    places: list[PlaceMention] = []
    names: set[str] = set()
    for before, place in zip([None, *found], found):
        if before is not None and only_locates_the_place_before(
            reading.text, before.end - sentence.start, place.start - sentence.start
        ):
            # "the villages of A and B near C", "the A gas station in the B countryside": C, B only say where it lies
            continue
        name = normalize_place(place.text)
        if name not in names:
            names.add(name)
            places.append(place)
            if len(places) > _MAX_LISTED_TARGETS:
                return  # (stop at once: a long list is not read, and each place was compared with all before it)
    if not places:
        return
    previous.places = [(replace(places[0], role="primary"), sentence.index), *previous.places]
    previous.extend_to(sentence)
    for place in places[1:]:
        clusters.append(_copy_for_place(previous, replace(place, role="primary"), sentence))


def _copy_for_place(previous: EventMention, place: PlaceMention, sentence: Sentence) -> EventMention:
    """A further incident of ``previous``'s kind, party and day at ``place``, told by ``sentence`` (a list of targets
    or regions after it): no toll of its own (the toll told is the whole wave's)."""
    return replace(
        previous,
        places=[(place, sentence.index)],
        evidence=[(sentence.start, sentence.end)],
        sentence_index=sentence.index,
        last_sentence_index=sentence.index,
        headline=False,
        killed=None,
        injured=None,
        victims=None,
        dates=list(previous.dates),
        sources=list(previous.sources),
        distributed=True,
    )




#: The wave just counted, named again as the subject of the sentence that places its hits: "the strikes", "the raids"
#: (not one of them, "one of the strikes hit a cafe in X": a hit of the wave told again, not its places).
_WAVE_REFERENCE_RE = re.compile(
    r"(?<!\bof )\b(?:the|these|those)\s+(?:air\s*|drone\s+|us\s+|turkish\s+|russian\s+)?(?:strikes|raids|bombardments?)\b",
    re.IGNORECASE,
)
#: A list of villages or neighbourhoods of one area ("the villages of A and B"): one incident, not one per name.
_VILLAGES_OF_RE = re.compile(r"\b(?:villages|neighbou?rhoods|towns)\s+of\b", re.IGNORECASE)


def _wave_hits_by_place(count: EventMention, mention: EventMention, sentence: Sentence) -> list[EventMention]:
    """Rule 4g: the hits of a wave of strikes just counted, told by their places ("US forces struck more than 85
    targets on Friday night. In Deir Ezzor, the strikes targeted sites in A, B and C."), or [].

    The count (a tally of one bombardment kind with no place of its own, told in the sentence just before) is the
    wave; the next sentence names it again ("the strikes", "the raids") as the subject of a clause that gives places
    and no other specifics: one incident per place it names, of the wave's kind, with its party and day unless the
    clause gives its own (a list of targets or regions, each a place struck, coded apart as Airwars and ACLED code a
    wave's locations). A list of villages ("the villages of A and B") stays one incident."""
    if sentence.index - count.last_sentence_index != 1 or not _WAVE_REFERENCE_RE.search(mention.clause_text):
        return []
    # (each name once; not a place told by its bearing from another, "west of X", "the countryside of X": it locates)
    places: list[PlaceMention] = []
    seen: set[str] = set()
    for place in mention.named_places:
        key = normalize_place(place.text)
        if not place.origin and place.text[:1].isupper() and key not in seen:
            seen.add(key)
            places.append(place)
    if not places:
        return []
    if _VILLAGES_OF_RE.search(mention.clause_text):
        places = places[:1]
    listed = {id(p) for p in places}
    head = replace(
        mention,
        event_type=count.event_type,
        trigger=count.trigger,
        actor=mention.actor or count.actor,
        actor_score=mention.actor_score if mention.actor else count.actor_score,
        dates=list(mention.dates or count.dates),
        specific=True,
        places=[(places[0], sentence.index), *((p, i) for p, i in mention.places if id(p) not in listed)],
    )
    return [head, *(_copy_for_place(head, place, sentence) for place in places[1:])]


#: The targets a listing sentence tells struck (its regions the places of the wave's hits): "29 targets were destroyed
#: in the A and B regions", "shelters were hit in" (not "residents of the A and B regions fled").
_TARGETS_STRUCK_RE = compile_guarded(r"\b(?:targets?|destroyed|struck|hit)\b", re.IGNORECASE)


# Regions listed as struck on another occasion than the operation just told: "In earlier operations in 2019, targets
# were destroyed in the A and B regions", "Last year, ..." (literal words, no nested repetition).
_OTHER_OCCASION_RE = re.compile(
    r"\b(?:earlier|previous|past|prior|former)\s+(?:air\s+)?operations\b|\b(?:in|since|during)\s+(?:19|20)\d\d\b"
    r"|\b(?:last|this)\s+(?:year|month)\b",
    re.IGNORECASE,
)


def _regions_listed_after(
    reading: SentenceReading,
    clusters: list[EventMention],
    governorates: list[list[GovernorateMention]],
    within: bool = False,
    wave: EventMention | None = None,
) -> None:
    """Rule 4d: a sentence without an event word, right after a bombardment, that lists the regions it struck ("Our
    forces carried out air operations on the night of 4 October. In the operations in the A, B and C regions, 30
    targets were destroyed"): one incident per region (a military release's regions are the places it struck, each
    coded apart as Airwars codes a release's strike locations; a list of villages, "the villages of A and B", stays
    one incident). The first region is the told incident's when it names no place of its own; each further region is
    an incident of the same kind, party and day, with no toll of its own (the count told is the operation's).

    ``within``: the list told in the bombardment's own sentence, after a semicolon ("air operations were carried out
    in the north; 23 targets were destroyed in the A, B and C regions"): the bombardment's places that the list names
    give way to its first region.

    ``wave``: the count of one bombardment with no place told in the sentence just before, read as a tally (:data:`TALLY`:
    "In response to the attack, an air operation was conducted over Syria and northern Iraq. In the operation, 29
    targets were destroyed in the A and B regions"): with no incident told there, the regions listed are its hits,
    each an incident of the wave's kind, party and day (as rule 4g reads "the strikes targeted sites in A and B"); not
    regions told struck on another occasion ("In earlier operations in 2019, ...": :data:`_OTHER_OCCASION_RE`)."""
    opened_wave = (
        not within
        and wave is not None
        and wave.last_sentence_index == reading.index - 1
        and not wave.sub_governorate_places
        and not counts_over_more_than_a_day(wave)
        and gated_search(_TARGETS_STRUCK_RE, reading.text) is not None
        and not (clusters and clusters[-1].last_sentence_index == reading.index - 1)
        and _OTHER_OCCASION_RE.search(reading.text) is None
    )
    if opened_wave:
        assert wave is not None
        previous = replace(wave, verdict=CANDIDATE, specific=True, evidence=list(wave.evidence), places=list(wave.places))
    elif not clusters or clusters[-1].last_sentence_index != reading.index - (0 if within else 1):
        return
    else:
        previous = clusters[-1]
    if previous.event_type not in BOMBARDMENT_TYPES or previous.distributed:
        return
    text = reading.text
    if "region" not in text and "district" not in text and "areas" not in text:
        return  # (a cheap test before the places are read)
    sentence = reading.sentence
    found = sorted(find_places(text, governorates[sentence.index], sentence.start), key=lambda p: p.start)
    if not regions_listed(text, [(p.start - sentence.start, p.end - sentence.start, p.text) for p in found]):
        return
    if len({normalize_place(p.text) for p in found}) < len(found):
        return
    first = found[0].start - sentence.start
    regions = list(found)
    if opened_wave:
        clusters.append(previous)  # (the wave, an incident now that its regions are told)
    if within:
        if text.rfind(";", 0, first) < 0:
            return  # (the list after the semicolon: the sentence's own second part)
        listed = {normalize_place(p.text) for p in found}
        previous.places = [
            (replace(regions[0], role="primary", level="place"), sentence.index),
            *((p, i) for p, i in previous.places if normalize_place(p.text) not in listed),
        ]
        regions = regions[1:]
    elif not previous.sub_governorate_places:
        previous.places = [(replace(regions[0], role="primary", level="place"), sentence.index), *previous.places]
        previous.extend_to(sentence)
        regions = regions[1:]
    list_start = sentence.start + text.rfind(";", 0, first) + 1 if within else sentence.start
    for place in regions:
        region = _copy_for_place(previous, replace(place, role="primary", level="place"), sentence)
        region.evidence = [(list_start, sentence.end)]  # (within: the list's part of the sentence)
        clusters.append(region)


# A count of events or fighters broken down by place, the wording of a military release: "8 of them in the A region,
# 3 of them in the B region", "9 of these harassment fires came from A, 2 from B and 1 from C", "Of these,
# 4 were neutralized in the A and B regions, 7 in the C region", "20 attacks, 16 of them from A, and others from B".
_BREAKDOWN_MARK_RE = compile_guarded(r"\bof\s+(?:them|these|those)\b", re.IGNORECASE)
_COUNT_WORD = (
    r"(?:\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|others|the\s+others|the\s+rest|"
    r"the\s+remaining\s+\d{1,4})"
)
# where one item of the breakdown ends and the next, opening with its count, begins: ", 5 of them in", " and 1 from"
# (the spaces bounded: "\s*" before "\s+and" backtracked cubically over a run of blanks, searched at each position)
_BREAKDOWN_CUT_RE = re.compile(
    r"\s{0,3}(?:[,;]\s{0,3}(?:and\s{1,3})?|\s{1,3}and\s{1,3})(?=" + _COUNT_WORD + r"\b)", re.IGNORECASE
)
# an item: its count, then where ("6 of them in the", "Of these, 6 were neutralized in", "1 from", "others from")
_BREAKDOWN_ITEM_RE = re.compile(
    r"\W*(?:of\s+(?:them|these|those)\s*,\s*)?(?P<count>" + _COUNT_WORD + r")\b[^,;.]{0,80}?\b(?:in|from|near|at|around)\s",
    re.IGNORECASE,
)
_WHERE_WORD_RE = re.compile(r"\b(?:in|from|near|at|around)(?=\s\S*$)", re.IGNORECASE)
#: The most items one breakdown is read for (a longer one is a table, not a release's few lines).
_MAX_BREAKDOWN_ITEMS = 6


def _breakdown_of_the_dead(counted: EventMention, counts: list[str]) -> list[int] | None:
    """The items' counts of a breakdown when what it breaks down is a toll and they add up to it exactly ("9 terrorists
    were neutralized. 4 of them in the A region, 5 of them in the B region": 4 and 5 dead), else None (a count of
    events, "9 of these harassment fires came from A, 2 from B"; an item with no figure, "others from C")."""
    told = counted.killed
    if told is None or told.low is None or told.low != told.high:
        return None
    figures = [parse_count(count) for count in counts]
    exact = [f[0] for f in figures if f is not None and f[0] is not None and f[0] == f[1]]
    if len(exact) != len(counts) or sum(exact) != told.low:
        return None
    return exact


def _breakdown_by_place(
    reading: SentenceReading,
    previous_reading: SentenceReading | None,
    clusters: list[EventMention],
    governorates: list[list[GovernorateMention]],
) -> None:
    """Rule 4f: a count of events or fighters told once, then broken down by place ("11 terrorists who opened fire on
    our regions were neutralized. 8 of them in the A region, 3 of them in the B region"; "the terrorists carried out
    20 attacks in 36 hours, 16 of them from A, and others from B and C"): one incident per item, of the kind, party
    and day of the event counted (told in the sentence before, or earlier in this one, or in the first item itself),
    at the item's place (each place of a list the item calls regions; the others of a plain list its references),
    with no toll of its own, unless the count broken down is a toll its items add up to (then each item's count is its
    dead: :func:`_breakdown_of_the_dead`). A count with no place of its own stood for nothing but its items: its incident, if it
    opened one, gives way to them. Linear: the sentence's places are read once and each item takes those in it."""
    text = reading.text
    mark = _BREAKDOWN_MARK_RE.search(text)
    if mark is None:
        return
    start = max(text.rfind(separator, 0, mark.start()) for separator in ",;:") + 1
    items: list[tuple[int, int]] = []
    for cut in _BREAKDOWN_CUT_RE.finditer(text, start):
        if cut.start() <= mark.end():
            continue  # ("Of these, 6 were ...": the opening, not a cut)
        items.append((start, cut.start()))
        start = cut.end()
    items.append((start, len(text)))
    if not 2 <= len(items) <= _MAX_BREAKDOWN_ITEMS:
        return
    heads = [_BREAKDOWN_ITEM_RE.match(text, a, b) for a, b in items]
    if any(head is None for head in heads):
        return
    # each item's "from" names its place as "in" does ("1 from Tal Abyad": where that fire came from, the item's own
    # place, not an origin): the places are read in the sentence with those words so written (same offsets)
    written = list(text)
    for head in heads:
        word = _WHERE_WORD_RE.search(text, head.start(), head.end())  # type: ignore[union-attr]
        if word is not None and word.group(0).lower() == "from":
            written[word.start() : word.end()] = "in  "
    base = reading.sentence.start
    own = [m for m in reading.mentions if m.clause_span[0] - base < items[0][1]]
    if own:
        counted = own[-1]  # the count told in this sentence, or its first item's own event word
    elif previous_reading is not None and previous_reading.mentions:
        counted = previous_reading.mentions[-1]
    else:
        return
    if counts_over_more_than_a_day(counted):
        # a week's or a month's count broken down by place is a tally still ("40 were neutralized in the past week",
        # "neutralized 40 terrorists in July. Of them, 25 in the A region, 15 in the B region")
        return
    if any(not base + items[0][0] <= p.start and not is_operation_zone(p.text) for p in counted.sub_governorate_places):
        # an event at a place of its own: not a count broken down ("killing 3, 2 of them from A, 1 from B"); an
        # operation's zone is none ("11 terrorists in the Peace Spring area were neutralized. 6 of them in A, ...")
        return
    places = [
        p for p in find_places("".join(written), governorates[reading.index], reading.sentence.start) if p.level == "place"
    ]
    parts: list[tuple[list[PlaceMention], tuple[int, int]]] = []
    for a, b in items:
        inside = [p for p in places if a <= p.start - base and p.end - base <= b]
        if not inside:
            return  # every item names where: a breakdown by place, not by kind ("3 of them children")
        parts.append((inside, (base + a, base + b)))
    if counted in clusters:
        clusters.remove(counted)  # (the count, or the first item told with its event word: the items are its incidents)
    sentence = reading.sentence
    dead = _breakdown_of_the_dead(counted, [head.group("count") for head in heads])  # type: ignore[union-attr]
    for number, (inside, (a, b)) in enumerate(parts):
        relative = [(p.start - base, p.end - base, p.text) for p in inside]
        split = regions_listed(text, relative, release_word_only=True)
        for place in inside if split else inside[:1]:
            item = _copy_for_place(counted, replace(place, role="primary"), sentence)
            if dead is not None:
                # the item's dead: its own count at its one place, a bound at each of its regions (how it divides
                # between them is not told)
                low = 0 if split and len(inside) > 1 else dead[number]
                item.killed = Casualties(low=low, high=dead[number], phrase=heads[number].group("count"))  # type: ignore[union-attr]
            item.verdict = CANDIDATE
            segment = text[a - base : b - base]
            item.clause_span = (a + len(segment) - len(segment.lstrip(" ,;")), b)
            # (a count told in the sentence before is part of each item's telling: who neutralized them, and when)
            item.evidence = [item.clause_span] if own else [counted.evidence[0], item.clause_span]
            if not split:
                item.places += [(replace(other, role="reference"), sentence.index) for other in inside[1:]]
            clusters.append(item)


__all__ = ["cluster_mentions", "compatible_types", "continued_cluster", "drop_launches_told_by_their_fighting", "drop_regional_waves", "drop_summarised_headlines", "drop_unplaced_references", "merge", "place_kind_references", "place_scene_references", "place_site_references"]
