"""Markup faults and crawler traps of the fault portals: broken HTML, lying charsets, hostile
markup, calendars without end, pagers without end, and one article under many URLs."""

from __future__ import annotations

import html as htmlmod
import re
from datetime import date, timedelta
from urllib.parse import urlsplit

from .families.base import Route
from .families.generic import Generic
from .model import Article, Portal

CALENDAR_PATH = "/lich-cong-tac"
TRAP_PATH = "/trap/"
_BODY_START = re.compile(r"<body[^>]*>", re.IGNORECASE)
_CHARSET = re.compile(r"charset=[\"']?[\w-]+", re.IGNORECASE)


def before_body_end(page: str, snippet: str) -> str:
    """Insert ``snippet`` just before ``</body>`` (or at the end)."""
    at = page.lower().rfind("</body>")
    if at < 0:
        return page + snippet
    return page[:at] + snippet + page[at:]


def after_first(page: str, needle: str, snippet: str) -> str:
    """Insert ``snippet`` after the first occurrence of ``needle`` (escaped as in the page)."""
    for form in (htmlmod.escape(needle, quote=False), needle):
        at = page.find(form)
        if at >= 0:
            return page[: at + len(form)] + snippet + page[at + len(form) :]
    return page


def first_paragraphs(article: Article, n: int) -> list[str]:
    return [b.text for b in article.blocks if b.kind == "p" and b.text.strip()][:n]


