"""Refer-backs and causes (verdicts ``refer-back`` and ``cause``): the event named is one told elsewhere, or
another event's occasion, not an event of its own.

``refer-back``: a ranking of the event told before ("It was the deadliest attack since ..."), a victim ranked in a
count of their kind, a security measure taken after the event ("arrested 12 suspects after the attack", "Following the attack, the police
closed the roads", "sent reinforcements to the town after the bombing"), a definite
event given a reason after it ("launched the strikes in response to a bombing in Istanbul"), an event named only as a
time reference ("the raids came days after a deadly attack in Ankara"; days, weeks or months apart also when told
by a clause or with a place of its own: "comes a month after the militants stormed X"; hours or a day apart, an event
told by a clause of its own, "came hours after the army shelled X", is an incident dated by the other; and whatever a
sentence opening
"This comes three weeks after ..." tells after its frame, however far its event word stands: :func:`occasion_of_the_report`),
the occasion of a plan or threat, where the
fire told before came from ("the shells came from positions in X") or what made the weapon ("the drone was of
Iranian origin"), plural events taken together ("those
assassinations"), and the event another came after, named by a noun with no toll or verb of its own ("the campaign
followed a car bombing in X on March 4"), unless the very next sentence tells its toll
(:func:`classify_sequels_told_on`). ``cause``: a definite event noun telling how it began ("The clashes erupted after
the SDF arrested ...").
"""

from __future__ import annotations

import re

from mapapp.extract.background.frames import (
    _FRAME_WINDOW,
    _dated_from,
    _event_word_position,
    _framing_match,
)
from mapapp.extract.background.tallies import _of_the_kinds_counted
from mapapp.extract.background.verdicts import REFER_BACK
from mapapp.extract.lexicon import ANSWERED_EVENT_WORDS, compile_guarded, could_match, gated_search
from mapapp.extract.mentions import CANDIDATE, EventMention, SentenceReading
from mapapp.extract.triggers import find_triggers


# A definite event noun whose clause tells how it began: "The clashes erupted after ...", "the fighting broke out when".
_CONSEQUENCE_RE = compile_guarded(
    r"\b(?:the|these|those|this|such)\s+(?:[\w-]+\s+){0,2}(?:clashes|fighting|attacks?|strikes|violence|unrest|battles?|"
    r"confrontations|hostilities)\s+(?:had\s+)?(?:erupted|broke out|began|started|flared(?: up)?|escalated|were sparked)\s+"
    r"(?:after|when|following|by)\b",
    re.IGNORECASE,
)

# The same with the day or place the fighting began between ("The fighting erupted on Aug. 27 after the SDF detained
# ...", "the clashes broke out in Diban last week when ..."): read only when the clause gives no toll (the toll of a
# clash told again, "The clashes erupted in X on Monday after ..., killing two", is that clash's).
_CONSEQUENCE_DATED_RE = compile_guarded(
    r"\b(?:the|these|those|this|such)\s+(?:[\w-]+\s+){0,2}(?:clashes|fighting|attacks?|strikes|violence|unrest|battles?|"
    r"confrontations|hostilities)\s+(?:had\s+)?(?:erupted|broke out|began|started|flared(?: up)?|escalated|were sparked)\s+"
    r"(?:[\w.'’-]+\s+){1,7}?(?:after|when|following)\b",
    re.IGNORECASE,
)


# A definite event given a reason after its event word: "Ankara launched the strikes in response to a bombing in
# Istanbul" (the strikes are told elsewhere; the place after the reason is the reason's).
_REASON_AFTER_RE = compile_guarded(
    r"\b(?:" + ANSWERED_EVENT_WORDS + r")\b"
    r"|\b(?:came|took\s+place|happened|occurred)\s+(?:only\s+|just\s+)?"
    r"(?:(?:about|around|roughly|nearly|almost|some|more\s+than|less\s+than)\s+)?"  # "came about a month after"
    r"(?:(?:a|one|two|three|four|five|six|several|a\s+few)\s+)?(?:days?|weeks?|hours?|months?)\s+(?:after|before)\b"
    r"|\b(?:came|come|comes)\s+(?:as|amid|while|despite|at\s+a\s+time)\b"
    # what it came after, named by a noun ("these raids come after an explosion at a depot in X", "the campaign
    # followed a car bombing in X"; not "came after gunmen attacked ...": a clause of its own)
    r"|\b(?:came|come|comes)\s+(?:(?:only|just|shortly|soon)\s+)?(?:after|following)\s+(?=(?:an?|the|[\w-]+['’]s)\s)"
    r"|\bfollow(?:ed|s)\s+(?=(?:an?|the|[\w-]+['’]s)\s)",
    re.IGNORECASE,
)


