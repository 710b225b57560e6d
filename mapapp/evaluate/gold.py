"""Gold-standard files: what each test article truly reports, loaded and validated.

The format is documented in ``docs/gold-format.md``. A gold file is JSON holding
one document (or a list under ``"documents"``) with its text inline (``"text"``)
or as a path (``"document"``), the incidents it reports and the statements that
must *not* be read as incidents. Loading checks every field and raises
:class:`GoldError` with the file and the field's path (``documents[1].incidents[2].killed``)
so a malformed gold file is easy to fix.

Fields the gold leaves out are not scored; a field given as ``null`` states that
the text gives no value (``"killed": null``: no death toll reported).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from mapapp.model import GOVERNORATES, PUBLISHED_GIVEN, Document, EventType

#: Keys a gold incident may carry; others are an error (a typo would silently disable a check).
INCIDENT_KEYS = frozenset(
    {
        "id",
        "event_type",
        "actor",
        "toponym",
        "alternate_toponyms",
        "admin1",
        "coordinates",
        "killed",
        "injured",
        "victims",
        "target",
        "date",
        "sources",
        "evidence",
        "note",
        "precision_note",
    }
)
DOCUMENT_KEYS = frozenset(
    {
        "document",
        "text",
        "name",
        "published",
        "outlet",
        "url",
        "title",
        "note",
        "complete",
        "incidents",
        "not_incidents",
    }
)

# Spellings of the covered governorates other than the canonical GOVERNORATES names: a gold file using
# one is rejected with a hint, because admin1 is compared exactly.
_GOVERNORATE_VARIANTS = {
    "hasakah": "Al-Hasakah",
    "hasaka": "Al-Hasakah",
    "al hasakah": "Al-Hasakah",
    "al-hasakeh": "Al-Hasakah",
    "hasakeh": "Al-Hasakah",
    "raqqa": "Ar-Raqqah",
    "raqqah": "Ar-Raqqah",
    "ar raqqah": "Ar-Raqqah",
    "ar-raqqa": "Ar-Raqqah",
    "deir ez zor": "Deir ez-Zor",
    "deir-ez-zor": "Deir ez-Zor",
    "deir al-zor": "Deir ez-Zor",
    "dayr al-zawr": "Deir ez-Zor",
    "deir-ez-zor governorate": "Deir ez-Zor",
}


class GoldError(ValueError):
    """A gold file is malformed or names a document that cannot be found."""


@dataclass(frozen=True)
class GoldBounds:
    """A casualty count as UCDP-style bounds; ``high is None`` means no upper bound stated."""

    low: int | None
    high: int | None


@dataclass(frozen=True)
class GoldCoordinates:
    """Where a place truly is (taken from the gazetteer data, never invented) and the distance tolerated."""

    lat: float
    lon: float
    tolerance_km: float


@dataclass(frozen=True)
class GoldDate:
    """Exactly one of: a calendar ``value``; a ``month``/``day`` without year; or ``days_after`` another incident."""

    value: date | None = None
    month: int | None = None
    day: int | None = None
    relative_to: str | None = None
    days_after: int | None = None


@dataclass(frozen=True)
class GoldIncident:
    """One incident the article truly reports.

    ``scored`` names the optional fields the gold states (``actor``, ``killed``,
    ``injured``, ``date``): only those are scored. ``actor`` lists acceptable
    names (any one is right); an empty tuple with ``"actor"`` in ``scored`` means
    the text names no actor. ``admin1`` outside :data:`GOVERNORATES` marks a
    place outside coverage, which must never be mapped. An ``id`` the file gives
    (``id_given``) names the event across documents: incidents of different
    documents with the same given id are one event told several times, which
    :mod:`mapapp.evaluate.merging` uses to measure cross-document merging; a
    defaulted ``incident-N`` id names nothing beyond its document.
    """

    id: str
    event_type: EventType
    toponym: str
    admin1: str
    alternate_toponyms: tuple[str, ...] = ()
    coordinates: GoldCoordinates | None = None
    actor: tuple[str, ...] = ()
    killed: GoldBounds | None = None
    injured: GoldBounds | None = None
    date: GoldDate | None = None
    victims: str | None = None
    target: str | None = None
    sources: tuple[str, ...] = ()
    evidence: str | None = None
    scored: frozenset[str] = frozenset()
    id_given: bool = True

    @property
    def outside_coverage(self) -> bool:
        return self.admin1 not in GOVERNORATES

    @property
    def names(self) -> tuple[str, ...]:
        return (self.toponym, *self.alternate_toponyms)


@dataclass(frozen=True)
class NotIncident:
    """A statement that is not an incident: a free-text ``description`` or a ``snippet`` of the text to check."""

    description: str | None = None
    snippet: str | None = None


@dataclass(frozen=True)
class GoldDocument:
    """One article with its gold incidents. ``source`` is the gold file it came from.

    ``complete`` is False for *partial* gold, which lists only some of the
    incidents the text reports (UCDP-coded events, the one Airwars incident a
    text is a source for): there a prediction matching no gold incident is not
    spurious, and the document is left out of precision. ``collection`` is the
    command-line argument (file or folder) the document was loaded from; reports
    give one summary row per collection.
    """

    name: str
    text: str
    source: Path
    published: date | None = None
    outlet: str | None = None
    url: str | None = None
    title: str | None = None
    document_path: Path | None = None
    incidents: tuple[GoldIncident, ...] = ()
    not_incidents: tuple[NotIncident, ...] = ()
    complete: bool = True
    collection: str = ""
    page_published: date | None = None
    page_published_source: str = PUBLISHED_GIVEN

    def to_document(self) -> Document:
        """The :class:`Document` the pipeline is run on.

        The gold's ``published`` always wins; without it the date the reader
        found in the page itself (``page_published``, as ``mapapp extract`` would
        use it) stands in. Scoring still checks report dates against the gold's
        ``published`` only.
        """
        if self.published is not None:
            published, source = self.published, PUBLISHED_GIVEN
        else:
            published, source = self.page_published, self.page_published_source
        return Document(
            text=self.text,
            name=self.name,
            outlet=self.outlet,
            url=self.url,
            published=published,
            title=self.title,
            published_source=source,
        )


# --------------------------------------------------------------------------- loading


def collect_gold_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Expand folders to their ``*.json`` files (sorted, not recursive); files are kept as given."""
    collected: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.glob("*.json") if p.is_file())
            if not found:
                raise GoldError(f"{path}: folder holds no *.json gold files")
            collected.extend(found)
        elif path.is_file():
            collected.append(path)
        else:
            raise GoldError(f"{path}: no such gold file or folder")
    return collected


