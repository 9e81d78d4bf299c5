"""The plugin's own pages: an article with its evidence highlighted, and a resolution's page."""

from __future__ import annotations

import html
import json
from typing import Any

import nh3
from datasette.utils.asgi import NotFound, Response
from sqlite_utils import Database

from crawler import store_pub
from crawler.extract.sanitize import ALLOWED_ATTRIBUTES, ALLOWED_TAGS
from feeds.specs import FeedSpec, find_spec

# Article bodies on our pages: the stored (already sanitised) HTML, cleaned again, without
# images, which would be fetched from the portal by every reader.
PAGE_TAGS = ALLOWED_TAGS - {"img"}
PAGE_ATTRIBUTES = {k: v for k, v in ALLOWED_ATTRIBUTES.items() if k != "img"}


def clean_body(body: str | None) -> str:
    """Article HTML safe to show: nh3 with the store's allow-list, minus images."""
    return nh3.clean(
        body or "", tags=PAGE_TAGS, attributes=PAGE_ATTRIBUTES, url_schemes={"http", "https"},
        link_rel="noopener noreferrer nofollow", strip_comments=True,
    )


def marked(text: str, ranges: list[tuple[int, int, str]], css: str = "uw-evidence") -> str:
    """HTML of ``text`` with each (start, end, label) range in a titled ``<mark>``; all escaped."""
    out, pos = [], 0
    for start, end, label in sorted(ranges):
        if start < pos or end > len(text) or start >= end:
            continue
        out.append(html.escape(text[pos:start]))
        out.append(
            f'<mark class="{css}" title="{html.escape(label)}">{html.escape(text[start:end])}</mark>'
        )
        pos = end
    out.append(html.escape(text[pos:]))
    return "".join(out)


def paragraphs(fragment: str) -> str:
    """One ``<p>`` per line of an escaped fragment."""
    return "".join(f"<p>{line}</p>" for line in fragment.split("\n") if line.strip())


def evidence_in_sentence(sentence: str | None, evidence: str) -> str:
    """The evidence sentence as HTML with the citation itself marked."""
    sentence = sentence or evidence
    at = sentence.find(evidence)
    if at < 0:
        return html.escape(sentence)
    return marked(sentence, [(at, at + len(evidence), evidence)])


def feed_links(spec: FeedSpec) -> dict[str, str]:
    return {"title": spec.title, "rss": spec.path("rss"), "atom": spec.path("atom")}


def article_context(db: Database, aid: str, database: str) -> dict[str, Any] | None:
    article = store_pub.article_page(db, aid)
    if article is None:
        return None
    text = article["text"] or ""
    ranges = [
        (r["evidence_start"], r["evidence_end"], r["code"])
        for r in article["resolutions"] if r["evidence_start"] is not None
    ]
    for r in article["resolutions"]:
        r["sentence_html"] = evidence_in_sentence(r["sentence"], r["evidence"])
    feeds = [
        feed_links(spec) for spec in (
            *(find_spec(db, "resolution", r["slug"]) for r in article["resolutions"] if r["slug"]),
            find_spec(db, "source", article["source_id"]),
        ) if spec is not None
    ]
    return {
        "article": article,
        "text_html": paragraphs(marked(text, ranges)),
        "body_html": clean_body(article["body_html"]),
        "feeds": feeds,
        "database": database,
    }


def timeline_spec(timeline: list[dict[str, Any]], title: str) -> dict[str, Any]:
    """A Vega-Lite bar chart of articles per month."""
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v6.json",
        "description": title,
        "width": "container",
        "height": 220,
        "data": {"values": timeline},
        "mark": {"type": "bar", "tooltip": True},
        "encoding": {
            "x": {"field": "month", "type": "temporal", "timeUnit": "yearmonth", "title": "Tháng / Month"},
            "y": {"field": "articles", "type": "quantitative", "title": "Bài viết / Articles"},
        },
    }


def script_json(value: Any) -> str:
    """JSON safe inside ``<script type="application/json">`` (no ``</script>`` can close it)."""
    return json.dumps(value, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e")


def resolution_context(db: Database, slug: str, database: str) -> dict[str, Any] | None:
    found = store_pub.resolution_by_slug(db, slug)
    if found is None:
        return None
    entry = store_pub.resolution_page(db, found["key"])
    spec = find_spec(db, "resolution", entry["slug"])
    for row in entry["articles"]:
        row["evidence_html"] = [
            evidence_in_sentence(r["sentence"], r["evidence"]) for r in row["resolutions"]
            if r["key"] == entry["key"]
        ]
    sources = [u.strip() for u in (entry.get("source_url") or "").split(";")]
    return {
        "entry": entry,
        "feed": feed_links(spec) if spec else None,
        "feeds": [feed_links(spec)] if spec else [],
        "chart_json": script_json(timeline_spec(entry["timeline"], entry["code"])),
        "source_links": [u for u in sources if u.startswith(("http://", "https://"))],
        "database": database,
    }


async def article_view(datasette, request, database) -> Response:
    aid = request.url_vars["id"]
    context = await database.execute_fn(lambda conn: article_context(Database(conn), aid, database.name))
    if context is None:
        raise NotFound(f"no article {aid}")
    return Response.html(await datasette.render_template("uw_article.html", context, request=request))


async def resolution_view(datasette, request, database) -> Response:
    slug = request.url_vars["slug"]
    context = await database.execute_fn(
        lambda conn: resolution_context(Database(conn), slug, database.name)
    )
    if context is None:
        raise NotFound(f"no resolution {slug}")
    if context["entry"]["slug"] != slug:  # a code alias: show the document's own address
        return Response.redirect(f"/resolution/{context['entry']['slug']}", status=302)
    return Response.html(await datasette.render_template("uw_resolution.html", context, request=request))
