"""To face or meet with what another party does is to undergo it (patterns rp-2700..rp-2719):
"faces sanctions from X" is X's sanction, not a meeting; "met with criticism from X" is X's
criticism of the subject; a sports fixture ("will face Chile") is no meeting either.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.coding.helpers import find

PUB = "2024-03-01"


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Ghana faces sanctions from the European Union over its new mining law.", "IGO", "GHA"),
        ("Peru could face fresh sanctions from Brazil after the vote.", "BRA", "PER"),
    ],
)
def test_facing_sanctions_is_the_sanction_not_a_meeting(pipeline, text: str, src: str, tgt: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert not [e for e in events if e.event_code.startswith("04")], text
    assert find(events, src, tgt, "16"), text


@pytest.mark.parametrize(
    "text",
    [
        "Uruguay will face Paraguay in the opening match on Sunday.",
        "The Kenyan police faced questions from Tanzanian reporters about the raid.",
    ],
)
def test_facing_a_team_or_questions_is_no_meeting(pipeline, text: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert not [e for e in events if e.event_code.startswith("04") or e.event_code.startswith("036")], text


@pytest.mark.parametrize(
    ("text", "src", "tgt", "root"),
    [
        ("The Chilean minister met with criticism from Argentina on Monday.", "ARG", "CHL", "11"),
        ("The Bolivian president met with sharp opposition from Paraguay over the dam.", "PRY", "BOL", "11"),
        ("The Ghanaian envoy met with praise from Nigeria for his mediation.", "NGA", "GHA", "05"),
    ],
)
def test_meeting_with_a_reaction_is_the_reaction(pipeline, text: str, src: str, tgt: str, root: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert not [e for e in events if e.event_code.startswith("04")], text
    assert find(events, src, tgt, root), text


def test_meeting_with_a_minister_is_still_a_meeting(pipeline) -> None:
    events = pipeline.code_text("The Chilean minister met with Argentina's foreign minister on Monday.", published=PUB)
    assert find(events, "CHL", "ARG", "04")
