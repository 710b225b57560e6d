"""Events told as a series: the items of a list a sentence announces, and "another strike" after a strike.

Contract: run on the sentence readings of a document in text order, after the background filter
(:mod:`.background`) and before event coreference (:mod:`.coreference`), each function retypes mentions in
place and returns nothing:

- :func:`type_list_items` (coreference rule 0c): the items of a list that a sentence with an event word
  announces ("the toll of these air strikes has risen to 27, distributed as follows:") take its event's type,
  and its actor when they name none; a list whose head names its attacker gives that attacker to its
  bombardments.
- :func:`type_further_events` (coreference rule 0d): "another strike", "a second attack" told in the sentence
  of an air, drone, artillery or car-bomb event or the next one is one more of its kind (its type, and its
  actor when it names none); the parts of "The strikes hit a depot in A and a house in B" (a list split one per
  place) told right after air, drone or artillery strikes are those strikes; so is a strike told without its weapon
  by no other party ("Strikes were also reported in B", "a silo in C was hit", "the occupation also targeted D"), and
  the ministry's "many terrorists were neutralized" with no means after the air operation it reports.
- :func:`type_likened_events` (coreference rule 0f): "a similar attack" is of the kind of the report's lead event
  (its type, and its actor when it names none).
- :func:`type_stray_fire` (rule 0g, run right after clustering, on the mentions that open incidents): a death by
  stray fire told right after a fight, with no cause of its own, is a casualty of that fight (an armed clash); typed
  after clustering, it stays an incident of its own rather than joining the fight told at its place.
- :func:`fold_stray_fire_into_fights` (run after :func:`type_stray_fire`, on the incidents): a casualty of stray fire
  told at the place of the fight or raid just told, or with no place of its own, on no other day, is that fight's
  casualty, not an incident (one event per place and day).

One function runs earlier, right after the sentences are read and before the background filter, and returns
what it found rather than retyping in place:

- :func:`places_struck_listed`: the bulleted lines with no event word of their own under a line that tells an air,
  drone or artillery strike and ends with a colon ("Drones hit three sites on Monday:" / "- a silo near A") are the
  places it struck; :mod:`.incidents` reads each item again as one of those strikes, at its place (the items of a
  list that tell events of their own are the other case: their head is their tally,
  :func:`~mapapp.extract.background.classify_list_heads`). :func:`read_places_struck_listed` makes that reading,
  and :func:`give_listed_places_their_head_verdict`, after the background filter, gives the items of strikes
  threatened or told as history their head's verdict.

Each is one pass over the mentions in text order with a bounded look-back: linear in the text.
"""

from __future__ import annotations

import datetime
import re

from mapapp.extract.arguments import find_actor_mentions
from mapapp.extract.background import PATTERN, TALLY
from mapapp.extract.casualties import add_tolls
from mapapp.extract.lexicon import (
    BULLET_ITEM_RE,
    NEUTRALIZED_TRIGGER,
    NO_ACTOR,
    PASSIVE_BEFORE_RE,
    PLACE_LABEL_RE,
    SEPARATE_REPORT_RE,
    STRAY_FIRE_WORDS,
    TARGETS_LABEL,
    UNNAMED_ATTACKERS,
    Trigger,
    ascii_lower,
    compile_guarded,
    gated_search,
    is_named_actor,
    normalize_place,
)
from mapapp.extract.mentions import CANDIDATE, EventMention, SentenceReading, counts_over_more_than_a_day, read_sentence
from mapapp.extract.toponyms import GovernorateMention
from mapapp.model import BOMBARDMENT_TYPES, UNSPECIFIC_TYPES, EventType

# a sentence that announces a list: "the toll of these strikes has risen to 27, distributed as follows:", "drones have
# struck the following sites in the A countryside since dawn:" (the words after "the following" closed by a colon)
_LIST_HEAD_RE = re.compile(
    r"\b(?:as follows|the following)\s*:?\s*$|\bthe following(?:\s+[^\s:;.]+){1,10}\s*:\s*$"
    # "jets struck some 20 sites on Friday, officials said, including:"
    r"|\bincluding\s*:\s*$",
    re.IGNORECASE,
)
_LIST_WINDOW_SENTENCES = 15




def announces_list(text: str) -> bool:
    """Whether a sentence ends by announcing a list of what it tells ("... struck the following sites:", "...,
    including:")."""
    return gated_search(_LIST_HEAD_RE, text.rstrip()) is not None


def is_bulleted_item(text: str) -> bool:
    """Whether a sentence is a line opened by a dash, a bullet or an item's number ("- The B gas station near C")."""
    return BULLET_ITEM_RE.match(text) is not None


def _tells_casualties(reading: SentenceReading) -> bool:
    """True when a sentence without an event word gives a toll ("A civilian was wounded in X.")."""
    toll = reading.toll()
    return toll.killed is not None or toll.injured is not None


