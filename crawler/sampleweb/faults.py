"""Fault-injecting mode of the sample web: one extra portal per way an old portal fails.

    from crawler.sampleweb.faults import FaultWeb
    with FaultWeb(retry_after=1, hang=10) as web:     # every fault, plus the bundled portals
        web.registry_toml(); web.expected_articles(); web.expected_failures(); web.report()

Each fault portal is a small portal of real-looking articles (generated, in one CMS family) whose
server misbehaves in one way. ``FAULTS`` says what a crawler must make of it: store every
article, store all but the first ``victims`` (which fail with ``cause``), or store nothing (the
whole source fails with ``cause``). The server counts what it was asked for, the faults it
injected, and every request a polite, careful crawler would never make (``report()``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass

from . import SampleWeb, traps
from .content import load_portals
from .faultapp import FaultApp
from .generate import generate_portals
from .model import Article, Block, Portal


@dataclass(frozen=True)
class Fault:
    name: str
    what: str
    layout: tuple[str, str] = ("generic", "php")
    expect: str = "all"  # "all": every article stored (but victims) | "none": the source fails
    cause: str | None = None  # fetches.outcome of the failures
    victims: int = 0  # leading articles that can never be fetched


FAULTS: dict[str, Fault] = {f.name: f for f in (
    Fault("refused", "nothing listens on the portal's port", expect="none", cause="refused"),
    Fault("timeout", "the listing is accepted and never answered", ("wordpress", ""), "none", "timeout"),
    Fault("slow_drip", "pages trickle in; one article never ends", ("joomla", ""), cause="timeout", victims=1),
    Fault("flaky_5xx", "the first request for each page gets 500, 502 or 503", ("dnn", "")),
    Fault("rate_limit", "429 with Retry-After (seconds or a date); early requests get 429 again", ("vendor", "tld")),
    Fault("reset", "connections reset mid-body on first requests; one article always",
          cause="data_loss", victims=1),
    Fault("truncated", "article pages end in the middle of the body", ("wordpress", "")),
    Fault("invalid_html", "stray, unclosed and mis-nested tags, NUL and control characters", ("joomla", "")),
    Fault("wrong_charset", "UTF-8 pages declared as ISO-8859-1 and windows-1252", ("dnn", "")),
    Fault("redirect_loop", "one article redirects A->B->A, one without end", cause="redirect_loop", victims=2),
    Fault("offsite_redirect", "one article redirects, one meta-refreshes, off the source's host",
          ("wordpress", ""), cause="offsite", victims=2),
    Fault("pagination_trap", "the pager never ends: every page number answers"),
    Fault("calendar_trap", "every page carries a month calendar linking months without end", ("joomla", "")),
    Fault("duplicates", "each article linked under tracking parameters, capitals, fragments",
          ("sharepoint", "hanam")),
    Fault("huge_page", "one article is a 50 MB page without Content-Length", ("dnn", ""), cause="too_large", victims=1),
    Fault("gzip_bomb", "one article is 1 KiB of gzip that inflates to 1 GiB", ("vendor", "tld"),
          cause="too_large", victims=1),
    Fault("robots_disallow", "robots.txt disallows the listing", expect="none", cause="robots"),
    Fault("hostile_html", "script in page markup; markup typed as text in titles and bodies", ("wordpress", "")),
    Fault("non_http", "links to javascript:, mailto:, file:, ftp:, data:; one article redirects to file:",
          ("joomla", ""), cause="http_302", victims=1),
    Fault("other_host", "a well-behaved portal on 127.0.0.2, where the off-site redirects point"),
)}
ARTICLES_PER_PORTAL = 6
PER_PAGE = 3
OTHER_HOST = "127.0.0.2"


def fault_portals(names: Iterable[str], seed: str = "faults") -> list[Portal]:
    """One small portal per fault, ids ``fault-<name>``."""
    names = list(names)
    base = generate_portals(len(names), ARTICLES_PER_PORTAL, seed)
    out = []
    for name, generated in zip(names, base, strict=True):
        fault = FAULTS[name]
        cls = {"pagination_trap": traps.EndlessPortal, "duplicates": traps.OverlappingPortal}.get(name, Portal)
        values = {f.name: getattr(generated, f.name) for f in dataclasses.fields(Portal)}
        values.update(
            id=f"fault-{name.replace('_', '-')}", family=fault.layout[0], skin=fault.layout[1],
            kind="broken" if name == "refused" else "fault", broken_mode="refuse",
            per_page=PER_PAGE, notes=f"fault portal: {fault.what}",
        )
        portal = cls(**values)
        portal.articles = [dataclasses.replace(a) for a in generated.articles]
        if name == "hostile_html":
            portal.articles = [with_markup_text(a) for a in portal.articles]
        out.append(portal)
    return out


MARKUP_TITLE = " <script>alert('tiêu đề')</script>"
MARKUP_PARAGRAPH = (
    "Hội nghị quán triệt Nghị quyết số 02-NQ/TW <img src=x onerror=alert('bằng chứng')> "
    'và Chỉ thị <a href="javascript:alert(1)">số 03</a> của Tổng Liên đoàn.'
)


def with_markup_text(article: Article) -> Article:
    """The article as an editor typed it: markup as visible text in the title and in a
    paragraph citing a resolution (pages show it escaped; stored text keeps it as text)."""
    blocks = [*article.blocks[:1], Block("p", MARKUP_PARAGRAPH), *article.blocks[1:]]
    return dataclasses.replace(article, title=article.title + MARKUP_TITLE, blocks=blocks,
                               resolutions=["02-NQ/TW"])



class FaultWeb(SampleWeb):
    """The sample web with fault portals: ``faults`` names them (default: every fault);
    ``bundled`` keeps the bundled portals too (True: all, or the ids to keep). ``retry_after``
    is the wait the rate-limited portal asks for; ``hang`` bounds how long a hung or dripping
    answer holds its worker."""

    def __init__(
        self, faults: Iterable[str] | None = None, *, bundled: bool | Iterable[str] = True,
        retry_after: float = 1.0, hang: float = 30.0, **kwargs,
    ):
        names = list(dict.fromkeys(faults or FAULTS))
        unknown = [n for n in names if n not in FAULTS]
        if unknown:
            raise ValueError(f"unknown fault {unknown[0]!r} (known: {', '.join(FAULTS)})")
        if "offsite_redirect" in names and "other_host" not in names:
            names.append("other_host")
        extra = fault_portals(names)
        keep = bundled if not isinstance(bundled, bool) else None
        normal = [p for p in load_portals() if keep is None or p.id in set(keep)] if bundled else []
        super().__init__(portals=[*normal, *extra], **kwargs)
        self.fault_of = {p.id: n for p, n in zip(extra, names, strict=True)}
        for portal in extra:
            if self.fault_of[portal.id] == "other_host":
                portal.host = OTHER_HOST
            if self.fault_of[portal.id] == "pagination_trap":
                portal.renderer = traps.EndlessPager()
        victims = {pid: (name, FAULTS[name].victims) for pid, name in self.fault_of.items()}
        self.faults = FaultApp(self._app, victims, self._other_base, retry_after, hang)
        self._app = self.faults  # type: ignore[assignment]

    def _other_base(self) -> str:
        for portal_id, name in self.fault_of.items():
            if name == "other_host":
                return self.portal(portal_id).base_url
        return f"http://{OTHER_HOST}:9/"

    def fault(self, source_id: str) -> Fault | None:
        name = self.fault_of.get(source_id)
        return FAULTS[name] if name else None

    def expected_articles(self) -> list[dict]:
        """Articles a careful crawler stores: all but those of failing sources and the victims."""
        out = []
        for portal in self.portals:
            fault = self.fault(portal.id)
            if portal.kind == "broken" or (fault and fault.expect == "none"):
                continue
            skip = fault.victims if fault else 0
            out.extend(self._expected(portal, a) for a in list(portal.articles)[skip:])
        return out

    def expected_failures(self) -> list[dict]:
        """What must be recorded in ``fetches``: per failing source (url None) or victim page."""
        out = []
        for portal_id, name in self.fault_of.items():
            fault, portal = FAULTS[name], self.portal(portal_id)
            if fault.expect == "none":
                out.append({"source_id": portal_id, "url": None, "cause": fault.cause, "fault": name})
            for article in list(portal.articles)[: fault.victims]:
                url = portal.url(portal.renderer.article_path(portal, article))
                out.append({"source_id": portal_id, "url": url, "cause": fault.cause, "fault": name})
        return out

    def report(self) -> dict:
        """What the server saw: requests, faults injected, violations (all zero for a good crawler)."""
        app = self.faults
        with app.lock:
            return {
                "requests": sum(app.requests.values()),
                "requests_by_source": dict(app.requests),
                "faults_injected": sum(app.injected.values()),
                "injected": dict(app.injected),
                "violations": dict(app.violations),
            }

    def rearm(self) -> None:
        """Make first requests fail again and zero the counters (before another crawl)."""
        self.faults.rearm()
