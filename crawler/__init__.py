"""UnionWatch: crawl, tag and publish Vietnamese trade-union news."""

__version__ = "0.1.0"
