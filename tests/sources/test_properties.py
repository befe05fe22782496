"""Property tests (Hypothesis): any bytes, any Unicode, any JSON field types, any front matter.

Whatever comes in, readers yield Articles or Rejected values naming the file, the line and a
reason (never an exception), the Python API raises only InputError, and ingest stores every good
article. Example counts are bounded so the suite stays fast.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from realpolitik.errors import InputError
from realpolitik.model import Article, Rejected
from realpolitik.sources import read_file, read_inputs
from realpolitik.sources.decode import SourceError
from realpolitik.sources.text import article_from_text

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Text with the characters that break naive code: lone surrogates, NUL and other controls,
# right-to-left marks and scripts, combining marks, and ordinary letters and newlines.
NASTY = st.sampled_from(["\ud800", "\udfff", "\x00", "\x07", "\u202e", "\u200f", "\u0301", "\u0651", "\ufeff",
                         "\n", "\n\n", "\r\n", " ", "---", ":", "שלום", "مرحبا", "Turkey", "é"])
TEXT = st.lists(st.one_of(NASTY, st.text(max_size=20)), max_size=30).map("".join)
JSON_VALUE = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | TEXT,
                          lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3),
                          max_leaves=6)
FIELDS = ["id", "url", "title", "published", "date", "source", "language", "text"]


def _items(path: Path) -> list[Article | Rejected]:
    return list(read_file(path, max_chars=100_000))


def _well_formed(items: list[Article | Rejected], path: Path) -> None:
    for item in items:
        assert isinstance(item, Article | Rejected)
        if isinstance(item, Rejected):
            assert item.path == str(path) and item.reason
        else:
            item.text.encode("utf-8")  # storable and hashable
            assert item.doc_id and item.text.strip()
            for value in (item.title, item.url, item.source, item.external_id, item.language):
                assert value is None or isinstance(value, str) and value.encode("utf-8")


@FAST
@given(data=st.binary(max_size=600), suffix=st.sampled_from([".txt", ".jsonl", ".html", ".md"]))
def test_random_bytes_never_raise(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"input{suffix}"
        path.write_bytes(data)
        items = _items(path)
        assert items, "every file yields at least one article or one rejection"
        _well_formed(items, path)


@FAST
@given(text=TEXT)
def test_random_unicode_text_is_an_article_or_a_source_error(text: str) -> None:
    try:
        article = article_from_text(text, "x.txt", 100_000)
    except SourceError as exc:
        assert exc.reason
        return
    assert article.text.strip()


@FAST
@given(keys=st.lists(st.sampled_from(sorted(FIELDS) + ["Title", "DATE", "foo", "x y"]), max_size=5),
       values=st.lists(TEXT, min_size=5, max_size=5), fenced=st.booleans(), lead=st.sampled_from(["", "\n\n", "  "]))
def test_random_front_matter(keys: list[str], values: list[str], fenced: bool, lead: str) -> None:
    head = "\n".join(f"{k}: {v.splitlines()[0] if v.splitlines() else ''}" for k, v in zip(keys, values, strict=False))
    text = lead + ("---\n" + head + "\n---\n" if fenced else head + "\n\n") + "Turkey signed an accord with Venezuela."
    try:
        article = article_from_text(text, "x.txt", 100_000)
    except SourceError as exc:
        assert exc.reason and (exc.line is None or exc.line >= 1)
        return
    assert "Turkey signed an accord with Venezuela." in article.text


@FAST
@given(records=st.lists(st.one_of(st.dictionaries(st.sampled_from(FIELDS), JSON_VALUE, max_size=6), JSON_VALUE),
                        max_size=8))
def test_random_jsonl_field_types_one_outcome_per_line(records: list[object]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "x.jsonl"
        good = {"text": "Russia sent aid to Venezuela."}
        lines = [json.dumps(r) for r in records] + [json.dumps(good)]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        items = _items(path)
        _well_formed(items, path)
        lines_seen = [int(i.origin.rsplit(":", 1)[1]) if isinstance(i, Article) and i.origin else
                      (i.line if isinstance(i, Rejected) else None) for i in items]
        assert len(lines_seen) == len(set(lines_seen)), "at most one outcome per line"
        assert all(n is not None and 1 <= n <= len(lines) for n in lines_seen)
        assert isinstance(items[-1], Article) and items[-1].text == good["text"]
        for n, record in enumerate(records, start=1):
            if isinstance(record, dict) and isinstance(record.get("text"), str) and record["text"].strip() \
                    and all(isinstance(record.get(k), str | type(None)) for k in ("title", "url", "source")):
                assert n in lines_seen, f"line {n} was neither stored nor rejected"


@SLOW
@given(text=st.one_of(TEXT, st.none(), st.binary(max_size=10), st.integers()))
def test_code_text_raises_only_input_error(pipeline, text: object) -> None:
    try:
        events = pipeline.code_text(text)  # type: ignore[arg-type]
    except InputError:
        return
    assert isinstance(events, list)


@SLOW
@given(records=st.lists(st.dictionaries(st.sampled_from(FIELDS), JSON_VALUE, max_size=5), max_size=4),
       junk=st.binary(max_size=200))
def test_ingest_stores_every_good_article_and_names_every_rejection(pipeline, records: list[object],
                                                                    junk: bytes) -> None:
    from realpolitik.ingest import ingest
    from realpolitik.store import open_store

    good = [{"id": "g1", "text": "Russia sent humanitarian aid to Venezuela.", "published": "2019-03-01"},
            {"id": "g2", "text": "China criticized the United States.", "published": "2019-03-02"}]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        (folder / "a.jsonl").write_text("\n".join(json.dumps(r) for r in [good[0], *records, good[1]]) + "\n",
                                        encoding="utf-8")
        (folder / "junk.txt").write_bytes(junk)
        with open_store(Path(tmp) / "x.duckdb") as store:
            report = ingest([str(folder)], store, pipeline)
            stored = {r[0] for r in store.con.execute("SELECT external_id FROM articles").fetchall()}
        assert {"g1", "g2"} <= stored
        for rej in report.rejected:
            assert rej.path.startswith(str(folder)) and rej.reason
            assert rej.line is not None or rej.path.endswith("junk.txt") or rej.path.endswith("a.jsonl")
        assert list(read_inputs([str(folder)]))  # readers agree with what ingest saw
