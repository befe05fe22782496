"""SPEAKER AMONG BOTH SIDES (coding/joint_resolve.py): a cooperation that the speaker says "the two
countries" (or the speaker's state and another) should, must or need to carry out is the speaker's own
intent (03x) toward the partner, asserted; it is no demand on the partner, and the pair's mutual act
is not left hypothetical.

Sentences written for these tests; each is also coded with the class switched off.
"""

from __future__ import annotations

import pytest

import realpolitik.coding.extract as extract
from tests.coding.helpers import find

PUB = "2024-03-01"


@pytest.mark.parametrize(
    ("text", "speaker", "partner"),
    [
        ("Peruvian President Dina Boluarte flew to Quito on Monday for a state visit to Ecuador. Boluarte said "
         "both nations should widen mining cooperation.", "PERGOV", "ECU"),
        ("Ghanaian President Nana Akufo-Addo held talks with Togo's President Faure Gnassingbe in Accra on "
         "Friday. Akufo-Addo told journalists that both sides must deepen economic ties.", "GHAGOV", "TGO"),
        ("The Mongolian prime minister said Mongolia and South Korea need to strengthen cooperation in energy.",
         "MNGGOV", "KOR"),
    ],
)
def test_advised_joint_cooperation_is_the_speaker_s_intent(pipeline, monkeypatch, text: str, speaker: str,
                                                          partner: str) -> None:
    def view(events):
        return [(e.source_code, e.target_code, e.event_code, e.modality) for e in events]

    events = pipeline.code_text(text, published=PUB)
    assert [e for e in events if e.source_code == speaker and e.target_code == partner
            and e.event_code.startswith("03") and e.modality == "asserted"], view(events)
    assert not find(events, speaker[:3], partner, "10") and not find(events, partner, speaker[:3], "03"), view(events)
    monkeypatch.setattr(extract, "speaker_partners", lambda *args: [])
    monkeypatch.setattr(extract, "obliges_own_side", lambda *args: False)
    off = pipeline.code_text(text, published=PUB)
    assert find(off, partner, speaker[:3], "03") or find(off, speaker[:3], partner, "10"), view(off)


@pytest.mark.parametrize(
    ("text", "first", "second", "code"),
    [
        ("The Chilean foreign minister said Argentina and Bolivia should expand their trade ties.", "ARG", "BOL",
         "06"),
        ("Norway's prime minister said Sweden and Finland could deepen their defence cooperation.", "SWE", "FIN",
         "06"),
    ],
)
def test_a_third_party_s_advice_or_speculation_is_not_the_class(pipeline, text: str, first: str, second: str,
                                                                code: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert [e for e in events if (e.source_code, e.target_code) == (first, second)
            and e.event_code.startswith(code) and e.modality == "hypothetical"], text
    assert not [e for e in events if e.source_code[:3] in ("CHL", "NOR")], text
