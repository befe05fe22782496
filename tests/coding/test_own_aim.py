"""Class OWN AIM (``coding/roles.py``, ``_subjects_own_aim``): the infinitive on an aim or an effort that
the subject makes, holds or voices ("made efforts to", "voiced its readiness to", "announced a plan to")
is the subject's own act; an aim the subject only judges ("rejected a plan to") names no doer.
Sentences written for these tests, each also coded with the class switched off."""

from __future__ import annotations

import pytest

import realpolitik.coding.roles as roles
from tests.coding.helpers import codes, find

PUB = "2015-04-02"


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Norway has made serious efforts to strengthen its relations with Iceland.", "05"),
        ("Norway exerted every effort to deepen ties with Iceland this year.", "05"),
        ("Norway expressed readiness to expand cooperation with Iceland.", "03"),
        ("Norway unveiled a plan to boost its cooperation with Iceland.", "03"),
    ],
)
def test_an_aim_the_subject_holds_is_its_act(pipeline, monkeypatch, text: str, root: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find(events, "NOR", "ISL", root), codes(events)
    monkeypatch.setattr(roles, "_subjects_own_aim", lambda verb, noun: False)
    off = pipeline.code_text(text, published=PUB)
    assert not find(off, "NOR", "ISL", root), codes(off)


@pytest.mark.parametrize(
    "text",
    [
        "Norway rejected a plan to boost cooperation with Iceland.",
        "Norway welcomed the decision to deepen ties with Iceland.",
        "Norway criticised the attempt to expand cooperation with Iceland.",
        "Norway has no plan to receive Icelandic envoys.",
        "Norway did not make any effort to improve its relations with Iceland.",
    ],
)
def test_an_aim_only_judged_has_no_doer(pipeline, text: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert not [e for e in events if e.event_code[:2] in ("03", "05") and e.source_code.startswith("NOR")
                and e.target_code.startswith("ISL")], codes(events)
