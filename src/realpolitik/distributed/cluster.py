"""Start a Dask cluster for one run, or connect to a running scheduler."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from realpolitik.errors import RealpolitikError
from realpolitik.settings import Settings

if TYPE_CHECKING:
    from distributed import Client


SINGLE_THREADED = {"OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}
PRELOAD = ["distributed", "realpolitik.distributed.preload"]
# Dask's background timers, at their defaults, cost an idle two-worker cluster 2.9 % of a core in the
# client (scheduler and nannies run there) and 2 % in each worker; these values bring that to 0.7 %
# and 0.25 % (measured over 20 s idle), CPU that a 2-core machine otherwise takes from the NLP. They
# only coarsen monitoring: the event-loop latency check, the memory watchdog (still 1 s), the
# dashboard's system graphs, and the statistical profiler of task code (its page stays empty).
QUIET_TIMERS: dict[str, object] = {
    "distributed.admin.tick.interval": "1s",
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.worker.profile.enabled": False,
}


def start_fork_server(settings: Settings) -> bool:
    """Start the fork server that a local cluster's workers will be forked from, with the run's
    pipeline built in it (``distributed.preload``); False where the platform has no fork server.

    Spawned workers each import Dask and spaCy and build the pipeline (≈ 2 CPU s apiece), and at
    the end each tears its heap down object by object as its interpreter exits (≈ 1 s of wall
    time after the last partition, on 2,000 articles). Forked ones start with the pipeline built,
    sharing its memory pages, and leave with ``os._exit``. The server is the process's own (one per
    client process, as multiprocessing keeps it); a later run with other pipeline settings makes
    its workers build their own. It starts with one BLAS/OpenMP thread, like the workers, since
    their libraries are loaded in it.
    """
    from distributed.utils import get_mp_context

    if "forkserver" not in multiprocessing.get_all_start_methods():
        return False
    from realpolitik.distributed.worker import PRELOAD_ENV, preload_spec

    get_mp_context()  # Dask sets its own preload list on first use (once per process): ours replaces it
    multiprocessing.get_context("forkserver").set_forkserver_preload(PRELOAD)
    env = {**SINGLE_THREADED, PRELOAD_ENV: preload_spec(settings)}
    saved = {name: os.environ.get(name) for name in env}
    os.environ.update(env)
    try:
        from multiprocessing import forkserver

        forkserver.ensure_running()
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
    return True


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
    config: dict[str, object] = {"distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None, **QUIET_TIMERS}
    # One task per worker thread at a time (Dask's default, 1.1, rounds up to two on a one-thread
    # worker): the next partition goes to whichever worker is free first, so at the end of the input
    # no piece waits behind a busy worker while another is idle (``runner.guided_tail``).
    config["distributed.scheduler.worker-saturation"] = 1.0
    if "forkserver" in multiprocessing.get_all_start_methods():
        config["distributed.worker.multiprocessing-method"] = "forkserver"
    with dask.config.set(config):
        start_fork_server(settings)
        with LocalCluster(
            n_workers=settings.workers,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address="127.0.0.1:0",
            env=SINGLE_THREADED,
        ) as cluster, Client(cluster) as client:
            if announce is not None:
                announce(f"Dask local cluster: {settings.workers} worker process(es) at "
                         f"{cluster.scheduler_address}; dashboard {client.dashboard_link}")
            yield client
