"""Background filter, evidence trimming: what of a sentence, or of an incident's joined sentences, is the incident's
evidence.

The rules of :mod:`mapapp.extract.background.evidence`, read through the whole extraction.
"""

from __future__ import annotations

import datetime

import pytest

from tests.extract.reading import rule_incidents
from mapapp.model import Document, EventType
from tests.extract.reading import evidence_of, read


def _evidence_texts(text: str) -> list[str]:
    found = rule_incidents(Document(text=text, published=datetime.date(2023, 5, 20)))
    return [" ".join(text[s.start : s.end] for s in incident.evidence) for incident in found]


_REAL_INCIDENT = "On Thursday, gunmen shot dead a shepherd near Markada."


def test_a_tally_clause_is_left_out_of_the_evidence_of_the_incident_beside_it() -> None:
    text = "The ministry said its operation had neutralised 30 terrorists, while in Derik a drone struck a car on Monday, killing two."
    assert _evidence_texts(text) == ["while in Derik a drone struck a car on Monday, killing two."]


@pytest.mark.parametrize(
    "statement",
    [
        # a protest, a vigil or a sit-in against an event: the event is what they protest, not one reported
        "Crowds gathered in Tabqa on Friday to condemn the drone strikes.",
        "Relatives held a sit-in in Hajin denouncing the murder of the sheikh.",
        "Students held a vigil in Raqqa for the victims of the explosion.",
        "Relatives in Hajin protested on Monday against the killing of a young man by SDF forces.",
        # a trial, a sentence or a blame: the event is what it is about
        "A court in Amuda sentenced a man to death for killing his brother.",
        "A Kurdish court tried 12 ISIS suspects for attacks in Raqqa.",
        "Ankara blames the militia for the bombing in Izmir.",
        # (the accused's part in the event told between: "over their role in", "for involvement in ..., including")
        "A court in Qamishli sentenced six men to 15 years in prison on Sunday over their role in the 2021 bombing of a market in Amuda.",
        "The tribunal jailed three men for involvement in the cell's attacks, among them the suicide attack on a checkpoint in Tabqa.",
        "Police detained three men in connection with the car bombing in Tabqa, officials said.",
        # a threat, a vow, a warning or a plan: an event that has not happened
        "Ankara threatened to begin a wider offensive on the border towns.",
        "Camp officials warned of a possible ISIS attack on the al-Hol camp.",
        # the event a truce or talks were to end
        "Clan elders negotiated a truce after clashes in Busayrah last month.",
        # a definite event given a reason abroad, or dated by another event only
        "Turkey said it carried out the strikes in retaliation for a bombing in Ankara.",
        # (every wording of lexicon.ANSWERED_EVENT_WORDS)
        "Turkey said it carried out the raids in reaction to a blast in Izmir.",
        "Turkey said it carried out the raids, avenging a blast in Izmir.",
        "Turkey said it carried out the raids, retaliating for a blast in Izmir.",
        "The raids came two days after a deadly attack in Gaziantep.",
        # habitual wording
        "The villages of Hajin witness killings from time to time.",
        "The western countryside of Hasakah sees frequent assassinations.",
        # a past battle's damage, dated by a year
        "Much of Tabqa still bears the scars of the 2017 battle.",
        # reactions: the event is what is reacted to
        "The attack drew sharp condemnation from the Kurdish parties.",
        "The shelling sparked anger among the residents of Amuda.",
        "The council held an emergency session to discuss the drone strikes.",
        "Police opened an investigation into the explosion.",
        "The ministry declined to comment on the air raid.",
        # denials, and reports declared false or still being checked
        "Ankara said the drone was not one of its aircraft.",
        "Reports that jets bombed the village of Tal Nasri on Monday are untrue, the ministry said.",
        "The army said claims that its artillery hit a school in Hajin were baseless.",
        "The command dismissed as propaganda reports that its aircraft struck a bakery in Hajin.",
        "The army said it carried out no strikes near Qamishli on Sunday.",
        "There is no evidence that civilians were harmed in the raid.",
        "The coalition is reviewing allegations that two civilians were killed in the strike.",
        # a question
        "Anyone heard anything about the shelling on Tal Nasri this morning?",
        # forecasts and fears
        "Residents say the SDF is poised to attack the last ISIS pocket near Hajin.",
        "Residents of Derbasiyah fear more air strikes.",
        # tolls over a stretch of time, and running tolls in vague numbers
        "Health officials said 11 people were killed over four days of strikes.",
        "The UN urged a pause after a week in which air strikes killed scores of civilians in Raqqa.",
        "Skirmishes along the front near Ain Issa have killed dozens of fighters.",
        "Dozens of fighters have been killed in clashes near Tal Tamr, the monitor said.",
        # an event dated by a past month in the possessive
        "The prison was sealed off after last month's ISIS assault left hundreds dead.",
        # the end of a campaign summed up
        "The SDF wrapped up a two-week security operation in the Shaddadi countryside, detaining 60 suspects.",
        "The SDF announced the end of its combing operations in the Hajin countryside.",
        # operations summed up over two countries
        "Our jets carried out an air operation against terrorist targets in northern Iraq and Syria last night.",
        "US aircraft struck militia depots on both sides of the Iraq-Syria border on Sunday, killing six fighters.",
        # aircraft that harassed another, no attack
        "The drone had been harassed by Russian fighter jets an hour earlier.",
    ],
)
def test_statement_that_is_no_incident_stays_out_of_the_evidence(statement: str) -> None:
    for text in (f"{statement} {_REAL_INCIDENT}", f"{_REAL_INCIDENT} {statement}"):
        evidence = _evidence_texts(text)
        assert any("Markada" in e for e in evidence), evidence  # the real incident is still read
        assert not any(statement in e for e in evidence), evidence


