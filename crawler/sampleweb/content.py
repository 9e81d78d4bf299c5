"""Load the bundled portals and articles (content/*.toml, seeds.json) into Portal objects."""

from __future__ import annotations

import json
import re
import tomllib
from datetime import date, datetime, time
from pathlib import Path

from .compose import fill
from .model import VN_TZ, Article, Block, Portal

CONTENT = Path(__file__).parent / "content"
DEFAULT_START = date(2019, 1, 1)
DEFAULT_END = date(2025, 11, 20)

PORTAL_FIELDS = {
    "id",
    "name",
    "site_name",
    "family",
    "skin",
    "unit_level",
    "province",
    "district",
    "kind",
    "unit_id",
    "category",
    "per_page",
    "active_from",
    "active_until",
    "charset",
    "declare_charset",
    "authors",
    "notes",
    "chrome",
}
_PHOTO = re.compile(r"^\[ảnh:\s*(?P<src>[^|\]]+?)\s*\|\s*(?P<caption>[^\]]*)\]$")


def parse_body(body: str) -> list[Block]:
    """Blank-line separated paragraphs; "[ảnh: file.jpg | caption]" lines are photos."""
    blocks = []
    for chunk in re.split(r"\n\s*\n", body.strip("\n")):
        chunk = chunk.strip("\n")
        photo = _PHOTO.match(chunk.strip())
        if photo:
            blocks.append(Block("img", photo["caption"].strip(), photo["src"]))
        elif chunk.strip():
            blocks.append(Block("p", chunk))
    return blocks


def as_datetime(value: date | datetime | str) -> datetime:
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=VN_TZ)
    return datetime.combine(value, time(0, 0), tzinfo=VN_TZ)


def article_from(data: dict) -> Article:
    blocks = data.get("blocks")
    if blocks is not None:
        parsed = [Block(b[0], b[1], b[2] if len(b) > 2 else "") for b in blocks]
    else:
        parsed = parse_body(data["body"])
    art = Article(
        key=int(data["key"]),
        title=data["title"],
        published=as_datetime(data["published"]),
        blocks=parsed,
        show_time=data.get("show_time", True),
        author=data.get("author"),
        byline=data.get("byline"),
        resolutions=list(data.get("resolutions", [])),
        seed=data.get("seed"),
        views=int(data.get("views", 0)) or (int(data["key"]) * 7919) % 3000 + 120,
        date_on_page=data.get("date_on_page", True),
        notes=data.get("notes", ""),
        not_resolutions=list(data.get("not_resolutions", [])),
        copy_of=data.get("copy_of"),
    )
    return art


def load_portals(seed: str = "sampleweb") -> list[Portal]:
    """All bundled portals with their seed, written and composed articles, newest first."""
    with open(CONTENT / "portals.toml", "rb") as fh:
        raw = tomllib.load(fh)["portal"]
    portals: dict[str, Portal] = {}
    plans: dict[str, tuple[int, date, date]] = {}
    for item in raw:
        portal = Portal(**{k: v for k, v in item.items() if k in PORTAL_FIELDS})
        portals[portal.id] = portal
        end = min(item.get("content_until", DEFAULT_END), item.get("active_until") or DEFAULT_END)
        plans[portal.id] = (item.get("fill", 0), item.get("content_from", DEFAULT_START), end)

    with open(CONTENT / "seeds.json", encoding="utf-8") as fh:
        seeds = json.load(fh)["articles"]
    written = []
    for path in sorted((CONTENT / "articles").glob("*.toml")):
        with open(path, "rb") as fh:
            written.extend(tomllib.load(fh)["article"])
    for data in [*seeds, *written]:
        portals[data["portal"]].articles.append(article_from(data))

    for portal in portals.values():
        n, start, end = plans[portal.id]
        portal.articles.extend(fill(portal, n, start, end, seed))
        settle(portal)
    return list(portals.values())


def settle(portal: Portal) -> None:
    """Apply the portal's habits to its articles and sort the listing newest first."""
    for art in portal.articles:
        apply_habits(portal, art)
    portal.articles.sort(key=lambda a: a.published, reverse=True)


def apply_habits(portal: Portal, art: Article) -> Article:
    """What a portal's templates never show: Sóc Trăng prints no date, the ASP site no time."""
    if portal.skin == "soctrang":
        art.date_on_page = False
        art.show_time = False
    if portal.skin == "asp":
        art.show_time = False
    return art
