"""Crowned heads, royal houses and deputy offices are their state's government, as kings, emperors and
presidents already were ("the Thai princess visited Laos" is the Thai state's act); a parliament's
speaker is its legislature. A royal title led by a common noun ("a beauty queen", "the pop princess")
is a figure of speech and no political actor (``actors.figurative``)."""

from __future__ import annotations

import pytest

from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find

DATE = "2021-03-09"


@pytest.mark.parametrize(
    ("text", "src", "tgt", "root"),
    [
        ("The Bahraini queen received the Maltese president at the palace on Monday.", "BHRGOV", "MLTGOV", "04"),
        ("Morocco's queen hosted the Senegalese first lady in Rabat on Sunday.", "MARGOV", "SEN", "04"),
        ("The Kuwaiti emir praised the Egyptian prime minister.", "KWTGOV", "EGYGOV", "05"),
        ("Brunei's sultan condemned the Malaysian government on Thursday.", "BRNGOV", "MYSGOV", "1"),
        ("The Belgian princess visited Rwanda last week.", "BELGOV", "RWA", "04"),
        ("The Dutch royal family welcomed the Japanese emperor in The Hague.", "NLDGOV", "JPNGOV", ""),
        ("The Ghanaian vice-president met the Togolese foreign minister.", "GHAGOV", "TGOGOV", "04"),
        ("The Lithuanian deputy foreign minister met the Latvian vice premier.", "LTUGOV", "LVAGOV", "04"),
        ("Nepal's parliament speaker met the Indian ambassador on Monday.", "NPLLEG", "INDGOV", "04"),
        ("The Fijian house speaker criticised the Australian high commissioner.", "FJILEG", "AUSGOV", "1"),
    ],
)
def test_royal_and_deputy_offices_act_for_their_state(
    text: str, src: str, tgt: str, root: str, pipeline: Pipeline
) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert find(events, src, tgt, root), events


@pytest.mark.parametrize(
    "text",
    [
        "A former Greek beauty queen sued the Turkish government on Friday.",
        "The Canadian pop princess criticised the Russian government at a concert.",
    ],
)
def test_a_royal_title_led_by_a_common_noun_is_no_office(text: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert not [e for e in events if (e.source_code or "").endswith("GOV") and e.source_code[:3] in ("GRC", "CAN")], \
        events
