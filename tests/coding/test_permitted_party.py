"""Class PERMITTED PARTY (``roles.permitted_party``): a permission acts on the one let do something, the
subject the parser gives the permitting verb's complement ("allowed B to open an office"), or the state its
modifier names ("allowed UN aircraft to land": the UN); refused, it is a refusal toward them (12x).
Sentences written for these tests."""

from __future__ import annotations

import pytest

import realpolitik.coding.roles as roles
from tests.coding.helpers import find_asserted

PUB = "2012-10-08"


@pytest.mark.parametrize(("text", "src", "tgt", "root"), [
    ("Algeria allowed French warplanes to cross its airspace.", "DZA", "FRA", "08"),
    ("Libya permitted UN helicopters to land near the camp.", "LBY", "IGO", "08"),
    ("Chad allowed UN aircraft to land in Abeche.", "TCD", "IGO", "08"),
    ("Libya refused to allow UN helicopters to land near the camp.", "LBY", "IGO", "12"),
])
def test_the_permitted_party_is_the_target(pipeline, text: str, src: str, tgt: str, root: str) -> None:
    assert find_asserted(pipeline.code_text(text, published=PUB), src, tgt, root), text


@pytest.mark.parametrize(("text", "src", "tgt"), [
    ("Algeria allowed French warplanes to cross its airspace.", "DZA", "FRA"),
    ("Chad allowed UN aircraft to land in Abeche.", "TCD", "IGO"),
])
def test_without_the_class_the_complement_s_subject_is_no_target(pipeline, monkeypatch, text: str, src: str,
                                                                 tgt: str) -> None:
    monkeypatch.setattr(roles, "PERMITTING_VERBS", frozenset())
    assert not find_asserted(pipeline.code_text(text, published=PUB), src, tgt, "08"), text


@pytest.mark.parametrize("text", [
    "The Egyptian court adjourned the trial, allowing Libyan lawyers to study the file.",
    "Jordan reopened the crossing on Monday, allowing Syrian trucks to enter.",
])
def test_a_result_participle_permits_nothing(pipeline, text: str) -> None:
    assert not [e for e in pipeline.code_text(text, published=PUB) if e.root_code == "08"], text
