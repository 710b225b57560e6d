"""The verdict chain: :func:`classify` gives one mention its verdict and its specificity, asking the rules of each
kind in a fixed order (the first that fires gives the verdict); :func:`classify_sentence` classifies every mention of
a sentence and then trims their evidence (:mod:`.evidence`).

The order is part of the contract: a rule further down is asked only when none above fired. The rules themselves
live in their modules (:mod:`.refer_back`, :mod:`.reactions`, :mod:`.history`, :mod:`.patterns`, :mod:`.campaigns`,
:mod:`.tallies`, :mod:`.arrests`), the verdict names in :mod:`.verdicts`, the specifics in :mod:`.specificity`; the
chain only reads the sentence-wide wording (a denial, a remark recalling earlier events, an attributed quotation) once
per sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mapapp.extract.background.arrests import _unresisted
from mapapp.extract.background.campaigns import (
    _GOING_ON_RE,
    _STOPPED_FIGHT_TOTAL_RE,
    _SWEEP_WORD_RE,
    _campaign_end_recalled,
    _campaign_ended,
    _campaign_start,
    _campaign_toll,
    _fight_stopped,
    _long_fight,
    _own_campaign_started_long_before,
    named_campaign,
)
from mapapp.extract.background.evidence import (
    _TRAILING_DENIAL_RE,
    _TRAILING_RITE_RE,
    _TRAILING_SOUND_RE,
    _drop_campaign_toll,
    _end_evidence_before_tail,
    _keep_background_out_of_evidence,
    _trim_leading_reaction,
)
from mapapp.extract.background.frames import (
    _before_event_word,
    _counts_more_than_one,
    _figure_offset,
    _frames_gated,
    _harmed,
)
from mapapp.extract.background.history import (
    _ANNIVERSARY_RE,
    _EARLIER_PUBLICATION_RE,
    _EARLIER_REPORT_RE,
    _PAST_POSSESSIVE_RE,
    _REMEMBRANCE_RE,
    _YEARS_AGO_RE,
    _long_before_publication,
    _named_by_a_past_date,
    _over_a_past_span_of_months,
    _year_only,
)
from mapapp.extract.background.patterns import (
    _FOILED_FRAME_RE,
    _KEPT_UP_SINCE_TURN_RE,
    _STEPPED_UP_RE,
    _TIMES_OVER_A_PERIOD_RE,
    _VIOLATION_RE,
    _growing,
    _habitual,
    _kept_up,
    _heard,
    _only_flown_over,
    _standing_hazard,
    _trend,
    _witnessed_as_a_state,
)
from mapapp.extract.background.reactions import (
    _APPEAL_FRAME_RE,
    _DENIAL_RE,
    _END_DEMANDED_RE,
    _NEGATED_ANY_FRAME_RE,
    _NEGATED_FRAME_RE,
    _NEGATED_GATE,
    _NONE_FRAME_RE,
    _NONE_OF_THE_EVENT_RE,
    _QUESTION_END_RE,
    _QUESTION_END_WINDOW,
    _RISK_CAUSE_RE,
    _SUSPENDED_OVER_RE,
    _blamed,
    _denied_or_accused,
    _forecast,
    _harassed,
    _intended,
    _judged,
    _named_as,
    _protested,
    _reacted_to,
    _reported_false,
    _unconfirmed,
    assessed_unfounded,
    claimed_in_the_clause,
    unverified_claim_start,
)
from mapapp.extract.background.refer_back import (
    _COLLECTIVE_REFERENCE_RE,
    _CONSEQUENCE_DATED_RE,
    _CONSEQUENCE_RE,
    _NTH_VICTIM_RE,
    _RANKING_RE,
    _long_time_reference,
    _measure_after_the_event,
    occasion_of_the_report,
    _occasion_of_a_plan,
    _origin_told,
    _reason_follows,
    _sequel_told,
    _time_reference,
)
from mapapp.extract.background.specificity import _is_specific, _specific_as_their_list
from mapapp.extract.background.tallies import (
    _campaign_sized_bare_toll,
    _monthly_toll,
    _operation_toll,
    _period_toll,
    _unplaced_plural_toll,
    _spans_countries,
    _spans_governorates,
    is_tally,
)
from mapapp.extract.background.verdicts import (
    CAUSE,
    FOILED,
    HEARD,
    HISTORY,
    ONGOING,
    PATTERN,
    PROPERTY,
    REACTION,
    REFER_BACK,
    TALLY,
    UNRESISTED,
)
from mapapp.extract.clauses import opens_with_frame
from mapapp.extract.dates import DateMention
from mapapp.extract.lexicon import could_match, gated_search
from mapapp.extract.mentions import CANDIDATE, EventMention, SentenceReading
from mapapp.extract.triggers import tells_assault_fought_off, tells_only_arson
from mapapp.model import EventType


# A sentence opening with a direct quotation, closed and attributed to its speaker: '"...," the SDF said'.
_QUOTE_OPENING_RE = re.compile(r"\s*[\"“”]")
_QUOTE_ATTRIBUTION_RE = re.compile(
    r"[,.!?]?\s*[\"“”]\s*,?\s*(?:[\w'’-]+\s+){1,6}?(?:said|says|told|added|stated|declared|wrote|tweeted)\b"
)


@dataclass(frozen=True)
class _SentenceWording:
    """What the whole sentence says about its mentions, read once per sentence (not once per clause: a long
    sentence of many clauses would otherwise be searched again for each)."""

    reacting: bool  # a diplomatic frame or a denial
    recalling: bool  # "It is worth noting that ..."
    quoted: tuple[int, int] | None = None  # a direct quotation attributed to a speaker: (start, end) in the sentence
    unverified_claim: int | None = None  # where an aside calling the report before it an unverified claim starts


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
    _end_evidence_before_tail(reading, _TRAILING_RITE_RE)
    _trim_leading_reaction(reading)
    _drop_campaign_toll(reading)
    if len(reading.mentions) > 1:
        _keep_background_out_of_evidence(reading)


def _wording(reading: SentenceReading) -> _SentenceWording:
    return _SentenceWording(
        reacting=reading.diplomatic or bool(gated_search(_DENIAL_RE, reading.text)),
        recalling=bool(gated_search(_EARLIER_REPORT_RE, reading.text)),
        quoted=_attributed_quotation(reading.text),
        unverified_claim=unverified_claim_start(reading.text),
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
    elif (naming := named_campaign(mention))[1] or naming[0] and not (figure or mention.sub_governorate_places):
        # "announced a drive in what they called the 'Battle of X'" (the word is the name's), "launched air raids,
        # dubbed 'Operation Y', on 19 November" (the campaign as a whole, its launch; with a toll or a place of the map
        # of its own, "an assault code-named Z on the village of A", it is told as one event)
        mention.verdict = HISTORY
    elif not figure and (_campaign_start(mention) or _own_campaign_started_long_before(mention)):
        mention.verdict = HISTORY  # "The battle for X began on June 6", "the SDF launched its assault on X on June 6"
    elif wording.reacting and not (figure or mention.named_places) or _denied_or_accused(mention):
        mention.verdict = REACTION
    elif _reported_false(mention):
        mention.verdict = REACTION  # "reports that jets struck a house in X yesterday are false"
    elif _claimed_unverified(mention, reading, wording.unverified_claim) or assessed_unfounded(mention):
        # "the group said it downed a jet over X, a claim that could not be verified", "insufficient information to
        # assess that a strike near X caused civilian harm"
        mention.verdict = REACTION
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
    elif not figure and (_heard(mention) or _only_flown_over(mention)):
        # "explosions were heard at a depot north of the city", "coalition warplanes flew over the city"
        mention.verdict = HEARD
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
    elif not _harmed(mention) and _frames_gated(_NEGATED_ANY_FRAME_RE, mention, _NEGATED_GATE):
        mention.verdict = REACTION  # "the allies said they did not carry out any raids there on May 3"
    elif not figure and _harassed(mention):
        mention.verdict = REACTION  # "the drone had been harassed by Russian military aircraft over the north-west"
    elif (not figure and _frames_gated(_NONE_FRAME_RE, mention)) or (
        figure and not _harmed(mention) and _frames_gated(_NONE_OF_THE_EVENT_RE, mention)
    ):
        # "the army said it had carried out no strikes near Qamishli on Sunday" (a zero told with it is no event's toll:
        # '"There was no explosion, and nobody was hurt"')
        mention.verdict = REACTION
    elif not figure and _occasion_of_a_plan(mention):
        mention.verdict = REFER_BACK  # "Turkey said it would hit back after an attack on its ministry in the capital"
    elif not figure and _frames_gated(_STEPPED_UP_RE, mention):
        mention.verdict = PATTERN  # "Ankara has stepped up strikes in Syria since the attack in the capital"
    elif not (figure or dated) and _kept_up(mention):
        mention.verdict = PATTERN  # "the army continued its shelling of the villages": an activity kept up
    elif not figure and _growing(mention):
        mention.verdict = PATTERN  # "drone attacks by Turkey are on the increase", "has increased its shelling"
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
    elif _blamed(mention):
        mention.verdict = REACTION  # "officials blamed the bombing on the cell", "gangs are behind these murders"
    elif _protested(mention):
        mention.verdict = REACTION  # "demonstrators gathered to denounce the attacks"
    elif not (figure or dated) and (_intended(mention) or _forecast(mention)):
        mention.verdict = REACTION  # "Turkey threatened to launch a new operation", "the battle will be over in weeks"
    elif occasion_of_the_report(mention, reading):
        mention.verdict = REFER_BACK  # "This comes a week after the commander survived a drone strike near X"
    elif not figure and _long_time_reference(mention):
        mention.verdict = REFER_BACK  # "The fall of X comes a month after the militants stormed Y"
    elif not (figure or dated) and _time_reference(mention):
        mention.verdict = REFER_BACK  # "The raids came days after a deadly attack in Ankara"
    elif not figure and _sequel_told(mention):
        mention.verdict = REFER_BACK  # "The campaign followed a car bombing in X on March 4" (its own day kept)
    elif not (figure or dated) and (_habitual(clause) or _trend(mention)) or not figure and gated_search(_KEPT_UP_SINCE_TURN_RE, clause):
        mention.verdict = PATTERN  # "Raqqa witnesses bombings from time to time"
    elif not (figure or dated) and _witnessed_as_a_state(mention):
        mention.verdict = PATTERN  # "the countryside has been witnessing kidnappings and assassinations"
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
    elif _over_a_past_span_of_months(mention):
        mention.verdict = HISTORY  # "from May 2 to June 9, fierce fighting went on" in an October paper
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
        _unplaced_plural_toll(mention)
    ) or (
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
# The start of a stretch told before its day: "since 3 May", "since the strikes began on", "since they started on",
# "since the start of the campaign on", "since the launch of the offensive in" (a few words each: bounded).
_STRETCH_OPENED_BEFORE_RE = re.compile(
    r"\bsince\s+(?:(?:(?:the|its|their|they|it)\s+)?(?:[\w'’-]+\s+){0,3}?(?:began|begun|started|start|beginning|launch|"
    r"launched|outbreak|onset|eruption)\s+(?:of\s+(?:(?:the|its|their)\s+)?(?:[\w'’-]+\s+){0,3}?)?(?:on|in)\s+)?$",
    re.IGNORECASE,
)
_STRETCH_OPENED_WINDOW = 80  # characters before the day in which the stretch's opening is looked for


def _stretch_start(mention: EventMention, date: DateMention) -> bool:
    """Whether a day starts a stretch of time rather than dating the event: "since yesterday" (the dates stage reads
    it as a day: a bombardment "since yesterday" began then), a calendar day after "since" or after the start of
    what the stretch runs from ("killed 300 since the strikes began on 3 May", "since the start of the campaign on
    8 August"). ("Since last night, jets carried out 70 strikes on X" is one night's wave: it keeps its date; so does
    "since Monday", a weekday: :mod:`.tallies` reads it as the days of one fight; and a fight since it began, "took
    the airport after clashes that killed 500 since the offensive began on 19 August": one battle, with its dead.)"""
    at = date.start - mention.clause_span[0]
    if at <= 0:
        return False
    if date.text.lower() == "yesterday":
        return _SINCE_BEFORE_RE.search(mention.clause_text, max(0, at - 8), at) is not None
    if date.kind != "absolute" or "since" not in mention.clause_text[max(0, at - _STRETCH_OPENED_WINDOW) : at].lower():
        return False
    if mention.event_type is EventType.ARMED_CLASH:
        return False
    return _STRETCH_OPENED_BEFORE_RE.search(mention.clause_text, max(0, at - _STRETCH_OPENED_WINDOW), at) is not None


def _claimed_unverified(mention: EventMention, reading: SentenceReading, aside: int | None) -> bool:
    """Whether the mention's clause starts before an aside of its sentence calling the report a claim left unverified
    (``aside``: an offset in the sentence, :func:`~.reactions.unverified_claim_start`) and tells its event as a
    claimant's saying (:func:`~.reactions.claimed_in_the_clause`)."""
    if aside is None or mention.clause_span[0] - reading.sentence.start >= aside:
        return False
    return claimed_in_the_clause(mention)


def _inside(mention: EventMention, reading: SentenceReading, span: tuple[int, int] | None) -> bool:
    """Whether the mention's clause starts inside ``span`` (offsets in the sentence)."""
    if span is None:
        return False
    start = mention.clause_span[0] - reading.sentence.start
    return span[0] <= start + _QUOTE_SLACK and start < span[1]


_QUOTE_SLACK = 2  # the clause may start at the quotation mark itself