# Another event as a time reference only: "the raids came days after a deadly attack in Ankara", ", a week after
# clashes in the area" (with no toll, no day and no place of the map of its own: "a day after gunmen attacked a
# checkpoint in X" is an incident dated by the other).
_TIME_REFERENCE_RE = compile_guarded(
    r"\b(?:days?|weeks?|hours?|months?)\s+(?:after|before)\s+(?:the|an?|that|this)\b", re.IGNORECASE
)
# (with no determiner, "a week after clashes in the area", only when the clause names no place of its own: "a day
# after shelling on the village of X" may be the only report of that shelling)
_BARE_TIME_REFERENCE_RE = compile_guarded(r"\b(?:days?|weeks?|hours?|months?)\s+(?:after|before)\b", re.IGNORECASE)
# An event dated days, weeks or months before or after the one reported ("comes a month after the militants stormed X",
# "days after expelling them from Y", "two weeks after the SDF took Z"): the time reference of the report whether told
# by a noun or by a clause of its own, and whatever place it names (a day or hours apart it may be an incident dated by
# the other; a toll of its own, or a day told after the frame, keeps it).
# (a frame opening the sentence: at most this many words before it, "Just two weeks after"; and at most this many
# words between it and the event word it governs: a subject, "the militants")
_OPENING_FRAME_WORDS = 3
_OPENING_FRAME_GAP_WORDS = 2
_LONG_TIME_REFERENCE_RE = compile_guarded(r"\b(?:days|weeks?|months?|years?)\s+(?:after|before)\s", re.IGNORECASE)
# A verb right after the event word makes it a clause telling the event ("a day after a car bomb exploded in X").
_VERB_AFTER_EVENT_WORD_RE = re.compile(
    r"[\w-]*\s+(?:(?:[\w-]+\s+)?[a-z]+ed|(?:[\w-]+\s+)?(?:went|hit|struck|shot|blew|tore|rocked|left|was|were))\b"
)


