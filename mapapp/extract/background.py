"""Background filter: which event mentions are about one specific event, and which are background.

Contract: :func:`classify` takes one :class:`~mapapp.extract.mentions.EventMention`
and the :class:`~mapapp.extract.mentions.SentenceReading` it comes from, and sets
two fields on the mention, looking at nothing outside its sentence:

* ``verdict`` — ``candidate``, or why the mention is no incident and is not
  evidence of one either (it is then neither merged nor kept):

  - ``refer-back``: a definite subject dated against another event and giving
    no figure ("The attack came only a day after ..."; the date link is made by
    :mod:`.event_dates` from the clause that follows);
  - ``reaction``: a diplomatic or reporting frame, or a denial, with no figure
    and no named place ("the administration condemned the attack", "the army
    denied the reports"), or a speaker's quoted words with neither ('"However
    hard the fighting gets, we will win," the commander said');
  - ``reaction`` too: an event named as what a protest, vigil or sit-in is held
    against ("gathered to denounce the attacks"), an event threatened, vowed,
    warned of or planned ("threatened to launch an operation", "any attack on
    X"), the event a truce or talks were to end, a reason given ("in
    retaliation for ..."), or what a trial, a sentence or a blame is about
    ("sentenced a man to death for killing ...", "blames the group for the
    bombing in ..."), the frame standing just before the event word, or what
    the accused had a part in ("sentenced 11 men over their role in the
    attack on X", "detained three men in connection with the blast");
  - ``cause``: a definite event noun telling how it began ("The clashes erupted
    after the SDF arrested ...");
  - ``history``: every date is a past month or year and there is no toll
    ("drove ISIS out of Raqqa in October 2017"), or with its toll when the event is a noun the article points at as
    known ("The bombing in June 2021 left 23 dead", "the clashes in March killed 60" in a May paper), an event dated a year or more
    back with no day ("Last year, a similar strike killed three"), or a remark recalling earlier
    events with no day ("It is worth noting that this toll is the highest ..."),
    or an earlier report recalled, naming no place ("The monitor published on
    the 3rd of May that its team had recorded 14 civilian deaths"), or the dead of past fighting remembered with no
    day ("hundreds visited the tombs of men killed fighting in A", '"We remember those who died," said a father whose
    two sons died in the siege of A', "the speakers recalled the 2004 events, when ...");
  - ``pattern``: background wording with a definite event noun ("Ankara
    routinely blames such attacks on ...");
  - ``tally``: a count of events or a cumulative toll, not one event ("ten
    attacks killed eight people in February", "SOHR has documented 98
    operations since early 2022", "the death toll has risen to 19", "1,096
    members were killed in attacks in the same period"), or a toll over three
    or more governorates with no day, or a count of strikes over three or more
    governorates ("70 air strikes since last night on Raqqa, Hama and Homs");
  - ``pattern`` too: habitual wording with no toll and no day ("witnesses
    bombings from time to time", "sees frequent assassinations");
  - ``ongoing``: a search or sweep told as going on, with no figure ("combing
    operations continued in the villages", "amid ongoing clearance operations
    around the camp"): a state of affairs, not an event of its own;
  - ``refer-back`` too: plural events taken together with no day ("as a
    result of those assassinations", "such attacks"), and a sentence ranking
    the event told before with no figure ("This is the second blast this
    month ...", "It was the deadliest attack since ..."), a definite event
    given a reason after it ("launched the strikes in response to a bombing in
    Istanbul"), and an event named only as a time reference, with no toll, day
    or verb of its own ("the raids came days after a deadly attack in Ankara").
  ``history`` also covers a past year naming a battle ("after the 2017 battle"), an event named by a date of an
  earlier year or month, whatever day the clause gives ("sentenced six men on Monday over the 2019 car bombing"),
  and ground taken or a siege broken as the end of a campaign of weeks or more, recalled from a week or more back,
  with no toll ("The SDF captured X last week after months of fighting"; "captured X on Tuesday after a two-month
  battle" is this report's event).
  - ``property``: an arson with nobody killed or wounded ("set fire to the crops near X", "protesters torched a
    checkpoint"): property burned is no incident; "set fire to a house, killing a child" is one.
  - ``foiled``: an attack foiled, thwarted or defused, with no toll ("the Asayish foiled an attempt to plant a
    bomb", "engineers defused a device"); ``heard``: explosions or gunfire only heard ("blasts were heard near X"),
    and a helicopter landing only seen, nothing more told of it ("a helicopter landed near X and flew off");
  - ``reaction`` too: an event a speaker names ("called the strikes a war crime"), an event given as the cause of a
    risk ("the dam could collapse due to air strikes") or as the reason a party's work was suspended, paused or
    resumed ("suspending work at the crossing because of the Turkish attacks"); ``pattern``: plural events said to
    break a truce, with no figure, place or day; ``tally``: a toll of a whole battle ("died during the battle for the
    city", "Over the course of the battle, 830 fighters were killed", "The siege of X killed over 1,400 people",
    campaign-sized);
    ``refer-back``: a definite event that "came as" something else happened, or "came after"/"followed" an event
    named by a noun, and the event a later one came after, named by a noun with no toll or verb of its own even
    with its own day ("the campaign followed a car bombing in X on March 4"), unless the very next sentence tells its
    toll ("The bombing killed six.": :func:`classify_sequels_told_on`); ``history``: a campaign begun, told
    as begun or by its goal ("the battle to free X has begun", "began the decisive battle to clear the pockets of Y").
  - ``tally`` too: a breakdown opened by the total itself ("The toll includes 14 killed by gunmen") after a total.
  - ``reaction`` too: an event reacted to, with no figure or day ("a meeting to discuss the attacks", "an
    investigation into the bombing", "declined to comment on the strike", "the strike drew condemnation", "the raid
    is a reminder that ..."), denied after its event word ("the drone did not belong to its forces"), declared false
    whatever its details ("reports that jets struck X yesterday are false"), said not to have happened ("carried out
    no strikes"), unconfirmed ("no indications that civilians were killed in the strike", "is assessing reports of"),
    asked about ("any news about the shelling on X?"), forecast or feared ("is expected to begin the assault",
    "fearing more strikes", "could launch", "the fight will end within a month"), or an aircraft harassing or harassed by another;
  - ``reaction`` too: an appeal to end the event ("calls on the international community to stop the drone war"), a
    role in it denied ("denied any role in the bombing"); ``cause``: how a fight began with its day between ("The
    fighting erupted on Aug. 27 after ..."), with no toll; ``refer-back``: where the fire told before came from ("the
    shells came from positions in X");
  - ``tally`` too: a running toll in vague numbers ("clashes have killed scores of fighters"), a toll over a stretch
    of days with no place ("eight were killed over the two days", "a week in which strikes killed scores", "since
    yesterday, strikes have killed six", "over the previous week", "on a holiday and the following days"), a
    campaign ended and summed up ("concluded a 24-day security operation", "completed combing operations"), a summary
    placed over two countries only ("an air operation over northern Iraq and Syria"), a toll over a report's period
    ("during this period, 900 civilians were assessed killed"), a count neutralised over a military's operation as a
    whole, with no place or day ("87 militants were neutralised in its aerial operation"); ``history``: an event dated in
    the possessive ("last month's assault"); ``pattern``: a state kept up for weeks ("has been witnessing intermittent
    bombardment for a month", "fighting has continued for weeks near X"), or a fight or fire with no toll grown or kept
    up since an earlier turn of events ("shelling has intensified since the collapse of the truce on March 3").
  - ``unresisted``: an arrest, search or raid, or ground taken, told as done without a fight and with nobody harmed
    ("searched homes and detained four men without resistance", "entered the village after its defenders pulled out
    without a fight", "once the gunmen had been evacuated under a settlement"), in its own sentence or in the next one
    when that tells no incident ("No shot was fired", "the standoff ended through negotiation"), or ground taken after
    its holders withdrew, surrendered or gave it up by a deal, its clause telling no fight ("took control of X after the
    fighters withdrew", "after an agreement under which ..."); a headline's arrest or capture with no toll goes with its body
    (:func:`classify_unresisted`). After clustering, :func:`drop_arrests_without_harm` drops a raid that only
    arrested or searched, harmed nobody and tells no fight, even when the text does not say so ("raided homes in X,
    arresting eleven men"), unless the coalition took part or insurgents raided and arrested nobody; a fight or harm said not to have
    happened ("no shots fired", "no one was hurt") is none told.

* ``specific`` — whether the mention, if it does not continue an incident told
  already, is specific enough to open one. Its *specifics* are a casualty
  figure, a named place below governorate level, a point date (a day, or a
  weekday/yesterday, or a day reckoned from an event told before: "Five days
  later, another bomb ..."). Generic or habitual wording ("since September 2014",
  "repeatedly", "continues to") needs two; a diplomatic frame needs a figure or a
  named place; a weak trigger ("attacks", "bombing") needs a figure, or a place
  (or one governorate in the simple past) together with a date or an actor; otherwise one is enough, or one single
  governorate named in a clause in the simple past ("warplanes struck Raqqa
  province"). Several governorates and no place below them is a general statement.

:func:`classify_sentence` also keeps a background clause (``reaction``, ``pattern``, ``history``, ``foiled``,
``heard``, ``unresisted``, ``tally``, ``property``) out of the evidence of an incident told in another clause of the same sentence
("Crowds gathered to denounce the strikes, while in X clashes killed 6": the evidence starts after the protest), and cuts from a candidate's evidence
a denial or sounds heard appended to it (", an allegation the army denied", ", big explosions heard as far as X").

:func:`trim_background_tails` runs after coreference has joined an incident's sentences and ends each evidence span
before a tail that tells no part of it: a running toll (", bringing to 15 the number killed since January"), a blame
or a curse (", and held X fully responsible", ", God curse ..."), the wounded taken to hospital, a backdrop of weeks
or months (", after weeks of tension over ..."), the day of a fight (", the sixth day of clashes"), an accusation
(" and accused the cells of ..."), a campaign's purpose (", as part of its efforts to ..."). It also cuts a part joined
by a semicolon, ", while" or ", after" that holds no event word, no toll and none of the incident's own words
("Troops left the depot, while clashes erupted in X"; "...; a convoy drove along the road"), and a ranking of an
earlier event before a semicolon ("This is the third raid this month; on Friday, ..."), and leaves out a sentence
joined to the incident that only comments on it ("X said the attacks were part of a plan ...", "helicopters are over
the area of the attack") and tells none of its place, date, toll or actor.

:func:`classify_continuations` then looks one sentence back: a sentence that
adds to a tally ("In addition, nine were killed in raids on ...", "Strikes also
left dozens wounded") or breaks it into parts ("Among the civilians, seven were killed by drones") with no day of its
own is part of that tally.

All patterns have bounded repetition and run once per clause: linear time.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from mapapp.extract.arguments import names_actor, names_own_forces
from mapapp.extract.clauses import (
    GOVERNORATES_OF_A_STATISTIC,
    PERFECT_ASPECT_RE,
    opens_with_frame,
)
from mapapp.extract.dates import DateMention, resolve
from mapapp.extract.lexicon import (
    ANSWERED_EVENT_WORDS,
    BULLET_ITEM_RE,
    CAPTURE_VERBS,
    MONTHS,
    NEUTRALIZED_TRIGGER,
    SEPARATE_REPORT_RE,
    ascii_lower,
    compile_guarded,
    could_match,
    gated_search,
)
from mapapp.extract.mentions import CANDIDATE, EventMention, SentenceReading
from mapapp.extract.sentences import Sentence
from mapapp.extract.triggers import (
    STRIKE_RELEASE_RE,
    find_triggers,
    tells_assault_fought_off,
    tells_only_arson,
)
from mapapp.model import BOMBARDMENT_TYPES, EventType

REFER_BACK = "refer-back"
REACTION = "reaction"
CAUSE = "cause"
HISTORY = "history"
PATTERN = "pattern"
TALLY = "tally"
ONGOING = "ongoing"

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

_NUMBER = r"(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds|thousands|several|many|numerous|countless)"
# A count of events: "ten attacks", "98 operations", "dozens of assassinations". Found noun first (a plain
# alternation of words), then the number just before it: one pass, no scan with a many-branched prefix.
_EVENT_NOUN_RE = compile_guarded(
    r"\b(?:attacks|operations|assassinations|incidents|explosions|bombings|strikes|airstrikes|raids|ambushes|"
    r"killings|clashes|executions|abductions|kidnappings|shellings|bombardments|massacres)\b",
    re.IGNORECASE,
)
_COUNT_BEFORE_NOUN_RE = compile_guarded(
    rf"\b{_NUMBER}\s+(?:of\s+)?(?:(?:such|separate|similar|new|other|more|deadly|armed|suicide|drone|terrorist|security|"
    r"bomb|car|IED|mine|landmine|ISIS|Turkish|Russian|Israeli|coalition|US|regime|air)\s+)?$",
    re.IGNORECASE,
)
# A cumulative toll: "the death toll has risen to 19", "raises the number of ... to 635", "has increased to".
_RISEN_TO_RE = compile_guarded(
    r"\b(?:risen|rose|rises|raise[sd]?|increased|increases|climbed|climbs|reached|reaches|jumped|grew|mounted|stands|stood)"
    r"\s+(?:up\s+)?(?:to|at)\b",
    re.IGNORECASE,
)
_TOTAL_WORD_RE = compile_guarded(r"\b(?:toll|number|total|tally|count)\b[^.;]*$", re.IGNORECASE)
_CUMULATIVE_RE = compile_guarded(
    r"\b(?:raises?|raising|brings?|bringing|brought|raised|increases?|increasing)\s+(?:the\s+)?(?:total\s+)?"
    r"(?:death\s+toll|toll|number|total|tally|count)\b"
    r"|\b(?:raises?|raising|raised|brings?|bringing|brought|taking|takes)\s+to\s+(?:about\s+|nearly\s+|at\s+least\s+)?\d"
    r"|\b(?:the\s+)?(?:casualties|death\s+toll|toll|total)\s+(?:are|is|stands\s+at|stood\s+at|totals?)\s+"
    r"(?:about\s+|nearly\s+|at\s+least\s+)?\d",
    re.IGNORECASE,
)
#: A count with no number, read as a tally only in the perfect ("has committed many massacres").
_VAGUE_COUNT_RE = re.compile(r"(?:many|numerous|countless)\b", re.IGNORECASE)
_LIST_JOINER_RE = re.compile(r",?\s+(?:and|or)\s+|,\s*")
_KINDS_OF_A_SUMMARY = 3
_TOTAL_WINDOW = 140  # characters before "has risen to" in which the toll or number it raises is named


_CUMULATIVE_GATE = ("toll", "number", "total", "tally", "count", "casualties", "rais", "bring", "brought", "tak")
# "In two separate incidents, a mine exploded in A and gunmen shot dead a man in B": a frame for the few events the
# clause goes on to tell, not a count of events summed up (those give no "in": "ten separate attacks killed ...").
_SEPARATE_FRAME_RE = re.compile(r"\bin\s+(?:two|three|four|2|3|4)\s+(?:separate|different)\s+$", re.IGNORECASE)
# "ISIS claimed two attacks: one on a checkpoint in A ... and another on a patrol in B": the events counted are told
# one by one right after, each an incident.
_ENUMERATION_AFTER_RE = re.compile(r"(?:\s+on\s+\w+)?\s*[:,]\s*(?:one|the\s+first)\b", re.IGNORECASE)


def _cumulative(text: str) -> int | None:
    """Where a cumulative toll phrase starts in ``text``, or None (substring checks first: most clauses have none
    of the words, and ``in`` is far cheaper than a many-branched pattern)."""
    lowered = text.lower()
    if not any(word in lowered for word in _CUMULATIVE_GATE):
        return None
    found = _CUMULATIVE_RE.search(text)
    starts = [found.start()] if found else []
    for risen in _RISEN_TO_RE.finditer(text):
        window_start = max(0, risen.start() - _TOTAL_WINDOW)
        total = _TOTAL_WORD_RE.search(text, window_start, risen.start())
        if total is not None:
            starts.append(total.start())
            break
    return min(starts) if starts else None


def _counts_events(text: str, placed: bool = False) -> bool:
    """A number before a plural event noun ("ten attacks"), or a list of three kinds of events ("killed in attacks,
    bombings and ambushes"): events counted or summed up, not one told. ``placed``: the clause's event has a place
    below governorate level (in the clause or its line's header), which makes a count of strikes that is the clause's
    subject one place's wave (:func:`_one_wave`)."""
    if not could_match(_EVENT_NOUN_RE, text):
        return False
    previous_end = -1
    listed = 0
    # the whole text's period and perfect, looked for once (once per counted noun would be quadratic in a long one)
    over_a_period: bool | None = None
    perfect = False
    for noun in _EVENT_NOUN_RE.finditer(text):
        count = _COUNT_BEFORE_NOUN_RE.search(text, max(0, noun.start() - 40), noun.start())
        if (
            count is not None
            and not STRIKE_RELEASE_RE.match(text, noun.end())  # a strike release's "Near X, four strikes engaged ..."
            and not _SEPARATE_FRAME_RE.search(text, max(0, noun.start() - 40), noun.start())
            and not _ENUMERATION_AFTER_RE.match(text, noun.end())
        ):
            if over_a_period is None:
                over_a_period = _WAVE_PERIOD_RE.search(text) is not None
                perfect = PERFECT_ASPECT_RE.search(text) is not None
            if _VAGUE_COUNT_RE.match(text, count.start()):
                # "has committed many massacres" sums up; "a raid, the latest of many operations" ranks one event
                if perfect:
                    return True
            elif perfect or not _one_wave(text, count.start(), noun.end(), over_a_period, placed):
                return True
        joined = previous_end >= 0 and _LIST_JOINER_RE.fullmatch(text, previous_end, noun.start()) is not None
        listed = listed + 1 if joined else 1
        if listed >= _KINDS_OF_A_SUMMARY:
            return True
        previous_end = noun.end()
    return False


# "Warplanes launched several raids on X": a vague count of strikes told in the simple past is one wave of strikes
# (Arabic-language outlets' "shannat 'iddat gharat"), not a tally; "have carried out several raids" sums up.
_ONE_WAVE_RE = re.compile(r"several\s+(?:air\s+)?(?:raids|strikes|airstrikes)\b", re.IGNORECASE)
# So is a counted wave told as the striker's act on a target: "Russian jets carried out 17 airstrikes on positions near
# X", "warplanes targeted the pocket with more than 40 airstrikes" (the act's verb before the count; a period after it,
# "since Sunday", still makes it a tally).
_WAVE_ACT_BEFORE_RE = compile_guarded(
    r"(?:\b(?:carried\s+out|launched|conducted|executed|delivered|waged)|\b(?:targeted|struck|hit|pounded|bombed|shelled)"
    r"\s+(?:[\w'’-]+\s+){1,6}?with)\s+(?:(?:more\s+than|at\s+least|over|about|around|nearly|almost|some|up\s+to)\s+)?"
    r"(?:dozens\s+of\s+)?$",
    re.IGNORECASE,
)
_WAVE_NOUN_RE = re.compile(r"(?:air\s+)?(?:raids|strikes|airstrikes)", re.IGNORECASE)
# (or the named place it fell near: "the coalition conducted 12 strikes near A", a release's count at one place, which
# Airwars codes as that place's strike of the day)
_WAVE_TARGET_AFTER_RE = re.compile(
    r"\s+(?:on|against|targeting)\s|\s*,\s*(?:killing|wounding|injuring)\b"
    r"|\s+(?:near|around|in)\s+(?:the\s+(?:town|city|village)\s+of\s+)?(?-i:[A-Z])",
    re.IGNORECASE,
)
#: How far before the count the act's verb may stand (characters).
_WAVE_ACT_WINDOW = 80
# A count of strikes as the subject of its clause, with nothing before it but a list mark, "during" or "in", or the
# place it fell near: "Six airstrikes near A destroyed ...", "-- Near A, eight strikes struck ...", "During 3 strikes,
# coalition forces engaged ..." (a release line under its "near A" header). At a place below governorate level and over
# no period, it is that place's wave (a release's line, which Airwars codes as the place's strike of the day); with a
# period ("Twelve strikes near A this week ..."), the perfect ("Forty strikes have hit A"), or no such place ("40
# strikes struck villages across the province") it still counts events.
_WAVE_SUBJECT_OPENING_RE = re.compile(
    r"\W*(?:\d{1,2}\.\s+)?(?:(?:during|in)\s+|near\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}\s*,\s*)?",
    re.IGNORECASE,
)
# A month's or a week's strikes counted: "carried out 40 strikes on ISIS positions last month", "in March"; strikes
# counted over several days or hours ("over three days", "within 72 hours", "over the previous 48 hours", "over the
# weekend") or between two days ("between March 3 and March 9", a weekly release).
_WAVE_PERIOD_RE = compile_guarded(
    r"\b(?:(?:last|this|past|previous)\s+(?:week|month|year)|(?:in|during|throughout)\s+(?:january|february|march|april|"
    r"may|june|july|august|september|october|november|december)|(?:over|in|during)\s+the\s+(?:past|last|previous)"
    # (not one day's: "12 strikes near A in the past 24 hours" is that day's wave at A, as a daily briefing's strike is)
    r"(?!\s+(?:24|twenty-four)\s+hours)|over\s+the\s+weekend|a\s+week|"
    r"(?:over|in|within|during)\s+(?:a\s+few|several|\d{1,3}|two|three|four|five|six|seven|ten)\s+(?:days|hours|weeks|months)|"
    r"(?:over|in|within|during)\s+(?:one|a\s+single)\s+(?:week|month)|"
    r"between\s+(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s)\b",
    re.IGNORECASE,
)


def _one_wave(text: str, count_start: int, noun_end: int, over_a_period: bool, placed: bool = False) -> bool:
    """Whether the count of strikes at ``count_start`` tells one wave of strikes rather than counting events:
    "several raids" (:data:`_ONE_WAVE_RE`), or, in a text that counts over no period (``over_a_period``:
    :data:`_WAVE_PERIOD_RE` found in it), a count the striker carried out on a target (:data:`_WAVE_ACT_BEFORE_RE`,
    then "on ..." or the wave's toll after the noun), or a count that is its clause's subject
    (:data:`_WAVE_SUBJECT_OPENING_RE`) at a place below governorate level (``placed``)."""
    if _ONE_WAVE_RE.match(text, count_start):
        return True
    noun = text[count_start:noun_end].split()[-1] if noun_end > count_start else ""
    if not _WAVE_NOUN_RE.fullmatch(noun) or over_a_period:
        return False
    if placed and _WAVE_SUBJECT_OPENING_RE.fullmatch(text, 0, count_start) is not None:
        return True
    return (
        _WAVE_ACT_BEFORE_RE.search(text, max(0, count_start - _WAVE_ACT_WINDOW), count_start) is not None
        and _WAVE_TARGET_AFTER_RE.match(text, noun_end) is not None
    )


# A period rather than a day: "since early 2022", "during February", "so far (this year)" (the period of the events told
# before, "in the same period", is :data:`_REPORT_PERIOD_RE`'s).
_PERIOD_RE = compile_guarded(
    r"\b(?:since\s+(?:the\s+)?(?:beginning|start|early|late|mid|january|february|march|april|may|june|july|august|"
    r"september|october|november|december|\d{4}|last(?!\s+(?:midnight|night|evening|morning|dawn)\b))"
    # "since Sunday", "since the campaign began": a running toll of several days
    r"|since\s+(?:last\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|since\s+the\s+(?:\w+\s+)?(?:campaign|offensive|operation|escalation|bombardment)\b"
    # "since the fall of Baghouz in March", "since losing its last territory": a running toll since a turn of the war
    r"|since\s+(?:the|its|their)\s+(?:fall|capture|liberation|defeat|launch|end|collapse|loss|outbreak|ouster|expulsion|"
    r"withdrawal|retreat)\s+(?:of|from)\b|since\s+(?:losing|being\s+(?:driven|expelled|ousted))\b"
    r"|(?:in|during|over|throughout)\s+the\s+(?:past\s+(?:\w+\s+)?(?:months?|weeks?|years?|days|hours)|"
    r"last\s+(?:\w+\s+)?(?:months?|years?|weeks|days|hours)|first\s+(?:half|quarter)|month\s+of)"
    r"|\bthis\s+(?:year|month)\b"
    r"|\bso\s+far\b|by\s+the\s+end\s+of|month\s+of\s+[A-Z]"
    r"|(?:documented|recorded|monitored|counted)\s+(?:a\s+total\s+of\s+)?\d)",
    re.IGNORECASE,
)
_PERIOD_GATE = ("since", "this year", "this month", "same period", "past ", "last ", "first half", "first quarter", "month of", "so far", "end of",
                "documented", "recorded", "monitored", "counted")  # fmt: skip
# A periodic report's whole span, or the span of the events just told: "During this period, the command assesses that
# 900 civilians were killed", "in the same period, 11 shepherds were killed" (a tally when the clause names no place:
# "during that period, a sniper killed a boy in X" tells one event of that span).
_REPORT_PERIOD_RE = compile_guarded(
    r"\b(?:in|during|over|throughout|for)\s+(?:this|that|the\s+(?:reporting|review|same))\s+period\b", re.IGNORECASE
)
# A place told as spread over, no one event's site: "across Raqqa", "throughout the city".
_SPREAD_OVER_RE = re.compile(r"\b(?:across|throughout|all\s+over)\s", re.IGNORECASE)
# A span of days summed up: "eight were killed over the two days", "over three days", "in the first four days of the
# offensive", "have died there in a week" (a period when no place is named: "clashes over two days in X killed 11" is
# one incident at X).
_SPAN_OF_DAYS_RE = compile_guarded(
    r"\b(?:over|during|throughout|within|in)\s+(?:the\s+)?(?:past\s+|last\s+|previous\s+|preceding\s+|first\s+)?"
    r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|several|few|\d+)\s+(?:days|weeks|months|nights)"
    r"|(?:a|one)\s+(?:single\s+)?(?:week|fortnight|month))\b",
    re.IGNORECASE,
)
# An event ranked against others of a stretch: "the heaviest raid in a week", "for the first time in a month", "the
# third such attack in two weeks" (the stretch measures the ranking, it sums up no toll: :func:`_span_of_days`).
_RANKED_BEFORE_SPAN_RE = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th)|only|latest|"
    r"heaviest|deadliest|bloodiest|biggest|largest|worst|fiercest|strongest|most\s+[\w-]+)\s+(?:[\w-]+\s+){0,3}?$",
    re.IGNORECASE,
)
_RANKED_BEFORE_SPAN_WINDOW = 60  # characters before the span in which the ranking is looked for


