"""The parts of a distributed crawl against a real redis-server: the JSON request form, the
per-host politeness queue, atomic admission, leases given back by dead workers, crawl roles,
and a writer that fails halfway and loses nothing."""

from __future__ import annotations

import json

import pytest
import redis
import scrapy

from crawler import store
from crawler.distributed import serial
from crawler.distributed.ingest import Ingest, IngestBusy
from crawler.distributed.keys import Keys
from crawler.distributed.member import JOIN, MISMATCH, SEED, Member
from crawler.distributed.queue import EMPTY, LEASED, WAIT, HostQueue

pytestmark = pytest.mark.redis


class Spider(scrapy.Spider):
    name = "portal"

    def parse_article(self, response):  # pragma: no cover - a callback name only
        pass

    def failed(self, failure):  # pragma: no cover
        pass


def request(url: str, **meta) -> scrapy.Request:
    spider = Spider()
    return scrapy.Request(url, callback=spider.parse_article, errback=spider.failed,
                          meta={"source_id": "s", "kind": "article", **meta})


@pytest.fixture
def server(redis_url):
    return redis.Redis.from_url(redis_url)


def queue(server, delays: dict[str, float] | None = None) -> HostQueue:
    q = HostQueue(server, Spider(), Keys().requests, serializer=serial)
    q.delay_for = lambda host: (delays or {}).get(host, 0.0)
    return q


def member(server, worker_id: str, lease: float = 30.0) -> Member:
    return Member(server, Keys(), worker_id, lease, max_requeues=2)


def test_requests_travel_as_json_with_their_bytes():
    spider = Spider()
    original = scrapy.Request(
        "http://127.0.0.1:8000/tin-tuc/bai-1.html?id=1", callback=spider.parse_article,
        errback=spider.failed, headers={"If-None-Match": '"abc"', "Referer": "http://x/"},
        body=b"\x00\xff body", method="POST", meta={"source_id": "ldld-ha-noi", "page": 2, "known": None},
    )
    text = serial.dumps(original.to_dict(spider=spider))
    json.loads(text)  # plain JSON: no pickle anywhere in the queue
    copy = scrapy.utils.request.request_from_dict(serial.loads(text), spider=spider)
    assert copy.url == original.url and copy.body == original.body and copy.method == "POST"
    assert copy.headers.get("If-None-Match") == b'"abc"'
    assert copy.meta == original.meta and copy.callback == spider.parse_article


def test_hosts_take_turns_and_wait_their_delay_across_workers(server):
    q = queue(server, {"a:1": 30.0, "b:1": 30.0})
    for i in range(3):
        assert q.push_unique(request(f"http://a:1/{i}", download_slot="a:1"), "", "")
    assert q.push_unique(request("http://b:1/0", download_slot="b:1"), "", "")
    assert len(q) == 4
    first = q.lease(Keys().inflight("w1"), "1")
    second = q.lease(Keys().inflight("w2"), "1")  # another worker: still not host a again
    assert first[0] == second[0] == LEASED
    assert {first[1].url, second[1].url} == {"http://a:1/0", "http://b:1/0"}
    kind, seconds = q.lease(Keys().inflight("w1"), "2")
    assert kind == WAIT and 29 < seconds <= 30
    assert len(q) == 2
    assert server.hlen(Keys().inflight("w1")) == 1 and server.hlen(Keys().inflight("w2")) == 1


def test_a_retry_rests_its_host_for_every_worker(server):
    q = queue(server, {"a:1": 0.0})
    q.push_unique(request("http://a:1/1", download_slot="a:1"), "", "")
    q.push_unique(request("http://a:1/2", download_slot="a:1"), "", "", rest=20.0)  # Retry-After 20
    kind, seconds = q.lease(Keys().inflight("w2"), "1")
    assert kind == WAIT and 19 < seconds <= 20
    q.push_unique(request("http://a:1/3", download_slot="a:1"), "", "", rest=5.0)  # never shortens it
    assert q.lease(Keys().inflight("w3"), "1")[0] == WAIT


def test_a_request_is_admitted_once_per_fingerprint(server):
    q = queue(server)
    keys = Keys()
    assert q.push_unique(request("http://a:1/x"), "fp1", keys.dupefilter)
    assert not q.push_unique(request("http://a:1/x"), "fp1", keys.dupefilter)
    assert q.push_unique(request("http://a:1/x"), "", "")  # not filtered (a retry)
    assert len(q) == 2
    assert q.lease(keys.inflight("w"), "1")[0] == LEASED
    assert q.lease(keys.inflight("w"), "2")[0] == LEASED
    assert q.lease(keys.inflight("w"), "3") == (EMPTY, None)


def test_leases_of_a_dead_worker_go_back_then_aside(server):
    q = queue(server)
    keys = Keys()
    dead, alive = member(server, "dead", lease=0.2), member(server, "alive")
    dead.register()
    alive.register()
    q.push_unique(request("http://a:1/poison"), "", "")
    for attempt in range(1, 4):
        dead.register()
        assert q.lease(dead.inflight, str(attempt))[0] == LEASED
        assert alive.reap() == 0  # its heartbeat still runs: nothing is taken from it
        server.delete(keys.worker("dead"))  # as when it stops refreshing (kill -9)
        returned = alive.reap()
        assert server.hlen(dead.inflight) == 0
        if attempt <= 2:
            assert returned == 1 and len(q) == 1
        else:  # put back more than max_requeues times: set aside, not retried for ever
            assert returned == 0 and len(q) == 0
    assert server.llen(keys.dead) == 1
    assert b"dead" not in server.smembers(keys.workers)


