"""Syndicated copies: the same story republished by several portals, found by MinHash/LSH.

1. Shingles: 5-syllable shingles of the folded title and text (no diacritics, đ -> d,
   lower case), so a copy that lost or gained diacritics or spacing still matches.
2. Signatures: a 128-permutation MinHash per article (datasketch's affine32 scheme, computed
   with numpy over all the shingles at once), stored with the content hash it was made from;
   only new and edited articles are hashed again, mostly in the tagging pass's workers.
3. Candidates: LSH over every signature (the 32 bands of 4 values datasketch's MinHashLSH uses
   at ``LSH_THRESHOLD``, grouped by sorting, band by band in the workers: enrich/lsh.py), then
   the estimated Jaccard similarity at ``LSH_THRESHOLD``, low enough to catch a pick-up that
   kept only half of the story.
4. Verification on the texts themselves: a candidate pair is a copy when ``CONTAINMENT`` of the
   shorter text's shingles are in the other (a shortened or lightly edited copy scores 0.9 and
   more; two stories written from one template with other names and figures about 0.7), and
   the two were published within ``WINDOW_DAYS`` (a yearly meeting reported in the same words
   is a new story, not a copy), and the shorter text's numbers (dates, figures) are mostly
   (``FIGURES``) in the other: a copy repeats its original's facts, while two reports written
   from one template ("lớp tập huấn cho 200 học viên" here, "cho 310 học viên" there) differ
   exactly in them. The shingles are compared as fingerprints (enrich/fingerprints.py) that
   the tagging pass's workers make with the signature, or the workers make from the texts.
5. Clusters: connected components of the copies. ``article_copies.similarity`` is the
   containment of each copy with its original. The canonical article is the earliest
   published; on the same day, the higher publisher (national, province, sector, district,
   commune), then the first seen. Every other member is a copy of it.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable, Iterable
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import date

import numpy as np
from sqlite_utils import Database

from crawler import store_research
from enrich.fingerprints import Prints, fingerprint
from enrich.lsh import BANDS, ROWS, band_pairs  # noqa: F401 (the bands are read as copies.BANDS, copies.ROWS)
from enrich.markstrip import fold
from enrich.workers import WorkerPool, batched

NUM_PERM = 128
SHINGLE = 5
LSH_THRESHOLD = 0.4
CONTAINMENT = 0.9
FIGURES = 0.6
WINDOW_DAYS = 60
MIN_SHINGLES = 20  # shorter texts (a photo caption) say too little to call anything a copy
LEVEL_RANK = {"national": 0, "province": 1, "sector": 2, "district": 3, "commune": 4}
_WORD = re.compile(r"\w+")
_DIGITS = re.compile(r"\d+")
# datasketch's MinHash(num_perm=NUM_PERM, seed=1, scheme="affine32") permutations and its
# MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM) bands, computed here as datasketch
# does (tests hold them to datasketch), so that signatures stay the ones stored before.
_RANDOM = np.random.RandomState(1)
_A = _RANDOM.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
_B = _RANDOM.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)


def _line(title: str, text: str) -> tuple[bytes, list[int]]:
    """The folded title's and text's words joined by single spaces, as UTF-8, and the shingles' cuts: shingle i is
    ``data[cuts[i] + 1 : cuts[i + SHINGLE]]`` (cuts: -1, then where each word ends; none under ``SHINGLE`` words)."""
    words = _WORD.findall(fold(f"{title}\n{text}"))
    data = " ".join(words).encode()
    if len(words) < SHINGLE:
        return data, []
    # a word holds no space: the line's spaces end its words, in bytes whatever the script
    return data, [-1, *np.flatnonzero(np.frombuffer(data, dtype=np.uint8) == 32).tolist(), len(data)]


def _cut(data: bytes, cuts: list[int]) -> list[bytes]:
    """The shingles of ``_line``'s line at its cuts, in order (repeats kept)."""
    return [data[a + 1 : b] for a, b in zip(cuts, cuts[SHINGLE:], strict=False)]


def _grams(title: str, text: str) -> list[bytes]:
    """Every 5-syllable shingle of the folded title and text, in order (repeats kept)."""
    return _cut(*_line(title, text))


def shingles(title: str, text: str) -> set[bytes]:
    """5-syllable shingles of the folded title and text."""
    return set(_grams(title, text))


def _mix(values: np.ndarray) -> np.ndarray:
    """The MurmurHash3 32-bit finalizer (datasketch's pre-mix of the affine32 scheme)."""
    values = values ^ (values >> np.uint32(16))
    values = values * np.uint32(0x85EBCA6B)
    values = values ^ (values >> np.uint32(13))
    values = values * np.uint32(0xC2B2AE35)
    return values ^ (values >> np.uint32(16))


