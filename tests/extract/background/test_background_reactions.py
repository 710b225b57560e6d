"""Background filter, reactions, denials, judgements and plans: an event reacted to, denied, judged or threatened is not
told.

The rules of :mod:`mapapp.extract.background.reactions`, read through the whole extraction.
"""

from __future__ import annotations

import datetime

import pytest

from tests.extract.reading import rule_incidents
from mapapp.model import Document
from tests.extract.reading import count, evidence_of, read


def test_a_denial_is_a_reaction_not_an_incident() -> None:
    assert count("The army denied the reports, saying there were no air strikes over the town on Monday night.") == 0


def test_quoted_words_with_no_toll_or_place_are_a_reaction() -> None:
    text = (
        "Gunmen shot dead two SDF fighters in the village of Gharanij on Monday.\n\n"
        "\u201cHowever hard the fighting gets in the east of the province, the cells will be defeated,\u201d "
        "the SDF commander said."
    )
    found = rule_incidents(Document(text=text))
    assert len(found) == 1
    assert all("However hard" not in span.text for span in found[0].evidence)


def test_quoted_witness_naming_a_place_is_still_read() -> None:
    text = "\u201cA drone struck a car in the Hilaliya district of Qamishli at noon,\u201d a local source told reporters."
    assert count(text) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Residents of Tabia held a protest demanding an end to assassinations in the town.",
        "People in Tabia demonstrated against the shelling of their village.",
    ],
)
def test_events_protested_against_are_no_incident(text: str) -> None:
    assert rule_incidents(Document(text=text)) == []


def test_an_event_told_before_a_protest_against_it_is_kept() -> None:
    found = rule_incidents(Document(text="Shelling hit Tabia on Monday, and residents protested against the shelling."))
    assert len(found) == 1


@pytest.mark.parametrize(
    "remark",
    [
        'The regional council called the raid a "massacre".',
        "Officials in Damascus described the bombardment as a crime against civilians.",
        "The Kurdish administration branded the shelling an act of aggression.",
    ],
)
def test_a_speaker_naming_the_event_adds_nothing_to_it(remark: str) -> None:
    text = f"Turkish artillery shelled the village of Umm Keif on Monday, wounding two farmers. {remark}"
    incidents = read(text)
    assert len(incidents) == 1
    assert remark not in evidence_of(incidents[0], text)


def test_an_event_named_as_the_cause_of_a_risk_is_not_an_incident() -> None:
    text = "The monitor warned on Sunday that the bridge at Al-Kasrah could fall at any moment because of the air strikes."
    assert read(text) == []


def test_a_negated_event_word_adds_nothing() -> None:
    text = (
        "A mine exploded under a minibus near Al-Karama on Monday, killing three passengers. "
        "The army left the area and never cleared the mines, residents said."
    )
    incidents = read(text)
    assert len(incidents) == 1
    assert "never cleared" not in evidence_of(incidents[0], text)


@pytest.mark.parametrize(
    "text",
    [
        "The task force said it had not launched any strikes around Raqqa on April 4 or 5.",
        "A spokesman said the alliance had not carried out any air raids near Al-Busayrah on Friday.",
        "Officials said Turkish troops did not fire any mortar shells at Amuda on Tuesday.",
    ],
)
def test_an_event_denied_through_any_on_a_day_is_not_an_incident(text: str) -> None:
    # the negative "any" before the event word: no event at all, even when the clause names its day
    assert read(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # (negatives: "any" after the event word, a toll told, another clause's event)
        "Jets struck a depot near Al-Busayrah on Friday; the alliance did not give any figures.",
        "A car bomb went off in Amuda on Friday, and no group has claimed any responsibility.",
        "The guards said they did not see any gunmen before the blast that killed two men in Amuda on Friday.",
    ],
)
def test_an_event_told_beside_a_negated_any_stays_an_incident(text: str) -> None:
    assert len(read(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        # (a preposition between "any" and the event word: the denied thing is another, the event happened)
        "The army did not report any casualties from shelling on Tal Hamis on Monday.",
        "Medics had not found any victims after shelling hit Tal Hamis on Monday.",
        "Villagers have not received any aid since shelling hit Tal Hamis on Monday.",
    ],
)
def test_an_event_after_a_negated_any_and_a_preposition_stays_an_incident(text: str) -> None:
    assert len(read(text)) == 1


def test_an_event_a_threat_answers_is_not_an_incident() -> None:
    text = "Ankara vowed on Tuesday that it would strike SDF positions following the bombing of a police station in Mardin."
    assert read(text) == []


def test_an_event_after_which_civilians_fled_stays_an_incident() -> None:
    text = "Families fled the village of Al-Jurdi after an air strike on Monday, residents said."
    assert len(read(text)) == 1


