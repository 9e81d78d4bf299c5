"""What every CMS family shares: URL tables, routing, the template environment and body markup."""

from __future__ import annotations

import base64
import html
import random
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from ..model import Article, Block, Portal, clean_line

TEMPLATES = Path(__file__).parent / "templates"

WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")

ENV = Environment(
    loader=FileSystemLoader(str(TEMPLATES)),
    autoescape=select_autoescape(["html"]),
    trim_blocks=True,
    lstrip_blocks=True,
)


@dataclass(frozen=True)
class Route:
    kind: str  # "home" | "listing" | "article" | "redirect"
    page: int = 1
    key: int = 0
    target: str = ""


def text_html(text: str) -> Markup:
    """Escape like a rich-text editor does: NBSP comes out as &nbsp;."""
    return Markup(html.escape(text, quote=False).replace("\xa0", "&nbsp;"))


def blob(seed: str, size: int) -> str:
    """Deterministic base64 noise, the size of a real __VIEWSTATE or inline bundle."""
    return base64.b64encode(random.Random(seed).randbytes(size)).decode()


def _route_key(raw: str, case_insensitive: bool) -> tuple[str, tuple[tuple[str, str], ...]]:
    parts = urlsplit(raw)
    path = parts.path or "/"
    if case_insensitive:
        path = path.lower()
    query = tuple(
        sorted((k.lower() if case_insensitive else k, v) for k, v in parse_qsl(parts.query))
    )
    return path, query