def minhash(forward: np.ndarray) -> np.ndarray:
    """The minimum of each permutation over the shingles' CRC-32 (uint32, wrapping as datasketch's): one
    permutation a row, the sum made in place, the minimum along the rows (a third less time than the
    shingles-by-permutations product, the same values)."""
    values = np.multiply.outer(_A, _mix(forward))
    values += _B[:, None]
    return values.min(axis=1)


def signature(title: str, text: str) -> np.ndarray | None:
    """The MinHash values (uint32) of an article, or None when it is too short: the minimum
    over the shingles' CRC-32, mixed, of each of ``NUM_PERM`` affine permutations."""
    return signed(title, text)[0]


def signed(title: str, text: str, prints: bool = False) -> tuple[np.ndarray | None, np.ndarray | None]:
    """``signature`` and, with ``prints``, the verification fingerprint of the same shingles
    (``printed(title, text)``; None with no signature: never a candidate)."""
    data, cuts = _line(title, text)
    grams = _cut(data, cuts)
    if len(set(grams)) < MIN_SHINGLES:
        return None, None
    # every shingle's place hashed, repeats too: the minimum and the fingerprint's set are the same
    forward = np.fromiter(map(zlib.crc32, grams), dtype=np.uint32, count=len(grams))
    values = minhash(forward)
    return values, _fingerprint(data, cuts, forward) if prints else None


def _fingerprint(data: bytes, cuts: list[int], forward: np.ndarray | None = None) -> np.ndarray:
    bounds = np.array(cuts, dtype=np.int64)
    return fingerprint(data, bounds[:-SHINGLE] + 1, bounds[SHINGLE:], forward)


def printed(title: str, text: str) -> np.ndarray:
    """The verification fingerprint of the shingles of the title and text (``signed``'s, whatever their number)."""
    return _fingerprint(*_line(title, text))


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.count_nonzero(a == b)) / len(a)


@dataclass
class CopyResult:
    """What a clustering run did."""

    hashed: int = 0
    articles: int = 0
    candidates: int = 0
    pairs: int = 0
    clusters: int = 0
    copies: int = 0
    changed: int = 0


def _within(a: str | None, b: str | None, days: int) -> bool:
    if not a or not b:
        return True
    return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days) <= days


def _block(published: str | None) -> int | None:
    """The ``WINDOW_DAYS``-long block of days a publication date falls in (None: undated)."""
    try:
        return date.fromisoformat(published[:10]).toordinal() // WINDOW_DAYS if published else None
    except ValueError:
        return None


def _blocks(published: dict[str, str | None], keys: list[str]) -> list[int | None]:
    """``_block`` of each key's date, worked out once per day."""
    days: dict[str, int | None] = {}
    out = []
    for k in keys:
        value = published.get(k)
        if not value:
            out.append(None)
            continue
        day = value[:10]
        if day not in days:
            days[day] = _block(value)
        out.append(days[day])
    return out


def _close_in_time(pairs: list[tuple[str, str, float]], info: dict[str, dict], days: int) -> list[tuple[str, str]]:
    """The pairs ``_within`` ``days`` of each other, with each article's date read once."""
    ordinals: dict[str, int | str | None] = {}
    parsed: dict[str, int | str] = {}
    for aid in dict.fromkeys(x for a, b, _ in pairs for x in (a, b)):
        value = info[aid].get("published")
        if not value:
            ordinals[aid] = None
            continue
        day = value[:10]
        if day not in parsed:
            try:
                parsed[day] = date.fromisoformat(day).toordinal()
            except ValueError:
                parsed[day] = value  # left to _within, which says what is wrong with it
        ordinals[aid] = parsed[day] if isinstance(parsed[day], int) else value
    out = []
    for a, b, _ in pairs:
        x, y = ordinals[a], ordinals[b]
        if x is None or y is None:
            out.append((a, b))
        elif isinstance(x, int) and isinstance(y, int):
            if abs(x - y) <= days:
                out.append((a, b))
        elif _within(info[a].get("published"), info[b].get("published"), days):
            out.append((a, b))
    return out


