"""UNSPECIFIED COOPERATION FROM A GENERIC VERB (coding/unspecified_cooperation.py): a bare verb of
increase, improvement, running or expansion whose only code is CAMEO's catch-all 060 makes no event
under analyst conventions; verbs of giving keep it, and PETRARCH conventions code the block default.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from realpolitik.coding.conventions import conventions_named
from realpolitik.coding.patterns import LAYER_CAMEO2, LAYER_CURATED, Pattern
from realpolitik.coding.unspecified_cooperation import unspecified_cooperation
from tests.coding.helpers import find

PUB = "2024-03-01"

GENERIC = [
    ("Mexico and Canada eased their visa rules on Tuesday.", "MEX", "CAN"),
    ("Turkey and Greece are boosting their exports this year.", "TUR", "GRC"),
    ("Ecuador and Peru are conducting joint surveys of the border forests.", "ECU", "PER"),
]


@pytest.mark.parametrize(("text", "src", "tgt"), GENERIC)
def test_a_generic_verb_alone_is_no_cooperation(pipeline, petrarch_pipeline, text: str, src: str, tgt: str) -> None:
    assert not find(pipeline.code_text(text, published=PUB), src, tgt, "06"), text
    assert find(petrarch_pipeline.code_text(text, published=PUB), src, tgt, "060"), text


@pytest.mark.parametrize(
    ("text", "src", "tgt", "root"),
    [
        ("China gave Laos two patrol boats on Monday.", "CHN", "LAO", "06"),
        ("Japan will provide Vietnam with rice after the floods.", "JPN", "VNM", "03"),
    ],
)
def test_giving_verbs_keep_their_code(pipeline, text: str, src: str, tgt: str, root: str) -> None:
    assert find(pipeline.code_text(text, published=PUB), src, tgt, root), text


def _row(lemma: str, code: str = "060", layer: int = LAYER_CAMEO2, noun: str = "") -> Pattern:
    return Pattern(id="t", frame="V+N" if noun else "V", lemma=lemma, particle="", prep="", noun=noun, code=code,
                   reverse="", layer=layer)


def test_only_bare_cameo2_catch_all_rows_on_non_giving_verbs() -> None:
    assert unspecified_cooperation(_row("boost"))
    assert unspecified_cooperation(_row("add"))
    assert not unspecified_cooperation(_row("give"))
    assert not unspecified_cooperation(_row("establish"))
    assert not unspecified_cooperation(_row("boost", noun="trade"))
    assert not unspecified_cooperation(_row("boost", code="061"))
    assert not unspecified_cooperation(_row("boost", layer=LAYER_CURATED))


def test_the_setting_differs_by_convention() -> None:
    assert not conventions_named("analyst").unspecified_cooperation
    assert conventions_named("petrarch").unspecified_cooperation
