"""REGIONAL DEMONYMS (``actors/data/curated/regional_demonyms.jsonl``): the adjective of a region or a minority
that the news ties to one state is that state's ("Chechen rebels" are Russia's rebels, "Basque separatists"
Spain's); a people spread over several states stays without a country. Sentences written for these tests."""

from __future__ import annotations

import pytest

from realpolitik.pipeline import Pipeline
from tests.coding.helpers import codes, find_asserted

DATE = "2006-05-10"


@pytest.mark.parametrize(("text", "src", "tgt", "root"), [
    ("Chechen separatists ambushed Russian soldiers near the border.", "RUSREB", "RUSMIL", "19"),
    ("Tamil guerrillas attacked a Sri Lankan navy patrol.", "LKAREB", "LKAMIL", "19"),
    ("Acehnese rebels met Indonesian negotiators in Helsinki.", "IDNREB", "IDNGOV", "04"),
    ("Uighur exiles criticised China on Monday.", "CHN", "CHN", "11"),
])
def test_a_regional_demonym_is_its_states(text: str, src: str, tgt: str, root: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert find_asserted(events, src, tgt, root), codes(events)


def test_a_people_of_several_states_gets_no_single_state(pipeline: Pipeline) -> None:
    events = pipeline.code_text("Tuareg rebels attacked an army post.", published=DATE)
    assert not any(e.source_code[:3] in ("MLI", "NER") for e in events), codes(events)
