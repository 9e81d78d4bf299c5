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
