"""Generate a large web (N portals x M articles) from the province list and the sentence bank.

Units are provincial unions and provincial sectoral unions of the 63 pre-2025 provinces; the
families rotate through every CMS family and skin. Everything is drawn from one seed, so the same
arguments always give the same web. Articles are composed when the web is built (a few hundred
bytes each); pages are rendered per request, so memory stays small.
"""

from __future__ import annotations

import random
from collections import OrderedDict
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from pathlib import Path

from .compose import compose
from .content import apply_habits
from .model import VN_TZ, Article, Portal, fold

CONTENT = Path(__file__).parent / "content"

# (family, skin) pairs the generator rotates through.
LAYOUTS = [
    ("sharepoint", "hanam"),
    ("sharepoint", "soctrang"),
    ("vendor", "tld"),
    ("vendor", "angiang"),
    ("wordpress", ""),
    ("joomla", ""),
    ("dnn", ""),
    ("generic", "php"),
]
# Unit kinds per province: (name prefix, unit level, id prefix).
UNIT_KINDS = [
    ("Liên đoàn Lao động", "province", "ldld"),
    ("Công đoàn Viên chức", "sector", "cdvc"),
    ("Công đoàn ngành Giáo dục", "sector", "cdgd"),
    ("Công đoàn ngành Y tế", "sector", "cdyt"),
    ("Công đoàn ngành Công Thương", "sector", "cdct"),
    ("Công đoàn ngành Xây dựng", "sector", "cdxd"),
    ("Công đoàn ngành Giao thông vận tải", "sector", "cdgt"),
    ("Công đoàn ngành Nông nghiệp và Phát triển nông thôn", "sector", "cdnn"),
    ("Công đoàn các Khu công nghiệp", "sector", "cdkcn"),
    ("Công đoàn ngành Tài chính", "sector", "cdtc"),
    ("Công đoàn ngành Ngân hàng", "sector", "cdnh"),
    ("Công đoàn ngành Văn hóa, Thể thao và Du lịch", "sector", "cdvh"),
]
AUTHORS = ["Minh Anh", "Thu Trang", "Văn Hùng", "Hải Yến", "Quốc Bảo", "Ngọc Lan", "PV", "BBT"]


