"""Casualty figures as bounds, killed and injured apart."""

from __future__ import annotations

import pytest

from mapapp.extract.casualties import (
    add_tolls,
    is_damage_zero,
    is_further_figure,
    parse_count,
    parse_number,
    read_casualties,
)


def bounds(casualties: object) -> tuple[int | None, int | None] | None:
    if casualties is None:
        return None
    return (casualties.low, casualties.high)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("18", (18, 18)),
        ("1,200", (1200, 1200)),
        ("three", (3, 3)),
        ("twenty-three", (23, 23)),
        ("forty one", (41, 41)),
        ("a dozen", (12, 12)),
        ("dozens", (24, None)),
        ("scores", (40, None)),  # plural: at least two scores, as "dozens" is at least two dozen
        ("several", (2, None)),
        ("hundreds", (200, None)),
        ("banana", None),
    ],
)
def test_parse_number(expression: str, expected: tuple[int | None, int | None] | None) -> None:
    assert parse_number(expression) == expected


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("at least 18", (18, None)),
        ("no fewer than seven", (7, None)),
        ("more than 10", (11, None)),
        ("over 40", (41, None)),
        ("up to 5", (0, 5)),
        ("as many as twelve", (0, 12)),
        ("nearly 20", (None, 20)),
        ("about 30", (30, 30)),
        ("10 to 15", (10, 15)),
        ("10-15", (10, 15)),
        ("between three and six", (3, 6)),
        ("two or three", (2, 3)),
        ("a family of five", (5, 5)),
    ],
)
def test_parse_count(expression: str, expected: tuple[int | None, int | None]) -> None:
    assert parse_count(expression) == expected


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        ("A dozen civilians have lost their lives and several others sustained injuries.", (12, 12), (2, None)),
        ("At least 18 Iraqi refugees were killed when an airstrike hit a school.", (18, None), None),
        ("At least 10 people were killed and 15 wounded when a car bomb exploded.", (10, None), (15, 15)),
        ("A car bomb killed five people and wounded 12 others in the town.", (5, 5), (12, 12)),
        ("Two children and a woman were killed in the shelling.", (3, 3), None),
        ("The strike killed two children and a woman.", (3, 3), None),
        ("A family of five died when the house collapsed.", (5, 5), None),
        ("Twenty-three fighters were killed in the clashes.", (23, 23), None),
        ("Scores of people were killed.", (40, None), None),
        ("Dozens of civilians were wounded.", None, (24, None)),
        ("More than 10 soldiers were killed and up to 5 hurt.", (11, None), (0, 5)),
        ("Between 10 and 15 people died in the raid.", (10, 15), None),
        ("Five people, including two children, were killed.", (5, 5), None),
        ("The blast left three dead and seven wounded.", (3, 3), (7, 7)),
        ("Two civilians were martyred and three others were injured.", (2, 2), (3, 3)),
        ("The shelling caused the deaths of four farmers.", (4, 4), None),
        ("The death toll rose to 31.", (31, 31), None),
        ("A drone strike on a car killing a commander of the group.", (1, 1), None),
        ("Three members of the Asayish were wounded, one of them seriously.", None, (3, 3)),
        ("Warplanes struck the town 24 hours after the attack.", None, None),
        ("Seven rockets hit the base on May 24.", None, None),
        ("The coalition has conducted more than 30,000 strikes.", None, None),
    ],
)
def test_read_casualties(sentence: str, killed: tuple | None, injured: tuple | None) -> None:
    reading = read_casualties(sentence)
    assert bounds(reading.killed) == killed
    assert bounds(reading.injured) == injured


def test_no_figure_gives_none() -> None:
    reading = read_casualties("The airstrike killed civilians and destroyed homes.")
    assert reading.killed is None and reading.injured is None


@pytest.mark.parametrize(
    ("sentence", "victims"),
    [
        ("At least 18 Iraqi refugees were killed.", "Iraqi refugees"),
        ("A dozen civilians have lost their lives.", "civilians"),
        ("Two children and a woman were killed.", "children and a woman"),
        ("The drone killed two SDF fighters near the town.", "SDF fighters"),
        # a noun opening with "of" after the count is not "<count> of ...": "one officer", "three officials"
        ("Gunmen shot dead one officer at the gate.", "officer"),
        ("A mine wounded three officials near Sabkha.", "officials"),
    ],
)
def test_victims(sentence: str, victims: str) -> None:
    assert read_casualties(sentence).victims == victims


def test_phrase_is_kept() -> None:
    reading = read_casualties("At least 18 Iraqi refugees were killed.")
    assert reading.killed is not None
    assert (reading.killed.low, reading.killed.high, reading.killed.phrase) == (18, None, "At least 18 Iraqi refugees")
    assert reading.injured is None


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        ("The SDF announced the death of two of its fighters in an attack.", (2, 2), None),
        ("Activists documented the killing of a young man by gunmen.", (1, 1), None),
        ("A mine exploded, injuring a shepherd and killing 45 sheep.", None, (1, 1)),
        ("Two members of the Syrian Democratic Forces (SDF) were killed.", (2, 2), None),
        ("The strike killed a woman and her child.", (2, 2), None),
        ("Drone strike kills 3 in Qamishli", (3, 3), None),
        # beheadings and executions by a group's court
        ("The head of a herder was found separated from his body near the river.", (1, 1), None),
        ("Militants slaughtered a farmer at his house.", (1, 1), None),
        ("Cell members slit the throats of two shepherds by the river.", (2, 2), None),
        ("The cell applied the death penalty against two smugglers.", (2, 2), None),
        ("Militants applied hirabah (their name for a punishment) against three drivers.", (3, 3), None),
        # a body is a death; so is a stabbing or a murder
        ("The body of a herder was found near the road with gunshot wounds.", (1, 1), None),
        ("Guards found the bodies of three men near the tents.", (3, 3), None),
        ("A trader was stabbed to death in the market.", (1, 1), None),
        ("Unknown assailants murdered a nurse at her home.", (1, 1), None),
        # a count of people from two named groups
        ("Nine fighters of the Tribal Army and the Popular Guard, mostly young men, were killed.", (9, 9), None),
    ],
)
def test_more_phrasings(sentence: str, killed: tuple | None, injured: tuple | None) -> None:
    reading = read_casualties(sentence)
    assert bounds(reading.killed) == killed
    assert bounds(reading.injured) == injured


def test_death_toll_with_words_between() -> None:
    reading = read_casualties("The death toll from Sunday's car bomb in the town has risen to 15, medics said.")
    assert bounds(reading.killed) == (15, 15)


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        # the wounded counted after the dead in the same wording are no more dead ("nine + 12" was read)
        ("Doctors put the death toll at four and the wounded at 17.", (4, 4)),
        ("The death toll climbed to six and the injured to 30 by the evening.", (6, 6)),
        # the wounded named inside the toll's own words stay part of it
        ("The death toll from the shelling of the wounded convoy rose to 7.", (7, 7)),
    ],
)
def test_a_death_toll_window_stops_at_the_wounded_counted_next(sentence: str, killed: tuple[int, int]) -> None:
    assert bounds(read_casualties(sentence).killed) == killed


def test_toll_in_the_next_sentence_fills_the_incident() -> None:
    from tests.extract.reading import rule_incidents
    from mapapp.model import Document

    text = (
        "Turkish drones struck a car near Qamishli on Monday.\n"
        "Two SDF fighters were killed and a third was wounded, the SDF media center said.\n"
        "The Kurdish administration condemned the attack."
    )
    found = rule_incidents(Document(text=text))
    assert len(found) == 1
    incident = found[0]
    assert bounds(incident.killed) == (2, 2) and bounds(incident.injured) == (1, 1)
    assert incident.victims == "SDF fighters"
    assert len(incident.evidence) == 2  # the condemnation is not evidence of the strike
    assert incident.sources == ["SDF"]


@pytest.mark.parametrize(
    ("headline", "body", "killed", "injured"),
    [
        (
            "Shelling kills 7 in village near Markadah",
            "Artillery shelling killed at least seven people and wounded dozens in a village near Markadah on Friday.",
            (7, None),
            (24, None),
        ),
        (
            "Car bomb kills 9, wounds 20 in Shaddadi",
            "A car bomb exploded in Shaddadi on Tuesday, killing more than nine people, medics said.",
            (10, None),
            (20, 20),  # the body gives no injured figure: the headline's fills in
        ),
    ],
)
def test_the_body_figure_replaces_the_headline_abbreviation(
    headline: str, body: str, killed: tuple, injured: tuple
) -> None:
    from tests.extract.reading import rule_incidents
    from mapapp.model import Document

    found = rule_incidents(Document(text=f"{headline}\n\n{body}"))
    assert len(found) == 1 and len(found[0].evidence) == 2
    assert bounds(found[0].killed) == killed and bounds(found[0].injured) == injured


def test_toll_at_another_place_is_not_borrowed() -> None:
    from tests.extract.reading import rule_incidents
    from mapapp.model import Document

    text = (
        "Turkish drones struck a car near Qamishli on Monday.\nTwo farmers died in a fire in the village of Tal Baydar."
    )
    found = rule_incidents(Document(text=text))
    assert found and found[0].killed is None


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        ("Rockets hit the base, causing no casualties.", (0, 0), (0, 0)),
        ("No one was hurt in the blast.", (0, 0), (0, 0)),  # nobody harmed: nobody died either
        ("No one was killed, officials said.", (0, 0), None),
        # the people where the attack struck: "nobody at the post", "no one in the car"
        ("Nobody at the checkpoint was hurt, the guards said.", (0, 0), (0, 0)),
        ("No one in the bus was injured.", (0, 0), (0, 0)),
        # damage to things alone, the consequence told, says no one was hurt; damage beside a toll says nothing more
        ("The shelling caused material damage only.", (0, 0), (0, 0)),
        ("The outcome of the raid was limited to material losses, the council said.", (0, 0), (0, 0)),
        ("The blast caused only material damage to the shops.", (0, 0), (0, 0)),
        ("The shelling caused material damage.", None, None),  # damage told plainly: what was hit, not a zero
        ("The drone killed a farmer, as well as causing material damage to the house.", (1, 1), None),
    ],
)
def test_stated_zero_is_a_figure(sentence: str, killed: tuple | None, injured: tuple | None) -> None:
    reading = read_casualties(sentence)
    assert bounds(reading.killed) == killed
    assert bounds(reading.injured) == injured


@pytest.mark.parametrize(
    "sentence",
    [
        "Turkish artillery pounded the village of Um al-Kaif on Friday, without causing casualties.",
        "Mortar shells fell on the outskirts of the town, without causing any casualties.",
        "A drone hit an empty house in the village; there were no reported casualties.",
        "The strike did not result in any casualties, local sources said.",
    ],
)
def test_stated_absence_of_casualties_covers_dead_and_wounded(sentence: str) -> None:
    reading = read_casualties(sentence)
    assert bounds(reading.killed) == (0, 0)
    assert bounds(reading.injured) == (0, 0)


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        # one person named by title and name, with a phrase describing him that is not a second victim
        ("Two gunmen shot dead Mukhtar Hamid al-Ali, a member of the local council, in the village on Monday.", (1, 1)),
        ("A drone hit a pickup, killing the driver, a teacher from the village, on Saturday.", (1, 1)),
        # a definite singular victim
        ("The Syrian nurse was shot dead by masked men near her home on Friday.", (1, 1)),
        # a list of victims is not an apposition
        ("The shell killed a woman, a child and an old man in the market.", (3, 3)),
    ],
)
def test_single_victims_named_or_described(sentence: str, killed: tuple) -> None:
    assert bounds(read_casualties(sentence).killed) == killed


