"""Build the union-unit gazetteer in enrich/data/ from public administrative data.

Re-run (a build tool, not a runtime dependency):

    pip download --no-deps vietnamadminunits==1.0.4 -d /tmp/vau
    python scripts/build_gazetteer.py /tmp/vau/vietnamadminunits-1.0.4-py3-none-any.whl \
        --reference ../shared/reference/provinces-2025.csv

The first argument is the wheel or a folder it was extracted to. vietnamadminunits (MIT) gives
the 63 pre-2025 provinces and 696 districts (table admin_units_legacy of data/dataset.db), the 34
post-2025 provinces and 3,321 communes (table admin_units) and the old -> new province mapping
(data/converter_2025.json). The reference CSV (verified old -> new mapping with seats and sources)
is cross-checked against the package; where they disagree the reference wins and a warning is
printed.

With --former (a vietnam-provinces 0.2 wheel: the GSO list of 2020-02-25, GPL-3.0 package of
public GSO data, read as facts), the districts of that list merged or renamed since are added as
former districts (scripts/former_districts.py; dates from scripts/data/former_districts.csv).

Writes provinces.csv, districts.csv, communes.csv and communes_former.csv (the 10,035 communes, wards and
towns of admin_units_legacy, as before 1 July 2025, each with its district's code), and the generated rows of
units.csv (kinds
tld, ldld-province, ldld-district). Rows of units.csv with other kinds (sector, commune, ...) are
curated by hand and kept as they are; on generated rows the curated columns `verified` and
`source` survive a rebuild.
"""

import argparse
import csv
import io
import itertools
import json
import sqlite3
import sys
import tempfile
import unicodedata
import zipfile
from pathlib import Path

from former_districts import FORMER_PACKAGE, former_districts

DATA_DIR = Path(__file__).resolve().parent.parent / "enrich" / "data"
PACKAGE = "vietnamadminunits 1.0.4"
REFORM_END = "2025-06-30"
REFORM_START = "2025-07-01"

# Pre-2025 district changes the package only records as keyword aliases: TP Thủ Đức replaced
# Quận 2, Quận 9 and Quận Thủ Đức (NQ 1111/NQ-UBTVQH14).
THU_DUC_SOURCE = (
    "https://congdoanvietnam.laodong.vn/ldld-tphcm/thanh-lap-ldld-thanh-pho-thu-duc-870749.ldo"
)
THU_DUC_PREDECESSORS = ["Quận 2", "Quận 9", "Quận Thủ Đức"]
THU_DUC_FROM, THU_DUC_PREDECESSORS_TO = "2021-02-01", "2021-01-31"

# Huế became a centrally-run city on 2025-01-01; before that the provincial union was
# "Liên đoàn Lao động tỉnh Thừa Thiên Huế".
HUE_SOURCE = (
    "https://hanoietoco.com/dulich/110-77-cac-tinh-mien-trung-cac-thinh-thuoc-mien-trung.html"
)
HUE_CITY_FROM = "2025-01-01"
HUE_PROVINCE_TO = "2024-12-31"

TLD_SOURCE = "https://vov.vn/xa-hoi/ong-nguyen-dinh-khang-giu-chuc-chu-tich-tong-lien-doan-ld-viet-nam-khoa-xiii-post1063113.vov"
PROVINCE_UNION_SOURCE = "https://www.baomoi.com/dai-hoi-cong-doan-viet-nam-lan-thu-xi-se-dien-ra-cuoi-quy-ii-nam-2013/c/8206183.epi"
MERGED_UNION_SOURCE = "https://news.laodong.vn/cong-doan/huong-dan-sap-xep-to-chuc-bo-may-nhan-su-doi-voi-cong-doan-cap-tinh-cong-doan-xa-phuong-1524417.ldo"

TLD_ALIASES = [
    "TLĐ",
    "Tổng LĐLĐVN",
    "Tổng LĐLĐ Việt Nam",
    "Tổng Liên đoàn LĐ Việt Nam",
    "Tổng Liên đoàn",
    "TLĐLĐVN",
    "Tổng Liên đoàn Lao động",
    "Tổng LĐLĐ",
    "Tổng Liên đoàn LĐVN",
    "Tổng Công đoàn Việt Nam",
]

