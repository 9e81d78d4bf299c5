"""A large synthetic store for benchmarks: N tagged articles written from the sample web's sentence bank.

    from bench.synthetic import build
    path = build(200_000)          # bench/out/synthetic-200000-s0-v2.db, reused while it exists

Sources are real gazetteer units (provincial, district and sector unions) with their provinces
before and after 2025; articles are composed from content/bank.toml (topics, paragraphs and
citation sentences); about a third cite a document, tagged with the citation as evidence and its
offsets, like the tagger does. Each article keeps some of its topic's paragraphs and has one of
its own, made of sentences drawn from the bank and the seed articles: stories on one topic share
phrasing without being near-copies of each other, as in a real archive (ten bare templates
would make every article a near-duplicate of a tenth of the store). Rows go in with executemany
in batches through store.bulk_load. The same (n, seed, VERSION) always gives the same store.
"""

from __future__ import annotations

import json
import random
import re
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from crawler import store
from crawler.dates import VN_TZ
from crawler.sampleweb.compose import bank
from enrich.run import load_catalogs
from feeds.search import FOLD_TABLE

OUT = Path(__file__).resolve().parent / "out"
START, END = date(2018, 1, 1), date(2025, 11, 20)
CITE_RATE = 0.35
KEEP_PARAGRAPH = 0.7  # share of a topic's paragraphs an article keeps
OWN_SENTENCES = 4  # sentences of the article's own paragraph
SEEDS = Path(__file__).resolve().parent.parent / "crawler" / "sampleweb" / "content" / "seeds.json"
_SENTENCE_END = re.compile(r"(?<=[.;!?])\s+")
_CITATION = re.compile(r"\d+\s*[-/]\s*[A-ZĐ]|Nghị quyết|Chỉ thị|Kết luận", re.IGNORECASE)
BATCH = 5000
VERSION = 2  # of the composition: a store made by another version is not reused
_SLOT = re.compile(r"\{(\w+)\}")


def _sources(db, count: int, rng: random.Random) -> list[dict]:
    units = [
        dict(zip(("id", "name", "level", "province", "province_new"), r, strict=True))
        for r in db.execute(
            "SELECT id, name, level, province, province_new FROM units "
            "WHERE level IN ('province', 'district', 'sector') AND province IS NOT NULL ORDER BY id"
        ).fetchall()
    ]
    chosen = rng.sample(units, min(count, len(units)))
    return [
        {"id": f"syn-{u['id']}", "name": u["name"], "unit_level": u["level"], "province": u["province"],
         "province_new": u["province_new"], "url": f"http://{u['id']}.example.vn/",
         "listing_urls": json.dumps([f"http://{u['id']}.example.vn/tin-hoat-dong"]), "family": "generic",
         "unit_id": u["id"], "registry": "synthetic", "updated_at": store.now_iso()}
        for u in chosen
    ]


def fast_fold(text: str) -> str:
    """textnorm.fold for NFC text, one memoised character at a time (str.translate): fast."""
    return text.translate(FOLD_TABLE)


def _fill(template: str, fields: dict[str, str]) -> str:
    return _SLOT.sub(lambda m: fields.get(m.group(1), m.group(0)), template)


class Composer:
    """Articles from the bank, with their folded copy built from pre-folded parts."""

    def __init__(self, db, rng: random.Random):
        self.rng = rng
        self.bank = bank()
        latest = {}
        for key, code in db.execute("SELECT key, code FROM resolutions ORDER BY year"):
            latest[code] = key
        self.cites = [(c, [latest[k] for k in c.codes if k in latest]) for c in self.bank["cites"]]
        self.cites = [(c, keys) for c, keys in self.cites if keys]
        self.sentences = _sentence_pool(self.bank)

    def article(self, source: dict, published: datetime) -> tuple[dict, list[dict]]:
        rng = self.rng
        topic = rng.choice(self.bank["topic"])
        short = "LĐLĐ " + (source["province"] or "") if source["unit_level"] == "province" else source["name"]
        fields = {
            "unit": source["name"], "unit_short": short, "place": source["province"] or "",
            "dm": f"{published.day}/{published.month}", "year": str(published.year),
            "n1": str(rng.randrange(60, 400, 10)), "n2": str(rng.randrange(100, 1500, 50)),
            "n3": str(rng.randint(25, 70)), "n4": str(rng.randint(3, 12)),
            "company": rng.choice(self.bank["companies"]), "money": str(rng.randint(20, 900)),
        }
        cite = None
        if rng.random() < CITE_RATE:
            usable = [c for c in self.cites if c[0].after <= published.date()]
            cite = rng.choice(usable) if usable else None
        paragraphs = []
        for template in topic["paragraphs"]:
            if template == "{cite}":
                if cite:
                    paragraphs.append(cite[0].text)
                continue
            if not paragraphs or rng.random() < KEEP_PARAGRAPH:
                paragraphs.append(_fill(template, fields))
        own = " ".join(_fill(sentence, fields) for sentence in rng.sample(self.sentences, OWN_SENTENCES))
        paragraphs.insert(rng.randint(1, len(paragraphs)), own)
        title = _fill(rng.choice(topic["titles"]), fields)
        title = title[0].upper() + title[1:]
        text = "\n".join(paragraphs)
        tags = []
        if cite:
            for key in cite[1]:
                code = key.split("@")[0]
                at = text.find(code)
                tags.append({
                    "resolution_key": key, "code": code, "method": "exact",
                    "evidence": code if at >= 0 else cite[0].text[:40],
                    "evidence_start": at if at >= 0 else None,
                    "evidence_end": at + len(code) if at >= 0 else None, "sentence": cite[0].text,
                })
        return {
            "title": title, "text": text, "folded": fast_fold(title + "\n" + text),
            "body_html": "".join(f"<p>{p}</p>" for p in paragraphs),
        }, tags


