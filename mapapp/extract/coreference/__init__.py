"""Within-document event coreference: the mentions of one event in one article become one incident.

Contract: :func:`~.clustering.cluster_mentions` takes the sentence readings of a document in
text order (each mention already classified by :mod:`.background`) and returns
the incidents as clusters, in the order they were opened. A cluster is
represented by the mention that opened it; each later mention of the same
event is merged into it: its sentence is added to the evidence spans and it
fills the arguments (place, target, actor, sources, date, figures) the cluster
lacks. Rules, in order, for each candidate mention:

0. **Anaphoric place.** (:mod:`.places`) A mention placed "in the same section", "in the area",
   "there" takes the places of the latest cluster. An explosion heard at a named place (no incident by itself,
   :mod:`.background`), then its cause told in the very next sentence with no place ("Initial reports: a car
   bomb went off near a checkpoint"), is that explosion: the cause takes the place where it was heard
   (:func:`~.places._place_heard`). A fight with no place told right after a force's entry into named places ("ISIS has
   entered the A and B quarters. Heavy clashes with the army.") is there (:func:`~.places._take_place_entered`). A
   kind of place ("the city", "the camp's gate") with no event placed before is the place of that kind a sentence
   telling no placed event named (:func:`~.places.place_kind_references`). **List items** (rule 0c,
   :func:`~mapapp.extract.event_series.type_list_items`, run before clustering): the items of a list a sentence
   announces ("the toll of these air strikes has risen to 27, distributed as follows:") take its event's type,
   and its actor when they name none. **Further events** (rule 0d,
   :func:`~mapapp.extract.event_series.type_further_events`, run before clustering): "another strike", "a second
   attack" told in the sentence of an air, drone, artillery or car-bomb event or the next one is one more of its
   kind; so is a strike told without its weapon by no other party right after such strikes ("a depot was also hit in
   B"). **Likened events** (rule 0f, :func:`~mapapp.extract.event_series.type_likened_events`, before clustering):
   "a similar attack" is of the kind of the report's lead event. **Stray fire** (rule 0g,
   :func:`~mapapp.extract.event_series.type_stray_fire`, right after clustering): a death by stray bullets told
   right after a fight is that fight's casualty, an incident of its own; at the fight's own place (or none) and on its
   day it is folded into the fight (:func:`~mapapp.extract.event_series.fold_stray_fire_into_fights`). **The lede's
   where told next** (rule 0h, :func:`~.places.place_leads_by_the_next_sentence`, after clustering): an incident told
   with a toll or a day but no place takes the place the very next sentence tells for it ("A bomb in a car left nine
   dead in a frontier town on Saturday. A boy was among the dead in A."), unless a report of its kind placed
   nearby tells it again.
1. **Continue an open cluster.** (:mod:`.continuation`; told again: :mod:`.retelling`; told apart:
   :mod:`.separate_events`; what agrees: :mod:`.compatibility`; the merge: :mod:`.merging`) A mention continues the latest cluster when
   it refers to it — a definite or anaphoric event noun ("the attack", "the
   strikes that killed ..."), the body's first report after a single-event
   headline, or the next sentence giving the toll the cluster lacked with
   no place, date or actor of its own ("A firefight ensued in which five were
   killed"; also the one after, past a sentence that tells no event of its own:
   one telling the event again or with no scene, not an answer to it nor an
   event told apart: "in a separate incident", "elsewhere", "another") — and is
   compatible with it: the same type (or a generic one; but a killing by hand, "executed", "shot dead", is no
   air, drone or artillery strike, :func:`~.compatibility.killed_by_hand`), a place that is the
   same or unstated (a city named like its governorate, "near Raqqa", that a placed cluster does not name is a
   place of its own: :func:`~.compatibility.city_of_its_own`), a date that is the same or unstated (a month told
   alone, "In June, a car bomb wounded five", is another time than this week's day or a day of another month:
   :func:`~mapapp.extract.mentions.months_apart`), within two sentences with no other event between.
   A definite event noun further on ("The Observatory said the assault has
   killed 28") continues the latest compatible cluster of the same type or
   trigger word among the last four, within eight sentences.
   Any mention of the same type, named place and day as one of the last four
   clusters, with figures that agree, is that event told again; but not at another of the places a summary lists
   once a detail at one of them has been told ("Strikes hit A, B and C. In A ... Near B ...": one more part,
   :func:`~.retelling._another_part_of_a_summary`).
   One with no day of its own at the same named places, with the toll of that cluster (a repost, a teaser line
   repeating the lede) or with a toll the cluster lacked where both name the same town and site (a post's
   "UPDATE:"), and no "another", "again", is that event told again (:func:`~.retelling.undated_retelling_cluster`).
   The event told again as another source's account ("X said that ...", "according to Y", a quote with its speaker)
   right after it, with its own toll, its own spelling of the place ("al-Hilaliye", "al-Hilaliya") or a closer place,
   is that event (:func:`~.accounts.account_retold_cluster`): no cue of a further event in it, kinds that fit, days
   that agree, no other party, victim or target, no report of the incident's own source or dated on a day of its own;
   the incident keeps its own toll.
   A report at a spot of the town the incident was just told at ("a bomb killed an officer in Q", then "an explosion
   in the X quarter of Q city ... killing one officer"), or after an incident told at no place, with the very same toll
   and no cue of a further event, day, party or target of its own, is that incident told closer: the spot becomes its
   place (:func:`~.accounts.spot_of_the_town_cluster`).
   A fight, attack or raid in the sentence right after a fight, at a village named against the fight's town
   ("Y, east of X") or, referring back ("The incident began when ..."), at a village after a fight at an unnamed
   spot against a town, with no toll of its own or the same, tells how that fight went
   (:func:`~.continuation.fight_course_cluster`).
   The sentence right after an event that tells the same kind of event with nothing of its own (no figure, day,
   agent, other target, answer or cue of a further event, and no place but the event's, or one where the event
   had none: "A cousin said the man was hit by two bullets near the gate of the town") is a detail of that event
   (:func:`~.continuation._detail_follow_up`).
   The sentence right after an event that names no place but where people came from or where the attackers stood
   ("The men were driving home from the market in B when ...", "troops stationed in B targeted the village"),
   with no day, toll or further-event cue of its own, is that event told again
   (:func:`~.continuation.told_from_origins_cluster`).
   A mention naming a place, right after a cluster of the same type placed only at governorate level
   ("raids in several villages in X province. ... a raid in Y village"), or told over an area ("shelled the villages
   of X district", "villages in the countryside of X"; :func:`~.places._told_over_an_area`) with a day and toll that agree,
   refines that cluster's place.
   A later clause of the same sentence giving one part of the toll whose other
   part the first clause names (33 = 26 + 7) is that event told in parts; not
   a part of a toll the clause gives place by place ("3 in A, 2 in B and 1 in C":
   one incident per place, :func:`~mapapp.extract.clauses.distributive_parts`),
   and no mention merges into another opened by the same sentence.
2. **Refer-back.** (:mod:`.clustering`; claims and attributions: :mod:`.agents`) A definite mention that continues nothing and brings no
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
3. **Open a cluster** (:mod:`.clustering`; an actor taken from a recent cluster: :mod:`.agents`) when the background filter found the mention specific.
   A strike or fire of another named party told as answering the incident just told, with no place of its own
   ("Russian jets struck the area after the attack", "Tribal forces responded to the sources of fire"), is an
   incident of its own at that scene (:func:`~mapapp.extract.replies.replied_clusters`); a reply told with no day takes that incident's.
   So is an air strike with no place told as the air side of a ground fight just told, or beside it ("this coincided
   with strikes by jets", "the assault began with strikes", "the allies supported the ground forces with strikes")
   (:func:`~mapapp.extract.replies.supported_fight`).
   A party's own forces answering an assault on their own ground told just before ("ISIS attacked one of our points
   in A. Our fighters responded, killing two.") are that clash (:func:`~mapapp.extract.replies.defended_assault_of`).
   So is an assault the attacked are told fighting in a later clause or the next sentence, at no place, on no day
   and as no event of its own ("IS attacked the hamlet. YPG fighters fought back."), unless a killing by hand or
   an assault on civilians (:func:`~mapapp.extract.replies.fought_back_assault_of`,
   :func:`~mapapp.extract.replies.fought_back_after`). A mention whose event word only names, as the time of
   something else, the event told before ("during the assault") opens nothing
   (:func:`~.continuation.names_only_the_event_it_falls_in`).
   A definite event noun without an actor ("killed in the strikes on
   al-Qaim") takes the actor of a recent cluster of the same kind.
4. **A toll without an event word** (:mod:`.tolls`; rules 4d-4g, one incident per listed place: :mod:`.expansion`) (:mod:`.follow_up_tolls`) right after a cluster without figures
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
   wounds" after an incident with no dead (an abduction) is that incident's dead. The attackers' dead told by a
   pronoun whose antecedent is the attackers just named ("clashed with the gunmen and killed two of them") are the
   other side's dead, added (:func:`~.follow_up_tolls._side_of_pronoun`).
   A clause that names one event and says its toll rose ("The death toll from Monday's car bomb in X has risen
   to nine": the article is the update) is that event with that toll, not a tally; one naming its event by the
   day's possessive ("the toll of Friday's blast climbed to nine") goes to the incident told on that day among the
   last few, not to the one told last (:func:`~mapapp.extract.follow_up_tolls.day_named_event_told`).
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
   place (rule 4e, :func:`~.expansion._bulleted_target`).
   A later figure that counts what a toll only bounded with a vague word ("dozens were killed" ... "the raid killed
   78 fighters") replaces it (:func:`~.merging.merge`, :func:`~mapapp.extract.casualties.refines_vague_toll`). A sentence
   right after a bombardment that lists the regions it struck is one incident per region (rule 4d; also after an
   operation told only over whole countries, a tally: "an air operation was conducted over Syria and northern Iraq.
   In the operation, 29 targets were destroyed in the A and B regions"), and a count
   told once, then broken down by place ("9 terrorists were neutralized. 5 of them in the A region, 4 in the B
   region"), one incident per item (rule 4f, :func:`~.expansion._breakdown_by_place`).
   A clause right after a count of one wave's strikes that names the wave again ("the strikes targeted depots in
   the A, B and C regions") is the wave's hits, one incident per place (rule 4g, :func:`~.expansion._wave_hits_by_place`).
   A toll of both sides of a fight told with a bombardment ("after shelling X, ... seven fighters on both sides were
   killed") is the dead of the clash told just before (rule 4h, :func:`~.tolls._both_sides_dead_to_the_fight`).
6. **Unplaced references.** (:mod:`.summaries`) With no article place context, a cluster naming no
   place and giving no toll, in an article whose other clusters are placed,
   refers to them and is dropped; so is one naming no place with a toll when a
   placed cluster is of the same kind (a lede summing up the body's reports). A dropped
   summary of several events names the agent of the reports of its kind that name none.
5. **Headlines.** (:mod:`.summaries`) A title that lists several events, or several places ("shell villages near A and B"; not the
   ends of one road), is a summary: no body report merges into it, and clusters read only from title lines
   are dropped when the body reports incidents of its own. A lede or headline telling several events or targets at
   area level only ("jets struck positions in the countryside of A"), followed by two or more hits of its kind at
   named places there, is dropped as their summary (:func:`~.summaries.drop_regional_waves`). A lead told only
   over a military operation's zone ("neutralized four militants in the Olive Branch region"), with fire or fighting
   at towns told within the next two sentences on the same day and not told apart, is those events told at zone
   level: it folds into them (:func:`~.summaries.fold_zone_leads`). A headline's cluster that took only its lede,
   with one later body report of its type (or an unspecific one) that agrees with it in place, governorate, day and
   toll and is told as no other event or day ("another", "Yesterday, ..."), is that report told at the top: it
   folds into it (:func:`~.summaries.fold_headlines_told_in_the_body`; not after a monitor's "Topic | Headline").
   **Told twice** (after the headline folds): an incident opened again by a later report of the same type at the
   same first place with the same dead (two or more, the same lower bound), wounded that agree, no day of its own the
   earlier lacks (unless the earlier is a headline), no other named party and no cue of one more event, is the earlier
   incident told again and folds into it (:func:`~.retelling.fold_incidents_told_twice`).

Each mention is compared with the latest cluster, or with the last four
clusters (a bounded window): linear in the number of mentions, never all pairs.

Rules of their own, in their own modules: list items and further events (rules 0c and 0d, run before
clustering) in :mod:`.event_series`; the striker of a campaign carried to its later strikes and the group of
an unnamed suicide bomber (run on the clusters afterwards) in :mod:`.document_agents`. The tolls of rule 4
told across sentences (a toll without an event word, a risen toll, further figures, the wounded who died, the
attacker's and the other side's dead), which this package calls while it clusters, in :mod:`.follow_up_tolls`;
the strikes and fire told as answering the incident just told (rule 3) in :mod:`.replies`.

Submodules, by rule kind (none imports this package's ``__init__``; the lower ones are imported by the upper):

- :mod:`.clustering` — the driver, :func:`~.clustering.cluster_mentions`: the walk over the readings and the
  order in which the rules below are tried.
- :mod:`.continuation` — rule 1: a mention that continues an open cluster (a definite event noun, the toll told
  next, "during", "followed by", the course of a fight, a toll told in parts).
- :mod:`.retelling` — rule 1: the same event told again (same type, place and day; same toll; same victim or
  participants; an undated repost; a headline told again in the body; a report elaborated).
- :mod:`.accounts` — rule 1: the event told again through another source's account (another toll, another spelling).
- :mod:`.separate_events` — rule 1, its negative side: the cues that a mention tells one more event.
- :mod:`.tolls` — rule 4: the cluster a toll told after its event belongs to.
- :mod:`.expansion` — rules 4d-4g: one incident per place of a list, a wave's hits or a breakdown by place.
- :mod:`.places` — rule 0 (and 0h) and the refinement of rule 1: places named by kind, site or scene, "there", the place
  an explosion was heard or a force entered; a cluster refined by a village told next.
- :mod:`.agents` — rules 2 and 3: claims, attributions and agents taken from a recent cluster.
- :mod:`.summaries` — rules 5 and 6 (run after clustering): summaries, headlines, unplaced references, waves.
- :mod:`.merging` — :func:`~.merging.merge`: a mention added to its cluster.
- :mod:`.compatibility` — shared by the rules: compatible types, places and dates, the same kind of event.
"""

