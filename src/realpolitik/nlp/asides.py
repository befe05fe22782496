"""Dashed asides: a clause set off by a pair of dashes is parsed as if it were not there.

Wire copy puts long asides between dashes ("Canada -- which chairs the group from June, the month
the games open -- vowed ..."). The small English parser often hangs the words after the closing dash
on a verb inside the aside, so the sentence's own verb loses its subject and the aside's verb gains
a clause it never had. Where that happens (a word outside the aside is headed inside it),
the sentence is parsed once more without the aside, and the words outside it take their heads,
labels and tags from that parse; the aside keeps its own parse and hangs, as one piece, from the word
it was set beside. An aside whose words hang from two words outside it (its time clause read as the
complement of the sentence's verb) is hung together the same way.

A document without a dash is not walked at all, a sentence whose asides are parsed as asides is left
untouched, and the repair looks at one sentence at a time, so the result does not depend on the batch.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import numpy as np
from spacy.attrs import DEP, HEAD, ORTH, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span

from realpolitik.nlp.arrays import head_offset, positions

FACTORY = "realpolitik_dashed_asides"
DASHES = frozenset({"--", "—", "–", "---"})
PARSE_STEPS = ("tok2vec", "tagger", "parser")


def dash_pairs(sent: Span) -> Iterator[tuple[int, int]]:
    """Document indices of each opening and closing dash, paired in order of appearance."""
    marks = [t.i for t in sent if t.text in DASHES]
    yield from zip(marks[::2], marks[1::2], strict=False)  # an unpaired last dash opens no aside


def captures(sent: Span, start: int, end: int) -> bool:
    """Whether a word of the sentence outside the aside (not a punctuation mark) is headed inside it."""
    return any(start < t.head.i < end and t.dep_ != "punct" and not start <= t.i <= end for t in sent)


def is_split(doc: Doc, start: int, end: int) -> bool:
    """Whether the aside's words hang from more than one word outside it."""
    return len({t.head.i for t in doc[start + 1 : end] if not start < t.head.i < end and t.dep_ != "punct"}) > 1


class DashedAsides:
    """Mend the parse around dashed asides (see module docstring)."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def _parse_steps(self) -> list[Callable[[Doc], Doc]]:
        names = set(self.nlp.pipe_names)
        return [self.nlp.get_pipe(n) for n in PARSE_STEPS if n in names]

    def _reparse_outside(self, sent: Span, start: int, end: int, arr: np.ndarray) -> bool:
        """Give the words outside the aside the heads, labels and tags of a parse without it."""
        doc = sent.doc
        outside = [i for i in range(sent.start, sent.end) if not start <= i <= end]
        if len(outside) < 2:
            return False
        short = Doc(doc.vocab, words=[doc[i].text for i in outside],
                    spaces=[bool(doc[i].whitespace_) for i in outside],
                    sent_starts=[True, *[False] * (len(outside) - 1)])  # type: ignore[arg-type]
        for step in self._parse_steps():
            short = step(short)
        if sum(1 for t in short if t.dep_ == "ROOT") != 1:
            return False
        for k, i in enumerate(outside):
            tok = short[k]
            arr[i] = (head_offset(outside[tok.head.i] - i), tok.dep, tok.tag)
        return True

    @staticmethod
    def _hang_together(doc: Doc, start: int, end: int, arr: np.ndarray) -> None:
        """Hang the whole aside, dashes included, from the one word it was set beside.

        That word is the one before the aside that a top word of the aside hangs from; other top words
        (a time clause of the aside read as the main verb's complement) hang from that top word.
        """
        tops = [t.i for t in doc[start + 1 : end] if not start < t.head.i < end and t.dep_ != "punct"]
        if not tops:
            return
        main = next((i for i in tops if doc[i].head.i < start), tops[0])
        for i in tops:
            if i != main:
                arr[i, 0] = head_offset(main - i)
        for i in (start, end):
            arr[i, :2] = (head_offset(main - i), doc.vocab.strings["punct"])

    def __call__(self, doc: Doc) -> Doc:
        """Outside words headed inside an aside take a parse without it; then the aside is hung together.

        Hanging the aside together is safe only once no outside word is headed inside it (else a cycle
        could form), so an aside whose second parse fails is left as the parser gave it.
        """
        dash_at = positions(doc, ORTH, DASHES)
        if not dash_at:
            return doc  # most documents have no dash: no walk over their sentences
        arr: np.ndarray | None = None
        dashed = {doc[i].sent.start for i in dash_at}
        for sent in doc.sents:
            if sent.start not in dashed:
                continue
            for start, end in dash_pairs(sent):
                if end - start < 2:
                    continue
                captured = captures(sent, start, end)
                if not captured and not is_split(doc, start, end):
                    continue
                if arr is None:
                    arr = doc.to_array([HEAD, DEP, TAG]).astype(np.uint64)
                if captured and not self._reparse_outside(sent, start, end, arr):
                    continue
                self._hang_together(doc, start, end, arr)
                break
        if arr is not None:
            doc.from_array([HEAD, DEP, TAG], arr)  # type: ignore[arg-type]
        return doc


@Language.factory(FACTORY, requires=["token.dep", "token.head", "token.tag"],
                  assigns=["token.dep", "token.head", "token.tag"])
def make_dashed_asides(nlp: Language, name: str) -> DashedAsides:
    return DashedAsides(nlp)
