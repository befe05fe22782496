"""Coding a batch so that one bad article costs only itself.

Used by ingest in this process and by Dask workers alike: articles not in English are kept (stored
with their language) but not coded; if the NLP stage raises on a batch, its articles are coded one by
one and only the article that fails is rejected, with its file and line, so a bug met by one
article never loses the rest of the batch.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from realpolitik.model import Article, CodedArticle, Rejected

if TYPE_CHECKING:
    from realpolitik.pipeline import Pipeline

ENGLISH = frozenset({"en", "eng", "english"})  # the coder's dictionaries and patterns are English


@dataclass
class GuardedBatch:
    coded: list[CodedArticle]
    rejected: list[Rejected] = field(default_factory=list)
    not_english: dict[str, int] = field(default_factory=dict)  # language → articles stored, not coded


def _where(article: Article) -> tuple[str, int | None]:
    origin = article.origin or "<input>"
    path, _, line = origin.rpartition(":")
    return (path, int(line)) if path and line.isdigit() else (origin, None)


def code_guarded(pipeline: Pipeline, batch: list[Article]) -> GuardedBatch:
    """The batch coded, in input order, less the articles the coder failed on (rejected instead)."""
    out = GuardedBatch([])
    english: list[Article] = []
    for article in batch:
        if article.language.lower() in ENGLISH:
            english.append(article)
        else:
            out.not_english[article.language] = out.not_english.get(article.language, 0) + 1
    try:
        done = {id(c.article): c for c in pipeline.code_articles(english)}
    except Exception:  # noqa: BLE001  (a coder bug: isolate the article below, report it, keep going)
        done = {}
        for article in english:
            try:
                done.update({id(c.article): c for c in pipeline.code_articles([article])})
            except Exception as exc:  # noqa: BLE001
                path, line = _where(article)
                out.rejected.append(Rejected(path, line, f"internal error while coding the article "
                                             f"({type(exc).__name__}: {exc}); please report it"))
    for article in batch:
        if article.language.lower() not in ENGLISH:
            out.coded.append(CodedArticle(article, [], 0))
        elif id(article) in done:
            out.coded.append(done[id(article)])
    return out
