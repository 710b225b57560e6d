"""From a document to incidents: the orchestrator that runs the extraction stages in order.

Each stage is a module with its own contract (see its docstring):

1. :mod:`.sentences` — markup-safe sentence split with offsets (``mask_markup``, ``fold_accents``).
2. :mod:`.layout` — title lines and the article's place and governorate context
   (dateline, "Deir ez-Zor province:" prefix, "Topic | Headline" first line, headline place).
3. :mod:`.mentions` — each clause (:mod:`.clauses`) with an event word becomes an event mention with its
   arguments: type, actor, target (:mod:`.clauses`), casualties (:mod:`.casualties`), places
   (:mod:`.toponyms`), date expressions (:mod:`.dates`), sources. The bulleted places a strike line ending in a
   colon lists are read again as its strikes, each at its place
   (:func:`~mapapp.extract.event_series.places_struck_listed`).
4. :mod:`.background` — the background filter: reactions, causes, history, patterns and tallies are not
   incidents (a line ending in a colon over a bulleted list of events told each is their tally:
   :func:`~mapapp.extract.background.classify_list_heads`); a mention needs enough specifics to open an incident
   of its own.
5. :mod:`.event_series` — events told as a series: the items of an announced list and "another strike" take
   the type (and actor) of the event they continue.
6. :mod:`.coreference` — within-document event coreference: the headline, lede and body mentions of one
   event become one incident, arguments merged, evidence spans kept (tolls told across sentences:
   :mod:`.follow_up_tolls`; fire answering the incident just told: :mod:`.replies`).
7. :mod:`.document_agents` — agents a report names once: a campaign's striker carried to its later strikes,
   the group of an unnamed suicide bomber. Then the parties a release speaks for: the military whose own release
   it is (by its wording, its title or label line, or the outlet that published it, ``Document.outlet``) for its
   strikes told with no agent, and a clash's reporting party for a clash whose clause names no side.
8. :mod:`.event_dates` — each incident's date: its own expression, "a day after" links between
   incidents, else the publication date as a report date.

Then each incident is built (:class:`~mapapp.model.Incident`): its toponyms (primary place and the references
of its clause; the article's place context, role ``context``, when it names no place; ``anchor`` places the text
ties the primary's name to in another clause, see :func:`place_ties`) and a confidence. In a post of labelled
lines ("- Tal Tamr: a shell fell near the village of X"), a line's places take the governorate its own label names,
not another line's or the title's, and a town's label is the anchor of the places its line names.
"""

from __future__ import annotations

import datetime
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from mapapp.extract.arguments import (
    OTHER_SIDE_ONLY,
    clash_reporter,
    first_person_striker,
    in_turkish_official_wording,
    ministry_enemy_fire,
    ministry_own_kill,
    own_fight_reporter,
    own_forces_striker,
    release_clash_side,
    release_party,
    reporting_striker,
)
from mapapp.extract.background import (
    classify_continuations,
    classify_list_heads,
    classify_sentence,
    classify_sequels_told_on,
    classify_unresisted,
    drop_arrests_without_harm,
    judge_series_specificity,
    trim_background_tails,
)
from mapapp.extract.coreference import (
    cluster_mentions,
    drop_counted_summaries,
    drop_launches_told_by_their_fighting,
    drop_regional_waves,
    drop_summarised_headlines,
    drop_unplaced_references,
    fold_headlines_told_in_the_body,
    fold_incidents_told_twice,
    fold_zone_leads,
    near_only_place,
    place_kind_references,
    place_leads_by_the_next_sentence,
    place_scene_references,
    place_site_references,
)
from mapapp.extract.dates import find_dates
from mapapp.extract.document_agents import (
    attribute_agency_claims,
    attribute_blamed_agents,
    attribute_suicide_bombings,
    drop_agents_named_as_hit,
    drop_grounded_air_strikers,
    drop_layers_of_remnants,
    drop_parties_of_unnamed_attackers,
    inherit_campaign_agent,
    inherit_document_side,
    inherit_document_striker,
    resolve_definite_agents,
    resolve_they_agents,
)
from mapapp.extract.event_dates import SentenceTime, date_incidents, link_relations, title_day, written_day
from mapapp.extract.event_series import (
    fold_stray_fire_into_fights,
    give_listed_places_their_head_verdict,
    read_places_struck_listed,
    type_further_events,
    type_likened_events,
    type_list_items,
    type_stray_fire,
    type_target_lists,
)
from mapapp.extract.layout import DocumentLayout, post_dates, read_layout
from mapapp.extract.lexicon import actor_as_named, actor_of_its_time, allied, is_named_actor, normalize_place
from mapapp.extract.mentions import EventMention, SentenceReading, read_sentence
from mapapp.extract.page_date import page_date_offset
from mapapp.extract.scoring import Candidate, CandidateCues, IncidentScorer, candidates, default_scorer, judged
from mapapp.extract.sentences import fold_accents, mask_markup, split_sentences
from mapapp.extract.toponyms import (
    SITE_AFTER_NAME_RE,
    SITE_WORD_RE,
    GovernorateMention,
    PlaceMention,
    admin1_hint,
    find_governorates,
    find_named_sites,
    find_places,
    is_operation_zone,
    locating_starts,
    names_country_abroad,
    names_syria_region,
)
from mapapp.model import Document, EventType, Incident, Span, Toponym, incident_id


