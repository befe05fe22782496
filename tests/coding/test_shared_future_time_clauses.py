"""A time clause under a planned or hypothetical main clause is as unreal as its main clause: "the border
will reopen after the Ghanaian president meets his Togolese counterpart" plans the meeting (036 under
analyst conventions), it does not report it, and so does "as soon as" (which the parser splits: "soon" hangs on the main
verb); a clause in the perfect ("after they have met") or under a
main clause that is told as done keeps its own status."""

from __future__ import annotations

import pytest

from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find

DATE = "2013-05-08"


@pytest.mark.parametrize(
    "text",
    [
        "The border will reopen after the Ghanaian president meets his Togolese counterpart.",
        "Trade will resume once the Ghanaian leader has talks with the Togolese president.",
        "The border will reopen as soon as the Ghanaian and Togolese presidents meet.",
        "As soon as the Ghanaian president meets his Togolese counterpart, the border will reopen.",
    ],
)
def test_a_time_clause_under_a_planned_main_clause_is_planned(text: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=DATE)
    meetings = find(events, "GHA", "TGO", "0")
    assert meetings and all(e.event_code[:3] == "036" for e in meetings), events


@pytest.mark.parametrize(
    "text",
    [
        "The accord would be signed after the Chilean president met his Peruvian counterpart.",
        "A new deal could follow when Chile's president meets his Peruvian counterpart.",
    ],
)
def test_a_time_clause_under_a_hypothetical_main_clause_is_no_assertion(text: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert not [e for e in find(events, "CHL", "PER", "04") if e.modality == "asserted"], events


def test_a_time_clause_under_a_main_clause_told_as_done_stays_asserted(pipeline: Pipeline) -> None:
    text = "The border reopened after the Ghanaian president met his Togolese counterpart on Monday."
    events = pipeline.code_text(text, published=DATE)
    assert [e for e in find(events, "GHA", "TGO", "04") if e.modality == "asserted"], events


@pytest.mark.parametrize(
    "text",
    [
        "Both sides hope to end a feud that flared when Chile detained three Peruvian fishermen on Monday.",
        "Talks aim to end a row set off when Georgia expelled two Russian officers last week.",
    ],
)
def test_a_past_clause_under_a_counterfactual_or_aim_is_not_made_unreal(text: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert not [e for e in events if e.modality in ("intended", "hypothetical")], events
