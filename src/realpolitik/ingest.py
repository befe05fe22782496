"""Ingest: sources → (skip what is stored) → NLP pipeline → store, batch by batch.

Already-stored articles are dropped *before* NLP, which is by far the expensive step, so re-running
an ingest over the same inputs costs little more than reading them.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, TextIO

from realpolitik.model import Article, Rejected
from realpolitik.sources import read_inputs
from realpolitik.store.writer import WriteResult

if TYPE_CHECKING:
    from realpolitik.pipeline import CodedArticle, Pipeline
    from realpolitik.store import Store


@dataclass
class IngestReport:
    """What an ingest run did; ``ok`` is False when any input was rejected."""

    articles_read: int = 0
    articles_added: int = 0
    already_present: int = 0
    mentions_added: int = 0
    events_added: int = 0
    events_touched: int = 0
    sentences: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    not_english: dict[str, int] = field(default_factory=dict)  # language → articles stored, not coded
    undated: int = 0  # new articles with no publication date (events need a date stated in the text)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.rejected

    @property
    def articles_per_second(self) -> float:
        return self.articles_read / self.seconds if self.seconds > 0 else 0.0

    def add(self, result: WriteResult) -> None:
        self.articles_added += result.articles_added
        self.already_present += result.already_present
        self.mentions_added += result.mentions_added
        self.events_added += result.events_added
        self.events_touched += result.events_touched

    def as_dict(self) -> dict[str, object]:
        return {
            "articles_read": self.articles_read,
            "articles_added": self.articles_added,
            "already_present": self.already_present,
            "rejected": len(self.rejected),
            "mentions_added": self.mentions_added,
            "events_added": self.events_added,
            "sentences": self.sentences,
            "not_english": sum(self.not_english.values()),
            "undated": self.undated,
            "seconds": round(self.seconds, 3),
        }


ProgressHook = Callable[[IngestReport], None]
ENGLISH = frozenset({"en", "eng", "english"})  # the coder's dictionaries and patterns are English


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


def _code_batch(pipeline: Pipeline, batch: list[Article], report: IngestReport) -> list[CodedArticle]:
    """Code a batch; if the NLP stage fails on it, code its articles one by one and reject only the
    article that fails (a bug in a rule must not cost the other articles of the batch)."""
    from realpolitik.pipeline import CodedArticle  # noqa: F811  (runtime import; the name is typed above)

    english = [a for a in batch if a.language in ENGLISH]
    foreign = [CodedArticle(a, [], 0) for a in batch if a.language not in ENGLISH]  # stored, not coded
    for item in foreign:
        report.not_english[item.article.language] = report.not_english.get(item.article.language, 0) + 1
    try:
        return foreign + list(pipeline.code_articles(english))
    except Exception:  # noqa: BLE001  (any coder bug: isolate it below, report it, keep going)
        pass
    coded: list[CodedArticle] = foreign
    for article in english:
        try:
            coded.extend(pipeline.code_articles([article]))
        except Exception as exc:  # noqa: BLE001
            path, _, line = (article.origin or "<input>").rpartition(":")
            where, number = (path, int(line)) if line.isdigit() and path else (article.origin or "<input>", None)
            report.rejected.append(Rejected(where, number, f"internal error while coding the article "
                                            f"({type(exc).__name__}: {exc}); please report it"))
    return coded


def ingest(
    paths: list[str],
    store: Store,
    pipeline: Pipeline,
    published: date | None = None,
    source: str | None = None,
    progress: ProgressHook | None = None,
    *,
    batch_size: int | None = None,
    stdin: TextIO | None = None,
) -> IngestReport:
    """Read, code and store every article under ``paths``; returns what happened.

    Each batch is committed on its own: if the run is interrupted, the batches already written stay
    complete and re-running skips them.
    """
    report = IngestReport()
    size = max(1, batch_size or pipeline.settings.batch_size)
    started = time.perf_counter()
    run_at = datetime.now(UTC)  # one timestamp per run: batch boundaries must not show in the data

    def note(path: str, why: str) -> None:
        report.skipped.append((path, why))

    items = read_inputs(paths, published, source, stdin, settings=pipeline.settings, on_skip=note)
    for batch in _batches(items, size, report):
        fresh, present = _new_articles(batch, store)
        report.already_present += present
        if fresh:
            coded = _code_batch(pipeline, fresh, report)
            report.undated += sum(1 for a in fresh if a.published is None)
            report.sentences += sum(c.n_sentences for c in coded)
            report.add(store.write_batch(coded, run_at))
        report.seconds = time.perf_counter() - started
        if progress is not None:
            progress(report)
    report.seconds = time.perf_counter() - started
    if progress is not None:
        progress(report)
    return report