#: The longest first line read as a release's title when its strikes are given to the military that titles it.
_HEADLINE_MAX_CHARS = 300


def _other_side_only(cluster: EventMention) -> bool:
    """Whether a clash's actor is only the party its clause names as the other side ("after clashes with ISIS"),
    which a side the clause tells as acting outranks."""
    return (
        cluster.event_type is EventType.ARMED_CLASH
        and cluster.actor is not None
        and 0.0 < cluster.actor_score <= OTHER_SIDE_ONLY
    )

def extract_incidents(document: Document, scorer: IncidentScorer | None = None) -> list[Incident]:
    """Extract the violent incidents a news article reports, in text order (location left None).

    The rules' incidents (:func:`extract_candidates`) are judged by ``scorer`` (default: the one in use,
    :func:`~mapapp.extract.scoring.default_scorer`): each takes its probability as ``confidence``, and those under
    the scorer's threshold are dropped.
    """
    return list(judged(extract_candidates(document), scorer or default_scorer()))


def extract_candidates(document: Document) -> list[Candidate]:
    """The incidents the rules read in a news article, in text order, each with the scorer's features of it.

    Markup in the text (``<script>``...) is blanked for analysis and ends sentences, underscores read as spaces;
    evidence spans are offsets into ``document.text``. Each incident's ``confidence`` is the rules' own
    (:func:`confidence`) until the scorer judges it.
    """
    # "#Abu_Hamam", "#Deir_ez_Zor": a hashtag joins a place's words with underscores (same length: offsets hold)
    analysis = fold_accents(mask_markup(document.text)).replace("_", " ")
    sentences = split_sentences(analysis)
    layout = read_layout(analysis, sentences)
    governorates = [find_governorates(analysis[s.start : s.end], s.start) for s in sentences]
    page_date_at = page_date_offset(analysis)  # "date 2020-12-10" heading a stored page: its date, no event's
    readings = [
        read_sentence(
            analysis, s, governorates[s.index], document.published, layout.is_title(s.index), page_date_at=page_date_at
        )
        for s in sentences
        if s.index not in layout.skipped_sentences
    ]
    # "Drones hit three sites tonight:" then "- a silo near A": each item is one of the strikes, at its place
    listed_under = read_places_struck_listed(readings, analysis, governorates, document.published)
    for reading in readings:  # "Hajin | A mine killed a shepherd": a labelled line of a post is at its label's place
        label = layout.line_places.get(reading.index)
        if label is not None:
            for mention in reading.mentions:
                if not mention.sub_governorate_places:
                    mention.places = [(label, reading.index), *mention.places]
    # read before coreference merges the mentions' places; a line's own label first, else its section's country
    ties = place_ties(readings, analysis, {**layout.section_countries, **layout.line_places})
    sites = [
        find_named_sites(analysis[s.start : s.end], s.start) if SITE_WORD_RE.search(analysis, s.start, s.end) else []
        for s in sentences
    ]
    place_site_references(readings, sites)
    place_kind_references(readings, governorates)  # "Clashes erupted around A. Air strikes hit positions in the village."
    place_scene_references(readings, governorates)  # "The operation in the A pocket resumed tonight. Clashes are under way."
    towns_named = towns_in_text_order(readings, governorates)
    for reading in readings:
        classify_sentence(reading)
        for mention in reading.mentions:
            mention.evidence[0] = layout.without_dateline(mention.evidence[0])
    give_listed_places_their_head_verdict(listed_under)  # (the items of strikes threatened are no strikes either)
    classify_continuations(readings)
    classify_list_heads(readings, analysis)  # "Drones struck on Friday:\n- A: a drone hit a car.\n- B: ...": a tally
    classify_unresisted(readings)  # "Police held three men in a raid on X. No shot was fired."
    classify_sequels_told_on(readings)  # "The raids came after a bombing in X on Monday. The bombing killed six."
    type_list_items(readings, analysis)
    type_target_lists(readings)
    type_further_events(readings)
    type_likened_events(readings)
    # (after the series are typed: "Drones struck A. A silo in B was targeted." is a drone strike only now; and "The
    # Russian jets struck 40 sites. Near X, strikes destroyed a depot.": a release's strike, classify_release_strikes)
    judge_series_specificity(readings)
    context_name = normalize_place(layout.place_context.text) if layout.place_context is not None else None
    clusters = cluster_mentions(readings, governorates, context_name)
    # (after clustering: typed by the fight, a stray bullet's casualty stays an incident of its own)
    type_stray_fire(readings)  # "Gunmen attacked posts in A and B. In B, a boy was killed by a stray bullet."
    clusters = fold_stray_fire_into_fights(clusters, readings)  # "Clashes in A killed three. A boy was also killed by a stray bullet in A."
    link_relations(clusters)
    clusters = drop_summarised_headlines(clusters)
    clusters = fold_headlines_told_in_the_body(clusters, analysis)  # "Mortar attack kills 13" + lede ... the body's report
    clusters = fold_incidents_told_twice(clusters)  # "A bomb killed two in A." ... "A bomb left two dead in A," X said.
    place_leads_by_the_next_sentence(clusters, readings, governorates)  # "A bomb left nine dead. A boy died in A."
    clusters = drop_unplaced_references(clusters, layout.place_context is not None, document.published)
    clusters = drop_launches_told_by_their_fighting(clusters, analysis)  # "launched the battle for X. Clashes erupted ..."
    clusters = drop_counted_summaries(clusters, analysis)  # "... in two separate attacks. [the first] ... [the second] ..."
    clusters = drop_regional_waves(clusters, analysis)  # "Fighting spread to more towns. ... Clashes in A killed nine."
    clusters = fold_zone_leads(clusters, analysis)  # "neutralized 5 in the Peace Spring area. ... hit near A": A's events
    clusters = drop_arrests_without_harm(clusters, analysis, sentences)  # "raided homes in X, arresting eleven men": no violence
    trim_background_tails(clusters, analysis)  # ", bringing to 15 the number killed since ...": not the incident's
    # Each cluster's evidence text is joined once, when an actor rule first needs it; keyed by the spans themselves,
    # so that a step that changed a cluster's evidence would get its new text, never a stale one.
    evidence_texts: dict[tuple[tuple[int, int], ...], str] = {}

    def evidence_text(cluster: EventMention) -> str:
        spans = tuple(cluster.evidence)
        text = evidence_texts.get(spans)
        if text is None:
            text = evidence_texts[spans] = " ".join(analysis[a:b] for a, b in spans)
        return text

    for cluster in clusters:
        if cluster.actor is None:  # "Turkish MoD: hideouts were destroyed with precision strikes"
            cluster.actor = reporting_striker(evidence_text(cluster), cluster.event_type)
    attribute_blamed_agents(readings, clusters)  # "A bomb killed three in X. Officials blamed the militias."
    attribute_suicide_bombings(clusters, analysis)  # "IS holdouts fight on ... a suicide bomber blew himself up"
    drop_grounded_air_strikers(readings, clusters)  # "two airstrikes destroyed ISIL vehicles": ISIS was hit
    inherit_campaign_agent(readings, clusters, analysis)  # "Turkish drones struck the region. In X, a drone hit a car."
    inherit_document_striker(readings, clusters, analysis)  # "Turkey bombs the north-east" ... "a strike hit a dam"
    resolve_definite_agents(clusters, analysis)  # "Iran-backed militias ... On Monday, the militias fired rockets at X"
    attribute_agency_claims(clusters, analysis)  # "According to Amaq, ten SDF fighters were killed in X"
    resolve_they_agents(readings, clusters)  # "Coalition jets struck X, killing two. They also attacked areas south of Y."
    drop_agents_named_as_hit(clusters)  # "mortar rounds were launched at a base hosting US troops. US forces replied ..."
    drop_layers_of_remnants(clusters, analysis)  # "ISIS landmine kills three" ... "a mine left behind by ISIS exploded"
    unattributed = [cluster for cluster in clusters if cluster.actor is None]
    # the fighters a Turkish release names as the ones its forces killed ("five of them, getting ready to strike X,
    # were neutralized by our drones"), which a clause of theirs made the agent
    named_struck = [cluster for cluster in clusters if cluster.actor == "PKK/YPG"]
    # the outlet that published the text (its metadata, when given) may be a party's own press office: the Turkish
    # defence ministry, the SDF's press centre, the coalition's command, whose releases speak in their own voice
    outlet = (document.outlet or "").strip()
    party: str | None = None  # the party whose own release the text is, when it is not in Turkey's wording
    if (unattributed or named_struck) and (
        in_turkish_official_wording(analysis) or (outlet and in_turkish_official_wording(outlet))
    ):  # (the whole text searched once, not per incident)
        for cluster in unattributed:  # "PKK/YPG terrorists fired rockets ... Our forces responded by shelling X"
            cluster.actor = ministry_enemy_fire(cluster.clause_text, True, cluster.event_type) or first_person_striker(
                evidence_text(cluster), True, cluster.event_type
            )
        for cluster in named_struck:  # "their attempt to sneak across was foiled ...; three were neutralized"
            if ministry_own_kill(evidence_text(cluster), True, cluster.event_type):
                cluster.actor = "Turkish forces"
    elif (party := release_party(analysis) or (release_party(outlet) if outlet else None)) is not None:
        for cluster in clusters:  # "our forces targeted the occupation's bases" in a release the SDF signs
            if cluster.actor is None:
                cluster.actor = own_forces_striker(evidence_text(cluster), party, cluster.event_type)
            elif not is_named_actor(cluster.actor) or _other_side_only(cluster):
                # a side written as the text names it ("mercenaries"), or named only as the other side of a clash
                # ("after clashes with ISIS"), gives way to the party whose fighters the event's own clause says
                # acted: "Our forces carried out an operation against the mercenaries"
                cluster.actor = own_forces_striker(cluster.clause_text, party, cluster.event_type) or cluster.actor
    for cluster in clusters:
        # (a side of the fight stands in for no agent the clause names as attackers of no party: "gunmen opened fire on
        # an Asayish checkpoint, killing a member, the Asayish said" is the gunmen's, whom the text leaves unnamed)
        side_may_stand_in = (
            cluster.actor is None and cluster.event_type is EventType.ARMED_CLASH and not cluster.unnamed_agent
        )
        if side_may_stand_in and cluster.clash_side:
            # the dead of one side, told by a party of the other camp as its own fight ("the army said its units retook
            # X after fighting in which nine ISIS members were killed") or in that party's release ("Nine ISIS
            # mercenaries were killed in the clashes" under the SDF's name): the teller fought them, its side is told
            teller = (
                own_fight_reporter(cluster.clause_text)
                or clash_reporter(cluster.clause_text)
                or release_clash_side(cluster.clause_text, party)
            )
            if teller is not None and allied(teller, cluster.clash_side):
                teller = None
            cluster.actor = teller or cluster.clash_side  # "clashes killed 13 SDF fighters": one side of the fight
        if side_may_stand_in and cluster.actor is None:
            cluster.actor = clash_reporter(cluster.clause_text)  # "clashes erupted around X, the SDF said": its fight
        if side_may_stand_in and cluster.actor is None:
            cluster.actor = release_clash_side(cluster.clause_text, party)  # "Heavy clashes are ongoing" in its release
        elif cluster.actor is None and cluster.event_type is EventType.ARMED_CLASH:
            # (but the side telling the fight as its own deed is one: "the army said it repelled an attack by gunmen")
            cluster.actor = own_fight_reporter(cluster.clause_text)
        elif _other_side_only(cluster):
            # "the SDF said they had seized X after fighting with IS militants": the side telling its own fight
            cluster.actor = own_fight_reporter(cluster.clause_text) or cluster.actor
    if sentences and layout.is_title(0) and sentences[0].end - sentences[0].start <= _HEADLINE_MAX_CHARS:
        # a release titled by the military that struck ("CJTF-OIR strike summary", "Turkish Defence Ministry: weekly
        # briefing"): its strikes told with no agent are its own. (Only a headline-long line: a text of one unbroken
        # line is no title, and reading it again for each of its clauses was quadratic.)
        title = analysis[sentences[0].start : sentences[0].end]
        for cluster in clusters:
            if cluster.actor is None:
                cluster.actor = reporting_striker(f"{title} {evidence_text(cluster)}", cluster.event_type)
    if outlet:
        # a release published by the military that struck ("CJTF-OIR", "U.S. Central Command", the Turkish defence
        # ministry): its strikes told with no agent are its own, as under a title that names it
        for cluster in clusters:
            if cluster.actor is None:
                cluster.actor = reporting_striker(f"{outlet}: {evidence_text(cluster)}", cluster.event_type)
    inherit_document_side(clusters)  # "The SDF stormed X. ... Clashes went on in the old quarter": the SDF's fight
    drop_parties_of_unnamed_attackers(clusters, analysis, party)  # "Unknown gunmen shot an SDF fighter" is nobody's
    document_id = document.id  # a hash of the whole text: computed once, not per incident
    parts_told: Counter[tuple[int, EventType]] = Counter()  # incidents told in one sentence, by type
    for cluster in clusters:
        key = (cluster.evidence[0][0], cluster.event_type)
        cluster.incident_id = incident_id(document_id, key[0], key[1], parts_told[key])
        parts_told[key] += 1
    reading_of = {r.index: r for r in readings}
    times: dict[int, SentenceTime | None] = {}

    def sentence_time(index: int) -> SentenceTime | None:
        """Read lazily and once: only the few sentences before an undated incident are looked at."""
        if index not in times:
            if not 0 <= index < len(sentences) or index in layout.skipped_sentences or layout.is_title(index):
                times[index] = None
            else:
                sentence = sentences[index]
                reading = reading_of.get(index)
                placed = reading is not None and any(m.named_places for m in reading.mentions)
                text = analysis[sentence.start : sentence.end]
                # (a sentence read as one clause with an event word has its dates read already)
                known = reading.whole_dates if reading is not None else None
                page_date_in_text = page_date_at - sentence.start if page_date_at is not None else None
                times[index] = SentenceTime(text, find_dates(text, page_date_in_text) if known is None else known, placed)
        return times[index]

    posts = post_dates(analysis, document.published)  # (offset, day) of each post header of a page of posts
    post_starts = [offset for offset, _ in posts]

    def post_day(offset: int) -> datetime.date | None:
        """The day of the post the text at ``offset`` belongs to (the last header before it), None outside posts."""
        at = bisect_right(post_starts, offset) - 1
        return posts[at][1] if at >= 0 else None

    page_day = (
        title_day(analysis[sentences[0].start : sentences[0].end], document.published)
        if sentences and layout.is_title(0) and sentences[0].end - sentences[0].start <= _HEADLINE_MAX_CHARS
        else None
    )  # "Security incidents – May 3": the day the bulletin's items happened
    written = None if posts else written_day(analysis, document.published)  # "Sept. 17, 2016" atop a release
    date_incidents(clusters, document.published, sentence_time, post_day if posts else None, page_day, written)
    incidents = [_build(document, document_id, cluster, governorates, layout, ties, towns_named) for cluster in clusters]
    cues = [
        CandidateCues(
            weak_trigger=cluster.trigger.weak,
            generic=cluster.generic,
            headline=cluster.headline,
            definite=cluster.definite,
            sub_governorate_place=bool(cluster.sub_governorate_places),
        )
        for cluster in clusters
    ]
    return candidates(incidents, cues, document.text, document.published)


