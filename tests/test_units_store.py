"""Unit tags in the store: discovered units, old and new province facets, the gazetteer files."""

from __future__ import annotations

import csv
from datetime import date

from crawler import store
from crawler.registry import Source
from enrich.catalog import DATA
from enrich.run import enrich_store


def source(**kw) -> Source:
    values = {"id": "tld-bao", "name": "Tổng Liên đoàn Lao động Việt Nam", "unit_level": "national",
              "url": "http://bao.example/", "listing_urls": ("http://bao.example/tin",), "unit_id": "tld",
              "active_from": date(2000, 1, 1)}
    values.update(kw)
    return Source(**values)


def save(db, url, title, text, published, source_id="tld-bao", province=None):
    store.save_article(db, {"url": url, "source_id": source_id, "title": title, "text": text,
                            "published": published, "province": province})


def rows(db, sql, params=()):
    return [tuple(r) for r in db.execute(sql, params).fetchall()]


def test_national_articles_get_the_province_of_their_subject(fresh_db):
    store.upsert_sources(fresh_db, [source()])
    save(fresh_db, "http://bao.example/1", "Đại hội Công đoàn xã Lập Thạch lần thứ I",
         "Ngày 30/10, Công đoàn xã Lập Thạch tổ chức Đại hội. Dự Đại hội có lãnh đạo LĐLĐ tỉnh Phú Thọ.",
         "2025-10-30T08:00:00+07:00")
    save(fresh_db, "http://bao.example/2", "Trao quà Tết cho công nhân",
         "LĐLĐ huyện Bình Lục tổ chức trao quà Tết cho công nhân lao động.", "2021-01-20T08:00:00+07:00")
    save(fresh_db, "http://bao.example/3", "Hội nghị Ban Chấp hành", "Tổng LĐLĐ Việt Nam họp.",
         "2022-01-20T08:00:00+07:00")
    result = enrich_store(fresh_db)
    assert result.articles == 3
    places = dict((r[0], r[1:]) for r in rows(fresh_db, "SELECT url, province, province_new FROM articles"))
    assert places["http://bao.example/1"] == ("Phú Thọ", "Phú Thọ")
    assert places["http://bao.example/2"] == ("Hà Nam", "Ninh Bình")
    assert places["http://bao.example/3"] == (None, None)
    unit = rows(fresh_db, "SELECT level, province, province_new, parent_id, discovered FROM units "
                          "WHERE id = 'cd-phu-tho-2025--xa-lap-thach'")
    assert unit == [("commune", "Phú Thọ", "Phú Thọ", "ldld-phu-tho-2025", 1)]
    tagged = rows(fresh_db, "SELECT unit_id, role, au.province, au.province_new FROM article_units au "
                            "JOIN articles a ON a.id = au.article_id WHERE a.url = 'http://bao.example/2'")
    assert set(tagged) == {("tld", "publisher", None, None),
                           ("ldld-ha-nam--binh-luc", "subject", "Hà Nam", "Ninh Bình")}


def test_source_province_wins_and_facets_follow_the_merger(fresh_db):
    store.upsert_sources(fresh_db, [source(id="ha-nam", name="Liên đoàn Lao động tỉnh Hà Nam", unit_level="province",
                                           province="Hà Nam", unit_id="ldld-ha-nam")])
    save(fresh_db, "http://p.example/1", "Liên đoàn Lao động tỉnh tổ chức hội nghị",
         "Liên đoàn Lao động tỉnh tổ chức hội nghị với LĐLĐ TP HCM.", "2023-05-01T08:00:00+07:00",
         source_id="ha-nam", province="Hà Nam")
    enrich_store(fresh_db)
    assert rows(fresh_db, "SELECT province, province_new FROM articles") == [("Hà Nam", "Ninh Bình")]
    roles = set(rows(fresh_db, "SELECT unit_id, role FROM article_units"))
    assert roles == {("ldld-ha-nam", "publisher"), ("ldld-ha-nam", "subject"), ("ldld-ho-chi-minh", "subject")}


