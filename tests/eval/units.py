"""Unit tagging figures through `unionwatch tag` (enrich.stream.tag_record), development and held-out.

Development part: tests/data/tagging/units.jsonl (148 passages, used while building the tagger).
Held-out A: tests/data/tagging/units_heldout.jsonl (58 passages from other pages, labelled and
committed before the tagger was first run on them; two general faults its first run showed were
fixed afterwards, see docs/notes/issue-6.md). Held-out B: units_heldout2.jsonl (32 passages from 22
further pages, labelled after the tagger was finished, run once and not tuned on). Held-out C:
units_heldout3.jsonl (60 passages from further pages, labelled by reading and committed before its first
run, which docs/notes/issue-6.md records; fixes made after that run were checked on it). Held-out D:
units_heldout4.jsonl (43 passages from 43 further pages, labelled by reading and committed before its first
run, likewise recorded). Blind:
blind_units.jsonl (64 passages from further pages, labelled by reading and committed before any
tagger run, never tuned on). Blind2: blind2_units.jsonl (a second blind set, to be run once),
evaluated only when UNIONWATCH_EVAL_BLIND2=1 is set. Blind3: blind3_units.jsonl (a third blind set, to be
run once), evaluated only when UNIONWATCH_EVAL_BLIND3=1 is set; a passage whose page or text is also in
another file under tests/data/tagging/ is dropped first and the count printed. Blind4: blind4_units.jsonl (a
fourth blind set, to be run once), evaluated only when UNIONWATCH_EVAL_BLIND4=1 is set, with the same drop. Blind5:
blind5_units.jsonl (a fifth blind set, to be run once), evaluated only when UNIONWATCH_EVAL_BLIND5=1 is set, likewise.
Blind6: blind6_units.jsonl (a sixth blind set, to be run once), evaluated only when UNIONWATCH_EVAL_BLIND6=1 is set, likewise.
Blind7: blind7_units.jsonl (a seventh blind set, to be run once), evaluated only when UNIONWATCH_EVAL_BLIND7=1 is set, likewise.
Blind8: blind8_units.jsonl (an eighth blind set, to be run once), evaluated only when UNIONWATCH_EVAL_BLIND8=1 is set, likewise.
Blind9: blind9_units.jsonl (a ninth blind set, to be run once), evaluated only when UNIONWATCH_EVAL_BLIND9=1 is set, likewise.
Blind10: blind10_units.jsonl (a tenth blind set, to be run once), evaluated only when UNIONWATCH_EVAL_BLIND10=1 is set, likewise.
Blind11: blind11_units.jsonl (an eleventh blind set, to be run once), evaluated only when UNIONWATCH_EVAL_BLIND11=1 is set, likewise.
Blind12: blind12_units.jsonl (a twelfth blind set, to be run once), evaluated only when UNIONWATCH_EVAL_BLIND12=1 is set, likewise.
Blind13: blind13_units.jsonl (a thirteenth blind set, to be run once), evaluated only when UNIONWATCH_EVAL_BLIND13=1 is set, likewise.
Blind14: blind14_units.jsonl (a fourteenth blind set, to be run once), evaluated only when UNIONWATCH_EVAL_BLIND14=1 is set, likewise.
Blind15: blind15_units.jsonl (a fifteenth blind set, to be run once), evaluated only when UNIONWATCH_EVAL_BLIND15=1 is set, likewise.
Blind16: blind16_units.jsonl (a sixteenth blind set, to be run once), evaluated only when UNIONWATCH_EVAL_BLIND16=1 is set, likewise.
Blind17: blind17_units.jsonl (a seventeenth blind set, to be run once), evaluated only when UNIONWATCH_EVAL_BLIND17=1 is set, likewise.
Blind18: blind18_units.jsonl (an eighteenth blind set, to be run once), evaluated only when UNIONWATCH_EVAL_BLIND18=1 is set, likewise.
Blind19: blind19_units.jsonl (a nineteenth blind set, to be run once), evaluated only when UNIONWATCH_EVAL_BLIND19=1 is set, likewise.
Blind20: blind20_units.jsonl (a twentieth blind set, to be run once), evaluated only when UNIONWATCH_EVAL_BLIND20=1 is set, likewise.
Blind21: blind21_units.jsonl (a twenty-first blind set, to be run once), evaluated only when UNIONWATCH_EVAL_BLIND21=1 is set, likewise.
Blind22: blind22_units.jsonl (a twenty-second blind set, to be run once), evaluated only when UNIONWATCH_EVAL_BLIND22=1 is set, likewise.
Blind23: blind23_units.jsonl (a twenty-third blind set, to be run once), evaluated only when UNIONWATCH_EVAL_BLIND23=1 is set, likewise.
Blind24: blind24_units.jsonl (a twenty-fourth blind set, to be run once), evaluated only when UNIONWATCH_EVAL_BLIND24=1 is set, likewise.
Blind25: blind25_units.jsonl (a twenty-fifth blind set, to be run once), evaluated only when UNIONWATCH_EVAL_BLIND25=1 is set, likewise.
Blind26: blind26_units.jsonl (a twenty-sixth blind set, to be run once), evaluated only when UNIONWATCH_EVAL_BLIND26=1 is set, likewise.
Blind27: blind27_units.jsonl (a twenty-seventh blind set, to be run once), evaluated only when UNIONWATCH_EVAL_BLIND27=1 is set, likewise.
Blind28: blind28_units.jsonl (a twenty-eighth blind set, to be run once), evaluated only when UNIONWATCH_EVAL_BLIND28=1 is set, likewise.
Blind29: blind29_units.jsonl (a twenty-ninth blind set, to be run once), evaluated only when UNIONWATCH_EVAL_BLIND29=1 is set, likewise.
Blind30: blind30_units.jsonl (a thirtieth blind set, to be run once), evaluated only when UNIONWATCH_EVAL_BLIND30=1 is set, likewise.
Blind31: blind31_units.jsonl (a thirty-first blind set, to be run once), evaluated only when UNIONWATCH_EVAL_BLIND31=1 is set, likewise.
Blind32: blind32_units.jsonl (a thirty-second blind set, to be run once), evaluated only when UNIONWATCH_EVAL_BLIND32=1 is set, likewise.
Blind33: blind33_units.jsonl (a thirty-third blind set, to be run once), evaluated only when UNIONWATCH_EVAL_BLIND33=1 is set, likewise.
Blind34: blind34_units.jsonl (a thirty-fourth blind set, to be run once), evaluated only when UNIONWATCH_EVAL_BLIND34=1 is set, likewise.
Blind35: blind35_units.jsonl (a thirty-fifth blind set, to be run once), evaluated only when UNIONWATCH_EVAL_BLIND35=1 is set, likewise.
Blind36: blind36_units.jsonl (a thirty-sixth blind set, to be run once), evaluated only when UNIONWATCH_EVAL_BLIND36=1 is set, likewise.
Blind37: blind37_units.jsonl (a thirty-seventh blind set, to be run once), evaluated only when UNIONWATCH_EVAL_BLIND37=1 is set, likewise.
Blind38: blind38_units.jsonl (a thirty-eighth blind set, to be run once), evaluated only when UNIONWATCH_EVAL_BLIND38=1 is set, likewise.
A predicted unit matches an expected one when
their names agree after folding (case, diacritics, đ), "TP" read as "thành phố", a company's legal form
read spelt out (the `legal_abbr` words of enrich/data/unit_words.csv: "CP" as "Cổ phần"), the abbreviations the
tagger spells out read spelt out on both sides (enrich/data/unit_abbreviations.csv and the `school_abbr` words:
"GTVT" as "Giao thông vận tải", "VKSND", "BHXH", "TH" as "Tiểu học") and the optional
words "ngành", "cơ sở" and, in "Công đoàn ..." names, "tỉnh"/"thành phố" before the place dropped; the publisher role is not scored (it is given with the source).
"""

