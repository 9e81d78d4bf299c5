"""The copy check's fingerprints kept from the tagging pass: the same hashes as made from the
texts, and verification (pairs scored in workers from the file, numbers read only for close
pairs) keeping exactly the pairs and scores of its earlier, all-in-memory definition."""

from __future__ import annotations

import zlib

import numpy as np
import pytest

from bench.copies import corpus
from crawler import textnorm
from enrich import copies
from enrich.fingerprints import Prints, shared
from enrich.workers import WorkerPool


def _old_fingerprint(grams: set[bytes]) -> np.ndarray:
    forward = np.fromiter(map(zlib.crc32, grams), dtype=np.uint64, count=len(grams))
    backward = np.fromiter((zlib.crc32(g[::-1]) for g in grams), dtype=np.uint64, count=len(grams))
    return np.sort(((forward << np.uint64(32)) | backward).view(np.int64))


def _old_shared(a: np.ndarray, b: np.ndarray) -> float:
    if not len(a) or not len(b):
        return 0.0
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    found = np.searchsorted(large, small)
    found[found == len(large)] = 0
    return int(np.count_nonzero(large[found] == small)) / min(len(a), len(b))


def _old_verify(pairs: list[tuple[str, str, float]], info: dict[str, dict]) -> list[tuple[str, str, float]]:
    """Verification as it was: every candidate's fingerprint and numbers held in memory."""
    within = [(a, b) for a, b, _ in pairs
              if copies._within(info[a].get("published"), info[b].get("published"), copies.WINDOW_DAYS)]
    prints, facts = {}, {}
    for aid in dict.fromkeys(x for pair in within for x in pair):
        title, text = info[aid]["title"] or "", info[aid]["text"] or ""
        prints[aid], facts[aid] = _old_fingerprint(copies.shingles(title, text)), copies.numbers(title, text)
    kept = []
    for a, b in within:
        score = _old_shared(prints[a], prints[b])
        if score >= copies.CONTAINMENT and copies.same_facts(facts[a], facts[b]):
            kept.append((a, b, round(score, 3)))
    return kept


@pytest.fixture(scope="module")
def generated():
    """3,000 generated articles with republished copies and template look-alikes (numbers
    changed), their signatures and candidate pairs."""
    articles, truth, lookalikes = corpus(3000, seed=5)
    sigs = {aid: s for aid, a in articles.items() if (s := copies.signature(a["title"], a["text"])) is not None}
    pairs = copies.candidate_pairs(sigs, {aid: articles[aid]["published"] for aid in sigs})
    return articles, truth, lookalikes, pairs


def test_signature_and_fingerprint_of_the_same_shingles():
    texts = [("Tin", "một hai ba " * 30), ("Đoàn viên", "Liên đoàn Lao động tỉnh Nghệ An " * 9), ("", "ngắn quá")]
    for title, text in texts:
        values, kept = copies.signed(title, text, prints=True)
        alone = copies.signature(title, text)
        if alone is None:
            assert values is None and kept is None
            continue
        assert np.array_equal(values, alone)
        assert np.array_equal(kept, copies.printed(title, text))
        grams = copies.shingles(title, text)
        assert np.array_equal(np.sort(kept.view(np.uint64) >> np.uint64(32)), np.sort(_old_fingerprint(grams).view(np.uint64) >> np.uint64(32)))
        assert copies.signed(title, text)[1] is None


@pytest.mark.parametrize("workers", [1, 2])
@pytest.mark.parametrize("kept_share", [0, 2, 1])  # none, every second, all kept from tagging
def test_verification_keeps_the_pairs_and_scores_of_its_old_definition(generated, workers, kept_share, monkeypatch):
    articles, truth, lookalikes, pairs = generated
    expected = _old_verify(pairs, articles)
    rejected = {(a, b) for a, b, _ in pairs} - {(a, b) for a, b, _ in expected}
    assert len(expected) > 50 and any(a in lookalikes or b in lookalikes for a, b in rejected)
    with WorkerPool(workers) as pool, Prints() as prints:
        if kept_share:
            for n, (aid, article) in enumerate(articles.items()):
                if n % kept_share == 0:
                    _, kept = copies.signed(article["title"], article["text"], prints=True)
                    if kept is not None:
                        prints.add(aid, kept.tobytes())
        original = Prints.scores  # small batches of scores, so that many go through the workers
        monkeypatch.setattr(Prints, "scores", lambda self, p, w, batch=37: original(self, p, w, batch))
        assert copies.verify(pairs, articles, pool, prints=prints) == expected
    assert copies.verify(pairs, articles) == expected


def test_a_fingerprint_is_kept_once_and_its_file_removed():
    with Prints() as prints:
        prints.add("a", np.arange(5, dtype=np.int64).tobytes())
        prints.add("a", np.arange(9, dtype=np.int64).tobytes())
        prints.add("b", np.arange(3, 12, dtype=np.int64).tobytes())
        path = prints.path
        assert len(prints) == 2 and "a" in prints and "c" not in prints
        assert list(prints.scores([("a", "b"), ("b", "a")], WorkerPool(1))) == [2 / 5, 2 / 5]
    assert not path.exists() and not path.parent.exists()