PROVINCE_COLUMNS = [
    "id",
    "code",
    "name",
    "short_name",
    "type",
    "valid_from",
    "valid_to",
    "successor_id",
    "seat_of",
    "aliases",
    "source",
]
DISTRICT_COLUMNS = [
    "id",
    "code",
    "name",
    "short_name",
    "type",
    "province_id",
    "province_new_id",
    "valid_from",
    "valid_to",
    "aliases",
    "source",
    "successor_id",
]
FORMER_COMMUNE_COLUMNS = ["code", "name", "type", "district_code", "province"]
COMMUNE_COLUMNS = [
    "id",
    "code",
    "name",
    "short_name",
    "type",
    "province_id",
    "valid_from",
    "aliases",
    "source",
]
UNIT_COLUMNS = [
    "id",
    "name",
    "short_name",
    "level",
    "province_id",
    "province_new_id",
    "district_id",
    "parent_id",
    "aliases",
    "active_from",
    "active_until",
    "successor_id",
    "kind",
    "verified",
    "source",
]
GENERATED_KINDS = {"tld", "ldld-province", "ldld-district"}

TONES = "\u0300\u0301\u0303\u0309\u0323"


def nfc(text):
    return unicodedata.normalize("NFC", text.strip())


def fold(text):
    """Lower case, đ -> d, marks removed."""
    text = nfc(text).lower().replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def slug(text):
    out, dash = [], False
    for c in fold(text):
        if c.isalnum():
            out.append(c)
            dash = False
        elif not dash:
            out.append("-")
            dash = True
    return "".join(out).strip("-")


def _tone_variants(word):
    """Both tone placements of a word ending in oa/oe/uy: Hòa/Hoà, Thủy/Thuỷ."""
    decomposed = unicodedata.normalize("NFD", word)
    tones = [c for c in decomposed if c in TONES]
    base = "".join(c for c in decomposed if c not in TONES)
    if len(tones) != 1 or len(base) < 2:
        return {word}
    pair = base[-2:]
    if pair.lower() not in ("oa", "oe", "uy") or base[:-1].lower().endswith("qu"):
        return {word}
    head = base[:-2]
    first = head + pair[0] + tones[0] + pair[1]
    second = head + pair + tones[0]
    return {nfc(first), nfc(second)}


def tone_variants(name):
    words = name.split(" ")
    return {
        " ".join(combo) for combo in itertools.product(*(sorted(_tone_variants(w)) for w in words))
    }


def join_aliases(name, candidates):
    seen, out = {name}, []
    for cand in candidates:
        for variant in sorted(tone_variants(nfc(cand))):
            if variant and variant not in seen:
                seen.add(variant)
                out.append(variant)
    return ";".join(out)


def split_type(name, types):
    for unit_type in types:
        if name.lower().startswith(unit_type.lower() + " "):
            return unit_type.lower(), name[len(unit_type) + 1 :]
    raise ValueError(f"unknown unit type in {name!r}")


PROVINCE_TYPES = ["Thành phố", "Tỉnh"]
DISTRICT_TYPES = ["Thành phố", "Thị xã", "Quận", "Huyện"]
COMMUNE_TYPES = ["Phường", "Xã", "Đặc khu"]
FORMER_COMMUNE_TYPES = ["Phường", "Xã", "Thị trấn"]
TYPE_ABBR = {"thành phố": ["TP", "TP."], "thị xã": ["TX", "TX."], "quận": ["Q."], "huyện": ["H."]}


# --- reading the package ---------------------------------------------------------------------


def open_package(path):
    """Return (sqlite connection, converter dict) from a wheel or an extracted folder."""
    path = Path(path)
    if path.is_file():
        tmp = Path(tempfile.mkdtemp(prefix="vau-"))
        with zipfile.ZipFile(path) as wheel:
            wheel.extract("vietnamadminunits/data/dataset.db", tmp)
            wheel.extract("vietnamadminunits/data/converter_2025.json", tmp)
        path = tmp
    candidates = [path / "vietnamadminunits" / "data", path / "data", path]
    data = next((c for c in candidates if (c / "dataset.db").exists()), None)
    if data is None:
        sys.exit(f"error: no vietnamadminunits/data/dataset.db under {path}")
    conn = sqlite3.connect(f"file:{data / 'dataset.db'}?mode=ro", uri=True)
    converter = json.loads((data / "converter_2025.json").read_text(encoding="utf-8"))
    return conn, converter


