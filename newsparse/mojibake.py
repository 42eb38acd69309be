"""UTF-8 text that was decoded once too often, as Latin-1 or Windows-1252, read back.

A page whose content system double-encodes shows "doesnâ€™t" for "doesn’t" and "cafÃ©" for
"café", in its very bytes: no choice of charset undoes it. Each such sequence is a lead byte
and its continuation bytes written as single characters; read back as bytes, they are one
UTF-8 character again. Only sequences that cannot be real text are repaired: those holding a
C1 control or a Windows-1252 punctuation character ("â€™"), and two-character ones led by
"Â" or "Ã" ("Ã©", "Â°"). French "é »" (with a no-break space) is left alone.
"""

from __future__ import annotations

import contextlib
import re

__all__ = ["repair_mojibake"]


def _byte_of_character() -> dict[str, int]:
    """Continuation bytes 0x80-0xBF as Windows-1252 and Latin-1 show them."""
    table: dict[str, int] = {}
    for byte in range(0x80, 0xC0):
        table[chr(byte)] = byte  # Latin-1: C1 controls and U+00A0-U+00BF
        # "€", "™", "’", ...; 0x81, 0x8D, 0x8F, 0x90 and 0x9D are Latin-1 only
        with contextlib.suppress(UnicodeDecodeError):
            table[bytes([byte]).decode("cp1252")] = byte
    return table


_CONTINUATION: dict[str, int] = _byte_of_character()
# Characters no real text holds where a continuation byte would be: C1 controls and the
# Windows-1252 punctuation of bytes 0x80-0x9F.
_IMPOSSIBLE = frozenset(ch for ch, byte in _CONTINUATION.items() if byte < 0xA0)
_CONT_CLASS = "[" + re.escape("".join(sorted(_CONTINUATION))) + "]"
# A lead byte (as a Latin-1 letter) and as many continuation bytes as it announces.
MOJIBAKE = re.compile(
    f"[\u00c2-\u00df]{_CONT_CLASS}|[\u00e0-\u00ef]{_CONT_CLASS}{{2}}|[\u00f0-\u00f4]{_CONT_CLASS}{{3}}"
)
# Leads of two-byte sequences that stand for U+0080-U+00FF ("Ã©" is "é", "Â°" is "°").
_LATIN1_LEADS = frozenset("\u00c2\u00c3")


def _repaired(match: re.Match[str]) -> str:
    found = match.group()
    if found[0] not in _LATIN1_LEADS and _IMPOSSIBLE.isdisjoint(found[1:]):
        return found
    raw = bytes([ord(found[0]), *(_CONTINUATION[ch] for ch in found[1:])])
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return found


# What every repaired sequence shows: a C1 control, or one of the three leads that Windows-1252
# mojibake of common text starts with ("â€" for curly quotes and dashes, "Ã"/"Â" for Latin-1).
# Checked first, at C speed: the full pattern is a slow scan over a clean 200 kB page.
_C1_CONTROLS = tuple(chr(code) for code in range(0x80, 0xA0))


def _may_hold_mojibake(text: str) -> bool:
    """True when the text shows a C1 control or a common lead. A two-character lead is looked
    for only when its rare second character ("€", "Ÿ") is there: a scan for one character is
    several times faster than one for two."""
    return (
        ("\u20ac" in text and "\u00e2\u20ac" in text)
        or "\u00c3" in text
        or "\u00c2" in text
        or ("\u0178" in text and "\u00f0\u0178" in text)
        or any(c in text for c in _C1_CONTROLS)
    )


def repair_mojibake(text: str) -> str:
    """The text with double-encoded UTF-8 sequences read back; other text is unchanged."""
    if text.isascii() or not _may_hold_mojibake(text):
        return text
    return MOJIBAKE.sub(_repaired, text)