from __future__ import annotations

import csv
import json
import os
import re
import unicodedata
from collections import Counter
from pathlib import Path

from crawler.textnorm import fold
from enrich.stream import tag_record

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "tagging"
PARTS = {
    "development": DATA / "units.jsonl",
    "held-out A": DATA / "units_heldout.jsonl",
    "held-out B": DATA / "units_heldout2.jsonl",
    "held-out C": DATA / "units_heldout3.jsonl",
    "held-out D": DATA / "units_heldout4.jsonl",
    "blind": DATA / "blind_units.jsonl",
}
BLIND2 = DATA / "blind2_units.jsonl"
BLIND2_ENV = "UNIONWATCH_EVAL_BLIND2"  # the blind2 part runs only when this is "1"
BLIND3 = DATA / "blind3_units.jsonl"
BLIND3_ENV = "UNIONWATCH_EVAL_BLIND3"  # the blind3 part runs only when this is "1"
BLIND4 = DATA / "blind4_units.jsonl"
BLIND4_ENV = "UNIONWATCH_EVAL_BLIND4"  # the blind4 part runs only when this is "1"
BLIND5 = DATA / "blind5_units.jsonl"
BLIND5_ENV = "UNIONWATCH_EVAL_BLIND5"  # the blind5 part runs only when this is "1"
BLIND6 = DATA / "blind6_units.jsonl"
BLIND6_ENV = "UNIONWATCH_EVAL_BLIND6"  # the blind6 part runs only when this is "1"
BLIND7 = DATA / "blind7_units.jsonl"
BLIND7_ENV = "UNIONWATCH_EVAL_BLIND7"  # the blind7 part runs only when this is "1"
BLIND8 = DATA / "blind8_units.jsonl"
BLIND8_ENV = "UNIONWATCH_EVAL_BLIND8"  # the blind8 part runs only when this is "1"
BLIND9 = DATA / "blind9_units.jsonl"
BLIND9_ENV = "UNIONWATCH_EVAL_BLIND9"  # the blind9 part runs only when this is "1"
BLIND10 = DATA / "blind10_units.jsonl"
BLIND10_ENV = "UNIONWATCH_EVAL_BLIND10"  # the blind10 part runs only when this is "1"
BLIND11 = DATA / "blind11_units.jsonl"
BLIND11_ENV = "UNIONWATCH_EVAL_BLIND11"  # the blind11 part runs only when this is "1"
BLIND12 = DATA / "blind12_units.jsonl"
BLIND12_ENV = "UNIONWATCH_EVAL_BLIND12"  # the blind12 part runs only when this is "1"
BLIND13 = DATA / "blind13_units.jsonl"
BLIND13_ENV = "UNIONWATCH_EVAL_BLIND13"  # the blind13 part runs only when this is "1"
BLIND14 = DATA / "blind14_units.jsonl"
BLIND14_ENV = "UNIONWATCH_EVAL_BLIND14"  # the blind14 part runs only when this is "1"
BLIND15 = DATA / "blind15_units.jsonl"
BLIND15_ENV = "UNIONWATCH_EVAL_BLIND15"  # the blind15 part runs only when this is "1"
BLIND16 = DATA / "blind16_units.jsonl"
BLIND16_ENV = "UNIONWATCH_EVAL_BLIND16"  # the blind16 part runs only when this is "1"
BLIND17 = DATA / "blind17_units.jsonl"
BLIND17_ENV = "UNIONWATCH_EVAL_BLIND17"  # the blind17 part runs only when this is "1"
BLIND18 = DATA / "blind18_units.jsonl"
BLIND18_ENV = "UNIONWATCH_EVAL_BLIND18"  # the blind18 part runs only when this is "1"
BLIND19 = DATA / "blind19_units.jsonl"
BLIND19_ENV = "UNIONWATCH_EVAL_BLIND19"  # the blind19 part runs only when this is "1"
BLIND20 = DATA / "blind20_units.jsonl"
BLIND20_ENV = "UNIONWATCH_EVAL_BLIND20"  # the blind20 part runs only when this is "1"
BLIND21 = DATA / "blind21_units.jsonl"
BLIND21_ENV = "UNIONWATCH_EVAL_BLIND21"  # the blind21 part runs only when this is "1"
BLIND22 = DATA / "blind22_units.jsonl"
BLIND22_ENV = "UNIONWATCH_EVAL_BLIND22"  # the blind22 part runs only when this is "1"
BLIND23 = DATA / "blind23_units.jsonl"
BLIND23_ENV = "UNIONWATCH_EVAL_BLIND23"  # the blind23 part runs only when this is "1"
BLIND24 = DATA / "blind24_units.jsonl"
BLIND24_ENV = "UNIONWATCH_EVAL_BLIND24"  # the blind24 part runs only when this is "1"
BLIND25 = DATA / "blind25_units.jsonl"
BLIND25_ENV = "UNIONWATCH_EVAL_BLIND25"  # the blind25 part runs only when this is "1"
BLIND26 = DATA / "blind26_units.jsonl"
BLIND26_ENV = "UNIONWATCH_EVAL_BLIND26"  # the blind26 part runs only when this is "1"
BLIND27 = DATA / "blind27_units.jsonl"
BLIND27_ENV = "UNIONWATCH_EVAL_BLIND27"  # the blind27 part runs only when this is "1"
BLIND28 = DATA / "blind28_units.jsonl"
BLIND28_ENV = "UNIONWATCH_EVAL_BLIND28"  # the blind28 part runs only when this is "1"
BLIND29 = DATA / "blind29_units.jsonl"
BLIND29_ENV = "UNIONWATCH_EVAL_BLIND29"  # the blind29 part runs only when this is "1"
BLIND30 = DATA / "blind30_units.jsonl"
BLIND30_ENV = "UNIONWATCH_EVAL_BLIND30"  # the blind30 part runs only when this is "1"
BLIND31 = DATA / "blind31_units.jsonl"
BLIND31_ENV = "UNIONWATCH_EVAL_BLIND31"  # the blind31 part runs only when this is "1"
BLIND32 = DATA / "blind32_units.jsonl"
BLIND32_ENV = "UNIONWATCH_EVAL_BLIND32"  # the blind32 part runs only when this is "1"
BLIND33 = DATA / "blind33_units.jsonl"
BLIND33_ENV = "UNIONWATCH_EVAL_BLIND33"  # the blind33 part runs only when this is "1"
BLIND34 = DATA / "blind34_units.jsonl"
BLIND34_ENV = "UNIONWATCH_EVAL_BLIND34"  # the blind34 part runs only when this is "1"
BLIND35 = DATA / "blind35_units.jsonl"
BLIND35_ENV = "UNIONWATCH_EVAL_BLIND35"  # the blind35 part runs only when this is "1"
BLIND36 = DATA / "blind36_units.jsonl"
BLIND36_ENV = "UNIONWATCH_EVAL_BLIND36"  # the blind36 part runs only when this is "1"
BLIND37 = DATA / "blind37_units.jsonl"
BLIND37_ENV = "UNIONWATCH_EVAL_BLIND37"  # the blind37 part runs only when this is "1"
BLIND38 = DATA / "blind38_units.jsonl"
BLIND38_ENV = "UNIONWATCH_EVAL_BLIND38"  # the blind38 part runs only when this is "1"
SHARED = 80  # characters: a passage sharing a stretch this long with another set is not unseen
TARGETS = {"precision": 0.95, "recall": 0.90, "level_accuracy": 0.98}


