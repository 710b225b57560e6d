"""Campaigns (verdicts ``history``, ``tally``, ``ongoing``): a battle, offensive or operation told as a whole, not
an event of it.

``history``: a campaign begun, told by its goal or by the stage it has reached ("the battle for X began on June 6",
"began the decisive battle to clear the pockets of Y", "the battle for Z was at a decisive stage"), a party's campaign started a week or more back, a fight of weeks or more or one said to be
over ("the four-month battle", "the battle was over"), a campaign given its name (:func:`named_campaign`: "air raids,
dubbed 'Operation X'", "what it called the 'Battle of Y'"), ground taken as the end of a long campaign recalled from a week
or more back ("captured X last week after months of fighting"), a fight told as what a truce or a storm stopped.
``tally``: a campaign ended and summed up ("concluded a 24-day security operation"), a toll over a whole battle ("more
than 3,000 people died during the battle for the city", or named bare: "during the battle"). ``ongoing``: a search or sweep told as going on
(:data:`_SWEEP_WORD_RE`, :data:`_GOING_ON_RE`).
"""

from __future__ import annotations

import re

from mapapp.extract.background.frames import _FRAME_WINDOW, _event_word_position, _frames_event_word, _frames_gated
from mapapp.extract.dates import resolve
from mapapp.extract.lexicon import CAPTURE_VERBS, compile_guarded, gated_search
from mapapp.extract.mentions import EventMention, SentenceReading
from mapapp.extract.triggers import find_triggers


