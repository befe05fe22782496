"""Class TITLE WITH AN OF-PHRASE BEFORE A NAME (``actors/grouping.py``, ``_named_after_of_title``): in
"Minister of Foreign Affairs <name>" or "Secretary of Energy <name>" the name the dictionary does not know
belongs to the title's mention, as it does after "Foreign Minister"; before, the name stood alone, the
clause's subject had no actor and its act was lost. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from spacy.tokens import Doc

from realpolitik.pipeline import Pipeline
from tests.actors.conftest import codes
from tests.coding.helpers import find_asserted

Parse = Callable[..., Doc]
DAY = date(2006, 11, 20)


def test_the_name_after_an_of_title_is_the_title_holder(parse: Parse) -> None:
    doc = parse("Kenyan Minister of Foreign Affairs John Kamau met Chinese officials.", DAY)
    assert codes(doc)["Kenyan Minister of Foreign Affairs John Kamau"] == ["KENGOV"]
    doc = parse("U.S. Secretary of Energy Ellen Marsh toured the plant.", DAY)
    assert codes(doc)["U.S. Secretary of Energy Ellen Marsh"] == ["USAGOV"]


def test_the_holder_acts(pipeline: Pipeline) -> None:
    events = pipeline.code_text("Malian Minister of Defence Oumar Sissoko met Nigerien officers.",
                                published="2006-11-20")
    assert find_asserted(events, "MLI", "NER", "04")
    events = pipeline.code_text("Peruvian Minister of Trade Ana Rojas criticised Chile on Tuesday.",
                                published="2006-11-20")
    assert find_asserted(events, "PER", "CHL", "11")


def test_a_title_with_no_name_after_it_stays_alone(parse: Parse) -> None:
    doc = parse("The Secretary of State met Chinese officials.", DAY)
    assert "The Secretary of State" in codes(doc)


def test_the_of_or_for_phrase_may_follow_the_matched_title(parse: Parse) -> None:
    """The dictionary's title ends before its of- or for-phrase ("Undersecretary", "Minister of State"):
    the phrase's capitalised words are skipped, and the name after them is still the holder's."""
    doc = parse("US Undersecretary of State Mary Brooks met Indian officials.", DAY)
    assert codes(doc)["US Undersecretary of State Mary Brooks"] == ["USAGOV"]
    doc = parse("The Kenyan Minister of State for Defence Peter Kamau criticised Uganda.", DAY)
    assert codes(doc)["The Kenyan Minister of State for Defence Peter Kamau"] == ["KENGOV"]


def test_a_holder_after_an_of_phrase_is_a_party_to_joint_talks(pipeline: Pipeline) -> None:
    events = pipeline.code_text(
        "Thai Deputy Foreign Minister Somchai Boon and US Undersecretary of State Mary Brooks held talks in Bangkok.",
        published="2006-11-20")
    assert find_asserted(events, "THA", "USA", "04") and find_asserted(events, "USA", "THA", "04")
