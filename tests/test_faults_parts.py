"""The parts behind the fault crawl: the fault web misbehaves as documented, Retry-After is read
in both of its forms, backoff grows and stays bounded, failures get stable causes, and requests
outside a source are refused before they are sent."""

from __future__ import annotations

import http.client
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
import zlib
from email.utils import formatdate
from urllib.parse import urlsplit

import pytest
from scrapy import Request
from scrapy.exceptions import (
    DownloadCancelledError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from scrapy.utils.test import get_crawler
from twisted.internet.error import ConnectionRefusedError as TwistedRefused

from bench import harness
from crawler.fetchlog import cause_of, outcome_of
from crawler.registry import Source
from crawler.retry import BackoffRetryMiddleware, retry_after_seconds
from crawler.sampleweb import wire
from crawler.sampleweb.faults import FAULTS, FaultWeb
from crawler.scope import SourceScopeMiddleware
from spiders.portal import PortalSpider
from tests.conftest import ROOT, UNIONWATCH


@pytest.fixture(scope="module")
def web():
    with FaultWeb(bundled=False, retry_after=1.0, hang=3.0) as running:
        yield running


def get(url: str, timeout: float = 10) -> tuple[int, dict, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


def article_url(web: FaultWeb, source_id: str, index: int = 0) -> str:
    portal = web.portal(source_id)
    return portal.url(portal.renderer.article_path(portal, portal.articles[index]))


# -- the fault web ---------------------------------------------------------------------------------
def test_every_fault_has_a_portal_and_an_expectation(web):
    assert set(web.fault_of.values()) == set(FAULTS)
    for name, fault in FAULTS.items():
        assert fault.expect in ("all", "none")
        assert (fault.cause is None) == (fault.expect == "all" and fault.victims == 0), name
    assert web.portal("fault-other-host").host == "127.0.0.2"
    registry = web.registry_toml()
    assert registry.count("[[source]]") == len(FAULTS)


def test_rate_limited_portal_names_a_wait_and_counts_early_requests(web):
    web.rearm()
    listing = web.portal("fault-rate-limit").listing_urls[0]
    status, headers, _ = get(listing)
    assert status == 429 and float(headers["Retry-After"]) >= 1
    status, headers, _ = get(listing)  # asked again at once: refused again, and counted
    assert status == 429 and web.report()["violations"] == {"retry_after": 1}
    asked = retry_after_seconds(headers["Retry-After"])  # this time an HTTP date, whole seconds
    assert not headers["Retry-After"].isdigit() and 0 < asked <= 2
    time.sleep(asked)  # waiting exactly what the date says is careful, whatever its rounding
    assert get(listing)[0] == 200
    assert web.report()["violations"] == {"retry_after": 1}
    web.rearm()


def test_flaky_portal_fails_first_then_answers(web):
    web.rearm()
    url = article_url(web, "fault-flaky-5xx")
    assert get(url)[0] in (500, 502, 503)
    assert get(url)[0] == 200


def test_reset_portal_cuts_the_body_short(web):
    web.rearm()
    parts = urlsplit(article_url(web, "fault-reset", 0))
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    conn.request("GET", parts.path)
    response = conn.getresponse()
    with pytest.raises((http.client.IncompleteRead, ConnectionResetError)):
        response.read()
    conn.close()


def test_hung_portal_answers_nothing(web):
    with pytest.raises(TimeoutError):
        urllib.request.urlopen(web.portal("fault-timeout").listing_urls[0], timeout=1)


def test_robots_txt_disallows_the_listing(web):
    portal = web.portal("fault-robots-disallow")
    assert b"Disallow: /tin-hoat-dong" in get(portal.url("/robots.txt"))[2]
    assert urlsplit(portal.listing_urls[0]).path.startswith("/tin-hoat-dong")


def test_gzip_bomb_is_valid_gzip_of_a_gibibyte():
    bomb = wire.gzip_bomb(1024)
    assert len(bomb) < 2 * 1024 * 1024
    inflater = zlib.decompressobj(31)
    out = inflater.decompress(bomb, 64 * 1024 * 1024)  # the first 64 MiB, and it is not done
    assert len(out) == 64 * 1024 * 1024 and not inflater.eof
    assert int.from_bytes(bomb[-4:], "little") == (1 << 30) & 0xFFFFFFFF


def test_duplicate_spellings_serve_the_same_article(web):
    portal = web.portal("fault-duplicates")
    url = article_url(web, "fault-duplicates", 1)
    path = urlsplit(url).path
    plain = get(url)[2]
    assert get(url + "?utm_source=zalo&fbclid=x")[2] == plain
    assert get(portal.url(path.upper()))[2] == plain
    listing = get(portal.listing_urls[0])[2].decode("utf-8")
    assert "utm_source=" in listing and "fbclid=" in listing


def test_sampleweb_module_serves_the_fault_portals():
    proc = subprocess.Popen(
        [*UNIONWATCH[:1], "-m", "crawler.sampleweb", "--faults", "timeout,robots_disallow", "--faults-only"],
        cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        lines = [proc.stdout.readline() for _ in range(3)]
        assert lines[0].startswith("fault-timeout") and lines[1].startswith("fault-robots-disallow"), lines
        assert lines[2].startswith("Serving")
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=10)
    bad = subprocess.run([*UNIONWATCH[:1], "-m", "crawler.sampleweb", "--faults", "nope"], cwd=ROOT,
                         capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "unknown fault 'nope'" in bad.stderr


# -- retry, backoff, causes --------------------------------------------------------------------------
def test_retry_after_in_seconds_and_as_a_date():
    assert retry_after_seconds(b"120") == 120
    now = time.time()
    assert 29 <= retry_after_seconds(formatdate(now + 30, usegmt=True), now=now) <= 30
    assert retry_after_seconds(formatdate(now - 30, usegmt=True), now=now) == 0
    assert retry_after_seconds(b"soon") is None and retry_after_seconds(None) is None


def test_backoff_doubles_with_jitter_and_a_ceiling():
    crawler = get_crawler(settings_dict={"UNIONWATCH_RETRY_BACKOFF": 1.0, "UNIONWATCH_RETRY_BACKOFF_MAX": 5.0})
    middleware = BackoffRetryMiddleware(crawler)
    for number, base in ((1, 1.0), (2, 2.0), (3, 4.0), (4, 5.0), (9, 5.0)):
        waits = [middleware.backoff(number) for _ in range(50)]
        assert all(0.75 * base <= w <= 1.25 * base for w in waits), (number, waits)


NO_DELAY_CRAWL = """
import sys
from crawler import store
from crawler.registry import load_registry
from crawler.runner import run_crawl
from spiders.portal import PortalSpider
registry = load_registry(sys.argv[1])
store.upsert_sources(store.open_db(sys.argv[2]), registry.sources, sys.argv[1])
run_crawl(sys.argv[2], registry.sources, PortalSpider, overrides={
    "DOWNLOAD_DELAY": 0.001, "RANDOMIZE_DOWNLOAD_DELAY": False, "AUTOTHROTTLE_ENABLED": False})
"""


def test_a_retry_after_rests_the_host_before_its_next_queued_request_goes(tmp_path):
    # With a delay between requests shorter than a round trip, the listing's article requests
    # wait in the host's queue when a 429 arrives, and Scrapy sends the next of them before any
    # middleware sees the 429: the host must be rested on arrival. (A delay of 0 would not do:
    # Scrapy then sends a host's whole queue at once, whatever its concurrency.)
    with FaultWeb(["rate_limit"], bundled=False, retry_after=1.0) as rate_limited:
        registry = tmp_path / "faults.toml"
        registry.write_text(rate_limited.registry_toml(), encoding="utf-8")
        subprocess.run([sys.executable, "-c", NO_DELAY_CRAWL, str(registry), str(tmp_path / "u.db")],
                       check=True, capture_output=True, timeout=120, cwd=ROOT, env=harness.env())
        report = rate_limited.report()
    assert report["injected"]["http_429"] >= 2
    assert report["violations"] == {}


@pytest.mark.parametrize(("exception", "cause"), [
    (DownloadTimeoutError("Getting x took longer than 3 seconds."), "timeout"),
    (TwistedRefused(), "refused"),
    (DownloadCancelledError("expected size larger than download max size"), "too_large"),
    (ResponseDataLossError(), "data_loss"),
    (IgnoreRequest("Forbidden by robots.txt"), "robots"),
    (IgnoreRequest("offsite: x is outside y's domains"), "offsite"),
    (IgnoreRequest("scheme: not an http(s) URL: file:///etc/passwd"), "scheme"),
    (IgnoreRequest("max redirections reached"), "redirect_loop"),
])
def test_failures_have_stable_causes(exception, cause):
    assert cause_of(exception) == cause


def test_outcomes_of_statuses():
    assert [outcome_of(s) for s in (200, 304, 302, 404, 503)] == ["ok", "not_modified", "http_302", "http_404", "http_503"]


# -- scope -------------------------------------------------------------------------------------------
def test_requests_stay_inside_their_source():
    near = Source("near", "Liên đoàn Lao động tỉnh A", "province", "http://ldld.a.gov.vn/", ("http://ldld.a.gov.vn/tin",), province="A")
    far = Source("far", "Liên đoàn Lao động tỉnh B", "province", "http://congdoan.b.vn/", ("http://congdoan.b.vn/tin",), province="B")
    crawler = get_crawler(PortalSpider)
    crawler.spider = PortalSpider(sources=[near, far])
    scope = SourceScopeMiddleware(crawler)
    allowed = ["http://ldld.a.gov.vn/tin/1.html", "https://www.ldld.a.gov.vn/x", "http://LDLD.A.gov.vn:8080/y"]
    for url in allowed:
        assert scope.process_request(Request(url, meta={"source_id": "near"})) is None
    refused = {
        "http://congdoan.b.vn/tin/2.html": "offsite",  # another source's host
        "http://ldld.a.gov.vn.evil.example/": "offsite",
        "http://a.gov.vn/": "offsite",
        "ftp://ldld.a.gov.vn/van-ban.doc": "scheme",
        "file:///etc/passwd": "scheme",
        "data:text/html,<script>alert(1)</script>": "scheme",
    }
    for url, cause in refused.items():
        with pytest.raises(IgnoreRequest) as caught:
            scope.process_request(Request(url, meta={"source_id": "near"}, dont_filter=True))
        assert cause_of(caught.value) == cause, url
    # robots.txt and other requests without a source: any source's host, nothing else.
    assert scope.process_request(Request("http://congdoan.b.vn/robots.txt")) is None
    with pytest.raises(IgnoreRequest):
        scope.process_request(Request("http://example.com/robots.txt"))