def read_reference(path):
    with open(path, encoding="utf-8", newline="") as fh:
        return {
            row["old_code"]: {k: nfc(v or "") for k, v in row.items()} for row in csv.DictReader(fh)
        }


# --- provinces -------------------------------------------------------------------------------


def province_aliases(name, short, extra):
    unit_type, _ = split_type(name, PROVINCE_TYPES)
    cands = [short, f"{unit_type} {short}", name, fold(short)]
    if unit_type == "thành phố":
        cands += [f"TP {short}", f"TP. {short}", f"TP.{short}", f"Thành phố {short}"]
    cands += [a for a in extra if a]
    return join_aliases(name, cands)


def build_provinces(conn, converter, reference):
    old = conn.execute(
        "select distinct provinceCode, province, provinceShort, provinceKey "
        "from admin_units_legacy order by provinceCode"
    ).fetchall()
    new = conn.execute(
        "select distinct provinceCode, province, provinceShort, provinceKey "
        "from admin_units order by provinceCode"
    ).fetchall()
    new_by_key = {key: (code, name, short) for code, name, short, key in new}
    old_to_new = {
        old_key: new_key for new_key, olds in converter["DICT_PROVINCE"].items() for old_key in olds
    }
    members = {}
    for code, _name, _short, key in old:
        members.setdefault(old_to_new[key], []).append(code)
    merged_new = {k for k, codes in members.items() if len(codes) > 1}

    new_ids = {k: slug(new_by_key[k][2]) + "-2025" for k in merged_new}
    old_ids = {code: slug(short) for code, _name, short, _key in old}
    code_to_key = {code: key for key, (code, _name, _short) in new_by_key.items()}
    warnings, successor = [], {}
    for code, name, _short, key in old:
        ref, new_key = reference.get(code), old_to_new[key]
        if ref is None:
            warnings.append(f"province {code} {name}: missing from the reference")
        elif ref["new_code"] != new_by_key[new_key][0]:
            warnings.append(
                f"province {code} {name}: package maps to {new_by_key[new_key][0]}, "
                f"reference to {ref['new_code']}; the reference is kept"
            )
            new_key = code_to_key[ref["new_code"]]
        successor[code] = new_key

    rows = []
    for code, name, short, _key in old:
        ref = reference.get(code) or {}
        new_key = successor[code]
        merged = new_key in merged_new
        seat = (
            new_ids[new_key]
            if merged and ref.get("admin_centre_in_old") == ref.get("old_name")
            else ""
        )
        rows.append(
            {
                "id": old_ids[code],
                "code": code,
                "name": name,
                "short_name": short,
                "type": split_type(name, PROVINCE_TYPES)[0],
                "valid_from": "",
                "valid_to": REFORM_END if merged else "",
                "successor_id": new_ids[new_key] if merged else "",
                "seat_of": seat,
                "aliases": province_aliases(name, short, ref.get("old_aliases", "").split(";")),
                "source": f"{PACKAGE} admin_units_legacy; {ref.get('source', '')}".strip("; "),
            }
        )
    for new_key in sorted(merged_new, key=lambda k: new_by_key[k][0]):
        code, name, short = new_by_key[new_key]
        refs = [r for r in reference.values() if r["new_code"] == code]
        if refs and refs[0]["new_name"] != name:
            warnings.append(
                f"new province {code}: package name {name!r}, reference "
                f"{refs[0]['new_name']!r}; the reference is kept"
            )
            name = refs[0]["new_name"]
        rows.append(
            {
                "id": new_ids[new_key],
                "code": code,
                "name": name,
                "short_name": short,
                "type": split_type(name, PROVINCE_TYPES)[0],
                "valid_from": REFORM_START,
                "valid_to": "",
                "successor_id": "",
                "seat_of": "",
                "aliases": province_aliases(name, short, []),
                "source": f"{PACKAGE} admin_units + converter_2025.json; {refs[0]['source'] if refs else ''}".strip(
                    "; "
                ),
            }
        )
    rows = split_hue(rows)
    # Lookups for the other tables: old code -> (old id, new id); new code -> new id.
    old_map = {
        code: (old_ids[code], new_ids.get(successor[code], old_ids[code])) for code in old_ids
    }
    new_map = {
        code: new_ids.get(key) or old_ids[members[key][0]]
        for key, (code, _n, _s) in new_by_key.items()
    }
    return rows, old_map, new_map, warnings


