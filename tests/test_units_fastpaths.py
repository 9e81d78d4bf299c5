"""The quick paths of unit reading give what the plain definitions give, on the recorded corpus
and on texts made to stress them (every case of "đoàn", odd spaces, ends of text)."""

from __future__ import annotations

import re
import sys

import pytest

from enrich import unitends
from enrich.gazetteer import ALIAS_WORDS, gazetteer
from enrich.unitaliases import read_on_past
from enrich.unitcapitals import sentence_cased
from enrich.unitends import central_end
from enrich.unitheads import (
    _DOAN,
    _PHRASES,
    _READ_AS_I,
    HEAD,
    _doan_hits,
    head_starts,
    next_head,
)
from enrich.unitnames import Mention, Reader
from enrich.unitresolve import _TYPED_AT, _TYPED_PROVINCE, Context
from enrich.units import SourceContext, tag_units
from enrich.unitspecial import anchored
from enrich.unittext import (
    _GLUED,
    _SPECIAL,
    View,
    _abbreviations,
    _fold_char,
    _has_special,
    abbreviations_in,
    cap_run,
    capitalised,
    expand,
    fold_view,
    segmented_joins,
    starts_with,
    tokens,
    wrapped_breaks,
)
from tests import tagging_record

ODD = [
    "", "đoàn", "Công đoàn", "CÔNG ĐOÀN tỉnh", "công ĐoÀn huyện X", "TỔNG LIÊN ĐOÀN LAO ĐỘNG", "Tổng Công đoàn",
    "Liên đoàn tỉnh Hà Nam", "NGHIỆP ĐOÀN nghề cá", "đoànđoàn Công đoànđoàn", "Liên đoàn  Lao\u00a0động (LĐLĐ) tỉnh",
    "LĐLĐ TP.HCM và CĐ ngành GTVT\tBR-VT", "Bà Rịa - Vũng Tàu – Côn Đảo", "X\u2009Y\u3000Z\x0bW", "Ðoàn\u00d0",
    "LĐLĐ huyện, thành, thị", "Tổng L\u00d0L\u00d0 Việt Nam, C\u00d0CS (L\u00d0L\u00d0) TP Cần Thơ", "Công đoàn 1 2 3 4 5 6 7 8 9 10 11 12 13 14", "A - B - C - D - E - F - G",
]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return tagging_record.recorded_texts() + ODD


def test_heads_are_found_as_by_search(texts: list[str]) -> None:
    for text in texts:
        view = View.of(text).text
        starts = head_starts(view)
        for pos in range(0, len(view) + 1, 11):
            a, b = HEAD.search(view, pos), next_head(view, starts, pos)
            assert (a and (a.span(), a.lastgroup)) == (b and (b.span(), b.lastgroup)), (view, pos)


def test_typed_provinces_found_as_by_finditer(texts: list[str]) -> None:
    for text in texts:
        view = View.of(text).text
        expected = [m.span() for m in _TYPED_PROVINCE.finditer(view)]
        assert [m.span() for m in anchored(_TYPED_PROVINCE, view, _TYPED_AT)] == expected


def test_lower_case_keeps_doan_as_the_pattern_reads_it() -> None:
    for target in "đoàn":
        assert {c for c in map(chr, range(sys.maxunicode + 1)) if c.lower() == target} == {target, target.upper()}
    for text in ODD + ["İđoàn ĐOÀN", "ẞ Công đoàn"]:
        assert _doan_hits(text) == [m.start() for m in _DOAN.finditer(text)]


_HEAD_WORDS = ("tổng liên đoàn", "tổng công đoàn", "nghiệp đoàn", "liên đoàn lao động", "công đoàn")


