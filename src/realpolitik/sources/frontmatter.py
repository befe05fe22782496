"""Optional front matter at the top of a text article.

Two forms are accepted::

    title: Maduro visits Ankara          ---
    date: 2017-10-09                     title: Maduro visits Ankara
                                         date: 2017-10-09
    Body text ...                        ---
                                         Body text ...

The plain form counts only when every leading line is a known ``key: value`` and a blank line
follows, so an article that merely starts with "Date: ..." in prose is not mangled. Blank lines and
indentation before the front matter are ignored (line numbers still count them); two or more known
keys followed directly by text are an error, not body text, so a title is never coded as news.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from realpolitik.sources.decode import SourceError

KNOWN_KEYS = frozenset({"title", "date", "published", "url", "source", "id", "language"})
_LINE = re.compile(r"^([A-Za-z_][A-Za-z0-9_-]*)\s*:\s*(.*?)\s*$")


@dataclass
class FrontMatter:
    fields: dict[str, str] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)  # key → 1-based line number
    body_line: int = 1  # 1-based line where the body starts


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def split_front_matter(text: str) -> tuple[FrontMatter, str]:
    """Return the front matter (possibly empty) and the body text."""
    lines = text.split("\n")
    skip = 0
    while skip < len(lines) and not lines[skip].strip():
        skip += 1
    lines = lines[skip:]
    if lines and lines[0].strip() == "---":
        fm, body = _fenced(lines, skip)
    else:
        fm, body = _plain(lines, skip)
        if not fm.fields:
            return fm, text
    return fm, body


def _fenced(lines: list[str], skip: int) -> tuple[FrontMatter, str]:
    fm = FrontMatter()
    for i, raw in enumerate(lines[1:], start=2 + skip):
        if raw.strip() == "---":
            fm.body_line = i + 1
            return fm, "\n".join(lines[i - skip:])
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        m = _LINE.match(raw.strip())
        if not m:
            raise SourceError(f"front matter: expected 'key: value', got {raw.strip()[:60]!r}", line=i)
        key = m.group(1).lower()
        fm.fields[key] = _unquote(m.group(2))
        fm.lines[key] = i
    raise SourceError(f"front matter opened with '---' on line {1 + skip} is never closed", line=1 + skip)


def _plain(lines: list[str], skip: int) -> tuple[FrontMatter, str]:
    fm = FrontMatter()
    for i, raw in enumerate(lines, start=1 + skip):
        if not raw.strip():
            if fm.fields:
                fm.body_line = i + 1
                return fm, "\n".join(lines[i - skip:])
            return FrontMatter(), ""
        m = _LINE.match(raw.strip())
        if not m or m.group(1).lower() not in KNOWN_KEYS:
            if len(fm.fields) >= 2:
                raise SourceError(
                    f"front matter ({', '.join(fm.fields)}) must end with a blank line before the text; "
                    f"got {raw.strip()[:60]!r}", line=i)
            return FrontMatter(), ""
        key = m.group(1).lower()
        fm.fields[key] = _unquote(m.group(2))
        fm.lines[key] = i
    return FrontMatter(), ""
