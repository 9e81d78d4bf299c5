"""Serve a generated sample web for the crawl benchmarks, every page rendered in advance.

    python -m bench._web PORTALS ARTICLES OUTDIR

Writes OUTDIR/registry.toml and OUTDIR/graph.json (each listing page's article URLs and next
page), prints ``ready <pages>`` once every page is in the response cache, and serves until its
standard input closes. Run in its own process, the server takes the other core and costs little
per request, so the crawls it answers measure the crawler.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

from crawler.sampleweb import generate

TODAY = date(2025, 11, 25)


def main(argv: list[str]) -> int:
    portals, articles, out = int(argv[0]), int(argv[1]), Path(argv[2])
    web = generate(portals, articles, seed=0, slow_delay=0, today=TODAY, cache=True, workers=8).start()
    try:
        pages = web.warm()
        (out / "registry.toml").write_text(web.registry_toml(checked_on=TODAY), encoding="utf-8")
        graph = {"listings": web.expected_listings(),
                 "starts": [url for p in web.portals if p.kind != "broken" for url in p.listing_urls]}
        (out / "graph.json").write_text(json.dumps(graph), encoding="utf-8")
        print(f"ready {pages}", flush=True)
        sys.stdin.read()  # until the parent closes the pipe (or dies)
    finally:
        web.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
