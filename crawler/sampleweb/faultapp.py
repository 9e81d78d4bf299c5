"""The fault portals' server side: the sample web's application with one misbehaviour per portal.

``FaultApp(app, faults, ...)`` answers like ``app`` except on fault portals, where the method
``fault_<name>`` decides. It counts requests, the faults it injected, and ``violations``: requests
a careful crawler never makes (before Retry-After, to a robots-disallowed path, off the
source's host, into the calendar, the same article twice).
"""

from __future__ import annotations

import math
import threading
import time
from collections import Counter
from collections.abc import Callable
from email.utils import formatdate
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from . import traps, wire
from .server import Response

if TYPE_CHECKING:
    from .app import PortalApp
    from .model import Article, Portal

HTML = {"Content-Type": "text/html; charset=utf-8"}
CLOCK_SLACK = 0.02  # seconds: a timer may fire this early without the crawler being careless
HUGE_BYTES = 50 * 1024 * 1024
BOMB_MIB = 1024


class FaultApp:
    """Callable (portal, raw path) -> Response, as ``PortalApp``, with faults injected."""

    def __init__(
        self, app: PortalApp, faults: dict[str, tuple[str, int]], other_base: Callable[[], str],
        retry_after: float = 1.0, hang: float = 30.0,
    ):
        self.app = app
        self.faults = faults  # portal id -> (fault name, victims)
        self.other_base = other_base  # base URL of the portal on the other host
        self.retry_after = retry_after
        self.hang = hang
        self.lock = threading.Lock()
        self.rearm()

    def rearm(self) -> None:
        """Forget what was asked for: first requests fail again, counters start at zero."""
        with self.lock:
            self.attempts: Counter = Counter()
            self.requests: Counter = Counter()
            self.injected: Counter = Counter()
            self.violations: Counter = Counter()
            self.article_hits: Counter = Counter()
            self.not_before: dict[str, float] = {}

    def __call__(self, portal: Portal, raw_path: str) -> Response:
        with self.lock:
            self.requests[portal.id] += 1
            self.attempts[(portal.id, raw_path)] += 1
            attempt = self.attempts[(portal.id, raw_path)]
        name = self.faults.get(portal.id, ("", 0))[0]
        handler = getattr(self, f"fault_{name}", None) if name else None
        if urlsplit(raw_path).path == "/robots.txt" and name != "robots_disallow":
            handler = None
        if handler is None:
            return self.app(portal, raw_path)
        return handler(portal, raw_path, attempt)

    # -- helpers -----------------------------------------------------------------------------
    def inject(self, kind: str) -> None:
        with self.lock:
            self.injected[kind] += 1

    def violation(self, kind: str) -> None:
        with self.lock:
            self.violations[kind] += 1

    def article(self, portal: Portal, raw_path: str) -> tuple[int, Article] | None:
        """(index in the listing, article) served at ``raw_path``, or None for other pages."""
        route = portal.renderer.route(portal, raw_path)  # type: ignore[attr-defined]
        if route is None or route.kind != "article":
            return None
        article = portal.find(route.key)
        return (list(portal.articles).index(article), article) if article else None

    def victim(self, portal: Portal, raw_path: str) -> int | None:
        """Index of the victim article at ``raw_path`` (the first ``victims`` of the listing)."""
        found = self.article(portal, raw_path)
        return found[0] if found and found[0] < self.faults[portal.id][1] else None

    def is_listing(self, portal: Portal, raw_path: str) -> bool:
        route = portal.renderer.route(portal, raw_path)  # type: ignore[attr-defined]
        return route is not None and route.kind == "listing"

    def rewrite(self, resp: Response, change: Callable[[str], str], kind: str) -> Response:
        if resp.status == 200 and resp.body:
            self.inject(kind)
            resp.body = change(resp.body.decode("utf-8")).encode("utf-8")
        return resp

    def rewrite_article(self, portal: Portal, raw_path: str, change, kind: str) -> Response:
        resp = self.app(portal, raw_path)
        found = self.article(portal, raw_path)
        if found is None:
            return resp
        return self.rewrite(resp, lambda page: change(page, found[1]), kind)

    # -- the network -------------------------------------------------------------------------
    def fault_timeout(self, portal: Portal, raw_path: str, attempt: int) -> Response:
        if self.is_listing(portal, raw_path):
            self.inject("hang")
            return Response(200, writer=wire.hang(self.hang))
        return self.app(portal, raw_path)

    def fault_slow_drip(self, portal: Portal, raw_path: str, attempt: int) -> Response:
        resp = self.app(portal, raw_path)
        if resp.status != 200:
            return resp
        self.inject("drip")
        if self.victim(portal, raw_path) is not None:
            endless = resp.body + b"<!-- " + b"." * (1 << 20) + b" -->"
            return Response(200, writer=wire.drip(resp.headers, endless, 64, 0.25, self.hang))
        return Response(200, writer=wire.drip(resp.headers, resp.body, 8192, 0.02, self.hang))

    def fault_reset(self, portal: Portal, raw_path: str, attempt: int) -> Response:
        resp = self.app(portal, raw_path)
        if resp.status == 200 and self.article(portal, raw_path) is not None:
            if attempt == 1 or self.victim(portal, raw_path) is not None:
                self.inject("reset")
                return Response(200, writer=wire.reset(resp.headers, resp.body))
        return resp

    def fault_huge_page(self, portal: Portal, raw_path: str, attempt: int) -> Response:
        resp = self.app(portal, raw_path)
        if resp.status == 200 and self.victim(portal, raw_path) is not None:
            self.inject("huge_page")
            filler = b"<p>" + b"Tin ho\xe1\xba\xa1t \xc4\x91\xe1\xbb\x99ng " * 4000 + b"</p>\n"
            headers = {k: v for k, v in resp.headers.items() if k != "Content-Length"}
            return Response(200, writer=wire.stream(headers, resp.body[:2000], filler, HUGE_BYTES))
        return resp

    def fault_gzip_bomb(self, portal: Portal, raw_path: str, attempt: int) -> Response:
        resp = self.app(portal, raw_path)
        if resp.status == 200 and self.victim(portal, raw_path) is not None:
            self.inject("gzip_bomb")
            return Response(200, wire.gzip_bomb(BOMB_MIB), {**HTML, "Content-Encoding": "gzip"})
        return resp

    # -- HTTP --------------------------------------------------------------------------------
    def fault_flaky_5xx(self, portal: Portal, raw_path: str, attempt: int) -> Response:
        if attempt > 1:
            return self.app(portal, raw_path)
        status = (500, 502, 503)[self.requests[portal.id] % 3]
        self.inject(f"http_{status}")
        body = f"<html><body><h1>{status}</h1><p>Máy chủ đang bận, xin thử lại sau.</p></body></html>"
        return Response(status, body.encode("utf-8"), dict(HTML))

    def fault_rate_limit(self, portal: Portal, raw_path: str, attempt: int) -> Response:
        now, wall = time.monotonic(), time.time()
        with self.lock:
            early = now < self.not_before.get(portal.id, 0.0)
            limited = early or (attempt == 1 and self.requests[portal.id] % 3 == 1)
            if early:
                self.violations["retry_after"] += 1
            if limited:
                self.injected["http_429"] += 1
                if self.injected["http_429"] % 2 == 0:
                    # An HTTP date has whole seconds: name the first whole second at least
                    # ``retry_after`` away; the pause asked for is up to that instant.
                    until = math.ceil(wall + self.retry_after)
                    value, asked = formatdate(until, usegmt=True), until - wall
                else:
                    seconds = math.ceil(self.retry_after)
                    value, asked = str(seconds), float(seconds)
                # The crawler measures the pause from when the answer reaches it, later than now;
                # CLOCK_SLACK forgives only the timers' own granularity.
                until_mono = now + asked - CLOCK_SLACK
                self.not_before[portal.id] = max(self.not_before.get(portal.id, 0.0), until_mono)
        if not limited:
            return self.app(portal, raw_path)
        return Response(429, b"Too Many Requests", {"Content-Type": "text/plain", "Retry-After": value})

    def fault_redirect_loop(self, portal: Portal, raw_path: str, attempt: int) -> Response:
        parts = urlsplit(raw_path)
        victim = self.victim(portal, parts.path)
        if victim is None:
            return self.app(portal, raw_path)
        self.inject("redirect")
        if victim == 0:  # A -> B -> A
            target = parts.path if "loop=b" in parts.query else parts.path + "?loop=b"
        else:  # A -> A?hop=1 -> A?hop=2 -> ... without end
            hop = int(parts.query.rpartition("hop=")[2] or 0) if "hop=" in parts.query else 0
            target = f"{parts.path}?hop={hop + 1}"
        return Response(302, b"", {"Location": portal.url(target)})

    def fault_offsite_redirect(self, portal: Portal, raw_path: str, attempt: int) -> Response:
        victim = self.victim(portal, raw_path)
        trap = self.other_base().rstrip("/") + traps.TRAP_PATH
        if victim == 0:
            self.inject("redirect")
            return Response(301, b"", {"Location": f"{trap}moved.html"})
        resp = self.app(portal, raw_path)
        if victim == 1:
            refresh = f'<meta http-equiv="refresh" content="0; url={trap}refresh.html">'
            return self.rewrite(resp, lambda page: page.replace("<head>", "<head>" + refresh, 1), "meta_refresh")
        if self.is_listing(portal, raw_path):
            box = f'<div class="lienket"><a href="{trap}listed.html">Tin liên kết: Hội nghị tổng kết</a></div>'
            return self.rewrite(resp, lambda page: traps.before_body_end(page, box), "offsite_link")
        return resp

    def fault_other_host(self, portal: Portal, raw_path: str, attempt: int) -> Response:
        if urlsplit(raw_path).path.startswith(traps.TRAP_PATH):
            self.violation("offsite")
            return Response(200, b"<html><body><p>trap</p></body></html>", dict(HTML))
        return self.app(portal, raw_path)

    def fault_non_http(self, portal: Portal, raw_path: str, attempt: int) -> Response:
        if self.victim(portal, raw_path) is not None:
            self.inject("redirect")
            return Response(302, b"", {"Location": "file:///etc/passwd"})
        resp = self.app(portal, raw_path)
        if not self.is_listing(portal, raw_path):
            return resp
        links = "".join(
            f'<li><a href="{href}">Văn bản chỉ đạo về công tác công đoàn năm 2025 ({n})</a></li>'
            for n, href in enumerate((
                "javascript:void(window.open('/tin'))", "mailto:bbt@congdoan.vn", "file:///etc/passwd",
                f"ftp://{portal.host}:{portal.port}/van-ban.doc", "data:text/html,<script>alert(1)</script>",
            ), start=1)
        )
        return self.rewrite(resp, lambda page: traps.before_body_end(page, f"<ul class=\"vanban\">{links}</ul>"), "non_http_links")

    def fault_robots_disallow(self, portal: Portal, raw_path: str, attempt: int) -> Response:
        path = urlsplit(raw_path).path
        if path == "/robots.txt":
            self.inject("robots")
            return Response(200, b"User-agent: *\nDisallow: /tin-hoat-dong\n", {"Content-Type": "text/plain"})
        if path.startswith("/tin-hoat-dong"):
            self.violation("robots")
        return self.app(portal, raw_path)

    # -- markup ------------------------------------------------------------------------------
    def fault_truncated(self, portal: Portal, raw_path: str, attempt: int) -> Response:
        return self.rewrite_article(portal, raw_path, lambda page, a: traps.truncate(page, a), "truncated")

    def fault_hostile_html(self, portal: Portal, raw_path: str, attempt: int) -> Response:
        return self.rewrite_article(portal, raw_path, lambda page, a: traps.hostile(page, a), "hostile")

    def fault_invalid_html(self, portal: Portal, raw_path: str, attempt: int) -> Response:
        return self.rewrite(self.app(portal, raw_path), traps.mangle, "invalid_html")

    def fault_wrong_charset(self, portal: Portal, raw_path: str, attempt: int) -> Response:
        resp = self.rewrite(self.app(portal, raw_path), traps.misdeclare, "wrong_charset")
        if resp.status == 200:
            resp.headers["Content-Type"] = "text/html; charset=iso-8859-1"
        return resp

    # -- traps -------------------------------------------------------------------------------
    def fault_pagination_trap(self, portal: Portal, raw_path: str, attempt: int) -> Response:
        route = portal.renderer.route(portal, raw_path)  # type: ignore[attr-defined]
        if route is not None and route.kind == "listing" and route.page > portal.n_pages:
            self.inject("endless_page")
        return self.app(portal, raw_path)

    def fault_calendar_trap(self, portal: Portal, raw_path: str, attempt: int) -> Response:
        if urlsplit(raw_path).path == traps.CALENDAR_PATH:
            self.violation("calendar")
            page = traps.calendar_page(raw_path, self.app.today())
            return Response(200, page.encode("utf-8"), dict(HTML))
        widget = traps.calendar(self.app.today())
        return self.rewrite(self.app(portal, raw_path), lambda page: traps.before_body_end(page, widget), "calendar")

    def fault_duplicates(self, portal: Portal, raw_path: str, attempt: int) -> Response:
        path = traps.untracked(raw_path)
        found = self.article(portal, path)
        if found is not None:
            with self.lock:
                self.article_hits[(portal.id, found[1].key)] += 1
                if self.article_hits[(portal.id, found[1].key)] > 1:
                    self.violations["duplicate_fetch"] += 1
        resp = self.app(portal, path)
        if not self.is_listing(portal, path):
            return resp
        return self.rewrite(resp, lambda page: traps.duplicate_links(page, portal, list(portal.articles)), "duplicate_links")
