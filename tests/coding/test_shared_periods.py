"""SHARED PERIOD (``coding/background.later_conjuncts``): a closed past period trailing a series of
coordinated past acts with one subject ("shelled the town and attacked the port in 2003") dates every
act in the series, not only the last; an act with a date of its own keeps it. Sentences written for
these tests, each also coded with the class switched off."""

from __future__ import annotations

import pytest

import realpolitik.coding.background as background
from tests.coding.helpers import assert_unasserted_by_class, find_asserted

PUB = "2010-05-05"


@pytest.mark.parametrize(("text", "src", "tgt", "root"), [
    ("Kenyan troops shelled the Somali town and attacked the port in 2003.", "KEN", "SOM", "19"),
    ("Ugandan rebels raided a Kenyan border post and burned three villages between 1995 and 1999.",
     "UGA", "KEN", "1"),
])
def test_a_trailing_period_dates_the_whole_series(pipeline, monkeypatch, text, src, tgt, root) -> None:
    switch_off = (background, "later_conjuncts", lambda trigger: [])
    assert_unasserted_by_class(pipeline, monkeypatch, switch_off, text, src, tgt, root, PUB)


def test_an_act_with_its_own_date_keeps_it(pipeline) -> None:
    text = "Kenyan troops shelled the Somali town on Monday and had attacked its port in 2003."
    assert find_asserted(pipeline.code_text(text, published=PUB), "KEN", "SOM", "19")
