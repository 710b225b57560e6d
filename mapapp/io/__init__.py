"""File I/O at the edges of mapapp: reading articles (:mod:`.ingest`), exporting incidents
(:mod:`.export`) and atomic writes (:mod:`.atomic`).

Import from the submodules (``from mapapp.io.ingest import read_document``);
this package imports nothing itself so that ``import mapapp.io.ingest`` does
not pull in geopandas.
"""