def test_head_words_read_by_the_pattern_fold_alike() -> None:
    """Every character HEAD's (?i:) takes for a letter of its words folds as that letter does, but "ı"
    (head_starts looks for the folded words, and falls back where there is an "ı")."""
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    folded = [fold_view(w) for w in _HEAD_WORDS]
    assert folded == ["tong lien doan", "tong cong doan", "nghiep doan", "lien doan lao dong", "cong doan"]
    assert all(any(w.startswith(p) or w.startswith("tong " + p) for p in _PHRASES) for w in folded)
    for letter in {c for word in _HEAD_WORDS for c in word}:
        read = {m.group() for m in re.finditer(f"(?i:{re.escape(letter)})", every)}
        assert {c for c in read if _fold_char(c) != _fold_char(letter)} <= {_READ_AS_I}, letter
    odd = ["TỔNG LIÊN ĐOÀN", "NGHIỆP ĐOÀN", "CÔNG ĐOÀN", "LIÊN ĐOÀN tỉnh X", "İ Công đoàn", "Lıên đoàn Lao động",
           "NGHİỆP ĐOÀN", "Nghıệp đoàn xe ôm"]
    for text in ODD + odd:
        view = View.of(text).text
        assert [m.start() for m in HEAD.finditer(view)] == _heads(view), view


def _heads(view: str) -> list[int]:
    """Starts of HEAD's matches found with next_head, one after another."""
    starts, found, pos = head_starts(view), [], 0
    while (m := next_head(view, starts, pos)) is not None:
        found.append(m.start())
        pos = m.end()
    return found


def _old_starts_with(text: str, pos: int, words: tuple[str, ...], exact: bool = False) -> str | None:
    for word in words:
        piece = text[pos:pos + len(word)]
        same = piece == word if exact else piece.lower() == word.lower()
        if same and not text[pos + len(word):pos + len(word) + 1].isalnum():
            return word if exact else word.lower()
    return None


_OLD_TOKEN = re.compile(r"[^\W_]+(?:[&'.][^\W_]+)*|[^\w\s]")


def _old_tokens(text: str, pos: int, limit: int = 14) -> list[tuple[str, int, int]]:
    out: list[tuple[str, int, int]] = []
    last = pos
    for m in _OLD_TOKEN.finditer(text, pos):
        gap = text[last:m.start()]
        if gap not in ("", " ") or len(out) >= limit:
            break
        out.append((m.group(0), m.start(), m.end()))
        last = m.end()
    return out


def test_tokens_as_by_finditer(texts: list[str]) -> None:
    odd = ["a  b", "a\tb c", "a _b", "_a b", "a b_c d", " a", "  a", "a ", "a.b&c's d.", "A.B. C", "x" * 3 + " " + "y",
           "Công ty TNHH A&B - C’s (D) \u00a0E\u2009F", "1.200,5 tỷ đồng", "–a – b", ". , ; a"]
    for text in texts[::40] + ODD + odd:
        view = View.of(text).text
        for source in (view, text):
            for pos in range(0, len(source) + 2):
                for limit in (0, 1, 3, 8, 16):
                    assert tokens(source, pos, limit) == _old_tokens(source, pos, limit), (source, pos, limit)


# congress words of a letterhead in capitals end a name ("CĐCS ... VINH NHIỆM KỲ ..."), as decided for cap_run
_CAPS_ENDS = frozenset(("LẦN", "NHIỆM"))


def _old_cap_run(text: str, pos: int, limit: int = 5) -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    toks = tokens(text, pos, limit * 2 + 2)
    words = i = 0
    while i < len(toks) and words < limit:
        tok, _, end = toks[i]
        if tok in ("-", "–") and out and i + 1 < len(toks) and capitalised(toks[i + 1][0]):
            i += 1
            continue
        if not capitalised(tok) or not tok[:1].isalnum() or tok in _CAPS_ENDS:
            break
        words += 1
        out.append((text[pos:end], end))
        i += 1
    return out[::-1]


def test_words_and_name_runs_as_defined(texts: list[str]) -> None:
    groups = [("tỉnh", "thành phố", "huyện đảo", "huyện", "quận", "thị xã"), ("Trường", "Công ty", "Bệnh viện"),
              ("các", "những"), ("đoàn",)]
    for text in texts[::40] + ODD:
        view = View.of(text).text
        for pos in range(len(view) + 1):
            assert cap_run(view, pos) == _old_cap_run(view, pos), (view, pos)
            assert cap_run(view, pos, 2) == _old_cap_run(view, pos, 2), (view, pos)
            for words in groups:
                for exact in (False, True):
                    assert starts_with(view, pos, words, exact) == _old_starts_with(view, pos, words, exact)


