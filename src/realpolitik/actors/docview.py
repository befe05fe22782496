"""Per-doc columns read once through ``Doc.to_array`` (C speed) instead of creating Token objects.

Creating a spaCy ``Token`` per access dominated the component's time; these plain lists make the
dictionary pass and the coreference scan cost a few microseconds per token.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import DEP, HEAD, LEMMA, LOWER, ORTH, POS, SENT_START, SPACY, TAG
from spacy.parts_of_speech import ADP, DET, PUNCT
from spacy.tokens import Doc


@dataclass
class DocView:
    orth: list[int]
    lower: list[int]
    pos: list[int]
    space: list[int]
    sent: list[int]  # sentence number of each token, as in ``list(doc.sents)``
    head: list[int]  # absolute index of each token's syntactic head
    dep: list[int]  # dependency label (string hash), for coreference's subject/object tests
    lemma: list[int]  # lemma (string hash)
    tag: list[int]  # fine-grained tag (string hash): NNS vs NN, for number agreement

    def root_of(self, start: int, end: int) -> int:
        """The token of [start, end) whose head lies outside the range (the span's root)."""
        if end - start == 1:
            return start
        head = self.head
        outside = [i for i in range(start, end) if head[i] == i or head[i] < start or head[i] >= end]
        if len(outside) == 1:
            return outside[0]
        # several tokens hang outside ("the" and "US" both depend on "commander"): the content word
        content = [i for i in outside if self.pos[i] not in (DET, PUNCT, ADP)]
        return (content or outside or [end - 1])[-1]

    @classmethod
    def of(cls, doc: Doc) -> DocView:
        if len(doc) == 0:
            return cls([], [], [], [], [], [], [], [], [])
        arr = doc.to_array([ORTH, LOWER, POS, SPACY, SENT_START, HEAD, DEP, LEMMA, TAG])
        starts = arr[:, 4].astype("int64").tolist()
        sent = []
        n = -1
        for i, s in enumerate(starts):
            if s == 1 or i == 0:
                n += 1
            sent.append(n)
        rel = arr[:, 5].astype("int64").tolist()
        head = [i + r for i, r in enumerate(rel)]
        return cls(arr[:, 0].tolist(), arr[:, 1].tolist(), arr[:, 2].tolist(), arr[:, 3].tolist(), sent, head,
                   arr[:, 6].tolist(), arr[:, 7].tolist(), arr[:, 8].tolist())
