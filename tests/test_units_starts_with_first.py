"""``starts_with`` (enrich/unittext.py) with each word list's words lower-cased once and the group of each first
character remembered as written gives what lower-casing at every call gives: first characters whose lower case
is another letter's or longer ("İ", the Kelvin sign, "ẞ"), empty words, places at and past the text's end, and
lists met in turn that share first characters."""

from __future__ import annotations

from enrich.unittext import starts_with


def _plain(text: str, pos: int, words: tuple[str, ...], exact: bool) -> str | None:
    """As it was written: the words of the text's first letter (lower-cased unless ``exact``), each compared."""
    first = text[pos:pos + 1]
    for word in (w for w in words if (w[:1] == first if exact else w[:1].lower()[:1] == first.lower()[:1])):
        piece = text[pos:pos + len(word)]
        same = piece == word if exact else piece.lower() == word.lower()
        if same and not text[pos + len(word):pos + len(word) + 1].isalnum():
            return word if exact else word.lower()
    return None


TEXTS = ["İstanbul và istanbul, i̇stanbul", "\u212aon Tum, kon Tum, KON TUM", "ẞtraße, ßtraße", "Tỉnh tỉnh TỈNH tỈnh",
         "thành phố Thành Phố THÀNH PHỐ", "Σίσυφος σίσυφος", "a", "", "xã Xã XÃ x"]
LISTS = [("istanbul", "İstanbul", "i"), ("kon tum", "Kon", "\u212aon"), ("ßtraße", "ẞtraße"), ("tỉnh", "Tỉnh", "thành phố"),
         ("", "x"), ("xã", "Xã", ""), ("σίσυφος", "Σίσυφος"), ("i̇stanbul",)]


def test_first_characters_and_lists_read_as_lower_cased_at_each_call() -> None:
    found = 0
    for _ in range(2):  # the second round meets every first character remembered
        for words in LISTS:
            for text in TEXTS:
                for pos in range(len(text) + 3):
                    for exact in (False, True):
                        expected = _plain(text, pos, words, exact)
                        assert starts_with(text, pos, words, exact) == expected, (text, pos, words, exact)
                        found += expected is not None
    assert found > 100
