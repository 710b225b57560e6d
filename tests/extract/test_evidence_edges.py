"""An incident's evidence leaves out the part of its sentence that tells no event: a statement after a semicolon, an
opening joined by ", while", a backdrop joined by ", after", a ranking of an earlier event, the day of a fight, an
accusation, a speaker's judgement, a truce the event is timed against, a concessive head, the purpose of a campaign
(background.trim_background_tails). The incident's own words stay."""

from __future__ import annotations

import datetime

import pytest

from tests.extract.reading import rule_incidents
from mapapp.model import Document

PUBLISHED = datetime.date(2024, 3, 14)


def _evidence_texts(text: str) -> list[str]:
    found = rule_incidents(Document(text=text, published=PUBLISHED))
    assert all(span.text == text[span.start : span.end] for incident in found for span in incident.evidence)
    return [" ".join(text[s.start : s.end] for s in incident.evidence) for incident in found]


@pytest.mark.parametrize(
    ("text", "kept", "left_out"),
    [
        (  # an opening that tells no event, joined by ", while"
            "Traders emptied the grain depot before the harvest, while tribal gunmen clashed with the SDF in Kasra on "
            "Sunday, killing four fighters.",
            "tribal gunmen clashed with the SDF in Kasra on Sunday, killing four fighters",
            "grain depot",
        ),
        (  # a statement after a semicolon
            "Gunmen clashed with SDF fighters near Tal Tamr on Friday; a column of tankers drove along the road.",
            "Gunmen clashed with SDF fighters near Tal Tamr on Friday",
            "tankers",
        ),
        (  # a backdrop joined by ", after"
            "Clashes broke out between clan gunmen and the Asayish in Hajin on Tuesday, after the police left the "
            "quarter they had kept since the spring.",
            "Clashes broke out between clan gunmen and the Asayish in Hajin on Tuesday",
            "police left",
        ),
        (  # a ranking of an earlier event before a semicolon
            "Smoke rose over the fields of Amuda.\n\nThis is the third drone raid on the farms in a fortnight; on "
            "Sunday, a drone killed two men near Amuda.",
            "on Sunday, a drone killed two men near Amuda.",
            "third drone raid",
        ),
        (  # the day of a fight
            "Fighting between the SDF and tribal gunmen reached the town of Busayra on Friday, the sixth day of "
            "clashes that started over a dispute at a checkpoint.",
            "reached the town of Busayra on Friday",
            "sixth day",
        ),
        (  # an accusation told of the event
            "The police said a car bomb killed five people in Tal Abyad on Saturday and accused the cells of planting "
            "it.",
            "a car bomb killed five people in Tal Abyad on Saturday",
            "accused",
        ),
        (  # a period's running toll raised by the event
            "A drone strike killed two men in Hajin on Monday, bringing this month's toll to 40.",
            "A drone strike killed two men in Hajin on Monday",
            "bringing",
        ),
        (  # another speaker's accusation joined by ", while"
            (
                "Army troops fired rockets toward the Omar field area, the monitor said, while the interior ministry "
                "in Damascus accused the Kurdish-led SDF of attacking its posts near Jadid Baggara first."
            ),
            "fired rockets toward the Omar field area",
            "accused",
        ),
        (  # a speaker's judgement of the event referred back to
            'State television said the raids killed nine fighters near Shaddadi and called them a "crime".',
            "the raids killed nine fighters near Shaddadi",
            "called them",
        ),
        (  # ... by a definite noun
            (
                "The ministry said the jets wounded six gunmen near Markada on Friday, describing the assault as "
                "an attempt to take the wells."
            ),
            "the jets wounded six gunmen near Markada on Friday",
            "describing",
        ),
        (  # a truce the event is timed against
            (
                "Clashes between the army and local gunmen in Amuda killed four people over three days before a "
                "ceasefire took hold on Friday, residents said."
            ),
            "Clashes between the army and local gunmen in Amuda killed four people",
            "ceasefire",
        ),
        (  # a concessive head that tells no event (a bulletin's time stamp before it)
            (
                "09:40 - Despite the deal on a truce reached on Sunday, Turkish shelling on Tal Tamr went on this "
                "morning, a spokesman said."
            ),
            "Turkish shelling on Tal Tamr went on this morning",
            "truce",
        ),
        (  # the purpose of a campaign
            "Coalition jets struck oil wells near Shaddadi on Monday, as part of its efforts to choke the militants' "
            "income.",
            "Coalition jets struck oil wells near Shaddadi on Monday",
            "efforts",
        ),
    ],
)
def test_part_of_the_sentence_that_tells_no_event_is_left_out_of_the_evidence(
    text: str, kept: str, left_out: str
) -> None:
    evidence = _evidence_texts(text)
    assert any(kept in e for e in evidence), evidence
    assert not any(left_out in e for e in evidence), evidence


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        # the incident's day stands in the opening
        (
            "On Sunday the rebels reached the bridge, while clashes erupted in Kasra, killing four fighters.",
            "On Sunday",
        ),
        # a toll after the semicolon
        ("Clashes erupted in Hajin on Tuesday; three fighters were killed.", "three fighters were killed"),
        # an event word after the semicolon
        ("A drone struck a car near Amuda on Monday; the strike set the vehicle ablaze.", "the strike set the vehicle"),
        # an event after ", after"
        ("Clashes erupted in Hajin on Tuesday, after gunmen ambushed a patrol of the police.", "ambushed a patrol"),
        # the actor named only in the opening part, by another of its names ("Regime troops" for the Syrian army)
        (
            "Regime troops pulled out of the grain depot after the rebels arrived, while clashes erupted in Kasra on "
            "Sunday, killing four fighters.",
            "Regime troops pulled out",
        ),
        # the actor named in the closing part by another of its names than the one the incident holds
        (
            "A rocket slammed into a house in the village of Tal Baydar on Monday; the Islamic State later claimed it.",
            "the Islamic State later claimed it",
        ),
        # a concessive head that tells an event of its own
        ("Despite heavy shelling, the rebels held the village of Tal Tamr on Sunday, killing four soldiers.", "heavy shelling"),
        # a judgement that is the report's own main clause, not a tail
        ("Witnesses called the raid on the bakery in Hajin on Monday a massacre, saying nine people died.", "Witnesses called"),
        # "called" with no judgement after it: the tail tells the event
        ("Gunmen stormed a house in Busayra on Friday and called the owner out before shooting him dead.", "called the owner out"),
        # a truce named without "before"/"until": no time frame of the event
        ("A mine left from the truce lines killed a shepherd near Tabni on Sunday.", "truce lines"),
        # a closing part that refers back to the person hit or to the attackers
        ("Unknown gunmen shot a man near Busayra on Friday; he was a teacher at the village school.", "a teacher"),
        (
            "Tribal gunmen stormed an SDF checkpoint in Mansoura on Friday, while their comrades blocked the main road "
            "with burning tyres.",
            "blocked the main road",
        ),
    ],
)
def test_part_that_tells_the_event_stays_in_the_evidence(text: str, whole: str) -> None:
    evidence = _evidence_texts(text)
    assert any(whole in e for e in evidence), evidence
