from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from realpolitik.model import Article, Rejected
from realpolitik.sources import read_inputs


def _only(path: Path) -> Article | Rejected:
    items = list(read_inputs([str(path)]))
    assert len(items) == 1
    return items[0]


def _rejected(path: Path) -> Rejected:
    item = _only(path)
    assert isinstance(item, Rejected), item
    assert item.path == str(path)
    return item


def test_empty_file(tmp_path: Path) -> None:
    p = tmp_path / "empty.txt"
    p.write_bytes(b"")
    assert _rejected(p).reason == "empty file"


def test_whitespace_only_file(tmp_path: Path) -> None:
    p = tmp_path / "blank.txt"
    p.write_text("  \n\n\t\n")
    assert "empty" in _rejected(p).reason


def test_binary_file_with_nul(tmp_path: Path) -> None:
    p = tmp_path / "image.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    r = _rejected(p)
    assert "binary" in r.reason and "offset 8" in r.reason


def test_control_character_junk(tmp_path: Path) -> None:
    p = tmp_path / "junk.txt"
    p.write_bytes(b"\x01\x02\x03\x04\x05abc\x06\x07\x08\x0e\x0f" * 50)
    assert "control characters" in _rejected(p).reason


def test_invalid_utf8_names_offset_and_line(tmp_path: Path) -> None:
    p = tmp_path / "latin1.txt"
    p.write_bytes(b"Turkey hosted Venezuela.\nErdo" + b"\xf0an met Maduro.\n")
    r = _rejected(p)
    assert r.line == 2
    assert "invalid UTF-8 at byte offset 29" in r.reason and "0xf0" in r.reason


@pytest.mark.parametrize(
    "data",
    [
        codecs.BOM_UTF8 + "Erdoğan met Maduro.".encode(),
        codecs.BOM_UTF16_LE + "Erdoğan met Maduro.".encode("utf-16-le"),
        codecs.BOM_UTF16_BE + "Erdoğan met Maduro.".encode("utf-16-be"),
    ],
)
def test_boms_accepted(tmp_path: Path, data: bytes) -> None:
    p = tmp_path / "bom.txt"
    p.write_bytes(data)
    a = _only(p)
    assert isinstance(a, Article) and a.text == "Erdoğan met Maduro."


def test_five_megabyte_document_rejected(tmp_path: Path) -> None:
    p = tmp_path / "huge.txt"
    sentence = "Turkey and Venezuela signed an agreement on trade. "
    p.write_text(sentence * (5_000_000 // len(sentence) + 1))
    assert p.stat().st_size > 5_000_000
    r = _rejected(p)
    assert "too large" in r.reason and "2,000,000" in r.reason


def test_document_over_char_limit_but_under_byte_guard(tmp_path: Path) -> None:
    from realpolitik.settings import Settings

    p = tmp_path / "big.txt"
    p.write_text("a" * 150)
    items = list(read_inputs([str(p)], settings=Settings(max_chars=100)))
    assert isinstance(items[0], Rejected) and "150 characters" in items[0].reason


def test_missing_file(tmp_path: Path) -> None:
    r = _rejected(tmp_path / "nope.txt")
    assert "no such file" in r.reason


def test_directory_recursive_sorted_with_notes(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Second.")
    (tmp_path / "a.txt").write_text("First.")
    (tmp_path / "c.jsonl").write_text('{"text": "Third."}\n')
    (tmp_path / "notes.md").write_text("not an article")
    (tmp_path / ".hidden.txt").write_text("hidden")
    notes: list[tuple[str, str]] = []
    items = list(read_inputs([str(tmp_path)], on_skip=lambda p, why: notes.append((p, why))))
    assert [i.text for i in items if isinstance(i, Article)] == ["First.", "Second.", "Third."]
    assert notes == [(str(tmp_path / "notes.md"), "skipped: unknown extension '.md'")]


def test_bad_inputs_do_not_stop_good_ones(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Turkey hosted Venezuela.")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    items = list(read_inputs([str(bad), str(tmp_path / "missing.txt"), str(good)]))
    assert [type(i) for i in items] == [Rejected, Rejected, Article]