def _legal_forms() -> dict[str, str]:
    """" cp " -> " co phan ": the legal forms of companies, short and spelt out, folded as names are."""
    rows = csv.DictReader((ROOT / "enrich" / "data" / "unit_words.csv").open(encoding="utf-8"))
    pairs = (row["word"].split("=", 1) for row in rows if row["group"] == "legal_abbr")
    return {f" {fold(short)} ": f" {fold(long)} " for short, long in pairs}


LEGAL_FORMS = _legal_forms()


def _abbreviations() -> tuple[re.Pattern[str], dict[str, str]]:
    """The abbreviations the tagger spells out (enrich/data/unit_abbreviations.csv, and the school levels of
    group ``school_abbr``: "TH" as "Tiểu học"), folded as names are, and one pattern finding any as whole words."""
    data = ROOT / "enrich" / "data"
    rows = [(r["abbr"], r["expansion"]) for r in csv.DictReader((data / "unit_abbreviations.csv").open(encoding="utf-8"))]
    words = csv.DictReader((data / "unit_words.csv").open(encoding="utf-8"))
    rows += [tuple(r["word"].split("=", 1)) for r in words if r["group"] == "school_abbr"]
    spelt = {" ".join(re.sub(r"[^\w]+", " ", fold(a)).split()): " ".join(re.sub(r"[^\w]+", " ", fold(e)).split())
             for a, e in rows}
    spelt = {a: e for a, e in spelt.items() if a and a != e}
    pattern = re.compile(r"(?<= )(?:" + "|".join(re.escape(a) for a in sorted(spelt, key=len, reverse=True)) + r")(?= )")
    return pattern, spelt


