"""One person killed, told by a name or a role with a description set off by commas, or by a pronoun."""

from __future__ import annotations

import pytest

from mapapp.extract.casualties import read_casualties


def bounds(casualties: object) -> tuple[int | None, int | None] | None:
    if casualties is None:
        return None
    return (casualties.low, casualties.high)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        # a name, its description between commas, then the passive death
        ("Omar Saleh, head of the village council, was shot dead by gunmen.", (1, 1)),
        ("Khalid Hassan al-Ali, mayor of a small town east of the river, was shot dead on Friday.", (1, 1)),
        # a role told first, the name closing its description
        ("The head of the local council, Omar Saleh, was shot dead by gunmen.", (1, 1)),
        ("A tribal elder from the Bani Zaid clan, Ali Hamdan Omar, was found dead in his house.", (1, 1)),
        # the description's head followed by its place or group, up to the closing comma
        ("Omar Saleh, a teacher in the village, was shot dead by gunmen.", (1, 1)),
        ("On Monday, sheikh Ali Hamdan, a known elder of the Bani Zaid tribe in the east, was assassinated.", (1, 1)),
        # unchanged: a list goes on after the description (two people), a partitive count is read as before
        ("Omar Saleh, a teacher, and his son were shot dead by gunmen.", (2, 2)),
        ("Omar Saleh, one of the five leaders in charge, was killed in a strike.", None),
    ],
)
def test_one_person_described_between_commas(sentence: str, killed: tuple | None) -> None:
    assert bounds(read_casualties(sentence).killed) == killed


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("He was found dead with gunshot wounds in a village near the town.", (1, 1)),
        ("He was assassinated by unknown gunmen while he sat in his car.", (1, 1)),
        ("Local activists said she died of her wounds after the shooting.", (1, 1)),
        ('"He died in the hospital," a relative said.', (1, 1)),
        ("Her brother learned that she had been killed after a policeman picked up her phone.", (1, 1)),
        # a death denied is none; another person's earlier death, told after "after", is not this clause's dead
        ("He was not killed in the raid, the officials said.", None),
        ("He took over the unit after he had been killed last year.", None),
    ],
)
def test_one_person_dead_told_by_a_pronoun(sentence: str, killed: tuple | None) -> None:
    assert bounds(read_casualties(sentence).killed) == killed