# Classes of wording measured on real reports (sentences written for the test).
@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        # injured figures in their usual forms
        ("Gunmen shot a farmer dead, wounding three of his sons.", (1, 1), (3, 3)),
        ("The blast killed two soldiers and injured 20 others near the base.", (2, 2), (20, 20)),
        ("A mortar round left 5 people injured in the market.", None, (5, 5)),
        ("The strike hit a bus, leaving four passengers wounded.", None, (4, 4)),
        ("The attack resulted in the death of two guards and the injury of six others.", (2, 2), (6, 6)),
        # a day of the month is not a count
        ("On May 4, 12 people were killed in a car bomb in the town.", (12, 12), None),
        ("On 4 May 12 people were killed in a car bomb in the town.", (12, 12), None),
        # a subset after "including" or "of whom" is not added, and the head count keeps its kind
        ("At least 9 villagers, including 4 children, were killed in the raid.", (9, None), None),
        ("Nine villagers including a family of four were killed in the raid.", (9, 9), None),
        ("The shelling killed three fighters, two of whom were commanders.", (3, 3), None),
        # a figure stated after its noun
        ("30 people at least were killed in two waves of strikes.", (30, None), None),
        # a count of members of a group spelt in lower case
        ("At least 6 members of the local police and guards were killed in the ambush.", (6, None), None),
        # a single person named by a group or by name
        ("A member of the village council (VC) was shot dead by masked men.", (1, 1), None),
        ("Hamid Saleh Omar was killed when a mine went off near his farm.", (1, 1), None),
        ("Two masked men opened fire on a guard in the square, killing him.", (1, 1), None),
        ("The landmine caused death of a lieutenant and three soldiers.", (4, 4), None),
        ("A member of the regime-backed “Village Guard” was found dead in the desert.", (1, 1), None),
        # one figure for killed and injured together is neither toll
        ("Ten soldiers killed and injured in an ambush in the desert", None, None),
        ("Over 20 soldiers were killed or wounded in the shelling.", None, None),
        # a word number or a coordination of single persons
        ("A child and a woman were killed in the strike.", (2, 2), None),
        ("Twenty-one civilians were killed in the strike.", (21, 21), None),
    ],
)
def test_real_report_wording(
    sentence: str, killed: tuple[int | None, int | None] | None, injured: tuple[int | None, int | None] | None
) -> None:
    reading = read_casualties(sentence)
    assert (bounds(reading.killed), bounds(reading.injured)) == (killed, injured)


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        # a later toll that details the first is not added
        ("30 people were killed in two strikes on the camp, where 20 members of one clan were killed.", (30, 30)),
        # a cumulative toll that sums this event with earlier ones is not added
        ("Shelling killed 10 civilians on Saturday, taking to 28 the civilian death toll of the offensive.", (10, 10)),
        ("A blast killed three guards, bringing the death toll from this week's attacks to 20.", (3, 3)),
        # but two tolls told side by side add up
        ("Two soldiers were killed in the blast and three civilians were killed by the shelling.", (5, 5)),
        # a name with an article joined by a hyphen
        ("On Friday, Omar Ali Al-Hasan was killed when a mine went off.", (1, 1)),
    ],
)
def test_details_and_names(sentence: str, killed: tuple[int, int]) -> None:
    assert bounds(read_casualties(sentence).killed) == killed


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        # a person's common noun before the name, as a title is: one person (and one more after "and his ...")
        ("Masked men shot dead Assyrian journalist Nabil Dawud near his office in the town.", (1, 1)),
        ("Gunmen killed teacher Rami Aziz and his son as they drove home on Friday.", (2, 2)),
        # a full name of five words
        ("A coalition strike near Shaddadi killed Omar Hamid Khalil Abdallah al-Obeidi, a local commander.", (1, 1)),
        # a second role of the same person is no second victim
        ("A US strike near Markada killed Faris Zaki, a senior ISIS official and recruiter.", (1, 1)),
        ("A strike near Markada killed an ISIS financier on Sunday.", (1, 1)),
        # ... while a list of persons still counts each
        ("A strike near Markada killed Faris Zaki, a nurse and a guard.", (3, 3)),
        # a plural or a party after the verb is no named person
        ("The ambush killed fighters of the Manbij Military Council on Sunday.", None),
    ],
)
def test_named_victim_with_a_noun_or_a_role(sentence: str, killed: tuple[int, int] | None) -> None:
    assert bounds(read_casualties(sentence).killed) == killed


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        # dying of one's injuries is a death, not an injury
        ("The monitor documented the death of a boy of his injuries sustained in a mine blast.", (1, 1), None),
        ("A shepherd dies of wounds sustained in a shelling on the village", (1, 1), None),
        # "the wounding of others" names no number, and is no single person
        ("The blast caused the deaths of four guards and the wounding of others.", (4, 4), None),
    ],
)
def test_deaths_of_wounds_and_unnumbered_wounded(
    sentence: str, killed: tuple[int, int] | None, injured: tuple[int, int] | None
) -> None:
    reading = read_casualties(sentence)
    assert (bounds(reading.killed), bounds(reading.injured)) == (killed, injured)


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        ("A drone struck a post, wounding three guards, one of them seriously.", None, (3, 3)),
        ("Gunmen shot dead a tribal dignitary in the town.", (1, 1), None),
        ("Three members of one family, a father and his two sons, were killed when a mine exploded.", (3, 3), None),
        ("Troops raided the town, killing a local Islamic State leader.", (1, 1), None),
        ("A drone hit a car, killing the driver and wounding his brother.", (1, 1), (1, 1)),
    ],
)
def test_persons_and_appositions(
    sentence: str, killed: tuple[int, int] | None, injured: tuple[int, int] | None
) -> None:
    reading = read_casualties(sentence)
    assert (bounds(reading.killed), bounds(reading.injured)) == (killed, injured)


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("Activists reported an assassination targeting a member of the local council in the village.", (1, 1)),
        ("Activists reported an attempted assassination targeting a member of the local council.", None),
        ("The monitor documented the death of a young female of the injuries she sustained.", (1, 1)),
    ],
)
def test_assassinations_and_deaths_of_persons(sentence: str, killed: tuple[int, int] | None) -> None:
    assert bounds(read_casualties(sentence).killed) == killed


def test_a_second_named_group_is_joined_only_when_the_count_ends_there() -> None:
    assert read_casualties("Four members of the SDF and the Asayish were killed.").victims == "members of the SDF and the Asayish"
    assert read_casualties("Gunmen killed two members of the SDF and Russian jets hit the town.").victims == (
        "members of the SDF"
    )


def test_a_preposition_ends_the_counted_phrase() -> None:
    # the head is "airstrikes", not "morning": a count of strikes is never a toll
    reading = read_casualties("Jets executing more than 100 airstrikes since morning hit positions in the desert.")
    assert reading.killed is None


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        # a party's losses in people are its dead; things it lost are not
        ("The militants also lost 14 members in the fighting.", (14, 14)),
        ("The army lost three soldiers and two tanks near the river.", (3, 3)),
        ("The brigade lost two armoured vehicles in the ambush.", None),
        ("The patrol lost contact with four soldiers.", None),
        # "at least" after the counted people opens the upper bound
        ("The army lost six soldiers at least in the battle.", (6, None)),
        ("Gunmen stormed the checkpoint, killing nine guards at least.", (9, None)),
        # both sides' dead told in one clause are added
        ("The fighting left eight soldiers dead, while the rebels lost four fighters.", (12, 12)),
    ],
)
def test_losses_of_a_party(sentence: str, killed: tuple[int | None, int | None] | None) -> None:
    assert bounds(read_casualties(sentence).killed) == killed


@pytest.mark.parametrize(
    ("line", "killed", "injured"),
    [
        # a headline drops the article: a bare person noun opening the line (or the part after "|") is one person
        ("Elderly woman killed by mine in village east of the river", (1, 1), None),
        ("Old ordnance | Boy wounded as shell explodes near school", None, (1, 1)),
        ("Shepherd killed, two wounded in drone strike", (1, 1), (2, 2)),
        # beside another toll of its kind in one line, the bare victim is another event of a summary headline
        ("Farmer killed in one town, shelling kills three in another", (3, 3), None),
        # after a present-tense killing verb, the headline's bare person is one victim too
        ("Shelling kills man in the town", (1, 1), None),
        # elsewhere a bare noun is no count
        ("Shelling hits market as man films from a roof", None, None),
        # the group the bare person belongs to may stand before the verb
        ("Manbij | Fighter of the Tal Tamr Military Council wounded by sniper fire", None, (1, 1)),
        ("Member of the Asayish killed as mine explodes under his motorcycle", (1, 1), None),
        # ... a group, not any words: a statement's figure stays the statement's
        ("Member of parliament says 5 killed in the shelling", (5, 5), None),
        ("Head of the council warns of attacks", None, None),
        # a part of the group named by its possessive, and a post's place label before the person
        ("#Kobani #Sarrin: Elder of the Bani Saeed tribe's al-Hamad branch wounded by masked men", None, (1, 1)),
        ("#Sarrin: Member of the Local Council killed by a stray bullet", (1, 1), None),
        # ... not a plain title's label (it may sum up two events the body tells apart), nor a label before no bare
        # person
        ("Tabqa bakery: boy killed, baker wounded", None, (1, 1)),
        ("#Sarrin: the car of a teacher was burnt by masked men", None, None),
    ],
)
def test_headline_person_without_article(
    line: str, killed: tuple[int | None, int | None] | None, injured: tuple[int | None, int | None] | None
) -> None:
    reading = read_casualties(line)
    assert (bounds(reading.killed), bounds(reading.injured)) == (killed, injured)


def test_wounded_and_missing_together_is_no_injured_count() -> None:
    reading = read_casualties("The toll may rise, as more than 30 people were wounded and missing after the raid.")
    assert reading.injured is None and reading.killed is None


def test_add_casualties_adds_bounds() -> None:
    from mapapp.extract.casualties import add_casualties
    from mapapp.model import Casualties

    total = add_casualties(Casualties(7, 7, "seven soldiers"), Casualties(5, None, "five members"))
    assert (total.low, total.high, total.phrase) == (12, None, "seven soldiers + five members")
    exact = add_casualties(Casualties(26, 26), Casualties(11, 11))
    assert (exact.low, exact.high) == (37, 37)


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        # relatives told with a possessive are further people: "two children and their mother" is three
        ("The drone killed two boys and their mother near the well.", (3, 3), None),
        ("The shell killed a farmer and his four sons.", (5, 5), None),
        ("Two girls and their father were wounded by the mine.", None, (3, 3)),
        ("Their driver was killed when the bus was hit.", (1, 1), None),
    ],
)
def test_relatives_with_a_possessive_are_counted(
    sentence: str, killed: tuple[int | None, int | None] | None, injured: tuple[int | None, int | None] | None
) -> None:
    reading = read_casualties(sentence)
    assert (bounds(reading.killed), bounds(reading.injured)) == (killed, injured)


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        # the dead or wounded named after the verb
        ("Killed were three guards and their officer.", (4, 4), None),
        ("Those killed included two nurses.", (2, 2), None),
        ("Those wounded included five pupils.", None, (5, 5)),
        # a bare "one" right after a casualty verb or before "was killed" is a person; "no one" is a stated zero
        ("The mine killed one and wounded two.", (1, 1), (2, 2)),
        ("One was killed and another was hurt, the monitor said.", (1, 1), (1, 1)),
        ("No one was killed in the raid.", (0, 0), None),
        ("No-one was hurt, the council said.", (0, 0), (0, 0)),
        # dying of one's wounds is a death
        ("The young guard succumbed to his injuries on Friday.", (1, 1), None),
        # a subset list ends before a second verb joined by "and": it is the dead, the wounded follow
        ("The raid killed six fighters, among them two officers, and wounded nine.", (6, 6), (9, 9)),
    ],
)
def test_inverted_bare_and_joined_wording(
    sentence: str, killed: tuple[int | None, int | None] | None, injured: tuple[int | None, int | None] | None
) -> None:
    reading = read_casualties(sentence)
    assert (bounds(reading.killed), bounds(reading.injured)) == (killed, injured)


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        # victims listed by name: one person per name
        ("The dead were identified as Karim Nasser, Fadi Yousef and Hadi Khalil.", (3, 3), None),
        ("The wounded were named as Rami al-Saleh (14) and Jamil Bakr, the council said.", None, (2, 2)),
        # names after a count name the people counted: not added
        ("The three killed were identified as Karim Nasser, Fadi Yousef and Hadi Khalil.", (3, 3), None),
        # a name that is not a victim's is no count
        ("The commander was identified as Karim Nasser.", None, None),
    ],
)
def test_victims_listed_by_name(
    sentence: str, killed: tuple[int | None, int | None] | None, injured: tuple[int | None, int | None] | None
) -> None:
    reading = read_casualties(sentence)
    assert (bounds(reading.killed), bounds(reading.injured)) == (killed, injured)


def test_a_long_run_of_names_stops_at_the_cap() -> None:
    names = ", ".join(f"Name{chr(65 + i % 26).lower()} Surname" for i in range(20_000))
    reading = read_casualties(f"The dead were identified as {names}.")
    assert reading.killed is not None and reading.killed.low == 30  # at most MAX_NAMES_LISTED names are read


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        # "casualties" are the dead and the wounded together: no toll of either, but its parts are tolls
        ("The blast left at least six casualties, a medic said.", None, None),
        ("The bombing has left nine people casualties in the market.", None, None),
        ("The raid caused 14 casualties, including three dead.", (3, 3), None),
        ("The shelling caused 20 casualties, among them 4 killed and 16 wounded.", (4, 4), (16, 16)),
    ],
)
def test_casualties_are_neither_toll(
    sentence: str, killed: tuple[int | None, int | None] | None, injured: tuple[int | None, int | None] | None
) -> None:
    reading = read_casualties(sentence)
    assert (bounds(reading.killed), bounds(reading.injured)) == (killed, injured)


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        # an age is not a count: the person it describes is one
        ("A 19-year-old shepherd was shot dead near the dam.", (1, 1), None),
        ("An 8 years-old girl died of her wounds.", (1, 1), None),
        ("Gunmen wounded a 40-year-old teacher.", None, (1, 1)),
        ("Two 20-year-old conscripts were killed.", (2, 2), None),
        # a long apposition between the person and the verb ("..., from the village of X which is ..., was shot")
        (
            "A young man, named as Jamal Haddad, from a village that belongs administratively to the town east of "
            "the river in the south of the governorate, was shot dead on Friday.",
            (1, 1),
            None,
        ),
    ],
)
def test_ages_and_long_appositions(
    sentence: str, killed: tuple[int | None, int | None] | None, injured: tuple[int | None, int | None] | None
) -> None:
    reading = read_casualties(sentence)
    assert (bounds(reading.killed), bounds(reading.injured)) == (killed, injured)


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        # assassinations and gunning down are killings of the person named after the verb
        ("Masked men assassinated a teacher near the school on Monday.", (1, 1)),
        ("Gunmen gunned down two brothers at the gate.", (2, 2)),
        ("A council member was assassinated in the market.", (1, 1)),
        # headline style drops the article after the verb as well
        ("Gunmen kill shepherd near the village", (1, 1)),
        ("Drone kills SDF commander in the town", (1, 1)),
        ("Unknown attackers assassinate guard at a pumping station", (1, 1)),
        # an attempt is no death
        ("Gunmen tried to assassinate a judge near the court.", None),
        ("Militants threatened to kill shepherd families.", None),
    ],
)
def test_assassinations_and_headline_objects(sentence: str, killed: tuple | None) -> None:
    assert bounds(read_casualties(sentence).killed) == killed


