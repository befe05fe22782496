"""Bytes → text, refusing what is not text instead of guessing.

Encodings are never guessed silently: UTF-8 (with or without BOM) and UTF-16 with a BOM are
accepted; anything else is rejected with the byte offset of the first bad byte, so the user can fix
or convert the file knowingly.
"""

from __future__ import annotations

import codecs
import re

from realpolitik.errors import InputError

_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")
MAX_CONTROL_RATIO = 0.01
_SURROGATE = re.compile("[\ud800-\udfff]")
REPLACEMENT = "\ufffd"


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
    text = replace_surrogates(text)
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


def replace_surrogates(text: str) -> str:
    """Lone UTF-16 surrogates (JSON ``"\\ud800"``) become U+FFFD: they cannot be stored or hashed as
    UTF-8, and one broken emoji should not cost the whole article."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub(REPLACEMENT, text)
    return text


def check_api_text(text: object, what: str = "text") -> str:
    """A value handed to the Python API as article text: a string that UTF-8 can encode."""
    if not isinstance(text, str):
        raise InputError(f"{what} must be a str, got {type(text).__name__}")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InputError(
            f"{what} contains a lone surrogate {text[exc.start]!r} at character {exc.start}; "
            "it is not valid Unicode text"
        ) from exc
    return text
