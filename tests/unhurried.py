"""Datasette with no time limit a busy machine could reach, for the tests that compare two servers' pages.

Datasette counts the tables of its index page under 10 ms each and of a database page under 5 ms
(a count cut short shows no count at all), and cuts a facet or a statement short at its setting's
limit. Two servers asked the same page therefore answer differently when the machine is busy for
one of them and not the other. The pages compared here are asked with every limit out of reach.
"""

from __future__ import annotations

from datasette.app import Datasette

LIMIT_MS = 120_000


def unhurried(datasette: Datasette) -> Datasette:
    """``datasette`` with its statements', facets' and table counts' time limits out of reach."""
    for key in ("sql_time_limit_ms", "facet_time_limit_ms", "facet_suggest_time_limit_ms"):
        datasette._settings[key] = LIMIT_MS
    datasette.sql_time_limit_ms = LIMIT_MS
    for db in datasette.databases.values():
        counts = db.table_counts
        db.table_counts = lambda limit=10, counts=counts: counts(LIMIT_MS)
    return datasette
