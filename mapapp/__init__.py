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

#: The rest of the public API, imported on first use so that ``import mapapp`` stays light
#: (the app, the store and the exports pull in Streamlit, SQLAlchemy and GDAL).
_LAZY_EXPORTS: dict[str, str] = {
    "extract_incidents": "mapapp.extract",
    "Geocoder": "mapapp.geocode",
    "Gazetteer": "mapapp.geocode",
    "load_gazetteer": "mapapp.geocode",
    "load_default_gazetteer": "mapapp.geocode",
    "process_document": "mapapp.pipeline",
    "read_document": "mapapp.io.reading",
    "document_from_text": "mapapp.io.reading",
    "write_incidents": "mapapp.io.export",
    "incidents_to_geojson": "mapapp.io.export",
    "open_store": "mapapp.store",
}


def __getattr__(name: str) -> object:
    module_name = _LAZY_EXPORTS.get(name)
    if module_name is None:
        raise AttributeError(f"module 'mapapp' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module_name), name)

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
    *_LAZY_EXPORTS,
]
