"""JSON Lines articles: one object per line with ``id``, ``url``, ``title``, ``published``, ``text``.

Read line by line in binary mode, so a file of any size streams in constant memory; a bad line is
rejected on its own and the following lines go on.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import IO, Any

from realpolitik.model import Article, Rejected
from realpolitik.sources.decode import SourceError, check_length, replace_surrogates
from realpolitik.sources.language import detect_language
from realpolitik.sources.text import resolve_date

_SNIFF = 8192


def _lines(f: IO[bytes], limit: int) -> Iterator[tuple[int, bytes | None]]:
    """Yield (line number, bytes); None for a line longer than ``limit`` bytes (skipped unread)."""
    number = 0
    while True:
        line = f.readline(limit)
        if not line:
            return
        number += 1
        if len(line) >= limit and not line.endswith(b"\n"):
            while True:
                rest = f.readline(limit)
                if not rest or rest.endswith(b"\n"):
                    break
            yield number, None
        else:
            yield number, line


def _str_field(obj: dict[str, Any], key: str, line: int) -> str | None:
    value = obj.get(key)
    if value is None:
        return None
    if isinstance(value, int | float) and key == "id":
        return str(value)
    if not isinstance(value, str):
        raise SourceError(f"field {key!r} must be a string, got {type(value).__name__}", line=line)
    return replace_surrogates(value).strip() or None


def parse_line(
    raw: bytes, line: int, origin: str, max_chars: int, published: date | None, source: str | None
) -> Article | None:
    """One JSONL line → Article; None for a blank line; SourceError (with the line) otherwise."""
    if not raw.strip():
        return None
    if b"\x00" in raw:
        raise SourceError("binary data (NUL byte) in line", line=line)
    try:
        decoded = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SourceError(f"invalid UTF-8 at byte offset {exc.start} of the line", line=line) from exc
    try:
        obj = json.loads(decoded)
    except json.JSONDecodeError as exc:
        raise SourceError(f"malformed JSON: {exc.msg} (column {exc.colno})", line=line) from exc
    if not isinstance(obj, dict):
        raise SourceError(f"expected a JSON object, got {type(obj).__name__}", line=line)
    text = _str_field(obj, "text", line)
    if not text:
        raise SourceError("missing or empty 'text' field", line=line)
    check_length(text, max_chars)
    date_key = "published" if obj.get("published") is not None else "date"
    stated = obj.get(date_key)
    if stated is not None and not isinstance(stated, str):
        stated = str(stated)
    if stated is not None:
        stated = replace_surrogates(stated).strip()
    return Article(
        text=text,
        title=_str_field(obj, "title", line),
        url=_str_field(obj, "url", line),
        source=source or _str_field(obj, "source", line),
        published=resolve_date(stated or None, published, line, date_key),
        language=_str_field(obj, "language", line) or detect_language(text),
        origin=f"{origin}:{line}",
        external_id=_str_field(obj, "id", line),
    )


def read_jsonl(
    path: Path, max_chars: int, published: date | None = None, source: str | None = None
) -> Iterator[Article | Rejected]:
    origin = str(path)
    # Worst case JSON spends 6 bytes per character (\uXXXX); longer lines cannot be within max_chars.
    limit = max_chars * 6 + 65536
    with path.open("rb") as f:
        head = f.read(_SNIFF)
        if not head:
            yield Rejected(origin, None, "empty file")
            return
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            yield Rejected(origin, None, "UTF-16 JSONL is not supported; convert the file to UTF-8")
            return
        first_line = head.split(b"\n", 1)[0]
        if b"\x00" in first_line:  # binary from the start; a NUL further down rejects only its line
            nul = first_line.index(b"\x00")
            yield Rejected(origin, None, f"binary file (NUL byte at offset {nul}), not JSONL")
            return
        f.seek(len(codecs.BOM_UTF8) if head.startswith(codecs.BOM_UTF8) else 0)
        found = False
        for number, raw in _lines(f, limit):
            if raw is None:
                yield Rejected(origin, number, f"line longer than {limit:,} bytes (document too large)")
                found = True
                continue
            try:
                article = parse_line(raw, number, origin, max_chars, published, source)
            except SourceError as exc:
                yield Rejected(origin, exc.line or number, exc.reason)
                found = True
                continue
            if article is not None:
                found = True
                yield article
        if not found:
            yield Rejected(origin, None, "empty file (no JSON lines)")
