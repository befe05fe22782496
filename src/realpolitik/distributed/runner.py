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


MIN_PIECE = 8  # articles: the smallest task the tail is cut into (≈ 0.4 s of NLP; a task costs a few ms)


def worker_threads(client: Client) -> int:
    workers = client.scheduler_info().get("workers", {})
    return sum(int(w.get("nthreads", 1)) for w in workers.values()) or 1


def in_flight_limit(client: Client) -> int:
    """Four partitions per worker thread (running, queued, or done and waiting for an earlier one to be
    written): enough that a slow partition does not leave the other workers idle, few enough that
    memory stays flat."""
    return max(4, 4 * worker_threads(client))


def guided_tail(
    partitions: Iterable[list[Article]], lookahead: int, workers: int, min_piece: int = MIN_PIECE
) -> Iterator[list[Article]]:
    """The partitions as given, except the last ``lookahead`` ones, which are cut into pieces that
    shrink with the work left (guided self-scheduling).

    With whole partitions to the end, one worker may still be coding a full partition while the
    others have nothing left. Each piece of the tail holds 1/(2 x workers) of the articles not yet
    handed out, and no fewer than ``min_piece``: workers that finish early take the next, smaller
    piece, and the last pieces, which decide how long the others wait, are the smallest. A piece
    never spans two partitions (each was checked against the store on its own). Reading stays
    ``lookahead`` partitions ahead of what is handed out.
    """
    held: deque[list[Article]] = deque()
    for part in partitions:
        held.append(part)
        if len(held) > lookahead:
            yield held.popleft()
    left = sum(len(part) for part in held)
    for part in held:
        start = 0
        while start < len(part):
            step = max(min_piece, math.ceil(left / (2 * max(1, workers))))
            yield part[start:start + step]
            left -= len(part[start:start + step])
            start += step


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
    partitions are coded in smaller pieces (``guided_tail``), each handed back on its own.
    """
    from distributed import as_completed

    limit = max_in_flight or in_flight_limit(client)
    run = uuid.uuid4().hex[:8]
    threads = worker_threads(client)
    source = enumerate(guided_tail(partitions, lookahead=threads, workers=threads))
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