def towns_in_text_order(
    readings: list[SentenceReading], governorates: list[list[GovernorateMention]]
) -> list[PlaceMention]:
    """The places named in the event clauses (towns, sites) and the governorates' cities named anywhere ("the city of
    Hasakah", not "Hasakah province"), in text order, once each: where "the Tayy neighbourhood" of a later sentence
    may lie (:func:`_toponyms`)."""
    seen: set[int] = set()
    towns: list[PlaceMention] = []
    for reading in readings:
        for mention in reading.mentions:
            for place, _index in mention.places:
                if place.level == "place" and place.start not in seen:
                    seen.add(place.start)
                    towns.append(place)
    for sentence_governorates in governorates:
        for named in sentence_governorates:
            if not named.province_level and named.start not in seen:
                seen.add(named.start)
                towns.append(PlaceMention(named.start, named.end, named.text, "place", "reference", named.governorate))
    towns.sort(key=lambda p: p.start)
    return towns


#: A place that follows another this closely in its clause ties it ("X village, west of Y", "A, B and C villages in
#: the Y countryside"): the distance the pipeline also allows a reference to stand in for an unknown village.
TIE_WINDOW = 120
#: At most this many anchors per name: the nearest ties are the ones the text meant.
MAX_ANCHORS = 8

#: Places the text ties each place name to: normalised name -> [(tied place, sentence index)], in text order.
PlaceTies = dict[str, list[tuple[PlaceMention, int]]]


