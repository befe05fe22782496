"""Turn the paths a user names into a stream of articles and rejections.

Every failure becomes a ``Rejected`` value (path, line, reason) in the same stream, so one bad file
never stops the others and the caller decides how to report it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import TextIO

from realpolitik.model import Article, Rejected
from realpolitik.settings import Settings, load_settings
from realpolitik.sources.decode import SourceError, check_text, decode_bytes
from realpolitik.sources.html import article_from_html
from realpolitik.sources.jsonl import read_jsonl
from realpolitik.sources.text import article_from_text

TEXT_EXTENSIONS = frozenset({".txt", ".text"})
JSONL_EXTENSIONS = frozenset({".jsonl", ".ndjson"})
HTML_EXTENSIONS = frozenset({".html", ".htm"})
KNOWN_EXTENSIONS = TEXT_EXTENSIONS | JSONL_EXTENSIONS | HTML_EXTENSIONS
STDIN = "-"

SkipHook = Callable[[str, str], None]


def _read_document(path: Path, max_chars: int) -> str:
    """Read a whole single-document file, refusing obviously oversized ones before reading them."""
    size = path.stat().st_size
    if size > max_chars * 4 + 4096:  # even 4-byte UTF-8 characters could not fit in max_chars
        raise SourceError(f"document too large: {size:,} bytes (limit {max_chars:,} characters)")
    return decode_bytes(path.read_bytes())


def read_file(
    path: Path, max_chars: int, published: date | None = None, source: str | None = None
) -> Iterator[Article | Rejected]:
    """Read one file by its extension; unknown extensions named explicitly are read as text."""
    origin = str(path)
    suffix = path.suffix.lower()
    try:
        if not path.exists():
            raise SourceError("no such file or directory")
        if not path.is_file():
            raise SourceError("not a regular file")
        if suffix in JSONL_EXTENSIONS:
            yield from read_jsonl(path, max_chars, published, source)
            return
        if suffix in HTML_EXTENSIONS:
            html_limit = max_chars * 4
            yield article_from_html(_read_document(path, html_limit), origin, max_chars, published, source)
            return
        yield article_from_text(_read_document(path, max_chars), origin, max_chars, published, source)
    except SourceError as exc:
        yield Rejected(origin, exc.line, exc.reason)
    except OSError as exc:
        yield Rejected(origin, None, f"cannot read: {exc.strerror or exc}")


def read_stdin(
    stdin: TextIO, max_chars: int, published: date | None = None, source: str | None = None
) -> Iterator[Article | Rejected]:
    """Standard input is one plain-text article (front matter allowed)."""
    origin = "<stdin>"
    try:
        buffer = getattr(stdin, "buffer", None)
        if buffer is not None:
            limit = max_chars * 4 + 4096
            data = buffer.read(limit + 1)
            if len(data) > limit:
                raise SourceError(f"document too large: over {limit:,} bytes (limit {max_chars:,} characters)")
            text = decode_bytes(data)
        else:
            text = stdin.read(max_chars + 1)
            if not text:
                raise SourceError("empty input")
            check_text(text)
        yield article_from_text(text, origin, max_chars, published, source)
    except SourceError as exc:
        yield Rejected(origin, exc.line, exc.reason)


def walk_directory(root: Path, on_skip: SkipHook | None = None) -> Iterator[Path]:
    """Files under ``root`` with a known extension, recursively, in sorted order; hidden ones ignored.

    One directory is listed at a time (depth first), so a tree of a million files is never held in
    memory as a whole; the order is the same as sorting every path.
    """
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = root / entry.name
        if entry.is_dir():
            yield from walk_directory(path, on_skip)
        elif not entry.is_file():
            continue
        elif path.suffix.lower() in KNOWN_EXTENSIONS:
            yield path
        elif on_skip is not None:
            on_skip(str(path), f"skipped: unknown extension {path.suffix or '(none)'!r}")


def read_inputs(
    paths: list[str],
    published: date | None = None,
    source: str | None = None,
    stdin: TextIO | None = None,
    *,
    settings: Settings | None = None,
    on_skip: SkipHook | None = None,
) -> Iterator[Article | Rejected]:
    """Stream articles (and rejections) from files, directories and ``-`` (stdin), in order.

    ``published`` and ``source`` override what the inputs say. Nothing is read before it is needed,
    so a huge JSONL file streams.
    """
    max_chars = (settings or load_settings()).max_chars
    for name in paths:
        if name == STDIN:
            yield from read_stdin(stdin or sys.stdin, max_chars, published, source)
            continue
        path = Path(name)
        if path.is_dir():
            for child in walk_directory(path, on_skip):
                yield from read_file(child, max_chars, published, source)
        else:
            yield from read_file(path, max_chars, published, source)
