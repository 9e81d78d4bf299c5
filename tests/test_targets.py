"""Quantified commitments: the development set of real passages, the seed articles, the store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crawler import store
from enrich.run import enrich_store
from enrich.targets import find_targets, parse_number

PASSAGES = [json.loads(line) for line in
            (Path(__file__).parent / "data" / "targets" / "passages.jsonl").read_text(encoding="utf-8").splitlines()]
KEYS = ("figure", "measure", "comparator", "deadline", "kind")


def summary(target) -> dict:
    out = {k: getattr(target, k) for k in KEYS}
    if target.period:
        out["period"] = target.period
    if target.figure_max is not None:
        out["figure_max"] = target.figure_max
    return out


@pytest.mark.parametrize("passage", PASSAGES, ids=[p["id"] for p in PASSAGES])
def test_real_passages(passage):
    found = find_targets(passage["text"])
    assert [summary(t) for t in found] == passage["targets"]
    for t in found:
        assert passage["text"][t.start : t.end] == t.evidence
        assert t.evidence in t.sentence


def test_development_set_has_sources_and_negatives():
    assert len(PASSAGES) >= 20
    assert all(p["url"].startswith(("http", "shared/seeds/")) for p in PASSAGES)
    assert sum(not p["targets"] for p in PASSAGES) >= 8


@pytest.mark.parametrize("text, value", [("7.500", 7500), ("1.600.000", 1600000), ("2,2", 2.2), ("53,55", 53.55), ("85", 85)])
def test_vietnamese_numbers(text, value):
    assert parse_number(text) == value


def test_without_diacritics_nothing_is_invented_and_money_scales():
    assert find_targets("Huyen phan dau den nam 2025 co 7.500 doan vien.") == []  # measures need diacritics
    money = find_targets("Năm 2024 phấn đấu vận động Quỹ Xã hội Công đoàn 2,5 tỷ đồng.")
    assert [(t.figure, t.measure) for t in money] == [(2.5e9, "đồng")]


def test_seed_articles_through_the_store(fresh_db):
    """Seeds 000 and 001 as stored articles: targets with units, resolution and the title's
    duplicate dropped."""
    from crawler.sampleweb.content import CONTENT

    seeds = {a["key"]: a for a in json.loads((CONTENT / "seeds.json").read_text(encoding="utf-8"))["articles"]}
    db = fresh_db
    store.upsert_sources(db, [])
    for key, source, unit_id, name, province in (
        (2137, "binhluc-gov", "ldld-ha-nam--binh-luc", "Liên đoàn Lao động huyện Bình Lục", "Hà Nam"),
        (3321, "ldld-soc-trang", "ldld-soc-trang", "Liên đoàn Lao động tỉnh Sóc Trăng", "Sóc Trăng"),
    ):
        seed = seeds[key]
        db["sources"].insert({"id": source, "name": name, "unit_level": "province", "province": province,
                              "url": "http://127.0.0.1/", "listing_urls": "[]", "unit_id": unit_id})
        text = "\n".join(" ".join(b[1].split()) for b in seed["blocks"] if b[0] == "p" and b[1].strip())
        store.save_article(db, {"url": f"http://127.0.0.1/{key}", "source_id": source, "title": seed["title"],
                                "text": text, "published": seed["published"], "province": province})
    enrich_store(db)
    rows = [dict(zip([c[0] for c in cur.description], r, strict=True))
            for cur in [db.execute("SELECT * FROM targets ORDER BY article_id, id")] for r in cur.fetchall()]
    binh_luc = [r for r in rows if r["province"] == "Hà Nam"]
    soc_trang = [r for r in rows if r["province"] == "Sóc Trăng"]
    assert [(r["figure"], r["measure"], r["deadline"]) for r in binh_luc][:3] == [
        (7500, "đoàn viên", 2025), (85, "%", 2025), (500, "đoàn viên", 2025)]
    assert len(binh_luc) == 6 and len(soc_trang) == 2  # the title's 63.000 repeats the text's
    assert {r["resolution_key"] for r in rows} == {"02-NQ/TW@2021"}
    assert all(r["unit_id"] for r in rows)
    assert any(r["unit"] == "Liên đoàn Lao động huyện Bình Lục" for r in binh_luc)
    assert soc_trang[0]["sentence"].startswith("Đối với kế hoạch phát triển đoàn viên")
    again = enrich_store(db)
    assert again.targets == 0  # nothing stale


@pytest.mark.parametrize("head", ["", "doanh nghiệp ", "Các doanh nghiệp có", "x" * 40 + " "])
def test_qualifier_read_on_the_end_is_the_whole_search(head):
    """``_qualified`` reads only the end of the text: the same answer as the search of all of it,
    whatever the case, the spaces after the qualifier and what comes before it."""
    from enrich.targets import _QUALIFIER, _qualified

    words = ["có từ", "Sử dụng", "CÓ TRÊN", "có dưới", "từ", "Dưới", "sử  dụng", "có", "tư", "ừ", ""]
    for word in words:
        for tail in ["", " ", "   ", "\u00a0", " \t ", "\u2003 ", " 5", "x"]:
            before = f"{head}{word}{tail}"
            assert _qualified(before) == (_QUALIFIER.search(before) is not None), repr(before)


def test_cue_letters_match_on_lower_case_text_as_the_case_insensitive_search_matches():
    """Every character, lower-cased, matches a cue's letter, a word character or a digit exactly
    when the case-insensitive search takes it for one: the ground of ``_intent``'s quick path
    (texts whose lower case changes their length, or with "ı" or "ſ", take the plain search)."""
    import re

    from enrich.targets import _CUES

    kept = [chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000]
    kept = [c for c in kept if len(c.lower()) == 1 and c not in "\u0131\u017f"]
    text, lowered = "".join(kept), "".join(c.lower() for c in kept)
    letters = {ch for p, _ in _CUES for ch in p if ch.isalpha() or ch == " "}
    assert all(p == p.lower() for p, _ in _CUES)
    for letter in letters:
        found = {m.start() for m in re.finditer(re.escape(letter), text, re.IGNORECASE)}
        assert found == {m.start() for m in re.finditer(re.escape(letter), lowered)}, letter
    for kind in (r"\w", r"\d"):
        assert [m.start() for m in re.finditer(kind, text)] == [m.start() for m in re.finditer(kind, lowered)]


def _intent_plain(before: str) -> bool:
    """``_intent`` as first written: the case-insensitive search of the cues."""
    import re

    from enrich.targets import _CUE, _CUES

    last = None
    for match in _CUE.finditer(re.sub(r"\([^()]*\)", " ", before)):
        last = match
    return last is not None and _CUES[int(last.lastgroup[1:])][1]


def test_intent_is_the_case_insensitive_search():
    from enrich.targets import _intent

    passages = [json.loads(line)["text"] for name in ("resolutions", "units")
                for line in (Path(__file__).parent / "data" / "tagging" / f"{name}.jsonl").read_text().splitlines()]
    passages += [
        "PHẤN ĐẤU ĐẾN NĂM 2025 có 500 đoàn viên; ĐÃ ĐẠT 300 đoàn viên, Hoàn Thành Chỉ Tiêu 200 CĐCS",
        "Mục Tiêu (đã đạt 147% chỉ tiêu) 1.000 lao động; KẾT QUẢ 20 doanh nghiệp, İstanbul sẽ 5 %",
        "chı tiêu 5 đoàn viên, ſẽ 4 đoàn viên, Vượt Chỉ Tiêu 3 đoàn viên, Σ đã 2 %, đãi 1 %",
    ]
    for text in passages:
        for end in [*range(0, len(text), 5), len(text)]:
            assert _intent(text[:end]) == _intent_plain(text[:end]), text[:end]
