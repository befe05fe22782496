"""Class MEMBER OF A NAMED BODY (``context.named_in_apposition``): "a lawmaker of the main opposition, the
<party>" — the member's body is described, then named in apposition, and the named body's state is the
member's (sentences written for these tests; the sentences name other states, so no single-state
guess could give the answer)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from spacy.tokens import Doc

from tests.actors.conftest import codes

Parse = Callable[..., Doc]
D2008 = date(2008, 2, 20)


def _of(doc: Doc, word: str) -> list[str]:
    return next(cs for text, cs in codes(doc).items() if word in text.lower())


def test_lawmaker_of_a_described_then_named_party(parse: Parse) -> None:
    doc = parse("A lawmaker of the opposition Pakistan Peoples Party accused India and Iran of meddling.", D2008)
    assert _of(doc, "lawmaker") == ["PAKOPP"]
    doc = parse("Two MPs of the ruling party, the African National Congress, criticised Zimbabwe and Zambia.", D2008)
    assert _of(doc, "mps")[0].startswith("ZAF")


def test_no_named_body_leaves_the_member_countryless(parse: Parse) -> None:
    doc = parse("A lawmaker of the opposition accused India and Iran of meddling.", D2008)
    assert _of(doc, "lawmaker") == ["---OPP"]
    doc = parse("A deputy of the ruling bloc, which lost the vote, condemned Chile and Peru.", D2008)
    assert not any(c[:3] in ("CHL", "PER") for c in _of(doc, "deputy"))
