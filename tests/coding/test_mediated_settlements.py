"""MEDIATED SETTLEMENT (``compositions.tsv``): a truce or ceasefire mediated, brokered, facilitated or
sponsored by a third party is mediation (045) between the sides; a deal, an accord or an agreement
is so only when its sides are named with "between", since a party that brokers a deal "with" someone is
making it itself. Sentences written for these tests."""

from __future__ import annotations

import pytest

from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find_asserted

PUB = "2004-09-20"


@pytest.mark.parametrize(("text", "mediator", "sides"), [
    ("Uruguay sponsored a cease-fire between the Paraguayan army and the guerrillas.", "URY", ("PRY", "PRYREB")),
    ("Last week Ghana quietly mediated a truce between Togo and Benin.", "GHA", ("TGO", "BEN")),
    ("The Gabonese president mediated an accord between Chad and Niger on Sunday.",
     "GABGOV", ("TCD", "NER")),
])
def test_a_mediated_settlement_is_mediation_with_each_side(pipeline: Pipeline, text: str, mediator: str,
                                                            sides: tuple[str, ...]) -> None:
    events = pipeline.code_text(text, published=PUB)
    for side in sides:
        assert find_asserted(events, mediator, side, "045"), events


def test_a_deal_without_between_is_not_composed_as_mediation(pipeline: Pipeline) -> None:
    events = pipeline.code_text("Chad facilitated a transit agreement with Cameroon on Sunday.", published=PUB)
    assert not [e for e in events if e.pattern_id.startswith("cx-MEDIATE-BROKERED_DEAL")], events
