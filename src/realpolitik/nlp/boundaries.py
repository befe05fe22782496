"""Sentence starts at line breaks, set before the parser.

Headlines and paragraphs are separated by newlines; a headline glued onto the next sentence
corrupts the parse, so every token that follows a newline starts a sentence. The parser respects
boundaries that are already set.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("realpolitik_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    for i, tok in enumerate(doc[:-1]):
        if "\n" in tok.text_with_ws and not tok.is_space or (tok.is_space and "\n" in tok.text):
            doc[i + 1].is_sent_start = True
    return doc