def truncate(page: str, article: Article) -> str:
    """The page cut off in the middle of the body: after the second paragraph's text, mid-tag."""
    paragraphs = first_paragraphs(article, 2)
    if not paragraphs:
        return page[: len(page) * 2 // 3]
    marker = htmlmod.escape(paragraphs[-1], quote=False).replace("\xa0", "&nbsp;")
    at = page.find(marker)
    if at < 0:
        return page[: len(page) * 2 // 3]
    return page[: at + len(marker)] + "</p><p style=\"text-al"


def mangle(page: str) -> str:
    """Invalid HTML as old editors leave it: stray closing tags, unclosed and mis-nested elements,
    control characters, a second <html> and an unterminated attribute quote in the chrome."""
    page = page.replace("</p>", "")
    page = _BODY_START.sub(lambda m: m.group(0) + "</div></span></td></tr></table><p><div><b><i>", page, count=1)
    page = page.replace("</h1>", "</h2></i></h1>", 1)
    page = page.replace("<head>", "<head>\x00\x0b<html><body>", 1)
    return before_body_end(page, '<div class="footer" title="unterminated>\x00</b></font></center>')


def misdeclare(page: str) -> str:
    """Every in-page charset declaration says windows-1252 (the body stays UTF-8)."""
    return _CHARSET.sub("charset=windows-1252", page)


HOSTILE_TITLE = "<script>alert('title')</script>"
HOSTILE_BODY = (
    "<script>alert('body')</script>"
    '<img src="x" onerror="alert(\'img\')">'
    '<a href="javascript:alert(\'link\')">Xem thêm</a>'
    '<iframe src="javascript:alert(\'frame\')"></iframe>'
    '<svg onload="alert(\'svg\')"><circle r="1"/></svg>'
    '<p onclick="alert(\'click\')" style="background:url(javascript:alert(1))">Liên kết</p>'
    "<style>body{display:none}</style>"
    '<form action="http://127.0.0.1:1/steal"><input name="q"></form>'
    '<object data="javascript:alert(\'object\')"></object>'
)


def hostile(page: str, article: Article) -> str:
    """Script in every place a page can carry it: the <title>, the heading, the body."""
    page = page.replace("<title>", "<title>" + HOSTILE_TITLE, 1)
    page = page.replace("</h1>", '<img src="x" onerror="alert(\'h1\')"></h1>', 1)
    paragraphs = first_paragraphs(article, 1)
    return after_first(page, paragraphs[0], HOSTILE_BODY) if paragraphs else page


def calendar(day: date) -> str:
    """A "Lịch công tác" month widget: a link per day and to the months before and after."""
    first = day.replace(day=1)
    before = (first - timedelta(days=1)).replace(day=1)
    after = (first + timedelta(days=32)).replace(day=1)
    days = []
    current = first
    while current.month == first.month:
        days.append(f'<td><a href="{CALENDAR_PATH}?ngay={current.isoformat()}">{current.day}</a></td>')
        current += timedelta(days=1)
    rows = "".join(f"<tr>{''.join(days[i : i + 7])}</tr>" for i in range(0, len(days), 7))
    return (
        '<table class="lich" summary="Lịch công tác"><caption>'
        f'<a href="{CALENDAR_PATH}?thang={before:%Y-%m}">« Tháng trước</a> '
        f"Tháng {first.month}/{first.year} "
        f'<a href="{CALENDAR_PATH}?thang={after:%Y-%m}">Tháng sau »</a></caption>{rows}</table>'
    )


def calendar_page(raw_path: str, today: date) -> str:
    """What a calendar URL shows: the day's (empty) schedule and the month around it."""
    query = urlsplit(raw_path).query
    found = re.search(r"(?:ngay|thang)=(\d{4})-(\d{2})(?:-(\d{2}))?", query)
    day = today
    if found:
        try:
            day = date(int(found[1]), int(found[2]), int(found[3] or 1))
        except ValueError:
            day = today
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Lịch công tác</title></head><body>'
        f"<h2>Lịch công tác ngày {day:%d/%m/%Y}</h2><p>Chưa có lịch công tác.</p>"
        f"{calendar(day)}</body></html>"
    )


VARIANTS = (
    "{path}?utm_source=zalo&utm_medium=social&utm_campaign=cdvn",
    "{upper}#binh-luan",
    "{path}?fbclid=IwAR3xYzK1",
    "{base}{path}?gclid=Cj0KCQ&utm_content=tin",
)


def duplicate_links(page: str, portal: Portal, articles: list[Article]) -> str:
    """Each link to an article on the page gets another spelling: tracking parameters, the
    path in capitals (the server ignores case), a fragment, an absolute URL."""
    family = portal.renderer
    counter = 0

    def variant(path: str) -> str:
        nonlocal counter
        counter += 1
        pattern = VARIANTS[counter % len(VARIANTS)]
        upper = path.upper() if family.case_insensitive else path
        return pattern.format(path=path, upper=upper, base=portal.base_url.rstrip("/"))

    for article in articles:
        path = family.article_path(portal, article)  # type: ignore[attr-defined]
        quoted = f'href="{htmlmod.escape(path)}"'
        while quoted in page:
            page = page.replace(quoted, f'href="{htmlmod.escape(variant(path))}"', 1)
    return page


TRACKING = re.compile(r"(^|&)(utm_\w+|fbclid|gclid)=[^&]*", re.IGNORECASE)


def untracked(raw_path: str) -> str:
    """The path the server really answers for: tracking parameters and fragments ignored."""
    parts = urlsplit(raw_path)
    query = TRACKING.sub("", parts.query).strip("&")
    return parts.path + (f"?{query}" if query else "")


class OverlappingPortal(Portal):
    """A portal whose listing pages also show the first items of the next page."""

    def page_articles(self, page: int) -> list[Article]:
        start = (page - 1) * self.per_page
        return self.articles[start : start + self.per_page + 2]


class EndlessPortal(Portal):
    """A portal whose pages after the last one repeat the last page."""

    def page_articles(self, page: int) -> list[Article]:
        return super().page_articles(min(page, self.n_pages))


class EndlessPager(Generic):
    """The home-made PHP site whose pager always offers one more page (every page number answers)."""

    _PAGE = re.compile(r"/tin-hoat-dong\?page=(\d+)")

    def route(self, portal: Portal, raw_path: str) -> Route | None:
        found = super().route(portal, raw_path)
        if found is None and (match := self._PAGE.fullmatch(raw_path)):
            return Route("listing", page=int(match[1]))
        return found

    def pager(self, portal: Portal, page: int) -> dict:
        window = range(max(1, page - 3), page + 5)
        return {
            "n_pages": page + 4,
            "prev_href": self.listing_path(portal, page - 1) if page > 1 else None,
            "next_href": self.listing_path(portal, page + 1),
            "page_hrefs": [(p, self.listing_path(portal, p)) for p in window],
        }
