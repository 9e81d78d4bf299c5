"""Compose realistic union news articles from the sentence bank (content/bank.toml), deterministically."""

from __future__ import annotations

import random
import tomllib
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from pathlib import Path

from .model import VN_TZ, Article, Block, Portal

CONTENT = Path(__file__).parent / "content"

# How each family signs articles: "{a}" is the author's name.
BYLINE_FORMS = {
    "sharepoint": ["{a}"],
    "vendor": ["{a}", "Tin, ảnh: {a}"],
    "wordpress": ["Tin, ảnh: {a}", "{a}", "Bài, ảnh: {a}"],
    "joomla": ["{a}", "Tin: {a}"],
    "dnn": ["{a}", "Tin, ảnh: {a}"],
    "generic": ["{a}"],
}
SOURCE_CREDITS = ["Báo Lao Động", "Cổng thông tin điện tử Tổng Liên đoàn"]


@dataclass(frozen=True)
class Cite:
    codes: tuple[str, ...]
    after: date
    text: str
    not_codes: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def bank() -> dict:
    with open(CONTENT / "bank.toml", "rb") as fh:
        data = tomllib.load(fh)
    data["cites"] = [
        Cite(tuple(c["codes"]), c["after"], c["text"], tuple(c.get("not_codes", ())))
        for c in data.pop("cite")
    ]
    return data


def short_name(portal: Portal) -> str:
    """How the unit names itself on its own portal ("LĐLĐ tỉnh", "LĐLĐ huyện")."""
    name = portal.name
    if name.startswith("Tổng Liên đoàn"):
        return "Tổng Liên đoàn"
    if name.startswith("Liên đoàn Lao động"):
        rest = name.removeprefix("Liên đoàn Lao động ").split(" ")[0]
        return "LĐLĐ " + ("thành phố" if rest == "thành" else rest)
    return name


def place_name(portal: Portal, rng: random.Random) -> str:
    if portal.unit_level == "national":
        return rng.choice(["Hà Nội", "Bắc Ninh", "Đà Nẵng", "Bình Dương", "Đồng Nai", "Cần Thơ"])
    return portal.district or portal.province


def spread_dates(rng: random.Random, start: date, end: date, n: int) -> list[datetime]:
    """n distinct publication moments between start and end, newest first, office hours."""
    span = max(1, (end - start).days)
    days = sorted(rng.sample(range(span + 1), min(n, span + 1)), reverse=True)
    while len(days) < n:
        days.append(days[-1])
    out = []
    for d in days:
        moment = time(rng.randint(6, 20), rng.randint(0, 59), 0)
        out.append(datetime.combine(start + timedelta(days=d), moment, tzinfo=VN_TZ))
    return out


def compose(
    portal: Portal, key: int, published: datetime, rng: random.Random, cite_rate: float = 0.55
) -> Article:
    """One article for `portal` published at `published`: topic, figures and citation drawn from rng."""
    b = bank()
    fitting = [t for t in b["topic"] if published.month in t.get("months", range(1, 13))]
    topic = rng.choice(fitting)
    fields = {
        "unit": portal.name,
        "unit_short": short_name(portal),
        "place": place_name(portal, rng),
        "dm": f"{max(1, published.day - rng.randint(0, 2))}/{published.month}",
        "year": str(published.year),
        "n1": str(rng.randrange(60, 400, 10)),
        "n2": str(rng.randrange(100, 1500, 50)),
        "n3": str(rng.randint(25, 70)),
        "n4": str(rng.randint(3, 12)),
        "company": rng.choice(b["companies"]),
        "money": f"{rng.randint(2, 90) * 10:,}".replace(",", "."),
    }
    cite = None
    if "{cite}" in "".join(topic["paragraphs"]) and rng.random() < cite_rate:
        usable = [c for c in b["cites"] if c.after <= published.date()]
        cite = rng.choice(usable) if usable else None
    blocks: list[Block] = []
    captions = list(topic["captions"])
    for i, template in enumerate(topic["paragraphs"]):
        if template == "{cite}":
            if cite:
                blocks.append(Block("p", cite.text))
            continue
        blocks.append(Block("p", template.format(**fields)))
        if i == 0 and captions:
            blocks.append(
                Block("img", captions.pop(0).format(**fields), f"{topic['name']}-{key}.jpg")
            )
    if captions and rng.random() < 0.4:
        blocks.insert(
            len(blocks) - 1,
            Block("img", captions.pop(0).format(**fields), f"{topic['name']}-{key}-2.jpg"),
        )
    title = rng.choice(topic["titles"]).format(**fields)
    author, byline = _signature(portal, rng)
    return Article(
        key=key,
        title=title[0].upper() + title[1:],
        published=published,
        blocks=blocks,
        show_time=portal.family != "generic" or portal.skin != "asp",
        author=author,
        byline=byline,
        resolutions=list(cite.codes) if cite else [],
        not_resolutions=list(cite.not_codes) if cite else [],
        views=rng.randint(80, 4000),
        notes="composed for the tests"
        + (" (look-alike: Chương trình 02)" if cite and not cite.codes else ""),
    )


def _signature(portal: Portal, rng: random.Random) -> tuple[str | None, str | None]:
    roll = rng.random()
    if roll < 0.08:
        return None, None
    if roll < 0.14:
        # A credited source is the article's author, as a bare station signature is.
        credit = rng.choice(SOURCE_CREDITS)
        return credit, "Nguồn: " + credit
    name = rng.choice(portal.authors or ["PV"])
    form = rng.choice(BYLINE_FORMS.get(portal.family, ["{a}"]))
    return name, form.format(a=name)


def fill(portal: Portal, n: int, start: date, end: date, seed: str) -> list[Article]:
    """n composed articles for portal, dated between start and end, keys not yet used."""
    rng = random.Random(f"{seed}:{portal.id}")
    used = {a.key for a in portal.articles}
    key = max(used, default=rng.randint(100, 5000))
    out = []
    for moment in reversed(spread_dates(rng, start, end, n)):  # ids grow with time
        key += rng.randint(3, 40)
        while key in used:
            key += 1
        out.append(compose(portal, key, moment, rng))
    return out
