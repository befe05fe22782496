"""Helpers recruited for later (coding/purposes.py ``recruited_help``): aid that is only the purpose
of recruiting people or raising funds has not been given; aid sent with the means is.

Sentences written for these tests; each is also coded with the class switched off.
"""

from __future__ import annotations

import pytest

import realpolitik.coding.extract as extract
from tests.coding.helpers import find

PUB = "2024-06-10"


def _asserted(pipeline, text: str, src: str, tgt: str, root: str) -> list:
    return [e for e in find(pipeline.code_text(text, published=PUB), src, tgt, root) if e.modality == "asserted"]


@pytest.mark.parametrize(
    "text",
    [
        "Hungary recruited doctors on Friday to help Serbia's hospitals.",
        "Hungary began to train volunteers this week to assist Serbia's flood victims.",
    ],
)
def test_recruited_help_is_an_aim(pipeline, monkeypatch, text) -> None:
    assert not _asserted(pipeline, text, "HUN", "SRB", "07"), text
    monkeypatch.setattr(extract, "recruited_help", lambda verb, code: False)
    assert _asserted(pipeline, text, "HUN", "SRB", "07"), text


def test_help_sent_with_the_means_is_given(pipeline) -> None:
    text = "Hungary sent doctors on Friday to help Serbia's hospitals."
    assert _asserted(pipeline, text, "HUN", "SRB", "07"), text
