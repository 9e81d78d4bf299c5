"""Clustering syndicated copies at scale: MinHash signatures, LSH candidates, verification and
clusters over 200,000 generated articles with known copies (`make bench`, group "copies").

Articles are random sentences over the syllables of the sample web's text (so shingles are as
rare as in real prose), dated 2019-2025. Of them, 4 % are republications of an earlier article
within five days (a credit line added, the last paragraph dropped, a word changed): the truth.
Another 2 % are template look-alikes: an article rewritten with other numbers (dates, figures),
which must not be called copies. Set UNIONWATCH_BENCH_COPIES to change the size.
"""

from __future__ import annotations

import os
import random
import re
import time
from datetime import date, timedelta

from crawler.sampleweb.content import CONTENT
from enrich import copies

N = int(os.environ.get("UNIONWATCH_BENCH_COPIES", "200000"))
COPY_SHARE, LOOKALIKE_SHARE = 0.04, 0.02
LEVELS = ("national", "province", "province", "district", "district", "district")


def vocabulary() -> list[str]:
    text = (CONTENT / "bank.toml").read_text(encoding="utf-8") + (CONTENT / "seeds.json").read_text(encoding="utf-8")
    words = sorted({w for w in re.findall(r"[^\W\d_]+", text.lower()) if len(w) > 1})
    return words


def article(rng: random.Random, words: list[str]) -> dict:
    paragraphs = []
    for _ in range(rng.randint(3, 7)):
        sentences = []
        for _ in range(rng.randint(1, 3)):
            body = " ".join(rng.choices(words, k=rng.randint(12, 30)))
            sentences.append(f"{body} {rng.randint(2, 9999)} {rng.choice(words)} ngày {rng.randint(1, 28)}/{rng.randint(1, 12)}.")
        paragraphs.append(" ".join(sentences))
    day = date(2019, 1, 1) + timedelta(days=rng.randrange(2500))
    return {"title": " ".join(rng.choices(words, k=rng.randint(8, 14))), "text": "\n".join(paragraphs),
            "published": day.isoformat() + "T08:00:00+07:00", "level": rng.choice(LEVELS), "first_seen": ""}


def corpus(n: int, seed: int = 14) -> tuple[dict[str, dict], set[tuple[str, str]], set[str]]:
    """Articles by id, the true (copy, original) pairs, and the look-alike ids."""
    rng = random.Random(seed)
    words = vocabulary()
    articles: dict[str, dict] = {}
    truth: set[tuple[str, str]] = set()
    lookalikes: set[str] = set()
    for i in range(n):
        aid = f"a{i:07d}"
        roll = rng.random()
        if i > 100 and roll < COPY_SHARE + LOOKALIKE_SHARE:
            source_id = f"a{rng.randrange(i):07d}"
            source = articles[source_id]
            day = date.fromisoformat(source["published"][:10]) + timedelta(days=rng.randint(1, 5))
            if roll < COPY_SHARE:
                paragraphs = source["text"].split("\n")
                if len(paragraphs) > 3:
                    paragraphs = paragraphs[:-1]
                text = "(congdoan.vn) - " + "\n".join(paragraphs).replace(" và ", " cùng ", 1)
                truth.add((aid, source.get("original", source_id)))
                original = source.get("original", source_id)
            else:
                text = re.sub(r"\d+", lambda m: str(int(m.group()) + rng.randint(1, 9)), source["text"])
                lookalikes.add(aid)
                original = None
            articles[aid] = {"title": source["title"], "text": text, "published": day.isoformat() + "T15:00:00+07:00",
                             "level": rng.choice(LEVELS), "first_seen": "", **({"original": original} if original else {})}
        else:
            articles[aid] = article(rng, words)
    return articles, truth, lookalikes


def run() -> dict:
    started = time.perf_counter()
    articles, truth, lookalikes = corpus(N)
    generated = time.perf_counter() - started
    print(f"{N} generated articles ({len(truth)} copies, {len(lookalikes)} template look-alikes) in {generated:.1f} s")

    started = time.perf_counter()
    sigs = {aid: s for aid, a in articles.items() if (s := copies.signature(a["title"], a["text"])) is not None}
    hashing = time.perf_counter() - started
    print(f"signatures: {len(sigs) / hashing:,.0f} articles/s ({hashing:.1f} s)")

    result = copies.CopyResult(articles=len(sigs))
    started = time.perf_counter()
    links = copies.link_copies(sigs, lambda ids: {i: articles[i] for i in ids}, result,
                               {i: articles[i].get("published") for i in sigs})
    clustering = time.perf_counter() - started
    found = {(link["article_id"], link["canonical_id"]) for link in links}
    # A copy of a copy is linked to the first original of its cluster, as the truth says.
    hits = len(found & truth)
    precision = hits / len(found) if found else 0.0
    recall = hits / len(truth) if truth else 1.0
    false_lookalikes = sum(1 for a, _ in found if a in lookalikes)
    print(f"LSH + verification + clusters: {clustering:.1f} s; {result.candidates:,} candidate pairs, "
          f"{result.pairs:,} verified, {result.clusters:,} clusters, {result.copies:,} copies")
    print(f"precision {precision:.4f}, recall {recall:.4f}; look-alikes called copies: {false_lookalikes}")
    print(f"total (signatures + clustering): {hashing + clustering:.1f} s for {N:,} articles")
    return {
        "articles": N, "true_copies": len(truth), "lookalikes": len(lookalikes),
        "signatures_per_s": round(len(sigs) / hashing), "signature_s": round(hashing, 1),
        "clustering_s": round(clustering, 1), "total_s": round(hashing + clustering, 1),
        "candidates": result.candidates, "verified_pairs": result.pairs, "clusters": result.clusters,
        "copies_found": result.copies, "precision": round(precision, 4), "recall": round(recall, 4),
        "lookalikes_called_copies": false_lookalikes,
    }