def provinces() -> list[tuple[str, str]]:
    out = []
    for line in (CONTENT / "provinces.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, kind = line.split("\t")
            out.append((name, kind))
    return out


def slug(text: str) -> str:
    return "-".join(fold(text).replace(",", " ").split())


def generate_portals(n_portals: int, articles_per_portal: int, seed: int | str = 0) -> list[Portal]:
    """n_portals generated portals with articles_per_portal composed articles each."""
    rng = random.Random(f"generate:{seed}")
    places = provinces()
    units = [(kind, place) for kind in UNIT_KINDS for place in places]
    if n_portals > len(units):
        raise ValueError(f"at most {len(units)} generated portals")
    portals = []
    for i in range(n_portals):
        (prefix, level, id_prefix), (place, place_kind) = units[i]
        family, skin = LAYOUTS[i % len(LAYOUTS)]
        name = f"{prefix} {place_kind} {place}"
        portal = Portal(
            id=f"{id_prefix}-{slug(place)}",
            name=name,
            site_name=name,
            family=family,
            skin=skin,
            unit_level=level,
            province=place,
            unit_id=f"ldld-{slug(place)}" if id_prefix == "ldld" else None,
            category="Tin hoạt động",
            per_page=rng.choice([5, 10, 10, 15, 20]),
            authors=rng.sample(AUTHORS, 3),
            notes="generated",
            chrome=_chrome(name, place, rng),
        )
        portal.articles = ComposedArticles(portal, articles_per_portal, f"{seed}")  # type: ignore[assignment]
        portals.append(portal)
    return portals


class ComposedArticles(Sequence):
    """A portal's articles, newest first, composed on demand from (seed, index) and cached briefly.

    Index j of n is published about j/n of the way back from END to START; its CMS id is
    KEY0 + 3 * (n - j), so ids grow with time and an id maps back to its index. Articles added
    at run time sit in front; edited ones are pinned so the edit survives cache eviction.
    """

    START, END, KEY0, CACHE = date(2018, 1, 1), date(2025, 11, 20), 10_000, 16

    def __init__(self, portal: Portal, n: int, seed: str):
        self.portal, self.n, self.seed = portal, n, seed
        self.extra: list[Article] = []
        self.pinned: dict[int, Article] = {}
        self._cache: OrderedDict[int, Article] = OrderedDict()

    def __len__(self) -> int:
        return len(self.extra) + self.n

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        if i < len(self.extra):
            return self.extra[i]
        return self._at(i - len(self.extra))

    def _at(self, j: int) -> Article:
        if j in self.pinned:
            return self.pinned[j]
        if j in self._cache:
            self._cache.move_to_end(j)
            return self._cache[j]
        rng = random.Random(f"{self.seed}:{self.portal.id}:{j}")
        span = (self.END - self.START).days
        day = self.END - timedelta(days=int((j + rng.random() * 0.9) * span / self.n))
        moment = datetime.combine(day, time(rng.randint(6, 20), rng.randint(0, 59)), tzinfo=VN_TZ)
        art = apply_habits(
            self.portal, compose(self.portal, self.KEY0 + 3 * (self.n - j), moment, rng)
        )
        self._cache[j] = art
        if len(self._cache) > self.CACHE:
            self._cache.popitem(last=False)
        return art

    def find(self, key: int) -> Article | None:
        for art in self.extra:
            if art.key == key:
                return art
        offset = key - self.KEY0
        if offset % 3 or not 0 < offset // 3 <= self.n:
            return None
        return self._at(self.n - offset // 3)

    def pin(self, key: int) -> Article | None:
        """Keep the article with this id in memory (it is about to be edited)."""
        art = self.find(key)
        offset = key - self.KEY0
        if art is not None and art not in self.extra:
            self.pinned.setdefault(self.n - offset // 3, art)
        return art

    def insert(self, index: int, art: Article) -> None:
        if index != 0:
            raise ValueError("generated portals only publish at the top")
        self.extra.insert(0, art)

    def next_key(self) -> int:
        return max([self.KEY0 + 3 * self.n, *(a.key for a in self.extra)]) + 1


def _chrome(name: str, place: str, rng: random.Random) -> dict:
    upper = name.upper()
    return {
        "site_title": upper,
        "site_subtitle": "Cổng thông tin điện tử",
        "category_label": "TIN HOẠT ĐỘNG",
        "menu": [
            "Trang chủ",
            "Giới thiệu",
            "Tin hoạt động",
            "Chính sách - Pháp luật",
            "Văn bản",
            "Liên hệ",
        ],
        "submenu": ["Tin tổng hợp", "Tin hoạt động", "Tin chuyên ngành"],
        "sidebar": ["Chuyên mục", "Ảnh hoạt động", "Thông tin truy cập"],
        "slogans": [
            "Nhiệt liệt chào mừng kỷ niệm ngày thành lập Công đoàn Việt Nam 28/7!",
            f"Công nhân, viên chức, lao động {place} thi đua lao động sáng tạo!",
        ],
        "links": [
            "Tổng Liên đoàn Lao động Việt Nam",
            f"Cổng thông tin điện tử {place}",
            "Báo Lao Động",
        ],
        "documents": [
            f"Kế hoạch tổ chức Tháng Công nhân năm {rng.randint(2020, 2025)}",
            "Hướng dẫn đại hội công đoàn cơ sở",
            "Thông báo lịch làm việc của Thường trực",
        ],
        "counter_online": str(rng.randint(3, 60)),
        "counter_total": str(rng.randint(100_000, 3_000_000)),
        "footer_name": upper,
        "footer_address": f"Địa chỉ: trụ sở {short_name_of(name)}, {place}",
    }


def short_name_of(name: str) -> str:
    return name.replace("Liên đoàn Lao động", "LĐLĐ")