from __future__ import annotations

from mapapp.extract.coreference.clustering import cluster_mentions
from mapapp.extract.coreference.compatibility import compatible_types, near_only_place
from mapapp.extract.coreference.continuation import continued_cluster
from mapapp.extract.coreference.merging import merge
from mapapp.extract.coreference.places import (
    place_kind_references,
    place_leads_by_the_next_sentence,
    place_scene_references,
    place_site_references,
)
from mapapp.extract.coreference.retelling import fold_incidents_told_twice
from mapapp.extract.coreference.summaries import (
    drop_counted_summaries,
    drop_launches_told_by_their_fighting,
    drop_regional_waves,
    drop_summarised_headlines,
    drop_unplaced_references,
    fold_headlines_told_in_the_body,
    fold_zone_leads,
)

__all__ = [
    "cluster_mentions",
    "compatible_types",
    "continued_cluster",
    "drop_counted_summaries",
    "drop_launches_told_by_their_fighting",
    "drop_regional_waves",
    "drop_summarised_headlines",
    "drop_unplaced_references",
    "fold_headlines_told_in_the_body",
    "fold_incidents_told_twice",
    "fold_zone_leads",
    "merge",
    "near_only_place",
    "place_kind_references",
    "place_leads_by_the_next_sentence",
    "place_scene_references",
    "place_site_references",
]
