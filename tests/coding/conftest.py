"""Fixtures for the coding tests: the default (analyst) pipeline is in tests/conftest.py."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def petrarch_pipeline():
    """A pipeline coding under PETRARCH conventions (future meetings keep their code, intended)."""
    from realpolitik.pipeline import Pipeline
    from realpolitik.settings import Settings

    return Pipeline(Settings(conventions="petrarch"))


@pytest.fixture(scope="session")
def placed_attackers_pipeline():
    """The default (analyst) pipeline with ``weapon_attackers_of_place`` set, as PETRARCH conventions have
    it: an assault told only by its weapon is by unidentified attackers of the place it happened."""
    from dataclasses import replace

    from realpolitik.pipeline import Pipeline
    from realpolitik.settings import Settings

    pipeline = Pipeline(Settings())
    coder = pipeline.nlp.get_pipe("realpolitik_coder")
    coder.conventions = replace(coder.conventions, weapon_attackers_of_place=True)
    return pipeline
