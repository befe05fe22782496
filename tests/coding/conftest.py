"""Fixtures for the coding tests: the default (analyst) pipeline is in tests/conftest.py."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def petrarch_pipeline():
    """A pipeline coding under PETRARCH conventions (future meetings keep their code, intended)."""
    from realpolitik.pipeline import Pipeline
    from realpolitik.settings import Settings

    return Pipeline(Settings(conventions="petrarch"))
