"""The quick refusal of a lower-case "công đoàn" (enrich/unitrefusal.py) refuses only heads the Reader's
whole cascade reads as nothing: every head of the recorded corpus, and the words any rule reads (and
words of the corpus) put after "công đoàn" and "công đoàn cơ sở" in the contexts that change a reading."""

from __future__ import annotations

import re

import pytest

from enrich.gazetteer import gazetteer
from enrich.unitbrands import brands
from enrich.unitheads import HEAD, head_starts
from enrich.unitmention import COMMUNE_TYPES, DISTRICT_TYPES, PROVINCE_TYPES
from enrich.unitnames import Reader
from enrich.unitrefusal import _lead, refusal
from enrich.unittext import View
from tests import tagging_record


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return tagging_record.recorded_texts()


def _checked(text: str, every: bool = True) -> tuple[int, int, int]:
    """Every "Công đoàn" head of a text: (heads, heads read as nothing, heads refused); asserts that each
    refused head is one the Reader reads as nothing (with ``every`` False, only refused heads are read)."""
    view = View.of(text)
    reader = Reader(view, gazetteer())
    heads = nothing = refusals = 0
    for at in head_starts(view.text, view.folded):
        m = HEAD.match(view.text, at)
        if m is None or m.lastgroup != "cd":
            continue
        heads += 1
        refuse = reader._refused(m)
        read = reader._read(m) if every or refuse else None
        nothing += read is None
        if refuse:
            refusals += 1
            assert read is None, (view.text[max(0, at - 40):at + 80], read)
    return heads, nothing, refusals


def test_refused_heads_are_read_as_nothing(texts: list[str]) -> None:
    heads = nothing = refusals = 0
    for text in texts:
        counts = _checked(text)
        heads, nothing, refusals = heads + counts[0], nothing + counts[1], refusals + counts[2]
    assert heads > 5000 and refusals > 1000 and refusals < nothing, (heads, nothing, refusals)


def _rule_words() -> list[str]:
    gaz = gazetteer()
    words = [w for group in gaz.words.values() for w in group]
    words += list(PROVINCE_TYPES + DISTRICT_TYPES + COMMUNE_TYPES) + list(brands()) + list(gaz.sector_keys)
    words += [w for key in gaz.alias_lengths for w in key.partition(":")[2].split(" ")]
    words += [f"ngành {name}" for row in gaz.sectors.values() for name in [row["name"], *row["aliases"].split(";")] if name]
    more = ["nhà trường", "cơ sở nhà trường", "phối hợp với", "và", "cơ quan", "ngành", "Ngành", "khu công nghiệp",
            "các khu công nghiệp", "Việt Nam", "Liên đoàn Bản đồ", "đại diện người lao động", "thành viên", "cơ sở"]
    return sorted({form for w in words + more for form in (w, w.lower(), w[:1].upper() + w[1:], w.upper())})


def _corpus_words(texts: list[str]) -> list[str]:
    found: set[str] = set()
    for text in texts[::3]:
        found.update(re.findall(r"[^\W\d_]+", text))
    return sorted(w for w in found if w[:1].islower())


BEFORE = ["", "Ngày 5/3, ", "Chủ tịch ", "bà Lan - Chủ tịch ", "các Chủ tịch ", "Đại hội ", "Đại hội XI ", "15 ",
          "tổ chức ", "các ", "đường ", "ban chấp hành "]
AFTER = ["", " tiếp tục", ", Đoàn Thanh niên Công ty An Phát", " Hà Nội", " xã Hòa Bình", " Trường Tiểu học Kim Đồng",
         " công nghiệp Việt Nam", " Việt Nam", ".", " hợp với Đoàn Thanh niên Bệnh viện X", " An Phát tỉnh Nam Định",
         " trường tiểu học Kiên Đài", " quan xã Tam Hưng", "\nNgày 5/3", " Công ty TNHH An Phát", " huyện Gia Lâm"]