# "as a result of those assassinations", "in these attacks": plural events told before, taken together.
_COLLECTIVE_REFERENCE_RE = compile_guarded(
    r"\b(?:those|these|such)\s+(?:[\w-]+\s+){0,2}(?:attacks|assassinations|killings|operations|strikes|bombings|"
    r"explosions|raids|incidents|violations|crimes)\b",
    re.IGNORECASE,
)
# "This is the second deadly blast this month ...", "It was the deadliest attack since ...", "The attack is the fourth
# this week", "Sunday's strike on the village was the third in a month": the event told before, ranked against
# others; nothing new. (A post's number in its thread may open it: "2/ It was the 7th raid on the camp in May".)
_RANKING_RE = re.compile(
    r"\W*(?:thread\W*)?(?:\d{1,2}/\W*)?(?:this|it|that|(?:the|this|that|[A-Z][a-z]+day's)\s+(?:[\w-]+\s+){0,2}?(?:attack|strike|bombing|blast|explosion|"
    r"shelling|raid|ambush|assassination|killing|incident|assault)s?(?:\s+[\w'’-]+){0,5}?)\s+(?:is|was|marks|marked|became)\s+"
    r"(?:the\s+|a\s+)?(?:[\w-]+\s+)?"
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th)|latest|deadliest|"
    r"bloodiest|biggest|largest|worst|another)\b",
    re.IGNORECASE,
)
# The victim just told, ranked in a count of the victims of their kind: "He is the third council member to be killed in
# the area this month", "She was the fifth journalist to die in the province since January" (the dead counted
# before are a tally, not an event told).
_NTH_VICTIM_RE = compile_guarded(
    r"\b(?:is|was|became|becomes)\s+the\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+"
    r"(?:[\w-]+\s+){0,4}?to\s+(?:be\s+|have\s+been\s+)?(?:killed|die|assassinated|murdered|shot|targeted|abducted)\b",
    re.IGNORECASE,
)
# The event just told, named as what came before: "after the attack", "following this bombing", "in the wake of
# last week's clashes" (a definite event word, or one dated by a possessive day: told elsewhere, not told here).
_AFTER_THE_EVENT = (
    r"\b(?:after|following|in\s+the\s+wake\s+of)\s+(?:the|this|that|(?:last\s+)?(?:week|month|night|yesterday|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)['’]s)\s+(?:[\w-]+\s+)?(?:attacks?|assassinations?|"
    r"killings?|bombings?|blasts?|explosions?|shootings?|ambush|incidents?|murders?|(?:air\s*)?strikes|raids|"
    r"shelling|bombardment|clashes)\b"
)
_AFTER_THE_EVENT_RE = compile_guarded(_AFTER_THE_EVENT, re.IGNORECASE)
# (troops gathered or sent, a place surrounded: "the army brought reinforcements to the town after the attack", "the SDF
# amassed troops", "forces surrounded the neighbourhood")
_MEASURE_MORE = (
    r"amassed|amassing|surrounded|surrounding|besieged|(?:brought|bringing|sent|sending|dispatched|dispatching|rushed|"
    r"rushing|deployed|deploying)\s+(?:(?:large|more|further|heavy|new|additional|military|security|its|their)\s+){0,2}"
    r"(?:reinforcements|troops|forces)"
)
# A security measure taken after the event just told: "SDF forces blocked the entrances of the town and set up
# checkpoints after the assassination", "Police detained 12 suspects following the bombing", "The Asayish imposed a
# curfew in the wake of the attack" (the event is named only as the occasion of the measure).
_MEASURE_AFTER_RE = compile_guarded(
    r"\b(?:arrested|arresting|detained|detaining|rounded\s+up|blocked|blocking|closed|closing|cordoned|sealed|imposed|"
    r"imposing|set\s+up|setting\s+up|erected|deployed|deploying|tightened|tightening|stepped\s+up|launched\s+(?:a\s+)?"
    r"(?:search|manhunt|investigation|probe|security\s+(?:sweep|campaign|operation))|"
    # the means of a town cut off: "IS shut off the town's internet following the raids", "shut down the bridge"
    r"cut(?:\s+off)?\s+(?:the\s+)?(?:internet|phone|telephone|communications?|electricity|power|water|roads?)|"
    r"shut\s+down|suspended|" + _MEASURE_MORE + r")\b[^.;]{0,120}?" + _AFTER_THE_EVENT,
    re.IGNORECASE,
)
# The same measure told after the event that opens the sentence as its occasion: "Following the attack, the Asayish
# closed the roads to the blast site", "After the incident, the SDF amassed troops where the attack took
# place" (the event named again only as the occasion, and where the measure is taken: no event of the clause).
_MEASURE_OPENING_RE = compile_guarded(
    r"\W{0,3}" + _AFTER_THE_EVENT + r"\s*,\s+(?:[\w'’().-]+\s+){1,8}?(?:arrested|detained|rounded\s+up|blocked|closed|"
    r"cordoned|sealed|imposed|set\s+up|erected|deployed|tightened|stepped\s+up|launched\s+(?:a\s+)?(?:search|manhunt|"
    r"investigation|probe|security\s+(?:sweep|campaign|operation))|shut\s+down|" + _MEASURE_MORE + r")\b",
    re.IGNORECASE,
)


