"""Evidence trimming: what of a sentence, or of an incident's joined sentences, is the incident's evidence.

In the sentence (run by :func:`~.chain.classify_sentence`): a background clause (``reaction``, ``pattern``,
``history``, ``foiled``, ``heard``, ``unresisted``, ``tally``, ``property``) is kept out of the evidence of an incident
told in another clause ("Crowds gathered to denounce the strikes, while in X clashes killed 6"); a denial or sounds
heard appended to a candidate are cut (", an allegation the army denied", ", big explosions heard as far as X"); a
protest, reaction, threat or plan glued to the event's clause is left out; a campaign's toll after a capture is no
toll of it.

After coreference, :func:`trim_background_tails` ends each evidence span before a tail that tells no part of the
incident: a running toll (", bringing to 15 the number killed since January"), a blame or a curse, the wounded taken
to hospital, a backdrop of weeks or months, the day of a fight, an accusation, a campaign's purpose, who holds the
place now (", which is under the control of ...", " where the occupation's forces are positioned"), what the place
has witnessed as a state of affairs, a toll expected to rise or a fear of what may come. It also cuts a
part joined by a semicolon, ", while" or ", after" that holds no event word, no toll and none of the incident's own
words, and a ranking of an earlier event before a semicolon, and leaves out a sentence joined to the incident that only
comments on it ("X said the attacks were part of a plan ...") and tells none of its place, date, toll or actor.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from mapapp.extract.arguments import names_actor
from mapapp.extract.background.frames import _event_word_position, _figure_offset
from mapapp.extract.background.reactions import (
    _APPEAL_FRAME_RE,
    _INTENT_FRAME_RE,
    _PROTEST_FRAME_RE,
    _REACTION_FRAME_RE,
)
from mapapp.extract.background.tallies import _RANKED_TAIL, _TAIL_ORDINAL
from mapapp.extract.background.verdicts import FOILED, HEARD, HISTORY, PATTERN, PROPERTY, REACTION, TALLY, UNRESISTED
from mapapp.extract.lexicon import ANSWERED_EVENT_WORDS, compile_guarded, could_match, gated_search
from mapapp.extract.mentions import CANDIDATE, EventMention, SentenceReading
from mapapp.extract.triggers import find_triggers


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


# The dead's funeral, burial or mourning appended to the report of the event that killed them: ", their funeral was
# held today in X", "; the three were buried on Monday in Y", ", and the council declared three days of mourning"
# (a rite after the event, at its own place and day: the evidence ends before it).
_TRAILING_RITE_RE = compile_guarded(
    r"[,;]\s+(?:and\s+)?(?:(?:their|his|her|the)\s+)?(?:[\w-]+\s+){0,2}?(?:funerals?|burials?)\s+"
    r"(?:was|were|is|are|will\s+be|had\s+been|has\s+been|took\s+place|takes\s+place)\b"
    # (not buried under rubble: "and the family were buried under the rubble" is the event's harm)
    r"|[,;]\s+(?:and\s+)?(?:they|he|she|(?:the|their|all)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+"
    r"(?:was|were|will\s+be|had\s+been|have\s+been)\s+buried\b(?!\s+(?:alive|under|beneath|in\s+the\s+rubble)\b)"
    r"|[,;]\s+(?:and\s+)?(?:[\w'’-]+\s+){1,4}?declared\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:days?\s+of\s+)?mourning\b",
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
        # ... or who holds the place now: ", which is now held by the army", " where the occupation's
        # forces are positioned", ", where the army and the SDF control the two banks" (the place's standing state, told
        # to place it on the map of control, not a part of the event)
        r"(?:,\s+|\s+)(?:which|that|where)\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:now\s+|still\s+|currently\s+|"
        r"largely\s+|mostly\s+|partly\s+)?(?:under\s+(?:the\s+)?(?:control|rule|occupation|sway)\b|controlled\s+by\b|"
        r"held\s+by\b|run\s+by\b|occupied\s+by\b)"
        r"|(?:,\s+|\s+)where\s+(?:[\w'’-]+\s+){1,12}?(?:are|is)\s+(?:still\s+|now\s+|currently\s+)?(?:positioned|stationed|"
        r"deployed|based|entrenched|in\s+control)\b"
        r"|(?:,\s+|\s+)where\s+(?:[\w'’-]+\s+){1,12}?(?:control|controls|hold|holds)\s+(?:the|a|an|its|their|two|both|most|much|part)\b",
        # ... or what the place has witnessed as a state of affairs: ", in a district that has seen many blasts",
        # ", which witnessed more than one demonstration" (the place's record, not the event told)
        r",\s+(?:(?:in|at|near)\s+)?(?:(?:a|an|the)\s+(?:[\w'’-]+\s+){0,4}?)?(?:that|which|where)\s+(?:has\s+|have\s+|had\s+)?"
        r"(?:long\s+|recently\s+|repeatedly\s+|often\s+|frequently\s+)?(?:seen|witnessed|experienced)\b",
        # an expectation or a fear told after the report: ", and the toll is expected to climb", ", as residents
        # say they fear the bombings portend worse" (what may come, not what happened)
        r"[,;]\s+(?:and\s+)?(?:the\s+)?(?:death\s+|casualty\s+)?toll\s+(?:is|was)\s+(?:expected|likely|feared)\s+to\s+"
        r"(?:rise|increase|climb|grow)\b"
        # (the verb, not the noun: ", as residents fled in fear, ..." tells the event's people)
        r"|[,;]\s+(?:as|while)\s+(?:[\w'’-]+\s+){0,4}?(?<!\bin\s)(?<!\bfor\s)(?<!\bwith\s)(?<!\bof\s)"
        r"(?:fear|fears|feared|expect|expects)\b",
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


# All the tails in one alternation: its first match starts where the first tail of any kind starts (one gate and at
# most one search per span, not one of each per kind). A match never starts on a blank that follows a blank (inside a
# run of blanks): the tails that open on blanks (" and accused ...", " before a truce") would otherwise read the
# whole run again from each of its blanks, quadratic on a span of thousands of blanks. The leftmost match is the
# same (a match inside a run would also match from the run's first blank).
_ANY_BACKGROUND_TAIL_RE = compile_guarded(
    r"(?!(?<=\s)\s)(?:" + "|".join(f"(?:{pattern.pattern})" for pattern in _BACKGROUND_TAILS) + ")",
    re.IGNORECASE,
)


def _background_tail(span: str) -> int | None:
    """Where the first background tail (:data:`_BACKGROUND_TAILS`) starts in ``span``, or None (searched only when the
    span holds one of their words: most spans hold none)."""
    found = gated_search(_ANY_BACKGROUND_TAIL_RE, span)
    return None if found is None else found.start()


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
