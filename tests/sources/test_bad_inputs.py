from __future__ import annotations

import codecs
from datetime import date
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


FRONT = "title: Mattis in Ankara\ndate: 2017-08-23\nurl: https://example.org/m\n\nMattis met Erdogan in Ankara.\n"


@pytest.mark.parametrize("prefix", ["", "\n\n", "  \n\t\n", "\n"])
@pytest.mark.parametrize("indent", ["", "  ", "\t"])
def test_front_matter_found_after_leading_blank_lines_and_indentation(prefix: str, indent: str) -> None:
    from realpolitik.sources.text import article_from_text

    text = prefix + "".join(indent + line + "\n" for line in FRONT.splitlines())
    article = article_from_text(text, "a.txt", 100_000)
    plain = article_from_text(FRONT, "a.txt", 100_000)
    assert (article.title, article.published, article.url) == ("Mattis in Ankara", date(2017, 8, 23),
                                                                "https://example.org/m")
    assert article.text.strip() == "Mattis met Erdogan in Ankara."
    assert article.doc_id == plain.doc_id, "the same story is one article, whatever the leading whitespace"


def test_front_matter_glued_to_the_text_is_an_error_not_body() -> None:
    from realpolitik.sources.decode import SourceError
    from realpolitik.sources.text import article_from_text

    with pytest.raises(SourceError, match="blank line") as info:
        article_from_text("\n\ntitle: T\ndate: 2017-08-23\nMattis met Erdogan.\n", "a.txt", 100_000)
    assert info.value.line == 5
    prose = article_from_text("Date: the talks resumed on Monday.\nMattis met Erdogan.\n", "a.txt", 100_000)
    assert prose.text.startswith("Date: the talks"), "one key-like line of prose stays text"


def test_bad_published_value_names_its_own_field() -> None:
    from realpolitik.sources.decode import SourceError
    from realpolitik.sources.jsonl import parse_line

    with pytest.raises(SourceError, match="in 'published' field"):
        parse_line(b'{"text": "Turkey met Venezuela.", "published": "someday"}', 3, "x.jsonl", 1000, None, None)
    with pytest.raises(SourceError, match="in 'date' field"):
        parse_line(b'{"text": "Turkey met Venezuela.", "date": "someday"}', 3, "x.jsonl", 1000, None, None)


def test_lone_surrogates_in_jsonl_fields_are_replaced_not_fatal(tmp_path) -> None:
    from realpolitik.sources.jsonl import read_jsonl

    path = tmp_path / "s.jsonl"
    path.write_text('{"text": "Turkey met \\ud800 Venezuela.", "title": "\\udfff", "source": "A\\ud83d"}\n'
                    '{"text": "Russia sent aid to Venezuela."}\n', encoding="utf-8")
    out = list(read_jsonl(path, 10_000))
    assert [type(x).__name__ for x in out] == ["Article", "Article"]
    assert out[0].text == "Turkey met \ufffd Venezuela." and out[0].title == "\ufffd" and out[0].source == "A\ufffd"
    assert out[0].doc_id  # hashable as UTF-8


def test_nul_byte_in_line_two_rejects_only_that_line(tmp_path) -> None:
    from realpolitik.model import Rejected
    from realpolitik.sources.jsonl import read_jsonl

    path = tmp_path / "n.jsonl"
    path.write_bytes(b'{"text": "Turkey met Venezuela."}\n{"text": "bad\x00"}\n{"text": "Russia sent aid."}\n')
    out = list(read_jsonl(path, 10_000))
    assert [type(x).__name__ for x in out] == ["Article", "Rejected", "Article"]
    assert isinstance(out[1], Rejected) and out[1].line == 2 and "NUL" in out[1].reason