def test_the_sides_of_a_fight_are_not_counted_as_people() -> None:
    # "the two sides" / "both parties" name the parties of a fight: groups, not two people
    reading = read_casualties("Clashes erupted between the two sides and two gunmen were killed.")
    assert reading.killed is not None and (reading.killed.low, reading.killed.high) == (2, 2)
    assert read_casualties("The fighting between both parties left three fighters dead.").killed.low == 3


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        # a named group with a common-noun head belongs to the counted people
        ("Four fighters of the Syrian army were killed in an ambush on the road.", (4, 4)),
        # "its" opens one person as "his" and "the" do
        ("A drone hit a truck on the highway, killing its driver.", (1, 1)),
        # a group's titles are people, and so are those who ride or walk
        ("The raid killed an ISIS emir and two of his aides.", (3, 3)),
        ("A drone struck a motorcycle near the bridge, killing its rider.", (1, 1)),
        # a toll reported or confirmed is a toll
        ("Four people were reported dead after the blast.", (4, 4)),
        ("Three fighters were confirmed dead by the council.", (3, 3)),
    ],
)
def test_groups_possessives_and_titles(sentence: str, killed: tuple) -> None:
    assert bounds(read_casualties(sentence).killed) == killed


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        # the whole figure, exact: "all four", "a total of nine"
        ("The drone hit a van on the bridge, killing all four passengers.", (4, 4), None),
        ("The blast at the checkpoint killed a total of 9 people.", (9, 9), None),
        # a vehicle's owner is one person
        ("A bomb stuck to a pickup went off, killing its owner.", (1, 1), None),
        # the verb before its zero: "killed no one" is a stated zero of the dead, silence on the wounded
        ("The rockets killed no one but set two shops on fire.", (0, 0), None),
        ("The blast hurt nobody, the council said.", (0, 0), (0, 0)),
    ],
)
def test_whole_figures_owners_and_zeros_after_the_verb(sentence: str, killed: tuple | None, injured: tuple | None) -> None:
    reading = read_casualties(sentence)
    assert (bounds(reading.killed), bounds(reading.injured)) == (killed, injured)


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        # "along with", "together with" add a victim as "and" does
        ("The raid killed a local emir along with three of his companions.", (4, 4), None),
        ("A bomb killed the commander together with his bodyguard.", (2, 2), None),
        # a possessive before the figure: the counted people are still the dead or wounded
        ("A drone hit a pickup on the road, killing its three occupants.", (3, 3), None),
        ("The blast went off at the gate, wounding their two guards.", None, (2, 2)),
        # a bare "one" with the state it was left in
        ("The exchange of fire at the bridge left one dead.", (1, 1), None),
        # ("left their two children orphans" is no toll)
        ("The strike left their two children orphans.", None, None),
    ],
)
def test_along_with_possessive_figures_and_one_left_dead(
    sentence: str, killed: tuple | None, injured: tuple | None
) -> None:
    reading = read_casualties(sentence)
    assert (bounds(reading.killed), bounds(reading.injured)) == (killed, injured)


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        # one possessive for two relatives is two people
        ("A shell fell on the farm, killing a man and injuring his son and daughter.", (1, 1), (2, 2)),
        # ("his house and car" counts nobody)
        ("The blast damaged his house and car.", None, None),
        # a relative of the grandparents' generation and a party's cadre are people
        ("The shelling wounded a boy and his grandmother.", None, (2, 2)),
        ("The drone killed a senior cadre and two others.", (3, 3), None),
        # "one of them" after a toll of its kind is one of those counted
        ("The cell executed two shepherds, beheading one of them.", (2, 2), None),
        # an age by decade stands between the person and the verb
        ("A woman in her fifties was shot dead at the market.", (1, 1), None),
    ],
)
def test_shared_possessives_subsets_and_ages(sentence: str, killed: tuple | None, injured: tuple | None) -> None:
    reading = read_casualties(sentence)
    assert (bounds(reading.killed), bounds(reading.injured)) == (killed, injured)


def test_a_number_set_off_by_commas_after_a_name_is_an_age() -> None:
    # (the age was added to the person described after it: 50 + 1 = 51 wounded; "the mother of the injured
    # children" is still read as wounded herself, a known limit)
    reading = read_casualties("Sara Ali, 50, the mother of the injured children, said the shells hit the tents.")
    assert "50" not in (reading.injured.phrase if reading.injured else "")
    assert bounds(reading.injured) in (None, (1, 1))


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        # "no injuries" with no death told: nobody was harmed, so nobody died either (the heldout gold's reading)
        ("Mortar rounds hit the base at dawn; no injuries were reported.", (0, 0), (0, 0)),
        ("The strike caused no wounded, the council said.", (0, 0), (0, 0)),
        ("The shells fell on the fields without causing injuries, farmers said.", (0, 0), (0, 0)),
        ("The mortar round landed near the school without any injuries.", (0, 0), (0, 0)),
        ("Nobody was hurt when the rocket hit the depot.", (0, 0), (0, 0)),
        ("A drone hit the truck but caused no injuries or damage.", (0, 0), (0, 0)),
        ("The patrol came under fire without reports of casualties.", (0, 0), (0, 0)),
        ("There were no reports of casualties in the strike.", (0, 0), (0, 0)),
        # a figure of the dead beside it wins: the zero is of the wounded only
        ("The blast killed the driver; no injuries were reported.", (1, 1), (0, 0)),
        ("Two guards died, but nobody else was hurt.", (2, 2), (0, 0)),
    ],
)
def test_no_injuries_is_a_zero_of_the_wounded_and_the_dead(
    sentence: str, killed: tuple | None, injured: tuple | None
) -> None:
    reading = read_casualties(sentence)
    assert (bounds(reading.killed), bounds(reading.injured)) == (killed, injured)
    assert reading.killed_implied == (killed == (0, 0) and "casualties" not in sentence)


@pytest.mark.parametrize(
    ("sentence", "injured"),
    [
        ("One guard was slightly wounded.", (1, 1)),
        ("Two farmers were moderately injured.", (2, 2)),
        ("A shepherd passing by was also hurt.", (1, 1)),
        ("A boy nearby was wounded.", (1, 1)),
    ],
)
def test_wounded_with_a_degree_or_a_bystander_word(sentence: str, injured: tuple) -> None:
    assert bounds(read_casualties(sentence).injured) == injured


def test_his_body_found_is_one_dead() -> None:
    # the victim of an abduction told dead by the body found
    reading = read_casualties("His body was found two days later by shepherds.")
    assert bounds(reading.killed) == (1, 1)
    assert reading.victims is None
    assert read_casualties("His body was weak after the long march.").killed is None


def test_died_of_wounds_past_the_victims_group() -> None:
    reading = read_casualties("Activists documented the death of a member of the army of his wounds sustained in an attack.")
    assert bounds(reading.killed) == (1, 1) and reading.injured is None


def test_his_body_is_the_person_told_before_in_the_clause() -> None:
    reading = read_casualties("Activists documented the death of a man who was abducted last week and his body was dumped near a road.")
    assert bounds(reading.killed) == (1, 1)


@pytest.mark.parametrize(
    "text",
    [
        "A bomb hit a patrol near the town, killing and injuring six members.",
        "Activists documented the death and injury of five soldiers in the attack.",
    ],
)
def test_one_figure_for_the_dead_and_wounded_told_before_it_is_neither_toll(text: str) -> None:
    reading = read_casualties(text)
    assert reading.killed is None and reading.injured is None


def test_a_relative_after_a_person_of_a_common_noun_group_is_one_more() -> None:
    reading = read_casualties("Gunmen shot dead a member of the local council and his wife in the town.")
    assert bounds(reading.killed) == (2, 2)


def test_a_companion_under_the_possessive_is_a_person() -> None:
    reading = read_casualties("Gunmen fired on a truck, killing the driver and wounding his assistant.")
    assert bounds(reading.killed) == (1, 1) and bounds(reading.injured) == (1, 1)


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        ("A drone struck a car carrying two commanders, killing both.", (2, 2), None),
        ("Gunmen opened fire on two brothers, killing both of them.", (2, 2), None),
        ("Both were killed instantly.", (2, 2), None),
        ("Both children were wounded when a shell hit their house.", None, (2, 2)),
        ("Gunmen stormed a house and shot dead the two brothers who lived there.", (2, 2), None),
        # "both" of groups counts nobody, and never swallows the count that follows
        ("Clashes broke out, and both parties left three fighters dead.", (3, 3), None),
        ("Clashes erupted between both sides, killing six fighters.", (6, 6), None),
        # "another" with a noun counts a person only when the noun is one
        ("Another landmine wounded two children.", None, (2, 2)),
        ("Another fighter was wounded.", None, (1, 1)),
    ],
)
def test_both_the_two_and_another_as_counts(sentence: str, killed: tuple | None, injured: tuple | None) -> None:
    reading = read_casualties(sentence)
    assert (bounds(reading.killed), bounds(reading.injured)) == (killed, injured)


def test_every_count_of_a_list_is_kept_with_its_kind_or_none() -> None:
    counts = read_casualties("Two civilians were killed in Dhiban and one in Shuhayl.").counts
    assert [(c.phrase, c.kind) for c in counts] == [("Two civilians", "killed"), ("one", None)]
    assert bounds(read_casualties("Two civilians were killed in Dhiban and one in Shuhayl.").killed) == (2, 2)


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("A drone hit a car on the road, a citizen was martyred and another injured.", (1, 1)),
        ("A drone hit the village, killing the mayor of the village.", (1, 1)),
        # a group named with two head words: "the Syrian government forces"
        ("Two soldiers of the Syrian government forces were killed on Monday in an attack on their post.", (2, 2)),
    ],
)
def test_citizens_mayors_and_two_word_group_heads(sentence: str, killed: tuple[int, int]) -> None:
    assert bounds(read_casualties(sentence).killed) == killed


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("A bomb exploded at a checkpoint, killing one person in the car and another at the checkpoint.", (2, 2)),
        ("Four fighters were killed near Hajin and three others near the same town.", (7, 7)),
        ("The strike killed two people in a car and a third person in a nearby field.", (3, 3)),
        ("Gunmen shot dead both the mukhtar of Thiban and his driver.", (2, 2)),
        # a verb of its own: another figure, or no toll at all
        ("Gunmen killed a man, and another was arrested.", (1, 1)),
    ],
)
def test_further_people_of_a_toll_told_after_and(sentence: str, killed: tuple) -> None:
    assert bounds(read_casualties(sentence).killed) == killed


def test_a_priest_and_his_father_are_two_victims() -> None:
    killed = read_casualties("Unidentified gunmen killed an Armenian Catholic priest and his father near Busayrah.").killed
    assert killed is not None and (killed.low, killed.high) == (2, 2)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # a possessive "her" is no victim: the people after it are
        ("Gunmen fired on a family, killing a woman and wounding her three children.", (1, 1), (3, 3)),
        ("A shell hit the house, killing her instantly.", (1, 1), None),
        # possessive relatives after "the death of" / "the injury of"
        ("The shelling caused the death of a boy and the injury of his two sisters.", (1, 1), (2, 2)),
        ("Activists documented the death of his two sons in the blast.", (2, 2), None),
        # a group of people told with "from" before the verb
        ("A man was killed and three others from his family were injured in the blast.", (1, 1), (3, 3)),
        # a person named after the killing verb, and an apposition after a name
        ("Gunmen assassinated Khalil Hamad al-Omar, a member of the town council, in the village.", (1, 1), None),
        ("The drone killed Abu Omar Al-Shami, an ISIS leader, near the town.", (1, 1), None),
        ("The blast killed Omar Saleh, a woman and two children.", (4, 4), None),
        ("The strike killed Syrian Democratic Forces fighters near the town.", None, None),
    ],
)
def test_possessives_groups_from_and_names_after_the_verb(text: str, killed: tuple | None, injured: tuple | None) -> None:
    reading = read_casualties(text)
    assert bounds(reading.killed) == killed and bounds(reading.injured) == injured


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("A young man from Tabia was killed in the clashes.", (1, 1)),
        ("A man from the village said that two were killed.", (2, 2)),
    ],
)
def test_a_person_from_a_place_is_read_past_the_place(text: str, killed: tuple) -> None:
    assert bounds(read_casualties(text).killed) == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Gunmen on a motorcycle shot dead on Saturday a teacher in the town.", (1, 1)),
        ("A drone killed on Tuesday evening two fighters near the town.", (2, 2)),
    ],
)
def test_a_day_between_the_verb_and_its_object(text: str, killed: tuple) -> None:
    assert bounds(read_casualties(text).killed) == killed


def test_is_in_capitals_names_the_group_in_a_count() -> None:
    killed = read_casualties("Seven IS fighters were also killed in the clashes, the Observatory said.").killed
    assert killed is not None and (killed.low, killed.high) == (7, 7)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # the vehicle the counted rode in stands between the count and its verb
        ("Three men in the pickup were killed.", 3, None),
        ("Four passengers aboard the bus were wounded.", None, 4),
        # a named victim with a relative clause or a passive participle after a comma
        ("Relatives buried the martyr Khaled Omar, who was killed by a drone strike near his home.", 1, None),
        ("Rest in peace, the martyr Khaled Omar, killed by a drone strike near his home.", 1, None),
        ("Two shepherds, wounded by a mine blast on Monday, reached the hospital.", None, 2),
    ],
)
def test_count_separated_from_its_verb_by_a_vehicle_or_a_relative_comma(text: str, killed: int | None, injured: int | None) -> None:
    reading = read_casualties(text)
    assert (reading.killed.low if reading.killed else None) == killed
    assert (reading.injured.low if reading.injured else None) == injured


def test_coordinated_victims_with_less_common_person_nouns_are_summed() -> None:
    # "two X and a Y" after the verb: both nouns must be known person nouns to be added up
    reading = read_casualties("Gunmen executed two detainees and a politician on the highway.")
    assert reading.killed is not None and reading.killed.low == 3
    reading = read_casualties("A mine killed a paramedic and two hostages.")
    assert reading.killed is not None and reading.killed.low == 3


def test_the_other_of_two_after_a_casualty_verb_is_one_person() -> None:
    reading = read_casualties("A sniper hit two farmers, killing one and injuring the other.")
    assert reading.killed is not None and reading.killed.low == 1
    assert reading.injured is not None and reading.injured.low == reading.injured.high == 1


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("A tribal elder was killed along with his nephew on the road.", 2),
        ("A farmer died together with his three daughters when the mine went off.", 4),
        ("A guard was killed with his rifle still in his hands.", 1),  # a thing, not a person
    ],
)
def test_relatives_killed_with_the_one_counted_are_added(text: str, killed: int) -> None:
    reading = read_casualties(text)
    assert reading.killed is not None and reading.killed.low == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # the dead subject told by a pronoun, a name with a description, or far from its verb: the possessor is dead too
        ("She was killed along with her bodyguard.", (2, 2)),
        ("He was killed, along with his son, near the bridge.", (2, 2)),
        ("Layla Hamdan, head of the women's council, was killed along with her driver when their car was stopped.", (2, 2)),
        ("Nour Khalil, a council member, was pulled from his car and killed on the road west of Amuda, along with his brother.", (2, 2)),
        ("A gunman inside opened fire on the patrol and was killed, along with his cousin.", (2, 2)),
        ("He died together with his two sons in the blast.", (3, 3)),
        # one's own people after the counted victim with a bare "with"
        ("Masked men raided the house of a pharmacist in Tal Baydar and killed her with her daughter.", (2, 2)),
        ("The drone killed a field commander with his two escorts.", (3, 3)),
        # one dead (a singular passive) along with others counted
        ("A cameraman for the channel, Fadi Yusuf, was killed in the shelling of Tal Hassan along with 6 guards.", (7, 7)),
        ("The cameraman was killed along with two others.", (3, 3)),
        # past a comma after the verb
        ("Two emirs of the group were killed, along with up to 30 militants.", (2, 32)),
        # the dead subject counted already is not counted again
        ("A clan elder was killed along with his nephew near the well.", (2, 2)),
        ("Three shepherds died in the shelling and a farmer was killed along with his brother.", (5, 5)),
        # no person after "with", others counted with their own number, people who fought him, "their" of a group
        ("Gunmen killed him with his own pistol.", (1, 1)),
        ("A nurse was killed along with two others at the clinic.", (3, 3)),
        ("A young man was killed in a quarrel with his cousin.", (1, 1)),
        ("Four soldiers were killed along with their officer.", (5, 5)),
        ("They were killed along with 4 fighters.", (4, 4)),  # a plural subject: how many is not told
    ],
)
def test_the_one_killed_with_their_own_people_is_dead_too(text: str, killed: tuple[int, int]) -> None:
    assert bounds(read_casualties(text).killed) == killed


