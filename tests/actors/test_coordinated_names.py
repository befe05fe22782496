"""COORDINATED NAMES WITH NO AGENT (``grouping._coordinated_names``) and NAMED MEMBERS OF A GROUP NOUN
(``roles.named_members``): in "urged Ukraine and Western countries to ...", the parser reads the names as
coordinated modifiers of "countries"; each name is a party addressed, where before the last name stood for
both and the plural noun named no one. Sentences written for these tests."""

from __future__ import annotations

import pytest

from realpolitik.actors import grouping
from realpolitik.pipeline import Pipeline
from tests.coding.helpers import codes, find_asserted

DATE = "2006-05-10"


@pytest.mark.parametrize(("text", "src", "tgts", "root"), [
    ("Russia urged Moldova and European countries not to interfere in the vote.", "RUS", ("MDA", "EUR"), "02"),
    ("China urged Vietnam and Asian nations to respect its claims.", "CHN", ("VNM", "ASA"), "02"),
])
def test_each_coordinated_name_before_a_group_noun_is_addressed(text: str, src: str, tgts: tuple[str, ...],
                                                                root: str, pipeline: Pipeline,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert all(find_asserted(events, src, t, root) for t in tgts), codes(events)
    monkeypatch.setattr(grouping, "_coordinated_names", lambda head, named, how: False)
    events = pipeline.code_text(text, published=DATE)
    assert not find_asserted(events, src, tgts[0], root), codes(events)


def test_coordinated_adjectives_on_an_agent_noun_still_give_each_side(pipeline: Pipeline) -> None:
    events = pipeline.code_text("Russian and Chinese officials met in Astana.", published=DATE)
    assert find_asserted(events, "RUSGOV", "CHNGOV", "04") and find_asserted(events, "CHNGOV", "RUSGOV", "04")


def test_coordinated_names_on_other_nouns_keep_one_party(pipeline: Pipeline) -> None:
    events = pipeline.code_text("Protesters in Miami marched past the building, waving Haitian and American flags.",
                                published=DATE)
    assert not any(e.target_code.startswith("HTI") for e in events), codes(events)
