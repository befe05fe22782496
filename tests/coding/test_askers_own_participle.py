"""ASKER'S OWN PARTICIPLE: an -ing clause set off after an appeal tells what the asker does besides
asking ("told the police to search the depots, vowing to jail hoarders"); it is the asker's act, not
part of what is asked for. What the appeal asks for, and what a speech participle reports, stay no act."""

from __future__ import annotations

import pytest

from realpolitik.coding import rules
from realpolitik.pipeline import Pipeline
from tests.coding.helpers import codes, find

DATE = "2011-09-14"


@pytest.mark.parametrize(
    ("text", "src", "tgt", "root"),
    [
        ("Bolivia's interior ministry told provincial police to raid the depots, vowing to punish Peru.",
         "BOL", "PER", "13"),
        ("Kenya asked the United Nations to send monitors, promising to punish Somalia.", "KEN", "SOM", "13"),
        ("The Kenyan cabinet urged the UN to send monitors, threatening to expel Somali diplomats.",
         "KEN", "SOM", "13"),
    ],
)
def test_the_participle_after_an_appeal_is_the_askers_act(
    text: str, src: str, tgt: str, root: str, pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert find(pipeline.code_text(text, published=DATE), src, tgt, root), text
    monkeypatch.setattr(rules, "askers_own_participle", lambda tok, heads: False)
    assert not find(pipeline.code_text(text, published=DATE), src, tgt, root), text


@pytest.mark.parametrize(
    ("text", "src", "tgt", "root"),
    [
        # the participle is what is asked for: it hangs under the infinitive
        ("Egypt urged Israel to stop shelling Gaza.", "ISR", "PSE", "19"),
        ("Jordan called on Syria to end the shelling of Lebanese villages.", "SYR", "LBN", "19"),
    ],
)
def test_what_is_asked_or_reported_stays_no_act(text: str, src: str, tgt: str, root: str,
                                                pipeline: Pipeline) -> None:
    events = [e for e in pipeline.code_text(text, published=DATE) if e.modality == "asserted"]
    assert not find(events, src, tgt, root), codes(events)


@pytest.mark.parametrize(
    "text",
    [
        "Egypt urged Israel to halt the raids, saying Israeli troops could attack Gaza.",
        "Egypt called on Israel to end the raids, adding that Israeli troops could attack Gaza.",
    ],
)
def test_what_a_speech_participle_reports_stays_no_act(text: str, pipeline: Pipeline,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    assert not find([e for e in pipeline.code_text(text, published=DATE) if e.modality == "asserted"],
                    "ISR", "PSE", "1"), text
    monkeypatch.setattr(rules, "SPEECH_VERBS", frozenset())
    assert find(pipeline.code_text(text, published=DATE), "ISR", "PSE", "1"), text
