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


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("They opened fire on a bus near the border, killing six Kenyan villagers, Kenyan police said.", "KEN"),
        ("They stormed a village in Darfur, killing 12 Sudanese farmers, Sudanese army officers said.", "SDN"),
        ("It has killed 40 people in Egypt, the World Health Organization said.", "IGO"),
    ],
)
def test_a_pronoun_before_its_speaker_is_not_the_speaker(text: str, speaker: str, pipeline: Pipeline,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """LATER SPEAKER (``roles.later_speaker``): "they" or "it" opening the content points back to
    someone mentioned before, not ahead to the police or agency that tells of the killing, which the
    class switched off made the killer."""
    import realpolitik.coding.roles as roles

    assert not find(pipeline.code_text(text, published=DATE), speaker, "", "19"), text
    monkeypatch.setattr(roles, "later_speaker", lambda pronoun, speech: False)
    assert find(pipeline.code_text(text, published=DATE), speaker, "", "19"), text


def test_we_before_the_speaker_is_the_speaker(pipeline: Pipeline) -> None:
    events = pipeline.code_text('"We sent troops to Somalia last week," the Kenyan army said.', published=DATE)
    assert find(events, "KEN", "SOM", "07")
