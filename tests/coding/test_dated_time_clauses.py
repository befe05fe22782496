"""DATED TIME CLAUSE (coding/background.py, ``dated_time_clause``): a past act with no date of its own,
told within a time clause set years back ("... when the army seized power in 2006"), is background;
a date of its own keeps it in the news.

Sentences written for these tests; the background ones are also coded with the class switched off.
"""

from __future__ import annotations

import pytest

import realpolitik.coding.background as background
from tests.coding.helpers import assert_unasserted_by_class, find_asserted

PUB = "2024-06-10"


@pytest.mark.parametrize(
    ("text", "src", "tgt", "root"),
    [
        ("Washington froze military aid to Pakistan when Islamabad tested a nuclear device in 1998.", "USA", "PAK",
         "16"),
        ("The European Union suspended aid to Fiji when the army seized power in 2006.", "IGOEUREEC", "FJI", "16"),
    ],
)
def test_an_undated_act_in_a_years_old_time_frame_is_background(pipeline, monkeypatch, text, src, tgt,
                                                                 root) -> None:
    switch_off = (background, "dated_time_clause", lambda trigger, published: False)
    assert_unasserted_by_class(pipeline, monkeypatch, switch_off, text, src, tgt, root, PUB)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya recalled its ambassador from Somalia on Monday after the talks collapsed in 2019.",
        "Kenya recalled its ambassador from Somalia after the talks collapsed on Monday.",
    ],
)
def test_a_date_of_its_own_or_a_recent_frame_keeps_the_act(pipeline, text: str) -> None:
    assert find_asserted(pipeline.code_text(text, published=PUB), "KEN", "SOM", "16"), text


@pytest.mark.parametrize(
    ("text", "src", "tgt", "root"),
    [
        ("Norway suspended aid to Nepal after the king dissolved parliament in February.", "NOR", "NPL", "16"),
        ("Canada froze aid to Haiti when the army seized power on March 3.", "CAN", "HTI", "16"),
    ],
)
def test_a_time_clause_dated_months_back_is_background(pipeline, monkeypatch, text, src, tgt, root) -> None:
    """DATED TIME CLAUSE, by months (``background._months_back``): a day or month that ended a month or
    more before publication dates the undated act it frames."""
    switch_off = (background, "_months_back", lambda clause, published: False)
    assert_unasserted_by_class(pipeline, monkeypatch, switch_off, text, src, tgt, root, PUB)


def test_a_recent_time_clause_keeps_the_act_in_the_news(pipeline) -> None:
    text = "Norway suspended aid to Nepal after the king dissolved parliament on Friday."
    assert find_asserted(pipeline.code_text(text, published=PUB), "NOR", "NPL", "16")
