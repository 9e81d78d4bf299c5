"""A cached data-file loader pointed at another file for one check, then put back (the data files' error tests)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest


@contextmanager
def loading(monkeypatch: pytest.MonkeyPatch, module: ModuleType, name: str, path: Path,
            loader: Callable[[], Any]) -> Iterator[None]:
    """``module.name`` set to ``path`` and ``loader``'s cache emptied inside the block; both restored after, the
    cache emptied again so that no later test reads what the block loaded."""
    monkeypatch.setattr(module, name, path)
    loader.cache_clear()  # type: ignore[attr-defined]
    try:
        yield
    finally:
        monkeypatch.undo()
        loader.cache_clear()  # type: ignore[attr-defined]