def load_gold(paths: Iterable[str | Path], *, partial: bool = False) -> list[GoldDocument]:
    """Load every gold document from the given files and folders.

    Each document's ``collection`` is the argument it came from. ``partial=True``
    marks every document as partial gold (``"complete": false``), whatever its
    files say: the ``--partial`` flag for a whole folder of coded events.
    """
    documents: list[GoldDocument] = []
    for raw in paths:
        collection = str(raw)
        for path in collect_gold_paths([raw]):
            for document in load_gold_file(path):
                complete = document.complete and not partial
                documents.append(replace(document, complete=complete, collection=collection))
    return documents


def load_gold_file(path: str | Path) -> list[GoldDocument]:
    """Load and validate one gold file (one document, or several under ``"documents"``)."""
    path = Path(path)
    try:
        raw_text = path.read_text(encoding="utf-8-sig")  # a byte-order mark, as Windows editors write, is fine
    except UnicodeDecodeError as exc:
        raise GoldError(f"{path}: not UTF-8 text ({exc.reason})") from exc
    except OSError as exc:
        raise GoldError(f"{path}: cannot read gold file ({exc.strerror})") from exc
    try:
        data = json.loads(raw_text)
    except json.JSONDecodeError as exc:
        raise GoldError(f"{path}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from exc
    except RecursionError:  # arrays or objects nested thousands deep: no gold file is
        raise GoldError(f"{path}: not a gold file (JSON nested too deeply)") from None
    return parse_gold(data, path)


def parse_gold(data: Any, source: Path) -> list[GoldDocument]:
    """Validate parsed gold JSON; ``source`` locates relative document paths and names errors."""
    if isinstance(data, dict) and "documents" in data:
        entries = data["documents"]
        if not isinstance(entries, list) or not entries:
            raise GoldError(f"{source}: 'documents' must be a non-empty list")
        return [_parse_document(entry, source, f"documents[{i}]", i) for i, entry in enumerate(entries)]
    return [_parse_document(data, source, "", None)]


def resolve_document_path(reference: str, gold_path: Path, cwd: Path | None = None) -> Path:
    """Find a gold file's ``"document"``: relative to the gold file's folder, then the current directory,
    then the parents of each (the seed gold says ``seeds/000_....txt`` from a sibling folder)."""
    candidate = Path(reference)
    if candidate.is_absolute():
        if candidate.is_file():
            return candidate
        raise GoldError(f"{gold_path}: document {reference!r} not found")
    gold_dir = gold_path.resolve().parent
    cwd = (cwd or Path.cwd()).resolve()
    bases = [gold_dir, cwd, *gold_dir.parents, *cwd.parents]
    seen: set[Path] = set()
    for base in bases:
        if base in seen:
            continue
        seen.add(base)
        if (base / candidate).is_file():
            return base / candidate
    raise GoldError(
        f"{gold_path}: document {reference!r} not found next to the gold file, "
        f"in the current directory ({cwd}) or their parent folders"
    )


def _read_document_text(path: Path, gold_path: Path, *, strip_boilerplate: bool = True) -> str:
    """The article's text as the product reads it (same encodings, HTML handling and limits as ``mapapp extract``)."""
    return _read_document(path, gold_path, strip_boilerplate=strip_boilerplate).text


def _read_document(
    path: Path, gold_path: Path, *, strip_boilerplate: bool = True, url: str | None = None
) -> Document:
    """The article as the product reads it: its text and the publication date found in the page (or its ``url``)."""
    from mapapp.io.html import is_web_url
    from mapapp.io.reading import DocumentError, read_document

    try:
        return read_document(path, strip_boilerplate=strip_boilerplate, url=url if url and is_web_url(url) else None)
    except DocumentError as exc:
        raise GoldError(f"{gold_path}: document {path}: {exc}") from exc


def _document_snippet(snippet: str | None) -> str | None:
    """A snippet copied from a document, as the reader keeps the document's text (invisible characters removed)."""
    from mapapp.io.encoding import remove_invisible_characters

    return remove_invisible_characters(snippet) if snippet is not None else None


def _occurs(snippet: str, text: str, raw_text: Callable[[], str] | None) -> bool:
    """In the text read, or else in the raw file text: a snippet in a dropped boilerplate line is valid gold
    (it simply cannot match any prediction, so a not-incident there is never violated)."""
    return snippet in text or (raw_text is not None and snippet in raw_text())


# --------------------------------------------------------------------------- validation helpers


def _where(source: Path, field: str) -> str:
    return f"{source}: {field}" if field else str(source)


def _fail(source: Path, field: str, message: str) -> GoldError:
    return GoldError(f"{_where(source, field)}: {message}")


def _join(prefix: str, key: str) -> str:
    return f"{prefix}.{key}" if prefix else key


def _optional_str(value: Any, source: Path, field: str) -> str | None:
    if value is None or isinstance(value, str):
        return value
    raise _fail(source, field, f"expected a string or null, got {type(value).__name__}")


def _required_str(value: Any, source: Path, field: str) -> str:
    if isinstance(value, str) and value.strip():
        return value
    raise _fail(source, field, "expected a non-empty string")


def _str_list(value: Any, source: Path, field: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(item, str) and item.strip() for item in value):
        return tuple(value)
    raise _fail(source, field, "expected a string or a list of non-empty strings")


def _iso_date(value: Any, source: Path, field: str) -> date | None:
    if value is None:
        return None
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise _fail(source, field, f"expected a YYYY-MM-DD date or null, got {value!r}")


def _int(value: Any, source: Path, field: str, *, allow_none: bool = True) -> int | None:
    if value is None and allow_none:
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    raise _fail(source, field, f"expected an integer{' or null' if allow_none else ''}, got {value!r}")


def _bounds(value: Any, source: Path, field: str) -> GoldBounds | None:
    if value is None:
        return None
    if not isinstance(value, dict) or set(value) - {"low", "high", "phrase"} or "low" not in value:
        raise _fail(source, field, 'expected {"low": int, "high": int|null} or null')
    low = _int(value.get("low"), source, f"{field}.low")
    high = _int(value.get("high"), source, f"{field}.high")
    if low is not None and low < 0 or high is not None and high < 0:
        raise _fail(source, field, "casualty bounds must not be negative")
    if low is not None and high is not None and high < low:
        raise _fail(source, field, f"bounds reversed: low {low} > high {high}")
    return GoldBounds(low=low, high=high)


def _coordinates(value: Any, source: Path, field: str) -> GoldCoordinates | None:
    if value is None:
        return None
    if not isinstance(value, dict) or not {"lat", "lon"} <= set(value):
        raise _fail(source, field, 'expected {"lat": number, "lon": number, "tolerance_km": number}')
    try:
        lat, lon = float(value["lat"]), float(value["lon"])
        tolerance = float(value.get("tolerance_km", 5.0))
    except (TypeError, ValueError) as exc:
        raise _fail(source, field, "lat, lon and tolerance_km must be numbers") from exc
    if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0):
        raise _fail(source, field, f"lat/lon out of range: {lat}, {lon}")
    if tolerance <= 0:
        raise _fail(source, field, "tolerance_km must be positive")
    return GoldCoordinates(lat=lat, lon=lon, tolerance_km=tolerance)


