"""One event told again through another source's account (rule 1 of :mod:`mapapp.extract.coreference`).

Real reports tell an event, then tell it again as a source's statement or quote: a monitor's count, then an
agency's or a ministry's words ("X said that ...", "according to Y, ...", "“...,” the police said in a statement").
The retelling brings its own toll (the sources disagree), its own spelling of the place ("al-Hilaliye" and
"al-Hilaliya", "Ras al-Ayn" and "Ras al-Ain") or a closer or vaguer place, and so fails the retelling rules of
:mod:`.retelling`, which want figures that agree and names folded alike. :func:`account_retold_cluster` ties such a
mention to the incident told just before it, on narrow conditions: the mention is a source's account, nothing in it
says it tells one more event ("another", "a second", "also", "new", "meanwhile"...), the kinds of event fit, the
days agree, no other named party acts, no other victim or target is told, and the place ties them (the same place
however spelt, a place inside the governorate-level area the incident was told at, or "the" drone or attack just
told, in the speaker's version of where it hit).

When the account's figures disagree with the incident's, the incident keeps its own (the coreference stage keeps
the first toll of an event told again, :func:`~.merging.merge`); a figure of a kind the incident lacks fills it.

The same event is often told first at a town (a speaker's statement, a page's lede) and then at the spot in that town
where it happened, with the same toll (:func:`spot_of_the_town_cluster`): the spot refines the incident's place.
"""

from __future__ import annotations

import datetime
import re

from mapapp.extract.arguments import names_actor
from mapapp.extract.casualties import figures_agree
from mapapp.extract.coreference.compatibility import ALSO_CUE, _same_or_unstated_governorate, killed_by_hand, same_kind_of_event
from mapapp.extract.coreference.separate_events import _FURTHER_IN_CLAUSE_RE
from mapapp.extract.coreference.summaries import _LAUNCHED_OFFENSIVE_RE, _headline_of_several_places, told_beyond_the_lead
from mapapp.extract.lexicon import SEPARATE_REPORT_RE, compile_guarded, gated_search, is_named_actor, normalize_place, same_party
from mapapp.extract.dates import resolve
from mapapp.extract.mentions import EventMention
from mapapp.extract.triggers import NEW_THING_OF_RE
from mapapp.model import DEVICE_TYPES, EventType

#: How many sentences after the incident's last one its retelling by a source may come.
_ACCOUNT_WINDOW_SENTENCES = 3

#: The speech and report verbs an account is told with (one alternation, read by the three patterns below).
_SPEECH_VERBS = (
    "said|says|stated|reported|claimed|announced|confirmed|tweeted|posted|wrote|mentioned|indicated|added|noted|told|"
    "documented"
)
#: A speech or report verb, "according to", or "quoted ... as saying": the clause is told as a source's account.
_ACCOUNT_RE = compile_guarded(
    rf"\b(?:{_SPEECH_VERBS}|adding)\b|\baccording\s+to\b|\bas\s+saying\b",
    re.IGNORECASE,
)
#: A passive report ("casualties were reported", "no one was said to be hurt"): no source speaking.
_PASSIVE_BEFORE_RE = re.compile(r"\b(?:was|were|been|be|is|are|being)\s+$", re.IGNORECASE)

#: A word telling one more event, or more of the same dead, in the account itself (not "also said": another source
#: agreeing with the one before; but "it also said", "the monitor also reported": the same source's next report).
_FURTHER_EVENT_RE = compile_guarded(
    r"\b(?:another|second|third|fourth|fifth|further|fresh|new|separate(?:ly)?|similar|previous(?:ly)?|again|"
    r"elsewhere|meanwhile|earlier|later|too|more)\b|\bas\s+well\b|\bother\s+(?-i:[a-z])"
    r"|\b(?:it|he|she|they|the\s+(?:monitor|observatory|group|agency|sources?|ministry|statement|report))\s+also\b"
    rf"|\b{ALSO_CUE}\b(?!\s+(?:{_SPEECH_VERBS})\b)",
    re.IGNORECASE,
)


