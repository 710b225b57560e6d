"""Arrests and unresisted ground (verdicts ``unresisted`` and ``heard``): no violence, so no incident.

An arrest, search or raid, or ground taken, told as done without a fight and with nobody harmed ("searched homes and
detained four men without resistance"), in its own sentence (:func:`_unresisted`) or in the next one when that tells
no incident ("No shot was fired": :func:`classify_unresisted`), or ground taken after its holders withdrew,
surrendered or gave it up by a deal; a headline's arrest or capture with no toll goes with its body; a helicopter
landing only seen (``heard``). After clustering, :func:`drop_arrests_without_harm` drops a raid that only arrested or
searched, harmed nobody and tells no fight, even when the text does not say so ("raided homes in X, arresting eleven
men"; its abductions are its arrests: "stormed the village and kidnapped three young men"), unless the coalition took
part (not its epithet: "the US-backed SDF") or insurgents raided and arrested nobody; and a kidnapping of a few people
that harmed nobody and tells no fight ("gunmen kidnapped a man in X": :func:`_unharmed_abduction`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from mapapp.extract.background.frames import _blank, _harmed
from mapapp.extract.background.refer_back import _AFTER_THE_EVENT_RE
from mapapp.extract.background.verdicts import HEARD, UNRESISTED
from mapapp.extract.lexicon import (
    CAPTURE_VERBS,
    PERSON_NOUNS,
    compile_guarded,
    could_match,
    dispatched_alternation,
    gated_search,
)
from mapapp.extract.mentions import CANDIDATE, EventMention, SentenceReading
from mapapp.extract.sentences import Sentence
from mapapp.model import EventType


# --- Arrests, searches and ground taken told as done without a fight: no violence, so no incident ("searched homes and
# detained four men without resistance", "entered the village after its defenders pulled out without a fight", "the
# police said no shot was fired", "once the gunmen had been evacuated under a settlement", "ended through negotiation").
_NO_FIGHT_RE = compile_guarded(
    r"\bwithout\s+(?:any\s+|an?\s+)?(?:resistance|fight(?:ing)?|clash(?:es)?|confrontations?|bloodshed|"
    r"exchange\s+of\s+fire|(?:single\s+)?shots?\s+(?:being\s+)?fired|firing\s+(?:a\s+)?(?:single\s+)?shot)\b"
    r"|\bno\s+(?:shots?\s+(?:(?:was|were|had\s+been|have\s+been)\s+)?fired|(?:armed\s+)?(?:clashes|confrontations|fighting)\s+"
    r"(?:occurred|took\s+place|were\s+reported|was\s+reported|broke\s+out|erupted)|exchange\s+of\s+fire|resistance)\b"
    # (and fighters who gave up: "after the defenders surrendered under a deal", "after the withdrawal of the
    # militants, under an agreement with the elders")
    r"|\b(?:withdr[ae]wn?|withdrawal|evacuat(?:ed|ion)|hand(?:ed)?\s+over|handover|surrender(?:ed|s|ing)?)\s+"
    r"(?:[\w'’-]+,?\s+){0,8}?under\s+"
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:agreement|deal|settlement)\b"
    # (and a standoff ended by talks: "contained the riot through negotiation", "the siege ended peacefully")
    r"|\b(?:through|by|via)\s+(?:negotiations?|mediation|talks)\b|\bpeacefully\b",
    re.IGNORECASE,
)


def _arrest_or_capture(mention: EventMention) -> bool:
    """A raid, arrest or search, or ground taken: what can be done without a fight."""
    return mention.event_type is EventType.RAID or mention.trigger.pattern == CAPTURE_VERBS


def _unresisted(mention: EventMention, reading: SentenceReading) -> bool:
    """An arrest, search or capture its own sentence tells as done without a fight, from its clause on, with nobody
    harmed ("detained four men without resistance", "entered the village after its defenders pulled out without a
    fight"), or ground taken after its holders withdrew, its clause telling no fight ("took control of the town after
    the militants withdrew")."""
    if not _arrest_or_capture(mention) or _harmed(mention):
        return False
    start = max(0, mention.clause_span[0] - reading.sentence.start)
    return _last_no_fight(reading.text) >= start or _taken_after_withdrawal(mention)


@lru_cache(maxsize=32)
def _last_no_fight(sentence: str) -> int:
    """Where the last telling of no fight (:data:`_NO_FIGHT_RE`) in ``sentence`` starts, or -1: read once per sentence,
    so that each arrest or capture of the sentence asks it in constant time (a search of the sentence from each one's
    clause on made a long sentence of many raids quadratic)."""
    last = -1
    if could_match(_NO_FIGHT_RE, sentence):
        for found in _NO_FIGHT_RE.finditer(sentence):
            last = found.start()
    return last


# Ground taken once its holders had left or given it up: "took control of the city after the fighters withdrew",
# "seized the field following the withdrawal of the rebels", "entered the town once the militants had pulled out",
# "after the garrison surrendered", "after the factions there pledged allegiance to them", and ground handed over by
# a deal: "after an agreement under which the fighters left", "under a settlement with the elders" (not "withdrew
# under heavy fire", "retreated amid shelling": a fight told; nor "as civilians fled", :data:`_FLEEING_CIVILIANS_RE`;
# nor a deal that failed: "after a truce collapsed").
_AFTER_WITHDRAWAL_RE = compile_guarded(
    r"(?:(?:\b(?:after|following|once|when|as)\s+(?:[\w'’-]+\s+){1,6}?(?:had\s+)?"
    r"(?:withdr[ae]wn?|pulled\s+out|retreated|fled|surrendered|defected|pledged\s+(?:allegiance|loyalty))\b"
    r"|\b(?:after|following|upon)\s+the\s+(?:[\w-]+\s+)?(?:withdrawal|retreat|departure|pull-?out|surrender)\b)"
    # (not a withdrawal under fire: "withdrew from it under heavy bombardment", "the withdrawal of the rebels amid
    # clashes", "pulled out from their positions after clashes")
    r"(?!\s+(?:(?:from|of)\s+(?:[\w'’-]+\s+){1,3}?)?(?:under|amid|following|after)\b)"
    r"|\b(?:after|following|under|through|upon)\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:agreement|deal|settlement|truce)\b"
    r"(?!\s+(?:[\w-]+\s+)?(?:collapsed|broke|failed|ended|expired|faltered)\b))",
    re.IGNORECASE,
)


def _taken_after_withdrawal(mention: EventMention) -> bool:
    """Ground taken (a capture, not a raid) after its holders withdrew, the clause telling no fight or harm: "took
    control of the city after the fighters withdrew" (but "captured X after the militants withdrew under heavy
    shelling" tells a fight)."""
    if mention.trigger.pattern != CAPTURE_VERBS:
        return False
    clause = mention.clause_text
    left = gated_search(_AFTER_WITHDRAWAL_RE, clause)
    return (
        left is not None
        and _FLEEING_CIVILIANS_RE.search(left.group()) is None
        and not gated_search(_FIGHT_OR_HARM_RE, clause)
    )


#: Those who fled or left who held no ground: "as hundreds of civilians fled", "after residents fled".
_FLEEING_CIVILIANS_RE = re.compile(
    r"\b(?:civilians|residents|families|inhabitants|villagers|locals|people|displaced)\b", re.IGNORECASE
)


def classify_unresisted(readings: list[SentenceReading]) -> None:
    """Across sentences: an arrest, search or capture told with nobody harmed is no incident when the next sentence,
    telling no incident of its own, says it went without a fight ("Police held three men in a raid on X. No shot was
    fired."); a helicopter landing that neither its sentence nor the next tells more of is only seen (``heard``:
    :func:`_bare_landing`); and a headline's arrest, search or capture with no toll is none when the body tells its
    kind only as done without a fight. Runs after :func:`~.chain.classify_sentence`; one pass, each sentence compared with the next."""
    for reading, following in zip(readings, readings[1:]):
        if (
            following.index == reading.index + 1
            and not any(m.verdict == CANDIDATE for m in following.mentions)
            and gated_search(_NO_FIGHT_RE, following.text)
        ):
            for mention in reading.mentions:
                if mention.verdict == CANDIDATE and _arrest_or_capture(mention) and not _harmed(mention):
                    mention.verdict = UNRESISTED
    for reading, following in zip(readings, [*readings[1:], None]):
        for mention in reading.mentions:
            if (
                mention.verdict == CANDIDATE
                and _bare_landing(mention, reading)
                and not (following is not None and following.index == reading.index + 1 and _tells_an_event(following))
            ):
                mention.verdict = HEARD  # "a helicopter landed for a few minutes near X before flying off": only seen
    body = [m for r in readings if not r.title for m in r.mentions if _arrest_or_capture(m)]
    kinds_unresisted = {_kind(m) for m in body if m.verdict == UNRESISTED}
    kinds_told = {_kind(m) for m in body if m.verdict == CANDIDATE}
    for reading in readings:
        if reading.title:
            for mention in reading.mentions:
                kind = _kind(mention)
                if (
                    mention.verdict == CANDIDATE
                    and _arrest_or_capture(mention)
                    and not _harmed(mention)
                    and kind in kinds_unresisted
                    and kind not in kinds_told
                ):
                    mention.verdict = UNRESISTED


# A landing told as a trigger ("helicopters landed near X", "a helicopter landing beside Y"): a raid's opening, but only
# a sighting when nothing else is told of it (not "landed ... and detained two men", "a landing operation on a house").
_BARE_LANDING_WORD_RE = re.compile(r"\b(?:landed|landings?)$", re.IGNORECASE)
# What a landing's sentence may tell that makes it a raid: a raid, an operation, a house stormed or surrounded, troops
# dropped (the arrests, fights and harm are :data:`_ARREST_OR_SEARCH_RE` and :data:`_FIGHT_OR_HARM_RE`).
_RAID_TOLD_RE = compile_guarded(
    r"\b(?:raid(?:s|ed|ing)?|operations?|storm(?:s|ed|ing)?|surround(?:s|ed|ing)?|besieg(?:e|ed|ing)|air-?drop\w*|"
    r"drop(?:ped)?|captur\w*|seiz\w*|took\s+away|taken\s+away|abduct\w*|wanted|targeting|targeted|target)\b",
    re.IGNORECASE,
)


def _bare_landing(mention: EventMention, reading: SentenceReading) -> bool:
    """A helicopter or troop landing that its sentence tells nothing more of: its event word the landing itself, no
    toll, the sentence's only event, and no raid, arrest, search, fight or harm told in it."""
    if mention.has_figure or len(reading.mentions) != 1 or not _BARE_LANDING_WORD_RE.search(mention.trigger_word):
        return False
    text = reading.text
    return not (
        gated_search(_RAID_TOLD_RE, text) or gated_search(_ARREST_OR_SEARCH_RE, text) or gated_search(_FIGHT_OR_HARM_RE, text)
    )


def _tells_an_event(reading: SentenceReading) -> bool:
    """Whether a sentence tells an event that may be the landing's raid: a candidate of its own, or a raid, arrest or
    harm told with no event word ("Two men were taken away.")."""
    return any(m.verdict == CANDIDATE for m in reading.mentions) or bool(
        gated_search(_RAID_TOLD_RE, reading.text)
        or gated_search(_ARREST_OR_SEARCH_RE, reading.text)
        or gated_search(_FIGHT_OR_HARM_RE, reading.text)
    )


#: The words of an arrest: "arrested", "detaining", "detentions", "rounded up" (:data:`_ARREST_OR_SEARCH_RE`,
#: :data:`_ARRESTED_RE`; not "detains": what a prison does, "stormed the jail, which detains 300 inmates").
_ARREST_WORDS = r"arrest(?:s|ed|ing)?|detain(?:ed|ing)?|detentions?|apprehend(?:s|ed|ing)?|round(?:ed|ing)?\s+up"

# --- An arrest, search or security operation with nobody harmed and no fight told: no violence, so no incident, even
# when the text does not say "without resistance" (the dev writers' convention, ACLED's: an arrest is no violent
# event; "the SDF raided homes in X, arresting eleven men", "launched a search campaign in the countryside", "announce
# the end of the security operation"). Read on the whole incident, after clustering: a toll or a fight told in a later
# sentence ("a man was killed during the raid") has joined it by then, or is told in the very next sentence.
_ARREST_OR_SEARCH_RE = compile_guarded(
    r"\b(?:" + _ARREST_WORDS + r"|"
    r"search(?:es|ed|ing)?|security\s+(?:operations?|campaigns?|sweeps?)|sweeps?|combing|"
    # houses raided, a sweep of them: "raided several houses", "raids on homes in the village" (not "raided the house
    # of a suspect": one target, whatever became of him)
    r"raid(?:s|ed|ing)?\s+(?:on\s+)?(?:[\w-]+\s+){0,2}?(?:houses|homes)|curfew)\b",
    re.IGNORECASE,
)
_FIGHT_OR_HARM_RE = compile_guarded(
    r"\b(?:clash(?:es|ed)?|fir(?:e|ed|ing)|firefights?|gunfights?|gunfire|shots?|shoot(?:s|ing)?|shelled|fought|"
    r"fighting|battles?|resist(?:ed|ance)|exchanges?|kill(?:s|ed|ing)?|dead|died|deaths?|wound(?:s|ed|ing)?|"
    r"injur(?:y|ies|ed|ing)|hurt|casualt(?:y|ies)|bomb(?:s|ed|ing)?|explo(?:sion|sions|ded)|blasts?|"
    r"abduct(?:s|ed|ing|ion)?|kidnap(?:s|ped|ping)?|neutrali[sz](?:ed|ing)|eliminat(?:ed|ing)|torture[ds]?|"
    r"beat(?:en|ing)?|assault(?:s|ed)?|attack(?:s|ed|ing)?)\b",
    re.IGNORECASE,
)
# Harm said not to have happened: "no one was hurt", "nobody was injured", "without casualties", "no injuries were
# reported" (its words are no harm told: blanked with the fights told as not fought before :data:`_FIGHT_OR_HARM_RE`).
_NO_HARM_RE = compile_guarded(
    r"\b(?:no\s+one|nobody|none\s+of\s+(?:them|the\s+[\w-]+))\s+(?:was|were|had\s+been|has\s+been)\s+"
    r"(?:hurt|harmed|injured|wounded|killed)\b"
    r"|\b(?:without|with\s+no|no)\s+(?:any\s+)?(?:casualt(?:y|ies)|injur(?:y|ies)|deaths|losses)\b"
    # an attack only planned, what those arrested were suspected of: "a cell suspected of planning attacks in X",
    # "men plotting bombings", "preparing to carry out an assassination"
    r"|\b(?:planning|plotting|preparing|planned|plotted|intending)\s+(?:to\s+(?:carry\s+out|launch|commit|stage)\s+)?"
    r"(?:an?\s+|new\s+|further\s+|more\s+)?(?:[\w-]+\s+)?(?:attacks?|bombings?|assassinations?|operations|assaults?)\b",
    re.IGNORECASE,
)


# A raid with the coalition's or foreign troops' part in it (a helicopter landing, "backed by the coalition"): a
# partnered operation, which monitors of the coalition's actions (Airwars) record as an event of its own.
_PARTNERED_RE = compile_guarded(
    # ("U.S." in capitals only: "a resident told us" names no partner)
    r"\b(?:coalition|(?-i:U\.?S)\b\.?|american|helicopters?|heliborne|airdrop|air-?dropped|landed|landing)\b",
    re.IGNORECASE,
)
# The coalition named only as the supporter of another party's operation: "with support from the International
# Coalition", "in coordination with the coalition", "in a joint raid with the US-led coalition", "with coalition
# support", "backed by the coalition" (not its own hand in it: "backed by coalition helicopters", "with the air support
# of the coalition", "in cooperation with coalition forces": its troops there). Seven development writers list such an
# arrest-only operation as no incident: the support is the SDF's wording of its own operation, not a coalition raid.
_COALITION_NAMED = (
    # (the possessive inside the look-ahead: "the coalition's special forces" must not match as a bare "coalition")
    r"(?:the\s+)?(?:(?:U\.?S\.?|American)-led\s+|international\s+|global\s+)?coalition"
    r"(?!(?:['’]s)?\s*(?:helicopters?|aircraft|warplanes?|jets?|drones?|planes?|air|forces|troops|soldiers|special|"
    r"commandos?|paratroopers?)\b)(?:['’]s)?"
)
_SUPPORT_NOUN = r"(?:(?:full\s+|direct\s+|logistical\s+)?(?:support|backing|help|assistance|coordination|cooperation))"
_COALITION_AS_SUPPORTER_RE = compile_guarded(
    r"\b(?:with|in|under)\s+(?:the\s+)?" + _SUPPORT_NOUN + r"\s+(?:of|from|with)\s+" + _COALITION_NAMED
    + r"|\b(?:with|in|under)\s+" + _COALITION_NAMED + r"\s+" + _SUPPORT_NOUN
    + r"|\b(?:joint|partnered|combined|coordinated)\s+(?:security\s+)?(?:operations?|raids?|campaigns?)\s+with\s+"
    + _COALITION_NAMED
    + r"|\b(?:supported|backed|assisted|aided)\s+by\s+" + _COALITION_NAMED
    # the epithet of the party that raided: "the US-backed SDF", "U.S.-supported forces", "coalition-backed fighters"
    + r"|\b(?:U\.?S\.?|American|coalition)-(?:backed|supported)\b",
    re.IGNORECASE,
)


def _partnered(told: str) -> bool:
    """Whether ``told`` names the coalition's or foreign troops' part in a raid (:data:`_PARTNERED_RE`), once the
    coalition named only as a supporter is set aside (:data:`_COALITION_AS_SUPPORTER_RE`)."""
    if not could_match(_PARTNERED_RE, told):
        return False
    if could_match(_COALITION_AS_SUPPORTER_RE, told):
        told = _COALITION_AS_SUPPORTER_RE.sub(_blank, told)
    return _PARTNERED_RE.search(told) is not None


# The raid's fight told in the next sentence: "During the raid, the gunmen fired on the patrol".
_DURING_THE_OPERATION_RE = compile_guarded(
    r"\b(?:during|in\s+the\s+course\s+of|amid)\s+(?:the|this|that)\s+(?:raid|operation|campaign|search|sweep|arrest)",
    re.IGNORECASE,
)


#: The sentences after a raid in which its partner may be named ("The SDF announced the operation, carried out with
#: the coalition"): a few, so that a report's background paragraph on the coalition's support does not count.
_PARTNER_WINDOW = 3
#: The parties whose raid on a place is an assault on it, never a security operation, unless it arrested people in
#: no armed post (:data:`_ARRESTED_RE`, :data:`_ARMED_POST_RE`: "ISIS raided shops in the market and detained five
#: men", its own policing, which every writer lists as no incident; and the insurgents named as the arrested, "ISIS
#: suspects detained in raids", are read as the raid's party at times). "ISIS raided a checkpoint and seized two
#: guards" stays an assault.
_INSURGENTS = frozenset({"ISIS"})
_ARRESTED_RE = compile_guarded(r"\b(?:" + _ARREST_WORDS + r")\b", re.IGNORECASE)
_ARMED_POST_RE = compile_guarded(
    r"\b(?:checkpoints?|posts?|positions?|bases?|barracks|headquarters|outposts?|garrisons?|guards|soldiers|troops)\b",
    re.IGNORECASE,
)


# --- A kidnapping with nobody harmed and no fight told: no incident, as an arrest is none (six of eight development
# writers list it as a not-incident: "gunmen kidnapped a man in X", "a cell abducted a shepherd and demanded a
# ransom"). Kept: a victim harmed or told dead after (a body found joins the incident in coreference), a fight told,
# a partner's raid, and a community's mass abduction in an assault ("abducted at least 90 villagers", "scores of ...",
# "the abductions"), which the writers code as the assault's incident.
_ABDUCTION_RE = compile_guarded(r"\b(?:abduct(?:s|ed|ing|ion)?|kidnapp?(?:s|ed|ing)?)\b", re.IGNORECASE)
# ten or more: "15", "1,200", "fifteen", "twenty-one", "dozens"
_MANY = (
    r"(?:\d{2,}|\d{1,3}(?:,\d{3})+|ten|eleven|twelve|[a-z]+teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty(?:-[a-z]+)?"
    r"|dozens|scores|hundreds|thousands)"
)
_MASS_ABDUCTION_RE = compile_guarded(
    # the taken as the verb's object: "abducted at least 150 villagers", "kidnapped dozens"
    r"\b(?:abduct|kidnapp?)\w*\s+(?:(?:at\s+least|more\s+than|over|some|about|around|nearly|up\s+to|as\s+many\s+as)\s+)?"
    + _MANY
    + r"\b"
    # "scores of Christians", "the abductions took place at dawn"
    r"|\b(?:dozens|scores|hundreds|thousands)\s+of\b|\b(?:abductions|kidnappings)\b"
    # the taken as a count of people anywhere in the evidence: "90 people were abducted", "some 20 young men"
    r"|\b(?:\d{2,}|\d{1,3}(?:,\d{3})+)\s+(?:[\w'-]+\s+){0,2}?"
    + dispatched_alternation(sorted(PERSON_NOUNS, key=len, reverse=True), re.IGNORECASE)
    + r"\b",
    re.IGNORECASE,
)


def _told_as_happened(evidence: str) -> str:
    """``evidence`` with what it tells did not happen or happened before blanked: a fight or harm said not to have
    happened ("no shots fired", "no one was hurt") and the event answered ("after the attack"), for
    :data:`_FIGHT_OR_HARM_RE` to read."""
    return _NO_HARM_RE.sub(_blank, _NO_FIGHT_RE.sub(_blank, _AFTER_THE_EVENT_RE.sub(_blank, evidence)))


# The fate of the one kidnapped told in the evidence or the next sentence (which has no place of its own at times and
# then joins no incident): "kidnapped a guard and executed him", "He was later found dead", "his body was found".
_CAPTIVE_HARMED_RE = compile_guarded(
    r"\b(?:execut(?:ed|ing|ion)|behead(?:ed|ing)?|found\s+dead|bod(?:y|ies)|corpses?|murder(?:ed)?|slain"
    r"|(?:killed|shot|tortured)\s+(?:him|her|them))\b",
    re.IGNORECASE,
)


def _unharmed_abduction(cluster: EventMention, evidence: str, after: list[str]) -> bool:
    """Whether an incident is a kidnapping of a few people that harmed nobody ("Masked gunmen kidnapped a pharmacist
    in X"): an attack with no toll above zero whose clause tells an abduction, with no other fight or harm told in its
    evidence, no mass abduction, no fate of the captive told there or in the first sentence ``after`` ("and executed
    him", "He was later found dead"), and no partner named there or in the sentences ``after``."""
    if (
        cluster.event_type is not EventType.ATTACK
        or _harmed(cluster)
        or not gated_search(_ABDUCTION_RE, cluster.clause_text)
    ):
        return False
    told = _told_as_happened(evidence)
    return (
        not gated_search(_FIGHT_OR_HARM_RE, _ABDUCTION_RE.sub(_blank, told))
        and not any(gated_search(_CAPTIVE_HARMED_RE, told_of_captive) for told_of_captive in (told, *after[:1]))
        and not gated_search(_MASS_ABDUCTION_RE, evidence)
        and not any(_partnered(sentence) for sentence in (evidence, *after))
    )


def drop_arrests_without_harm(clusters: list[EventMention], text: str, sentences: list[Sentence]) -> list[EventMention]:
    """The incidents without the raids that only arrested or searched: type ``raid``, nobody harmed (no toll, or a zero
    one), an arrest, detention, search or security operation told in the evidence and no fight, harm, blast or
    abduction told there ("The SDF raided homes in X, arresting eleven men"). Kept: an insurgents' raid that arrested nobody (an attack),
    a partnered one (:data:`_PARTNERED_RE`, in the evidence or the :data:`_PARTNER_WINDOW` sentences after), one
    whose fight the next sentence tells ("During the raid, ..."). Also without the kidnappings of a few people that
    harmed nobody (:func:`_unharmed_abduction`). A few searches per raid: linear in the text."""
    opening: dict[int, list[EventMention]] = {}
    for cluster in clusters:
        opening.setdefault(cluster.sentence_index, []).append(cluster)
    kept: list[EventMention] = []
    for cluster in clusters:
        evidence = " ".join(text[start:end] for start, end in cluster.evidence)
        if _unharmed_abduction(
            cluster,
            evidence,
            [
                text[s.start : s.end]
                for s in sentences[cluster.last_sentence_index + 1 : cluster.last_sentence_index + 1 + _PARTNER_WINDOW]
            ],
        ):
            continue  # "gunmen kidnapped a man in X": nobody harmed, no fight
        if cluster.event_type is EventType.RAID and not _harmed(cluster):
            if cluster.actor in _INSURGENTS and (
                not gated_search(_ARRESTED_RE, evidence) or gated_search(_ARMED_POST_RE, evidence)
            ):
                kept.append(cluster)  # an insurgents' assault: "ISIS raided the village", "... a checkpoint, seizing two guards"
                continue
            # the sentences after the raid's own (a sentence that merged into it without evidence of its own, "During
            # the raid, ...", among them), a few at most, up to the next incident told at another place (a bulletin's
            # next item: "Raqqa: the SDF raided homes ... Deir Ezzor: US helicopters landed ..." names no partner of
            # the raid)
            first, last = cluster.sentence_index + 1, max(cluster.last_sentence_index + 1, cluster.sentence_index + 2)
            end = min(last, first + 2) + _PARTNER_WINDOW - 1
            places = {p.text.lower() for p, _ in cluster.places}
            for index in range(first, min(end, len(sentences))):
                if any(
                    other is not cluster and not places & {p.text.lower() for p, _ in other.places}
                    for other in opening.get(index, ())
                ):
                    end = index
                    break
            after = [text[s.start : s.end] for s in sentences[first:end]]
            # ("arrested four men, no shots fired", "no one was hurt": a fight or harm said not to have happened; "after
            # the attack": the event the raid answered, told elsewhere)
            # (a raid's abductions are its arrests, whatever their number: "stormed the villages and kidnapped three
            # young men", the word a party's opponents use of its detentions; a raid that harmed nobody and told no
            # fight is no incident either way. An insurgents' raid was kept above.)
            told_harm = _ABDUCTION_RE.sub(_blank, _told_as_happened(evidence))
            if (
                (gated_search(_ARREST_OR_SEARCH_RE, evidence) or gated_search(_ABDUCTION_RE, evidence))
                and not gated_search(_FIGHT_OR_HARM_RE, told_harm)
                and not any(_partnered(told) for told in (evidence, *after))
                and not any(gated_search(_DURING_THE_OPERATION_RE, told) for told in after[:2])
            ):
                continue
        kept.append(cluster)
    return kept


def _kind(mention: EventMention) -> bool:
    """The kind of an arrest or capture, for a headline and its body: True for a raid, False for ground taken."""
    return mention.event_type is EventType.RAID
