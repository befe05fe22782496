"""Partitions out to Dask workers, Arrow tables back, in input order, with bounded work in flight."""

from __future__ import annotations

import math
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from realpolitik.distributed.worker import code_partition
from realpolitik.model import Article
from realpolitik.settings import Settings
from realpolitik.store.rows import BatchTables

if TYPE_CHECKING:
    from distributed import Client, Future


TAIL_PIECES = 4  # each of the input's last partitions is coded as this many smaller tasks


def worker_threads(client: Client) -> int:
    workers = client.scheduler_info().get("workers", {})
    return sum(int(w.get("nthreads", 1)) for w in workers.values()) or 1


def in_flight_limit(client: Client) -> int:
    """Four partitions per worker thread (running, queued, or done and waiting for an earlier one to be
    written): enough that a slow partition does not leave the other workers idle, few enough that
    memory stays flat."""
    return max(4, 4 * worker_threads(client))


def even_tail(
    partitions: Iterable[list[Article]], lookahead: int, pieces: int = TAIL_PIECES
) -> Iterator[list[Article]]:
    """The partitions as given, except the last ``lookahead`` ones, each cut into ``pieces``.

    With whole partitions to the end, one worker may still be coding a full partition while the
    others have nothing left (seconds of an idle core per run on two workers); small final tasks let
    them finish together. Reading stays ``lookahead`` partitions ahead of what is handed out.
    """
    held: deque[list[Article]] = deque()
    for part in partitions:
        held.append(part)
        if len(held) > lookahead:
            yield held.popleft()
    for part in held:
        step = max(1, math.ceil(len(part) / pieces))
        for start in range(0, len(part), step):
            yield part[start:start + step]


def code_on_cluster(
    client: Client,
    partitions: Iterable[list[Article]],
    settings: Settings,
    on_done: Callable[[int], None] | None = None,
    max_in_flight: int | None = None,
) -> Iterator[tuple[int, BatchTables]]:
    """Code each partition on a worker; yield ``(articles, tables)`` in the partitions' order.

    At most ``max_in_flight`` partitions are submitted or waiting to be written at any time, so the
    input is read only as fast as the workers code it and memory stays flat. A worker that dies takes
    its running partitions with it; the scheduler runs them again elsewhere (the futures are still
    held here), and the writer's doc-id check makes a partition written twice add nothing.
    ``on_done(n)`` is called as each partition finishes, before it is written. The input's last
    partitions are coded in smaller pieces (``even_tail``), each handed back on its own.
    """
    from distributed import as_completed

    limit = max_in_flight or in_flight_limit(client)
    run = uuid.uuid4().hex[:8]
    source = enumerate(even_tail(partitions, lookahead=worker_threads(client)))
    exhausted = False
    running: dict[object, tuple[int, int]] = {}  # future key → (partition index, size)
    finished: dict[int, tuple[int, BatchTables]] = {}
    queue = as_completed()
    next_out = 0

    def submit_more() -> None:
        nonlocal exhausted
        while not exhausted and len(running) + len(finished) < limit:
            try:
                index, part = next(source)
            except StopIteration:
                exhausted = True
                return
            future: Future = client.submit(
                code_partition, part, settings, key=f"realpolitik-code-{run}-{index}", pure=False
            )
            running[future.key] = (index, len(part))
            queue.add(future)

    submit_more()
    for future in queue:
        index, size = running.pop(future.key)
        finished[index] = (size, future.result())
        future.release()
        if on_done is not None:
            on_done(size)
        while next_out in finished:
            yield finished.pop(next_out)
            next_out += 1
        submit_more()
