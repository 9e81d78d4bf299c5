"""A facet over JSON arrays of tags (articles.resolutions) that reads only the tag column.

Datasette 0.65's array facet counts ``distinct j.value, inner.*``: every column of every row,
article texts included, which takes seconds on a large store. Tag arrays are written without
duplicates (store.replace_tags), so counting the (row, value) pairs needs the tag column alone,
which an index covers. Configured in the metadata as ``{"tags": "resolutions"}``; selecting a
value adds Datasette's own ``resolutions__arraycontains=`` filter.

The pairs are counted per distinct array: the rows are first grouped by their array (in the order
of the covering index), then each distinct array is read once by ``json_each`` and each of its
values counts that array's rows. Many articles share one array (most have ``[]``), so the JSON is
read a few thousand times instead of once per row; the counts are the same sums of the same pairs.
"""

from __future__ import annotations

from datasette.database import QueryInterrupted
from datasette.facets import ArrayFacet
from datasette.utils import escape_sqlite, path_with_added_args, path_with_removed_args


def tag_counts_sql(inner: str, column: str, limit: int) -> str:
    """(value, count) of the values of the JSON arrays in ``column`` over the rows of ``inner``:
    each row counts once per element of its array, as a join of every row with ``json_each``
    counts, but ``json_each`` reads each distinct array once and counts its rows at a time."""
    quoted = escape_sqlite(column)
    return (
        f"select j.value as value, sum(arrays.n) as count from ("
        f"select inner.{quoted} as tags, count(*) as n from ({inner}) as inner group by inner.{quoted}"
        f") as arrays join json_each(arrays.tags) j "
        f"group by j.value order by count desc, value limit {limit}"
    )


class TagFacet(ArrayFacet):
    type = "tags"

    async def suggest(self):
        return []

    async def facet_results(self):
        results, timed_out = [], []
        size = self.get_facet_size()
        pairs = self.get_querystring_pairs()
        for source_and_config in self.get_configs():
            config = source_and_config["config"]
            column = config.get("column") or config["simple"]
            sql = tag_counts_sql(self.sql, column, size + 1)
            try:
                rows = await self.ds.execute(
                    self.database, sql, self.params, truncate=False,
                    custom_time_limit=self.ds.setting("facet_time_limit_ms"),
                )
            except QueryInterrupted:
                timed_out.append(column)
                continue
            values = []
            for row in rows.rows[:size]:
                value = str(row["value"])
                arg = {f"{column}__arraycontains": value}
                selected = (f"{column}__arraycontains", value) in pairs
                path = (path_with_removed_args if selected else path_with_added_args)(self.request, arg)
                values.append({
                    "value": value, "label": value, "count": row["count"], "selected": selected,
                    "toggle_url": self.ds.absolute_url(self.request, path),
                })
            results.append({
                "name": column, "type": self.type, "results": values,
                "hideable": source_and_config["source"] != "metadata",
                "toggle_url": self.ds.urls.path(path_with_removed_args(self.request, {"_facet_tags": column})),
                "truncated": len(rows) > size,
            })
        return results, timed_out
