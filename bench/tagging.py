"""Tagging speed: articles per second on one core, and `unionwatch enrich --all` on a large store.

Articles are ~3 KB of composed union news (the sample web's composer, four composed articles
joined, about two citations each) and, for a harder case, 3 KB slices of the development set's
real passages (a citation every 150 characters). The store is generated with executemany and
then tagged from scratch with the enrich path the command runs. The rates are per article: each is
timed after calls on 20 articles of another generated web, which load what a process loads once (the
catalog; the gazetteer, its indexes and the learned reader's model; the indexes only some articles need),
whose CPU time is printed beside it, with the rate it would give counted in; the timed articles' own
per-text caches stay cold. The resolution tagger and the whole tagger are timed by turns, 100 articles
each, so that both meet the same state of the machine: on this shared machine a rate alone swings by a
third from run to run, their ratio much less, and the chunks' spread, the hash seed, the garbage
collections and the memory growth while timed are printed to read a figure by. Beside the per-article figure
(the target's), a batched line: the whole tagger on as many other composed articles in runs of ``TAG_BATCH``
(``enrich.tag_each``: the resolutions of a run, then its units, as `unionwatch enrich`'s workers and `unionwatch tag`
tag), a third stage of the same turns, and its time over the per-article tagger's. Sizes:

    BENCH_TAGGING_ARTICLES   articles timed in memory (default 2000)
    BENCH_ENRICH_ARTICLES    articles in the generated store (default 3000)

The enrich time is split by timing each tagger again on (up to 1000 of) the store's own articles:
resolution tagging, unit tagging, and the rest (store reads and writes, copies, targets). These
articles are joined from a few templates, so the copy check compares most pairs of them: a worst
case for "the rest", not a rate to scale up. The 200,000-article figure is bench/enrich.py's.
"""

from __future__ import annotations

import gc
import hashlib
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from crawler import compiled, store
from crawler.sampleweb.generate import generate_portals
from enrich import tag, tag_each
from enrich.resolutions import tag_resolutions
from enrich.run import TAG_BATCH, enrich_store
from tests.eval.resolutions import load_devset

ARTICLE_CHARS = 3000
WARM_ARTICLES = 20  # untimed, from another generated web: the loading of first use
CHUNK = 100  # articles a stage is timed on before the other stage takes its turn
BATCHED_SEED = "bench-batched"  # the batched line's articles: as many as the per-article figure's, of another web
Article = tuple[str, str, str, str]


