"""Classes APPEALED ACT (``coding/appealed_acts.py``) and SOUGHT HELP'S PURPOSE (``extract.help_purpose``):
an act named by a noun that is only asked for ("urged the release of", "sought Ruritanian assistance",
"a demand for the withdrawal of") is an appeal or a demand with the act's sub-code, not the act done by
the asker; and the infinitive after help that is sought ("sought B's help to end the siege") is the
help's purpose, no act of the seeker. Sentences written for these tests, each also coded with the
class switched off."""

from __future__ import annotations

import pytest

import realpolitik.coding.extract as extract
from tests.coding.helpers import codes, find

PUB = "2016-05-10"


@pytest.mark.parametrize(
    ("text", "src", "tgt", "code", "act"),
    [
        ("Austria urged the release of the Hungarian detainees.", "AUT", "HUN", "0253", "084"),
        ("Austria sought Hungarian assistance after the floods.", "AUT", "HUN", "023", "07"),
    ],
)
def test_an_act_asked_for_is_an_appeal(pipeline, monkeypatch, text: str, src: str, tgt: str, code: str,
                                       act: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find(events, src, tgt, code), codes(events)
    assert not find(events, src, tgt, act), codes(events)
    monkeypatch.setattr(extract, "appealed_act_code", lambda noun, code: None)
    off = pipeline.code_text(text, published=PUB)
    assert find(off, src, tgt, act), codes(off)


@pytest.mark.parametrize(
    "text",
    ["Austria released the Hungarian detainees on Friday.", "Austria sent relief assistance to Hungary."],
)
def test_an_act_done_stays_the_act(pipeline, text: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert [e for e in events if e.event_code[:2] in ("07", "08")], codes(events)
    assert not [e for e in events if e.event_code[:2] in ("02", "10")], codes(events)


@pytest.mark.parametrize(
    "text",
    [
        "Austria sought Slovak assistance to resolve the dispute with Hungary.",
        "Austria needs Slovak support to resolve its quarrel with Hungary.",
    ],
)
def test_the_purpose_of_sought_help_is_no_act_of_the_seeker(pipeline, monkeypatch, text: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert not find(events, "AUT", "HUN", ""), codes(events)
    monkeypatch.setattr(extract, "help_purpose", lambda trigger: False)
    off = pipeline.code_text(text, published=PUB)
    assert find(off, "AUT", "HUN", ""), codes(off)


def test_the_sought_help_is_the_request(pipeline) -> None:
    events = pipeline.code_text("Austria sought Slovak assistance to resolve the dispute with Hungary.", published=PUB)
    assert find(events, "AUT", "SVK", "02"), codes(events)


def test_seeking_to_act_is_still_the_act(pipeline) -> None:
    events = pipeline.code_text("Austria sought to improve relations with Hungary.", published=PUB)
    assert find(events, "AUT", "HUN", "03"), codes(events)
