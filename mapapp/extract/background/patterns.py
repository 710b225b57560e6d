"""Patterns and events that did not happen (verdicts ``pattern``, ``foiled``, ``heard``): a state of affairs or a
sound, not one event.

``pattern``: habitual wording ("witnesses bombings from time to time", "sees frequent assassinations"), a trend told as the
event word's own events ("a rise in assassinations", :func:`_trend`), events told as growing in number ("drone
attacks are on the increase", :func:`_growing`), a state kept up
for weeks ("has been witnessing intermittent bombardment for a month"), a place said to witness events as a state of
affairs ("has been witnessing assassinations", :func:`_witnessed_as_a_state`), events counted vaguely over a stretch
("several times in 2022"), a fight kept up or grown since an earlier turn of events ("shelling has intensified since
the collapse of the truce"), events stepped up as a whole, a party's activity kept up with no day or toll
(:func:`_kept_up`: "the army continued its shelling of the villages"), plural events said to break a truce, mines
and war remnants told as a standing hazard ("clearing of mines in X continued"). ``foiled``: an attack foiled, thwarted
or defused (the frame, :data:`_FOILED_FRAME_RE`, is read by :mod:`.chain`); ``heard``: explosions or gunfire only heard
(:func:`_heard`), aircraft only seen flying over (:func:`_only_flown_over`).
"""

from __future__ import annotations

import re

from mapapp.extract.background.frames import _event_word_position, _frames_gated
from mapapp.extract.lexicon import compile_guarded, could_match, gated_search
from mapapp.extract.mentions import EventMention


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


# Aircraft only seen in the sky: "warplanes of the coalition flew over the city", "drones conducting surveillance over
# the skies of X", "a helicopter hovering at low altitude" (the clause's event word is the aircraft itself, and the
# clause tells no strike, fire or harm: :func:`_only_flown_over`; "a drone flew over X and struck a car" is a strike).
_FLOWN_OVER_RE = compile_guarded(
    r"\b(?:fl(?:ew|ies|y|ying|own)\s+(?:(?:low|lowly|intensively|heavily)\s+)?(?:over|above)|hover(?:s|ed|ing)?|"
    r"circl(?:es|ed|ing)\s+(?:over|above)|surveillance|reconnaissance|overflights?)\b",
    re.IGNORECASE,
)
_AIRCRAFT_WORD_RE = re.compile(
    r"(?:[\w.-]+\s+){0,2}(?:drones?|warplanes?|aircraft|jets?|helicopters?|planes?)", re.IGNORECASE
)
_STRUCK_OR_HARMED_RE = re.compile(
    r"\b(?:struck|strikes?|striking|bomb(?:s|ed|ing|ard\w*)?|raids?|target(?:s|ed|ing)?|hit(?:s|ting)?|fir(?:e|ed|ing)|"
    r"shell(?:s|ed|ing)?|attack(?:s|ed|ing)?|missiles?|rockets?|kill(?:s|ed|ing)?|wound(?:s|ed|ing)?|injur(?:ed|ing|y|ies)|"
    r"dropp(?:ed|ing)|launch(?:ed|ing)|destroy(?:s|ed|ing)?|explo\w*|blasts?)\b",
    re.IGNORECASE,
)


def _only_flown_over(mention: EventMention) -> bool:
    """Whether the clause tells its aircraft only flying over or watching (:data:`_FLOWN_OVER_RE`), its event word the
    aircraft's noun (:data:`_AIRCRAFT_WORD_RE`) and no strike, fire or harm told (:data:`_STRUCK_OR_HARMED_RE`)."""
    if _AIRCRAFT_WORD_RE.fullmatch(mention.trigger_word) is None:
        return False
    clause = mention.clause_text
    return bool(gated_search(_FLOWN_OVER_RE, clause)) and _STRUCK_OR_HARMED_RE.search(clause) is None


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
# ("explosive", "explosives" name a device or its charge, not a blast: "clearing mines and explosive devices")
_BLAST_TOLD_RE = re.compile(
    r"\bexplo(?!sives?\b)|blast|detonat|went\s+off|blew\s+up|\bhit\b|struck|\bkill|wound|injur|\bdie[ds]?\b|\bdead\b|death|"
    r"casualt|maim|amputat|\blost\b|\bhurt",
    re.IGNORECASE,
)