# An event named as what a threat or a plan answers: "Turkey said it would target infrastructure in Syria after an attack
# on its ministry in the capital" (the plan is the news; the event after "after" is its occasion, told elsewhere).
_OCCASION_FRAME_RE = compile_guarded(
    r"\b(?:after|following|since)\s+(?:the|an?|its|their|last\s+\w+['’]s)\s+(?:[\w-]+\s+){0,2}?", re.IGNORECASE
)
_PROMISED_RE = compile_guarded(
    r"\b(?:would|will|vow(?:s|ed)?|threaten(?:s|ed)?|pledg(?:es|ed)?|promis(?:es|ed)|plans?|planned)\b", re.IGNORECASE
)


def classify_sequels_told_on(readings: list[SentenceReading]) -> None:
    """Across sentences: an event named only as what another came after (:func:`_sequel_told`, a refer-back) whose
    toll the very next sentence tells is an incident after all, with a toll of its own ("The raids came after a car
    bombing in X on Wednesday. The bombing killed six people.", "... after an explosion at a depot in Y on March 2.
    Two workers were killed."): the next sentence tells no event but that toll, or only a definite event of the kind
    named again with its figure and no place of its own. Runs after :func:`~.chain.classify_sentence`; one pass."""
    for reading, following in zip(readings, readings[1:]):
        if following.index != reading.index + 1:
            continue
        for mention in reading.mentions:
            if mention.verdict != REFER_BACK or mention.has_figure or not _sequel_told(mention):
                continue
            if _toll_told_next(mention, following):
                mention.verdict = CANDIDATE


def _toll_told_next(mention: EventMention, following: SentenceReading) -> bool:
    """Whether ``following`` tells the toll of ``mention``'s event: a toll with no event word, or the event named
    again, definite, with a figure above zero, no place of its own, of a kind the first may be (:func:`~.tallies._of_the_kinds_counted`)."""
    if not following.mentions:
        toll = following.toll()
        return any(f is not None and (f.high is None or f.high > 0) for f in (toll.killed, toll.injured))
    return all(
        m.definite
        and m.has_figure
        and not m.figures_all_zero
        and not m.named_places
        and _of_the_kinds_counted(m.event_type, {mention.event_type})
        for m in following.mentions
    )


def _measure_after_the_event(mention: EventMention) -> bool:
    """Whether the clause tells a measure taken after the event its event word names (:data:`_MEASURE_AFTER_RE`:
    "police arrested 12 suspects after the attack", "IS cut the internet after the strikes"), the event word within
    that telling; not an event told before the measure ("howitzers shelled A, and schools were shut down after the
    shelling": the shelling is told as the clause's own event). Or the clause opens with the event as the measure's
    occasion (:data:`_MEASURE_OPENING_RE`: "Following the attack, the Asayish closed the roads to the blast site")."""
    clause = mention.clause_text
    if mention.opens_sentence and could_match(_MEASURE_OPENING_RE, clause) and _MEASURE_OPENING_RE.match(clause):
        return True  # (matched at the clause's start: "Gunmen stormed X after the clashes, and guards sealed ..." no)
    found = gated_search(_MEASURE_AFTER_RE, mention.clause_text)
    if found is None:
        return False
    position = _event_word_position(mention)
    return position < 0 or position >= found.start()


# Where the fire told before came from, as the clause's verb: "the shells came from positions in X", "the rockets
# were fired from a village near Y", "the drone had been launched from Z" (the place is the origin, not the event's),
# or the weapon's make told by a copula: "the drone was of Iranian origin", "assessed the UAV to be Iranian-made".
_ORIGIN_AFTER_RE = re.compile(
    r"[\w-]*\s+(?:[\w-]+\s+){0,2}?(?:(?:came|come|comes|originated|originate|(?:were|was|had\s+been|have\s+been|are|is)\s+"
    r"(?:fired|launched|shot))\s+from\b"
    r"|(?:were|was|is|are|to\s+be|had\s+been|has\s+been|have\s+been)\s+(?:of\s+[\w-]+\s+(?:origin|make|manufacture)|"
    r"(?:an?\s+)?[\w-]+-(?:made|manufactured|built)\b)"
    # (the make all the clause tells: not "the car bomb was home-made and tore through a market in X", which tells the
    # event with its verb after the make)
    r"(?=\s*(?:[.,;:)\"”]|$)))",
    re.IGNORECASE,
)
# (the words one of the two needs: a cheap test before the pattern)
_ORIGIN_WORDS = (" from ", " origin", " make", " manufacture", "-made", "-manufactured", "-built")


