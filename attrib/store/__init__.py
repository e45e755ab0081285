"""store: the embedded SQLite store of articles, attributions, speakers and claim clusters."""

from attrib.store.ingest import Ingest, Selection, ingest
from attrib.store.sqlite import DEFAULT_DB, Store

__all__ = ["DEFAULT_DB", "Ingest", "Store", "ingest", "Selection"]
