"""Background filter: which event mentions are about one specific event, and which are background.

Contract: :func:`classify` takes one :class:`~mapapp.extract.mentions.EventMention`
and the :class:`~mapapp.extract.mentions.SentenceReading` it comes from, and sets
two fields on the mention, looking at nothing outside its sentence:

* ``verdict`` — ``candidate``, or why the mention is no incident and is not
  evidence of one either (it is then neither merged nor kept): ``refer-back``
  (an event told elsewhere named again), ``reaction`` (reacted to, denied,
  judged, threatened, planned), ``cause`` (how a fight began), ``history``
  (recalled, not reported), ``pattern`` (habitual, a state of affairs),
  ``tally`` (a count of events or a cumulative toll), ``ongoing`` (a sweep
  going on), ``property`` (an arson with nobody hurt), ``foiled``, ``heard``
  (only heard or seen), ``unresisted`` (an arrest, search or capture without a
  fight). The rules are asked in a fixed order (:mod:`.chain`): the first that
  fires gives the verdict.
* ``specific`` — whether the mention, if it does not continue an incident told
  already, is specific enough to open one (a casualty figure, a named place
  below governorate level, a point date; :mod:`.specificity`).

:func:`classify_sentence` classifies every mention of a sentence and keeps a background clause, a denial or sounds
heard out of a candidate's evidence. After it, across sentences: :func:`classify_continuations` (a sentence adding to
or breaking down the tally just told is part of it), :func:`classify_list_heads` (a line ending in a colon that sums
up the bulleted events listed after it), :func:`classify_unresisted` (an arrest the next sentence tells was unresisted),
:func:`classify_sequels_told_on` (an event named as what another came after, its toll told in the next sentence).
Once the series are typed: :func:`judge_series_specificity` (a candidate judged again on the type, party and day the
series gave it, then :func:`classify_release_strikes`: a release's strikes at their places). After coreference:
:func:`trim_background_tails` (the tails of an incident's evidence that tell no part of it) and
:func:`drop_arrests_without_harm` (raids that only arrested or searched, and kidnappings of a few people that harmed
nobody and tell no fight).

All patterns have bounded repetition and run once per clause: linear time.

The package, by rule kind:

* :mod:`.chain` — :func:`classify` and :func:`classify_sentence`: the verdict chain, in order;
* :mod:`.verdicts` — the verdict names;
* :mod:`.tallies` — tallies and running tolls (:func:`is_tally`, :func:`classify_continuations`);
* :mod:`.reactions` — reactions, denials, judgements, blames (:func:`~.reactions._blamed`), plans and unconfirmed
  reports (:func:`is_unconfirmed`), a
  claimant's saying left unverified in an aside after it (:func:`~.reactions.unverified_claim_start`) and an
  assessment that found too little to say the event happened (:func:`~.reactions.assessed_unfounded`);
* :mod:`.refer_back` — refer-backs and causes: events named to point at another, or dated days or more before or
  after the one reported (:func:`classify_sequels_told_on`);
* :mod:`.history` — history and past dates;
* :mod:`.patterns` — habitual wording, states of affairs (a place witnessing events as such), events told as growing
  in number (:func:`~.patterns._growing`), hazards, foiled attacks, sounds heard;
* :mod:`.campaigns` — campaigns begun, ended, long or stopped, their tolls, sweeps going on;
* :mod:`.arrests` — arrests, unresisted ground and kidnappings with nobody harmed (:func:`classify_unresisted`,
  :func:`drop_arrests_without_harm`; the coalition named only as a raid's supporter is no partner:
  :func:`~.arrests._partnered`);
* :mod:`.specificity` — whether a mention may open an incident, among them one hit told in the simple past at a named
  place (:func:`classify_release_strikes`, :func:`strike_in_a_region`);
* :mod:`.evidence` — the sentence's evidence trimmed, and the tails of an incident's evidence
  (:func:`trim_background_tails`);
* :mod:`.frames` — where a clause's event word, figure and frame stand, and whether a day is told from a frame on:
  the helpers the rule modules share.
"""

from __future__ import annotations

from mapapp.extract.background.arrests import classify_unresisted, drop_arrests_without_harm
from mapapp.extract.background.chain import classify, classify_sentence
from mapapp.extract.background.evidence import trim_background_tails
from mapapp.extract.background.reactions import is_unconfirmed
from mapapp.extract.background.refer_back import classify_sequels_told_on
from mapapp.extract.background.specificity import (
    REGION_OF_SYRIA_RE,
    classify_release_strikes,
    judge_series_specificity,
    strike_in_a_region,
)
from mapapp.extract.background.tallies import ADDITIVE_OPENING_RE, classify_continuations, classify_list_heads, is_tally
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
    "classify_list_heads",
    "classify_release_strikes",
    "classify_sentence",
    "classify_sequels_told_on",
    "classify_unresisted",
    "drop_arrests_without_harm",
    "is_tally",
    "judge_series_specificity",
    "is_unconfirmed",
    "strike_in_a_region",
    "trim_background_tails",
]