_ARTICLE_BEFORE_RE = re.compile(r"\b(?:the|these|those)\s+$", re.IGNORECASE)


def _origin_told(mention: EventMention) -> bool:
    """The clause's verb, just after its definite event word, tells where the fire came from or what made the weapon."""
    clause = mention.clause_text
    lowered = clause.lower()
    if not any(word in lowered for word in _ORIGIN_WORDS):
        return False
    word = _event_word_position(mention)
    if word < 0 or not (mention.definite or _ARTICLE_BEFORE_RE.search(clause, max(0, word - 8), word)):
        return False  # (the article read here too: "a source said that the shells came from ...")
    origin = _ORIGIN_AFTER_RE.match(clause, word)
    # (not "the drone came from the north and struck a car in X": an event told after its origin)
    return origin is not None and not find_triggers(clause[origin.end() :])


def _reason_follows(mention: EventMention) -> bool:
    """A reason given after the event word, and no place below governorate level named before the reason."""
    clause = mention.clause_text
    if not could_match(_REASON_AFTER_RE, clause):
        return False
    word = _event_word_position(mention)
    if word < 0:
        return False
    reason = _REASON_AFTER_RE.search(clause, word)
    if reason is None:
        return False
    reason_start = mention.clause_span[0] + reason.start()  # a day after the reason is the reason's own
    return not any(p.start < reason_start for p in [*mention.sub_governorate_places, *mention.point_dates])


def _occasion_of_a_plan(mention: EventMention) -> bool:
    """The clause's event word stands after "after/following/since" in a clause that tells a plan or threat before it
    ("said it would target ... after an attack on ..."), no day is given after the frame (a day before it is the
    plan's) and no verb follows the event word."""
    lowered = mention.clause_text.lower()
    if not any(word in lowered for word in ("after", "following", "since")):
        return False
    frame = _framing_match(_OCCASION_FRAME_RE, mention)
    word = _event_word_position(mention)
    if frame is None or _PROMISED_RE.search(mention.clause_text, 0, frame.start()) is None:
        return False
    if _dated_from(mention, frame.start()):  # a day before the frame dates the plan, not the event
        return False
    return _VERB_AFTER_EVENT_WORD_RE.match(mention.clause_text, word) is None


def _long_time_reference(mention: EventMention) -> bool:
    """The clause's event word is told after "days/weeks/months after (or before)" (:data:`_LONG_TIME_REFERENCE_RE`,
    the frame ending at most a few words before it: a subject may stand between), with no day told from the frame on
    (a day before it dates the event reported)."""
    lowered = mention.clause_text.lower()
    if not ("after" in lowered or "before" in lowered):
        return False
    frame = _framing_match(_LONG_TIME_REFERENCE_RE, mention)
    if frame is None or _dated_from(mention, frame.start()):
        return False
    word = _event_word_position(mention)
    if mention.opens_sentence and len(mention.clause_text[: frame.start()].split()) <= _OPENING_FRAME_WORDS:
        # the frame opens the sentence: the report's own event may follow its subordinate clause unmarked ("Days
        # after the truce Turkish drones hit X", "Years after IS seized the city a blast hit Y"); only an event told
        # right after the frame, in a subordinate clause a comma closes, is its reference ("Weeks after the militants
        # stormed X, the army ...")
        return len(mention.clause_text[frame.end() : word].split()) <= _OPENING_FRAME_GAP_WORDS and (
            "," in mention.clause_text[word:]
        )
    return True


