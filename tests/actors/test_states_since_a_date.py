"""STATE SINCE A DATE (``resolver.acts_as_state``): Phoenix files some states with a dated history (Eritrea
from 1993, the Baltic states from 1991, Kuwait after 1991) as it files people; on a date when such an entry's
role is a bare country code, its names ("Eritrean", "Latvian", "Kuwaiti", "Tajik") name the state. Before,
the coder's demonym lookup, which takes states only, missed them ("shelled Eritrean positions" had no
target) and "his Latvian counterpart" was no government. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from realpolitik.actors.resolver import ActorResolver, acts_as_state
from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find_asserted


@pytest.mark.parametrize(("word", "code"), [
    ("Eritrean", "ERI"), ("Latvian", "LVA"), ("Kuwaiti", "KWT"), ("Tajik", "TJK"), ("Lithuanian", "LTU"),
])
def test_the_adjective_names_the_state(word: str, code: str) -> None:
    found = ActorResolver.default().lookup(word, date(2005, 1, 1))
    assert found is not None and found.code == code and acts_as_state(found)


def test_before_its_date_the_entry_is_no_state() -> None:
    found = ActorResolver.default().lookup("Eritrean", date(1990, 1, 1))
    assert found is not None and not acts_as_state(found)


@pytest.mark.parametrize(("text", "source", "target", "root"), [
    ("Sudanese gunners shelled Eritrean positions near the frontier.", "SDN", "ERI", "19"),
    ("The Lithuanian premier met his Latvian counterpart in Riga.", "LTUGOV", "LVAGOV", "04"),
])
def test_the_state_is_a_party(pipeline: Pipeline, text: str, source: str, target: str, root: str) -> None:
    assert find_asserted(pipeline.code_text(text, published="2005-03-02"), source, target, root)


def test_the_adjective_makes_the_state_s_hardware_its_military(parse) -> None:
    """The state's adjective on hardware ("an Eritrean drone") makes its military, as for any state."""
    from tests.actors.conftest import codes

    found = codes(parse("An Estonian drone crossed the frontier at dawn.", date(2012, 4, 4)))
    assert found.get("Estonian drone") == ["ESTMIL"], found
