"""A sentence the coder skips (it logs and goes on, never raises) must be counted by whoever scores
the coder, or a rule that fails everywhere passes for a weak one (``runner.skipped_sentences``)."""

from __future__ import annotations

import pytest

from realpolitik.coding import extract
from realpolitik.evaluation.runner import skipped_sentences


def test_skipped_sentences_are_counted(pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args, **kwargs):
        raise TypeError("a rule written with the wrong arguments")

    monkeypatch.setattr(extract, "habitual", broken)
    with skipped_sentences() as skipped:
        pipeline.code_text("Chile praised Peru. Peru thanked Chile.", published="2024-03-01")
    assert len(skipped) == 2
    assert all("TypeError" in m for m in skipped)


def test_a_clean_run_skips_nothing(pipeline) -> None:
    with skipped_sentences() as skipped:
        events = pipeline.code_text("Chile praised Peru. Peru thanked Chile.", published="2024-03-01")
    assert events and skipped == []