# Events told as stepped up or intensified, as a whole: "Ankara has stepped up strikes in Syria since ..." (a trend).
_STEPPED_UP_RE = compile_guarded(
    r"\b(?:stepp(?:ed|ing)\s+up|steps\s+up|intensif(?:ied|ies|ying|y)|escalat(?:ed|es|ing|e)|ramp(?:ed|s|ing)\s+up)\s+"
    r"(?:(?:its|their|the|his|her)\s+)?(?:[\w-]+\s+){0,2}?",
    re.IGNORECASE,
)


# Events told as a party's activity kept up, with no day and no toll of their own: "the army continued its shelling of
# the villages", "drones are continuing their attacks on the region", "has continued its campaign of bombardment of A
# and B" (the frame before the event word of the same clause, with no comma or semicolon between; read only where the
# clause has no figure and no day of an event: "jets continued their raids on Monday, killing two" is one day's
# strikes).
# The event word may also be the frame's subject: "the warplanes continued their raids on the area".
_KEPT_UP_RE = compile_guarded(
    r"\b(?:continu(?:e|es|ed|ing)|kept\s+up|keeps\s+up|keep\s+up|pressed\s+on\s+with|press\s+on\s+with)\s+"
    r"(?:its|their)\s+",
    re.IGNORECASE,
)
_KEPT_UP_WINDOW = 160  # characters between the frame and the event word at most
_KEPT_UP_SUBJECT_WINDOW = 60  # characters from the event word, as the frame's subject, to the frame's end
# (what the gap may not hold: a break of the clause, or a second verb joined on, "continued their advance and seized X")
_KEPT_UP_BREAK_RE = re.compile(
    r"[,;:]|\band\s+\w+ed\b|\band\s+(?:then\s+)?(?:killed|hit|struck|shot|took|seized)\b", re.IGNORECASE
)


# What makes the activity kept up a day's events all the same: a day counted in a run ("continued their raids for a
# third day"), or the hits told one by one after it ("continued its attacks, targeting a plant in A and a silo in B").
_KEPT_UP_WAVE_TOLD_RE = compile_guarded(
    r"\bfor\s+(?:a|the)\s+(?:second|third|fourth|fifth|sixth|seventh|\d+(?:st|nd|rd|th))\s+"
    r"(?:straight\s+|consecutive\s+)?(?:day|night)\b"
    r"|,\s+(?:targeting|hitting|striking|killing|wounding|injuring|destroying)\b",
    re.IGNORECASE,
)


def _kept_up(mention: EventMention) -> bool:
    """The clause tells its events as a party's activity kept up (:data:`_KEPT_UP_RE`) before its event word, in the
    same stretch of the clause (:data:`_KEPT_UP_BREAK_RE`), or right after the event word as the frame's subject; not
    a day's wave told as such (:data:`_KEPT_UP_WAVE_TOLD_RE`)."""
    clause = mention.clause_text
    if not could_match(_KEPT_UP_RE, clause) or gated_search(_KEPT_UP_WAVE_TOLD_RE, clause):
        return False
    word = _event_word_position(mention)
    if word < 0:
        return False
    for found in _KEPT_UP_RE.finditer(clause, max(0, word - _KEPT_UP_WINDOW), word):
        if _KEPT_UP_BREAK_RE.search(clause, found.end(), word) is None:
            return True
    # (or the event word is the subject of the frame, right before it: "the warplanes continued their raids on A")
    after = _KEPT_UP_RE.search(clause, word, word + _KEPT_UP_SUBJECT_WINDOW)
    return after is not None and len(clause[word : after.start()].split()) <= 3 and (
        _KEPT_UP_BREAK_RE.search(clause, word, after.start()) is None
    )


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


def _heard(mention: EventMention) -> bool:
    """Explosions or gunfire heard, the clause's event word being that sound."""
    clause = mention.clause_text
    if "heard" not in clause.lower() and "sound" not in clause.lower():
        return False
    word = _event_word_position(mention)
    return any(found.start() <= word < found.end() for found in _HEARD_RE.finditer(clause)) if word >= 0 else False


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
    """Whether the clause tells its events as a habit or a state kept up (:data:`_HABITUAL_RE`)."""
    return bool(gated_search(_HABITUAL_RE, clause))


