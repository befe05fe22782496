"""ACCOMPANYING PARTICIPLE (``coding/background._accompanied``): a bare participle clause telling what
went with an act ("cut ties with Haiti after the coup in March, accusing its government of abuses")
has no time of its own and shares its main verb's, background included; a main verb dated today keeps
both in the news. Sentences written for these tests, also coded with the class switched off."""

from __future__ import annotations

import pytest

import realpolitik.coding.background as background
from tests.coding.helpers import assert_unasserted_by_class, find_asserted

PUB = "2006-11-20"


@pytest.mark.parametrize("text", [
    "Canada cut ties with Haiti after the coup in March, accusing the Haitian government of abuses.",
    "Canada cut ties with Haiti when the army seized power in 2001, accusing the Haitian government of abuses.",
])
def test_the_participle_shares_a_background_time(pipeline, monkeypatch, text: str) -> None:
    switch_off = (background, "_accompanied", lambda trigger: None)
    assert_unasserted_by_class(pipeline, monkeypatch, switch_off, text, "CAN", "HTI", "11", PUB)


def test_a_main_verb_of_today_keeps_the_participle_in_the_news(pipeline) -> None:
    text = "Canada cut ties with Haiti on Monday, accusing the Haitian government of abuses."
    assert find_asserted(pipeline.code_text(text, published=PUB), "CAN", "HTI", "11")
