"""Class REPEATED FULL NAME (``actors/coref._name_run``): a name first met with a title and repeated in
full later is one mention over the whole name, whichever of its words the first mention's head was.
Sentences written for these tests, in two wordings."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from spacy.tokens import Doc

from tests.actors.conftest import codes

Parse = Callable[..., Doc]
D2006 = date(2006, 6, 1)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Officials prepared for talks between Kibaki's envoy Amos Wekesa Kiptoo and the rebels. "
         "Amos Wekesa Kiptoo later flew home.", "Amos Wekesa Kiptoo"),
        ("Kenyan government spokesman Alfred Mutua Odera spoke on Monday. On Tuesday Alfred Mutua Odera "
         "said the talks had failed.", "Alfred Mutua Odera"),
    ],
)
def test_the_repeated_name_is_one_mention(parse: Parse, text: str, name: str) -> None:
    doc = parse(text, D2006)
    second = [s for s in doc.spans["rp_actors"] if s.start_char > text.index(".")]
    assert [s.text for s in second if name.split()[-1] in s.text] == [name]
    assert codes(doc)[name] == ["KENGOV"]
