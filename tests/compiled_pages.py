"""Every page reading the crawl's workers do, printed as JSON: compiled and sources compared.

    python -m tests.compiled_pages

Reads, without the network, every listing and article page of the bundled sample web and of a
small generated web (every family, the legacy encodings) with the spider's page jobs
(spiders/page.py), and every saved page of tests/fixtures/pages with the decoder and both
extractors. Prints the state of the compiled modules (crawler/compiled.py), then one line of
JSON: each result's fields after a pickle round trip, as a worker's answer makes it.
tests/test_compiled.py runs it compiled and on the sources and compares the two.
"""

from __future__ import annotations

import dataclasses
import json
import pickle
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from itemadapter import ItemAdapter, is_item

import crawler.compiled
from crawler.extract import decode_html, extract_article, extract_listing
from crawler.registry import load_registry
from crawler.sampleweb import SampleWeb, generate
from spiders.page import article_job, listing_job, read_article

PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"
TODAY = date(2025, 11, 25)


def fields(value: Any) -> Any:
    """Plain JSON of a page result: dataclasses and items by field, in their order."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [type(value).__name__, {f.name: fields(getattr(value, f.name)) for f in dataclasses.fields(value)}]
    if is_item(value) and not isinstance(value, dict):
        return [type(value).__name__, {k: fields(v) for k, v in ItemAdapter(value).items()}]
    if isinstance(value, (list, tuple)):
        return [fields(v) for v in value]
    if isinstance(value, dict):
        return {str(k): fields(v) for k, v in value.items()}
    return value


def answer(job: Any, *args: Any) -> Any:
    """The job's result as the crawl process receives it from a worker."""
    try:
        result = job(*args)
    except Exception as exc:  # noqa: BLE001 - an error is a result to compare too
        return ["error", repr(exc)]
    return fields(pickle.loads(pickle.dumps(result, pickle.HIGHEST_PROTOCOL)))


def _extracted(*args: Any) -> Any:
    """An article page's extracted fields as the page job reads them (its answer carries only
    which of them were found)."""
    return read_article(*args)[0]


def web_pages(web: SampleWeb) -> list[Any]:
    """Every listing and article page of ``web`` read by the page jobs with its registry's sources."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "registry.toml"
        path.write_text(web.registry_toml(checked_on=TODAY), encoding="utf-8")
        sources = {s.id: s for s in load_registry(path).sources}
    out = []
    for kind, pages in (("listing", web.expected_listings()), ("article", web.expected_articles())):
        for number, page in enumerate(pages):
            response = web.render(page)
            source, ctype = sources[page["source_id"]], response.headers.get("Content-Type", "")
            if kind == "listing":
                out.append(answer(listing_job, source, page["url"], response.body, ctype))
            else:
                listed = (page["published"] or "")[:10] or None if number % 2 else None  # both paths
                out.append(answer(article_job, source, page["url"], response.body, ctype, listed, None))
                out.append(answer(_extracted, source, page["url"], response.body, ctype, listed))
    return out


def saved_pages() -> list[Any]:
    out = []
    for path in sorted(PAGES.rglob("*.html")):
        html, encoding = decode_html(path.read_bytes())
        url = f"https://{path.parent.name}.example.vn/{path.stem}.html"
        out.append([path.name, encoding, answer(extract_article, html, url), answer(extract_listing, html, url)])
    return out


def main() -> int:
    web = SampleWeb(slow_delay=0, today=TODAY)
    generated = generate(6, 12, seed=3, slow_delay=0, today=TODAY)
    results = {"sample": web_pages(web), "generated": web_pages(generated), "saved": saved_pages()}
    print(crawler.compiled.state())
    print(json.dumps(results, ensure_ascii=False, sort_keys=True, default=repr))
    return 0


if __name__ == "__main__":
    sys.exit(main())
