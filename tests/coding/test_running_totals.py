"""Running totals (coding/summaries.py): a present perfect with a span reaching up to now sums up
many acts ("have shelled ... since March"), so the act is not asserted; a plain past act of the day
and a present perfect without a span stay asserted.

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
    ("text", "src", "tgt", "root"),
    [
        ("Since February, Ethiopian gunboats have shelled Eritrean fishing villages almost daily.", "ETH", "ERI", "19"),
        ("Over the past three weeks, Moroccan police have arrested dozens of Algerian traders.", "MAR", "DZA", "17"),
        ("Under the curfew law, Sudanese soldiers have detained scores of Chadian refugees.", "SDN", "TCD", "17"),
        ("So far this year, Colombian troops have captured 60 Venezuelan smugglers.", "COL", "VEN", "17"),
    ],
)
def test_a_running_total_is_not_an_act_of_the_day(pipeline, monkeypatch, text, src, tgt, root) -> None:
    assert not _asserted(pipeline, text, src, tgt, root), text
    monkeypatch.setattr(extract, "running_total", lambda trigger: False)
    assert _asserted(pipeline, text, src, tgt, root), text


@pytest.mark.parametrize(
    ("text", "src", "tgt", "root"),
    [
        ("Ethiopian gunboats shelled Eritrean fishing villages on Sunday.", "ETH", "ERI", "19"),
        ("Moroccan police have arrested two Algerian traders, officials said on Monday.", "MAR", "DZA", "17"),
    ],
)
def test_an_act_of_the_day_stays_asserted(pipeline, text, src, tgt, root) -> None:
    assert _asserted(pipeline, text, src, tgt, root), text


@pytest.mark.parametrize(
    ("text", "src", "tgt", "root"),
    [
        ("The Indian army has intensified its shelling of Pakistani posts since Thursday night.", "IND", "PAK", "1"),
        ("It is the third time a Chinese frigate has visited Manila since the navies met.", "CHN", "PHL", "042"),
        ("Denmark has praised Norway each year since the accord, but now it criticised Norway.", "DNK", "NOR", "11"),
    ],
)
def test_the_news_of_the_day_beside_a_span_stays_asserted(pipeline, text, src, tgt, root) -> None:
    assert _asserted(pipeline, text, src, tgt, root), text
