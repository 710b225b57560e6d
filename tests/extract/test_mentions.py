"""Event mentions: a violent death with no event word at a named place is an incident of type other; an accident
is not."""

from __future__ import annotations

import datetime

import pytest

from tests.extract.reading import rule_incidents
from mapapp.extract.mentions import EventMention, read_sentence
from mapapp.extract.sentences import Sentence
from mapapp.extract.toponyms import find_governorates
from mapapp.model import Document, EventType


@pytest.mark.parametrize(
    "text",
    [
        "A man was killed by coalition fire during a search operation in Hajin.",
        "Two men were killed by heavy army fire in the village of Abu Hamam.",
    ],
)
def test_gunfire_is_no_blaze(text: str) -> None:
    assert [i.event_type for i in rule_incidents(Document(text=text))] == [EventType.OTHER]


@pytest.mark.parametrize(
    "text",
    [
        "Two farmers were killed in a fire in the village of Tal Baydar on Monday.",
        "Three workers were killed when a fire broke out at a depot in Shaddadi.",
    ],
)
def test_a_blaze_is_an_accident(text: str) -> None:
    assert rule_incidents(Document(text=text)) == []


def test_a_death_of_wounds_told_before_its_cause_is_the_toll_of_the_cause() -> None:
    text = "A farmer died of his wounds on Friday, a day after he was hit by shelling on the village of Tabia."
    (incident,) = rule_incidents(Document(text=text))
    assert incident.event_type is EventType.SHELLING
    assert incident.killed is not None and (incident.killed.low, incident.killed.high) == (1, 1)


def test_a_body_found_before_the_abduction_told_is_its_dead_and_place() -> None:
    text = "The body of a young man was found near the village of Tabia, two days after he was abducted by gunmen."
    (incident,) = rule_incidents(Document(text=text))
    assert incident.killed is not None and (incident.killed.low, incident.killed.high) == (1, 1)
    assert incident.primary_toponym is not None and incident.primary_toponym.text == "Tabia"


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("The body of an old shepherd was found near the village of Tabia on Sunday.", 1),
        ("Three bodies were recovered from a ditch outside Markada on Thursday.", 3),
        ("A teacher was found dead in his shop in the town of Hajin on Sunday.", 1),
    ],
)
def test_a_body_found_with_no_cause_told_is_an_attack(text: str, dead: int) -> None:
    (incident,) = rule_incidents(Document(text=text))
    assert incident.event_type is EventType.ATTACK
    assert incident.killed is not None and (incident.killed.low, incident.killed.high) == (dead, dead)


def test_the_body_of_someone_told_before_is_no_new_attack() -> None:
    text = "A shepherd went missing near Markada on Friday. His body was found near Tabia on Sunday."
    assert rule_incidents(Document(text=text)) == []


def test_bodies_taken_from_a_mass_grave_are_no_attack() -> None:
    text = "Rescuers said on Sunday that eleven bodies were recovered from a mass grave outside Markada."
    assert rule_incidents(Document(text=text)) == []


def test_a_body_found_after_an_accident_is_no_attack() -> None:
    text = "A fisherman drowned and his body was found in the river near Markada on Sunday."
    assert rule_incidents(Document(text=text)) == []


def _tolls(text: str) -> list[tuple[str, int | None, int | None]]:
    found = rule_incidents(Document(text=text))
    return [
        (i.toponyms[0].span.text, i.killed.low if i.killed else None, i.killed.high if i.killed else None) for i in found
    ]


def test_a_toll_told_with_one_listed_target_is_that_target_s_alone() -> None:
    # the list gives its toll item by item: the other items get none (the total is not every item's toll)
    assert _tolls("Drones struck a bakery in Amuda, killing four workers, and a checkpoint near Derik on Friday.") == [
        ("Amuda", 4, 4),
        ("Derik", None, None),
    ]
    assert _tolls("Jets hit a silo in Amuda, a depot near Zirgan and a post in Derik, where two guards were killed.") == [
        ("Amuda", None, None),
        ("Zirgan", None, None),
        ("Derik", 2, 2),
    ]
    # one toll for the whole list bounds each item (the text does not tell how it divides)
    assert _tolls("Drones struck a silo in Amuda and a depot in Derik on Friday, killing nine.") == [
        ("Amuda", 0, 9),
        ("Derik", 0, 9),
    ]


def test_each_listed_target_takes_its_own_day() -> None:
    found = rule_incidents(
        Document(text="Drones hit a car in Amuda on Monday and a house in Derik on Tuesday.", published=datetime.date(2024, 3, 7))
    )
    assert [(i.toponyms[0].span.text, str(i.date.value)) for i in found] == [  # type: ignore[union-attr]
        ("Amuda", "2024-03-04"),
        ("Derik", "2024-03-05"),
    ]


# --- The event another answered or followed is named with its place: that place is not this event's.
@pytest.mark.parametrize(
    "text",
    [
        "In response to the attack in Ankara, Turkish jets struck targets near Derik on Sunday.",
        "In retaliation for the bombing in Istanbul, Turkish drones hit a checkpoint in Amuda, killing two guards.",
        "Turkish warplanes struck a power station in Qahtaniyah on Friday following Wednesday's attack in Ankara.",
        "Turkish drones shelled the village of Zirgan after the deadly attack on the ministry in Ankara.",
    ],
)
def test_the_place_of_the_answered_event_is_not_the_strike_s(text: str) -> None:
    found = rule_incidents(Document(text=text, published=datetime.date(2023, 10, 9)))
    assert len(found) == 1
    primary = found[0].primary_toponym
    assert primary is not None and primary.text not in ("Ankara", "Istanbul")