def place_ties(
    readings: list[SentenceReading], text: str, line_places: dict[int, PlaceMention] | None = None
) -> PlaceTies:
    """For each place named in an event clause, the places that closely follow it in that clause and say where it
    lies (not the other names of its list).

    "Shelling hit A, B and C villages in the Tel Tamr countryside" ties A, B and C to the Tel Tamr countryside;
    "a drone hit X, west of Y" ties X to Y; "mines exploded in A town and B city" ties A to nothing. A later
    incident at B ("a shell fell on B") takes these ties as ``anchor`` toponyms, so a village the gazetteer lacks
    is placed near the town the text located it by once. The label of a bulletin's line (``line_places``: "- Tel
    Tamr: the villages of A and B were shelled") ties every place its line names to it, after the clause's own ties.
    ``text`` is the analysis text the offsets point into.
    Linear: each place looks ahead only over the places of its own clause within :data:`TIE_WINDOW`.
    """
    ties: PlaceTies = {}
    last_named: PlaceMention | None = None  # the latest place named in an event clause ("The village lies ...")
    for reading in readings:
        if not reading.mentions:
            _tie_described_place(reading, text, last_named, ties)
            continue
        label = line_places.get(reading.index) if line_places else None
        for mention in reading.mentions:
            named = [p for p, _ in mention.places if p.level == "place" and p.governorate is None]
            if named:
                last_named = max(named, key=lambda p: p.start)
            places = sorted((p for p, _ in mention.places if p.level == "place"), key=lambda p: p.start)
            for index, place in enumerate(places):
                if place.governorate is not None:
                    continue
                key = normalize_place(place.text)
                found = ties.setdefault(key, [])
                near = [p for p in places[index + 1 :] if p.start - place.end <= TIE_WINDOW]
                starts = set(locating_starts(text, place.start, place.end, [(p.start, p.end) for p in near]))
                for later in near:
                    if later.start in starts and len(found) < MAX_ANCHORS and normalize_place(later.text) != key:
                        found.append((later, mention.sentence_index))
            if label is not None:
                _tie_to_line_label(named, label, mention.sentence_index, ties)
    return ties


