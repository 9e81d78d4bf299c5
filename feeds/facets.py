"""A facet over JSON arrays of tags (articles.resolutions) that reads only the tag column.

Datasette 0.65's array facet counts ``distinct j.value, inner.*``: every column of every row,
article texts included, which takes seconds on a large store. Tag arrays are written without
duplicates (store.replace_tags), so counting the (row, value) pairs needs the tag column alone,
which an index covers. Configured in the metadata as ``{"tags": "resolutions"}``; selecting a
value adds Datasette's own ``resolutions__arraycontains=`` filter.
"""

from __future__ import annotations

from datasette.database import QueryInterrupted
from datasette.facets import ArrayFacet
from datasette.utils import escape_sqlite, path_with_added_args, path_with_removed_args


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
            sql = (
                f"select j.value as value, count(*) as count from ({self.sql}) as inner "
                f"join json_each(inner.{escape_sqlite(column)}) j "
                f"group by j.value order by count desc, value limit {size + 1}"
            )
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
