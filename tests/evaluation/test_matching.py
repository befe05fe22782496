"""The scorer on hand-made gold and predictions: every level can fail on its own."""

from __future__ import annotations

from typing import Any

import pytest

from realpolitik.evaluation.matching import (
    LEVELS,
    country,
    dedupe,
    match_keys,
    match_plover,
    normalise_plover,
    part_of,
    prf,
    score,
    score_by_part,
    score_record,
)


def rec(
    gold: list[dict[str, Any]],
    predicted: list[dict[str, Any]],
    rid: str = "t:1",
    scheme: str = "cameo",
    error: str | None = None,
) -> dict[str, Any]:
    return {
        "id": rid,
        "text": f"sentence of {rid}",
        "scheme": scheme,
        "expect_no_event": not gold,
        "gold": gold,
        "predicted": predicted,
        "error": error,
    }


def g(src: str, tgt: str, code: str) -> dict[str, Any]:
    return {"source": src, "target": tgt, "code": code}


def p(src: str | None, tgt: str | None, code: str, plover: str | None = None) -> dict[str, Any]:
    return {"source": src, "target": tgt, "code": code, "root": code[:2], "plover": plover}


def test_exact_prediction_scores_one_at_every_cameo_level() -> None:
    counts = score_record(rec([g("USAGOV", "CHN", "042")], [p("USAGOV", "CHN", "042")]))
    assert counts == {level: (1, 0, 0) for level in ("root", "dyad_root", "dyad_code", "source_actor", "target_actor")}


def test_wrong_subcode_fails_only_dyad_code() -> None:
    counts = score_record(rec([g("USAGOV", "CHN", "042")], [p("USAGOV", "CHN", "043")]))
    assert counts["root"] == (1, 0, 0)
    assert counts["dyad_root"] == (1, 0, 0)
    assert counts["dyad_code"] == (0, 1, 1)


def test_wrong_sector_fails_dyad_code_and_actor_levels_but_not_dyad_root() -> None:
    counts = score_record(rec([g("USAGOV", "CHN", "042")], [p("USA", "CHNGOV", "042")]))
    assert counts["dyad_root"] == (1, 0, 0)
    assert counts["dyad_code"] == (0, 1, 1)
    assert counts["source_actor"] == (0, 1, 1)
    assert counts["target_actor"] == (0, 1, 1)


def test_wrong_country_fails_dyad_root_but_not_root() -> None:
    counts = score_record(rec([g("USA", "CHN", "042")], [p("USA", "RUS", "042")]))
    assert counts["root"] == (1, 0, 0)
    assert counts["dyad_root"] == (0, 1, 1)
    assert counts["source_actor"] == (1, 0, 0)
    assert counts["target_actor"] == (0, 1, 1)


def test_wrong_root_fails_root() -> None:
    counts = score_record(rec([g("USA", "CHN", "042")], [p("USA", "CHN", "112")]))
    assert counts["root"] == (0, 1, 1)
    assert counts["dyad_root"] == (0, 1, 1)


def test_swapped_direction_fails_dyad_root() -> None:
    counts = score_record(rec([g("USA", "CHN", "042")], [p("CHN", "USA", "042")]))
    assert counts["dyad_root"] == (0, 1, 1)
    assert counts["root"] == (1, 0, 0)


def test_missing_actor_is_petrarch_null_actor() -> None:
    assert country(None) == "---"
    assert country("---REB") == "---"
    counts = score_record(rec([g("---REB", "---", "190")], [p("---REB", None, "190")]))
    assert counts["dyad_root"] == (1, 0, 0)
    assert counts["dyad_code"] == (1, 0, 0)


def test_gold_country_aliases_read_as_cameo_codes() -> None:
    gold = [{"source": "JAPGOV", "target": "", "plover_event": "CONSULT"}]
    assert match_plover(gold, [p("JPNGOV", "RUS", "040", "CONSULT")]) == (1, 0, 0)
    assert score_record(rec([g("ITL", "SRB", "161")], [p("ITA", "SRB", "161")]))["dyad_code"] == (1, 0, 0)


def test_multiset_each_gold_event_matched_once() -> None:
    gold = [g("BRA", "USA", "031"), g("USA", "BRA", "031")]
    counts = score_record(rec(gold, [p("BRA", "USA", "031")]))
    assert counts["dyad_root"] == (1, 0, 1)
    assert counts["root"] == (1, 0, 1)
    counts = score_record(rec([g("BRA", "USA", "031")], [p("BRA", "USA", "031"), p("BRA", "USA", "036")]))
    assert counts["dyad_root"] == (1, 1, 0)


def test_identical_predictions_are_collapsed_before_matching() -> None:
    preds = [p("USA", "CHN", "042"), p("USA", "CHN", "042")]
    assert len(dedupe(preds)) == 1
    assert score_record(rec([g("USA", "CHN", "042")], preds))["dyad_code"] == (1, 0, 0)


