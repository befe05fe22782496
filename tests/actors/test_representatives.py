"""A representative or emissary is an agent of whoever sends them, as an envoy is
(``curated/agents_extra.jsonl``): "the UN leader's representative, <name>" is the UN's, and the
name in apposition takes that stated role over a dictionary entry whose dated roles have run out.
Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from spacy.tokens import Doc

from tests.actors.conftest import codes

Parse = Callable[..., Doc]
DAY = date(2006, 11, 20)


@pytest.mark.parametrize(("text", "name", "code"), [
    ("The UN chief's special representative, Jan Novak, met Kenyan officials.", "Jan Novak", "IGO"),
    ("A personal representative of the Kenyan president flew to Kampala.", "representative", "KEN"),
    ("The Chilean leader's emissary met Bolivian officials in La Paz.", "emissary", "CHL"),
])
def test_a_representative_is_the_sender_s(parse: Parse, text: str, name: str, code: str) -> None:
    found = {c[:3] for span, cs in codes(parse(text, DAY)).items() if name in span for c in cs}
    assert found == {code}, codes(parse(text, DAY))


def test_a_stated_representative_role_beats_a_lapsed_dictionary_role(parse: Parse) -> None:
    """Ian Martin's dictionary roles (East Timor) end before this date; the stated role is the UN's."""
    doc = parse("Ian Martin, the UN leader's representative in Kathmandu, met Maoist leaders.", DAY)
    assert {c[:3] for c in codes(doc).get("Ian Martin", [])} == {"IGO"}, codes(doc)