@pytest.mark.parametrize("words", [" in reaction to", ", retaliating for", " as a reprisal for"])
def test_every_wording_of_an_answered_event_keeps_its_place_out(words: str) -> None:
    # one list of wordings (lexicon.ANSWERED_EVENT_WORDS): the answered event's place is no place of the strike's
    text = f"Turkish jets hit farms near Tell Baydar on Sunday{words} the bombing in Izmir."
    found = rule_incidents(Document(text=text, published=datetime.date(2023, 10, 9)))
    assert len(found) == 1
    assert [t.text for t in found[0].toponyms] == ["Tell Baydar"]


@pytest.mark.parametrize(
    "text",
    [
        "Turkish warplanes hit more than 20 positions in north-eastern Syria on Friday in retaliation for an attack on "
        "a police station near Izmir.",
        "Following the bombing in Izmir on March 2, our jets conducted air operations in northern Syria.",
        "Turkish jets bombed dozens of targets in Syria and Iraq overnight in response to the attack on an army base "
        "near Mersin.",
    ],
)
def test_a_bombardment_with_no_place_but_the_answered_event_s_is_not_put_there(text: str) -> None:
    # the strikes answer the event abroad; they hit the other side, never the place where it was struck
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 3, 10)))
    assert all(
        t.text not in ("Izmir", "Mersin") for incident in found for t in incident.toponyms
    ), [[t.text for t in i.toponyms] for i in found]


def test_an_attack_told_after_the_toll_is_the_event_itself() -> None:
    text = "Two soldiers were killed after an attack on their post in Tal Tamr on Monday."
    found = rule_incidents(Document(text=text, published=datetime.date(2023, 10, 9)))
    assert len(found) == 1 and found[0].primary_toponym is not None and found[0].primary_toponym.text == "Tal Tamr"


def _typed(text: str) -> list[tuple[str, str | None, int | None]]:
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 3, 4)))
    return sorted((i.event_type.value, i.toponyms[0].text if i.toponyms else None, i.killed.low if i.killed else None) for i in found)


def test_a_ground_fight_and_a_strike_told_apart_in_one_sentence_are_two_events() -> None:
    text = (
        "Fighting between tribal gunmen and the SDF went on near the village of Zir, where a drone killed three "
        "gunmen on Sunday."
    )
    assert _typed(text) == [("armed_clash", "Zir", None), ("drone_strike", "Zir", 3)]
    text = "Heavy clashes erupted between ISIS and the SDF in Shuhail on Monday, two fighters killed, and jets struck the town."
    assert _typed(text) == [("airstrike", "Shuhail", None), ("armed_clash", "Shuhail", 2)]


def test_a_fight_and_strikes_from_the_air_named_side_by_side_are_two_events() -> None:
    # the toll told before both is the fight's
    text = "Six ISIS members were killed on Tuesday in clashes and coalition airstrikes near the village of Zir."
    assert _typed(text) == [("airstrike", "Zir", None), ("armed_clash", "Zir", 6)]
    # the toll told right after the strikes is theirs
    text = "The SDF pushed into Shuhail amid fierce clashes and heavy air strikes by the coalition, which killed 9 civilians."
    assert _typed(text) == [("airstrike", "Shuhail", 9), ("armed_clash", "Shuhail", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the fight's own fire, no strike from the air
        ("Clashes and shelling killed five fighters near the village of Zir on Tuesday.", [("armed_clash", "Zir", 5)]),
        # a verb between them: one account of the fight
        ("Clashes went on near the village of Zir on Tuesday as jets struck.", [("armed_clash", "Zir", None)]),
        # the fight told already: its dead, no new fight
        (
            "Clashes erupted near the village of Zir on Tuesday. ISIS lost six members in the clashes and coalition airstrikes.",
            [("airstrike", None, 6), ("armed_clash", "Zir", None)],
        ),
    ],
)
def test_a_fight_and_strikes_not_named_side_by_side_stay_as_told(text: str, expected: list[tuple[str, str | None, int | None]]) -> None:
    assert _typed(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Heavy fighting erupted between the SDF and ISIS in Shuhail, and ISIS sent two suicide bombers at an SDF post.",
            [("armed_clash", "Shuhail", None), ("suicide_bomb", "Shuhail", None)],
        ),
        (
            "SDF fighters advanced in Shuhail after fierce clashes with ISIS, who used two car bombs against them.",
            [("armed_clash", "Shuhail", None), ("car_bomb", "Shuhail", None)],
        ),
        (
            "SDF units raided a farmhouse in the village of Zir, where a militant inside detonated his explosive belt.",
            [("raid", "Zir", None), ("suicide_bomb", "Zir", None)],
        ),
        (
            "The spokesman said clashes were raging in Shuhail and that ISIS had sent suicide bombers at the front.",
            [("armed_clash", "Shuhail", None), ("suicide_bomb", "Shuhail", None)],
        ),
        # the bombing told first, the fight after it naming the bomber's party: not a side's own fire in the fight
        (
            "An ISIS car bomb went off at an SDF post in Zir on Tuesday, as clashes between ISIS and the SDF raged nearby.",
            [("armed_clash", "Zir", None), ("car_bomb", "Zir", None)],
        ),
    ],
)
def test_a_ground_fight_or_a_raid_and_a_bombing_told_apart_in_one_clause_are_two_events(
    text: str, expected: list[tuple[str, str | None, int | None]]
) -> None:
    assert _typed(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the bombing alone, or the bombers' own assault, or a bombing told within the fight with no break
        "A suicide bomber struck an SDF checkpoint in Shuhail, killing three fighters.",
        "Assailants in explosive vests stormed the police post near the main square of Shuhail.",
        "A suicide bomber detonated himself among SDF fighters during fierce clashes in Shuhail.",
        "A car bomb exploded in Shuhail, killing five civilians.",
        # a campaign named as the bombing's time, not a fight told beside it
        "Three weeks into the battle for Shuhail, a car bomb killed four SDF fighters at a checkpoint on Monday.",
        "After months of fighting around Shuhail, a suicide bomber struck an SDF post there on Sunday.",
        "Three weeks into the clashes in Shuhail, a car bomb killed four SDF fighters at a checkpoint on Monday.",
        "Throughout the fighting in Shuhail, ISIS sent car bombs at SDF posts, killing six on Monday.",
    ],
)
def test_a_bombing_with_no_fight_told_apart_is_one_event(text: str) -> None:
    assert len(_typed(text)) == 1


