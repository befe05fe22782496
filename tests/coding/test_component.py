from pathlib import Path

from realpolitik.coding.component import EventCoder
from realpolitik.pipeline import Pipeline
from realpolitik.settings import Settings

HEADER = "id\tframe\tlemma\tparticle\tprep\tnoun\tcode\treverse\tnote\n"


def test_coder_is_the_last_component_and_sets_events(nlp) -> None:
    assert nlp.pipe_names[-1] == "realpolitik_coder"
    doc = nlp("Germany criticized France.")
    assert [e.event_code for e in doc._.rp_events] == ["111"]


def test_settings_patterns_file_overrides_a_packaged_pattern(tmp_path: Path) -> None:
    user = tmp_path / "patterns.tsv"
    user.write_text(HEADER + "my-1\tV\tcriticize\t\t\t\t112\t\tcount criticism as accusation\n", encoding="utf-8")
    pipeline = Pipeline(Settings(patterns=str(user)))
    (event,) = pipeline.code_text("Germany criticized France.", published="2024-01-01")
    assert event.event_code == "112" and event.pattern_id == "my-1"
    coder = pipeline.nlp.get_pipe("realpolitik_coder")
    assert isinstance(coder, EventCoder) and coder.patterns.warnings == []


def test_blocking_pattern_suppresses_an_event(tmp_path: Path) -> None:
    user = tmp_path / "patterns.tsv"
    user.write_text(HEADER + "my-2\tV\tcriticize\t\t\t\t---\t\n", encoding="utf-8")
    assert Pipeline(Settings(patterns=str(user))).code_text("Germany criticized France.") == []