def type_list_items(readings: list[SentenceReading], text: str) -> None:
    """Rule 0c: the items of a list that a sentence with an event word announces ("The toll of the Turkish air
    strikes has risen to 27, distributed as follows: ... Ten were killed in X. Two were killed in strikes on a post in
    Y.") are that event's parts: an item told without an event word, or with a generic one, takes the announcing
    event's type, and its actor when it names none. An announcing sentence that names its event with a generic word
    ("these strikes") takes both from the latest event told before it. The list ends at a sentence with an event of
    its own (a strong event word), at a sentence with no event that is no sub-heading (ending in ":") nor a bulleted
    line ("- The B gas station near C": an item the text tells with no event word), at the first line that is not
    bulleted after bulleted items, or after 15 sentences. A head may close the words after "the following" with a
    colon ("jets hit the following sites in the A countryside overnight:"). ``text`` is the document's
    text the sentences are offsets into. A list whose head names its attacker ("the Turkish occupation army attacked our areas as follows:")
    tells that attacker's events: an item with an event word of its own ("X: the villages were bombed with artillery
    shells", "Y: a drone struck a position") keeps its type and takes the head's actor when it names none."""
    head: tuple[EventType, Trigger, str | None] | None = None
    head_index = 0
    bullets = False  # whether the list's items are lines opened by a dash or a bullet
    line_end = 0  # where the sentence before ends (a newline after it: the next sentence opens a line)
    previous: list[EventMention] = []
    for reading in readings:
        opens_line = "\n" in text[line_end : reading.sentence.start]
        line_end = reading.sentence.end
        if head is not None:
            items = reading.mentions
            own_event = any(m.event_type is not EventType.OTHER and not m.trigger.weak for m in items)
            bulleted = BULLET_ITEM_RE.match(reading.text) is not None
            if bullets and not bulleted and opens_line:
                head = None  # "- B gas station\n- a post in C, killing five\nIn D, a drone ...": the bulleted list ended
            else:  # (a bulleted sub-heading, "-Fighters:", makes no bulleted list)
                bullets = bullets or (bulleted and not reading.text.rstrip().endswith(":"))
        if head is not None:
            sub_heading = not items and (reading.text.rstrip().endswith(":") or bulleted)
            if not items and not sub_heading and head[2] is not None and _tells_casualties(reading):
                continue  # "X: ... bombed with artillery shells. A civilian was wounded in X.": the item's toll
            if reading.index - head_index > _LIST_WINDOW_SENTENCES or (not items and not sub_heading):
                head = None
            elif own_event:
                if head[2] is None or not is_named_actor(head[2]):
                    head = None
                else:
                    # "X: a drone struck our fighters' position": the head's attacker, for its bombardments (not "In a
                    # separate incident, gunmen shot dead a shepherd": another story, whose attackers the text leaves
                    # unnamed)
                    for item in items:
                        if (
                            item.actor is None
                            and item.event_type in BOMBARDMENT_TYPES
                            and not SEPARATE_REPORT_RE.match(item.clause_text)
                            and not any(m.name == NO_ACTOR for m in find_actor_mentions(item.clause_text))
                        ):
                            item.actor = head[2]
                    continue
            else:
                for item in items:
                    item.event_type, item.trigger = head[0], head[1]
                    item.actor = item.actor or head[2]
                continue
        typed = [m for m in reading.mentions if m.event_type is not EventType.OTHER]
        if typed and gated_search(_LIST_HEAD_RE, reading.text.rstrip()):
            announced = typed[-1]
            told = [m for m in previous if not m.trigger.weak and m.event_type is not EventType.OTHER]
            if announced.trigger.weak and told:
                head = (told[-1].event_type, told[-1].trigger, announced.actor or told[-1].actor)
            else:
                same = [m.actor for m in told if m.event_type is announced.event_type and m.actor]
                head = (announced.event_type, announced.trigger, announced.actor or (same[-1] if same else None))
            head_index = reading.index
            bullets = False
        previous = (previous + reading.mentions)[-4:]


#: Nothing but blanks after a sentence up to its line's end ("Jets now bombing:   " then a line break).
_REST_OF_LINE_BLANK_RE = re.compile(r"[ \t]*\r?\n")