# A fight told as the object of what stopped it: "a ceasefire ended the clashes in X", "heavy rain halted the fighting
# near Y" (the fight is over or on hold: the stop is told, not a fight; "the clashes ended with ..." has the fight as
# its subject and is not framed). Only fight nouns: "ended the siege" may be told as a capture.
_FIGHT_STOPPED_FRAME_RE = compile_guarded(
    r"\b(?:end(?:ed|s|ing)?|halt(?:ed|s|ing)?|stopp(?:ed|ing)|stops?|paus(?:ed|es|ing|e)|suspend(?:ed|s|ing)?|"
    r"froze|freez(?:es|ing|e)|(?:brought|bring(?:s|ing)?|put(?:s|ting)?)\s+an?\s+(?:\w+\s+)?end\s+to|"
    r"(?:brought|bring(?:s|ing)?)\s+(?:a\s+)?halt\s+to)\s+(?:(?:the|a|all|any|its|their|weeks\s+of|days\s+of|months\s+of)\s+)?"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# ... whose toll told is the total of the fight that stopped, in a relative clause: "ended the fighting in X that had
# killed dozens", "... which left scores dead".
_STOPPED_FIGHT_TOTAL_RE = re.compile(
    r"\b(?:that|which)\s+(?:had\s+)?(?:\w+\s+)?(?:killed|left|claimed)\b", re.IGNORECASE
)
_FIGHT_NOUNS = ("fighting", "clash", "hostilities", "battle", "combat")


# A toll of a whole battle or campaign: "more than 3,000 people died during the battle for the city", "killed
# throughout the offensive" (a campaign's total, not one event's toll).
_CAMPAIGN_TOLL_RE = compile_guarded(
    r"\b(?:during|throughout|over\s+the\s+course\s+of|in\s+the\s+course\s+of)\s+(?:the|its|their|this|that)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:(?:battle|offensive|campaign|war|siege|operation)\s+(?:for|against|on|to|of|in)\b"
    # (or the campaign the text tells, named bare at the clause's end: "civilians died in strikes during the battle";
    # not "during the operation", which may be the one raid just told)
    r"|(?:battle|offensive|campaign|war|siege)\s*(?:[.;]|$))",
    re.IGNORECASE,
)


# The end of a campaign summed up: "concluded a 24-day security operation in the camp, during which ...", "completed
# combing operations at the prison", "announced the end of a two-week campaign" (a campaign noun, or an operation with its
# length; "concluded an operation against a cell in X, killing two" is one raid).
_CAMPAIGN_ENDED_RE = compile_guarded(
    r"\b(?:conclu(?:ded|des|ding|de|sion\s+of)|end(?:ed|s|ing)?|complet(?:ed|es|ing|e|ion\s+of)|wrapp(?:ed|ing)\s+up|"
    r"wraps?\s+up|wound\s+up|winds?\s+up|finish(?:ed|es|ing)?|the\s+end\s+of)\s+(?:(?:a|an|the|its|their|his|her)\s+)?",
    re.IGNORECASE,
)
_CAMPAIGN_LENGTH_RE = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many)[\s-](?:day|week|month)s?(?:-long)?\b"
    r"|\b(?:day|week|month|year)s?-long\b",
    re.IGNORECASE,
)
# A length of weeks or more: "four-month", "two years", "year-long" (one pattern for the long fights below).
_WEEKS_OR_MORE_LONG = (
    r"\b(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many)[\s-](?:week|month|year)s?"
    r"(?:-long)?|(?:week|month|year)s?-long)"
)
# A fight given a length of weeks or more right before its noun: "the four-month battle", "the year-long siege" (the
# whole campaign, not one clash of it; "the two-day battle for the village" is one event).
_LONG_FIGHT_FRAME_RE = compile_guarded(_WEEKS_OR_MORE_LONG + r"\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_LONG_FIGHT_NOUNS = ("battle", "offensive", "campaign", "siege", "fighting", "war")
# Ground taken or a siege broken as the end of a campaign of weeks or more: "captured the town after months of
# fighting", "broke into the city after months of operations", "broke a nearly three-year siege".
_CAMPAIGN_END_RE = compile_guarded(
    r"\b(?:" + CAPTURE_VERBS + r"|broke\s+into|entered|(?:broke|broken|lifted|ended)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,4}?siege)\b"
    r"[^.;:]{0,160}?"
    r"(?:\bafter\s+(?:(?:more\s+than|nearly|almost|about|over|some)\s+)?(?:\w+\s+)?(?:weeks|months|years)\s+of\b"
    r"|" + _WEEKS_OR_MORE_LONG + r"\s+(?:[\w-]+\s+){0,2}?(?:siege|battle|offensive|campaign)\b)"
    # (the siege's length told before the breaking of it: "a nearly three-year siege" above)
    r"|\b(?:broke|broken|lifted|ended)\s+(?:the\s+|a\s+|an\s+)?(?:nearly\s+|almost\s+|more\s+than\s+)?"
    + _WEEKS_OR_MORE_LONG + r"\s+(?:[\w-]+\s+){0,2}?siege\b",
    re.IGNORECASE,
)
# A time a week or more back, with no day: "last week", "a week earlier", "two weeks ago", "earlier this month".
_WEEK_OR_MORE_BACK_RE = compile_guarded(
    r"\b(?:last|previous)\s+(?:week|month)\b|\b(?:a|one|two|three|four|several|a\s+few|\d+)\s+(?:weeks?|months?)\s+"
    r"(?:earlier|ago|before)\b|\bearlier\s+this\s+month\b",
    re.IGNORECASE,
)
#: Days before publication from which a day is no longer this report's news (a week: "on Tuesday" is within it).
_RECALLED_AFTER_DAYS = 7
# ... or said to be over, matched at the event word: "the battle was over", "the war is now over".
_FIGHT_OVER_AFTER_RE = re.compile(
    r"[\w-]*\s+(?:(?:for|in|against)\s+(?:[\w'’.-]+\s+){1,3}?)?(?:was|is|had\s+been|has\s+been)\s+(?:now\s+|finally\s+)?"
    r"[\"'“”‘’]?over\b",
    re.IGNORECASE,
)
_CAMPAIGN_WORDS = ("operations", "campaign", "sweep", "combing", "clearance", "crackdown")


# The start of a campaign, not an event of it: "The battle for Raqqa began on June 6", "the offensive was launched
# last week", "the battle to free the valley has begun". (An attack that "began at dawn" is an event: only campaign
# nouns.)
_CAMPAIGN_START_RE = compile_guarded(
    r"\b(?:the|its|their|this|that)\s+(?:[\w-]+\s+){0,2}(?:battle|offensive|campaign|war|siege|conflict|operation)"
    r"(?:\s+(?:for|on|against|in|to\s+\w+)(?:\s+[\w'’.-]+){1,5}?)?"
    # (an aside between commas after the campaign's name: "the battle for X, which the group took in 2014, began ...")
    r"(?P<aside>,\s[^,;.]{1,120},)?\s+(?:(?:had|has|have)\s+)?"
    r"(?:began|begun|started|was\s+launched|kicked\s+off|got\s+under\s*way"
    # or the stage it has reached: "the battle for Y was at a decisive stage", "the offensive entered its final phase"
    r"|(?P<stage>(?:is|was|are|were|has\s+entered|had\s+entered|entered|reached|has\s+reached)\s+(?:at\s+|in\s+)?"
    r"(?:a|an|its|the|their)\s+(?:[\w-]+\s+){0,2}?(?:stage|phase)))\b"
    # a campaign begun, told by its goal: "have begun an offensive to recapture X", "began the decisive battle this
    # morning to clear the pockets around Y" (the start announced; its fights are the events, told on their own. "Launched" is left out: an
    # offensive "launched" to take a village is told by writers as the assault itself as often as not)
    r"|\b(?:began|begun|started)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:battle|offensive|campaign)\s+"
    r"(?:[\w,'’ -]{0,40}?\s)?to\s+(?:liberate|retake|recapture|capture|crush|eliminate|encircle|free|oust|expel|drive|"
    r"clear|seize|take)\b",
    re.IGNORECASE,
)
# A sweep (the event word of a search, not of an assault) and wording that tells it as going on, not as done.
_SWEEP_WORD_RE = compile_guarded(r"\b(?:combing|sweeps?|sweeping|clearance|search|inspection)\b", re.IGNORECASE)
_GOING_ON_RE = compile_guarded(
    r"\b(?:continu(?:e|es|ed|ing)|ongoing|still\s+underway|(?:is|are|was|were)\s+underway|amid)\b", re.IGNORECASE
)


# (the words one of its alternatives needs: a substring test first, most clauses have none of them)
_CAMPAIGN_START_WORDS = ("began", "begun", "started", "launched", "kicked off", "under way", "underway", "stage", "phase")


def _campaign_start(mention: EventMention) -> bool:
    """The clause tells a campaign's start or the stage it has reached (:data:`_CAMPAIGN_START_RE`). Told with an
    aside after the campaign's name or by its stage, only the campaign's own mention is history: an event told in the
    aside or in a clause beside the stage ("the offensive entered a new phase when jets bombed X", "the offensive, in
    which jets bombed Y, was launched last week") is the news."""
    clause = mention.clause_text
    lowered = clause.lower()
    if not any(word in lowered for word in _CAMPAIGN_START_WORDS):
        return False
    word = _event_word_position(mention)
    for found in _CAMPAIGN_START_RE.finditer(clause):
        if found.group("aside") is None and found.group("stage") is None:
            return True
        name_end = found.start("aside") if found.group("aside") is not None else found.start("stage")
        if found.start() <= word < name_end:
            return True
    return False


# A party's campaign started, told with its own possessive: "the army began its offensive on Tabqa on May 2", "the army
# began its offensive against the pocket".
_OWN_CAMPAIGN_LAUNCHED_RE = compile_guarded(
    r"\b(?:launch(?:ed|es)|began|begun|start(?:ed|s)|opened|kicked\s+off)\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:assault|offensive|campaign|battle|operation|push|onslaught|incursion)\s+(?:on|against|for|into|to\s+\w+)\b",
    re.IGNORECASE,
)
#: How long before the report a campaign's start must be dated to be its background, not its news (days): a week, so
#: that only a calendar date is old enough ("on Wednesday" may be this week's start).
_CAMPAIGN_START_AGE = 7


def _own_campaign_started_long_before(mention: EventMention) -> bool:
    """A party's campaign started (:data:`_OWN_CAMPAIGN_LAUNCHED_RE`) on a day a week or more before the report, with no
    toll: the campaign's start recalled, not an event of the report ("The army began its offensive on Tabqa on May 2"
    in a mid-June report)."""
    if mention.published is None or not gated_search(_OWN_CAMPAIGN_LAUNCHED_RE, mention.clause_text):
        return False
    days = [resolve(d, mention.published) for d in mention.point_dates if not d.said]
    values = [d.value for d in days if d is not None and d.value is not None]
    return bool(values) and all((mention.published - value).days >= _CAMPAIGN_START_AGE for value in values)


def _other_event_told(mention: EventMention, reading: SentenceReading) -> bool:
    """Whether the clause tells an event word of its own besides the mention's (:func:`find_triggers`) that is no
    mention of its own in the reading: "captured the town after a two-month battle", "ended the fighting after clashes
    killed 12" (the capture, the clashes, read into the fight's mention). An event word read as a mention of its own
    ("the battle was over, when jets struck a convoy") stands on its own."""
    word = _event_word_position(mention)
    if word < 0:
        return False
    spans = [(word, word + len(mention.trigger_word))]
    for other in reading.mentions:
        if other is not mention and other.clause_span == mention.clause_span and other.trigger_word:
            start = _event_word_position(other)
            if start >= 0:
                spans.append((start, start + len(other.trigger_word)))
    return any(
        all(hit.end <= start or hit.start >= end for start, end in spans) for hit in find_triggers(mention.clause_text)
    )


def _fight_stopped(mention: EventMention, reading: SentenceReading) -> bool:
    """The clause's event word is a fight noun told as the object of what stopped it
    (:data:`_FIGHT_STOPPED_FRAME_RE`): "a truce ended fighting in X", "a sandstorm halted the clashes near Y"; not
    when the clause tells an event of its own beside it ("after clashes killed 12", :func:`_other_event_told`)."""
    trigger = mention.trigger_word.lower()
    return (
        any(noun in trigger for noun in _FIGHT_NOUNS)
        and _frames_gated(_FIGHT_STOPPED_FRAME_RE, mention)
        and not _other_event_told(mention, reading)
    )


def _long_fight(mention: EventMention, reading: SentenceReading) -> bool:
    """The clause's event word is a fight given a length of weeks or more (:data:`_LONG_FIGHT_FRAME_RE`), or one said
    to be over ("commanders said the battle was over"), and the clause tells no other event (:func:`_other_event_told`;
    the toll is checked by the caller). A capture told beside it is the clause's event: history only when recalled
    from a week or more back (:func:`_campaign_end_recalled`, next in :func:`~.chain.classify`)."""
    trigger = mention.trigger_word.lower()
    if not any(noun in trigger for noun in _LONG_FIGHT_NOUNS):
        return False
    if _other_event_told(mention, reading):
        return False  # "captured the town on Tuesday after a two-month battle": the capture is the clause's event
    if _frames_gated(_LONG_FIGHT_FRAME_RE, mention):
        return True
    word = _event_word_position(mention)
    return word >= 0 and _FIGHT_OVER_AFTER_RE.match(mention.clause_text, word) is not None


def _campaign_end_recalled(mention: EventMention) -> bool:
    """Ground taken or a siege broken as the end of a long campaign (:data:`_CAMPAIGN_END_RE`), recalled from a week or
    more back (:data:`_WEEK_OR_MORE_BACK_RE`, or every date of the clause a day at least :data:`_RECALLED_AFTER_DAYS`
    before publication), with no toll (the caller checked) and the mention's event word not before it (the taking's
    own word, or the fight it ended): a milestone of the war told as background ("The SDF
    captured Hajin last week after months of fighting"), not this report's event ("captured Hajin on Tuesday after a
    two-month battle" is one)."""
    clause = mention.clause_text
    found = gated_search(_CAMPAIGN_END_RE, clause)
    if found is None or _event_word_position(mention) < found.start():
        return False  # (an event told before it: "drones struck a car in X, which the SDF entered a month ago after ...")
    if mention.dates:
        if mention.published is None:
            return False
        for told in mention.dates:
            day = resolve(told, mention.published)
            if day is None or day.value is None or (mention.published - day.value).days < _RECALLED_AFTER_DAYS:
                return False
        return True
    return gated_search(_WEEK_OR_MORE_BACK_RE, clause) is not None


def _campaign_ended(mention: EventMention) -> bool:
    """The clause sums up a campaign that ended (:data:`_CAMPAIGN_ENDED_RE`): the frame just before a campaign noun,
    or before an operation given its length."""
    trigger = mention.trigger_word.lower()
    campaign = any(w in trigger for w in _CAMPAIGN_WORDS)
    if not (campaign or "operation" in trigger) or not _frames_event_word(_CAMPAIGN_ENDED_RE, mention):
        return False
    if campaign:
        return True
    word = _event_word_position(mention)
    return _CAMPAIGN_LENGTH_RE.search(mention.clause_text, max(0, word - _FRAME_WINDOW), word) is not None


def _campaign_toll(mention: EventMention) -> bool:
    """A toll told over a whole battle or campaign (:data:`_CAMPAIGN_TOLL_RE`) with no place of the map named before
    the battle phrase: "more than 3,000 people died during the battle for the city" totals the battle, but "a shell
    killed two children in Hajin during the battle for the town" is one event dated by the battle."""
    clause = mention.clause_text
    found = gated_search(_CAMPAIGN_TOLL_RE, clause)
    if found is None:
        return False
    return not any(0 <= clause.find(p.text) < found.start() for p in mention.sub_governorate_places)


# A campaign given its name: "air raids, dubbed 'Operation Winter Hawk'", "a drive in what it called the 'Battle
# of X'", "a separate operation, code-named 'Y'". What a party names is an operation as a whole (its launch announced,
# its strikes told on their own), not one event. The naming word stands right after the event word (a comma and at
# most one word between: "air raids, dubbed"; not "attacked a camp called 'X'", where the name is the target's) or
# the event word stands inside the name that follows it.
_NAMING_WORD = r"(?:dubbed|code-?named|codenamed|named|called|titled|in\s+what\s+(?:it|they|he|she|the\s+\w+)\s+(?:called|calls|dubbed|named))"
# (the name in quotes, or an operation's or battle's own name: "named 'Peace Spring'", "dubbed Operation Claw"; not
# "a shopkeeper named Ahmad": a person's name is no campaign's)
_CAMPAIGN_NAME = r"(?:the\s+)?(?:[\"“‘«]\s*[\w'’-]|(?:Operation|Battle|Campaign)\b)"
_NAMED_AFTER_RE = compile_guarded(r"^(?:\s*[\w'’-]+)?\s*,?\s*\b" + _NAMING_WORD + r"\s+(?:it\s+|them\s+)?" + _CAMPAIGN_NAME)
_NAME_BEFORE_RE = compile_guarded(r"\b" + _NAMING_WORD + r"\s+(?:it\s+|them\s+)?(?:the\s+)?[\"“‘«]\s*(?:[\w'’-]+\s+){0,3}?$")
_NAMING_GATE = ("dubbed", "named", "called", "titled")


def named_campaign(mention: EventMention) -> tuple[bool, bool]:
    """Whether the clause's event word names a campaign: (named after it, inside the name; the chain keeps the first
    only with no toll and no place below governorate level). Named right after the event
    word (:data:`_NAMED_AFTER_RE`: "launched air raids, dubbed 'Operation X'"), or standing inside a quoted name after
    a naming word (:data:`_NAME_BEFORE_RE`: "in what it called the 'Battle of Y'": the word is the name's, no event)."""
    clause = mention.clause_text
    lowered = clause.lower()
    if not any(word in lowered for word in _NAMING_GATE):
        return False, False
    word = _event_word_position(mention)
    if word < 0:
        return False, False
    inside = _NAME_BEFORE_RE.search(clause, max(0, word - _FRAME_WINDOW), word) is not None
    after = _NAMED_AFTER_RE.match(clause[word + len(mention.trigger_word) :]) is not None
    return after, inside
