"""A synthetic benchmark corpus: the seed article plus templated news articles.

``build_corpus(n)`` returns ``n`` :class:`~mapapp.model.Document` objects: the
seed article and variations written from templates in several outlets' styles
(SOHR, SANA, Kurdistan24, Reuters, AFP), with varied figures, real towns of
the three governorates, event types, actors, dates, background paragraphs and
the odd bit of markup. Deterministic for a given ``seed``. It measures speed;
it is not an accuracy benchmark (the templates are ours, so are the rules).
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

from mapapp.model import Document

ROOT = Path(__file__).resolve().parent.parent
SEED_PATH = ROOT / "seeds" / "000_b5de4e4ce07119c8.txt"

TOWNS: dict[str, tuple[str, ...]] = {
    "Hasakah": (
        "Qamishli",
        "Ras al-Ain",
        "Tal Tamr",
        "Amuda",
        "Shaddadi",
        "al-Hawl",
        "Markada",
        "Darbasiyah",
        "Tal Hamis",
        "Derik",
    ),
    "Raqqa": (
        "Tabqa",
        "Tal Abyad",
        "Ain Issa",
        "Suluk",
        "al-Karama",
        "Mansoura",
        "Maadan",
        "Hamrat",
        "al-Sabkha",
        "Jurneyyeh",
    ),
    "Deir ez-Zor": (
        "Abu Kamal",
        "Mayadin",
        "Hajin",
        "al-Busayrah",
        "Baghouz",
        "al-Shafa",
        "Diban",
        "al-Kasra",
        "al-Tabni",
        "Gharanij",
    ),
}
NUMBERS = (
    "two",
    "three",
    "four",
    "five",
    "seven",
    "a dozen",
    "at least 18",
    "more than 10",
    "several",
    "dozens of",
    "twenty-three",
    "up to 5",
    "10 to 15",
    "scores of",
    "9",
    "14",
    "at least 3",
)
VICTIMS = ("civilians", "people", "children", "SDF fighters", "soldiers", "Iraqi refugees", "shepherds", "farmers")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

EVENTS = (
    (
        "{actor_air} carried out airstrikes on {target} in {town}",
        ("US-led coalition warplanes", "Russian jets", "Coalition aircraft"),
    ),
    ("a {drone_actor} drone struck {target} near {town}", ("Turkish", "an unidentified")),
    (
        "{shell_actor} shelled {target} in the village of {town}",
        ("Turkish artillery", "Regime forces", "Turkish-backed factions"),
    ),
    ("a roadside bomb exploded near {target} in {town}", ("",)),
    ("a car bomb went off near {target} in the town of {town}", ("",)),
    ("a suicide bomber blew himself up at {target} in {town}", ("",)),
    (
        "clashes broke out between the SDF and {clash_actor} in {town}",
        ("ISIS cells", "tribal fighters", "government forces"),
    ),
    ("unidentified gunmen opened fire on {target} in {town}", ("",)),
    ("the SDF, backed by coalition helicopters, raided {target} in {town}", ("",)),
)
TARGETS = (
    "a school",
    "residential buildings",
    "a checkpoint",
    "a vehicle",
    "a market",
    "a bakery",
    "an oil field",
    "SDF positions",
    "a military post",
    "a house",
)
SOURCES = (
    "the Syrian Observatory for Human Rights said",
    "SANA reported",
    "Kurdistan24 reported",
    "local sources said",
    "a war monitor said",
    "according to Hawar News Agency",
    "Syria's state-run television network reported",
)
BACKGROUND = (
    "The US-led coalition has been conducting airstrikes against what are said to be Daesh targets inside Syria since September 2014.",
    "Turkey has repeatedly targeted Kurdish-led forces with drones since 2019.",
    "The Syrian foreign ministry condemned the continuing attacks in two letters to the United Nations.",
    "The SDF controls most of the territory east of the Euphrates river.",
    "The coalition has bombarded people in the provinces of Hasakah, Raqqah and Dayr al-Zawr, the ministry added.",
)


def _incident_sentence(rng: random.Random) -> str:
    governorate = rng.choice(tuple(TOWNS))
    town = rng.choice(TOWNS[governorate])
    template, actors = rng.choice(EVENTS)
    actor = rng.choice(actors)
    event = template.format(
        actor_air=actor, drone_actor=actor, shell_actor=actor, clash_actor=actor, target=rng.choice(TARGETS), town=town
    )
    killed = rng.choice(NUMBERS)
    victims = rng.choice(VICTIMS)
    when = rng.choice((f"on {rng.choice(WEEKDAYS)}", f"on {rng.choice(MONTHS)} {rng.randint(1, 28)}", "yesterday", ""))
    province = rng.choice((f" of {governorate} province", f" in the {governorate} countryside", ""))
    style = rng.randrange(4)
    if style == 0:
        sentence = f"{killed.capitalize()} {victims} were killed and {rng.choice(NUMBERS)} others wounded when {event}{province} {when}"
    elif style == 1:
        sentence = f"{event[0].upper()}{event[1:]}{province} {when}, killing {killed} {victims}"
    elif style == 2:
        sentence = (
            f"{event[0].upper()}{event[1:]} {when}, leaving {killed} {victims} dead and {rng.choice(NUMBERS)} injured"
        )
    else:
        sentence = f"{killed.capitalize()} {victims} lost their lives {when} after {event}{province}"
    return f"{' '.join(sentence.split())}, {rng.choice(SOURCES)}."


def synthetic_article(rng: random.Random) -> tuple[str, int]:
    """One article (one to four incident paragraphs, a follow-up sentence, background, sometimes markup)
    and the number of incidents written into it."""
    paragraphs = [_incident_sentence(rng) for _ in range(rng.randint(1, 4))]
    written = len(paragraphs)
    if rng.random() < 0.5:
        paragraphs.insert(1, "Local sources said the attack caused heavy material damage to nearby homes.")
    if rng.random() < 0.4:
        earlier = _incident_sentence(rng)
        paragraphs.append(f"The attack came only a day after {earlier[0].lower()}{earlier[1:]}")
        written += 1
    paragraphs.extend(rng.sample(BACKGROUND, rng.randint(1, 3)))
    if rng.random() < 0.1:
        paragraphs.insert(rng.randrange(len(paragraphs)), "<script>alert(1)</script>")
    return "\n\n".join(paragraphs), written


def build_corpus_with_counts(size: int = 1000, seed: int = 20180607) -> tuple[list[Document], int]:
    """The seed article plus ``size - 1`` synthetic articles (with publication dates), and how many
    incidents the templates wrote into them (3 for the seed)."""
    rng = random.Random(seed)
    documents = [Document(text=SEED_PATH.read_text(encoding="utf-8"), name=SEED_PATH.name)]
    written = 3
    start = date(2017, 1, 1)
    for index in range(1, size):
        published = start + timedelta(days=rng.randrange(2500))
        text, count = synthetic_article(rng)
        written += count
        documents.append(Document(text=text, name=f"synthetic-{index:04d}", published=published))
    return documents, written


def build_corpus(size: int = 1000, seed: int = 20180607) -> list[Document]:
    """The seed article plus ``size - 1`` synthetic articles, with publication dates."""
    return build_corpus_with_counts(size, seed)[0]


if __name__ == "__main__":
    corpus = build_corpus(5)
    for document in corpus[1:3]:
        print(document.published, "\n", document.text, "\n---")