def places_struck_listed(readings: list[SentenceReading], text: str) -> list[tuple[int, EventMention]]:
    """The bulleted lines with no event of their own that list the places a bombardment struck, each with the
    bombardment that announces them: a line that tells an air, drone or artillery strike and ends with a colon ("Drones
    hit three sites in the north on Monday evening:", "Jets now bombing:") heads the bulleted lines right under it ("-
    A silo near A, no casualties", "- power plant in B"); the list ends at the first line that is not bulleted. A line
    whose strike names its own place heads no list unless it announces one (:func:`announces_list`, "struck the
    following sites near A:"): after "Jets struck A, and the wounded were taken to:" the lines list no places struck. Returns
    (position in ``readings``, the head's mention) per item; the caller reads each item again as told at its place.
    One pass in text order."""
    items: list[tuple[int, EventMention]] = []
    head: EventMention | None = None
    line_end = 0  # where the sentence before ends (a newline after it: the next sentence opens a line)
    for position, reading in enumerate(readings):
        # (lines told as :func:`type_list_items` and :func:`~mapapp.extract.background.classify_list_heads` tell them:
        # an indented bullet opens its line too)
        opens_line = reading.sentence.start == 0 or "\n" in text[line_end : reading.sentence.start]
        line_end = reading.sentence.end
        if head is not None and opens_line and BULLET_ITEM_RE.match(reading.text) is not None:
            if not reading.mentions:
                items.append((position, head))
            continue
        head = None
        stripped = reading.text.rstrip()
        if stripped.endswith(":") and _REST_OF_LINE_BLANK_RE.match(text, reading.sentence.end):
            bombardments = [m for m in reading.mentions if m.event_type in BOMBARDMENT_TYPES]
            head = bombardments[-1] if bombardments else None
            if head is not None and _names_its_place(head) and not announces_list(reading.text):
                head = None  # ("Jets struck A; the wounded were taken to:": what follows is not the places struck)
    return items


def _names_its_place(mention: EventMention) -> bool:
    """Whether the mention's clause names a place below governorate level (a strike told at its own place)."""
    return any(place.level == "place" for place, _ in mention.places)


def read_places_struck_listed(
    readings: list[SentenceReading],
    text: str,
    governorates: list[list[GovernorateMention]],
    published: datetime.date | None,
) -> list[tuple[EventMention, EventMention]]:
    """Each item :func:`places_struck_listed` finds read again as one of its head's strikes, at its place (in place in
    ``readings``; ``governorates`` per sentence index, as :func:`~mapapp.extract.mentions.read_sentence` takes them):
    the head's type and trigger, its actor where the item names none, its dates where the item tells none ("Drones hit
    three sites on Monday evening:"). Returns (item mention, head) pairs for :func:`give_listed_places_their_head_verdict`."""
    listed_under: list[tuple[EventMention, EventMention]] = []
    for position, head in places_struck_listed(readings, text):
        item = readings[position]
        readings[position] = read_sentence(text, item.sentence, governorates[item.sentence.index], published, listed=True)
        for mention in readings[position].mentions:
            mention.event_type, mention.trigger = head.event_type, head.trigger
            mention.actor = mention.actor or head.actor
            if not mention.dates:
                mention.dates = list(head.dates)
            listed_under.append((mention, head))
    return listed_under


def give_listed_places_their_head_verdict(listed_under: list[tuple[EventMention, EventMention]]) -> None:
    """After the background filter: the items of strikes feared, threatened or told as history
    (:func:`read_places_struck_listed`'s pairs) are no incidents either (a head that is a candidate, or the items'
    tally, leaves them theirs)."""
    for mention, head in listed_under:
        if head.verdict not in (CANDIDATE, TALLY):
            mention.verdict = head.verdict


# "another strike", "a second attack", "one more bombing": one more event of the kind just told
_FURTHER_OF_KIND_RE = compile_guarded(
    r"\b(?:another|(?:a|the) (?:second|third|fourth|further|new)|one more)\s+(?:[\w-]+\s+)?$", re.IGNORECASE
)
#: Generic words a further event is told with ("another strike", "a third targeted a school"); typed by the event told
#: just before.
_FURTHER_GENERIC_WORDS = ("strike", "struck", "attack", "bombing", "bombardment", "targeted", "hit")
#: The definite article of strikes told again: "the strikes", "these strikes".
_THE_BEFORE_RE = compile_guarded(r"\b(?:the|these|those)\s+$", re.IGNORECASE)
#: Bombardments whose kind a target told hit in the passive, with no agent, takes ("Turkish jets pounded the region. A
#: A passive strike word told with its event word (the lexicon's "a power station was hit").
_PASSIVE_WORD_RE = compile_guarded(r"\b(?:was|were|been)\s+(?:[a-z]+\s+)?(?:hit|struck|targeted)$", re.IGNORECASE)
#: The agent after a passive, past at most two words: "was struck by gunmen", "was struck and killed by a truck" name who
#: or what did it.
_AGENT_AFTER_RE = re.compile(r"\s+(?:[a-z]+\s+){0,2}?by\b", re.IGNORECASE)
# "another blast", "a similar explosion" (an explosion like the bomb's before it; not "a similar attack", which is often
# a claim or a report of the past)
_FURTHER_BLAST_RE = compile_guarded(
    r"\b(?:another|(?:a|the) (?:second|third|fourth|further|new|similar)|one more)\s+(?:[\w-]+\s+)?$", re.IGNORECASE
)
#: Words of an explosion told without its cause: "another blast" after a bomb is one more bomb.
_FURTHER_BLAST_WORDS = ("explosion", "blast")
#: Explosive devices a further "explosion" or "blast" continues.
_DEVICE_KINDS = frozenset({EventType.IED, EventType.CAR_BOMB})
#: Event types a generic "strike" / "attack" / "bombing" can stand for when the event before it was one.
_FURTHER_KINDS = frozenset({EventType.AIRSTRIKE, EventType.DRONE_STRIKE, EventType.SHELLING, EventType.CAR_BOMB})
#: How far back (in sentences) the event of the kind may be told.
_FURTHER_WINDOW_SENTENCES = 2
# A part of events just counted, right before its event word: "One of the bombs went off at A, while the other struck
# a building in B" (after "attacked the town with two car bombs"), "the first one hit", "each of them killed".
_PART_OF_COUNTED_RE = compile_guarded(
    r"\b(?:(?:one|each|two|three|the\s+(?:first|second|third|last))\s+of\s+(?:the|them|these|those)"
    r"|the\s+other(?:\s+one)?|the\s+(?:first|second|third|last)\s+one)\s+$",
    re.IGNORECASE,
)
#: Types a part of counted events may be read as on its own wording ("the other struck": an attack; "one of the bombs
#: exploded": a bomb; "the other killed two": no kind).
_PART_KINDS = frozenset({EventType.ATTACK, EventType.IED, EventType.OTHER})


