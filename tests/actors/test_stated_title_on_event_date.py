"""Class THE TEXT'S TITLE HOLDS ON THE EVENT'S DATE (``actors/resolver.stated_by_text``): the coder re-reads a
dictionary person on the event's own date ("met ... on Tuesday"), but a role the sentence states before the
name or in an apposition ("African Union envoy <name>", "<nationality> Deputy Prime Minister <name>",
"<name>, now the Commonwealth's envoy") is that person's role in the act the same sentence reports, and the
date must not undo it. Sentences written for these tests, in at least two wordings."""

from __future__ import annotations

import pytest

from realpolitik.actors.entries import Entry, Role
from realpolitik.actors.resolver import STATED_ROLE, stated_by_text
from realpolitik.model import Actor
from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find


@pytest.mark.parametrize(("text", "src", "tgt"), [
    ("African Union envoy Thabo Mbeki met Sudanese President Omar al-Bashir on Tuesday.", "IGOAFR", "SDN"),
    ("On Monday, Malaysian Deputy Prime Minister Anwar Ibrahim held talks with Thai officials.", "MYSGOV", "THA"),
    ("Former Nigerian president Olusegun Obasanjo, now the Commonwealth special envoy, met Zimbabwean officials "
     "on Friday.", "IGOCWN", "ZWE"),
])
def test_a_stated_title_survives_the_event_date(pipeline: Pipeline, text: str, src: str, tgt: str) -> None:
    events = pipeline.code_text(text, published="2012-06-14")
    assert find(events, src, tgt, "04"), [(e.source_code, e.target_code, e.event_code) for e in events]


def test_stated_by_text() -> None:
    entry = Entry(entity_id="person:x", kind="person", names=("Ana Ruiz",), source="test", code="PERELI",
                  country="PER", roles=(Role(code="PERGOV"),))
    plain = Actor(text="Ana Ruiz", code="PERGOV", entity_id="person:x", kind="person")
    assert not stated_by_text(plain, entry)
    assert stated_by_text(Actor(text="OAS envoy Ana Ruiz", code="IGOAMEOAS", entity_id="person:x", kind="person"),
                          entry)
    assert stated_by_text(Actor(text="Peruvian minister Ana Ruiz", code="PERGOV", entity_id="person:x",
                                kind="person", role=STATED_ROLE + "peruvian minister"), entry)
