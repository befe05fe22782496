"""NEARED ACT (coding/modality.py, ``NEAR_WORDS``): an act someone is close to, or edging closer to
("are close to concluding a pact", "is nearer to restoring ties"), has not happened yet; "close
to" a place says nothing of the act.

Sentences written for these tests; each is also coded with the class switched off.
"""

from __future__ import annotations

import pytest

import realpolitik.coding.modality as modality
from tests.coding.helpers import assert_unasserted_by_class, find_asserted

PUB = "2024-03-01"


@pytest.mark.parametrize(
    ("text", "src", "tgt", "root"),
    [
        ("Ghana and Togo are close to concluding a trade pact, a Ghanaian official said.", "GHA", "TGO", "05"),
        ("Egypt is nearer to restoring ties with Iran than ever, a Cairo official said.", "EGY", "IRN", "05"),
    ],
)
def test_an_act_someone_is_close_to_has_not_happened(pipeline, monkeypatch, text, src, tgt, root) -> None:
    assert_unasserted_by_class(pipeline, monkeypatch, (modality, "NEAR_WORDS", frozenset()), text, src, tgt, root,
                               PUB)


def test_close_to_a_place_keeps_the_act(pipeline) -> None:
    text = "Ghana signed a trade pact with Togo close to the border."
    assert find_asserted(pipeline.code_text(text, published=PUB), "GHA", "TGO", "05")