@pytest.mark.parametrize(
    "text",
    [
        "He drove off with his son before the shelling began.",
        "The man was wounded along with his son.",  # no death told
        "A drone hit a car with his family inside, and no one was hurt.",
    ],
)
def test_own_people_with_no_death_told_are_no_toll(text: str) -> None:
    killed = read_casualties(text).killed
    assert killed is None or (killed.low, killed.high) == (0, 0)


def test_the_target_surviving_with_wounds_is_one_wounded() -> None:
    reading = read_casualties("A bomb was planted under the mayor's car; he survived with serious injuries.")
    assert reading.injured is not None and reading.injured.low == reading.injured.high == 1
    assert reading.killed is None
    assert read_casualties("Gunmen fired at the mayor, but he survived unharmed.").injured is None


@pytest.mark.parametrize(
    ("sentence", "further"),
    [
        ("A third farmer died later in hospital.", True),
        ("Two more died on the way to hospital.", True),
        ("Three others died of their wounds.", True),
        ("Two of his guards were also killed.", True),
        ("More than ten people were killed.", False),
        ("Two farmers were killed.", False),
    ],
)
def test_a_figure_says_whether_it_counts_people_beyond_a_toll_told_before(sentence: str, further: bool) -> None:
    figure = read_casualties(sentence).killed
    assert figure is not None and is_further_figure(figure, sentence) is further


def test_also_after_a_toll_told_with_its_parts_may_be_one_more_part() -> None:
    sentence = "Two officers were also killed."
    figure = read_casualties(sentence).killed
    assert figure is not None and not is_further_figure(figure, sentence, subsets_told=True)


def test_the_wounded_told_dead_are_dead() -> None:
    reading = read_casualties("Two of the wounded died in hospital on Tuesday.")
    assert bounds(reading.killed) == (2, 2) and reading.injured is None


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        # a stated zero of the kind the clause gives no figure for
        ("No deaths were reported, but four people were wounded.", (0, 0), (4, 4)),
        ("No one was killed, but two guards were injured.", (0, 0), (2, 2)),
        # a person from a place written with its article
        ("A young man from al-Kasra was shot dead.", (1, 1), None),
        # a group whose name goes on with an article-prefixed word
        ("A member of the Liwa al-Baqir militia was killed and three others were wounded.", (1, 1), (3, 3)),
        # the attacker named among the dead before the victims
        ("The bomber blew himself up, killing himself and three guards.", (3, 3), None),
        ("A car bomb went off, killing the bomber and two guards.", (2, 2), None),
        ("Two dozen farmers were wounded.", None, (24, 24)),
        ("Half a dozen soldiers were killed.", (6, 6), None),
    ],
)
def test_wordings_of_tolls_seen_in_outlet_styles(
    sentence: str, killed: tuple[int, int] | None, injured: tuple[int, int] | None
) -> None:
    reading = read_casualties(sentence)
    assert (bounds(reading.killed), bounds(reading.injured)) == (killed, injured)


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        # a list of victims goes on past the description of the one named first
        ("Gunmen killed Sheikh Omar al-Ali, a tribal elder, and his driver.", (2, 2)),
        ("killing Omar Saleh, a member of the council, and his brother", (2, 2)),
        ("A drone killed the commander of the Hajin Military Council, Omar Saleh, and two of his guards.", (3, 3)),
        # one person described: still one
        ("Sheikh Omar, an elder of the tribe, was shot dead.", (1, 1)),
    ],
)
def test_the_dead_listed_past_an_apposition_are_all_counted(sentence: str, killed: tuple[int, int]) -> None:
    assert bounds(read_casualties(sentence).killed) == killed


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        # the people of a toll named one by one between commas are the toll again
        ("Shelling killed two civilians, a man and his son, on Sunday.", (2, 2)),
        ("Two children, a boy and a girl, were killed.", (2, 2)),
        # a list of other people is more people
        ("Shelling killed two fighters, a woman and a child.", (4, 4)),
        # relatives killed with the one counted, past the day
        ("A guard was killed on Monday, along with his wife and son, near the gate.", (3, 3)),
    ],
)
def test_people_named_after_a_toll_are_counted_once(sentence: str, killed: tuple[int, int]) -> None:
    assert bounds(read_casualties(sentence).killed) == killed


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        # two groups of one toll, the second after "and" between the first and its verb
        ("The fighting left four members of the factions and three SDF fighters dead.", (7, 7)),
        ("Nine villagers, including four children and two women, were killed.", (9, 9)),
        ("Twenty members of one clan were killed.", (20, 20)),
        # another source's count of the same dead: a range, not a sum
        ("The attack killed five guards, the SDF said, while ISIS said it killed 11.", (5, 11)),
        ("Strikes killed 12 people, the monitor said, but local activists put the toll at 15.", (12, 15)),
        ("Officials put the death toll at 20.", (20, 20)),
        # the other side's dead, told without a source of its own, are added
        ("The clashes killed five guards, while ISIS lost seven members.", (12, 12)),
    ],
)
def test_groups_and_sources_of_one_toll(sentence: str, killed: tuple[int, int]) -> None:
    assert bounds(read_casualties(sentence).killed) == killed


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        ("One guard was killed and no one else was hurt.", (1, 1), (0, 0)),
        ("We lost two comrades and three were wounded.", (2, 2), (3, 3)),
        ("His wife survived with minor injuries.", None, (1, 1)),
        ("A third escaped with wounds.", None, (1, 1)),
        ("A passer-by was also injured.", None, (1, 1)),
    ],
)
def test_survivors_bystanders_and_a_zero_for_everyone_else(
    sentence: str, killed: tuple[int, int] | None, injured: tuple[int, int] | None
) -> None:
    reading = read_casualties(sentence)
    assert (bounds(reading.killed), bounds(reading.injured)) == (killed, injured)


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        # an age after a person noun is no count, and the list goes on past it
        ("Gunmen killed a baker, 45, and his son.", (2, 2), None),
        ("A drone killed a couple and their two children.", (4, 4), None),
        # "N of them" with its own casualty verb is a toll; after a toll of the clause it is a part of it
        ("Shepherds crossed the field; three of them were killed.", (3, 3), None),
        ("Mines killed five people, two of them children.", (5, 5), None),
        # the dead "included" after the toll: a part of it
        ("Strikes killed 8 fighters, the monitor said, adding that the dead included 5 foreigners.", (8, 8), None),
        ("A shell killed a pupil and wounded four of his classmates.", (1, 1), (4, 4)),
    ],
)
def test_ages_couples_parts_and_pupils(
    sentence: str, killed: tuple[int, int] | None, injured: tuple[int, int] | None
) -> None:
    reading = read_casualties(sentence)
    assert (bounds(reading.killed), bounds(reading.injured)) == (killed, injured)


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        # "N of the injured" after the toll of the wounded is a part of it
        ("Four people died and 12 were injured, with two of the injured in a critical condition.", (4, 4), (12, 12)),
        # an age by decade between two listed people
        ("A man in his seventies and his grandson were killed.", (2, 2), None),
    ],
)
def test_parts_of_the_wounded_and_ages_by_decade_in_a_list(
    sentence: str, killed: tuple[int, int] | None, injured: tuple[int, int] | None
) -> None:
    reading = read_casualties(sentence)
    assert (bounds(reading.killed), bounds(reading.injured)) == (killed, injured)


def test_the_dead_named_after_where_they_died_count_one_per_name() -> None:
    reading = read_casualties("The dead in the strike on Hajin on Sunday were named as Omar Ali and Sami Issa.")
    assert bounds(reading.killed) == (2, 2)


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        # a further person with a verb of its own is not one more of the toll (one who lost a leg is wounded)
        ("Two of them were killed and a third lost a leg.", (2, 2), (1, 1)),
        # an apposition closed by a comma before the auxiliary
        ("The car's occupants, three guards, were killed.", (3, 3), None),
        # the dead named after the verb, past where
        ("Killed in the attack were a woman and her baby.", (2, 2), None),
        # a bare comma with a verb of another kind stays a list of two tolls
        ("The blast killed two, wounded three.", (2, 2), (3, 3)),
    ],
)
def test_verbs_and_commas_around_counted_people(
    sentence: str, killed: tuple[int, int] | None, injured: tuple[int, int] | None
) -> None:
    reading = read_casualties(sentence)
    assert (bounds(reading.killed), bounds(reading.injured)) == (killed, injured)


def test_a_further_count_says_it_adds_people() -> None:
    sentence = "A further two died of their wounds on Sunday."
    figure = read_casualties(sentence).killed
    assert figure is not None and is_further_figure(figure, sentence)


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        # a group named with its allegiance, a lower-case word of its name or an article-prefixed word
        ("Four members of the National Defence Forces loyal to the regime were killed.", (4, 4)),
        ("Three members of the militias affiliated with the IRGC were killed.", (3, 3)),
        ("Two fighters of the Arab tribal forces affiliated with the SDF were killed.", (2, 2)),
        ("Two fighters of the Deir ez-Zor Military Council were killed.", (2, 2)),
    ],
)
def test_members_of_a_group_named_at_length_are_counted(sentence: str, killed: tuple[int, int]) -> None:
    assert bounds(read_casualties(sentence).killed) == killed


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("Two martyrs fell in the shelling.", (2, 2)),
        ("The blast took the lives of three children.", (3, 3)),
    ],
)
def test_state_and_local_media_wordings_of_the_dead(sentence: str, killed: tuple[int, int]) -> None:
    assert bounds(read_casualties(sentence).killed) == killed


def test_a_member_of_a_named_tribe_is_one_person() -> None:
    assert bounds(read_casualties("A member of the Bakara tribe was killed in the village.").killed) == (1, 1)


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("A man who hails from Dhiban was killed in the market.", (1, 1)),
        ("Two brothers, who are originally from the village, were killed on the road.", (2, 2)),
    ],
)
def test_where_the_counted_come_from_in_a_relative_clause(sentence: str, killed: tuple) -> None:
    assert bounds(read_casualties(sentence).killed) == killed


def test_a_relative_clause_with_a_saying_verb_is_not_skipped() -> None:
    """'A man who is from X said two were killed': the two are the toll, not the man."""
    assert bounds(read_casualties("A man who is from the village said two were killed.").killed) == (2, 2)


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        # the active verb of the Kurdish and Syrian outlets, and its noun without an article
        ("A drone strike on the post martyred three guards and wounded a fourth.", (3, 3), (1, 1)),
        ("The shelling caused martyrdom of a farmer and his son.", (2, 2), None),
        # a count with "martyr(s)" as the toll's noun, and a bare "one" listed with its state
        ("Mortar fire on the market last night, 2 child martyrs and 4 wounded.", (2, 2), (4, 4)),
        ("Sniper fire on the road: 1 martyr and 2 injured.", (1, 1), (2, 2)),
        ("Heavy bombing since dawn, three martyrs and one wounded.", (3, 3), (1, 1)),
        ("Clashes at the bridge, one killed + 2 injured.", (1, 1), (2, 2)),
        # a title before a name is no count
        ("The martyr Khalil Omar was buried in his village.", None, None),
    ],
)
def test_martyr_wording_and_listed_one(sentence: str, killed: tuple | None, injured: tuple | None) -> None:
    reading = read_casualties(sentence)
    assert (bounds(reading.killed), bounds(reading.injured)) == (killed, injured)


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        # "others" of the other kind beside a figure: at least two more people
        ("A shepherd was killed and others were wounded when the mine went off.", (1, 1), (2, None)),
        ("Nine soldiers died, while others were injured, in the ambush.", (9, 9), (2, None)),
        ("The blast killed a driver and injured others.", (1, 1), (2, None)),
        ("The shells hit the camp, killing three and wounding others.", (3, 3), (2, None)),
        # a figure "on each side" of a fight is of each of the two sides
        ("The feud between the clans left one dead on each side.", (2, 2), None),
        ("The clashes killed four people on each side.", (8, 8), None),
        ("The clashes left 11 fighters dead on both sides.", (11, 11), None),  # a total of both
    ],
)
def test_others_and_each_side(sentence: str, killed: tuple | None, injured: tuple | None) -> None:
    reading = read_casualties(sentence)
    assert (bounds(reading.killed), bounds(reading.injured)) == (killed, injured)


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        # the person telling the toll is no further victim
        ("Gunmen stormed the post at night, killing three guards, an SDF commander said.", (3, 3)),
        ("The clashes killed two fighters, an official from the council said.", (2, 2)),
        # a second group coordinated past the first's "of the X" adds to it
        ("The fighting killed six members of the factions and two SDF fighters.", (8, 8)),
    ],
)
def test_teller_after_toll_and_group_past_its_of_phrase(sentence: str, killed: tuple) -> None:
    assert bounds(read_casualties(sentence).killed) == killed


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        # the people of a role's plural named one by one between commas are that toll again
        ("A shell killed two shepherds, a man and his nephew, the council said.", (2, 2), None),
        # without the closing comma it is a list of several groups
        ("The strike killed two fighters, a woman and a child.", (4, 4), None),
        # the attacker as the only dead told
        ("The bomber blew himself up at the gate, killing himself and wounding three guards.", (1, 1), (3, 3)),
    ],
)
def test_role_enumeration_and_the_attacker_alone(sentence: str, killed: tuple, injured: tuple | None) -> None:
    reading = read_casualties(sentence)
    assert (bounds(reading.killed), bounds(reading.injured)) == (killed, injured)


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        ("No one was killed or injured in the blast.", (0, 0), (0, 0)),
        ("No soldiers were injured or killed, the ministry said.", (0, 0), (0, 0)),
        ("Gunmen killed a pair of shepherds near the river.", (2, 2), None),
    ],
)
def test_both_kinds_zero_and_a_pair(sentence: str, killed: tuple, injured: tuple | None) -> None:
    reading = read_casualties(sentence)
    assert (bounds(reading.killed), bounds(reading.injured)) == (killed, injured)


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        # a pronoun subject of a death opening a clause is the person told
        ("Gunmen fired on the car of a council member, he was killed instantly.", (1, 1), None),
        ("A sniper hit a shepherd near the dam; she died on the way to hospital.", (1, 1), None),
        ("He said the strike hit an empty building.", None, None),
        # a part of the toll named after it with "among them"
        ("The strikes killed nine fighters, a commander among them, at dawn.", (9, 9), None),
    ],
)
def test_pronoun_subject_dead_and_subset_after(sentence: str, killed: tuple | None, injured: tuple | None) -> None:
    reading = read_casualties(sentence)
    assert (bounds(reading.killed), bounds(reading.injured)) == (killed, injured)


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        # a bare person noun with its state after a comma, as local pages list them
        ("A shell hit a car on the highway near the bridge, driver injured.", None, (1, 1)),
        ("Gunmen raided a house at dawn, man killed, his brother wounded.", (1, 1), (1, 1)),
        # a lower-case word after a comma that is no person is nothing
        ("The shelling hit the market, roof damaged.", None, None),
    ],
)
def test_bare_person_after_a_comma(sentence: str, killed: tuple | None, injured: tuple | None) -> None:
    reading = read_casualties(sentence)
    assert (bounds(reading.killed), bounds(reading.injured)) == (killed, injured)


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        # a hedged toll is a toll
        ("Officials said 40 of the militants were believed to have been killed in the raid.", (40, 40)),
        ("Dozens are thought to have died in the collapse of the tunnel.", (24, None)),
        # the person of a killing named without an article; strangling is a killing
        ("Tabqa: murder of council employee by unknown men near the bridge.", (1, 1)),
        ("A girl was found strangled near the camp fence.", (1, 1)),
        ("An attempted assassination of SDF commander failed at the checkpoint.", None),
    ],
)
def test_hedged_toll_bare_victim_of_a_killing_and_strangling(sentence: str, killed: tuple | None) -> None:
    assert bounds(read_casualties(sentence).killed) == killed


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        # an unknown number of dead: someone died
        ("A boat was hit on the river, leaving an unknown number dead.", (1, None)),
        # a name with the Arabic article, then its description, is one person
        ("The strike killed Khalid al-Omari, an ISIS official, near the border.", (1, 1)),
        ("The strike killed Khalid al-Omari, a woman and two children.", (4, 4)),
    ],
)
def test_unknown_number_and_name_with_article(sentence: str, killed: tuple) -> None:
    assert bounds(read_casualties(sentence).killed) == killed


