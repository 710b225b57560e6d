"""The Streamlit + folium app: an incident map with filters and review, ingest of new articles, downloads.

Pure parts (no Streamlit): :mod:`~mapapp.app.map_view` (the folium map),
:mod:`~mapapp.app.filters`, :mod:`~mapapp.app.tables`, :mod:`~mapapp.app.formatting`,
:mod:`~mapapp.app.highlight`, :mod:`~mapapp.app.assets` (local JS/CSS),
:mod:`~mapapp.app.corrections` (which analyst changes become stored corrections) and
:mod:`~mapapp.app.data` (where incidents come from: the incident store, seeded on
first use, or a read-only incidents file). Streamlit parts:
:mod:`~mapapp.app.streamlit_app` (entry point), :mod:`~mapapp.app.page_map`,
:mod:`~mapapp.app.review_panel` (sources, history and corrections of one incident),
:mod:`~mapapp.app.page_ingest`, :mod:`~mapapp.app.state` (caches, the store handle).
"""
