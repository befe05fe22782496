"""A bare surname decides a nationality only on evidence (``ActorResolver.by_surname`` and
``ActorComponent._add_surnames``). Two classes:

- FAMILY NAME FIRST: a surname the article gives someone else in full, family name first ("Jiang Weiming"
  … "Jiang"), is that person's, as "Ian Blair" … "Blair" already was for names written given name first.
- COMMON SURNAME, STATE UNNAMED: a surname more than a few listed people share ("Khan", "Mohamed",
  "Park") names no office holder unless the article names that person's state; a manager or a suspect
  of that name is as likely as the one listed official in office on the date.

Sentences written for these tests, in at least two wordings.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from spacy.tokens import Doc

from tests.actors.conftest import codes

Parse = Callable[..., Doc]
D1997 = date(1997, 5, 3)
D1999 = date(1999, 5, 3)


@pytest.mark.parametrize(
    ("text", "when", "surname"),
    [
        ("Jiang Weiming, who owns a toy factory in Guangdong, said output fell.\n\n"
         "Jiang rejected the newspaper reports about unpaid wages.", D1999, "Jiang"),
        ("Hu Xiaolan, a trader in Shanghai, spoke on Friday.\n\nHu dismissed the rumours as lies.", D1997, "Hu"),
    ],
)
def test_a_family_name_given_in_full_is_that_persons(parse: Parse, text: str, when: date, surname: str) -> None:
    assert surname not in codes(parse(text, when))


@pytest.mark.parametrize(
    ("text", "when", "surname", "code"),
    [
        ("Jiang rejected the newspaper reports about unpaid wages.", D1999, "Jiang", "CHN"),
        ("Hu dismissed the rumours as lies.", D1997, "Hu", "CHN"),
    ],
)
def test_an_office_holders_surname_alone_still_resolves(parse: Parse, text: str, when: date, surname: str,
                                                        code: str) -> None:
    assert codes(parse(text, when))[surname][0].startswith(code)


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("Khan dismissed the charges as baseless.", "Khan"),
        ("Mohamed denied all the charges in court.", "Mohamed"),
        ("Park denied every claim in the newspaper report.", "Park"),
    ],
)
def test_a_common_surname_alone_names_no_state(parse: Parse, text: str, surname: str) -> None:
    assert surname not in codes(parse(text, D1997))


@pytest.mark.parametrize(
    ("text", "surname", "code"),
    [
        ("Pakistan's cabinet met on Monday. Khan dismissed the charges as baseless.", "Khan", "PAK"),
        ("Officials in Seoul spoke on Monday. Park denied every claim in the newspaper report.", "Park", "KOR"),
    ],
)
def test_a_common_surname_takes_the_office_of_a_named_state(parse: Parse, text: str, surname: str,
                                                            code: str) -> None:
    assert codes(parse(text, D1997))[surname][0].startswith(code)
