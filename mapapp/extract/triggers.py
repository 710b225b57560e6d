"""Event words and the event type they give, read in their clause.

Contract: :func:`find_triggers` takes a clause's text and returns its event
words (:class:`TriggerHit`, offsets into the clause) without the negated
("thwarted attacks", "a car bomb was defused", "a bomb planted under a car was defused", "patrols avoided a
clash") or hypothetical ("threatened to strike") ones, a device disposed of ("a controlled detonation"), a
document ("the strike records") or a work stoppage ("teachers went on strike"); the word
lists are :data:`mapapp.extract.lexicon.TRIGGERS`. :func:`event_type_in_context`
takes the clause's most specific hit with the clause's actor, target and victims
and returns the event type (ACLED-like, :class:`mapapp.model.EventType`): a
generic word ("strikes", "bombing", "attack") is typed by its context, and
violence between armed parties is an armed clash while violence against
civilians is an attack (a named party's attack on a village or town is
fighting too: :func:`tells_village_assault` lets later stages know it). A bare
"in an operation" told as surgery ("died during an operation at the hospital")
is no raid.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from mapapp.extract.lexicon import (
    ACTOR_SCANNER,
    ADVANCE_ON_GROUND,
    AIR_ACTORS,
    ARSON_TRIGGER,
    BARE_OPERATION_TRIGGER,
    BATTLE_FOR_GROUND,
    CAPTURE_VERBS,
    CIVILIAN_WORDS,
    CLAIM_OF_RESPONSIBILITY,
    CLOSE_KILLING_WORDS,
    ENCIRCLE_VERBS,
    FIGHTING_AT_GROUND,
    FOUGHT_AT_GROUND,
    JOINT_ACTORS,
    MONTHS,
    PARTY_DRIVEN_OFF_PASSIVE,
    PASSIVE_BEFORE_RE,
    PERSON_NOUNS,
    STRAY_FIRE_WORDS,
    TAKEN_GROUND,
    TRIGGER_SCANNER,
    UNNAMED_ATTACKERS,
    WEAPON_OF_ANSWERED_BEFORE_RE,
    WEEKDAYS,
    Trigger,
    ascii_lower,
    compile_guarded,
    gated_search,
    is_named_actor,
)
from mapapp.model import AIR_TYPES, DEVICE_TYPES, EventType

# (An attack "repelled" or "repulsed" happened: it was fought off, a clash; a "thwarted" or "foiled" one did not.
# The negation reaches only its own object: not past a conjunction to the next clause's event, "an infiltration was
# thwarted and 3 terrorists neutralized".)
# ("without" too, with only a report's or a count's words between: "arrested five men without any clashes", "without
# reporting any clashes"; not "without warning, a car bomb ...": another clause's event)
_NEGATED_BEFORE_RE = compile_guarded(
    r"\b(?:thwarted|foiled|prevented|averted|defused|dismantled|denied|deny|denies)\s+(?:(?!(?:and|but|while|then)\b)\S+\s+){0,3}$"
    r"|\bwithout\s+(?:(?:reporting|recording|reports?\s+of|any|an?|single)\s+){0,3}$",
    re.IGNORECASE,
)

#: The modal verbs :data:`_HYPOTHETICAL_AFTER_RE` needs: a clause without any is not looked at after its event words.
_MODAL_WORDS = ("will", "would", "could", "might", "shall")

# A fight its parties kept from happening: "patrols avoid clash near X", "a line kept open so the two armies avoid
# clashes", "both sides avoided any confrontation" (a clash is the parties' own deed, so avoiding it means it did not
# happen; read for fighting words only: "families fled to avoid the shelling" flee a bombardment that happens; not a
# definite fight already told: "fled to avoid the clashes"; nor a fight others got away from: "families fled X to avoid
# fighting between A and B", "stayed indoors to avoid armed clashes", :data:`_ESCAPED_BEFORE_RE`).
_AVOIDED_BEFORE_RE = compile_guarded(
    r"\bavoid(?:s|ed|ing)?\s+(?:(?:an?|any|further|more|new|direct|armed|military|an\s+armed|a\s+direct|a\s+military)\s+)?$",
    re.IGNORECASE,
)
#: People leaving, hiding or staying away before "to avoid": they escape a fight that happens (the parties fight on).
_ESCAPED_BEFORE_RE = re.compile(
    r"\b(?:fle[de]|flees|fleeing|escap(?:e|ed|es|ing)|left|leav(?:e|es|ing)|stay(?:s|ed|ing)?|hid|hid(?:e|es|ing)|"
    r"shelter(?:s|ed|ing)?|evacuat(?:e|ed|es|ing))\b[^.;]*\bto\s+avoid\b",
    re.IGNORECASE,
)

_HYPOTHETICAL_BEFORE_RE = re.compile(
    r"\b(?:threaten(?:ed|s)? to|vow(?:ed|s)? to|plan(?:ned|s|ning)? to|would|could|(?-i:may)(?!\s+\d)|might|will|warn(?:ed|s)? of|"
    r"fears? of|risk of|in a bid to|aim(?:ed|s)? to|intend(?:ed|s)? to|prepar(?:ed|ing) (?:for|to)|capable of|incapable of|(?:preparing|planning|plotting) (?:an?|new|further|more)|"
    r"(?:is|are|was|were) (?:expected|going|about|set) to)\s+(?:\S+\s+){0,2}$",
    re.IGNORECASE,
)

# A work stoppage, not an attack: "went on strike", "a general strike", "teachers started a strike", "a hunger strike".
_WORK_STOPPAGE_BEFORE_RE = compile_guarded(
    r"\b(?:hunger|general|labou?r|workers['’]?|teachers['’]?|on|started|began|declared|staged|joined|called for)\s+"
    r"(?:an?\s+)?(?:general\s+|open-ended\s+|hunger\s+)?$",
    re.IGNORECASE,
)
_STRIKE_NOUN_RE = re.compile(r"strikes?", re.IGNORECASE)
# A document named by the strikes it lists, told in running text: "the strike release for May 3-9 will be published",
# "the weekly strike report" (a notice, no strike told). A release's title, "Coalition Strike Summary", keeps its
# strike word: it names the party whose strikes the release lists (:func:`.background.classify_release_strikes`).
_DOCUMENT_AFTER_RE = re.compile(r"\s+(?:releases?|summar(?:y|ies)|reports?|updates?)\b", re.IGNORECASE)
# Strike records and logs are documents whatever comes before them: "they checked the strike records", "the
# coalition's strike logs" (the records a civilian-harm assessment reviewed; no strike told).
_RECORDS_AFTER_RE = re.compile(r"\s+(?:records|logs)\b", re.IGNORECASE)
_DOCUMENT_DETERMINER_BEFORE_RE = re.compile(
    r"\b(?:the|this|that|next|last|previous|its|our|their)\s+(?:(?:weekly|monthly|daily|latest|next|previous|final)\s+)?$",
    re.IGNORECASE,
)

# An event word whose device or plot was stopped before it went off: "a second car bomb was defused", "the attack
# was foiled", "an IED that was found and dismantled", "a charge was found beneath a lorry by the bakery and dismantled
# by the police", "mines were discovered on the road and destroyed" (a device found, where it lay told between, then
# made safe: it never went off; not when a harm or a blast is told between: "found by shepherds, who were wounded, and
# removed").
_MADE_SAFE_PASSIVE = (
    r"\s+(?:(?:that|which)\s+)?(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:\w+\s+)?(?:"
    r"(?:found|discovered|located|spotted|uncovered)\s+"
    r"(?:(?!(?:and|but|killing|wounding|injuring|killed|wounded|injured|hurt|after|when|who|exploded|detonated)\b)"
    r"[\w'’,-]+\s+){0,8}?"
    r"and\s+(?:(?:was|were|then|later|safely|quickly)\s+){0,2}"
    r"(?:defused|dismantled|disarmed|neutrali[sz]ed|destroyed|removed|cleared|detonated\s+in\s+a\s+controlled)"
    r"|defused|dismantled|disarmed|foiled|thwarted|averted|neutrali[sz]ed)\b"
)
_NEGATED_AFTER_RE = re.compile(_MADE_SAFE_PASSIVE, re.IGNORECASE)
# The same passive past the participle phrase that tells where or how the device was left: "a bomb planted under a car
# in X was defused", "a mine left on the road near X was dismantled", "an IED hidden in a bag near the market was
# safely defused" (the participle after the event word, or the event word's own last word: "bomb planted under"). The
# phrase holds at most eight words and no comma, none a verb of a blast or a harm, no conjunction: not "a bomb planted
# in X exploded, killing two, and a second was defused", "a car bomb left five dead in X where a second was defused".
_LEFT_PARTICIPLE = r"planted|placed|left|laid|hidden|concealed|buried|rigged|attached|fitted|parked|found|discovered"
_LEFT_PARTICIPLE_RE = re.compile(rf"\b(?:{_LEFT_PARTICIPLE})\b", re.IGNORECASE)
_WHERE_LEFT_WORDS = (
    r"(?:\s+(?!(?:and|but|or|while|whereas|where|as|then|killing|wounding|injuring|killed|wounded|injured|dead|hurt|"
    r"exploded|detonated|went|blew|hit|struck|targeted|after|when|who|before|which|that|was|were|has|had|have)\b)"
    r"[\w'’-]+){0,8}?"
)
_MADE_SAFE_PAST_PARTICIPLE_RE = re.compile(rf"\s+(?:{_LEFT_PARTICIPLE}){_WHERE_LEFT_WORDS}{_MADE_SAFE_PASSIVE}", re.IGNORECASE)
_MADE_SAFE_PAST_WHERE_LEFT_RE = re.compile(rf"{_WHERE_LEFT_WORDS}{_MADE_SAFE_PASSIVE}", re.IGNORECASE)


def _made_safe_after(text: str, start: int, end: int) -> bool:
    """Whether the event word at ``text[start:end]`` is the subject of a passive that made its device safe
    (:data:`_NEGATED_AFTER_RE`), also past the participle phrase telling where it was left
    (:data:`_MADE_SAFE_PAST_PARTICIPLE_RE`, or :data:`_MADE_SAFE_PAST_WHERE_LEFT_RE` when the event word ends on the
    participle: "bomb planted under")."""
    if _NEGATED_AFTER_RE.match(text, end) or _MADE_SAFE_PAST_PARTICIPLE_RE.match(text, end):
        return True
    return _LEFT_PARTICIPLE_RE.search(text, start, end) is not None and _MADE_SAFE_PAST_WHERE_LEFT_RE.match(text, end) is not None


# (the event word the subject of a future, also past the phrase that names its target or place: "the battles against
# ISIS in the province will continue", "strikes on their positions would go on"; the phrase opens on a preposition and
# holds no verb of its own, no conjunction, no figure: not "strikes on X killed 12 and will continue"; a determiner in
# it follows a preposition, else it opens the future's own subject: not "the strike on X shows the attacks will
# continue", "the shelling of X means few people will come back")
_HYPOTHETICAL_AFTER_RE = re.compile(
    r"(?:\s+(?:against|on|in|of|near|around|across|at|along|into|targeting)"
    r"(?:\s+(?!(?:and|or|but|which|that|who|where|when|after|as|while|[\w'’-]*ed)\b)"
    r"(?:(?:against|on|in|of|near|around|across|at|along|into|by|from|for|with)\b"
    r"|[a-z][\w'’-]*(?!\s+(?:the|a|an|few|many|some|more|most|all|these|those|this|no|its|their|our)\b))){1,6})?"
    r"\s+(?:will|would|could|might|shall)\s+(?:\w+\s+)?(?:follow|come|continue|happen|go\s+on|carry\s+on|persist|resume)\b",
    re.IGNORECASE,
)
# The aircraft as the subject of a strike not done: "warplanes would carry out raids on the base if it fell", "jets
# will strike", "drones are expected to hit" (the aircraft word is the event word, so what stands before it says nothing).
_UNREALISED_AFTER_AIRCRAFT_RE = re.compile(
    r"\s+(?:will|would|could|might|shall|(?:is|are|was|were)\s+(?:expected|going|about|set)\s+to)\b", re.IGNORECASE
)

_DEFINITE_BEFORE_RE = compile_guarded(r"\b(?:the|this|that|these|those|such)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# "that" opening a reported clause, not pointing back: after a saying word ("activists said that gunmen opened
# fire"), or before an article or a number ("reported that an attack", "that two strikes"). A demonstrative
# "that" takes a singular noun, so "that ... gunmen" / "that ... strikes" is the conjunction too.
_THAT_CONJUNCTION_RE = compile_guarded(
    r"(?:\b(?:said|says|say|saying|reported|reports|reporting|stated|states|added|adds|confirmed|noted|explained|"
    r"claimed|announced|documented|learned|learnt|indicated|mentioned|revealed|alleged|believed|believe|believes|"
    r"showed|shows|know|known|clear|so)\s+that|\bthat\s+(?:an?|one|two|three|four|five|several|some|\d+))"
    r"\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_PLURAL_NOUN_RE = re.compile(r"(?:[^s]s|men)$", re.IGNORECASE)

#: An event word that opens on its verb ("destroyed a vehicle", "broke the siege", "responded to the sources of fire").
_LEADING_VERB_RE = re.compile(
    r"(?:destroy(?:ed|ing|s)?|broke|breaks?|breaking|broken|responded|responding|replied|retaliated|reacted|targeting|"
    r"targeted|targets|returned)\s",
    re.IGNORECASE,
)
_VERB_FORM_RE = compile_guarded(r"(?:ed|struck|fire|dead|down|up|off)$", re.IGNORECASE)
# an event word that is a noun and its verb ("bomb went off", "car exploded", "fighting erupted"): the noun carries
# the article
_NOUN_THEN_VERB_RE = re.compile(
    r"(?:(?:car|roadside|explosive|improvised)\s+)?(?:bombs?|devices?|(?:land)?mines?|ieds?|cars?|vehicles?|motorcycles?|fighting)\s",
    re.IGNORECASE,
)

# A device made safe by its owners' engineers, told with a blast word: "the controlled detonation of old shells",
# "a controlled explosion near the camp" (disposal, no attack). Right before the event word, "controlled" qualifies
# only a blast word (:data:`_DISPOSAL_BLAST_RE`): not "ISIS-controlled", "ISIS controlled shelling" (a party's
# ground), nor a device set off from afar ("a remote controlled bomb", "a remotely controlled explosion").
_CONTROLLED_DISPOSAL_OF_BEFORE_RE = re.compile(
    r"(?<![\w-])(?<!remote\s)(?<!remotely\s)(?<!radio\s)controlled\s+"
    r"(?:detonations?|explosions?|blasts?|demolitions?|disposal|destruction)\s+of\s+(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
_CONTROLLED_RIGHT_BEFORE_RE = re.compile(
    r"(?<![\w-])(?<!remote\s)(?<!remotely\s)(?<!radio\s)controlled\s+$", re.IGNORECASE
)
_DISPOSAL_BLAST_RE = re.compile(r"(?:detonations?|explosions?|blasts?)\b", re.IGNORECASE)


def _controlled_disposal(text: str, start: int, before: str) -> bool:
    """Whether the event word at ``text[start:]`` is a device disposed of by engineers: the object of "the controlled
    detonation of" (:data:`_CONTROLLED_DISPOSAL_OF_BEFORE_RE`), or a blast word right after "controlled"."""
    if _CONTROLLED_DISPOSAL_OF_BEFORE_RE.search(before):
        return True
    return _CONTROLLED_RIGHT_BEFORE_RE.search(before) is not None and _DISPOSAL_BLAST_RE.match(text, start) is not None

