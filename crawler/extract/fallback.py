"""trafilatura as a fallback and tie-breaker: the only module that imports it.

It is imported on first use: most pages never need it, and a crawl process (with the
extraction workers forked from it) would otherwise load it, about 0.1 s, at every start.
"""

from __future__ import annotations

from types import ModuleType


def _trafilatura() -> ModuleType:
    import trafilatura

    return trafilatura


def main_text(html: str, url: str | None = None) -> str | None:
    """Main text by trafilatura, precision-oriented, or None."""
    trafilatura = _trafilatura()
    try:
        text = trafilatura.extract(
            html,
            url=url,
            include_comments=False,
            include_tables=False,
            favor_precision=True,
            deduplicate=True,
        )
    except Exception:  # trafilatura raises assorted errors on pathological markup
        return None
    return text or None


def metadata(html: str, url: str | None = None) -> dict[str, str | None]:
    """Title, date and author as trafilatura sees them (for comparison in evaluations)."""
    trafilatura = _trafilatura()
    try:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    except Exception:
        return {"title": None, "published": None, "author": None, "text": None}
    if doc is None:
        return {"title": None, "published": None, "author": None, "text": None}
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    return {
        "title": data.get("title"),
        "published": data.get("date"),
        "author": data.get("author"),
        "text": data.get("text"),
    }
