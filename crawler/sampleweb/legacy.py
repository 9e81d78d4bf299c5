"""windows-1258 output as old Vietnamese sites produced it: vowel shapes precomposed, tones combining.

cp1258 has single bytes for â ê ô ă ơ ư đ (and their capitals) and five combining tone marks
(0xCC grave, 0xEC acute, 0xDE tilde, 0xD2 hook above, 0xF2 dot below). Python's codec cannot
encode "ộ" as one character, so text is first put in that shape: NFD, then each base letter is
recomposed with its circumflex/breve/horn while the tone stays a separate combining mark.
"""

from __future__ import annotations

import unicodedata

TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def to_cp1258_form(text: str) -> str:
    """Unicode text in the decomposed-tone form that cp1258 can represent."""
    out: list[str] = []
    base = ""
    shape: list[str] = []
    tones: list[str] = []

    def flush() -> None:
        if base:
            out.append(unicodedata.normalize("NFC", base + "".join(shape)) + "".join(tones))

    for ch in unicodedata.normalize("NFD", text):
        if unicodedata.combining(ch):
            (tones if ch in TONES else shape).append(ch)
            continue
        flush()
        base, shape, tones = ch, [], []
    flush()
    return "".join(out)


def encode_cp1258(text: str) -> bytes:
    """Bytes a legacy windows-1258 page carries; decoding them and applying NFC gives text back."""
    return to_cp1258_form(text).encode("cp1258", errors="xmlcharrefreplace")