def split_hue(rows):
    """Thừa Thiên Huế (a province until 2024-12-31) and the centrally-run city Huế after it.

    The package only has "Thành phố Huế"; articles before 2025 name the province "Thừa Thiên Huế".
    """
    out = []
    for row in rows:
        if row["id"] != "hue":
            out.append(row)
            continue
        aliases = row["aliases"].split(";")
        old_names = [a for a in aliases if "Thừa Thiên" in a or "TT-Huế" in a]
        out.append(
            dict(
                row,
                id="thua-thien-hue",
                name="Tỉnh Thừa Thiên Huế",
                short_name="Thừa Thiên Huế",
                type="tỉnh",
                valid_to=HUE_PROVINCE_TO,
                successor_id="hue",
                aliases=join_aliases(
                    "Tỉnh Thừa Thiên Huế",
                    old_names + ["tỉnh Thừa Thiên Huế", "thua thien hue", "Thừa Thiên-Huế"],
                ),
                source=f"{row['source']} ; {HUE_SOURCE}",
            )
        )
        kept = [a for a in aliases if a not in old_names]
        out.append(dict(row, valid_from=HUE_CITY_FROM, aliases=";".join(kept)))
    return out


# --- districts and communes ------------------------------------------------------------------


def district_aliases(name, unit_type, short):
    numbered = short[:1].isdigit()
    cands = [f"{unit_type} {short}"] + ([] if numbered else [short])
    cands += [f"{abbr} {short}" for abbr in TYPE_ABBR[unit_type]]
    cands += [f"{abbr}{short}" for abbr in TYPE_ABBR[unit_type] if abbr.endswith(".")]
    if numbered:
        cands.append(f"Q{short}")
    return join_aliases(name, cands)


# Spellings of a district's name in use beside the package's (its tones written otherwise: "Đăk R'Lấp" for
# Đắk R'Lấp), listed with the page that writes them; a district's name ending a body's is read in either.
SPELLINGS_CSV = Path(__file__).resolve().parent / "data" / "district_spellings.csv"


def district_spellings():
    with SPELLINGS_CSV.open(encoding="utf-8", newline="") as fh:
        return {row["code"]: nfc(row["spelling"]) for row in csv.DictReader(fh)}


def district_short(name, unit_type, short):
    return name if short[:1].isdigit() else short


def build_districts(conn, old_map):
    rows = conn.execute(
        "select distinct provinceCode, districtCode, district from admin_units_legacy "
        "where district is not null order by districtCode"
    ).fetchall()
    shorts = {}
    for pcode, dcode, name in rows:
        _, short = split_type(name, DISTRICT_TYPES)
        shorts.setdefault((pcode, slug(short)), []).append(dcode)
    out = []
    spellings = district_spellings()
    for pcode, dcode, name in rows:
        unit_type, short = split_type(name, DISTRICT_TYPES)
        prov_id, prov_new_id = old_map[pcode]
        aliases = district_aliases(name, unit_type, short)
        if dcode in spellings:
            aliases = join_aliases(name, [*aliases.split(";"), spellings[dcode], f"{unit_type} {spellings[dcode]}"])
        dup = len(shorts[(pcode, slug(short))]) > 1
        dslug = slug(f"{unit_type} {short}") if dup or short[:1].isdigit() else slug(short)
        out.append(
            {
                "id": f"{prov_id}--{dslug}",
                "code": dcode,
                "name": name,
                "short_name": district_short(name, unit_type, short),
                "type": unit_type,
                "province_id": prov_id,
                "province_new_id": prov_new_id,
                "valid_from": "",
                "valid_to": REFORM_END,
                "aliases": aliases,
                "source": f"{PACKAGE} admin_units_legacy",
            }
        )
    thu_duc = next(r for r in out if r["name"] == "Thành phố Thủ Đức")
    thu_duc["valid_from"] = THU_DUC_FROM
    thu_duc["source"] += f"; {THU_DUC_SOURCE}"
    for name in THU_DUC_PREDECESSORS:
        unit_type, short = split_type(name, DISTRICT_TYPES)
        out.append(
            {
                "id": f"{thu_duc['province_id']}--{slug(name)}",
                "code": "",
                "name": name,
                "short_name": district_short(name, unit_type, short),
                "type": unit_type,
                "province_id": thu_duc["province_id"],
                "province_new_id": thu_duc["province_new_id"],
                "valid_from": "",
                "valid_to": THU_DUC_PREDECESSORS_TO,
                "aliases": district_aliases(name, unit_type, short),
                "source": f"{PACKAGE} admin_units_legacy (keyword aliases of Thành phố Thủ Đức); {THU_DUC_SOURCE}",
                "successor_id": thu_duc["id"],
            }
        )
    return out