def _old_maps(original: str) -> tuple[str, list[int], list[int]]:
    """The view with one start and end per character, as it was built before."""
    pattern, table = _abbreviations()
    parts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []

    def plain(chunk: str, offset: int) -> None:
        parts.append(chunk)
        starts.extend(range(offset, offset + len(chunk)))
        ends.extend(range(offset + 1, offset + len(chunk) + 1))

    def replaced(value: str, start: int, end: int) -> None:
        parts.append(value)
        starts.extend([start] * len(value))
        ends.extend([end] * len(value))

    def expanded(chunk: str, offset: int) -> None:
        last = 0
        for m in pattern.finditer(chunk):
            plain(chunk[last:m.start()], offset + last)
            expansion = table[m.group(0)]
            following = chunk[m.end():m.end() + 1]
            if following and following.isalnum() and expansion[-1:].isalpha():
                expansion += " "
            replaced(expansion, offset + m.start(), offset + m.end())
            last = m.end()
        plain(chunk[last:], offset + last)

    position = 0
    original = original.replace("\u00d0", "Đ")  # "Ð" is "Đ" one for one, before abbreviations are expanded
    # a hard-wrapped text's breaks inside sentences and a word-segmented text's joins: spaces, one for one
    joined = set(wrapped_breaks(original)) | set(segmented_joins(original))
    original = "".join(" " if i in joined else ch for i, ch in enumerate(original))
    original = sentence_cased(original)  # a union's name in capitals in the sentence's case, one character for one
    for m in _SPECIAL.finditer(original):
        expanded(original[position:m.start()], position)
        if m.group("space") is not None:
            replaced(" ", m.start(), m.end())
        elif m.group("glued") is not None:  # "Huếđã": "Huế đã"
            replaced(" đ", m.start(), m.end())
        elif m.group("apos") is not None:  # "Ea H’leo": "Ea H'leo"
            replaced("'", m.start(), m.end())
        position = m.end()
    expanded(original[position:], position)
    return "".join(parts), starts, ends


def test_view_maps_as_per_character(texts: list[str]) -> None:
    for text in texts[::8] + ODD:
        view = View.of(text)
        expected, starts, ends = _old_maps(text)
        assert view.text == expected
        assert _has_special(text) or _SPECIAL.search(text) is None
        for start in range(len(expected) + 1):
            for end in (start, start + 1, start + 9):
                if end > len(expected):
                    continue
                if end <= start:
                    at = starts[start] if start < len(starts) else len(text)
                    assert view.span(start, end) == (at, at)
                else:
                    assert view.span(start, end) == (starts[start], ends[end - 1])
        assert view.fold_at(3, 40) == view.folded[3:40]


def test_glued_d_found_as_by_the_plain_pattern(texts: list[str]) -> None:
    """_GLUED opens with its "đ" (the engine skips to it): it finds a glued "đ" wherever the plain pattern
    of a letter, "đ" and a letter does, at every pair of neighbours around the ranges' edges."""
    plain = re.compile(r"[a-zà-ỹ]đ[a-zà-ỹ]")
    edges = "`azà{ßáÿĀỹỺĐđAZ@ 1\n\u0300"
    made = [f"{a}đ{b}" for a in edges for b in edges] + [f"x{a}đ{b}y đ" for a in edges for b in edges] + ["đ", "đđđ", "ađ"]
    for text in texts + made + [t[i:] for t in texts[:40] for i in range(0, 60, 7)]:
        assert (_GLUED.search(text) is None) == (plain.search(text) is None), text


ABBREVIATED = [
    "LĐLĐ", "TP.HCM", "xLĐLĐ", "LĐLĐx", "LĐLĐ-", "/LĐLĐ", "–CĐCS", "QĐ-TLĐ", "03/CT – TLĐ", "145/2020/NĐ-CP",
    "A - TLĐ", "A– TLĐ", "CĐCS CĐ CĐN CĐNYT TP. HCM TP.HCMC", "Trường CĐ Y tế, trường ĐH, bệnh viện ĐK", "TP",
    "BR-VT TT-Huế NN&PTNT GD&ĐT GD-ĐT", "TP. TX. Tp. Cty TCty", "ĐHCĐ\nCĐVCVN.", "VN1 VN_ VNđ LĐLĐ1",
]


