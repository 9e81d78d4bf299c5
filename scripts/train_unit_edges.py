"""Train the right-edge reader of grassroots and corporation union names (enrich/unitedge.py).

    .venv/bin/python scripts/train_unit_edges.py            # writes enrich/data/unit_edges.json
    .venv/bin/python scripts/train_unit_edges.py --check    # fails unless the committed file is reproduced
    .venv/bin/python scripts/train_unit_edges.py --loso     # leave-one-set-out figures, rules against rules + model

Examples come from the labelled unit sets listed in SETS. Each passage is read by the unit reader with
the rules alone; every organisation name it reads after a union head (``Mention.org_span``: the name's
first word and where the rules end it) is aligned with the passage's grassroots and sector labels by
folded words: a label whose words after its union head ("Công đoàn (cơ sở)", "Nghiệp đoàn") are the
text's words from the name's first word on gives the right end. Names no label aligns with are left out, and so
are those whose label ends inside a bracket the text opens after the name (enrich/unitletter.py names such a school
with its bracketed commune: the name itself ends before the bracket).
An averaged perceptron then learns to rank each name's candidate ends (enrich/unitedge.py features),
in a fixed order, so the file is reproduced exactly.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from crawler.textnorm import fold  # noqa: E402
from enrich import unitedge, unitreadon  # noqa: E402
from enrich.gazetteer import gazetteer  # noqa: E402
from enrich.unitnames import Reader  # noqa: E402
from enrich.unittext import View  # noqa: E402

DATA = ROOT / "tests" / "data" / "tagging"
SETS = ("units", "units_heldout", "units_heldout2", "units_heldout3", "units_heldout4", "blind_units",
        "blind2_units", "blind3_units", "blind4_units", "blind5_units", "blind6_units", "blind7_units",
        "blind8_units", "blind9_units", "blind10_units", "blind11_units", "blind12_units", "blind13_units",
        "blind14_units", "blind15_units", "blind16_units", "blind17_units",
        "blind18_units", "blind19_units", "blind20_units", "blind21_units", "blind22_units", "blind23_units",
        "blind24_units", "blind25_units", "blind26_units", "blind27_units",
        "blind28_units", "blind29_units", "blind30_units", "blind31_units",
        "blind32_units", "blind33_units", "blind34_units", "blind35_units",
        "blind36_units", "blind37_units", "blind38_units", "blind39_units", "blind40_units", "blind41_units",
        "blind42_units")  # every labelled unit set that has been run
EPOCHS = 12
DROP = "rel"  # the model reads no feature of where the rules end a name (see ``loso_unit_edges``)
# limits on the model's choice (``EdgeModel.limit``, enrich/data/README.md): past the rules' end a name is not read
# on through a lower-case word of the word groups clause_verb and not_name ("... chia sẻ", "các tỉnh"), no name ends
# inside a listed phrase or compound ("whole": "Sở Tài | chính"), and the rules' end stands at a person's name, a cut
# inside the rules' name before a lower-case word, a bare district type and a long lower-case run read on; no name
# ends past a congress's ordinal ("congress_word": "Lần thứ II"), nor is read on through a dash before a time or a
# date ("dash_time": "- Sáng 12/3") or through a comma before a province ("comma_place": ", tỉnh Thái Bình"), nor
# through a congress's term ("term_word": "khóa IX"); the rules' end stands where the model reads on through lower-case
# words alone after a capital ("lower_on": "MTV | quản lý") or leaves out the last capitalised word of the rules' name
# ("cut_one": "May Phú | Thành"), or stops inside a lower-case run read on ("lower_mid": "Quản lý dự | án"), or cuts a
# company's legal form off the rules' name ("legal_cut": "Sài Gòn | TNHH MTV"), or reads on through a dash to one word
# that a lower-case word of no group stop or clause_verb goes on from ("dash_end": "Xây dựng – Ngôi | nhà chung", not
# "Y - Dược | hiện có"), or cuts a lower-case trade at a "và" joining it to another lower-case word the rules read on
# through ("and_trade": "Kinh doanh nhà | và dịch vụ đô thị", not before a second body: "và công đoàn", "và người lao
# động", "và các"); no name ends past a "và" before a union's head or the workers, the rules' end neither ("and_party":
# "Kinh doanh nhà | và người lao động đã ký kết"); nor through a dash before a union's own body ("dash_body":
# "- Ban Chấp hành ra mắt"); nor through a lower-case word or two of the word group count_word, which count people and
# start no name ("count_word": "Sở KH&CN | và đông đảo các cháu", "và nhiều đoàn viên", "và toàn thể"); nor past a
# "và" before a second body's or a section's head that a capitalised word or a union's head follows ("and_head": "Báo
# Bình Thuận | và Tổ công đoàn", not "Khoa học Xã hội và Nhân văn"), nor through a comma into lower-case words alone
# ("comma_lower": "Trường ĐHTDM | , giữ nguyên id", not ", truyền hình Thanh Hóa"), nor through an opening bracket it
# does not close ("open_bracket": "Trường tiểu học A | (xã Hưng Phú"), nor past a comma before a union's head
# ("comma_union": "Tổng Công ty SAMCO | , Công đoàn Tổng công ty ..."), nor into a second place where the rules' name
# holds one ("second_place": "Võ Nguyên Giáp xã Mường Phăng | thành phố Điện Biên Phủ"), nor through a dash to one
# capitalised word and lower-case words ("dash_lower": "QH&ĐTTNNQG | – Điểm tựa vững chắc"), nor past "do" before a
# person's title ("agent_title": "Sở Xây dựng | do ông Đỗ Văn Hùng"; enrich/unitreadon.py)
LIMIT = ("clause_verb,not_name,term_word,congress_word,dash_time,dash_body,comma_place,whole,person,cut,cut_one,bare,"
         "lower3,lower_on,lower_mid,legal_cut,dash_end,and_trade,and_party,count_word,and_head,comma_lower,"
         "open_bracket,comma_union,second_place,dash_lower,agent_title")
OUT = unitedge.MODEL_PATH  # the model the tagger loads (enrich/data/unit_edges.json)
LEVELS = ("grassroots", "sector")
HEADS = (("cong", "doan", "co", "so"), ("cong", "doan"), ("nghiep", "doan", "co", "so"), ("nghiep", "doan"))
_WORD = re.compile(r"\w+")


@dataclass
class Example:
    """One organisation name: its candidate ends' features, the right one and the rules' one (indices)."""

    set_name: str
    row_id: str
    feats: list[list[str]]
    gold: int
    rule: int
    words: list[str]  # the candidate ends' last words, for reports


def pieces(text: str) -> list[str]:
    out: list[str] = []
    for word in _WORD.findall(fold(text).lower()):
        out.extend(("thanh", "pho") if word == "tp" else (word,))
    return out


_PLACE_LAST = ("tinh", "pho", "huyen", "quan", "xa", "phuong", "tran")  # last words of the place types


def gold_end(toks: list[tuple[str, int, int]], before: str, golds: list[list[str]]) -> tuple[int, int]:
    """(token count where the best-aligned label ends the name, that label's index), or (0, -1). A label aligns when its words after a
    union head and up to four words of the organisation's head (the last one ``before``, the word before
    the name's first word) are the text's words from the name's first word on; or, for a name the source
    completes ("Trung tâm Y tế thành phố" labelled "... thành phố Bắc Giang"), are them up to a place type
    the text ends the name with. The longest alignment wins."""
    flat: list[str] = []
    owner: list[int] = []  # the token each piece belongs to
    last: list[bool] = []  # whether the piece is its token's last
    for i, (tok, _, _) in enumerate(toks):
        ps = pieces(tok)
        flat.extend(ps)
        owner.extend([i] * len(ps))
        last.extend([j == len(ps) - 1 for j in range(len(ps))])
    best_len, best_k, best_gold = 0, 0, -1
    for index, gold in enumerate(golds):
        head = next((h for h in HEADS if tuple(gold[:len(h)]) == h), None)
        if head is None:
            continue
        for o in range(len(head), min(len(head) + 5, len(gold))):
            if gold[o - 1] != before:
                continue
            rest = gold[o:]
            j = 0
            while j < len(rest) and j < len(flat) and flat[j] == rest[j]:
                j += 1
            if j == len(rest) and last[j - 1]:
                found = j
            elif 0 < j < len(rest) and rest[j - 1] in _PLACE_LAST and last[j - 1]:
                found = j  # the text ends the name with a bare place type; the label names the place
            else:
                continue
            if found > best_len:
                best_len, best_k, best_gold = found, owner[found - 1] + 1, index
    return best_k, best_gold


def examples(set_name: str, rows: list[dict], counts: Counter[str]) -> list[Example]:
    gaz = gazetteer()
    out: list[Example] = []
    for row in rows:
        labels = [u for u in row["expected"] if u["level"] in LEVELS]
        golds = [pieces(u["name"]) for u in labels]
        counts.update(f"labels {u['level']}" for u in labels)
        title = row.get("title") or ""
        view = View.of(title + "\n" + row["text"], len(title) + 1)  # as the tagger reads it (enrich/units.py)
        reader = Reader(view, gaz)
        aligned: set[int] = set()
        for mention in reader.mentions():
            if mention.org_span is None:
                continue
            counts["names read"] += 1
            first, rule_end = mention.org_span
            toks, ks, feats = unitedge.candidates(view.text, view.folded, first, rule_end, gaz.words, reader._is_province)
            prev = pieces(view.text[max(0, first - 30):first])
            k, index = gold_end(toks, prev[-1] if prev else "", golds)
            if not k:
                continue
            counts["names aligned"] += 1
            if k not in ks or all(t[2] != rule_end for t in toks):
                counts["right end out of reach"] += 1
                continue
            if unitreadon.open_bracket(toks, 0, k):  # "Trường tiểu học A | (xã X": a rule names the school with it
                counts["right end in an open bracket"] += 1
                continue
            rule_k = next(i for i in range(1, len(toks) + 1) if toks[i - 1][2] == rule_end)
            aligned.add(index)
            out.append(Example(set_name, row["id"], feats, ks.index(k), ks.index(rule_k) if rule_k in ks else -1,
                               [toks[i - 1][0] for i in ks]))
        counts.update(f"labels aligned {labels[i]['level']}" for i in aligned)
    return out


def load(set_name: str) -> list[dict]:
    path = DATA / f"{set_name}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def train(data: list[Example], epochs: int = EPOCHS, drop: str = "") -> dict[str, float]:
    """Averaged perceptron over candidate rankings; features starting with ``drop`` (if any) left out."""
    weights: dict[str, float] = {}
    totals: dict[str, float] = {}
    stamps: dict[str, int] = {}
    step = 0

    def feats(ex: Example, i: int) -> list[str]:
        return [f for f in ex.feats[i] if not (drop and f.startswith(drop))]

    def update(fs: list[str], delta: float) -> None:
        for f in fs:
            totals[f] = totals.get(f, 0.0) + (step - stamps.get(f, 0)) * weights.get(f, 0.0)
            stamps[f] = step
            weights[f] = weights.get(f, 0.0) + delta

    for _ in range(epochs):
        for ex in data:
            step += 1
            scores = [sum(weights.get(f, 0.0) for f in feats(ex, i)) for i in range(len(ex.feats))]
            guess = max(range(len(scores)), key=scores.__getitem__)
            if guess != ex.gold:
                update(feats(ex, ex.gold), 1.0)
                update(feats(ex, guess), -1.0)
    averaged = {}
    for f, w in weights.items():
        total = totals.get(f, 0.0) + (step - stamps.get(f, 0)) * w
        value = round(total / step, 4)
        if value:
            averaged[f] = value
    return averaged


def pick(weights: dict[str, float], ex: Example, margin: float = 0.0) -> int:
    """The candidate the model picks, as ``unitedge.right_edge`` does (the rules' unless another scores
    more than ``margin`` above it)."""
    scores = [sum(weights.get(f, 0.0) for f in fs) for fs in ex.feats]
    best = max(range(len(scores)), key=scores.__getitem__)
    return ex.rule if ex.rule >= 0 and scores[best] - scores[ex.rule] <= margin else best


def dump(weights: dict[str, float], margin: float = 0.0, limit: str = LIMIT) -> str:
    return json.dumps({"about": "right ends of grassroots and corporation union names; scripts/train_unit_edges.py",
                       "epochs": EPOCHS, "limit": limit, "margin": margin, "weights": dict(sorted(weights.items()))},
                      ensure_ascii=False, indent=0) + "\n"


def all_examples() -> tuple[list[Example], Counter[str]]:
    counts: Counter[str] = Counter()
    unitedge.use_model(None)
    data = [ex for name in SETS for ex in examples(name, load(name), counts)]
    return data, counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--check", action="store_true", help="fail unless --out is what training writes")
    parser.add_argument("--loso", action="store_true", help="leave-one-set-out figures (scripts/loso_unit_edges.py)")
    args = parser.parse_args()
    data, counts = all_examples()
    print(" ".join(f"{k}={v}" for k, v in sorted(counts.items())), f"examples={len(data)}")
    if args.loso:
        from loso_unit_edges import loso  # noqa: PLC0415 (an evaluation, on request only)
        loso(data)
        return 0
    text = dump(train(data, drop=DROP))
    if args.check:
        same = args.out.exists() and args.out.read_text(encoding="utf-8") == text
        print("reproduced" if same else f"differs from {args.out}")
        return 0 if same else 1
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out} ({len(text)} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