def test_no_injuries_with_an_adjective() -> None:
    reading = read_casualties("The strike killed a militant; there were no civilian injuries.")
    assert (bounds(reading.killed), bounds(reading.injured)) == ((1, 1), (0, 0))


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        # a weapon stopped before it struck killed nobody
        ("A drone flew toward the base but was shot down by air defences.", (0, 0)),
        ("Troops at the airfield intercepted two rockets fired from the east.", (0, 0)),
        ("Guards intercepted a fuel truck at the gate.", None),  # no weapon: nothing said of people
        ("The drone was shot down after it killed a farmer.", (1, 1)),  # a toll told wins
    ],
)
def test_weapon_shot_down_killed_nobody(sentence: str, killed: tuple | None) -> None:
    reading = read_casualties(sentence)
    assert bounds(reading.killed) == killed and reading.injured is None


@pytest.mark.parametrize(
    "text",
    ["Police foiled the attempted murder of two guards.", "The attempted killing of a council member failed."],
)
def test_an_attempted_killing_counts_no_dead(text: str) -> None:
    assert read_casualties(text).killed is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Artillery hit the outskirts of the village on Sunday, causing only heavy damage to homes.",
        "A drone struck a farm near the town, which only caused fires in the wheat fields.",
        "Shells fell near the checkpoint, which merely caused damage to a wall.",
        "The rocket hit a warehouse and resulted in material losses alone.",
        "The damage was limited to property, a local source said.",
        "There were no injuries and only minor damage.",
    ],
)
def test_damage_alone_is_a_zero_of_both_kinds(sentence: str) -> None:
    reading = read_casualties(sentence)
    assert bounds(reading.killed) == (0, 0) and bounds(reading.injured) == (0, 0)
    assert is_damage_zero(reading.killed) or "no injuries" in sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Artillery hit the outskirts of the village on Sunday, causing heavy damage to homes.",
        "A drone struck a farm near the town, which caused fires in the wheat fields.",
        "Shells fell near the checkpoint, setting a fuel tanker ablaze.",
        "Mortar rounds landed on the road, damaging a power line.",
        "The rocket hit a warehouse and resulted in material losses.",
        # a plain damage before, an "only" one after: the second tells the whole consequence
        "Shells hit a school, causing damage to its roof; a second volley caused only damage to a barn.",
    ],
)
def test_damage_told_plainly_is_no_zero_unless_told_as_the_whole(sentence: str) -> None:
    # what was hit is told, not that nobody was hurt: the web golds leave the toll out ("only" makes it a zero)
    reading = read_casualties(sentence)
    expected = (0, 0) if "only" in sentence else None
    assert bounds(reading.killed) == expected and bounds(reading.injured) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Artillery hit the village, causing damage and wounding a child.",
        "A shell set a car on fire, and its driver was hurt.",
        "The blast damaged shops, and several bodies were pulled from the rubble.",
        "A drone struck a car, damaging it; the man inside died in hospital.",
    ],
)
def test_damage_beside_a_casualty_is_no_zero(sentence: str) -> None:
    reading = read_casualties(sentence)
    assert not is_damage_zero(reading.killed) and not is_damage_zero(reading.injured)


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        # maimed people are wounded
        ("A farmer lost his leg when a mine went off under his tractor.", None, (1, 1)),
        ("Two boys lost their legs in the blast.", None, (2, 2)),
        ("A shepherd had his foot amputated after the explosion.", None, (1, 1)),
        # "left N with injuries" is wounded, not dead; a body with the wounds it died of stays dead
        ("The shelling left four people with injuries.", None, (4, 4)),
        ("Police found the body of a man with gunshot wounds.", (1, 1), None),
        # an infinitive after a causing verb
        ("The strike caused three fighters to be martyred.", (3, 3), None),
        ("A shell caused two women to be wounded.", None, (2, 2)),
        # "a second" is one more person only when it stands alone
        ("The ambush left one guard dead and a second wounded.", (1, 1), (1, 1)),
        ("A second drone killed two fighters.", (2, 2), None),
        # the pronoun after the people counted just before
        ("Gunmen opened fire on two farmers, killing them instantly.", (2, 2), None),
        ("Masked men stopped three workers on the road and wounded them.", None, (3, 3)),
        ("Two gunmen stopped the car and shot at the driver, wounding him.", None, (1, 1)),
        # a group's long name between the person and the verb; a dotted abbreviation in the noun phrase
        ("A member of the SDF's Deir ez-Zor Military Council was killed by gunmen.", (1, 1), None),
        ("Three U.S. service members were wounded in the attack.", None, (3, 3)),
        # a throat cut is a killing; suspects and attackers are people
        ("A woman was found with her throat cut in the camp.", (1, 1), None),
        ("The raid killed two suspects.", (2, 2), None),
    ],
)
def test_further_toll_wordings(sentence: str, killed: tuple | None, injured: tuple | None) -> None:
    reading = read_casualties(sentence)
    assert bounds(reading.killed) == killed
    assert bounds(reading.injured) == injured


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ('Their fighters destroyed a vehicle and killed "a number of mercenaries".', (2, None)),
        ("The SDF said it killed “dozens” of attackers near the highway.", (24, None)),
        ('Clashes killed four members of "Al-Hamzah" Division.', (4, 4)),
    ],
)
def test_a_toll_in_quotation_marks_is_read(sentence: str, killed: tuple) -> None:
    assert bounds(read_casualties(sentence).killed) == killed


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        # a part told by how badly it was hurt is one of the count before it
        ("Gunmen fired on the farmers, injuring three of them, one seriously.", None, (3, 3)),
        ("The blast wounded four people, two of them critically.", None, (4, 4)),
        ("The strike killed one man and wounded two, one in critical condition.", (1, 1), (2, 2)),
        # the pronoun after people of a named group
        ("Gunmen opened fire on two members of the Syrian Democratic Forces, killing them instantly.", (2, 2), None),
        # the toll of the event answered is that event's
        ("Jets struck depots near the border in retaliation for a drone attack that killed three soldiers.", None, None),
        ("Drones hit a base, killing two guards, in response to a rocket attack which wounded four.", (2, 2), None),
        # (every wording of lexicon.ANSWERED_EVENT_WORDS)
        # ... but rescuers responding to an event respond to the one reported: its toll
        ("Medics responding to a mortar attack that killed five guards near the dam found a sixth man alive.", (5, 5), None),
        ("Jets hit a depot near the dam as retaliation for a mortar attack that killed five guards.", None, None),
        ("Jets hit a depot near the dam in reaction to a mortar attack which wounded five guards.", None, None),
    ],
)
def test_parts_pronouns_and_answered_tolls(sentence: str, killed: tuple | None, injured: tuple | None) -> None:
    reading = read_casualties(sentence)
    assert bounds(reading.killed) == killed
    assert bounds(reading.injured) == injured


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        # a post's spelling and a dropped article
        ("1 woman martyr and 3 injuried.", (1, 1), (3, 3)),
        ("The artillery shelled the district, unknown number of injuried.", None, (1, None)),
        # four words between the article and the person
        ("A Deir ez-Zor Military Council soldier was found dead on the road.", (1, 1), None),
        # a title before the name after the killing verb
        ("An airstrike in eastern Syria killed ISIS senior official Omar Khalil.", (1, 1), None),
    ],
)
def test_posts_titles_and_long_descriptions(sentence: str, killed: tuple | None, injured: tuple | None) -> None:
    reading = read_casualties(sentence)
    assert bounds(reading.killed) == killed
    assert bounds(reading.injured) == injured


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("Gunmen killed Omar Saleh and Khalid Issa in the village.", (2, 2)),
        ("Masked men shot dead Omar Saleh, Khalid Issa and Sami Hamad near the mill.", (3, 3)),
        ("Gunmen killed Omar Saleh and wounded his son.", (1, 1)),
        ("Gunmen killed Omar Saleh, a teacher, in the village.", (1, 1)),
    ],
)
def test_victims_listed_by_name_after_the_killing_verb(sentence: str, killed: tuple) -> None:
    assert bounds(read_casualties(sentence).killed) == killed


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        # a kind told after a list of three or more goes back over every item
        ("The monitor said 20 guards, four civilians and at least 30 militants had died by Tuesday.", (54, None)),
        ("Eight fighters, two women, a child and three medics were killed in the shelling.", (14, 14)),
        # a finite death verb after an apposition
        ("Omar Saleh, a member of the Asayish, lost his life when gunmen fired on his car.", (1, 1)),
        ("Khalid Issa, a local teacher, died when the shell struck his house.", (1, 1)),
        # "martyrs of <group>": the martyrs are the head, not the group
        ("Two martyrs of the National Army fell in the clashes, may God have mercy on them.", (2, 2)),
        ("Three martyrs of the Manbij Military Council, the council said.", (3, 3)),
        # more ways to tell one death
        ("A woman had her throat slit inside her tent in the camp.", (1, 1)),
        ("A shepherd was burned to death in his hut near the village.", (1, 1)),
        ("A civilian man succumbed to wounds he had sustained in the shooting.", (1, 1)),
        ("Our heroic comrade Sergeant Ali K. was martyred in an IED attack.", (1, 1)),
        # an acronym in brackets does not cut a person's description; the head of "X of Y" is X
        ("A drone killed a senior Syrian Democratic Forces (SDF) officer and his driver.", (2, 2)),
        ("A drone killed a senior People's Protection Units commander and two of his guards.", (3, 3)),
        ("Three fighters of the Women's Protection Units were killed when a drone hit their car.", (3, 3)),
        ("Two young men of the Shaytat clan killed when a drone bombed their motorcycle.", (2, 2)),
        # a figure closing a name is no count
        ("During the sweep, dubbed Safe Camp 2, one SDF fighter was killed in a clash.", (1, 1)),
        ("On Monday 3 were killed in the shelling.", (3, 3)),
    ],
)
def test_lists_appositions_and_ways_of_telling_a_death(sentence: str, killed: tuple) -> None:
    assert bounds(read_casualties(sentence).killed) == killed


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("The planes struck the bakery at noon, 4 martyrs so far.", (4, None)),
        ("So far, 12 people have been killed in the shelling of the town.", (12, None)),
        ("The strike killed nine people until now, medics said.", (9, None)),
        # a count to date qualifies the dead next to it only
        ("A bomb killed five people, bringing the number killed so far this year to 40.", (5, 5)),
        ("The drone killed two fighters, the first such attack so far.", (2, 2)),
        ("So far, no casualties have been reported.", (0, 0)),
        # a toll said to be likely to rise is the figure told (UCDP codes it so)
        ("The shelling killed seven people; the toll is expected to rise.", (7, 7)),
    ],
)
def test_a_count_to_date_is_a_lower_bound(sentence: str, killed: tuple) -> None:
    assert bounds(read_casualties(sentence).killed) == killed