def test_a_strike_told_amid_a_ground_fight_with_no_comma_is_two_events() -> None:
    text = "Coalition jets hit the vicinity of the Tishreen dam on Monday amid fierce fighting between the SDF and ISIS."
    assert [t for t, _, _ in _typed(text)] == ["airstrike", "armed_clash"]
    # the fight's party is read in its own part, not the jets'
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))
    assert [i.actor for i in found] == ["US-led coalition", "SDF"]


def test_a_follow_up_of_the_strike_told_apart_from_a_fight_is_not_the_fight_s_evidence() -> None:
    text = (
        "Clashes between the SDF and Turkish-backed factions went on near Tal Tamr on Monday, where a Turkish drone "
        "killed four fighters. The drone strike also destroyed a vehicle, witnesses said."
    )
    found = {i.event_type.value: [span.text[:12] for span in i.evidence] for i in rule_incidents(Document(text=text))}
    assert found == {"armed_clash": ["Clashes betw"], "drone_strike": ["Clashes betw", "The drone st"]}


def test_a_strike_backing_a_fight_is_one_event() -> None:
    assert len(_typed("The SDF, backed by coalition air strikes, clashed with ISIS near Hajin on Monday.")) == 1
    # (but the fight and the strikes named side by side are two, as three development writers code them; a toll told
    # after both goes, as after any two events of a clause, to the word nearest before it)
    assert _typed("Clashes and air strikes killed 20 people in Hajin on Monday.") == [
        ("airstrike", "Hajin", 20),
        ("armed_clash", "Hajin", None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Kurdish fighters pushed deeper into the town of Shaddadi on Sunday despite heavy Russian air strikes.",
        "Rebel units advanced into the village of Tal Hamis on Monday, taking a school in spite of intense shelling.",
        "Government troops pushed into the old quarter of Busayrah late on Friday in the face of drone strikes.",
    ],
)
def test_strikes_told_in_a_concessive_phrase_are_the_backdrop_of_the_advance(text: str) -> None:
    # what the advance went on against is not the clause's event: the advance is (four writers code the town's battle
    # and leave the conceded strikes to the sentence that tells them)
    assert [t for t, _, _ in _typed(text)] == ["armed_clash"]


def test_strikes_told_after_a_concessive_phrase_beside_an_advance_are_two_events() -> None:
    # the car bombs are the resisting party's act, told in a relative clause after the concession: the advance is an
    # event of its own beside them
    text = (
        "Government troops advanced on the northern edge of Busayrah on Monday in the face of stiff resistance from "
        "jihadists, who sent four car bombs against them."
    )
    assert [t for t, _, _ in _typed(text)] == ["armed_clash", "car_bomb"]


@pytest.mark.parametrize(
    "text",
    [
        # a concession that names no event, or strikes that did not happen: the clause's own event alone
        "Coalition jets struck positions near Hajin on Friday despite bad weather.",
        "Kurdish fighters pushed into the town of Shaddadi on Sunday despite threats of Turkish air strikes.",
        "Despite the truce, Turkish drones struck a car near Amuda on Friday, killing two.",
    ],
)
def test_a_concession_without_a_strike_of_its_own_adds_no_event(text: str) -> None:
    assert len(_typed(text)) <= 1


@pytest.mark.parametrize(
    ("text", "told"),
    [
        (
            "Despite Turkish shelling that killed three civilians in Tal Tamr on Monday, SDF fighters attacked a "
            "Turkish post near Ras al-Ain.",
            ("shelling", "Tal Tamr", 3),
        ),
        (
            "SDF fighters advanced into Baghouz on Sunday in spite of coalition air strikes that killed four of their "
            "own fighters.",
            ("airstrike", "Baghouz", 4),
        ),
    ],
)
def test_a_conceded_event_told_with_its_own_toll_is_an_event(text: str, told: tuple[str, str, int]) -> None:
    # the concessive phrase tells its event's dead: that event happened and is told, not the other event's backdrop
    # (its toll was given to the attack or the advance, at the shelling's place)
    assert told in _typed(text)


def test_the_event_answered_by_strikes_referred_back_to_is_the_clause_s_event() -> None:
    # "The strikes came in response to ...": the strikes told before, referred back to; the drone attack is the event
    # the clause tells anew, by no party of the strikes, with its own toll
    text = (
        "US jets struck a depot near Mayadin on Friday. The strikes came in response to an earlier drone attack on Wednesday "
        "on a base near Shaddadi, which killed a US soldier."
    )
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 3, 4)))
    assert [(i.event_type.value, i.toponyms[0].text, i.actor, i.killed.low if i.killed else None) for i in found] == [
        ("airstrike", "Mayadin", "US-led coalition", None),
        ("drone_strike", "Shaddadi", None, 1),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the strikes name their own place: they are the clause's event, as before
        "US jets struck a depot near Mayadin on Friday. The strikes on Hajin came in response to an earlier drone attack on "
        "Wednesday on a base near Shaddadi.",
        # no back-reference: the strikes and the answered attack, each as before
        "US jets struck a depot near Mayadin on Friday in response to an earlier drone attack on Wednesday on a base near "
        "Shaddadi.",
    ],
)
def test_strikes_told_with_their_own_place_keep_their_clause(text: str) -> None:
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 3, 4)))
    assert ("airstrike", "Mayadin") in [(i.event_type.value, i.toponyms[0].text) for i in found]
    assert all(i.actor == "US-led coalition" for i in found if i.event_type.value == "airstrike")