class Family:
    """A CMS family: URL shapes, templates and markup habits. Subclasses set the class attributes."""

    name = "generic"
    case_insensitive = False
    robots_txt = "User-agent: *\nDisallow: /admin/\nDisallow: /search\n"
    headers: dict[str, str] = {}
    bulk = 24000  # bytes of opaque state (view state, inline bundles) a page of this family carries

    # -- URLs ------------------------------------------------------------------------------
    def home_path(self, portal: Portal) -> str:
        return "/"

    def listing_path(self, portal: Portal, page: int) -> str:
        raise NotImplementedError

    def article_path(self, portal: Portal, article: Article) -> str:
        raise NotImplementedError

    def extra_routes(self, portal: Portal) -> dict[str, Route]:
        """Other URLs serving known pages (aliases, redirects)."""
        return {}

    def routes(self, portal: Portal) -> dict:
        cached = getattr(portal, "_routes", None)
        if cached is not None and cached[0] == (portal.version, portal.layout):
            return cached[1]
        table: dict = {}
        for raw, route in self.extra_routes(portal).items():
            table[_route_key(raw, self.case_insensitive)] = route
        table[_route_key(self.home_path(portal), self.case_insensitive)] = Route("home")
        for page in range(1, portal.n_pages + 1):
            table[_route_key(self.listing_path(portal, page), self.case_insensitive)] = Route(
                "listing", page=page
            )
        for article in portal.articles:
            table[_route_key(self.article_path(portal, article), self.case_insensitive)] = Route(
                "article", key=article.key
            )
        portal._routes = ((portal.version, portal.layout), table)  # type: ignore[attr-defined]
        return table

    def route(self, portal: Portal, raw_path: str) -> Route | None:
        return self.routes(portal).get(_route_key(raw_path, self.case_insensitive))

    # -- dates -----------------------------------------------------------------------------
    def article_date(self, portal: Portal, article: Article) -> str:
        """The date line as the page prints it."""
        return article.published.strftime("%d/%m/%Y %H:%M" if article.show_time else "%d/%m/%Y")

    def listing_date(self, portal: Portal, article: Article) -> str:
        return article.published.strftime("%d/%m/%Y")

    @staticmethod
    def ampm(dt: datetime) -> str:
        """SharePoint's Vietnamese 12-hour clock: "2:22:00 CH" (SA before noon, CH after)."""
        hour = dt.hour % 12 or 12
        return f"{hour}:{dt.minute:02d}:{dt.second:02d} {'SA' if dt.hour < 12 else 'CH'}"

    @staticmethod
    def header_today(today: date) -> str:
        return f"{WEEKDAYS[today.weekday()]}, ngày {today.day:02d}/{today.month:02d}/{today.year}"

    # -- body markup -----------------------------------------------------------------------
    def paragraph(self, block: Block) -> Markup:
        return Markup("<p>{}</p>").format(text_html(block.text))

    def figure(self, portal: Portal, block: Block) -> Markup:
        src = self.image_url(portal, block.src)
        out = Markup('<p style="text-align: center;"><img alt="" src="{}" /></p>').format(src)
        if block.text:
            out += Markup('<p style="text-align: center;"><em>{}</em></p>').format(
                text_html(block.text)
            )
        return out

    def image_url(self, portal: Portal, src: str) -> str:
        return "/uploads/images/" + src

    def byline(self, portal: Portal, article: Article) -> Markup:
        if not article.byline:
            return Markup("")
        return Markup('<p style="text-align: right;"><strong>{}</strong></p>').format(
            article.byline
        )

    def body_html(self, portal: Portal, article: Article) -> Markup:
        parts = [
            self.figure(portal, b) if b.kind == "img" else self.paragraph(b) for b in article.blocks
        ]
        return Markup("\n").join(parts) + Markup("\n") + self.byline(portal, article)

    # -- rendering -------------------------------------------------------------------------
    def template(self, name: str):
        return ENV.get_template(f"{self.name}/{name}")

    def context(self, portal: Portal, today: date) -> dict:
        c = portal.chrome
        return {
            "portal": portal,
            "chrome": c,
            "v2": portal.layout == "v2",
            "today": self.header_today(today),
            "blob": blob,
            "fam": self,
        }

    def render(self, portal: Portal, route: Route, today: date) -> str:
        ctx = self.context(portal, today)
        ctx["page_seed"] = f"{route.kind}:{route.page}:{route.key}:{portal.layout}"
        ctx["viewstate_size"] = self.bulk + (route.key * 37 + route.page * 101) % 9000
        ctx["page_item_id"] = route.key or route.page
        if route.kind == "home":
            ctx["items"] = portal.page_articles(1)
            ctx["page"] = 1
            return self.template("listing.html").render(ctx, home=True, **self.pager(portal, 1))
        if route.kind == "listing":
            ctx["items"] = portal.page_articles(route.page)
            ctx["page"] = route.page
            return self.template("listing.html").render(
                ctx, home=False, **self.pager(portal, route.page)
            )
        article = portal.find(route.key)
        assert article is not None
        ctx["a"] = article
        ctx["body"] = self.body_html(portal, article)
        ctx["others"] = [x for x in portal.articles[:12] if x.key != article.key][:8]
        return self.template("article.html").render(ctx)

    def pager(self, portal: Portal, page: int) -> dict:
        n = portal.n_pages
        return {
            "n_pages": n,
            "prev_href": self.listing_path(portal, page - 1) if page > 1 else None,
            "next_href": self.listing_path(portal, page + 1) if page < n else None,
            "page_hrefs": [(p, self.listing_path(portal, p)) for p in range(1, n + 1)],
        }

    def chrome_lines(self, portal: Portal, article: Article) -> list[str]:
        """Visible chrome lines of an article page: none of them is article text."""
        c = portal.chrome
        lines: list[str] = [c.get(key, "") for key in self.chrome_fields(portal)]
        for key in self.chrome_lists(portal):
            lines.extend(c.get(key, []))
        lines.extend(self.page_chrome(portal, article))
        lines.extend(x.title for x in self.related(portal, article))
        body = article.text()
        seen: list[str] = []
        for line in (clean_line(x) for x in lines):
            if line and line not in seen and line not in body:
                seen.append(line)
        return seen

    def chrome_fields(self, portal: Portal) -> tuple[str, ...]:
        """Single chrome strings the article template prints."""
        return ("site_title", "footer_name", "footer_address")

    def chrome_lists(self, portal: Portal) -> tuple[str, ...]:
        """Chrome lists (menus, slogans, links, documents) the article template prints."""
        return ("menu", "links", "documents")

    def related(self, portal: Portal, article: Article) -> list[Article]:
        """Other articles whose titles the article page shows (related lists, latest news)."""
        return [x for x in portal.articles[:12] if x.key != article.key][:8]

    def page_chrome(self, portal: Portal, article: Article) -> list[str]:
        """Family-specific fixed chrome strings (skip links, counters, print links)."""
        return []
