"""Class SURNAME IN CONTEXT (``ActorResolver.by_surname``, ``component._add_surnames``): a bare surname that
several listed people share is the one holding an office on the date in a state the text names, over
elite (ELI) spans and offices of states the text never names; a surname many listed people share is not
guessed; and a surname the text has already given in full to someone else is that person's, not an office
holder's. Sentences written for these tests, each class in at least two wordings."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from spacy.tokens import Doc

from tests.actors.conftest import codes

Parse = Callable[..., Doc]


def test_the_office_holder_of_a_named_state_wins(parse: Parse) -> None:
    doc = parse("Blair told the British parliament that the troops would stay.", date(2005, 2, 1))
    assert codes(doc)["Blair"] == ["GBRGOV"]
    doc = parse("Hu said China would pave roads across Kenya.", date(2006, 11, 2))
    assert codes(doc)["Hu"] == ["CHNGOV"]


def test_without_the_state_the_surname_stays_open(parse: Parse) -> None:
    assert "Hu" not in codes(parse("Hu praised the road plan on Tuesday.", date(2006, 11, 2)))
    assert "Blair" not in codes(parse("Blair praised the road plan on Tuesday.", date(2005, 2, 1)))


def test_a_common_surname_is_not_guessed(parse: Parse) -> None:
    assert "Li" not in codes(parse("Li said China would win the relay.", date(2006, 12, 3)))
    assert "Silva" not in codes(parse("Silva said Brazil would win the final.", date(2006, 12, 3)))


def test_a_surname_given_in_full_to_someone_else(parse: Parse) -> None:
    doc = parse("Novelist Greta Martin read from her book in Ottawa. Martin said Canada had inspired her.",
                date(2005, 6, 1))
    assert not any(c.endswith("GOV") for c in codes(doc).get("Martin", []))
    doc = parse("Chemist Oskar Blair spoke in London. Blair said Britain needed new labs.", date(2005, 6, 1))
    assert codes(doc).get("Blair", []) != ["GBRGOV"]
