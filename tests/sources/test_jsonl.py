from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from realpolitik.model import Article, Rejected
from realpolitik.settings import Settings
from realpolitik.sources import read_inputs
from realpolitik.sources.jsonl import read_jsonl


def _line(**obj: object) -> str:
    return json.dumps(obj) + "\n"


def test_reads_every_field(tmp_path: Path) -> None:
    p = tmp_path / "a.jsonl"
    first = _line(id="x1", url="https://e.org/1", title="T1", published="2019-03-25", text="Russia aided Venezuela.")
    p.write_text(first
                 + "\n"
                 + _line(id=7, title="T2", text="China met Venezuela.", source="Daily"))
    items = list(read_inputs([str(p)]))
    assert [type(i) for i in items] == [Article, Article]
    a, b = items
    assert isinstance(a, Article) and isinstance(b, Article)
    assert (a.external_id, a.url, a.title, a.published) == ("x1", "https://e.org/1", "T1", date(2019, 3, 25))
    assert a.origin == f"{p}:1"
    assert b.external_id == "7" and b.source == "Daily" and b.published is None
    assert b.origin == f"{p}:3"


def test_malformed_line_rejected_others_go_on(tmp_path: Path) -> None:
    p = tmp_path / "b.jsonl"
    p.write_text(
        _line(text="First article.")
        + '{"text": "broken\n'
        + "[1, 2]\n"
        + _line(title="no text")
        + _line(text="Bad date.", published="the ides of March")
        + _line(text="Last article.")
    )
    items = list(read_inputs([str(p)]))
    texts = [i.text for i in items if isinstance(i, Article)]
    assert texts == ["First article.", "Last article."]
    rejected = {i.line: i.reason for i in items if isinstance(i, Rejected)}
    assert set(rejected) == {2, 3, 4, 5}
    assert "malformed JSON" in rejected[2]
    assert "JSON object" in rejected[3]
    assert "'text'" in rejected[4]
    assert "ides of March" in rejected[5]
    assert all(i.path == str(p) for i in items if isinstance(i, Rejected))


def test_empty_and_binary_jsonl(tmp_path: Path) -> None:
    empty = tmp_path / "e.jsonl"
    empty.write_text("\n\n")
    binary = tmp_path / "bin.jsonl"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    items = list(read_inputs([str(empty), str(binary)]))
    assert all(isinstance(i, Rejected) for i in items) and len(items) == 2
    assert "empty" in items[0].reason  # type: ignore[union-attr]
    assert "binary" in items[1].reason  # type: ignore[union-attr]


def test_overlong_line_skipped_without_stopping(tmp_path: Path) -> None:
    p = tmp_path / "long.jsonl"
    p.write_text(_line(text="x" * 5000) + _line(text="Short article."))
    items = list(read_jsonl(p, max_chars=100))
    assert isinstance(items[0], Rejected) and items[0].line == 1
    assert isinstance(items[1], Article) and items[1].text == "Short article."


def test_streams_instead_of_loading_whole_file(tmp_path: Path) -> None:
    """Lines appended after the first article was yielded are still read: nothing was slurped."""
    p = tmp_path / "stream.jsonl"
    p.write_text(_line(text="One."))
    stream = read_inputs([str(p)], settings=Settings())
    first = next(stream)
    assert isinstance(first, Article) and first.text == "One."
    with p.open("a") as f:
        f.write(_line(text="Two."))
    rest = list(stream)
    assert [a.text for a in rest if isinstance(a, Article)] == ["Two."]


def test_published_override_applies_to_lines(tmp_path: Path) -> None:
    p = tmp_path / "o.jsonl"
    p.write_text(_line(text="One.", published="garbage"))
    items = list(read_inputs([str(p)], published=date(2020, 1, 2), source="S"))
    assert isinstance(items[0], Article)
    assert items[0].published == date(2020, 1, 2) and items[0].source == "S"
