"""The Reader's quick path at a head gives what its plain definition gives: the generic test
(``Reader._generic``, which first asks whether any of its words ends the text before the head), on
the recorded corpus and on texts made to meet every listed word before every head."""

from __future__ import annotations

import re

import pytest

from enrich.gazetteer import gazetteer
from enrich.unitbrands import read_brand
from enrich.unitheads import head_starts, next_head
from enrich.unitnames import Reader, _ends_with_word, _spaced
from enrich.unittext import View, skip_space
from tests import tagging_record

HEADS = ["Công đoàn", "công đoàn", "CÔNG ĐOÀN", "Liên đoàn Lao động", "LĐLĐ", "Nghiệp đoàn", "Tổng Liên đoàn"]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return tagging_record.recorded_texts()


def _plain_generic(reader: Reader, m: re.Match[str]) -> bool:
    """Reader._generic as defined before its quick test: each of its checks in turn."""
    words = reader.gaz.words
    lookalike = _spaced(words.get("lookalike", ()))
    generic = _spaced(words.get("generic", ()) + words.get("plural", ()))
    groups = _spaced(words.get("union_group", ()))
    plural_groups = tuple(p + g for p in _spaced(words.get("plural", ())) for g in groups)

    def ends(before: str, listed: tuple[str, ...]) -> bool:
        return any(before.endswith(w) and not before[-len(w) - 1:-len(w)].isalnum() for w in listed)

    start, text = m.start(), reader.text
    before = text[max(0, start - 12):start].lower()
    if before.endswith(lookalike) and not before.endswith("thành phố "):
        return True
    written = text[max(0, start - 12):start]  # a look-alike matched as written, a whole word ("Trường Công đoàn")
    if any(written.endswith(w + " ") and not written[:-len(w) - 1][-1:].isalpha() for w in words.get("lookalike_named", ())):
        return True
    group = m.lastgroup
    if group == "cd" and ends(before, groups) and not ends(before, plural_groups):
        return True
    if group in ("cd", "ldld") and before.endswith(generic) and not before.endswith(("ban tổ chức ", "nâng cấp ")):
        alias = reader._alias(start) if group == "cd" and before.endswith("tổ chức ") else None
        if alias is not None and all(reader.gaz.units[i].get("kind") == "ldld-province" for i in alias.ids):
            return True  # "tổ chức Công đoàn Hà Giang": the organisation in the province as a whole
        return not (group == "cd" and before.endswith(("tổ chức ", "hệ thống ")) and (
            reader._alias(start) or text[start] == "C" and read_brand(text, start, skip_space(text, m.end()), reader.gaz) is not None))
    return False


def _listed_texts() -> list[str]:
    """Every word ``_generic`` reads, as written, capitalised and in capitals, after a word, glued to one,
    after "các", and alone, before every head."""
    words = gazetteer().words
    listed = [w for group in ("lookalike", "lookalike_named", "generic", "plural", "union_group") for w in words.get(group, ())]
    listed += ["thành phố", "ban tổ chức", "nâng cấp", "các tổ", "những tổ", "Tổ", "Hội trường"]
    out = []
    for word in listed:
        for form in {word, word.capitalize(), word.upper()}:
            for lead in ("", "Theo ", "x", "các ", "1", "\n"):
                out.append(" ".join(f"{lead}{form} {head} Ngân hàng Vietcombank, {form} {head} tỉnh Hà Nam" for head in HEADS))
    return out


def test_generic_heads_read_as_by_each_check(texts: list[str]) -> None:
    gaz = gazetteer()
    read = generic = 0
    for text in texts[::2] + _listed_texts():
        reader = Reader(View.of(text), gaz)
        starts = head_starts(reader.text)
        pos = 0
        while (m := next_head(reader.text, starts, pos)) is not None:
            expected = _plain_generic(reader, m)
            assert reader._generic(m) == expected, (reader.text[max(0, m.start() - 30):m.end() + 30], m.start())
            read += 1
            generic += expected
            pos = m.start() + 1
    assert read > 10_000 and generic > 1_000


def test_ends_with_word_is_any_word_ended_so() -> None:
    for before in ["các tổ ", "tổ ", "xtổ ", "cấp ", "", " ", "hệ thống ", "Tổ ", "tổ", "các cấp "]:
        for words in [(), ("tổ ",), ("các tổ ", "tổ "), ("cấp ", "các cấp ")]:
            plain = any(before.endswith(w) and not before[-len(w) - 1:-len(w)].isalnum() for w in words)
            assert _ends_with_word(before, words) == plain
