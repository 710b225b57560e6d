"""Reading short texts of our own through the whole extractor: the helpers the stage tests share.

The stage tests read their sentences through the rules (:func:`rule_incidents`: every extraction stage but the
trained scorer, whose own tests are in ``tests/extract/test_scoring.py``), the background and coreference tests
(``tests/extract/background``, ``tests/extract/coreference``) each against a fixed publication day so that
weekdays and "yesterday" resolve the same on every run.
"""

from __future__ import annotations

import datetime

from mapapp.extract.incidents import extract_candidates
from mapapp.model import Casualties, Document, Incident

#: The publication day the background tests read against.
PUBLISHED = datetime.date(2022, 5, 10)
#: The publication day the coreference tests read against.
PUBLISHED_COREFERENCE = datetime.date(2024, 5, 8)


def rule_incidents(document: Document) -> list[Incident]:
    """The incidents the rules read in ``document``, before the trained scorer judges them: a stage's contract is the
    rules' (the scorer may drop an incident a stage read right, when the text around it looks like background)."""
    return [candidate.incident for candidate in extract_candidates(document)]


def read_on(text: str, published: datetime.date) -> list[Incident]:
    """The incidents of ``text`` published on ``published``."""
    return rule_incidents(Document(text=text, published=published))


def read(text: str) -> list[Incident]:
    """The incidents of ``text`` published on :data:`PUBLISHED`."""
    return read_on(text, PUBLISHED)


def incidents(text: str) -> list[Incident]:
    """The incidents of ``text`` published on :data:`PUBLISHED_COREFERENCE`."""
    return read_on(text, PUBLISHED_COREFERENCE)


def count(text: str) -> int:
    """How many incidents ``text`` gives with no publication date."""
    return len(rule_incidents(Document(text=text)))


def count_published(text: str) -> int:
    """How many incidents ``text`` gives published on 2023-05-20."""
    return len(read_on(text, datetime.date(2023, 5, 20)))


def evidence_of(incident: Incident, text: str) -> str:
    """The incident's evidence spans cut from ``text``, joined by spaces."""
    return " ".join(text[span.start : span.end] for span in incident.evidence)


def bounds(casualties: Casualties | None) -> tuple[int | None, int | None] | None:
    """A toll as its (low, high) bounds, None when untold."""
    return None if casualties is None else (casualties.low, casualties.high)


def bounds_of_each(found: list[Incident], kind: str = "killed") -> list[tuple[int | None, int | None] | None]:
    """The ``kind`` toll ("killed" or "injured") of each incident, as bounds."""
    return [bounds(getattr(incident, kind)) for incident in found]