SEPARATORS = [" ", ",", ", ", "\n", ". ", " - ", "  "]


@pytest.mark.parametrize("middle", ["", "cơ sở ", "cơ sở thành viên ", "Cơ sở "])
def test_words_after_the_head_are_refused_only_when_nothing_is_read(texts: list[str], middle: str) -> None:
    """Each word in twelve contexts (every text before the head, separators and texts after it in turn),
    one passage a word."""
    words = _rule_words() + _corpus_words(texts)[::3]
    refusals = 0
    for i, word in enumerate(words):
        lines = [f"{before}công đoàn{SEPARATORS[(k + i) % len(SEPARATORS)]}{middle}{word}{AFTER[(3 * k + i) % len(AFTER)]}"
                 for k, before in enumerate(BEFORE)]
        refusals += _checked("Tin hoạt động\n" + "\n".join(lines), every=False)[2]
    assert refusals > 1000, refusals


def test_words_are_kept_by_their_leading_run() -> None:
    table = refusal(gazetteer())
    assert _lead("GD&ĐT") == "gd" and _lead("Cty.") == "cty" and _lead(", X") == "" and _lead("TNHH") == "tnhh"
    assert "công" in table.at_head and "tỉnh" in table.at_head and "nhà" in table.after_cs
    assert not table.open and "cong" in table.alias_words


READ = [
    "Ông A, Chủ tịch công đoàn, cho biết", "bà B - Chủ tịch công đoàn phối hợp với chuyên môn",
    "công đoàn cơ sở phối hợp với Đoàn Thanh niên Bệnh viện Bạch Mai tổ chức", "công đoàn, Đoàn Thanh niên Công ty An Phát",
    "công đoàn và Đoàn Thanh niên Công ty An Phát", "công đoàn nhà trường tổ chức", "công đoàn cơ sở nhà trường",
    "công đoàn cơ quan xã Tam Hưng", "công đoàn xã Hòa Bình", "công đoàn phường Diên Hồng", "công đoàn tỉnh Nam Định",
    "công đoàn huyện Gia Lâm", "công đoàn ngành giáo dục huyện Gia Lâm", "công đoàn giáo dục huyện Gia Lâm",
    "công đoàn khu công nghiệp tỉnh Bắc Ninh", "công đoàn các khu công nghiệp Hà Nội", "công đoàn công ty An Phát",
    "công đoàn trường tiểu học Kiên Đài", "công đoàn cơ sở trường Tiểu học Kim Đồng", "công đoàn cơ sở xã Hòa Bình",
    "công đoàn cơ sở ngành giáo dục thị xã Sơn Tây", "công đoàn cơ sở thành viên Công ty An Phát",
    "công đoàn cơ sở Công ty TNHH An Phát", "công đoàn cơ sở THCS Kim Đồng", "công đoàn cơ sở chợ phường Diên Hồng",
    "công đoàn Tổng công ty Sông Đà", "công đoàn Bệnh viện Bạch Mai", "Đại hội XI công đoàn Kiên Giang",
    "công đoàn cơ sở Agribank Chi nhánh tỉnh Nghệ An tổ chức", "công đoàn cơ sở Vietcombank Hải Dương",
    "công đoàn Dệt May Việt Nam", "công đoàn Thạnh Trị", "công đoàn Vietcombank", "công đoàn TKV",
]


def test_heads_a_rule_reads_are_not_refused() -> None:
    """One lower-case head for each rule of the cascade that reads one: read, and not refused."""
    gaz = gazetteer()
    for passage in READ:
        view = View.of("Tin hoạt động\n" + passage)
        reader = Reader(view, gaz)
        m = HEAD.search(view.text)
        assert m is not None and m.lastgroup == "cd" and view.text[m.start()] == "c", passage
        assert reader._read(m) is not None, passage
        assert not reader._refused(m), passage
