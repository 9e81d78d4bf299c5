"""The issue's targets, checked against the figures of a run (printed last by `make bench`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

# (label, group, path to the figure, unit, comparison, target)
TARGETS: list[tuple[str, str, tuple[str, ...], str, str, float]] = [
    ("pipeline / bare Scrapy, pages per second", "pipeline", ("ratio",), "", ">=", 0.6),
    ("tagging (resolutions + units), articles/s, one core", "tagging", ("tag_per_second",), "/s", ">=", 1000),
    ("resolution tagging alone, articles/s, one core", "tagging", ("resolutions_per_second",), "/s", ">=", 1000),
    ("unionwatch enrich --all, 200,000 articles", "enrich", ("enrich_all_seconds",), " s", "<", 300),
    ("ranked search p50", "publish", ("ranked search with snippets (search.json)", "p50_ms"), " ms", "<", 50),
    ("ranked search p95", "publish", ("ranked search with snippets (search.json)", "p95_ms"), " ms", "<", 200),
    ("table search p50", "publish", ("table search, folded (articles.json?_search)", "p50_ms"), " ms", "<", 50),
    ("table search p95", "publish", ("table search, folded (articles.json?_search)", "p95_ms"), " ms", "<", 200),
    ("table search p50, each search new to the server", "publish",
     ("table search, each search new to the server", "p50_ms"), " ms", "<", 50),
    ("table search p95, each search new to the server", "publish",
     ("table search, each search new to the server", "p95_ms"), " ms", "<", 200),
    ("ranked search p50, each search new to the server", "publish",
     ("ranked search, each search new to the server", "p50_ms"), " ms", "<", 50),
    ("ranked search p95, each search new to the server", "publish",
     ("ranked search, each search new to the server", "p95_ms"), " ms", "<", 200),
    ("facet page p50", "publish", ("facet page: articles, 8 facets (HTML)", "p50_ms"), " ms", "<", 500),
    ("all feeds built, cold", "publish", ("export_all_feeds_cold", "seconds"), " s", "<", 10),
    ("crawl peak memory (RSS)", "pipeline", ("crawl_peak_rss_mb",), " MB", "<", 500),
]
REPORTED: list[tuple[str, str, tuple[str, ...], str]] = [
    ("pipeline / bare Scrapy in CPU time per page", "pipeline", ("cpu_ratio",), ""),
    ("full pipeline, pages per second", "pipeline", ("pipeline_pages_per_s",), "/s"),
    ("bare Scrapy, pages per second", "pipeline", ("bare_pages_per_s",), "/s"),
    ("tagging the 200,000-article store's texts, one core", "enrich", ("tagging_articles_per_s_one_core",), "/s"),
    ("enrichment peak memory (RSS), 200,000 articles", "enrich", ("enrich_peak_rss_mb",), " MB"),
    ("database per 1,000 articles", "pipeline", ("db_mb_per_1000_articles",), " MB"),
]
_COMPARE: dict[str, Callable[[float, float], bool]] = {">=": lambda a, b: a >= b, "<": lambda a, b: a < b}


def _figure(results: dict[str, Any], group: str, path: tuple[str, ...]) -> float | None:
    value: Any = results.get(group)
    for key in path:
        value = value.get(key) if isinstance(value, dict) else None
    return value if isinstance(value, int | float) else None


def summary(results: dict[str, Any]) -> tuple[list[str], dict[str, Any]]:
    """Printable lines and a JSON-able record of every target: figure, target, met."""
    lines, record = [], {}
    for label, group, path, unit, op, target in TARGETS:
        value = _figure(results, group, path)
        met = value is not None and _COMPARE[op](value, target)
        shown = "not measured" if value is None else f"{value:,}{unit}"
        lines.append(f"  {label:<46} {shown:>16}   target {op} {target:,}{unit}   {'met' if met else 'NOT met'}")
        record[label] = {"value": value, "target": f"{op} {target}", "met": met}
    for label, group, path, unit in REPORTED:
        value = _figure(results, group, path)
        lines.append(f"  {label:<46} {('not measured' if value is None else f'{value:,}{unit}'):>16}")
        record[label] = {"value": value}
    return lines, record
