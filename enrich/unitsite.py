"""The organisation a page's address names, for a union written bare on the page ("Chủ tịch công đoàn", "Công đoàn
trường") that no source completes.

The sets complete such a union from the body whose page it is (b16u045, b27u018, b28u020): on a body's own site the
site's name spells the body ("dvagribank.github.io": "Công ty Dịch vụ Agribank", "thnguyentrai...": "Tiểu học Nguyễn
Trãi"); on a union's portal an item's address names the member it is about ("/truong-thpt-nguyen-van-troi-to-chuc-...").
Only an organisation the passage itself names is taken, and only the one the address names; a bare "Công đoàn" is read
so only after a title or a union body's word (group ``site_union``):

- *the site's name*: the host's first label that is no zone's ("www", "com", "edu"...), or the name of the repository a copied site is kept in
  (enrich/repohosts.py), is the organisation's words in order, each whole or by its first letter, from any word to
  the last, which is whole ("dv" + "agribank"); two words or more, one of them whole and of four letters or more;
  or the initials of the organisation's type, then its name's words whole or as a listed short syllable, then at
  most a district's number or name ("th" + "tranqgkhai" + "q1", "bvdk" + "tanlac": enrich/sitetyped.py); where no
  name the passage writes before the bare union is the site's, one it writes after it ("BCH Công đoàn Bệnh viện ...
  Bệnh viện Đa khoa huyện X");
- *the item's address*, on a union's portal only (a source that is a gazetteer union above the grassroots): the last part
  of the path holds the organisation's words, head and all, between hyphens.

A newspaper's or an aggregator's host spells no organisation of the passage, and a newspaper's article address is
not read, so that a bare "Công đoàn" there stays unread.
"""

from __future__ import annotations

import re
from functools import cache
from urllib.parse import unquote, urlsplit

from crawler.textnorm import fold
from enrich.repohosts import repository_name
from enrich.sitetyped import typed_spells
from enrich.unitmention import COMMUNE_TYPES, DISTRICT_TYPES, PROVINCE_TYPES
from enrich.unitresolve import Context
from enrich.unitshort import follows_word, names_before
from enrich.unittext import fold_view

_NOT_LETTER = re.compile(r"[^a-z0-9]")
_ZONES = frozenset({"www", "m", "com", "vn", "net", "org", "gov", "edu", "info", "biz", "io", "github"})
_EXTENSION = re.compile(r"\.[a-z]{2,5}$")
_UNIONS = ("ldld-", "cd-", "cdvc-")  # the gazetteer's unions above the grassroots, by their ids' prefix
_TYPES = (PROVINCE_TYPES, DISTRICT_TYPES + COMMUNE_TYPES)


def address(url: str | None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The site's names (host labels but the zones', or a copied site's repository name; letters and digits) and
    the words of the path's last part ("truong", "thpt", ...) of ``url``."""
    if not url:
        return (), ()
    repo = repository_name(url)
    split = urlsplit(url)
    if repo is not None:
        labels = [repo]
    else:  # the site's own name, not its office's zone ("thkhemo.donghy.edu.vn": "thkhemo")
        labels = [label for label in (split.hostname or "").lower().split(".") if label not in _ZONES][:1]
    names = tuple(name for name in (_NOT_LETTER.sub("", label) for label in labels) if name)
    last = unquote(split.path.rstrip("/").rsplit("/", 1)[-1]).lower()
    return names, tuple(word for word in _EXTENSION.sub("", last).split("-") if word)


@cache
def _words(name: str) -> tuple[str, ...]:
    return tuple(word for word in (_NOT_LETTER.sub("", fold(w).lower()) for w in name.split()) if word)


def spells(label: str, name: str) -> bool:
    """Whether a site's name ``label`` is the words of ``name`` from one of them to the last, each whole or by its
    first letter, the last whole, two words or more, one written whole of four letters or more."""
    words = _words(name)
    return any(_spelt(label, words[first:], 0, False) for first in range(len(words) - 1))


def _spelt(label: str, words: tuple[str, ...], at: int, long_whole: bool) -> bool:
    if not words:
        return at == len(label) and long_whole
    word, rest = words[0], words[1:]
    if label.startswith(word, at) and _spelt(label, rest, at + len(word), long_whole or len(word) >= 4):
        return True
    return bool(rest) and label.startswith(word[0], at) and _spelt(label, rest, at + 1, long_whole)


def names_in_path(slug: tuple[str, ...], name: str) -> bool:
    """Whether an item's address words ``slug`` hold every word of ``name`` in a row."""
    words = _words(name)
    return len(words) >= 2 and any(slug[i:i + len(words)] == words for i in range(len(slug) - len(words) + 1))


def site_organisation(names: list[str], site: tuple[str, ...], slug: tuple[str, ...], union_portal: bool) -> str:
    """The one of ``names`` (organisations the passage names) that the page's address names, or ""."""
    found = {name for name in names if any(spells(label, name) or typed_spells(label, name) for label in site)}
    if not found and union_portal:
        found = {name for name in names if names_in_path(slug, name)}
    return found.pop() if len(found) == 1 else ""


def site_org(ctx: Context, start: int, heads: tuple[str, ...], bare: bool = False) -> str:
    """The one organisation with one of ``heads`` the passage names before ``start`` that the page's address names
    (``site_organisation``), or "". A ``bare`` "Công đoàn" only after a word of group ``site_union`` ("Chủ tịch
    công đoàn", "Ban Chấp hành Công đoàn", "đại diện Công đoàn"): elsewhere it is the union's work or an emulation
    cluster ("nghiệp vụ Công đoàn", "Cụm thi đua Công đoàn") as often as a body's union."""
    if not ctx.url or bare and not after_site_union(ctx, start):
        return ""
    site, slug = address(ctx.url)
    folded = fold_view(ctx.text)
    gaz = ctx.gaz
    names = [name for head in heads for name in names_before(ctx.text, folded, start, head, gaz.words, _TYPES,
                                                             lambda place: gaz.find_province(place, None) is not None)]
    portal = ctx.source_unit is not None and ctx.source_unit.unit_id.startswith(_UNIONS)
    found = site_organisation(list(dict.fromkeys(names)), site, slug, portal)
    if found or not site:
        return found
    # the body named after its bare union ("BCH Công đoàn Bệnh viện ... Bệnh viện Đa khoa huyện X"): the site's name only
    later = [name for head in heads for name in names_before(ctx.text, folded, len(ctx.text), head, gaz.words, _TYPES,
                                                             lambda place: gaz.find_province(place, None) is not None)]
    return site_organisation(list(dict.fromkeys(later)), site, (), False) if later != names else ""


def after_site_union(ctx: Context, start: int) -> bool:
    """Whether a word of group ``site_union`` ("Chủ tịch", "BCH", "đại diện") is written right before ``start``."""
    return follows_word(ctx.text, start, ctx.gaz.words.get("site_union", ()))


def org_kind(ctx: Context, name: str) -> str:
    """A corporation's union is of sector level: "corp" for a name with its head, else "grassroots"."""
    return "corp" if name.startswith(tuple(w + " " for w in ctx.gaz.words.get("corp", ()))) else "grassroots"
