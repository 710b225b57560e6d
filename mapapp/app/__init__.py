"""The Streamlit + folium app: an incident map with filters, ingest of new articles and downloads.

Pure parts (no Streamlit): :mod:`~mapapp.app.map_view` (the folium map),
:mod:`~mapapp.app.filters`, :mod:`~mapapp.app.tables`, :mod:`~mapapp.app.formatting`,
:mod:`~mapapp.app.highlight`, :mod:`~mapapp.app.assets` (local JS/CSS) and
:mod:`~mapapp.app.data` (where incidents come from). Streamlit parts:
:mod:`~mapapp.app.streamlit_app` (entry point), :mod:`~mapapp.app.page_map`,
:mod:`~mapapp.app.page_ingest`, :mod:`~mapapp.app.state`.
"""
