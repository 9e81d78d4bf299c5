"""The garbage collector set for a long-running process whose start-up heap lives on.

A crawl and the Datasette server both build a large heap once (imports, the registry or the
metadata, plugins, templates) and then make many short-lived objects per page or request, nearly
all freed by reference counting. Python's collector would walk the young ones every 700
allocations and, now and then, the whole heap with them.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

# Objects allocated between two collections of the youngest generation (Python's default: 700).
YOUNG_GENERATION = 10_000


@contextmanager
def long_lived_heap() -> Iterator[None]:
    """For the time of the block: what was made before it is frozen (the collector never walks it
    again, nor does it in processes forked meanwhile), and the youngest generation is collected
    less often. Undone afterwards."""
    threshold = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(max(threshold[0], YOUNG_GENERATION), *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        gc.unfreeze()


@contextmanager
def loading_heap() -> Iterator[None]:
    """For a block that loads what a process then keeps for its life (a tagging worker's catalog,
    gazetteer, indexes and the learned reader's model): the collector does not run while the block
    allocates them (they are all kept: a collection there would find next to nothing, 24 of them
    cost a worker about 30 ms of its 0.2 s of loading), and what the process holds after it is
    frozen, so that no later collection walks it."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
        gc.freeze()


def leave_heap() -> None:
    """Called as a command's process ends, before the interpreter shuts down: what is left on the
    heap is frozen, so the shutdown frees it by reference counting without the collector's last
    walks over all of it (0.2-0.6 s at the end of a crawl or an enrichment of a few thousand
    articles, most of a small command's exit). Objects left in reference cycles are then not
    finalised, which Python never promises at exit anyway: the commands close or commit every file
    and database they write before they return, and ``atexit`` handlers (logging's flush among
    them) still run."""
    gc.freeze()