@pytest.mark.parametrize(
    "text",
    [
        "Protesters stormed a checkpoint in Hajin on Monday and clashes killed three people.",
        "ISIS, which vowed revenge, attacked a checkpoint in Thiban on Monday, killing four guards.",
        "Potential massacre committed by Turkish shelling in Ain Issa on Monday.",
        "Turkish jets struck a village near Derbasiyah on Sunday in response to the bombing.",
        "A judge said on Monday that gunmen had killed three guards in Hasakah on Sunday.",
        # the new frames leave an event told with its own details alone
        "A drone struck a car carrying mourners near Qamishli on Monday, killing two.",
        "Turkish shelling has killed two children in the village of Tal Tawil, officials said on Monday.",
        "Over the weekend, a Turkish drone struck a car near Derik, killing two fighters.",
        "Security forces completed a raid on a house in the town of Shheil on Monday, killing an ISIS emir.",
        "A drone struck a car in Qamishli on Monday, killing two; the strike drew condemnation from Kurdish parties.",
        "Jets bombed the village of Zirgan on Thursday, killing three people, a day after Ankara threatened an offensive.",
        # two countries that name or describe a party place nothing: the event is told at a place of its own or none
        "Four militiamen were killed on Monday by airstrikes of the coalition against ISIS in Syria and Iraq, the monitor said.",
        "Three soldiers were killed in a drone strike on Sunday, blamed on militias that harass coalition forces in Iraq and Syria.",
        "Is this the end? A Turkish drone struck a car near Derik on Tuesday, killing two fighters.",
        "Activists said coalition raids on Hajin killed eight civilians over the weekend.",
        "Clashes over two days in Diban killed 11 people, the monitor said.",
        "Turkish artillery could be heard shelling the village of Zirgan on Monday night.",
        "Families fled as Turkish shells hit the village of Zirgan.",
        "No group has claimed the bombing of the market in Qamishli, which killed five on Monday.",
        # a part in something judged, then an event of its own
        "The man, convicted in 2019 for his role in smuggling, was shot dead by gunmen in Hajin on Monday.",
        "Gunmen who had a role in the kidnappings attacked a checkpoint in Busayrah on Monday, killing two guards.",
        "Two men held in connection with the smuggling were killed when a drone struck their car near Derik on Monday.",
    ],
)
def test_an_event_told_with_its_own_details_under_such_wording_is_still_read(text: str) -> None:
    assert _evidence_texts(text), text


def test_background_clause_of_a_sentence_is_left_out_of_its_incident_evidence() -> None:
    text = "In Tabqa, crowds gathered to denounce the drone strikes, while in Hajin clashes killed 6 fighters."
    evidence = _evidence_texts(text)
    assert evidence == ["while in Hajin clashes killed 6 fighters."]


@pytest.mark.parametrize(
    "opening",
    ["In Tabqa, crowds gathered to protest against the drone strikes,", "In Tabqa, hundreds rallied to condemn the raids;"],
)
def test_a_protest_joined_to_an_event_at_another_place_is_left_out_of_its_evidence(opening: str) -> None:
    evidence = _evidence_texts(f"{opening} and in Hajin, clashes killed 6 fighters.")
    assert evidence == ["and in Hajin, clashes killed 6 fighters."]


