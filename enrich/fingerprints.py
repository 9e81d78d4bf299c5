"""Verification fingerprints kept on disk between the tagging pass and the copy check.

A fingerprint is an article's set of shingles as sorted 64-bit hashes (the CRC-32 of the
shingle and the high half of a polynomial hash of its bytes, made for all shingles at once). The tagging pass's workers hash every article's shingles for its
copy signature; they send the fingerprint along (the forward CRC-32 is the signature's own), so
the copy check does not fold, split and hash the texts of its candidates a second time. The
parent appends them to one temporary file, in any order, and remembers where each one is; the
workers score candidate pairs by reading that file (memory-mapped), so neither the parent nor
the workers hold the fingerprints of hundreds of thousands of articles in memory.
"""

from __future__ import annotations

import shutil
import tempfile
import zlib
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType

import numpy as np

_ITEM = np.dtype(np.int64).itemsize


_BASE = 0x100000001B3  # odd: a unit modulo 2 ** 64
_POWERS: list[np.ndarray] = []  # the base's powers and its inverse's, 0 up, modulo 2 ** 64 (uint64 wraps)


def _powers(n: int) -> tuple[np.ndarray, np.ndarray]:
    if not _POWERS or len(_POWERS[0]) < n:
        size = max(n, 2 * len(_POWERS[0]) if _POWERS else 1 << 14)
        _POWERS[:] = []
        for base in (_BASE, pow(_BASE, -1, 1 << 64)):
            powers = np.full(size, base, dtype=np.uint64)
            powers[0] = 1
            _POWERS.append(np.cumprod(powers, out=powers))
    return _POWERS[0], _POWERS[1]


def _polynomial(data: bytes, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """The high 32 bits of each slice's polynomial hash modulo 2 ** 64 (its bytes over the powers of ``_BASE``, the
    first byte at power 0): from the line's prefix sums at once, whatever the slice's place in the line."""
    up, down = _powers(len(data) + 1)
    sums = np.zeros(len(data) + 1, dtype=np.uint64)
    np.cumsum(np.frombuffer(data, dtype=np.uint8) * down[: len(data)], out=sums[1:])
    return ((sums[ends] - sums[starts]) * up[starts]) >> np.uint64(32)


def fingerprint(data: bytes, starts: np.ndarray, ends: np.ndarray, forward: np.ndarray | None = None) -> np.ndarray:
    """The shingles ``data[starts[i]:ends[i]]`` as sorted unique 64-bit hashes (their CRC-32, the copy signature's,
    then a polynomial hash's high half): a tenth of the memory of the set of bytes and the same in every process.
    ``forward``: their CRC-32 in that order, when already known."""
    if forward is None:
        forward = np.fromiter(map(zlib.crc32, map(data.__getitem__, map(slice, starts.tolist(), ends.tolist()))),
                              dtype=np.uint32, count=len(starts))
    hashes = np.sort(((forward.astype(np.uint64) << np.uint64(32)) | _polynomial(data, starts, ends)).view(np.int64))
    new = np.empty(len(hashes), dtype=np.bool_)  # each hash once (a shingle repeated is one)
    new[:1] = True
    np.not_equal(hashes[1:], hashes[:-1], out=new[1:])
    return hashes[new]


def shared(a: np.ndarray, b: np.ndarray) -> float:
    """Share of the smaller fingerprint's hashes found in the other (containment)."""
    if not len(a) or not len(b):
        return 0.0
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    # where each hash of the smaller one would be in the larger (past its end: its last hash,
    # smaller than the one looked for), and whether it is there
    return int(np.count_nonzero(large.take(large.searchsorted(small), mode="clip") == small)) / len(small)


_MAPPED: dict[str, tuple[int, np.ndarray]] = {}  # a worker's map of the file, per path and size


def _mapped(path: str, size: int) -> np.ndarray:
    known = _MAPPED.get(path)
    if known is None or known[0] < size:
        _MAPPED.clear()
        # a plain array over the map: slices of a memmap cost more than the scoring itself
        known = (size, np.asarray(np.memmap(path, dtype=np.int64, mode="r", shape=(size,))))
        _MAPPED[path] = known
    return known[1]


def score_batch(job: tuple[str, int, np.ndarray]) -> np.ndarray:
    """``shared`` of a batch of pairs, each (start, length, start, length) in the file at
    ``path`` of ``size`` hashes (run by a worker)."""
    path, size, spans = job
    prints = _mapped(path, size) if size else np.empty(0, dtype=np.int64)
    out = np.empty(len(spans))
    for n, (sa, la, sb, lb) in enumerate(spans.tolist()):
        out[n] = shared(prints[sa : sa + la], prints[sb : sb + lb])
    return out


class Prints:
    """Fingerprints by article id, in a temporary file removed on ``close``."""

    def __init__(self) -> None:
        self._dir = Path(tempfile.mkdtemp(prefix="unionwatch-prints-"))
        self.path = self._dir / "prints.bin"
        self._file = self.path.open("wb")
        self._where: dict[str, tuple[int, int]] = {}
        self._size = 0

    def __contains__(self, aid: str) -> bool:
        return aid in self._where

    def __len__(self) -> int:
        return len(self._where)

    def add(self, aid: str, data: bytes) -> None:
        """Keep an article's fingerprint (``ndarray.tobytes()`` of ``fingerprint``)."""
        if aid in self._where:
            return
        count = len(data) // _ITEM
        self._file.write(data)
        self._where[aid] = (self._size, count)
        self._size += count

    def scores(self, pairs: list[tuple[str, str]], workers, batch: int = 5000) -> Iterable[float]:
        """``shared`` of the fingerprints of every pair, in order, worked out in ``workers``."""
        self._file.flush()
        path = str(self.path)

        def jobs():
            for start in range(0, len(pairs), batch):
                spans = np.array([(*self._where[a], *self._where[b]) for a, b in pairs[start : start + batch]],
                                 dtype=np.int64).reshape(-1, 4)
                yield path, self._size, spans

        for done in workers.map(score_batch, jobs()):
            yield from done.tolist()

    def close(self) -> None:
        if not self._file.closed:
            self._file.close()
        _MAPPED.pop(str(self.path), None)
        shutil.rmtree(self._dir, ignore_errors=True)

    def __enter__(self) -> Prints:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()
