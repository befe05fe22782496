"""Running the coder over gold records and turning its output into the dicts the scorer reads.

The coder is run in batches through ``Pipeline.code_articles`` (one ``nlp.pipe`` pass) for speed.
If a batch raises, its records are coded one by one so that only the record that fails is counted
as an error; the run never stops on a record.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from realpolitik.evaluation.gold import GoldRecord
from realpolitik.evaluation.matching import score, score_by_part
from realpolitik.model import Article, CodedEvent

if TYPE_CHECKING:
    from realpolitik.pipeline import Pipeline

MODALITY_FILTERS: tuple[str, ...] = ("non-negated", "asserted", "all")
CHUNK = 64
CODER_LOGGER = "realpolitik.coding.extract"


class _SkipCounter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.getMessage().startswith("coder skipped"):
            self.messages.append(record.getMessage())


@contextmanager
def skipped_sentences() -> Iterator[list[str]]:
    """Collect the coder's "skipped" warnings while a run lasts. The coder never raises on a clause
    it cannot read (it logs and codes the rest), so a rule that fails on every sentence only lowers
    the scores; a scorer must say how many sentences were skipped, or such a bug passes for a
    weak rule."""
    counter = _SkipCounter()
    logger = logging.getLogger(CODER_LOGGER)
    logger.addHandler(counter)
    try:
        yield counter.messages
    finally:
        logger.removeHandler(counter)


def keep_event(ev: CodedEvent, modality_filter: str = "non-negated") -> bool:
    """Which predictions are scored.

    The gold codes follow PETRARCH, which codes future and reported events ("will meet" is 040,
    "said they will attack" is 015) but we do not want to credit "did not sign" as a signature, so
    the default scores every prediction except negated ones and historical ones (an act years
    before the article is background, which no gold set codes). ``asserted`` scores asserted events
    only; ``all`` scores everything.
    """
    if modality_filter == "all":
        return True
    if modality_filter == "asserted":
        return ev.modality == "asserted"
    return ev.modality not in ("negated", "historical")


def event_to_prediction(ev: CodedEvent) -> dict[str, Any]:
    """The fields the scorer compares, plus a few that explain a miss in the findings."""
    return {
        "source": ev.source_code,
        "target": ev.target_code,
        "code": ev.event_code,
        "root": ev.root_code,
        "plover": ev.plover_type,
        "modality": ev.modality,
        "trigger": ev.trigger,
        "pattern_id": ev.pattern_id,
        "source_text": ev.source.text if ev.source else None,
        "target_text": ev.target.text if ev.target else None,
        "route": ev.extra.get("route"),
        "step": ev.extra.get("step"),
        "path": ev.extra.get("path"),
    }


def _article(record: GoldRecord) -> Article:
    return Article(text=record.text, published=record.published, external_id=record.id, origin=record.origin)


def _code_chunk(
    pipeline: Pipeline, chunk: Sequence[GoldRecord]
) -> Iterator[tuple[list[CodedEvent] | None, str | None]]:
    try:
        coded = list(pipeline.code_articles([_article(r) for r in chunk]))
    except Exception:  # noqa: BLE001  (retry one by one to isolate the failing record)
        for record in chunk:
            try:
                yield next(iter(pipeline.code_articles([_article(record)]))).events, None
            except Exception as exc:  # noqa: BLE001
                yield None, f"{type(exc).__name__}: {exc}"
        return
    for c in coded:
        yield c.events, None


def run_records(
    records: Sequence[GoldRecord], pipeline: Pipeline | None = None, modality_filter: str = "non-negated"
) -> list[dict[str, Any]]:
    """Code every gold record and return the scorer's input records."""
    if modality_filter not in MODALITY_FILTERS:
        raise ValueError(f"modality filter must be one of {', '.join(MODALITY_FILTERS)}")
    if pipeline is None:
        from realpolitik.pipeline import Pipeline

        pipeline = Pipeline()
    out: list[dict[str, Any]] = []
    for start in range(0, len(records), CHUNK):
        chunk = records[start : start + CHUNK]
        for record, (events, error) in zip(chunk, _code_chunk(pipeline, chunk), strict=True):
            kept = [event_to_prediction(e) for e in events or [] if keep_event(e, modality_filter)]
            out.append(
                {
                    "id": record.id,
                    "split": record.split,
                    "text": record.text,
                    "scheme": record.scheme,
                    "expect_no_event": record.expect_no_event,
                    "gold": record.events,
                    "predicted": kept,
                    "error": error,
                }
            )
    return out


def evaluate(
    records: Sequence[GoldRecord], pipeline: Pipeline | None = None, modality_filter: str = "non-negated"
) -> tuple[dict[str, Any], dict[str, dict[str, Any]], list[dict[str, Any]]]:
    """Code and score: (overall report, report per part, the scored records)."""
    scored = run_records(records, pipeline, modality_filter)
    return score(scored), score_by_part(scored), scored
