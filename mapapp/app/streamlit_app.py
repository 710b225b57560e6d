"""The Streamlit app's entry point: page set-up, navigation between the Map and Ingest pages, the analyst name.

Run it with ``mapapp app`` (which serves the map's JavaScript locally and sets
the configuration), or ``streamlit run`` on this file for development.
"""

from __future__ import annotations

import streamlit as st

from mapapp.app import state

PAGES = ("Map", "Add articles")


#: Pixels of the sidebar at start: wide enough for a filter chip of 38 characters (a joint actor, a precision);
#: Streamlit's default (about 300) cut "Turkish-backed Syrian National Army factions" to "Turkish-backed Syri…".
SIDEBAR_WIDTH = 420


def configure_page() -> None:
    """Title, wide layout and the sidebar's width (a Streamlit too old to take a width keeps its default)."""
    from streamlit.errors import StreamlitAPIException

    try:
        st.set_page_config(
            page_title="mapapp – incident map", page_icon=None, layout="wide", initial_sidebar_state=SIDEBAR_WIDTH
        )
    except StreamlitAPIException:
        st.set_page_config(page_title="mapapp – incident map", page_icon=None, layout="wide")


def main() -> None:
    configure_page()
    page = st.sidebar.radio("Page", PAGES, key="page")
    st.sidebar.text_input(
        "Analyst name", value=state.DEFAULT_ANALYST, key=state.ANALYST_KEY,
        help="Recorded as the author of the corrections you make",
    )
    if page == "Map":
        from mapapp.app import page_map

        page_map.render()
    else:
        from mapapp.app import page_ingest

        page_ingest.render()


if __name__ == "__main__":
    main()