def test_dates_read_once_per_day_say_what_the_date_functions_say():
    import random

    rng = random.Random(3)
    days = [None, "", "2024-02-29T08:00:00+07:00", "2023-12-31", "2024-01-01T23:59:00+07:00", "2025-06-30"]
    days += [f"2024-{m:02d}-{d:02d}T0{h}:00:00+07:00" for m in (1, 3, 4) for d in (1, 15, 28) for h in (1, 8)]
    info = {f"a{n}": {"published": rng.choice(days)} for n in range(300)}
    pairs = [(f"a{rng.randrange(300)}", f"a{rng.randrange(300)}", 0.5) for _ in range(3000)]
    for window in (0, 30, 60):
        assert copies._close_in_time(pairs, info, window) == [
            (a, b) for a, b, _ in pairs if copies._within(info[a]["published"], info[b]["published"], window)]
    published = {k: v["published"] for k, v in info.items()}
    assert copies._blocks(published, [*info, "unknown"]) == [copies._block(published.get(k)) for k in [*info, "unknown"]]
    # a date that cannot be read: undated for the blocks, an error when compared with a date
    info = {"a": {"published": "2024-13-01"}, "b": {"published": None}, "c": {"published": "2024-01-01"}}
    assert copies._close_in_time([("a", "b", 0.5)], info, 60) == [("a", "b")]
    assert copies._blocks({"a": "2024-13-01"}, ["a"]) == [None]
    with pytest.raises(ValueError):
        copies._close_in_time([("a", "b", 0.5), ("a", "c", 0.5)], info, 60)


@pytest.mark.parametrize("workers", [1, 2])
def test_candidate_pairs_worked_out_in_workers_are_those_of_one_process(generated, workers, monkeypatch):
    from enrich import lsh

    articles, _, _, pairs = generated
    sigs = {aid: s for aid, a in articles.items() if (s := copies.signature(a["title"], a["text"])) is not None}
    published = {aid: articles[aid]["published"] for aid in sigs}
    monkeypatch.setattr(lsh, "SCORE_PART", 50)  # many parts of estimates
    with WorkerPool(workers) as pool:
        assert copies.candidate_pairs(sigs, published, pool) == pairs
    assert len(pairs) > 100 and not lsh._LOADED


def test_the_minhash_is_the_product_over_shingles_and_permutations(generated):
    """Every signature of the generated corpus as the shingles-by-permutations product made it (the values stored)."""
    articles = generated[0]
    checked = 0
    for article in list(articles.values())[::7]:
        grams = copies.shingles(article["title"], article["text"])
        if len(grams) < copies.MIN_SHINGLES:
            continue
        forward = np.fromiter(map(zlib.crc32, grams), dtype=np.uint32, count=len(grams))
        product = (copies._mix(forward)[:, None] * copies._A + copies._B).min(axis=0)
        assert np.array_equal(copies.minhash(forward), product)
        assert np.array_equal(copies.signature(article["title"], article["text"]), product)
        checked += 1
    assert checked > 300


def test_the_shingles_are_the_joined_words_whatever_the_script(generated):
    """Shingles cut from the line's bytes are the five words joined, on lines with and without non-ASCII characters."""
    texts = [(a["title"], a["text"]) for a in list(generated[0].values())[::11]]
    texts += [("Tin", "Số “đặc biệt” m² — ½ 漢字 ﬁ Ⅻ x²y " * 4), ("", "một hai ba bốn"), ("", "một hai ba bốn năm")]
    ascii_lines = 0
    for title, text in texts:
        words = copies._WORD.findall(textnorm.fold(f"{title}\n{text}"))
        ascii_lines += " ".join(words).isascii()
        joined = [" ".join(words[i : i + copies.SHINGLE]).encode() for i in range(len(words) - copies.SHINGLE + 1)]
        assert copies._grams(title, text) == joined
    assert 0 < ascii_lines < len(texts)


def test_a_fingerprint_holds_one_hash_a_shingle_and_scores_as_the_sets_do(generated):
    """The fingerprints of the generated corpus: one hash for each distinct shingle, its high half the shingle's
    CRC-32, its low half the same for the same shingle in any article and place; the containment of candidate pairs
    as the sets of shingles give it, and as the earlier fingerprints (the CRC-32 of the reversed shingle) gave it."""
    articles, _, _, pairs = generated
    ids = list(dict.fromkeys(x for a, b, _ in pairs[:400] for x in (a, b)))
    texts = {aid: (articles[aid]["title"] or "", articles[aid]["text"] or "") for aid in ids}
    new = {aid: copies.printed(*texts[aid]) for aid in ids}
    grams = {aid: copies.shingles(*texts[aid]) for aid in ids}
    low: dict[bytes, int] = {}
    for aid in ids:
        assert len(new[aid]) == len(grams[aid])
        data, cuts = copies._line(*texts[aid])
        halves = new[aid].view(np.uint64)
        assert sorted((halves >> np.uint64(32)).tolist()) == sorted(map(zlib.crc32, grams[aid]))
        by_crc = dict(zip((halves >> np.uint64(32)).tolist(), (halves & np.uint64(0xFFFFFFFF)).tolist(), strict=True))
        for gram in grams[aid]:
            assert low.setdefault(gram, by_crc[zlib.crc32(gram)]) == by_crc[zlib.crc32(gram)]
    for a, b, _ in pairs[:400]:
        expected = copies.containment(grams[a], grams[b])
        assert shared(new[a], new[b]) == expected
        assert _old_shared(_old_fingerprint(grams[a]), _old_fingerprint(grams[b])) == expected
    assert len(low) > 10_000 and any(copies.containment(grams[a], grams[b]) < 1 for a, b, _ in pairs[:400])
