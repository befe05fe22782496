"""FORCES SENT BY THEIR OWN STATE (coding/dispatched_forces.py): in an agentless passive of sending
with a destination, a state's own troops, police or officials (or a body's peacekeepers) are sent by
that state or body; other things sent, and sendings with no destination, give no sender.

Sentences written for these tests; the coded ones are also coded with the class switched off.
"""

from __future__ import annotations

import pytest

import realpolitik.coding.roles as roles
from tests.coding.helpers import find

PUB = "2024-03-01"


@pytest.mark.parametrize(
    ("text", "src", "tgt", "root"),
    [
        ("Canadian troops were sent to Haiti on Friday.", "CAN", "HTI", "07"),
        ("Two hundred Kenyan police were deployed to Haiti.", "KEN", "HTI", "15"),
        ("Spanish soldiers will be sent to Lebanon next month, the defence ministry said.", "ESP", "LBN", "03"),
        ("UN peacekeepers were deployed to Darfur.", "IGOUNO", "SDN", "03"),
    ],
)
def test_a_state_sends_its_own_forces(pipeline, monkeypatch, text: str, src: str, tgt: str, root: str) -> None:
    assert find(pipeline.code_text(text, published=PUB), src, tgt, root), text
    monkeypatch.setattr(roles, "dispatched_forces", lambda verb, actors: [])
    assert not find(pipeline.code_text(text, published=PUB), src, tgt, root), text


@pytest.mark.parametrize(
    ("text", "verb", "sender"),
    [
        ("Canadian troops were sent to Haiti on Friday.", "sent", ["CANMIL"]),
        ("Nigerian refugees were sent to camps in Chad.", "sent", []),
        ("A Danish army officer was sent for trial in Copenhagen.", "sent", []),
        ("Lebanese troops were deployed in the capital on Sunday.", "deployed", []),
    ],
)
def test_no_sender_without_state_forces_or_a_destination(pipeline, text: str, verb: str, sender: list[str]) -> None:
    from realpolitik.coding.actorindex import ActorIndex
    from realpolitik.coding.dispatched_forces import dispatched_forces

    doc = pipeline.nlp(text)
    token = next(t for t in doc if t.text == verb)
    found = dispatched_forces(token, ActorIndex(doc))
    assert [a.code for a in found] == sender, text
