"""Extraction figures on the saved-page fixtures: ours against trafilatura alone.

Articles: mean main-text token F1, title exact %, date correct %, author correct %, chrome lines
leaked. Listings: article-link recall, non-article links followed, next page correct. The floors
in tests/fixtures/pages/floors.json are what tests/test_extract_golden.py holds us to.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from crawler.extract import extract_article, extract_listing
from crawler.extract.fallback import metadata
from crawler.textnorm import clean_line, nfc
from crawler.urls import canonicalize

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "pages"
FLOORS = PAGES / "floors.json"
_TOKEN = re.compile(r"\w+", re.UNICODE)


def article_cases() -> list[tuple[Path, dict]]:
    out = []
    for golden in sorted(PAGES.glob("*/*.json")):
        data = json.loads(golden.read_text(encoding="utf-8"))
        if "expected" in data:
            out.append((golden.with_suffix(".html"), data))
    return out


def listing_cases() -> list[tuple[Path, dict]]:
    out = []
    for golden in sorted(PAGES.glob("listings/*.json")):
        out.append((golden.with_suffix(".html"), json.loads(golden.read_text(encoding="utf-8"))))
    return out


def tokens(text: str | None) -> list[str]:
    return _TOKEN.findall(nfc(text or "").lower())


def token_f1(found: str | None, expected: str) -> float:
    got, want = Counter(tokens(found)), Counter(tokens(expected))
    common = sum((got & want).values())
    if not got or not want or not common:
        return 1.0 if not got and not want else 0.0
    precision, recall = common / sum(got.values()), common / sum(want.values())
    return 2 * precision * recall / (precision + recall)


def same_date(found: str | None, expected: str | None) -> bool:
    """Equal ISO values; a found timestamp matches an expected bare date on the same day."""
    if not expected:
        return not found
    if not found:
        return False
    if len(expected) == 10:
        return found[:10] == expected
    return found == expected


def leaked(text: str | None, without: list[str]) -> list[str]:
    lines = {clean_line(line) for line in (text or "").split("\n")}
    return [w for w in without if clean_line(w) in lines]


def ours(html: str, url: str) -> dict[str, str | None]:
    return extract_article(html, url).as_dict()


def trafilatura_alone(html: str, url: str) -> dict[str, str | None]:
    """trafilatura's own title, date (a day: it gives no time), author and main text."""
    return metadata(html, url)


def score_articles(extractor: Callable[[str, str], dict]) -> tuple[dict[str, float], list[dict]]:
    rows = []
    for path, golden in article_cases():
        want = golden["expected"]
        got = extractor(path.read_text(encoding="utf-8"), golden["url"])
        rows.append({
            "case": path.stem,
            "f1": token_f1(got.get("text"), want["text"]),
            "title": clean_line(got.get("title") or "") == want["title"],
            "date": same_date(got.get("published"), want["published"]),
            "day": same_date((got.get("published") or "")[:10] or None, (want["published"] or "")[:10] or None),
            "author": (got.get("author") or None) == want["author"],
            "leaked": leaked(got.get("text"), golden["without"]),
            "missing": [w for w in golden["with"] if w and w not in (got.get("text") or "")],
            "got": {k: (v if k != "text" else (v or "")[:80]) for k, v in got.items()},
        })
    n = len(rows) or 1
    figures = {
        "articles": len(rows),
        "mean_token_f1": round(sum(r["f1"] for r in rows) / n, 4),
        "title_exact_pct": round(100 * sum(r["title"] for r in rows) / n, 1),
        "date_correct_pct": round(100 * sum(r["date"] for r in rows) / n, 1),
        "date_day_correct_pct": round(100 * sum(r["day"] for r in rows) / n, 1),
        "author_correct_pct": round(100 * sum(r["author"] for r in rows) / n, 1),
        "chrome_lines_leaked": sum(len(r["leaked"]) for r in rows),
    }
    return figures, rows


def score_listings() -> tuple[dict[str, float], list[dict]]:
    rows = []
    for path, golden in listing_cases():
        listing = extract_listing(path.read_text(encoding="utf-8"), golden["url"])
        want = {canonicalize(u) for u in golden["article_urls"]}
        allowed = want | {canonicalize(u) for u in golden.get("also_articles", [])}
        got = [canonicalize(u) for u in listing.urls]
        want_next = golden.get("next_url")
        rows.append({
            "case": path.stem,
            "found": len(want & set(got)),
            "expected": len(want),
            "followed": len(got),
            "non_article": [u for u in got if u not in allowed],
            "sidebar": [u for u in got if u in allowed and u not in want],
            "next_ok": (canonicalize(listing.next_url) if listing.next_url else None)
            == (canonicalize(want_next) if want_next else None),
            "next": listing.next_url,
        })
    expected = sum(r["expected"] for r in rows) or 1
    followed = sum(r["followed"] for r in rows) or 1
    figures = {
        "listings": len(rows),
        "link_recall_pct": round(100 * sum(r["found"] for r in rows) / expected, 1),
        "non_article_pct": round(100 * sum(len(r["non_article"]) for r in rows) / followed, 2),
        "sidebar_links_pct": round(100 * sum(len(r["sidebar"]) for r in rows) / followed, 2),
        "next_page_correct_pct": round(100 * sum(r["next_ok"] for r in rows) / (len(rows) or 1), 1),
    }
    return figures, rows


def run() -> dict[str, object]:
    ours_fig, ours_rows = score_articles(ours)
    traf_fig, _ = score_articles(trafilatura_alone)
    list_fig, list_rows = score_listings()
    print(f"{'':24}{'ours':>10}{'trafilatura':>14}")
    keys = ("mean_token_f1", "title_exact_pct", "date_correct_pct", "date_day_correct_pct",
            "author_correct_pct", "chrome_lines_leaked")
    for key in keys:
        print(f"{key:24}{ours_fig[key]:>10}{traf_fig[key]:>14}")
    print(f"articles: {ours_fig['articles']}; listings: {list_fig['listings']}")
    for key in ("link_recall_pct", "non_article_pct", "sidebar_links_pct", "next_page_correct_pct"):
        print(f"{key:24}{list_fig[key]:>10}")
    for row in ours_rows:
        bad = [k for k in ("title", "date", "author") if not row[k]]
        if bad or row["f1"] < 0.95 or row["leaked"]:
            print(f"  {row['case']}: f1={row['f1']:.3f} wrong={bad} leaked={row['leaked'][:3]} got={row['got']}")
    for row in list_rows:
        if row["found"] < row["expected"] or row["non_article"] or not row["next_ok"]:
            print(f"  {row['case']}: {row['found']}/{row['expected']} extra={row['non_article'][:3]} next={row['next']}")
    return {"ours": ours_fig, "trafilatura": traf_fig, "listings": list_fig}


if __name__ == "__main__":
    run()
