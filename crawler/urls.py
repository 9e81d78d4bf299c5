"""Canonical URLs: one spelling per page, so duplicates are fetched and stored once."""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import parse_qsl, quote, unquote, urlencode, urljoin, urlsplit, urlunsplit

# Query parameters that only track the visitor or the referring campaign.
TRACKING = re.compile(
    r"^(utm_\w+|fbclid|gclid|dclid|msclkid|zarsrc|mc_cid|mc_eid|_ga|ref|source|share|"
    r"sessionid|phpsessid|jsessionid|sid|cid_ref)$",
    re.IGNORECASE,
)
# Servers whose paths are case-insensitive (IIS: SharePoint, DNN, ASP.NET vendor portals).
_CASE_INSENSITIVE_PATH = re.compile(r"(\.aspx?$|/pages/|/tabid/)", re.IGNORECASE)


def is_http(url: str) -> bool:
    """True for absolute http(s) URLs."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname)


# A crawl asks for the same few thousand URLs many times over (every page's menus, each listing
# link by the extractor, the layout signature and the spider): both functions are pure, and
# remembered answers cost a dictionary look-up.
@lru_cache(maxsize=1 << 16)
def canonicalize(url: str) -> str:
    """Return the canonical spelling of ``url``.

    Lower-case scheme and host, no default port, no fragment, no tracking parameters, sorted
    query, percent-encoding normalised; the path is lower-cased only on IIS-style URLs, where
    the server ignores case.
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    port = parts.port
    netloc = host
    if port and not ((scheme == "http" and port == 80) or (scheme == "https" and port == 443)):
        netloc = f"{host}:{port}"
    path = quote(unquote(parts.path or "/"), safe="/:@!$&'()*+,;=-._~")
    if _CASE_INSENSITIVE_PATH.search(path):
        path = path.lower()
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not TRACKING.match(k)
    ]
    query.sort()
    return urlunsplit((scheme, netloc, path, urlencode(query, doseq=True), ""))


@lru_cache(maxsize=1 << 16)
def join(base: str, href: str) -> str:
    """``urljoin(base, href)``, remembered."""
    return urljoin(base, href)


def host_of(url: str) -> str:
    """Host name of a URL, lower case."""
    return (urlsplit(url).hostname or "").lower()


def netloc_of(url: str) -> str:
    """host[:port] of a URL: the unit of politeness."""
    return urlsplit(url).netloc.lower()


def same_site(url: str, domains: tuple[str, ...] | list[str]) -> bool:
    """True when ``url``'s host is one of ``domains`` or a subdomain of one."""
    host = host_of(url)
    return any(host == d or host.endswith("." + d) for d in domains)
