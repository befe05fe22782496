"""HTML articles: the main text (no navigation, footers, ads) extracted with trafilatura."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace
from typing import Any

from realpolitik.model import Article
from realpolitik.sources.decode import SourceError, check_length
from realpolitik.sources.language import detect_language
from realpolitik.sources.text import resolve_date


def article_from_html(
    html: str,
    origin: str,
    max_chars: int,
    published: date | None = None,
    source: str | None = None,
) -> Article:
    import trafilatura

    check_length(html, max_chars * 4)
    found = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False)
    doc: Any = SimpleNamespace(**found) if isinstance(found, dict) else found  # dict in older releases
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        raise SourceError("no main text found in the HTML page")
    # Paragraphs become blank-line separated blocks so a headline is never glued to a sentence.
    text = "\n\n".join(p.strip() for p in text.split("\n") if p.strip())
    check_length(text, max_chars)
    when = resolve_date(getattr(doc, "date", None) or None, published, None)
    return Article(
        text=text,
        title=(getattr(doc, "title", None) or None),
        url=(getattr(doc, "url", None) or None),
        source=source or getattr(doc, "sitename", None) or None,
        published=when,
        language=detect_language(text),
        origin=origin,
    )