@pytest.mark.parametrize(
    "state",
    [
        "The town has been witnessing intermittent Turkish bombardment for weeks.",
        "The town has been under Turkish artillery fire for months.",
        "The town has faced relentless Turkish shelling.",
    ],
)
def test_a_state_of_bombardment_kept_up_is_not_evidence_of_the_shelling_told_before(state: str) -> None:
    first = "Shells fell near the Sayda checkpoint in Ain Issa on Monday, setting a truck ablaze."
    assert _evidence_texts(f"{first} {state}") == [first]


@pytest.mark.parametrize(
    "comment",
    [
        "The raid is a reminder that ISIS remains a threat, the commander said.",
        "The raid shows that the cells are still active in the countryside.",
        "The raid drew praise from tribal elders.",
    ],
)
def test_a_comment_on_the_event_told_before_is_not_its_evidence(comment: str) -> None:
    first = "Coalition forces raided a house near Busayrah on Monday, killing an ISIS official."
    assert _evidence_texts(f"{first} {comment}") == [first]


@pytest.mark.parametrize(
    "tail",
    [", loud explosions heard as far as Markada.", "; several blasts could be heard across Markada."],
)
def test_sounds_heard_appended_to_a_report_are_not_its_evidence(tail: str) -> None:
    report = "Coalition jets bombed ISIS positions in Dashisha south of Shaddadi on Monday night"
    assert _evidence_texts(report + tail) == [report]


@pytest.mark.parametrize(
    "tail",
    [
        ", their funeral was held today in Amuda.",
        "; the four were buried on Tuesday in Qamishli.",
        ", and the town council declared two days of mourning.",
    ],
)
def test_a_funeral_or_mourning_appended_to_a_report_is_not_its_evidence(tail: str) -> None:
    # the rite after the event, at its own place and day, is no part of it
    report = "Four civilians were killed in Turkish shelling on the village of Tal Jihan on Sunday"
    assert _evidence_texts(report + tail) == [report]


@pytest.mark.parametrize(
    "text",
    [
        # (negatives: a funeral that is the event's target; people buried under rubble by the event)
        "Gunmen opened fire on a funeral in Tal Abyad on Monday, killing two mourners.",
        "A strike hit a house in Amuda on Monday, and the family were buried under the rubble.",
        "A mortar hit a funeral tent in Tal Abyad on Monday, killing three mourners at the burial.",
    ],
)
def test_a_funeral_told_as_the_event_or_its_harm_stays_in_the_evidence(text: str) -> None:
    assert _evidence_texts(text) == [text]


@pytest.mark.parametrize(
    "opening",
    [
        "Loud explosions were heard near the airport in Tabqa,",
        "Two blasts were heard in the centre of Tabqa at dawn,",
    ],
)
def test_a_clause_of_sounds_heard_is_left_out_of_the_evidence_of_the_incident_after_it(opening: str) -> None:
    # a sound heard is no event, and where it was heard is not where the incident took place
    evidence = _evidence_texts(f"{opening} while in Hajin clashes killed 6 fighters.")
    assert evidence == ["while in Hajin clashes killed 6 fighters."]


@pytest.mark.parametrize(
    "tail",
    [", an accusation the army has always denied.", ", but the Turkish defence ministry denied it."],
)
def test_a_denial_appended_to_the_report_is_not_its_evidence(tail: str) -> None:
    text = f"Turkish jets bombed a grain silo in Tal Kocer on Sunday, the Kurdish administration said{tail}"
    incidents = read(text)
    assert len(incidents) == 1
    assert "denied" not in evidence_of(incidents[0], text)


@pytest.mark.parametrize(
    "campaign",
    ["after a week of clashes that killed some 200 people", "after a three-month battle which left 150 fighters dead"],
)
def test_a_campaign_toll_after_a_capture_is_not_the_capture_toll(campaign: str) -> None:
    text = f"Government forces retook the town of Al-Quriyah on Thursday {campaign}."
    incidents = read(text)
    assert len(incidents) == 1
    assert incidents[0].killed is None
    assert "clashes that" not in evidence_of(incidents[0], text) and "battle which" not in evidence_of(incidents[0], text)


