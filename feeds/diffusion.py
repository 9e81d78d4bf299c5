"""How a resolution spread, as Datasette pages: ``/diffusion`` (every cited resolution) and
``/resolution/<slug>/diffusion`` (first article per province and per union unit, the lag from
the resolution's date, the uptake curve and lag chart as inline SVG, and the targets found)."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from datasette.utils.asgi import NotFound, Response
from sqlite_utils import Database

from crawler import store_pub, store_research

TEMPLATE = Path(__file__).parent / "templates" / "uw_diffusion.html"
ROW, LABEL, WIDTH = 22, 190, 720


def _esc(value: Any) -> str:
    return html.escape(str(value), quote=True)


def lag_chart(provinces: list[dict[str, Any]]) -> str:
    """Horizontal bars: days from the resolution's date to each province's first article."""
    rows = [p for p in provinces if p.get("lag_days") is not None]
    if not rows:
        return ""
    longest = max(max(p["lag_days"] for p in rows), 1)
    span = WIDTH - LABEL - 170
    parts = [f'<svg class="uw-lag" role="img" width="{WIDTH}" height="{ROW * len(rows) + 30}" '
             f'viewBox="0 0 {WIDTH} {ROW * len(rows) + 30}" xmlns="http://www.w3.org/2000/svg">',
             "<title>Độ trễ theo tỉnh / Lag by province (days)</title>"]
    for i, p in enumerate(rows):
        y = 10 + i * ROW
        width = max(p["lag_days"], 0) / longest * span
        parts.append(
            f'<g class="uw-bar"><text x="{LABEL - 8}" y="{y + 14}" text-anchor="end" font-size="13">'
            f'{_esc(p["province"])}</text><rect x="{LABEL}" y="{y + 3}" width="{width:.1f}" height="{ROW - 6}" '
            f'fill="#3b6ea8"><title>{_esc(p["province"])}: {p["lag_days"]} ngày / days ({_esc(p["first_day"])})'
            f'</title></rect><text x="{LABEL + width + 6:.1f}" y="{y + 14}" font-size="12">'
            f'{p["lag_days"]} ngày · {_esc(p["first_day"])}</text></g>'
        )
    parts.append("</svg>")
    return "".join(parts)


def uptake_chart(provinces: list[dict[str, Any]]) -> str:
    """A step curve: provinces that had written about the resolution, by days since its date."""
    lags = sorted(max(p["lag_days"], 0) for p in provinces if p.get("lag_days") is not None)
    if not lags:
        return ""
    height, left, bottom = 200, 40, 30
    x_max, y_max = max(lags[-1], 1), len(lags)
    def x(v: float) -> float:
        return left + v / x_max * (WIDTH - left - 20)
    def y(v: float) -> float:
        return height - bottom - v / y_max * (height - bottom - 10)
    points = [f"{x(0):.1f},{y(0):.1f}"]
    for n, lag in enumerate(lags, start=1):
        points += [f"{x(lag):.1f},{y(n - 1):.1f}", f"{x(lag):.1f},{y(n):.1f}"]
    return (
        f'<svg class="uw-uptake" role="img" width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}" '
        f'xmlns="http://www.w3.org/2000/svg"><title>Số tỉnh đã đưa tin theo thời gian / Provinces '
        f'reached over time</title>'
        f'<line x1="{left}" y1="{y(0):.1f}" x2="{WIDTH - 20}" y2="{y(0):.1f}" stroke="#888"/>'
        f'<line x1="{left}" y1="{y(0):.1f}" x2="{left}" y2="10" stroke="#888"/>'
        f'<polyline fill="none" stroke="#b5442f" stroke-width="2" points="{" ".join(points)}"/>'
        f'<text x="{left}" y="{height - 8}" font-size="12">0</text>'
        f'<text x="{WIDTH - 20}" y="{height - 8}" font-size="12" text-anchor="end">{x_max} ngày / days</text>'
        f'<text x="{left - 6}" y="18" font-size="12" text-anchor="end">{y_max}</text></svg>'
    )


def resolution_context(db: Database, slug: str) -> dict[str, Any] | None:
    """Everything the page of one resolution shows; None for an unknown slug."""
    found = store_pub.resolution_by_slug(db, slug)
    if found is None:
        return None
    date = db.execute("SELECT date FROM resolutions WHERE key = ?", [found["key"]]).fetchone()[0]
    spread = store_research.diffusion(db, found["key"])
    return {
        "resolution": dict(found, date=date),
        **spread,
        "lag_svg": lag_chart(spread["provinces"]),
        "uptake_svg": uptake_chart(spread["provinces"]),
    }


async def _render(datasette, request, context: dict[str, Any]) -> Response:
    template = datasette.jinja_env.from_string(TEMPLATE.read_text(encoding="utf-8"))
    return Response.html(await datasette.render_template(template, context, request=request))


def _database(datasette):
    name = (datasette.plugin_config("unionwatch") or {}).get("database")
    return datasette.get_database(name)


async def resolution_view(datasette, request) -> Response:
    slug = request.url_vars["slug"]
    database = _database(datasette)
    context = await database.execute_fn(lambda conn: resolution_context(Database(conn), slug))
    if context is None:
        raise NotFound(f"no resolution {slug}")
    if context["resolution"]["slug"] != slug:  # a code alias: the document's own address
        return Response.redirect(f"/resolution/{context['resolution']['slug']}/diffusion", status=302)
    return await _render(datasette, request, dict(context, page="resolution", database=database.name))


async def overview_view(datasette, request) -> Response:
    database = _database(datasette)
    rows = await database.execute_fn(lambda conn: store_research.diffusion_overview(Database(conn)))
    return await _render(datasette, request, {"page": "overview", "overview": rows, "database": database.name})


def routes() -> list[tuple[str, Any]]:
    return [
        (r"^/diffusion$", overview_view),
        (r"^/resolution/(?P<slug>[A-Za-z0-9\-]+)/diffusion$", resolution_view),
    ]