def _tie_to_line_label(named: list[PlaceMention], label: PlaceMention, index: int, ties: PlaceTies) -> None:
    """Tie each place a labelled line names to the line's label ("- Ain Issa: mortar shells hit X and Y"): the label
    says which town's area the line reports on. The label itself, and a place spelt like it, are not tied."""
    label_key = normalize_place(label.text)
    for place in named:
        key = normalize_place(place.text)
        if place.start == label.start or key == label_key:
            continue
        found = ties.setdefault(key, [])
        if len(found) < MAX_ANCHORS and all(other.start != label.start for other, _ in found):
            found.append((label, index))


#: A sentence that only says where a place lies: "Darnaj is a town in the eastern countryside of Deir ez-Zor, near
#: Hajin", "The village lies in the countryside of Tal Tamr". The subject is a name, or "the village" (the place named
#: last in an event clause before). Anchored at the sentence start; bounded repetition.
_DESCRIBED_PLACE_RE = re.compile(
    r"\W{0,3}(?:(?P<kind>[Tt]he\s+(?:village|town|hamlet|area))|(?P<name>(?:[Aa]l-)?[A-Z][\w’'-]{1,25}(?:\s+[A-Z][\w’'-]{1,25}){0,2}))"
    r",?\s+(?:is|lies|sits|was)\s+(?:located\s+|situated\s+)?(?:an?\s+(?:small\s+|large\s+|Arab\s+|Kurdish\s+)?"
    r"(?:village|town|hamlet|farming\s+village|neighbou?rhood)\s+)?(?:(?:about|some)\s+)?"
    r"(?:in|on|near|\d|(?:north|south|east|west))"
)