def build_communes(conn, new_map):
    rows = conn.execute(
        "select provinceCode, wardCode, ward, wardType from admin_units order by wardCode"
    ).fetchall()
    out, seen, mismatches = [], set(), []
    for pcode, wcode, name, package_type in rows:
        unit_type, short = split_type(name, COMMUNE_TYPES)
        if unit_type != package_type.lower():
            mismatches.append(
                f"commune {wcode} {name}: wardType says {package_type}; type taken from the name"
            )
        cid = f"{new_map[pcode]}--{slug(name)}"
        if cid in seen:
            cid = f"{cid}-{wcode}"
        seen.add(cid)
        cands = [short, f"{unit_type} {short}"]
        if unit_type == "phường":
            cands.append(f"P. {short}")
        out.append(
            {
                "id": cid,
                "code": wcode,
                "name": name,
                "short_name": short,
                "type": unit_type,
                "province_id": new_map[pcode],
                "valid_from": REFORM_START,
                "aliases": join_aliases(name, cands),
                "source": f"{PACKAGE} admin_units",
            }
        )
    return out, mismatches


def build_former_communes(conn, old_map):
    """The communes, wards and towns before 1 July 2025 (admin_units_legacy), compact: code, name without its
    type ("Tân Thành Bình", "1" of "Phường 1"), type, the district's code (districts.csv `code`) and the province's
    id before the reform (districts.csv `province_id`). The four districts with no commune (islands) have no row."""
    rows = conn.execute(
        "select provinceCode, districtCode, wardCode, ward, wardType from admin_units_legacy "
        "where ward is not null order by wardCode"
    ).fetchall()
    out, mismatches = [], []
    for pcode, dcode, wcode, name, package_type in rows:
        unit_type, short = split_type(name, FORMER_COMMUNE_TYPES)
        if unit_type != package_type.lower():
            mismatches.append(
                f"former commune {wcode} {name}: wardType says {package_type}; type taken from the name"
            )
        out.append(
            {
                "code": wcode,
                "name": short,
                "type": unit_type,
                "district_code": dcode,
                "province": old_map[pcode][0],
            }
        )
    return out, mismatches


# --- union units -----------------------------------------------------------------------------


def province_union(prov):
    short, unit_type = prov["short_name"], prov["type"]
    if short == "Hồ Chí Minh":
        return "Liên đoàn Lao động Thành phố Hồ Chí Minh"
    return f"Liên đoàn Lao động {unit_type} {short}"