def test_a_worker_gives_back_what_it_holds_when_it_leaves(server):
    q = queue(server)
    m = member(server, "w")
    m.register()
    q.push_unique(request("http://a:1/1"), "", "")
    q.push_unique(request("http://b:1/1"), "", "")
    q.lease(m.inflight, "1")
    q.lease(m.inflight, "2")
    m.book.begin("2")
    m.book.end("2")  # finished: acknowledged
    assert server.hlen(m.inflight) == 1
    assert m.leave() == 1
    assert len(q) == 1 and not server.exists(Keys().worker("w"))


def test_the_first_worker_seeds_others_join_and_a_different_crawl_is_refused(server):
    a, b, c = member(server, "a"), member(server, "b"), member(server, "c")
    for m in (a, b, c):
        m.register()
    assert a.begin("digest-1", 3) == SEED
    assert b.begin("digest-1", 3) == JOIN and b.crawl_id == a.crawl_id == "1"
    assert c.begin("digest-2", 3) == MISMATCH
    assert a.finish_if_done() == "seeding"  # not over before every start request is queued
    a.seeded()
    assert a.finish_if_done() == "done"
    assert c.begin("digest-2", 3) == SEED and c.crawl_id == "2"


def test_a_seeder_that_dies_is_replaced(server):
    a, b = member(server, "a"), member(server, "b")
    a.register()
    b.register()
    a.begin("d", 1)
    b.begin("d", 1)
    assert not b.take_over_seeding()
    server.delete(Keys().worker("a"))
    assert b.take_over_seeding()
    b.seeded()
    assert server.hget(Keys().crawl, "state") == b"running"


def records(server, crawl_id: str = "1") -> list[dict]:
    """Records as a worker pushes them: fetch, article, extraction, seen."""
    keys = Keys()
    server.hset(keys.crawl, mapping={"id": crawl_id, "state": "done", "sources": 1})
    m = member(server, "w")
    m.crawl_id = crawl_id
    out = []
    for i in range(6):
        url = f"http://127.0.0.1:9/tin/{i}.html"
        m.push("fetch", {"source_id": "s", "url": url, "kind": "article", "status": 200,
                         "outcome": "ok", "bytes": 100, "elapsed_ms": 5})
        article = {"url": url, "source_id": "s", "title": f"Bài {i}", "text": f"Nội dung {i}",
                   "published": "2025-10-01T08:00:00+07:00", "fetched_url": url, "notes": []}
        m.push("article", article)
        out.append(article)
    m.push("extraction", {"url": "http://127.0.0.1:9/tin/x.html", "outcome": "no_body"})
    m.push("seen", {"url": "http://127.0.0.1:9/tin/x.html", "source_id": "s", "article_url": None,
                    "outcome": "not_article"})
    return out


class Crash(Exception):
    pass


class CrashingIngest(Ingest):
    """Dies after writing ``after`` records, before it acknowledges its batch."""

    def __init__(self, *args, after: int, **kwargs):
        super().__init__(*args, **kwargs)
        self.after = after

    def write(self, raw):
        if self.result.records == self.after:
            raise Crash
        super().write(raw)


def test_a_writer_that_dies_halfway_loses_nothing_and_writes_nothing_twice(server, tmp_path):
    keys = Keys()
    expected = records(server)
    db = store.open_db(tmp_path / "uw.db")
    owner = f"host:{tmp_path / 'uw.db'}"
    with pytest.raises(Crash):
        CrashingIngest(db, server, keys, batch=5, after=7, owner=owner).run()
    assert 0 < db["articles"].count < len(expected)
    assert server.llen(keys.pending) > 0  # taken, not acknowledged
    tagged: list[int] = []
    # The same host and file (whose lock the command holds) take over the dead writer's lock.
    result = Ingest(db, server, keys, batch=5, owner=owner,
                    after_drain=lambda d: tagged.append(d["articles"].count)).run()
    assert db["articles"].count == len(expected)
    assert db.execute("SELECT count(*), count(DISTINCT record) FROM fetches").fetchone() == (6, 6)
    assert db.execute("SELECT extraction FROM fetches WHERE url LIKE '%/tin/0.html'").fetchone() == ("ok",)
    assert db.execute("SELECT outcome FROM seen_urls").fetchall() == [("not_article",)]
    assert server.llen(keys.items) == 0 and server.llen(keys.pending) == 0
    assert tagged == [6]
    run = db.execute("SELECT status, mode, new, requests FROM crawl_runs WHERE id = ?",
                     [result.finished_runs[0]]).fetchone()
    assert run == ("ok", "distributed", 6, 6)
    assert server.sismember(keys.known, expected[0]["url"])
    assert server.sismember(keys.skipped, "http://127.0.0.1:9/tin/x.html")


def test_one_writer_at_a_time(server, tmp_path):
    first = Ingest(store.open_db(tmp_path / "a.db"), server, Keys(), owner="h1:/srv/a.db")
    first.acquire()
    with pytest.raises(IngestBusy, match="h1:/srv/a.db"):
        Ingest(store.open_db(tmp_path / "b.db"), server, Keys(), owner="h2:/srv/b.db").acquire()
    first.release()
    Ingest(store.open_db(tmp_path / "b.db"), server, Keys(), owner="h2:/srv/b.db").acquire()