def account_verb(clause_text: str) -> re.Match[str] | None:
    """Where the clause is told as a source's account: its first active speech or report verb ("the monitor said",
    "reported that", "tweeted that", "a source told"), "according to" or "quoted ... as saying" (not a passive
    "casualties were reported"); None when it is told as no one's account."""
    for found in _ACCOUNT_RE.finditer(clause_text):
        if not _PASSIVE_BEFORE_RE.search(clause_text, max(0, found.start() - 12), found.start()):
            return found
    return None


#: A possessive, a kind-of-place word after a name, or an area word before it ("Qamishli's countryside", "Deir ez-Zor
#: province", "the outskirts of X"): the countryside of a name is folded away by :func:`normalize_place`.
_PLACE_KIND_WORDS_RE = re.compile(
    r"[’']s\b|\s+(?:province|governorate|city|town|village|district|neighbou?rhood|area|region)$"
    r"|^(?:the\s+)?(?:outskirts|vicinity|suburbs?|area)\s+of\s+",
    re.IGNORECASE,
)
#: Letters a transliteration writes one way or another: vowels, and y and w standing for them (a run is one slot).
_VOWEL_LIKE_RE = re.compile(r"[aeiouyw]+")


def spelling_skeleton(name: str) -> str:
    """The consonants of a place name, as two transliterations of one Arabic name share them: folded
    (:func:`normalize_place`: no accents, article or countryside), no possessive or kind-of-place word, doubled
    letters written once, q written k, a final h after a vowel dropped, then each run of vowels, y and w one slot
    ``V`` ("al-Hilaliye" and "al-Hilaliya" are "hVlVlV", "Ras al-Ayn" and "Ras al-Ain" "rVsVlVn", "Dayr az Zawr
    Province" and "Deir ez-Zor province" "dVrVzVr"). The slots keep where vowels stand, which transliterations
    agree on, so names of the same consonants differ ("Hamra" "hVmrV", "Humeira" "hVmVrV"); as
    :func:`mapapp.geocode.gazetteer.consonant_skeleton` reads gazetteer keys (the extractor does not import the
    geocoder)."""
    folded = normalize_place(_PLACE_KIND_WORDS_RE.sub("", name.strip()))
    squeezed = re.sub(r"(.)\1+", r"\1", folded.replace("q", "k"))
    if len(squeezed) > 2 and squeezed.endswith("h") and squeezed[-2] in "aeiouy":
        squeezed = squeezed[:-1]
    return _VOWEL_LIKE_RE.sub("V", squeezed)


#: A skeleton of fewer consonants is too common to tell one place (two letters name many villages).
_SHORTEST_SKELETON = 3


def spelled_alike(first: str, second: str) -> bool:
    """Whether two place names are one name spelt two ways (:func:`spelling_skeleton`), or fold alike outright."""
    if normalize_place(first) == normalize_place(second):
        return True
    skeleton = spelling_skeleton(first)
    return len(skeleton.replace("V", "")) >= _SHORTEST_SKELETON and skeleton == spelling_skeleton(second)


#: What a target is, by its head noun: two targets of different kinds are two events.
_TARGET_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("vehicle", re.compile(r"\b(?:cars?|vehicles?|trucks?|bus|buses|vans?|motorbikes?|motorcycles?|convoys?|tankers?|"
                           r"pick-?ups?|hilux)\b", re.IGNORECASE)),
    ("post", re.compile(r"\b(?:checkpoints?|posts?|positions?|bases?|headquarters|hq|barracks|outposts?)\b", re.IGNORECASE)),
    ("building", re.compile(r"\b(?:house|houses|home|homes|buildings?|schools?|hospitals?|mosques?|bakery|bakeries|"
                            r"markets?|shops?|stores?)\b", re.IGNORECASE)),
)