# --- Tails of an incident's evidence that tell no part of it (background.trim_background_tails) and statements told
# beside an incident (an appeal to end it, an accusation, a denial of a role in it): the incident keeps its figures,
# its evidence leaves them out.
@pytest.mark.parametrize(
    ("event", "tail"),
    [
        ("Gunmen shot dead a farmer in the village of Tal Hamis on Tuesday", ", bringing to 15 the number of people killed in the area since January"),
        ("A roadside bomb killed two fighters near Busayrah on Sunday", ", raising the death toll from such attacks this year to 42"),
        ("Two women were stabbed to death in the camp on Monday", ", which brings the total number of victims in the camp to 19"),
        ("Shells hit the village of Zeer on Friday, killing a girl", ", and held the army and its militias fully responsible"),
        ("Artillery shelled the village of Hoshan on Thursday, killing a shepherd", ", holding Ankara responsible for the attack"),
        ("A car exploded near the bakery in Tal Abyad at noon, wounding five civilians", ", God curse the criminals"),
        ("A mine killed a child near Abu Khashab on Sunday", "; may God have mercy on the martyrs"),
        ("A drone hit a motorbike near Amuda on Tuesday, killing one man; a second man was injured", " and taken to the national hospital"),
        ("Gunmen fired on a bus near Shaddadi on Monday, wounding four passengers", ", who were rushed to a clinic in the town"),
        ("Clashes in the city of Qamishli on Sunday killed three, an official said", ", after weeks of tension over a siege"),
        ("Tribal fighters attacked a checkpoint in Diban on Monday, killing two", ", amid rising tensions between the two sides"),
        ("Gunmen killed a shepherd near Markada on Friday", ", taking to seven the number of civilians killed there this month"),
        ("A drone hit a post near the camp on Sunday, killing three guards, the SDF said", ", warning of a mass breakout"),
        ("Jets struck a depot near Hajin on Monday, killing four militiamen", ", vowing to strike again if attacked"),
        ("A drone killed two men near Tal Hamis on Friday, officials said", ", calling on the guarantors to stop the raids"),
        ("A jet killed a commander near Tabqa on Monday, the army said", ", days after its planes were chased by rival fighters"),
        ("A mortar shell killed a boy in Hajin on Tuesday", ", a week before the truce was signed"),
        ("A sniper killed a nurse in the old quarter on Sunday", ", a neighbourhood that had been cut off for two years"),
        ("A bomb killed three people near the clock square on Monday", ", once used by the group for public punishments"),
        ("A bomb killed six people in the market of Tal Abyad on Monday", ", which the ministry blamed on the YPG"),
        ("A car bomb killed a guard in Shaddadi on Friday", "; the tribe blamed the SDF, which denied it"),
        ("Rockets hit a base near Omar field on Tuesday, wounding two soldiers", ", the second such attack in a week"),
        ("Jets bombed militant positions near Maadan on Monday, killing nine", ", saying its aircraft also dropped food parcels over two encircled hamlets"),
        ("Shelling killed two fighters near Tabni on Monday", ", bringing the dead since the siege started to about 200"),
        ("Clashes in Gharanij on Friday killed five tribesmen", ", while a local network put the overall toll since May 3 at 61"),
    ],
)
def test_a_background_tail_is_cut_from_the_evidence(event: str, tail: str) -> None:
    text = f"{event}{tail}."
    incidents = read(text)
    assert len(incidents) == 1
    assert incidents[0].killed is not None or incidents[0].injured is not None
    evidence = evidence_of(incidents[0], text)
    assert evidence.startswith(event[:20]) and tail.strip(",; ")[:15] not in evidence


@pytest.mark.parametrize(
    "head",
    [
        "In response to the deadly attack on the ministry in the capital, ",
        "In retaliation for the treacherous attack on our base; ",
        "To avenge the soldiers killed last week, ",
        # (every wording of lexicon.ANSWERED_EVENT_WORDS)
        "As a reprisal for the ambush on its convoy, ",
        "In reaction to the ambush on its convoy, ",
    ],
)
def test_a_head_naming_the_answered_event_is_cut_from_the_evidence(head: str) -> None:
    report = "Turkish jets struck targets near the town of Derik on Sunday, killing three fighters."
    text = head + report
    incidents = read(text)
    assert len(incidents) == 1
    assert evidence_of(incidents[0], text) == report


def test_a_follow_up_sentence_keeps_its_toll_but_not_the_hospital() -> None:
    text = "A mine exploded near the village of Abu Khashab on Sunday, killing a child. His brother was wounded and transferred to a hospital in Hasakah."
    incidents = read(text)
    assert len(incidents) == 1 and incidents[0].injured is not None and incidents[0].injured.low == 1
    assert "His brother was wounded" in evidence_of(incidents[0], text)
    assert "hospital" not in evidence_of(incidents[0], text)


