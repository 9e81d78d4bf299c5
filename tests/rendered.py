"""A sample-web page's HTML as a crawl decodes it, rendered without the network (for the page tests)."""

from __future__ import annotations

from crawler.extract.html import decode_html
from crawler.sampleweb import SampleWeb


def page_html(web: SampleWeb, page: dict) -> str:
    response = web.render(page)
    return decode_html(response.body, response.headers.get("Content-Type", ""))[0]
