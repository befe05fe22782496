"""Plain-text articles (``.txt``, stdin), with optional front matter."""

from __future__ import annotations

from datetime import date

from realpolitik.dates import parse_published
from realpolitik.errors import InputError
from realpolitik.model import Article
from realpolitik.sources.decode import SourceError, check_length
from realpolitik.sources.frontmatter import split_front_matter
from realpolitik.sources.language import detect_language


def resolve_date(
    value: str | None, override: date | None, line: int | None, key: str = "date"
) -> date | None:
    """The publication date: the user's override wins; an unreadable stated date rejects the article."""
    if override is not None:
        return override
    if value is None:
        return None
    try:
        return parse_published(value)
    except InputError as exc:
        raise SourceError(f"{exc} in {key!r} field", line=line) from exc


def article_from_text(
    text: str,
    origin: str,
    max_chars: int,
    published: date | None = None,
    source: str | None = None,
) -> Article:
    """Build one article from decoded text; raise SourceError when it cannot be used."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    fm, body = split_front_matter(text)
    body = check_length(body.strip(), max_chars)
    if not body:
        raise SourceError("no article text after the front matter", line=fm.body_line)
    date_key = "date" if "date" in fm.fields else "published"
    when = resolve_date(fm.fields.get(date_key) or None, published, fm.lines.get(date_key), date_key)
    return Article(
        text=body,
        title=fm.fields.get("title") or None,
        url=fm.fields.get("url") or None,
        source=source or fm.fields.get("source") or None,
        published=when,
        language=fm.fields.get("language") or detect_language(body),
        origin=origin,
        external_id=fm.fields.get("id") or None,
    )