def province_union_aliases(prov, full):
    shorts = [prov["short_name"]] + [
        a
        for a in prov["aliases"].split(";")
        if a
        and not a.lower().startswith(("tỉnh ", "thành phố ", "tp"))
        and a != fold(a)
        and "Thủ đô" not in a
    ]
    cands = []
    for short in dict.fromkeys(shorts):
        if prov["type"] == "thành phố":
            cands += [
                f"LĐLĐ thành phố {short}",
                f"LĐLĐ Thành phố {short}",
                f"LĐLĐ TP {short}",
                f"LĐLĐ TP. {short}",
                f"LĐLĐ TP.{short}",
                f"Liên đoàn Lao động TP {short}",
                f"Liên đoàn Lao động TP. {short}",
                f"Công đoàn thành phố {short}",
                f"Liên đoàn Lao động thành phố {short}",
            ]
        else:
            cands += [
                f"LĐLĐ tỉnh {short}",
                f"Công đoàn tỉnh {short}",
                f"Liên đoàn Lao động tỉnh {short}",
            ]
        cands += [f"LĐLĐ {short}", f"Liên đoàn Lao động {short}", f"Công đoàn {short}"]
    if prov["short_name"] == "Hồ Chí Minh":
        cands += [
            "LĐLĐ TP.HCM",
            "LĐLĐ TPHCM",
            "LĐLĐ TP HCM",
            "LĐLĐ TP. HCM",
            "Liên đoàn Lao động TP.HCM",
            "Công đoàn TP.HCM",
            "Liên đoàn Lao động thành phố Hồ Chí Minh",
        ]
    if prov["short_name"] == "Hà Nội":
        cands += ["Công đoàn Thủ đô", "LĐLĐ Thủ đô"]
    return join_aliases(full, cands)


def bare_name(dist):
    return split_type(dist["name"], DISTRICT_TYPES)[1]


def district_union_aliases(dist):
    unit_type = dist["type"]
    bare = bare_name(dist)
    forms = [f"{unit_type} {bare}"] + [f"{abbr} {bare}" for abbr in TYPE_ABBR[unit_type]]
    forms += [f"{abbr}{bare}" for abbr in TYPE_ABBR[unit_type] if abbr.endswith(".")]
    cands = [f"LĐLĐ {form}" for form in forms] + [f"Liên đoàn Lao động {form}" for form in forms]
    if bare[:1].isdigit():
        cands += [f"LĐLĐ Quận {bare}", f"Liên đoàn Lao động Quận {bare}", f"LĐLĐ Q{bare}"]
    else:
        cands.append(f"LĐLĐ {bare}")
    return join_aliases(f"Liên đoàn Lao động {unit_type} {bare}", cands)


def package_of(dist):
    return PACKAGE if dist["source"].startswith(PACKAGE) else FORMER_PACKAGE


def build_units(provinces, districts, curated):
    units = [
        {
            "id": "tld",
            "name": "Tổng Liên đoàn Lao động Việt Nam",
            "short_name": "Tổng Liên đoàn",
            "level": "national",
            "province_id": "",
            "province_new_id": "",
            "district_id": "",
            "parent_id": "",
            "aliases": join_aliases("Tổng Liên đoàn Lao động Việt Nam", TLD_ALIASES),
            "active_from": "",
            "active_until": "",
            "successor_id": "",
            "kind": "tld",
            "verified": "yes",
            "source": TLD_SOURCE
            + " ; https://nvsk.vnanet.vn/print/dai-hoi-cong-doan-viet-nam-lan-thu-vi-1988-1993-39984.vna",
        }
    ]
    by_id = {p["id"]: p for p in provinces}
    for prov in provinces:
        full = province_union(prov)
        new_id = prov["successor_id"] or prov["id"]
        row = {
            "id": f"ldld-{prov['id']}",
            "name": full,
            "short_name": f"LĐLĐ {prov['short_name']}",
            "level": "province",
            "province_id": prov["id"],
            "province_new_id": new_id,
            "district_id": "",
            "parent_id": "tld",
            "aliases": province_union_aliases(prov, full),
            "active_from": prov["valid_from"],
            "active_until": prov["valid_to"],
            "successor_id": f"ldld-{prov['successor_id']}" if prov["successor_id"] else "",
            "kind": "ldld-province",
            "verified": "yes",
            "source": MERGED_UNION_SOURCE
            if prov["valid_from"] or prov["valid_to"]
            else PROVINCE_UNION_SOURCE,
        }
        if prov["id"] == "thua-thien-hue":
            row["name"] = "Liên đoàn Lao động tỉnh Thừa Thiên Huế"
            row["active_until"] = HUE_PROVINCE_TO
            row["successor_id"] = "ldld-hue"
            row["province_new_id"] = "hue"
            row["source"] = f"{PROVINCE_UNION_SOURCE} ; {HUE_SOURCE}"
            row["aliases"] = join_aliases(
                row["name"],
                [a for a in row["aliases"].split(";") if a != row["name"]]
                + ["LĐLĐ tỉnh TT-Huế", "LĐLĐ TT-Huế", "LĐLĐ tỉnh Thừa Thiên - Huế"],
            )
        if prov["id"] == "hue":
            row["source"] = f"{PROVINCE_UNION_SOURCE} ; {HUE_SOURCE}"
        units.append(row)
    for dist in districts:
        bare = bare_name(dist)
        full = f"Liên đoàn Lao động {dist['type']} {bare}"
        succ = f"ldld-{dist['successor_id']}" if dist.get("successor_id") else ""
        units.append(
            {
                "id": f"ldld-{dist['id']}",
                "name": full,
                "short_name": f"LĐLĐ {dist['type']} {bare}",
                "level": "district",
                "province_id": dist["province_id"],
                "province_new_id": dist["province_new_id"],
                "district_id": dist["id"],
                "parent_id": f"ldld-{dist['province_id']}",
                "aliases": district_union_aliases(dist),
                "active_from": dist["valid_from"],
                "active_until": dist["valid_to"],
                "successor_id": succ,
                "kind": "ldld-district",
                "verified": "no",
                "source": f"derived from districts.csv ({package_of(dist)}); {MERGED_UNION_SOURCE}",
            }
        )
    assert all(u["province_id"] in by_id or not u["province_id"] for u in units)
    # Curated columns on generated rows survive a rebuild.
    for unit in units:
        old = curated.get(unit["id"])
        if old:
            unit["verified"] = old.get("verified") or unit["verified"]
            unit["source"] = old.get("source") or unit["source"]
    return units