def _gold_date(value: Any, source: Path, field: str) -> GoldDate | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        raise _fail(source, field, "expected an object or null")
    keys = set(value) - {"expression", "note"}
    if keys == {"value"}:
        parsed = _iso_date(value["value"], source, f"{field}.value")
        if parsed is None:
            raise _fail(source, f"{field}.value", "must not be null (leave the date out instead)")
        return GoldDate(value=parsed)
    if keys == {"month", "day"}:
        month = _int(value["month"], source, f"{field}.month", allow_none=False)
        day = _int(value["day"], source, f"{field}.day", allow_none=False)
        assert month is not None and day is not None
        try:
            date(2000, month, day)  # a leap year: accepts Feb 29
        except (ValueError, OverflowError) as exc:  # OverflowError: a number too large for a C long
            raise _fail(source, field, f"no such month/day: {month}/{day}") from exc
        return GoldDate(month=month, day=day)
    if keys == {"relative_to", "days_after"}:
        relative_to = _required_str(value["relative_to"], source, f"{field}.relative_to")
        days_after = _int(value["days_after"], source, f"{field}.days_after", allow_none=False)
        return GoldDate(relative_to=relative_to, days_after=days_after)
    raise _fail(
        source,
        field,
        'expected one of {"value": "YYYY-MM-DD"}, {"month": m, "day": d} or {"relative_to": id, "days_after": n}',
    )


