"""Former districts: the GSO district list of 2020-02-25 against the early-2025 list.

vietnam-provinces 0.2 (data: the General Statistics Office list "Xa_2020-02-25"; the package is
GPL-3.0, its data public GSO facts: names and codes) holds districts merged or renamed between
2020 and early 2025 that vietnamadminunits 1.0.4 (early 2025) no longer has. A district of the old
list is former when its code is gone, or when its code now carries another name (Đất Đỏ, code 753,
is now Long Đất); a change of type alone (huyện -> thị xã) or of spelling (Qui/Quy Nhơn) is not.

Each former district takes its province (old and new) from its GSO province code and its
successor from the code (a renamed district) or from where most of its communes' codes are in
early 2025. End dates come from scripts/data/former_districts.csv (the resolution or a page that
reports it; empty when no source was found). Left out: a former district whose name a live
district of the same province still carries (Đạ Huoai, merged into the new Đạ Huoai: the live
row covers the name) and those the build already writes (Quận 2, Quận 9, Quận Thủ Đức; the city
of Huế, a curated union row).
"""

import csv
import json
import sys
import tempfile
import unicodedata
import zipfile
from collections import Counter
from pathlib import Path

FORMER_PACKAGE = "vietnam-provinces 0.2"
DATES_CSV = Path(__file__).resolve().parent / "data" / "former_districts.csv"
DISTRICT_TYPES = ["Thành phố", "Thị xã", "Quận", "Huyện"]
TYPE_ABBR = {"thành phố": ["TP", "TP."], "thị xã": ["TX", "TX."], "quận": ["Q."], "huyện": ["H."]}
HANDLED_ELSEWHERE = {"474"}  # Thành phố Huế: the curated row ldld-thua-thien-hue--hue


def _nfc(text):
    return unicodedata.normalize("NFC", text.strip())


_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def _package_tones(name):
    """Tone on the first vowel of oa/oe/uy, as vietnamadminunits writes it: Phục Hoà -> Phục Hòa."""
    out = []
    for word in name.split(" "):
        chars = unicodedata.normalize("NFD", word)
        base = "".join(c for c in chars if c not in _MARKS)
        tones = [c for c in chars if c in _MARKS]
        pair = base[-2:].lower()
        if len(tones) == 1 and pair in ("oa", "oe", "uy") and not base[:-1].lower().endswith("qu"):
            word = unicodedata.normalize("NFC", base[:-1] + tones[0] + base[-1])
        out.append(word)
    return " ".join(out)


def _key(name):
    """A name for comparison: no marks, no type, đ -> d, i/y and spaces folded."""
    text = _nfc(name).lower().replace("đ", "d")
    text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    for unit_type in DISTRICT_TYPES:
        t = "".join(c for c in unicodedata.normalize("NFD", unit_type.lower()) if not unicodedata.combining(c))
        if text.startswith(t + " "):
            text = text[len(t) + 1 :]
            break
    return "".join(c for c in text.replace("y", "i") if c.isalnum())


def read_gso_2020(path):
    """Provinces with districts and wards from the vietnam-provinces 0.2 wheel or folder."""
    path = Path(path)
    member = "vietnam_provinces/data/nested-divisions.json"
    if path.is_file():
        tmp = Path(tempfile.mkdtemp(prefix="vp-"))
        with zipfile.ZipFile(path) as wheel:
            wheel.extract(member, tmp)
        path = tmp
    return json.loads((path / member).read_text(encoding="utf-8"))


def read_dates(path=DATES_CSV):
    with open(path, encoding="utf-8", newline="") as fh:
        return {row["code"]: {k: _nfc(v or "") for k, v in row.items()} for row in csv.DictReader(fh)}


def former_districts(package, conn, districts, old_map, build):
    """Rows for districts.csv: the 2020 list's districts that early 2025 no longer has by name."""
    by_code = {d["code"]: d for d in districts if d["code"]}
    ward_district = dict(
        conn.execute(
            "select wardCode, districtCode from admin_units_legacy where wardCode is not null"
        ).fetchall()
    )
    live_names = {(d["province_id"], _key(d["name"])) for d in districts}
    known_ids = {d["id"] for d in districts}
    dates = read_dates()
    out = []
    for prov in read_gso_2020(package):
        pcode = f"{prov['code']:02d}"
        for dist in prov["districts"]:
            code, name = f"{dist['code']:03d}", _package_tones(_nfc(dist["name"]))
            live = by_code.get(code)
            if code in HANDLED_ELSEWHERE or (live and _key(live["name"]) == _key(name)):
                continue
            prov_id, prov_new_id = old_map[pcode]
            unit_type, short = build.split_type(name, DISTRICT_TYPES)
            if (prov_id, _key(name)) in live_names:
                continue  # the name lives on in the province (Đạ Huoai)
            ident = f"{prov_id}--{build.slug(short)}"
            if ident in known_ids:
                ident = f"{prov_id}--{build.slug(name)}"
            if ident in known_ids:
                continue  # written by the build already (Quận 9, Quận Thủ Đức)
            if live is None:
                wards = Counter(ward_district.get(f"{w['code']:05d}") for w in dist["wards"])
                wards.pop(None, None)
                live = by_code.get(wards.most_common(1)[0][0]) if wards else None
            date = dates.get(code)
            if date is None or _key(date["name"]) != _key(name):
                print(f"warning: former district {code} {name}: no end date row", file=sys.stderr)
                date = {"valid_to": "", "resolution": "", "source": ""}
            source = f"{FORMER_PACKAGE} (GSO list of 2020-02-25, code {code})"
            if date["resolution"]:
                source += f"; Nghị quyết {date['resolution']}"
            if date["source"]:
                source += f"; {date['source']}"
            out.append(
                {
                    "id": ident,
                    "code": code,
                    "name": name,
                    "short_name": build.district_short(name, unit_type, short),
                    "type": unit_type,
                    "province_id": prov_id,
                    "province_new_id": prov_new_id,
                    "valid_from": "",
                    "valid_to": date["valid_to"],
                    "aliases": build.district_aliases(name, unit_type, short),
                    "source": source,
                    "successor_id": live["id"] if live else "",
                }
            )
    return out
