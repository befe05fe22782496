"""A list of refused acts: the parser often hangs the second and later bare verbs of "refused to A,
B and C" on the finite refusing verb itself; a base-form verb there cannot be a second finite
predicate, so it is refused too (``refusals.listed_after_refusal``), and refusing to recognise is a
rejection (1232), not a recognition. A finite conjunct ("refused to A and recognised X") is a
second act the frame does not reach."""

import pytest

from tests.coding.helpers import find

PUB = "2011-03-08"


def code(pipeline, text: str):
    return pipeline.code_text(text, published=PUB)


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Syria declined to withdraw its troops, recognise Lebanon or pay damages.", "SYR", "LBN"),
        ("Myanmar's generals declined to free prisoners, recognise Thailand or reopen the border.", "MMR", "THA"),
        ("Serbia has refused to pay reparations, recognize Kosovo or extradite the suspects.", "SRB", "KSV"),
    ],
)
def test_a_later_member_of_a_refused_list_is_rejected(pipeline, text: str, src: str, tgt: str) -> None:
    events = code(pipeline, text)
    assert find(events, src, tgt, "1232")
    assert not find(events, src, tgt, "05")


@pytest.mark.parametrize(
    "text",
    [
        "Russia refused to sign the pact and recognised Kosovo.",
        "Russia declined to comment and recognized Kosovo on Monday.",
    ],
)
def test_a_finite_conjunct_is_not_refused(pipeline, text: str) -> None:
    events = code(pipeline, text)
    assert not find(events, "RUS", "KSV", "12")