def test_a_headline_sums_up_but_a_posts_long_first_line_tells_both_events() -> None:
    headline = "Hajin | Clashes renew between the army and ISIS, and 9 ISIS members killed in Russian air strikes\n"
    body = "Russian air strikes killed 9 ISIS members near Hajin today, while clashes went on in the desert."
    assert len([i for i in rule_incidents(Document(text=headline + body, published=datetime.date(2024, 3, 4)))
                if i.event_type is EventType.AIRSTRIKE]) == 1
    post = (
        "Heavy clashes now between tribal gunmen and the SDF in Zir and Shuhail, 3 SDF killed per first reports, the "
        "SDF using drones on the area, one drone hit a house in Zir (injuries)\nMore to follow"
    )
    assert [t for t, _, _ in _typed(post)] == ["armed_clash", "drone_strike"]


def test_shelling_told_beside_a_fight_is_a_second_event_unless_it_is_how_the_fight_went() -> None:
    text = (
        "Heavy clashes erupted between the factions and the SDF near Abu Rasin on Sunday, amid Turkish artillery "
        "shelling on the village. Four fighters were killed."
    )
    # the toll told next is the fight's, the clause's leading event
    assert _typed(text) == [("armed_clash", "Abu Rasin", 4), ("shelling", "Abu Rasin", None)]
    assert [t for t, _, _ in _typed("Regime forces shelled farms in Hamidiyah on Friday, amid clashes near the bridge.")] == [
        "armed_clash",
        "shelling",
    ]
    # the fight's own fire, no party named for it
    assert len(_typed("Fighting raged between the SDF and ISIS near Abu Rasin on Sunday, amid heavy shelling.")) == 1
    assert len(_typed("Clashes went on between the SDF and ISIS near Abu Rasin on Sunday, amid mutual shelling.")) == 1
    # the mortars of one side of the fight, told as its manner; one account of both
    assert len(_typed("Fierce clashes raged in Tishreen on Friday, with ISIS firing mortar rounds at the advancing fighters.")) == 1
    assert len(_typed("Clashes and shelling killed five fighters near Abu Rasin on Sunday.")) == 1


def test_the_fights_own_weapons_or_one_sides_shelling_told_beside_it_are_no_second_event() -> None:
    # the weapons the fight was fought with: one event, a fight (not a drone strike)
    text = "Monitors reported fresh clashes between the police and the army near Amuda on Friday, with the use of drones and mortars."
    assert [t for t, _, _ in _typed(text)] == ["armed_clash"]
    # the shelling of one side of the fight, told after it
    text = "Clashes broke out between tribal gunmen and the SDF in Zir on Monday, amid shelling by the SDF on the village."
    assert [t for t, _, _ in _typed(text)] == ["armed_clash"]
    # not the shelling of a party the fight does not name as its side, nor a fight told beside a party's shelling
    text = "Clashes broke out between tribal gunmen and the SDF in Zir on Monday, amid shelling by regime forces on the village."
    assert [t for t, _, _ in _typed(text)] == ["armed_clash", "shelling"]
    text = "Regime forces shelled farms in Zir on Monday, amid clashes between regime forces and the SDF near the bridge."
    assert [t for t, _, _ in _typed(text)] == ["armed_clash", "shelling"]
    # a drone told striking in a part of its own stays a strike of its own
    text = "Clashes broke out between tribal gunmen and the SDF in Zir on Monday, where a Turkish drone struck a car."
    assert [t for t, _, _ in _typed(text)] == ["armed_clash", "drone_strike"]


@pytest.mark.parametrize(
    "text",
    [
        # strikes "accompanying" a fight are told beside it (not backing it: "backed by", "with the air support of")
        "Violent clashes erupted between ISIS and the SDF near Susah on Friday, accompanied by intensive coalition airstrikes.",
        # a generic strike word typed by the air party of its own part
        "Clashes went on between the YPG and ISIS near Tal Hamis on Monday, amid coalition strikes on the area.",
        "The YPG seized the town of Tal Hamis after clashes with ISIS, accompanied by intense strikes by the Russian air force.",
        "Heavy clashes went on between the YPG and ISIS near the village of Abu Hajar, with coalition jets bombing ISIS posts.",
    ],
)
def test_strikes_of_an_air_party_told_beside_a_fight_are_a_second_event(text: str) -> None:
    assert [t for t, _, _ in _typed(text)] == ["airstrike", "armed_clash"]


@pytest.mark.parametrize(
    "text",
    [
        # a generic word the part types as no strike from the air: the fight's own
        "Clashes went on between the YPG and ISIS near Tal Hamis on Monday, amid ISIS attacks on the area.",
        "Clashes went on between the YPG and the factions near Tal Hamis on Monday, amid strikes by the factions on the area.",
        # the air strikes backing a side, one account of the fight
        "The YPG, backed by coalition strikes, seized the town of Tal Hamis after clashes with ISIS on Monday.",
        # the strike word in the fight's own part
        "Clashes and coalition bombing went on near Tal Hamis on Monday.",
        # strikes of an air party that were not carried out: asked for, missing, halted
        "Clashes raged between the SDF and ISIS near Tal Hamis on Monday, accompanied by calls for Russian bombing of it.",
        "Clashes raged between the SDF and ISIS near Tal Hamis on Monday, amid the absence of coalition strikes.",
    ],
)
def test_a_strike_word_of_no_air_party_beside_a_fight_is_no_second_event(text: str) -> None:
    assert [t for t, _, _ in _typed(text)] == ["armed_clash"]


def test_a_sides_own_air_raids_or_its_shelling_of_a_named_place_beside_the_fight_are_a_second_event() -> None:
    text = (
        "Clashes went on between ISIS and regime forces near the town of Muhassan on Sunday, accompanied by regime "
        "air raids on the village of Bukris."
    )
    # each at the place of its own word
    assert _typed(text) == [("airstrike", "Bukris", None), ("armed_clash", "Muhassan", None)]
    text = "Clashes broke out between tribal gunmen and the SDF in Zir on Monday, amid shelling by the SDF on the village of Hamdan."
    assert [t for t, _, _ in _typed(text)] == ["armed_clash", "shelling"]
    # or of the other side's positions
    text = "Fierce clashes went on between ISIS and the SDF in the Zir quarter on Monday, amid shelling by the SDF on ISIS posts."
    assert [t for t, _, _ in _typed(text)] == ["armed_clash", "shelling"]
    # (the side's shelling of the fight's ground, no place of its own, stays the fight's own fire: the test above)


