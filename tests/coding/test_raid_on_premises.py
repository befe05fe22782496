"""RAID ON PREMISES (``coding/data/compositions.tsv``): raiding, storming or ransacking a building is
seizing or damaging property (171), not the use of force (190) the bare verb rows read; raiding a town
stays force. Sentences written for these tests."""

from __future__ import annotations

import pytest

PUB = "2024-03-01"


def _codes(events, src: str, tgt: str) -> set[str]:
    return {e.event_code for e in events if e.source_code[:3] == src and e.target_code[:3] == tgt}


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Protesters stormed the Danish embassy in Beirut.", "LBN", "DNK"),
        ("Somali gunmen ransacked the Kenyan consulate in Mogadishu on Friday.", "SOM", "KEN"),
    ],
)
def test_a_raid_on_a_building_is_seizing_property(pipeline, text: str, src: str, tgt: str) -> None:
    codes = _codes(pipeline.code_text(text, published=PUB), src, tgt)
    assert "171" in codes and not {c for c in codes if c[:2] == "19"}, codes


def test_a_raid_on_a_town_stays_force(pipeline) -> None:
    codes = _codes(pipeline.code_text("Israeli troops raided the Palestinian town of Jenin.", published=PUB), "ISR",
                   "PSE")
    assert "190" in codes, codes


def test_a_raid_on_someone_s_premises_is_on_them(pipeline) -> None:
    """The owner named in the "of" phrase is the target of the raid."""
    text = "Turkish police raided the headquarters of the Syrian opposition coalition in Istanbul."
    assert "171" in _codes(pipeline.code_text(text, published=PUB), "TUR", "SYR"), text
