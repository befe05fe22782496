"""Small helpers shared by the coding tests."""

from __future__ import annotations

from realpolitik.model import CodedEvent


def dyads(events: list[CodedEvent]) -> set[tuple[str | None, str | None, str]]:
    return {(e.source_code, e.target_code, e.event_code) for e in events}


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