def test_a_toll_told_after_a_fight_and_strikes_beside_it_is_the_fights() -> None:
    text = (
        "Clashes between the YPG and ISIS near Tal Hamis\n\nViolent clashes went on between the YPG and ISIS near "
        "Tal Hamis on Monday, amid coalition strikes on the area. Six ISIS members were killed."
    )
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 3, 4)))
    assert sorted((i.event_type.value, i.killed.low if i.killed else None) for i in found) == [
        ("airstrike", None),
        ("armed_clash", 6),
    ]


def test_the_answered_event_named_with_its_own_place_is_an_event_of_its_own() -> None:
    text = (
        "In response to the May 2 rocket attack on coalition troops at the Jafra oil field, coalition artillery "
        "shelled launch sites near Dhiban."
    )
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))
    assert [(i.toponyms[0].text, i.actor) for i in found] == [("Jafra oil field", None), ("Dhiban", "US-led coalition")]
    assert found[0].date is not None and found[0].date.value == datetime.date(2024, 5, 2)
    # no place of its own, or the answer's place is the only one told: the answer alone
    assert len(_typed("In response to the attack, coalition artillery shelled launch sites near Dhiban.")) == 1
    only = "In retaliation for the attack on its base at the Jafra oil field, coalition jets struck positions nearby."
    assert len(_typed(only)) == 1
    # told before: the phrase names that incident again
    told = (
        "Rockets hit the base at the Jafra oil field on Monday, wounding two soldiers. In retaliation for the attack "
        "on the Jafra oil field, coalition jets struck positions near Dhiban on Tuesday."
    )
    assert [t for t, _, _ in _typed(told)] == ["airstrike", "shelling"]


def _killings(text: str) -> list[tuple[int | None, str | None]]:
    published = datetime.date(2023, 5, 10)
    return [
        (i.killed.low if i.killed else None, i.date.value.isoformat() if i.date and i.date.value else None)
        for i in rule_incidents(Document(text=text, published=published))
    ]


@pytest.mark.parametrize(
    "text",
    [
        "After a guard was shot dead by gunmen in Shaddadi on Monday, the body of another guard was found there "
        "with bullet wounds on Tuesday.",
        "Gunmen killed a teacher in the third block of the camp yesterday, and a second teacher was shot dead "
        "by gunmen in the ninth block today.",
    ],
)
def test_two_victims_killed_on_two_days_in_one_clause_are_two_incidents(text: str) -> None:
    (first, second) = _killings(text)
    assert first[0] == second[0] == 1
    assert first[1] != second[1]


@pytest.mark.parametrize(
    "text",
    [
        # one victim, told twice with two days (the day of the killing, the day it was found): one toll
        "A guard was shot dead by gunmen in Shaddadi on Monday and his body was found on Tuesday.",
        # another victim on the same day: one clause, one toll of two
        "Gunmen shot dead a guard in Shaddadi on Monday, and another guard on Monday night.",
        # another victim of the same strike who died of his wounds a day later
        "A drone strike killed a driver near Tal Tamr on Monday and another driver died of his wounds on Tuesday.",
    ],
)
def test_one_killing_or_one_day_is_not_split_by_victim(text: str) -> None:
    assert len(_killings(text)) == 1


@pytest.mark.parametrize(
    ("text", "answered_type"),
    [
        # the event answered, told as the killing of an armed party's members: an attack on an armed party, a clash
        (
            "Turkish jets struck militant targets near Derik on Sunday in retaliation for the killing of six Turkish "
            "soldiers in northern Iraq on Saturday.",
            EventType.ARMED_CLASH,
        ),
        # of civilians: no event word, nothing to tell its kind
        (
            "Turkish jets struck militant targets near Derik on Sunday in retaliation for the killing of six Turkish "
            "civilians in the town of Kilis on Saturday.",
            EventType.OTHER,
        ),
    ],
)
def test_the_answered_killing_of_soldiers_is_a_clash(text: str, answered_type: EventType) -> None:
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))
    assert [incident.event_type for incident in found] == [EventType.AIRSTRIKE, answered_type]


def test_a_bare_toll_of_fighters_keeps_its_untold_kind() -> None:
    found = rule_incidents(Document(text="Two SDF fighters were killed near Karama on Sunday.", published=datetime.date(2024, 5, 8)))
    assert [incident.event_type for incident in found] == [EventType.OTHER]
def test_a_release_clause_telling_its_strikes_in_a_list_of_regions_is_one_incident_per_region() -> None:
    text = (
        "MSB statement\n\n"
        "During the night's air operation, 25 caves and bunkers of the terrorists were hit in the regions of Amuda, "
        "Zirgan and Tal Tamr by our jets, and 35 terrorists were neutralized."
    )
    found = rule_incidents(Document(text=text, published=datetime.date(2023, 6, 2)))
    assert [(i.event_type, i.primary_toponym.text if i.primary_toponym else None) for i in found] == [
        (EventType.AIRSTRIKE, "Amuda"),
        (EventType.AIRSTRIKE, "Zirgan"),
        (EventType.AIRSTRIKE, "Tal Tamr"),
    ]
    # the first region's evidence is the clause, the others' the list's own phrase
    assert [text[s.start : s.end].startswith("During the night's air operation") for i in found for s in i.evidence] == [True, False, False]


def test_fighters_neutralized_in_two_regions_are_one_incident_per_region() -> None:
    text = "MSB statement\n\nIn the Amuda and Zirgan regions, 5 terrorists were neutralized by our howitzers."
    found = rule_incidents(Document(text=text, published=datetime.date(2023, 6, 2)))
    assert [i.primary_toponym.text for i in found if i.primary_toponym] == ["Amuda", "Zirgan"]



