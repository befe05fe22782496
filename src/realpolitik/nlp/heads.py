"""Writing dependency heads back into a parsed ``Doc`` (shared by the parse repairs)."""

from __future__ import annotations


def head_offset(offset: int) -> int:
    """A head offset as ``Doc.to_array`` stores it: unsigned, with negative offsets wrapped."""
    return offset % 2**64