# A device or vehicle told as the subject of a passive "was neutralized by": stopped before it went off (not a
# vehicle word that only qualifies the person who is the subject: "a truck driver was shot", "a car owner")
_DEVICE_BEFORE_RE = re.compile(
    r"\b(?:cars?|vehicles?|trucks?|motorcycles?|bombs?|devices?|ieds?|mines?|explosives?|drones?|vbieds?|rockets?|"
    r"missiles?)\b(?!\s+(?:drivers?|riders?|owners?|passengers?|operators?|pilots?|dealers?|sellers?|traders?|mechanics?)\b)"
    r"[^.;]{0,40}$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class TriggerHit:
    """An event word found in a clause (offsets into the clause text)."""

    start: int
    end: int
    text: str
    trigger: Trigger

def find_triggers(text: str) -> list[TriggerHit]:
    """Event words in a clause, without the negated ("thwarted attacks") or hypothetical ("threatened to strike") ones,
    relief air drops, nor strikes told as the support of the clause's ground action ("troops backed by Russian jets
    captured the hill")."""
    return list(_find_triggers(text))

@lru_cache(maxsize=512)
def _find_triggers(text: str) -> tuple[TriggerHit, ...]:
    # cached: a clause is scanned when the sentence is cut into clauses and again when it is read
    hits: list[TriggerHit] = []
    lowered = ascii_lower(text)
    modal = any(word in lowered for word in _MODAL_WORDS)  # (a cheap gate before the future after each event word)
    for start, end, trigger in TRIGGER_SCANNER.finditer(lowered):
        before = text[max(0, start - 40) : start]
        if _HYPOTHETICAL_BEFORE_RE.search(before):
            continue
        if (
            trigger.event_type is EventType.ARMED_CLASH
            and _AVOIDED_BEFORE_RE.search(before)
            and not _ESCAPED_BEFORE_RE.search(text, max(0, start - 80), start)
        ):
            continue  # "patrols avoid clash near X": the fight did not happen
        negated = _NEGATED_BEFORE_RE.search(before)
        if negated is not None:
            if not _fought_off(text, negated.group(0), start, end):
                continue
            trigger = _FOUGHT_OFF_TRIGGER  # an assault fought off at a party's ground: a clash
        if _STRIKE_NOUN_RE.fullmatch(text, start, end) and _WORK_STOPPAGE_BEFORE_RE.search(before):
            continue  # "teachers went on strike": a work stoppage
        if (
            _STRIKE_NOUN_RE.fullmatch(text, start, end)
            and _DOCUMENT_AFTER_RE.match(text, end)
            and _DOCUMENT_DETERMINER_BEFORE_RE.search(before)
        ):
            continue  # "the strike release for the week will be published": a document
        if _STRIKE_NOUN_RE.fullmatch(text, start, end) and _RECORDS_AFTER_RE.match(text, end):
            continue  # "going through the strike records of the month": the records, not a strike
        if modal and _HYPOTHETICAL_AFTER_RE.match(text, end):
            continue  # "more strikes will follow"
        if _AIRCRAFT_NOUN_RE.fullmatch(text, start, end) and (
            _FLYING_BEFORE_RE.search(before) or FLYING_AFTER_RE.match(text, end)
        ):
            continue  # "amid heavy flying of coalition warplanes", "drones hovered over the town": seen, not striking
        if _AIRCRAFT_NOUN_RE.fullmatch(text, start, end) and _UNREALISED_AFTER_AIRCRAFT_RE.match(text, end):
            continue  # "warplanes would carry out raids on the base if it fell": a strike not done
        if trigger.pattern == CAPTURE_VERBS and not _ground_taken(text, start, end):
            continue  # "captured an ISIS emir", "seized weapons": people or goods taken, no ground fought for
        if trigger == TAKEN_GROUND and not _TAKEN_GROUND_AFTER_RE.match(text, end):
            continue  # "had taken the decision", "has taken him to hospital": no ground taken
        if trigger in _GROUND_AFTER_TRIGGERS and not _ground_after(text, end):
            continue  # "fought in the war", "fighting with the council in court", "advanced to the final": no ground
        if trigger in (ADVANCE_ON_GROUND, FOUGHT_AT_GROUND) and not _force_before(text, start):
            continue  # "the harvest advanced near X", "residents fought on the streets for water": no force
        if (
            trigger.pattern == BATTLE_FOR_GROUND
            and _MOVE_INTO_RE.match(text, start)
            and not (_force_before(text, start) or _CAMPAIGN_BEFORE_RE.search(text, max(0, start - 30), start))
        ):
            continue  # "the pound broke through the 10,000 mark", "floodwaters pushed into the quarter": no force
        if _made_safe_after(text, start, end):
            continue  # "a second car bomb was defused", "a bomb planted in X was defused": it never went off
        if _controlled_disposal(text, start, before):
            continue  # "the controlled detonation of old ordnance": engineers disposing of it, no attack
        if text[start : start + 4].lower() in ("was ", "were") and _DEVICE_BEFORE_RE.search(before):
            continue  # "a booby-trapped car was neutralized by our units": a device stopped, no fight
        if _AIR_DROP_RE.fullmatch(text, start, end) and _RELIEF_RE.search(text, max(0, start - _RELIEF_WINDOW), end + _RELIEF_WINDOW):
            continue  # "the garrison was fed by air drops for months": relief dropped, not troops landed
        if trigger is BARE_OPERATION_TRIGGER and _told_as_surgery(text, start, end):
            continue  # "the wounded man died during an operation at the hospital": surgery, no raid
        if (
            trigger.event_type in DEVICE_TYPES
            and _SEIZED_BEFORE_RE.search(before)
            and not _DEVICE_OWN_VERB_AFTER_RE.match(text, end)
        ):
            continue  # "seizing explosive belts", "confiscated two IEDs": devices taken, none went off
        if trigger.event_type in _MADE_OR_KEPT_TYPES and _MAKING_SITE_AFTER_RE.match(text, end):
            # "a strike on an ISIS VBIED facility", "an IED factory", "rocket and drone storage facilities": the place
            # they are made or kept, hit
            continue
        hits.append(TriggerHit(start, end, text[start:end], trigger))
    if len(hits) > 1:
        # "troops backed by Russian jets captured the hill", "factions, supported by Turkish drones,
        # attacked their posts": the strikes are the support of the ground fighting the clause tells, not its event
        # (kept when the clause tells nothing else)
        supported = [hit for hit in hits if _told_as_support(text, hit)]
        if supported and len(supported) < len(hits):
            hits = [hit for hit in hits if hit not in supported]
    return tuple(hits)


#: An air drop (of troops: a raid from the air, unless relief is what was dropped).
_AIR_DROP_RE = re.compile(r"air[- ]?drops?", re.IGNORECASE)
#: What a relief flight drops: "air drops of food", "flour and medicines came in by air drops".
_RELIEF_RE = re.compile(r"\b(?:aid|supplies|supply|food|relief|humanitarian|medicines?|provisions|rations)\b", re.IGNORECASE)
#: How far from an air drop the relief it carried may be named (characters, either side).
_RELIEF_WINDOW = 60

#: The doctors, wounds and wards told just before a bare "in an operation" when it is surgery ("doctors removed the
#: shrapnel in an operation", "a wounded man taken to hospital died during an operation").
_SURGERY_BEFORE_RE = re.compile(
    r"\b(?:doctors?|surgeons?|surgery|surgical|medics?|physicians?|hospitals?|clinics?|shrapnel|amputat\w*)\b", re.IGNORECASE
)
#: How far before a bare operation its surgery may be told (characters).
_SURGERY_WINDOW = 60
#: A bare operation's place a ward ("died in an operation at the clinic"), or its object the body ("an operation on
#: his leg").
_SURGERY_AFTER_RE = re.compile(
    r" (?:at|in|inside) (?:an? |the )?(?:[\w'’-]+ ){0,3}?(?:hospitals?|clinics?|infirmar(?:y|ies))\b|"
    r" on (?:his|her|their) (?:[\w-]+ )?(?:legs?|arms?|hands?|feet|foot|eyes?|head|chest|back|spine|stomach|abdomen)\b",
    re.IGNORECASE,
)


def _told_as_surgery(text: str, start: int, end: int) -> bool:
    """Whether the bare operation at ``text[start:end]`` is surgery: a doctor, a wound or a ward told just before it,
    or a ward or a body part just after ("died during an operation at the hospital", "an operation on his leg")."""
    return bool(
        _SURGERY_BEFORE_RE.search(text, max(0, start - _SURGERY_WINDOW), start) or _SURGERY_AFTER_RE.match(text, end)
    )

#: The air or fire support a ground force had: "backed by Russian air strikes", "supported by Turkish drones", "with
#: the support of the coalition's aircraft", "under the cover of Russian warplanes" (what stands before the weapon word).
_SUPPORT_BEFORE_RE = re.compile(
    r"\b(?:(?:backed|supported|aided|assisted|helped|covered)\s+by|(?:with|under)\s+(?:the\s+)?(?:(?:air|aerial)\s+)?"
    r"(?:support|help|backing|cover)\s+(?:of|from))\s+(?:the\s+)?(?:[\w.'’“”\"-]+\s+){0,4}$",
    re.IGNORECASE,
)
#: How far before the weapon word a support phrase may open (characters).
_SUPPORT_WINDOW = 70
#: Strikes told as what came before the clause's event: "troops press toward X after Russian air strikes".
_PRIOR_BEFORE_RE = compile_guarded(r"\b(?:after|following)\s+(?:the\s+|days\s+of\s+|weeks\s+of\s+)?(?:[\w.-]+\s+){0,2}$", re.IGNORECASE)
#: Strikes told with a deed of their own after them: "after air strikes hit the market", ", killing four".
_STRIKES_OWN_DEED_RE = compile_guarded(
    r"\s+(?:had\s+|have\s+|also\s+)?(?:hit|struck|pounded|targeted|bombed|destroyed|levell?ed|razed|killed|wounded)\b"
    r"|[^.;]*?,\s+(?:killing|wounding|injuring|leaving)\b",
    re.IGNORECASE,
)
#: A ground force's advance, told beside the air support it had ("entered the town", "advanced along two axes", "the
#: offensive", "pushed deeper"): no event word of its own, the fight the strikes backed.
_GROUND_ADVANCE_RE = compile_guarded(
    r"\b(?:enter(?:ed|ing|s)?|advanc(?:e|ed|es|ing)|offensives?|(?:push|press)(?:ed|es|ing)?\s+(?:deeper|into|towards?|on)|"
    r"stormed|storming|swept\s+(?:into|through)|mov(?:ed|ing)\s+into|progress(?:ed)?)\b",
    re.IGNORECASE,
)


def _told_as_prior(text: str, hit: TriggerHit, victims: str | None) -> bool:
    """True when an air or drone strike word is told as what came before a ground advance told ahead of it ("troops
    press toward X after Russian air strikes"), the strikes doing nothing of their own ("after air strikes hit the
    market", "..., killing four") and no civilian dying ("ten civilians were killed after air strikes")."""
    return (
        hit.trigger.event_type in AIR_TYPES
        and _PRIOR_BEFORE_RE.search(text, max(0, hit.start - 30), hit.start) is not None
        and _GROUND_ADVANCE_RE.search(text, 0, hit.start) is not None
        and _STRIKES_OWN_DEED_RE.match(text, hit.end) is None
        and not (victims and _CIVILIAN_VICTIM_RE.search(victims))
    )


def _told_as_support(text: str, hit: TriggerHit) -> bool:
    """True when an air or drone strike word is told as the support a ground force was backed by."""
    if hit.trigger.event_type not in AIR_TYPES:
        return False
    return _support_before(text, hit.start)


def _support_before(text: str, start: int) -> bool:
    """True when a support phrase ("backed by", "with the support of") stands just before ``text[start:]``."""
    before = text[max(0, start - _SUPPORT_WINDOW) : start]
    return ("by" in before or "of" in before or "from" in before) and _SUPPORT_BEFORE_RE.search(before) is not None


#: "counter-" before an attack word: a counter-attack answers a force's advance, fighting between armed parties.
_COUNTER_BEFORE_RE = re.compile(r"\bcounter[- ]?$", re.IGNORECASE)


def armed_party_victims(victims: str | None) -> bool:
    """True when the victims read are an armed party's members ("seven Turkish soldiers", "two SDF fighters") and no
    civilians."""
    return victims is not None and bool(_ARMED_VICTIM_RE.search(victims)) and not _UNARMED_VICTIM_RE.search(victims)


def assaulted_party(assaulted: str) -> EventType | None:
    """What an assault told on ``assaulted`` (the words after "attacked") was, by its object: a fight when they name an
    armed party's site or forces ("an SDF post", "army troops", "the base"), an attack when they name people of no
    armed party ("a shepherd", "farmers"), None when they name neither or nobody ("attacked nobody")."""
    if _NOBODY_RE.match(assaulted):
        return None
    words = re.findall(r"[a-z]+", assaulted.lower())
    if _ARMED_VICTIM_RE.search(assaulted) or any(word in _MILITARY_TARGET_HEADS for word in words):
        return EventType.ARMED_CLASH
    return EventType.ATTACK if any(word in PERSON_NOUNS for word in words) else None


#: An object that names nobody: "attacked nobody", "no one", "none of them".
_NOBODY_RE = re.compile(r"\s*(?:nobody|no\s+one|none|nothing|no)\b", re.IGNORECASE)


def _air_support_told(text: str) -> bool:
    """True when the clause tells drones or aircraft as the support of a ground force ("backed by coalition jets")
    and names none as a weapon of its own."""
    supports = [
        _support_before(text, found.start()) for pattern in (_DRONE_RE, _AIRCRAFT_RE) for found in pattern.finditer(text)
    ]
    return bool(supports) and all(supports)


#: How far before a weapon word the phrase naming an answered event may open (characters).
_ANSWERED_WEAPON_WINDOW = 60
#: How far after the weapon word the answered event's own noun may stand ("a drone attack", "a drone strike").
_ANSWERED_EVENT_WORD_REACH = 15


def _named_as_weapon(pattern: re.Pattern[str], text: str, event_at: int | None = None) -> bool:
    """True when ``pattern`` (a weapon's words: drones, aircraft) occurs in the clause as the weapon of its event: not
    as the support a ground force had ("factions attacked the village, supported by Turkish drones"), nor, when the
    clause's event word stands at ``event_at`` outside it, as the weapon of the event the strikes answered ("the
    strikes came in retaliation for an attack by drones on the base": the other side's drone), nor as the weapons a
    site struck makes or keeps ("strikes hit drone storage facilities"). (Bounded look-behind per occurrence: linear.)"""
    for found in pattern.finditer(text):
        start = found.start()
        if _support_before(text, start):
            continue
        if _KEPT_WEAPON_AFTER_RE.match(text, found.end()):
            continue  # "strikes hit rocket and drone storage facilities": the drones were what was hit
        if event_at is not None:
            answered = WEAPON_OF_ANSWERED_BEFORE_RE.search(text, max(0, start - _ANSWERED_WEAPON_WINDOW), start)
            if answered is not None and not answered.start() <= event_at <= found.end() + _ANSWERED_EVENT_WORD_REACH:
                continue  # (the clause's event word is the answered event's own: "in response to a drone attack")
        return True
    return False

def names_air_weapon(text: str) -> bool:
    """Whether ``text`` names aircraft or drones as a weapon ("coalition jets bombing", "Turkish drone strikes"), not
    only as the support of a ground force ("fighters supported by Turkish drones")."""
    return _named_as_weapon(_AIRCRAFT_RE, text) or _named_as_weapon(_DRONE_RE, text)


# An assault on a party's ground "thwarted" or "foiled" is fought off, a clash ("thwarted an attack launched by ISIS on
# their positions near X", "foiled an infiltration attempt by the factions near the village of X"), not prevented as a
# bomb or a plot is ("foiled an attempt to plant a device", "thwarted a planned attack"). The ground may be one of a
# party's several ("foiled a cell's attack on one of our posts").
# (the day may stand between: "thwarted on Wednesday an infiltration attempt")
_FOUGHT_OFF_VERB_RE = re.compile(
    r"\s*(?:thwarted|foiled)\s+(?:(?:on\s+\w+|yesterday|today|overnight|last\s+night|at\s+dawn)\s+)?"
    # (one describing word before the assault, as the whole-clause reading allows: "foiled a fierce attack")
    r"(?:an?\s+|the\s+|two\s+|several\s+)?(?:(?-i:[a-z][\w-]*)\s+)?$",
    re.IGNORECASE,
)
_ASSAULT_WORD_RE = re.compile(r"(?:(?:counter-?)?attacks?|assaults?|infiltration\s+(?:attempts?|attacks?|operations?))$", re.IGNORECASE)
_ON_GROUND_AFTER_RE = re.compile(
    r"\s+(?:(?:launched|carried\s+out|mounted|waged)\s+)?(?:by\s+(?:[\w'’/-]+\s+){1,5}?)?"
    r"(?:on|against|targeting|near|in|towards?)\s+(?:(?:one|some|two|three|several)\s+of\s+)?"
    r"(?:(?:their|our|its|the|an?|two|several)\s+)?(?:[\w'’‐–-]+\s+){0,3}?"
    r"(?:positions?|points?|posts?|bases?|checkpoints?|outposts?|lines|fronts?|villages?|town|area|headquarters|barracks|"
    # (a border the attackers crossed at, or a unit the attack targeted: "an attack on the borders near X", "an attack
    # by a cell targeting the X Brigade": fought off where the unit stood)
    r"sites?|village\s+of|town\s+of|borders?|brigade|battalion|regiment|units?|patrol|convoy)\b",
    re.IGNORECASE,
)


_ASSAULT_FOUGHT_OFF_RE = compile_guarded(
    r"\b(?:thwarted|foiled)\s+(?:an?\s+|the\s+|two\s+|several\s+)?(?:[\w-]+\s+)?"
    r"(?:(?:counter-?)?attacks?|assaults?|infiltration\s+(?:attempts?|attacks?|operations?))" + _ON_GROUND_AFTER_RE.pattern,
    re.IGNORECASE,
)


# The means of the foiling told after the assault: an arrest of the would-be attackers ("foiled an attack on a
# post near X after detaining two men carrying grenades", "thwarted an attack on the base by arresting the cell"): a
# plot stopped before it was carried out, not an assault fought off.
_PREVENTED_BY_ARREST_RE = compile_guarded(
    r"\b(?:after|by|with|through|following)\s+(?:the\s+)?(?:arrest(?:ing|s)?|detain(?:ing)?|detention|captur(?:ing|e)|"
    r"apprehen(?:ding|sion)|round(?:ing)?\s+up)\b",
    re.IGNORECASE,
)
#: How far after the assault word its foiling by an arrest may be told (characters).
_PREVENTED_BY_ARREST_WINDOW = 120
#: What ends the part of the clause the foiling is told in: its arrest is told before it.
_PART_END_RE = re.compile(r"[,;.]")


def _prevented_by_arrest(text: str, end: int) -> bool:
    """True when the text, within :data:`_PREVENTED_BY_ARREST_WINDOW` after ``end`` (the assault word's end) and
    before the next comma or stop, tells the assault stopped by an arrest (:data:`_PREVENTED_BY_ARREST_RE`): not an
    arrest told in a part of its own after the fight ("foiled an attack on the post, and two attackers were killed
    following the capture of their leader")."""
    window = _PART_END_RE.split(text[end : end + _PREVENTED_BY_ARREST_WINDOW], maxsplit=1)[0]
    return gated_search(_PREVENTED_BY_ARREST_RE, window) is not None


def tells_assault_fought_off(text: str) -> bool:
    """True when the text tells an assault on a party's ground "thwarted" or "foiled": fought off, it happened (not
    one stopped by the arrest of its would-be attackers, :func:`_prevented_by_arrest`)."""
    lowered = text.lower()
    if not ("thwarted" in lowered or "foiled" in lowered):
        return False
    found = _ASSAULT_FOUGHT_OFF_RE.search(text)
    return found is not None and not _prevented_by_arrest(text, found.end())


_FOUGHT_OFF_TRIGGER = Trigger(r"(?:thwarted|foiled) (?:assault)", EventType.ARMED_CLASH, 5.5)


def _fought_off(text: str, negation: str, start: int, end: int) -> bool:
    """True when a "thwarted/foiled" before the event word tells an assault fought off at a party's ground."""
    return (
        _FOUGHT_OFF_VERB_RE.search(negation) is not None
        and _ASSAULT_WORD_RE.match(text, start, end) is not None
        and _ON_GROUND_AFTER_RE.match(text, end) is not None
        and not _prevented_by_arrest(text, end)
    )


# Ground as the object of a capture verb: "the village of", "the town", "most of the city", "the strategic hill", a name
# ("Dashisha", "al-Romaniyah", "the al-Romaniyah neighborhood"), not an acronym ("ISIS fighters") nor a person.
_GROUND_WORDS = (
    r"(?:villages?|towns?|cit(?:y|ies)|neighbou?rhoods?|distric?ts?|quarters?|hills?|mountains?|areas?|regions?|airports?|"
    r"air\s?bases?|bases?|dams?|(?:oil\s?|gas\s?)?fields?|bridges?|crossings?|positions?|posts?|countryside|outskirts|"
    r"centre|center|settlements?|hamlets?|localit(?:y|ies)|highway|road|roads|camp|prison|enclave|pocket|island|territory|ground|"
    r"stronghold|bastion|headquarters|farms?|silos?|junction|heights?|front|line)"
)
#: A word that may describe ground before its word ("major", "border", "al-Omar", "SDF"): not a preposition.
_DESCRIBING_WORDS = r"(?:(?!(?:of|in|near|at|on|from|and|with|by|for|to)\s)[A-Za-z][\w'’-]*\s+)"
_GROUND_OBJECT_AFTER_RE = re.compile(
    r"\s+(?:(?:most|much|all|parts?|large\s+parts|half|control|the\s+rest|the\s+remainder)\s+of\s+)?(?:the\s+)?"
    r"(?:(?:strategic|key|nearby|last|remaining|entire|whole|besieged|eastern|western|northern|southern|central|old|main|"
    r"neighbouring|neighboring|adjacent|two|three|four|five|several|\w+-held|\w+-controlled)\s+){0,2}"
    # up to three describing words before a word of ground: "the last major town", "a small border village", the party
    # holding it ("several SDF positions")
    r"(?:" + _DESCRIBING_WORDS + r"{0,3}" + _GROUND_WORDS + r"\b|(?!(?:Abu|Emir|Sheikh|Commander|General|Colonel)\b)(?:[a-z]{1,3}-)?[A-Z](?![A-Z]{1,5}\b))"
)
# ... or its subject, when the verb is passive: "Ras al-Ain town center was taken under control", "Hajin was retaken"
# (not an acronym: "no SDF fighter was captured", "SDF was captured" is a person or party).
_GROUND_SUBJECT_BEFORE_RE = compile_guarded(
    r"(?:\b" + _GROUND_WORDS + r"|\b[A-Z][a-z][\w'’-]*\)?)\s+(?:was|were|(?:has|have|had)\s+been|is|are|being)\s+"
    r"(?:(?:fully|completely|finally|now|also|reportedly)\s+)?$"
)


_DESCRIBING_PARTICIPLE_BEFORE_RE = compile_guarded(
    r"\b(?:newly|recently|already|previously|once|the|an?|its|their|his|her)\s+$", re.IGNORECASE
)


#: The triggers of a fight, an advance or a party driven off told where it is, whose preposition must be followed by
#: ground.
_GROUND_AFTER_TRIGGERS = (FOUGHT_AT_GROUND, FIGHTING_AT_GROUND, ADVANCE_ON_GROUND, PARTY_DRIVEN_OFF_PASSIVE)
#: A part of a place before its name or word ("the edge of the city", "the entrance of X", "the gates of the town").
_PART_OF_GROUND_RE = re.compile(
    r"\s+(?:the\s+|its\s+|their\s+)?(?:(?:eastern|western|northern|southern)\s+)?(?:edges?|entrances?|gates?|"
    r"outskirts|heart|vicinity|surroundings|walls?|perimeter|streets|approaches|fringes)\s+of(?=\s)",
    re.IGNORECASE,
)
#: A site fought at or around, beside the words of ground a capture takes ("the stadium", "the city's hospital").
_FIGHT_SITE_AFTER_RE = re.compile(
    r"\s+(?:the\s+|an?\s+)?(?:[a-z][\w'’-]*\s+){0,2}?(?:stadium|hospital|roundabout|square|prison|silos?|"
    r"factory|refinery|oil\s?field|gas\s?field|station|school|mosque|market|airport|bridge|dam|compound|building)\b",
    re.IGNORECASE,
)


#: A day or a month after the preposition: a time, not ground, though capitalised ("advanced on Monday", "pushed on
#: Sunday for talks").
_TIME_AFTER_RE = re.compile(
    r"\s+(?:" + "|".join(sorted((*WEEKDAYS, *MONTHS), key=len, reverse=True)) + r")\b", re.IGNORECASE
)


def _ground_after(text: str, end: int) -> bool:
    """True when ground follows ``text[:end]`` (a preposition after "fought", "fighting", an advance or a party driven
    off): a place named or a word of ground ("around the town of", "on the road near", "at the entrance of X", "around
    the city's stadium"); not a day or a month (:data:`_TIME_AFTER_RE`)."""
    if _TIME_AFTER_RE.match(text, end):
        return False
    part = _PART_OF_GROUND_RE.match(text, end)
    if part is not None:
        end = part.end()
    return _GROUND_OBJECT_AFTER_RE.match(text, end) is not None or _FIGHT_SITE_AFTER_RE.match(text, end) is not None


#: How far before an advance or a fight the force told with it may be named (characters).
_FORCE_BEFORE_WINDOW = 60
#: A force told before an advance or a fight, as its subject or its owner: a word of armed men or of two sides
#: ("troops advanced on X", "the Kurdish-led force pushed into Z", "Kurds push near Y", "the gunmen and the police fought around Z", "as they fought street
#: by street") or the advance as a noun after its determiner ("its advance inside the pocket", "launched the push on
#: Z", "lead advance on").
_FORCE_BEFORE_RE = compile_guarded(
    r"\b(?:forces|force|troops|units|fighters|militants|commandos|soldiers|army|rebels|insurgents|jihadists|militias?|"
    r"factions|kurds|group|tanks|columns?|gunmen|mercenaries|tribesmen|clansmen|sides|they)\b[^.;:]*$|"
    r"\b(?:its|their|the|final|an?|new|fresh|lead|launched)\s+$",
    re.IGNORECASE,
)


#: The movement words of :data:`BATTLE_FOR_GROUND` ("advanced into", "pushed deeper into", "broke through", "stormed
#: into"): a battle only when a force moves (:func:`_force_before`) or a campaign is told as their subject ("the
#: offensive pushed into the town"); not a currency breaking through a mark, nor water or a bill pushing into or
#: through a place.
_MOVE_INTO_RE = re.compile(r"(?:advanc|push|press|storm|brok|break)", re.IGNORECASE)
_CAMPAIGN_BEFORE_RE = compile_guarded(
    r"\b(?:offensives?|assaults?|operations?|campaign|advance|push)\s+(?:has\s+|had\s+|have\s+)?$", re.IGNORECASE
)


def _force_before(text: str, start: int) -> bool:
    """True when a force is told just before the advance or fight at ``start``: a word of armed men, of two sides, or
    the noun's determiner (:data:`_FORCE_BEFORE_RE`), or a named armed party ("SDF pushes into X", "YPG advances south
    of Y"). Not prices, talks, a harvest or a storm front advancing, nor residents, medics or a veteran fighting."""
    window = text[max(0, start - _FORCE_BEFORE_WINDOW) : start]
    if _FORCE_BEFORE_RE.search(window):
        return True
    return any(is_named_actor(name) for _start, _end, name in ACTOR_SCANNER.finditer(ascii_lower(window)))


#: The ground "taken" takes: a word of towns, fields or bases that ends its phrase ("had taken al-Omar oilfield", "have
#: taken two villages east of X"; not "the village bus", "the town's children", nor a road or a person taken).
_TAKEN_GROUND_AFTER_RE = re.compile(
    r"\s+(?:(?:most|much|all|parts?|half|the\s+rest)\s+of\s+)?" + _DESCRIBING_WORDS + r"{0,3}"
    r"(?:villages?|towns?|cit(?:y|ies)|neighbou?rhoods?|districts?|hills?|airports?|air\s?bases?|bases?|dams?|"
    r"(?:oil\s?|gas\s?)fields?|strongholds?|silos?|headquarters|(?:border\s+)?crossings?)"
    r"(?=\s*(?:[,.;:)(]|$)|\s+(?:of|in|near|on|from|east|west|north|south|after|and|with|which|where|as|before|"
    r"following|late|early|last|this|yesterday|today)\b)"
)


#: A guarded site taken under control, after "control of/over": "took control of an SDF checkpoint", "took full control
#: of the hospital" (held as ground in a fight, as the golds of three collections code it an armed clash; only after
#: the control phrase: "captured a checkpoint guard" is a person taken).
_CONTROLLED_SITE_AFTER_RE = re.compile(
    r"\s+(?:(?:the|an?|two|three|several)\s+)?(?:[\w'’-]+\s+){0,2}?(?:checkpoints?|hospitals?)\b"
    r"(?!\s+(?:guards?|staff|directors?|workers?|doctors?|employees?|officials?|patients?)\b)",
    re.IGNORECASE,
)


#: An encircling verb (:data:`~mapapp.extract.lexicon.ENCIRCLE_VERBS`), told apart among the capture verbs.
_ENCIRCLE_RE = re.compile(ENCIRCLE_VERBS, re.IGNORECASE)
#: Before an encircling verb, the passive or a relative of ground it describes: "the city has been surrounded for
#: years" (a siege told, no day's deed), "the villages that surrounded the town" (where they lie).
_NOT_CLOSED_IN_BEFORE_RE = compile_guarded(
    r"\b(?:(?:was|were|been|being|is|are|be|get|got)\s+(?:[a-z]+ly\s+)?|(?:that|which)\s+)$", re.IGNORECASE
)
#: What a force closes in on, after the verb: a settlement or a site held ("the town", "the strategic city of X",
#: "two villages", "the air base") or a named place ("Albukamal", "al-Mayadin"); not a house, the area, a prison or
#: camp or the location of a cell (a cordon: "surrounded the house", "surrounded the area with snipers", "guards
#: surrounded the prison to stop a breakout").
_CLOSED_IN_GROUND_AFTER_RE = re.compile(
    r"\s+(?:(?:the|two|three|four|several)\s+)?(?:(?:strategic|key|nearby|entire|whole|last|remaining|besieged|main|"
    r"old|eastern|western|northern|southern)\s+){0,2}"
    r"(?:(?:villages?|towns?|cit(?:y|ies)|neighbou?rhoods?|districts?|quarters?|settlements?|hamlets?|"
    r"enclave|pocket|stronghold|bastion|(?:air\s?)?bases?|airports?|hills?|headquarters)\b"
    r"|(?!(?:Abu|Emir|Sheikh|Commander|General|Colonel)\b)(?:[a-z]{1,3}-)?[A-Z](?![A-Z]{1,5}\b))"
)
#: ... or the party closed in, then where it is: "encircled the militants in al-Mayadin", "surrounded the NDF within
#: the town centre" (fighters, not a cell: a cell is surrounded to be arrested).
_CLOSED_IN_PARTY_AFTER_RE = re.compile(
    r"\s+(?:the\s+)?(?:[\w'’/-]+\s+){0,2}?(?:militants|terrorists|jihadists|fighters|insurgents|gunmen|remnants|"
    r"is|isis|isil|daesh|ndf)\s+(?:in|inside|within)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:(?:villages?|towns?|cit(?:y|ies)|neighbou?rhoods?|districts?|camp|prison|enclave|pocket)\b"
    r"|(?:[a-z]{1,3}-)?[A-Z](?![A-Z]{1,5}\b))",
    re.IGNORECASE,
)


#: A hold of weeks or more told after an encircling verb ("for three years", "for nearly two months").
_LONG_HOLD_AFTER_RE = re.compile(
    r"\bfor\s+(?:(?:nearly|almost|about|over|more\s+than)\s+)?(?:[\w-]+\s+)?(?:weeks|months|years)\b", re.IGNORECASE
)


def _closed_in(text: str, start: int, end: int) -> bool:
    """True when the encircling verb at ``text[start:end]`` tells a force closing in on ground, active: a settlement,
    a site held or a named place after it, or the armed party closed in and where it is; not a siege told in the
    passive, the ground a relative describes, nor the house or area of an arrest."""
    if _NOT_CLOSED_IN_BEFORE_RE.search(text, max(0, start - 30), start):
        return False
    if _DESCRIBING_PARTICIPLE_BEFORE_RE.search(text, max(0, start - 20), start):
        return False  # "the encircled force": the party described
    if _LONG_HOLD_AFTER_RE.search(text, end, end + 80):
        return False  # "had encircled the city for three years": a siege held, no day's deed
    # (the named place is matched case-sensitively: the ground words are lower case in running text)
    return bool(_CLOSED_IN_GROUND_AFTER_RE.match(text, end) or _CLOSED_IN_PARTY_AFTER_RE.match(text, end))


def _ground_taken(text: str, start: int, end: int) -> bool:
    """True when the capture verb at ``text[start:end]`` takes ground: its object after it ("captured the village of
    X", "retook Hajin"), or, passive, its subject before it ("the town was captured"); after "control of", also a
    guarded site (:data:`_CONTROLLED_SITE_AFTER_RE`). An encircling verb asks its own object (:func:`_closed_in`)."""
    if _ENCIRCLE_RE.fullmatch(text, start, end):
        return _closed_in(text, start, end)
    if _DESCRIBING_PARTICIPLE_BEFORE_RE.search(text, max(0, start - 20), start):
        return False  # "in newly recaptured parts of the town": the ground described, the taking told before
    if _GROUND_OBJECT_AFTER_RE.match(text, end):
        return True
    if text[max(start, end - 12) : end].lower().endswith(("control of", "control over")) and _CONTROLLED_SITE_AFTER_RE.match(
        text, end
    ):
        return True
    return bool(_GROUND_SUBJECT_BEFORE_RE.search(text, max(0, start - 60), start))


# A device taken by the forces that seized it, right before its word: "seizing explosive belts", "confiscated two IEDs
# and a car bomb", "seized weapons, ammunition and suicide vests" (the object of the seizing: a list of goods may stand
# between, no preposition: "seized the town after a car bomb" tells the bomb).
_SEIZED_BEFORE_RE = compile_guarded(
    r"\b(?:seiz(?:ed|es|ing)|confiscat(?:ed|es|ing)|impound(?:ed|s|ing))\s+"
    r"(?:(?!(?:after|before|by|in|during|near|following|when|as|with|from|on|at)\b)[\w-]+,?\s+){0,5}$",
    re.IGNORECASE,
)
# ... but not a device told with a verb of its own after its word, the subject of the next clause: "seized the post and
# an IED exploded", "seized the hill, and a roadside bomb later killed two", "and a car bomb was detonated at the gate".
_DEVICE_OWN_VERB_AFTER_RE = re.compile(
    r"\s+(?:later\s+|then\s+|also\s+)?(?:exploded|detonated|went\s+off|blew|killed|wounded|injured|hit|struck|targeted|"
    r"(?:was|were)\s+(?:detonated|exploded|set\s+off|blown\s+up))\b",
    re.IGNORECASE,
)
# The site where bombs are made or kept, after the bomb's word: "VBIED facility", "IED workshop", "car bomb factory".
#: The weapons whose word may name the site where they are made or kept, not the weapon of the event.
_MADE_OR_KEPT_TYPES = frozenset({EventType.CAR_BOMB, EventType.IED, EventType.DRONE_STRIKE, EventType.SHELLING})
_MAKING_SITE_AFTER_RE = re.compile(
    # (also the first of two weapons kept there: "rocket and drone storage facilities")
    r"(?:\s+and\s+(?:rockets?|missiles?|drones?|weapons?|ammunition|munitions?|uavs?|explosives?))?"
    r"\s+(?:(?:production|manufacturing|assembly|storage|construction)\s+)?(?:facilit(?:y|ies)|factor(?:y|ies)|workshops?|"
    r"plants?|caches?|depots?|storages?|warehouses?|production|manufacturing|labs?|laborator(?:y|ies))\b",
    re.IGNORECASE,
)
#: A weapon's word (the rest of it, and a drone's "aerial vehicle") naming the site where such weapons are made or
#: kept: "drone storage facilities", "unmanned aerial vehicle storages", "a UAV workshop" (what was hit, not what hit).
#: (The rest of the word bounded: matched at every weapon word, an unbounded run read each time to the end of a long
#: hyphenated run, "drone-drone-...-drone storage", was quadratic: 28 s on 96 KB.)
_KEPT_WEAPON_AFTER_RE = re.compile(r"[\w-]{0,24}(?:\s+(?:aerial|air|combat)\s+vehicles?)?" + _MAKING_SITE_AFTER_RE.pattern, re.IGNORECASE)
# An aircraft word that is only seen or heard in the sky: "amid the flight of warplanes", "drones were hovering".
_AIRCRAFT_NOUN_RE = re.compile(
    r"(?:\w+ )?(?:war[- ]?planes?|war[- ]?jets?|fighter[- ](?:jets?|aircraft|planes?)|drones?|uavs?)", re.IGNORECASE
)
#: Aircraft as the agent of a perfect ("jets had targeted", "the planes have struck"), read as a strike
#: (:data:`~mapapp.extract.lexicon.TRIGGERS`) ...
_AIRCRAFT_PERFECT_RE = re.compile(r"(?:[\w-]+ )?(?:jets?|aircraft|planes?)\s+(?:had|have|has)\s+[\w-]+", re.IGNORECASE)
#: ... in a speaker's words of "the" aircraft (:func:`speakers_account_of_the_aircraft`).
_SPEAKER_OF_THE_BEFORE_RE = re.compile(
    r"\b(?:said|says|say|told|reported|added|claimed|confirmed)\s+(?:[\w-]+\s+){0,2}?(?:that\s+)?the\s+$", re.IGNORECASE
)
_FLYING_BEFORE_RE = compile_guarded(
    r"\b(?:flying|flight|flights|overflights?|hovering|circling|presence|sound|noise)\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
FLYING_AFTER_RE = re.compile(
    r"\s+(?:(?:were|was|are|is|had been|have been)\s+)?(?:seen\s+|heard\s+)?"
    r"(?:flying|flew|hovering|hovered|circling|circled|overflying|flown)\b",
    re.IGNORECASE,
)


#: An indefinite complement right after a definite event noun: "the explosion of a cluster bomblet", "the blast of two
#: mines" (the thing that blew up is told anew, so is the event).
NEW_THING_OF_RE = re.compile(
    r"\s+of\s+(?:an?|one|two|three|four|five|several)\s+(?!(?:number|series|wave|string|spate)\b)", re.IGNORECASE
)


def speakers_account_of_the_aircraft(text: str, hit: TriggerHit) -> bool:
    """Whether the event word is "the" aircraft's perfect in a speaker's words ("a source said the jets had targeted
    fighters at a crossing", "residents told reporters that the planes have struck a depot"): aircraft the text may
    have told of, whose strike is then told again in another account (:mod:`.coreference` merges it into the strike
    just told; with none told, it is a strike of its own). Not the narrator's "The jets had struck X, killing four".
    """
    before = text[max(0, hit.start - 40) : hit.start]
    return _AIRCRAFT_PERFECT_RE.fullmatch(text, hit.start, hit.end) is not None and (
        _SPEAKER_OF_THE_BEFORE_RE.search(before) is not None
    )


def is_definite(text: str, hit: TriggerHit) -> bool:
    """True when the event word is a noun introduced as already known ("the airborne assaults", "this attack");
    a verb after a definite subject ("the Turkish army shelled") is not a reference back."""
    if _VERB_FORM_RE.search(hit.text) and not _NOUN_THEN_VERB_RE.match(hit.text):
        return False  # (but "the bomb went off", "the device exploded": a known noun, its verb in the event word)
    if _LEADING_VERB_RE.match(hit.text):
        return False  # "army units in the Badia also destroyed a vehicle": a verb and its object, told anew
    before = text[max(0, hit.start - 40) : hit.start]
    found = _DEFINITE_BEFORE_RE.search(before)
    if found is None:
        return False
    if NEW_THING_OF_RE.match(text, hit.end):
        return False  # "hurt by the blast of a leftover shell": the article of the noun its complement makes known
    if found.group(0)[:4].lower() == "that" and (_THAT_CONJUNCTION_RE.search(before) or _PLURAL_NOUN_RE.search(hit.text)):
        return False  # "activists said that gunmen opened fire": a new report, not a reference back
    return True


_AIRCRAFT_RE = compile_guarded(
    r"\b(?:war[- ]?planes?|planes?|jets?|aircraft|air[- ]?strikes?|helicopters?|air force|aerial|aviation|(?<!suicide )(?<!suicide-)(?<!car )bombers?|gunships?|sukhois?"
    # warplanes by type: "F-16s", "Su-34s", "A-10s", "B-52 bombers", "MiG-23s" (the drones' types are drones)
    r"|(?:f|su|mig|a|b|ac|ah|t)-\d{1,3}[a-z]?s?)\b",
    re.IGNORECASE,
)
#: A gun as the subject of a generic strike word: "Turkish tanks struck a car", "regime artillery targeted the
#: village", "howitzers hit positions" (not the object: "a drone struck an artillery position" names its weapon first).
_GUN_SUBJECT_RE = compile_guarded(
    r"\b(?:artillery|howitzers?|(?<!fuel )(?<!water )(?<!oil )(?<!storage )(?<!gas )tanks|mortars?|rocket launchers?|himars)"
    r"(?:\s+(?:fire|units?|batteries|rounds|shells|rockets))?\s+(?:(?:also|then|reportedly|again|had|have|has)\s+)?$",
    re.IGNORECASE,
)
#: Armed forces whose "bombing" without aircraft is by guns ("the SDF bombed Turkish positions").
_ARTILLERY_ACTORS = frozenset(
    {"Turkish forces", "Syrian army", "NDF", "Turkish-backed factions", "SDF", "PKK/YPG", "Iran-backed militias"}
    | {name for name in JOINT_ACTORS.values() if "US-led coalition" not in name and "Russian forces" not in name}
)
#: Named parties without aircraft of their own.
_GROUND_ACTORS = frozenset(
    {"ISIS", "SDF", "PKK/YPG", "Asayish", "Turkish-backed factions", "Iran-backed militias", "Arab tribal fighters", "NDF"}
)
#: An aircraft as the subject just before a shooting word: "helicopters opened fire", "a gunship shot".
_AIRCRAFT_SHOOTER_RE = compile_guarded(
    r"\b(?:war[- ]?planes?|jets?|aircraft|helicopters?|(?:helicopter\s+)?gunships?)\s+(?:(?:had|have|has|then|also|reportedly)\s+)?$",
    re.IGNORECASE,
)
# Aircraft that bomb and never land troops: their "raids" are air raids (helicopters' raids are heliborne raids).
_FIXED_WING_RE = compile_guarded(r"\b(?:war[- ]?planes?|(?:fighter[- ])?jets?|bombers|air force)\b", re.IGNORECASE)
# "aircraft" or "planes" whose raids land nobody: "Russian aircraft carried out intensive raids" are air raids too
_ANY_AIRCRAFT_RE = compile_guarded(r"\b(?:aircraft|planes|aviation)\b", re.IGNORECASE)
_LANDING_RE = compile_guarded(
    r"\b(?:helicopters?|heliborne|landed|landing|lands|air-?drops?|airdrop|arrest\w*|detain\w*|captur\w*)\b",
    re.IGNORECASE,
)
_SHOOTING_WORD_RE = re.compile(r"(?:opened fire|shot|gunfire|fired)\b", re.IGNORECASE)
_DRONE_RE = compile_guarded(r"\b(?:drones?|uavs?|bayraktars?|akincis?|unmanned|reapers?|mq-\d)", re.IGNORECASE)
#: "Harassment fire" (the Turkish ministry's word, "taciz atesi") aimed at an armed party, told after the fire: "opened
#: harassment fire on our base area", "harassed our units in X with mortar fire", "harassment fire at our troops". An
#: exchange of fire with troops at their posts, as the gold conventions code an attack on an armed party (an armed
#: clash); fire at a town ("towards the border town of X") stays shelling.
_HARASSED_ARMED_PARTY_RE = re.compile(
    r"[^.;]{0,100}?\b(?:on|at|against|towards?|targeting|harassed)\s+(?:(?:our|the|its|their|turkish|an?)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:base(?:\s+area)?s?|bases|units?|troops|forces|positions?|soldiers|commandos|personnel)"
    # the ministry's own regions, where its forces stand: "harassment fire on our regions in the X area"
    r"|our\s+(?:[\w-]+\s+){0,2}?(?:regions?|areas?|zones?))\b",
    re.IGNORECASE,
)
#: Whatever harassment fire is told as aimed at ("... towards the border town", "... on our base"); with none told
#: ("9 of these harassment fires came from X") it is the ministry's usual: fire on its forces.
#: (a time told after it is no aim: "harassment fire from X on Monday", "at dawn on 3 May")
_HARASSMENT_AIMED_RE = re.compile(
    r"[^.;]{0,100}?\b(?:on|at|against|towards?|targeting)\s(?!\s*(?:\d|the\s+(?:night|morning|evening|afternoon|\d)|"
    r"(?:dawn|dusk|night|noon|midnight|"
    + "|".join(sorted((*WEEKDAYS, *MONTHS), key=len, reverse=True))
    + r")\b))",
    re.IGNORECASE,
)
#: The heavy weapon a reply to harassment fire is told with ("neutralized by fire support from our howitzers"): the
#: event told is that shelling or strike, not the exchange of fire.
_HEAVY_REPLY_WEAPON_RE = compile_guarded(
    r"\b(?:howitzers?|artillery|tanks|drones?|uavs?|war[- ]?planes?|jets|aircraft|air\s+(?:strikes?|support)|airstrikes?)\b",
    re.IGNORECASE,
)
#: Aircraft named first in a subject that ends with "and" just before a gun word ("coalition aircraft and artillery",
#: "helicopters (AH-64), gunships, and M777 artillery"): searched in a bounded window before the gun word.
_AIRCRAFT_CO_SUBJECT_RE = compile_guarded(
    r"\b(?:aircraft|war[- ]?planes?|(?:fighter[- ])?jets|helicopters|gunships|planes|aviation|air[- ]?strikes)\b"
    # (one list of weapons between them, each of a few words and a bracket: not a clause of the aircraft's own,
    # "aircraft flew over the town and artillery shelled it")
    r"(?:\s*\([^()]{0,30}\))?(?:\s*,\s*(?:[\w.-]+\s+){0,2}?[\w.-]+(?:\s*\([^()]{0,30}\))?){0,4}"
    # (the gun's own name of up to three words: "and Tomahawk land attack missiles")
    r",?\s+and\s+(?:[\w.-]+\s+){0,3}$",
    re.IGNORECASE,
)
_MILITARY_TARGET_HEADS = frozenset(
    "positions position checkpoint checkpoints base bases post posts outpost outposts convoy convoys headquarters "
    "barracks patrol patrols column columns point points".split()  # ("a military point": Kurdish and Arabic outlets)
    # a prison a force guards: an assault on it is fought with its guards ("an attack on the prison freed hundreds of
    # jihadists"), as the real web reports' golds of every collector code the assaults on al-Sina'a prison
    + "prison prisons jail jails".split()
)
#: A guarded place named by two words: "an attack on the detention center".
_GUARDED_PLACE_ENDINGS = ("detention center", "detention centre", "detention centers", "detention centres")
# Victims who are members of an armed party: violence against them is fighting between armed parties.
_ARMED_VICTIM_RE = compile_guarded(
    r"\b(?:fighters?|soldiers?|troops|militiam[ae]n|militants?|conscripts?|commanders?|officers?|lieutenants?|"
    r"sergeants?|recruits?|personnel|combatants?|guards?|gunm[ae]n|attackers|assailants|infiltrators|mercenaries|"
    # (the party's short name may stand in quotes: "members of “NDF”")
    r"members? of\s+(?:the\s+)?[“\"]?(?:[\w’'-]+\s+){0,3}"
    r"(?:forces|army|militias?|brigades?|division|council|asayish|sdf|ypg|isis|ndf|pkk|sna|units|factions?|regiment|guards?)\b|"
    r"(?:sdf|ypg|asayish|isis|regime|army|militia|ndf|faction) members?|(?:regime|government|security|army|sdf) forces)",
    re.IGNORECASE,
)
#: Words of a battle in a clause: "after heavy fighting", "amid clashes".
_FIGHTING_RE = compile_guarded(r"\b(?:fighting|clashes|battles?|firefights?|gunfights?)\b", re.IGNORECASE)
#: The fire of a fight in an event word: "by gunfire", "by ISIS snipers", "sniper fire", "by fire from" (not bullets
#: that hit by chance: "stray gunfire", "celebratory gunfire").
_FIGHT_FIRE_RE = compile_guarded(r"^(?!.*\b(?:stray|random|celebratory)\b).*\b(?:gunfire|snipers?|fire)\b", re.IGNORECASE)
#: A targeted killing told in the clause ("shot dead two soldiers at a checkpoint"), not the fire of a fight.
_TARGETED_KILLING_RE = compile_guarded(rf"{CLOSE_KILLING_WORDS}|assassinat|massacre|kidnap|abduct", re.IGNORECASE)
_SHOOTING_RE = compile_guarded(r"\b(?:bullets?|gunshots?|pistol|silencer|shot)\b", re.IGNORECASE)
#: A toll told of several people by its verb, with its auxiliary: "two members of the security forces were killed", "a
#: lieutenant and a commander have been wounded" (not "a fighter was killed", one person; nor a monitor's telegraphic
#: headline, "soldiers killed by ISIS", which says nothing of how: its body may tell a shooting, an attack).
_SEVERAL_KILLED_RE = compile_guarded(r"\b(?:were|have\s+been)\s+(?:killed|wounded|injured)\b", re.IGNORECASE)
#: Armed men who are no party's force: guards (of a shop, a field, an oil well), gunmen, the attackers themselves.
_NOT_A_PARTYS_FORCE_RE = compile_guarded(r"\b(?:guards?|gunm[ae]n|attackers|assailants|infiltrators)\b", re.IGNORECASE)
_CIVILIAN_VICTIM_RE = compile_guarded(rf"\b(?:{CIVILIAN_WORDS})\b", re.IGNORECASE)
#: Victims who are people, not an armed party: civilians, and the young men a checkpoint or patrol fires on.
_UNARMED_VICTIM_RE = compile_guarded(
    rf"\b(?:{CIVILIAN_WORDS}|young\s+(?:man|men)|youths?|teenagers?|(?:elderly|old)\s+(?:man|men))\b", re.IGNORECASE
)


def event_type_in_context(
    primary: TriggerHit, actor: str | None, text: str, target: str | None, victims: str | None = None
) -> EventType:
    """The event type of the clause's most specific event word ``primary``, read in its clause ``text``.

    * an air or drone strike word told as the support of a ground force ("fighters backed by coalition air strikes
      entered the town") is the ground fight it backed, an armed clash;
    * an exchange of fire (or a toll with no event word) in a security operation against suspects ("a suspect was
      killed in an exchange of fire during the operation") is the raid that met resistance;
    * a family dispute in which one person is killed by kin ("a farmer shot his cousin dead in a family quarrel"), or
      that hurt one person or a bystander by a stray bullet, is an attack, a fight between families or clans a clash;
    * a generic "bombing" is an air strike when aircraft are named or the actor flies ("US-led coalition"), shelling
      by an army without aircraft ("Turkish forces", "Syrian army") and any "bombardment" without aircraft, else an
      explosive device;
    * a generic "strike"/"attack"/"targeted" is a drone strike when a drone is named, an air strike when aircraft
      are, else an attack;
    * a shooting by an aircraft ("helicopters opened fire on a car") is an air strike, and so are the "raids" of
      jets or warplanes ("Russian jets carried out 20 raids"; helicopters' raids stay raids);
    * a death told with no event word but with its agent ("ISIS cells killed two guards") is an attack;
    * an attack told with a generic word ("attack", "assault", "targeted") whose target or victims are an armed
      party ("an attack on regime posts", "attacked the villages, killing 50 SDF fighters") is an armed clash, as in
      ACLED's and UCDP's coding, where an assault on an armed force is fighting; so is any attack by a named party
      on a military site ("ISIS gunmen opened fire on an army checkpoint"). A targeted killing ("gunmen shot dead
      an SDF member", "assassinated a commander") stays an attack, and so does anything whose victims are civilians.
    """
    event_type = primary.trigger.event_type
    if (_told_as_support(text, primary) and _GROUND_ADVANCE_RE.search(text)) or _told_as_prior(text, primary, victims):
        # the clause's only event word is the air support of a ground force's advance ("Kurdish fighters backed by
        # coalition air strikes entered the town", "an advance supported by Turkish drones"): its event is the ground
        # fight the strikes backed (:func:`find_triggers` drops them when the clause has another event word)
        return EventType.ARMED_CLASH
    if event_type in (EventType.ARMED_CLASH, EventType.OTHER) and _security_operation_told(primary, text, victims):
        # "a wanted man died in an exchange of fire during the operation", "three suspects killed in a joint
        # operation": a security raid that met resistance, the raid (docs/gold-format.md)
        return EventType.RAID
    if event_type is EventType.OTHER and not primary.text and (actor is not None or gated_search(_KILLERS_TOLD_RE, text)):
        # a death told with no event word but with its agent ("ISIS cells killed two guards") is an attack by it; so is
        # one whose killers are told but name no party the actor stage keeps ("was killed by a band of unknown men", "a
        # suspected cell killed six people", "killed by members of the group": a killing by people, not a death of
        # untold cause)
        event_type = EventType.ATTACK
    if primary.trigger.weak:
        words = primary.text.lower()
        # (aircraft named in a clause whose agent has none, "ISIS attacked positions backed by coalition aircraft",
        # are not the weapon)
        aircraft = actor in AIR_ACTORS or (actor not in _GROUND_ACTORS and _named_as_weapon(_AIRCRAFT_RE, text))
        if " bomb" in words and primary.trigger.event_type is EventType.IED:
            event_type = EventType.AIRSTRIKE if aircraft else EventType.IED  # "a bomb hit", "another bomb targeted"
        elif words.startswith("bomb") and "explod" not in words and "went off" not in words and "detonat" not in words:
            if aircraft:
                event_type = EventType.AIRSTRIKE
            elif actor in _ARTILLERY_ACTORS or words.startswith("bombard"):
                event_type = EventType.SHELLING  # a bombardment without aircraft is by guns
            elif words.startswith("bombing") and not _DEVICE_NAMED_RE.search(text):
                # "a bombing in the city killed six": a bomb of a kind the text does not tell (planted, in a car, worn),
                # as an explosion of untold cause; a device named in the clause, or told after it, types it
                event_type = EventType.OTHER
            else:
                event_type = EventType.IED
        elif words.startswith(("attack", "assault")) and _REPELLED_BEFORE_RE.search(
            text, max(0, primary.start - 40), primary.start
        ):
            event_type = EventType.ARMED_CLASH  # "SDF fighters repelled an ISIS attack": fought off, a clash
        elif words.startswith(("attack", "assault")) and _COUNTER_BEFORE_RE.search(text, max(0, primary.start - 9), primary.start):
            event_type = EventType.ARMED_CLASH  # "the militants launched a counter-attack at dawn": an assault on a force
        elif words.startswith(("attack", "assault")) and _air_support_told(text):
            # "the factions attacked two villages, supported by Turkish drones": a ground assault with air cover, an
            # offensive, fighting (the drones are not its weapon)
            event_type = EventType.ARMED_CLASH
        elif words.startswith(("strike", "struck", "targeted", "attack", "assault", "destroy")):
            # (also a weapon's "destroyed": "coalition aircraft destroyed two car bombs" is an air strike)
            if _named_as_weapon(_DRONE_RE, text, primary.start):
                event_type = EventType.DRONE_STRIKE
            elif not aircraft and _GUN_SUBJECT_RE.search(text, max(0, primary.start - 40), primary.start):
                event_type = EventType.SHELLING  # "Turkish tanks struck a car": fire from guns
            elif aircraft or (words.startswith("strike") and STRIKE_RELEASE_RE.match(text, primary.end)) or (
                words in ("strike", "strikes") and actor not in _GROUND_ACTORS and _STRIKE_NOUN_BEFORE_RE.search(
                    text, max(0, primary.start - 30), primary.start
                )
            ):
                # (a strike release's "Near Hajin, four strikes engaged ISIS tactical units" is from the air, and so
                # are "strikes" told as a noun by no ground party: "Strikes also targeted positions near Kobani")
                event_type = EventType.AIRSTRIKE
            else:
                event_type = EventType.ATTACK
    if event_type is EventType.RAID and primary.text.lower().startswith("raid") and (
        _striking_fixed_wing(text) or (_ANY_AIRCRAFT_RE.search(text) and not _LANDING_RE.search(text))
    ):
        event_type = EventType.AIRSTRIKE  # "Russian jets carried out 20 raids": raids from the air
    if (
        event_type is EventType.RAID
        and primary.text.lower() == "stormed"
        and not is_named_actor(actor)
        and _UNNAMED_ATTACKERS_RE.search(text, 0, primary.start)
    ):
        event_type = EventType.ATTACK  # "gunmen stormed their house, killing a man": an attack, not a security raid
    if (
        event_type is EventType.RAID
        and primary.text.lower() == "stormed"
        and is_named_actor(actor)
        and ((victims is not None and _ARMED_VICTIM_RE.search(victims)) or _FIGHTING_RE.search(text))
    ):
        event_type = EventType.ARMED_CLASH  # "the SDF stormed the ISIS camp, killing scores of militants": a battle
    if (
        event_type is EventType.RAID
        and primary.text.lower() == "stormed"
        and (actor in _INSURGENT_ACTORS or _INSURGENT_SUBJECT_BEFORE_RE.search(text, max(0, primary.start - 40), primary.start))
        and not _TARGETED_KILLING_RE.search(text)
    ):
        # "IS militants stormed two villages at dawn", "the jihadists stormed the camp": an insurgents' assault on
        # ground held by others, fighting (five development writers code it so), not a security raid; on people who
        # bear no arms ("stormed a farm, killing a shepherd") violence against civilians. (A storming told with the
        # people it took or executed, "stormed the camp, kidnapping dozens of families", the writers code a raid, an
        # attack or a clash alike: left as it was.)
        unarmed = victims is not None and _UNARMED_VICTIM_RE.search(victims) and not _ARMED_VICTIM_RE.search(victims)
        event_type = EventType.ATTACK if unarmed else EventType.ARMED_CLASH
    if (
        event_type is EventType.RAID
        and actor in _INSURGENT_ACTORS
        and primary.text.lower().startswith("raid")
        and ((victims is not None and _ARMED_VICTIM_RE.search(victims)) or _military_site(target))
    ):
        # "an IS cell raided a military post, killing three soldiers": an insurgents' assault on an armed force is
        # fighting (ACLED's armed clash), not a security raid
        event_type = EventType.ARMED_CLASH
    if (
        event_type is EventType.RAID
        and (primary.text.lower().startswith("raid") or primary.text.lower() == "stormed")
        and _military_site(target)
        and (
            (victims is not None and _ARMED_VICTIM_RE.search(victims) is not None)
            or _PARTY_SITE_RE.match(text, primary.end) is not None
        )
    ):
        # "the unit raided two of the posts of the factions, killing four of their men", "militants stormed three positions
        # of US-backed forces": a party's assault on another's positions is fighting (ACLED's armed clash), whoever
        # leads it; a security raid on a hideout or a house, or on "a position in X where a cell sheltered", stays a raid
        event_type = EventType.ARMED_CLASH
    if (
        event_type is EventType.ARMED_CLASH
        and primary.text.lower().startswith("ambush")
        and victims is not None
        and _UNARMED_VICTIM_RE.search(victims)
        and not _ARMED_VICTIM_RE.search(victims)
        and not _military_site(target)
    ):
        event_type = EventType.ATTACK  # "gunmen ambushed a car, killing a teacher and his son": violence against civilians
    if event_type is EventType.ATTACK and _SHOOTING_WORD_RE.match(primary.text) and _AIRCRAFT_SHOOTER_RE.search(
        text, 0, primary.start
    ):
        event_type = EventType.AIRSTRIKE  # "coalition helicopters opened fire on a car": fire from the air
    if (
        event_type is EventType.ATTACK
        and primary.text.lower().startswith("massacre")
        and (actor in AIR_ACTORS or (actor not in _GROUND_ACTORS and _AIRCRAFT_RE.search(text)))
    ):
        event_type = EventType.AIRSTRIKE  # "a new massacre by the alliance aviation": killed from the air
    if (
        event_type is EventType.SHELLING
        and primary.text[:6].lower() == "harass"
        and (_HARASSED_ARMED_PARTY_RE.match(text, primary.start) or not _HARASSMENT_AIMED_RE.match(text, primary.end))
        and not _HEAVY_REPLY_WEAPON_RE.search(text)
    ):
        event_type = EventType.ARMED_CLASH  # "terrorists who opened harassment fire on our base area": fire exchanged
    if event_type is EventType.AIRSTRIKE and _drone_told_as_the_striker(text, primary):
        # "an armed drone carried out two air strikes", "air raids from an unknown UAV": the air strike of a
        # drone, whose type is its weapon's (docs/gold-format.md: drones are `drone_strike`)
        event_type = EventType.DRONE_STRIKE
    if event_type is EventType.SHELLING and _AIRCRAFT_CO_SUBJECT_RE.search(text, max(0, primary.start - 100), primary.start):
        # "coalition aircraft and artillery pounded the camp", "attack helicopters, gunships and artillery destroyed
        # three vehicles": aircraft and guns told together, the air strikes, the wider type (as "air and artillery
        # strikes" are)
        event_type = EventType.AIRSTRIKE
    if (
        event_type is EventType.ARMED_CLASH
        and _DISPUTE_WORD_RE.search(primary.text)
        and (_KIN_KILLING_RE.search(text) or _one_person_hurt_in_dispute(text, victims))
    ):
        # "a farmer shot his cousin dead in a family quarrel", "killed by his relatives in a quarrel": one person killed by
        # kin, violence against a person; so is one person shot or a bystander hit by a stray bullet in a quarrel ("a
        # boy hurt by a stray round in a quarrel between cousins") (a fight between two families or clans stays a clash)
        event_type = EventType.ATTACK
    if event_type is EventType.ATTACK and _against_armed_party(primary, actor, text, target, victims):
        event_type = EventType.ARMED_CLASH
    if (event_type is EventType.ATTACK and _REPELLED_AFTER_RE.match(text, primary.end)) or (
        event_type in (EventType.ATTACK, EventType.OTHER) and not primary.text and gated_search(_REPELLED_ATTEMPT_RE, text)
    ):
        # "an attack on the base was repelled", "gunmen attacked the village; fighters repelled them", "repelled an
        # attempt by the factions to advance": an assault fought off, fighting (every development writer codes it so)
        event_type = EventType.ARMED_CLASH
    if event_type is EventType.SUICIDE_BOMB and (
        _SUICIDE_BY_VEHICLE_RE.search(text) or gated_search(_VEHICLE_AS_BOMB_RE, text)
    ):
        # "a suicide attack with a bomb-laden car", "a car bomb that a suicide attacker drove": a suicide car bomb
        # (docs/gold-format.md)
        event_type = EventType.CAR_BOMB
    if event_type is EventType.CAR_BOMB and _PLANTED_IN_VEHICLE_RE.search(text):
        event_type = EventType.IED  # "a bomb planted under his car exploded": a device on the victim's car
    if event_type in (EventType.ARMED_CLASH, EventType.SHELLING) and "neutrali" in text.lower():
        event_type = _neutralized_by_means(text) or event_type
    return event_type


#: An air-strike word, noun of a strike from the air with no aircraft of its own: "airstrikes", "an air strike", "air raids".
_AIR_STRIKE_WORD_RE = re.compile(r"(?:air[- ]?strikes?|air[- ]?raids?)$", re.IGNORECASE)
_DRONE_WORDS = r"(?:drones?|uavs?|unmanned\s+aerial\s+vehicles?|bayraktars?|akincis?)"
#: A drone told as the agent that carried out the air strike(s) told after: "an armed drone carried out two", "a
#: UAV conducted an" (searched in a bounded window before the air-strike word).
_DRONE_CARRIED_OUT_BEFORE_RE = compile_guarded(
    r"\b" + _DRONE_WORDS + r"\s+(?:[^\s.;:]+\s+){0,3}?(?:carried\s+out|conducted|launched|executed|performed)\s+"
    r"(?:[^\s.;:]+\s+){0,2}$",
    re.IGNORECASE,
)
#: A drone told as the agent after the air-strike word: "air strikes by a Bayraktar", "an air raid from a UAV".
_BY_DRONE_AFTER_RE = re.compile(
    r"\s+(?:by|from)\s+(?:an?\s+|the\s+|two\s+|several\s+)?(?:[\w'’-]+\s+){0,2}?" + _DRONE_WORDS + r"\b", re.IGNORECASE
)


def _drone_told_as_the_striker(text: str, primary: TriggerHit) -> bool:
    """True when the clause's event word is an air-strike word ("airstrikes", "an air raid") that a drone is told to
    have carried out ("an armed drone carried out two air strikes", "air raids from an unknown UAV"): every
    web collector's gold types these `drone_strike` (three collections). A drone told elsewhere in the clause ("air
    strikes and drone strikes", "jets struck as drones circled") does not make it one."""
    if not _AIR_STRIKE_WORD_RE.search(primary.text):
        return False
    if _BY_DRONE_AFTER_RE.match(text, primary.end):
        return True
    return _DRONE_CARRIED_OUT_BEFORE_RE.search(text, max(0, primary.start - 90), primary.start) is not None


#: The Turkish ministry's "neutralized by ..." and the means it names: the reply's weapon types the event (its
#: howitzers or "fire support vehicles" shell, its commandos or units fight), as the gold conventions code it ("our
#: air-ground fire support" is both: the fight stays).
_NEUTRALIZED_BY_RE = compile_guarded(r"\bneutrali[sz]ed\s+(?:by|with)\s+(?P<means>[^.;:]{1,80})", re.IGNORECASE)
_MEANS_TYPES = (
    (compile_guarded(r"\b(?:drones?|uavs?|siha|bayraktars?|akincis?)\b", re.IGNORECASE), EventType.DRONE_STRIKE),
    (compile_guarded(r"\b(?:air\s+(?:strikes?|operations?|force)|airstrikes?|aircraft|jets|warplanes)\b", re.IGNORECASE),
     EventType.AIRSTRIKE),
    (compile_guarded(r"\b(?:howitzers?|artillery|(?<!air-ground )(?<!air )fire\s+support|tanks?|mortars?|rocket\s+launchers?|mlrs)\b", re.IGNORECASE),
     EventType.SHELLING),
    (compile_guarded(r"\b(?:commandos?|units?|soldiers?|troops|forces|personnel|snipers?)\b", re.IGNORECASE),
     EventType.ARMED_CLASH),
)


def _neutralized_by_means(text: str) -> EventType | None:
    """The event type the means of a "neutralized by ..." gives ("were neutralized by our fire support vehicles":
    shelling; "by the retaliatory fire of our heroic commandos": a fight), or None when the clause names none."""
    found = _NEUTRALIZED_BY_RE.search(text)
    if found is None:
        return None
    means = found.group("means")
    for pattern, event_type in _MEANS_TYPES:
        if pattern.search(means):
            return event_type
    return None


#: "strike(s)" as a new noun: opening the clause or after an indefinite article, a number or an adjective ("Strikes
#: also hit ...", "a strike on the depot", "two strikes"), not a verb after its subject ("Turkey strikes ...") nor
#: "the strike" referring back to a strike told before (its type is that one's).
_STRIKE_NOUN_BEFORE_RE = compile_guarded(
    # (also after a speaker's verb or a conjunction: "the monitor said strikes on X killed seven", "after strikes hit")
    r"(?:^|[.;:,(]|\b(?:a|an|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|new|more|further|fresh|"
    r"repeated|heavy|\d{1,3}|said|says|say|reported|"
    r"added|that|after|when|while|as)\s)\s*$",
    re.IGNORECASE,
)
#: The wording of the coalition's strike releases after "strike(s)": "four strikes engaged three ISIS tactical units",
#: "one strike destroyed an ISIS staging area" (air strikes, though no aircraft is named); "struck", "damaged" and
#: "suppressed" (the releases' word for strikes on a firing team: "two strikes suppressed an ISIS mortar crew") only
#: with the release's object, a counted ISIS target ("three strikes hit an ISIL tactical unit", "three separate ISIL
#: units"), as "40 strikes struck villages across the province" may count a month's strikes.
_RELEASE_OBJECT = (
    r"(?:an?|\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:(?:separate|different|additional)\s+)?"
    r"(?:ISIS|ISIL|Daesh)\b"
)
_RELEASE_STRIKE_VERBS = r"(?:(?:engaged|destroyed)\s|(?:struck|damaged|suppressed)\s+" + _RELEASE_OBJECT + ")"
STRIKE_RELEASE_RE = re.compile(r"\s+" + _RELEASE_STRIKE_VERBS, re.IGNORECASE)
#: A release line's strikes: counted ("three strikes engaged"), or "a strike" or "strikes" that hit the release's object
#: ("a strike destroyed an ISIS vehicle", "Strikes destroyed an ISIS node"; "a strike destroyed a house" may be anyone's).
_COUNTED_RELEASE_STRIKES_RE = compile_guarded(
    r"\b(?:(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+strikes?\s+"
    + _RELEASE_STRIKE_VERBS
    + r"|(?:an?\s+strike|strikes)\s+(?:engaged|destroyed|struck|damaged|suppressed)\s+"
    + _RELEASE_OBJECT
    + ")",
    re.IGNORECASE,
)


def release_strikes(text: str, hits: list[TriggerHit]) -> list[TriggerHit]:
    """The strike words of a line of the coalition's strike releases, whose other event words are what the strikes
    destroyed ("three strikes hit an ISIS unit and destroyed a vehicle-borne IED"); ``hits`` otherwise.
    The strikes the line counts come first of them: not a section label before it ("Strikes in Syria: Near X, four
    strikes struck ...")."""
    if len(hits) < 2 or "strike" not in text.lower() or not _COUNTED_RELEASE_STRIKES_RE.search(text):
        return hits
    strikes = [h for h in hits if _STRIKE_NOUN_RE.fullmatch(h.text)]
    counted = [h for h in strikes if STRIKE_RELEASE_RE.match(text, h.end)]
    return counted or strikes or hits


#: The weapons and devices strikes may destroy: event words of these types told as the object of the strikes' deed.
_DESTROYED_WEAPON_TYPES = frozenset({EventType.SHELLING, EventType.IED, EventType.CAR_BOMB, EventType.SUICIDE_BOMB})
#: The strikes' deed on what they hit, between the strike word and the weapon destroyed: "strikes destroyed (two
#: vehicles and) a mortar", "31 strikes that destroyed ... a VBIED", "destroying positions and a vehicle-borne bomb",
#: "engaged three units and destroyed an artillery piece", "strikes hit a depot and a bomb workshop". Nothing that opens
#: another clause may stand between.
_DESTRUCTION_BEFORE_RE = compile_guarded(
    r"\b(?:destroy(?:ed|ing|s)?|damag(?:ed|ing|es)|hit(?:ting)?|struck|target(?:ed|ing)|knocked\s+out|took\s+out|taking\s+out|"
    r"neutrali[sz](?:ed|ing))\b"
    # (", and" opens another clause, unless the weapon's word stands right after it, the last of a list's items:
    # "hit command centres, rockets, and missiles"; a deed of the weapon's own keeps it, :data:`_OWN_DEED_AFTER_RE`)
    r"(?:(?!\b(?:while|whereas|when|as|after|before|then|later|meanwhile|but)\b|,\s+and\b(?!\s+(?:[\w-]+\s+)?$))[^.;:!?])*$",
    re.IGNORECASE,
)
#: A deed of the weapon's own after it: "a car bomb exploded", "a mortar (round) hit", "the IED went off".
_OWN_DEED_AFTER_RE = compile_guarded(
    r"\s+(?:(?:rounds?|shells?|attack)\s+)?(?:was\s+|were\s+|had\s+|has\s+)?(?:exploded|explodes|went\s+off|detonated|blew\s+up|"
    r"fired|launched|hit|struck|killed|wounded|landed|targeted|shelled|pounded|bombarded|rained)\b",
    re.IGNORECASE,
)
#: The instrument of the strikes, not what they destroyed: "the bombardment targeted X with heavy artillery".
_INSTRUMENT_BEFORE_RE = compile_guarded(r"\b(?:with|using|by|from|via)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
#: How far before the weapon word its instrument's preposition may stand (characters).
_INSTRUMENT_WINDOW = 40
#: An event word that is a verb ("shelled", "bombarded"): a deed of its own, never a thing destroyed.
_INFLECTED_VERB_RE = re.compile(r"[a-z]+(?:ed|ing)", re.IGNORECASE)
#: How far before the weapon word the strikes' deed may stand (characters).
_DESTRUCTION_WINDOW = 160
#: A generic strike verb in the passive ("the sites that were struck included ...", "targets were hit"): what follows
#: names the things struck, as after a strike noun.
_PASSIVE_STRUCK_RE = re.compile(r"struck|hit|targeted|destroyed", re.IGNORECASE)


def strikes_over_what_they_destroyed(text: str, hits: list[TriggerHit]) -> list[TriggerHit]:
    """``hits`` without the weapons or devices the clause's strikes destroyed ("the strikes destroyed armoured vehicles
    and two artillery pieces", "31 strikes that destroyed fighting positions and a vehicle-borne IED", "strikes hit a
    depot and a workshop for making explosive devices", "the sites that were struck included rocket launchers"): what
    was hit, not the weapon that hit it, whose word would type the strikes as shelling or a bomb. Only weapon words
    after a strike word (an air or drone strike, or a generic strike verb in the passive) and its
    deed of destruction, in the same stretch of the clause (not after ", and"), nouns with no deed of their own ("...
    and a car bomb exploded"; "and ISIS shelled X" is a deed) and not told as the strikes' instrument ("the
    bombardment targeted X with heavy artillery")."""
    if len(hits) < 2:
        return hits
    strikes = [h.end for h in hits if _STRIKE_NOUN_RE.fullmatch(h.text) or h.trigger.event_type in AIR_TYPES]
    # (a passive verb is the deed itself: the stretch searched for it opens at its start)
    strikes += [
        h.start
        for h in hits
        if _PASSIVE_STRUCK_RE.fullmatch(h.text) and PASSIVE_BEFORE_RE.search(text, max(0, h.start - 30), h.start)
    ]
    if not strikes:
        return hits
    first = min(strikes)
    kept = [
        h
        for h in hits
        if not (
            h.trigger.event_type in _DESTROYED_WEAPON_TYPES
            and h.start > first
            and not _INFLECTED_VERB_RE.fullmatch(h.text)
            and _DESTRUCTION_BEFORE_RE.search(text, max(first, h.start - _DESTRUCTION_WINDOW), h.start)
            and not _OWN_DEED_AFTER_RE.match(text, h.end)
            and not _INSTRUMENT_BEFORE_RE.search(text, max(0, h.start - _INSTRUMENT_WINDOW), h.start)
        )
    ]
    return kept or hits


def release_striker(text: str, event_type: EventType) -> str | None:
    """The striker of a line of the coalition's strike releases, which name none ("Near Hajin, four strikes engaged
    three ISIS tactical units"): the US-led coalition; None for any other clause."""
    if event_type is EventType.AIRSTRIKE and "strike" in text.lower() and _COUNTED_RELEASE_STRIKES_RE.search(text):
        return "US-led coalition"
    return None


# A bomb's device named beside a "bombing": "a roadside bombing", "the bombing with an explosive device".
_DEVICE_NAMED_RE = compile_guarded(
    r"\b(?:roadside|ieds?|improvised|explosive\s+devices?|(?:land)?mines?|sticky|magnetic|planted|booby[- ]trapped|"
    r"explosive[- ]laden|car|vehicle|truck|motorcycle|motorbike|suicide|bomber|belt|vest)\b",
    re.IGNORECASE,
)
# A suicide attack told with a vehicle as its means: "a suicide attack with a bomb-laden car", "a suicide bomber in an
# armoured vehicle", "a suicide bomber driving a truck" (a car bomb: the vehicle says more than its driver; not a
# motorcycle, whose rider is a suicide bomber, nor the place "in the car park").
_SUICIDE_BY_VEHICLE_RE = compile_guarded(
    r"\bsuicide\s+(?:attacks?|bombers?|bombings?|assaults?|operations?)\s+(?:with|using|in|driving|drove)\s+"
    r"(?:an?\s+|the\s+|his\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:cars?|vehicles?|trucks?|tankers?|vans?|vbieds?)\b(?!\s+park)",
    re.IGNORECASE,
)
# A vehicle used as the bomb, named anywhere in a suicide attack's clause: "a car bomb that a suicide attacker drove",
# "a suicide bomber detonated an explosive-laden truck", "a suicide attack, a VBIED, hit the post" (the driver's word
# ranks above the vehicle's in the lexicon; the vehicle says more, docs/gold-format.md: a suicide car bomb is a
# `car_bomb`). Not a motorcycle (its rider who blows himself up is a suicide bomber), nor a bomb planted in a car.
_VEHICLE_AS_BOMB_RE = compile_guarded(
    # (not a car bomb word that qualifies another noun: "a car bomb workshop", "a VBIED factory" were where bombs
    # were made, no bomb the attacker drove)
    r"\b(?:(?:(?:car|truck|vehicle|lorry|tanker)[- ]bombs?|vbieds?)(?![- ](?:crater|factor(?:y|ies)|workshops?|"
    r"makers?|making|cells?|networks?|experts?|plots?|plants?|facilit(?:y|ies)|stores?|depots?)\b)|vehicle[- ]borne"
    r"|(?:booby[- ]trapped|bomb[- ]laden|explosives?[- ]laden|explosives?[- ]packed|rigged)\s+(?:cars?|vehicles?|trucks?|lorry|lorries|vans?|tankers?)"
    r"|(?:cars?|vehicles?|trucks?|lorry|lorries|vans?|tankers?)\s+(?:rigged|booby[- ]trapped|laden|packed|loaded|filled)\s+with\s+(?:explosives?|bombs?))\b",
    re.IGNORECASE,
)
# A device put in or on the victim's vehicle ("a bomb planted under his car", "an explosive device placed in their
# vehicle", "a sticky bomb attached to a car") is an IED: the car is its target, not its carrier.
_PLANTED_IN_VEHICLE_RE = re.compile(
    r"\b(?:bombs?|devices?|ieds?|explosives?)\s+(?:was\s+|were\s+)?(?:planted|placed|attached|fixed|hidden|stuck|"
    r"put)\s+(?:in|under|on|to|inside|beneath|underneath)\s+(?:his|her|their|its|the|an?)\s+(?:[\w-]+\s+)?"
    r"(?:cars?|vehicles?|trucks?|motorcycles?|motorbikes?|vans?)\b",
    re.IGNORECASE,
)
# An attack fought off: "repelled an ISIS attack", "repulsed the attack of the factions", "beat back an assault",
# "repulsed a large-scale Islamic State assault" (the attackers' name of up to four words between).
_REPELLED_BEFORE_RE = compile_guarded(
    r"\b(?:repels?|repell?ed|repulsed|repelling|repulsing|fought\s+off|beat\s+back|pushed\s+back|confronted|confronting)\s+"
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,4}$",
    re.IGNORECASE,
)
# An attack told first, then fought off in the same clause: "an attack by terrorists on our base was repelled",
# "gunmen attacked the village; the fighters repelled them" (not a fight told as the time of another event: "...,
# days after the army repelled an attack").
_REPELLED_AFTER_RE = compile_guarded(
    r"(?:(?!\b(?:after|before|since|following|ago)\b)[^.!?]){0,100}?"
    r"\b(?:repell?ed|repulsed|fought\s+off|beaten\s+back|beat\s+back|thwarted)\b",
    re.IGNORECASE,
)
# An advance or infiltration fought off, told with no attack word: "repelled an attempt by the gunmen to advance
# towards X", "repulsed an infiltration attempt".
_REPELLED_ATTEMPT_RE = compile_guarded(
    r"\b(?:repell?ed|repulsed|fought\s+off|thwarted|foiled)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?attempts?\b",
    re.IGNORECASE,
)
#: Attackers the text does not name: "gunmen", "masked men", "unknown assailants", bare "attackers" (lexicon's
#: :data:`~mapapp.extract.lexicon.UNNAMED_ATTACKERS`, which the attack trigger also reads).
#: The people who killed, told with no event word: "was killed by a band of unknown men", "was killed on Monday by
#: members of the group", "a suspected cell killed six people", "gunmen killed a man". (Not a thing that killed: "killed
#: by a mine", "by shrapnel" are no people.)
_KILLERS = r"(?:people|persons|gunm[ae]n|m[ae]n|members|cells?|assailants|attackers|militants|elements|individuals)"
_KILLERS_TOLD_RE = compile_guarded(
    r"\b(?:killed|murdered|slain|shot\s+dead)\s+(?:[^\s.;:]+\s+){0,8}?by\s+(?:an?\s+|the\s+|some\s+|several\s+)?"
    r"(?:group\s+of\s+|members?\s+of\s+)?(?:[\w'’-]+\s+){0,2}?" + _KILLERS + r"\b"
    r"|\b" + _KILLERS + r"\s+(?:have\s+|had\s+|reportedly\s+|allegedly\s+)?(?:killed|murdered|shot\s+dead)\b",
    re.IGNORECASE,
)
_UNNAMED_ATTACKERS_RE = compile_guarded(rf"\b(?:assailants|attackers|{UNNAMED_ATTACKERS})\b", re.IGNORECASE)
# fire from a vehicle passing by: "gunfire from a passing motorcycle", "a drive-by shooting" (unseen gunmen's killing)
_DRIVE_BY_RE = compile_guarded(
    r"\b(?:from|on)\s+(?:a\s+|an\s+)?(?:passing|speeding|moving)\s+(?:car|vehicle|motorcycle|motorbike)s?\b|\bdrive-?by\b",
    re.IGNORECASE,
)
_ARSON_GATE_RE = re.compile(r"fire|ablaze|torch|arson|burn", re.IGNORECASE)


def tells_only_arson(text: str) -> bool:
    """Whether a clause's event words are an arson and, at most, the unnamed hands that set it ("unknown persons set
    fire to the crops near X", "protesters torched a checkpoint"), no shot, blast or strike of its own."""
    if not _ARSON_GATE_RE.search(text):
        return False
    hits = find_triggers(text)
    return any(hit.trigger == ARSON_TRIGGER for hit in hits) and all(
        hit.trigger == ARSON_TRIGGER or _UNNAMED_ATTACKERS_RE.fullmatch(hit.text) for hit in hits
    )


def _striking_fixed_wing(text: str) -> bool:
    """Whether the clause names jets or warplanes other than ones only seen flying ("amid the flight of warplanes")."""
    return any(
        not (_FLYING_BEFORE_RE.search(text, max(0, found.start() - 40), found.start())
             or FLYING_AFTER_RE.match(text, found.end()))
        for found in _FIXED_WING_RE.finditer(text)
    )


#: Parties that fight as insurgents: their raid on an armed force is an assault (a clash), not a security raid.
_INSURGENT_ACTORS = frozenset({"ISIS"})
#: Insurgents named by their head as the subject just before the event word: "the militants stormed", "jihadists
#: then stormed" (not "gunmen" nor "attackers": unnamed attackers' storming is their attack on the people inside).
_INSURGENT_SUBJECT_BEFORE_RE = compile_guarded(
    r"\b(?:militants|jihadists|insurgents|terrorists|mercenaries)\s+(?:(?:then|also|later|reportedly|had|have)\s+)?$",
    re.IGNORECASE,
)


#: A dispute or quarrel word: a family's, a clan's, between families.
_DISPUTE_WORD_RE = compile_guarded(r"\b(?:disputes?|quarrels?|conflicts?)\b", re.IGNORECASE)
_KIN = r"(?:own\s+)?(?:brothers?|sisters?|cousins?|father|mother|sons?|daughters?|wife|husband|uncles?|nephews?|relatives?|kin)"
#: One person killed by kin: "killed his brother", "shot her cousin", "was killed by his relatives".
_KIN_KILLING_RE = compile_guarded(
    r"\b(?:(?:killed|shot|stabbed|murdered)\s+(?:his|her|their)\s+" + _KIN + r"|by\s+(?:his|her|their)\s+" + _KIN + r")\b",
    re.IGNORECASE,
)
#: Fire that hit a bystander by chance: "a stray bullet", "stray rounds".
_STRAY_FIRE_RE = compile_guarded(rf"\b{STRAY_FIRE_WORDS}\b", re.IGNORECASE)
#: One person as the victims a clause reads: "a young man", "a child", "a woman" (not "two brothers", "people").
_ONE_PERSON_RE = re.compile(
    r"(?:(?:young|old|elderly)\s+)?(?:man|woman|child|boy|girl|youth|teenager|civilian|person|shepherd|farmer|resident)",
    re.IGNORECASE,
)
#: A fight told with the dispute: "turned into a gunfight", "clashes erupted", "an exchange of fire", "a shootout".
_DISPUTE_FIGHT_RE = compile_guarded(
    r"\b(?:fighting|clash(?:es|ed)?|battles?|firefights?|gunfights?|shoot-?outs?|exchange[ds]?\s+(?:of\s+)?fire|"
    r"exchanging\s+fire|between)\b",
    re.IGNORECASE,
)


def _one_person_hurt_in_dispute(text: str, victims: str | None) -> bool:
    """True when a family dispute or quarrel told in ``text`` hurt one person, a bystander hit by stray fire ("a child
    hurt by a stray round in a quarrel of two brothers") or one person shot ("a man was shot and wounded in what
    relatives called a family dispute"), and the clause tells no fight between sides ("between two clans", "turned into
    a gunfight"): violence against that person, not a clash."""
    if gated_search(_DISPUTE_FIGHT_RE, text):
        return False
    if gated_search(_STRAY_FIRE_RE, text):
        return True
    return victims is not None and _ONE_PERSON_RE.fullmatch(victims.strip()) is not None


#: A security operation told in a clause: "during the operation", "a joint operation of our forces", "an SDF-coalition
#: operation" (not a named campaign: "Operation Peace Spring").
_OPERATION_RE = compile_guarded(r"\b(?<!-)operations?\b(?!\s+[A-Z])")
#: Whom a security operation seeks, or how it met them: suspects, the wanted, arrests, resistance.
_SOUGHT_RE = compile_guarded(
    r"\b(?:suspects?|wanted|arrest(?:ed|s|ing)?|detain(?:ed|ing)?|resist(?:ed|ing|ance))\b", re.IGNORECASE
)
#: The fire a raid met: "an exchange of fire", "a firefight", "a shootout" (not a battle: "clashes", "fighting").
_RAID_FIRE_RE = compile_guarded(r"exchange|firefight|gunfight|shoot-?out", re.IGNORECASE)


def _security_operation_told(primary: TriggerHit, text: str, victims: str | None) -> bool:
    """True when the clause tells a security operation against suspects that met fire ("a suspect was killed in an
    exchange of fire during the operation", "the unit met resistance and a suspect died in a firefight"),
    or the suspects it killed with no event word ("three ISIS suspects killed in an SDF-coalition operation")."""
    if not _OPERATION_RE.search(text):
        return False
    if primary.text:
        return _RAID_FIRE_RE.match(primary.text) is not None and _SOUGHT_RE.search(text) is not None
    return victims is not None and _SOUGHT_RE.search(victims) is not None


def _military_site(target: str | None) -> bool:
    """True when the object hit is a military site ("an army checkpoint", "SDF positions", "a patrol", a prison its
    guards hold). (A vehicle is not one: "gunmen targeted an SDF military vehicle" is an attack as UCDP's coders type it.)"""
    if not target:
        return False
    head = target.split(" of ", 1)[0] if " of " in target else target  # "a checkpoint of the Internal Security Forces"
    return head.split()[-1].lower() in _MILITARY_TARGET_HEADS or head.lower().endswith(_GUARDED_PLACE_ENDINGS)


#: An armed party as the subject of "came under attack": "SDF units came under a heavy attack by the jihadists",
#: "SDF fighters in the villages came under repeated attack" (the party attacked as a force, a fight, as the real
#: reports' golds of three collections code it; a party's vehicle that came under attack is not one: "gunmen targeted
#: an SDF military vehicle" is an attack, docs/gold-format.md).
_PARTY_CAME_UNDER_RE = compile_guarded(
    r"\b(?:forces|fighters|troops|soldiers|units|SDF|YPG|YPJ|Asayish|army|militias?|militiamen|personnel|guards)\s+"
    r"(?:(?:in|near|at|of|on|around)\s+(?:the\s+)?(?:[\w'’()-]+\s+){1,4}?)?"
    r"(?:(?:had|have|has)\s+)?(?:came|come|comes|coming)\s+under\s+(?:an?\s+)?"
    r"(?:(?:heavy|intense|fierce|renewed|repeated|violent|sudden|new|fresh|massive|surprise)\s+){0,2}(?:attacks?|assaults?)\b",
    re.IGNORECASE,
)
#: A gathering of an armed party as the object hit: "struck a gathering of the factions' fighters", "an attack on the
#: gatherings of the militia", "struck a gathering of armed personnel", or "their gatherings" in a clause that names the
#: armed party ("militants were killed in an attack on their gatherings"): fighters massed, a party's position (the
#: real reports' golds of four collections type the attacks on them as fighting; a gathering of civilians is people).
_ARMED_GATHERING_RE = compile_guarded(
    r"\bgatherings?\s+(?:(?:center|centre|point)s?\s+)?of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:groups|factions?|fighters|militants|militias?|mercenaries|forces|troops|soldiers|elements|terrorists|"
    r"gunmen|personnel|isis|isil|daesh|sdf|ypg|pkk|sna)\b"
    r"|\b(?:armed|military|militia|enemy|terrorist|isis|isil|daesh|sdf|ypg|regime|mercenaries['’]?|militants['’]?)\s+gatherings?\b",
    re.IGNORECASE,
)
_THEIR_GATHERINGS_RE = compile_guarded(r"\b(?:their|its)\s+gatherings?\b", re.IGNORECASE)


def _armed_gathering(text: str) -> bool:
    """Whether the clause's attack is on a gathering of an armed party (:data:`_ARMED_GATHERING_RE`), or on "their
    gatherings" in a clause that names armed men (:data:`_ARMED_VICTIM_RE`)."""
    if gated_search(_ARMED_GATHERING_RE, text):
        return True
    return bool(gated_search(_THEIR_GATHERINGS_RE, text)) and bool(_ARMED_VICTIM_RE.search(text))


#: A military site told as a party's, right after the raid word: "two of the posts of the Turkey-backed factions",
#: "several positions of US-backed forces", "a post belonging to the army" (not "a position in X where cells hid").
_PARTY_SITE_RE = re.compile(
    r"\s+(?:(?:one|some|several|two|three|four|five|many|a\s+number)\s+of\s+)?(?:the\s+|an?\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?(?:positions?|posts?|checkpoints?|bases?|headquarters|barracks|points?|outposts?)\s+"
    r"(?:of|belonging\s+to|held\s+by|used\s+by)\s+(?:the\s+)?(?:[\w'’()-]+\s+){0,4}?"
    r"(?:forces|army|troops|factions?|militias?|fighters|groups?|sdf|ypg|sna|isis|regime|asayish|councils?|brigades?)\b",
    re.IGNORECASE,
)
#: Where a party's members were hit, at their post: "at a checkpoint", "near their checkpoint", "at an SDF checkpoint".
_AT_CHECKPOINT_RE = compile_guarded(
    r"\b(?:at|near|on)\s+(?:(?:a|an|the|their|its|his|our)\s+)?(?:[\w'’\"-]+\s+){0,3}?checkpoints?\b", re.IGNORECASE
)
#: The head noun of a military site: what a party holds and is attacked at as a party.
_SITE_NOUN = r"(?:checkpoints?|patrols?|posts?|outposts?|bases?|positions?|convoys?|headquarters|barracks)"
#: A military site told as the subject hit: "an SDF patrol came under fire", "the checkpoint was attacked", "Asayish
#: patrol attacked last night" (a headline's participle, followed by no object of its own).
_SITE_HIT_RE = compile_guarded(
    r"\b" + _SITE_NOUN + r"\s+"
    # (its place or its party may stand between: "an SDF checkpoint near the X roundabout was targeted", "a patrol of
    # the Internal Security came under fire")
    # (a party's name may hold its short name in brackets: "a convoy of the Self-Defence Forces (HXP) came under")
    r"(?:(?:near|in|at|outside|on|of)\s+(?:the\s+)?(?:[\w'’()-]+\s+){1,4}?)?"
    r"(?:(?:came|comes|come|coming)\s+under\s+(?:heavy\s+)?(?:fire|attack|gunfire)"
    r"|(?:was|were|has\s+been|have\s+been|had\s+been|being)\s+(?:attacked|targeted|ambushed|fired\s+(?:up)?on|shot\s+at|stormed)"
    r"|(?:attacked|targeted|ambushed)(?=\s*(?:[,.;:]|$|by\b|in\b|near\b|on\b|at\b|last\b|yesterday\b|today\b|overnight\b|this\b)))"
    # ... or told as what was targeted, in the noun: "gunmen's targeting of a patrol of the SDF"
    r"|\btargeting\s+of\s+(?:an?|the|their|its)\s+(?:[\w'’-]+\s+){0,3}?"
    + _SITE_NOUN + r"\b",
    re.IGNORECASE,
)


#: A word of an attack or of fire that a military site can be the object of.
_SITE_ATTACK_WORD = (
    r"(?:attack(?:s|ed|ing)?|assault(?:s|ed|ing)?|target(?:s|ed|ing)?|ambush(?:es|ed|ing)?|storm(?:s|ed|ing)?|"
    r"raid(?:s|ed|ing)?|shot|shoot(?:s|ing)?)"
)
#: A word that ends the object phrase of an attack word before a site noun is reached: the object was someone or
#: something at, of or on the way to the site ("shot a man near a checkpoint", "targeted a member of a patrol",
#: "attacked a car and a post", "shot a driver headed to the base"), or a participle with an object of its own ("shot a
#: shepherd passing the checkpoint", "targeted a car leaving the base": the site is where the victim was), not the site
#: itself.
_NOT_IN_SITE_OBJECT = (
    r"(?!(?:near|at|in|on|by|from|of|outside|inside|close|next|behind|beside|and|or|with|while|who|which|that|"
    r"to|into|for|towards?|past|through|across|via|along|around|"
    r"killing|wounding|injuring)\b|[a-z]+ing\s+(?:the|an?|their|its|his|her|one)\b)"
)
#: What follows a site noun that ends its phrase: punctuation, the clause's end, a preposition, a conjunction, a
#: participle or a name; not a noun the site word only qualifies ("a post office", "a patrol vehicle", "a base camp":
#: a vehicle gunmen target is their attack, docs/gold-format.md).
_SITE_NOUN_ENDS = (
    r"(?=\s*[,.;:()\"“”'’-]|\s*$|\s+(?-i:[A-Z0-9])|\s+(?:of|in|near|at|on|outside|inside|around|along|between|close|"
    r"(?:north|south)?(?:east|west)(?:ern)?|north(?:ern)?|south(?:ern)?|belonging|with|and|or|but|while|as|when|by|"
    r"after|before|during|yesterday|today|tonight|last|overnight|early|late|this|which|where|who|that|to|from|for|"
    r"held|run|manned|killing|wounding|injuring|leaving|causing|using|without)\b)"
)
#: The weapons an attack word may name before its object, set off by "with": ", with automatic weapons," "with RPGs"
#: (one to four words, no clause punctuation inside).
_WEAPONS_BETWEEN = r"(?:\s*,?\s+with\s+(?:[^\s,.;:]+\s+){0,3}?[^\s,.;:]+\s*,?)?"
#: A military site's head noun in the plural, which may stand with no determiner ("on positions of the army").
_PLURAL_SITE_NOUN = r"(?:checkpoints|patrols|posts|outposts|bases|positions|convoys|headquarters|barracks)"
#: The article or determiner that opens the object phrase: "a", "the", "their", "one of the", "two".
_SITE_DETERMINER = r"(?:an?|the|their|its|his|our|one\s+of\s+(?:the|their|its)|two|three|several|some)\s+"
#: The military site a party's attack word has for its object, active or told as fire on it: "gunmen attack a
#: checkpoint of the Asayish", "cells attacked a Self-Defence Forces (HXP) outpost", "gunmen shot at a
#: headquarters of the SDF", "opened machinegun fire at dawn on a military patrol" (the site's head noun within five
#: words of its determiner, words of its party or kind; a preposition or a conjunction on the way means the object
#: was someone or something else, :data:`_NOT_IN_SITE_OBJECT`).
_SITE_OBJECT_RE = compile_guarded(
    # (not an infinitive: "told his men to attack the posts" tells an order, no attack done)
    # (nor a passive, whose "at" tells where the victim was: "a trader was attacked at a checkpoint")
    r"\b(?<!\bto )(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbeing )(?<!\bgot )(?:" + _SITE_ATTACK_WORD
    # (the weapons may stand before the object: "attacked, with automatic weapons, a checkpoint", "targeted with RPGs
    # the headquarters of the SDF")
    + _WEAPONS_BETWEEN
    + r"\s+(?:(?:at|on|upon|against)\s+)?"
    # fire and what it was opened on, with its kind or its hour between: "opened heavy fire in the early hours on a",
    # "opened fire at dawn on a"; not a blaze ("a fire broke out at a base"), nor fire opened on someone or something
    # else first ("fired on a car at a checkpoint": the first "at" or "on" with an object is the fire's)
    r"|(?<!\ba )(?<!\bthe )(?:fire[ds]?|firing)\s+"
    r"(?:(?!(?:and|but|while|killing|wounding|after|before|broke|erupted|spread|raged|swept|engulfed|gutted)\b)"
    r"(?!(?:at|on|upon|against)\s+(?!(?:dawn|dusk|night|noon|midnight|daybreak|sunrise|sunset|[a-z]+day)\b))"
    r"[\w'’-]+\s+){0,8}?"
    r"(?:at|on|upon|against)\s+)"
    + r"(?:" + _SITE_DETERMINER
    + r"(?:" + _NOT_IN_SITE_OBJECT + r"[\w'’().-]+\s+){0,5}?"
    # (not a possessive: "targeted the base's water truck", "attacked a checkpoint's cook" hit a thing or a person of it)
    + _SITE_NOUN
    # ... or sites in the plural with no determiner, at most two words of their party or kind before them: "opened
    # fire with machine guns on positions of the army", "attacked SDF posts near the town"
    + r"|(?:" + _NOT_IN_SITE_OBJECT + r"[\w'’().-]+\s+){0,2}?" + _PLURAL_SITE_NOUN
    + r")\b(?!['’]s\b)"
    + _SITE_NOUN_ENDS,
    re.IGNORECASE,
)


def _against_armed_party(
    primary: TriggerHit, actor: str | None, text: str, target: str | None, victims: str | None
) -> bool:
    """True when the clause's attack is on an armed party: fighting (ACLED's armed clash), not violence against a
    person. A military site hit is one: the object phrase the target finder read, a site told as the subject hit
    (:data:`_SITE_HIT_RE`) or as the object of the attack or fire word, whatever words of its party or kind stand
    between the determiner and the site's noun (:data:`_SITE_OBJECT_RE`: "masked men attack a checkpoint of the Asayish",
    "opened fire at dawn on a military patrol", as docs/gold-format.md codes them and as the real web reports' golds of
    four collectors do; not told as an aim, "urged them to attack the posts")."""
    military_site = (
        _military_site(target)
        or bool(_SITE_HIT_RE.search(text))
        or bool(gated_search(_SITE_OBJECT_RE, text))
        or bool(gated_search(_PARTY_CAME_UNDER_RE, text))
        or _armed_gathering(text)
    )
    if primary.trigger is CLAIM_OF_RESPONSIBILITY and not military_site:
        # "ISIS claimed responsibility for killing an Asayish member in X": the claimed killing of a party's member, which
        # the claim tells with no event word of its own, a targeted killing (an attack by the gold conventions)
        return False
    if victims and _UNARMED_VICTIM_RE.search(victims) and not _ARMED_VICTIM_RE.search(victims):
        return False  # "a young man was wounded by shots fired by a patrol at a checkpoint": the checkpoint's own fire
    if military_site and (is_named_actor(actor) or not _TARGETED_KILLING_RE.search(text)):
        # "gunmen fired RPGs at an SDF base", "gunmen attacked an SDF patrol" (but "shot dead two soldiers at a
        # checkpoint" is a killing)
        return True
    if (
        armed_party_victims(victims)
        and gated_search(_AT_CHECKPOINT_RE, text)
        and (gated_search(_FIGHT_FIRE_RE, text) or gated_search(_SHOOTING_RE, text))
        and not _TARGETED_KILLING_RE.search(text)
    ):
        # "two SDF members were killed by gunfire at a checkpoint", "a guard was wounded after a gunman opened fire on
        # them at a checkpoint": a party's members hit by fire at their post, an assault on the post (every development
        # writer codes it a clash, whoever fired: a young man shot by the checkpoint's fire is no party's member; two
        # guards stabbed at a checkpoint were hit by no fire)
        return True
    if (
        armed_party_victims(victims)
        and _FIGHT_FIRE_RE.search(primary.text)
        and not _TARGETED_KILLING_RE.search(text)
        and not _UNNAMED_ATTACKERS_RE.search(text)
        and not _DRIVE_BY_RE.search(text)
    ):
        # "ISIS snipers killed two SDF fighters", "a soldier was killed by gunfire near the post": the fire of
        # a fight with the party (but "gunmen shot dead two soldiers", "killed by gunfire from unknown persons", "by
        # gunfire from a passing motorcycle" are the targeted killings of gunmen, attacks as the gold conventions code
        # them)
        return True
    if (
        not primary.text
        and is_named_actor(actor)
        and actor not in AIR_ACTORS
        and armed_party_victims(victims)
        and _SEVERAL_KILLED_RE.search(text) is not None
        and not _NOT_A_PARTYS_FORCE_RE.search(victims or "")
        and not _TARGETED_KILLING_RE.search(text)
        and not _SHOOTING_RE.search(text)
    ):
        # a toll of several of an armed party's members told with the named party that killed them and no event word
        # ("two members of the security forces were killed by ISIS fighters in X", "three soldiers were killed by the
        # militants"): the party fought the force, an armed clash as the gold conventions code an attack on an armed
        # party. One member killed ("a fighter was killed by ISIS members") is the targeted killing of one person, an
        # attack; so are guards, who may guard a shop or a field, and a killing told as one ("shot dead", "assassinated")
        return True
    if not primary.trigger.weak or (victims and _CIVILIAN_VICTIM_RE.search(victims)) or _SHOOTING_RE.search(text):
        return False  # a targeted killing ("targeted by several bullets") or violence against civilians
    return (
        military_site
        or bool(victims and _ARMED_VICTIM_RE.search(victims))
        or _armed_party_object(primary, text)
        or _armed_party_suffered(text)
        or (
            (is_named_actor(actor) or _ARMED_SUBJECT_BEFORE_RE.search(text, max(0, primary.start - 60), primary.start) is not None)
            and _village_assaulted(primary, text)
        )
    )


#: The word for villages or towns, with its article or count: "the village", "two villages", "several towns".
_VILLAGE_NOUN = r"(?:the\s+|an?\s+)?(?:(?:two|three|four|five|several|\d+)\s+)?(?:villages?|towns?|hamlets?)\b"
#: What follows the word for a village or town that is itself the thing attacked: its name ("of X", "X"), where it lies
#: ("near", "west of"), when, or the clause's end ("attacked the village at dawn"); not a noun the village word only
#: qualifies ("the town hall", "the village school", "the village's headman": a building or a person of the place).
_VILLAGE_ITSELF_AHEAD = (
    r"(?=\s+of\b|\s*[,.;:)]|\s*$|\s+(?-i:[A-Z])|\s+(?:near|in|on|at|outside|around|inside|north|south|"
    r"(?:north|south)?(?:east|west)|with|and|overnight|early|late|again|yesterday|today|last|before|after|during|"
    r"killing|wounding|injuring|leaving|"
    # a relative clause telling where the village lies: "raided the hamlet which sits by the river"
    r"(?:that|which)\s+(?:lie|lies|lay|are|is|were|was|sit|sits|stand|stands)\b)\b)"
)
#: The villages or towns an attack word has for its object: "attacked the village of X", "an attack on two villages".
_VILLAGE_OBJECT_RE = re.compile(r"\s+(?:on\s+|against\s+)?" + _VILLAGE_NOUN + _VILLAGE_ITSELF_AHEAD, re.IGNORECASE)
#: The villages or towns told as what was attacked, before a passive attack word: "the villages of A and B near C
#: were": between the village word and the verb only their names, "of", "and" and where they lie (not "the town of X
#: said their homes were", whose subject is another thing); ``before`` is the word before the village word.
_VILLAGE_SUBJECT_BEFORE_RE = re.compile(
    r"(?:\b(?P<before>\w+)\s+)?" + _VILLAGE_NOUN
    + r"(?:,?\s+(?:of|and|near|in|outside|around|the|north(?:ern)?|south(?:ern)?|(?:north|south)?(?:east|west)(?:ern)?|"
    r"countryside|province|district|area|region|city|(?-i:[A-Z])[\w'’-]*|\w+-[\w'’-]+)){0,12}"
    r"\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+$",
    re.IGNORECASE,
)
#: Words before a village word that make the village where someone or something else was ("a bus from the town of X
#: was attacked", "a house in the village of X was attacked"): the village is then no subject of the attack word.
_PLACE_PREPOSITIONS = frozenset(
    {"from", "of", "in", "near", "at", "to", "into", "outside", "around", "inside", "across", "through", "toward",
     "towards", "between", "within", "by", "for", "on", "off"}
)
#: An attack word, noun or verb, that a village or town may be the object or the passive subject of.
_ATTACK_WORD_RE = compile_guarded(r"\b(?:attack|assault)(?:ed|s)?\b", re.IGNORECASE)


#: Armed men as the subject right before the attack word, when the actor stage names no party: "the group's fighters
#: attacked two villages", "the troops and allied armed groups mounted a series of attacks on the villages"
#: (an assault on a village by men of arms is fighting, as by a named party; not "gunmen" nor "attackers", whose
#: attacks on the people of a village are violence against civilians).
_ARMED_SUBJECT_BEFORE_RE = compile_guarded(
    r"\b(?:fighters|militants|jihadists|insurgents|troops|soldiers|militiam[ae]n|militias|factions|mercenaries|"
    r"(?:armed|mercenary|militant|jihadist|rebel)\s+groups)\s+(?:(?:have|has|had|also|then|reportedly|later)\s+){0,2}"
    r"(?:(?:launched|carried\s+out|staged|mounted)\s+(?:an?\s+)?(?:(?:wave|series|number)\s+of\s+)?(?:[\w-]+\s+){0,2}?)?$",
    re.IGNORECASE,
)


def _village_assault_at(text: str, start: int, end: int) -> bool:
    """True when the attack word at ``text[start:end]`` has a village or town for its object ("attacked the village of
    X") or for its passive subject ("the villages of A and B were attacked"; not "a bus from the town of X was")."""
    if _VILLAGE_OBJECT_RE.match(text, end):
        return True
    subject = _VILLAGE_SUBJECT_BEFORE_RE.search(text, max(0, start - 120), start)
    return subject is not None and (subject.group("before") or "").lower() not in _PLACE_PREPOSITIONS


def tells_village_assault(clause: str) -> bool:
    """True when the clause tells a village or town attacked ("attacked the village of X", "the villages of A and B
    were attacked by ..."): what :func:`event_type_in_context` types an armed clash when a named party does it, for
    the stages after it that read a generic attack word (a series of one agent's strikes) to know it is one."""
    return any(_village_assault_at(clause, word.start(), word.end()) for word in _ATTACK_WORD_RE.finditer(clause))


def _village_assaulted(primary: TriggerHit, text: str) -> bool:
    """True when a generic attack word has a village or town for its object: "ISIS attacked the village of X", "the
    villages of A and B were attacked by the Nusra Front", "the group's fighters attacked two villages". A named armed
    party's assault on a village (one its victims do not tell as civilians, checked by the caller) is an offensive on
    ground another force holds, fighting: the real news set's and three web collectors' golds code it an armed clash,
    as the gold conventions code the insurgents' storming of villages."""
    if not primary.text.lower().startswith(("attack", "assault")):
        return False
    return _village_assault_at(text, primary.start, primary.end)


# between an attack word and the party it hit: "attacked the SDF", "an assault on U.S.-backed forces"
_OBJECT_GAP_RE = re.compile(r"\s+(?:on\s+|against\s+)?(?:the\s+)?", re.IGNORECASE)
_EPITHET_RE = re.compile(r"[\w.]+-(?:backed|led)\s+", re.IGNORECASE)


# the party that suffered the event: "a further setback for the SDF", "a blow to regime forces"
_SUFFERED_RE = compile_guarded(
    r"\b(?:setbacks?\s+for|blows?\s+to|losses\s+(?:for|to|among)|casualties\s+among)\s+(?:the\s+)?", re.IGNORECASE
)


def _armed_party_suffered(text: str) -> bool:
    """True when the clause says a named armed party suffered the attack ("The attack is a further setback for the
    SDF"): fighting between armed parties."""
    for match in _SUFFERED_RE.finditer(text):
        window = ascii_lower(text[match.end() : match.end() + 60])
        for start, _end, name in ACTOR_SCANNER.finditer(window):
            if start == 0 and is_named_actor(name):
                return True
            break
    return False


def _armed_party_object(primary: TriggerHit, text: str) -> bool:
    """True when the attack word's object is a named armed party ("insurgents attacked the SDF", "an attack on
    regime forces"): fighting between armed parties."""
    gap = _OBJECT_GAP_RE.match(text, primary.end)
    if gap is None:
        return False
    window = text[gap.end() : gap.end() + 60]
    for start, end, name in ACTOR_SCANNER.finditer(ascii_lower(window)):
        if window[end : end + 1] == "-":
            return False  # "the SDF-held village", "an SDF-run school": a place of the party, not the party
        return (start == 0 or _EPITHET_RE.fullmatch(window, 0, start) is not None) and is_named_actor(name)
    return False


__all__ = [
    "FLYING_AFTER_RE",
    "NEW_THING_OF_RE",
    "STRIKE_RELEASE_RE",
    "TriggerHit",
    "armed_party_victims",
    "event_type_in_context",
    "find_triggers",
    "is_definite",
    "release_striker",
    "release_strikes",
    "speakers_account_of_the_aircraft",
    "strikes_over_what_they_destroyed",
    "tells_only_arson",
    "tells_village_assault",
]