@pytest.mark.parametrize(
    "text",
    [
        "MSB statement\n\nIn the past week, 28 terrorists were neutralized in the Amuda, Zirgan and Tal Tamr regions.",
        "MSB statement\n\nIn May, 31 terrorists were neutralized in the Amuda, Zirgan and Tal Tamr regions.",
    ],
)
def test_a_weeks_or_a_seasons_count_over_a_list_of_regions_is_no_incident_per_region(text: str) -> None:
    found = rule_incidents(Document(text=text, published=datetime.date(2023, 6, 2)))
    assert len({i.primary_toponym.text for i in found if i.primary_toponym}) <= 1


def test_a_days_count_over_a_list_of_regions_is_still_one_incident_per_region() -> None:
    text = "MSB statement\n\nIn the last 24 hours, 6 terrorists were neutralized in the Amuda, Zirgan and Tal Tamr regions."
    found = rule_incidents(Document(text=text, published=datetime.date(2023, 6, 2)))
    assert [i.primary_toponym.text for i in found if i.primary_toponym] == ["Amuda", "Zirgan", "Tal Tamr"]


@pytest.mark.parametrize(
    "text",
    [
        # a report's districts, one bombardment; a battle told over two regions; villages, not regions
        "Update\n\nOn Monday villages in the Amuda and Zirgan districts were bombed by warplanes.",
        "Update\n\nOn Monday heavy clashes broke out in the Amuda and Zirgan regions.",
        "Update\n\nOn Monday warplanes bombed the villages of Amuda and Zirgan.",
        # the villages of two regions: one bombardment, whatever its regions are called
        "Update\n\nOn Monday Turkish artillery shelled villages in the Amuda and Zirgan regions.",
    ],
)
def test_districts_battles_and_villages_listed_stay_one_incident(text: str) -> None:
    assert len(rule_incidents(Document(text=text, published=datetime.date(2023, 6, 2)))) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Jets bombed Maabada and Khanasir on Monday, killing four civilians in Khanasir.",
        "Jets carried out strikes on Maabada and Khanasir towns, with the monitor documenting the death of four people in Khanasir.",
    ],
)
def test_a_toll_told_at_one_place_of_a_bare_list_tells_the_hits_apart(text: str) -> None:
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 3, 4)))
    assert [(i.primary_toponym.text if i.primary_toponym else None, i.killed.low if i.killed else None) for i in found] == [
        ("Maabada", None), ("Khanasir", 4)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Jets bombed Maabada and Khanasir on Monday, killing four civilians.",  # the list's toll, told once
        "Jets bombed Maabada and Khanasir on Monday, killing four civilians in Jawadiyah.",  # a place not of the list
    ],
)
def test_a_toll_not_placed_at_a_listed_place_keeps_the_list_one_incident(text: str) -> None:
    assert len(rule_incidents(Document(text=text, published=datetime.date(2024, 3, 4)))) == 1


def test_the_assault_of_the_party_struck_told_in_a_relative_clause_is_a_fight_of_its_own() -> None:
    text = "Turkish drones struck SDF fighters who had attacked a Turkish base near Maabada on Sunday, killing four."
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 3, 5)))
    assert [(i.event_type, i.actor, i.killed.low if i.killed else None) for i in found] == [
        (EventType.DRONE_STRIKE, "Turkish forces", 4),  # the toll is the strike's
        (EventType.ARMED_CLASH, "SDF", None),
    ]


def test_the_assault_of_the_party_struck_on_civilians_is_an_attack_not_a_fight() -> None:
    text = "Iraqi jets struck ISIS militants who attacked a herder near Tal Safouk on Thursday."
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 3, 9)))
    assert [i.event_type for i in found] == [EventType.AIRSTRIKE, EventType.ATTACK]


@pytest.mark.parametrize(
    "assaulted",
    ["an army checkpoint", "Asayish members", "the SDF", "an unprovoked attack on the base", 'a "surprise assault" on an army post'],
)
def test_the_assault_of_the_party_struck_on_an_armed_party_is_a_fight(assaulted: str) -> None:
    verb = "launched" if " on " in assaulted else "attacked"
    text = f"Iraqi jets struck ISIS militants who {verb} {assaulted} near Tal Safouk on Thursday."
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 3, 9)))
    assert [i.event_type for i in found] == [EventType.AIRSTRIKE, EventType.ARMED_CLASH]


@pytest.mark.parametrize(
    "text",
    [
        "Coalition jets struck pro-regime forces near Maadan late on Monday.",
        "Coalition jets struck ISIS fighters who were preparing an attack near Maadan on Monday.",  # no assault made
        "Coalition jets struck fighters who attacked an SDF post near Maadan on Monday.",  # no party named: the target
        "Coalition jets struck ISIS fighters who attacked nobody near Maadan on Monday.",  # no assault made
        "Coalition jets struck ISIS fighters who attacked no one in Maadan on Monday.",
        # the party struck described by an assault of another year, no fight of the strike's day
        "US jets struck ISIS members who had stormed the Ghweran jail in 2022, officials said on Tuesday.",
    ],
)
def test_a_strike_with_no_assault_told_of_its_target_is_one_incident(text: str) -> None:
    assert len(rule_incidents(Document(text=text, published=datetime.date(2024, 3, 5)))) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Release\n\nNine strikes destroyed several ISIS targets in the vicinity of Sabkha, Hasakah and Busayra.",
        "Release\n\nOur jets struck terrorist facilities in the areas of Sabkha, Hasakah and Busayra on Friday.",
    ],
)
def test_a_release_strikes_in_the_vicinity_or_the_areas_of_listed_places_are_one_incident_per_place(text: str) -> None:
    found = rule_incidents(Document(text=text, published=datetime.date(2023, 6, 2)))
    assert [i.primary_toponym.text for i in found if i.primary_toponym] == ["Sabkha", "Hasakah", "Busayra"]
    assert {i.event_type for i in found} == {EventType.AIRSTRIKE}


