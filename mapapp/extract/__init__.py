"""Rule-based, explainable extraction of violent incidents from English news text.

``extract_incidents(document)`` returns the incidents an article reports, each
with its event type, actor, victims, target, casualty bounds, date, toponyms
(with the governorate their context names) and the sentences it was read from.
Geocoding is not done here (``Incident.location`` stays None).

Stages, each a module with its contract in its docstring, run in order by
:mod:`.incidents` (the orchestrator): :mod:`.sentences` (markup-safe sentence
split with offsets), :mod:`.layout` (title lines, dateline and province
context), :mod:`.mentions` (each clause with an event word and its arguments,
read with :mod:`.clauses`, :mod:`.casualties`, :mod:`.toponyms`,
:mod:`.dates`, :mod:`.lexicon`), :mod:`.background` (background and tally
filter), :mod:`.event_series` (list items and "another strike" typed by the
event they continue), :mod:`.coreference` (one event told several times is one incident; tolls told
across sentences in :mod:`.follow_up_tolls`, replies in :mod:`.replies`),
:mod:`.document_agents` (agents a report names once, carried to its later events)
and :mod:`.event_dates` (own dates, links between incidents, report dates; the day a page
prints as its own from :mod:`.page_date`, which :mod:`mapapp.io.reading` also reads).
"""

from mapapp.extract.incidents import extract_incidents

__all__ = ["extract_incidents"]
