"""Syndicated copies: shingles, verification, clustering and the canonical original, on the
sample web's republished stories and on the store."""

from __future__ import annotations

import sqlite3

import pytest

from crawler import store
from crawler.urls import canonicalize
from enrich import copies
from tests.conftest import run_cli

ORIGINAL = (
    "Ngày 11/3, Liên đoàn Lao động tỉnh Nghệ An tổ chức hội nghị triển khai nhiệm vụ phát triển "
    "đoàn viên, thành lập công đoàn cơ sở năm 2024 với sự tham dự của lãnh đạo Liên đoàn Lao động "
    "các huyện, thị xã, thành phố và công đoàn ngành. Năm 2024 Liên đoàn Lao động tỉnh phấn đấu phát "
    "triển mới 7.500 đoàn viên, thành lập mới 40 công đoàn cơ sở; 100% doanh nghiệp có từ 25 lao "
    "động trở lên thành lập được tổ chức công đoàn."
)


def test_shingles_fold_diacritics_and_case():
    plain = "Lien doan lao dong tinh Nghe An to chuc hoi nghi trien khai nhiem vu"
    assert copies.shingles("", plain) == copies.shingles("", "LIÊN ĐOÀN Lao động tỉnh Nghệ An tổ chức hội nghị triển khai nhiệm vụ")
    assert copies.signature("Tin ngắn", "Quá ngắn để so sánh.") is None


def test_containment_and_facts_tell_a_copy_from_a_template():
    copy = ORIGINAL.replace("Ngày 11/3,", "(congdoan.vn) - Ngày 11/3,")
    other = ORIGINAL.replace("Nghệ An", "Hà Tĩnh").replace("11/3", "18/4").replace("7.500", "3.200").replace("40", "15")
    a, b, c = (copies.shingles("", t) for t in (ORIGINAL, copy, other))
    assert copies.containment(a, b) >= copies.CONTAINMENT
    assert copies.same_facts(copies.numbers("", ORIGINAL), copies.numbers("", copy))
    assert not copies.same_facts(copies.numbers("", ORIGINAL), copies.numbers("", other))
    assert copies.numbers("", "Sáng 10.11 và ngày 10/11/2021") == {"10", "11", "2021"}


def test_candidates_are_only_articles_that_can_be_copies_by_date():
    sig = copies.signature("", ORIGINAL)
    sigs = {k: sig for k in ("may", "june", "next-may", "undated")}
    published = {
        "may": "2024-05-10T08:00:00+07:00", "june": "2024-06-05T08:00:00+07:00",  # 26 days apart
        "next-may": "2025-05-10T08:00:00+07:00", "undated": None,
    }
    assert copies._block(published["may"]) != copies._block(published["june"])  # across a block edge
    pairs = {(a, b) for a, b, _ in copies.candidate_pairs(sigs, published=published)}
    assert pairs == {("june", "may"), ("june", "undated"), ("may", "undated"), ("next-may", "undated")}
    everything = {(a, b) for a, b, _ in copies.candidate_pairs(sigs)}
    assert len(everything) == 6 and all(score == 1.0 for *_, score in copies.candidate_pairs(sigs))


def test_signature_similarity_estimates_jaccard():
    sig = copies.signature("", ORIGINAL)
    assert sig is not None and sig.dtype.name == "uint32" and len(sig) == copies.NUM_PERM
    assert copies.similarity(sig, copies.signature("", ORIGINAL)) == 1.0
    unrelated = copies.signature("", "Giải bóng đá công nhân lao động năm 2023 khai mạc tại sân vận động "
                                     "thành phố với sự tham gia của mười sáu đội bóng đến từ các khu công nghiệp.")
    assert copies.similarity(sig, unrelated) < 0.2


def test_clusters_and_the_canonical_original():
    groups = copies.clusters("abcdef", [("a", "b"), ("b", "c"), ("e", "f")])
    assert sorted(groups) == [["a", "b", "c"], ["e", "f"]]
    info = {
        "d1": {"published": "2024-03-14T16:45:00+07:00", "level": "national", "first_seen": "x"},
        "p1": {"published": "2024-03-12T09:00:00+07:00", "level": "province", "first_seen": "x"},
        "n1": {"published": "2021-11-10T07:00:00+07:00", "level": "national", "first_seen": "x"},
        "h1": {"published": "2021-11-10T15:20:00+07:00", "level": "district", "first_seen": "x"},
    }
    assert copies.canonical(["d1", "p1"], info) == "p1"  # the earliest: a national pick-up is a copy
    assert copies.canonical(["h1", "n1"], info) == "n1"  # same day: the higher publisher


@pytest.fixture(scope="module")
def crawled(sample_registry, tmp_path_factory):
    db = tmp_path_factory.mktemp("copies") / "unionwatch.db"
    run_cli("crawl", "--registry", str(sample_registry), "--db", str(db), "--delay", "0")
    enrich = run_cli("enrich", "--db", str(db))
    assert enrich.returncode == 0, enrich.stderr
    return db


def test_the_sample_webs_republished_stories_are_found_and_nothing_else(crawled, sampleweb):
    truth = {canonicalize(e["url"]): canonicalize(e["copy_of"])
             for e in sampleweb.expected_articles() if e["copy_of"]}
    assert len(truth) == 3
    with sqlite3.connect(crawled) as conn:
        found = dict(conn.execute(
            "SELECT a.url, o.url FROM articles a JOIN articles o ON o.id = a.copy_of"
        ).fetchall())
        syndication = dict(conn.execute("SELECT syndication, count(*) FROM articles GROUP BY 1").fetchall())
        originals = {r[0] for r in conn.execute("SELECT url FROM articles WHERE syndication = 'original'")}
        counts = dict(conn.execute("SELECT url, copies FROM articles WHERE copies > 0").fetchall())
    assert found == truth
    assert syndication["copy"] == 3 and syndication["original"] == 2
    assert originals == set(truth.values())
    assert sorted(counts.values()) == [1, 2]


def test_clustering_again_changes_nothing_and_follows_edits(crawled):
    db = store.open_db(crawled)
    again = copies.cluster_copies(db)
    assert again.hashed == 0 and again.copies == 3 and again.changed == 0
    copy_id = db.execute("SELECT id FROM articles WHERE syndication = 'copy' ORDER BY id LIMIT 1").fetchone()[0]
    with db.conn:  # an edit that rewrites the copy into another story
        db.execute("UPDATE articles SET text = 'Bài viết đã được thay bằng một tin khác hẳn về giải bóng đá "
                   "công nhân lao động năm 2023 tại sân vận động tỉnh với mười sáu đội tham dự.', "
                   "content_hash = 'edited' WHERE id = ?", [copy_id])
    after = copies.cluster_copies(db)
    assert after.hashed == 1 and after.copies == 2
    assert db.execute("SELECT syndication, copy_of FROM articles WHERE id = ?", [copy_id]).fetchone() == ("unique", None)