def _target_kinds(text: str | None) -> set[str]:
    """The kinds of target a target phrase names (:data:`_TARGET_KINDS`: vehicle, post, building); none for no text."""
    return {kind for kind, pattern in _TARGET_KINDS if text and pattern.search(text)}


#: Words telling one sex: a victim told as a man is not one told as a woman.
_MALE_RE = re.compile(r"\b(?:man|men|boy|boys|father|son|sons|brother|husband|he|his)\b", re.IGNORECASE)
_FEMALE_RE = re.compile(r"\b(?:woman|women|girl|girls|mother|daughter|daughters|sister|wife|she|her)\b", re.IGNORECASE)


#: One victim told by one noun: "a teacher", "an engineer".
_ONE_VICTIM_RE = re.compile(r"\W*(?:an?|one)\s+([a-z-]+)\W*$", re.IGNORECASE)
#: Nouns that may name any victim: a source's "a civilian" may be another's "a teacher".
_ANY_VICTIM = frozenset("man woman person civilian resident individual local member fighter victim".split())


def _one_victim_noun(victims: str) -> str | None:
    """The noun of a toll told as one victim ("a teacher": "teacher"), casefolded; None for a count, or a noun that
    may name any victim (:data:`_ANY_VICTIM`)."""
    found = _ONE_VICTIM_RE.match(victims)
    noun = found.group(1).casefold() if found else None
    return None if noun in _ANY_VICTIM else noun


def _other_victim_or_target(cluster: EventMention, mention: EventMention) -> bool:
    """Whether the account tells another victim or target than the incident: targets of different kinds (a car and a
    house), one victim told as a man and the other as a woman, or one victim each, told by different nouns that name
    a role ("a teacher", "a nurse")."""
    told, new = _target_kinds(cluster.target), _target_kinds(mention.target)
    if told and new and not told & new:
        return True
    told_phrase = cluster.killed.phrase if cluster.killed is not None else None
    new_phrase = mention.killed.phrase if mention.killed is not None else None
    if told_phrase and new_phrase:
        nouns = (_one_victim_noun(told_phrase), _one_victim_noun(new_phrase))
        if None not in nouns and nouns[0] != nouns[1]:
            return True
    if cluster.victims and mention.victims:
        for first, second in ((cluster.victims, mention.victims), (mention.victims, cluster.victims)):
            if _MALE_RE.search(first) and not _FEMALE_RE.search(first) and _FEMALE_RE.search(second) and not _MALE_RE.search(second):
                return True
    return False


def _kinds_fit(cluster: EventMention, mention: EventMention) -> bool:
    """The same kind of event; an account told with no event word (a toll: "eight were killed in X"); two bombs
    (a car bomb told again as "the IED attack"); or an incident of untold cause (an explosion, a toll told with no
    event word) whose cause the account tells ("a drone hit their car"). Not a generic
    incident told again as a specific event of another kind ("attacked two villages", then "ISIS was shelling the
    town": the shelling may be an event of its own). A killing at close range told by the account ("was shot dead",
    :func:`~.compatibility.killed_by_hand`) fits only an incident that is itself an attack: after a strike or a
    fight it is a killing of its own, but after a lede's "a guard killed in A" or "was shot dead in A" it is that
    killing as a local source tells it (its own spelling of A, the spot in A)."""
    if killed_by_hand(mention) and cluster.event_type is not EventType.ATTACK:
        # ("the monitor said the captives were executed" after clashes, "gunmen shot dead a teacher, relatives said"
        # after a drone strike: another killing)
        return False
    return (
        same_kind_of_event(cluster.event_type, mention.event_type)
        or mention.event_type is EventType.OTHER
        or {cluster.event_type, mention.event_type} <= DEVICE_TYPES
        or cluster.event_type is EventType.OTHER
    )


