"""batch: stream many articles through the pipeline, in this process, in worker processes
(``--jobs N``) or on a dask.distributed cluster (``--dask ADDRESS``)."""

from attrib.batch.config import ExtractConfig
from attrib.batch.runner import run_articles, usable_cores

__all__ = ["ExtractConfig", "run_articles", "usable_cores"]
