"""The publication bench says how much of the store was in memory and reads it in before the
cold export (bench/_pagecache.py)."""

from __future__ import annotations

import os

import pytest

from bench._pagecache import in_memory, read_through


def test_in_memory_counts_the_pages_the_kernel_holds(tmp_path):
    path = tmp_path / "store.db"
    size = 3 * 2**20 + 100
    with open(path, "wb") as out:
        out.write(os.urandom(size))
        out.flush()
        os.fsync(out.fileno())
    assert read_through(path) >= 0
    assert in_memory(path) == size
    fd = os.open(path, os.O_RDONLY)
    try:
        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        if in_memory(path) == size:
            pytest.skip("this file system keeps the pages (tmpfs)")
        assert in_memory(path) < 2**20
        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_RANDOM)  # no read-ahead: the pages read alone
        os.pread(fd, 2**20, 0)
    finally:
        os.close(fd)
    assert 2**20 <= in_memory(path) < size
    (tmp_path / "empty").touch()
    assert in_memory(tmp_path / "empty") == 0
