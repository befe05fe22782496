"""Classes STATED DOUBT (``compositions.tsv``: EXPRESS x DOUBT; ``ascriptions.concern_hits``) and
EVALUATED TOPIC (``roles.commented_topic``): doubt, scepticism or pessimism expressed or stated about
someone's doing is a pessimistic comment on them (012), as concern is; what an expressed concern, doubt
or hope is "about" names whom it is on. Sentences written for these tests."""

from __future__ import annotations

import pytest

import realpolitik.coding.roles as roles
from tests.coding.helpers import find_asserted

PUB = "2021-02-11"


@pytest.mark.parametrize(("text", "src", "tgt"), [
    ("Indonesia voiced scepticism about Australia's new refugee policy.", "IDN", "AUS"),
    ("The Nigerian foreign minister expressed doubts about Ghana's offer.", "NGA", "GHA"),
    ("Poland said it was sceptical of Belarus's promises to free the prisoners.", "POL", "BLR"),
    ("The Finnish government is skeptical about Russia's plans for the lake.", "FIN", "RUS"),
])
def test_stated_doubt_is_a_pessimistic_comment(pipeline, text: str, src: str, tgt: str) -> None:
    assert find_asserted(pipeline.code_text(text, published=PUB), src, tgt, "012"), text


@pytest.mark.parametrize(("text", "src", "tgt", "code"), [
    ("Egypt expressed concern about Ethiopia's dam plans.", "EGY", "ETH", "012"),
    ("The Chilean minister voiced optimism about Argentina's reforms.", "CHL", "ARG", "013"),
])
def test_the_topic_names_whom_the_comment_is_on(pipeline, monkeypatch, text: str, src: str, tgt: str,
                                                 code: str) -> None:
    assert find_asserted(pipeline.code_text(text, published=PUB), src, tgt, code), text
    monkeypatch.setattr(roles, "TOPIC_PREPS", frozenset())
    assert not find_asserted(pipeline.code_text(text, published=PUB), src, tgt, code), text


def test_denied_doubt_is_no_comment(pipeline) -> None:
    events = pipeline.code_text("Kenya is not sceptical about Uganda's plans.", published=PUB)
    assert not find_asserted(events, "KEN", "UGA", "012")