ABBREVIATIONS, SPELT_OUT = _abbreviations()


def name_key(name: str) -> str:
    key = " " + re.sub(r"[^\w]+", " ", fold(name)) + " "
    key = ABBREVIATIONS.sub(lambda m: SPELT_OUT[m.group(0)], key)  # "GTVT" as "Giao thông vận tải", on both sides
    for short, long in LEGAL_FORMS.items():  # labels write "Công ty CP ..." both as written and spelt out
        key = key.replace(short, long)
    key = key.replace(" tp ", " thanh pho ").replace(" nganh ", " ").replace(" co so ", " ")
    key = key.replace(" qui ", " quy ")  # one syllable spelt both ways: "Phú Quí" (the gazetteer) and "Phú Quý"
    if key.startswith(" cong doan "):  # "Công đoàn ngành Y tế (tỉnh) Bến Tre": the type is optional
        key = key.replace(" tinh ", " ").replace(" thanh pho ", " ")
    return " ".join(key.split())


def predict(row: dict) -> list[dict]:
    record = {"id": row["id"], "text": row["text"], "title": row.get("title"), "source": row.get("source"),
              "date": row.get("date"), "url": row.get("url")}
    return [u for u in tag_record(record, [])["units"] if u["role"] != "publisher"]


def score(rows: list[dict]) -> tuple[dict, list[str]]:
    tp = fp = fn = level_ok = province_ok = 0
    by_level: Counter = Counter()
    errors = []
    for row in rows:
        got = {name_key(u["name"]): u for u in predict(row)}
        want = {name_key(u["name"]): u for u in row["expected"]}
        for key in got.keys() & want.keys():
            tp += 1
            by_level[(want[key]["level"], "tp")] += 1
            level_ok += got[key]["level"] == want[key]["level"]
            same = fold(got[key]["province"] or "") == fold(want[key]["province"] or "")
            province_ok += same
            if got[key]["level"] != want[key]["level"] or not same:
                errors.append(f"{row['id']} level/province: {got[key]['name']} got {got[key]['level']}/"
                              f"{got[key]['province']} want {want[key]['level']}/{want[key]['province']}")
        for key in sorted(got.keys() - want.keys()):
            fp += 1
            by_level[(got[key]["level"], "fp")] += 1
            errors.append(f"{row['id']} extra: {got[key]['name']} ({got[key]['level']}) from {got[key]['evidence']!r}")
        for key in sorted(want.keys() - got.keys()):
            fn += 1
            by_level[(want[key]["level"], "fn")] += 1
            errors.append(f"{row['id']} missed: {want[key]['name']} ({want[key]['level']})")
    figures = {
        "passages": len(rows), "expected": tp + fn, "predicted": tp + fp,
        "precision": round(tp / (tp + fp), 3) if tp + fp else 1.0,
        "recall": round(tp / (tp + fn), 3) if tp + fn else 1.0,
        "level_accuracy": round(level_ok / tp, 3) if tp else 1.0,
        "province_accuracy": round(province_ok / tp, 3) if tp else 1.0,
        "by_level": {},
    }
    for level in sorted({lvl for lvl, _ in by_level}):
        t, f, n = by_level[(level, "tp")], by_level[(level, "fp")], by_level[(level, "fn")]
        figures["by_level"][level] = {"tp": t, "fp": f, "fn": n}
    return figures, errors


