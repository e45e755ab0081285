"""Extraction on a dask.distributed cluster: an existing one (``tcp://host:8786``, or a
scheduler file) or ``local`` for a LocalCluster on this machine. Workers need attrib
and the spaCy model installed; each loads the pipeline once."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager

from attrib.errors import AttribError

INSTALL_HINT = "pip install 'attrib[dask]'"


@contextmanager
def dask_executor(address: str, *, workers: int | None = None) -> Iterator[tuple[object, int]]:
    """(a concurrent.futures executor on the cluster, its number of worker threads)."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise AttribError(f"--dask needs dask.distributed; install it with: {INSTALL_HINT}") from None
    with ExitStack() as stack:
        try:
            if address == "local":
                n = workers or max(1, min(4, os.cpu_count() or 1))
                cluster = stack.enter_context(
                    LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None)
                )
                client = stack.enter_context(Client(cluster))
            elif address.endswith(".json"):
                if not os.path.isfile(address):  # dask would wait for it to appear, for ever
                    raise AttribError(f"--dask {address}: no such scheduler file (dask scheduler "
                                      "--scheduler-file writes it)")
                client = stack.enter_context(Client(scheduler_file=address, timeout="10s"))
            else:
                client = stack.enter_context(Client(address, timeout="10s"))
        except (OSError, TimeoutError, ValueError) as exc:
            raise AttribError(f"cannot reach the dask scheduler at {address}: {exc}") from None
        threads = sum(client.nthreads().values()) or 1
        yield client.get_executor(pure=False), threads