def _event_type(value: Any, source: Path, field: str) -> EventType:
    try:
        return EventType(value)
    except ValueError:
        allowed = ", ".join(e.value for e in EventType)
        raise _fail(source, field, f"unknown event type {value!r} (one of: {allowed})") from None


def _admin1(value: Any, source: Path, field: str) -> str:
    name = _required_str(value, source, field)
    canonical = _GOVERNORATE_VARIANTS.get(name.strip().lower())
    if canonical is not None and name != canonical:
        raise _fail(source, field, f"write the governorate as {canonical!r}, not {name!r}")
    return name


# --------------------------------------------------------------------------- parsing


def _parse_incident(data: Any, source: Path, field: str, index: int) -> GoldIncident:
    if not isinstance(data, dict):
        raise _fail(source, field, "expected an object")
    unknown = set(data) - INCIDENT_KEYS
    if unknown:
        raise _fail(source, field, f"unknown key(s) {sorted(unknown)} (allowed: {sorted(INCIDENT_KEYS)})")
    for key in ("event_type", "toponym", "admin1"):
        if key not in data:
            raise _fail(source, field, f"missing required key {key!r}")
    incident_id = data.get("id", f"incident-{index + 1}")
    incident_id = _required_str(incident_id, source, _join(field, "id"))
    scored = frozenset(key for key in ("actor", "killed", "injured", "date") if key in data)
    if "date" in data and data["date"] is None:
        scored = scored - {"date"}
    return GoldIncident(
        id=incident_id,
        event_type=_event_type(data["event_type"], source, _join(field, "event_type")),
        toponym=_required_str(data["toponym"], source, _join(field, "toponym")),
        admin1=_admin1(data["admin1"], source, _join(field, "admin1")),
        alternate_toponyms=_str_list(data.get("alternate_toponyms"), source, _join(field, "alternate_toponyms")),
        coordinates=_coordinates(data.get("coordinates"), source, _join(field, "coordinates")),
        actor=_str_list(data.get("actor"), source, _join(field, "actor")),
        killed=_bounds(data.get("killed"), source, _join(field, "killed")),
        injured=_bounds(data.get("injured"), source, _join(field, "injured")),
        date=_gold_date(data.get("date"), source, _join(field, "date")),
        victims=_optional_str(data.get("victims"), source, _join(field, "victims")),
        target=_optional_str(data.get("target"), source, _join(field, "target")),
        sources=_str_list(data.get("sources"), source, _join(field, "sources")),
        evidence=_document_snippet(_optional_str(data.get("evidence"), source, _join(field, "evidence"))),
        scored=scored,
        id_given="id" in data,
    )


