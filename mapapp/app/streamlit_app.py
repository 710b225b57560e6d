"""The Streamlit app's entry point: page set-up, navigation between the Map and Ingest pages, the analyst name.

Run it with ``mapapp app`` (which serves the map's JavaScript locally and sets
the configuration), or ``streamlit run`` on this file for development.
"""

from __future__ import annotations

import streamlit as st

from mapapp.app import state

PAGES = ("Map", "Add articles")


def main() -> None:
    st.set_page_config(page_title="mapapp – incident map", page_icon=None, layout="wide")
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
