"""What runs on a Dask worker: code one partition of articles into Arrow tables.

The pipeline (spaCy model, 29k actor entries, patterns) is loaded once per worker process, on its
first partition, and kept for every later one; settings that differ get their own pipeline. On a
local cluster the workers are forked from a server that has built the run's pipeline already
(``preload_nlp``), so they start with it, sharing its memory pages until they write to them.
"""

from __future__ import annotations

import json
import pickle
from typing import TYPE_CHECKING

from realpolitik.guard import code_guarded
from realpolitik.model import Article
from realpolitik.pipeline import Pipeline, build_nlp
from realpolitik.settings import Settings
from realpolitik.store.rows import BatchTables, batch_tables

if TYPE_CHECKING:
    from spacy.language import Language

PRELOAD_ENV = "REALPOLITIK_PRELOAD_NLP"  # the settings the fork server builds its pipeline from (JSON)
NLP_FIELDS = ("model", "patterns", "actors", "conventions")  # the settings that ``build_nlp`` reads

_PIPELINES: dict[bytes, Pipeline] = {}
_NLPS: dict[tuple[object, ...], Language] = {}


def nlp_key(settings: Settings) -> tuple[object, ...]:
    return tuple(getattr(settings, name) for name in NLP_FIELDS)


def preload_spec(settings: Settings) -> str:
    """``settings``' pipeline-building fields, for ``PRELOAD_ENV``."""
    return json.dumps({name: getattr(settings, name) for name in NLP_FIELDS})


def preload_nlp(spec: str | None) -> None:
    """Build the pipeline that ``spec`` (see ``preload_spec``) describes, for processes forked later.

    Best effort: if it cannot be built here (a model not installed, a bad actors file), nothing is
    kept, and the worker that needs it builds it itself and reports the error with its task.
    """
    import spacy  # noqa: F401  (imported once in the fork server rather than in every worker)

    if not spec:
        return
    try:
        settings = Settings(**json.loads(spec))
        _NLPS[nlp_key(settings)] = build_nlp(settings)
    except Exception:  # noqa: BLE001, S110  (see the docstring: the worker reports it)
        pass


def worker_pipeline(settings: Settings) -> Pipeline:
    """This process's pipeline for ``settings``, built (and its model loaded) on first use."""
    key = pickle.dumps(settings)
    pipeline = _PIPELINES.get(key)
    if pipeline is None:
        pipeline = Pipeline(settings, nlp=_NLPS.get(nlp_key(settings)))
        _NLPS[nlp_key(settings)] = pipeline.nlp  # load now, inside the first task
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
