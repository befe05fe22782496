"""Sentence starts at line breaks, set before the parser.

Headlines and paragraphs are separated by newlines; a headline glued onto the next sentence
corrupts the parse, so every token that follows a newline starts a sentence. The parser respects
boundaries that are already set. The starts are written as one array: setting
``token.is_sent_start`` one token at a time costs time proportional to the document each.
"""

from __future__ import annotations

from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc


@Language.component("realpolitik_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    starts = doc.to_array([SENT_START])
    changed = False
    for tok in doc[:-1]:
        if "\n" in tok.text_with_ws and not tok.is_space or (tok.is_space and "\n" in tok.text):
            starts[tok.i + 1] = 1
            changed = True
    if changed:
        doc.from_array([SENT_START], starts)  # type: ignore[arg-type]
    return doc
