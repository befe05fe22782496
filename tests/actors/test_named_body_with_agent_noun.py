"""A body that is no country, followed by an agent noun ('its NATO counterparts', 'the APEC leaders'),
must not break the actor pass: the phrase gets no invented actor and the rest of the sentence is coded."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Thailand will brief its ASEAN counterparts on the talks.",
    "Chile will consult its NATO counterparts before the vote.",
    "Thailand met the APEC leaders in Lima on Friday.",
])
def test_body_plus_agent_noun_is_no_crash_and_keeps_the_state(nlp, text: str) -> None:
    from datetime import date

    doc = nlp.make_doc(text)
    doc._.published = date(2016, 11, 18)
    doc = nlp(doc)
    codes = {a.code for span in doc.spans["rp_actors"] for a in span._.rp_actors}
    assert codes & {"THA", "CHL"}
    assert "---" not in codes
