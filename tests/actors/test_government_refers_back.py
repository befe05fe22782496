"""Class THE GOVERNMENT REFERS BACK (``actors/context.py``, ``government_of_earlier_state``): a bare "the
government" or "the authorities" is the government of the one state named before it in its own sentence;
the other side of its own act, a state named only after it, or two states leave it open. Sentences written
for these tests, each class in at least two wordings."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from spacy.tokens import Doc

from tests.actors.conftest import codes

Parse = Callable[..., Doc]
D2011 = date(2011, 4, 12)


def test_the_government_of_the_state_named_before_it(parse: Parse) -> None:
    doc = parse("Bhutan has doubled its spending on clinics, and the government plans to build more.", D2011)
    assert codes(doc)["the government"] == ["BTNGOV"]
    doc = parse("After Paraguay signed the treaty, the authorities released forty detainees.", D2011)
    assert codes(doc)["the authorities"] == ["PRYGOV"]


def test_the_other_side_or_two_states_lend_nothing(parse: Parse) -> None:
    assert codes(parse("The government condemned Eritrea on Monday.", D2011))["The government"] == ["---GOV"]
    doc = parse("Gabon and Benin signed a trade pact, and the government welcomed it.", D2011)
    assert codes(doc)["the government"] == ["---GOV"]