def test_plover_crosswalk_and_wildcard_target() -> None:
    assert normalise_plover("DEMAND") == "REQUEST"
    assert normalise_plover("disapprove") == "ACCUSE"
    assert normalise_plover("INVESTIGATE") == "ACCUSE"
    assert normalise_plover("FIGHT") == "ASSAULT"
    assert normalise_plover("AGREE") == "AGREE"
    gold = [{"source": "ISRMIL", "target": "", "plover_event": "FIGHT"}]
    assert match_plover(gold, [p("ISR", "PSE", "190", "ASSAULT")]) == (1, 0, 0)
    assert match_plover(gold, [p("ISR", "PSE", "190", "MOBILIZE")]) == (0, 1, 1)
    assert match_plover(gold, [p("LBN", "PSE", "190", "ASSAULT")]) == (0, 1, 1)
    gold = [{"source": "USA", "target": "IRQ", "plover_event": "DEMAND"}]
    assert match_plover(gold, [p("USAGOV", "IRQGOV", "102", "REQUEST")]) == (1, 0, 0)
    assert match_plover(gold, [p("USAGOV", "IRN", "102", "REQUEST")]) == (0, 1, 1)


def test_plover_specific_gold_gets_matched_before_wildcard() -> None:
    gold = [
        {"source": "ISR", "target": "", "plover_event": "ASSAULT"},
        {"source": "ISR", "target": "LBN", "plover_event": "ASSAULT"},
    ]
    preds = [p("ISR", "LBN", "190", "ASSAULT"), p("ISR", "SYR", "190", "ASSAULT")]
    assert match_plover(gold, preds) == (2, 0, 0)


def test_plover_record_is_scored_only_at_plover_level() -> None:
    gold = [{"source": "FRA", "target": "", "plover_event": "AGREE"}]
    counts = score_record(rec(gold, [p("FRA", None, "030", "AGREE")], scheme="plover"))
    assert counts == {"plover": (1, 0, 0)}


def test_match_keys_counts() -> None:
    assert match_keys([("a",), ("a",), ("b",)], [("a",), ("c",)]) == (1, 1, 2)


def test_prf_values_and_undefined_cases() -> None:
    assert prf(2, 2, 0) == {"precision": 0.5, "recall": 1.0, "f1": 0.6667, "tp": 2, "fp": 2, "fn": 0}
    assert prf(0, 0, 0)["f1"] == 0.0


def _report() -> dict[str, Any]:
    records = [
        rec([g("USAGOV", "CHN", "042")], [p("USAGOV", "CHN", "042")], rid="a:1"),
        rec([g("RUS", "GEO", "190"), g("GEO", "RUS", "190")], [p("RUS", "GEO", "190")], rid="a:2"),
        rec([g("TUR", "VEN", "057")], [p("TUR", "IRN", "057"), p("USA", "VEN", "163")], rid="a:3"),
        rec([], [p("USA", "CHN", "111")], rid="a:4"),
        rec([], [], rid="a:5"),
        rec([g("ISR", "PSE", "190")], [], rid="b:1", error="ValueError: boom"),
        rec([{"source": "FRA", "target": "", "plover_event": "DEMAND"}], [p("FRA", "DEU", "102", "REQUEST")],
            rid="c:1", scheme="plover"),
    ]  # fmt: skip
    return score(records)


def test_report_shape_and_consistency() -> None:
    report = _report()
    assert set(report) == {
        "records", "gold_events", "predicted_events", "levels", "false_alarm_rate", "spurious_rate",
        "by_root", "worst",
    }  # fmt: skip
    assert set(report["levels"]) == set(LEVELS)
    assert report["records"] == 7
    assert report["gold_events"] == 6
    assert report["predicted_events"] == 6
    cameo_gold = 5
    for level in ("root", "dyad_root", "dyad_code", "source_actor", "target_actor"):
        m = report["levels"][level]
        assert m["tp"] + m["fn"] == cameo_gold
        assert m["tp"] + m["fp"] == 5  # CAMEO predictions
    assert report["levels"]["plover"] == prf(1, 0, 0)
    assert report["levels"]["dyad_root"] == prf(2, 3, 3)
    assert report["levels"]["root"] == prf(3, 2, 2)


def test_false_alarm_and_spurious_rates() -> None:
    report = _report()
    assert report["false_alarm_rate"] == 0.5  # a:4 of a:4, a:5
    assert report["spurious_rate"] == round(3 / 6, 4)  # dyad_root fp 3, plover fp 0, over 6 gold events


def test_by_root_and_worst() -> None:
    report = _report()
    assert report["by_root"]["19"] == prf(1, 0, 2)
    assert report["by_root"]["11"] == prf(0, 1, 0)
    worst = report["worst"]
    assert worst[0]["id"] == "b:1" and worst[0]["error"] == "ValueError: boom"
    ids = [w["id"] for w in worst]
    assert "a:1" not in ids and "a:5" not in ids and "c:1" not in ids
    assert ids.index("a:2") < ids.index("a:4")
    assert worst[1]["text"] and worst[1]["gold"] and "predicted" in worst[1]


def test_worst_is_capped() -> None:
    records = [rec([g("USA", "CHN", "042")], [], rid=f"x:{i:02d}") for i in range(30)]
    assert len(score(records)["worst"]) == 20


def test_scores_per_part() -> None:
    records = [rec([g("USA", "CHN", "042")], [], rid="up-gsr:1"), rec([], [], rid="petr2-unittest:2")]
    parts = score_by_part(records)
    assert list(parts) == ["up-gsr", "petr2-unittest"]
    assert parts["up-gsr"]["gold_events"] == 1 and parts["petr2-unittest"]["gold_events"] == 0
    assert part_of("plover-gsr:PLOVER-1") == "plover-gsr"


@pytest.mark.parametrize("level", ["root", "dyad_root", "dyad_code", "source_actor", "target_actor"])
def test_empty_prediction_is_all_misses(level: str) -> None:
    assert score_record(rec([g("USA", "CHN", "042")], []))[level] == (0, 0, 1)
