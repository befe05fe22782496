from __future__ import annotations

from datetime import date
from pathlib import Path

from realpolitik.model import Article, Rejected
from realpolitik.sources import read_inputs


def _one(path: Path, **kw: object) -> Article | Rejected:
    items = list(read_inputs([str(path)], **kw))  # type: ignore[arg-type]
    assert len(items) == 1
    return items[0]


def test_plain_front_matter(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text(
        "title: Maduro visits Ankara\ndate: 2017-10-09\nurl: https://example.org/a\nsource: Wire\n\n"
        "Maduro visits Ankara\n\nVenezuelan President Nicolas Maduro travelled to Turkey.\n",
        encoding="utf-8",
    )
    a = _one(p)
    assert isinstance(a, Article)
    assert a.title == "Maduro visits Ankara"
    assert a.published == date(2017, 10, 9)
    assert a.url == "https://example.org/a"
    assert a.source == "Wire"
    assert a.text.startswith("Maduro visits Ankara\n\nVenezuelan")
    assert "title:" not in a.text
    assert a.origin == str(p)


def test_fenced_front_matter(tmp_path: Path) -> None:
    p = tmp_path / "b.txt"
    p.write_text('---\ntitle: "Quoted title"\npublished: 2019-03-25\n---\nRussia sent aid to Venezuela.\n')
    a = _one(p)
    assert isinstance(a, Article)
    assert a.title == "Quoted title"
    assert a.published == date(2019, 3, 25)
    assert a.text == "Russia sent aid to Venezuela."


def test_no_front_matter_keeps_whole_text(tmp_path: Path) -> None:
    p = tmp_path / "c.txt"
    p.write_text("Date: the talks were short.\nTurkey hosted Venezuela.\n")
    a = _one(p)
    assert isinstance(a, Article)
    assert a.title is None and a.published is None
    assert a.text.startswith("Date: the talks were short.")


def test_unknown_date_string_rejects_with_line(tmp_path: Path) -> None:
    p = tmp_path / "d.txt"
    p.write_text("title: T\ndate: sometime last autumn\n\nTurkey hosted Venezuela.\n")
    r = _one(p)
    assert isinstance(r, Rejected)
    assert r.path == str(p) and r.line == 2
    assert "sometime last autumn" in r.reason


def test_published_and_source_override(tmp_path: Path) -> None:
    p = tmp_path / "e.txt"
    p.write_text("date: not a date\nsource: Wire\n\nTurkey hosted Venezuela.\n")
    a = _one(p, published=date(2017, 10, 9), source="Mine")
    assert isinstance(a, Article)
    assert a.published == date(2017, 10, 9)
    assert a.source == "Mine"


def test_unclosed_fence_rejected(tmp_path: Path) -> None:
    p = tmp_path / "f.txt"
    p.write_text("---\ntitle: x\nTurkey hosted Venezuela.\n")
    r = _one(p)
    assert isinstance(r, Rejected)
    assert "never closed" in r.reason or "key: value" in r.reason


def test_front_matter_without_body_rejected(tmp_path: Path) -> None:
    p = tmp_path / "g.txt"
    p.write_text("title: only a title\n\n   \n")
    r = _one(p)
    assert isinstance(r, Rejected)
    assert "no article text" in r.reason


def test_crlf_normalised(tmp_path: Path) -> None:
    p = tmp_path / "h.txt"
    p.write_bytes(b"title: T\r\ndate: 2017-10-09\r\n\r\nTurkey hosted Venezuela.\r\n")
    a = _one(p)
    assert isinstance(a, Article)
    assert a.title == "T" and a.text == "Turkey hosted Venezuela."


def test_stdin_reads_one_article(tmp_path: Path) -> None:
    import io

    stream = io.StringIO("title: From stdin\n\nTurkey hosted Venezuela.\n")
    items = list(read_inputs(["-"], stdin=stream))
    assert len(items) == 1
    a = items[0]
    assert isinstance(a, Article)
    assert a.title == "From stdin" and a.origin == "<stdin>"


def test_stdin_bytes_are_checked() -> None:
    import io

    class Raw(io.StringIO):
        buffer = io.BytesIO(b"Turkey \xff hosted Venezuela.")

    items = list(read_inputs(["-"], stdin=Raw()))
    assert isinstance(items[0], Rejected)
    assert "invalid UTF-8 at byte offset 7" in items[0].reason
