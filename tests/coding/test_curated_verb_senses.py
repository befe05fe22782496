"""Curated rows that give a CAMEO.2.0 verb the sense news uses (``patterns_curated.tsv``), each a named class:
BEATING IS ASSAULT (a beating is physical assault, 182; to death, 1823), ENGAGING IN AN ACTIVITY ("engaged
in talks" negotiates, 046; engaging in an unnamed activity or "with" someone is no armed engagement) and
SWEARING IS NO ACCUSATION (only swearing at someone insults them). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.coding.helpers import find, find_asserted

PUB = "2015-06-02"


@pytest.mark.parametrize(("text", "code"), [
    ("Egyptian police beat Sudanese migrants outside the station.", "182"),
    ("Egyptian police beat up two Sudanese students on Sunday.", "182"),
    ("Egyptian police beat a Sudanese trader to death.", "1823"),
])
def test_beating_people_is_assault(pipeline, text: str, code: str) -> None:
    assert find_asserted(pipeline.code_text(text, published=PUB), "EGY", "SDN", code), text


@pytest.mark.parametrize(("text", "root", "present"), [
    ("Kenya and Tanzania engaged in talks over the lake border.", "04", True),
    ("Kenya and Tanzania engaged in talks over the lake border.", "19", False),
    ("Kenya engaged in a campaign of quiet diplomacy with Tanzania.", "19", False),
    ("Britain should engage with Iran on the nuclear file.", "19", False),
])
def test_engaging_in_takes_the_activity_s_code(pipeline, text: str, root: str, present: bool) -> None:
    assert bool(find(pipeline.code_text(text, published=PUB), "", "", root)) is present, text


@pytest.mark.parametrize("text", [
    "The Ugandan rebels swore that Kenya had armed them.",
    "The new Kenyan cabinet was sworn in before Ugandan envoys.",
])
def test_swearing_is_no_accusation(pipeline, text: str) -> None:
    assert not find(pipeline.code_text(text, published=PUB), "", "", "11"), text


def test_swearing_at_someone_is_an_insult(pipeline) -> None:
    events = pipeline.code_text("Ugandan protesters swore at the Kenyan ambassador.", published=PUB)
    assert find_asserted(events, "UGA", "KEN", "11")


@pytest.mark.parametrize("text", [
    "Lebanon mourned the murder of a Syrian poet.",
    "Crowds in Ghana mourned the former Togolese leader.",
])
def test_mourning_is_no_criticism(pipeline, text: str) -> None:
    assert not find(pipeline.code_text(text, published=PUB), "", "", "11"), text


@pytest.mark.parametrize(("text", "src", "tgt"), [
    ("Switzerland sought French approval for the rescue flights.", "CHE", "FRA"),
    ("Chile requested Peruvian consent to use the port.", "CHL", "PER"),
])
def test_seeking_approval_is_a_request_not_disapproval(pipeline, text: str, src: str, tgt: str) -> None:
    """SOUGHT PERMISSION (``compositions.tsv``), and an approval named alone is no event: the nominal row that
    read 'withhold approval' through 'hold' (110) is no longer derived (``scripts/build_patterns.py``)."""
    events = pipeline.code_text(text, published=PUB)
    assert find_asserted(events, src, tgt, "02"), text
    assert not find(events, "", "", "11"), text


@pytest.mark.parametrize("text", [
    "Kenya applied the new customs rules to Ugandan lorries.",
    "The methods applied by Chilean police to Bolivian migrants drew protests.",
])
def test_applying_a_thing_is_no_appeal(pipeline, text: str) -> None:
    """APPLYING A THING IS NO APPEAL: only applying for something asks for it."""
    assert not find(pipeline.code_text(text, published=PUB), "", "", "02"), text


@pytest.mark.parametrize(("text", "src", "tgt", "root"), [
    ("Albania applied for membership of the European Union.", "ALB", "IGOEUREEC", "02"),
    ("Georgia has applied to join NATO.", "GEO", "IGOWSTNAT", "03"),
])
def test_applying_for_something_asks_for_it(pipeline, text: str, src: str, tgt: str, root: str) -> None:
    assert find_asserted(pipeline.code_text(text, published=PUB), src, tgt, root), text
