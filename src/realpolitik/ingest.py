"""Ingest: sources → (skip what is stored) → NLP → store, partition by partition.

Already-stored articles are dropped *before* NLP, which is by far the expensive step, so re-running
an ingest over the same inputs costs little more than reading them. NLP runs in this process, or on
Dask workers (``realpolitik.distributed``) when a client is given; either way the batches are written
here, by one writer, in input order, so the database is the same whatever the number of workers.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, TextIO

from realpolitik.distributed.worker import code_tables
from realpolitik.model import Article, IngestReport, Rejected
from realpolitik.sources import read_inputs
from realpolitik.sources.count import count_articles
from realpolitik.store.rows import BatchTables

if TYPE_CHECKING:
    from distributed import Client

    from realpolitik.pipeline import Pipeline
    from realpolitik.settings import Settings
    from realpolitik.store import Store

__all__ = ["IngestReport", "ProgressHook", "count_articles", "ingest"]

ProgressHook = Callable[[IngestReport], None]


def _batches(
    items: Iterable[Article | Rejected], size: int, report: IngestReport
) -> Iterator[list[Article]]:
    """Group articles into batches; rejections go straight into the report."""
    batch: list[Article] = []
    for item in items:
        if isinstance(item, Rejected):
            report.rejected.append(item)
            continue
        report.articles_read += 1
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _new_articles(batch: list[Article], store: Store) -> tuple[list[Article], int]:
    """Articles of the batch not yet stored (and not repeated within it), and how many were dropped."""
    known = store.known_articles([a.doc_id for a in batch])
    fresh: list[Article] = []
    for article in batch:
        if article.doc_id in known:
            continue
        known.add(article.doc_id)
        fresh.append(article)
    return fresh, len(batch) - len(fresh)


def _fresh_batches(
    batches: Iterable[list[Article]], store: Store, report: IngestReport, tick: Callable[[], None]
) -> Iterator[list[Article]]:
    for batch in batches:
        fresh, present = _new_articles(batch, store)
        report.already_present += present
        if fresh:
            report.undated += sum(1 for a in fresh if a.published is None)
            yield fresh
        elif present:
            tick()


def _code_here(pipeline: Pipeline, batches: Iterable[list[Article]]) -> Iterator[tuple[int, BatchTables]]:
    for batch in batches:
        yield len(batch), code_tables(pipeline, batch)


def ingest(
    paths: list[str],
    store: Store,
    pipeline: Pipeline | None = None,
    published: date | None = None,
    source: str | None = None,
    progress: ProgressHook | None = None,
    *,
    batch_size: int | None = None,
    stdin: TextIO | None = None,
    settings: Settings | None = None,
    client: Client | None = None,
) -> IngestReport:
    """Read, code and store every article under ``paths``; returns what happened.

    Each batch is committed on its own: if the run is interrupted, the batches already written stay
    complete and re-running skips them. Batches hold ``batch_size`` articles, by default
    ``settings.partition_size``. With ``client`` (a Dask client) the NLP runs on its workers, a batch
    per task; this process only reads and writes.
    """
    if settings is None:
        if pipeline is None:
            from realpolitik.settings import load_settings

            settings = load_settings()
        else:
            settings = pipeline.settings
    report = IngestReport()
    # Articles are read, checked against the store and written in partitions (a transaction each);
    # ``nlp.pipe`` still takes ``settings.batch_size`` at a time. One transaction per 32 articles
    # cost more than 3 % of a single-process run; per 128, under 1 %.
    size = max(1, batch_size or settings.partition_size)
    started = time.perf_counter()
    run_at = datetime.now(UTC)  # one timestamp per run: batch boundaries and workers must not show in the data

    def tick() -> None:
        report.seconds = time.perf_counter() - started
        if progress is not None:
            progress(report)

    def coded(n: int) -> None:
        report.articles_coded += n
        tick()

    def note(path: str, why: str) -> None:
        report.skipped.append((path, why))

    items = read_inputs(paths, published, source, stdin, settings=settings, on_skip=note)
    fresh = _fresh_batches(_batches(items, size, report), store, report, tick)
    results: Iterator[tuple[int, BatchTables]]
    if client is not None:
        from realpolitik.distributed import code_on_cluster

        results = code_on_cluster(client, fresh, settings, on_done=coded)
    else:
        if pipeline is None:
            from realpolitik.pipeline import Pipeline

            pipeline = Pipeline(settings)
        results = _code_here(pipeline, fresh)
    for n, tables in results:
        if client is None:
            report.articles_coded += n
        report.rejected.extend(tables.rejected)
        for language, count in tables.not_english.items():
            report.not_english[language] = report.not_english.get(language, 0) + count
        report += store.write_tables(tables, run_at)
        tick()
    tick()
    return report