#: "The" event or weapon just told, in the account: "said the drone hit a vehicle", "adding the IED attack occurred",
#: "that the Turkish shelling targeted", "said the U.S. strikes targeted".
_THE_EVENT_RE = compile_guarded(
    r"\b(?:the|this)\s+(?:[\w.’'-]+\s+){0,2}?(?:drones?|uavs?|jets?|warplanes?|planes?|aircraft|helicopters?|strikes?|"
    r"airstrikes?|raids?|shelling|bombardment|attack|assault|ambush|explosion|blast|bomb|bombing|device|ied|mine|"
    r"landmine)\b",
    re.IGNORECASE,
)


def _the_event_named(cluster: EventMention, mention: EventMention) -> re.Match[str] | None:
    """Where the account names "the" event or weapon of the incident's own kind (a definite article before a word
    of it): the speaker tells the event the reader knows, in their version of where it hit; None when it does not."""
    if not (
        same_kind_of_event(cluster.event_type, mention.event_type)
        or {cluster.event_type, mention.event_type} <= DEVICE_TYPES
    ):
        return None
    text = mention.clause_text
    found = gated_search(_THE_EVENT_RE, text)
    # ("the explosion of an old mine": the article of a thing told anew)
    return found if found is not None and NEW_THING_OF_RE.match(text, found.end()) is None else None


def _tells_the_event(cluster: EventMention, mention: EventMention) -> bool:
    """Whether the account names "the" event or weapon of the incident's own kind (:func:`_the_event_named`)."""
    return _the_event_named(cluster, mention) is not None


def _same_toll(cluster: EventMention, mention: EventMention) -> bool:
    """A toll of one kind told by both, with the same bounds."""
    return any(
        new is not None and old is not None and (new.low, new.high) == (old.low, old.high)
        for new, old in ((mention.killed, cluster.killed), (mention.injured, cluster.injured))
    )


#: A governorate's name told as an area: "the western countryside of Raqqa", "Hasakah province".
_AREA_WORD_RE = re.compile(r"\b(?:countryside|province|governorate|region|outskirts)\b", re.IGNORECASE)


def _spots(mention: EventMention) -> list[str]:
    """The places below governorate level the mention is told at (not where people came from), leaving out a
    governorate's name told as an area ("the countryside of Deir ez-Zor")."""
    return [
        p.text
        for p in mention.sub_governorate_places
        if not p.origin and not (p.governorate is not None and _AREA_WORD_RE.search(p.text))
    ]


#: A plural event noun right after "the" weapon: "the drone strikes", "the Turkish air raids" (several, not the one).
_PLURAL_EVENT_AFTER_RE = re.compile(r"\s+(?:strikes|airstrikes|attacks|raids|bombings|explosions|blasts)\b", re.IGNORECASE)


def _place_ties(cluster: EventMention, mention: EventMention) -> bool:
    """Whether the account is told where the incident was: every place it names below governorate level is one the
    incident names, however spelt (:func:`spelled_alike`), or it names the incident's own first place with a closer
    one ("in a street of the city"; only this when the tolls disagree); or the account names "the" event or weapon
    just told (:func:`_the_event_named`: its speaker's version of where it hit; at a place the incident does not
    name, a singular one only); or the incident was told only at governorate level (or at none) and the
    account, naming a place there, gives the same toll. An account naming no place ties only to an incident naming
    none below governorate level, by "the" event or the same toll; an incident told at no place at all, not even a
    governorate, is tied by none."""
    if not cluster.places or not _same_or_unstated_governorate(cluster, mention, origins=False):
        return False  # (an incident told at no place, not even a governorate, is tied by no place)
    own, told = _spots(mention), _spots(cluster)
    the_event = _the_event_named(cluster, mention)
    if the_event is not None:
        if not told or not own or any(spelled_alike(name, other) for name in own for other in told):
            return not told or bool(own)
        # (at a place the incident does not name, only the one weapon or event: "the drone hit a pickup outside Y";
        # a plural is a kind of attack, not the one just told: "the Turkish drones killed a fighter in Y")
        plural = the_event.group(0).casefold().endswith("s") or _PLURAL_EVENT_AFTER_RE.match(
            mention.clause_text, the_event.end()
        )
        return not plural
    if not own:
        return not told and _same_toll(cluster, mention)
    if not told:
        return _same_toll(cluster, mention)
    if any(spelled_alike(told[0], name) for name in own):
        return True
    if _town_named_as_reference(cluster, mention, told[0]):
        return True
    if _figures_disagree(cluster, mention):
        # (another toll at a place the incident names only second, or around it: "Turkey said three soldiers died in
        # Afrin" after a fight at a village of Afrin that killed 14 may be another event)
        return False
    return all(any(spelled_alike(name, other) for other in told) for name in own)


