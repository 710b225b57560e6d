"""Rule-based, explainable extraction of violent incidents from English news text.

``extract_incidents(document)`` returns the incidents an article reports, each
with its event type, actor, victims, target, casualty bounds, date, toponyms
(with the governorate their context names) and the sentences it was read from.
Geocoding is not done here (``Incident.location`` stays None).

Modules: :mod:`.sentences` (markup-safe sentence split with offsets),
:mod:`.lexicon` (word lists), :mod:`.casualties`, :mod:`.dates`,
:mod:`.toponyms`, :mod:`.clauses` (per-clause facts) and :mod:`.incidents`
(the rules that turn clauses into incidents).
"""

from mapapp.extract.incidents import extract_incidents

__all__ = ["extract_incidents"]
