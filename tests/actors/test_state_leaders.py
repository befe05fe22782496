"""STATE'S LEADER (``grouping.RELATIVE_ROLES``, ``grouping._plain_leader``): a state's leader is its
government (GOV), as CAMEO codes "the Kenyan leader" or "leaders of A and B"; a leader of some part of the
people ("church leaders", "a Muslim leader", "student leaders") is no organ of the state and keeps the bare
state, and a body's leader keeps the body's code. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from spacy.tokens import Doc

from tests.actors.conftest import codes

Parse = Callable[..., Doc]
DAY = date(2004, 2, 11)


@pytest.mark.parametrize(("text", "name", "code"), [
    ("The Malawian leader flew to Harare on Sunday.", "leader", "MWIGOV"),
    ("Mozambique's new leader flew to Harare on Sunday.", "leader", "MOZGOV"),
    ("Leaders of Botswana and Namibia flew to Harare on Sunday.", "Leaders", "BWAGOV"),
])
def test_a_state_s_leader_is_its_government(parse: Parse, text: str, name: str, code: str) -> None:
    found = {c for span, cs in codes(parse(text, DAY)).items() if name in span for c in cs}
    assert found == {code}, codes(parse(text, DAY))


@pytest.mark.parametrize("text", [
    "Malawian church leaders flew to Harare on Sunday.",
    "A Malawian Muslim leader flew to Harare on Sunday.",
    "Malawian tribal leaders flew to Harare on Sunday.",
    "Leaders of Malawi's small farmers' party flew to Harare on Sunday.",
])
def test_a_leader_of_a_part_of_the_people_is_not_the_government(parse: Parse, text: str) -> None:
    found = {c for span, cs in codes(parse(text, DAY)).items() if "leader" in span.lower() for c in cs}
    assert found and "MWIGOV" not in found, codes(parse(text, DAY))


def test_a_region_s_leaders_are_no_government(parse: Parse) -> None:
    found = {c for span, cs in codes(parse("Southern African leaders flew to Harare on Sunday.", DAY)).items()
             if "leaders" in span for c in cs}
    assert not any(c.endswith("GOV") for c in found), found


def test_under_petrarch_conventions_a_state_s_leader_is_the_bare_state() -> None:
    """PETRARCH's dictionaries have no "leader" agent, and the gold derived from them codes the bare state."""
    from realpolitik.pipeline import Pipeline
    from realpolitik.settings import Settings

    events = Pipeline(Settings(conventions="petrarch")).code_text("The Malawian leader met Zambian officials.",
                                                                   published=DAY.isoformat())
    assert {e.source_code for e in events if "leader" in (e.source.text or "")} == {"MWI"}, events
