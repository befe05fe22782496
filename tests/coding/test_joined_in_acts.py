"""'A joined B in <doing> C': B does the act too, as a co-agent of the gerund, and joining B is no act
on B (the CAMEO.2.0 rows for "join ... in criticizing" made it a criticism or a meeting of B). Joining
talks or a body stays what its pattern says. Sentences we wrote."""

from __future__ import annotations

import pytest

from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find

DATE = "2016-09-14"


@pytest.mark.parametrize(
    ("text", "joiner", "joined", "tgt", "root"),
    [
        ("Ghana joined Togo and Benin in criticising Nigeria.", "GHA", "TGO", "NGA", "11"),
        ("France joined Germany in urging Russia to withdraw its troops.", "FRA", "DEU", "RUS", "02"),
    ],
)
def test_the_joined_share_the_act_and_are_not_its_target(
    text: str, joiner: str, joined: str, tgt: str, root: str, pipeline: Pipeline
) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert find(events, joiner, tgt, root) and find(events, joined, tgt, root), events
    assert not find(events, joiner, joined, ""), events


def test_joining_talks_is_not_a_joint_act(pipeline: Pipeline) -> None:
    events = pipeline.code_text("Kenya joined the talks with Uganda in Geneva on Monday.", published=DATE)
    assert find(events, "KEN", "UGA", "04"), events


@pytest.mark.parametrize(
    "text",
    [
        "Malawi has joined Zambia, Angola and Namibia in the regional games held in Lusaka.",
        "Swiss diplomats will join Austrian and Danish envoys at the donors' conference.",
        "Kenyan detectives joined Ugandan police to trace the stolen weapons.",
    ],
)
def test_joining_someone_at_an_occasion_or_in_an_act_is_no_consultation(text: str, pipeline: Pipeline) -> None:
    """JOINED COMPANY (roles.joined_company): the joiner takes part alongside those joined; no 04x act
    between them, as CAMEO.2.0's bare "join" (040) would read it."""
    events = pipeline.code_text(text, published=DATE)
    assert not [e for e in events if e.event_code.startswith("04")], [(e.source_code, e.target_code,
                                                                        e.event_code) for e in events]


@pytest.mark.parametrize(
    ("text", "src", "tgt", "code"),
    [
        ("Kenyan detectives joined Ugandan police to trace the stolen weapons.", "KENCOP", "UGACOP", "063"),
        ("French troops joined Malian soldiers to attack rebel positions.", "FRAMIL", "MLIMIL", "062"),
        ("Japan joined China to build a railway in Laos.", "JPN", "CHN", "060"),
    ],
)
def test_joining_someone_at_a_task_is_material_cooperation(pipeline: Pipeline, text: str, src: str, tgt: str,
                                                           code: str) -> None:
    """JOINED COMPANY, task: judicial (063) with police, courts or spies, military (062) with armed forces,
    else unspecified material cooperation (060)."""
    assert find(pipeline.code_text(text, published=DATE), src, tgt, code), text


@pytest.mark.parametrize(
    ("text", "src", "body"),
    [
        ("Poland joined NATO in a ceremony in Missouri.", "POL", "IGOWSTNAT"),
        ("Bulgaria and Romania joined the European Union on Monday.", "BGR", "IGOEUREEC"),
    ],
)
def test_joining_a_body_stays_a_membership(text: str, src: str, body: str, pipeline: Pipeline) -> None:
    assert find(pipeline.code_text(text, published=DATE), src, body, "05"), text