@pytest.mark.parametrize(
    "statement",
    [
        "The rights group urges world powers to halt the drone campaign over the region.",
        "The council urged the guarantors to halt the Turkish attacks on the region.",
        "Activists called on the United Nations to put an end to the assassinations in the camp.",
        "The administration appealed to the coalition to stop the drone strikes on civilians.",
        "The Turkish ministry blamed the Kurdish YPG militia for the car bomb.",
        'Ankara accused the "PKK/YPG" of the attack, without offering evidence.',
        "The SDF denied any role in the bombing.",
        "The group rejected responsibility for the attack.",
    ],
)
def test_an_appeal_accusation_or_denial_after_an_incident_is_not_its_evidence(statement: str) -> None:
    text = f"A drone struck a car near the village of Derik on Monday, killing two men. {statement}"
    incidents = read(text)
    assert len(incidents) == 1
    assert incidents[0].killed is not None and incidents[0].killed.low == 2
    assert statement[:20] not in evidence_of(incidents[0], text)
    assert read(statement) == []


@pytest.mark.parametrize(
    ("opening", "event"),
    [
        ("The Turkish leader said on Sunday that his troops would soon begin a new campaign against the Kurdish militia",
         "Turkish forces shelled the village of Tal Shaair near Ain Issa"),
        ("Ankara threatened on Monday to start a new offensive", "its drones struck a car near Amuda, killing two"),
        ("The SDF vowed to retaliate", "clashes went on near the village of Abu Hamam on Friday, killing four"),
    ],
)
def test_a_threat_told_first_and_joined_by_while_is_not_the_events_evidence(opening: str, event: str) -> None:
    text = f"{opening}, while {event}."
    incidents = read(text)
    assert len(incidents) == 1
    evidence = evidence_of(incidents[0], text)
    assert event[:20] in evidence and opening[:20] not in evidence


def test_two_events_joined_by_while_keep_their_own_evidence() -> None:
    text = "A drone struck a car near Amuda on Monday, killing two, while shelling hit the village of Hoshan."
    assert len(read(text)) == 2


def test_a_running_toll_naming_other_events_leaves_the_incidents_type_and_is_no_evidence() -> None:
    text = "Gunmen shot dead a farmer in the village of Tal Hamis on Tuesday, bringing the number of civilians killed by drones this year to 61."
    incidents = read(text)
    assert [i.event_type for i in incidents] == [EventType.ATTACK]
    assert "drones" not in evidence_of(incidents[0], text)


def test_a_blame_with_its_own_subject_is_cut_and_a_plan_before_meanwhile_is_no_evidence() -> None:
    blamed = "A car bomb exploded in Ras al-Ain on Sunday, killing four people, and the ministry held the YPG responsible for the blast."
    incidents = read(blamed)
    assert len(incidents) == 1 and "held" not in evidence_of(incidents[0], blamed)
    planned = "Officials said they planned to step up patrols; meanwhile, a bomb exploded near a checkpoint in Hajin, wounding two."
    incidents = read(planned)
    assert len(incidents) == 1 and "patrols" not in evidence_of(incidents[0], planned)


@pytest.mark.parametrize(
    ("text", "aside"),
    [
        # a blame naming its party with a slash, a measure taken after the event: what is said or done after the
        # event told before, not a part of its report
        ("A car bomb killed four people in Qamishli on Friday. Officials blame the TAK/PKK for the bombing.", "blame"),
        (
            "#Tabqa: French jets struck the town's stadium last night, heavy blasts felt across the town. No civilian "
            "casualties reported so far\n\n#Tabqa: The militants cut the phone lines in the town after the strikes.",
            "cut",
        ),
    ],
)
def test_what_is_said_or_done_after_an_event_stays_out_of_its_evidence(text: str, aside: str) -> None:
    found = read(text)
    assert len(found) == 1
    assert aside not in evidence_of(found[0], text)


def test_a_death_ranked_in_a_seasons_count_is_cut_from_the_evidence() -> None:
    text = "A mine exploded in the desert near Shaddadi on Monday, killing a shepherd; it is the 4th such death this month."
    found = read(text)
    assert len(found) == 1
    assert "such death" not in evidence_of(found[0], text) and "shepherd" in evidence_of(found[0], text)


