"""mapapp: turn news text about violence in north-east Syria into a geocoded incident map.

Pure logic lives in :mod:`mapapp.model`, :mod:`mapapp.extract` and
:mod:`mapapp.geocode`; :mod:`mapapp.pipeline` joins them; file and database
I/O lives in :mod:`mapapp.io` and :mod:`mapapp.store`; the edges are
:mod:`mapapp.cli` and :mod:`mapapp.app` (Streamlit).
"""

from mapapp.model import (
    GOVERNORATES,
    Candidate,
    Casualties,
    Document,
    EventType,
    Incident,
    IncidentDate,
    Location,
    Place,
    Precision,
    Span,
    Toponym,
)

__version__ = "0.1.0"

__all__ = [
    "GOVERNORATES",
    "Candidate",
    "Casualties",
    "Document",
    "EventType",
    "Incident",
    "IncidentDate",
    "Location",
    "Place",
    "Precision",
    "Span",
    "Toponym",
    "__version__",
]