# The earlier event told by a clause of its own between the frame and the event word: its subject, then the event word
# as its verb ("hours after the army shelled the village", "a day after the militia struck X") or a verb that launches the
# event noun ("hours after the air force launched several raids on Y", "a day after the group carried out an attack").
# Hours or a day apart, such an event may be reported only there: an incident dated by the other, not a refer-back
# (days or more apart, :func:`_long_time_reference`, read before, keeps it a time reference).
_LAUNCH_VERB_BEFORE_RE = re.compile(
    r"\b(?:launched|carried\s+out|conducted|staged|mounted|executed|waged)\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE
)
_PAST_EVENT_VERB_RE = re.compile(r"[a-z]+ed|struck|hit|shot|blew\s+up", re.IGNORECASE)


def _told_by_a_clause_after(frame: re.Match[str] | None, mention: EventMention) -> bool:
    """Whether the words between the time frame (``frame``) and the event word make a clause telling the event: a
    subject before an event word that is a past-tense verb, or a launching verb right before the event noun
    (:data:`_LAUNCH_VERB_BEFORE_RE`, :data:`_PAST_EVENT_VERB_RE`)."""
    word = _event_word_position(mention)
    if frame is None or word <= frame.end():
        return False
    clause = mention.clause_text
    if _LAUNCH_VERB_BEFORE_RE.search(clause, frame.end(), word) is not None:
        return True
    # (a subject: the frame's determiner or a word between "after" and the verb, "hours after Israel attacked")
    return _PAST_EVENT_VERB_RE.fullmatch(mention.trigger_word or "") is not None and bool(
        clause[frame.start() : word].split()[2:]
    )


def _time_reference(mention: EventMention) -> bool:
    lowered = mention.clause_text.lower()
    if not ("after" in lowered or "before" in lowered):
        return False
    frame = _framing_match(_TIME_REFERENCE_RE, mention)
    if frame is None and not mention.named_places:
        frame = _framing_match(_BARE_TIME_REFERENCE_RE, mention)
    if frame is None:
        return False
    word = _event_word_position(mention)
    return _VERB_AFTER_EVENT_WORD_RE.match(mention.clause_text, word) is None and not _told_by_a_clause_after(
        frame, mention
    )


# The event another, told elsewhere, came after, named by a noun with no verb or toll of its own: "the campaign
# followed a car bombing in X on March 4", "these raids come after an explosion at a depot in X on June 9", "jets began
# the operation after a suicide attack on a police station in X", "the new wave comes after the government named ...,
# following an attack in X on July 7". Its day is its own (so the time-reference rule, which wants none, misses it), but it is
# the reason or the occasion of the event reported, not an event reported: the convention of the answered clause
# (:mod:`.clauses`), an event that came before another is an incident only with a toll of its own ("came a week after a
# bombing in X killed six"). The frame: "after"/"following" (then a determiner and up to three modifiers) in a clause
# whose verb before it tells a sequel or a launch, or "followed" itself.
_SEQUEL_FRAME_RE = compile_guarded(
    r"\b(?:after|following|followed|follows)\s+(?:an?|the|[\w-]+['’]s)\s+(?:[\w'’-]+\s+){0,3}?$", re.IGNORECASE
)
_SEQUEL_VERB_RE = compile_guarded(
    r"\b(?:came|come|comes|coming|launched|launches|began|begins|started|starts)\b", re.IGNORECASE
)
# (the frame's last word, when it is the verb itself: "the operation followed a bombing")
_FOLLOWED_RE = re.compile(r"\bfollow(?:ed|s)\s", re.IGNORECASE)
# (how far before the frame its verb may stand: "comes after Ankara announced that ... were targets, following")
_SEQUEL_VERB_WINDOW = 160