def test_an_adverb_of_intent_or_how_the_victims_travelled_before_the_verb() -> None:
    assert read_casualties("In the strike, three civilians were unintentionally killed.").killed.low == 3  # type: ignore[union-attr]
    injured = read_casualties("Two civilians travelling in a nearby car were accidentally injured.").injured
    assert injured is not None and injured.low == 2


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # a post's bare "nobody hurt", with no copula
        ("A mine went off under a pickup near the lake this morning, nobody hurt.", 0, 0),
        ("A shell fell on a farm near the river, no one injured.", 0, 0),
        # a hedged zero: "no one was reported hurt", "no civilians were believed to be hurt"
        ("Rockets struck the base on Monday; no one was reported hurt.", 0, 0),
        ("Mortar rounds landed near the market. No civilians were believed to be harmed.", 0, 0),
        # "no indications of civilian casualties": a zero, not an unconfirmed figure
        ("There are no indications of civilian casualties.", 0, 0),
        ("There is no sign that any civilians were killed or wounded.", 0, 0),
        # the people attacked unharmed, as a group
        ("A bomb went off beside the convoy, but the patrol escaped unharmed.", 0, 0),
        ("A drone hit the pickup; its three passengers survived unhurt.", 0, 0),
    ],
)
def test_every_wording_of_nobody_hurt_is_a_stated_zero(text: str, killed: int, injured: int) -> None:
    reading = read_casualties(text)
    assert reading.killed is not None and reading.killed.low == reading.killed.high == killed
    assert reading.injured is not None and reading.injured.low == reading.injured.high == injured


@pytest.mark.parametrize(
    "text",
    [
        "Fighters said the three car bombs were destroyed before reaching their targets.",
        "A car bomb was intercepted near the checkpoint before it could reach its target.",
        "A truck packed with explosives was stopped before it reached the base.",
        "Guards blew up the vehicle before it reached their lines.",
    ],
)
def test_a_weapon_stopped_short_of_its_target_killed_nobody(text: str) -> None:
    reading = read_casualties(text)
    assert reading.killed is not None and reading.killed.low == reading.killed.high == 0
    assert reading.injured is None


def test_a_weapon_stopped_short_with_a_toll_keeps_the_toll() -> None:
    reading = read_casualties("The car bomb went off before reaching its target, killing the driver.")
    assert reading.killed is not None and reading.killed.low == reading.killed.high == 1


def test_a_list_of_victims_going_on_with_as_well_as_is_summed() -> None:
    reading = read_casualties("The bomber struck a cafe, killing two soldiers, a woman and a child, as well as 12 others.")
    assert reading.killed is not None and reading.killed.low == 16
    # the people of a toll named one by one stay the toll ("two civilians, a man and his son," is two)
    assert read_casualties("Gunmen shot dead two civilians, a man and his son, on the road.").killed.low == 2
    reading = read_casualties("Shelling killed three fighters, as well as two civilians.")
    assert reading.killed is not None and reading.killed.low == reading.killed.high == 5


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("Two farmers were shot and killed near the well.", 2, None),
        ("In the market, three men were shot and wounded in a quarrel.", None, 3),
        ("A guard was stabbed and seriously injured at the gate.", None, 1),
        ("A teacher was abducted and later killed by gunmen.", 1, None),
    ],
)
def test_the_violence_told_before_its_outcome_keeps_the_count(text: str, killed: int | None, injured: int | None) -> None:
    reading = read_casualties(text)
    assert (reading.killed.low if reading.killed else None) == killed
    assert (reading.injured.low if reading.injured else None) == injured


@pytest.mark.parametrize(
    ("text", "low"),
    [
        ("The raid killed 19 or more gunmen.", 19),
        ("Twelve or more villagers were killed in the bombing.", 12),
        ("Shelling killed 30 or more people on the road.", 30),
    ],
)
def test_a_count_or_more_has_no_upper_bound(text: str, low: int) -> None:
    reading = read_casualties(text)
    assert reading.killed is not None and reading.killed.low == low and reading.killed.high is None


def test_wounded_people_who_died_are_no_count_of_the_wounded() -> None:
    reading = read_casualties("The toll rose to 14 after several wounded fighters died of their injuries.")
    assert reading.injured is None
    reading = read_casualties("Five were wounded in the blast.")
    assert reading.injured is not None and reading.injured.low == 5


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("A gunman who fired on the patrol was killed.", 1, None),
        ("Two guards who tried to stop the truck were wounded.", None, 2),
        ("A rebel who crossed the line was arrested.", None, None),
    ],
)
def test_a_restrictive_relative_clause_stands_between_the_people_and_their_verb(
    text: str, killed: int | None, injured: int | None
) -> None:
    reading = read_casualties(text)
    assert (reading.killed.low if reading.killed else None) == killed
    assert (reading.injured.low if reading.injured else None) == injured


@pytest.mark.parametrize(
    "text",
    [
        "Forces raided a farm near Suwar, killing Abd-al-Karim Salih al-Hamad, a senior ISIS official.",
        "Forces raided a farm near Suwar, killing Omar 'Ayid Salih al-Hamad, a senior ISIS official responsible for "
        "smuggling weapons.",
        "The raid near Suwar resulted in the death of Abd-al-Karim Salih al-Hamad, an ISIS planner.",
    ],
)
def test_one_person_named_after_the_killing_is_one_dead(text: str) -> None:
    reading = read_casualties(text)
    assert reading.killed is not None and reading.killed.low == reading.killed.high == 1


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        # the person's origin between the person and the verb: one person
        ("A woman of Turkmen origin was killed by stray bullets in the market.", (1, 1), None),
        ("A boy of Iraqi nationality and his sister were wounded by a grenade.", None, (2, 2)),
        # a count stays a count
        ("Three men of Afghan nationality were killed in the raid.", (3, 3), None),
    ],
)
def test_a_person_of_some_origin_is_one_person(
    sentence: str, killed: tuple[int, int] | None, injured: tuple[int, int] | None
) -> None:
    reading = read_casualties(sentence)
    assert (bounds(reading.killed), bounds(reading.injured)) == (killed, injured)


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        # the site the counted were at stands between them and the verb
        ("A nurse at the field hospital was killed and four patients were hurt.", (1, 1), (4, 4)),
        ("Three workers inside the grain silo were wounded.", None, (3, 3)),
        # a saying verb after the site: the count told after it is the toll
        ("A farmer in the orchard said three were killed.", (3, 3), None),
    ],
)
def test_the_site_of_the_counted_before_their_verb(
    sentence: str, killed: tuple[int, int] | None, injured: tuple[int, int] | None
) -> None:
    reading = read_casualties(sentence)
    assert (bounds(reading.killed), bounds(reading.injured)) == (killed, injured)


def _only_incident(text: str):
    from tests.extract.reading import rule_incidents
    from mapapp.model import Document

    found = rule_incidents(Document(text=text))
    assert len(found) == 1, [i.evidence_text for i in found]
    return found[0]


@pytest.mark.parametrize(
    ("second", "killed", "injured"),
    [
        # the later figure is the count the vague word bounded
        ("The strike on the depot near Tabqa killed 41 fighters and wounded 12, the monitor said.", (41, 41), (12, 12)),
        ("At least 30 fighters were killed in the strike on the depot near Tabqa, the monitor said.", (30, None), None),
        # a figure below the bound is no count of it; a figure that counts more people is added
        ("The strike on the depot near Tabqa killed 9 fighters, the monitor said.", (24, None), None),
        ("Five civilians were also killed in the strike on the depot near Tabqa.", (29, None), None),
        # nor is a figure beyond what the word stands for ("dozens" are no thousand: a total of another kind)
        ("More than 1,000 fighters were killed in the strike on the depot near Tabqa, the monitor said.", (24, None), None),
    ],
)
def test_a_later_figure_gives_the_count_of_a_vague_toll(second: str, killed: tuple, injured: tuple | None) -> None:
    incident = _only_incident("A drone strike killed dozens of fighters at a depot near Tabqa on Friday. " + second)
    assert bounds(incident.killed) == killed and bounds(incident.injured) == injured


def test_a_figure_does_not_replace_an_exact_toll() -> None:
    incident = _only_incident(
        "A drone strike killed 30 fighters at a depot near Tabqa on Friday. "
        "The strike on the depot near Tabqa killed 41 fighters, the monitor said."
    )
    assert bounds(incident.killed) != (41, 41)


def test_a_few_dozen_is_dozens() -> None:
    assert bounds(read_casualties("A few dozen fighters were killed in the assault.").killed) == (24, None)


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        # the Turkish defence ministry's "neutralized", of a figure: a toll
        ("Four PKK/YPG terrorists were neutralized after firing at our post near Tal Tamr.", (4, 4)),
        ("Our howitzers neutralized 6 terrorists in the Manbij region.", (6, 6)),
        ("2 terrorists neutralized near Jarablus.", (2, 2)),
        # a vague word (the ministry's claim), or what it vows: no toll
        ("Many terrorists were neutralized in the operation.", None),
        ("Our units neutralized dozens of terrorists.", None),
        ("The fight goes on until the last terrorist is neutralized.", None),
        ("An explosive-laden vehicle was neutralized by our troops.", None),
        ("The ministry said it neutralized a YPG commander near Amuda.", None),
        ("A terrorist was neutralized near Amuda.", None),
        # things put out of action, not people: no toll
        ("Army engineers neutralized 4 explosive devices near Ain Issa.", None),
        ("On Friday 9 landmines left on the road to Suluk were neutralized.", None),
        ("Air defences neutralized 3 drones over the base.", None),
    ],
)
def test_neutralized_counts_the_dead_of_a_figure(sentence: str, killed: tuple | None) -> None:
    assert bounds(read_casualties(sentence).killed) == killed


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        # a military release's fighters "destroyed" / "eliminated" / "liquidated": a toll
        ("As a result, up to 12 militants were destroyed near the village.", (0, 12)),
        ("Some 30 terrorists were eliminated in the strikes on Sunday.", (30, 30)),
        ("The bombers hit a headquarters, a fuel depot and up to 40 militants near Sukhnah.", None),
        ("The bombers destroyed a headquarters, a fuel depot and up to 40 militants near Sukhnah.", (0, 40)),
        ("Troops liquidated 7 gunmen in the desert east of Palmyra.", (7, 7)),
        ("The raid ended with eliminating a number of ISIS members.", (2, None)),
        # things counted beside the people are not people
        ("In the raids, two command posts, four depots and up to 25 militants were eliminated.", (0, 25)),
        ("Two fuel depots and 9 fighters were killed in the strike.", (9, 9)),
        # things destroyed, or a verb of another clause before the people: no toll
        ("Jets destroyed two tanks and three pickup trucks on the road.", None),
        ("Up to 9 vehicles were destroyed in the raid.", None),
        ("Artillery destroyed a bridge as 6 fighters crossed the river.", None),
        ("Sappers eliminated 4 mines near the school.", None),
        # members of no armed party: another sense of the verb
        ("Five members of the youth committee were eliminated from the ballot.", None),
        ("The court eliminated 3 members from the list of candidates.", None),
        # members of a party named with them are its fighters
        ("Jets eliminated 6 members of ISIS near the dam.", (6, 6)),
    ],
)
def test_fighters_destroyed_or_eliminated_are_dead(sentence: str, killed: tuple | None) -> None:
    assert bounds(read_casualties(sentence).killed) == killed


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        # the victim's relatives told with a relative clause of their own are further dead
        ("A shell hit a farm near Tabqa, killing a farmer and his three daughters who were picking cotton.", (4, 4)),
        ("Troops raided a farm, killing a local emir, Abu Khalid, and two of his brothers who guarded him.", (3, 3)),
        # past what the first is said to be
        ("The strike on Monday killed Saleh Omar, described as a senior recruiter, and two of his guards, the army said.", (3, 3)),
        # others with a clause of their own, not the victim's relatives: not added
        ("The strike killed a fighter, and two others who were nearby fled.", (1, 1)),
    ],
)
def test_further_people_after_a_victim_s_description(sentence: str, killed: tuple) -> None:
    assert bounds(read_casualties(sentence).killed) == killed


@pytest.mark.parametrize(
    ("expression", "expected"),
    [("up to 80", (0, 80)), ("as many as 6", (0, 6)), ("at most 3", (0, 3)), ("no more than 4", (0, 4)), ("almost 30", (None, 30))],
)
def test_an_upper_bound_alone_is_none_to_it(expression: str, expected: tuple) -> None:
    assert parse_count(expression) == expected


