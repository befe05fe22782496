"""Small helpers shared by the coding tests."""

from __future__ import annotations

from realpolitik.model import CodedEvent


def dyads(events: list[CodedEvent]) -> set[tuple[str | None, str | None, str]]:
    return {(e.source_code, e.target_code, e.event_code) for e in events}


def codes(events: list[CodedEvent]) -> list[tuple[str | None, str | None, str]]:
    """(source, target, code) of each event, in order: what an assertion shows when it fails."""
    return [(e.source_code, e.target_code, e.event_code) for e in events]


def asserted_pairs(events: list[CodedEvent]) -> set[tuple[str, str, str]]:
    """(source country, target country, three-digit code) of each asserted event."""
    return {(e.source_code[:3], (e.target_code or "")[:3], e.event_code[:3])
            for e in events if e.modality == "asserted"}


def find(events: list[CodedEvent], src: str, tgt: str, root: str) -> list[CodedEvent]:
    """Events whose source/target start with the given codes and whose code starts with ``root``."""
    return [
        e
        for e in events
        if (e.source_code or "").startswith(src)
        and (e.target_code or "").startswith(tgt)
        and e.event_code.startswith(root)
    ]


def find_asserted(events: list[CodedEvent], src: str, tgt: str, root: str) -> list[CodedEvent]:
    """The asserted ones among ``find``'s events."""
    return [e for e in find(events, src, tgt, root) if e.modality == "asserted"]


def assert_unasserted_by_class(pipeline, monkeypatch, switch_off: tuple[object, str, object], text: str, src: str,
                               tgt: str, root: str, published: str) -> list[CodedEvent]:
    """The sentence's act is coded but not asserted, and with the class switched off (``switch_off``:
    the ``setattr`` arguments) it is asserted: the sentence exercises the class. Returns the events
    coded with the class on."""
    events = pipeline.code_text(text, published=published)
    assert find(events, src, tgt, root) and not find_asserted(events, src, tgt, root), text
    with monkeypatch.context() as patched:
        patched.setattr(*switch_off)
        assert find_asserted(pipeline.code_text(text, published=published), src, tgt, root), text
    return events