def _sequel_told(mention: EventMention) -> bool:
    """The clause's event word is named only as what another event came after (:data:`_SEQUEL_FRAME_RE`): the frame
    right before it, no verb right after it, and the frame's verb ("followed", or "came", "launched" ... before
    "after"/"following") in the clause before the frame."""
    clause = mention.clause_text
    lowered = clause.lower()
    if not ("after" in lowered or "follow" in lowered):
        return False
    word = _event_word_position(mention)
    if word < 0:
        return False
    frame = None
    for frame in _SEQUEL_FRAME_RE.finditer(clause, max(0, word - _FRAME_WINDOW), word):
        pass
    if frame is None or frame.end() != word:
        return False
    if _VERB_AFTER_EVENT_WORD_RE.match(clause, word) is not None:
        return False  # "came a day after a bomb exploded in X": a clause telling its event
    if _FOLLOWED_RE.match(clause, frame.start()):
        return True
    return _SEQUEL_VERB_RE.search(clause, max(0, frame.start() - _SEQUEL_VERB_WINDOW), frame.start()) is not None


# The report's own event, named by its subject, said to come weeks, months or years after another: "This comes a week
# after ...", "The attack came two months after ...", "It comes just over a year after ...". The sentence opens with the
# frame; whatever it tells after "after" is the occasion the report is set against, an event told long before to date
# this one, not reported here, whether told by a noun or by a clause and whatever its toll or place (a subject of at
# most five words: "The suspected Turkish drone attack"). Hours or days apart, or with no interval, the earlier event
# may be reported only there ("comes a day after gunmen attacked a checkpoint in X": an incident dated by the other);
# :func:`_time_reference` and :func:`_sequel_told` read those. Weeks or months apart, an earlier event told with
# anyone harmed stays one (the convention of the answered clause: "came a week after a bombing in X killed nine");
# a year or more apart, it is recalled whatever its toll.
_REPORT_COMES_LONG_AFTER_RE = re.compile(
    r"\W{0,3}(?:this|it|that|(?:the|this|that|today['’]s|yesterday['’]s|[a-z]+day['’]s)(?:\s+[\w'’-]+){1,5}?)\s+"
    r"(?:comes|came)\s+(?:(?:only|just|barely|nearly|almost|about|around|some|roughly)\s+)?"
    r"(?:(?:over|under|more\s+than|less\s+than)\s+)?(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|several|a\s+few|few|\d{1,3})\s+(?P<unit>weeks?|months?|years?)\s+(?:after|following)\s",
    re.IGNORECASE,
)
# (a part joined after the recalled event: a semicolon or ", and", ", while", ", but" ends what the frame tells)
_NEXT_PART_RE = re.compile(r";|,\s+(?:and|while|but|whereas)\s", re.IGNORECASE)
_REPORT_FRAME_WINDOW = 160  # characters from the sentence's start in which the frame is looked for
# (a toll the casualty reader leaves unread is a toll all the same: "personnel suffered minor injuries when ...")
_HARM_WORD_RE = re.compile(r"\b(?:kill|dead\b|died\b|injur|wound|casualt|martyr)", re.IGNORECASE)


def occasion_of_the_report(mention: EventMention, reading: SentenceReading) -> bool:
    """Whether the mention stands after the opening frame of a sentence that sets the report's own event weeks or more
    after an earlier one (:data:`_REPORT_COMES_LONG_AFTER_RE`: "This comes a month after ..."): that earlier event is
    an occasion recalled, not an incident the text reports. Told with anyone harmed (a toll, or a word of harm the
    casualty reader left unread), only a year or more back (weeks or months back it may be reported only here)."""
    text = reading.text
    window = text[:_REPORT_FRAME_WINDOW].lower()
    if not ("after" in window or "following" in window):
        return False
    frame = _REPORT_COMES_LONG_AFTER_RE.match(text, 0, min(len(text), _REPORT_FRAME_WINDOW))
    if frame is None:
        return False
    word = _event_word_position(mention)
    at = mention.clause_span[0] - reading.sentence.start + max(word, 0)
    if at < frame.end():
        return False  # the report's own event, the frame's subject ("The attack comes")
    if _NEXT_PART_RE.search(text, frame.end(), at) is not None:
        return False  # a part joined after the recalled one tells an event of its own ("..., and on Monday a bomb ...")
    if frame.group("unit").lower().startswith("year"):
        return True  # (recalled with its toll, as "last year, a strike killed three" is: :mod:`.history`)
    return not (mention.has_figure or _HARM_WORD_RE.search(text, frame.end()))