def test_abbreviations_found_as_by_finditer(texts: list[str]) -> None:
    pattern = _abbreviations()[0]
    for text in texts + ABBREVIATED + [" ".join(ABBREVIATED), "".join(ABBREVIATED)]:
        for chunk in (text, text[1:], text[:-1], text[len(text) // 2:]):
            assert [m.span() for m in abbreviations_in(chunk)] == [m.span() for m in pattern.finditer(chunk)], chunk


def test_abbreviations_opening_small_found_as_by_finditer() -> None:
    """"trường CĐ" is found from its "CĐ" and the words looked for behind: the same matches as the full
    pattern's finditer where such abbreviations meet each other, capitals, parts of them and separators."""
    pattern = _abbreviations()[0]
    pieces = ["trường CĐ", "trường ĐH", "bệnh viện ĐK", "Trường CĐ", "trường C", "trường Đ", "trườngCĐ", "CĐ",
              "ĐH", "ĐHCĐ", "TLĐ", "LĐLĐ", "bệnh viện Đ", "viện ĐK", "ờng ĐH", "TP"]
    between = ["", " ", "x", "-", "/", " – ", "\n", "CĐ", "Đ", "trường ", "bệnh viện "]
    for a in pieces:
        for b in between:
            for c in pieces:
                text = b + a + b + c + b
                for chunk in (text, text[1:], text[:-1], text[len(text) // 2:]):
                    assert [m.span() for m in abbreviations_in(chunk)] == [m.span() for m in pattern.finditer(chunk)], chunk


def test_fold_is_the_per_character_fold(texts: list[str]) -> None:
    """fold_view (str.translate for words, an array look-up for whole texts) against _fold_char of each
    character: every code point, in pieces on both sides of the length where the method changes."""
    def expected(text: str) -> str:
        return "".join(map(_fold_char, text))

    every = "".join(map(chr, range(sys.maxunicode + 1)))
    folded = expected(every)
    for size in (63, 64, 4096):
        for at in range(0, len(every), size):
            assert fold_view(every[at:at + size]) == folded[at:at + size], (size, at)
    bmp = every[:0x10000]
    mixed = ["Đ\U0001d400ễ", "Công đoàn \U0001f600" * 10, "\ud800\udc00" * 40 + "ễ", "e\u0301" * 40,
             "ΑΣ " * 30, "İ" * 70, "ẞ" * 70, "a" * 70, "A" * 64, "\u00d0ð" * 40, bmp[0xd7f0:0xe010],
             "Công đoàn \ufa6c" * 8, "\udc00ễ" * 40, "ễ\ud800" * 40]  # a fold beyond U+FFFF, lone surrogates
    for text in texts[::5] + ODD + mixed:
        assert fold_view(text) == expected(text)
        assert len(fold_view(text)) == len(text)


def _old_alias(reader: Reader, pos: int) -> tuple[int, list[str]] | None:
    """Reader._alias as first defined: every key of the text's first words, most words first; an alias a branch
    follows or a name reads on past is passed over, as the reader does."""
    gaz = reader.gaz
    folded = reader.view.folded[pos:pos + max(60, *map(len, gaz.aliases)) + 1]
    words = [w.rstrip(",.:;!?)") or w for w in folded[:60].split(None, ALIAS_WORDS)[:ALIAS_WORDS]]
    for n in range(len(words), 0, -1):
        for length, group in gaz.alias_lengths.get(f"{n}:" + " ".join(words[:n]), ()):
            alias = folded[:length]
            if alias in group and not folded[length:length + 1].isalnum():
                if unitends.branch_after(reader.text, pos + length, alias, gaz) or read_on_past(
                        reader.text, reader.view.folded, pos, pos + length, gaz, reader.edge_memo):
                    continue
                return pos + length, list(gaz.aliases[alias])
    return None


def test_aliases_read_as_by_their_keys(texts: list[str]) -> None:
    gaz = gazetteer()
    names = [fold_view(expand(row["name"])) for row in list(gaz.units.values())[::7]]
    ends = ["Công đoàn", "Liên đoàn Lao động tỉnh", "Tổng Liên đoàn Lao động Việt Nam", "LĐLĐ TP.HCM:", "Công đoàn TKV,"]
    read = 0
    for text in texts[::9] + ODD + ends + ["\n".join(names), " ".join(names)]:
        reader = Reader(View.of(text), gaz)
        for pos in sorted(set(head_starts(reader.text) + list(range(0, len(reader.text), 37)))):
            found = reader._alias(pos)
            assert (found and (found.end, found.ids)) == _old_alias(reader, pos), (reader.text[pos:pos + 80], pos)
            read += found is not None
    assert read > 300


@pytest.mark.python_sources
def test_first_province_is_the_first_of_provinces(monkeypatch: pytest.MonkeyPatch) -> None:
    """Context.first_province, at every call tagging makes on the recorded corpus, against the whole
    list ``provinces`` gives in the same state of the context."""
    recorded = tagging_record.load()
    stored = {r["name"]: r["input"] for r in recorded if "input" in r}
    first = Context.first_province
    answers: list[str | None] = []

    def checked(self: Context, mention: Mention | None = None) -> str | None:
        found = first(self, mention)
        assert found == (self.provinces(mention) or [None])[0], self.text[:200]
        answers.append(found)
        return found

    monkeypatch.setattr(Context, "first_province", checked)
    for _, inputs in tagging_record.corpus(stored):
        src = inputs["source"]
        tag_units(inputs["text"], title=inputs["title"], published=inputs["published"],
                  source=SourceContext(**src) if src else None)
    assert len(answers) > 1000 and None in answers and len(set(answers)) > 30


def test_word_lists_made_on_the_fly_are_read_as_written() -> None:
    """starts_with remembers word lists by identity: lists made and dropped call after call (whose ids
    come back for other lists) are read by their own words."""
    text = "Công ty TNHH An Phát, trường Tiểu học Kim Đồng và Bệnh viện tỉnh"
    words = ["Công ty", "công ty", "Công", "Trường", "trường", "Bệnh viện", "tỉnh", "An", "Phát", "và"]
    for i in range(900):
        group = tuple(words[j] for j in range(len(words)) if (i >> j) & 1) + (str(i),)
        for pos in (0, 8, 22, 48, 58, len(text) - 4):
            for exact in (False, True):
                assert starts_with(text, pos, group, exact) == _old_starts_with(text, pos, group, exact)
        del group


def test_district_by_id_is_the_first_row_listed() -> None:
    gaz = gazetteer()
    ids = {row["id"] for rows in gaz.districts.values() for row in rows}
    assert len(ids) > 500
    for district_id in sorted(ids) + ["", "no-such-district"]:
        rows = [d for ds in gaz.districts.values() for d in ds if d["id"] == district_id][:1]
        assert gaz.district_by_id(district_id) is (rows[0] if rows else None)


def _old_central(reader: Reader, start: int, pos: int) -> Mention | None:
    toks = tokens(reader.text, pos, 8)
    for i, (tok, _, _end) in enumerate(toks):
        if tok == "Việt" and i + 1 < len(toks) and toks[i + 1][0] == "Nam":
            if i == 0 or not capitalised(toks[0][0]):
                return None
            return Mention(start, toks[i + 1][2], "central", label=reader.text[pos:toks[i + 1][2]])
        if not tok[:1].isalpha() and tok not in ("-", "–"):
            return None
    return None


def test_central_unions_read_as_defined(texts: list[str]) -> None:
    odd = ["Công đoàn Dệt May Việt Nam", "Công đoàn Dệt May\nViệt Nam", "Công đoàn Dệt May Việt\nNam", "Công đoàn Việt Nam",
           "Công đoàn ngành Xây dựng - Việt Nam", "Công đoàn Dầu khí Việt Nam.", "Công đoàn a b c d e f g Việt Nam",
           "Công đoàn Đường sắt ViệtNam", "Công đoàn Cao su Việt  Nam", "Công đoàn Hàng không Việt Nam\n", "Việt Nam"]
    gaz = gazetteer()
    for text in texts[::5] + ODD + odd:
        view = View.of(text)
        reader = Reader(view, gaz)
        for pos in range(0, len(view.text) + 1, 3):
            end = central_end(view.text, pos)
            got = Mention(0, end, "central", label=view.text[pos:end]) if end else None
            assert got == _old_central(reader, 0, pos), (view.text, pos)


def test_head_starts_hold_every_head(texts: list[str]) -> None:
    """Every place HEAD matches is among head_starts (next_head tries HEAD at each), on the recorded
    texts, in upper and lower case, undiacritised, and on texts made to stress the fold."""
    odd = ["tổng liên đoàn", "Tổng Công đoàn", "tổngliên đoàn", "tổng tổng liên đoàn", "liên đoàn", "nghiệp đoàn",
           "tổng nghiệp đoàn", "công đoàncông đoàn", "TỔNG CÔNG ĐOÀN", "İ tổng liên đoàn", "Lıên đoàn", "x" * 9 + "công đoàn",
           "C\u00d4NG \u0110O\u00c0N", "Co\u0302ng đoa\u0300n", "CÔNG\u00a0ĐOÀN", "Công đoàn\nLiên đoàn\nNghiệp đoàn",
           "\U0001d400 Công đoàn " * 3 + "Tổng Liên đoàn " * 4, "Liên đoàn tỉnh Hà Nam Liên đoàn Lao động"]
    every = 0
    for text in texts + odd + [t.upper() for t in odd + texts[::7]] + [t.lower() for t in texts[::5]]:
        for piece in (text, View.of(text).text, text[len(text) // 2:], fold_view(text)):
            starts = set(head_starts(piece))
            found = [at for at in range(len(piece)) if HEAD.match(piece, at)]
            assert set(found) <= starts, piece[:200]
            every += len(found)
    assert every > 10000


@pytest.mark.python_sources
def test_remembered_look_ups_are_what_a_fresh_one_gives(monkeypatch: pytest.MonkeyPatch) -> None:
    """``choose`` and ``province_union`` remember their answers within an article: at every call
    tagging makes on the recorded corpus (and on the benchmark's composed articles, where the same
    units come back), the answer is the one worked out afresh in the same state of the context."""
    from bench.tagging import composed_articles
    from enrich import unitresolve

    recorded = tagging_record.load()
    stored = {r["name"]: r["input"] for r in recorded if "input" in r}
    choose, union = unitresolve.choose, unitresolve.province_union
    hits = {"choose": 0, "union": 0}

    def plain(found: unitresolve.Resolved | None) -> tuple[str, str, str, str | None] | None:
        return found and (found.unit_id, found.name, found.level, found.province_id)

    def checked_choose(ctx: Context, ids: list[str], mention: Mention | None = None) -> unitresolve.Resolved | None:
        hits["choose"] += ("choose", *ids, ctx.text[mention.start:mention.end] if mention else None) in ctx.rows
        found = choose(ctx, ids, mention)
        row, _ = unitresolve._choose(ctx, ids, mention)
        assert plain(found) == plain(row and unitresolve._from_row(row)), (ids, ctx.text[:200])
        return found

    def checked_union(ctx: Context, province_id: str, written: str | None = None) -> unitresolve.Resolved | None:
        then = unitresolve.province_then(ctx, province_id, written)  # the province on the date (Huế before 2025)
        hits["union"] += ("union", then) in ctx.rows
        found = union(ctx, province_id, written)
        row = ctx.gaz.place_unit(then, "ldld-province", ctx.date)
        assert plain(found) == plain(row and unitresolve._from_row(row)), (province_id, ctx.date)
        return found

    monkeypatch.setattr(unitresolve, "choose", checked_choose)
    monkeypatch.setattr(unitresolve, "province_union", checked_union)
    for _, inputs in tagging_record.corpus(stored):
        src = inputs["source"]
        tag_units(inputs["text"], title=inputs["title"], published=inputs["published"],
                  source=SourceContext(**src) if src else None)
    for title, text, published, _ in composed_articles(100):
        tag_units(text, title=title, published=published)
    assert hits["choose"] > 300 and hits["union"] > 300, hits
    # the same name of two districts, each placed by the province after it: told apart each time
    twice = ("Ngày 5/3, Liên đoàn Lao động huyện Bảo Lâm, tỉnh Cao Bằng tổ chức hội nghị. Cùng ngày, Liên đoàn "
             "Lao động huyện Bảo Lâm, tỉnh Lâm Đồng trao quà cho đoàn viên.")
    found = [t.unit_id for t in tag_units(twice, title="Tin hoạt động", published="2023-03-05")]
    assert found == ["ldld-cao-bang--bao-lam", "ldld-lam-dong--bao-lam"]