def read(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_gazetteer_files_are_consistent():
    provinces = {r["id"]: r for r in read("provinces.csv")}
    former = {r["id"]: r for r in read("provinces_former.csv")}
    assert not former.keys() & provinces.keys()
    for row in former.values():  # split before 1997 into today's provinces (or another former one), or merged whole
        if row["successor_id"]:  # into one of today's (Hà Tây into Hà Nội, 2008)
            assert not row["split_into"] and row["successor_id"] in provinces and row["valid_to"] < "2025"
        else:
            assert row["valid_to"] < "1997" and all(p in provinces or p in former for p in row["split_into"].split(";"))
    districts = {r["id"] for r in read("districts.csv")}
    communes = {r["id"] for r in read("communes.csv")}
    units = read("units.csv")
    ids = [u["id"] for u in units]
    assert len(ids) == len(set(ids))
    for unit in units:
        assert not unit["province_id"] or unit["province_id"] in provinces or unit["province_id"] in former, unit["id"]
        assert not unit["province_new_id"] or unit["province_new_id"] in provinces, unit["id"]
        assert not unit["district_id"] or unit["district_id"] in districts, unit["id"]
        assert not unit["parent_id"] or unit["parent_id"] in ids, unit["id"]
        assert not unit["successor_id"] or unit["successor_id"] in ids, unit["id"]
        if unit["kind"] == "commune":
            assert unit["id"].removeprefix("cd-") in communes, unit["id"]
        assert "CĐ đoàn" not in unit["aliases"]
    levels = {u["level"] for u in units}
    assert levels <= {"national", "province", "district", "sector", "commune", "grassroots"}
    def on(day):
        return [p for p in provinces.values() if (p["valid_from"] or day) <= day <= (p["valid_to"] or day)]

    assert (len(on("2024-06-30")), len(on("2025-06-30")), len(on("2025-07-01"))) == (63, 63, 34)


def test_unionwatch_tag_reports_units_with_both_provinces():
    import json

    from tests.conftest import run_cli

    line = json.dumps({"id": "a1", "date": "2025-09-12", "title": "Thêm một Công đoàn cấp xã ở Ninh Bình",
                       "text": "Ninh Bình - Liên đoàn Lao động (LĐLĐ) tỉnh vừa trao quyết định thành lập "
                               "Công đoàn xã Gia Vân."}, ensure_ascii=False)
    result = run_cli("tag", input=line + "\n")
    assert result.returncode == 0, result.stderr
    units = json.loads(result.stdout)["units"]
    assert [(u["name"], u["level"], u["province"], u["province_new"], u["role"]) for u in units] == [
        ("Liên đoàn Lao động tỉnh Ninh Bình", "province", "Ninh Bình", "Ninh Bình", "subject"),
        ("Công đoàn xã Gia Vân", "commune", "Ninh Bình", "Ninh Bình", "subject"),
    ]
    assert units[0]["evidence"] == "Liên đoàn Lao động (LĐLĐ) tỉnh"


def test_enrich_all_prunes_discovered_units_no_article_names_any_more(fresh_db):
    store.upsert_sources(fresh_db, [source()])
    url = "http://bao.example/4"
    save(fresh_db, url, "Trao quà Tết", "Công đoàn Công ty TNHH May Hòa Bình trao quà Tết cho công nhân.",
         "2022-01-20T08:00:00+07:00", province="Hà Nam")
    enrich_store(fresh_db)
    discovered = {r[0] for r in rows(fresh_db, "SELECT id FROM units WHERE discovered = 1")}
    old = next(i for i in discovered if "may-hoa-binh" in i)
    save(fresh_db, url, "Trao quà Tết", "Công đoàn Công ty TNHH Dệt Phúc Lộc trao quà Tết cho công nhân.",
         "2022-01-20T08:00:00+07:00", province="Hà Nam")
    enrich_store(fresh_db)
    assert rows(fresh_db, "SELECT id FROM units WHERE id = ?", (old,)) == [(old,)]  # kept until --all
    gazetteer_rows = rows(fresh_db, "SELECT count(*) FROM units WHERE discovered = 0")
    enrich_store(fresh_db, everything=True)
    assert rows(fresh_db, "SELECT id FROM units WHERE id = ?", (old,)) == []
    assert any("det-phuc-loc" in r[0] for r in rows(fresh_db, "SELECT id FROM units WHERE discovered = 1"))
    assert rows(fresh_db, "SELECT count(*) FROM units WHERE discovered = 0") == gazetteer_rows
    assert not rows(fresh_db, "SELECT unit_id FROM article_units WHERE unit_id NOT IN (SELECT id FROM units)")


def test_a_union_of_a_province_split_before_1997_is_stored_with_its_name(fresh_db):
    enrich_store(fresh_db)
    assert rows(fresh_db, "SELECT province, province_new FROM units WHERE id IN ('ldld-song-be', 'lhcd-ha-noi') "
                          "ORDER BY id") == [("Sông Bé", None), ("Hà Nội", "Hà Nội")]