#: Letters that may stand at either end of a place's name in running text (a name is a word, or words, of letters).
_NAME_LETTER = r"[^\W\d_]"


def _town_named_as_reference(cluster: EventMention, mention: EventMention, town: str) -> bool:
    """Whether the account names the incident's own first place in its clause only as the reference of its closer
    place, with tolls that do not disagree: "a car near the village of B, 7km from A, was hit ... 4 dead" after "a
    drone killed four near the city of A"; "a mine went off in the village of B, which is affiliated to A township"
    after "a mine blast in the vicinity of A". The toponym reader keeps such a town out of the account's places (it is
    not where the event happened), yet it ties the account's village to the incident's town: the lede told the event
    at the town, the source tells the village of it. A town named like its governorate ("in Hasaka") ties nothing:
    "in northeastern Hasaka" may name the province. The town's name is looked for as a whole word, once (linear)."""
    if _figures_disagree(cluster, mention) or len(town) < _SHORTEST_SKELETON:
        return False
    if not any(place.text == town for place in cluster.named_places):
        return False  # (a name that is a governorate's too)
    pattern = rf"(?<!{_NAME_LETTER}){re.escape(town)}(?!{_NAME_LETTER})"
    return re.search(pattern, mention.clause_text, re.IGNORECASE) is not None


def _name_the_reference_town(cluster: EventMention, mention: EventMention) -> None:
    """When the account is tied to the incident by naming the incident's town as its village's reference
    (:func:`_town_named_as_reference`), add that town after the account's own places: the merge
    (:func:`~.merging.merge`) then reads the village as a place within the town and makes it the incident's first
    place ("near the village of B, 7km from A" refines "near the city of A")."""
    own, told = _spots(mention), _spots(cluster)
    if not own or not told or any(spelled_alike(told[0], name) for name in own):
        return
    if not _town_named_as_reference(cluster, mention, told[0]):
        return
    town = next((entry for entry in cluster.places if entry[0].text == told[0]), None)
    if town is not None:
        mention.places = [*mention.places, town]


def _figures_disagree(cluster: EventMention, mention: EventMention) -> bool:
    """Whether the account gives a toll of a kind the incident gives too, with bounds that do not overlap."""
    return (cluster.killed is not None and not figures_agree(cluster.killed, mention.killed)) or (
        cluster.injured is not None and not figures_agree(cluster.injured, mention.injured)
    )


def _days(mention: EventMention) -> tuple[set[datetime.date], set[tuple[str, object]]]:
    """The days the mention tells its event on (not a statement's day): those resolved against the publication date,
    and, unresolved, each as told by its form (a weekday, days before publication, a month and day)."""
    resolved: set[datetime.date] = set()
    told: set[tuple[str, object]] = set()
    for day in mention.point_dates:
        if day.said:
            continue
        value = resolve(day, mention.published)
        if value is not None and value.value is not None:
            resolved.add(value.value)
        elif day.weekday is not None:
            told.add(("weekday", day.weekday))
        elif day.days_before_publication is not None:
            told.add(("before", day.days_before_publication))
        elif day.month is not None and day.day is not None:
            told.add(("month", (day.month, day.day)))
    return resolved, told


