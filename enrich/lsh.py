"""LSH candidate pairs over the signature matrix, band by band, in the workers.

The matrix of signatures (and each row's block of days) is written once to a temporary
directory; each worker maps it and works out whole bands (the row pairs that agree in that
band) or a slice of the pairs' estimated similarities, so the two costs of the candidate
search (a sort per band, then comparing 128 values of millions of pairs) use every core.
With one worker the same functions run in the calling process.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import numpy as np

from enrich.workers import WorkerPool

BANDS, ROWS = 32, 4  # datasketch's MinHashLSH bands at threshold 0.4 of 128 permutations (tests hold them)
SCORE_PART = 100_000  # pairs compared at a time

_LOADED: dict[str, tuple[np.ndarray, np.ndarray, np.ndarray]] = {}


def _arrays(directory: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(matrix, position, dated) as written by ``_Shared``, mapped once per process."""
    if directory not in _LOADED:
        _LOADED.clear()
        _LOADED[directory] = tuple(  # type: ignore[assignment]
            np.asarray(np.load(Path(directory) / f"{name}.npy", mmap_mode="r"))
            for name in ("matrix", "position", "dated"))
    return _LOADED[directory]


def band_codes(job: tuple[str, int]) -> np.ndarray:
    """Codes (smaller row * n + larger row) of the row pairs that agree in one band and whose
    positions (blocks of days) allow a copy (run by a worker)."""
    directory, band = job
    matrix, position, dated = _arrays(directory)
    n = len(matrix)
    span = int(position.max()) + 3  # a run's positions never reach the next run's
    keys = np.ascontiguousarray(matrix[:, band * ROWS : (band + 1) * ROWS]).view(np.uint64)
    order = np.lexsort((position, keys[:, 1], keys[:, 0]))
    ranked = keys[order]
    new_run = np.concatenate(([True], np.any(ranked[1:] != ranked[:-1], axis=1)))
    run = np.cumsum(new_run) - 1
    composite = run * span + position[order]
    run_end = np.flatnonzero(np.concatenate((new_run[1:], [True]))) + 1  # one past each run's last row
    here = np.arange(n)
    stop = np.where(dated[order], np.searchsorted(composite, composite + 1, side="right"), run_end[run])
    counts = stop - here - 1
    total = int(counts.sum())
    if not total:
        return np.empty(0, dtype=np.int64)
    first = np.repeat(here, counts)
    second = first + 1 + np.arange(total) - np.repeat(np.cumsum(counts) - counts, counts)
    a, b = order[first], order[second]
    return np.minimum(a, b).astype(np.int64) * n + np.maximum(a, b)


def equal_values(job: tuple[str, np.ndarray, np.ndarray]) -> np.ndarray:
    """How many values the signatures of row pairs (i, j) share (run by a worker)."""
    directory, i, j = job
    matrix = _arrays(directory)[0]
    return np.count_nonzero(matrix[i] == matrix[j], axis=1)


class _Shared:
    """The matrix and the rows' positions in a temporary directory the workers read."""

    def __init__(self, matrix: np.ndarray, position: np.ndarray, dated: np.ndarray) -> None:
        self.directory = tempfile.mkdtemp(prefix="unionwatch-lsh-")
        for name, values in (("matrix", matrix), ("position", position), ("dated", dated)):
            np.save(Path(self.directory) / f"{name}.npy", values)

    def __enter__(self) -> str:
        return self.directory

    def __exit__(self, *exc: object) -> None:
        _LOADED.pop(self.directory, None)
        shutil.rmtree(self.directory, ignore_errors=True)


def band_pairs(
    matrix: np.ndarray, block: np.ndarray, dated: np.ndarray, workers: WorkerPool | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """(i, j) row pairs, i < j, whose signatures are equal in at least one band of ``ROWS``
    values (the pairs an LSH index of ``BANDS`` bands returns) and whose blocks of days are
    the same or side by side (an undated row pairs with any), without duplicates; and how many
    values each pair's signatures share.

    Per band, rows are sorted by band value, then block (undated first); each row pairs with
    the rows after it that share its band value, up to the next block but one (an undated row:
    up to the end of its band value's run). Rows never compared cost nothing, which matters
    when one template's reports share paragraphs across years."""
    n = len(matrix)
    if n < 2:
        return np.empty((0, 2), dtype=np.int64), np.empty(0, dtype=np.int64)
    workers = workers or WorkerPool(1)
    position = np.where(dated, block - block[dated].min() + 1 if dated.any() else 0, 0)
    with _Shared(matrix, position, dated) as directory:
        codes = [c for c in workers.map(band_codes, ((directory, band) for band in range(BANDS))) if len(c)]
        if not codes:
            return np.empty((0, 2), dtype=np.int64), np.empty(0, dtype=np.int64)
        joined = np.concatenate(codes)
        del codes
        joined.sort()  # a pair that agrees in several bands once (np.unique hashes, slower here)
        unique = joined[np.concatenate(([True], joined[1:] != joined[:-1]))]
        del joined
        pairs = np.stack([unique // n, unique % n], axis=1)
        del unique
        parts = ((directory, pairs[s : s + SCORE_PART, 0], pairs[s : s + SCORE_PART, 1])
                 for s in range(0, len(pairs), SCORE_PART))
        shared = np.concatenate([np.empty(0, dtype=np.int64), *workers.map(equal_values, parts)])
    return pairs, shared
