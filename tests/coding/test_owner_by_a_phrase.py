"""Class OWNER BY A PHRASE (``roles.stated_owners``): "seized a boat belonging to the B navy", "shot down a
plane belonging to a B airline": what is acted on belongs to the owner a participle phrase names, and the act
is done to that owner; before, the thing had no actor and the act no target. Sentences written for these
tests, each also coded with the class switched off."""

from __future__ import annotations

import pytest

import realpolitik.coding.roles as roles
from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find_asserted

PUB = "2006-11-20"


@pytest.mark.parametrize(("text", "src", "tgt", "root"), [
    ("Ghanaian police seized a boat belonging to the Togolese navy on Friday.", "GHA", "TGO", "17"),
    ("Chadian troops seized trucks belonging to a Sudanese aid group.", "TCD", "SDN", "17"),
    ("Somali gunmen attacked a plane belonging to a Kenyan airline.", "SOM", "KEN", "19"),
])
def test_the_owner_named_by_a_participle_is_the_target(pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch,
                                                      text: str, src: str, tgt: str, root: str) -> None:
    assert find_asserted(pipeline.code_text(text, published=PUB), src, tgt, root), text
    monkeypatch.setattr(roles, "stated_owners", lambda thing, actors: [])
    assert not find_asserted(pipeline.code_text(text, published=PUB), src, tgt, root), text
