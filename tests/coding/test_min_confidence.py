"""``Settings.min_confidence`` reaches the coder: events it is less sure of are not reported, the rest
are untouched, and a value outside [0, 1] is a clear error wherever it comes from."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from realpolitik.cli import app, register  # noqa: F401  (register attaches the verbs)
from realpolitik.errors import InputError
from realpolitik.pipeline import Pipeline
from realpolitik.settings import Settings, load_settings

# one sure event (a meeting named by both titles) and weaker ones (a countryless force given a place)
TEXT = ("Kenyan President Mwai Kibaki met Ugandan President Yoweri Museveni in Kampala on Monday. "
        "Troops shelled positions held by rebels in eastern Congo.")


def _events(pipeline: Pipeline) -> list[tuple[str, str, str, float]]:
    return sorted((e.source.code, e.target.code, e.event_code, e.confidence)
                  for e in pipeline.code_text(TEXT, published="2009-03-02"))


def test_threshold_drops_only_the_less_sure_events(pipeline: Pipeline) -> None:
    everything = _events(Pipeline(Settings(min_confidence=0.0)))
    confidences = sorted({c for *_, c in everything})
    assert len(confidences) >= 2, everything
    bar = (confidences[0] + confidences[-1]) / 2
    kept = _events(Pipeline(Settings(min_confidence=bar)))
    assert kept == [e for e in everything if e[3] >= bar]
    assert 0 < len(kept) < len(everything)


def test_default_pipeline_reports_nothing_below_the_default_bar(pipeline: Pipeline) -> None:
    assert all(c >= Settings().min_confidence for *_, c in _events(pipeline))


@pytest.mark.parametrize("value", [-0.1, 1.5])
def test_out_of_range_is_an_input_error(value: float, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(InputError, match="min_confidence"):
        Settings(min_confidence=value)
    monkeypatch.setenv("REALPOLITIK_MIN_CONFIDENCE", str(value))
    with pytest.raises(InputError, match="min_confidence"):
        load_settings()


def test_cli_flag_reaches_the_stored_events(tmp_path: Path) -> None:
    src = tmp_path / "news.jsonl"
    src.write_text(json.dumps({"id": "a1", "published": "2009-03-02", "text": TEXT}) + "\n", encoding="utf-8")
    runner = CliRunner()
    counts = []
    for bar in ("0", "0.99"):
        db = tmp_path / f"bar{bar}.duckdb"
        result = runner.invoke(app, ["ingest", str(src), "--db", str(db), "--quiet", "--min-confidence", bar])
        assert result.exit_code == 0, result.output
        out = runner.invoke(app, ["events", "--db", str(db), "--format", "json"])
        assert out.exit_code == 0, out.output
        counts.append(len(json.loads(out.output)))
    assert counts[0] > 0 and counts[1] == 0
    bad = runner.invoke(app, ["ingest", str(src), "--db", str(tmp_path / "x.duckdb"), "--min-confidence", "2"])
    assert bad.exit_code != 0 and "min-confidence" in bad.output
