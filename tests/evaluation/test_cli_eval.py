"""`realpolitik eval` end to end: the real console entry point on a small gold file of our own."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SMALL_GOLD = Path(__file__).parent / "data" / "small_gold.jsonl"
CAMEO_LEVELS = ("root", "dyad_root", "dyad_code", "source_actor", "target_actor")


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "realpolitik", "eval", *args], capture_output=True, text=True, timeout=600
    )


def test_json_report_shape_and_consistency(tmp_path: Path) -> None:
    out = tmp_path / "reports" / "eval.json"
    proc = run_cli(str(SMALL_GOLD), "--format", "json", "--report", str(out))
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert json.loads(out.read_text(encoding="utf-8")) == report
    assert list(report) == [
        "records", "gold_events", "predicted_events", "levels", "false_alarm_rate", "spurious_rate",
        "by_root", "worst",
    ]  # fmt: skip
    assert report["records"] == 4 and report["gold_events"] == 4
    assert set(report["levels"]) == {*CAMEO_LEVELS, "plover"}
    for level in CAMEO_LEVELS:
        m = report["levels"][level]
        assert set(m) == {"precision", "recall", "f1", "tp", "fp", "fn"}
        assert m["tp"] + m["fn"] == 3  # CAMEO gold events in the file
        assert 0.0 <= m["precision"] <= 1.0 and 0.0 <= m["f1"] <= 1.0
        if m["tp"]:
            assert m["recall"] == round(m["tp"] / 3, 4)
    plover = report["levels"]["plover"]
    assert plover["tp"] + plover["fn"] == 1
    cameo_predictions = report["levels"]["root"]["tp"] + report["levels"]["root"]["fp"]
    assert cameo_predictions + plover["tp"] + plover["fp"] == report["predicted_events"]
    assert report["false_alarm_rate"] in (0.0, 1.0)  # one no-event record
    assert report["spurious_rate"] == round(
        (report["levels"]["dyad_root"]["fp"] + plover["fp"]) / report["gold_events"], 4
    )
    assert sum(m["tp"] + m["fn"] for m in report["by_root"].values()) == 3
    assert len(report["worst"]) <= 4
    for row in report["worst"]:
        assert {"id", "text", "gold", "predicted"} <= set(row)


def test_table_prints_one_table_per_part() -> None:
    proc = run_cli(str(SMALL_GOLD), "--format", "table", "--limit", "4")
    assert proc.returncode == 0, proc.stderr
    assert "mine:" in proc.stdout.replace("\n", " ") or "mine: 3 records" in proc.stdout
    assert "mine-plover" in proc.stdout
    assert "dyad_root" in proc.stdout and "plover" in proc.stdout


def test_part_filter_and_rejected_lines(tmp_path: Path) -> None:
    bad = tmp_path / "gold.jsonl"
    lines = SMALL_GOLD.read_text(encoding="utf-8").splitlines()
    bad.write_text("\n".join([lines[0], "{broken", lines[1]]) + "\n", encoding="utf-8")
    proc = run_cli(str(bad), "--format", "json", "--part", "mine:")
    assert proc.returncode == 1
    assert f"{bad}:2" in proc.stderr.replace("\n", "")
    report = json.loads(proc.stdout)
    assert report["records"] == 2 and report["gold_events"] == 3


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert run_cli(str(tmp_path / "missing.jsonl")).returncode == 2
    assert run_cli(str(SMALL_GOLD), "--format", "csv").returncode == 2


def test_records_needing_their_own_dictionaries_are_flagged(tmp_path: Path) -> None:
    lines = SMALL_GOLD.read_text(encoding="utf-8").splitlines()[:2]
    first = json.loads(lines[0]) | {"id": "fiction:1", "dictionary_set": "Validation set (fictional actors)"}
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(first) + "\n" + lines[1] + "\n", encoding="utf-8")
    r = run_cli(str(gold), "--format", "json")
    assert "note: the 1 fiction record(s) name fictional actors" in r.stderr
    plain = run_cli(str(SMALL_GOLD), "--format", "json", "--limit", "2")
    assert "fictional" not in plain.stderr
