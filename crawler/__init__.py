"""UnionWatch: crawl, tag and publish Vietnamese trade-union news."""

__version__ = "0.1.0"

# Before any compiled module can be imported: a stale build falls back to the sources.
from crawler import compiled as _compiled  # noqa: E402

_compiled.guard()
