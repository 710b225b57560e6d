"""The verdicts of the background filter: why a mention is no incident (``CANDIDATE`` itself, the verdict of a
mention that may be one, lives in :mod:`mapapp.extract.mentions`). Each rule module of the package sets one or more of
these; :mod:`.chain` says which rule gives which, in order.
"""

from __future__ import annotations


REFER_BACK = "refer-back"
REACTION = "reaction"
CAUSE = "cause"
HISTORY = "history"
PATTERN = "pattern"
TALLY = "tally"
ONGOING = "ongoing"


FOILED = "foiled"
HEARD = "heard"
UNRESISTED = "unresisted"
PROPERTY = "property"