def candidate_pairs(
    sigs: dict[str, np.ndarray], published: dict[str, str | None] | None = None, workers: WorkerPool | None = None,
) -> list[tuple[str, str, float]]:
    """(a, b, estimate) pairs, a < b, whose estimated Jaccard similarity reaches
    ``LSH_THRESHOLD`` and whose signatures agree in at least one of ``BANDS`` bands (MinHash LSH).

    With ``published`` (article id -> date), only articles that can be within ``WINDOW_DAYS`` of
    each other are compared: articles in the same block of that many days or in blocks side by
    side (an undated article with every other, as verification lets it pair with any date).
    Years of a recurring report written from one template ("Tháng Công nhân" every May) then
    cost nothing, where comparing the whole store would offer every year's report as a
    candidate of every other. Pairs come in the order of their first article's block (blocks
    in order of appearance), then of that article in ``sigs``, then of the second article's id.
    The bands and the estimates are worked out in ``workers`` (else in this process).
    """
    published = published or {}
    keys = list(sigs)
    if len(keys) < 2:
        return []
    rows = [sigs[k] for k in keys]
    if len({r.shape for r in rows}) > 1:
        raise ValueError("signatures of different lengths")
    matrix = np.concatenate(rows).reshape(len(rows), -1).astype(np.uint32)
    blocks = _blocks(published, keys)
    dated = np.array([b is not None for b in blocks])
    block = np.array([b if b is not None else 0 for b in blocks], dtype=np.int64)
    pairs, shared = band_pairs(matrix, block, dated, workers)
    del matrix
    i, j = pairs[:, 0], pairs[:, 1]
    scores = shared / NUM_PERM
    kept = scores >= LSH_THRESHOLD
    i, j, scores = i[kept], j[kept], scores[kept]
    rank = np.empty(len(keys), dtype=np.int64)
    rank[sorted(range(len(keys)), key=keys.__getitem__)] = np.arange(len(keys))
    first = np.where(rank[i] < rank[j], i, j)  # the pair's smaller id
    second = np.where(rank[i] < rank[j], j, i)
    appearance: dict[int | None, int] = {}
    for b in blocks:
        appearance.setdefault(b, len(appearance))
    block_order = np.array([appearance[b] for b in blocks], dtype=np.int64)
    order = np.lexsort((rank[second], first, block_order[first]))
    return [(keys[a], keys[b], score) for a, b, score in
            zip(first[order].tolist(), second[order].tolist(), scores[order].tolist(), strict=True)]


def containment(a: set[bytes], b: set[bytes]) -> float:
    """Share of the smaller shingle set found in the other."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def numbers(title: str, text: str) -> set[str]:
    """The numbers of a text, each part of a date or figure on its own ("10/11/2021" -> 10,
    11, 2021), without leading zeros."""
    return {d.lstrip("0") or "0" for d in _DIGITS.findall(f"{title}\n{text}")}


def same_facts(a: set[str], b: set[str]) -> bool:
    """Whether the shorter list of numbers is mostly found in the other (texts with fewer
    than three numbers say too little to tell)."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return len(small) < 3 or len(small & large) / len(small) >= FIGURES


def prints_batch(rows: list[tuple[str, str, str]]) -> list[tuple[str, bytes]]:
    """(id, fingerprint bytes) of (id, title, text) rows (run by a worker)."""
    return [(aid, printed(title, text).tobytes()) for aid, title, text in rows]


Texts = Callable[[list[str]], Iterable[tuple[str, str | None, str | None]]]


def _texts_in(info: dict[str, dict]) -> Texts:
    """(id, title, text) of articles whose ``info`` holds their texts."""
    return lambda ids: ((aid, info[aid]["title"], info[aid]["text"]) for aid in ids)


def verify(
    pairs: list[tuple[str, str, float]], info: dict[str, dict], workers: WorkerPool | None = None,
    texts: Texts | None = None, prints: Prints | None = None,
) -> list[tuple[str, str, float]]:
    """The candidate pairs that are copies, scored by containment. ``info`` maps article ids to
    their published date (and their title and text, unless ``texts(ids)`` reads them, in
    order). Fingerprints found in ``prints`` (kept by the tagging pass) are not made again;
    the others are hashed in ``workers`` (else in this process), each article once, a batch at
    a time; the pairs are scored in the workers too. Only the articles of pairs that share
    enough shingles have their numbers read."""
    workers = workers or WorkerPool(1)
    read = texts or _texts_in(info)
    within = _close_in_time(pairs, info, WINDOW_DAYS)
    with (Prints() if prints is None else nullcontext(prints)) as kept_prints:
        needed = [x for x in dict.fromkeys(x for pair in within for x in pair) if x not in kept_prints]
        rows = ((aid, title or "", text or "") for aid, title, text in read(needed))
        for done in workers.map(prints_batch, batched(rows, 200)):
            for aid, data in done:
                kept_prints.add(aid, data)
        close = [(a, b, score) for (a, b), score in zip(within, kept_prints.scores(within, workers), strict=True)
                 if score >= CONTAINMENT]
    involved = list(dict.fromkeys(x for a, b, _ in close for x in (a, b)))
    facts = {aid: numbers(title or "", text or "") for aid, title, text in read(involved)}
    return [(a, b, round(score, 3)) for a, b, score in close if same_facts(facts[a], facts[b])]