def _tie_described_place(reading: SentenceReading, text: str, last_named: PlaceMention | None, ties: PlaceTies) -> None:
    """Ties read from a sentence that only says where a place lies (:data:`_DESCRIBED_PLACE_RE`): its subject is
    tied to every place the sentence names after it, the governorate's countryside included."""
    match = _DESCRIBED_PLACE_RE.match(reading.text)
    if match is None:
        return
    if match.group("name") is not None:
        subject = match.group("name")
    elif last_named is not None:
        subject = last_named.text
    else:
        return
    base = reading.sentence.start
    found = ties.setdefault(normalize_place(subject), [])
    for place in find_places(reading.text, find_governorates(reading.text, base), base):
        if place.start - base < match.end() - 3 or len(found) >= MAX_ANCHORS:
            continue  # the subject itself
        if normalize_place(place.text) != normalize_place(subject):
            found.append((place, reading.index))


def _build(
    document: Document,
    document_id: str,
    cluster: EventMention,
    governorates: list[list[GovernorateMention]],
    layout: DocumentLayout,
    ties: PlaceTies | None = None,
    towns_named: Sequence[PlaceMention] = (),
) -> Incident:
    text = document.text
    evidence = [Span(text=text[start:end], start=start, end=end) for start, end in cluster.evidence]
    toponyms = _toponyms(cluster, governorates, text, layout, towns_named)
    if ties and toponyms and toponyms[0].role == "primary":
        toponyms += _anchors(toponyms, ties, governorates, text, layout)
    return Incident(
        id=cluster.incident_id,
        event_type=cluster.event_type,
        evidence=evidence,
        # ("the YPG" before the SDF was founded: the name the party had then; and the name the evidence gives it)
        actor=actor_as_named(
            actor_of_its_time(cluster.actor, cluster.date.value if cluster.date else None),
            " ".join(span.text for span in evidence),
        ),
        victims=cluster.victims,
        target=cluster.target,
        killed=cluster.killed,
        injured=cluster.injured,
        date=cluster.date,
        toponyms=toponyms,
        location=None,
        sources=list(cluster.sources),
        confidence=confidence(cluster, toponyms),
        document_id=document_id,
        outlet=document.outlet,
        url=document.url,
        published=document.published,
        published_source=document.published_source if document.published is not None else None,
    )


#: A release line's place: "-- Near Raqqah, four strikes ...", "On June 2, near Hasakah, a strike ..." (what stands
#: before the governorate's name, from the start of its line, or of its sentence in a release that runs its lines
#: into one paragraph: "Strikes in Syria: Near X, ... positions. Near Raqqah, two strikes ...").
_RELEASE_LINE_PLACE_BEFORE_RE = re.compile(
    r"(?:^|\n|[.;:]\s)[-–—•*\s]*(?:on\s+[^,\n]{1,30},\s*)?near\s+$", re.IGNORECASE
)
#: ... and after it: the strikes of that line.
_RELEASE_LINE_STRIKES_AFTER_RE = re.compile(
    r",?\s*(?:(?:Syria|Iraq),\s*)?(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+(?:air\s*)?strikes?\b",
    re.IGNORECASE,
)
#: How far back from a governorate's name its line may start (characters).
_RELEASE_LINE_WINDOW = 40


def _is_release_line_place(text: str, mentions: Sequence[GovernorateMention]) -> bool:
    """True when the only governorate a sentence names is the place of its own strike-release line ("-- Near Al
    Hasakah, two strikes struck a unit"): the next line's strikes lie wherever that line says, not there."""
    if len(mentions) != 1:
        return False
    mention = mentions[0]
    before = text[max(0, mention.start - _RELEASE_LINE_WINDOW) : mention.start]
    return bool(
        _RELEASE_LINE_PLACE_BEFORE_RE.search(before) and _RELEASE_LINE_STRIKES_AFTER_RE.match(text, mention.end)
    )