# A trend: "the district has seen a rise in killings this year", "an uptick in bombardment" (events counted
# as growing, none told); the trend's events are the mention's own event word (:func:`_trend`).
_TREND_RE = compile_guarded(
    r"\b(?:rise|increase|surge|upsurge|uptick|spike)\s+in\s+(?:[\w-]+\s+){0,2}?(?:assassinations|attacks|"
    r"bombings|explosions|killings|murders|kidnappings|abductions|shelling|violence|raids|clashes|strikes|airstrikes|"
    r"bombardments?|shootings|ambushes)\b",
    re.IGNORECASE,
)


def _trend(mention: EventMention) -> bool:
    """Whether the mention's event word stands in a trend (:data:`_TREND_RE`: "has seen a rise in
    assassinations"), not an event told beside one ("gunmen shot a mukhtar amid a rise in assassinations": the
    shooting is told)."""
    clause = mention.clause_text
    if not could_match(_TREND_RE, clause):
        return False
    word = _event_word_position(mention)
    return word >= 0 and any(found.start() <= word < found.end() for found in _TREND_RE.finditer(clause))


# Events told as growing in number, the event word their subject or object, no one of them told: "drone attacks by
# Turkey are on the increase", "the army has increased its mortar fire and air raids on the villages", "the countryside
# witnessed increasing assassinations" (:func:`_growing`). The growth after the event word (a phrase of a few words
# between: "by Turkey", "on the villages of X"; not a verb: "shelling hit X as tensions were rising"), or before it
# (the perfect of "increase", or its future, "is expected to increase its air raids", with the events it governs, "its
# mortar fire and", or an adjective of growth right before it); "Turkey increased its shelling of X on Monday", the
# simple past of one day's wave, is left alone.
_GROWING_AFTER_RE = re.compile(
    r"(?:\s+(?:by|on|in|against|near|across|along|around|at|from|targeting)(?:\s+[\w'’-]+){1,7}?)?"
    r"\s+(?:are|is|were|was|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:on\s+the\s+(?:rise|increase)|increasing|rising|growing|mounting|multiplying)\b",
    re.IGNORECASE,
)
_GROWING_BEFORE_RE = re.compile(
    r"(?:(?:\b(?:has|have|had)\s+(?:also\s+|further\s+|significantly\s+|sharply\s+|greatly\s+)?increased|"
    r"\b(?:will|would|could|may|might|to)\s+(?:further\s+)?increase)\s+"
    r"(?:its|their|the|his|her)\s+(?:[\w-]+\s+){0,4}?"
    r"|\b(?:increasing|growing|mounting)\s+(?:numbers?\s+of\s+)?(?:[\w-]+\s+)?)$",
    re.IGNORECASE,
)
_GROWING_WORDS = ("increas", "rise", "rising", "growing", "mounting", "multiplying")
_GROWING_AFTER_WINDOW = 80  # characters after the event word in which its growth is looked for
_GROWING_BEFORE_WINDOW = 80  # characters before it


def _growing(mention: EventMention) -> bool:
    """Whether the mention's event word is told as growing in number (:data:`_GROWING_AFTER_RE`,
    :data:`_GROWING_BEFORE_RE`): a trend, no one event told. The words before the event word may only be its
    object's other event nouns and adjectives (no comma or clause between)."""
    clause = mention.clause_text
    lowered = clause.lower()
    if not any(word in lowered for word in _GROWING_WORDS):
        return False
    word = mention.trigger_start
    if word < 0 or not mention.trigger_word:
        return False
    end = word + len(mention.trigger_word)
    if _GROWING_AFTER_RE.match(clause[end : end + _GROWING_AFTER_WINDOW]) is not None:
        return True
    before = clause[max(0, word - _GROWING_BEFORE_WINDOW) : word]
    found = _GROWING_BEFORE_RE.search(before)
    return found is not None and not any(mark in found.group(0) for mark in ",;:")


