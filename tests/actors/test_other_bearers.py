"""ANOTHER BEARER OF A LISTED SURNAME (actors/other_bearers.py): a listed leader's one-word name after a
given name none of the leader's names holds is someone else's surname ("Gamal Mubarak" is not the
Egyptian president); the leader's own given names, in any spelling, and titles keep the match.

Sentences written for these tests; each is also coded with the class switched off.
"""

from __future__ import annotations

import pytest

import realpolitik.actors.component as component
from realpolitik.actors.other_bearers import bears_name
from realpolitik.actors.resolver import ActorResolver
from tests.coding.helpers import find

PUB = "2006-05-01"


@pytest.mark.parametrize(
    ("text", "leader"),
    [
        ("Gunmen shot dead Karim Yusuf Abbas, a judge, in Baghdad on Monday.", "PSEGOV"),
        ("Police in Cairo arrested Tarek Nabil Mubarak, a shopkeeper, on Sunday.", "EGYGOV"),
    ],
)
def test_another_man_of_the_leaders_surname_is_not_the_leader(pipeline, monkeypatch, text: str, leader: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert not find(events, "", leader, ""), [(e.source_code, e.target_code, e.event_code) for e in events]
    monkeypatch.setattr(component, "drop_other_bearers", lambda doc, matches: matches)
    assert find(pipeline.code_text(text, published=PUB), "", leader, ""), text


@pytest.mark.parametrize(
    "text",
    [
        "Mahmud Abbas held talks with Ehud Olmert in Jericho.",
        "Palestinian President Abbas held talks with Ehud Olmert in Jericho.",
        "Abbas held talks with Ehud Olmert in Jericho on Monday.",
    ],
)
def test_the_leaders_own_names_and_titles_keep_him(pipeline, text: str) -> None:
    assert find(pipeline.code_text(text, published=PUB), "PSEGOV", "ISR", "04"), text


def test_spellings_of_one_name_agree() -> None:
    abbas = next(e for e in ActorResolver.default().entries if e.kind == "person" and "Mahmoud Abbas" in e.names)
    assert bears_name("Mahmud", abbas) and bears_name("Abbas", abbas)
    assert not bears_name("Karim", abbas)


@pytest.mark.parametrize(
    "text",
    [
        "China accused the Karmapa Lama of seeking to split the nation.",
        "Beijing condemned the Karmapa Lama over his trip abroad.",
    ],
)
def test_a_name_the_ner_missed_is_no_listed_bearer_either(pipeline, monkeypatch, text: str) -> None:
    """The bare-surname lookup (``component._add_surnames``) skips a surname after another proper name too."""
    events = pipeline.code_text(text, published=PUB)
    assert not find(events, "CHN", "", ""), [(e.source_code, e.target_code) for e in events]
    monkeypatch.setattr(component, "given_word", lambda doc, i, surname: False)
    assert find(pipeline.code_text(text, published=PUB), "CHN", "", ""), text  # a listed official named Lama