def _toponyms(
    cluster: EventMention,
    governorates: list[list[GovernorateMention]],
    text: str,
    layout: DocumentLayout,
    towns_named: Sequence[PlaceMention] = (),
) -> list[Toponym]:
    """Primary place (a sub-governorate place if any, else the governorate) and the references of its clause;
    the article's place context (role ``context``) when the incident names no place at all.

    A part of a town ("the Tayy neighbourhood", "near the X mosque") takes as ``anchor`` the town the incident's
    other sentences name, else the last town the text named before it (``towns_named``, in text order): "a bomb
    went off in Qamishli ... Hours later a device exploded in the Antariya neighbourhood of the city"."""
    places = cluster.places
    if not places:
        context = layout.place_context
        region = cluster.country_region
        if region is not None and (context is None or not names_syria_region(region[0].text)):
            # "Turkish jets struck targets in northern Iraq" under a Qamishli dateline: where the text says it happened
            # (abroad: never the report's place), though no place in it; "an airstrike in northern Syria" where the
            # article gives no place context (left unresolved: never mapped)
            place = region[0]
            span = Span(text=text[place.start : place.end], start=place.start, end=place.end)
            return [Toponym(span=span, admin1_hint=None, role="primary")]
        if context is None:
            return []
        span = Span(text=text[context.start : context.end], start=context.start, end=context.end)
        hint = context.governorate or layout.governorate_context
        return [Toponym(span=span, admin1_hint=hint, role="context")]
    sub = [(p, i) for p, i in places if p.level == "place" and p.governorate is None]
    cities = [(p, i) for p, i in places if p.level == "place" and p.governorate is not None]
    city = next(((p, i) for p, i in cities if p.role == "primary"), None)
    if city is not None and not any(p.role == "primary" for p, _ in sub):
        # "a man from Hajin was shot dead in Raqqa": a place told only as a reference before the clause's primary city
        # (a home town, where the attackers fired from) is not where it happened; those named after it still locate it
        before = [(p, i) for p, i in sub if i == city[1] and p.start < city[0].start]
        sub = [entry for entry in sub if entry not in before] + cities + before
    else:
        sub += cities
    chosen: list[tuple[PlaceMention, int]] = []
    if sub:
        primary, primary_sentence = sub[0]
        chosen.append((replace(primary, role="primary"), primary_sentence))
        for place, index in sub[1:]:
            if index == primary_sentence and place.role == "reference":
                chosen.append((place, index))
    elif places:
        primary, primary_sentence = places[0]
        chosen.append((replace(primary, role="primary"), primary_sentence))
    toponyms: list[Toponym] = []
    seen: set[str] = set()
    # "Landmine kills child in X village" over "The mine exploded in the Raqqa countryside": the one governorate the
    # incident's own sentences name is the hint of a place whose sentence names none
    named = {p.governorate for p, _ in places if p.governorate is not None}
    own_governorate = next(iter(named)) if len(named) == 1 else None
    # "- Tal Tamr: a shell fell near the village of X" in a post of labelled lines: the line's label says where its
    # other places lie; the governorate another line's label or the post's title names is not theirs (the label
    # itself, "- Al-Jura: a shell killed a woman", keeps the post's)
    label = layout.line_places.get(chosen[0][1]) if chosen else None
    if label is not None and label.start == chosen[0][0].start:
        label = None
    context_governorate = layout.governorate_context
    label_governorate = None
    if label is not None:
        label_governorate = _label_governorate(label, governorates[chosen[0][1]])
        context_governorate = label_governorate
    for place, index in chosen:
        key = normalize_place(place.text)
        if key in seen:
            continue  # "a resident of Tabqa ... near the Tabqa dam": one place, named twice
        seen.add(key)
        same = governorates[index]
        previous = governorates[index - 1] if index > 0 else []
        if previous and (_is_release_line_place(text, previous) or {index, index - 1} <= layout.line_places.keys()):
            # "-- Near Al Hasakah, two strikes ... -- Near X, one strike ...": the line before names its own strike's
            # place, not this line's governorate (X may lie anywhere the release covers, in Aleppo or in Iraq); so does
            # a labelled line right above a labelled line ("- Raqqa: ..." above "- Tal Tamr: ...")
            previous = []
        if index != cluster.sentence_index and not previous:
            previous = governorates[cluster.sentence_index]
        hint = admin1_hint(place, same, previous) or context_governorate or own_governorate
        if names_country_abroad(place.text) or is_operation_zone(place.text):
            # "a base in the Kurdistan Region": abroad, whatever governorate its sentence names; "the Olive Branch
            # region": an operation's zone, never its sentence's governorate (left unresolved)
            hint = None
        span = Span(text=text[place.start : place.end], start=place.start, end=place.end)
        toponyms.append(Toponym(span=span, admin1_hint=hint, role=place.role))
        site = SITE_AFTER_NAME_RE.search(span.text)
        if site is not None and normalize_place(span.text[: site.start()]) not in seen:
            # "the Hamra prison": the place the site is named after is a reference (the geocoder's fallback)
            seen.add(normalize_place(span.text[: site.start()]))
            stem = Span(text=span.text[: site.start()], start=span.start, end=span.start + site.start())
            toponyms.append(Toponym(span=stem, admin1_hint=hint, role="reference"))
    near = near_only_place(cluster) if toponyms else None
    if near is not None and normalize_place(near.text) in seen:
        near = None
    if toponyms and (
        _CITY_PART_AFTER_RE.match(text, toponyms[0].span.end)
        or _CITY_PART_BEFORE_RE.search(text, max(0, toponyms[0].span.start - 40), toponyms[0].span.start)
        or near is not None
    ):
        # "the Naim roundabout", "the Tayy neighbourhood" told after "in Raqqa", or "the village of Y" after "in a
        # village near X": a part of, or a place near, the town another sentence placed the incident at; that town
        # stands in for it where the gazetteer lacks it (an anchor)
        primary_sentence = chosen[0][1]
        # "- Kobani: a shell fell on a home in the X quarter": the line's label is the town it lies in
        own_label = label if label is not None and normalize_place(label.text) not in seen else None
        if own_label is not None:
            seen.add(normalize_place(own_label.text))
            span = Span(text=text[own_label.start : own_label.end], start=own_label.start, end=own_label.end)
            toponyms.append(Toponym(span=span, admin1_hint=label_governorate or layout.governorate_context, role="anchor"))
        for place, index in [] if own_label is not None else places:
            key = normalize_place(place.text)
            if (near is not None and place is not near) or index == primary_sentence or place.level != "place" or key in seen:
                continue
            seen.add(key)
            hint = admin1_hint(place, governorates[index], governorates[index - 1] if index > 0 else [])
            span = Span(text=text[place.start : place.end], start=place.start, end=place.end)
            toponyms.append(Toponym(span=span, admin1_hint=hint or layout.governorate_context, role="anchor"))
            break
        else:
            if near is None and own_label is None:
                # no other sentence of the incident names a place: a town its own sentence names before the part ("In
                # Hasakah city, ... in the X district"), else the towns named last before it, nearest first
                # (a place named after it says where it lies itself: "the villages of X district in Afrin")
                before = [t for t in toponyms if t.role == "reference" and t.span.end <= toponyms[0].span.start]
                primary_end = toponyms[0].span.end
                after = any(t.role == "reference" and 0 <= t.span.start - primary_end <= _OWN_TOWN_GAP for t in toponyms)
                toponyms += [replace(t, role="anchor") for t in reversed(before)]
                at = 0 if after else bisect_right(towns_named, toponyms[0].span.start, key=lambda p: p.end)
                for place in reversed(towns_named[max(0, at - _TOWN_LOOKBACK) : at]):
                    # nearest first; the geocoder takes the first it can place (a family name read as a place is not)
                    if normalize_place(place.text) not in seen:
                        seen.add(normalize_place(place.text))
                        span = Span(text=text[place.start : place.end], start=place.start, end=place.end)
                        hint = place.governorate or layout.governorate_context
                        toponyms.append(Toponym(span=span, admin1_hint=hint, role="anchor"))
                context = layout.place_context
                if not after and context is not None and normalize_place(context.text) not in seen:
                    # last, the town the article is filed from or about ("SERÊKANIYÊ – ... the town's neighbourhood of X")
                    span = Span(text=text[context.start : context.end], start=context.start, end=context.end)
                    hint = context.governorate or layout.governorate_context
                    toponyms.append(Toponym(span=span, admin1_hint=hint, role="anchor"))
    return toponyms


