"""Class OBJECT'S OWNER BEFORE ITS LEADER (``coding/roles.py``, ``owner_over_leader``): the body a
mission, team or delegation belongs to is what a bare verb acts on, also when the parser labels its name
"nmod", and not the country of whoever the participle on it says leads it. Sentences written for these
tests, each also coded with the class switched off."""

from __future__ import annotations

import pytest

import realpolitik.coding.roles as roles

PUB = "2016-05-10"


@pytest.mark.parametrize(
    ("text", "owner", "leader"),
    [
        ("Lebanon has barred a UN fact-finding team headed by Kenyan judge Paul Mwangi.", "IGOUNO", "KEN"),
        ("Sudan obstructed a UN fact-finding team headed by German diplomat Hans Weber.", "IGOUNO", "DEU"),
        ("Serbia barred a NATO peace-keeping unit commanded by Italian general Marco Rossi.", "IGOWSTNAT", "ITA"),
    ],
)
def test_the_owner_of_the_object_is_the_target(pipeline, monkeypatch, text: str, owner: str, leader: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    targets = [e.target_code for e in events]
    assert any(t.startswith(owner) for t in targets), targets
    assert not any(t.startswith(leader) for t in targets), targets
    monkeypatch.setattr(roles, "owner_over_leader", lambda thing, actors: [])
    off = [e.target_code for e in pipeline.code_text(text, published=PUB)]
    assert not any(t.startswith(owner) for t in off), off