def clusters(ids: Iterable[str], pairs: Iterable[tuple[str, str]]) -> list[list[str]]:
    """Connected components (of two or more) of a pair graph, by union-find."""
    parent = {i: i for i in ids}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[str]] = {}
    for i in parent:
        groups.setdefault(root(i), []).append(i)
    return [sorted(g) for g in groups.values() if len(g) > 1]


def canonical(members: list[str], info: dict[str, dict]) -> str:
    """The original of a cluster: earliest day, then the higher publisher, then first seen."""
    def rank(aid: str) -> tuple:
        row = info.get(aid, {})
        day = (row.get("published") or "")[:10] or "9999"
        return (day, LEVEL_RANK.get(row.get("level") or "", 9), row.get("first_seen") or "", aid)

    return min(members, key=rank)


def signature_batch(articles: list[dict]) -> list[dict]:
    """Signature rows of a batch of articles (run by a worker); an empty signature for a text
    too short to have one."""
    rows = []
    for article in articles:
        values = signature(article["title"], article["text"])
        rows.append({
            "article_id": article["id"], "content_hash": article["content_hash"],
            "signature": b"" if values is None else values.tobytes(),
        })
    return rows


def update_signatures(db: Database, workers: WorkerPool | None = None) -> int:
    """Hash new and edited articles (in ``workers``, else in this process); returns how many
    were hashed."""
    rows, hashed = [], 0
    articles = batched(store_research.articles_for_signatures(db), 200)
    for done in (workers or WorkerPool(1)).map(signature_batch, articles):
        hashed += len(done)
        rows += done
        if len(rows) >= 2000:
            store_research.save_signatures(db, rows)
            rows = []
    store_research.save_signatures(db, rows)
    return hashed


def _score(texts: Texts, aid: str, other: str) -> float:
    """Containment of two articles linked only through other members of their cluster."""
    (_, title_a, text_a), (_, title_b, text_b) = list(texts([aid, other]))
    return round(containment(shingles(title_a, text_a), shingles(title_b, text_b)), 3)


def link_copies(
    sigs: dict[str, np.ndarray], info_for: Callable[[list[str]], dict[str, dict]], result: CopyResult,
    published: dict[str, str | None] | None = None, workers: WorkerPool | None = None,
    texts_for: Texts | None = None, prints: Prints | None = None,
) -> list[dict]:
    """Copy links (article_id, canonical_id, similarity, cluster_size) among ``sigs``;
    ``info_for(ids)`` gives the candidates' published, first_seen and level, and their title
    and text unless ``texts_for(ids)`` reads them; ``published`` (id -> date) limits the
    comparisons to articles that can be copies by date."""
    candidates = candidate_pairs(sigs, published=published, workers=workers)
    result.candidates = len(candidates)
    info = info_for(sorted({x for a, b, _ in candidates for x in (a, b)}))
    texts = texts_for or _texts_in(info)
    kept = verify(candidates, info, workers, texts, prints)
    result.pairs = len(kept)
    scores = {(a, b): score for a, b, score in kept}
    links = []
    for members in clusters({x for a, b, _ in kept for x in (a, b)}, [(a, b) for a, b, _ in kept]):
        original = canonical(members, info)
        result.clusters += 1
        for aid in members:
            if aid != original:
                pair = (min(aid, original), max(aid, original))
                links.append({
                    "article_id": aid, "canonical_id": original, "cluster_size": len(members),
                    "similarity": scores.get(pair) or _score(texts, aid, original),
                })
    result.copies = len(links)
    return links


def cluster_copies(db: Database, workers: WorkerPool | None = None, prints: Prints | None = None) -> CopyResult:
    """Refresh signatures (in ``workers``, else in this process), cluster the whole store and
    write copy_of / copies / syndication. ``prints``: fingerprints already made in this run."""
    result = CopyResult(hashed=update_signatures(db, workers))
    sigs, published = {}, {}
    for aid, blob, day in store_research.signatures(db):
        if blob:
            sigs[aid] = np.frombuffer(blob, dtype=np.uint32)
            published[aid] = day
    result.articles = len(sigs)
    links = link_copies(
        sigs, lambda ids: store_research.copy_candidates(db, ids, texts=False), result, published, workers,
        texts_for=lambda ids: store_research.copy_texts(db, ids), prints=prints,
    )
    result.changed = store_research.replace_copies(db, links)["changed"]
    return result
