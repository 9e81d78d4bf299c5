"""`enrich` over worker processes: exactly the rows of the one-process path, targets found in
the tagging pass as a pass of their own finds them, and the pool's order and bounds."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from crawler import store
from crawler.textnorm import fold
from enrich import copies, run, targets
from enrich.targets import update_targets
from enrich.workers import AHEAD, WorkerPool, batched
from tests import enrich_record
from tests.conftest import run_cli

ROOT = Path(__file__).resolve().parent.parent

TABLES = {
    "articles": "id, tagged_hash, resolutions, units, province, province_new, copy_of, copies, syndication, "
                "targets_hash",
    "article_resolutions": "*", "article_units": "*", "resolutions": "*", "units": "*", "targets": "*",
    "article_copies": "article_id, canonical_id, similarity, cluster_size", "article_signatures": "*",
}
def _contents(path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(path)
    try:
        return {t: sorted(conn.execute(f"SELECT {c} FROM {t}").fetchall(), key=repr) for t, c in TABLES.items()}
    finally:
        conn.close()


@pytest.fixture(scope="module")
def small_store(tmp_path_factory):
    """The recording's store: 240 generated articles, a few republished, two citing unknown codes."""
    return enrich_record.small_store(tmp_path_factory.mktemp("workers") / "store.db")


def _enriched(small_store, tmp_path, name, workers, everything=True) -> tuple[run.EnrichResult, object]:
    path = tmp_path / f"{name}.db"
    shutil.copyfile(small_store, path)
    db = store.open_db(path)
    result = run.enrich_store(db, everything=everything, workers=workers)
    db.conn.close()
    return result, path


def test_workers_write_exactly_the_rows_of_one_process(small_store, tmp_path, monkeypatch):
    # Small batches, so that many of them go through the workers and the writes interleave.
    monkeypatch.setattr(run, "TAG_BATCH", 7)
    monkeypatch.setattr(run, "WRITE_BATCH", 30)
    one, one_path = _enriched(small_store, tmp_path, "one", workers=1)
    two, two_path = _enriched(small_store, tmp_path, "two", workers=2)
    assert one == two
    assert one.articles == 247 and one.discovered >= 2 and one.copies >= 6 and one.targets > 0
    assert _contents(one_path) == _contents(two_path)


def test_targets_of_the_tagging_pass_are_those_of_a_pass_of_their_own(small_store, tmp_path):
    result, path = _enriched(small_store, tmp_path, "pass", workers=1)
    db = store.open_db(path)
    before = db.execute("SELECT * FROM targets ORDER BY id").fetchall()
    assert len(before) == result.targets > 0
    with db.conn:
        db.execute("DELETE FROM targets")
        db.execute("UPDATE articles SET targets_hash = NULL")
    assert update_targets(db, everything=True) == result.targets
    assert db.execute("SELECT * FROM targets ORDER BY id").fetchall() == before


def test_leftover_targets_and_signatures_use_the_workers(small_store, tmp_path, monkeypatch):
    """Tags current, targets and signatures missing (a store enriched before they existed)."""
    monkeypatch.setattr(targets, "BATCH", 9)
    _, one_path = _enriched(small_store, tmp_path, "first", workers=1)
    for name in ("a", "b"):
        shutil.copyfile(one_path, tmp_path / f"{name}.db")
        with sqlite3.connect(tmp_path / f"{name}.db") as conn:
            conn.execute("DELETE FROM targets")
            conn.execute("DELETE FROM article_signatures")
            conn.execute("UPDATE articles SET targets_hash = NULL")
    expected = _contents(one_path)
    for name, workers in (("a", 1), ("b", 2)):
        db = store.open_db(tmp_path / f"{name}.db")
        result = run.enrich_store(db, workers=workers)
        db.conn.close()
        assert result.articles == 0 and result.targets == len(expected["targets"])
        assert _contents(tmp_path / f"{name}.db") == expected


def _square(batch: list[int]) -> list[int]:
    if -1 in batch:
        raise ValueError("bad item")
    return [x * x for x in batch]