def squash(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text or "").split()).casefold()


def unseen(rows: list[dict], path: Path) -> tuple[list[dict], int]:
    """The rows whose URL and text occur in no other file under DATA, and how many were dropped."""
    urls, texts = set(), []
    for other in sorted(DATA.glob("*.jsonl")):
        if other != path:
            for line in other.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    row = json.loads(line)
                    urls.add(row.get("url"))
                    texts.append(squash(row.get("text")))
    corpus = "\n".join(texts)

    def shared(text: str) -> bool:  # windows every SHARED // 4 characters catch any stretch of 1.25 * SHARED
        return any(text[i:i + SHARED] in corpus for i in range(0, max(1, len(text) - SHARED + 1), SHARED // 4))

    kept = [row for row in rows if row["url"] not in urls and not shared(squash(row["text"]))]
    return kept, len(rows) - len(kept)


def selected_parts() -> dict[str, Path]:
    """The parts to evaluate: the blind sets (blind2 on) only when their variables are "1"."""
    parts = dict(PARTS)
    for part, path, env in (("blind2", BLIND2, BLIND2_ENV), ("blind3", BLIND3, BLIND3_ENV),
                            ("blind4", BLIND4, BLIND4_ENV), ("blind5", BLIND5, BLIND5_ENV),
                            ("blind6", BLIND6, BLIND6_ENV), ("blind7", BLIND7, BLIND7_ENV),
                            ("blind8", BLIND8, BLIND8_ENV), ("blind9", BLIND9, BLIND9_ENV),
                            ("blind10", BLIND10, BLIND10_ENV), ("blind11", BLIND11, BLIND11_ENV),
                            ("blind12", BLIND12, BLIND12_ENV), ("blind13", BLIND13, BLIND13_ENV),
                            ("blind14", BLIND14, BLIND14_ENV), ("blind15", BLIND15, BLIND15_ENV),
                            ("blind16", BLIND16, BLIND16_ENV), ("blind17", BLIND17, BLIND17_ENV),
                            ("blind18", BLIND18, BLIND18_ENV), ("blind19", BLIND19, BLIND19_ENV),
                            ("blind20", BLIND20, BLIND20_ENV), ("blind21", BLIND21, BLIND21_ENV),
                            ("blind22", BLIND22, BLIND22_ENV), ("blind23", BLIND23, BLIND23_ENV),
                            ("blind24", BLIND24, BLIND24_ENV), ("blind25", BLIND25, BLIND25_ENV),
                            ("blind26", BLIND26, BLIND26_ENV), ("blind27", BLIND27, BLIND27_ENV),
                            ("blind28", BLIND28, BLIND28_ENV), ("blind29", BLIND29, BLIND29_ENV),
                            ("blind30", BLIND30, BLIND30_ENV), ("blind31", BLIND31, BLIND31_ENV),
                            ("blind32", BLIND32, BLIND32_ENV), ("blind33", BLIND33, BLIND33_ENV),
                            ("blind34", BLIND34, BLIND34_ENV), ("blind35", BLIND35, BLIND35_ENV),
                            ("blind36", BLIND36, BLIND36_ENV), ("blind37", BLIND37, BLIND37_ENV),
                            ("blind38", BLIND38, BLIND38_ENV)):
        if os.environ.get(env) == "1":
            parts[part] = path
    return parts


def run(show_errors: bool = True) -> dict:
    results = {}
    for part, path in selected_parts().items():
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        if part in ("blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10", "blind11",
                    "blind12", "blind13", "blind14", "blind15", "blind16", "blind17", "blind18",
                    "blind19", "blind20", "blind21", "blind22", "blind23", "blind24", "blind25",
                    "blind26", "blind27", "blind28", "blind29", "blind30", "blind31", "blind32", "blind33",
                    "blind34", "blind35", "blind36", "blind37", "blind38"):
            rows, dropped = unseen(rows, path)
            print(f"{part}: {dropped} passages dropped (their page or text is also in another tagging set)")
        figures, errors = score(rows)
        results[part] = figures
        met = all(figures[k] >= v for k, v in TARGETS.items())
        print(f"{part}: {figures['passages']} passages, precision {figures['precision']}, recall "
              f"{figures['recall']}, level correct {figures['level_accuracy']}, province correct "
              f"{figures['province_accuracy']} ({'meets' if met else 'below'} the targets)")
        for level, counts in figures["by_level"].items():
            print(f"  {level:<11} tp {counts['tp']:>3}  fp {counts['fp']:>3}  fn {counts['fn']:>3}")
        if show_errors:
            for line in errors:
                print("  " + line)
    return results


if __name__ == "__main__":
    run()
