"""The first-run notice about the gazetteer, and the offer to download village-level sources.

When the app runs on the embedded gazetteer only (towns, no villages), a notice
at the top of the page says what it covers (towns per governorate) and how to
get villages: online, a button that downloads GeoNames and OpenStreetMap with a
progress bar per source, then reloads the gazetteer so later extraction uses
it; offline (the download servers cannot be reached, or the download fails),
the exact command and where the files go. "Don't show this again" is kept in
the user data folder's settings; once village-level sources are loaded the
notice is gone for good. The review panel's coverage expander shows the same
offer (:func:`coverage_details`).

When stored reports were placed with another gazetteer than the one loaded now (after a download, or an
analyst's placement), the page offers to place them again (:func:`offer_regeocode`: what ``mapapp
regeocode`` does, with a progress bar).

The logic (what is loaded and missing, reachability, the download steps) is in
:mod:`mapapp.geocode.coverage`; this module only draws it.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

import streamlit as st

from mapapp.app import state
from mapapp.app.corrections import escape_markdown
from mapapp.geocode.coverage import (
    DOWNLOAD_COMMAND,
    SOURCE_LABELS,
    VILLAGE_SOURCES,
    GazetteerCoverage,
    SourceDownload,
    coverage_text,
    download_instructions,
    download_village_sources,
    gazetteer_coverage,
    source_reachability,
)

#: The setting (in the user data folder's settings.json) that hides the notice.
DISMISSED_SETTING = "gazetteer_notice_dismissed"
FLASH_KEY = "mapapp_gazetteer_flash"
SETTINGS_ERROR_KEY = "mapapp_settings_error"
DOWNLOAD_LABEL = "Download GeoNames and OpenStreetMap places"
NOTICE_TITLE = "Towns only, no villages"
REGEOCODE_LABEL = "Place the stored incidents again"
REACHABILITY_TTL_SECONDS = 300
#: Least time between two redraws of a progress bar (a download calls back once per 64 KB).
PROGRESS_INTERVAL_SECONDS = 0.2


def _loaded_gazetteer() -> object | None:
    """The gazetteer the app geocodes with (None when it cannot be loaded, or a test substitutes the resolver)."""
    try:
        resolver = state.cached_resolver(state.gazetteer_path())
    except (ImportError, OSError, ValueError):
        return None  # the pages show that error where they use the resolver
    return getattr(resolver, "gazetteer", None)


def current_coverage() -> GazetteerCoverage | None:
    gazetteer = _loaded_gazetteer()
    return None if gazetteer is None else gazetteer_coverage(gazetteer)  # type: ignore[arg-type]


@st.cache_data(ttl=REACHABILITY_TTL_SECONDS, show_spinner="Checking whether the download servers can be reached…")
def _cached_reachability(sources: tuple[str, ...], urls: tuple[str, ...]) -> dict[str, str | None]:
    """:func:`source_reachability`, cached a few minutes (``urls`` is the key: a changed URL is checked again)."""
    return source_reachability(sources)


def reachability(sources: Sequence[str] = VILLAGE_SOURCES) -> dict[str, str | None]:
    from mapapp.geocode.download import DownloadError, source_url

    urls = []
    for source in sources:
        try:
            urls.append(source_url(source))
        except DownloadError:
            urls.append("")
    return _cached_reachability(tuple(sources), tuple(urls))


def _dismissed() -> bool:
    from mapapp.settings import SettingsError, read_settings

    try:
        return bool(read_settings().get(DISMISSED_SETTING))
    except (SettingsError, OSError) as exc:
        st.session_state[SETTINGS_ERROR_KEY] = str(exc)
        return False


def _dismiss() -> None:
    """Callback of "Don't show this again": remember it in the user data folder."""
    from mapapp.settings import SettingsError, write_setting

    try:
        write_setting(DISMISSED_SETTING, True)
    except (SettingsError, OSError) as exc:
        st.session_state[SETTINGS_ERROR_KEY] = f"Could not remember that: {exc}"


def render_notice() -> None:
    """The page-level notice: drawn near the top of a page, only while the embedded gazetteer is all there is.

    Everything (a loading spinner included) goes into one container, so the elements below keep their
    place in the page from one run to the next.
    """
    with st.container():
        _notice()


def _notice() -> None:
    flash = st.session_state.pop(FLASH_KEY, None)
    if flash:
        kind, message = flash
        (st.success if kind == "success" else st.warning)(message)
    offer_regeocode()
    coverage = current_coverage()
    if coverage is None or not coverage.embedded_only or _dismissed():
        return
    # One line, folded: the map below stays in the first view (clicking a map that the page must scroll
    # to show whole scrolls it instead of clicking).
    label = f"{NOTICE_TITLE}: the gazetteer holds {coverage.towns_line()}. How to add villages"
    with st.container(key="gazetteer_notice"), st.expander(escape_markdown(label)):
        st.markdown(escape_markdown(
            "The embedded gazetteer holds the towns GeoNames lists with at least 500 inhabitants, the "
            "governorates and a few sites: an incident in a village is placed only at its governorate."
        ))
        offer_download(coverage, key="notice", dismissible=True)
        error = st.session_state.pop(SETTINGS_ERROR_KEY, None)
        if error:
            st.caption(escape_markdown(error))


def coverage_details(coverage: GazetteerCoverage, key: str) -> None:
    """What the gazetteer covers, and (when sources are missing) the same download offer as the notice."""
    st.text(coverage_text(coverage))
    if any(source in coverage.missing for source in VILLAGE_SOURCES):
        offer_download(coverage, key=key)


def offer_download(coverage: GazetteerCoverage, key: str, dismissible: bool = False) -> None:
    """Online: a download button; offline: the command to run and where the files go.

    ``dismissible`` adds the "Don't show this again" button (the page-level notice).
    """
    if coverage.waiting:
        found = ", ".join(str(path) for path in coverage.downloaded.values())
        st.markdown(escape_markdown(f"Downloaded gazetteer files are there but not loaded yet: {found}."))
        if st.button("Load them now", key=f"gazetteer_load_{key}"):
            _reload_and_report([], "Loaded the downloaded gazetteer files.")
        return
    missing = [source for source in VILLAGE_SOURCES if source in coverage.missing]
    reasons = reachability(missing)
    online = any(reason is None for reason in reasons.values())
    if online:
        st.caption(escape_markdown(
            f"Villages and sites come from GeoNames (CC BY 4.0) and OpenStreetMap (ODbL), saved in "
            f"{coverage.folder} (the same as the command {DOWNLOAD_COMMAND})."
        ))
    else:
        from mapapp.geocode.sources import DUMP_FILE_NAMES, OSM_FILE_NAME

        why = "; ".join(f"{SOURCE_LABELS[s]}: {reason}" for s, reason in reasons.items() if reason)
        st.markdown(
            escape_markdown(
                f"Offline: the download servers cannot be reached. To add villages, run this where there is "
                f"internet (with --dest DIR on another machine), then copy {DUMP_FILE_NAMES[0]} and "
                f"{OSM_FILE_NAME} into {coverage.folder}:"
            ),
            help=why,
        )
        st.code(DOWNLOAD_COMMAND, language="bash")
    with st.container(horizontal=True):
        clicked = online and st.button(DOWNLOAD_LABEL, key=f"gazetteer_download_{key}", type="primary")
        if dismissible:
            st.button("Don't show this again", key=f"gazetteer_dismiss_{key}", on_click=_dismiss)
    if clicked:
        _download(missing, coverage)


def _progress_callback(bars: dict[str, object]):  # type: ignore[no-untyped-def]
    last: dict[str, float] = {}

    def progress(source: str, done: int, total: int | None) -> None:
        now = time.monotonic()
        if now - last.get(source, 0.0) < PROGRESS_INTERVAL_SECONDS and (total is None or done < total):
            return
        last[source] = now
        label = SOURCE_LABELS.get(source, source)
        if total:
            text = f"{label}: {done / 1e6:.1f} of {total / 1e6:.1f} MB"
            bars[source].progress(min(1.0, done / total), text=text)  # type: ignore[attr-defined]
        else:
            bars[source].progress(0.5, text=f"{label}: {done / 1e6:.1f} MB received")  # type: ignore[attr-defined]

    return progress


def _download(sources: Sequence[str], coverage: GazetteerCoverage) -> None:
    """Download with a progress bar per source, then reload the gazetteer and rerun (or show why it failed)."""
    bars = {source: st.progress(0.0, text=f"{SOURCE_LABELS[source]}: waiting") for source in sources}
    outcomes: list[SourceDownload] = []
    for source in sources:
        bars[source].progress(0.0, text=f"{SOURCE_LABELS[source]}: connecting…")
        outcome = download_village_sources(coverage.folder, [source], progress=_progress_callback(bars))[0]
        outcomes.append(outcome)
        done_text = f"{SOURCE_LABELS[source]}: {outcome.places:,} places" if outcome.ok else f"{SOURCE_LABELS[source]}: failed"
        bars[source].progress(1.0 if outcome.ok else 0.0, text=done_text)
    if not any(outcome.ok for outcome in outcomes):
        st.error(escape_markdown("Nothing was downloaded. " + " ".join(o.describe() for o in outcomes)))
        st.markdown(escape_markdown(f"Run this where there is internet; the files go into {coverage.folder}:"))
        st.code(download_instructions(coverage.folder, coverage.missing), language="bash", wrap_lines=True)
        return
    _reload_and_report(outcomes, "Downloaded the village-level gazetteer sources.")


def _reload_and_report(outcomes: Sequence[SourceDownload], headline: str) -> None:
    """Clear what was built from the old gazetteer, load the new one, and report on the next run."""
    from mapapp.geocode.osm import OSM_ATTRIBUTION

    state.reload_gazetteer()
    lines = [headline, *(outcome.describe() for outcome in outcomes)]
    try:
        gazetteer = state.cached_resolver(state.gazetteer_path()).gazetteer
        lines.append(f"The gazetteer now holds {len(gazetteer):,} places; extraction from now on uses it.")
    except (ImportError, OSError, ValueError, AttributeError) as exc:
        lines.append(f"But the gazetteer could not be loaded: {exc}")
    if any(outcome.ok and outcome.source == "osm" for outcome in outcomes):
        lines.append(f"OpenStreetMap data {OSM_ATTRIBUTION}.")
    failed = [outcome for outcome in outcomes if not outcome.ok]
    if failed:
        lines.append(f"Run \"{DOWNLOAD_COMMAND}\" later for the source(s) that failed.")
    message = "  \n".join(escape_markdown(line) for line in lines)
    st.session_state[FLASH_KEY] = ("warning" if failed else "success", message)
    st.rerun()


def offer_regeocode() -> None:
    """When stored reports were placed with another gazetteer than the loaded one, offer to place them again.

    Reports placed with a gazetteer nobody recorded (a store from before mapapp kept it) are counted only once
    the gazetteer changed in this session: a download or an analyst's placement.
    """
    from mapapp.geocode.fingerprint import geocoder_fingerprint

    handle = state.store()
    if handle is None:
        return
    try:
        resolver = state.cached_resolver(state.gazetteer_path())
        fingerprint = geocoder_fingerprint(resolver)
        stale = state.stale_reports(fingerprint, include_unknown=bool(st.session_state.get(state.GAZETTEER_CHANGED_KEY)))
    except (ImportError, OSError, ValueError, *state.store_errors()):
        return  # the pages show these errors where they use the resolver and the store
    if not stale:
        return
    label = f"{stale:,} stored report(s) were placed with another gazetteer than the one loaded now"
    with st.container(key="regeocode_offer"), st.expander(escape_markdown(label)):
        st.markdown(escape_markdown(
            "The gazetteer changed since they were stored (a download, or a place an analyst added). Placing them "
            "again gives them the places the gazetteer holds now and merges reports the new places show to be one "
            "event. Analysts' corrections, placements and decisions on duplicates stay as they are."
        ))
        if st.button(REGEOCODE_LABEL, key="regeocode_run", type="primary"):
            _regeocode(handle, resolver, fingerprint)


def _regeocode(handle: object, resolver: object, fingerprint: str) -> None:
    """Run the store's re-geocoding with a progress bar per stage, then report and rerun."""
    from mapapp.pipeline import geocode_document

    bars = {
        "places": st.progress(0.0, text="Placing the stored reports again…"),
        "grouping": st.progress(0.0, text="Re-grouping: waiting"),
    }
    last = {"time": 0.0}

    def progress(stage: str, done: int, total: int) -> None:
        now = time.monotonic()
        if done < total and now - last["time"] < PROGRESS_INTERVAL_SECONDS:
            return
        last["time"] = now
        label = "Placing the stored reports again" if stage == "places" else "Re-grouping"
        unit = "documents" if stage == "places" else "reports"
        bar = bars.get(stage)
        if bar is not None:
            bar.progress(min(1.0, done / total) if total else 1.0, text=f"{label}: {done:,} of {total:,} {unit}")

    try:
        result = handle.regeocode(  # type: ignore[attr-defined]
            lambda incidents: geocode_document(incidents, resolver), fingerprint, progress=progress
        )
    except (ImportError, OSError, ValueError, *state.store_errors()) as exc:
        st.error(escape_markdown(f"Nothing was changed: {exc}"))
        return
    finally:
        state.invalidate_incidents()
    st.session_state.pop(state.GAZETTEER_CHANGED_KEY, None)
    st.session_state[FLASH_KEY] = ("success", escape_markdown(f"Placed the stored incidents again: {result.summary()}."))
    st.rerun()