@pytest.mark.parametrize(
    "text",
    [
        "Update\n\nOn Monday warplanes struck positions in the area of Sabkha and Busayra.",  # one area
        "Update\n\nOn Monday warplanes struck the vicinity of Sabkha and Busayra.",  # no release's targets
    ],
)
def test_one_area_or_a_bare_vicinity_of_listed_places_stays_one_incident(text: str) -> None:
    assert len(rule_incidents(Document(text=text, published=datetime.date(2023, 6, 2)))) == 1


@pytest.mark.parametrize(
    "text",
    [
        # the strike's place described by a fight lasting there up to now: the place's state, no event beside the strike
        "Syrian jets bombed militant positions near Markada, where heavy fighting has continued for three days.",
        "Coalition aircraft struck ISIS hideouts around Hajin on Monday, where heavy clashes have been raging for two weeks.",
        "Russian warplanes pounded the outskirts of Shuhail, where battles have gone on for days.",
        "Coalition aircraft struck ISIS hideouts around Hajin on Monday, where clashes have raged since Friday.",
    ],
)
def test_a_fight_lasting_where_a_strike_hit_is_no_second_event(text: str) -> None:
    assert [t for t, _, _ in _typed(text)] == ["airstrike"]


@pytest.mark.parametrize(
    "text",
    [
        # a fight told on a day of its own where the strike hit, or told first, or by a clause of its own: two events
        "Syrian jets bombed militant positions near Markada, where fighting broke out on Thursday.",
        "Fighting has raged near Markada for three days, and Syrian jets bombed militant positions in the town.",
        "Syrian jets bombed militant positions near Markada, where clashes erupted between ISIS and the SDF on Friday.",
    ],
)
def test_a_fight_beside_a_strike_not_told_as_its_place_s_state_stays_an_event(text: str) -> None:
    assert sorted(t for t, _, _ in _typed(text)) == ["airstrike", "armed_clash"]


def _types_and_places(text: str) -> list[tuple[str, str | None]]:
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))
    return [(i.event_type.value, i.primary_toponym.text if i.primary_toponym else None) for i in found]


@pytest.mark.parametrize(
    "text",
    [
        # a fight going on around the event, told after "as": the clause is the shelling's
        "Mortar shells hit homes in the Harabesh quarter overnight as government troops battled the militants on "
        "several fronts, a monitor said.",
        "Mortar rounds fell on the camp near Khanasir overnight as the battle for the last pocket dragged into a third week.",
    ],
)
def test_a_fight_told_as_the_backdrop_of_the_clause_s_event_yields_to_it(text: str) -> None:
    assert [kind for kind, _ in _types_and_places(text)] == ["shelling"]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # the parties of the backdrop fight are not the shells' agent
        ("Shells hit homes in Hajin on Monday as SDF fighters battled ISIS.", None),
        # (an agent told before the "as" is read as ever)
        ("ISIS shelled homes in Hajin on Monday as SDF fighters battled the militants.", "ISIS"),
    ],
)
def test_a_backdrop_fight_s_parties_are_not_the_agent_of_the_clause_s_event(text: str, actor: str | None) -> None:
    found = rule_incidents(Document(text=text, published=datetime.date(2024, 5, 8)))
    assert [(i.event_type.value, i.actor) for i in found] == [("shelling", actor)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the fight named with a place of its own after it is that place's fight, the clause's event
        (
            "Mortar shells hit homes in Khanasir as government troops battled the militants in the village of Tal Baydar.",
            [("armed_clash", "Khanasir")],
        ),
        # no event told before the "as": the fight is the clause's
        ("As troops battled the militants near Khanasir, two civilians were killed by a sniper.", [("armed_clash", "Khanasir")]),
        # no strike nor shelling before the "as": an explosion heard, a death told are the fight's own
        ("An explosion was heard in Khanasir as tribal fighters battled the militants.", [("armed_clash", "Khanasir")]),
        ("A woman was shot dead in Khanasir as tribal fighters battled the militants.", [("armed_clash", "Khanasir")]),
        # "while" is no backdrop of this kind
        (
            "Gunmen ambushed a patrol near Khanasir while the army battled the militants in the desert.",
            [("armed_clash", "Khanasir")],
        ),
    ],
)
def test_a_fight_with_its_own_place_or_no_event_before_it_stays_the_clause_s(text: str, expected: list) -> None:
    assert _types_and_places(text) == expected


def test_the_fight_beside_strikes_of_unnamed_aircraft_keeps_its_own_side() -> None:
    # the drones' agent left unnamed is the strike's part of the clause: the fight's named dead still give its side
    text = "Clashes near Sbikha on Friday killed four SDF fighters, as unidentified drones struck a car near the town."
    assert [(i.event_type.value, i.actor) for i in rule_incidents(Document(text=text))] == [
        ("drone_strike", None),
        ("armed_clash", "SDF"),
    ]


def test_the_agent_read_in_a_concessive_phrase_says_itself_whether_it_is_unnamed() -> None:
    # the fight's part names no attackers of no party ("Fighters pushed into"), the strikes' part does ("unidentified
    # jets"): each mention says so of its own part, not of the whole clause
    text = "Fighters pushed into the village of Sbikha on Friday in spite of air strikes by unidentified jets that killed three."
    reading = read_sentence(text, Sentence(0, 0, len(text)), find_governorates(text), None)
    assert sorted((m.event_type.value, m.unnamed_agent) for m in reading.mentions) == [
        ("airstrike", True),
        ("armed_clash", False),
    ]


