"""Token attributes read and written as a document's arrays (shared by the parse repairs).

A repair that looked at every word in Python would cost its walk on every document; finding the few
words it cares about in one array and writing heads back in one array keeps it off the hot path.
"""

from __future__ import annotations

import re

import numpy as np
from spacy.attrs import ORTH
from spacy.tokens import Doc


def positions(doc: Doc, attr: int, words: frozenset[str]) -> list[int]:
    """Indices of the tokens whose ``attr`` (``ORTH``, ``LOWER``) is one of ``words``."""
    values = doc.to_array([attr])
    wanted = np.array([doc.vocab.strings.add(w) for w in words], dtype=values.dtype)
    return [int(i) for i in np.flatnonzero(np.isin(values, wanted))]


def any_string(doc: Doc, pattern: re.Pattern[str]) -> bool:
    """Whether ``pattern`` matches the start of any of the document's distinct word strings."""
    strings = doc.vocab.strings
    return any(pattern.match(strings[int(h)]) for h in np.unique(doc.to_array(ORTH)))


def head_offset(offset: int) -> int:
    """A head offset as ``Doc.to_array`` stores it: unsigned, with negative offsets wrapped."""
    return offset % 2**64
