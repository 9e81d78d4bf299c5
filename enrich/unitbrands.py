"""Unions of large enterprises known by a brand (enrich/data/brands.csv): "Công đoàn Vietcombank",
"Công đoàn BIDV", and their branches' unions, "Công đoàn Vietcombank Hải Dương".

A brand's own union is an upper-level union (level sector), one unit whether the passage writes
the brand or the union's full name: its id is the one the full name is given. It is named as the
passage names it (naming ``written``): by its full name when the passage writes that, else
"Công đoàn <brand>"; a brand whose gazetteer row is named in full (naming ``full``) keeps that.
"Công đoàn <brand> [chi nhánh] <province>" is the union of the brand's branch in that province:
grassroots, named as written, under the brand's union. A brand followed by any other capitalised
word ("Công đoàn Viettel Post") is another company's name and is left to the other rules. A form or the
union's full name written wholly in capitals ("CÔNG ĐOÀN VIETCOMBANK", "thành CÔNG ĐOÀN XĂNG DẦU VIỆT NAM") is
read as listed, never as a name in capitals; capitalised words after it leave it unread, and no branch is
read from it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from crawler.textnorm import fold
from enrich.catalog import DATA, read_csv
from enrich.gazetteer import Gazetteer, dash_spellings
from enrich.unitmention import Mention
from enrich.unittext import cap_run

BRANDS_CSV = DATA / "brands.csv"
_BRANCH_WORDS = ("chi nhánh ", "Chi nhánh ", "CN ")
_BRANCH_DASHES = ("– ", "- ")
_PROVINCE_TYPES = ("tỉnh ", "thành phố ", "Tỉnh ", "Thành phố ")


@dataclass(frozen=True)
class Brand:
    union: str
    unit_id: str
    naming: str
    branches: bool


@cache
def brands() -> dict[str, Brand]:
    """Brand as written (case kept) -> its union."""
    out: dict[str, Brand] = {}
    for row in read_csv(BRANDS_CSV):
        brand = Brand(row["union"], row["unit_id"], row["naming"], row["branches"] == "yes")
        for form in row["brand"].split(";"):
            if form.strip():
                out[form.strip()] = brand
                for spelt in dash_spellings(form.strip())[1:]:  # "Việt - Nga" also written "Việt-Nga"
                    out.setdefault(spelt, brand)
    return out


@cache
def brand_units() -> frozenset[str]:
    """The unit ids of the brands' unions."""
    return frozenset(brand.unit_id for brand in brands().values())


@cache
def _forms() -> tuple[str, ...]:
    return tuple(sorted(brands(), key=len, reverse=True))


@cache
def _forms_by_first() -> dict[str, tuple[str, ...]]:
    """The forms by their first character, longest first: most heads are followed by none."""
    out: dict[str, list[str]] = {}
    for form in _forms():
        out.setdefault(form[0], []).append(form)
    return {k: tuple(v) for k, v in out.items()}


def read_brand(text: str, start: int, pos: int, gaz: Gazetteer) -> Mention | None:
    """A brand right after a union head at ``pos``, with a branch's province if one follows."""
    first = text[pos:pos + 1]
    forms = _forms_by_first().get(first.upper(), ())
    form = next((f for f in forms if _written(text, pos, f, first) and not text[pos + len(f):pos + len(f) + 1].isalnum()),
                None)
    if form is not None and not text.startswith(form, pos):  # "VINACONEX" as listed before "Vinaconex" in capitals
        form = next((f for f in forms if len(f) == len(form) and text.startswith(f, pos)), form)
    end = pos + len(form) if form is not None else pos
    if form is None and text[pos:pos + 2].isupper():  # "CÔNG ĐOÀN XĂNG DẦU VIỆT NAM": the union's full name
        form, end = _in_capitals(text, pos)
    if form is None:
        return None
    brand = brands()[form]
    capitals = text[pos:end] != form and text[pos:end].isupper()  # read as the listed form, and no branch's
    after = end + 1 if text[end:end + 1] == " " else end
    dash = next((d for d in _BRANCH_DASHES if text.startswith(d, after)), "")
    branch = next((w for w in _BRANCH_WORDS if text.startswith(w, after + len(dash))), "")
    after += len(dash) if branch else 0  # "Công đoàn Ngân hàng ... Việt Nam – Chi nhánh Tiền Giang": the branch's
    typed = next((w for w in _PROVINCE_TYPES if text.startswith(w, after + len(branch))), "")
    names = cap_run(text, after + len(branch) + len(typed)) if after > end else []
    place = next(((name, stop) for name, stop in names if gaz.find_province(name, None) is not None), None)
    if place is not None and brand.branches and not capitals:
        return Mention(start, place[1], "brand", label=text[pos:place[1]], names=[place])
    if names and not branch and not typed and _person(names, gaz):
        names = []  # "Chủ tịch Công đoàn Agribank Phạm Đức Tuấn": the chairman's name after the brand's union
    if names or branch or brand.naming != "written":
        return None  # another company's name ("Viettel Post"), or a row the aliases read
    return Mention(start, end, "brand", label=form)


def _written(text: str, pos: int, form: str, first: str) -> bool:
    """Whether ``form`` stands at ``pos``, as listed, wholly in capitals ("CÔNG ĐOÀN VIETCOMBANK") or, a full name
    of several words, with a lower-case first letter ("Công đoàn ngân hàng Thương mại Cổ phần Ngoại thương Việt
    Nam")."""
    if first == form[:1]:
        return text.startswith(form, pos) or text.startswith(form.upper(), pos)
    return " " in form and text.startswith(form[1:], pos + 1)


@cache
def _unions_in_capitals() -> tuple[tuple[str, str], ...]:
    """(the words of a brand's union after "Công đoàn", in capitals; one of the brand's forms), longest first: a
    union's full name written wholly in capitals ("CÔNG ĐOÀN XĂNG DẦU VIỆT NAM") is the brand's union."""
    out = {row["union"][len("Công đoàn "):].upper(): row["brand"].split(";")[0].strip()
           for row in read_csv(BRANDS_CSV) if row["union"].startswith("Công đoàn ")}
    return tuple(sorted(out.items(), key=lambda item: len(item[0]), reverse=True))


def _in_capitals(text: str, pos: int) -> tuple[str | None, int]:
    """(a form of the brand whose union's full name stands at ``pos`` wholly in capitals, where that name ends)."""
    for words, form in _unions_in_capitals():
        end = pos + len(words)
        if text.startswith(words, pos) and not text[end:end + 1].isalnum():
            return form, end
    return None, pos


def _person(names: list[tuple[str, int]], gaz: Gazetteer) -> bool:
    """Whether a capitalised run is a person's name: a surname (group ``surname``) and one to three more
    words, no province's or district's name ("Hoàng Mai" is a district)."""
    longest, first = names[0][0], names[-1][0]
    return (first in gaz.words.get("surname", ()) and 2 <= len(longest.split()) <= 4
            and not any(fold(name) in gaz.province_names or fold(name) in gaz.districts for name, _ in names))


def brand_of(label: str) -> Brand:
    label = label[:1].upper() + label[1:]  # "ngân hàng Thương mại ..." as written
    return brands()[next(f for f in _forms() if label.startswith(f))]


def written_name(brand: Brand, label: str, text: str) -> str:
    """The brand's union as the passage names it."""
    if brand.union and fold(brand.union) in fold(text):
        return brand.union
    return f"Công đoàn {label}"
