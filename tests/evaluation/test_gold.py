"""Loading gold JSONL: valid records, schemes, and malformed lines reported with file:line."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from realpolitik.evaluation.gold import load_gold, select

SMALL_GOLD = Path(__file__).parent / "data" / "small_gold.jsonl"


def test_small_gold_loads_with_schemes_and_dates() -> None:
    loaded = load_gold([SMALL_GOLD])
    assert loaded.errors == []
    assert [r.id for r in loaded.records] == [
        "mine:sign-1",
        "mine:sanction-1",
        "mine:none-1",
        "mine-plover:assault-1",
    ]
    sign, _, none, plover = loaded.records
    assert sign.published == date(2017, 10, 9) and sign.scheme == "cameo" and len(sign.events) == 2
    assert none.expect_no_event and none.scheme == "cameo"
    assert plover.scheme == "plover" and plover.published is None
    assert sign.part == "mine" and plover.part == "mine-plover"


def test_malformed_lines_are_reported_and_the_rest_loads(tmp_path: Path) -> None:
    good = {
        "id": "t:1",
        "text": "Russia hosted China.",
        "date": "2017-01-02",
        "events": [{"source": "RUS", "target": "CHN", "code": "043"}],
        "expect_no_event": False,
    }
    lines = [
        json.dumps(good),
        "{not json",
        json.dumps({**good, "id": "t:2", "date": "02/01/2017"}),
        json.dumps({**good, "id": "t:3", "events": [{"source": "RUS", "target": "CHN"}]}),
        json.dumps({**good, "id": "t:4", "events": [{"source": "RUS", "target": "CHN", "code": "043",
                                                     "plover_event": "CONSULT"}]}),
        "",
        json.dumps({**good, "id": "t:5", "expect_no_event": True}),
        json.dumps([1, 2]),
        json.dumps({**good, "id": "t:6"}),
    ]  # fmt: skip
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    loaded = load_gold([path])
    assert [r.id for r in loaded.records] == ["t:1", "t:6"]
    messages = [str(e) for e in loaded.errors]
    assert [m.split(": ")[0] for m in messages] == [f"{path}:{n}" for n in (2, 3, 4, 5, 7, 8)]
    assert "invalid JSON" in messages[0]
    assert "bad date" in messages[1]
    assert "exactly one of 'code' or 'plover_event'" in messages[2]
    assert "expects no event" in messages[4]


def test_missing_file_is_an_error_not_a_crash(tmp_path: Path) -> None:
    loaded = load_gold([tmp_path / "absent.jsonl", SMALL_GOLD])
    assert len(loaded.errors) == 1 and "cannot read gold file" in str(loaded.errors[0])
    assert len(loaded.records) == 4


def test_no_event_records_of_a_plover_file_are_plover(tmp_path: Path) -> None:
    path = tmp_path / "p.jsonl"
    rows = [
        {
            "id": "p:1",
            "text": "Iraq protested.",
            "events": [{"source": "IRQ", "target": "", "plover_event": "PROTEST"}],
        },
        {"id": "p:2", "text": "Nothing happened.", "events": [], "expect_no_event": True},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    assert [r.scheme for r in load_gold([path]).records] == ["plover", "plover"]


def test_select_by_part_and_limit() -> None:
    records = load_gold([SMALL_GOLD]).records
    assert [r.id for r in select(records, part="mine:")] == ["mine:sign-1", "mine:sanction-1", "mine:none-1"]
    assert [r.id for r in select(records, limit=1)] == ["mine:sign-1"]
    assert select(records, part="mine-plover") == records[3:]
