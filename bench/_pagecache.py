"""How much of a file the kernel holds in memory, and reading a file into memory.

A group timed after another may find the generated store partly or wholly dropped from the page
cache: the earlier group ran for minutes without reading it, and a machine may reclaim file pages
left idle (a virtual machine's proactive reclaim does so after about a minute). A figure taken
then measures the disk as much as the code. ``in_memory`` says how much was held;
``read_through`` brings the file into memory before a timing that should not depend on it.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import mmap
import os
import time
from pathlib import Path

_ONE_BIT = bytes(b & 1 for b in range(256))  # mincore sets the lowest bit of a resident page's byte


def in_memory(path: Path) -> int | None:
    """Bytes of ``path`` in the page cache (mincore), or None where that cannot be asked."""
    size = os.path.getsize(path)
    if size == 0:
        return 0
    name = ctypes.util.find_library("c")
    if name is None or not hasattr(os, "posix_fadvise"):  # not Linux-like
        return None
    libc = ctypes.CDLL(name, use_errno=True)
    libc.mmap.restype = ctypes.c_void_p
    libc.mmap.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_long]
    libc.mincore.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_char_p]
    libc.munmap.argtypes = [ctypes.c_void_p, ctypes.c_size_t]
    fd = os.open(path, os.O_RDONLY)
    try:
        address = libc.mmap(None, size, mmap.PROT_READ, mmap.MAP_SHARED, fd, 0)
        if address is None or address == ctypes.c_void_p(-1).value:
            return None
        try:
            pages = ctypes.create_string_buffer((size + mmap.PAGESIZE - 1) // mmap.PAGESIZE)
            if libc.mincore(address, size, pages) != 0:
                return None
            return min(size, pages.raw.translate(_ONE_BIT).count(1) * mmap.PAGESIZE)
        finally:
            libc.munmap(address, size)
    finally:
        os.close(fd)


def read_through(path: Path, chunk: int = 1 << 20) -> float:
    """Read ``path`` from start to end (into the page cache); the seconds it took."""
    started = time.perf_counter()
    fd = os.open(path, os.O_RDONLY)
    try:
        while os.read(fd, chunk):
            pass
    finally:
        os.close(fd)
    return time.perf_counter() - started