def _span_of_days(clause_text: str) -> bool:
    """Whether the clause sums up a span of days (:data:`_SPAN_OF_DAYS_RE`: "eight were killed over the two days",
    "300 have died there in a week") that does not only rank the event told (:data:`_RANKED_BEFORE_SPAN_RE`: "the
    heaviest raid in a week, killing nine"). A bounded window before each span: linear in the clause."""
    if not could_match(_SPAN_OF_DAYS_RE, clause_text):
        return False
    for span in _SPAN_OF_DAYS_RE.finditer(clause_text):
        window = clause_text[max(0, span.start() - _RANKED_BEFORE_SPAN_WINDOW) : span.start()]
        if _RANKED_BEFORE_SPAN_RE.search(window) is None:
            return True
    return False


# A day and the days after it: "strikes on Sunday and the following days hit 50 targets" (the day told opens a span;
# "died of his wounds over the following days" is the toll of an event told, no span of strikes).
_FOLLOWING_DAYS_RE = compile_guarded(
    r"\band\s+the\s+(?:following|next|subsequent)\s+(?:days|weeks|nights)\b",
    re.IGNORECASE,
)
# A recent stretch of time told as such: "since yesterday", "over the previous week" (a running toll or summary when
# no place is named: "Since yesterday, strikes have killed 6 people"; "strikes on the town since yesterday" tell a
# bombardment of the town). A day and the days after it are :data:`_FOLLOWING_DAYS_RE`'s.
_RECENT_STRETCH_RE = compile_guarded(
    r"\bsince\s+yesterday\b"
    r"|\b(?:in|during|over|throughout)\s+the\s+(?:previous|preceding)\s+(?:week|fortnight|month|days|weeks|months)\b",
    re.IGNORECASE,
)
# The event ranked in a count of its kind: ", the third attack this week", ", in the fourth such strike this month",
# "; it is the fifth such death this season" (the period after it is the count's: no tally of the clause's event).
_TAIL_ORDINAL = r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
_RANKED_TAIL = (
    rf"[,;]\s+(?:in\s+)?(?:(?:what|it|this|that)\s+(?:is|was)\s+)?(?:the|its|their)\s+{_TAIL_ORDINAL}\s+(?:such\s+)?(?:[\w-]+\s+)?"
    r"(?:attack|strike|bombing|blast|explosion|shelling|raid|ambush|assassination|killing|incident|assault|one|time|"
    r"death|casualty|victim)s?\b"
)
_RANKED_TAIL_RE = compile_guarded(_RANKED_TAIL, re.IGNORECASE)
# A denial answers a report: "The army denied the reports, saying there were no strikes ...".
_DENIAL_VERB = r"\b(?:denied|denies|deny|denying|dismissed|refuted|rejected)\s+(?:the\s+|these\s+|such\s+|any\s+)?"
_REPORT_NOUN = r"(?:reports?|claims?|allegations?|accusations?|news|rumou?rs?)"
# (or a part in the event denied: "the SDF denied any role in the bombing", "denies involvement in", "rejected
# responsibility for")
_DENIAL_RE = compile_guarded(
    rf"{_DENIAL_VERB}(?:{_REPORT_NOUN}|(?:[\w-]+\s+)?(?:role|involvement|responsibility|links?|connection|part|hand)"
    r"\s+(?:in|for|with|to))\b",
    re.IGNORECASE,
)
# A denial of the event the clause goes on to tell: "The SDF denied reports that its fighters had shelled a market"
# (its place does not make it a report of the event; "the army denied the reports" alone is a reaction already).
# ("denied it had carried out the attack", "denies they were behind the bombing": the "that" left out)
_DENIED_THAT_RE = re.compile(
    rf"{_DENIAL_VERB}(?:as\s+(?:[\w-]+\s+){{1,2}}?)?(?:{_REPORT_NOUN}\s+)?"
    r"(?:that\b|(?:it|they|he|she|its\s+[\w-]+)\s+(?:had|has|have|was|were|is|are|did)\b)",
    re.IGNORECASE,
)
# A denial whose reports name the event the clause tells as their object: "the Asayish denied reports of a second
# blast near X" (the event word a few words after "reports of"; "denied reports of civilian deaths in the strike on X"
# denies the toll of a strike that happened, the strike's word being further on).
_DENIED_REPORTS_OF_RE = re.compile(
    rf"{_DENIAL_VERB}{_REPORT_NOUN}\s+(?:of|about)\s+(?:(?:an?|the|another|second|new|further)\s+){{0,2}}"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# An accusation: "The administration accused Damascus of shelling villages near X" (without a toll or a day of its
# own it reports no event; "accused Turkey of killing two civilians in X on Monday" does).
# (the accused named in any form: "the People's Protection Units (YPG)", "the \"PKK/YPG\"", "U.S.-backed forces")
_ACCUSED_OF_RE = re.compile(r"\baccus(?:ed|es|e|ing)\s+(?:[\w’'\"“”()/.-]+\s+){1,6}?of\b", re.IGNORECASE)
# Events people demand an end to: "a protest demanding an end to assassinations in X", "calls to stop the shelling"
# (with no toll and no day, no event of its own; a protest held against an event is :data:`_PROTEST_FRAME_RE`).
_END_DEMANDED_RE = compile_guarded(
    r"\b(?:an?\s+end\s+to|stop(?:ping)?|halt(?:ing)?)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:assassinations|killings|attacks|strikes|airstrikes|shelling|bombardment|kidnappings|abductions|raids|murders|violations)\b",
    re.IGNORECASE,
)
# An appeal to end the event: "calls on the international community to stop the Turkish drone war", "urged Ankara to
# halt its strikes", "demanded an immediate end to the shelling", "appealed to the coalition to prevent further
# bombardment" (an end asked for, whatever the appeal's verb: the verb of ending stands just before the event word).
_APPEAL_FRAME_RE = compile_guarded(
    r"\b(?:to|urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?|call(?:s|ed|ing)?\s+for)\s+(?:an?\s+)?(?:immediate\s+|swift\s+|urgent\s+)?"
    r"(?:stop|halt|end|cease|prevent|curb|deter|put\s+an\s+end\s+to|end\s+to)\s+(?:to\s+)?(?:further\s+|more\s+|any\s+)?",
    re.IGNORECASE,
)
# The event a protest is held against: "demonstrators gathered to denounce the attacks", "a sit-in denouncing the
# killing of the mukhtar", "protested on Sunday against the strikes" (the protest's day and place are not the event's).
_PROTEST_FRAME_RE = compile_guarded(
    r"\b(?:protest(?:s|ed|ing|ers)?|demonstrat(?:ion|ions|ors|ed|ing|e)|rall(?:y|ies|ied)|sit-ins?|march(?:ed|es)?|"
    r"gathered|vigils?|mourn(?:ed|ing|ers)?)\b[^.;:]{0,60}?\b(?:against|denounc(?:e|es|ed|ing)|condemn(?:s|ed|ing)?|over|"
    r"for\s+the\s+(?:victims|dead)\s+of)\b",
    re.IGNORECASE,
)
# An event threatened, warned of or vowed, not one that happened: "Turkey threatened to launch a new operation",
# "vowed to retaliate for any attack on X", "warned of a possible attack on the camp"; and the event named as the reason
# for another ("the strikes were in response to a bombing in Istanbul").
_INTENT_FRAME_RE = compile_guarded(
    r"\b(?:threat(?:en|ens|ened|ening)|vow(?:s|ed|ing)?|pledg(?:e|es|ed|ing)|warn(?:s|ed|ing)?|promis(?:e|es|ed|ing)|"
    r"intends?|plan(?:s|ned)?\s+to|planning\s+to|call(?:s|ed|ing)?\s+on|" + ANSWERED_EVENT_WORDS + r")\b"
    # a forecast or a fear: "the SDF is expected to begin the assault", "is set to launch", "preparing for an assault",
    # "fearing more strikes", "analysts expect clashes to intensify", "Ankara could launch an operation" (a modal
    # with no perfect and no perception: "may have struck", "could see drones striking X" still tell a past event; "May"
    # the month is capitalised)
    r"|\b(?:expect(?:s|ed|ing)?|anticipat(?:e|es|ed|ing)|fear(?:s|ed|ing|ful)?(?:\s+of)?|(?:is|are|was|were)\s+(?:set|due|poised|"
    r"about|likely|unlikely|bound|gearing\s+up)\s+to|prepar(?:e|es|ed|ing)\s+(?:for|to)|preparations?\s+for|going\s+to|"
    r"(?:could|would|will|shall|(?-i:may|might))(?!\s+(?:have|not\s+have|see|hear|watch|be\s+(?:seen|heard))\b))\b"
    # the event a truce or talks were to end: "tribal elders negotiated a truce after clashes in X last month"
    r"|\b(?:truce|ceasefire|cease-fire|reconciliation|talks|negotiations|negotiated|mediat(?:ed|ion))\s+(?:[\w-]+\s+){0,3}?"
    r"(?:after|over|following|to\s+end)\b"
    r"|\b(?:any|possible|future|imminent|planned|looming)\s+(?:[\w-]+\s+)?$",
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
# Habitual wording: "Raqqa witnesses bombings from time to time", "the area sees frequent assassinations", "residents
# live under the constant threat of murders": a state of affairs, not one event.
_HABITUAL_RE = compile_guarded(
    r"\bfrom\s+time\s+to\s+time\b|\bevery\s+now\s+and\s+then\b|\b(?:frequent|recurrent|recurring|constant|persistent|"
    r"continual|periodic|sporadic|intermittent|near-daily|(?:almost|nearly)\s+daily|nightly|incessant|relentless|"
    r"regular|routine|repeated|ceaseless|unending)\s+(?:[\w-]+\s+){0,2}?(?:assassinations|attacks|bombings|explosions|killings|"
    r"murders|kidnappings|abductions|shelling|chaos|tension|violence|raids|clashes|threats?|strikes|airstrikes|incidents|"
    r"bombardments?|fire|gunfire|skirmishes|assaults|shootings|ambushes)\b"
    # a state kept up for weeks: "the town has been witnessing intermittent bombardment for more than a month", "has
    # been under artillery fire for months", "militias have been redeploying in the area for weeks", "fighting has
    # continued for weeks near X" (not "for three days": a battle raging for days is one event)
    r"|\b(?:has|have|had)\s+(?:been|continued|gone\s+on|raged|persisted|dragged\s+on)\b[^.;]{0,80}?\bfor\s+(?:(?:more\s+than|over|nearly|almost|about|"
    r"some|the\s+(?:past|last))\s+)?(?:(?:a|an|one|two|three|four|five|six|several|many|a\s+few|\d+)\s+)?(?:weeks|months?|years?)\b",
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
# A verb right after the event word makes it a clause telling the event ("a day after a car bomb exploded in X").
_VERB_AFTER_EVENT_WORD_RE = re.compile(
    r"[\w-]*\s+(?:(?:[\w-]+\s+)?[a-z]+ed|(?:[\w-]+\s+)?(?:went|hit|struck|shot|blew|tore|rocked|left|was|were))\b"
)
# An event judged or blamed: "a court sentenced a man to death for killing his wife", "tried 20 suspects for attacks in
# X", "Ankara blames the group for the bombing in Istanbul" (the event is told as what the trial or blame is about).
_JUDGED_VERB = (
    r"\b(?:sentenc(?:e|es|ed|ing)|convict(?:s|ed|ing)?|tried|trials?|charg(?:e|es|ed|ing)|indict(?:s|ed|ing)?|"
    r"prosecut(?:e|es|ed|ing)|jail(?:s|ed|ing)?|imprison(?:s|ed|ing)?|blam(?:e|es|ed|ing)|guilty|"
    # (a suspicion the arrested are held under: "two detainees are suspected of planting the bomb"; not a victim's, told
    # in a relative clause: "a man who was suspected of spying was shot dead")
    r"(?<!who\s)(?<!that\s)(?<!who\shad\s)(?:is|are|was|were|been|being)\s+suspected)\b"
)
# (an arrest too, told over the accused's part in an event: "detained three men in connection with the blast")
_HELD_OVER_VERB_RE = compile_guarded(
    _JUDGED_VERB + r"|\b(?:arrest(?:s|ed|ing)?|detain(?:s|ed|ing)?|apprehend(?:s|ed|ing)?|question(?:s|ed|ing)|"
    r"interrogat(?:e|es|ed|ing)|held)\b",
    re.IGNORECASE,
)
_JUDGED_FRAME_RE = compile_guarded(
    _JUDGED_VERB +
    # (the party blamed named in any form: "the PKK/YPG", "the People's Protection Units (YPG)")
    r"(?:\s+[\w'’/()\"“”.-]+){0,8}?\s+(?:for|of|over)\b",
    re.IGNORECASE,
)
# The part the accused had in what is judged, told between the sentence (or the arrest) and the event: "sentenced 11
# men over their role in the 2022 attack on X", "jailed four for involvement in the cell's attacks, among them the car
# bombing in Y", "detained three men in connection with the blast".
_JUDGED_PART_RE = compile_guarded(
    r"\b(?:for|over|of|with)\s+(?:(?:their|his|her|its|the)\s+)?(?:alleged\s+|suspected\s+)?"
    r"(?:role|involvement|participation|part|complicity)\s+in\b"
    r"|\b(?:for|over|in)\s+(?:connection|links?)\s+(?:with|to)\b",
    re.IGNORECASE,
)
# What may stand after a comma between that part and the event it includes: "..., including the bombing in Y".
_INCLUDING_RE = re.compile(r"\s*(?:including|among\s+them|notably|such\s+as|in\s+particular)\b", re.IGNORECASE)
# A word that opens a clause of its own between that part and the event word: "held in connection with the smuggling
# were killed when a drone struck" tells an event of its own.
_CLAUSE_WORD_RE = re.compile(
    r"\b(?:was|were|is|are|had|has|have|been|when|while|as|after|before|who|which|that|then|and|but)\b", re.IGNORECASE
)
_JUDGED_PART_WINDOW = 200  # characters before the event word in which the sentence and the accused's part are looked for
_JUDGED_PART_GAP_WORDS = 10  # at most this many words between the part and the event word

# A past year naming a battle or a period ("after the 2017 battle", "during the battles of 2018"): history when the
# clause gives no toll and no day.
_NAMED_YEAR_RE = compile_guarded(r"\b(?:the|of)\s+((?:19|20)\d\d)\b(?![-/]\d)", re.IGNORECASE)
# An anniversary or commemoration recalls a past event: "Sunday marks the fifth anniversary of the bombing ...".
_ANNIVERSARY_RE = compile_guarded(r"\banniversary\b|\bcommemorat(?:e|es|ed|ing|ion)\b", re.IGNORECASE)
# The dead of past fighting remembered: graves or a memorial visited, the fallen remembered, past events recalled by
# name ("visited the martyrs' cemetery", "laid flowers on the graves of", "we remember those who", "recalled the 2004
# events"); read with no day of the event's own (not "residents recalled the strike on Monday"), before the event word
# telling how they died (not an event told first that hit people on a visit: "a strike killed women visiting a grave").
_REMEMBRANCE_RE = compile_guarded(
    r"\b(?:visit(?:s|ed|ing)?|flowers\s+(?:on|at))\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:graves?|cemeter(?:y|ies)|memorials?|"
    r"tombs?)\b"
    r"|\bremember(?:s|ed|ing)?\s+(?:those|the\s+(?:dead|fallen|martyrs|victims)|our\s+(?:dead|martyrs|fallen))\b"
    r"|\brecall(?:s|ed|ing)?\s+the\s+(?:(?:19|20)\d\d\s+)?(?:events|massacres?|uprising|battles?\s+of)\b",
    re.IGNORECASE,
)
# A year alone dates a statistic or history, never one event's day: "1,200 civilians were killed in 2019".
# (also a part of the year: "in early 2014", "in mid-2016", "in late 2017")
_YEAR_ONLY_RE = compile_guarded(
    r"\b(?:in|during|throughout|over)\s+(?:the\s+year\s+(?:of\s+)?)?(?:(?:early|late|mid)[- ]?)?((?:19|20)\d\d)\b(?![-/]\d)",
    re.IGNORECASE,
)
# A remark recalling earlier events: "It is worth noting that this toll is the highest since ...". ("had documented"
# is no such mark: bulletins use the past perfect for the event they report.)
_EARLIER_REPORT_RE = compile_guarded(
    r"\b(?:it\s+is\s+)?worth\s+(?:noting|mentioning)\b|\bit\s+is\s+noteworthy\b",
    re.IGNORECASE,
)
# "The Observatory published on the 3rd of November that it documented ...": the day is its earlier report's; the
# sentence recalls what was reported before, it tells no event of this report.
_EARLIER_PUBLICATION_RE = compile_guarded(
    r"\b(?:published|reported|announced|issued|released)\s+(?:earlier\s+)?on\s+(?:the\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Za-z]+|[A-Za-z]+\s+\d{1,2}(?:st|nd|rd|th)?)(?:,?\s+\d{4})?,?\s+that\b",
    re.IGNORECASE,
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
# A security measure taken after the event just told: "SDF forces blocked the entrances of the town and set up
# checkpoints after the assassination", "Police detained 12 suspects following the bombing", "The Asayish imposed a
# curfew in the wake of the attack" (the event is named only as the occasion of the measure).
_MEASURE_AFTER_RE = compile_guarded(
    r"\b(?:arrested|arresting|detained|detaining|rounded\s+up|blocked|blocking|closed|closing|cordoned|sealed|imposed|"
    r"imposing|set\s+up|setting\s+up|erected|deployed|deploying|tightened|tightening|stepped\s+up|launched\s+(?:a\s+)?"
    r"(?:search|manhunt|investigation|probe|security\s+(?:sweep|campaign|operation))|"
    # the means of a town cut off: "IS shut off the town's internet following the raids", "shut down the bridge"
    r"cut(?:\s+off)?\s+(?:the\s+)?(?:internet|phone|telephone|communications?|electricity|power|water|roads?)|"
    r"shut\s+down|suspended)\b[^.;]{0,120}?" + _AFTER_THE_EVENT,
    re.IGNORECASE,
)
# An event named only to be judged by a speaker: "Damascus called the strikes a war crime", "described the attack as
# a massacre" (the naming verb and a determiner right before the event word; the clause tells nothing new).
_NAMED_AS_FRAME_RE = compile_guarded(
    r"\b(?:call(?:ed|s|ing)?|describ(?:ed|es|ing|e)|brand(?:ed|s|ing)?|label(?:l?ed|s|l?ing)?|term(?:ed|s|ing)?|"
    r"characteri[sz](?:ed|es|ing|e))\s+(?:the|these|this|those|such|its|their|that)\s+(?:[\w-]+\s+){0,2}?",
    re.IGNORECASE,
)
# The event word as the speaker's verdict itself: 'called the strikes a "massacre"', "described the raid as a massacre".
_NAMED_AS_VERDICT_RE = compile_guarded(
    r"\b(?:call(?:ed|s|ing)?|describ(?:ed|es|ing|e)|brand(?:ed|s|ing)?|label(?:l?ed|s|l?ing)?|term(?:ed|s|ing)?|"
    r"characteri[sz](?:ed|es|ing|e))\s+(?:the|these|this|those|such|its|their|that|it)\s+"
    r"(?:(?!(?:after|before|when|while|to|in|on|at|for|with|from|of|by|near)\b)[\w-]+\s+){0,2}?"
    r"(?:as\s+(?:an?\s+)?|an?\s+)(?:[\w-]+\s+)?[\"“]?",
    re.IGNORECASE,
)
# What the naming verb makes of the event, right after the event word: "a war crime", "as a massacre".
_NAMED_AS_AFTER_RE = re.compile(r"[\w-]*\s+(?:(?:as|an?)\b|[\"“])", re.IGNORECASE)
# Events said to break a truce, as a whole: "The attacks are being carried out in violation of the ceasefire" (with no
# figure, place or day: a remark on the events told, not another one).
_VIOLATION_RE = compile_guarded(
    r"\b(?:in\s+(?:violation|breach)\s+of|violat(?:e|es|ed|ing|ion|ions)|breach(?:es|ed|ing)?)\b", re.IGNORECASE
)
# A foiled or defused event did not happen: "the Asayish foiled an attempt to plant a bomb near X", "police thwarted a
# suicide attack", "engineers defused an explosive device" (the frame within a few words before the event word).
_FOILED_FRAME_RE = compile_guarded(
    r"\b(?:foil(?:ed|s|ing)?|thwart(?:ed|s|ing)?|avert(?:ed|s|ing)?|prevent(?:ed|s|ing)?|pre-empt(?:ed|s|ing)?|"
    r"defus(?:ed|es|ing|e)|dismantl(?:ed|es|ing|e)|disarm(?:ed|s|ing)?|(?:attempt(?:ed|s)?|tried|trying|plott(?:ed|ing)|"
    r"plann(?:ed|ing))\s+to\s+(?:plant|place|detonate|smuggle|carry\s+out|launch|stage))\b(?:\s+[\w-]+){0,6}?\s+",
    re.IGNORECASE,
)
# Explosions or gunfire heard, with nothing said of what they were: "explosions were heard at a depot near X",
# "residents heard loud blasts" (a sound reported, not an event with a known kind, actor or result).
_HEARD_RE = compile_guarded(
    r"\b(?:explosions?|blasts?|gunfire|gunshots|shots|shooting|sounds?|booms?)\s+(?:(?:were|was|could\s+be|had\s+been)\s+)?"
    r"heard\b|\bheard\s+(?:the\s+sounds?\s+of\s+)?(?:(?:an?|loud|several|heavy|multiple|two|three|\d+)\s+)?"
    r"(?:explosions?|blasts?|gunfire|gunshots|shots|booms?)\b|\bsounds?\s+of\s+(?:(?:an?|loud|heavy)\s+)?(?:explosions?|"
    r"blasts?|gunfire)\b",
    re.IGNORECASE,
)
# The event named as the cause of a risk: "the dam could collapse at any moment due to coalition air strikes".
_RISK_CAUSE_RE = compile_guarded(
    r"\b(?:could|may|might|risk(?:s|ed|ing)?|at\s+risk|threaten(?:s|ed|ing)?|danger)\b[^.;]{0,80}?"
    r"\b(?:due\s+to|because\s+of|as\s+a\s+result\s+of|owing\s+to|caused\s+by)\s+(?:[\w.-]+\s+){0,4}?"
    r"|\b(?:danger|threat|risk|fear|menace)s?\s+(?:posed\s+by\s+|of\s+)(?:(?:the|new|more|further|possible)\s+)?"
    r"(?:[\w-]+\s+(?:and|or)\s+)?(?:[\w-]+\s+)?",
    re.IGNORECASE,
)
# A party's work suspended, paused or resumed over the event, its reason: "the council is suspending work at the
# crossing because of the Turkish attacks", "aid groups resumed deliveries after a pause of ten days over Turkish
# bombardment" (the measure is the news; the event is its reason, told as a whole).
_SUSPENDED_OVER_RE = compile_guarded(
    r"\b(?:suspend(?:s|ed|ing)?|suspension|paus(?:e|es|ed|ing)|halt(?:s|ed|ing)?|freez(?:e|es|ing)|froze(?:n)?|"
    r"postpon(?:e|es|ed|ing)|resum(?:e|es|ed|ing))\b[^.;]{0,80}?"
    r"\b(?:over|due\s+to|because\s+of|owing\s+to|in\s+protest\s+(?:at|against|over))\s+(?:[\w.-]+\s+){0,3}?",
    re.IGNORECASE,
)
# The event word under a negation: "did not remove the mines", "had not been targeted", "never shelled" (what did not
# happen, or a remark on a past deed, not an event of the report).
_NEGATED_FRAME_RE = compile_guarded(
    r"\b(?:(?:did|does|do|had|has|have|was|were|is|are|could|would)\s*(?:not|n['’]t)|never)\s+(?:been\s+)?"
    r"(?:[\w-]+\s+){0,2}?",
    re.IGNORECASE,
)
_NEGATED_GATE = (" not ", "n't", "n’t", "never")
# No event at all: "the army said it carried out no strikes near X on Sunday", "not a single shell fell" (the quantifier
# at most two words before the event word; "no casualties in the shelling" leaves the shelling told).
# Aircraft that harassed, intercepted or shadowed another, with no attack: "the drone had been harassed by Russian
# military aircraft", "was intercepted by Turkish jets".
_HARASSED_BY_RE = compile_guarded(
    r"\b(?:harass(?:ed|es|ing)?|intercept(?:ed|s|ing)?|shadow(?:ed|s|ing)?|buzz(?:ed|es|ing)?|track(?:ed|s|ing)?|"
    r"escort(?:ed|s|ing)?|chas(?:ed|es|ing)|approached|confronted)\s+by\b",
    re.IGNORECASE,
)
# ... or the aircraft of the event word harassed by another: "the drone had been harassed by Russian jets" (matched at
# the event word; not "intercepted": a drone brought down on its way is an attack).
_HARASSED_AFTER_RE = re.compile(
    r"[\w-]*\s+(?:[\w-]+\s+){0,3}?(?:was|were|is|are|had\s+been|has\s+been|have\s+been|being)\s+(?:[\w-]+\s+)?"
    r"(?:harass|shadow|buzz|track|escort|chas|approach|confront)\w*\s+by\b",
    re.IGNORECASE,
)
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
# Mines and war remnants told as a standing hazard, not as a blast: "clearing of mines in X continued", "one of the
# areas most contaminated by war remnants", "families cannot return because of the mines" (a clause with no toll and
# no explosion told; "a mine exploded", "a mine blast killed two" are events).
_HAZARD_FRAME_RE = compile_guarded(
    r"\b(?:clear(?:ing|ed|s|ance)?|de-?min(?:ing|ed|e)|remov(?:al|ing|ed|es|e)|contaminat(?:ed|ion)|littered|strewn|"
    r"riddled|infested|sown|because|due|risks?|dangers?|threats?|fears?)\s+(?:(?:of|by|with|to|from)\s+)?"
    r"(?:(?:the|its|their|all)\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# ... or as the subject of what stays: "mines and bodies remain", "mines laid by the group still litter the streets"
# (matched at the event word).
_HAZARD_AFTER_RE = re.compile(
    r"[\w-]*\s+(?:and\s+[\w-]+\s+|(?:laid|planted|left)\s+(?:behind\s+)?(?:by\s+(?:the\s+)?[\w-]+\s+)?)?(?:still\s+)?"
    r"(?:remain|litter|contaminat|infest)\w*\b",
    re.IGNORECASE,
)
_HAZARD_NOUN_RE = re.compile(
    r"\b(?:(?:land[- ]?)?mines?|(?:war|explosive)\s+remnants?|remnants?\s+of\s+(?:the\s+)?war|"
    r"(?:unexploded|war|old)\s+(?:ordnance|munitions?)|uxos?)$",
    re.IGNORECASE,
)
_BLAST_TOLD_RE = re.compile(
    r"\bexplo|blast|detonat|went\s+off|blew\s+up|\bhit\b|struck|\bkill|wound|injur|\bdie[ds]?\b|\bdead\b|death|"
    r"casualt|maim|amputat|\blost\b|\bhurt",
    re.IGNORECASE,
)
_NONE_FRAME_RE = compile_guarded(r"\b(?:no|not\s+(?:a\s+single|one|any))\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# A toll of a whole battle or campaign: "more than 3,000 people died during the battle for the city", "killed
# throughout the offensive" (a campaign's total, not one event's toll).
_CAMPAIGN_TOLL_RE = compile_guarded(
    r"\b(?:during|throughout|over\s+the\s+course\s+of|in\s+the\s+course\s+of)\s+(?:the|its|their|this|that)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:battle|offensive|campaign|war|siege|operation)\s+(?:for|against|on|to|of|in)\b",
    re.IGNORECASE,
)
# Events told as stepped up or intensified, as a whole: "Ankara has stepped up strikes in Syria since ..." (a trend).
_STEPPED_UP_RE = compile_guarded(
    r"\b(?:stepp(?:ed|ing)\s+up|steps\s+up|intensif(?:ied|ies|ying|y)|escalat(?:ed|es|ing|e)|ramp(?:ed|s|ing)\s+up)\s+"
    r"(?:(?:its|their|the|his|her)\s+)?(?:[\w-]+\s+){0,2}?",
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
FOILED = "foiled"
HEARD = "heard"
UNRESISTED = "unresisted"
PROPERTY = "property"

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

# --- Reactions, denials and unconfirmed reports: the event is what is reacted to, denied or checked, not told.
# A reaction framing the event word: "a meeting to discuss the Turkish attacks", "an investigation into the bombing",
# "concern over the strikes", "declined to comment on the strike", "the funeral of the victims of the blast".
_REACTION_FRAME_RE = compile_guarded(
    r"\b(?:discuss(?:ed|es|ing)?|(?:to|and)\s+(?:address|review|assess)|investigat(?:ion|ions|ing|e|es|ed)(?:\s+(?:into|of))?|"
    r"inquir(?:y|ies)\s+into|probes?\s+into|(?:concern|concerns|alarm|outrage|anger|dismay|regret|sorrow|grief|condolences|"
    r"sympathy|shock)\s+(?:over|about|at|for|regarding|following)|comment(?:ed|s|ing)?\s+on|funerals?\s+(?:of|for)|"
    r"the\s+subject\s+of|debat(?:e|es|ed|ing)\s+(?:on|over|about)|statements?\s+(?:on|about|over|regarding)|"
    r"react(?:ed|ing|s|ions?)?\s+to|aftermath\s+of|displaced\s+by|(?:fled|flee|fleeing)\s+(?:from\s+)?)\b",
    re.IGNORECASE,
)
# A reaction told after the event word, the event its cause: "The strike drew condemnation from ...", "the attack
# sparked outrage", "the shelling prompted calls for an inquiry", "has raised fears of a new offensive" (matched at the
# event word; bounded gaps).
_REACTION_AFTER_RE = re.compile(
    r"[\w-]*\s+(?:[\w-]+\s+){0,4}?(?:dr[ae]w|draws|drawn|spark(?:ed|s)|prompt(?:ed|s)|trigger(?:ed|s)|provok(?:ed|es)|"
    r"stirred|stirs|fuell?ed|fuels|le(?:d|ads)\s+to|generat(?:ed|es)|attract(?:ed|s)|met\s+with|unleash(?:ed|es)|"
    r"ignit(?:ed|es)|caus(?:ed|es)|rais(?:ed|es)|brought|brings)\s+(?:[\w-]+\s+){0,3}?(?:condemnations?|outrage|anger|"
    r"criticism|protests?|calls|concerns?|fears?|alarm|debate|reactions?|denunciations?|uproar|backlash|fury|indignation|"
    r"demonstrations|condolences|outcry|panic|grief|mourning|tensions?|questions|silence|praise|applause|celebrations?|"
    r"welcome|gratitude|thanks)\b"
    # "the strike was the subject of a debate", "the shelling became the main topic of talks"
    r"|[\w-]*\s+(?:was|were|is|are|became|remains?|remained)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?:subject|topic|focus)\s+of\b"
    # a comment on what the event shows: "the raid is a reminder that ISIS remains a threat", "the attack shows that"
    r"|[\w-]*\s+(?:was|were|is|are|serves\s+as|served\s+as)\s+(?:a|an|another|the\s+latest)\s+(?:[\w-]+\s+)?(?:reminder|sign|signal|"
    r"indication|message|proof|testament)\b"
    r"|[\w-]*\s+(?:shows|showed|demonstrates|demonstrated|underscores|underscored|highlights|highlighted|proves|proved|"
    r"reflects|reflected|illustrates|illustrated)\s+(?:that|how|the)\b",
    re.IGNORECASE,
)
# The definite event denied after its event word: "Turkey said the drone did not belong to its forces", "the aircraft
# was not one of ours" (not "the strike did not cause casualties": a toll of none).
_NEGATED_AFTER_RE = re.compile(
    r"[\w-]*\s+(?:[\w-]+\s+){0,3}?(?:did|does|do|was|were|is|are|had|has|have)\s*(?:not|n['’]t)\s+"
    r"(?!(?:only|cause|caused|result|lead|kill|killed|injure|injured|wound|wounded|hurt|harm|harmed|leave|left|claim|"
    r"claimed|produce|inflict|inflicted)\b)",
    re.IGNORECASE,
)
# A report of the event declared false: "reports claiming that aircraft struck a house in X yesterday are false", "claims
# that its jets hit a school were baseless", "dismissed as lies reports that its forces shelled X".
_REPORT_FRAME_RE = compile_guarded(
    r"\b(?:reports?|claims?|allegations?|accusations?|rumou?rs?|news|accounts?|footage|videos?)\s+(?:claiming|saying|"
    r"alleging|suggesting|stating|that|of|about)\b"
    r"|\bdismiss(?:ed|es|ing)?\s+as\s+(?:[\w-]+\s+){0,2}?(?:reports?|claims?|allegations?)\b",
    re.IGNORECASE,
)
_FALSE_RE = compile_guarded(
    r"\b(?:are|were|is|was|as)\s+(?:(?:completely|totally|entirely|simply|categorically|all|utterly)\s+)?(?:false|untrue|"
    r"baseless|unfounded|fabricated|incorrect|inaccurate|groundless|fake|lies|misleading|not\s+(?:true|accurate|correct)|"
    r"without\s+(?:any\s+)?(?:basis|foundation))\b",
    re.IGNORECASE,
)
# No sign of the event, or the event not confirmed: "There are no indications that any civilians were killed in the
# strike", "found no evidence that civilians were harmed", "could not verify the strike", "CENTCOM is assessing reports
# of a civilian injured", "is investigating claims that ...".
_UNCONFIRMED_RE = compile_guarded(
    r"\b(?:no|not\s+any|little)\s+(?:credible\s+|clear\s+|immediate\s+)?(?:indications?|evidence|signs?|confirmation|proof)"
    r"\s+(?:that|of)\b|\bnot\s+aware\s+of\b|\b(?:could\s+not|couldn['’]t|cannot|unable\s+to|not\s+able\s+to)\s+"
    r"(?:independently\s+)?(?:confirm|verify)\b"
    r"|\b(?:assess(?:es|ed|ing)?|review(?:s|ed|ing)?|investigat(?:es|ed|ing|e)|examin(?:es|ed|ing|e)|verify(?:ing)?|"
    r"checking|look(?:s|ed|ing)?\s+into|probing)\s+(?:the\s+|these\s+|those\s+)?(?:reports?|claims?|allegations?|accounts?)\b",
    re.IGNORECASE,
)
# A question, not a report: "no news about the shelling on X this morning?", "Is it true that the drones hit X again?"
_QUESTION_END_RE = re.compile(r"\?[\s\"'”’)]*$")
_QUESTION_END_WINDOW = 200  # characters at the sentence's end in which its "?" is looked for (not the whole sentence per clause)

# --- Summaries of a period or a campaign.
# A running toll in vague numbers, told in the perfect: "clashes along the front line have killed scores of fighters",
# "assassinations have claimed the lives of dozens", "dozens of fighters have been killed in the clashes".
#: A party of attackers named by one bare plural word ("militants", "rebels"): the subject of one attack's toll, not of
#: a running one (:data:`_RUNNING_TOLL_RE`).
_ATTACKING_PARTY_PLURAL = (
    r"(?:fighters|militants|jihadists|rebels|insurgents|attackers|assailants|terrorists|extremists|militias|"
    r"troops|soldiers|forces|raiders)"
)
_RUNNING_TOLL_RE = compile_guarded(
    # (the pluperfect of reported speech too, after a subject of one bare plural word: "she said mines had killed
    # hundreds of returning farmers"; not "the strike had killed dozens", "IS militants had killed dozens": one event's
    # toll as reported; nor a party of attackers, "witnesses said militants had killed dozens when they stormed X":
    # the toll of the attack they made)
    r"(?:\b(?:has|have)|(?:^|,\s+|\b(?:that|and|said|says)\s+)(?!" + _ATTACKING_PARTY_PLURAL + r"\s)[a-z]+s\s+had)\s+"
    r"(?:so\s+far\s+|now\s+|already\s+|since\s+then\s+)?(?:killed|left|claimed(?:\s+the\s+lives\s+of)?|"
    r"cost(?:\s+the\s+lives\s+of)?|wounded|injured|maimed|executed|beheaded)\s+(?:(?:more\s+than|at\s+least|over|nearly|almost|some|about|"
    r"around|well\s+over)\s+)?(?:scores|dozens|hundreds|thousands|tens\s+of\s+thousands|countless|numerous)\b"
    r"|\b(?:scores|dozens|hundreds|thousands)\s+(?:of\s+(?:[\w-]+\s+){1,2}?)?(?:have|has)\s+(?:now\s+|so\s+far\s+)?been\s+"
    r"(?:killed|wounded|injured|maimed)\b",
    re.IGNORECASE,
)
# A toll over a stretch of time told as such: "a week in which strikes killed scores of people", "the month during which".
_PERIOD_WHICH_RE = compile_guarded(
    r"\b(?:a|the|one|another)\s+(?:[\w-]+\s+)?(?:week|month|fortnight|year|period|weekend|days|weeks|months)\s+"
    r"(?:in|during|over)\s+which\b",
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
# An event dated by a past month or year in the possessive: "last month's ISIS assault left 370 dead", "2019's bombing".
_PAST_POSSESSIVE_RE = compile_guarded(
    r"\b(?:last|previous|past)\s+(?:month|year|summer|winter|spring|autumn|fall)['’]s\b|\b(?:19|20)\d\d['’]s\b",
    re.IGNORECASE,
)


# The start of a campaign, not an event of it: "The battle for Raqqa began on June 6", "the offensive was launched
# last week", "the battle to free the valley has begun". (An attack that "began at dawn" is an event: only campaign
# nouns.)
_CAMPAIGN_START_RE = compile_guarded(
    r"\b(?:the|its|their|this|that)\s+(?:[\w-]+\s+){0,2}(?:battle|offensive|campaign|war|siege|conflict|operation)\s+"
    r"(?:(?:for|on|against|in|to\s+\w+)\s+(?:[\w'’.-]+\s+){0,4}?)?(?:(?:had|has|have)\s+)?"
    r"(?:began|begun|started|was\s+launched|kicked\s+off|got\s+under\s*way)\b"
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
# "February: ten attacks ..." / "- March: 4 operations": a line of a monthly summary.
_SUMMARY_LINE_RE = re.compile(
    r"^\s*(?:[-•*–]\s*)?(?:in\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december)(?:\s+\d{4})?\s*[:–-]",
    re.IGNORECASE,
)


# A sentence opening with a direct quotation, closed and attributed to its speaker: '"...," the SDF said'.
_QUOTE_OPENING_RE = re.compile(r"\s*[\"“”]")
_QUOTE_ATTRIBUTION_RE = re.compile(
    r"[,.!?]?\s*[\"“”]\s*,?\s*(?:[\w'’-]+\s+){1,6}?(?:said|says|told|added|stated|declared|wrote|tweeted)\b"
)
# Words that add a further item to what the sentence before said: "In addition, 16 were killed ...".
ADDITIVE_OPENING_RE = re.compile(
    r"\W*(?:in\s+addition|moreover|furthermore|additionally|besides|also|as\s+well)\b|\W*(?:\w+\s+){1,4}?also\b",
    re.IGNORECASE,
)

# Words that break a total told just before into its parts: "Among the civilians, seven were killed by drones ...",
# "Of them, 12 died in shelling", "Of these, 19 were carried out by gunmen", "Including eight children, ...".
_BREAKDOWN_OPENING_RE = re.compile(
    r"\W*(?:among|of)\s+(?:them|these|those|whom|which|the\s+(?:[\w-]+\s+){0,2}?[\w-]+\s*,)"
    # "Of the dead, 40 were killed by drones"
    r"|\W*among\s+the\s+(?:dead|killed|victims|casualties|deaths|fatalities)\b"
    r"|\W*(?:including|broken\s+down)\b"
    # "The dead include nine killed by shelling and four by mines", "Those killed included ...", and the total itself
    # as the subject: "The toll includes 14 killed by gunmen", "This death toll included ..."
    r"|\W*(?:the|those|this|that)\s+(?:dead|killed|victims|casualties|deaths|fatalities|(?:death\s+)?(?:toll|tally|total))\s+"
    r"(?:include[sd]?|comprised?|were\s+made\s+up\s+of)\b",
    re.IGNORECASE,
)

# A count a monitor made or a total stated, with no event word: "documented the death of 39 people", "recorded 52
# deaths", "a total of 61 civilians were killed".
_TOTAL_COUNTED_RE = compile_guarded(
    r"\b(?:documented|recorded|registered|counted|tallied|monitored)\s+(?:the\s+)?(?:deaths?\s+of|killing\s+of|"
    r"(?:at\s+least\s+|more\s+than\s+|some\s+)?\d[\d,]*)|\ba\s+total\s+of\s+\d|\bin\s+total\b",
    re.IGNORECASE,
)

_TOTAL_SUBJECT_RE = re.compile(r"\W*(?:the|this|that)\s+(?:death\s+)?(?:toll|total|tally|count|number|figure)\b", re.IGNORECASE)

# The events a count just told counted, named again as the sentence's subject: "The attacks killed 17 people" after
# "The report recorded 46 attacks in August", "These strikes left ..." (a plural event noun, up to one word before it).
_COUNTED_EVENTS_SUBJECT_RE = re.compile(
    r"\W*(?:the|these|those|such)\s+(?:[\w-]+\s+)?(?:attacks|strikes|airstrikes|raids|bombings|operations|"
    r"assassinations|explosions|incidents|ambushes)\b",
    re.IGNORECASE,
)

@dataclass(frozen=True)
class _SentenceWording:
    """What the whole sentence says about its mentions, read once per sentence (not once per clause: a long
    sentence of many clauses would otherwise be searched again for each)."""

    reacting: bool  # a diplomatic frame or a denial
    recalling: bool  # "It is worth noting that ..."
    quoted: tuple[int, int] | None = None  # a direct quotation attributed to a speaker: (start, end) in the sentence


# A denial appended to the report of an event: ", an allegation the coalition has rejected", ", a claim the army
# denied", ", but the coalition denied it" (the sentence's evidence ends before it; bounded gaps, one search).
_TRAILING_DENIAL_RE = compile_guarded(
    r"[,;]\s+(?:(?:an?|the)\s+)?(?:allegation|claim|accusation|charge|report)s?\s+(?:that\s+)?(?:[\w'’-]+\s+){0,6}?"
    r"(?:has\s+|have\s+|had\s+)?(?:always\s+|repeatedly\s+)?(?:rejected|denied|dismissed|refuted)\b"
    r"|[,;]\s+but\s+(?:[\w'’-]+\s+){1,5}?(?:denied|denies|rejected|dismissed|refuted)\b",
    re.IGNORECASE,
)


def _end_evidence_before_tail(reading: SentenceReading, tail: re.Pattern[str]) -> None:
    """End each candidate's sentence-wide evidence before the first ``tail`` appended to the report (a denial:
    :data:`_TRAILING_DENIAL_RE`; sounds heard: :data:`_TRAILING_SOUND_RE`), when the candidate's clause starts
    before it."""
    found = gated_search(tail, reading.text)
    if found is None:
        return
    cut = reading.sentence.start + found.start()
    for mention in reading.mentions:
        start, end = mention.evidence[0]
        if mention.verdict == CANDIDATE and start < cut < end and mention.clause_span[0] < cut:
            mention.evidence[0] = (start, cut)


# Sounds heard appended to the report of an event: ", big explosions heard as far as X", "; loud blasts could be heard
# across the city" (where a sound was heard is not where the event was: the evidence ends before it).
_TRAILING_SOUND_RE = compile_guarded(
    r"[,;]\s+(?:and\s+)?(?:(?:big|loud|huge|heavy|massive|several|strong|powerful|violent|successive)\s+)?"
    r"(?:explosions?|blasts?|booms?|gunfire|gunshots|sounds?\s+of\s+[\w-]+)\s+(?:(?:were|was|could\s+be|can\s+be)\s+)?heard\b",
    re.IGNORECASE,
)


# A protest or a reaction told first, then the event at another place: "In X, crowds gathered to denounce the attacks,
# and in Y, clashes killed 9" (one clause to the splitter: the evidence starts after the joiner).
_PLACE_JOINER_RE = compile_guarded(
    r"[,;]\s+(?:and|while|whereas|but|meanwhile)\s+(?:in|at|near|on)\s+", re.IGNORECASE
)


# A threat, a vow or a plan told first, then what happened meanwhile: "Erdogan announced that his army would launch an
# operation within days, while Turkish forces shelled X" (the threat has no event word of its own, so the splitter
# glued it to the event's clause).
_WHILE_JOINER_RE = compile_guarded(r"[,;]?\s+(?:while|whereas|meanwhile)\b,?\s*", re.IGNORECASE)


def _trim_leading_reaction(reading: SentenceReading) -> None:
    """Start a candidate's sentence-wide evidence after a protest or reaction that opens the sentence and is joined to
    the event's clause by ", and in X" (:data:`_PLACE_JOINER_RE`), or after a threat, vow, plan or appeal joined to it
    by "while" (:data:`_WHILE_JOINER_RE`), the candidate's event word standing after it."""
    text = reading.text
    joiner = gated_search(_PLACE_JOINER_RE, text)
    if joiner is not None:
        opening = text[: joiner.start()]
        if not (gated_search(_PROTEST_FRAME_RE, opening) or gated_search(_REACTION_FRAME_RE, opening)):
            return
    else:
        joiner = gated_search(_WHILE_JOINER_RE, text)
        if joiner is None:
            return
        opening = text[: joiner.start()]
        if not (gated_search(_INTENT_FRAME_RE, opening) or gated_search(_APPEAL_FRAME_RE, opening)) or find_triggers(opening):
            return  # (an opening that tells an event of its own is a clause of the splitter's, not glued)
    cut = reading.sentence.start + joiner.start() + 1
    for mention in reading.mentions:
        start, end = mention.evidence[0]
        word = _event_word_position(mention)
        if mention.verdict != CANDIDATE or word < 0 or not start < cut < end:
            continue
        if mention.clause_span[0] + word > reading.sentence.start + joiner.end():
            while cut < end and text[cut - reading.sentence.start].isspace():
                cut += 1
            mention.evidence[0] = (cut, end)


# A campaign's toll told after the event it ended with: "took the town after a week of clashes that left 90 dead",
# "after a four-month battle that killed thousands" (the toll is the campaign's, not the capture's).
_CAMPAIGN_AFTER_RE = compile_guarded(
    r"[,;]?\s+(?:after|following|ending|capping)\s+(?:(?:a|an|the|their|its)\s+)?(?:(?:[\w-]+\s+){0,2}?(?:\w+-)?(?:days?|weeks?|months?|years?)"
    r"(?:-long)?\s+(?:of\s+)?|(?:long|bloody|fierce|deadly)\s+)(?:[\w-]+\s+)?"
    r"(?:battle|fighting|clashes|siege|offensive|campaign|war|assault)\s+(?:that|which)\s+(?:has\s+|had\s+)?"
    r"(?:left|killed|claimed|cost)\b",
    re.IGNORECASE,
)
_CAMPAIGN_AFTER_GATE = ("day", "week", "month", "year", "long", "bloody", "fierce", "deadly")


def _drop_campaign_toll(reading: SentenceReading) -> None:
    """A candidate whose toll stands in a campaign phrase after it (:data:`_CAMPAIGN_AFTER_RE`) loses that toll, and
    its sentence-wide evidence ends before the phrase."""
    lowered = reading.text.lower()
    if "that" not in lowered and "which" not in lowered or not any(w in lowered for w in _CAMPAIGN_AFTER_GATE):
        return
    found = _CAMPAIGN_AFTER_RE.search(reading.text)
    if found is None:
        return
    cut = reading.sentence.start + found.start()
    for mention in reading.mentions:
        if mention.verdict != CANDIDATE or mention.clause_span[0] >= cut or not mention.trigger_word:
            continue  # (a clause whose only event word is the toll keeps it: the toll is all it tells)
        offset = _figure_offset(mention)
        if mention.killed is not None and offset is not None and mention.clause_span[0] + offset > cut:
            mention.killed = None
        start, end = mention.evidence[0]
        if start < cut < end:
            mention.evidence[0] = (start, cut)


def classify_sentence(reading: SentenceReading) -> None:
    """Classify every mention of a sentence (see the module docstring)."""
    if not reading.mentions:
        return
    wording = _wording(reading)
    for mention in reading.mentions:
        classify(mention, reading, wording)
    _specific_as_their_list(reading)
    _end_evidence_before_tail(reading, _TRAILING_DENIAL_RE)
    _end_evidence_before_tail(reading, _TRAILING_SOUND_RE)
    _trim_leading_reaction(reading)
    _drop_campaign_toll(reading)
    if len(reading.mentions) > 1:
        _keep_background_out_of_evidence(reading)


def _specific_as_their_list(reading: SentenceReading) -> None:
    """The items of one clause's list of events told place by place ("bombed a bakery in A, killing five, and a
    checkpoint in B") are as specific as the list: when one item is (its toll, day or actor told with it), so are
    the others (their place is their own; what makes the event specific is told once for the whole list)."""
    listed = [m for m in reading.mentions if m.distributed and m.verdict == CANDIDATE]
    if len(listed) < 2:
        return
    specific_clauses = {m.clause_text for m in listed if m.specific}
    for mention in listed:
        if not mention.specific and mention.clause_text in specific_clauses and mention.sub_governorate_places:
            mention.specific = True


# Verdicts of a clause that tells no incident and is not evidence of one either: a sentence's incident told in its
# other clause should not take it as evidence ("Protesters gathered to denounce the strikes, while in X clashes killed 9";
# "Blasts were heard in X, while in Y ...": where a sound was heard is not where the incident was; a foiled attack
# did not happen; a tally sums up other events; property burned harmed nobody).
_NOT_EVIDENCE = frozenset({REACTION, PATTERN, HISTORY, FOILED, HEARD, UNRESISTED, TALLY, PROPERTY})
_EDGE_CHARACTERS = " \t\n,;:-–—"


def _keep_background_out_of_evidence(reading: SentenceReading) -> None:
    """Narrow the sentence-wide evidence of a candidate to the part of the sentence after (or before) the clauses that
    are background, when those all stand on one side of it."""
    background = [m.clause_span for m in reading.mentions if m.verdict in _NOT_EVIDENCE]
    if not background:
        return
    sentence = (reading.sentence.start, reading.sentence.end)
    for mention in reading.mentions:
        if mention.verdict != CANDIDATE or mention.evidence[0] != sentence:
            continue
        start, end = mention.clause_span
        before = [span for span in background if span[1] <= start]
        after = [span for span in background if span[0] >= end]
        if len(before) + len(after) != len(background) or (before and after):
            continue  # a background clause overlapping this one, or on both sides: left whole
        text = reading.text
        base = reading.sentence.start
        if before:
            new_start = max(span[1] for span in before) - base
            while new_start < len(text) and text[new_start] in _EDGE_CHARACTERS:
                new_start += 1
            mention.evidence[0] = (base + new_start, sentence[1])
        else:
            new_end = min(span[0] for span in after) - base
            while new_end > 0 and text[new_end - 1] in _EDGE_CHARACTERS:
                new_end -= 1
            trimmed = text[:new_end]
            for joiner in (" and", " while", " but", " as"):
                if trimmed.endswith(joiner):
                    new_end -= len(joiner)
            mention.evidence[0] = (sentence[0], base + new_end)


def _wording(reading: SentenceReading) -> _SentenceWording:
    return _SentenceWording(
        reacting=reading.diplomatic or bool(gated_search(_DENIAL_RE, reading.text)),
        recalling=bool(gated_search(_EARLIER_REPORT_RE, reading.text)),
        quoted=_attributed_quotation(reading.text),
    )


def _attributed_quotation(text: str) -> tuple[int, int] | None:
    """The span of a direct quotation that opens the sentence and is attributed to a speaker ('"No matter how hard
    they fight, they will lose," the commander said.'), or None."""
    opening = _QUOTE_OPENING_RE.match(text)
    if opening is None:
        return None
    closing = _QUOTE_ATTRIBUTION_RE.search(text, opening.end())
    if closing is None:
        return None
    return opening.end(), closing.start()


def classify(mention: EventMention, reading: SentenceReading, wording: _SentenceWording | None = None) -> None:
    """Set ``mention.verdict`` and ``mention.specific`` (see the module docstring)."""
    if wording is None:
        wording = _wording(reading)
    clause = mention.clause_text
    figure = mention.has_figure  # (properties computed once: the chain below asks them many times)
    # (a statement's day, "the monitor said on Friday", dates the saying, not the event: "54 have been killed in five
    # days of fighting, a monitor said on Friday" is a running toll all the same)
    dated = any(not d.said and not _stretch_start(mention, d) for d in mention.point_dates)
    if mention.next_clause_anchored and mention.definite and not figure:
        mention.verdict = REFER_BACK
    elif mention.opens_sentence and not _counts_more_than_one(mention) and _RANKING_RE.match(clause):
        mention.verdict = REFER_BACK  # ("It is the third assassination of an SDF commander": its one victim, no toll)
    elif not figure and _measure_after_the_event(mention):
        mention.verdict = REFER_BACK  # "Security forces sealed off the town and arrested 12 suspects after the attack"
    elif not (dated or reading.title) and gated_search(_NTH_VICTIM_RE, clause):
        mention.verdict = REFER_BACK  # "He is the third council member to be killed this month, after two others in X"
    elif not figure and (_campaign_start(clause) or _own_campaign_started_long_before(mention)):
        mention.verdict = HISTORY  # "The battle for X began on June 6", "the SDF launched its assault on X on June 6"
    elif wording.reacting and not (figure or mention.named_places) or _denied_or_accused(mention):
        mention.verdict = REACTION
    elif _reported_false(mention):
        mention.verdict = REACTION  # "reports that jets struck a house in X yesterday are false"
    elif not figure and _QUESTION_END_RE.search(reading.text, max(0, len(reading.text) - _QUESTION_END_WINDOW)):
        mention.verdict = REACTION  # "no news about the shelling on X this morning?"
    elif not (dated or mention.named_places) and _unconfirmed(mention):
        mention.verdict = REACTION  # "There are no indications that civilians were killed in the strike"
    elif not (figure or dated) and _reacted_to(mention):
        mention.verdict = REACTION  # "The strike drew condemnation", "a meeting to discuss the Turkish attacks"
    elif _campaign_ended(mention):
        mention.verdict = TALLY  # "the SDF concluded a 24-day security operation in the camp, during which ..."
    elif not figure and _long_fight(mention, reading):
        # "The four-month battle has left the city in ruins", "declared victory on Tuesday after a five-month battle":
        # the whole campaign (a day told is that of the clause's saying or ending, not of a fight of months)
        mention.verdict = HISTORY
    elif not figure and _campaign_end_recalled(mention):
        mention.verdict = HISTORY  # "The SDF captured Hajin last week after months of fighting"
    elif not (figure or dated) and _named_as(mention):
        mention.verdict = REACTION  # "Damascus called the strikes a war crime"
    elif (
        not figure
        and _frames_gated(_FOILED_FRAME_RE, mention)
        and not tells_assault_fought_off(mention.clause_text)  # "thwarted an attack on their positions": fought off
    ):
        mention.verdict = FOILED  # "the Asayish foiled an attempt to plant a bomb near the roundabout"
    elif not figure and _heard(mention):
        mention.verdict = HEARD  # "explosions were heard at a depot north of the city"
    elif not _harmed(mention) and tells_only_arson(clause):
        mention.verdict = PROPERTY  # "unknown men set fire to the crops near X": property burned, nobody hurt
    elif not figure and _standing_hazard(mention):
        mention.verdict = PATTERN  # "clearing of mines in the city continued", "the areas most contaminated by mines"
    elif (not figure or _STOPPED_FIGHT_TOTAL_RE.search(mention.clause_text)) and _fight_stopped(mention, reading):
        # "a truce ended the fighting in X", "a storm halted the clashes near Y" (a toll told is an event's own, but
        # for the total of the fight that stopped: "ended fighting in X that had killed dozens")
        mention.verdict = HISTORY
    elif not (figure or dated) and _frames_gated(_NEGATED_FRAME_RE, mention, _NEGATED_GATE):
        mention.verdict = REACTION  # "the coalition destroyed the city and did not remove the mines"
    elif not figure and _harassed(mention):
        mention.verdict = REACTION  # "the drone had been harassed by Russian military aircraft over the north-west"
    elif not figure and _frames_gated(_NONE_FRAME_RE, mention):
        mention.verdict = REACTION  # "the army said it had carried out no strikes near Qamishli on Sunday"
    elif not figure and _occasion_of_a_plan(mention):
        mention.verdict = REFER_BACK  # "Turkey said it would hit back after an attack on its ministry in the capital"
    elif not figure and _frames_gated(_STEPPED_UP_RE, mention):
        mention.verdict = PATTERN  # "Ankara has stepped up strikes in Syria since the attack in the capital"
    elif not figure and _frames_gated(_RISK_CAUSE_RE, mention):
        mention.verdict = REACTION  # "the dam could collapse due to air strikes"
    elif not figure and _frames_gated(_SUSPENDED_OVER_RE, mention):
        mention.verdict = REACTION  # "the council is suspending work at the crossing because of the Turkish attacks"
    elif (
        mention.definite
        and not (figure or dated or mention.named_places)
        and ("viol" in (lowered := clause.lower()) or "breach" in lowered)
        and _VIOLATION_RE.search(clause)
    ):
        mention.verdict = PATTERN  # "The attacks are carried out in violation of the ceasefire"
    elif figure and not dated and _campaign_toll(mention):
        mention.verdict = TALLY  # "more than 3,000 people died during the battle for the city"
    elif not (figure or dated) and _frames_gated(_APPEAL_FRAME_RE, mention):
        mention.verdict = REACTION  # "Our network calls on the international community to stop the drone war"
    elif not (figure or dated) and gated_search(_END_DEMANDED_RE, clause):
        mention.verdict = REACTION  # "residents held a protest demanding an end to assassinations in the town"
    elif not (figure or dated) and _origin_told(mention):
        mention.verdict = REFER_BACK  # "the shells came from positions in X": where the fire came from, told again
    elif mention.definite and not figure and _reason_follows(mention):
        # "Ankara launched the strikes in response to a bombing in Istanbul", "the new raids come after a blast in X"
        mention.verdict = REFER_BACK
    elif _judged(mention):
        mention.verdict = REACTION  # "a court sentenced three men for the bombing of the market"
    elif _protested(mention):
        mention.verdict = REACTION  # "demonstrators gathered to denounce the attacks"
    elif not (figure or dated) and (_intended(mention) or _forecast(mention)):
        mention.verdict = REACTION  # "Turkey threatened to launch a new operation", "the battle will be over in weeks"
    elif not (figure or dated) and _time_reference(mention):
        mention.verdict = REFER_BACK  # "The raids came days after a deadly attack in Ankara"
    elif not figure and _sequel_told(mention):
        mention.verdict = REFER_BACK  # "The campaign followed a car bombing in X on March 4" (its own day kept)
    elif not (figure or dated) and _habitual(clause) or not figure and gated_search(_KEPT_UP_SINCE_TURN_RE, clause):
        mention.verdict = PATTERN  # "Raqqa witnesses bombings from time to time"
    elif not figure and gated_search(_TIMES_OVER_A_PERIOD_RE, clause):
        mention.verdict = PATTERN  # "the garrison came under rocket fire several times in 2021"
    elif ("anniversar" in (lowered := clause.lower()) or "commemorat" in lowered) and _ANNIVERSARY_RE.search(clause):
        mention.verdict = HISTORY
    elif not dated and could_match(_REMEMBRANCE_RE, clause) and _before_event_word(_REMEMBRANCE_RE, mention):
        # "crowds visited the cemetery where men killed fighting in A and B lie", '"We remember those who gave their
        # lives," said a mother whose two sons died in the siege of A', "the speakers recalled the 2004 events, when ..."
        mention.verdict = HISTORY
    elif not (figure or mention.named_places) and _inside(mention, reading, wording.quoted):
        mention.verdict = REACTION  # a speaker's words, no toll, no place ('"However fierce the clashes, ..." he said')
    elif mention.definite and (
        _CONSEQUENCE_RE.search(clause) or not figure and gated_search(_CONSEQUENCE_DATED_RE, clause)
    ):
        mention.verdict = CAUSE
    elif _named_by_a_past_date(mention, with_toll=figure):
        # "a court sentenced 11 men on Tuesday over their role in the May 2021 attack on X"; with its toll, when the
        # year named is an earlier one ("over the 2016 market bombing, which killed 40")
        mention.verdict = HISTORY
    elif _long_before_publication(mention):
        mention.verdict = HISTORY  # "in October 2017" in a later article; with a toll, a year or more back
    elif not dated and gated_search(_PAST_POSSESSIVE_RE, clause):
        mention.verdict = HISTORY  # "where last month's ISIS assault left more than 370 people dead"
    elif not dated and "year" in clause.lower() and _YEARS_AGO_RE.search(clause):
        mention.verdict = HISTORY  # "Last year, a similar drone strike killed three girls": recalled, not reported
    elif _year_only(mention) is not None:
        mention.verdict = TALLY if figure else HISTORY
    elif reading.generic and mention.definite:
        mention.verdict = PATTERN
    elif mention.opens_sentence and not (figure or dated) and opens_with_frame(clause):
        mention.verdict = PATTERN  # a bulletin's frame: "In the wake of the repeated assassinations in the region, ..."
    elif not dated and wording.recalling:
        mention.verdict = HISTORY
    elif not mention.named_places and _EARLIER_PUBLICATION_RE.search(clause):
        mention.verdict = HISTORY  # an earlier report recalled ("published on the 3rd of May that it documented ...")
    elif is_tally(
        clause,
        reading.text,
        # (one target of a listed wave, told with its own place: "drones targeted in the last 72 hours: a station in
        # A, a silo in B" names the hits themselves, not a count over the period; the day a count was told on, "a
        # monitor said on Friday", dates no event of it: ``dated``)
        dated or (mention.distributed and bool(mention.sub_governorate_places)),
        _figure_offset(mention),
        mention.figures_all_zero,
        bool(mention.sub_governorate_places),
    ) or (
        _spans_governorates(mention)
    ) or _spans_countries(mention) or _monthly_toll(mention) or _period_toll(mention) or _operation_toll(mention) or (
        not dated and _campaign_sized_bare_toll(mention)
    ):
        mention.verdict = TALLY
    elif not dated and _COLLECTIVE_REFERENCE_RE.search(clause):
        mention.verdict = REFER_BACK
    elif _unresisted(mention, reading):
        mention.verdict = UNRESISTED  # "police searched homes and detained four men without resistance"
    elif not figure and _SWEEP_WORD_RE.search(mention.trigger_word) and _GOING_ON_RE.search(clause):
        mention.verdict = ONGOING
    else:
        mention.verdict = CANDIDATE
    mention.specific = _is_specific(mention, clause_text=clause, generic=reading.generic, diplomatic=reading.diplomatic)


_SINCE_BEFORE_RE = re.compile(r"\bsince\s+$", re.IGNORECASE)
# A fight or fire told as kept up, or grown, since an earlier turn of events named by a noun: "shelling along the front
# has intensified since the collapse of the truce on March 3", "clashes have continued since the fall of the town" (the
# day, if any, is the turn's, not an event's; "since Thursday", "since January" are counted stretches: tallies).
_KEPT_UP_SINCE_TURN_RE = compile_guarded(
    r"\b(?:has|have|had)\s+(?:been\s+)?(?:continu(?:ed|ing)|intensif(?:ied|ying)|escalat(?:ed|ing)|rag(?:ed|ing)|"
    r"persist(?:ed|ing)|gone\s+on|going\s+on)\s+(?:[\w-]+\s+){0,2}?since\s+the\s+(?:[\w-]+\s+){0,2}?"
    r"(?:fall|collapse|start|beginning|end|outbreak|launch|capture|takeover|breakdown|withdrawal|departure)\s+of\b"
    # (not the start of a fight of its own: "has gone on since the launch of the SDF offensive on Sunday" is that fight)
    r"(?!\s+(?:the\s+|its\s+|their\s+|an?\s+)?(?:[\w-]+\s+){0,2}?(?:offensive|assault|attack|battle|operation|"
    r"campaign|clashes|fighting|bombardment|shelling)\b)",
    re.IGNORECASE,
)


def _stretch_start(mention: EventMention, date: DateMention) -> bool:
    """Whether a day starts a stretch of time rather than dating the event: "since yesterday" (the dates stage reads
    it as a day: a bombardment "since yesterday" began then). ("Since last night, jets carried out 70 strikes on X"
    is one night's wave: it keeps its date.)"""
    if date.text.lower() != "yesterday":
        return False
    at = date.start - mention.clause_span[0]
    return at > 0 and _SINCE_BEFORE_RE.search(mention.clause_text, max(0, at - 8), at) is not None


def _counts_more_than_one(mention: EventMention) -> bool:
    """A toll of more than one (a single victim, "the assassination of a commander", is no toll)."""
    return any(f is not None and (f.low is None or f.low > 1) for f in (mention.killed, mention.injured))


def _campaign_start(clause: str) -> bool:
    lowered = clause.lower()  # substring test first: most clauses have none of the verbs
    return any(word in lowered for word in ("began", "begun", "started", "launched", "kicked off", "under way", "underway")) and bool(
        _CAMPAIGN_START_RE.search(clause)
    )


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


# Plural events a toll was counted over: "41 civilians had been killed in coalition raids on the pocket in July".
_PLURAL_EVENTS_RE = re.compile(
    r"\b(?:raids|strikes|airstrikes|air\s+strikes|attacks|bombings|bombardments|shellings|explosions)\b", re.IGNORECASE
)


def _monthly_toll(mention: EventMention) -> bool:
    """A toll over plural events dated by a month alone, no day ("41 civilians had been killed in coalition raids on
    the pocket in July"): a month's count, not one event."""
    if not mention.has_figure or mention.point_dates or not any(d.kind == "month" and d.day is None for d in mention.dates):
        return False
    return bool(_PLURAL_EVENTS_RE.search(mention.clause_text))


def _harassed(mention: EventMention) -> bool:
    """An aircraft harassing or harassed by another, no attack (:data:`_HARASSED_BY_RE`, :data:`_HARASSED_AFTER_RE`)."""
    clause = mention.clause_text
    if not could_match(_HARASSED_BY_RE, clause):
        return False  # (both patterns need "... by")
    if _frames_event_word(_HARASSED_BY_RE, mention):
        return True
    word = _event_word_position(mention)
    return word >= 0 and _HARASSED_AFTER_RE.match(clause, word) is not None


def _reported_false(mention: EventMention) -> bool:
    """A report of the clause's event, named before its event word, is declared false after it ("reports that jets
    struck a house in X are false"): whatever its place and day, no event is asserted."""
    clause = mention.clause_text
    if not could_match(_FALSE_RE, clause) or not could_match(_REPORT_FRAME_RE, clause):
        return False
    word = _event_word_position(mention)
    if word < 0 or _REPORT_FRAME_RE.search(clause, 0, word) is None:
        return False
    return _FALSE_RE.search(clause, word) is not None


def is_unconfirmed(text: str) -> bool:
    """The text says there is no sign of what it tells, or that its report is still being checked
    (:data:`_UNCONFIRMED_RE`): "CENTCOM is assessing reports of a civilian injured" is no toll of the strike told."""
    return gated_search(_UNCONFIRMED_RE, text) is not None


def _unconfirmed(mention: EventMention) -> bool:
    """No sign of the clause's event, or its report being checked, said before its event word."""
    clause = mention.clause_text
    return could_match(_UNCONFIRMED_RE, clause) and _before_event_word(_UNCONFIRMED_RE, mention)


def _reacted_to(mention: EventMention) -> bool:
    """The clause's event is what a reaction is about: framed by one ("a meeting to discuss the attacks"), or the
    cause of one told after its event word ("the strike drew condemnation"; a place after the reaction is the
    reaction's: "sparked anger among the residents of X"), or, definite, denied after it ("the drone did not belong to
    its forces"). A clause naming a place of the event itself tells the event."""
    clause = mention.clause_text
    places = [p.start - mention.clause_span[0] for p in mention.sub_governorate_places]
    if not places and _frames_gated(_REACTION_FRAME_RE, mention):
        return True
    word = _event_word_position(mention)
    if word < 0:
        return False
    lowered = clause.lower()
    if could_match(_REACTION_AFTER_RE, clause):
        reaction = _REACTION_AFTER_RE.match(clause, word)
        if reaction is not None and not any(p < reaction.end() for p in places):
            return True
    return not places and mention.definite and (" not" in lowered or "n't" in lowered or "n’t" in lowered) and (
        _NEGATED_AFTER_RE.match(clause, word) is not None
    )


def _standing_hazard(mention: EventMention) -> bool:
    """The clause's event word is a mine or a war remnant told as a hazard (:data:`_HAZARD_FRAME_RE`: cleared,
    contaminating a place, keeping people away; :data:`_HAZARD_AFTER_RE`: remaining), and the clause tells no blast
    and no harm."""
    if _HAZARD_NOUN_RE.search(mention.trigger_word) is None or _BLAST_TOLD_RE.search(mention.clause_text):
        return False
    if _frames_gated(_HAZARD_FRAME_RE, mention):
        return True
    word = _event_word_position(mention)
    return word >= 0 and _HAZARD_AFTER_RE.match(mention.clause_text, word) is not None


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
    from a week or more back (:func:`_campaign_end_recalled`, next in :func:`classify`)."""
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


# A military's count of enemies "neutralised" over its operation as a whole: "87 militants had been neutralised in its
# aerial operation", "its ground operations have neutralised 12 militants", "were neutralised as a result of its air campaign"
# (the operation named by its owner, or by its kind after the definite article: not "in an operation near X", nor "the
# operation" alone, the raid just told: "The SDF raided a hideout. Two militants were neutralised in the operation").
_WHOLE_OPERATION = (
    r"(?:(?:its|their|our)\s+(?:(?:air|aerial|ground|military|cross-border|counter-terrorism|latest|ongoing|new)\s+)?"
    r"|(?:the|this)\s+(?:air|aerial|ground|military|cross-border|counter-terrorism|latest|ongoing|new)\s+|the\s+(?=operations\b))"
    r"(?:operations?|campaign|offensive)\b"
)
_OPERATION_COUNT_RE = compile_guarded(
    r"\bneutrali[sz](?:ed|ing)\b[\"”’']?(?:\s+[\w\"“”‘’'-]+){0,4}?\s+(?:in|during|within|through|throughout|as\s+a\s+result\s+of)\s+"
    + _WHOLE_OPERATION
    + r"|\b" + _WHOLE_OPERATION + r"\s+(?:had|has|have)\s+(?:[\w-]+\s+)?[\"“”‘’']?neutrali[sz]ed\b",
    re.IGNORECASE,
)


def _operation_toll(mention: EventMention) -> bool:
    """A count of enemies neutralised over a military's operation as a whole (:data:`_OPERATION_COUNT_RE`), with no
    place below governorate level and no day: the ministry's running count, not one strike ("In an air operation near X
    on Monday, 5 terrorists were neutralized" is one)."""
    if not mention.has_figure or mention.point_dates or mention.sub_governorate_places:
        return False
    return gated_search(_OPERATION_COUNT_RE, mention.clause_text) is not None


def _campaign_sized_bare_toll(mention: EventMention) -> bool:
    """A death toll of :data:`_CAMPAIGN_SIZED_TOLL` or more told with no event word at all ("The coalition estimates
    6,000 militants were killed in X", "over 1,000 civilians died in the city"): the dead of a battle or a war summed
    up, not one event's (an event of that size is told by its event word: "a car bomb killed 500 at the market")."""
    if mention.trigger_word or mention.killed is None:
        return False
    return max(mention.killed.low or 0, mention.killed.high or 0) >= _CAMPAIGN_SIZED_TOLL


def _period_toll(mention: EventMention) -> bool:
    """A toll told over a stretch of time rather than for one event: a running toll in vague numbers with no day
    ("clashes along the front have killed scores of fighters"), or a toll after "a week in which" (whatever day the
    sentence gives: it is the report's). (A weekend is no such stretch: "raids on X killed eight over the weekend" is
    one incident to an analyst.)"""
    if not mention.has_figure:
        return False
    clause = mention.clause_text
    if not mention.point_dates and gated_search(_RUNNING_TOLL_RE, clause):
        return True
    found = gated_search(_PERIOD_WHICH_RE, clause)
    if found is None:
        return False
    offset = _figure_offset(mention)
    return offset is None or offset > found.start()


def _inside(mention: EventMention, reading: SentenceReading, span: tuple[int, int] | None) -> bool:
    """Whether the mention's clause starts inside ``span`` (offsets in the sentence)."""
    if span is None:
        return False
    start = mention.clause_span[0] - reading.sentence.start
    return span[0] <= start + _QUOTE_SLACK and start < span[1]


_QUOTE_SLACK = 2  # the clause may start at the quotation mark itself


def classify_continuations(readings: list[SentenceReading]) -> None:
    """Across sentences: a sentence that adds to a tally told just before ("In addition, 16 civilians were killed in
    raids on ...", "Airstrikes also left hundreds injured") or breaks it into parts ("Among the civilians, seven were
    killed by drones, five by mines") is part of that tally when it gives no day of its own; so is one naming the
    counted events again as its subject ("The attacks killed 17 people") or a line of the breakdown the count
    announced ("- 19 killed by drone strikes"), when it names no place and no day; and one naming them again with a
    definite plural anywhere ("five people died in the strikes"), with no place and no day.
    The verdict carries down a chain of such sentences. Runs after :func:`classify_sentence`; one pass."""
    tally_before = False
    tally_kinds: set[EventType] = set()  # the types of the events the tally just before counted (none: no event word)
    for reading in readings:
        if not reading.mentions:  # a toll with no event word: "The number killed since June has risen to 412."
            # (or a count a monitor made: "SOHR documented the death of 39 people in May", "A total of 61 civilians
            # were killed in March", the total a breakdown that follows takes apart)
            # and a sentence about that total ("The death toll was distributed as follows: ...") keeps it told
            counts = is_tally(reading.text, reading.text) or bool(gated_search(_TOTAL_COUNTED_RE, reading.text))
            tally_before = counts or tally_before and bool(
                _TOTAL_SUBJECT_RE.match(reading.text) or _BREAKDOWN_OPENING_RE.match(reading.text)
            )
            if counts or not tally_before:
                tally_kinds = set()  # (a count with no event word: of any kind)
            continue
        additive = bool(ADDITIVE_OPENING_RE.match(reading.text) or _BREAKDOWN_OPENING_RE.match(reading.text))
        # the events just counted, named again ("The attacks killed 17 people"), and a line of the breakdown a count
        # announced ("... in February, distributed as follows:\n- 19 killed by drone strikes"), naming no place
        counted = tally_before and bool(
            _COUNTED_EVENTS_SUBJECT_RE.match(reading.text)
            or BULLET_ITEM_RE.match(reading.text)
        )
        if counted:
            for mention in reading.mentions:
                if mention.verdict == CANDIDATE and not mention.point_dates and not mention.named_places:
                    mention.verdict = TALLY
        if tally_before:
            for mention in reading.mentions:
                # the events just summed up, named again with a definite plural ("Officials said five people
                # died in the strikes"), no place and no day of their own: that summary's toll
                # (of the kind counted: "The clashes with the tribes killed two" after a tally of drone strikes is
                # another event)
                if (
                    mention.verdict == CANDIDATE
                    and mention.definite
                    and mention.trigger_word.endswith("s")
                    and not mention.point_dates
                    and not mention.named_places
                    and _of_the_kinds_counted(mention.event_type, tally_kinds)
                ):
                    mention.verdict = TALLY
        if tally_before and additive:
            for mention in reading.mentions:
                # (not one item of a list of hits each told with its place: "The drones also bombed a bakery in A,
                # killing five, and a checkpoint in B" tells the events the tally counts)
                if (
                    mention.verdict == CANDIDATE
                    and not mention.point_dates
                    and not mention.distributed
                    and not _one_event_at_a_place(mention)
                ):
                    mention.verdict = TALLY
        # (a count a monitor recorded over a past month is told as history, and is a count all the same: "The report
        # recorded 46 attacks in August")
        tally_before = any(m.verdict == TALLY for m in reading.mentions) or (
            any(m.verdict == HISTORY for m in reading.mentions) and bool(gated_search(_TOTAL_COUNTED_RE, reading.text))
        )
        tally_kinds = {m.event_type for m in reading.mentions if m.verdict in (TALLY, HISTORY)} if tally_before else set()


def _of_the_kinds_counted(event_type: EventType, kinds: set[EventType]) -> bool:
    """Whether an event of ``event_type`` may be one of the events a tally of ``kinds`` counted: any when the tally
    named no event word, else the same type or, for fire, any kind of fire (drone strikes counted, "the strikes")."""
    if not kinds or event_type in kinds or event_type in (EventType.ATTACK, EventType.OTHER):
        return True
    return event_type in BOMBARDMENT_TYPES and bool(kinds & BOMBARDMENT_TYPES)


def classify_release_strikes(readings: list[SentenceReading]) -> None:
    """Across sentences: a strike told by a weak word at a place of its own below governorate level, not specific by
    itself ("Near X, strikes destroyed an ammunition depot", "During a strike that destroyed a fighting position"), is
    specific when the text told, before it, strikes of a named party ("the Russian Aerospace Forces struck 142
    facilities", "CENTCOM forces conducted airstrikes", a title "Coalition strike summary"): one of the strikes the
    release lists, its day and party the release's. Not under background wording (a pattern, a history), with a verdict against it, nor one
    heard or feared (:data:`_NOT_HAPPENED_RE`).
    Runs after :func:`classify_sentence`; one pass."""
    party_struck = False  # a bombardment with a named party told so far
    for reading in readings:
        for mention in reading.mentions:
            if (
                party_struck
                and not mention.specific
                and mention.verdict == CANDIDATE
                and not mention.generic
                and not reading.generic
                and mention.trigger.weak
                and mention.event_type in BOMBARDMENT_TYPES
                and mention.sub_governorate_places
                # (not one heard, feared or threatened: "a correspondent in X heard heavy bombardment" is where the
                # correspondent stands)
                and _NOT_HAPPENED_RE.search(mention.clause_text) is None
            ):
                mention.specific = True
        party_struck = party_struck or any(
            m.event_type in BOMBARDMENT_TYPES and m.actor is not None and not m.generic for m in reading.mentions
        )


def _arrest_or_capture(mention: EventMention) -> bool:
    """A raid, arrest or search, or ground taken: what can be done without a fight."""
    return mention.event_type is EventType.RAID or mention.trigger.pattern == CAPTURE_VERBS


def _harmed(mention: EventMention) -> bool:
    """True when the mention tells someone killed or wounded (a toll above zero, or an open one)."""
    return any(
        toll is not None and ((toll.low or 0) > 0 or toll.high is None or toll.high > 0)
        for toll in (mention.killed, mention.injured)
    )


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
    kind only as done without a fight. Runs after :func:`classify_sentence`; one pass, each sentence compared with the next."""
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


def classify_sequels_told_on(readings: list[SentenceReading]) -> None:
    """Across sentences: an event named only as what another came after (:func:`_sequel_told`, a refer-back) whose
    toll the very next sentence tells is an incident after all, with a toll of its own ("The raids came after a car
    bombing in X on Wednesday. The bombing killed six people.", "... after an explosion at a depot in Y on March 2.
    Two workers were killed."): the next sentence tells no event but that toll, or only a definite event of the kind
    named again with its figure and no place of its own. Runs after :func:`classify_sentence`; one pass."""
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
    again, definite, with a figure above zero, no place of its own, of a kind the first may be (:func:`_of_the_kinds_counted`)."""
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


def _blank(found: re.Match[str]) -> str:
    """The matched text as blanks of its length (offsets kept)."""
    return " " * len(found.group())


def drop_arrests_without_harm(clusters: list[EventMention], text: str, sentences: list[Sentence]) -> list[EventMention]:
    """The incidents without the raids that only arrested or searched: type ``raid``, nobody harmed (no toll, or a zero
    one), an arrest, detention, search or security operation told in the evidence and no fight, harm, blast or
    abduction told there ("The SDF raided homes in X, arresting eleven men"). Kept: an insurgents' raid that arrested nobody (an attack),
    a partnered one (:data:`_PARTNERED_RE`, in the evidence or the :data:`_PARTNER_WINDOW` sentences after), one
    whose fight the next sentence tells ("During the raid, ..."). A few searches per raid: linear in the text."""
    opening: dict[int, list[EventMention]] = {}
    for cluster in clusters:
        opening.setdefault(cluster.sentence_index, []).append(cluster)
    kept: list[EventMention] = []
    for cluster in clusters:
        if cluster.event_type is EventType.RAID and not _harmed(cluster):
            evidence = " ".join(text[start:end] for start, end in cluster.evidence)
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
            told_harm = _NO_HARM_RE.sub(_blank, _NO_FIGHT_RE.sub(_blank, _AFTER_THE_EVENT_RE.sub(_blank, evidence)))
            if (
                gated_search(_ARREST_OR_SEARCH_RE, evidence)
                and not gated_search(_FIGHT_OR_HARM_RE, told_harm)
                and not any(gated_search(_PARTNERED_RE, told) for told in (evidence, *after))
                and not any(gated_search(_DURING_THE_OPERATION_RE, told) for told in after[:2])
            ):
                continue
        kept.append(cluster)
    return kept


def _kind(mention: EventMention) -> bool:
    """The kind of an arrest or capture, for a headline and its body: True for a raid, False for ground taken."""
    return mention.event_type is EventType.RAID
# One event told by its weapon or device in the singular: "A Turkish drone also struck ...", "an officer was killed by a
# landmine near X" (the indefinite article, up to two words before the event word).
_ONE_EVENT_BEFORE_RE = compile_guarded(r"\b(?:an?|one|another)\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)


def _one_event_at_a_place(mention: EventMention) -> bool:
    """True when the mention tells one event at a place below governorate level, its event word in the singular after
    an indefinite article ("Also, a drone struck a car near X, killing two"): an event of its own, not a part of the
    tally told before it ("In addition, 16 civilians were killed in raids on X" adds to it)."""
    if not mention.sub_governorate_places or not mention.trigger_word or mention.trigger_word.endswith("s"):
        return False
    position = ascii_lower(mention.clause_text).find(mention.trigger_word)
    return position > 0 and _ONE_EVENT_BEFORE_RE.search(mention.clause_text, max(0, position - 40), position) is not None


def _figure_offset(mention: EventMention) -> int | None:
    """Where the mention's own casualty figure stands in its clause, if it can be found."""
    figure = mention.killed or mention.injured
    if figure is None or not figure.phrase:
        return None
    position = mention.clause_text.find(figure.phrase.split(" + ")[0])
    return position if position >= 0 else None


def is_tally(
    clause_text: str,
    sentence_text: str,
    dated: bool = False,
    figure_offset: int | None = None,
    no_casualties: bool = False,
    placed: bool = False,
) -> bool:
    """True when the clause counts events or totals a toll instead of telling one event.

    A cumulative toll ("the toll has risen to 19", "raising the death toll to", "the casualties are 973") unless the
    clause first gives a figure of its own or, placed or dated, names it its event's own ("the toll of which rose to
    9", :func:`_events_own_toll`), a line of a monthly summary ("February: ...") always; a count of events ("ten attacks", "98 operations") or casualties over a period
    ("since early 2022") or the dead of a whole battle ("more than 1,000 were killed in
    the fighting") when the clause gives no day (``dated``): "dozens of
    airstrikes on Wednesday" is one wave of strikes on one day; a span of days ("over the two days", and "on Sunday and
    the following days" whatever its day) or a report's period ("during this period", "in the same period") when, besides, the clause names no
    place (``placed``). A clause whose only figure is zero
    (``no_casualties``: "no casualties have been reported so far") totals nothing over a period: "so far" there
    is how long the report has held, and the clause tells one event.
    """
    if _SUMMARY_LINE_RE.match(sentence_text):
        return True
    cumulative = _cumulative(clause_text)
    if cumulative is not None:
        # ("11 were killed in the strike ..., which raises the toll to 989": the event, then the total; not the event's
        # own toll, "shelled a market in X on Monday, the toll of which has risen to 9": the event is read below)
        own_toll = (placed or dated) and _events_own_toll(clause_text, cumulative)
        if not own_toll and (figure_offset is None or figure_offset >= cumulative):
            return True
        # the period and the events counted after a running toll are the total's ("..., killing two fighters, which
        # raised the number killed this month to 14"): the event told before it is read alone
        clause_text = clause_text[:cumulative]
    ranked = gated_search(_RANKED_TAIL_RE, clause_text)
    if ranked is not None and (figure_offset is None or figure_offset < ranked.start()):
        # ("a drone killed three men, the third such strike over the previous week": the period is the ranking's)
        clause_text = clause_text[: ranked.start()]
    if not placed and gated_search(_FOLLOWING_DAYS_RE, clause_text):
        return True  # ("on Sunday and the following days": the day opens a span, it dates no one event)
    if dated:
        return False
    if _counts_events(clause_text, placed) or _campaign_sized_toll(clause_text):
        return True
    if no_casualties:
        return False
    lowered = clause_text.lower()
    if "so far" in lowered and _provisional_so_far(clause_text):
        # "4 martyrs so far", "two killed so far", "we count 9 so far": one event's toll as known at the time of
        # writing, no period (a running total in the perfect, "the strikes have killed 40 so far", keeps it)
        clause_text = _PROVISIONAL_TOLL_RE.sub(_blank, clause_text)
        lowered = clause_text.lower()
    if any(word in lowered for word in _PERIOD_GATE):
        period = _PERIOD_RE.search(clause_text)
        if period is not None and not (
            placed
            and (
                _days_of_one_fight(clause_text, period)
                or (
                    _one_day_briefing(clause_text, period)
                    and (figure_offset is None or _SPREAD_OVER_RE.search(clause_text) is None)
                )
            )
        ):
            return True
    if (not placed or _SPREAD_OVER_RE.search(clause_text)) and gated_search(_REPORT_PERIOD_RE, clause_text):
        # ("during this period, 900 civilians were assessed killed": the report's whole span; "340 were killed in
        # attacks across X in the same period": a place spread over is no one event's)
        return True
    return not placed and (_span_of_days(clause_text) or bool(gated_search(_RECENT_STRETCH_RE, clause_text)))


# The toll a cumulative phrase raises, named as that of the event the clause has just told: "shelled a market in X
# on Monday, the toll of which has risen to 9".
_TOLL_OF_WHICH_RE = re.compile(r"toll\s+of\s+which\b", re.IGNORECASE)


def _events_own_toll(clause_text: str, cumulative: int) -> bool:
    """The cumulative toll at ``cumulative`` is that of the event the clause tells ("the toll of which",
    :data:`_TOLL_OF_WHICH_RE`), in a clause that names no period nor a place spread over: one event's toll updated,
    not a running total. The caller checks that the event has a place below governorate level or a day. (A toll
    named by its event alone, "The toll of the shelling on X rose to 14", stays a tally: the update of an event told
    before, which :mod:`.follow_up_tolls` gives that event.)"""
    return (
        _TOLL_OF_WHICH_RE.match(clause_text, cumulative) is not None
        and _PERIOD_RE.search(clause_text) is None
        and _SPREAD_OVER_RE.search(clause_text) is None
    )


#: A daily briefing's period: "in the past 24 hours", "over the last twenty-four hours".
_ONE_DAY_RE = re.compile(r"(?:in|during|over|throughout)\s+the\s+(?:past|last)\s+(?:24|twenty-four)\s+hours", re.IGNORECASE)


def _one_day_briefing(clause_text: str, period: re.Match[str]) -> bool:
    """The clause's only period is a daily briefing's "past 24 hours", told of an event at a place below governorate
    level the caller found, counting no events (the caller checked): "In the past 24 hours, bombers delivered a
    heavy strike on militant hideouts near X" is that day's strike, and a monitor's toll of the day at such a
    place, "documented the death of 8 fighters in clashes at A over the past 24 hours", that day's fighting there, not
    a tally (with a toll, not when the place is spread over: "27 killed across the city in the past 24 hours"; "performed
    40 sorties" counts events, and a province or a country is no such place)."""
    return _ONE_DAY_RE.fullmatch(period.group()) is not None and _PERIOD_RE.search(clause_text, period.end()) is None


# The dead of "the battle", "the fighting", "the war" as a whole: "over 500 civilians died in the battle",
# "3,000 people died in the fighting" (with a campaign-sized figure: :data:`_CAMPAIGN_SIZED_TOLL`).
_DEAD_OF_THE_CAMPAIGN_RE = compile_guarded(
    # (the means may stand between: "were killed by bombs and shells during the siege")
    r"\b(?:killed|died|dead|perished|lost\s+their\s+lives)(?:\s+by\s+(?:[\w,'’-]+\s+){1,6}?|\s+)(?:in|during|throughout)\s+"
    r"(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:battle|fighting|war|offensive|campaign|siege)\b",
    re.IGNORECASE,
)
# The campaign named before its dead: "Over the course of the battle, 830 fighters were killed", "The siege of X
# killed over 1,400 people" (the figure right after the phrase or the verb; campaign-sized, as above).
_CAMPAIGN_BEFORE_ITS_DEAD_RE = compile_guarded(
    r"^\W*(?:during|throughout|over\s+the\s+course\s+of)\s+the\s+(?:[\w-]+\s+){0,2}?"
    r"(?:battle|fighting|war|offensive|campaign|siege)\s*,\s*"
    r"|\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:battle|war|offensive|campaign|siege)\s+(?:for|against|on|of|in)\s+"
    r"(?:[\w'’.-]+\s+){0,3}?(?:killed|has\s+killed|had\s+killed|left|claimed)\s+",
    re.IGNORECASE,
)
_FIGURE_OPENING_RE = re.compile(
    r"(?:(?:more\s+than|over|at\s+least|nearly|almost|some|about|around|an\s+estimated)\s+)?"
    r"(\d{1,3}(?:,\d{3})+|\d+|thousands)\b",
    re.IGNORECASE,
)
#: The smallest toll read as a whole campaign's when told of "the battle" or "the fighting": no one clash or strike of
#: the region's wars is reported with as many dead, while campaign totals run to hundreds and thousands.
_CAMPAIGN_SIZED_TOLL = 500
# (not a year: "killed in the battle for X in 2017")
_LARGE_NUMBER_RE = re.compile(r"\b(?:\d{1,3}(?:,\d{3})+|(?!(?:19|20)\d\d\b)\d{3,})\b|\bthousands\b", re.IGNORECASE)


def _campaign_sized_toll(clause_text: str) -> bool:
    """The dead of the battle or fighting as a whole (:data:`_DEAD_OF_THE_CAMPAIGN_RE`), or told in the perfect
    (:data:`_PERFECT_DEAD_RE`), counted in hundreds or more
    (:data:`_CAMPAIGN_SIZED_TOLL`) before they are told dead: "Activists say over 500 civilians died in the battle" (not
    another figure of the clause: "14 were killed in the fighting, which has displaced 200,000"); or the campaign named
    first, its dead counted right after it (:data:`_CAMPAIGN_BEFORE_ITS_DEAD_RE`: "Over the course of the battle, 830
    fighters were killed", "The siege of X killed over 1,400 people")."""
    before = gated_search(_CAMPAIGN_BEFORE_ITS_DEAD_RE, clause_text)
    if before is not None:
        figure = _FIGURE_OPENING_RE.match(clause_text, before.end())
        if figure is not None and _campaign_sized(figure.group(1)) and _DEATH_WORD_RE.search(clause_text, before.start()):
            return True
    perfect = gated_search(_PERFECT_DEAD_RE, clause_text)
    if perfect is not None and any(
        _campaign_sized(number.group()) for number in _LARGE_NUMBER_RE.finditer(clause_text, 0, perfect.start())
    ):
        return True  # "a revolt in which, by one agency's count, some 60,000 have been killed"
    dead = gated_search(_DEAD_OF_THE_CAMPAIGN_RE, clause_text)
    if dead is None:
        return False
    return any(_campaign_sized(number.group()) for number in _LARGE_NUMBER_RE.finditer(clause_text, 0, dead.start()))


#: The dead told in the perfect, a count up to the time of writing: "some 60,000 have been killed", "1,200
#: have died" (a running total when the figure before it is campaign-sized: :func:`_campaign_sized_toll`).
_PERFECT_DEAD_RE = compile_guarded(
    r"\b(?:have|has)\s+(?:now\s+|so\s+far\s+|already\s+)?(?:been\s+killed|died|perished|lost\s+their\s+lives)\b",
    re.IGNORECASE,
)


_DEATH_WORD_RE = re.compile(r"\b(?:killed|killing|died|dead|martyred|perished|lost\s+their\s+lives|deaths?)\b", re.IGNORECASE)


def _campaign_sized(word: str) -> bool:
    """A figure of a campaign's dead (:data:`_CAMPAIGN_SIZED_TOLL` or more, or "thousands"; not a year)."""
    if word.lower() == "thousands":
        return True
    value = int(word.replace(",", ""))
    return value >= _CAMPAIGN_SIZED_TOLL and not (len(word) == 4 and 1900 <= value <= 2099)


#: The days since a weekday, the one period a placed fight's toll may be told over ("since Thursday").
_SINCE_WEEKDAY_RE = re.compile(r"since\s+(?:last\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.IGNORECASE)
#: A toll summed up to the time of writing: "have killed", "has left" (the perfect of a running tally).
_PERFECT_TOLL_RE = compile_guarded(r"\b(?:has|have)\s+(?:now\s+|so\s+far\s+|already\s+)?(?:been\s+)?[a-z]+(?:ed|en|ft|st)\b", re.IGNORECASE)


def _days_of_one_fight(clause_text: str, period: re.Match[str]) -> bool:
    """The clause's only period is "since <weekday>", told in the past of a fight at a place the caller found ("fighting
    raged in X, leaving 12 dead since Tuesday", "six died in the X clashes since Monday"): the toll of those days'
    fighting there, one incident, not a running tally ("strikes have killed 47 in the region since Sunday" is one)."""
    return (
        _SINCE_WEEKDAY_RE.fullmatch(period.group()) is not None
        and _PERIOD_RE.search(clause_text, period.end()) is None
        and _PERFECT_TOLL_RE.search(clause_text) is None
    )


# Two countries as the only place: "an air operation was carried out over northern Iraq and Syria", "struck militias on
# both sides of the Iraq-Syria border", "targets in northern Syria and Iraq" (a military's summary over two countries).
_COUNTRIES = r"(?:Iraq|Syria|Turkey|T[uü]rkiye|Lebanon|Jordan)"
_TWO_COUNTRIES_RE = compile_guarded(
    rf"\b{_COUNTRIES}\s+and\s+(?:(?:north|south|east|west)(?:ern|-?east(?:ern)?|-?west(?:ern)?)?\s+)?{_COUNTRIES}\b"
    r"|\bboth\s+sides\s+of\s+the\s+(?:[\w-]+\s+){0,2}?border\b",
)


def _spans_countries(mention: EventMention) -> bool:
    """A clause placed only over two countries (:data:`_TWO_COUNTRIES_RE`), naming no place below governorate level:
    a summary of operations over the region, not one event of the map."""
    return not mention.sub_governorate_places and bool(gated_search(_TWO_COUNTRIES_RE, mention.clause_text))


# "So far" as how long the report has held, not the end of a period: the toll of the event told, as known at the time
# of writing ("4 martyrs so far", "we count 9 so far"), what has been done since it ("two survivors were pulled out so
# far"): any "so far" that opens no period of its own ("so far this year", "so far in the campaign").
_PROVISIONAL_TOLL_RE = re.compile(r"\bso\s+far\b(?!\s+(?:this|in|since|during)\b)", re.IGNORECASE)
# ... unless a campaign's running total: "the strikes have killed 40 people so far", "1,200 mines have been destroyed
# so far", "jets have carried out 30 raids so far" (what an operation or a count sums up, in the perfect).
_RUNNING_TOTAL_RE = compile_guarded(
    r"\b(?:has|have|had)\s+(?:[\w-]+\s+){0,2}?(?:killed|left|claimed|wounded|injured|died|risen|reached|rose|"
    r"destroyed|defused|dismantled|cleared|removed|neutrali[sz]ed|carried|conducted|launched|targeted|hit|struck|"
    r"documented|recorded|registered|counted)\b",
    re.IGNORECASE,
)
# ... nor one told apart from the count, in a clause that tells a killing: "So far, 300 civilians were killed in X",
# "drones killed 40 people in the X area so far" sum up a campaign's dead as the perfect does. (A count right before
# it, "we count 9 so far", "4 martyrs so far", is the event's own; a clause that kills no one, "two survivors were
# pulled out so far", sums up no toll.)
_COUNT_SO_FAR_RE = compile_guarded(
    r"\b(?:\d[\d,]*|martyrs?|dead|killed|wounded|injured|casualties|victims|deaths|people|civilians)\s+so\s+far\b",
    re.IGNORECASE,
)
_KILLING_VERB_RE = compile_guarded(r"\b(?:killed|killing|kills|died|wounded|injured|claimed)\b", re.IGNORECASE)


def _provisional_so_far(clause_text: str) -> bool:
    """The clause's "so far" is how long the report has held, not a running total's (:data:`_PROVISIONAL_TOLL_RE`):
    no total in the perfect (:data:`_RUNNING_TOTAL_RE`), and the count right before it (:data:`_COUNT_SO_FAR_RE`) or
    no killing told in the clause (:data:`_KILLING_VERB_RE`)."""
    if _RUNNING_TOTAL_RE.search(clause_text):
        return False
    return _COUNT_SO_FAR_RE.search(clause_text) is not None or _KILLING_VERB_RE.search(clause_text) is None


# A place people came from, not where the event was: "a school sheltering families displaced from Aleppo and Homs".
_ORIGIN_BEFORE_RE = compile_guarded(
    r"\bfrom\s+(?:(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s*(?:,\s*(?:and\s+)?|and\s+))?$"
)


def _spans_governorates(mention: EventMention) -> bool:
    """A toll over three or more governorates with no day ("the assassination of 230 civilians in the countryside
    of Deir ez-Zor, Hasakah, Raqqa city and ...") is a statistic, not one event; so is a count of strikes over
    three or more governorates, even in one day ("jets carried out 70 air strikes since last night on the deserts
    of Raqqa, Hama and Homs")."""
    if mention.point_dates and not _counts_events(mention.clause_text):
        return False
    governorates = {p.governorate for p, _ in mention.places if p.governorate}
    if len(governorates) < GOVERNORATES_OF_A_STATISTIC:
        return False
    clause_start, text = mention.clause_span[0], mention.clause_text
    told = {  # (the places people came from do not spread the event: "families displaced from Aleppo and Homs")
        p.governorate
        for p, _ in mention.places
        if p.governorate
        and not (0 <= p.start - clause_start <= len(text) and _ORIGIN_BEFORE_RE.search(text, max(0, p.start - clause_start - 40), p.start - clause_start))
    }
    return len(told) >= GOVERNORATES_OF_A_STATISTIC


def _denied_or_accused(mention: EventMention) -> bool:
    """The clause denies the event it tells, or accuses someone of it without a toll or day of its own."""
    clause = mention.clause_text  # cheap substring tests first: most clauses have neither word
    if could_match(_DENIED_THAT_RE, clause) and _before_event_word(_DENIED_THAT_RE, mention):
        return True
    if could_match(_DENIED_REPORTS_OF_RE, clause) and _right_before_event_word(_DENIED_REPORTS_OF_RE, mention):
        return True  # "denies reports of a second explosion near the roundabout"
    return (
        "accus" in clause.lower()
        and not (mention.has_figure or mention.point_dates)
        and _before_event_word(_ACCUSED_OF_RE, mention)
    )




def _before_event_word(pattern: re.Pattern[str], mention: EventMention) -> bool:
    """Whether ``pattern`` is found in the clause before its event word (the frame the event is told in)."""
    clause = mention.clause_text
    word = clause.lower().find(mention.trigger_word) if mention.trigger_word else -1
    found = pattern.search(clause, 0, word if word >= 0 else len(clause))
    return found is not None


def _right_before_event_word(pattern: re.Pattern[str], mention: EventMention) -> bool:
    """Whether ``pattern``, anchored at its end, matches the clause up to its event word (the frame right before it)."""
    clause = mention.clause_text
    word = clause.lower().find(mention.trigger_word) if mention.trigger_word else -1
    if word < 0:
        return False
    return pattern.search(clause[max(0, word - 120) : word]) is not None


def _protested(mention: EventMention) -> bool:
    """The clause's event is what a protest is held against (before its event word), and the clause gives no toll
    with a day of its own."""
    if not could_match(_PROTEST_FRAME_RE, mention.clause_text) or (_counts_more_than_one(mention) and mention.point_dates):
        return False
    return _frames_event_word(_PROTEST_FRAME_RE, mention)


def _judged(mention: EventMention) -> bool:
    """The clause's event is what a trial, a sentence or a blame is about (the frame before its event word), and the
    clause gives no toll of more than one with a day of its own (the day is the court's)."""
    if _counts_more_than_one(mention) and mention.point_dates:
        return False
    return (
        could_match(_JUDGED_FRAME_RE, mention.clause_text) and _frames_event_word(_JUDGED_FRAME_RE, mention)
    ) or _judged_part(mention)


def _judged_part(mention: EventMention) -> bool:
    """The event is what the accused took part in, told after the sentence or the arrest (:data:`_HELD_OVER_VERB_RE`,
    then :data:`_JUDGED_PART_RE`): "sentenced 11 men to life over their role in the attack on X", "for involvement in
    the cell's attacks, including the bombing in Y", "detained three men in connection with the blast" (a comma only
    before "including"; no semicolon or colon between)."""
    clause = mention.clause_text
    if not could_match(_JUDGED_PART_RE, clause):
        return False
    word = _event_word_position(mention)
    if word < 0:
        return False
    start = max(0, word - _JUDGED_PART_WINDOW)
    part = None
    for part in _JUDGED_PART_RE.finditer(clause, start, word):
        pass  # the last part named before the event word
    if part is None or _HELD_OVER_VERB_RE.search(clause, start, part.start()) is None:
        return False
    gap = clause[part.end() : word]
    if any(mark in gap for mark in ";:") or len(gap.split()) > _JUDGED_PART_GAP_WORDS or _CLAUSE_WORD_RE.search(gap):
        return False
    after_comma = gap.rsplit(",", 1)[1] if "," in gap else None
    return after_comma is None or _INCLUDING_RE.match(after_comma) is not None


def _intended(mention: EventMention) -> bool:
    """The clause's event is threatened, warned of, vowed or given as a reason (the frame before its event word)."""
    return _frames_gated(_INTENT_FRAME_RE, mention)


# The event's course forecast after its event word: "the fight will end within a month", "the battle for X, which it
# expects to begin within months", "the offensive is expected to last weeks" (a campaign spoken of, not an event told).
_FORECAST_AFTER_RE = compile_guarded(
    r"[\w-]*\s+(?:[\w'’,-]+\s+){0,4}?(?:will|is\s+expected\s+to|are\s+expected\s+to|"
    r"(?:which|that)\s+(?:[\w-]+\s+){1,2}?expects?\s+to)\s+(?:be\s+over|end|begin|start|finish|conclude|last)\b",
    re.IGNORECASE,
)


def _forecast(mention: EventMention) -> bool:
    """The clause's own event word is followed by a forecast of its course (:data:`_FORECAST_AFTER_RE`)."""
    clause = mention.clause_text
    if not could_match(_FORECAST_AFTER_RE, clause):
        return False
    word = _event_word_position(mention)
    return word >= 0 and _FORECAST_AFTER_RE.match(clause, word) is not None


def _measure_after_the_event(mention: EventMention) -> bool:
    """Whether the clause tells a measure taken after the event its event word names (:data:`_MEASURE_AFTER_RE`:
    "police arrested 12 suspects after the attack", "IS cut the internet after the strikes"), the event word within
    that telling; not an event told before the measure ("howitzers shelled A, and schools were shut down after the
    shelling": the shelling is told as the clause's own event)."""
    found = gated_search(_MEASURE_AFTER_RE, mention.clause_text)
    if found is None:
        return False
    position = _event_word_position(mention)
    return position < 0 or position >= found.start()


_FRAME_WINDOW = 100  # characters before the event word in which its frame is looked for
_FRAME_GAP_WORDS = 5  # at most this many words between the frame and the event word it governs


def _event_word_position(mention: EventMention) -> int:
    """Where the clause's event word stands in it (its figure when the toll is the event: "the killing of the
    mukhtar"), or -1."""
    clause = mention.clause_text
    if mention.trigger_word:
        return clause.lower().find(mention.trigger_word)
    offset = _figure_offset(mention)
    return -1 if offset is None else offset


# Where the fire told before came from, as the clause's verb: "the shells came from positions in X", "the rockets
# were fired from a village near Y", "the drone had been launched from Z" (the place is the origin, not the event's).
_ORIGIN_AFTER_RE = re.compile(
    r"[\w-]*\s+(?:[\w-]+\s+){0,2}?(?:came|come|comes|originated|originate|(?:were|was|had\s+been|have\s+been|are|is)\s+"
    r"(?:fired|launched|shot))\s+from\b",
    re.IGNORECASE,
)


_ARTICLE_BEFORE_RE = re.compile(r"\b(?:the|these|those)\s+$", re.IGNORECASE)


def _origin_told(mention: EventMention) -> bool:
    """The clause's verb, just after its definite event word, tells where the fire came from."""
    clause = mention.clause_text
    lowered = clause.lower()
    if " from " not in lowered:
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


def _frames_event_word(pattern: re.Pattern[str], mention: EventMention) -> bool:
    """Whether ``pattern`` ends just before the clause's event word, with no comma or conjunction between ("gathered
    to denounce the attacks", not "gathered to denounce the attacks, and in X, clashes killed 9")."""
    clause = mention.clause_text
    word = _event_word_position(mention)
    if word < 0:
        return False
    found = None
    for found in pattern.finditer(clause, max(0, word - _FRAME_WINDOW), word):
        pass  # the last frame before the event word
    if found is None:
        return False
    gap = f" {clause[found.end() : word]}"  # (the frame's match ends at a space: "thwarted and 3 terrorists")
    if any(mark in gap for mark in ",;:") or " and " in gap or " but " in gap:
        return False
    return len(gap.split()) <= _FRAME_GAP_WORDS


def _frames_gated(pattern: re.Pattern[str], mention: EventMention, gate: tuple[str, ...] | None = None) -> bool:
    """A substring gate (``gate``, or else the pattern's required words: :func:`could_match`), then
    :func:`_frames_event_word`."""
    clause = mention.clause_text
    if gate is None:
        if not could_match(pattern, clause):
            return False
    elif not any(word in clause.lower() for word in gate):
        return False
    return _frames_event_word(pattern, mention)


def _named_as(mention: EventMention) -> bool:
    """The event word named by a speaker's verdict on it: "called the strikes a war crime"."""
    if not could_match(_NAMED_AS_FRAME_RE, mention.clause_text):
        return False
    if not _frames_event_word(_NAMED_AS_FRAME_RE, mention):
        return _frames_event_word(_NAMED_AS_VERDICT_RE, mention)
    word = _event_word_position(mention)
    if _NAMED_AS_AFTER_RE.match(mention.clause_text, word) is not None:
        return True
    return _frames_event_word(_NAMED_AS_VERDICT_RE, mention)


def _heard(mention: EventMention) -> bool:
    """Explosions or gunfire heard, the clause's event word being that sound."""
    clause = mention.clause_text
    if "heard" not in clause.lower() and "sound" not in clause.lower():
        return False
    word = _event_word_position(mention)
    return any(found.start() <= word < found.end() for found in _HEARD_RE.finditer(clause)) if word >= 0 else False


def _campaign_toll(mention: EventMention) -> bool:
    """A toll told over a whole battle or campaign (:data:`_CAMPAIGN_TOLL_RE`) with no place of the map named before
    the battle phrase: "more than 3,000 people died during the battle for the city" totals the battle, but "a shell
    killed two children in Hajin during the battle for the town" is one event dated by the battle."""
    clause = mention.clause_text
    found = gated_search(_CAMPAIGN_TOLL_RE, clause)
    if found is None:
        return False
    return not any(0 <= clause.find(p.text) < found.start() for p in mention.sub_governorate_places)


def _occasion_of_a_plan(mention: EventMention) -> bool:
    """The clause's event word stands after "after/following/since" in a clause that tells a plan or threat before it
    ("said it would target ... after an attack on ..."), no day is given after the frame (a day before it is the
    plan's) and no verb follows the event word."""
    lowered = mention.clause_text.lower()
    if not any(word in lowered for word in ("after", "following", "since")):
        return False
    if not _frames_event_word(_OCCASION_FRAME_RE, mention):
        return False
    word = _event_word_position(mention)
    frame = None
    for frame in _OCCASION_FRAME_RE.finditer(mention.clause_text, max(0, word - _FRAME_WINDOW), word):
        pass
    if frame is None or _PROMISED_RE.search(mention.clause_text, 0, frame.start()) is None:
        return False
    frame_start = mention.clause_span[0] + frame.start()  # a day before the frame dates the plan, not the event
    if any(not d.said and d.start >= frame_start for d in mention.point_dates):
        return False
    return _VERB_AFTER_EVENT_WORD_RE.match(mention.clause_text, word) is None


def _time_reference(mention: EventMention) -> bool:
    lowered = mention.clause_text.lower()
    if not ("after" in lowered or "before" in lowered):
        return False
    if not _frames_event_word(_TIME_REFERENCE_RE, mention) and (
        mention.named_places or not _frames_event_word(_BARE_TIME_REFERENCE_RE, mention)
    ):
        return False
    word = _event_word_position(mention)
    return _VERB_AFTER_EVENT_WORD_RE.match(mention.clause_text, word) is None


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


# Events counted vaguely over a stretch longer than a day: "the base was hit by rockets several times in 2022", "had
# been targeted many times over the past months", "struck several times last year" (a state of affairs, whatever day
# the rest of the clause gives; "struck the village several times on Monday" is one day's wave, and a number, "three
# times", is left to the count rules).
_TIMES_OVER_A_PERIOD_RE = compile_guarded(
    r"\b(?:several|many|multiple|numerous|countless)\s+times\s+(?:in|during|over|since|throughout|last|this)\s+"
    r"(?:the\s+)?(?:(?:past|last|previous|recent|following)\s+)?(?:\w+\s+)?(?:(?:19|20)\d\d|years?|months?|weeks|decades?|war|"
    r"january|february|march|april|may|june|july|august|september|october|november|december)\b",
    re.IGNORECASE,
)


def _habitual(clause: str) -> bool:
    return bool(gated_search(_HABITUAL_RE, clause))


def _year_only(mention: EventMention) -> int | None:
    """The year a clause is dated by when a year alone dates it ("in 2019") and it gives no day or month: a year's
    statistic ("1,200 civilians were killed in 2019") or history, not one event. A year of the publication with no
    figure is left alone ("in 2023 the town was shelled again" reports nothing countable either way)."""
    if mention.point_dates or any(d.kind == "month" for d in mention.dates):
        return None
    if not any(century in mention.clause_text for century in ("19", "20")):
        return None  # no year written at all (a cheap test before the pattern)
    found = _YEAR_ONLY_RE.search(mention.clause_text)
    if found is None and not mention.has_figure:
        found = _NAMED_YEAR_RE.search(mention.clause_text)  # "after the 2017 battle", "the battles of 2018"
    if found is None and mention.has_figure:
        # "Strikes killed hundreds during the 2017 battle for the city": a toll of a past year's battle
        found = _DURING_A_YEAR_S_BATTLE_RE.search(mention.clause_text)
        if found is not None and (mention.published is None or int(found.group(1)) >= mention.published.year):
            return None
    if found is None:
        return None
    year = int(found.group(1))
    if not mention.has_figure and (mention.published is None or year >= mention.published.year):
        return None
    return year


#: A past year's battle or campaign the clause's toll belongs to: "during the 2017 battle for Raqqa", "in the 2019
#: offensive", "throughout the 2018 siege".
_DURING_A_YEAR_S_BATTLE_RE = compile_guarded(
    r"\b(?:during|in|throughout|over)\s+the\s+((?:19|20)\d\d)\s+(?:[\w-]+\s+)?(?:battles?|offensives?|sieges?|campaigns?|"
    r"wars?|fighting|assaults?|operations?|invasion|incursion)\b",
    re.IGNORECASE,
)


# An event dated a year or more back by the publication: "last year", "two years ago", "a year earlier", and with no
# count, "years ago", "many years earlier".
_YEARS_AGO_RE = compile_guarded(
    r"\b(?:last|previous|past)\s+year\b|\b(?:a|one|two|three|four|five|six|several|\d{1,2})\s+years?\s+(?:ago|earlier|before)\b"
    r"|\byears\s+(?:ago|earlier)\b",
    re.IGNORECASE,
)


# An event named by its date, a year before its word: "the 2019 car bombing", "the January 2022 attack on the prison",
# "the March 2018 strikes" (the year captured; a month name before it optional).
_NAMED_BY_DATE_RE = re.compile(
    # (a headline drops the article, "family recalls 2019 bombing"; a preposition before the date makes it a time of
    # the clause, "killed 3 in 2019 attacks", not a name)
    # (nor one after a day's number, a full date that dates the clause: "on 3 May 2024 clashes erupted")
    r"(?:\bthe\s+|(?<!\w)(?<!\d\s)(?<!\bin\s)(?<!\bof\s)(?<!\bsince\s)(?<!\bduring\s)(?<!\buntil\s)(?<!\bfrom\s)(?<!\bby\s)"
    r"(?<!\bbetween\s)(?<!\band\s)(?<!\bto\s))(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+)?"
    r"((?:19|20)\d\d)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_NAMED_BY_DATE_WINDOW = 60  # characters before the event word in which its date is looked for


def _named_by_a_past_date(mention: EventMention, with_toll: bool = False) -> bool:
    """The clause's event word is named by a date of a year before the publication's, or of a month before its month
    ("the 2019 car bombing", "the January 2022 attack on the prison"): an event recalled, whatever day the clause
    gives (a trial's, a ceremony's). ``with_toll``: the clause gives a toll, which the event named by an earlier
    year keeps ("the 2019 car bombing that killed 12" is recalled with its dead); a month of the publication's year
    does not (a toll may make it this report's news)."""
    if mention.published is None or not any(century in mention.clause_text for century in ("19", "20")):
        return False
    word = _event_word_position(mention)
    if word <= 0:
        return False
    found = _NAMED_BY_DATE_RE.search(mention.clause_text, max(0, word - _NAMED_BY_DATE_WINDOW), word)
    if found is None:
        return False
    year = int(found.group(1))
    words = found.group().lower().split()
    if with_toll:
        # (only a date after "the" names the event for sure: "In May 2019 gunmen raided X, killing two" dates it)
        return words[0] == "the" and year < mention.published.year
    if year < mention.published.year:
        return True
    month_name = words[1] if words[0] == "the" else words[0]
    return year == mention.published.year and MONTHS.get(month_name, 13) < mention.published.month


def _long_before_publication(mention: EventMention) -> bool:
    """True when every date the clause gives is a past month or year, not a day ("in October 2017" in a later
    article, "in June" in a July one), and the clause gives no toll: a reported incident is dated by its day, history
    by its month or year. With a toll, only when the event is told in a relative clause of a thing named before it
    and every date is a month of a year given, at least :data:`_RECALLED_WITH_TOLL_MONTHS` back ("the prison, which
    ISIS stormed in March 2021 in an attack that left dozens dead", in a 2024 article), or the toll in a relative
    clause on the event noun ("was stormed in an assault in June 2020 in which scores died"): the thing's past,
    recalled with its dead (an event told as the clause's own, "a similar blast hit the market in May 2019, killing
    four", may be recalled to be reported). A known event noun with its toll ("The bombing in June 2021 left 23 dead")
    is recalled from any earlier month."""
    if mention.published is None or not mention.dates:
        return False
    published = (mention.published.year, mention.published.month)
    if mention.has_figure:
        if mention.definite and _known_event_noun(mention):
            # "The assault in March 2021 killed 80 guards", "the clashes in August killed 90" in a September paper: an
            # event the reader is taken to know, named by its month and given its toll, is recalled, not reported
            return all(_past_month(d, published) for d in mention.dates)
        return all(_month_of_a_year_long_back(d, published) for d in mention.dates) and (
            _in_relative_clause(mention) or _toll_in_relative_clause_of_the_event(mention)
        )
    return all(_past_month(d, published) for d in mention.dates)


# An article pointing at an event noun as one the reader knows: "the assault", "these clashes", "the two strikes" (not
# "that", a relative pronoun as often as a pointer: "a column that advanced on X").
_KNOWN_EVENT_ARTICLE_RE = compile_guarded(r"\b(?:the|this|these|those)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _known_event_noun(mention: EventMention) -> bool:
    """The clause's event word is a noun introduced by the definite article or a demonstrative, its toll told after it
    ("The bombing in May 2019 killed eleven"; not "Eleven were killed in the battle for X in May 2017": the toll the
    clause reports, the battle only where they fell)."""
    word = _event_word_position(mention)
    figure = _figure_offset(mention)
    return (
        word > 0
        and figure is not None
        and figure > word
        and _KNOWN_EVENT_ARTICLE_RE.search(mention.clause_text, max(0, word - 40), word) is not None
    )


# The opening of a relative clause on a thing named before it: ", which was ...", ", where ...".
_RELATIVE_OPENING_RE = re.compile(r",\s+(?:which|where)\b", re.IGNORECASE)
_RELATIVE_OPENING_WINDOW = 60  # characters before the event word in which the relative clause opens


def _in_relative_clause(mention: EventMention) -> bool:
    """The clause's event word stands in a relative clause opened just before it, with no comma between ("the camp,
    which gunmen raided in 2019", "the town, where a car bomb killed ten in 2018")."""
    word = _event_word_position(mention)
    if word <= 0:
        return False
    opening = None
    for opening in _RELATIVE_OPENING_RE.finditer(mention.clause_text, max(0, word - _RELATIVE_OPENING_WINDOW), word):
        pass  # the last one before the event word
    return opening is not None and "," not in mention.clause_text[opening.end() : word]


# A relative clause opened on the event noun, before its toll: "an attack in March 2021 in which dozens died" (not ",
# which killed nine" after a clause of its own: "a car bomb hit X in May 2019, which killed nine" tells it as a
# ", killing nine" would).
_EVENT_RELATIVE_RE = compile_guarded(r"\b(?:in|during)\s+which\b", re.IGNORECASE)


def _toll_in_relative_clause_of_the_event(mention: EventMention) -> bool:
    """The toll is told in a relative clause on the event noun, after its month ("was the target of an attack in March
    2021 in which dozens were killed"): the event recalled with its dead, as the clause's own verb tells another thing."""
    word = _event_word_position(mention)
    figure = _figure_offset(mention)
    return (
        0 <= word
        and figure is not None
        and figure > word
        and _EVENT_RELATIVE_RE.search(mention.clause_text, word, figure) is not None
    )


#: Months before publication from which a month dating a clause with a toll is an event recalled.
_RECALLED_WITH_TOLL_MONTHS = 12


def _month_of_a_year_long_back(date: DateMention, published: tuple[int, int]) -> bool:
    """True for a month with its year and no day, at least :data:`_RECALLED_WITH_TOLL_MONTHS` before the publication's
    month ("in March 2021" in a May 2022 article; not "in March" with no year, nor "on 3 March 2021")."""
    if date.day is not None or date.weekday is not None or date.year is None or date.month is None:
        return False
    return (published[0] - date.year) * 12 + published[1] - date.month >= _RECALLED_WITH_TOLL_MONTHS


def _past_month(date: DateMention, published: tuple[int, int]) -> bool:
    """True for a month or year before the publication's month, with no day: "in October 2017", or a month named
    without its year that is not the publication's ("in June" in a July paper is this June, in a March paper last
    June)."""
    if date.day is not None or date.weekday is not None:
        return False
    if date.year is not None:
        return (date.year, date.month or 12) < published
    return date.kind == "month" and date.month is not None and date.month != published[1]


# A part of Syria named by its direction, the place a military release gives ("in eastern Syria", "in central Syria").
REGION_OF_SYRIA_RE = compile_guarded(
    r"\b(?:in|across)\s+(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+Syria\b",
    re.IGNORECASE,
)


_RELEASE_VERB_RE = compile_guarded(r"\b(?:conducted|carried\s+out|executed|launched)\b", re.IGNORECASE)
#: How far after its event word the part of Syria a release names may stand (characters).
_REGION_WINDOW = 80


def strike_in_a_region(mention: EventMention, clause_text: str) -> bool:
    """True when the clause tells, in a military release's wording, the part of Syria its event took place in, after
    the event word ("forces conducted strikes on Oct. 11 against ISIS camps in central Syria"; not "in eastern Syria
    overnight, as the SDF resumed its assault": the region of another statement, nor "battles ... in northeast
    Syria": a news report's region)."""
    word = clause_text.casefold().find(mention.trigger_word) if mention.trigger_word else -1
    if word < 0 or _RELEASE_VERB_RE.search(clause_text, max(0, word - _REGION_WINDOW), word) is None:
        return False  # (a release's wording: "forces conducted strikes ...")
    found = REGION_OF_SYRIA_RE.search(clause_text, word, word + len(mention.trigger_word) + _REGION_WINDOW)
    return found is not None


def _party_told(mention: EventMention, clause_text: str) -> bool:
    """Whether the clause names a party to its event: its actor, one side of a fight ("5 PKK/YPG terrorists were
    neutralized"), or a military's own forces in its own voice ("neutralized by our commandos"), or by its own word for
    the fighters they killed or captured ("3 terrorists detected in the X region were neutralized": the word is only
    ever the Turkish military's of its own strikes)."""
    return (
        mention.actor is not None
        or mention.clash_side is not None
        or names_own_forces(clause_text)
        or "neutrali" in mention.trigger_word
    )


# One explosion told as what happened at its place: the event word with its indefinite article (and a word of its
# force), then what it did or where it was ("An explosion of unknown cause hit a depot in the town", "activists reported
# a powerful explosion near the X field"); or one bomb, device, mine or explosion, with its article or opening a
# bulletin's line, told going off ("a bomb went off in a bakery in X", "X: Bomb went off near the school", "a gas
# cylinder explosion took place in Y"); not one feared or expected, nor explosions or bombs in the plural (a pattern).
_ONE_EXPLOSION_RE = compile_guarded(
    r"\b(?:an|a\s+(?:powerful|large|huge|massive|loud|strong|violent|big|heavy))\s+(?:explosion|blast)\b"
    r"(?:\s+of\s+(?:unknown|unclear|undetermined)\s+(?:cause|origin|source))?"
    r"\s+(?:hit|rocked|struck|shook|ripped\s+through|targeted|in\s+the\s+vicinity\s+of|near|inside|at)\b"
    r"|(?:\b(?:an?|one)\s+|(?:^|:)\W{0,3})(?:[a-z-]+\s+){0,2}?"
    r"(?:bomb|explosive\s+device|ied|landmine|mine|explosion|blast)\s+(?:went\s+off|exploded|detonated|took\s+place)\b",
    re.IGNORECASE,
)
_NOT_HAPPENED_RE = compile_guarded(
    r"\b(?:fears?|feared|warn(?:s|ed)?|could|may|might|would|will|threat(?:en(?:s|ed)?)?|risk|heard|since)\b",
    re.IGNORECASE,
)


def _one_explosion_told(mention: EventMention, clause_text: str) -> bool:
    """Whether the clause tells one explosion as what happened at its place (:data:`_ONE_EXPLOSION_RE`): a single
    event there, as a day or a party would make it specific; not a feared, threatened or heard one."""
    return (
        mention.event_type in (EventType.OTHER, EventType.IED)
        and _ONE_EXPLOSION_RE.search(clause_text) is not None
        and _NOT_HAPPENED_RE.search(clause_text) is None
    )


# Wording of what recurs or is only feared, not of one event that happened: "every summer", "often", "could hit".
_RECURRING_RE = compile_guarded(
    r"\b(?:every|each)\s+(?:day|night|morning|evening|week|weekend|month|year|summer|winter|spring|autumn|season|time)\b"
    r"|\b(?:usually|often|regularly|always|sometimes|occasionally|repeatedly)\b",
    re.IGNORECASE,
)


def _set_apart_report(clause_text: str) -> bool:
    """Whether the clause opens as a report the text sets apart from the events told before ("Separately,",
    "Elsewhere,", "In a separate incident": :data:`~mapapp.extract.lexicon.SEPARATE_REPORT_RE`) and tells what happened,
    not what recurs or is feared (:data:`_NOT_HAPPENED_RE`, :data:`_RECURRING_RE`)."""
    return (
        SEPARATE_REPORT_RE.match(clause_text) is not None
        and _NOT_HAPPENED_RE.search(clause_text) is None
        and _RECURRING_RE.search(clause_text) is None
    )


def _is_specific(mention: EventMention, *, clause_text: str, generic: bool, diplomatic: bool) -> bool:
    figure = mention.has_figure
    place = bool(mention.sub_governorate_places)
    if generic:
        # under background wording a governorate's own name ("killed in Raqqa") is not a specific place
        place = any(p.governorate is None for p in mention.sub_governorate_places)
        if mention.event_type is EventType.OTHER:
            return False
    # "Five days later, another bomb hit ...": dated against an event told before, as precise as a day
    point = bool(mention.point_dates) or (mention.anchor is not None and not generic)
    specifics = int(figure) + int(place) + int(point)
    named = {p.governorate for p, _ in mention.places if p.level == "governorate"}
    one_governorate = len(named) == 1 and not PERFECT_ASPECT_RE.search(clause_text)
    # ("CENTCOM forces conducted strikes on Oct. 11 against ISIS camps in central Syria": a day, a party and a part
    # of Syria make the release's strike specific)
    region = point and mention.actor is not None and "Syria" in clause_text and strike_in_a_region(mention, clause_text)
    # (one item of a list of targets each told with its own place, "the strikes hit a plant near A, a station in B and
    # a depot outside C": the list names the hits themselves, as a day or a party would make one strike specific)
    # (the ministry's "neutralized": its figure is the toll the word itself tells, so a place and a day are still
    # needed: "neutralised 7 terrorists in northern Syria this week" is a weekly count)
    # (a stated zero of the event named again, "no one was hurt in the Omar attack", tells of the event told before:
    # it names the event, it does not report one)
    figure_tells = figure and mention.trigger != NEUTRALIZED_TRIGGER and not (mention.definite and mention.figures_all_zero)
    if mention.trigger.weak and not (
        figure_tells
        or region
        or ((place or one_governorate) and (point or _party_told(mention, clause_text)))
        or (place and mention.distributed)
        or (place and not generic and _one_explosion_told(mention, clause_text))
        # ("Separately, a blast went off near a depot in A", "Elsewhere, rebels took a hill south of B"): a report the
        # text sets apart from the events told before is one event of its own, at its named place
        or (place and not generic and _set_apart_report(clause_text))
    ):
        return False
    if generic:
        # (one item of a list of targets struck, each with its place: "continued its attacks for a second day,
        # targeting a plant in A and a station in B" names the hits themselves)
        return specifics + int(place and mention.distributed) >= 2
    if diplomatic:
        return figure or place
    if specifics:
        return True
    return one_governorate


__all__ = [
    "ADDITIVE_OPENING_RE",
    "REGION_OF_SYRIA_RE",
    "CAUSE",
    "FOILED",
    "HEARD",
    "HISTORY",
    "PROPERTY",
    "ONGOING",
    "PATTERN",
    "REACTION",
    "REFER_BACK",
    "TALLY",
    "UNRESISTED",
    "classify",
    "classify_continuations",
    "classify_release_strikes",
    "classify_sentence",
    "classify_sequels_told_on",
    "classify_unresisted",
    "is_tally",
    "is_unconfirmed",
    "strike_in_a_region",
]


# --- Tails of an incident's evidence that tell no part of it (cut from every evidence span of an incident, after
# coreference has joined its sentences): whatever the incident and its wording, what follows one of these is
# background told beside the event, and the evidence (what the map shows and the not-incident check reads) ends
# before it.
#
# - a running toll the event is added to: ", bringing to 15 the number of people killed since January", ", raising
#   the death toll of the week to 30", ", taking the total to 90" (a tally's shape: a verb of adding, then the toll,
#   number or total it raises, or "to" and a count);
# - a blame or a curse: ", and held the government fully responsible", ", holding Ankara responsible", ", God curse
#   the PKK", "; may God have mercy on the martyrs" (a speaker's verdict, not an attribution of the event);
# - the victims taken somewhere after the event: " and transferred to the X hospital", ", who were rushed to a clinic
#   in Y" (where the wounded were treated is not where the event was);
# - a backdrop of weeks or months: ", after weeks of tension over ...", ", amid rising tensions between ...";
# - a speaker's reaction, an earlier event the report is dated against, a prior state of the place, a blame, the
#   event's rank in a count of its kind, aid delivered beside it (see each pattern below).
_TAIL_ADDING = (
    r"(?:bringing|brings|brought|raising|raises|raised|taking|takes|took|pushing|pushes|pushed|increasing|increases|"
    r"increased|lifting|lifts|lifted|sending|sends|sent)"
)
_TAIL_TOTAL = r"(?:(?:overall|total|cumulative|civilian|monthly|weekly|daily)\s+)?(?:death\s+toll|toll|number|total|tally|count)"
# Whose total a running toll raises: "the", "its", or a period's ("this month's toll", "last year's tally").
_TAIL_OWNER = r"(?:the|its|their|(?:this|last)\s+(?:week|month|year)(?:'s|’s))"
_TAIL_COUNT = (
    r"(?:about|nearly|almost|around|some|at\s+least|more\s+than|over)?\s*(?:\d[\d,]*|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|a\s+dozen|dozens|(?:twenty|thirty|forty|fifty)(?:-\w+)?)"
)
#: A toll since a battle or campaign began, told after the event: ", with more than 300 fighters killed since the battle
#: began" (the battle's total: a figure in it is no toll of the event).
_TOLL_SINCE_THE_BATTLE = (
    r"[,;]\s+(?:with|and|bringing)\s+(?:[\w'’,-]+\s+){1,8}?(?:killed|dead|died)\s+since\s+(?:the|its|their)\s+"
    r"(?:[\w-]+\s+)?(?:battle|offensive|fighting|campaign|operation|assault|siege|war)\s+(?:began|started|erupted|was\s+launched)\b"
)
_TOLL_SINCE_THE_BATTLE_RE = compile_guarded(_TOLL_SINCE_THE_BATTLE, re.IGNORECASE)
_BACKGROUND_TAILS = tuple(
    compile_guarded(pattern, re.IGNORECASE)
    for pattern in (
        # a running toll
        rf"[,;]\s+(?:and\s+|which\s+|that\s+)?{_TAIL_ADDING}\s+(?:to\s+{_TAIL_COUNT}\s+)?{_TAIL_OWNER}\s+{_TAIL_TOTAL}\b"
        rf"|[,;]\s+(?:and\s+|which\s+|that\s+)?{_TAIL_ADDING}\s+(?:{_TAIL_OWNER}\s+)?{_TAIL_TOTAL}\s+"
        rf"(?:[\w'’-]+\s+){{0,8}}?to\s+{_TAIL_COUNT}",
        # a toll since a battle or campaign began: ", with more than 300 fighters killed since the battle began"
        _TOLL_SINCE_THE_BATTLE,
        # another count of the whole: ", while a monitor put the overall toll since March 3 at 40"
        r"[,;]\s+(?:while|whereas|and|as)\s+(?:[\w'’().-]+\s+){1,10}?(?:put|puts|putting|placed|places|gave|gives|"
        r"estimated|estimates)\s+(?:the|its|their)\s+(?:(?:overall|total|cumulative)\s+(?:death\s+)?toll|(?:death\s+)?toll\s+"
        r"since)\b",
        # a blame
        r"[,;]\s+(?:and\s+)?(?:(?:it|he|she|they|(?:the|a|an)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s+)?(?:held|holds|holding)\s+"
        r"(?:[\w'’().-]+\s+){1,8}?(?:fully\s+|entirely\s+|directly\s+|solely\s+|wholly\s+)?responsible\b",
        # a prayer or a curse
        r"[,;.!]\s+(?:and\s+)?(?:may\s+)?(?:god|allah)\s+(?:curse|damn|punish|avenge|have\s+mercy|bless|accept)\b",
        # the wounded taken to hospital
        r"(?:,\s+|\s+and\s+|,\s+who\s+|,\s+which\s+)(?:was\s+|were\s+|had\s+been\s+|has\s+been\s+|have\s+been\s+|then\s+)?"
        r"(?:later\s+)?(?:transferred|taken|rushed|evacuated|transported|admitted|moved|referred)\s+to\s+"
        r"(?:[\w'’-]+\s+){0,5}?(?:hospitals?|clinics?|medical\s+(?:points?|cent(?:er|re)s?)|infirmary)\b",
        # a backdrop of weeks or months
        r"[,;]\s+(?:after|following|amid|in\s+the\s+wake\s+of)\s+(?:(?:several|many|two|three|four|the\s+past|recent)\s+)?"
        r"(?:weeks|months|years)\s+of\b"
        r"|[,;]\s+amid\s+(?:[\w-]+\s+){0,2}?(?:tensions?|escalation|unrest|rivalry)\b",
        # a speaker's reaction after the report: ", warning that ...", ", vowing to respond", ", calling on X to ..."
        r"[,;]\s+(?:and\s+)?(?:warning|vowing|threatening|urging|demanding|pledging|promising|condemning|denouncing|"
        r"appealing|calling\s+(?:on|for|upon))\b",
        # an earlier event the report is dated against: ", days after the drones were harassed", ", a week after ..."
        r"[,;]\s+(?:just\s+|only\s+|barely\s+|less\s+than\s+|more\s+than\s+)?(?:(?:a|one|two|three|four|five|six|"
        r"several|a\s+few|\d+)\s+)?(?:days?|hours?|weeks?|months?)\s+(?:after|before)\b",
        # a prior state of the place or the people: ", a quarter that had been under siege for three years", ", which
        # had long been held by ISIS", ", once used by the group for executions"
        r",\s+(?:(?:a|an|the)\s+(?:[\w'’-]+\s+){0,4}?)?(?:that|which|where|who)\s+(?:had|has|have)\s+(?:long\s+)?been\b"
        # ... or its former use: ", once used by the group for public executions", ", formerly an army base"
        r"|,\s+(?:(?:which|that|where)\s+(?:was|were)\s+)?(?:once|formerly)\s+(?:used|held|home|controlled|occupied|run|"
        r"the|a|an)\b",
        # a blame told of the event: ", which Ankara blamed on the YPG", "; the tribe blamed the SDF"
        r"[,;]\s+(?:which|that)\s+(?:[\w'’-]+\s+){1,4}?(?:blamed|blames|attributed|attributes)\s+on\b"
        r"|;\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:blamed|blames|accused|accuses)\b",
        # aid delivered beside the event: ", saying its aircraft also dropped food parcels over two encircled hamlets",
        # "; aircraft also delivered medicines to the town" (a relief flight, not part of the strike)
        r"[,;]\s+(?:and\s+|while\s+)?(?:adding\s+that\s+)?(?:[\w'’-]+\s+){0,4}?(?:dropped|air-?dropped|delivered|"
        r"distributed|parachuted|flew\s+in)\s+(?:[\w'’-]+\s+){0,2}?(?:aid|supplies|food|relief|medicines?|provisions)\b",
        # the event ranked in a count of its kind: ", the third attack this week"
        _RANKED_TAIL,
        # the day of a fight the event falls on: ", the fourth day of the offensive", "; the ninth week of fighting"
        rf"[,;]\s+(?:on\s+)?(?:the|its|their)\s+{_TAIL_ORDINAL}\s+(?:straight\s+|consecutive\s+|successive\s+)?"
        r"(?:day|week|month)\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:clashes|fighting|battles?|offensive|operations?|"
        r"campaign|assault|siege|hostilities|escalation|unrest)\b",
        # an accusation told of the event: " and accused the militias of leading it", ", blaming the cells", ", while
        # the ministry in the capital accused the rebels of attacking first" (another speaker's, with its own subject)
        (
            r"(?:[,;]\s+(?:and\s+)?|\s+and\s+)(?:accused|accuses|accusing|blamed|blames|blaming)\s+"
            r"(?:the\s+|a\s+)?[\w'’-]+"
            r"|[,;]\s+(?:while|whereas)\s+(?:[\w'’().-]+\s+){1,8}?(?:accused|accuses|blamed|blames)\s+(?:the\s+|a\s+)?"
            r"[\w'’-]+"
        ),
        # a judgement of the event by a speaker: " and called them a 'war crime'", ", describing the attack as an act
        # of terror", ", branding it a massacre" (the event referred back to, then named by the speaker's word)
        (
            r"(?:[,;]\s+(?:and\s+)?|\s+and\s+)(?:called|calls|calling|described|describes|describing|branded|brands|"
            r"branding|termed|terms|terming|labell?ed|labell?ing)\s+(?:it|them|this|(?:the|these|those|this)\s+"
            r"(?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s+(?:as\s+)?(?:an?\s+|the\s+|[\"“])"
        ),
        # a truce the event is timed against: " before a Moscow-brokered truce began", ", until the ceasefire"
        r"\s+(?:before|until|till)\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?:truce|ceasefire|cease-fire)\b",
        # the purpose of a campaign the event is part of: ", as part of its efforts to ...", ", in an effort to ..."
        r"[,;]\s+(?:as\s+part\s+of|in)\s+(?:(?:an?|the|its|their)\s+)?(?:[\w-]+\s+)?efforts?\s+to\b",
    )
)
_TAIL_MIN_WORDS = 3  # an evidence span keeps at least this many words before its tail
# A head of the span the incident was read from that names the event it answered: "In response to the attack in
# Ankara, air operations were carried out ...", "In retaliation for the attack on our base, ...", "To avenge the
# martyrs, ..." (up to the first comma or semicolon, at most 160 characters): the evidence starts after it.
_ANSWERED_HEAD_RE = compile_guarded(
    r"\W*(?:" + ANSWERED_EVENT_WORDS + r")\s+"
    r"[^,;]{3,160}[,;]\s*",
    re.IGNORECASE,
)

# A concessive head that tells no event: "Despite the ceasefire agreed last night, shelling on X went on this morning"
# (a bulletin's time stamp may open it): the evidence starts after it when it holds no event word of its own.
_CONCESSIVE_HEAD_RE = compile_guarded(
    r"\W*(?:\d{1,2}[:.]\d{2}\W*)?(?:despite|in\s+spite\s+of|notwithstanding)\s+[^,;]{3,160}[,;]\s*",
    re.IGNORECASE,
)


def _background_tail(span: str) -> int | None:
    """Where the first background tail (:data:`_BACKGROUND_TAILS`) starts in ``span``, or None (each kind searched only
    when the span holds one of its words: most spans hold none)."""
    starts = [found.start() for pattern in _BACKGROUND_TAILS if (found := gated_search(pattern, span)) is not None]
    return min(starts) if starts else None


def _toll_of_the_tail(
    cluster: EventMention, text: str, clause_start: int, word: int, offset: int | None, cut: int
) -> bool:
    """Whether the incident's only figure stands in the tail after its event word (", with more than 300 fighters
    killed since the battle began": the battle's total, not the event's toll): the figure is then dropped, and the
    evidence may end before the tail."""
    if word < 0 or offset is None or not clause_start + word < cut <= clause_start + offset:
        return False
    if _TOLL_SINCE_THE_BATTLE_RE.match(text, cut) is None:
        return False  # (", raising the toll to 9" is the toll when the clause gives no other)
    if any(f is not None and f.phrase and f is not (cluster.killed or cluster.injured) for f in (cluster.killed, cluster.injured)):
        return False  # (a second figure told elsewhere: the clause is not read again here)
    cluster.killed = cluster.injured = None
    return True


def trim_background_tails(clusters: list[EventMention], text: str) -> None:
    """End each evidence span of each incident before a background tail (:data:`_BACKGROUND_TAILS`). The span the
    incident was first read from is cut only after its event word and its figure (", raising the toll to 9" is the
    toll when the clause gives no other); one search per span, gated by the pattern's words. Then each span loses an
    opening or closing part that tells no event (:func:`_trim_eventless_edges`)."""
    for cluster in clusters:
        word = _event_word_position(cluster)
        offset = _figure_offset(cluster)
        known = word >= 0 or offset is not None
        clause_start = cluster.clause_span[0]
        own = clause_start + max(word, offset if offset is not None else -1)
        first_word = clause_start + min(word, offset if offset is not None else word)
        for index, (start, end) in enumerate(cluster.evidence):
            if word >= 0 and start <= clause_start < end and could_match(_ANSWERED_HEAD_RE, text[start:end]):
                head = _ANSWERED_HEAD_RE.match(text, start, end)
                if head is not None and head.end() <= first_word and len(text[head.end() : end].split()) >= _TAIL_MIN_WORDS:
                    start = head.end()  # "In response to the attack in Ankara, air operations were conducted on ..."
                    cluster.evidence[index] = (start, end)
            if word >= 0 and start <= clause_start < end and could_match(_CONCESSIVE_HEAD_RE, text[start:end]):
                head = _CONCESSIVE_HEAD_RE.match(text, start, end)
                if (
                    head is not None
                    and head.end() <= first_word
                    and len(text[head.end() : end].split()) >= _TAIL_MIN_WORDS
                    and not find_triggers(text[start : head.end()])
                ):
                    start = head.end()  # "Despite the truce agreed last night, shelling on X went on this morning"
                    cluster.evidence[index] = (start, end)
            cut = _background_tail(text[start:end])
            if cut is None:
                continue
            cut += start
            if start <= clause_start < end and (not known or cut <= own):
                if not _toll_of_the_tail(cluster, text, clause_start, word, offset, cut):
                    continue  # the tail stands before the event word or the figure of the clause the incident was read from
            if len(text[start:cut].split()) < _TAIL_MIN_WORDS:
                continue
            cluster.evidence[index] = (start, cut)
        _trim_eventless_edges(cluster, text, clause_start + word if word >= 0 else None)
        _drop_comment_sentences(cluster, text)


# --- Edges of an evidence span that tell no event: a statement joined to the incident's clause by a semicolon or by
# ", while" / ", after" and holding no event word and no toll ("...; a patrol drove along the road", "Troops pulled out
# of the town, while clashes broke out in X", "clashed in X, after the police withdrew from the quarter"). The
# splitter keeps such a part in the incident's clause (it has no event word to make a clause of its own); it is
# background, and the evidence stops at (or starts after) the joiner.
_EDGE_HEAD_JOINER_RE = compile_guarded(r",\s+(?:while|whereas)\s+|;\s+", re.IGNORECASE)
_EDGE_TAIL_JOINER_RE = compile_guarded(r";\s+|,\s+(?:while|whereas|after)\s+", re.IGNORECASE)
_EDGE_TOLL_RE = compile_guarded(
    r"\b(?:killed|killing|dead|deaths?|died|wounded|wounding|injured|injuring|injuries|martyred|casualties|bodies)\b",
    re.IGNORECASE,
)
# A ranking of the event told before, opening the sentence before a semicolon: "This is the third raid on the
# camp this month; on Friday, gunmen shot ..." (its event word is the earlier event's, not this one's).
_RANKED_HEAD_RE = compile_guarded(
    rf"\W*(?:this|it|that)\s+(?:is|was|marks|marked)\s+(?:the|its)\s+{_TAIL_ORDINAL}\s+[^;]{{3,160}};\s*",
    re.IGNORECASE,
)


def _own_positions(cluster: EventMention, start: int, end: int, word: int | None) -> list[int]:
    """Where the incident's own words stand in the span ``start:end``: its event word and figure (in the clause it
    was read from), its first place, its dates."""
    positions = [word] if word is not None else []
    offset = _figure_offset(cluster)
    if offset is not None:
        positions.append(cluster.clause_span[0] + offset)
    if cluster.places:
        positions.append(cluster.places[0][0].start)
    positions.extend(date.start for date in cluster.dates)
    return [p for p in positions if start <= p < end]


# A closing part that opens by referring back to the people or the party of the incident: "...; he was a teacher at
# the school", "..., while their comrades blocked the road", "...; the victims were two brothers" (the incident's own).
_EDGE_REFERS_BACK_RE = re.compile(r"(?:he|she|they|it|his|her|their|its|the\s+victims?)\b", re.IGNORECASE)


def _names_actor(text: str, actor: str) -> bool:
    """Whether ``text`` names the party ``actor``: as written ("tribal gunmen") or by any of its names
    (:func:`names_actor`: "the Islamic State" for "ISIS")."""
    return actor.lower() in text.lower() or names_actor(text, actor)


def _tells_no_event(part: str, actor: str | None, actor_elsewhere: bool, rest: str) -> bool:
    """Whether ``part`` holds no event word, no toll, and does not alone name the incident's actor (named neither in
    another evidence span, ``actor_elsewhere``, nor in ``rest``, the part of its own span that is kept)."""
    if find_triggers(part) or gated_search(_EDGE_TOLL_RE, part):
        return False
    return not (actor and not actor_elsewhere and _names_actor(part, actor) and not _names_actor(rest, actor))


def _spans_naming_actor(cluster: EventMention, text: str) -> list[bool]:
    """For each evidence span of the incident, whether it names the incident's actor (:func:`_names_actor`)."""
    actor = cluster.actor or None
    return [actor is not None and _names_actor(text[s:e], actor) for s, e in cluster.evidence]


def _trim_eventless_edges(cluster: EventMention, text: str, word: int | None) -> None:
    """Start each evidence span after an opening part that tells no event and holds none of the incident's own words
    (:data:`_EDGE_HEAD_JOINER_RE`, or a ranking of an earlier event, :data:`_RANKED_HEAD_RE`), and end it before such
    a closing part (:data:`_EDGE_TAIL_JOINER_RE`) that does not open by referring back to the incident's people
    (:data:`_EDGE_REFERS_BACK_RE`). One joiner per side is read: linear in the span."""
    actor = cluster.actor or None
    naming_actor = _spans_naming_actor(cluster, text)
    spans_naming_actor = sum(naming_actor)
    for index, (start, end) in enumerate(cluster.evidence):
        own = _own_positions(cluster, start, end, word)
        if not own:
            continue
        elsewhere = spans_naming_actor - naming_actor[index] > 0
        first, last = min(own), max(own)
        ranked = _RANKED_HEAD_RE.match(text, start, end) if could_match(_RANKED_HEAD_RE, text[start:end]) else None
        if ranked is not None and ranked.end() <= first:
            start = ranked.end()
        else:
            head = gated_search(_EDGE_HEAD_JOINER_RE, text[start:first])
            if head is not None and _tells_no_event(
                text[start : start + head.start()], actor, elsewhere, text[start + head.end() : end]
            ):
                start += head.end()
        tail = gated_search(_EDGE_TAIL_JOINER_RE, text[last:end])
        if (
            tail is not None
            and not _EDGE_REFERS_BACK_RE.match(text, last + tail.end(), end)
            and _tells_no_event(
                text[last + tail.end() : end], actor, elsewhere, text[start : last + tail.start()]
            )
        ):
            end = last + tail.start()
        if (start, end) != cluster.evidence[index] and len(text[start:end].split()) >= _TAIL_MIN_WORDS:
            cluster.evidence[index] = (start, end)


# --- A sentence joined to an incident that only comments on it: it refers back to the event by a definite noun ("the
# attacks", "the battle", "the drone") and tells none of the incident's own words (no place, date or toll of it, no
# actor the other spans do not name): "The command said the attacks were part of a policy of ...", "Helicopters are
# circling over the area of the attack", "The ministry said the drone had been made abroad". Coreference joins it
# for its reference back; it tells nothing of the event, and the evidence leaves it out.
_ANAPHOR_BEFORE_RE = compile_guarded(
    r"\b(?:the|this|these|those|that|its|their|such)\s+(?:[\w-]+\s+){0,2}?$", re.IGNORECASE
)

# ... and is the subject of a judgement ("the attacks are a continuation of ...", "the battle would be long", "the drone
# was of foreign make"; not "was carried out by", a participle telling the event) or names its scene ("over the area
# of the attack", "at the site of the strike").
_JUDGED_AFTER_RE = compile_guarded(
    r"\s+(?:is|are|was|were|would|will|could|may|might)\s+(?!\w+ed\b|being\b|been\b)", re.IGNORECASE
)
_SCENE_BEFORE_RE = compile_guarded(r"\b(?:area|scene|site|place)\s+of\s+(?:the|this|that)\s+$", re.IGNORECASE)


def _span_index(ordered: list[tuple[int, int, int]], position: int) -> int | None:
    """The index of the span of ``ordered`` (``(start, end, index)`` by start) that holds ``position`` (the last one
    opening at or before it), or None: a binary search."""
    at = bisect_right(ordered, position, key=lambda span: span[0]) - 1
    if at < 0 or not ordered[at][0] <= position < ordered[at][1]:
        return None
    return ordered[at][2]


def _drop_comment_sentences(cluster: EventMention, text: str) -> None:
    """Leave out of the incident's evidence each span joined after the one it was read from that refers back to the
    event only by definite nouns (:data:`_ANAPHOR_BEFORE_RE`) and holds none of its own words (places, dates, a toll,
    an actor named nowhere else). One trigger scan per span."""
    if len(cluster.evidence) < 2:
        return
    clause_start = cluster.clause_span[0]
    naming_actor = _spans_naming_actor(cluster, text)
    actor_named_once = naming_actor.count(True) == 1  # (counted once, not per span: linear in the spans)
    # the spans each place name is told in (a place counts for a span when no other span tells it: a line's
    # "#Town |" tag repeats the place told before)
    ordered = sorted((start, end, index) for index, (start, end) in enumerate(cluster.evidence))
    telling: dict[str, set[int]] = {}
    for place, _ in cluster.places:
        index = _span_index(ordered, place.start)
        if index is not None:
            telling.setdefault(place.text.lower(), set()).add(index)
    own_place = {next(iter(spans)) for spans in telling.values() if len(spans) == 1}
    dated = {_span_index(ordered, date.start) for date in cluster.dates}
    kept: list[tuple[int, int]] = []
    for index, (start, end) in enumerate(cluster.evidence):
        part = text[start:end]
        drop = (
            not start <= clause_start < end
            and index not in own_place
            and index not in dated
            and not gated_search(_EDGE_TOLL_RE, part)
            and not (naming_actor[index] and actor_named_once)
        )
        if drop:
            hits = find_triggers(part)
            drop = bool(hits) and all(
                _ANAPHOR_BEFORE_RE.search(part[max(0, h.start - 40) : h.start]) is not None
                and (
                    _JUDGED_AFTER_RE.match(part, h.end) is not None
                    or _SCENE_BEFORE_RE.search(part[max(0, h.start - 40) : h.start]) is not None
                )
                for h in hits
            )
        if not drop:
            kept.append((start, end))
    if kept and len(kept) < len(cluster.evidence):
        cluster.evidence[:] = kept
