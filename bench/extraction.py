"""Extraction speed on the saved-page fixtures: our extractor against trafilatura alone.

Both run on the same pages in the same process; compare the ratio, not the absolute rate.
"""

from __future__ import annotations

import time
from pathlib import Path

from crawler.extract import decode_html, extract_article, extract_listing
from crawler.extract.fallback import main_text

PAGES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "pages"
ROUNDS = 5


def _rate(func, pages: list[tuple[str, str]]) -> float:
    started = time.perf_counter()
    for _ in range(ROUNDS):
        for html, url in pages:
            func(html, url)
    return ROUNDS * len(pages) / (time.perf_counter() - started)


def run() -> dict[str, float]:
    import json

    articles, listings = [], []
    for golden in sorted(PAGES.glob("*/*.json")):
        if golden.name == "floors.json":
            continue
        data = json.loads(golden.read_text(encoding="utf-8"))
        html, _ = decode_html(golden.with_suffix(".html").read_bytes())
        (listings if "article_urls" in data else articles).append((html, data["url"]))
    ours = _rate(lambda h, u: extract_article(h, u), articles)
    trafilatura = _rate(main_text, articles)
    listing = _rate(extract_listing, listings)
    decode = _rate(lambda h, u: decode_html(h.encode("utf-8")), articles)
    print(f"article pages/s: ours {ours:.0f}, trafilatura.extract {trafilatura:.0f} (ratio {ours / trafilatura:.2f})")
    print(f"listing pages/s: {listing:.0f}; decode_html pages/s: {decode:.0f}")
    return {
        "article_pages_per_s": round(ours, 1),
        "trafilatura_pages_per_s": round(trafilatura, 1),
        "ours_over_trafilatura": round(ours / trafilatura, 2),
        "listing_pages_per_s": round(listing, 1),
        "decode_pages_per_s": round(decode, 1),
    }


if __name__ == "__main__":
    run()