def _sentence_pool(bank: dict) -> list[str]:
    """Sentences of the bank's topics and of the seed articles that cite no document (the
    store's resolution tags come from the citation sentences alone)."""
    texts = [p for topic in bank["topic"] for p in topic["paragraphs"] if p != "{cite}"]
    for article in json.loads(SEEDS.read_text(encoding="utf-8"))["articles"]:
        texts += [block[1].replace("\xa0", " ") for block in article["blocks"]]
    sentences = (s.strip() for text in texts for s in _SENTENCE_END.split(text))
    return sorted({s for s in sentences if len(s.split()) > 6 and not _CITATION.search(s)})


def _moment(rng: random.Random) -> datetime:
    day = START + timedelta(days=rng.randrange((END - START).days))
    return datetime(day.year, day.month, day.day, rng.randint(6, 20), rng.randint(0, 59), tzinfo=VN_TZ)


def generate(db, n: int, seed: int = 0, n_sources: int = 700) -> None:
    """Fill an empty migrated store with ``n`` articles from ``n_sources`` sources."""
    rng = random.Random(f"synthetic:{seed}")
    load_catalogs(db)
    sources = _sources(db, n_sources, rng)
    store.bulk_load(db, "sources", sources)
    composer = Composer(db, rng)
    seen = store.now_iso()
    articles, res_tags, unit_tags = [], [], []
    for i in range(n):
        source = sources[i % len(sources)]
        published = _moment(rng)
        body, tags = composer.article(source, published)
        url = f"{source['url']}tin/{i}.html"
        aid = store.article_id(url)
        day = published.date().isoformat()
        articles.append({
            "id": aid, "url": url, "source_id": source["id"], **body,
            "published": published.isoformat(), "published_day": day, "year": published.year,
            "month": day[:7], "author": rng.choice(["Minh Anh", "Thu Trang", "Văn Hùng", None]),
            "unit": source["name"], "unit_level": source["unit_level"], "province": source["province"],
            "province_new": source["province_new"], "content_hash": f"{i:040x}", "version": 1,
            "first_seen": seen, "last_seen": seen, "last_changed": seen, "tagged_hash": f"{i:040x}",
            "resolutions": json.dumps([t["code"] for t in tags], ensure_ascii=False),
            "units": json.dumps([source["name"]], ensure_ascii=False),
        })
        res_tags += [dict(t, article_id=aid) for t in tags]
        unit_tags.append({
            "article_id": aid, "unit_id": source["unit_id"], "role": "publisher", "name": source["name"],
            "level": source["unit_level"], "province": source["province"], "province_new": source["province_new"],
        })
        if len(articles) >= BATCH or i == n - 1:
            store.bulk_load(db, "articles", articles)
            store.bulk_load(db, "article_resolutions", res_tags)
            store.bulk_load(db, "article_units", unit_tags)
            articles, res_tags, unit_tags = [], [], []
    db.conn.execute("ANALYZE")


def build(n: int = 200_000, seed: int = 0, path: Path | None = None) -> Path:
    """The synthetic store of ``n`` articles, generated once and reused."""
    path = path or OUT / f"synthetic-{n}-s{seed}-v{VERSION}.db"
    if path.exists() and store.open_db(path, migrate=False).execute(
        "SELECT count(*) FROM articles"
    ).fetchone()[0] == n:
        store.open_db(path)  # migrations added since it was generated
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    started = time.perf_counter()
    db = store.open_db(path)
    generate(db, n, seed)
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    print(f"generated {n:,} articles in {path} in {time.perf_counter() - started:.1f} s", flush=True)
    return path


if __name__ == "__main__":
    import sys

    build(int(sys.argv[1]) if len(sys.argv) > 1 else 200_000)