@pytest.mark.parametrize(
    ("statement", "left_out"),
    [
        (" The group denied it had carried out the attack.", "denied"),
        (" The army denies they were behind the bombing.", "denies"),
    ],
)
def test_a_denial_without_that_is_no_evidence(statement: str, left_out: str) -> None:
    text = f"A car bomb exploded near a checkpoint in Manbij on Sunday, killing five people.{statement}"
    incidents = read(text)
    assert len(incidents) == 1 and left_out not in evidence_of(incidents[0], text)


def test_a_claim_with_its_own_toll_and_place_is_the_report_of_the_event() -> None:
    text = "The group claimed the bombing near Shaddadi that killed two soldiers on Monday."
    found = read(text)
    assert len(found) == 1 and found[0].killed is not None and found[0].killed.low == 2


@pytest.mark.parametrize(
    "text",
    [
        "A sniper shot dead three SDF fighters by the Tabqa dam on Thursday. An officer says the battle will be over in a few days.",
        "Jets struck a depot near Hajin on Monday. Officials are training fighters for the battle for Hajin, which they expect to begin within weeks.",
    ],
)
def test_a_campaigns_course_forecast_is_no_part_of_an_incident(text: str) -> None:
    found = read(text)
    assert len(found) == 1
    assert not any(word in evidence_of(found[0], text) for word in ("will be over", "expect to begin"))


def test_a_forecast_after_a_deadly_event_leaves_it_an_incident() -> None:
    found = read("The clashes, which killed four fighters near Hajin on Monday, are expected to end soon.")
    assert len(found) == 1 and found[0].killed is not None and found[0].killed.low == 4


def test_a_denied_report_of_an_event_is_no_incident_even_with_its_place() -> None:
    assert count("Police in Tabqa denied reports of a new blast near the Naim roundabout on Friday.") == 0
    assert count("A mine went off in Hajin, killing a boy. Officials dismissed rumours of another explosion at the bridge in Shaafah.") == 1
    # the report denied is of a toll: the strike it names happened
    assert count("The coalition denied reports of civilian deaths in its strike on a bakery in Hajin on Monday.") == 1


def test_work_suspended_over_the_events_leaves_them_out_of_the_incident_told_before() -> None:
    # the suspension's reason is no event of the report, nor evidence of the shelling told before it
    text = (
        "Kobani: three civilians were wounded in shelling on the village of Zormikhar. "
        "The council said it was suspending work at the border crossing because of the Turkish attacks."
    )
    found = rule_incidents(Document(text=text, published=datetime.date(2022, 11, 30)))
    assert len(found) == 1
    assert all("suspended" not in span.text for span in found[0].evidence)


@pytest.mark.parametrize(
    "text",
    [
        "Aid groups resumed deliveries to the camp after a pause of ten days over Turkish bombardment around Amuda.",
        "The alliance announced on Friday that it had halted joint patrols due to Turkish drone strikes.",
    ],
)
def test_work_suspended_or_resumed_over_events_is_no_incident(text: str) -> None:
    assert rule_incidents(Document(text=text, published=datetime.date(2022, 11, 30))) == []


@pytest.mark.parametrize(
    "text",
    [
        # a strike with its toll, or a suspension's own event told
        "The council suspended classes after Turkish shelling killed two pupils in Amuda on Monday.",
        "Clashes resumed over the village of Kasra on Monday, killing three fighters.",
    ],
)
def test_an_event_told_beside_a_suspension_keeps_its_incident(text: str) -> None:
    assert rule_incidents(Document(text=text, published=datetime.date(2022, 11, 30))) != []


# --- What an arrest or a trial is about: the court's day is not the event's, a plot is not an event.


@pytest.mark.parametrize(
    "text",
    [
        "A court in Hasakah on Sunday sentenced three men to death for their role in a bombing that killed nine people "
        "in the town of Shaddadi.",
        "Our units report detaining three men who were planning attacks in the town of Amuda.",
    ],
)
def test_the_event_a_court_or_an_arrest_is_about_is_no_incident(text: str) -> None:
    assert read(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the toll and the day told after the sentence are the event's own
        "A court sentenced three men for a bombing on Sunday that killed nine people in the town of Shaddadi.",
        # planners killed in a raid: the raid is told
        "Militants who had plotted the bombing of a market in Amuda were killed in a raid on Tuesday.",
        # a raid in which the accused were arrested, told on its own
        "US forces and the SDF detained four men suspected of links to the group during a raid in the village of Kasra.",
        # "planning" with the clause's own event after it: the fire is the news
        "A cell that was planning operations came under fire from SDF fighters in Hajin.",
    ],
)
def test_an_event_told_beside_a_trial_or_a_plot_is_kept(text: str) -> None:
    assert len(read(text)) == 1


