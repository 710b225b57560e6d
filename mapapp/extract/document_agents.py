"""Agents a report names once: the striker of a campaign carried to its later strikes, the bomber's group.

Contract: run on the incidents of a document (coreference clusters, :mod:`.coreference`) after clustering,
with ``text`` the analysis text their spans point into; each function fills the ``actor`` of incidents
that name none (or retypes a generic strike of the campaign) in place and returns nothing:

- :func:`inherit_campaign_agent`: a drone or air strike told with no agent ("In X, a drone hit a car") takes
  the striker an earlier clause named for strikes of that kind ("Turkish drones struck targets across the
  region"), within three sentences of the last strike of its kind; a weapon left unidentified, a report set
  apart ("Separately, ...") or a striker the text says it does not know stops the carry. "Strikes" typed only
  by what they hit, and "the raids" right after an air strike, are strikes of that campaign.
- :func:`inherit_document_striker`: an air or drone strike the campaign's carry left with no agent takes the one party
  with warplanes the report names as the striker of its air or drone strikes, however far back (not when it names two,
  nor for a weapon left unidentified, a report set apart or a striker the text says it does not know).
- :func:`inherit_document_side`: a clash with no side takes the one named party all the report's incidents are put
  down to.
- :func:`drop_parties_of_unnamed_attackers`: an incident whose clause names its attackers as of no party has no actor,
  unless its sentences put the deed down to that party.
- :func:`drop_grounded_air_strikers`: an air strike whose actor has no warplanes (the party it hit) is left with none.
- :func:`drop_layers_of_remnants`: a mine blast whose actor another telling names only as the layer of the remnant
  ("ISIS landmine kills three" ... "a mine left behind by ISIS") is left with none.
- :func:`resolve_they_agents`: an event told with "they" as its agent takes the first party the sentence before names.
- :func:`attribute_suicide_bombings`: a suicide bombing with no agent in a report that names the Islamic
  State is the Islamic State's.
- :func:`attribute_blamed_agents`: an incident with no agent takes the party a sentence after it blames ("Officials
  blamed the militias", "ISIS was accused", "the attackers, believed to belong to an IS cell, fled"), unless that
  sentence opens an incident of its own, blames another deed (of another kind, place, day or time) or a failure, or
  the blame is denied, hedged or is Ankara's of the Kurdish forces.
- :func:`attribute_agency_claims`: an incident with no agent that the Islamic State's news agency reports ("according to
  Amaq, ...") is the Islamic State's claimed deed.
- :func:`resolve_definite_agents`: an event whose agent is a definite word for a party ("the militias fired
  rockets", "the factions' artillery hit X", "the occupation (forces) targeted X") takes the last party named before it
  with that word ("Iran-backed militias", "Turkish-backed factions", "the Turkish occupation"; "the group" that claims
  the deed, "the group claimed responsibility for X", the Islamic State); "the mercenaries"
  named with a state's forces before ("the Turkish army and its mercenaries") are that state's proxies
  (:data:`_PROXIES_OF`: the Turkish-backed factions).

One pass over the mentions in text order (the whole text scanned at most once): linear.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from mapapp.extract.arguments import find_actor_mentions, named_only_as_hit, names_actor, names_remnant_layer
from mapapp.extract.lexicon import (
    AIR_ACTORS,
    NO_ACTOR,
    ORGANISATION_NAMES,
    SEPARATE_REPORT_RE,
    compile_guarded,
    flies_aircraft,
    is_named_actor,
    same_party,
)
from mapapp.extract.mentions import (
    EventMention,
    SentenceReading,
    answered_event_spans,
    is_answered_event,
)
from mapapp.model import BOMBARDMENT_TYPES, EventType

#: The weapon words of each campaign kind, as a clause names them beside its striker ("Turkish warplanes and drones").
_CAMPAIGN_WEAPON_RES = {
    EventType.DRONE_STRIKE: compile_guarded(r"\b(?:drones?|uavs?|unmanned|bayraktars?|akincis?)\b", re.IGNORECASE),
    EventType.AIRSTRIKE: compile_guarded(
        r"\b(?:war[- ]?planes?|(?:fighter[- ])?jets?|aircraft|air ?strikes?|air raids?|bombers)\b", re.IGNORECASE
    ),
    EventType.SHELLING: compile_guarded(
        r"\b(?:artillery|shell(?:s|ing|ed)?|mortars?|howitzers?|tanks|rockets?|bombard\w*)\b", re.IGNORECASE
    ),
}

#: The text says it does not know who struck: "It was not clear who operated the drone", "no party claimed it", "no
#: person or group claimed responsibility".
_STRIKER_UNKNOWN_RE = compile_guarded(
    r"\b(?:(?:not|un)\s*(?:clear|known|immediately\s+clear|immediately\s+known)\s+(?:who|whose|which)"
    r"|(?:did\s+not|didn[’']t|could\s+not|couldn[’']t)\s+(?:say|identify|specify|name)\s+(?:who|whose|which)"
    r"|(?:no|none|nobody|no\s+one|no\s+party|no\s+side|no\s+group)\s+(?:\w+\s+)?(?:or\s+\w+\s+)?(?:\w+\s+)?(?:claimed|has\s+claimed|took|admitted))\b",
    re.IGNORECASE,
)
#: Words of a raid on the ground: troops landed, people arrested or searched.
_LANDING_OR_ARREST_RE = compile_guarded(
    r"\b(?:helicopters?|heliborne|land(?:ed|ing)|troops|soldiers|arrest\w*|detain\w*|captur\w*|search\w*|house|homes?)\b",
    re.IGNORECASE,
)
#: A reply to fire ("Our forces responded by shelling X", "retaliatory fire", "the sources of fire"): fire sent back
#: by the side that was hit, never carried the striker of the fire before it.
_REPLY_RE = compile_guarded(
    r"\b(?:respond\w*|repl(?:ied|ies|y|ying)|retaliat\w*|(?:hit|struck|striking|hitting)\s+back|returned|"
    r"in\s+response|sources?\s+of\s+(?:the\s+)?fire)\b",
    re.IGNORECASE,
)
#: Fire told as coming from Syria into Turkey ("a mortar round fired from Syrian territory struck the Turkish border
#: town of X", "rockets fired from Syria hit Karkamis"): fire at the side that shells from across the border, never
#: its own; a shelling campaign's striker is not carried to it.
_FIRE_INTO_TURKEY_RE = compile_guarded(
    r"\b(?:(?:fired|launched)\s+from\s+(?:inside\s+)?(?:syria|syrian\s+territory|the\s+syrian\s+side)|"
    r"turkish\s+(?:border\s+)?(?:town|city|village|province|district|territory|soil|side)|(?:into|inside)\s+turkey)\b",
    re.IGNORECASE,
)
#: How many sentences a campaign's striker carries over without a strike of its kind told in between.
_CAMPAIGN_WINDOW = 3
#: A generic strike word told with no agent, typed by what it hit: "strikes on X killed seven", "the strike killed".
_GENERIC_STRIKE_WORDS = frozenset({"strike", "strikes"})
_GENERIC_STRIKE_TYPES = frozenset({EventType.ATTACK, EventType.ARMED_CLASH})
#: How far after a strike's clause the text may say it does not know who struck.
_STRIKER_UNKNOWN_WINDOW = 250


def inherit_campaign_agent(readings: list[SentenceReading], clusters: list[EventMention], text: str) -> None:
    """A drone or air strike told with no agent ("In X, a drone hit a car") in a report whose earlier clause (the
    headline, the lead, an earlier strike) names who carried out strikes of that kind ("Turkish drones struck targets
    across the region") takes that party: a report of one campaign names its striker once and goes on with "a drone",
    "another strike". A clause naming both weapons ("Turkish warplanes and drones struck") names the striker of both.
    A weapon the text leaves unidentified ("an unidentified drone") stops the carry, and a strike whose clause names
    no party only takes one; nor does a report set apart ("Separately, a drone hit X") or one whose striker the text
    says it does not know ("It was not clear who operated the drone"), nor one told more than three sentences after
    the last strike of its kind (the report has moved on). The attack a strike answered, told as its own clause
    ("..., after a rocket attack on the base"), is the other side's and takes no striker; a weapon named only in
    such a phrase ("US strikes militia sites after drone attack") makes the striker no campaign's of that kind
    (:func:`~mapapp.extract.mentions.answered_event_spans`). "The raids" with no agent right after an air strike
    ("... aircraft bombed X. In Y, the raids killed four") are air raids of its striker. ``text`` is the analysis text the clause spans
    point into. One pass over the mentions in text order: linear."""
    if not any(
        (c.actor is None and (c.event_type in BOMBARDMENT_TYPES or c.event_type is EventType.RAID))
        or c.trigger_word in _GENERIC_STRIKE_WORDS
        for c in clusters
    ):
        return
    needing = {id(c) for c in clusters if c.actor is None and c.event_type in BOMBARDMENT_TYPES}
    # "strikes" told as a noun with no agent (or with the campaign's own striker) and typed by what they hit ("the
    # strikes near X killed seven militiamen": an attack or a clash): strikes of the air campaign just told
    generic = {
        id(c)
        for c in clusters
        if c.event_type in _GENERIC_STRIKE_TYPES and c.trigger_word in _GENERIC_STRIKE_WORDS
    }
    needing |= generic
    # "the raids" told with no agent, right after an air strike: raids from the air (not a landing or an arrest)
    needing.update(
        id(c)
        for c in clusters
        if c.actor is None
        and c.event_type is EventType.RAID
        and c.definite
        and c.trigger_word.startswith("raid")
        and not _LANDING_OR_ARREST_RE.search(c.clause_text)
    )
    striker: dict[EventType, str | None] = {}
    last_told: dict[EventType, int] = {}  # the sentence of the last strike of each kind
    latest: EventType | None = None  # the kind of the last strike told with a named striker
    for mention in sorted((m for r in readings for m in r.mentions), key=lambda m: m.clause_span[0]):
        if id(mention) in generic:
            if (
                latest is not None
                and striker.get(latest)
                and mention.sentence_index - last_told[latest] <= _CAMPAIGN_WINDOW
                and mention.actor in (None, striker[latest])
                and not SEPARATE_REPORT_RE.match(mention.clause_text)
            ):
                mention.event_type, mention.actor = latest, striker[latest]  # "the strikes near X killed seven"
            continue
        if id(mention) in needing and mention.event_type is EventType.RAID:
            if striker.get(EventType.AIRSTRIKE) and mention.sentence_index - last_told[EventType.AIRSTRIKE] <= 1:
                # "Coalition aircraft bombed ISIS positions. In X, the raids killed four militants": air raids
                mention.event_type, mention.actor = EventType.AIRSTRIKE, striker[EventType.AIRSTRIKE]
            continue
        if mention.event_type not in BOMBARDMENT_TYPES:
            # a clause typed by another event word may still name the campaign's weapons with their party ("Turkish
            # drones and warplanes struck dozens of targets, after Ankara blamed a suicide bombing on ..."): the
            # striker of strikes of that kind told after it
            _learn_named_weapons(mention, striker, last_told)
            continue
        if mention.sentence_index - last_told.get(mention.event_type, mention.sentence_index) > _CAMPAIGN_WINDOW:
            striker[mention.event_type] = None  # the report has moved on: a strike told long after is another story
        last_told[mention.event_type] = mention.sentence_index
        unidentified = mention.actor is None and any(
            m.name == NO_ACTOR for m in find_actor_mentions(mention.clause_text)
        )
        if mention.event_type is EventType.SHELLING and (
            _REPLY_RE.search(mention.clause_text) or _FIRE_INTO_TURKEY_RE.search(mention.clause_text)
        ):
            # shells fly both ways across a front: a reply ("our forces responded by shelling X") or fire into Turkey
            # is the other side's, never the striker's told before it (and names no striker for the shells after)
            continue
        if id(mention) in needing:
            start, end = mention.clause_span
            if is_answered_event(mention):
                # "US troops fired on X, following a mortar attack by the militias on their post": the attack the striker
                # answered is the other side's (and says nothing of who strikes next)
                continue
            if unidentified or SEPARATE_REPORT_RE.match(mention.clause_text) or _STRIKER_UNKNOWN_RE.search(
                text, start, end + _STRIKER_UNKNOWN_WINDOW
            ):
                striker[mention.event_type] = None
            elif striker.get(mention.event_type):
                mention.actor = striker[mention.event_type]
            elif (
                _is_bare_strike(mention)
                and latest is not None
                and striker.get(latest)
                and mention.sentence_index - last_told[latest] <= _CAMPAIGN_WINDOW
                and not _names_another_air_power(mention.clause_text, striker[latest])
            ):
                # "Turkish drones carried out 14 strikes: - a strike on a car near X": the bare word, typed an air
                # strike for want of a weapon, is a strike of the campaign just told (its type left as it is); not
                # when its clause names another party that strikes from the air ("..., the coalition said")
                mention.actor = striker[latest]
                last_told[latest] = mention.sentence_index  # (the campaign goes on: the next item is near it)
            continue
        if unidentified:
            striker[mention.event_type] = None
        elif is_named_actor(mention.actor):
            answered = answered_event_spans(mention.clause_text)
            own_weapon = _CAMPAIGN_WEAPON_RES[mention.event_type]
            if answered and own_weapon.search(mention.clause_text) and not _names_weapon_outside(
                own_weapon, mention.clause_text, answered
            ):
                # "US strikes militia sites after drone attack", typed by the drone it answered: no drone of its own
                continue
            striker[mention.event_type] = mention.actor
            latest = mention.event_type
            for kind, weapon in _CAMPAIGN_WEAPON_RES.items():
                if kind is not mention.event_type and _names_weapon_outside(weapon, mention.clause_text, answered):
                    striker[kind] = mention.actor
                    last_told[kind] = mention.sentence_index


#: The strike kinds flown over the north-east, whose striker a report names once for all its strikes.
_AIR_KINDS = frozenset({EventType.AIRSTRIKE, EventType.DRONE_STRIKE})
#: A strike from the air the text leaves unidentified: "an unidentified warplane", "unknown aircraft", "strikes by
#: unidentified fighter jets", "a drone of unknown origin".
_UNIDENTIFIED_AIRCRAFT_RE = compile_guarded(
    r"\b(?:unidentified|unknown|unmarked|mysterious)\s+(?:[\w-]+\s+)?"
    r"(?:drones?|uavs?|aircraft|warplanes?|(?:war)?jets?|planes?|air\s*strikes?|strikes?|raids?)\b"
    r"|\b(?:drones?|aircraft|warplanes?|jets?|planes?|strikes?)\s+of\s+unknown\s+(?:origin|identity|affiliation)\b",
    re.IGNORECASE,
)
#: A party said not to have struck: "Washington did not carry out these raids", "Israel denied involvement".
_STRIKER_DENIED_RE = compile_guarded(
    r"\b(?:did\s+not|didn[’']t|was\s+not|wasn[’']t|were\s+not|weren[’']t)\s+"
    r"(?:carry\s+out|conduct|behind|responsible|involved)\b"
    r"|\bden(?:ied|ies|y|ying)\s+"
    r"(?:carrying\s+out|conducting|any|involvement|responsibility|(?:that\s+)?it\s+(?:was|had))\b",
    re.IGNORECASE,
)


def inherit_document_striker(readings: list[SentenceReading], clusters: list[EventMention], text: str) -> None:
    """An air or drone strike still told with no agent takes the one party with warplanes that the report names as
    the striker of its air or drone strikes (:func:`~mapapp.extract.lexicon.flies_aircraft`: "Turkish drones hit a
    dam near A. ... [five sentences on] A strike on a mill near B killed two"), however far from it: a report of one
    campaign names its striker in the headline or the lead and tells the rest without it, past the three sentences
    :func:`inherit_campaign_agent` carries a striker. A drone strike takes a striker of drones only (an air strike
    one of either: the press calls a drone's strike an air strike, not the reverse).

    Not when the report names two strikers of such strikes, leaves an aircraft unidentified anywhere ("an
    unidentified warplane struck X"), says it does not know who struck or that a party did not ("Washington did not
    carry out these raids"): which strikes are the named party's is then unsure. Nor for a strike set apart
    ("Separately, ..."), one whose clause names another party with warplanes ("..., the coalition said": maybe its
    own), one whose sentences name the striker's party only as what was hit ("a rocket attack on a US base"), nor
    the attack a strike answered ("US jets struck X after a drone attack on its base"). Run after the campaign's
    carry, on what it left. The text is searched three times and the mentions read once: linear."""
    wanting = [c for c in clusters if c.actor is None and c.event_type in _AIR_KINDS]
    if not wanting:
        return
    strikers = {
        (m.event_type, m.actor)
        for r in readings
        for m in r.mentions
        if m.event_type in _AIR_KINDS and is_named_actor(m.actor) and not _typed_by_the_answered_weapon(m)
    }
    named = {actor for _, actor in strikers}
    if len(named) != 1:
        return
    striker = next(iter(named))
    if not flies_aircraft(striker) or any(
        pattern.search(text) for pattern in (_UNIDENTIFIED_AIRCRAFT_RE, _STRIKER_UNKNOWN_RE, _STRIKER_DENIED_RE)
    ):
        return  # (a report that leaves a striker unknown or denied: which strikes are the named party's is unsure)
    for cluster in wanting:
        if cluster.event_type is EventType.DRONE_STRIKE and (EventType.DRONE_STRIKE, striker) not in strikers:
            continue  # (a drone strike takes a striker of drones only; an air strike a striker of either)
        told = " ".join(text[start:end] for start, end in cluster.evidence) or cluster.clause_text
        if (
            SEPARATE_REPORT_RE.match(cluster.clause_text)
            or _names_another_air_power(cluster.clause_text, striker)
            or is_answered_event(cluster)
            or named_only_as_hit(told, striker)
            or any(m.name == NO_ACTOR for m in find_actor_mentions(told))
        ):
            continue  # (set apart, another air power's, answered, the striker's side hit, unidentified)
        cluster.actor = striker


def _typed_by_the_answered_weapon(mention: EventMention) -> bool:
    """Whether a strike's clause names its kind's weapon only in the attack it answered ("US strikes militia sites
    after drone attack", typed by that drone): the striker flew no such weapon of its own."""
    answered = answered_event_spans(mention.clause_text)
    weapon = _CAMPAIGN_WEAPON_RES[mention.event_type]
    return bool(answered) and weapon.search(mention.clause_text) is not None and not _names_weapon_outside(
        weapon, mention.clause_text, answered
    )


def _names_another_air_power(clause: str, striker: str) -> bool:
    """Whether ``clause`` names a party that strikes from the air (:data:`~mapapp.extract.lexicon.AIR_ACTORS`) other
    than ``striker``: "a strike on a car killed two militants, the coalition said" may be the coalition's own."""
    return any(
        mention.name in AIR_ACTORS and not same_party(mention.name, striker) for mention in find_actor_mentions(clause)
    )


def _is_bare_strike(mention: EventMention) -> bool:
    """A strike told with the bare word and no weapon ("a strike on a car", "Strikes on oil wells"), typed an air strike
    only for want of another word: its clause names no aircraft."""
    return (
        mention.event_type is EventType.AIRSTRIKE
        and mention.trigger_word.lower() in _GENERIC_STRIKE_WORDS
        and _CAMPAIGN_WEAPON_RES[EventType.AIRSTRIKE].search(mention.clause_text) is None
    )


def _names_weapon_outside(weapon: re.Pattern[str], text: str, answered: list[tuple[int, int]]) -> bool:
    """``text`` names the weapon outside the phrases naming an event its event answered (``answered``): "jets struck
    X a day after a drone strike on their post" names the striker's jets, not its drones."""
    starts = [start for start, _ in answered]  # (in text order and apart: one bisection per weapon word, linear)
    for found in weapon.finditer(text):
        at = bisect_right(starts, found.start()) - 1
        if at < 0 or found.start() >= answered[at][1]:
            return True
    return False


#: A second weapon joined to a party's weapon phrase: "(Turkish drones) and warplanes", "(regime jets) & artillery".
_AND_WEAPON_RE = re.compile(r"\s*(?:and|&)\s+(?:[\w-]+\s+)?[\w-]+")


def _learn_named_weapons(
    mention: EventMention, striker: dict[EventType, str | None], last_told: dict[EventType, int]
) -> None:
    """Note the party of each campaign weapon the clause names in one phrase with it ("Turkish drones", "regime
    artillery") as the striker of strikes of that kind (the phrase itself names the weapon's party)."""
    clause = mention.clause_text
    kinds = [kind for kind, weapon in _CAMPAIGN_WEAPON_RES.items() if weapon.search(clause)]
    if not kinds:
        return
    for party in find_actor_mentions(clause):
        if not is_named_actor(party.name):
            continue
        joined = _AND_WEAPON_RE.match(clause, party.end)  # "Turkish drones and warplanes": both its weapons
        phrase = clause[party.start : joined.end() if joined else party.end]
        for kind in kinds:
            if _CAMPAIGN_WEAPON_RES[kind].search(phrase):
                striker[kind] = party.name
                last_told[kind] = mention.sentence_index


#: A car bomb told as a suicide attack: "a suicide car bomb", "a suicide VBIED", "driven by a suicide bomber"; or as
#: one driven at its target ("a truck full of explosives was driven at a post", "a vehicle rammed into the gate":
#: the vehicle the subject, not "the wounded were driven into Turkey", "its owner drove it into the car park") or
#: stopped on its way ("destroyed before reaching the positions", "detonated before it reached the berm"): a driver's.
#: So is one told as the opening of an assault ("the attack on the prison began with a car bomb at its gate", "the
#: assault began when a car bomb exploded", "a car bomb blew the gate, followed by an assault by gunmen"): a bomb that
#: breaches the way in for fighters is driven there by them.
_SUICIDE_RE = compile_guarded(
    r"\bsuicide\b|\b(?:car|vehicle|truck|tanker|van|vbied|bomb|explosives)\s+(?:(?:was|were)\s+)?(?:driven|rammed)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:at|into|towards?)\s"
    r"|\bbefore\s+(?:it\s+)?reach(?:ed|ing)\b"
    # (the bomb right after "with"/"when": not "an attack in which gunmen opened fire with rifles", "the attack started
    # with the blast" of a parked one)
    r"|\b(?:attack|assault|storming)\b[^.;:]{0,60}?\b(?:began|started|opened)\s+(?:[\w-]+\s+){0,4}?(?:with|when)\s+"
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:car|truck|vehicle|tanker|van|vbied|bomb|explosives)\b"
    r"|\bfollowed\s+by\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:assault|attack|storming|incursion)\s+(?:by|from)\b",
    re.IGNORECASE,
)
_ISIS_NAMES = "|".join(
    re.escape(name).replace(r"\ ", r"\s+") for name in sorted(ORGANISATION_NAMES["ISIS"], key=len, reverse=True)
)
#: The Islamic State's claim told after nobody claimed at first: "ISIS later claimed it", "was claimed by Daesh".
_ISIS_CLAIMED_RE = compile_guarded(
    rf"\b(?:{_ISIS_NAMES})\s+(?:[a-z]+\s+){{0,2}}?(?:claimed|claims|took\s+responsibility)\b"
    # (not its claims of other attacks: "ISIS has claimed similar attacks before")
    r"(?!\s+(?:responsibility\s+for\s+)?(?:similar|such|previous|other|past|earlier|several|many|dozens)\b)"
    rf"|\bclaimed\s+by\s+(?:the\s+)?(?:{_ISIS_NAMES})\b"
)


def attribute_suicide_bombings(clusters: list[EventMention], text: str) -> None:
    """A suicide bombing told with no agent ("a suicide bomber blew himself up among the women leaving the camp", "a
    suicide car bomb hit an SDF post") in a report that names the Islamic State is the Islamic State's: in north-east
    Syria it is the one party that sends suicide bombers, and a report naming it tells of its war. A report that names
    no party leaves the bomber unnamed, and so does one that says nobody claimed the bombing or it is not known who
    sent the bomber ("No group immediately claimed responsibility"), told after one of the bombing's sentences, unless
    the Islamic State's claim is told there too ("ISIS later claimed it").
    ``text`` is the analysis text (scanned up to its first naming of the Islamic State, only when such a bombing was
    told)."""
    unnamed = [
        c
        for c in clusters
        if c.actor is None
        and (
            c.event_type is EventType.SUICIDE_BOMB
            or (c.event_type is EventType.CAR_BOMB and any(_SUICIDE_RE.search(text, a, b) for a, b in c.evidence))
        )
    ]
    if unnamed and names_actor(text, "ISIS"):
        for cluster in unnamed:
            window = [(start, end + _STRIKER_UNKNOWN_WINDOW) for start, end in cluster.evidence]
            if not any(_STRIKER_UNKNOWN_RE.search(text, *span) for span in window) or any(
                _ISIS_CLAIMED_RE.search(text, *span) for span in window
            ):
                cluster.actor = "ISIS"


# The agent named by a definite word for a party told earlier ("the militias fired rockets at the base", "a shell fired
# by the militia", "a mortar attack by the militias", "the factions' artillery hit X", "the occupation also targeted
# X", "the cell was behind the assassination", "the organization's cells attacked"): the word, as the agent of the event. The words that describe
# an armed group by what it is ("the militants stormed X", "the jihadists attacked", "militants had opened fire") refer
# back with or without "the".
_DEFINITE_PARTY = (
    # ("militias", "militiamen" and "factions" also bare: "On Friday militias fired rockets at the base", "Factions
    # executed two men" name them as "the militias", "the factions" do; the singular bare is a modifier, "militia
    # positions")
    # (and "occupation" bare before its forces: "Occupation forces shelled the camp", the party's own word for them)
    # (a state's army and air force named with no state, "the army", "the air force", "army units", "army shelling":
    # the state force the report named before)
    # (bare "factions" only opening a sentence or a line, "Factions executed": "tribal factions", "Kurdish factions"
    # are other parties than the Turkish-backed ones)
    r"(?:(?:the\s+|(?=militias\b|militiamen\b|(?-i:F)actions\b|occupation\s+(?:forces|army|troops)\b"
    r"|army\s+(?:units|troops|forces|shelling|artillery)\b))"
    # (a group named by what it is, "the terrorist group", "the jihadist organization", "the Islamist group's
    # fighters": the press's word for the group it named before)
    r"(?P<{0}>militias?|militiamen|factions|occupation|mercenaries|"
    r"(?:terrorist|jihadist|islamist|extremist|radical)\s+(?:group|organi[sz]ation)|organi[sz]ation|cells?|army|air\s+force)"
    # (one of them too: "a car bomb a militant drove")
    r"|(?:the\s+|an?\s+)?(?P<{0}d>militants?|jihadists?|extremists?|insurgents?))"
)
_DEFINITE_AGENT_RE = compile_guarded(
    # (its forces named with the word: "the occupation forces targeted X", "the occupation army shelled X")
    r"\b" + _DEFINITE_PARTY.format("kind") + r"(?:[’']s?)?\s+(?:(?:artillery|rockets?|shells?|drones?|mortars?|snipers?|cells?|gunmen|fighters|members|"
    r"forces|army|troops|units|shelling)\s+)?"
    # ("were"/"are" only before "holding": "the militants were struck by a drone" names them as what was hit)
    r"(?:(?:also|then|later|again|meanwhile|reportedly|allegedly|had|have|has)\s+|(?:were|are)\s+(?:still\s+)?(?=holding\b)"
    # (the deed told as achieved: "the group managed to assassinate a tribal elder", also misspelt "to assassinated")
    r"|managed\s+to\s+(?=(?:assassinat|attack|kill|storm|target|detonat|shoot|shot|execut|abduct|kidnap|bomb|shell|ambush)\w*\b))?"
    r"(?:(?<=to )(?:assassinate|attack|kill|storm|target|detonate|shoot|execute|abduct|kidnap|bomb|shell|ambush)\b|"
    r"(?:retaliated|responded|fired|shelled|attacked|targeted|struck|launched|bombed|hit|opened\s+fire|carried\s+out|killed|stormed|destroyed|"
    r"ambushed|assassinated|executed|kidnapped|abducted|detonated|planted|infiltrated|(?:was|were)\s+behind|holding"
    # (the killing of people by gun or blade: "the militants shot 30 men", "jihadist snipers shot dead three fighters",
    # "militants had beheaded three men")
    r"|shot|gunned\s+down|beheaded|slaughtered|stabbed"
    # the bomb they drove or set off: "the militants rammed a car bomb into the gate", "militants blew up a car bomb"
    r"|drove|rammed|blew\s+up|set\s+off)\b)"
    # (the attack named as theirs: "following a mortar attack by the militias on their post")
    r"|\b(?:fired|launched|carried\s+out|committed|planted|attacks?|assaults?|ambush)\s+by\s+" + _DEFINITE_PARTY.format("kind2") + r"\b"
    # (a bomb's own verbs only after the bomb: "a car bomb a militant drove", "a mine left by the militants"; not
    # "the village left by the militants", "a car sent by the militants", which the event hit)
    r"|\b(?:bombs?|(?:land)?mines?|devices?|charges?|ieds?|vbieds?|explosives?)\s+(?:[\w-]+\s+){0,2}?(?:driven|left|laid|placed|sent)\s+by\s+"
    + _DEFINITE_PARTY.format("kind3")
    + r"\b"
    # the group named by its claim of the deed: "the group claimed responsibility for a bomb attack on X", "the group
    # said it had killed three fighters", "the organization claimed the attack" (not a claim of another thing, "the
    # group claimed the SDF had fled")
    r"|\bthe\s+(?P<claimer>group|organi[sz]ation)\s+(?:(?:later|also|has|had|then)\s+)?"
    r"(?:claimed\s+(?:responsibility\b|(?:the|an?|both|this|these|its)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:attacks?|bombings?|blasts?|killings?|assassinations?|ambush|operations?|explosions?)\b)"
    r"|(?:took|has\s+taken)\s+responsibility\b"
    r"|said\s+(?:that\s+)?it\s+(?:had\s+|has\s+)?(?:killed|attacked|targeted|carried\s+out|detonated|blew\s+up|destroyed)\b)",
    re.IGNORECASE,
)
#: How many party mentions back a definite word may refer (bounded: linear in the number of events).
_DEFINITE_LOOKBACK = 40
#: The states whose army or air force "the army", "the air force" named with no state refers back to (by name only).
_STATE_ARMIES = ("Syrian army", "Turkish forces", "Iraqi military", "Russian forces")
#: The party phrases each definite word refers back to (the words of its earlier mention), or the party's name.
_KIND_WORDS = {
    "militia": ("militia",),
    "faction": ("faction", "Turkish-backed factions"),  # (north-east Syria's "factions": Turkey's; "the SNA factions")
    "occupation": ("occupation",),
    "mercenar": ("mercenar",),
    "organi": ("ISIS",),
    # "the terrorist group", "the Islamist group", "the radical organization": the Islamic State named before, as
    # "the organization" (north-east Syria's press uses these words for it; "the jihadist group", "the extremist
    # group" fall under the words below)
    "terrorist": ("ISIS",),
    "islamist": ("ISIS",),
    "radical": ("ISIS",),
    # a state's army or air force named with no state: the state force named before (not the coalition's, whose
    # troops the press names by their country), by its name only: not a party whose own name holds the word ("the
    # Syrian National Army", Turkey's factions; "the Army of Revolutionaries", the SDF's)
    "army": _STATE_ARMIES,
    "air": _STATE_ARMIES,
    "cell": ("ISIS",),
    # the group that claims a deed: the Islamic State, the one party of north-east Syria's press that claims its
    # attacks through statements (the claim told as a clause of its own: "the group claimed responsibility for X")
    "group": ("ISIS",),
    # the words for an armed group by what it is: the party named with the word ("IS militants", "PKK militants",
    # "mercenary cells of ISIS"), or the Islamic State, which the press calls "the jihadists" and "the extremists"
    "militant": ("militant", "ISIS"),
    "insurgent": ("insurgent", "ISIS"),
    "jihadist": ("jihadist", "ISIS"),
    "extremist": ("extremist", "ISIS"),
}
#: The descriptive words whose party is told by the name next to them ("ISIS mercenaries", "mercenaries of ISIS").
_NAMED_WITH_KINDS = ("mercenar", "militant", "insurgent", "jihadist", "extremist")
#: The kind words of a group by what it is that Turkey's press also gives the PKK/YPG ("the PKK/YPG terrorist group",
#: "YPG terrorists"): no refer-back to the Islamic State past a nearer party named with such a word.
_TERROR_WORD_KINDS = ("terrorist",)
#: States' forces, which no descriptive word names ("mercenaries of the occupation" are its proxies, not its army).
_STATE_FORCES = frozenset(
    {"Turkish forces", "Russian forces", "Syrian army", "US-led coalition", "Israel", "Iraqi military"}
)
#: How far from a party's name its descriptive word may stand ("Islamic State group militants", "cells of the ISIS").
_NAMED_WITH_WINDOW = 24


#: The armed groups other than the Islamic State that claim their attacks: named after it and before a claim by "the
#: group", they may be the group meant.
_OTHER_CLAIMERS = frozenset({"Iran-backed militias", "PKK/YPG", "Turkish-backed factions", "NDF", "Arab tribal fighters"})

#: The proxies a state's "mercenaries" are, told with it ("the Turkish army and its mercenaries").
_PROXIES_OF = {"Turkish forces": "Turkish-backed factions"}
#: Between a state's forces and the mercenaries named as theirs: "and its", "and their allied", "&".
_AND_ITS_RE = re.compile(r"\s*(?:and|&)\s+(?:its\s+|their\s+)?(?:allied\s+|affiliated\s+)?", re.IGNORECASE)


def _described_kind(actor: str | None) -> str | None:
    """The descriptive word an actor written as the text names it stands for ("jihadists", "the mercenaries"), or
    None (no actor, a named party, or a side no earlier party can be: "tribal gunmen")."""
    if actor is None or is_named_actor(actor):
        return None
    word = actor.lower().removeprefix("the ")
    return next((kind for kind in _NAMED_WITH_KINDS if word.startswith(kind)), None)


def _named_with(text: str, start: int, end: int, word: str) -> bool:
    """Whether the party named at ``start:end`` is named with ``word`` right next to it: "IS militants", "Islamic
    State group militants", "mercenaries of ISIS", "militants of the Islamic State" (bounded windows)."""
    after = text[end : end + _NAMED_WITH_WINDOW].lower()
    before = text[max(0, start - _NAMED_WITH_WINDOW) : start].lower()
    return bool(
        re.match(rf"\s+(?:group\s+)?{word}", after) or re.search(rf"\b{word}\w*(?:\s+(?:cells?|groups?))?\s+of\s+(?:the\s+)?$", before)
    )


def resolve_definite_agents(clusters: list[EventMention], text: str) -> None:
    """An event whose agent is a definite word for a party ("the militias fired several rockets at the base", "the
    factions' artillery hit X", "the militants stormed X", "a mine planted by the mercenaries", "the militants drove a
    car bomb into the gate", "a car bomb a militant drove") takes the last party
    named before it with that word ("Iran-backed militias", "the Turkish-backed factions", "the Turkish occupation",
    "IS militants", "mercenary cells of ISIS"; "the organization", "the cell", "the jihadists" the Islamic State): a
    report names the party once and goes on with "the militias". None (or the word as written) when no party of that
    kind was named before. ``text`` is the analysis text (scanned once, only when such an event was told)."""
    wanting: list[tuple[EventMention, str]] = []
    claims_at: dict[int, int] = {}  # where a claim by "the group" starts in ``text``, by cluster
    for cluster in clusters:
        described = _described_kind(cluster.actor)
        if described is not None:  # the clause's own agent is the word ("jihadists attacked a post")
            wanting.append((cluster, described))
            continue
        if cluster.actor is not None:
            continue
        found = _DEFINITE_AGENT_RE.search(cluster.clause_text)
        if found is not None:
            kinds = ("kind", "kindd", "kind2", "kind2d", "kind3", "kind3d", "claimer")
            wanting.append((cluster, next(k for k in found.group(*kinds) if k)))
            if found.group("claimer"):  # (the group named in its clause before the claim: "outlets of ISIS said the group claimed")
                claims_at[id(cluster)] = cluster.clause_span[0] + found.start()
    if not wanting:
        return
    mentions = [m for m in find_actor_mentions(text) if is_named_actor(m.name) or m.name.startswith("mercenar")]
    for cluster, kind in wanting:
        key = next(key for key in _KIND_WORDS if kind.lower().startswith(key))
        words = _KIND_WORDS[key]
        before = bisect_right(mentions, claims_at.get(id(cluster), cluster.clause_span[0]), key=lambda m: m.end)
        earlier = mentions[max(0, before - _DEFINITE_LOOKBACK) : before]
        for position, mention in reversed(list(enumerate(earlier))):
            phrase = text[mention.start : mention.end].lower()
            if key in _TERROR_WORD_KINDS and mention.name != "ISIS" and _named_with(text, mention.start, mention.end, "terror"):
                # "the PKK/YPG terrorist group attacked X ... the terrorist group shelled Y": the party last called
                # terrorist, not the Islamic State named before it (which party is unsure: none)
                break
            if key == "group" and mention.name in _OTHER_CLAIMERS:
                break  # "the militias ... the group claimed the rocket attack": another group's claim (which: unsure)
            if key == "mercenar" and mention.name.startswith("mercenar") and position:
                # "the Turkish army and its mercenaries": a state's hired fighters named with it are its proxies
                proxies = _PROXIES_OF.get(earlier[position - 1].name)
                if proxies is not None and _AND_ITS_RE.fullmatch(text, earlier[position - 1].end, mention.start):
                    cluster.actor = proxies
                    break
            # (the word in the party's phrase or in its name: "the militias" after "the Revolutionary Guard", whose
            # party is the Iran-backed militias)
            if any(w == mention.name or w in phrase or w in mention.name.lower() for w in words) or (
                key in _NAMED_WITH_KINDS
                and mention.name not in _STATE_FORCES
                and is_named_actor(mention.name)
                and _named_with(text, mention.start, mention.end, key)
            ):
                cluster.actor = mention.name
                break


#: The Islamic State's own news agency told as the source of the event: "according to Amaq", "ISIS's Amaq agency
#: reported", "the Amaq news agency said" (its report of an attack is the group's claim of it).
_ISIS_AGENCY_RE = compile_guarded(
    r"\baccording\s+to\s+(?:the\s+)?(?:(?:ISIS|IS|Islamic\s+State|Daesh)(?:[’']s?)?\s+)?A[’']?a?maq\b"
    r"|\bA[’']?a?maq\b(?:\s+(?:news\s+)?agency)?(?:,[^,.;]{1,60},)?\s+(?:said|says|reported|reports|claimed|claims|announced|stated)\b",
    re.IGNORECASE,
)

#: How far before an incident's evidence its sentence may name the agency as its source ("According to Amaq; ").
_AGENCY_LOOKBACK = 60


def attribute_agency_claims(clusters: list[EventMention], text: str) -> None:
    """An incident with no agent told as the Islamic State's news agency reports it ("According to Amaq, ten SDF
    fighters were killed in X", "The Amaq agency said a car bomb hit a post in X") is the Islamic State's: the agency
    reports the group's own attacks, and its report is the group's claim (development writers code these ISIS).
    The source may open the sentence before the clause the evidence starts at ("According to Amaq; ten fighters were
    killed"), read back at most :data:`_AGENCY_LOOKBACK` characters, not past the sentence's start. Each incident's
    evidence is read once: linear."""
    for cluster in clusters:
        if cluster.actor is not None:
            continue
        for start, end in cluster.evidence:
            back = max(0, start - _AGENCY_LOOKBACK)
            cut = max(text.rfind(".", back, start), text.rfind("\n", back, start))  # (not past the sentence's start)
            if cut >= 0:
                back = cut + 1
            if _ISIS_AGENCY_RE.search(text, back, end):
                cluster.actor = "ISIS"
                break


def drop_grounded_air_strikers(readings: list[SentenceReading], clusters: list[EventMention]) -> None:
    """An air strike whose actor is a named party with no warplanes (the Islamic State, the SDF, the militias: not
    :func:`~mapapp.extract.lexicon.flies_aircraft`) is not that party's: the party is what the strike hit ("two
    airstrikes destroyed ISIL vehicles", "Iran-backed fighters were killed in the strike", "the raids killed soldiers
    of the Syrian Arab Army" is the army's only when it names its jets). It is left with none, before the campaign's
    striker is carried (:func:`inherit_campaign_agent`), so that the striker the report names may take it, and no such
    party is learnt as a campaign's striker. Drone strikes keep theirs (militias and factions fly drones). One look at
    each mention: linear."""
    for mention in [m for r in readings for m in r.mentions] + clusters:
        if (
            mention.event_type is EventType.AIRSTRIKE
            and is_named_actor(mention.actor)
            and not flies_aircraft(mention.actor)
        ):
            mention.actor = None


#: An event told with "they" as its agent, opening its clause (past a time or a place set off by a comma): "They also
#: attacked areas south of X", "Recently, they bombed the silos of X", "On Monday, they fired a missile at a patrol".
_THEY_AGENT_RE = compile_guarded(
    r"^\W*(?:(?:[\w-]+\s+){0,4}?[\w-]+,\s*)?they\s+(?:(?:also|then|later|again|reportedly|had|have)\s+)?"
    r"(?:attacked|bombed|fired|shelled|struck|targeted|killed|launched|stormed|ambushed|hit|raided|executed|detonated|"
    r"carried\s+out|opened\s+fire)\b",
    re.IGNORECASE,
)


def resolve_they_agents(readings: list[SentenceReading], clusters: list[EventMention]) -> None:
    """An event whose clause opens with "they" as its agent ("They also attacked areas south of X", "On Monday, they
    fired a missile at a patrol") is the deed of the first party the sentence before it names ("Coalition warplanes
    struck X. They also attacked Y", "The Turkish army and its proxies shell the countryside. Recently, they bombed
    X"): the press tells a party's next deed with the pronoun, its name the subject just before. The pronoun's
    party overrides one the clause names otherwise (what it hit: "they fired at coalition troops"); a sentence before
    that names no party resolves nothing. Each event's clause is matched once and one sentence read for it: linear."""
    sentence_text = {reading.index: reading.text for reading in readings}
    for cluster in clusters:
        if not _THEY_AGENT_RE.match(cluster.clause_text):
            continue
        before = sentence_text.get(cluster.sentence_index - 1)
        party = next((m.name for m in find_actor_mentions(before or "") if is_named_actor(m.name)), None)
        if party is not None:
            cluster.actor = party


#: The deed put down to the party named right after: "carried out by cells of ISIS", "perpetrated by X".
_DEED_BY_LEFT_RE = compile_guarded(
    r"\b(?:carried\s+out|committed|perpetrated|staged|claimed)\s+by\s+"
    r"(?:(?:members|fighters|cells|elements)\s+of\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
#: The party named right before said to be behind the deed: "Israeli jets were behind it", "ISIS claimed the attack",
#: "the group took responsibility".
_BEHIND_RIGHT_RE = re.compile(
    # (past an aside between commas or brackets that says how the party told it: "ISIS, by way of its media arm,
    # claimed the attack", "the Islamic State (via its agency) claimed it")
    r"^\s*(?:(?:,|\()[^,.;()]{1,50}(?:,|\))\s*)?(?:[\w-]+\s+){0,2}?(?:(?:was|were|is|are)\s+(?:\w+\s+)?(?:behind|responsible)\b|claimed\b"
    r"|(?:took|takes|has\s+taken|have\s+taken)\s+responsibility\b)",
    re.IGNORECASE,
)
#: A party named as the owner of the unnamed weapon with reserve, the phrase taken whole as the party's mention
#: ("warplanes, likely to be Israeli", "a drone, believed to be Turkish"): the text puts the strike down to it.
_RESERVED_OWNER_RE = re.compile(
    r"\b(?:(?:said|believed|thought|suspected|reported)\s+to\s+be|likely|probably|possibly|presumably|apparently)\b", re.IGNORECASE
)
#: How far before a party's name its deed's words may start ("carried out by members of the ").
_DEED_BY_REACH = 60
#: How far after an incident's last sentence a claim of it may be told ("The Islamic State later claimed it.").
_CLAIM_AFTER_REACH = 300


def drop_parties_of_unnamed_attackers(clusters: list[EventMention], text: str, own_side: str | None = None) -> None:
    """An incident whose clause names its attackers as of no party ("unknown gunmen shot a former SDF member",
    "unidentified aircraft struck a convoy": :attr:`EventMention.unnamed_agent`) has no actor
    (docs/gold-format.md: attackers of no named party name none), whatever party a sentence merged into it or a
    step after named: the victims' side ("Unidentified assailants kill SDF fighter"), a party an aside says attacks
    in the area, one another attack was put down to. Unless its own sentences, or the text just after them, put the
    deed down to that party ("the ambush was carried out by ISIS fighters, police said", "likely carried out by
    Israel", "ISIS later claimed responsibility"), or the party is the side whose release the text is (``own_side``:
    "Unknown men fired on our post. Our members clashed with them", its own fight). Run last of the actor steps;
    each incident's evidence, and a bounded stretch after it, is read once: linear."""
    for cluster in clusters:
        if not cluster.unnamed_agent or not is_named_actor(cluster.actor) or cluster.actor == own_side:
            continue
        stretches = [text[start:end] for start, end in cluster.evidence]
        if cluster.evidence:  # (a claim told in the sentence after: "ISIS later claimed responsibility")
            last = max(end for _, end in cluster.evidence)
            stretches.append(text[last : last + _CLAIM_AFTER_REACH])
        if not any(_puts_the_deed_down_to(told, cluster.actor) for told in stretches):
            cluster.actor = None


def _puts_the_deed_down_to(told: str, party: str) -> bool:
    """Whether ``told`` names ``party`` as the one a deed was carried out by, behind it or claiming it
    (:data:`_DEED_BY_LEFT_RE`, :data:`_BEHIND_RIGHT_RE`), or as the owner of the unnamed weapon told with reserve
    (:data:`_RESERVED_OWNER_RE`)."""
    for mention in find_actor_mentions(told):
        if same_party(mention.name, party) and (
            _DEED_BY_LEFT_RE.search(told, max(0, mention.start - _DEED_BY_REACH), mention.start)
            or _BEHIND_RIGHT_RE.match(told[mention.end : mention.end + _DEED_BY_REACH])
            or _RESERVED_OWNER_RE.search(told, mention.start, mention.end)
        ):
            return True
    return False


def inherit_document_side(clusters: list[EventMention]) -> None:
    """A clash still told with no side ("clashes went on in the old quarter, killing four", "fighting raged around
    X") takes the one named party all the report's other incidents are put down to: a report of one side's war (the
    SDF's battle for a city, an ISIS cell's attacks on posts) tells its later fights without naming the side again,
    and coders name the side the report follows. Not when the report's incidents name two parties or none, nor for a
    clash whose clause names its attackers as of no party ("unknown gunmen attacked a post":
    :attr:`EventMention.unnamed_agent`) or is set apart ("Elsewhere, a post was attacked"). Run after the clash's own
    sides were read; two passes over the incidents: linear."""
    parties = {c.actor for c in clusters if is_named_actor(c.actor)}
    if len(parties) != 1:
        return
    party = next(iter(parties))
    for cluster in clusters:
        if (
            cluster.actor is None
            and cluster.event_type is EventType.ARMED_CLASH
            and not cluster.unnamed_agent
            and not SEPARATE_REPORT_RE.match(cluster.clause_text)
        ):
            cluster.actor = party


def drop_agents_named_as_hit(clusters: list[EventMention]) -> None:
    """An event whose own clause names its actor's party only as what was hit ("shells were fired at a base hosting US
    troops", "US forces in Syria were attacked by rockets") is not that party's: the actor came from another clause
    merged into it or carried to it (the reply told next, "US forces responded with artillery"; a campaign named
    before). It is left with none. Not for a clash, whose actor may be the side named among its dead
    (:func:`~mapapp.extract.arguments.clash_side`). One look at each incident's clause: linear."""
    for cluster in clusters:
        if (
            cluster.actor is not None
            and cluster.event_type is not EventType.ARMED_CLASH
            and is_named_actor(cluster.actor)
            and named_only_as_hit(cluster.clause_text, cluster.actor)
        ):
            cluster.actor = None


def drop_layers_of_remnants(clusters: list[EventMention], text: str) -> None:
    """A mine blast whose actor is the party another telling of it names as the mine's layer is nobody's: a headline's
    "ISIS landmine kills 13 shepherds" merged with the body's "a landmine left behind by the group exploded" is a
    remnant of the party's, whose blast no one carries out now (docs/gold-format.md: a mine a party left behind names
    no actor). Not when a telling has the party plant or set off the device ("a mine planted by ISIS"). Each
    incident's evidence is read once: linear."""
    for cluster in clusters:
        if (
            cluster.event_type is EventType.IED
            and cluster.actor is not None
            and is_named_actor(cluster.actor)
            and names_remnant_layer(" ".join(text[start:end] for start, end in cluster.evidence), cluster.actor)
        ):
            cluster.actor = None


# A party the text blames for the event just told, in a sentence of its own: "Officials blamed the militias (for the
# bombing)", "the council accused Turkey of carrying out the strike", "the attackers, believed to belong to an IS
# cell, fled" (the party's name right after the match), "ISIS was accused" (right before it).
_BLAMING_RE = compile_guarded(r"\b(?:blamed|blames|blaming|accused|accuses|accusing)\s+(?:the\s+)?(?=\S)", re.IGNORECASE)
_BELIEVED_OF_RE = compile_guarded(
    r"\b(?:attackers|assailants|gunmen|perpetrators|bombers?|killers|militants)(?:\s*,)?\s*(?:who\s+)?(?:were\s+|are\s+)?"
    r"(?:widely\s+|reportedly\s+)?(?:believed|thought|suspected|said)\s+to\s+(?:belong\s+to|be|have\s+been)\s+"
    r"(?:(?:members|fighters|part)\s+of\s+)?(?:(?:an?|the)\s+)?(?:(?:sleeper\s+)?cells?\s+(?:of|from)\s+(?:the\s+)?)?(?=\S)",
    re.IGNORECASE,
)
_BLAMED_BEFORE_RE = compile_guarded(
    r"\s+(?:was|were|is|are|has\s+been|have\s+been)\s+(?:(?:widely|also|immediately|quickly)\s+)?(?:blamed|accused)\b",
    re.IGNORECASE,
)
#: What may follow a blamed party for the blame to be of the event just told: the end of the sentence or its clause,
#: "for the attack", or an accusation "of carrying out the bombing" (not "accused X of arming the fighters": another deed).
_BLAME_OF_EVENT_RE = re.compile(
    r"(?:\s+(?:faction|group|militias?|forces|fighters|cells?|organi[sz]ation))?\s*(?:[.;,:!]|$"
    r"|for\s+(?:the|this|that|both|its|these|those)\s+(?:[\w-]+\s+)?(?:attacks?|bombings?|blasts?|explosions?|killings?|"
    r"strikes?|shelling|assassinations?|ambush|massacre|deaths?|murders?|incident)\b"
    r"|of\s+(?:(?:carrying\s+out|being\s+behind|killing|planting|firing|launching|shelling|attacking|targeting|bombing|"
    r"staging|committing|perpetrating)\b|(?:the|this|that)\s+(?:attack|bombing|killing|shelling|strike|massacre|assassination)\b))",
    re.IGNORECASE,
)
#: A blame not made or disputed: "officials did not blame anyone", "blamed the YPG, which denied any involvement" (two
#: development writers code no actor for a blame the blamed party denies).
_BLAME_DENIED_RE = re.compile(r"\b(?:not|never|no|denied|denies|deny|rejected)\b|n[’']t\b", re.IGNORECASE)
#: Ankara's blame of the Kurdish forces for a bombing in the areas it holds ("The Turkish ministry blamed the YPG"): its
#: enemy's name in a belligerent's statement, which three development writers code as no actor.
_TURKISH_BLAMER_RE = re.compile(r"\b(?:Turk\w*|Ankara)\b", re.IGNORECASE)
_KURDISH_FORCES = frozenset({"SDF", "PKK/YPG", "YPG"})
#: What may stand between the blaming words and the party's name: its adjectives ("the Turkish-backed Ahrar ..."),
#: or the people of the party it blames ("blamed women loyal to ISIS"), never a preposition alone ("accused of belonging
#: to ISIS": the suspects', not the blamed party).
_BLAMED_NAME_GAP_RE = re.compile(
    r"(?:(?:members|fighters|supporters|elements|cells|women|men)\s+(?:loyal\s+to|of|from)\s+(?:the\s+)?)?"
    r"(?:[A-Z][\w'’-]*\s+|[\w-]+-(?:backed|led|allied|affiliated|aligned)\s+){0,3}"
)
#: A blame hedged ("it was unclear whether", "may have been"): the text does not say the party did it.
_BLAME_HEDGED_RE = compile_guarded(
    r"\b(?:unclear|uncertain|whether|(?:may|might|could)\s+have|possibly|perhaps|speculat\w*)\b", re.IGNORECASE
)
#: A blame of a failure, not of the deed ("blamed the SDF for the deaths, saying its checkpoints failed to stop the
#: bomber", "blamed the council for the lack of shelters"): the victims' side, not the agent.
_BLAME_OF_FAILURE_RE = compile_guarded(
    r"\b(?:fail(?:ed|ing|s|ures?)?|lack\s+of|negligen\w*|lapses?|inaction|neglect\w*)\b", re.IGNORECASE
)
#: A blamed deed told with a time of its own ("a similar bombing in 2018", "last week"): another incident than the one
#: just told.
_OTHER_DEED_TIME_RE = compile_guarded(
    r"\b(?:similar|previous|earlier|another|former|last\s+(?:week|month|year)|(?:19|20)\d\d)\b", re.IGNORECASE
)
#: A place or day the blamed deed is told with ("for the attack on a bakery in Raqqa on Sunday"): when the incident's
#: own sentences do not name it, the blame is of another incident.
_DEED_PLACE_OR_DAY_RE = re.compile(r"\b(?:in|at|near|on|of)\s+(?:the\s+)?([A-Z][\w'’-]+)")
#: The words without which a sentence blames nobody (a cheap test before the patterns above).
_BLAME_WORD_RE = re.compile(r"blam|accus|believed|thought|suspected|said\s+to", re.IGNORECASE)
#: The kind of deed a blame names ("for the bombing", "of shelling"), and the incident types it can be: a blame of a
#: bombing after a shooting was told is not the shooting's.
_BLAMED_DEED_TYPES = (
    (
        re.compile(r"\b(?:bomb\w*|blasts?|explosions?|planting)\b", re.IGNORECASE),
        frozenset({EventType.IED, EventType.CAR_BOMB, EventType.SUICIDE_BOMB, EventType.OTHER}),
    ),
    (re.compile(r"\bshelling\b", re.IGNORECASE), frozenset({EventType.SHELLING, EventType.OTHER})),
    (
        re.compile(r"\bstrikes?\b", re.IGNORECASE),
        frozenset({EventType.AIRSTRIKE, EventType.DRONE_STRIKE, EventType.SHELLING, EventType.OTHER}),
    ),
)
#: How far past the blamed deed its clause is read for the time, place or day it is told with.
_BLAME_TAIL_REACH = 120
#: How many sentences before a blame the incident's text is read for the places and days it names.
_INCIDENT_TEXT_REACH = 6
#: How many sentences after an incident's last sentence the blame may be told.
_BLAME_WINDOW = 2
#: How far after the blaming words the party's name may start (past its adjectives: "the Turkish-backed ... faction").
_BLAMED_NAME_REACH = 40


def _of_the_event_told(sentence: str, start: int, incident_text: str, event_type: EventType) -> bool:
    """Whether what follows a blamed party from ``start`` keeps the blame on the event just told
    (:data:`_BLAME_OF_EVENT_RE`): a deed of its kind (:data:`_BLAMED_DEED_TYPES`, ``event_type``), with no time
    (:data:`_OTHER_DEED_TIME_RE`), place or day (:data:`_DEED_PLACE_OR_DAY_RE`) in the rest of its clause that the
    incident's own text (``incident_text``) does not tell."""
    found = _BLAME_OF_EVENT_RE.match(sentence, start)
    if found is None:
        return False
    for deed_re, types in _BLAMED_DEED_TYPES:
        if deed_re.search(found.group()) and event_type not in types:
            return False
    # (the rest of the blame's clause, "for the attack on a bakery in Raqqa on Sunday.", read a bounded length: a
    # run-on sentence of blames is read once, not to its end at each)
    tail = re.split(r"[.;]", sentence[found.end() : found.end() + _BLAME_TAIL_REACH], maxsplit=1)[0]
    if _OTHER_DEED_TIME_RE.search(tail):
        return False
    return all(named.group(1) in incident_text for named in _DEED_PLACE_OR_DAY_RE.finditer(tail))


def _blamed_party(sentence: str, incident_text: str, event_type: EventType) -> str | None:
    """The named party a sentence blames for the incident of ``event_type`` told in ``incident_text`` (:data:`_BELIEVED_OF_RE`,
    :data:`_BLAMING_RE`, :data:`_BLAMED_BEFORE_RE`), when what follows the party keeps the blame on that incident
    (:func:`_of_the_event_told`) and the blame is neither denied, hedged nor of a failure."""
    if not _BLAME_WORD_RE.search(sentence):
        return None
    if _BLAME_DENIED_RE.search(sentence):
        return None  # (a disputed blame names nobody: "Ankara blamed the YPG, which denied any role")
    if _BLAME_HEDGED_RE.search(sentence) or _BLAME_OF_FAILURE_RE.search(sentence):
        return None  # ("blamed ISIS, though it was unclear whether ...", "blamed the SDF for failing to stop the bomber")
    mentions = sorted((m for m in find_actor_mentions(sentence) if is_named_actor(m.name)), key=lambda m: m.start)
    if not mentions:
        return None
    mention_starts = [m.start for m in mentions]  # (in text order: the first after a match found by bisection)
    # (the attackers' clause names them and goes on with the sentence: "..., believed to belong to X, fled")
    for pattern, of_event in ((_BELIEVED_OF_RE, False), (_BLAMING_RE, True)):
        for found in pattern.finditer(sentence):
            at = bisect_left(mention_starts, found.end())
            after = mentions[at] if at < len(mentions) and mention_starts[at] <= found.end() + _BLAMED_NAME_REACH else None
            if after is None or _BLAMED_NAME_GAP_RE.fullmatch(sentence, found.end(), after.start) is None:
                continue
            if after.name in _KURDISH_FORCES and _TURKISH_BLAMER_RE.search(sentence, 0, found.start()):
                return None
            if not of_event or _of_the_event_told(sentence, after.end, incident_text, event_type):
                return after.name
    for mention in mentions:
        found = _BLAMED_BEFORE_RE.match(sentence, mention.end)
        if (
            found is not None
            and _of_the_event_told(sentence, found.end(), incident_text, event_type)
            and mention.name not in _KURDISH_FORCES
        ):
            return mention.name
    return None


def attribute_blamed_agents(readings: list[SentenceReading], clusters: list[EventMention]) -> None:
    """An incident told with no agent takes the party a sentence after it blames ("A bomb killed three in X. Officials
    blamed the militias.", "ISIS was accused.", "The council accused Turkey of carrying out the strike.", "The
    attackers, believed to belong to an IS cell, fled."), when that sentence opens no incident of its own, follows the
    incident's last sentence by at most two and no other incident was told between them. A blame of another deed
    ("accused X of arming the fighters", "blamed X for the bombing" after a shooting, "for the attack in Y last week")
    or of a failure, and a denied or hedged one, name nobody. Each sentence is read once, against at most
    :data:`_INCIDENT_TEXT_REACH` sentences before it: linear."""
    if not any(c.actor is None for c in clusters):
        return
    ordered = sorted(clusters, key=lambda c: c.evidence[0][0] if c.evidence else c.clause_span[0])
    starts = [c.evidence[0][0] if c.evidence else c.clause_span[0] for c in ordered]
    sentence_starts = [r.sentence.start for r in readings]
    reading_at = {r.index: position for position, r in enumerate(readings)}
    for reading in readings:
        before = bisect_right(starts, reading.sentence.start) - 1
        if before < 0 or starts[before] == reading.sentence.start:
            continue
        if before + 1 < len(starts) and starts[before + 1] < reading.sentence.end:
            continue  # (a sentence telling an incident of its own: its blame is that incident's)
        cluster = ordered[before]
        if cluster.actor is not None or not 0 <= reading.index - cluster.last_sentence_index <= _BLAME_WINDOW:
            continue
        if not _BLAME_WORD_RE.search(reading.text):
            continue
        # (the incident's own sentences up to the blame, for the places and days it names; at most a few sentences
        # back, so that a report of blames after one long incident stays linear)
        at = reading_at[reading.index]
        first = max(bisect_right(sentence_starts, starts[before]) - 1, at - _INCIDENT_TEXT_REACH, 0)
        party = _blamed_party(reading.text, " ".join(r.text for r in readings[first:at]), cluster.event_type)
        if party is not None:
            cluster.actor = party


__all__ = [
    "attribute_agency_claims",
    "attribute_blamed_agents",
    "attribute_suicide_bombings",
    "drop_agents_named_as_hit",
    "drop_grounded_air_strikers",
    "drop_parties_of_unnamed_attackers",
    "inherit_campaign_agent",
    "inherit_document_side",
    "inherit_document_striker",
    "resolve_definite_agents",
    "resolve_they_agents",
]
