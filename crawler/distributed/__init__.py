"""Crawling from many processes or machines through one Redis server (scrapy-redis).

Workers (``unionwatch crawl --redis URL``) share one request queue and one duplicate filter in
Redis, lease each request they take, and push what they find (articles, fetch outcomes,
extraction outcomes, remembered links) to a Redis list as JSON records. One writer
(``unionwatch ingest --redis URL``) drains that list into SQLite and runs enrichment.

- ``keys``: every Redis key, in one place.
- ``serial``: the JSON form of requests in the queue (never pickle: the queue is shared).
- ``scripts``: the Lua scripts that make enqueue, lease, requeue and the end of a crawl atomic.
- ``queue``: the per-host politeness queue (a scrapy-redis queue class).
- ``scheduler``: leases, heartbeats, requeue of dead workers' requests, the end of a crawl.
- ``components``: the spider middleware, downloader middleware and pipelines of a worker.
- ``spider``: what a registry spider does differently as a worker.
- ``worker``: run one worker.  ``ingest``: the one writer.
"""
