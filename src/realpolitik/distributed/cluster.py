"""Start a Dask cluster for one run, or connect to a running scheduler."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from realpolitik.errors import RealpolitikError
from realpolitik.settings import Settings

if TYPE_CHECKING:
    from distributed import Client


@contextmanager
def open_client(settings: Settings, announce: Callable[[str], None] | None = None) -> Iterator[Client]:
    """A Dask client for the whole run: ``settings.cluster`` (an address) if set, else a
    ``LocalCluster`` of ``settings.workers`` processes with one thread each and one BLAS/OpenMP
    thread each (spaCy's parser is single-threaded; more threads only fight over cores), and
    glibc's own memory-trimming thresholds (see below).

    ``announce`` receives one line naming the scheduler and its dashboard.
    """
    import dask
    from distributed import Client, LocalCluster

    if settings.cluster:
        try:
            client = Client(settings.cluster, timeout="20s")
        except (OSError, TimeoutError) as exc:
            raise RealpolitikError(f"cannot reach the Dask scheduler at {settings.cluster}: {exc}") from exc
        with client:
            if announce is not None:
                n = len(client.scheduler_info().get("workers", {}))
                announce(f"Dask scheduler {settings.cluster} ({n} worker(s)); dashboard {client.dashboard_link}")
            yield client
        return
    if settings.workers < 1:
        raise RealpolitikError("a local Dask cluster needs at least one worker")
    # Dask's nannies start workers with MALLOC_TRIM_THRESHOLD_=65536, which also turns off glibc's
    # adaptive mmap threshold: every array spaCy allocates above 128 kB is then mapped and unmapped
    # afresh, and on this corpus a worker spent a quarter of its NLP time again in page faults and
    # system calls (1.1 vs 0.3 system-CPU s per 96 articles). Without it, workers run as one process does.
    with dask.config.set({"distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None}), LocalCluster(
        n_workers=settings.workers,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address="127.0.0.1:0",
        env={"OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"},
    ) as cluster, Client(cluster) as client:
        if announce is not None:
            announce(f"Dask local cluster: {settings.workers} worker process(es) at {cluster.scheduler_address}; "
                     f"dashboard {client.dashboard_link}")
        yield client