def read_units(path):
    if not path.exists():
        return {}, []
    with open(path, encoding="utf-8", newline="") as fh:
        rows = [{k: nfc(v or "") for k, v in row.items()} for row in csv.DictReader(fh)]
    generated = {r["id"]: r for r in rows if r["kind"] in GENERATED_KINDS}
    kept = [r for r in rows if r["kind"] not in GENERATED_KINDS]
    return generated, kept


def write_csv(path, columns, rows):
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: nfc(str(row.get(k, ""))) for k in columns})
    path.write_text(buf.getvalue(), encoding="utf-8")
    print(f"{path.name}: {len(rows)} rows")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("package", help="vietnamadminunits 1.0.4 wheel or extracted folder")
    parser.add_argument("--reference", required=True, help="verified provinces-2025.csv")
    parser.add_argument(
        "--former", help="vietnam-provinces 0.2 wheel: districts of 2020 merged or renamed since"
    )
    parser.add_argument("--out", type=Path, default=DATA_DIR, help="output folder (enrich/data)")
    args = parser.parse_args(argv)

    conn, converter = open_package(args.package)
    reference = read_reference(args.reference)
    provinces, old_map, new_map, warnings = build_provinces(conn, converter, reference)
    districts = build_districts(conn, old_map)
    if args.former:
        districts += former_districts(args.former, conn, districts, old_map, sys.modules[__name__])
    communes, mismatches = build_communes(conn, new_map)
    former_communes, former_mismatches = build_former_communes(conn, old_map)
    mismatches += former_mismatches
    curated, kept = read_units(args.out / "units.csv")
    units = build_units(provinces, districts, curated) + kept
    for line in warnings + mismatches:
        print(f"warning: {line}", file=sys.stderr)
    args.out.mkdir(parents=True, exist_ok=True)
    write_csv(args.out / "provinces.csv", PROVINCE_COLUMNS, provinces)
    write_csv(args.out / "districts.csv", DISTRICT_COLUMNS, districts)
    write_csv(args.out / "communes.csv", COMMUNE_COLUMNS, communes)
    write_csv(args.out / "communes_former.csv", FORMER_COMMUNE_COLUMNS, former_communes)
    write_csv(args.out / "units.csv", UNIT_COLUMNS, units)


if __name__ == "__main__":
    main()
