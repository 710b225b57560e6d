"""End to end: the sidebar's filter chips and the summary cards are readable in headless Chromium.

The app runs as in tests/app/test_app_browser.py on a store of the hand-built sample incidents, three of them
with long actor names (a joint actor, a faction, a group). Streamlit cuts a chip at about 250 pixels and a card's
label at its column: "Turkish-backed Syrian National Army factions" read "Turkish-backed Syri…", and "Killed on the
map (at least)" was cut before it said "at least", and "1,005 of 1,005" to "1,005 of 1…". Every chip and card label must show whole, and a joint actor
keep both parties.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from tests.app.app_factories import make_incident, sample_incidents
from tests.app.test_app_browser import (
    UI_TIMEOUT_MS,
    block_outside_requests,
    run_app,
    screenshot,
)

pytestmark = pytest.mark.browser

LONG_ACTORS = (
    "Turkish-backed Syrian National Army factions",
    "Syrian Democratic Forces and the US-led coalition",
    "Islamic State in Iraq and the Levant cells",
)
#: Text cut by the browser: an element whose content is wider than its box (Streamlit cuts with an ellipsis).
CUT_TEXT = """(selector) => [...document.querySelectorAll(selector)]
    .filter(e => e.scrollWidth > e.clientWidth + 1).map(e => e.innerText)"""
CHIPS = "[data-testid=stSidebar] .react-aria-ComboBox span[data-tag] > span[title]"
CARD_LABELS = "[data-testid=stMetricLabel] .stMarkdownEllipsis"
CARD_VALUES = "[data-testid=stMetricValue], [data-testid=stMetricValue] *"
#: The sidebar's multiselect filters: event type, actor, place precision, date precision.
FILTERS_IN_SIDEBAR = 4
EVERY_FILTER_HAS_CHIPS = """(count) => {
    const boxes = [...document.querySelectorAll("[data-testid=stSidebar] [data-testid=stMultiSelect]")];
    return boxes.length >= count && boxes.every(box => box.querySelector("span[data-tag] > span[title]") !== null);
}"""


@pytest.fixture
def app_url(tmp_path: Path, data_dir: Path, db_path: Path) -> Iterator[str]:
    from mapapp.model import Document
    from mapapp.store import open_store

    incidents = [replace(i, actor=a) for i, a in zip(sample_incidents(), (*LONG_ACTORS, None, "SDF"), strict=True)]
    # enough incidents for a card's figure to have three digits and a thousands separator in the total
    incidents += [make_incident(f"n{number:04d}", lon=40.0 + number / 1000) for number in range(1_000)]
    db_path.parent.mkdir(parents=True, exist_ok=True)
    with open_store(db_path) as store:
        store.ingest(Document(text="Sample incidents for the sidebar test.", name="sample.txt"), incidents)
    with run_app(tmp_path, "--db", str(db_path)) as (url, _):
        yield url


def test_filter_chips_and_card_labels_are_not_cut(app_url: str, browser) -> None:  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    refused = block_outside_requests(context)
    page = context.new_page()
    page.goto(app_url)
    page.wait_for_selector(CARD_LABELS, timeout=UI_TIMEOUT_MS)
    # Streamlit draws the sidebar element by element: wait until every filter shows its chips, not only the first
    page.wait_for_function(EVERY_FILTER_HAS_CHIPS, arg=FILTERS_IN_SIDEBAR, timeout=UI_TIMEOUT_MS)
    chips = page.locator(CHIPS).all_inner_texts()
    screenshot(page, "app-sidebar.png")
    assert page.evaluate(CUT_TEXT, CHIPS) == []
    assert page.evaluate(CUT_TEXT, CARD_LABELS) == []
    assert page.evaluate(CUT_TEXT, CARD_VALUES) == []
    joint = next(chip for chip in chips if chip.startswith("Syrian Democratic"))
    assert joint.endswith("US-led coalition")  # both parties of a joint actor, not only the first
    assert any(chip.startswith("Turkish-backed Syrian") for chip in chips)
    # the full names are one hover away, in the filter's help
    actor_box = page.locator("[data-testid=stSidebar] [data-testid=stMultiSelect]").filter(has_text="Actor")
    actor_box.locator("[data-testid=stTooltipIcon]").hover()
    page.wait_for_selector("[data-testid=stTooltipContent]", timeout=UI_TIMEOUT_MS)
    tooltip = page.locator("[data-testid=stTooltipContent]").inner_text()
    assert all(name in tooltip for name in LONG_ACTORS[:2])
    assert refused == []
    context.close()