def test_a_sentence_read_as_one_clause_keeps_its_dates_for_the_dating_stage() -> None:
    """The dates of a one-clause sentence with an event word are read once, by the clause, and kept on the reading
    (offsets into the sentence) for the dating stage; a sentence of two clauses or with no event keeps none."""
    from mapapp.extract.dates import find_dates
    from mapapp.extract.mentions import read_sentence
    from mapapp.extract.sentences import split_sentences

    text = (
        "A mortar shell hit a bakery in Tal Brak on Friday. The weather was mild on Saturday. "
        "Gunmen shot a farmer near Amuda on Sunday, and a drone struck a truck in Qamishli on Monday."
    )
    readings = [read_sentence(text, sentence, [], None) for sentence in split_sentences(text)]
    one_clause, no_event, two_clauses = readings
    assert one_clause.whole_dates is not None
    assert one_clause.whole_dates == find_dates(one_clause.text)
    assert ["Friday" in one_clause.text[d.start : d.end] for d in one_clause.whole_dates] == [True]
    assert no_event.whole_dates is None
    assert two_clauses.whole_dates is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each region told with a head of its own is a place struck apart; a place locating one stays with it
        (
            "Russian jets carried out 20 raids on Monday on hideouts in the desert of Tabqa and the desert of Maadan, "
            "south of Raqqa, and the desert of Palmyra in Homs countryside.",
            ["Tabqa", "Maadan", "Palmyra"],
        ),
        # one head over two names is one region; the next, with its own head, another
        (
            "Russian jets carried out 20 raids on Monday on the Badia of Hajin and Albu Kamal, as well as areas in the "
            "Badia of Palmyra.",
            ["Hajin", "Palmyra"],
        ),
        ("Turkish artillery shelled the countryside of Derik and the countryside of Amuda on Monday.", [
            "the countryside of Derik", "the countryside of Amuda"]),
    ],
)
def test_regions_each_told_with_their_own_head_are_one_bombardment_each(text: str, expected: list[str]) -> None:
    found = rule_incidents(Document(text=text, published=datetime.date(2023, 6, 2)))
    assert [i.primary_toponym.text for i in found if i.primary_toponym] == expected


@pytest.mark.parametrize(
    "text",
    [
        # one head over the names; settlements; a battle told over two regions
        "Turkish artillery shelled the area of Derik and Amuda on Monday.",
        "Russian jets struck the town of Maadan and the village of Sabkha on Monday.",
        "Clashes broke out on Monday in the countryside of Hajin and the countryside of Susah.",
        "Gunmen attacked farms on Monday in the countryside of Hajin and the countryside of Susah.",
        # one target struck, told by the regions it lies between
        "A Turkish drone hit a motorcycle in the countryside of Derik and the countryside of Amuda on Monday.",
        "Coalition jets struck an ISIS cave in the desert of Hajin and the desert of Susah on Monday.",
    ],
)
def test_regions_under_one_head_or_not_struck_stay_one_event(text: str) -> None:
    found = rule_incidents(Document(text=text, published=datetime.date(2023, 6, 2)))
    assert len(found) == 1


def test_a_fights_regions_told_before_the_strikes_beside_it_stay_the_fights() -> None:
    text = (
        "Clashes continue between ISIS cells and the SDF in the vicinity of the Maadan airport and the outskirts of Sabkha town "
        "in the eastern countryside of Raqqa, amid coalition airstrikes on areas in the town, where two civilians were "
        "killed in the strikes on the old market."
    )
    found = rule_incidents(Document(text=text, published=datetime.date(2023, 6, 2)))
    assert sorted(i.event_type.value for i in found) == ["airstrike", "armed_clash"]


def _mentions_of(text: str) -> list[EventMention]:
    """The mentions of a one-sentence ``text``, as the reading stage gives them."""
    return read_sentence(text, Sentence(0, 0, len(text)), find_governorates(text), None).mentions


@pytest.mark.parametrize(
    ("text", "event_word_on"),
    [
        # the first "strike" names the logs (no event word), the second is the event
        ("After a review of the strike logs, officials said a strike killed two men near Hajin.", "strike killed"),
        # the first "attacks" refers back to strikes told before; the event is the one answered, after "in response to"
        ("The attacks came in response to attacks by militants on an army post near Hajin.", "attacks by"),
    ],
)
def test_the_event_words_offset_is_where_it_stands_not_an_earlier_use_of_the_word(text: str, event_word_on: str) -> None:
    (mention,) = _mentions_of(text)
    assert mention.trigger_start == text.index(event_word_on)
    assert mention.trigger_start > text.lower().find(mention.trigger_word)  # (a search for the word finds the first use)


def test_a_toll_told_without_an_event_word_has_no_event_word_offset() -> None:
    (mention,) = _mentions_of("Three civilians were killed in Hajin on Monday.")
    assert (mention.trigger_word, mention.trigger_start) == ("", -1)


@pytest.mark.parametrize(
    ("text", "event_words"),
    [
        # the parts of a clause that distributes its toll, each with its own event word
        ("A woman was wounded by shelling in Hajin and two men by a drone strike in Susah.", ["shelling", "drone strike"]),
        # strikes told beside a fight: two mentions of one clause
        ("Clashes raged near Hajin on Monday, amid coalition air strikes on the town.", ["air strikes", "Clashes"]),
        # the struck party's own assault, told in a relative clause after the strike
        ("Coalition jets struck pro-government militias that attacked an SDF post near Hajin.", ["jets struck", "attacked"]),
        # the event another answered, told in its own phrase
        (
            "In response to the rocket attack on the base at Hajin, US forces shelled the launch sites near Susah.",
            ["rocket attack", "shelled"],
        ),
        # the weapons a fight was fought with: the fight's word replaces the weapon's as the clause's
        ("Fierce clashes broke out in Hajin, with the use of drone strikes and mortar shelling.", ["clashes"]),
    ],
)
def test_each_mention_read_from_a_clause_keeps_the_offset_of_its_own_event_word(
    text: str, event_words: list[str]
) -> None:
    mentions = _mentions_of(text)
    assert [m.clause_text[m.trigger_start : m.trigger_start + len(m.trigger_word)] for m in mentions] == event_words