def _parse_not_incident(data: Any, source: Path, field: str) -> NotIncident:
    if isinstance(data, str) and data.strip():
        return NotIncident(description=data)
    if isinstance(data, dict) and "text" in data and not set(data) - {"text", "description", "note"}:
        snippet = _document_snippet(_required_str(data["text"], source, _join(field, "text")))
        description = _optional_str(data.get("description", data.get("note")), source, field)
        return NotIncident(description=description, snippet=snippet)
    raise _fail(source, field, 'expected a description string or {"text": "<snippet of the document>"}')


def _parse_document(data: Any, source: Path, field: str, index: int | None) -> GoldDocument:
    if not isinstance(data, dict):
        raise _fail(source, field, "expected a JSON object")
    unknown = set(data) - DOCUMENT_KEYS
    if unknown:
        raise _fail(source, field, f"unknown key(s) {sorted(unknown)} (allowed: {sorted(DOCUMENT_KEYS)})")
    has_text, has_path = "text" in data, "document" in data
    if has_text == has_path:
        raise _fail(source, field, "give exactly one of 'text' (inline) or 'document' (a path)")
    document_path: Path | None = None
    raw_text: Callable[[], str] | None = None
    page_published: date | None = None
    page_published_source = PUBLISHED_GIVEN
    if has_text:
        text = _required_str(data["text"], source, _join(field, "text"))
        try:
            text.encode("utf-8")
        except UnicodeEncodeError as exc:  # "\ud800" is valid JSON but half a character
            raise _fail(source, _join(field, "text"), f"not valid Unicode text (a lone surrogate at character {exc.start})") from None
    else:
        reference = _required_str(data["document"], source, _join(field, "document"))
        document_path = resolve_document_path(reference, source)
        gold_url = data.get("url")
        read = _read_document(document_path, source, url=gold_url if isinstance(gold_url, str) else None)
        text = read.text
        page_published, page_published_source = read.published, read.published_source
        path_for_raw = document_path

        def raw_text() -> str:
            return _read_document_text(path_for_raw, source, strip_boilerplate=False)
    default_name = document_path.name if document_path else source.stem
    if index is not None and document_path is None:
        default_name = f"{source.stem}[{index}]"
    name = _optional_str(data.get("name"), source, _join(field, "name")) or default_name

    raw_incidents = data.get("incidents", [])
    if not isinstance(raw_incidents, list):
        raise _fail(source, _join(field, "incidents"), "expected a list")
    incidents = tuple(
        _parse_incident(item, source, f"{_join(field, 'incidents')}[{i}]", i) for i, item in enumerate(raw_incidents)
    )
    ids = [incident.id for incident in incidents]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise _fail(source, _join(field, "incidents"), f"duplicate incident id(s): {duplicates}")
    for i, incident in enumerate(incidents):
        where = f"{_join(field, 'incidents')}[{i}]"
        if incident.date and incident.date.relative_to is not None and incident.date.relative_to not in ids:
            raise _fail(source, f"{where}.date.relative_to", f"no incident with id {incident.date.relative_to!r}")
        if incident.evidence is not None and not _occurs(incident.evidence, text, raw_text):
            raise _fail(source, f"{where}.evidence", "snippet does not occur in the document text")

    raw_not = data.get("not_incidents", [])
    if not isinstance(raw_not, list):
        raise _fail(source, _join(field, "not_incidents"), "expected a list")
    not_incidents = tuple(
        _parse_not_incident(item, source, f"{_join(field, 'not_incidents')}[{i}]") for i, item in enumerate(raw_not)
    )
    for i, item in enumerate(not_incidents):
        if item.snippet is not None and not _occurs(item.snippet, text, raw_text):
            raise _fail(
                source, f"{_join(field, 'not_incidents')}[{i}].text", "snippet does not occur in the document text"
            )

    complete = data.get("complete", True)
    if not isinstance(complete, bool):
        raise _fail(source, _join(field, "complete"), f"expected true or false, got {complete!r}")
    return GoldDocument(
        name=name,
        complete=complete,
        text=text,
        source=source,
        published=_iso_date(data.get("published"), source, _join(field, "published")),
        outlet=_optional_str(data.get("outlet"), source, _join(field, "outlet")),
        url=_optional_str(data.get("url"), source, _join(field, "url")),
        title=_optional_str(data.get("title"), source, _join(field, "title")),
        document_path=document_path,
        incidents=incidents,
        not_incidents=not_incidents,
        page_published=page_published,
        page_published_source=page_published_source,
    )
