"""Summaries (:mod:`mapapp.extract.coreference.summaries`): a headline and its lede told by the bare word of an
assault ("attack", "ambush") fold into the body's report of their event, whichever of a clash or an attack the body's
wording types it (:func:`~mapapp.extract.coreference.summaries._headline_names_no_means`)."""

from __future__ import annotations

import pytest

from mapapp.extract.lexicon import normalize_place
from mapapp.model import EventType
from tests.extract.reading import incidents

_BODY = (
    "According to a monitor, the militants launched a surprise attack near the village of Sousa, killing at least 40 "
    "and wounding at least 50 SDF fighters."
)


@pytest.mark.parametrize(
    "headline_and_lede",
    [
        "ISIS kills 40 SDF fighters in surprise attack near the Euphrates\n\n"
        "Upwards of 40 of its fighters were killed in a sudden attack during a sandstorm.\n\n",
        "ISIS kills 40 SDF fighters in surprise ambush near the Euphrates\n\n"
        "Upwards of 40 of its fighters were killed in a sudden ambush during a sandstorm.\n\n",
    ],
)
def test_a_headline_told_by_the_bare_word_of_an_assault_folds_into_the_body_report(headline_and_lede: str) -> None:
    found = incidents(headline_and_lede + _BODY)
    assert len(found) == 1
    assert found[0].primary_toponym is not None and normalize_place(found[0].primary_toponym.text) == "sousa"
    assert found[0].event_type is EventType.ARMED_CLASH


def test_a_headline_telling_clashes_stays_apart_from_a_body_attack() -> None:
    text = (
        "ISIS kills 40 SDF fighters in surprise clashes near the Euphrates\n\n"
        "More than 40 Kurdish fighters were killed in clashes under the cover of a dust storm.\n\n" + _BODY
    )
    assert len(incidents(text)) == 2