# --- A denial of reports named with a modifier.


@pytest.mark.parametrize(
    "text",
    [
        "Officials in Qamishli on Monday denied social-media reports that a roadside bomb had hit a patrol near Tal Tamr.",
        "The Asayish denied local media reports of a second blast near the roundabout in Amuda.",
    ],
)
def test_an_event_denied_is_no_incident(text: str) -> None:
    assert read(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Officials found no information of casualties after drones struck a depot on Monday.",
        "The SDF denied reports that its fighters had shelled a market in Kasra. A mortar killed two men in Hajin on Monday.",
        # the words before "reports" tell what the denial is of, not which reports: the reports are not denied
        "Turkey denied responsibility but reports that its drone hit a car near Amuda on Monday were confirmed by "
        "residents.",
        "The SDF denied involvement while reports that gunmen shot a man in Hajin on Sunday spread online.",
    ],
)
def test_an_event_told_beside_a_doubt_or_a_denial_is_kept(text: str) -> None:
    assert len(read(text)) >= 1


def test_an_event_said_not_to_have_happened_with_nobody_hurt_is_no_incident() -> None:
    text = (
        "Officials in Amuda denied social-media reports that a roadside bomb had hit a patrol near Tal Tamr. "
        '"There was no blast, and not one person got hurt," an Asayish officer told reporters.'
    )
    assert read(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a headline's zero is the toll of an event that happened, not an event denied
        "No injuries after mortar shells hit Qamishli on Monday.",
        "No deaths in car bomb blast at Raqqa checkpoint.",
        "No victims as drone strikes car near Amuda.",
    ],
)
def test_an_event_under_a_zero_toll_headline_is_still_told(text: str) -> None:
    assert len(read(text)) == 1


def test_an_event_told_with_nobody_hurt_is_still_told() -> None:
    text = "A roadside bomb hit a patrol near Tal Tamr on Monday. No one was hurt in the explosion."
    incidents = read(text)
    assert len(incidents) == 1 and incidents[0].killed is not None and incidents[0].killed.high == 0


@pytest.mark.parametrize(
    "text",
    [
        "People in Amuda rallied on Sunday to protest Ankara's threats to attack their town.",
        "Hundreds marched in Derbasiyah to protest the shelling of the village of Kasra.",
    ],
)
def test_the_event_a_protest_takes_as_its_object_is_no_incident(text: str) -> None:
    assert read(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Protests broke out in Qamishli after a drone strike killed a girl in Amuda on Monday.",
        "A drone strike killed a girl in Amuda on Monday, protesting residents said.",
        # "protest" with no object: the event is what befell the protesters
        "Residents gathered to protest when gunmen stormed the council building in Hajin.",
        "Students protesting in Raqqa were attacked by gunmen on Tuesday.",
        "Protesting farmers were fired upon by Turkish border guards near Derbasiyah.",
        "Residents took to the streets to protest after Turkish shelling hit the town of Tal Tamr on Sunday.",
    ],
)
def test_an_event_that_set_off_protests_is_still_told(text: str) -> None:
    assert len(read(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The militants said on Sunday they had blown up an army vehicle with a roadside bomb near Markada, a claim "
        "that could not be independently verified.",
        "The ministry said its jets destroyed two depots outside Shaddadi on Friday, claims Reuters has not confirmed.",
        "Pro-government media said the army killed a rebel commander in Muhasan, an unverified claim.",
        "The faction says it ambushed a patrol west of Tal Hamis (a claim which has not yet been confirmed).",
        "The cell claimed it had killed 15 guards near Mayadin on Friday, claims that couldn't be verified.",
    ],
)
def test_a_report_called_a_claim_left_unverified_is_no_incident(text: str) -> None:
    assert read(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the figure, not the event, left unverified
        "A car bomb killed nine people in Shaddadi on Friday, a toll that could not be independently verified.",
        # a separate sentence doubting the claim: the event is still reported
        "The SDF said a mine exploded under a truck near Markada on Sunday, killing two. The claim could not be verified.",
        # a claim denied: the event told, only its authorship disputed
        "Gunmen shot dead a teacher in Hajin on Monday, a claim of responsibility the cells have denied.",
        # a claim confirmed
        "The group said it shelled a post near Tal Tamr on Sunday, a claim later confirmed by the monitor.",
        # the event told as a fact, its source doubted in the aside (no claimant's saying before the event word)
        (
            "An airstrike hit a school in Busayrah on Friday, killing eight children, activists said, a claim the "
            "coalition has not confirmed."
        ),
        (
            "Two rockets landed in Tal Abyad on Sunday, wounding four, according to the ministry, claims that have "
            "not been verified."
        ),
    ],
)
def test_an_event_whose_figure_or_authorship_is_doubted_is_still_told(text: str) -> None:
    assert len(read(text)) == 1


