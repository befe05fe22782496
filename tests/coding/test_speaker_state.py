"""A state noun owned by the speaker's pronoun in the clause the speaker reports ("the Kenyan minister
said his country would ...", "the Ghanaian minister said her country condemned ...") is the speaker's
state, or its organ for "his government": it acts in that clause. Sentences we wrote."""

from __future__ import annotations

import pytest

from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find

DATE = "2016-09-14"


@pytest.mark.parametrize(
    ("text", "src", "tgt", "root"),
    [
        ("Kenya's foreign minister said his country supported Uganda's bid.", "KEN", "UGA", "05"),
        ("The Ghanaian minister said her country condemned the Togolese attack.", "GHA", "TGO", "11"),
        ("The Peruvian president said his government would impose sanctions on Chile.", "PERGOV", "CHL", "1"),
    ],
)
def test_the_speakers_pronoun_owns_the_state_that_acts(
    text: str, src: str, tgt: str, root: str, pipeline: Pipeline
) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert find(events, src, tgt, root), events
    assert not find(events, tgt, tgt, ""), events


def test_without_a_speaker_the_pronoun_owns_nothing_here(pipeline: Pipeline) -> None:
    events = pipeline.code_text("His country supported Uganda's bid.", published=DATE)
    assert not find(events, "KEN", "UGA", ""), events
