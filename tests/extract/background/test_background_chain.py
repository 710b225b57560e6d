"""Background filter, the verdict chain as a whole: background, general and non-violent statements are not incidents;
specific reports are.

The rules of :mod:`mapapp.extract.background.chain`, read through the whole extraction.
"""

from __future__ import annotations

import datetime

import pytest

from tests.extract.reading import rule_incidents
from mapapp.model import Document
from tests.extract.reading import count, read


@pytest.mark.parametrize(
    "text",
    [
        # campaigns and habitual aspect
        "The US-led coalition has been conducting airstrikes against Daesh targets inside Syria since September 2014.",
        "Turkey has carried out dozens of drone strikes in northeast Syria since 2019.",
        "The coalition has conducted more than 30,000 strikes since 2014.",
        "Russian jets regularly bomb the desert between Palmyra and Deir ez-Zor.",
        # accusations and generalities
        "The military alliance has repeatedly been accused of targeting and killing civilians.",
        "The coalition continues to perpetrate massacres against Syrian civilians, leaving scores of people dead over the past few days.",
        "The coalition has bombarded people in the provinces of Hasakah, Raqqah and Dayr al-Zawr.",
        "Scores of people have been killed in Raqqa over the past months, the UN said.",
        # diplomacy and statements
        "In two letters sent to the UN Secretary General on June 5, the ministry condemned the continuing attacks by the coalition.",
        "The foreign ministry called on the Security Council to stop the aggression and the attacks on Syrian sovereignty.",
        # negated, failed, hypothetical
        "Government forces thwarted Daesh assaults on their positions.",
        "SDF engineers defused a roadside bomb on the road to Shaddadi.",
        "Ankara has threatened to launch a new ground offensive against Kurdish forces.",
        "Ankara said it may strike SDF positions near Tal Tamr.",
        # tallies and the war as a whole
        "Monitors have documented 57 Turkish drone strikes on areas held by the SDF in northeast Syria.",
        "Mines and unexploded ordnance have killed more than 200 people in Raqqa since the city was captured.",
        "Syria's conflict has killed more than half a million people since it began in 2011.",
        # denials of an event, accusations, anniversaries, a year's statistic
        "The council denied reports that its guards had shelled a market in Manbij.",
        "The administration accused Damascus of shelling villages near Mayadin, a charge the army denied.",
        "Sunday marks the fifth anniversary of the bombing that killed 60 people in Qamishli.",
        "According to the UN, more than 1,200 civilians were killed in Deir ez-Zor in 2019.",
        "Since Sunday, Turkish strikes have killed at least 47 people in the region, the monitor said.",
        # no event at all
        "The SDF controls most of the territory east of the Euphrates.",
        "Residents of Hajin returned to their homes after the harvest.",
        "",
        "   \n\n  ",
    ],
)
def test_not_an_incident(text: str) -> None:
    assert count(text) == 0


def test_background_paragraph_after_incident_adds_nothing() -> None:
    text = (
        "A Turkish drone struck a car near Qamishli on Monday, killing two Asayish members, Kurdistan24 reported.\n\n"
        "Turkey has repeatedly targeted SDF officials with drones since 2019, accusing them of links to the PKK.\n\n"
        "The Kurdish administration condemned the attacks and called on the international community to act."
    )
    found = rule_incidents(Document(text=text))
    assert len(found) == 1
    assert found[0].primary_toponym is not None and found[0].primary_toponym.text == "Qamishli"


def test_markup_does_not_break_extraction_and_evidence_stays_plain() -> None:
    text = (
        "<p>A roadside bomb killed three soldiers near Tal Tamr on Monday.</p>"
        "<script>alert(1)</script>"
        "<p>Warplanes struck a <b>bakery</b> in Hajin on Tuesday, killing four civilians.</p>"
    )
    found = rule_incidents(Document(text=text))
    assert len(found) == 2
    for incident in found:
        for span in incident.evidence:
            assert text[span.start : span.end] == span.text
            assert "<script" not in span.text and "alert(1)" not in span.text
            assert not span.text.startswith("<") and not span.text.endswith(">")
    assert found[1].target == "bakery"


def test_script_only_document() -> None:
    assert count("<script>var strikes = 'airstrike killed 10 in Hajin on Monday';</script>") == 0


@pytest.mark.parametrize(
    "text",
    [
        "Two farmers died in a fire in the village of Tal Baydar on Monday.",
        "Three children drowned in the Euphrates near Raqqa on Friday.",
        "Four people were killed in a traffic accident near Shaddadi on Sunday.",
    ],
)
def test_accidents_are_not_incidents(text: str) -> None:
    assert count(text) == 0


def test_violent_toll_without_event_word_is_an_other_incident() -> None:
    found = rule_incidents(Document(text="Three civilians were shot dead in the village of Gharanij on Monday."))
    assert len(found) == 1
    found = rule_incidents(Document(text="Three civilians were killed in the village of Gharanij on Monday."))
    assert len(found) == 1 and found[0].event_type.value == "other"


def test_a_bulletins_frame_with_no_toll_is_no_incident() -> None:
    text = (
        "Deir Ezzor province: In the wake of the repeated assassinations in the region, SOHR sources reported that "
        "gunmen killed a teacher in the village of Tabia."
    )
    found = rule_incidents(Document(text=text))
    assert len(found) == 1 and found[0].killed is not None and found[0].killed.low == 1


@pytest.mark.parametrize(
    "text",
    [
        "A car bomb killed eight people in the town of Azaz on Monday. Among the dead were three children.",
        "Turkish shelling killed five civilians in the village of Hoshan on Friday. Among them were two women.",
    ],
)
def test_the_victims_of_one_incident_named_after_it_leave_it_one_incident(text: str) -> None:
    incidents = read(text)
    assert len(incidents) == 1 and incidents[0].killed is not None and incidents[0].killed.low > 1


def test_rescuers_responding_to_an_event_tell_that_event() -> None:
    # "responding to" is no answered-event wording (lexicon.ANSWERED_EVENT_WORDS): the responders' event is the one
    # reported, with its toll and place
    text = "Civil defence crews responding to a drone strike that wounded two men near Kobani on Sunday pulled them from a car."
    found = rule_incidents(Document(text=text, published=datetime.date(2023, 5, 9)))
    assert len(found) == 1
    assert found[0].injured is not None and found[0].injured.low == 2
    assert [t.text for t in found[0].toponyms] == ["Kobani"]


def test_an_event_with_its_own_day_told_in_a_dated_statement_stays_an_incident() -> None:
    text = "Clashes killed five fighters in Hajin on Sunday, the monitor said on Monday."
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 3, 6)))
    assert len(found) == 1 and found[0].killed is not None and found[0].killed.low == 5