def test_a_toll_since_the_battle_began_told_after_the_event_is_neither_its_toll_nor_its_evidence() -> None:
    event = "Government troops took the Sukhna crossroads on Tuesday after clashes with ISIS that lasted two days"
    text = f"{event}, with about 120 militants killed since the offensive began."
    incidents = read(text)
    assert len(incidents) == 1
    assert incidents[0].killed is None
    assert evidence_of(incidents[0], text) == event


@pytest.mark.parametrize(
    "text",
    [
        # the event just told, ranked by a digit ordinal, the post numbered in its thread
        "Gunmen shot a shepherd near Tal Hamis on Monday. 2/ This is the 3rd attack in Tal Hamis in June.",
        "A drone hit a car near Derbasiyah on Monday, killing two. Thread 1/ This is the 5th drone strike in Hasakah in June.",
        "Gunmen shot a shepherd near Tal Hamis on Monday. It was the 3rd attack in Tal Hamis in June.",
    ],
)
def test_a_ranking_by_a_digit_ordinal_or_after_a_post_number_is_not_evidence(text: str) -> None:
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 6, 20)))
    assert len(found) == 1
    assert [span.text for span in found[0].evidence] == [text.split(". ")[0] + "."]
    assert found[0].date is not None and found[0].date.value == datetime.date(2024, 6, 17)


@pytest.mark.parametrize(
    "text",
    [
        # a post number before an event told; an ordinal naming no rank of the event; a rank with a toll of its own
        "3/ A drone hit a car near Derbasiyah on Monday, killing two.",
        "This 2nd battalion was hit by an airstrike near Derbasiyah on Monday, killing two.",
        "This is the 6th drone strike in Hasakah this month, and it killed two fighters near Derbasiyah on Monday.",
    ],
)
def test_an_event_told_after_a_post_number_or_beside_an_ordinal_stays(text: str) -> None:
    assert len(rule_incidents(Document(text=text, published=datetime.date(2024, 6, 20)))) == 1


@pytest.mark.parametrize("blanks", [1, 2, 40])
def test_a_tail_after_a_run_of_blanks_starts_at_the_runs_first_blank(blanks: int) -> None:
    # the combined tail pattern starts no match inside a run of blanks (linear on long runs), and still finds a tail
    # that opens on blanks from the run's first one
    from mapapp.extract.background.evidence import _background_tail

    event = "A drone hit a truck near Amuda"
    assert _background_tail(event + ", and" + " " * blanks + "accused the cells of it") == len(event)
    assert _background_tail(event + " " * blanks + "before a truce began") == len(event)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # what the place has witnessed as a state of affairs, after the event told
        (
            "A mine blew up a tractor near Kasrat on Sunday, killing a farmer, in an area that has seen many such blasts.",
            "A mine blew up a tractor near Kasrat on Sunday, killing a farmer",
        ),
        # an expectation or a fear told after the event
        (
            "Shells hit the market of Tal Tamr on Sunday, killing four, and the toll is likely to rise further.",
            "Shells hit the market of Tal Tamr on Sunday, killing four",
        ),
        (
            "A car bomb wounded nine people in Qamishli on Sunday, as shopkeepers say they fear more bombings.",
            "A car bomb wounded nine people in Qamishli on Sunday",
        ),
    ],
)
def test_a_place_record_or_an_expectation_after_the_event_is_left_out_of_its_evidence(text: str, kept: str) -> None:
    found = read(text)
    assert len(found) == 1
    assert evidence_of(found[0], text).rstrip(" ,") == kept


def test_fear_as_a_noun_after_the_event_opens_no_tail() -> None:
    # ("in fear" is how the people fled, not a fear or an expectation told after the report)
    from mapapp.extract.background.evidence import _background_tail

    text = "Shells hit the village of Tabni on Sunday, as families ran in fear toward the river."
    assert _background_tail(text) is None


@pytest.mark.parametrize(
    ("event", "tail"),
    [
        ("A car bomb went off near the bakery of Tal Halaf on Sunday, wounding five people", " where the troops of the occupation and their allies are positioned"),
        ("A bomb killed two men at a roundabout in Tal Abyad on Monday", ", which is held by the army and allied rebel groups"),
        ("Shells killed a boy in the town of Hajin on Friday", ", where the army and the SDF control the two banks of the river"),
    ],
)
def test_who_holds_the_place_now_is_cut_from_the_evidence(event: str, tail: str) -> None:
    text = f"{event}{tail}."
    incidents = read(text)
    assert len(incidents) == 1
    evidence = evidence_of(incidents[0], text)
    assert evidence.startswith(event[:20]) and tail.strip(",; ")[:15] not in evidence
