"""The model's rule lemmatizer, applied per distinct (form, POS, morphology) instead of per token.

spaCy's ``Lemmatizer`` walks every token in Python and asks its rules for a lemma; its rule mode is
a pure function of the token's form, part of speech and morphology (spaCy caches it under exactly
that key). This component keeps the model's lemmatizer and its tables, asks it once per distinct
key, and writes the lemmas of a whole document as one array, for the tokens the stock component
would have lemmatized (those without a lemma yet, unless it overwrites). A lemmatizer in another
mode, or of a class that may lemmatize differently, stays as it is.
"""

from __future__ import annotations

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

STOCK = "lemmatizer"
FACTORY = "realpolitik_lemma_cache"
KEYS = [ORTH, POS, MORPH, LEMMA]
# Distinct keys remembered (well under 200 bytes each); past it the cache starts again: flat memory.
CACHE_KEYS = 200_000


class CachedLemmatizer:
    """Lemmas from a stock rule lemmatizer, one call per distinct (ORTH, POS, MORPH)."""

    def __init__(self, name: str = STOCK) -> None:
        self.name = name
        self.stock: Lemmatizer | None = None
        self._cache: dict[tuple[int, int, int], int] = {}

    def adopt(self, stock: Lemmatizer) -> None:
        self.stock = stock
        self._cache.clear()

    def _lemma(self, doc: Doc, i: int, key: tuple[int, int, int]) -> int:
        assert self.stock is not None
        lemma = doc.vocab.strings.add(self.stock.lemmatize(doc[i])[0])
        if len(self._cache) >= CACHE_KEYS:
            self._cache.clear()
        self._cache[key] = lemma
        return lemma

    def __call__(self, doc: Doc) -> Doc:
        stock = self.stock
        if stock is None or len(doc) == 0:
            return doc
        if not stock._validated:
            stock._validate_tables()
        rows = doc.to_array(KEYS)
        overwrite = stock.overwrite
        cache = self._cache
        lemmas = rows[:, 3].copy()
        changed = False
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if overwrite or lemma == 0:
                key = (orth, pos, morph)
                value = cache.get(key)
                lemmas[i] = value if value is not None else self._lemma(doc, i, key)
                changed = True
        if changed:
            doc.from_array([LEMMA], lemmas.reshape(-1, 1))  # type: ignore[arg-type]
        return doc


@Language.factory(FACTORY)
def make_lemma_cache(nlp: Language, name: str) -> CachedLemmatizer:
    return CachedLemmatizer(name)


def use_cached_lemmas(nlp: Language) -> bool:
    """Swap the model's rule ``lemmatizer`` for the cached one; True if swapped."""
    if STOCK not in nlp.pipe_names:
        return False
    stock = nlp.get_pipe(STOCK)
    if type(stock) not in (Lemmatizer, EnglishLemmatizer) or stock.mode != "rule":  # type: ignore[attr-defined]
        return False
    cached = nlp.replace_pipe(STOCK, FACTORY)
    cached.adopt(stock)  # type: ignore[attr-defined]
    return True
