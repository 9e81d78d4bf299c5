"""What a portal answers for a path: robots.txt, pages, redirects, 404, faults by portal kind."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from urllib.parse import urlsplit

from .families.base import Route
from .legacy import encode_cp1258
from .model import VN_TZ, Portal
from .server import Response

NOT_FOUND_HTML = (
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>404 - Không tìm thấy trang</title>'
    "</head><body><h1>404</h1><p>Trang bạn yêu cầu không tồn tại hoặc đã bị xóa.</p>"
    '<p><a href="/">Về trang chủ</a></p></body></html>'
)


class PortalApp:
    """Callable (portal, raw path) -> Response, shared by every portal of one SampleWeb.

    With ``cache``, each response is kept in memory, keyed by the portal's state (version,
    layout), the day and the raw path, so a page is rendered once: benchmarks use it so the
    server costs little next to the crawler being measured. Any mutation of a portal bumps its
    version and so misses the cache.
    """

    def __init__(
        self, today: Callable[[], date], slow_delay: Callable[[], float], cache: bool = False
    ):
        self.today = today
        self.slow_delay = slow_delay
        self.cache: dict[tuple, Response] | None = {} if cache else None

    def __call__(self, portal: Portal, raw_path: str) -> Response:
        if self.cache is None:
            resp = self.respond(portal, raw_path)
        else:
            key = (portal.id, portal.version, portal.layout, self.today(), raw_path)
            resp = self.cache.get(key)
            if resp is None:
                resp = self.cache[key] = self.respond(portal, raw_path)
        if portal.kind == "slow":
            resp = replace(resp, delay=self.slow_delay())
        return resp

    def respond(self, portal: Portal, raw_path: str) -> Response:
        family = portal.renderer
        path = urlsplit(raw_path).path
        if path == "/robots.txt":
            return Response(
                200, family.robots_txt.encode(), {"Content-Type": "text/plain", **family.headers}
            )
        if path == "/favicon.ico":
            return Response(404, b"", {"Content-Type": "text/plain"})
        route = family.route(portal, raw_path)
        if portal.kind == "broken":
            return self.broken(portal, route)
        if route is None:
            return self.page(portal, 404, NOT_FOUND_HTML, None)
        if route.kind == "redirect":
            return Response(302, b"", {"Location": portal.url(route.target), **family.headers})
        html = family.render(portal, route, self.today())
        return self.page(portal, 200, html, self.last_modified(portal, route))

    def broken(self, portal: Portal, route: Route | None) -> Response:
        if portal.broken_mode == "500":
            body = "<html><body><h2>Server Error in '/' Application.</h2><p>Runtime Error</p></body></html>"
            return Response(500, body.encode(), {"Content-Type": "text/html; charset=utf-8"})
        body = "<html><head><title>503 Service Unavailable</title></head><body><h1>Service Unavailable</h1></body></html>"
        return Response(503, body.encode(), {"Content-Type": "text/html", "Retry-After": "3600"})

    def page(self, portal: Portal, status: int, html: str, modified: datetime | None) -> Response:
        family = portal.renderer
        if portal.charset.lower() in ("windows-1258", "cp1258"):
            body = encode_cp1258(html)
        else:
            body = html.encode(portal.charset)
        ctype = "text/html"
        if portal.declare_charset:
            ctype += f"; charset={portal.charset}"
        return Response(
            status, body, {"Content-Type": ctype, **family.headers}, last_modified=modified
        )

    @staticmethod
    def last_modified(portal: Portal, route: Route) -> datetime:
        """Newest change visible on the page: its articles, or the portal's own layout/listing."""
        if route.kind == "article":
            article = portal.find(route.key)
            moments = [article.last_modified] if article else []
        else:
            moments = [a.published for a in portal.page_articles(route.page)]
        moments.append(portal.changed)
        return max(moments).astimezone(VN_TZ)