def composed_articles(n: int, seed: str = "bench") -> list[tuple[str, str, str, str]]:
    """n (title, text, published, province) of about 3 KB from generated portals."""
    per_portal = 64
    portals = generate_portals(max(1, min(120, (n * 4) // per_portal + 1)), per_portal, seed=seed)
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


def _first_use(fn, items) -> float:
    """CPU seconds of calls made before a rate is timed, on articles that are not timed: what a process
    loads once, on first use (the catalog, the gazetteer and their indexes, the learned reader's model,
    and the indexes only some articles need: titles, congress names, sectors), kept out of the per-article
    rate and reported beside it. The timed articles' own per-text caches stay cold."""
    started = time.process_time()
    for item in items:
        fn(item)
    return time.process_time() - started


def _interleaved(stages: dict[str, Callable[[Article], object]], items: list[Article], chunk: int = CHUNK,
                 runs: dict[str, tuple[Callable[[list[Article]], object], list[Article]]] | None = None,
                 ) -> dict[str, list[float]]:
    """CPU seconds of each stage over each chunk of ``items``, the stages taking turns chunk by chunk: the
    stages meet the same state of the machine within a fraction of a second of each other, so their
    ratio holds where a rate alone swings with the machine. ``runs``: stages given a whole chunk at a time, each
    of its own items (their chunk at the same place), after the others' turn."""
    spent: dict[str, list[float]] = {name: [] for name in (*stages, *(runs or {}))}
    for at in range(0, len(items), chunk):
        part = items[at : at + chunk]
        for name, fn in stages.items():
            started = time.process_time()
            for item in part:
                fn(item)
            spent[name].append(time.process_time() - started)
        for name, (whole, own) in (runs or {}).items():
            started = time.process_time()
            whole(own[at : at + chunk])
            spent[name].append(time.process_time() - started)
    return spent


def _in_runs(articles: list[Article]) -> None:
    """The whole tagger on ``articles`` in runs of ``TAG_BATCH`` (``enrich.tag_each``)."""
    for at in range(0, len(articles), TAG_BATCH):
        tag_each([{"text": a[1], "title": a[0], "published": a[2], "province": a[3]}
                  for a in articles[at : at + TAG_BATCH]])


class _Watch:
    """Garbage collections (and their wall time) and the growth of the resident memory over a block."""

    def __init__(self) -> None:
        self.collections = 0
        self.gc_seconds = 0.0
        self._started = 0.0
        self.rss_growth_mb = 0.0

    def _callback(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._started = time.perf_counter()
        else:
            self.collections += 1
            self.gc_seconds += time.perf_counter() - self._started

    def __enter__(self) -> _Watch:
        self._rss = _rss_mb()
        gc.callbacks.append(self._callback)
        return self

    def __exit__(self, *exc: object) -> None:
        gc.callbacks.remove(self._callback)
        self.rss_growth_mb = _rss_mb() - self._rss


def _rss_mb() -> float:
    try:
        with open("/proc/self/statm", encoding="ascii") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        return 0.0


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else 0.0


def hash_seed() -> str:
    """PYTHONHASHSEED as the process runs it: a number, or "random" (each process its own)."""
    value = os.environ.get("PYTHONHASHSEED", "")
    return value if value not in ("", "random") else "random"


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

    def resolve(a: Article) -> object:
        return tag_resolutions(a[1], published=a[2], province=a[3])

    def whole_tag(a: Article) -> object:
        return tag(a[1], title=a[0], published=a[2], province=a[3])

    warm = composed_articles(WARM_ARTICLES, seed="bench-warm")
    batched = composed_articles(len(articles), seed=BATCHED_SEED)  # its own: the per-article pass warms nothing for it
    resolutions_load = _first_use(resolve, warm)
    tag_load = _first_use(whole_tag, warm)
    with _Watch() as watch:
        spent = _interleaved({"resolutions": resolve, "tag": whole_tag}, articles,
                             runs={"tag_each": (_in_runs, batched)})
    resolutions = len(articles) / max(sum(spent["resolutions"]), 1e-9)
    whole = len(articles) / max(sum(spent["tag"]), 1e-9)
    dense_rate = _rate(lambda t: tag_resolutions(t, published="2022-06-01"), dense * 5)
    with_load = (len(articles) + len(warm)) / (len(articles) / whole + tag_load)
    chunks = [len(p) for p in (articles[i : i + CHUNK] for i in range(0, len(articles), CHUNK))]
    tag_rates = sorted(n / max(t, 1e-9) for n, t in zip(chunks, spent["tag"], strict=True))
    ratios = sorted(t / max(r, 1e-9) for t, r in zip(spent["tag"], spent["resolutions"], strict=True))
    in_runs = len(batched) / max(sum(spent["tag_each"]), 1e-9)
    over_tag = sorted(b / max(t, 1e-9) for b, t in zip(spent["tag_each"], spent["tag"], strict=True))
    print(f"resolution tagging, composed {chars:,.0f}-char articles: {resolutions:,.0f} articles/s (one core, CPU time; "
          f"{resolutions_load:.2f} s before it on {len(warm)} untimed articles, loading the catalog)")
    print(f"resolution tagging, dense 3 KB slices of real passages: {dense_rate:,.0f} articles/s")
    print(f"resolution + unit tagging (enrich.tag), composed articles: {whole:,.0f} articles/s ({tag_load:.2f} s "
          f"before it on the untimed articles, loading the gazetteer, its indexes and the learned reader; "
          f"{with_load:,.0f} articles/s with them counted in, over {len(articles) + len(warm):,} articles)")
    print(f"  the two timed by turns, {CHUNK} articles each: enrich.tag's chunks {tag_rates[0]:,.0f}-{tag_rates[-1]:,.0f} "
          f"articles/s (median {_median(tag_rates):,.0f}), its time over the resolutions' {ratios[0]:.2f}-{ratios[-1]:.2f} "
          f"(median {_median(ratios):.2f}; runs whose rates differ with this median steady differ by the machine)")
    print(f"  in runs of {TAG_BATCH} (enrich.tag_each: a run's resolutions, then its units, as `unionwatch enrich` and "
          f"`unionwatch tag` tag): {in_runs:,.0f} articles/s on {len(batched):,} other composed articles, a third stage of "
          f"the same turns; its time over enrich.tag's {over_tag[0]:.2f}-{over_tag[-1]:.2f} (median {_median(over_tag):.2f})")
    print(f"  PYTHONHASHSEED {hash_seed()}; {watch.collections} garbage collections ({watch.gc_seconds * 1000:.0f} ms), "
          f"resident memory {watch.rss_growth_mb:+.1f} MB while timed")
    print(f"tagging modules: {compiled.state()} (crawler/compiled.py; UNIONWATCH_PURE_PYTHON=1 for the sources)")

    figures: dict[str, object] = {
        "article_chars": round(chars),
        "resolutions_per_second": round(resolutions),
        "dense_resolutions_per_second": round(dense_rate),
        "tag_per_second": round(whole),
        "tag_chunk_per_second_range": [round(tag_rates[0]), round(tag_rates[-1])],
        "tag_over_resolutions_time_median": round(_median(ratios), 3),
        "tag_each_per_second": round(in_runs),
        "tag_each_over_tag_time_median": round(_median(over_tag), 3),
        "tag_first_use_seconds": round(tag_load, 3),
        "tag_per_second_with_first_use": round(with_load),
        "resolutions_first_use_seconds": round(resolutions_load, 3),
        "first_use_articles": len(warm),
        "hash_seed": hash_seed(),
        "gc_collections_timed": watch.collections,
        "gc_ms_timed": round(watch.gc_seconds * 1000, 1),
        "rss_growth_mb_timed": round(watch.rss_growth_mb, 1),
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
