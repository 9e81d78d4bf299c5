"""Tagging speed: articles per second on one core, and `unionwatch enrich --all` on a large store.

Articles are ~3 KB of composed union news (the sample web's composer, four composed articles
joined, about two citations each) and, for a harder case, 3 KB slices of the development set's
real passages (a citation every 150 characters). The store is generated with executemany and
then tagged from scratch with the enrich path the command runs. The rates are per article: each is
timed after one call that loads what a process loads once (the catalog; the gazetteer, its indexes and
the learned reader's model), whose CPU time is printed beside it, with the rate it would give counted in. Sizes:

    BENCH_TAGGING_ARTICLES   articles timed in memory (default 2000)
    BENCH_ENRICH_ARTICLES    articles in the generated store (default 3000)

The enrich time is split by timing each tagger again on (up to 1000 of) the store's own articles:
resolution tagging, unit tagging, and the rest (store reads and writes, copies, targets). These
articles are joined from a few templates, so the copy check compares most pairs of them: a worst
case for "the rest", not a rate to scale up. The 200,000-article figure is bench/enrich.py's.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import time
from pathlib import Path

from crawler import compiled, store
from crawler.sampleweb.generate import generate_portals
from enrich import tag
from enrich.resolutions import tag_resolutions
from enrich.run import enrich_store
from tests.eval.resolutions import load_devset

ARTICLE_CHARS = 3000


def composed_articles(n: int) -> list[tuple[str, str, str, str]]:
    """n (title, text, published, province) of about 3 KB from generated portals."""
    per_portal = 64
    portals = generate_portals(max(1, min(120, (n * 4) // per_portal + 1)), per_portal, seed="bench")
    out: list[tuple[str, str, str, str]] = []
    for portal in portals:
        parts: list[str] = []
        for article in portal.articles:
            parts.append(article.text())
            if sum(map(len, parts)) >= ARTICLE_CHARS:
                out.append((article.title, "\n".join(parts), article.published.isoformat(), portal.province))
                parts = []
                if len(out) == n:
                    return out
    while len(out) < n:  # reuse when the generated web is smaller than asked
        out.append(out[len(out) % max(1, len(out))])
    return out


def dense_articles() -> list[str]:
    text = "\n".join(r["text"] for r in load_devset("all"))
    return [text[i : i + ARTICLE_CHARS] for i in range(0, len(text) - ARTICLE_CHARS // 2, ARTICLE_CHARS)]


def _rate(fn, items) -> float:
    started = time.process_time()
    for item in items:
        fn(item)
    return len(items) / max(time.process_time() - started, 1e-9)


def _first_call(fn, item) -> float:
    """CPU seconds of one call made before a rate is timed: what a process loads once, on first use (the
    catalog, the gazetteer and their indexes, the learned reader's model), kept out of the per-article rate
    and reported beside it."""
    started = time.process_time()
    fn(item)
    return time.process_time() - started


def _store(path: Path, articles: list[tuple[str, str, str, str]]) -> None:
    db = store.open_db(path)
    seen = store.now_iso()
    provinces = sorted({a[3] for a in articles})
    db["sources"].insert_all(
        [{"id": f"bench-{i}", "name": f"Liên đoàn Lao động tỉnh {p}", "unit_level": "province", "province": p,
          "url": f"http://bench{i}.example.vn/", "listing_urls": "[]"} for i, p in enumerate(provinces)]
    )
    source_of = {p: f"bench-{i}" for i, p in enumerate(provinces)}
    rows = []
    for i, (title, text, published, province) in enumerate(articles):
        url = f"http://bench.example.vn/tin/{i}"
        digest = hashlib.sha1(f"{i}{text}".encode()).hexdigest()
        rows.append((store.article_id(url), url, source_of[province], title, published, published[:10],
                     int(published[:4]), text, digest, seen, seen, seen))
    with db.conn:
        db.conn.executemany(
            "INSERT INTO articles (id, url, source_id, title, published, published_day, year, text, "
            "content_hash, first_seen, last_seen, last_changed) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            rows,
        )


def _split(db, articles: int, sample: int = 1000) -> tuple[float, float]:
    """Seconds the resolution and the unit tagger take on the store's articles (from a sample)."""
    from enrich.run import _source_context
    from enrich.units import tag_units

    rows = [r for _, r in zip(range(sample), store.articles_for_tagging(db, everything=True), strict=False)]
    if not rows:
        return 0.0, 0.0
    started = time.process_time()
    for r in rows:
        province = r.get("source_province")
        tag_resolutions(r["text"], published=r["published"], province=province)
        tag_resolutions(r["title"], published=r["published"], province=province)
    resolutions = time.process_time() - started
    started = time.process_time()
    for r in rows:
        tag_units(r["text"], title=r["title"], source=_source_context(r), published=r["published"])
    units = time.process_time() - started
    scale = articles / len(rows)
    return resolutions * scale, units * scale


def run() -> dict[str, object]:
    n_tag = int(os.environ.get("BENCH_TAGGING_ARTICLES", "2000"))
    n_store = int(os.environ.get("BENCH_ENRICH_ARTICLES", "3000"))
    articles = composed_articles(max(n_tag, 1))
    dense = dense_articles()
    chars = sum(len(a[1]) for a in articles) / len(articles)

    def resolve(a: tuple[str, str, str, str]) -> object:
        return tag_resolutions(a[1], published=a[2], province=a[3])

    def whole_tag(a: tuple[str, str, str, str]) -> object:
        return tag(a[1], title=a[0], published=a[2], province=a[3])

    resolutions_load = _first_call(resolve, articles[-1])
    resolutions = _rate(resolve, articles)
    dense_rate = _rate(lambda t: tag_resolutions(t, published="2022-06-01"), dense * 5)
    tag_load = _first_call(whole_tag, articles[-1])
    whole = _rate(whole_tag, articles)
    with_load = len(articles) / (len(articles) / whole + tag_load)
    print(f"resolution tagging, composed {chars:,.0f}-char articles: {resolutions:,.0f} articles/s (one core, CPU time; "
          f"first call {resolutions_load:.2f} s, loading the catalog)")
    print(f"resolution tagging, dense 3 KB slices of real passages: {dense_rate:,.0f} articles/s")
    print(f"resolution + unit tagging (enrich.tag), composed articles: {whole:,.0f} articles/s (first call "
          f"{tag_load:.2f} s, loading the gazetteer and the learned reader; {with_load:,.0f} articles/s with it "
          f"counted in, over {len(articles):,} articles)")
    print(f"tagging modules: {compiled.state()} (crawler/compiled.py; UNIONWATCH_PURE_PYTHON=1 for the sources)")

    figures: dict[str, object] = {
        "article_chars": round(chars),
        "resolutions_per_second": round(resolutions),
        "dense_resolutions_per_second": round(dense_rate),
        "tag_per_second": round(whole),
        "tag_first_call_seconds": round(tag_load, 3),
        "tag_per_second_with_first_call": round(with_load),
        "resolutions_first_call_seconds": round(resolutions_load, 3),
        "tagging_modules": compiled.state(),
    }
    if n_store <= 0:
        return figures
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.db"
        started = time.perf_counter()
        _store(path, composed_articles(n_store))
        built = time.perf_counter() - started
        db = store.open_db(path)
        started, wall = time.process_time(), time.perf_counter()
        result = enrich_store(db, everything=True)
        took, wall = time.process_time() - started, time.perf_counter() - wall
        resolution_share, unit_share = _split(db, result.articles)
    per_second = result.articles / took
    print(f"generated a store of {n_store:,} articles in {built:.1f} s")
    print(f"unionwatch enrich --all: {result.articles:,} articles in {took:.1f} s of CPU ({wall:.1f} s wall) = {per_second:,.0f} articles/s "
          f"({result.resolution_tags:,} resolution tags, {result.unit_tags:,} unit tags)")
    print(f"  of which resolution tagging (text and title) ~{resolution_share:.1f} s, unit tagging ~{unit_share:.1f} s, "
          f"the rest (store, copies, targets) ~{max(0.0, took - resolution_share - unit_share):.1f} s "
          "(template-made articles: nearly every pair is a copy candidate)")
    return {
        **figures,
        "enrich_articles": result.articles,
        "enrich_seconds": round(took, 2),
        "enrich_per_second": round(per_second),
        "enrich_resolution_seconds": round(resolution_share, 2),
        "enrich_unit_seconds": round(unit_share, 2),
    }


if __name__ == "__main__":
    run()