def test_pool_keeps_order_and_reads_only_a_few_batches_ahead():
    pulled = []

    def numbers():
        for x in range(1000):
            pulled.append(x)
            yield x

    with WorkerPool(2) as pool:
        results = pool.map(_square, batched(numbers(), 10))
        first = next(results)
        assert first == [x * x for x in range(10)]
        assert len(pulled) <= 10 * (AHEAD * 2 + 2)  # a few batches a worker in flight, and the one returned
        assert [y for batch in results for y in batch] == [x * x for x in range(10, 1000)]
    with WorkerPool(2) as pool, pytest.raises(ValueError, match="bad item"):
        list(pool.map(_square, batched([1, 2, 3, -1, 5, 6, 7, 8], 2)))


def test_signatures_and_bands_are_datasketchs():
    from datasketch import MinHash, MinHashLSH

    text = ("Ngày 11/3, Liên đoàn Lao động tỉnh Nghệ An tổ chức hội nghị triển khai nhiệm vụ phát triển "
            "đoàn viên, thành lập công đoàn cơ sở năm 2024 với sự tham dự của lãnh đạo Liên đoàn Lao động "
            "các huyện, thị xã, thành phố và công đoàn ngành; phấn đấu phát triển mới 7.500 đoàn viên.")
    for title, body in (("", text), ("Tin", text + " 北京 Москва đoàn viên công đoàn cơ sở")):
        grams = copies.shingles(title, body)
        words = copies._WORD.findall(fold(f"{title}\n{body}"))
        assert grams == {" ".join(words[i : i + copies.SHINGLE]).encode() for i in range(len(words) - 4)}
        reference = MinHash(num_perm=copies.NUM_PERM, seed=1, hashfunc=zlib.crc32, scheme="affine32")
        reference.update_batch(grams)
        assert (copies.signature(title, body) == reference.hashvalues.astype("uint32")).all()
    lsh = MinHashLSH(threshold=copies.LSH_THRESHOLD, num_perm=copies.NUM_PERM)
    assert (lsh.b, lsh.r) == (copies.BANDS, copies.ROWS)


def test_workers_option_of_the_command(small_store, tmp_path):
    path = tmp_path / "cli.db"
    shutil.copyfile(small_store, path)
    done = run_cli("enrich", "--db", str(path), "--workers", "2")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("enriched 247 articles")
    refused = run_cli("enrich", "--db", str(path), "--workers", "0")
    assert refused.returncode != 0 and "--workers" in refused.stderr


def _datasketch_pairs(sigs, published):
    """The candidate pairs as the earlier definition found them: one datasketch MinHashLSH per
    block of days, each article looked up in its own block and the two beside it."""
    import numpy as np
    from datasketch import MinHash, MinHashLSH

    def minhash(values):
        return MinHash(num_perm=copies.NUM_PERM, hashfunc=zlib.crc32, permutations=(copies._A, copies._B),
                       scheme="affine32", hashvalues=values.astype(np.uint64))

    hashes = {key: minhash(values) for key, values in sigs.items()}
    blocks: dict = {}
    for key in sigs:
        blocks.setdefault(copies._block(published.get(key)), []).append(key)
    indexes = {}
    for block, keys in blocks.items():
        lsh = MinHashLSH(threshold=copies.LSH_THRESHOLD, num_perm=copies.NUM_PERM)
        for key in keys:
            lsh.insert(key, hashes[key], check_duplication=False)
        indexes[block] = lsh
    pairs = []
    for block, keys in blocks.items():
        near = list(indexes) if block is None else [b for b in (block - 1, block, block + 1, None) if b in indexes]
        for key in keys:
            others = sorted({o for b in near for o in indexes[b].query(hashes[key]) if o > key})
            if others:
                scores = np.count_nonzero(np.stack([sigs[o] for o in others]) == sigs[key], axis=1) / copies.NUM_PERM
                pairs += [(key, o, float(s)) for o, s in zip(others, scores, strict=True) if s >= copies.LSH_THRESHOLD]
    return pairs


def test_candidate_pairs_are_those_of_datasketch_lsh():
    import random

    import numpy as np

    rng = random.Random(7)
    generator = np.random.default_rng(7)
    sigs, published = {}, {}
    for n in range(400):
        key = f"{rng.randrange(16**8):08x}-{n}"
        if n % 3 and sigs:  # a variant of an earlier signature: some bands kept, others changed
            base = sigs[rng.choice(list(sigs))].copy()
            changed = generator.random(copies.NUM_PERM) < rng.choice((0.1, 0.4, 0.7, 0.95))
            base[changed] = generator.integers(0, 2**32, int(changed.sum()), dtype=np.uint32)
            sigs[key] = base
        else:
            sigs[key] = generator.integers(0, 2**32, copies.NUM_PERM, dtype=np.uint32)
        day = rng.randrange(400)
        published[key] = None if n % 17 == 0 else f"2024-{1 + day // 31 % 12:02d}-{1 + day % 28:02d}T08:00:00+07:00"
    expected = _datasketch_pairs(sigs, published)
    assert len(expected) > 20
    assert copies.candidate_pairs(sigs, published=published) == expected
    everything = _datasketch_pairs(sigs, {})
    assert len(everything) > len(expected) and copies.candidate_pairs(sigs) == everything