# A place said to witness events as a state of affairs: "the countryside has been witnessing kidnappings and
# assassinations", "the camp witnesses murders", "the town has lately witnessed a wave of bombings", "has
# recently witnessed an increase in killings" (the progressive perfect, the simple present, or the perfect before a
# wave or a rise: no one event told; "the town witnessed clashes on Monday" and "is witnessing renewed strikes", one
# day's events, are left alone).
_WITNESSING_RE = compile_guarded(
    # ("witnesses" the verb, not the noun: not after an article or a number, "the witnesses", "two witnesses", nor
    # before a speaker's verb, "witnesses said a drone struck a car", nor capitalised, opening a sentence; nor after a
    # preposition or a conjunction, "according to witnesses", "residents and witnesses", nor before a comma, a
    # preposition or a relative, "witnesses, a drone hit ...", "witnesses in the town", "witnesses who saw": the verb
    # takes its events right after it)
    r"(?<![Tt]he\s)(?<![Ss]ome\s)(?<!\bany\s)(?<!\btwo\s)(?<!three\s)(?<![Ll]ocal\s)(?<![Mm]any\s)(?<!\beye\s)"
    r"(?<!several\s)\b(?:(?<!\bto\s)(?<!\bby\s)(?<!\band\s)(?<!\bor\s)(?<!\bof\s)(?<!\bfor\s)(?<!\bwith\s)(?<!\bfrom\s)"
    r"(?<!\bamong\s)(?-i:witnesses)(?![,;:.)\"”]|\s+(?:in|at|on|to|of|from|near|who|whom|that|and|or|as|there)\b)"
    r"(?!\s+(?:said|say|says|told|tell|reported|report|described|describe|saw|see|"
    r"heard|hear|recalled|recall|added|stated|quoted|interviewed|claimed|confirmed|spoke)\b)|(?:has|have|had)\s+been\s+witnessing"
    r"|(?:has|have|had)\s+(?:recently\s+|lately\s+)?witnessed\s+(?:recently\s+|lately\s+)?"
    r"(?:an?\s+)?(?:wave|increase|rise|series|spate|string|surge|escalation|upsurge)\b)",
    re.IGNORECASE,
)
_WITNESSING_REACH = 120  # characters after the witnessing verb within which its events' word stands
_WITNESSING_LENGTH = 60  # characters a match of the witnessing verb spans at most ("had recently witnessed lately an upsurge")
# The day's own hours, which make a witnessing the report of a fight going on ("has been witnessing fierce clashes
# for hours", "since dawn", "today"): one event, told as it happens, not a state of affairs.
_WITNESSED_TODAY_RE = compile_guarded(
    r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening)|at\s+the\s+moment"
    r"|(?:for|over)\s+(?:the\s+)?(?:past\s+|last\s+)?(?:few\s+|several\s+|two\s+|three\s+|\d{1,2}\s+)?hours"
    r"|since\s+(?:the\s+)?(?:early\s+hours|dawn|daybreak|morning|noon|midnight|last\s+night|yesterday))\b",
    re.IGNORECASE,
)


def _witnessed_as_a_state(mention: EventMention) -> bool:
    """Whether the clause's event word comes shortly after a place's witnessing told as a state of affairs
    (:data:`_WITNESSING_RE`): "X has been witnessing assassinations" sums up months, it reports no event. The event
    word must follow the verb (in "gunmen killed a man in X, which has been witnessing assassinations" the killing
    is told), and the clause must not give the day's own hours ("for hours", "since dawn": a fight told as it goes on);
    the caller asks for no figure and no day."""
    clause = mention.clause_text
    if "witness" not in clause.lower():
        return False
    word = _event_word_position(mention)
    if word < 0 or gated_search(_WITNESSED_TODAY_RE, clause) is not None:
        return False  # (a fight of the day's own hours, told as it goes on: "has been witnessing clashes since dawn")
    # (searched only over the reach before the word, with room for the verb's own words: one clause's many event
    # words each search a bounded stretch, not the clause from its start)
    start = max(0, word - _WITNESSING_REACH - _WITNESSING_LENGTH)
    return any(
        found.end() <= word <= found.end() + _WITNESSING_REACH for found in _WITNESSING_RE.finditer(clause, start, word)
    )
