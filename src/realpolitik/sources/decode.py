"""Bytes → text, refusing what is not text instead of guessing.

Encodings are never guessed silently: UTF-8 (with or without BOM) and UTF-16 with a BOM are
accepted; anything else is rejected with the byte offset of the first bad byte, so the user can fix
or convert the file knowingly.
"""

from __future__ import annotations

import codecs

from realpolitik.errors import InputError

_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")
MAX_CONTROL_RATIO = 0.01


class SourceError(InputError):
    """Why one input (or one line of it) cannot become an article; ``line`` is 1-based or None."""

    def __init__(self, reason: str, line: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.line = line


def decode_bytes(data: bytes) -> str:
    """Decode a whole document; raise SourceError for empty, binary or non-UTF-8 input."""
    if not data:
        raise SourceError("empty file")
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return check_text(data.decode("utf-16"))
        except UnicodeDecodeError as exc:
            raise SourceError(f"invalid UTF-16 at byte offset {exc.start}") from exc
    nul = data.find(b"\x00")
    if nul >= 0:
        raise SourceError(f"binary file (NUL byte at offset {nul}), not text", line=None)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise SourceError(
            f"invalid UTF-8 at byte offset {exc.start} (byte 0x{data[exc.start]:02x}); "
            "convert the file to UTF-8",
            line=line,
        ) from exc
    return check_text(text)


def check_text(text: str) -> str:
    """Reject text that is mostly control characters (binary junk that happens to decode)."""
    if not text.strip():
        raise SourceError("empty file (only whitespace)")
    controls = sum(1 for ch in text if (ch < " " and ch not in _ALLOWED_CONTROLS) or ch == "\x7f")
    if controls and controls / len(text) > MAX_CONTROL_RATIO:
        raise SourceError(
            f"binary data: {controls} control characters in {len(text)} characters, not text"
        )
    return text


def check_length(text: str, max_chars: int) -> str:
    if len(text) > max_chars:
        raise SourceError(
            f"document too large: {len(text):,} characters (limit {max_chars:,}; "
            "setting max_chars / REALPOLITIK_MAX_CHARS)"
        )
    return text