def test_score_of_members_linked_through_others_reads_their_texts():
    info = {"a": {"title": "Tin", "text": enrich_record.EXTRA[0][1]}, "b": {"title": None, "text": enrich_record.EXTRA[0][1] + " Mới."}}
    expected = round(copies.containment(copies.shingles("Tin", enrich_record.EXTRA[0][1]),
                                        copies.shingles(None, enrich_record.EXTRA[0][1] + " Mới.")), 3)
    assert copies._score(copies._texts_in(info), "a", "b") == expected > 0.8


def test_enrich_writes_the_recorded_rows(tmp_path):
    """Every row `enrich --all` writes (ids and order of inserts included) is the one recorded
    with the code before its writes were batched and its target reading made quicker."""
    source = enrich_record.small_store(tmp_path / "store.db")
    recorded = json.loads(enrich_record.RECORDING.read_text())
    assert enrich_record.checksums(enrich_record.enriched(source, tmp_path / "one.db", workers=1)) == recorded
    assert enrich_record.checksums(enrich_record.enriched(source, tmp_path / "two.db", workers=2)) == recorded


def _note_worker(path: str) -> None:
    """An initializer that leaves one line per worker process in ``path``."""
    import os

    with open(path, "a", encoding="utf-8") as f:
        f.write(f"{os.getpid()}\n")


def test_started_pool_prepares_each_worker_once_and_a_lazy_one_not_at_all(tmp_path):
    import functools
    import os

    notes = tmp_path / "notes.txt"
    with WorkerPool(2) as pool:
        pool.start(initializer=functools.partial(_note_worker, str(notes)))
        assert [y for b in pool.map(_square, batched(range(50), 5)) for y in b] == [x * x for x in range(50)]
    pids = notes.read_text().split()
    assert len(pids) == 2 and str(os.getpid()) not in pids
    notes.unlink()
    with WorkerPool(2) as pool:  # started by map, with no initializer of its own
        assert [y for b in pool.map(_square, batched(range(50), 5)) for y in b] == [x * x for x in range(50)]
    assert not notes.exists()
    with WorkerPool(1) as pool:  # one process: nothing to start
        pool.start(initializer=functools.partial(_note_worker, str(notes)))
        assert next(pool.map(_square, [[3]])) == [9]
    assert not notes.exists()


def test_workers_load_the_tagger_only_when_they_tag(small_store, tmp_path, monkeypatch):
    """A store with more than one batch to tag starts its workers with the tagger loaded (each
    once); a run with nothing to tag loads it in no worker."""
    notes = tmp_path / "prepared.txt"
    original = run.prepare_worker

    def prepare() -> None:
        _note_worker(str(notes))
        original()

    monkeypatch.setattr(run, "prepare_worker", prepare)
    monkeypatch.setattr(run, "TAG_BATCH", 50)
    result, path = _enriched(small_store, tmp_path, "first", workers=2)
    assert result.articles == 247 and len(notes.read_text().split()) == 2
    notes.unlink()
    db = store.open_db(path)
    again = run.enrich_store(db, workers=2)
    db.conn.close()
    assert again.articles == 0 and again.copies == result.copies > 0 and not notes.exists()


def test_a_worker_loads_the_tagger_without_the_collector_and_freezes_it():
    """prepare_worker, in a fresh interpreter as a worker starts: no collection while the catalog, the
    gazetteer and the model are loaded, the collector on again afterwards, and what was loaded frozen."""
    script = (
        "import gc\nfrom enrich.run import prepare_worker\nseen = []\n"
        "gc.callbacks.append(lambda phase, info: seen.append(info['generation']) if phase == 'start' else None)\n"
        "prepare_worker()\nprint(len(seen), gc.isenabled(), gc.get_freeze_count() > 10_000)\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                         cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}).stdout.split()
    assert out == ["0", "True", "True"]
