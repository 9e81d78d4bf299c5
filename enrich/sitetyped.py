"""The letters a body's own host writes (enrich/data/site_letters.csv): an education office's zone named short
(kind ``office``: "hcm.edu.vn", Hồ Chí Minh), under which its schools' sites are.
"""

from __future__ import annotations

import re
from functools import cache

from enrich.catalog import DATA, read_csv

SITE_LETTERS_CSV = DATA / "site_letters.csv"
_KINDS = ("office",)


@cache
def site_letters() -> dict[str, tuple[tuple[str, str], ...]]:
    """kind -> (letters, words) rows of enrich/data/site_letters.csv, the longest letters first."""
    rows: dict[str, list[tuple[str, str]]] = {kind: [] for kind in _KINDS}
    for line, row in enumerate(read_csv(SITE_LETTERS_CSV), start=2):
        letters = row.get("letters") or ""
        if row.get("kind") not in _KINDS or not re.fullmatch(r"[a-z]+", letters) or not row.get("words") \
                or not row.get("source"):
            raise ValueError(f"{SITE_LETTERS_CSV.name} line {line}: expected a kind of {', '.join(_KINDS)}, "
                             f"lower-case letters, words and a source: {row}")
        rows[row["kind"]].append((letters, row["words"]))
    return {kind: tuple(sorted(found, key=lambda r: len(r[0]), reverse=True)) for kind, found in rows.items()}


def office_province(label: str) -> str | None:
    """The province an education office's zone names short ("hcm": "Hồ Chí Minh"), as the gazetteer writes it."""
    return next((words for letters, words in site_letters()["office"] if letters == label), None)
