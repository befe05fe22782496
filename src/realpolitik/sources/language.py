"""Which language an article is written in, when its input does not say.

The coder reads English only, so a Chinese or Arabic article would silently yield no events; the
detected language is stored with the article and ingest reports how many were skipped. Detection
uses py3langid (a maintained fork of langid.py with its model bundled in the wheel; no download).
Short or letter-poor texts are not judged: a two-word headline is too little evidence, and calling
English news "Breton" would lose it. Only text very unlikely to be English (P(en) < 1 %), with
enough letters, changes the default.

Most input is plainly English, and for it the classifier (a 1 s model load and ~2 ms an article,
paid in the ingest client while Dask workers code) is skipped: English prose is recognised by its
function words, "the" above all, which no other language uses at that rate. Only text that fails
this test goes to py3langid.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache
from typing import Any

DEFAULT = "en"
SAMPLE_CHARS = 2000
MIN_LETTERS = 40
MAX_ENGLISH_PROBABILITY = 0.01
FUNCTION_WORDS = frozenset(
    "the of and to in is was that for with on by as from has have are were said it its this which".split()
)
MIN_WORDS_FOR_SHORTCUT = 30
MIN_THE_SHARE = 0.02
MIN_FUNCTION_SHARE = 0.15
_WORD = re.compile(r"[^\W\d_]+")


_LOADING = threading.Lock()


@lru_cache(maxsize=1)
def _load_identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _identifier() -> Any:
    with _LOADING:  # loaded once, even while ``warm_up``'s thread is at it
        return _load_identifier()


def warm_up() -> threading.Thread:
    """Load the classifier in a background thread, for a process that has idle time now and work
    later: the ingest client, while its Dask workers start, rather than when its first not plainly
    English article arrives and the workers need both cores."""
    thread = threading.Thread(target=_identifier, name="realpolitik-language-warm-up", daemon=True)
    thread.start()
    return thread


def plainly_english(sample: str) -> bool:
    """True when ``sample`` reads as English prose by its function words alone."""
    words = [w.lower() for w in _WORD.findall(sample)]
    if len(words) < MIN_WORDS_FOR_SHORTCUT:
        return False
    the = sum(1 for w in words if w == "the")
    function = sum(1 for w in words if w in FUNCTION_WORDS)
    return the >= MIN_THE_SHARE * len(words) and function >= MIN_FUNCTION_SHARE * len(words)


def detect_language(text: str) -> str:
    """ISO 639-1 code of ``text``'s language; ``"en"`` unless the evidence clearly says otherwise."""
    sample = text[:SAMPLE_CHARS]
    letters = sum(1 for ch in sample if ch.isalpha())
    if letters < MIN_LETTERS or plainly_english(sample):
        return DEFAULT
    ranked = _identifier().rank(sample)
    english = next((p for lang, p in ranked if lang == DEFAULT), 0.0)
    if english < MAX_ENGLISH_PROBABILITY and ranked[0][0] != DEFAULT:
        return str(ranked[0][0])
    return DEFAULT
