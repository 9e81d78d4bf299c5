"""The sample web: Vietnamese union and government portals served on 127.0.0.1 for tests and the demo.

from crawler.sampleweb import SampleWeb
with SampleWeb(slow_delay=0.1) as web:
    web.portals[0].listing_urls
    web.expected_articles()
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from datetime import date, datetime

from .app import PortalApp
from .content import as_datetime, load_portals, parse_body
from .families import FAMILIES
from .generate import generate_portals  # loaded first, so the function below keeps its name
from .model import VN_TZ, Article, Block, Portal, clean_line, nfc
from .registry import registry_toml
from .server import PortalServer, Response

__all__ = ["SampleWeb", "Portal", "Article", "Block", "generate"]


class SampleWeb:
    """Portals, their content and the servers that answer for them."""

    def __init__(
        self,
        host: str = "127.0.0.1",
        base_port: int = 0,
        slow_delay: float = 1.0,
        portals: Iterable[Portal] | None = None,
        today: date | None = None,
        workers: int = 16,
        verbose: bool = False,
        cache: bool = False,
    ):
        self.host = host
        self.base_port = base_port
        self.slow_delay = slow_delay
        self.today = today
        self.portals: list[Portal] = list(portals) if portals is not None else load_portals()
        for portal in self.portals:
            portal.host = host
            portal.renderer = FAMILIES[portal.family]
        self._lock = threading.Lock()
        self._server: PortalServer | None = None
        self._app = PortalApp(
            today=lambda: self.today or date.today(), slow_delay=lambda: self.slow_delay, cache=cache
        )
        self._workers = workers
        self._verbose = verbose

    # -- lifecycle -------------------------------------------------------------------------
    def start(self) -> SampleWeb:
        if self._server is not None:
            return self
        server = PortalServer(self._app, workers=self._workers, verbose=self._verbose)
        try:
            for i, portal in enumerate(self.portals):
                wanted = self.base_port + i if self.base_port else 0
                if portal.kind == "broken" and portal.broken_mode == "refuse":
                    portal.port = PortalServer.reserve(self.host, wanted)
                else:
                    portal.port = server.listen(portal, wanted)
        except OSError:
            server.stop()
            raise
        server.start()
        self._server = server
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.stop()
            self._server = None

    def __enter__(self) -> SampleWeb:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def warm(self) -> int:
        """Render every robots.txt, home, listing and article page into the response cache
        (``cache=True``) without the network; returns the number of pages."""
        for portal in self.portals:
            self._respond(portal, "/robots.txt")
            self._respond(portal, "/")
        pages = (*self.expected_listings(), *self.expected_articles())
        for page in pages:
            self.render(page)
        return 2 * len(self.portals) + len(pages)

    def render(self, page: dict) -> Response:
        """One page of ``expected_listings``/``expected_articles`` as the server answers it, without the
        network (the response cache is filled when it is on)."""
        portal = self.portal(page["source_id"])
        return self._respond(portal, page["url"][len(portal.base_url):] or "/")

    def _respond(self, portal: Portal, path: str) -> Response:
        return self._app(portal, path if path.startswith("/") else "/" + path)

    # -- lookups ---------------------------------------------------------------------------
    def portal(self, source_id: str) -> Portal:
        for portal in self.portals:
            if portal.id == source_id:
                return portal
        raise KeyError(source_id)

    def _locate(self, url: str) -> tuple[Portal, Article]:
        for portal in self.portals:
            if url.startswith(portal.base_url):
                route = portal.renderer.route(portal, "/" + url[len(portal.base_url) :])
                if route is not None and route.kind == "article":
                    return portal, portal.find(route.key)  # type: ignore[return-value]
        raise KeyError(f"no article is served at {url}")

    def registry_toml(self, checked_on: date | None = None) -> str:
        return registry_toml(self.portals, checked_on or date.today())

    # -- ground truth ----------------------------------------------------------------------
    def expected_articles(self) -> list[dict]:
        """Ground truth, one dict per article page served (broken portals serve none)."""
        return [
            self._expected(portal, article)
            for portal in self.portals
            if portal.kind != "broken"
            for article in portal.articles
        ]

    def _article_url(self, ref: str | None) -> str | None:
        """The URL of the article a "portal:key" reference names (None when that portal is not
        part of this web, as in a web of a few chosen portals)."""
        if not ref:
            return None
        try:
            portal = self.portal(ref.split(":")[0])
        except KeyError:
            return None
        return portal.url(portal.renderer.article_path(portal, portal.find(int(ref.split(":")[1]))))

    def _expected(self, portal: Portal, article: Article) -> dict:
        family = portal.renderer
        return {
            "source_id": portal.id,
            "url": portal.url(family.article_path(portal, article)),
            "title": clean_line(article.title),
            "published": article.published_iso(),
            "author": article.author,
            "text": article.text(),
            "chrome": family.chrome_lines(portal, article),
            "resolutions": list(article.resolutions),
            "not_resolutions": list(article.not_resolutions),
            "seed": article.seed,
            "byline": article.byline,
            "date_on_page": article.date_on_page,
            "modified": article.modified.isoformat() if article.modified else None,
            "notes": article.notes,
            "copy_of": self._article_url(article.copy_of),
        }

    def expected_listings(self) -> list[dict]:
        out = []
        for portal in self.portals:
            family = portal.renderer
            if portal.kind == "broken":
                continue
            for page in range(1, portal.n_pages + 1):
                nxt = family.listing_path(portal, page + 1) if page < portal.n_pages else None
                out.append(
                    {
                        "source_id": portal.id,
                        "url": portal.url(family.listing_path(portal, page)),
                        "article_urls": [
                            portal.url(family.article_path(portal, a))
                            for a in portal.page_articles(page)
                        ],
                        "next_url": portal.url(nxt) if nxt else None,
                    }
                )
        return out

    # -- mutations (nightly-crawl tests) ---------------------------------------------------
    def add_article(self, source_id: str, **fields) -> dict:
        """Publish a new article at the top of the portal's listing; returns its expected dict."""
        portal = self.portal(source_id)
        with self._lock:
            now = datetime.now(VN_TZ).replace(microsecond=0)
            body = fields.pop("body", None)
            blocks = fields.pop("blocks", None)
            if blocks is None:
                blocks = parse_body(body) if body else [Block("p", fields.get("title", "") + ".")]
            published = as_datetime(fields.pop("published", now))
            article = Article(
                key=fields.pop("key", portal.next_key()),
                title=nfc(fields.pop("title", "Tin mới")),
                published=published,
                blocks=[Block(b.kind, nfc(b.text), b.src) for b in blocks],
                **fields,
            )
            portal.articles.insert(0, article)
            self._touch(portal, now)
        return self._expected(portal, article)

    def edit_article(self, url: str, **fields) -> dict:
        """Change an article (title, body/blocks, author...); bumps its Last-Modified."""
        portal, article = self._locate(url)
        pin = getattr(portal.articles, "pin", None)
        if pin is not None:
            article = pin(article.key)
        with self._lock:
            now = datetime.now(VN_TZ).replace(microsecond=0)
            if "body" in fields:
                article.blocks = parse_body(nfc(fields.pop("body")))
            if "blocks" in fields:
                article.blocks = list(fields.pop("blocks"))
            if "text" in fields:
                article.blocks = parse_body(nfc(fields.pop("text")).replace("\n", "\n\n"))
            for name, value in fields.items():
                if not hasattr(article, name):
                    raise AttributeError(f"articles have no field {name!r}")
                setattr(article, name, nfc(value) if isinstance(value, str) else value)
            article.modified = now
            self._touch(portal, now)
        return self._expected(portal, article)

    def set_layout(self, source_id: str, layout: str) -> None:
        """Switch a portal's markup generation ("v1", "v2"): class names and structure change."""
        if layout not in ("v1", "v2"):
            raise ValueError(f"unknown layout {layout!r}")
        portal = self.portal(source_id)
        with self._lock:
            portal.layout = layout
            self._touch(portal, datetime.now(VN_TZ).replace(microsecond=0))

    @staticmethod
    def _touch(portal: Portal, now: datetime) -> None:
        portal.version += 1
        portal.changed = max(now, portal.changed)


def generate(n_portals: int, articles_per_portal: int, seed: int | str = 0, **kwargs) -> SampleWeb:
    """A large generated web (benchmarks); see generate.py."""
    return SampleWeb(portals=generate_portals(n_portals, articles_per_portal, seed), **kwargs)
