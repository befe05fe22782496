"""Words with the prefix "co-" ("co-chaired", "co-operation", "co-sponsors") stay one word.

The English tokenizer splits a hyphen between letters, so "co-chaired" became "co", "-", "chaired": the
parser then read "co" as one more coordinated subject and the verb lost its clause, and "co-sponsored"
turned its co-sponsors into parties acting on each other. Kept whole, such a word is parsed as the verb
or noun it is. The rule lemmatizer has no entry for the whole word ("co-chaire"), so its lemma is "co-"
with the lemma of the rest, read by the model's own lemmatizer for the same part of speech.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from realpolitik.nlp.arrays import any_string

FACTORY = "realpolitik_prefixed_lemmas"
PREFIX = "co-"
CO_WORD = re.compile(r"^[Cc]o-[a-z]{3,}$")
LEMMATIZED_POS = frozenset({"VERB", "NOUN", "ADJ", "AUX"})


def keep_prefixed_words(nlp: Language) -> None:
    """Make the tokenizer keep "co-" words whole, before any other rule of its own for whole strings."""
    tokenizer: Any = nlp.tokenizer
    previous: Callable[[str], object] | None = tokenizer.token_match
    if previous is None:
        tokenizer.token_match = CO_WORD.match
        return

    def token_match(text: str) -> object:
        return CO_WORD.match(text) or previous(text)

    tokenizer.token_match = token_match


class PrefixedLemmas:
    """Lemma "co-" + the lemma of the rest, for the words ``keep_prefixed_words`` keeps whole."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self._cache: dict[tuple[str, str], str] = {}

    def _rest_lemma(self, rest: str, pos: str) -> str:
        key = (rest, pos)
        if key not in self._cache:
            word = Doc(self.nlp.vocab, words=[rest])
            word[0].pos_ = pos
            lemmatizer = self.nlp.get_pipe("lemmatizer") if "lemmatizer" in self.nlp.pipe_names else None
            stock = getattr(lemmatizer, "stock", lemmatizer)
            self._cache[key] = stock.lemmatize(word[0])[0] if stock is not None else rest  # type: ignore[union-attr]
        return self._cache[key]

    def __call__(self, doc: Doc) -> Doc:
        if not any_string(doc, CO_WORD):
            return doc  # no "co-" word: no walk over the document's words
        for tok in doc:
            if tok.pos_ in LEMMATIZED_POS and CO_WORD.match(tok.text):
                tok.lemma_ = PREFIX + self._rest_lemma(tok.lower_[len(PREFIX):], tok.pos_)
        return doc


@Language.factory(FACTORY, requires=["token.pos", "token.lemma"], assigns=["token.lemma"])
def make_prefixed_lemmas(nlp: Language, name: str) -> PrefixedLemmas:
    return PrefixedLemmas(nlp)
