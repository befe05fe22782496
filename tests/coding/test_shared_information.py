"""Class SHARED INFORMATION: intelligence, information or evidence shared, exchanged, passed or handed
over is CAMEO 064 whatever the verb of handing over (``compositions.tsv``: SHARE_INFO × INFORMATION).
Class THING OR BODY: "intelligence" is also a body (the spy services, SPY); as the object of such a
verb it is the thing handed over, so the party it goes to ("with B", "to B", "gave B") is the target,
and coordinated givers share it with each other."""

from __future__ import annotations

import pytest

from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find

DATE = "2016-10-04"


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Belgium shared intelligence with the Moroccan police after the raid.", "BEL", "MARCOP"),
        ("The Irish government passed on the information to Spain on Tuesday.", "IRLGOV", "ESP"),
        ("Chile handed over the flight records to Argentine investigators on Friday.", "CHL", "ARG"),
        ("Slovakia gave Austria intelligence about the smuggling ring.", "SVK", "AUT"),
    ],
)
def test_information_handed_to_a_party_is_shared_with_it(text: str, src: str, tgt: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert find(events, src, tgt, "064"), events


def test_coordinated_givers_exchange_it_with_each_other(pipeline: Pipeline) -> None:
    events = pipeline.code_text("Portugal and Brazil exchanged intelligence about drug routes last week.",
                                published=DATE)
    assert find(events, "PRT", "BRA", "064") and find(events, "BRA", "PRT", "064"), events


def test_the_spy_service_as_a_doer_is_still_a_body(pipeline: Pipeline) -> None:
    events = pipeline.code_text("Turkish intelligence detained two Syrian nationals in Ankara.", published=DATE)
    assert find(events, "TURSPY", "SYR", "17"), events
