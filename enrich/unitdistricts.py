"""The province a passage is in when only its districts say so ("... ở phường Bách Quang (thành phố
Sông Công) và xã Điềm Thụy (huyện Phú Bình)"): every district it names with a type lies in that one
province, as on the article date; or the one province it names at all ("... tại Thái Bình")."""

from __future__ import annotations

import re

from crawler.textnorm import fold
from enrich.gazetteer import Gazetteer, valid_on
from enrich.unittext import cap_run

_TYPED_DISTRICT = re.compile(r"(?<!\w)(?:huyện|quận|thị xã|thành phố) (?=[A-ZĐ])")


def district_province(gaz: Gazetteer, text: str, date: str | None) -> str | None:
    """Id of the one province whose districts the text names with their type, or None when it names
    none, a district of several provinces, or districts of two provinces."""
    found: set[str] = set()
    for m in _TYPED_DISTRICT.finditer(text):
        names = cap_run(text, m.end(), 3)
        for candidate in [n for n, _ in names]:  # the longest that is a district: "Sông Công", "Phú Bình"
            rows = [d for d in gaz.districts.get(fold(candidate), [])
                    if d["short_name"].lower() == candidate.lower() and valid_on(d, date, "valid_from", "valid_to")]
            if rows:
                name = candidate
                break
        else:
            continue
        pids = {d["province_id"] for d in gaz.districts[fold(name)] if d["short_name"].lower() == name.lower()}
        if len(pids) != 1:
            return None
        found |= pids
    if len(found) != 1:
        return None
    return gaz.earlier_province(found.pop(), date)  # Huế's districts in 2024: Thừa Thiên Huế


_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE_STARTS = ("", ".", ":", "!", "?", "…", '"', "“", "-", "–")  # "" also a line's or the text's start


def one_named_province(gaz: Gazetteer, text: str, date: str | None) -> str | None:
    """Id of the one province ``text`` names, with a type or without, as a run of capitalised words or the
    end of one ("Công đoàn Ngân hàng Việt Nam tại Thái Bình", "Báo Thái Bình"), or None when it names
    none or several. Names that are no place in a union's passage (group ``not_place``: "Hồ Chí Minh", the
    president's and the youth union's) count for none."""
    runs: list[list[str]] = []  # after a sentence's start, its first word left out (capitalised whatever it is)
    last = -2
    for m in _WORD.finditer(text):
        word = m.group(0)
        if not word[:1].isupper() or word.isupper() and len(word) > 1:
            last = -2
        elif m.start() == last + 1 and text[last] == " ":
            runs[-1].append(word)
            last = m.end()
        else:
            runs.append([] if text[max(0, m.start() - 4):m.start()].rstrip()[-1:] in _SENTENCE_STARTS else [word])
            last = m.end()
    skipped = {fold(name) for name in gaz.words.get("not_place", ())}
    found: set[str] = set()
    for run in runs:
        for n in (3, 2, 1):
            name = " ".join(run[-n:])
            row = gaz.find_province(name, date) if len(run) >= n and fold(name) not in skipped else None
            if row is not None:
                found.add(row["id"])
                break
    return found.pop() if len(found) == 1 else None
