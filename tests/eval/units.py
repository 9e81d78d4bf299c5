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
tagger run, never tuned on). Blind2 to BlindN: blindN_units.jsonl (the
further blind sets, each run once), evaluated only when UNIONWATCH_EVAL_BLINDN=1 is set for that set; from
blind3 on, a passage whose page or text is also in another file under tests/data/tagging/ is dropped first and the
count printed (`unseen`). The sets are numbered in BLIND_SETS. A predicted unit matches an expected one when
their names agree after folding (case, diacritics, đ), "TP" read as "thành phố", a company's legal form
read spelt out (the `legal_abbr` words of enrich/data/unit_words.csv: "CP" as "Cổ phần"), the abbreviations the
tagger spells out read spelt out on both sides (enrich/data/unit_abbreviations.csv and the `school_abbr` words:
"GTVT" as "Giao thông vận tải", "VKSND", "BHXH", "TH" as "Tiểu học"), a company's form after a dash at the name's
end dropped (group `dash_form`: "Tổng công ty X – CTCP" as "Tổng công ty X", enrich/unitform.py) and the optional
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
from enrich.unitform import without_form

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
BLIND_SETS = tuple(range(2, 45))  # blind2 ... blind44; a new set adds its number here
UNSEEN_FROM = 3  # from blind3 on, passages shared with another set are dropped before scoring


def blind_path(n: int) -> Path:
    """The file of blind set `n`."""
    return DATA / f"blind{n}_units.jsonl"


def blind_env(n: int) -> str:
    """The variable that must be "1" for blind set `n` to be evaluated."""
    return f"UNIONWATCH_EVAL_BLIND{n}"


SHARED = 80  # characters: a passage sharing a stretch this long with another set is not unseen
TARGETS = {"precision": 0.95, "recall": 0.90, "level_accuracy": 0.98}


def _word_group(group: str) -> list[str]:
    """The words of one group of enrich/data/unit_words.csv, in the file's order."""
    with (ROOT / "enrich" / "data" / "unit_words.csv").open(encoding="utf-8") as f:
        return [row["word"] for row in csv.DictReader(f) if row["group"] == group]


def _squashed(text: str) -> str:
    """``text`` folded, every run of signs and spaces one space, as name keys are made."""
    return " ".join(re.sub(r"[^\w]+", " ", fold(text)).split())


def _legal_forms() -> dict[str, str]:
    """" cp " -> " co phan ": the legal forms of companies, short and spelt out, folded as names are."""
    pairs = (word.split("=", 1) for word in _word_group("legal_abbr"))
    return {f" {fold(short)} ": f" {fold(long)} " for short, long in pairs}


LEGAL_FORMS = _legal_forms()


def _dash_forms() -> tuple[str, ...]:
    """A company's forms that a dash may write at a name's end (group ``dash_form``: "Tổng công ty X – CTCP")."""
    return tuple(_word_group("dash_form"))


DASH_FORMS = _dash_forms()


def _abbreviations() -> tuple[re.Pattern[str], dict[str, str]]:
    """The abbreviations the tagger spells out (enrich/data/unit_abbreviations.csv, and the school levels of
    group ``school_abbr``: "TH" as "Tiểu học"), folded as names are, and one pattern finding any as whole words."""
    with (ROOT / "enrich" / "data" / "unit_abbreviations.csv").open(encoding="utf-8") as f:
        rows = [(r["abbr"], r["expansion"]) for r in csv.DictReader(f)]
    rows += [tuple(word.split("=", 1)) for word in _word_group("school_abbr")]
    spelt = {_squashed(a): _squashed(e) for a, e in rows}
    spelt = {a: e for a, e in spelt.items() if a and a != e}
    pattern = re.compile(r"(?<= )(?:" + "|".join(re.escape(a) for a in sorted(spelt, key=len, reverse=True)) + r")(?= )")
    return pattern, spelt


ABBREVIATIONS, SPELT_OUT = _abbreviations()


def name_key(name: str) -> str:
    name = without_form(name, DASH_FORMS)  # the sets label "Tổng công ty X – CTCP" both as written and without the form
    key = " " + re.sub(r"[^\w]+", " ", fold(name)) + " "
    key = ABBREVIATIONS.sub(lambda m: SPELT_OUT[m.group(0)], key)  # "GTVT" as "Giao thông vận tải", on both sides
    for short, long in LEGAL_FORMS.items():  # labels write "Công ty CP ..." both as written and spelt out
        key = key.replace(short, long)
    key = key.replace(" tp ", " thanh pho ").replace(" nganh ", " ").replace(" co so ", " ")
    key = key.replace(" qui ", " quy ")  # one syllable spelt both ways: "Phú Quí" (the gazetteer) and "Phú Quý"
    if key.startswith(" cong doan "):  # "Công đoàn ngành Y tế (tỉnh) Bến Tre": the type is optional
        key = key.replace(" tinh ", " ").replace(" thanh pho ", " ")
    return " ".join(key.split())


def body_key(unit: dict) -> tuple[str, str]:
    """A grassroots unit's name key without its own province after it ("Công đoàn cơ sở Sở X (tỉnh Điện Biên)": a
    body's union with or without its province, enrich/data/README.md), and that province: units of two provinces
    never share one. Above grassroots, or with nothing but "Công đoàn" and a word left, the whole name's key."""
    key, province = name_key(unit["name"]), unit.get("province") or ""
    place = _squashed(province)
    if unit.get("level") == "grassroots" and place:
        body = re.sub(r" (?:tinh |thanh pho )?" + re.escape(place) + "$", "", key)
        if body.startswith("cong doan ") and len(body.split()) > 3:
            key = body
    return key, place


def match_bodies(got: dict[str, dict], want: dict[str, dict]) -> dict[str, dict]:
    """``got`` with each unit the names leave unmatched keyed as the one unmatched label of the same body in the
    same province (``body_key``); the names' matches come first, so a body named after a place keeps its own."""
    def bodies(units: dict[str, dict], keys: set[str]) -> dict[tuple[str, str], list[str]]:
        found: dict[tuple[str, str], list[str]] = {}
        for key in keys:
            found.setdefault(body_key(units[key]), []).append(key)
        return found
    extra, missed = bodies(got, got.keys() - want.keys()), bodies(want, want.keys() - got.keys())
    renamed = dict(got)
    for body, keys in extra.items():
        if len(keys) == 1 and len(missed.get(body, [])) == 1:
            renamed[missed[body][0]] = renamed.pop(keys[0])
    return renamed


def predict(row: dict) -> list[dict]:
    record = {"id": row["id"], "text": row["text"], "title": row.get("title"), "source": row.get("source"),
              "date": row.get("date"), "url": row.get("url")}
    return [u for u in tag_record(record, [])["units"] if u["role"] != "publisher"]


def score(rows: list[dict]) -> tuple[dict, list[str]]:
    tp = fp = fn = level_ok = province_ok = 0
    by_level: Counter = Counter()
    errors = []
    for row in rows:
        want = {name_key(u["name"]): u for u in row["expected"]}
        got = match_bodies({name_key(u["name"]): u for u in predict(row)}, want)
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
    for n in BLIND_SETS:
        if os.environ.get(blind_env(n)) == "1":
            parts[f"blind{n}"] = blind_path(n)
    return parts


def run(show_errors: bool = True) -> dict:
    results = {}
    for part, path in selected_parts().items():
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        if part.startswith("blind") and part[5:].isdigit() and int(part[5:]) >= UNSEEN_FROM:
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
