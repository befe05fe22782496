"""Sport news named by a team's coach or a competition's finals (coding/nonevents.sport_context):
"Brazil-Argentina clashes in the finals" and "Peru stunned Chile, said the Peruvian coach" report
matches, not armed clashes or protests between states.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

PUB = "2024-03-01"


@pytest.mark.parametrize(
    "text",
    [
        "Brazil-Argentina clashes will dominate the six finals on Sunday, with Brazil's coach hoping for three titles.",
        "\"We are happy that Peru stunned Chile today,\" said the Peruvian coach after the match.",
    ],
)
def test_matches_named_by_coaches_or_finals_are_no_events(pipeline, text: str) -> None:
    assert pipeline.code_text(text, published=PUB) == [], text