def test_a_name_joined_by_a_slash_stays_in_the_counted_phrase() -> None:
    reading = read_casualties("Three ISIS/Daesh fighters who attacked the post near Hajin were killed.")
    assert bounds(reading.killed) == (3, 3)


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        # a describing abbreviation with its dots before the one person counted
        ("A rocket hit the base, killing a U.S. contractor and wounding four soldiers.", (1, 1), (4, 4)),
        ("A U.N. worker was wounded in the blast near Qamishli.", None, (1, 1)),
        # the site the person was at, named before its common word
        ("A guard at the Jbeisa gas station was killed and three workers were hurt.", (1, 1), (3, 3)),
        ("A worker at the al-Omar oil field was wounded.", None, (1, 1)),
        # the force the counted serve in, told by a participle
        ("A French soldier and a Danish soldier serving with the coalition were killed.", (2, 2), None),
        ("Two nurses working for the Red Crescent were wounded by the shelling.", None, (2, 2)),
        # not a stretch to skip: a saying verb past the site or the force
        ("A man at the Jbeisa gas station said two were killed.", (2, 2), None),
        ("Two soldiers serving with the army said three were killed.", (3, 3), None),
        # no abbreviation: a sentence's end between the article and the noun counts nobody
        ("Jets hit a car. Soldier dies of wounds days later", None, None),
    ],
)
def test_a_single_victim_described_by_an_abbreviation_a_site_or_a_force(
    sentence: str, killed: tuple | None, injured: tuple | None
) -> None:
    reading = read_casualties(sentence)
    assert (bounds(reading.killed), bounds(reading.injured)) == (killed, injured)


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        # a long relative clause telling what the counted were doing, between them and their verb
        (
            "9 PKK/YPG terrorists who were trying to infiltrate our positions in the Ayn Issa sector of the Euphrates "
            "Shield region were neutralized by our units.",
            (9, 9),
        ),
        ("Three gunmen who had been hiding in an empty farmhouse on the edge of the village of Kasra were killed.", (3, 3)),
        # found first, then neutralized
        ("Near Tal Abyad, 2 terrorists who fired on our base were detected and neutralized by our howitzers.", (2, 2)),
        # no toll: what the long relative's people said, or found and arrested
        (
            "Two men who were standing near the checkpoint on the main road into the town of Hajin said three were killed.",
            (3, 3),
        ),
        ("Two suspects who fired on the patrol near the village of Kasra were identified and arrested.", None),
    ],
)
def test_a_long_relative_or_a_finding_before_the_death_verb(sentence: str, killed: tuple | None) -> None:
    assert bounds(read_casualties(sentence).killed) == killed


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        # the sides the counted belong to, told between them and their verb: a total of both
        ("Medics said at least nine fighters from both sides were killed near Jarablus.", (9, None)),
        ("Eleven gunmen on the two sides had been killed by Friday, the monitor said.", (11, 11)),
        # per side is not a total told here
        ("Fighters from both sides said the truce was holding.", None),
    ],
)
def test_the_sides_of_the_counted_stand_between_them_and_their_verb(sentence: str, killed: tuple | None) -> None:
    assert bounds(read_casualties(sentence).killed) == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # a year after its preposition is no count to add to the dead told after it
        ("In 2015, seven guards were killed at the silo near Amuda.", (7, 7)),
        ("Since 2021, 14 shepherds have been killed by mines in the desert.", (14, 14)),
        # a number of people told as one is still counted
        ("In all, 1990 people were killed in the siege.", (1990, 1990)),
    ],
)
def test_a_year_after_its_preposition_is_not_counted(text: str, killed: tuple[int, int]) -> None:
    figure = read_casualties(text).killed
    assert figure is not None and (figure.low, figure.high) == killed


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        # "no injuries and no damage": the zero of the wounded is not undone by what follows "and"
        ("An officer said the blast caused no injuries and no damage to the depot.", (0, 0), (0, 0)),
        ("Two mortar rounds fell near the airfield; there were no injuries and little damage.", (0, 0), (0, 0)),
        # a dead figure told after "and" is the toll of the dead; the zero stays the wounded's
        ("The clinic counted no injured and three dead after the blast.", (3, 3), (0, 0)),
    ],
)
def test_no_injuries_followed_by_and(sentence: str, killed: tuple | None, injured: tuple | None) -> None:
    reading = read_casualties(sentence)
    assert (bounds(reading.killed), bounds(reading.injured)) == (killed, injured)


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        # a party or a list of people told unhurt: a zero of their wounded, which says nothing of others' dead
        ("Shells fell near the outpost overnight; no Iraqi soldiers were wounded.", None, (0, 0)),
        ("No guards or drivers were harmed, the company said.", None, (0, 0)),
        ("The rockets struck the compound, but no American personnel were hurt.", None, (0, 0)),
        ("A bomb went off by the road; no passers-by were killed.", (0, 0), None),
        # "no one was hit": the shots struck nobody, so nobody was hurt or killed
        ("Border guards shot at the shepherds near Qasr; no one was hit.", (0, 0), (0, 0)),
    ],
)
def test_a_party_told_unhurt_is_a_zero_of_its_wounded(sentence: str, killed: tuple | None, injured: tuple | None) -> None:
    reading = read_casualties(sentence)
    assert (bounds(reading.killed), bounds(reading.injured)) == (killed, injured)


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        # not a zero: a bound, a time word, things rather than people
        ("No more than four fighters were wounded in the raid.", None, (0, 4)),
        ("No sooner had the convoy left than two drivers were wounded.", None, (2, 2)),
        ("No buildings were hit when the shells landed in the fields.", None, None),
        ("No fewer than six soldiers were killed in the ambush.", (6, None), None),
    ],
)
def test_a_party_told_unhurt_does_not_fire_on_bounds_or_things(
    sentence: str, killed: tuple | None, injured: tuple | None
) -> None:
    reading = read_casualties(sentence)
    assert (bounds(reading.killed), bounds(reading.injured)) == (killed, injured)


@pytest.mark.parametrize(
    "sentence",
    [
        # "no" opening a clause, not a party: nothing is told of anyone's harm, so no zero
        "Residents said there was no doubt the men were killed.",
        "The hospital had no idea how many were hurt.",
        "There is no telling how many were killed in the village.",
        "It was no secret the guards were hurt.",
    ],
)
def test_no_opening_a_clause_is_no_zero_of_a_party(sentence: str) -> None:
    reading = read_casualties(sentence)
    assert (reading.killed, reading.injured) == (None, None)


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        # a party's stated zero: "with no U.S. casualties", "no coalition casualties"
        ("The drone attack targeted the Tanf garrison, with no U.S. casualties.", (0, 0), (0, 0)),
        ("There were no coalition casualties in the night raid.", (0, 0), (0, 0)),
        # (a figure of others told beside it stays the toll)
        ("The strikes killed nine militants, with no U.S. casualties.", (9, 9), None),
    ],
)
def test_a_partys_stated_zero_of_casualties(sentence: str, killed: tuple | None, injured: tuple | None) -> None:
    reading = read_casualties(sentence)
    assert (bounds(reading.killed), bounds(reading.injured)) == (killed, injured)


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        # a side's own dead told beside the enemy's in one clause: both sides' dead of the fight
        ("The guards killed four raiders near the mill, losing two of their own.", (6, 6), None),
        ("Our units repelled the assault and killed five of the attackers, while a soldier of our unit, Sami Haddad, "
         "was martyred.", (6, 6), None),
        ("Four fighters of the brigade fell martyrs in the battle.", (4, 4), None),
        ("Two guards fell as martyrs at the gate.", (2, 2), None),
        # (negative: a clause after "and" or "while" is no apposition of the count before it)
        ("Gunmen killed two guards, and a passer-by, Rami Aziz, was wounded.", (2, 2), (1, 1)),
        # (negative: "their own" things are not people)
        ("The farmers lost two of their own tractors in the fire.", None, None),
    ],
)
def test_a_sides_own_dead_beside_the_enemys(sentence: str, killed: tuple | None, injured: tuple | None) -> None:
    reading = read_casualties(sentence)
    assert (bounds(reading.killed), bounds(reading.injured)) == (killed, injured)


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        # the year of a full date is no count of people
        ("On April 28, 2024, a child, Omar Hassan, was killed by a landmine.", (1, 1), None),
        ("On 3 May, 2023, two farmers were wounded by a shell.", None, (2, 2)),
        # (negative: a figure after a date and a verb is still a count)
        ("The blast on March 3 killed 2024 people, the ministry claimed.", (2024, 2024), None),
    ],
)
def test_the_year_of_a_full_date_is_not_a_count(sentence: str, killed: tuple | None, injured: tuple | None) -> None:
    reading = read_casualties(sentence)
    assert (bounds(reading.killed), bounds(reading.injured)) == (killed, injured)


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        # one person told by a role, then described: one person
        ("A bomb hidden in a van exploded in Amuda, killing its owner, a local council member.", (1, 1), None),
        ("A roadside bomb wounded its driver, an SDF officer, near Manbij.", None, (1, 1)),
        ("Gunmen on a motorbike killed a village elder, Sheikh Ali Hamdan, at his door in Tayana.", (1, 1), None),
        ('Unknown men shot dead "Omar Saleh", a teacher, in the town of Hajin.', (1, 1), None),
        # (negatives: lists of people)
        ("A bomb killed its driver, a woman and a child in Amuda.", (3, 3), None),
        ("A shell killed a farmer, a teacher, and a student in the village.", (3, 3), None),
        ("Gunmen killed a teacher, Sheikh Ali Hamdan, and his son in Tayana.", (2, 2), None),
        ('Militants shot dead "Omar Saleh", a boy and a woman near Hajin.', (3, 3), None),
        # (a list told with a comma before its "and": the role, then two more people)
        ("The mortar round killed the driver, a passenger, and two children in Amuda.", (4, 4), None),
        ("Shelling on the market wounded the mayor, a guard, and a nurse in Tal Tamr.", None, (3, 3)),
        # (but the comma closing a description, then the clause goes on: still one person)
        ("A drone killed its driver, a council member, and wounded two others near Amuda.", (1, 1), (2, 2)),
    ],
)
def test_a_person_told_by_role_or_name_then_described_is_one(
    sentence: str, killed: tuple[int, int] | None, injured: tuple[int, int] | None
) -> None:
    reading = read_casualties(sentence)
    assert (bounds(reading.killed), bounds(reading.injured)) == (killed, injured)


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        # what the counted were doing, between the count and its passive verb: a participle, or a relative with a
        # place set off by commas inside it
        ("7 YPG terrorists trying to infiltrate the Operation area were neutralized.", (7, 7), None),
        ("Two gunmen attempting to reach the checkpoint were shot dead by guards.", (2, 2), None),
        (
            "5 PKK terrorists who were preparing to strike our soldiers in the Olive Branch zone, near Afrin, were "
            "neutralized by our artillery.",
            (5, 5),
            None,
        ),
        # (negatives: another clause's verb after the participle or the relative)
        ("Gunmen killed two soldiers manning a checkpoint where three civilians were wounded.", (2, 2), (3, 3)),
        ("The blast killed two guards protecting the clinic as patients were wounded.", (2, 2), None),
        ("Three men who fled, while two others were wounded, reached the town.", None, (2, 2)),
        ("Four fighters holding the hill, the commander said, were later evacuated.", None, None),
    ],
)
def test_a_count_described_before_its_passive_verb(
    sentence: str, killed: tuple[int, int] | None, injured: tuple[int, int] | None
) -> None:
    reading = read_casualties(sentence)
    assert (bounds(reading.killed), bounds(reading.injured)) == (killed, injured)


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        # a span of time before an adverb of time counts no people
        ("Four days earlier, a shepherd was shot dead near the well.", (1, 1)),
        ("Two weeks ago, three guards were killed at the gate.", (3, 3)),
        ("The monitor said the drone strike three days ago killed at least 6 fighters.", (6, None)),
        # (negatives: people whose noun starts with a word of time, and a span told with "of")
        ("Two day labourers were killed by a mine.", (2, 2)),
        ("Five days of shelling killed 30 people.", (30, 30)),
    ],
)
def test_a_span_of_time_counts_no_people(sentence: str, killed: tuple[int, int | None]) -> None:
    assert bounds(read_casualties(sentence).killed) == killed


@pytest.mark.parametrize(
    "text",
    [
        "Drones hit the outskirts of Derik on Friday, the council said, without reporting casualties.",
        "A mortar round landed near the base at the Jafra field without damage.",
        "Rockets struck the airport perimeter without causing any damage, the coalition said.",
        "Landmine went off near the school in Gharanij, damage only",
    ],
)
def test_a_source_telling_no_casualty_or_not_even_damage_states_a_zero(text: str) -> None:
    reading = read_casualties(text)
    assert bounds(reading.killed) == (0, 0)
    assert bounds(reading.injured) == (0, 0)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Jets mounted a dozen raids on the town, activists said without giving a toll.", None),  # silence
        ("The shell killed a farmer near Tal Baydar, without damage to the nearby houses.", (1, 1)),  # a toll told
        ("The blast caused damage only to the shopfronts, and three passers-by died.", (3, 3)),
    ],
)
def test_no_damage_or_no_toll_given_is_no_zero_beside_a_toll_or_silence(text: str, killed: tuple | None) -> None:
    assert bounds(read_casualties(text).killed) == killed


def test_tolls_added_where_either_may_be_untold() -> None:
    from mapapp.model import Casualties

    four, two_or_more = Casualties(low=4, high=4), Casualties(low=2, high=None)
    assert add_tolls(None, None) is None
    assert add_tolls(four, None) is four
    assert add_tolls(None, two_or_more) is two_or_more
    assert bounds(add_tolls(four, two_or_more)) == (6, None)


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        # a bare "some" counts more than one, how many untold (as "several")
        ("The militants seized the post and executed some of the guards.", (2, None)),
        ("Witnesses said some were shot dead at the gate.", (2, None)),
        # "some" before a figure is its modifier, and "some" of the speakers counts nobody
        ("Jets struck the market, killing some 30 people.", (30, 30)),
        ("Some residents said the strike killed four people.", (4, 4)),
        # nor "some" (nor "several") of the sources that tell the count
        ("Some sources said five fighters were killed near the dam.", (5, 5)),
        ("Several monitors reported three soldiers were killed.", (3, 3)),
        ("Some say dozens were killed in the raid.", (24, None)),
    ],
)
def test_a_bare_some_is_more_than_one(sentence: str, killed: tuple | None) -> None:
    assert bounds(read_casualties(sentence).killed) == killed


@pytest.mark.parametrize(
    "text",
    [
        "at least 12 people were killed and between two and five others wounded",
        "some 1,200 fighters, nearly forty-three of them, up to 7-9 men or more",
        "a total of nine civilians, all four passengers, about a hundred of those displaced",
        "no more than three dozen, in excess of 15 or 16 guards, another one of whom",
        "the ambassador met the atoll's mayor about water; approximately nothing else",
    ],
)
def test_the_count_pattern_finds_what_its_plain_alternations_find(text: str) -> None:
    """The count pattern's number words and modifiers are dispatched on their opening character behind a look-ahead
    on what a count opens with (speed): the same matches, groups and spans as the plain alternations."""
    import re

    from mapapp.extract import casualties

    base = "(?:" + "|".join(casualties._BASE_ALTERNATIVES) + ")"
    plain = re.compile(
        rf"(?<![a-z0-9-])(?:(?P<mod>{casualties._MODIFIERS_PLAIN})\s+)?"
        rf"(?:between\s+(?P<r1>{base})\s+and\s+(?P<r2>{base})|(?P<lo>{base})\s+(?:to|or)\s+(?P<hi>{base})"
        rf"|(?P<dlo>\d+)\s*[-–]\s*(?P<dhi>\d+)|(?P<base>{base})(?P<ormore>\s+or\s+(?:more|above|over))?)\b"
        r"(?P<rest>(?:\s+(?:others|other|more)\b)?(?:\s+of\b(?:\s+(?:them|the|whom|those)\b)?)?)"
    )
    found = [(m.span(), m.groupdict()) for m in casualties._COUNT_RE.finditer(text)]
    assert found == [(m.span(), m.groupdict()) for m in plain.finditer(text)]
    assert len(found) >= 2 or "ambassador" in text