def _days_contradict(cluster: EventMention, mention: EventMention) -> bool:
    """Whether the two tell their event on different days: resolved days that differ, or, unresolved, days told in
    one form that differ ("on Monday" and "on Tuesday"). "today" and "on Tuesday" in a Tuesday paper agree; with no
    publication date they cannot be compared and do not contradict."""
    (cluster_resolved, cluster_told), (own_resolved, own_told) = _days(cluster), _days(mention)
    if cluster_resolved and own_resolved:
        return not cluster_resolved & own_resolved
    forms = {form for form, _ in cluster_told} & {form for form, _ in own_told}
    return any(
        not {v for f, v in cluster_told if f == form} & {v for f, v in own_told if f == form} for form in forms
    )


def _dated_apart(cluster: EventMention, mention: EventMention) -> bool:
    """Whether the account is dated by a calendar day of its own ("On August 22, the monitor reported ...", "On
    February 7, sources said ...") that the incident is not told on: a bulletin's earlier report, not the incident
    told again. A report's weekday or "today" is no such date (the incident's own account is often told that day)."""
    said = {(d.month, d.day) for d in mention.point_dates if d.said and d.month is not None and d.day is not None}
    if not said:
        return False
    told = {(d.month, d.day) for d in cluster.point_dates if d.month is not None and d.day is not None}
    published = mention.published
    for day in cluster.point_dates:
        value = resolve(day, published)
        if value is not None and value.value is not None:
            told.add((value.value.month, value.value.day))
    return not said & told


def _other_party(cluster: EventMention, mention: EventMention) -> bool:
    """Whether the account names another party as its agent: both named and not one (a joint operation's ally counts
    as one), unless that party is named only as the speaker, before the account's verb ("the YPG's spokesman said
    three were killed by the Turkish state's drone"), or the account names the incident's own party too, or both are
    clashes (a fight has two sides, either told first)."""
    if not (is_named_actor(mention.actor) and is_named_actor(cluster.actor)) or same_party(cluster.actor, mention.actor):
        return False
    if cluster.event_type is EventType.ARMED_CLASH and mention.event_type is EventType.ARMED_CLASH:
        return False
    assert cluster.actor is not None and mention.actor is not None
    text = mention.clause_text
    verb = account_verb(text)
    if verb is not None and not names_actor(text[verb.end() :], mention.actor):
        return False  # (the speaker's party, not the agent of what it tells)
    return not names_actor(text, cluster.actor)


def _new_event_with_another_toll(cluster: EventMention, mention: EventMention) -> bool:
    """Whether the account tells an event of a named kind with its own indefinite article ("a drone hit a motorcycle",
    "an IED exploded") and a toll that disagrees with the incident's: a second event of the same kind at the same
    place, told through a source, reads just so. Only "the" event or weapon just told (:func:`_tells_the_event`) or a
    toll told with no event word ("two were killed in X") ties another source's different count to the incident."""
    if mention.event_type is EventType.OTHER or not _figures_disagree(cluster, mention):
        return False
    return not _tells_the_event(cluster, mention)


def _new_event_of_another_kind(cluster: EventMention, mention: EventMention) -> bool:
    """Whether the account tells an event of another named kind than the incident's (two bombs of different kinds: "a
    car bomb", then "a roadside bomb") without "the" event or weapon just told (:func:`_tells_the_event`): a second
    blast, not the first told again ("the IED attack" after a car bomb, or "a bomb" with the incident's own toll,
    still ties)."""
    if EventType.OTHER in (cluster.event_type, mention.event_type) or _same_toll(cluster, mention):
        return False
    if same_kind_of_event(cluster.event_type, mention.event_type):
        return False
    return not _tells_the_event(cluster, mention)


#: An incident told as several events: "two bombs hit the city", "a series of strikes", "twin blasts".
_SEVERAL_EVENTS_RE = compile_guarded(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple|twin|series\s+of|number\s+of|wave\s+of)\s+"
    r"(?:[\w-]+\s+){0,2}?"
    r"(?:bombs|explosions|blasts|attacks|strikes|airstrikes|raids|bombings|car\s+bombs)\b",
    re.IGNORECASE,
)