#: "a similar attack", "the similar strike": an event likened to the one the report is about.
_SIMILAR_RE = compile_guarded(r"\b(?:a|an|the)\s+similar\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
#: Generic words an event likened to another is told with ("a similar attack", "a similar assault").
_SIMILAR_GENERIC_WORDS = ("strike", "attack", "assault", "targeted")
#: The types a likened event told with a generic word is read as on its own wording ("a similar attack near A, which
#: wounded a member of the Asayish": a clash only by the party it hit).
_SIMILAR_OWN_KINDS = frozenset({EventType.ATTACK, EventType.ARMED_CLASH, EventType.OTHER})


def type_likened_events(readings: list[SentenceReading]) -> None:
    """Rule 0f: an event told with a generic word and likened to the report's ("It follows by two days a similar attack
    in B", "a week after a similar attack outside C that hurt a guard") is of the kind of the report's lead event, the
    first event told with a strong event word: it takes its type, and its attacker when it names none. "similar" says
    the kind, not the day or the place; a likened word of its own kind ("a similar explosion", "a similar bombing")
    keeps its reading, and so does a likened event that names a party of its own other than the lead's ("a similar
    attack by tribal fighters on a post", after a strike by jets: the fighters' attack). One pass in text order."""
    lead: EventMention | None = None
    for reading in readings:
        for mention in reading.mentions:
            if (
                lead is not None
                and mention.trigger.weak
                and mention.event_type in _SIMILAR_OWN_KINDS
                and mention.trigger_word.startswith(_SIMILAR_GENERIC_WORDS)
                and mention.actor in (None, lead.actor)  # (not "a similar attack by tribal fighters": theirs)
                and _further_of_kind(mention, _SIMILAR_RE)
            ):
                mention.event_type = lead.event_type
                mention.actor = mention.actor or lead.actor
            elif (
                lead is None
                and not mention.trigger.weak
                and mention.event_type is not EventType.OTHER
                and mention.verdict == CANDIDATE
            ):
                lead = mention


#: Fire that hit by chance, as an event word: "by a stray bullet", "stray gunfire".
_STRAY_FIRE_WORD_RE = re.compile(rf"(?:by\s+)?{STRAY_FIRE_WORDS}", re.IGNORECASE)
#: A cause of stray fire told in its own clause: a celebration, a quarrel, a fight between families, an accident.
_OWN_CAUSE_RE = compile_guarded(
    r"\b(?:weddings?|celebrat\w*|festivit\w*|funerals?|disputes?|quarrels?|feuds?|brawls?|between|accident\w*|"
    r"hunting|mishandl\w*|cleaning)\b",
    re.IGNORECASE,
)
#: How many sentences back the fight whose stray fire hit someone may be told.
_STRAY_FIGHT_WINDOW_SENTENCES = 2


def type_stray_fire(readings: list[SentenceReading]) -> None:
    """Rule 0g: a death or wound by stray fire told with no cause of its own ("In B, two civilians were killed by stray
    bullets on Wednesday"), right after a fight ("Tribal gunmen attacked SDF checkpoints in A and B. In B, ..."), is
    a casualty of that fight's fire: an armed clash. The fight is the latest event told with a type of its own, at most
    two sentences before, on no other day; a clause that tells its own cause ("during a wedding", "in a family quarrel") or a
    bulletin line with its own place label keeps the stray fire's reading. Run after clustering: the casualty is an
    incident of its own (a day and a victim of its own), which a clash type given before would join to the fight
    told at its place. One pass in text order."""
    latest: EventMention | None = None
    for reading in readings:
        for mention in reading.mentions:
            if (
                latest is not None
                and latest.event_type is EventType.ARMED_CLASH
                and mention.event_type is EventType.ATTACK
                and _STRAY_FIRE_WORD_RE.fullmatch(mention.trigger_word)
                and reading.index - latest.sentence_index <= _STRAY_FIGHT_WINDOW_SENTENCES
                and latest.days_agree(mention)  # (not the stray fire of another day)
                and not gated_search(_OWN_CAUSE_RE, mention.clause_text)
                and not PLACE_LABEL_RE.match(reading.text)
                and not is_bulleted_item(reading.text)
            ):
                mention.event_type = EventType.ARMED_CLASH
            if mention.event_type not in UNSPECIFIC_TYPES:
                latest = mention


#: Stray fire told anywhere in a clause: "killed by stray fire", "a stray round hit her".
_STRAY_FIRE_IN_CLAUSE_RE = compile_guarded(rf"\b{STRAY_FIRE_WORDS}\b", re.IGNORECASE)
#: The events whose fire a bystander's stray bullet comes from: a fight, a raid that met resistance.
_FIRE_FIGHT_KINDS = frozenset({EventType.ARMED_CLASH, EventType.RAID})


def _stray_fire_casualty(incident: EventMention) -> bool:
    """An incident read from a casualty of stray fire: its event word is the stray fire ("by a stray bullet"), or its
    clause tells stray fire and no event word of a kind of its own ("a girl was killed by stray fire")."""
    if not gated_search(_STRAY_FIRE_IN_CLAUSE_RE, incident.clause_text):
        return False
    return bool(_STRAY_FIRE_WORD_RE.fullmatch(incident.trigger_word)) or incident.event_type in UNSPECIFIC_TYPES


def _fight_place(incident: EventMention) -> str | None:
    """The folded name of the place an incident is told at first (a place below a governorate, or a governorate's city
    named as a place), not one people came from; None when it names none."""
    for place, _ in incident.places:
        if place.level == "place" and not place.origin:
            return normalize_place(place.text)
    return None


def fold_stray_fire_into_fights(clusters: list[EventMention], readings: list[SentenceReading]) -> list[EventMention]:
    """The incidents without those that are a casualty of the fight told just before: stray fire ("A boy was also
    killed by a stray bullet in A.", "A woman was wounded by a stray round.") told within two sentences after a fight
    or a raid, with no incident between, at the fight's own place (the first it names) or at no place of its own, on no
    other day, with no cause of its own ("at a wedding", "in a family quarrel"), not set apart as a report of its own
    ("Separately,", "In another incident", :data:`~mapapp.extract.lexicon.SEPARATE_REPORT_RE`) and not on a bulletin
    line of its own: a bystander hit by that fight's fire, at its place and on its day, is its casualty (ACLED codes one
    event per place and day), so the casualty's toll is added to the fight's and its sentence to the fight's evidence. Stray fire at
    another place ("In B, a girl was killed by stray fire") stays an incident of its own (rule 0g, :func:`type_stray_fire`).
    One pass in text order: linear."""
    text_of = {reading.index: reading.text for reading in readings}
    kept: list[EventMention] = []
    for incident in clusters:
        fight = kept[-1] if kept else None
        if (
            fight is not None
            and fight.event_type in _FIRE_FIGHT_KINDS
            and not _stray_fire_casualty(fight)
            and _stray_fire_casualty(incident)
            and 0 <= incident.sentence_index - fight.last_sentence_index <= _STRAY_FIGHT_WINDOW_SENTENCES
            and fight.days_agree(incident)
            and _fight_place(incident) in (None, _fight_place(fight))
            and not gated_search(_OWN_CAUSE_RE, incident.clause_text)
            and not SEPARATE_REPORT_RE.match(text_of.get(incident.sentence_index, incident.clause_text))
            and not PLACE_LABEL_RE.match(text_of.get(incident.sentence_index, ""))
            and not is_bulleted_item(text_of.get(incident.sentence_index, ""))
        ):
            fight.killed = add_tolls(fight.killed, incident.killed)
            fight.injured = add_tolls(fight.injured, incident.injured)
            fight.evidence.extend(span for span in incident.evidence if span not in fight.evidence)
            fight.last_sentence_index = max(fight.last_sentence_index, incident.last_sentence_index)
            continue
        kept.append(incident)
    return kept


def type_further_events(readings: list[SentenceReading]) -> None:
    """Rule 0d: a further event told with a generic word ("..., while another strike hit B", "A second attack
    killed three") is one more of the kind told just before, in its sentence or the one before ("A drone struck a
    car in A. Another strike hit B."): it takes that event's type, and its actor when it names none (its own clause
    says nothing of the weapon). Only air, drone, artillery and car-bomb events are taken over; the word before
    ("another", "a second") is required, so a generic word on its own keeps its type. A part of the events counted just
    before ("with two car bombs. One of the bombs went off at A, while the other struck B") is one of them: it takes
    their type and attacker, whatever weak word tells it ("exploded", "struck"). A part of a list told with "the
    strikes" right after air, drone or artillery strikes is one of them (:func:`_the_strikes_told_before`), and so is a
    strike told without its weapon by no party but theirs, with no event of another kind told since
    (:func:`_strike_without_its_means`)."""
    previous: EventMention | None = None
    device: EventMention | None = None  # the last bomb, mine or car bomb told
    bombardment: EventMention | None = None  # the last air, drone or artillery strike told
    strikes: EventMention | None = None  # the same, with no event of another kind told since
    for reading in readings:
        if SEPARATE_REPORT_RE.match(reading.text):
            strikes = None  # "Elsewhere, a post was targeted": a report set apart, not one more of the strikes
        for mention in reading.mentions:
            if (
                previous is not None
                and mention.trigger.weak
                and mention.event_type in _PART_KINDS
                and previous.trigger_word.endswith("s")  # (counted: "with two car bombs", "three air strikes")
                and reading.index - previous.sentence_index <= _FURTHER_WINDOW_SENTENCES
                and _further_of_kind(mention, _PART_OF_COUNTED_RE)
            ):
                # "hit the town with two car bombs. One of the bombs went off at A, while the other struck a
                # building in B": a part of the events counted, by their attacker (the clause's party is the one hit)
                mention.event_type = previous.event_type
                mention.actor = previous.actor or mention.actor
                continue
            if (
                device is not None
                and mention.event_type is EventType.OTHER
                and mention.trigger_word.startswith(_FURTHER_BLAST_WORDS)
                and reading.index - device.sentence_index <= _FURTHER_WINDOW_SENTENCES
                and _further_of_kind(mention, _FURTHER_BLAST_RE)
            ):
                # "A mine killed two shepherds. Another explosion killed a boy in B": one more explosive device
                # (of a kind the text leaves unnamed after a car bomb: a bomb, an IED)
                mention.event_type = EventType.IED
            if mention.event_type in _DEVICE_KINDS and not mention.trigger.weak:
                device = mention
            if (
                previous is not None
                and mention.trigger.weak
                and mention.trigger_word.startswith(_FURTHER_GENERIC_WORDS)
                and (
                    mention.event_type in (EventType.ATTACK, EventType.IED)
                    # ("a second strike hit an Asayish checkpoint": a strike typed a clash only by the post it hit)
                    or (mention.event_type is EventType.ARMED_CLASH and mention.trigger_word.startswith(("strike", "struck")))
                )
                and reading.index - previous.sentence_index <= _FURTHER_WINDOW_SENTENCES
                and _further_of_kind(mention)
            ):
                mention.event_type = previous.event_type
                mention.actor = mention.actor or previous.actor
            elif (
                bombardment is not None
                and mention.distributed  # (one told whole joins them in coreference, which reads its referent)
                and mention.trigger.weak
                and mention.event_type in (EventType.ATTACK, EventType.ARMED_CLASH)
                and reading.index - bombardment.sentence_index <= _FURTHER_WINDOW_SENTENCES
                and _the_strikes_told_before(mention, bombardment)
            ):
                # "Aircraft carried out strikes near A. The strikes hit a depot in B and a house in C": those strikes
                mention.event_type = bombardment.event_type
                mention.actor = mention.actor or bombardment.actor
            elif (
                previous is not None
                and previous.event_type in BOMBARDMENT_TYPES
                and mention.event_type is EventType.ATTACK
                and mention.actor is None
                and reading.index - previous.sentence_index <= _FURTHER_WINDOW_SENTENCES
                and _hit_in_the_passive(mention)
            ):
                # "Turkish warplanes bombed several areas on Sunday. In A, a power station was hit and 11 died.": a
                # target of the strikes just told, hit by no one the clause names
                mention.event_type = previous.event_type
                mention.actor = previous.actor
            elif (
                strikes is not None
                and reading.index - strikes.sentence_index <= _FURTHER_WINDOW_SENTENCES
                and _strike_without_its_means(mention, strikes)
            ):
                # "Turkish drones struck a depot in A. Strikes were also reported in B.", "The first strike hit a post
                # near A, killing two fighters", "The occupation also targeted a silo in C": a strike told without its
                # weapon, by no party but the one just told striking, continues those strikes
                mention.event_type = strikes.event_type
                mention.actor = mention.actor or strikes.actor
                if not mention.point_dates and len({d.day_as_told for d in strikes.point_dates if not d.said}) == 1:
                    # (and their day, when they tell one: "On Monday, drones struck B" is not it; not a day of the
                    # event they answer, "after the attack on 1 October, jets struck tonight")
                    mention.dates = list(strikes.dates)
            if mention.event_type in BOMBARDMENT_TYPES and mention.verdict == CANDIDATE:
                bombardment = mention  # (told by any word: "aircraft carried out strikes")
                strikes = mention
            elif (
                mention.event_type in BOMBARDMENT_TYPES
                and mention.verdict == TALLY
                and not mention.named_places
                and not counts_over_more_than_a_day(mention)
            ):
                # "our jets ran air operations over northern Syria. 30 targets were destroyed during the operation in
                # the A and B regions, and 40 terrorists were neutralized": one wave told with no place (the count
                # coreference reads its regions against), whose hits the next sentence tells
                strikes = mention
            elif (
                mention.verdict == CANDIDATE
                and mention.event_type is not EventType.OTHER
                and not (mention.trigger.weak and mention.event_type is EventType.ATTACK)
            ):
                strikes = None  # another kind of event told since ("gunmen attacked a post"): a strike after it may be theirs
            if not mention.trigger.weak and mention.event_type in _FURTHER_KINDS:
                previous = mention
            elif (
                mention.event_type is not EventType.OTHER
                and mention.event_type not in _FURTHER_KINDS
                and mention.verdict == CANDIDATE  # (not a quoted "continues its attacks on our region")
            ):
                previous = None  # another kind of event told between: "another attack" may be of that kind


def _further_of_kind(mention: EventMention, further: re.Pattern[str] | None = None) -> bool:
    """True when the mention's generic event word is introduced as one more ("another strike", "a second attack"),
    in the words of ``further`` when given (else :data:`_FURTHER_OF_KIND_RE`)."""
    text = mention.clause_text
    position = mention.trigger_start
    pattern = _FURTHER_OF_KIND_RE if further is None else further
    return position > 0 and pattern.search(text, max(0, position - 30), position) is not None


def _the_strikes_told_before(mention: EventMention, previous: EventMention) -> bool:
    """True when the mention's event word is "the strikes" (or "these", "those") with no party of its own but the one
    of the strikes just told: those strikes told again, here to list what they hit ("Drones struck positions near A
    on Monday. The strikes hit a depot in B and a house in C": each place, a part of the clause, is one of the drone
    strikes, which coreference cannot join as they are placed apart)."""
    word = mention.trigger_word
    if not (word.startswith("strike") and word.endswith("s")) or mention.actor not in (None, previous.actor):
        return False
    return _further_of_kind(mention, _THE_BEFORE_RE)


def _hit_in_the_passive(mention: EventMention) -> bool:
    """True when the mention's event word is a weak strike word told in the passive with no agent after it ("a bakery
    in A was struck, killing five", "a power station was hit"), not "was struck by gunmen"."""
    if not mention.trigger.weak:
        return False
    text = mention.clause_text
    word = mention.trigger_word
    position = mention.trigger_start
    if position < 0:
        return False
    end = position + len(word)
    if _AGENT_AFTER_RE.match(text, end):
        return False
    if _PASSIVE_WORD_RE.search(word):
        return True  # (the lexicon's target told hit: "a power station was hit")
    return word in ("struck", "hit", "targeted") and PASSIVE_BEFORE_RE.search(text, max(0, position - 30), position) is not None


#: The generic strike words a strike told without its weapon is told with: "strikes hit", "struck", "targeted".
_STRIKE_WORDS = ("strike", "struck", "hit", "targeted", "targeting")
#: A party on the ground or its arms named in a strike's clause: the strike is theirs ("gunmen targeted a car",
#: "struck the post with rifles and grenades"), not the bombardment's told before.
_GROUND_MEANS_RE = compile_guarded(
    rf"\b(?:{UNNAMED_ATTACKERS}|gunfire|bullets?|shot|shooting|snipers?|rifles?|machine[- ]?guns?|grenades?|rpgs?)\b",
    re.IGNORECASE,
)

#: The means a neutralization names after it: "were neutralized near B by our commandos".
_NEUTRALIZED_BY_RE = compile_guarded(r"\bneutrali[sz]ed\b[^.;:]{0,60}?\b(?:by|with)\b", re.IGNORECASE)
#: What those neutralized did, told in the clause (the trigger word spans it): "terrorists who opened fire", "a group
#: that tried to infiltrate".
_OWN_ACT_OF_THE_NEUTRALIZED_RE = compile_guarded(
    r"\bwho\b|\b(?:that|which)\s+(?:had\s+|have\s+)?(?:tried|attempted|opened|fired|attacked|infiltrated|targeted)\b",
    re.IGNORECASE,
)
#: A clause told as a reply ("in response, our forces targeted their bases", "the SDF retaliated"): the other side's.
_RESPONSE_RE = compile_guarded(r"\b(?:in\s+response|respond(?:ed|ing)|retaliat\w*|in\s+return)\b", re.IGNORECASE)
#: The reporting party's own forces as a subject: "our forces targeted", "we struck" (the strikes told are the enemy's).
_OWN_SIDE_RE = compile_guarded(
    r"\b(?:we|our\s+(?:[\w-]+\s+)?(?:forces|fighters|units|troops|army|comrades|heroes))\b", re.IGNORECASE
)
#: A determiner of strikes told before, right before the strike word: "the strikes", "these strikes", "the retaliatory
#: strike", "Saturday's strikes" (not a part of them: "the first strike", "the second").
_REFERRED_BEFORE_RE = compile_guarded(
    r"(?:\b(?:the|these|those|this|that|its|their)|\w['’]s)\s+(?:(?!(?:first|second|third|fourth|fifth|last|other)\b)[a-z-]+\s+)?$",
    re.IGNORECASE,
)


def _strike_without_its_means(mention: EventMention, strikes: EventMention) -> bool:
    """True when ``mention`` tells a strike without its weapon, right after the bombardment ``strikes``: a candidate told
    with a weak strike word ("strikes were reported in A", "a checkpoint was also hit", "the second targeted a house")
    that its own clause types an attack, or a clash by the armed party it hit ("a strike hit an army position"); its
    clause names no party but the one striking (or none) and no arm or attacker on the ground ("gunmen targeted",
    "hit by a roadside bomb"), and a passive word names no agent after it ("was struck by a truck"); it tells no other
    day than the strikes' ("On Wednesday, a post was targeted"), and a neutralization tells no act of those it
    neutralized ("terrorists who tried to infiltrate were neutralized")."""
    if (
        not mention.trigger.weak
        or mention.verdict != CANDIDATE
        or mention.event_type not in (EventType.ATTACK, EventType.ARMED_CLASH)
        or mention.actor not in (None, strikes.actor)
        or not mention.days_agree(strikes)
        or (mention.anchor is not None and mention.anchor.days != 0)
    ):
        return False  # (another party's, or told on another day: "On Wednesday, a post was targeted")
    word = mention.trigger_word
    # (the ministry's "many terrorists were neutralized" with no means named, after the operation it tells: the type
    # the rest of the text gives, docs/gold-format.md; not one more line of a list of neutralizations, each told with
    # its own means or none: "3 were neutralized by our UAVs. 2 were neutralized near B.")
    neutralized = mention.trigger is NEUTRALIZED_TRIGGER
    if neutralized and strikes.sentence_index != mention.sentence_index and "neutrali" in ascii_lower(strikes.clause_text):
        return False  # (the parts of one sentence over several places are typed alike)
    passive = _PASSIVE_WORD_RE.search(word) is not None or neutralized
    if not (word.startswith(_STRIKE_WORDS) or passive):
        return False
    text = mention.clause_text
    position = mention.trigger_start
    if position < 0 or gated_search(_GROUND_MEANS_RE, text) or gated_search(_RESPONSE_RE, text):
        return False
    if (passive or word in ("struck", "hit", "targeted")) and _AGENT_AFTER_RE.match(text, position + len(word)):
        return False
    if neutralized and _NEUTRALIZED_BY_RE.search(text, position):
        return False  # "3 terrorists were neutralized near B by our commandos": its means, its type
    if neutralized and gated_search(_OWN_ACT_OF_THE_NEUTRALIZED_RE, text):
        return False  # "terrorists who tried to sneak in were neutralized": a fight on the ground, not the strikes
    if passive:
        return True  # (its subject is the party or the site hit: "a depot was hit", "fighters of X were neutralized")
    if _REFERRED_BEFORE_RE.search(text, max(0, position - 30), position):
        return False  # "the strikes killed 19": strikes told before, which coreference finds (not always the latest)
    before = text[:position]
    if gated_search(_OWN_SIDE_RE, before):
        return False
    return all(named.name == strikes.actor for named in find_actor_mentions(before))


#: How many sentences back a list of targets looks for the strikes it lists.
_TARGETS_LOOK_BACK = 2


def type_target_lists(readings: list[SentenceReading]) -> None:
    """Rule 0e: the items of a list labelled as what was hit ("Turkish drones struck the region overnight. Targets: the
    bakery of A, the B power station and a checkpoint in C.") are the strikes told just before: each takes the type of
    the latest event told with a strong event word in the label's sentence or the two before it, and its actor and day
    when it names none. With no such event the label tells no hits (a plan's or a topic's "targets"): no incident."""
    told: list[tuple[int, EventMention]] = []  # (sentence index, mention) of strong typed events, latest last
    for reading in readings:
        for mention in reading.mentions:
            if mention.trigger is TARGETS_LABEL:
                recent = [m for index, m in told if reading.index - index <= _TARGETS_LOOK_BACK]
                if not recent:
                    mention.verdict = PATTERN  # "Targets: the council aims to rebuild 40 schools": no hits told
                    continue
                mention.event_type, mention.trigger = recent[-1].event_type, recent[-1].trigger
                mention.actor = mention.actor or recent[-1].actor
                if not mention.dates:  # (the strikes' day: "struck the region on Wednesday night. Targets: ...")
                    mention.dates = list(recent[-1].dates)
            elif not mention.trigger.weak and mention.event_type is not EventType.OTHER:
                told = [*told[-3:], (reading.index, mention)]


__all__ = [
    "announces_list",
    "fold_stray_fire_into_fights",
    "give_listed_places_their_head_verdict",
    "is_bulleted_item",
    "places_struck_listed",
    "read_places_struck_listed",
    "type_further_events",
    "type_likened_events",
    "type_list_items",
    "type_stray_fire",
    "type_target_lists",
]
