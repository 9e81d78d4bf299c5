"""How a unit's name writes the organisation a passage names (enrich/unitorgs.py reads where the name ends).

- The head is written capitalised ("công đoàn trường X" -> "Trường X") and a head written twice once
  ("Công đoàn trường Trường Tiểu học X"); a school's level is capitalised ("trường tiểu học X" -> "Trường
  Tiểu học X") and the school abbreviations MN, MG, TH (group ``school_abbr``) spelt out.
- A company's legal form written short right after "Công ty" ("Công ty CP X", "Cty TNHH MTV X"; group
  ``legal_abbr``) is spelt out in the unit's name ("Công ty Cổ phần X"), as "CĐ" and "Cty" are in the
  view: one union written both ways is one unit; "cty" (group ``org_lower``) is written "Công ty".
"""

from __future__ import annotations

import re
from functools import cache

from enrich.unittext import starts_with

Words = dict[str, tuple[str, ...]]
GLUED = re.compile(r"(\w)- (?=[^\W\d_])")
DOUBLED = re.compile(r"(?i)((?:\w+ ){0,2}\w+) \1 ")


@cache
def _legal_forms(pairs: tuple[str, ...]) -> tuple[re.Pattern[str], dict[str, str]]:
    """The legal forms written short after "Công ty" (group ``legal_abbr``: "CP=Cổ phần"), and each spelt out."""
    table = dict(pair.split("=", 1) for pair in pairs)
    alternatives = "|".join(re.escape(short) for short in sorted(table, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:[Cc]ông ty)((?: (?:{alternatives}))+)(?!\w)"), table


def spelt_legal_form(label: str, words: Words) -> str:
    """``label`` with a company's legal form spelt out after "Công ty": "Công ty TNHH MTV X" -> "Công ty
    Trách nhiệm hữu hạn Một thành viên X"."""
    pattern, table = _legal_forms(words.get("legal_abbr", ()))
    if not table or pattern.search(label) is None:
        return label
    return pattern.sub(lambda m: m.group(0)[:-len(m.group(1))] + "".join(" " + table[w] for w in m.group(1).split()), label)


def written_label(label: str, words: Words) -> str:
    """The organisation as the unit's name writes it: head capitalised, school abbreviations and a company's
    legal form spelt out."""
    label = label[:1].upper() + label[1:]
    if "- " in label:  # GLUED's own dash and space: a label without them is left as it is, without the substitution
        label = GLUED.sub(r"\1 - ", label)  # "Vàng Danh- Vinacomin": "Vàng Danh - Vinacomin"
    if label.startswith("Cty "):  # "công đoàn cty TNHH X": "Công ty", as the view spells "Cty" out
        label = "Công ty" + label[3:]
    label = spelt_legal_form(label, words)
    doubled = DOUBLED.match(label)
    if doubled:  # "Công đoàn trường Trường Tiểu học X", "Tổng Công ty Tổng Công ty X": the head written twice
        label = label[doubled.end(1) + 1:]
    if not label.startswith("Trường "):
        return label
    level = starts_with(label, len("Trường "), words.get("school_level", ()))
    if level is not None:  # "trường tiểu học X" -> "Trường Tiểu học X"
        at = len("Trường ")
        label = label[:at] + label[at].upper() + label[at + 1:]
    first, _, rest = label[len("Trường "):].partition(" ")
    table = dict(item.split("=", 1) for item in words.get("school_abbr", ()))
    return f"Trường {table[first]} {rest}".rstrip() if first in table else label
