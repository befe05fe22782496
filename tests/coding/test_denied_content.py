"""The content of a denial or an allegation is not an act done: "Kenya denied that its troops had
attacked ...", "dismissed reports that ...", "reports that ... were denied" negate it; "charges that
Kenya armed the rebels" only allege it (reported). A plain statement of the same act keeps it.
Sentences we wrote, in several wordings."""

from __future__ import annotations

import pytest

from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find

DATE = "2016-09-14"


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Kenya denied that its troops had attacked Ugandan villages.", "KEN", "UGA"),
        ("Ghana dismissed reports that its soldiers had shelled Togolese border posts.", "GHA", "TGO"),
        ("Reports that Peruvian troops had attacked a Chilean village were denied.", "PER", "CHL"),
    ],
)
def test_a_denied_act_is_negated(text: str, src: str, tgt: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=DATE)
    acts = find(events, src, tgt, "19")
    assert acts and all(e.modality == "negated" for e in acts), events


def test_an_alleged_act_is_only_reported(pipeline: Pipeline) -> None:
    events = pipeline.code_text("Benin repeated charges that Nigerian troops had attacked Beninese villages.",
                                published=DATE)
    acts = find(events, "NGA", "BEN", "19")
    assert acts and all(e.modality == "reported" for e in acts), events


@pytest.mark.parametrize(
    "text",
    [
        "Kenya said that its troops had attacked Ugandan rebels.",
        "Ghana denied the report and said it had signed a pact with Togo.",
    ],
)
def test_a_statement_or_a_later_clause_is_not_denied(text: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert events and all(e.modality != "negated" for e in events), events


@pytest.mark.parametrize(
    ("text", "src", "tgt", "root"),
    [
        ("The Kenyan president has not confirmed that he will visit Uganda next week.", "KEN", "UGA", "03"),
        ("Ghana's foreign minister did not say that Ghanaian troops had shelled Togolese border posts.", "GHA",
         "TGO", "19"),
    ],
)
def test_unconfirmed_content_is_not_asserted(text: str, src: str, tgt: str, root: str, pipeline: Pipeline,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """UNCONFIRMED CONTENT (``rules.CONFIRMING_VERBS``): what someone has not confirmed or said stays open."""
    from realpolitik.coding import rules

    events = pipeline.code_text(text, published=DATE)
    assert find(events, src, tgt, root) and not [e for e in find(events, src, tgt, root) if e.modality == "asserted"]
    monkeypatch.setattr(rules, "CONFIRMING_VERBS", frozenset())
    assert [e for e in find(pipeline.code_text(text, published=DATE), src, tgt, root) if e.modality == "asserted"]
