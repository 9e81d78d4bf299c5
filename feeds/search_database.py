"""Datasette's Database, with other plans for the statements of a table search.

- The count of a search that is the table's only filter comes from the full-text index
  (``feeds/search_count.py``).
- The first page of such a search, when it matches a large share of the table, is read with a
  correlated look-up (``feeds/table_search.py``).
- Any other statement filtered by a search reads the search's match set, built once per
  connection and version of the store (``feeds/match_sets.py``).
- A facet over the whole table, or over a search that misses few rows, is read from the table's
  counts per value, kept beside the match sets (``feeds/facet_complement.py``).
- Datasette's questions about the schema are answered once per schema version
  (``feeds/schema_memo.py``).
- The count of a search that is the table's only filter, when the plan's probe finds it dense
  enough for the correlated page, is started ahead (``count_ahead``) in two rowid ranges on two
  other SQL threads, so that it runs while the page is read; Datasette's count statement then
  waits for it and takes the count it left, under the same checks as any remembered count. Any
  other such search is counted by its match set, built for its page.
- The ranked search's answers (the canned query ``search``) are remembered while the store is
  unchanged (``feeds/ranked_memo.py``).

Whenever a condition is not met, a statement runs exactly as Datasette wrote it.
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict

from datasette.database import Database, Results
from datasette.tracer import trace

from feeds import facet_complement, match_sets, ranked_memo, search_count, table_search
from feeds.schema_memo import VERSION_STATEMENT, SchemaMemo, statement_key

_COUNT_DESCRIPTION = [("count(*)", None, None, None, None, None, None)]
AHEAD = 16  # counts started ahead and not yet asked for, kept at most


class SearchDatabase(Database):
    """A file database of the store, as Datasette opens it."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.search_counts = search_count.Counts()
        self.spreads = table_search.Spreads()
        self.match_sets = match_sets.MatchSets(self.search_counts)
        self._ahead: OrderedDict[search_count.Count, asyncio.Future] = OrderedDict()
        self.schema = SchemaMemo()
        self.ranked = ranked_memo.RankedAnswers(self.search_counts)
        self._ranked_sql: str | None = None

    async def _remembered(self, key, read):
        version = self.schema.version
        answer = self.schema.get(key)
        if answer is None:
            answer = await read()
            self.schema.put(key, answer, version)
        return answer

    async def table_columns(self, table):
        return list(await self._remembered(("columns", table), lambda: Database.table_columns(self, table)))

    async def primary_keys(self, table):
        return list(await self._remembered(("primary keys", table), lambda: Database.primary_keys(self, table)))

    async def foreign_keys_for_table(self, table):
        found = await self._remembered(("foreign keys", table), lambda: Database.foreign_keys_for_table(self, table))
        return [dict(fk) for fk in found]

    def ranked_sql(self) -> str:
        """The SQL of this database's ranked search, if its answers may be remembered, else ''."""
        if self._ranked_sql is None:
            query = (self.ds.metadata("queries", database=self.name) or {}).get(ranked_memo.QUERY)
            sql = query.get("sql") if isinstance(query, dict) else None
            self._ranked_sql = sql if isinstance(sql, str) and ranked_memo.rememberable(sql) else ""
        return self._ranked_sql

    def _time_limit(self, custom_time_limit: int | None) -> int:
        limit = self.ds.sql_time_limit_ms
        return custom_time_limit if custom_time_limit and custom_time_limit < limit else limit

    def count_ahead(self, wanted: search_count.Count) -> None:
        """Start counting ``wanted`` on another SQL thread; Datasette's count statement waits for it.

        Started after the plan's probe for a dense search (its page read row by row), so the
        count runs beside the page; any other search's page builds its match set, whose rows are
        its count.
        """
        if self.ds.executor is None or wanted in self._ahead:
            return
        self._ahead[wanted] = asyncio.ensure_future(self._count_in_parts(wanted, self._time_limit(None)))
        while len(self._ahead) > AHEAD:
            self._ahead.popitem(last=False)

    async def _count_in_parts(self, wanted: search_count.Count, limit: int) -> int | None:
        """The count of ``wanted`` as two rowid ranges counted at once on two SQL threads (each
        half of the work, so about half the time while two cores are free), remembered; when the
        two were not read at one version of the store (a write between them, a connection new
        to the database), counted whole as before."""
        counts = self.search_counts
        parts = await asyncio.gather(*(self.execute_fn(lambda conn, part=part: counts.count_part(conn, wanted, part, limit))
                                       for part in (0, 1)))
        n = counts.join(list(parts))
        if n is None:
            n = await self.execute_fn(lambda conn: counts.count(conn, wanted, limit, ahead=True))
        return n

    async def _counted_ahead(self, wanted: search_count.Count) -> None:
        """Wait for a count of ``wanted`` started ahead, if any; what it found is remembered."""
        started = self._ahead.pop(wanted, None)
        if started is not None:
            try:
                await started
            except Exception:  # noqa: BLE001 - the count below answers, or Datasette's statement
                pass

    async def execute(self, sql, params=None, truncate=False, custom_time_limit=None, page_size=None,
                      log_sql_errors=True):
        if sql == VERSION_STATEMENT and params is None:  # Datasette's refresh_schemas, every request
            results = await super().execute(sql, params, truncate=truncate, custom_time_limit=custom_time_limit,
                                            page_size=page_size, log_sql_errors=log_sql_errors)
            self.schema.seen(results.first()[0] if results.rows else None)
            return results
        key = statement_key(sql, params)
        if key is not None:
            key = (key, truncate, page_size)
            found = await self._remembered(key, lambda: super(SearchDatabase, self).execute(
                sql, params, truncate=truncate, custom_time_limit=custom_time_limit, page_size=page_size,
                log_sql_errors=log_sql_errors))
            return Results(list(found.rows), found.truncated, found.description)
        limit = self._time_limit(custom_time_limit)
        if sql == self.ranked_sql() and isinstance(params, dict) and isinstance(params.get("q"), str):
            key = (ranked_memo.answer_key(params["q"]), truncate, page_size)
            fetch = ranked_memo.Fetch(truncate, self.ds.max_returned_rows, page_size or self.ds.page_size, limit)
            with trace("sql", database=self.name, sql=sql.strip(), params=params):
                results = await self.execute_fn(lambda conn: self.ranked.execute(conn, sql, params, key, fetch))
            if results is not None:
                return results
        wanted = search_count.recognise(sql, params)
        if wanted is not None:
            await self._counted_ahead(wanted)
            with trace("sql", database=self.name, sql=sql.strip(), params=params):
                n = await self.execute_fn(lambda conn: self.search_counts.count(conn, wanted, limit))
            if n is not None:
                return Results([(n,)], False, _COUNT_DESCRIPTION)
        page = table_search.dense_page(sql, params)
        if page is not None:
            spread = self.spreads.get((page["fts"], page["match"], params["search"]))
            planned = await self.execute_fn(
                lambda conn: table_search.page_plan(conn, page, params["search"], limit, spread))
            if planned:
                return await super().execute(planned, params, truncate=truncate, custom_time_limit=custom_time_limit,
                                             page_size=page_size, log_sql_errors=log_sql_errors)
        found = match_sets.wanted(sql, params)
        facet = facet_complement.recognise(sql, params)
        if found is not None or facet is not None:
            fetch = match_sets.Fetch(truncate, self.ds.max_returned_rows, page_size or self.ds.page_size)
            with trace("sql", database=self.name, sql=sql.strip(), params=params):
                results = await self.execute_fn(
                    lambda conn: self.match_sets.execute(conn, sql, params, found, fetch, limit, facet,
                                                         self.ds.sql_time_limit_ms))
            if results is not None:
                return results
        return await super().execute(sql, params, truncate=truncate, custom_time_limit=custom_time_limit,
                                     page_size=page_size, log_sql_errors=log_sql_errors)