#: "also" before a speech or report verb: another source telling the same ("the monitor also reported that ...").
_ALSO_SAID_RE = re.compile(rf"\balso\s+(?=(?:{_SPEECH_VERBS})\b)", re.IGNORECASE)


def account_retold_cluster(
    clusters: list[EventMention], mention: EventMention, sentence_index: int
) -> EventMention | None:
    """The incident told just before, when the mention tells it again as a source's account (see the module
    docstring): the latest incident, told within the last few sentences, not only by a headline and not as several
    events; the mention is an account (:func:`account_verb`) and specific, with no cue of a further event or a
    separate report, kinds that fit (:func:`_kinds_fit`), days that agree, no other named party, no other victim or
    target, and a place that ties them (:func:`_place_ties`). Figures may disagree: the account's figure of a kind the
    incident has is dropped (the incident keeps its own), so that merging adds only what the incident lacks."""
    if not clusters or mention.headline or not mention.specific:
        return None
    latest = clusters[-1]
    told = _ALSO_SAID_RE.sub(" ", mention.clause_text)  # ("the monitor also reported": another source agreeing)
    if latest.headline and (len(latest.evidence) < 2 or told_beyond_the_lead(mention, told)):
        # (a headline alone and the body's reports: :func:`~.retelling.headline_told_again`, rule 5's folds; a
        # headline that took its lede is the lede's report, which a source may tell again, unless told as one more
        # event, another day or matter, or over a span, as rule 5 reads the body's reports; "also" before a speech
        # verb is another source agreeing)
        return None
    if not 0 < sentence_index - latest.last_sentence_index <= _ACCOUNT_WINDOW_SENTENCES:
        return None
    text = mention.clause_text
    if account_verb(text) is None or SEPARATE_REPORT_RE.match(text) or gated_search(_FURTHER_EVENT_RE, text):
        return None
    if not _kinds_fit(latest, mention) or _days_contradict(latest, mention) or _dated_apart(latest, mention):
        return None
    if _other_party(latest, mention):
        return None
    if _other_victim_or_target(latest, mention) or not _place_ties(latest, mention):
        return None
    if _new_event_with_another_toll(latest, mention) or _new_event_of_another_kind(latest, mention):
        return None
    if mention.sources and set(mention.sources) <= set(latest.sources):
        return None  # (the incident's own source telling one more of its reports: a bulletin's next item)
    if gated_search(_LAUNCHED_OFFENSIVE_RE, latest.clause_text):
        return None  # (an offensive's launch, then its fighting: :func:`~.summaries.drop_launches_told_by_their_fighting`)
    if _headline_of_several_places(latest) or gated_search(_SEVERAL_EVENTS_RE, latest.clause_text):
        return None  # (a summary of several events: the account tells one of them)
    _name_the_reference_town(latest, mention)
    if latest.killed is not None and not figures_agree(latest.killed, mention.killed):
        mention.killed = None  # (the source's own count of the dead the incident counts already)
    if latest.injured is not None and not figures_agree(latest.injured, mention.injured):
        mention.injured = None
    return latest


#: How many sentences after the incident's last one a report at a spot of its town may come.
_SPOT_WINDOW_SENTENCES = 3
#: A compass word before a town's name: "east of T", "north-west of T" (the spot's bearing from the town, told as a
#: place of its own by the toponym stage).
_BEARING_PREFIX_RE = re.compile(
    r"^(?:(?:the\s+)?(?:north|south|east|west)(?:[\s-]?(?:east|west))?(?:ern)?\s+(?:of\s+|countryside\s+of\s+)?|"
    r"(?:near|outside)\s+)",
    re.IGNORECASE,
)
#: A second name of a place: "X, also known as Y", "also called Y".
_ALSO_NAMED_RE = re.compile(r"\balso\s+(?:known\s+as|called|named|spelt|spelled)\b", re.IGNORECASE)
#: A word that tells the clause's event as one more than the incident's: "another", "a second", "similar", "again".
_ONE_MORE_RE = compile_guarded(
    r"\b(?:another|second|third|fresh|new|separate(?:ly)?|similar|previous(?:ly)?|again|elsewhere|meanwhile)\b",
    re.IGNORECASE,
)