@pytest.mark.parametrize(
    ("left", "killed"),
    [
        ("Militants stormed the farm, killing ", True),
        ("the strike took the lives of ", True),
        ("Those killed in the raid near the bridge were ", True),
        ("A guard was killed on the road outside the mill, along with his ", True),
        ("Unknown gunmen shot dead ", True),
        ("The council said the market was left with ", False),
        ("Rain fell on the hills overnight, flooding ", False),
    ],
)
def test_the_killed_on_the_left_scan_is_gated_without_losing_a_match(left: str, killed: bool) -> None:
    """The window before a count is scanned for a killing word only when it holds one of the scan's required words
    (speed): the gated scan finds what the plain search finds."""
    from mapapp.extract import casualties
    from mapapp.extract.lexicon import gated_search

    found = gated_search(casualties._LEFT_KILLED_RE, left)
    plain = casualties._LEFT_KILLED_RE.search(left)
    assert (found is not None) is killed
    assert (found and found.span()) == (plain and plain.span())


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        # the counted, subject of a deed of their own, then "and" their death: the same subject's
        ("A gunman inside fired at the patrol and was killed in the exchange.", (1, 1)),
        ("a wanted man resisted arrest on Friday and was shot dead by the unit", (1, 1)),
        ("Three militants hiding in the cave opened fire on the troops and were killed.", (3, 3)),
        ("He fired on the soldiers and was killed in the gunfight, and a guard was hurt.", (1, 1)),
        # the same deeds after a pronoun as after a count (one list of them)
        ("She hid behind the wall and was killed by the next shell.", (1, 1)),
        ("He threw a grenade at the guards and was shot dead.", (1, 1)),
        # the counted as the object of the deed: the dead are its subject's, not the counted
        ("Gunmen shot two guards and were killed by the patrol.", None),
        ("The raiders attacked two soldiers posted there and were killed.", None),
        # a later death of someone already told, no deed of the pronoun's own before it
        ("The courier was arrested, and he later died.", None),
    ],
)
def test_the_counted_whose_own_deed_comes_before_their_death(sentence: str, killed: tuple | None) -> None:
    assert bounds(read_casualties(sentence).killed) == killed


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        # a crucifixion is a killing: the crucified are dead, after the verb, before it, or after "crucifixion of/against"
        ("Militants crucified three men in the square of Manbij.", (3, 3)),
        ("A farmer was crucified in the market of Raqqa.", (1, 1)),
        ("Six men were crucified in Mayadin on Friday.", (6, 6)),
        ("In Hajin the militants inflicted the punishment of crucifixion against a shepherd.", (1, 1)),
        ("Jihadists crucify shepherd in Tabqa", (1, 1)),
        # ... the dead crucified after an execution are counted once
        ("The militants executed two men and crucified their bodies.", (2, 2)),
        # a threat or a figure of speech is no death
        ("Residents said the group threatened to crucify two men who smoked.", None),
        ("The priest spoke of Christ crucified at the Easter service in Qamishli.", None),
    ],
)
def test_crucifixion_is_a_killing(sentence: str, killed: tuple | None) -> None:
    assert bounds(read_casualties(sentence).killed) == killed


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        # a serviceman, an adviser, a director are single people: a second victim after "and" adds to the first
        ("A roadside bomb killed a Syrian soldier and an Iranian adviser near Mayadin.", (2, 2)),
        ("The mine killed a French serviceman and a local guide.", (2, 2)),
        ("Gunmen assassinated the director of the water station in Busayrah.", (1, 1)),
        ("Unknown gunmen assassinate the director of a school in Hajin", (1, 1)),
        # ... and an interpreter or a translator, after a describing person noun ("a civilian interpreter")
        ("Near Hajin, two Iraqi guards and one civilian interpreter were killed late on Monday.", (3, 3)),
        ("An ambush near Hajin killed two guards and a local translator.", (3, 3)),
        ("The interpreter said the convoy had turned back.", None),
        # not a victim when only speaking
        ("The director of the water station said the pumps had stopped.", None),
    ],
)
def test_person_nouns_of_office_and_service(sentence: str, killed: tuple | None) -> None:
    assert bounds(read_casualties(sentence).killed) == killed


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        # the speaker "X of Y" before a saying verb is not the counted, whose figure stands after the verb
        ("The commander of the brigade said two fighters were killed near Tabqa.", (2, 2), None),
        ("A spokesman of the council told reporters that three guards were wounded.", None, (3, 3)),
        ("The head of the local hospital stated four patients had died.", (4, 4), None),
        # a group after "of" still keeps the count's kind
        ("Six members of the local police were killed.", (6, 6), None),
        ("Two members of the army and police were wounded in the blast.", None, (2, 2)),
        ("A member of the town council was shot dead.", (1, 1), None),
    ],
)
def test_speaker_of_a_group_is_not_the_counted(sentence: str, killed: tuple | None, injured: tuple | None) -> None:
    reading = read_casualties(sentence)
    assert bounds(reading.killed) == killed
    assert bounds(reading.injured) == injured


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        # "elements" is how monitors translated from Arabic count fighters; an "expert" (a mine expert) is a person
        ("Five regime elements died in the ambush near Hajin.", (5, 5)),
        ("An element of the local police was shot dead at a checkpoint.", (1, 1)),
        ("Patrols found two of their elements slaughtered beside the canal.", (2, 2)),
        ("A soldier and a Danish explosives expert were killed by a mine.", (2, 2)),
        # not a person when nothing is counted or harmed
        ("Experts said the element of surprise was lost.", None),
    ],
)
def test_elements_and_experts_are_people(sentence: str, killed: tuple | None) -> None:
    assert bounds(read_casualties(sentence).killed) == killed


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # the monitors' misspelling of "casualties" is the casualty word: its stated zero is read
        ("Shells fell on the farm, but no causalities were recorded.", (0, 0), (0, 0)),
        ("The drone hit a car; there were no Causalities.", (0, 0), (0, 0)),
        ("A fighter was hurt; the other causality was a guard.", None, (1, 1)),
        # a word of cause stays what it is, and talk of casualties gives no figure
        ("Medics spoke of causalities at the post.", None, None),
        ("The causality of the fire is unclear.", None, None),
    ],
)
def test_causalities_is_read_as_casualties(
    text: str, killed: tuple[int, int] | None, injured: tuple[int, int] | None
) -> None:
    reading = read_casualties(text)
    assert bounds(reading.killed) == killed
    assert bounds(reading.injured) == injured


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # the toll named before its figure gives its kind, not a casualty word of the next toll after it
        ("The death toll rose to 4, among them a boy, and the number of injured farmers rose to 19.", (4, 4), (19, 19)),
        ("The number of wounded farmers and shepherds in the valley has risen to eleven.", None, (11, 11)),
        # far from its figure: a long telling of the attack stands between them
        (
            "The death toll from the mortar rounds and rockets that the militants fired at the market and the "
            "bus station in the old town late on Friday evening rose to 6 people.",
            (6, 6),
            None,
        ),
        ("The death toll reached at least 8 as rescuers searched the rubble.", (8, None), None),
    ],
)
def test_a_toll_named_before_its_figure_gives_its_kind(
    text: str, killed: tuple[int, int] | None, injured: tuple[int, int] | None
) -> None:
    reading = read_casualties(text)
    assert bounds(reading.killed) == killed
    assert bounds(reading.injured) == injured


@pytest.mark.parametrize(
    ("text", "kind", "figure", "other_figure"),
    [
        # another casualty word between a named toll and the verb is that verb's subject: its figure is not counted
        # in the named toll's kind (whether the other toll is read is left to the casualty words after it)
        ("The number of wounded reached 20, while the dead rose to 7.", "injured", 20, 7),
        ("The number of dead rose to 4 and the wounded climbed to 10.", "killed", 4, 10),
        ("The number of martyrs climbed to 9, activists said, while the injured reached 14.", "killed", 9, 14),
        ("The number of injured was 12 while deaths rose to 5.", "injured", None, 5),
        # the dead counted with the missing are no death toll
        ("The number of dead or missing rose to 15.", "killed", None, 15),
        # a toll told as unknown names no figure: the verb after it is the attack's
        ("The number of wounded is not known after a drone hit 2 soldiers.", "injured", None, 2),
    ],
)
def test_a_named_toll_gives_no_kind_to_another_toll_s_figure(
    text: str, kind: str, figure: int | None, other_figure: int
) -> None:
    toll = getattr(read_casualties(text), kind)
    if figure is None:
        assert toll is None or other_figure not in (toll.low, toll.high)
    else:
        assert bounds(toll) == (figure, figure)


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        ("A mortar round wounded an individual at the market.", None, (1, 1)),
        ("An individual lost his life when the shell landed.", (1, 1), None),
        ("An old individual was killed and two boys were hurt.", (1, 1), (2, 2)),
        ("The wanted individual was killed in the raid.", (1, 1), None),
        # the adjective counts nobody: the toll is the men's
        ("An individual strike on the depot killed two men.", (2, 2), None),
    ],
)
def test_an_individual_is_one_person(sentence: str, killed: tuple | None, injured: tuple | None) -> None:
    reading = read_casualties(sentence)
    assert (bounds(reading.killed), bounds(reading.injured)) == (killed, injured)


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        # a report qualified by when or how it came is still the zero told
        ("Shells hit the dam; no immediate reports of casualties came in.", (0, 0), (0, 0)),
        ("Shells fell on the farms, with no confirmed reports of casualties.", (0, 0), (0, 0)),
        # the negated verb before the wounded: nobody hurt, so nobody dead
        ("The rocket struck the gate yet did not result in any injuries.", (0, 0), (0, 0)),
        # a loss of life denied: a zero of the dead, the wounded left untold
        ("The downed drone did not cause any loss of lives.", (0, 0), None),
        ("The blast on the road caused no loss of life.", (0, 0), None),
        # a regret for a loss of life is no zero
        ("The command regrets the loss of life in the strike.", None, None),
    ],
)
def test_stated_zero_worded_with_a_qualifier_or_a_negated_verb(
    sentence: str, killed: tuple | None, injured: tuple | None
) -> None:
    reading = read_casualties(sentence)
    assert (bounds(reading.killed), bounds(reading.injured)) == (killed, injured)


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        ("A guard was fatally wounded at the gate.", (1, 1), None),
        ("A nurse was mortally injured by the blast.", (1, 1), None),
        ("The shelling fatally wounded a farmer near the well.", (1, 1), None),
        ("A gunman fatally shot his cousin after a quarrel.", (1, 1), None),
        ("A guard was fatally stabbed at the gate and two men were wounded.", (1, 1), (2, 2)),
        # a wound told grave but not fatal stays a wound
        ("A guard was critically wounded at the gate.", None, (1, 1)),
    ],
)
def test_a_fatal_wound_is_a_death(sentence: str, killed: tuple | None, injured: tuple | None) -> None:
    reading = read_casualties(sentence)
    assert (bounds(reading.killed), bounds(reading.injured)) == (killed, injured)


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        # a death told without its possessive or article, as translated reports write it
        ("Two farmers were shot to death near the well.", (2, 2), None),
        ("Four villagers lost lives when the shell hit, and a boy was hurt.", (4, 4), (1, 1)),
        ("A guard fell as a martyr and a nurse was injured.", (1, 1), (1, 1)),  # the martyr is the guard, not one more
        ("Two guards fell as martyrs in the blast.", (2, 2), None),
    ],
)
def test_a_death_told_without_possessive_or_article(sentence: str, killed: tuple | None, injured: tuple | None) -> None:
    reading = read_casualties(sentence)
    assert bounds(reading.killed) == killed and bounds(reading.injured) == injured


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        # describing words coordinated inside the counted phrase, then the casualty verb
        ("Nine Kurdish and Arab guards were killed near the well.", (9, 9), None),
        ("At least five herders of Turkmen and Kurdish descent died in the blast.", (5, None), None),
        ("Three members of the Asayish and the local police (LP) lost their lives.", (3, 3), None),
        ("Four Iraqi, Afghan fighters were hurt at the gate.", None, (4, 4)),
        # a coordinated count is a sum, read as before; a person noun before "and" is left alone
        ("Two Kurdish and three Arab guards were killed.", (5, 5), None),
        ("Two guards and farmers were hurt.", None, None),
        # no verb of the counted after the stretch: "Mosul is Being Bombed" names a group, not the toll of "hours"
        ("Ten villagers died within 12 hours alone, Mosul is Being Bombed, a monitor, said.", (10, 10), None),
    ],
)
def test_coordinated_describers_inside_the_counted_phrase(
    sentence: str, killed: tuple | None, injured: tuple | None
) -> None:
    reading = read_casualties(sentence)
    assert (bounds(reading.killed), bounds(reading.injured)) == (killed, injured)


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        # a sponsored group with a common plural head, or "armed" before it
        ("Four members of Iran-backed militias were killed in the strike.", (4, 4), None),
        ("Two members of the Turkey-backed armed groups were wounded at the post.", None, (2, 2)),
    ],
)
def test_a_sponsored_group_with_a_plural_head(sentence: str, killed: tuple | None, injured: tuple | None) -> None:
    reading = read_casualties(sentence)
    assert (bounds(reading.killed), bounds(reading.injured)) == (killed, injured)


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        # damage denied together with the casualties
        ("The mortar round caused no damage or casualties, the army said.", (0, 0), (0, 0)),
        # the negated verb written short
        ("The raid on the depot didn't result in any losses.", (0, 0), (0, 0)),
        # no reports of a party's casualties
        ("There were no reports of any Iraqi casualties after the blast.", (0, 0), (0, 0)),
        # two parties listed, both kinds denied
        ("No French or Kurdish guards were killed or wounded at the gate.", (0, 0), (0, 0)),
        # a report of injuries denied by the negated verb
        ("Police did not report any injuries after the mortar fell.", (0, 0), (0, 0)),
        # "none of" the people told
        ("None of us were hurt, though the roof fell in.", (0, 0), (0, 0)),
        ("None of the guards was killed, but four were wounded.", (0, 0), (4, 4)),
        # damage denied together with the casualties: the zero told
        ("Rockets landed near the base; there were no reports of damage or casualties.", (0, 0), (0, 0)),
        # no reports of the wounded: nobody hurt, so nobody dead
        ("A drone hit the depot, and there were no initial reports of injuries.", (0, 0), (0, 0)),
        # strikes counted with a word of time after them are strikes, not people (the stated zero stands)
        ("Jets executed several raids yesterday on hideouts in the desert, but no casualties were reported.", (0, 0), (0, 0)),
        ("Jets executed two raids overnight on hideouts in the desert.", None, None),
        # the people executed are still counted
        ("Gunmen executed two shepherds yesterday near the village.", (2, 2), None),
        # no zero where the words deny nothing of people
        ("No doubt or question the men were killed.", None, None),
    ],
)
def test_stated_zero_worded_further(sentence: str, killed: tuple | None, injured: tuple | None) -> None:
    reading = read_casualties(sentence)
    assert (bounds(reading.killed), bounds(reading.injured)) == (killed, injured)