def test_a_claim_in_another_clause_leaves_the_event_told_before_it() -> None:
    text = (
        "Jets bombed the market in Hajin on Monday, killing 12 civilians, while the cell said it shot down a drone "
        "over Susah, a claim that could not be verified."
    )
    assert [i.primary_toponym.text for i in read(text) if i.primary_toponym] == ["Hajin"]


@pytest.mark.parametrize(
    "text",
    [
        "April 4, 2018, near Markada, Syria. The review found insufficient information to assess whether a Coalition "
        "strike killed two civilians.",
        "Not enough evidence was found to determine that an air strike hit the farm near Gharanij on May 2.",
        "March 9, near Shaddadi: insufficient evidence to conclude that the raid killed a shepherd.",
    ],
)
def test_an_assessment_finding_too_little_to_say_the_event_happened_is_no_incident(text: str) -> None:
    assert read(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the information short is about the toll, told after the event
        "A drone strike hit a car near Amuda on Sunday; there is insufficient information to assess the toll.",
        # too little to say who did it, not whether it happened
        (
            "Insufficient information was available to determine who carried out the bombing that killed four "
            "people in Shaddadi on Monday."
        ),
        "Coalition jets struck a depot near Markada on May 2, killing a guard, the command said after it had "
        "enough information to assess the strike.",
    ],
)
def test_an_event_told_before_a_short_assessment_is_still_told(text: str) -> None:
    assert len(read(text)) == 1


def test_an_assessment_frame_is_found_before_the_event_word_not_an_earlier_use_of_it() -> None:
    # the frame "too little information to assess that" stands before the event's "strike", after the records' one
    text = (
        "After a look at the strike records, there was too little information to assess whether a strike near "
        "Hajin on March 2 killed two civilians."
    )
    assert count(text) == 0


@pytest.mark.parametrize(
    "text",
    [
        "A commander told reporters that the news circulated by the group's channel of killing two guards near Hajin was untrue.",
        "Officials said the reports from local pages that a drone killed a farmer in Kasra on Monday were false.",
    ],
)
def test_a_report_named_with_its_source_and_declared_false_is_no_incident(text: str) -> None:
    assert read(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # ("from" or "in" and a place before "of": the place the reports come from, not a report of the event)
        "Reports from the village of Hajin said a drone killed two men, but the first counts were inaccurate.",
        "Accounts in the district of Shuhayl say gunmen shot a shepherd on Monday, and rumours of a second victim "
        "were false.",
    ],
)
def test_reports_from_a_place_with_a_detail_declared_false_still_tell_the_incident(text: str) -> None:
    assert count(text) == 1


def test_a_report_named_with_a_bare_by_and_declared_false_is_no_incident() -> None:
    assert read("Officials said the news by the group's channel of killing a guard near Hajin was untrue.") == []


def _verdicts(text: str) -> list[str]:
    """The verdicts of the mentions of one sentence of our own."""
    from mapapp.extract.background import classify_sentence
    from mapapp.extract.mentions import read_sentence
    from mapapp.extract.sentences import Sentence
    from mapapp.extract.toponyms import find_governorates

    reading = read_sentence(text, Sentence(0, 0, len(text)), find_governorates(text), None)
    classify_sentence(reading)
    return [mention.verdict for mention in reading.mentions]


@pytest.mark.parametrize(
    "text",
    [
        # a blame laid on someone for an event told before: who did it, not what happened
        "The defence ministry blamed the attack on the YPG.",
        "Officials said they believe sleeper cells are behind these murders.",
    ],
)
def test_a_blame_for_an_event_is_a_reaction(text: str) -> None:
    assert _verdicts(text) == ["reaction"]


@pytest.mark.parametrize(
    "text",
    [
        # (negatives: a blame told with a toll; "behind" as a place)
        "The defence ministry blamed the attack on the market of Tal Abyad, which killed five, on the YPG.",
        "Gunmen who were behind the wall opened fire on a patrol near Hajin.",
    ],
)
def test_an_event_told_with_a_toll_or_a_place_behind_stays(text: str) -> None:
    assert _verdicts(text) == ["candidate"]


def test_an_accusation_for_an_event_keeps_out_of_its_evidence() -> None:
    text = (
        "A car bomb went off in Tal Abyad on Saturday, killing 13. "
        "The minister accused the YPG along with the PKK and their allies for the explosion targeting the market."
    )
    (incident,) = read(text)
    assert "accused" not in evidence_of(incident, text)