def _town_name(text: str) -> str:
    """A place's name folded for comparison (:func:`normalize_place`), without a bearing before it ("east of T": T)."""
    return normalize_place(_BEARING_PREFIX_RE.sub("", text.strip()))


def _same_exact_toll(cluster: EventMention, mention: EventMention) -> bool:
    """A toll of one kind (dead or wounded) told by both with the same positive bounds, and none that disagrees."""
    shared = any(
        new is not None and old is not None and bool(new.low) and (new.low, new.high) == (old.low, old.high)
        for new, old in ((mention.killed, cluster.killed), (mention.injured, cluster.injured))
    )
    return shared and figures_agree(cluster.killed, mention.killed) and figures_agree(cluster.injured, mention.injured)


def spot_of_the_town_cluster(
    clusters: list[EventMention], mention: EventMention, sentence_index: int
) -> EventMention | None:
    """The incident just told at a town's level (a city, a town or its countryside: "three were killed in a drone
    strike in T") or at no place at all ("a spokesman said a bomb killed an officer"), when the mention, told within the next few sentences, tells an event of its kind at a spot it
    names in or near that town ("in the X square in T city", "the village of X, about 20 km east of T") with the very
    same toll (:func:`_same_exact_toll`): a page's lede and its body, or a speaker's account and the agency's report,
    telling one event at two levels of place. A reader takes the second for the first told closer; two events of one
    kind with one toll at one town, told one after the other with nothing ("another", "similar", "new", "also") to
    set them apart, is not how news prose tells two events. Only for the body's first incident (the page's lede or
    the speaker's account it opens with): further down, a bulletin's items follow each other with nothing to set them
    apart and, often, one dead each. Not when the days disagree, another named party acts,
    another victim or target is told, the mention is a headline, or the incident is a headline alone (rule 5). The
    spot then becomes the incident's first place (:func:`~.merging.merge`)."""
    if not clusters or mention.headline or not mention.named_places:
        return None
    latest = clusters[-1]
    if latest.headline and len(latest.evidence) == 1:
        return None  # (a headline alone: :func:`~.retelling.headline_told_again` and rule 5's folds)
    if any(not told.headline for told in clusters[:-1]):
        return None  # (not the page's lede: a bulletin's next item, with the common toll of one, is one more event)
    if not 0 < sentence_index - latest.last_sentence_index <= _SPOT_WINDOW_SENTENCES:
        return None
    text = _ALSO_NAMED_RE.sub(" ", mention.clause_text)  # ("the town of X, also known as Y": a name, not one more)
    if SEPARATE_REPORT_RE.match(text) or gated_search(_ONE_MORE_RE, text) or _FURTHER_IN_CLAUSE_RE.search(text):
        return None
    towns = {_town_name(p.text) for p in latest.sub_governorate_places if not p.origin}
    told = {_town_name(p.text) for p in mention.sub_governorate_places if not p.origin}
    if latest.places and not towns:
        return None  # (told over a governorate: :func:`~.places.refined_cluster`)
    if not towns <= told or not {normalize_place(p.text) for p in mention.named_places} - towns:
        return None  # (every town of the incident named again as where the spot lies, and a spot of its own)
    if not _same_or_unstated_governorate(latest, mention, origins=False):
        return None
    if not (
        same_kind_of_event(latest.event_type, mention.event_type)
        or EventType.OTHER in (latest.event_type, mention.event_type)
        or {latest.event_type, mention.event_type} <= DEVICE_TYPES
    ):
        return None
    if not _same_exact_toll(latest, mention) or not latest.days_agree(mention):
        return None
    if is_named_actor(latest.actor) and is_named_actor(mention.actor) and not same_party(latest.actor, mention.actor):
        return None
    return None if _other_victim_or_target(latest, mention) else latest
