"""Long documents are coded in parts, cut at paragraph boundaries.

spaCy refuses texts over ``nlp.max_length`` and its parser's memory grows with the document, so an
article longer than ``PART_CHARS`` is coded as consecutive parts and the parts' events are joined
back with offsets into the whole text. Cuts prefer a blank line, then a line break, then a sentence
end, then any space, so a sentence is only ever cut inside a paragraph-free wall of text.
Articles shorter than the limit (nearly all news) are one part and coded exactly as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from realpolitik.model import CodedEvent

if TYPE_CHECKING:
    from spacy.tokens import Doc

PART_CHARS = 20_000
# Characters handed to one ``nlp.pipe`` batch: a batch of 32 parts of a 1M-character article would
# otherwise hold 640k characters of parse state at once. Ordinary news batches stay well below it.
BATCH_CHARS = 5 * PART_CHARS

# Best boundary first; each pattern's match end is where the next part starts.
_BOUNDARIES = (re.compile(r"\n[ \t]*\n\s*"), re.compile(r"\n\s*"), re.compile(r"[.!?][\"')\]]*\s+"),
               re.compile(r"\s+"))


def _cut(text: str, start: int, limit: int) -> int:
    """End of the part starting at ``start``: the last good boundary in its second half, else a hard cut."""
    hard = start + limit
    window_start = start + limit // 2
    for pattern in _BOUNDARIES:
        best = -1
        for m in pattern.finditer(text, window_start, hard):
            best = m.end()
        if best > start:
            return best
    return hard


def split_parts(text: str, limit: int = PART_CHARS) -> list[tuple[int, str]]:
    """``[(offset, part_text)]`` covering ``text`` in order; one part when the text fits in ``limit``."""
    if limit < 2:
        raise ValueError("part limit must be at least 2 characters")
    if len(text) <= limit:
        return [(0, text)]
    parts: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > limit:
        end = _cut(text, start, limit)
        parts.append((start, text[start:end]))
        start = end
    parts.append((start, text[start:]))
    return parts


def shift_event(event: CodedEvent, chars: int, sentences: int) -> CodedEvent:
    """An event found in a part, re-anchored in the whole article (offsets and sentence index)."""
    if not chars and not sentences:
        return event
    return replace(event, char_start=event.char_start + chars, char_end=event.char_end + chars,
                   sentence_index=event.sentence_index + sentences)


def text_length(doc: Doc) -> int:
    """``len(doc.text)`` read off the last token: spaCy builds ``doc.text`` anew, word by word, on every call."""
    return doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0


def batch_docs(docs: Iterable[Doc], size: int, max_chars: int = BATCH_CHARS) -> Iterator[list[Doc]]:
    """Consecutive docs in batches of at most ``size`` docs and (beyond the first doc) ``max_chars``."""
    batch: list[Doc] = []
    chars = 0
    for doc in docs:
        length = text_length(doc)
        if batch and (len(batch) >= size or chars + length > max_chars):
            yield batch
            batch, chars = [], 0
        batch.append(doc)
        chars += length
    if batch:
        yield batch
