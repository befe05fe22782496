"""What runs on a Dask worker: code one partition of articles into Arrow tables.

The pipeline (spaCy model, 29k actor entries, patterns) is loaded once per worker process, on its
first partition, and kept for every later one; settings that differ get their own pipeline.
"""

from __future__ import annotations

import pickle

from realpolitik.guard import code_guarded
from realpolitik.model import Article
from realpolitik.pipeline import Pipeline
from realpolitik.settings import Settings
from realpolitik.store.rows import BatchTables, batch_tables

_PIPELINES: dict[bytes, Pipeline] = {}


def worker_pipeline(settings: Settings) -> Pipeline:
    """This process's pipeline for ``settings``, built (and its model loaded) on first use."""
    key = pickle.dumps(settings)
    pipeline = _PIPELINES.get(key)
    if pipeline is None:
        pipeline = Pipeline(settings)
        pipeline.nlp  # noqa: B018  (load now, inside the first task)
        _PIPELINES[key] = pipeline
    return pipeline


def code_tables(pipeline: Pipeline, articles: list[Article]) -> BatchTables:
    """NLP on a batch (guarded: one bad article costs only itself), returned as the writer's tables.
    Ingest calls this in its own process too, so both paths store exactly the same thing."""
    guarded = code_guarded(pipeline, articles)
    tables = batch_tables(guarded.coded)
    tables.rejected, tables.not_english = guarded.rejected, guarded.not_english
    return tables


def code_partition(articles: list[Article], settings: Settings) -> BatchTables:
    """One task: NLP on a partition, returned as tables (no spaCy objects cross the wire)."""
    return code_tables(worker_pipeline(settings), articles)