def _label_governorate(label: PlaceMention, mentions: list[GovernorateMention]) -> str | None:
    """The governorate a line's label names itself ("- Raqqa: ...", "Deir Ezzor province: ..."), else None (a town's
    label, "- Tal Tamr: ...", says which town; a country's, "Iraq: ...", that none of ours is meant)."""
    return next((g.governorate for g in mentions if label.start <= g.start < label.end), None)


# A part of a town named after the name: "the Naim roundabout", "the Tayy neighbourhood", "the Hamidiya district",
# "the Tayy (Tai) neighbourhood", "near the X mosque".
_CITY_PART_AFTER_RE = re.compile(
    r"(?:\s*\([^()\n]{1,30}\))?\s+(?:neighbou?rhoods?|district|quarter|roundabout|square|street|souk|market|mosque)\b",
    re.IGNORECASE,
)
# ... or before it: "the town's eastern neighbourhood of X", "the quarter of X" (a bounded window, anchored at its end).
_CITY_PART_BEFORE_RE = re.compile(r"\b(?:neighbou?rhood|quarter)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
#: How many of the towns named last before a town's part are looked at for one not already among its places.
_TOWN_LOOKBACK = 3
#: A place this close after a town's part names the town it lies in ("X district in Afrin", "X neighbourhood of Y").
_OWN_TOWN_GAP = 30


def _anchors(
    toponyms: list[Toponym],
    ties: PlaceTies,
    governorates: list[list[GovernorateMention]],
    text: str,
    layout: DocumentLayout,
) -> list[Toponym]:
    """The places the text ties the primary's name to in other clauses (role ``anchor``), not already toponyms."""
    primary = toponyms[0]
    own = {t.span.start for t in toponyms}
    anchors: list[Toponym] = []
    for place, index in ties.get(normalize_place(primary.text), ()):
        if place.start in own:
            continue
        own.add(place.start)
        previous = governorates[index - 1] if index > 0 else []
        hint = admin1_hint(place, governorates[index], previous) or layout.governorate_context
        span = Span(text=text[place.start : place.end], start=place.start, end=place.end)
        anchors.append(Toponym(span=span, admin1_hint=hint, role="anchor"))
    return anchors


def confidence(cluster: EventMention, toponyms: list[Toponym]) -> float:
    """How much the evidence supports the incident, in 0..1.

    ``0.3`` for an event word, ``+0.15`` for a named place below governorate level
    (``+0.05`` for a governorate only), ``+0.15`` for a casualty figure, ``+0.1`` for
    a date (own or through another incident; not a report date), ``+0.1`` for a named actor, ``+0.1``
    for an attributed source, ``+0.05`` for a second evidence sentence; ``-0.15``
    when the type rests on a generic word (``attack``, ``other``) and ``-0.1`` when
    the sentence has background wording. Clamped to 0.05..0.95: rules are never certain.
    """
    score = 0.3
    if cluster.sub_governorate_places:
        score += 0.15
    elif toponyms:
        score += 0.05
    if cluster.has_figure:
        score += 0.15
    dated = cluster.date is not None and not cluster.date.is_report_date
    if dated and (cluster.date.value or cluster.date.month or cluster.date.relative_to):
        score += 0.1
    if is_named_actor(cluster.actor):
        score += 0.1
    if cluster.sources:
        score += 0.1
    if len(cluster.evidence) > 1:
        score += 0.05
    if cluster.trigger.weak or cluster.event_type is EventType.OTHER:
        score -= 0.15
    if cluster.generic:
        score -= 0.1
    return round(min(0.95, max(0.05, score)), 2)


__all__ = ["confidence", "extract_candidates", "extract_incidents"]
