"""Where a grassroots or corporation union's organisation name ends: a learned reader of the right edge.

The rules (enrich/unitorgs.py ``organisation_span``) read an organisation's name after its head and
stop where capitalisation, place words and stop words say. This module scores every place the name
could end, among the words after the name's first word on its line, with a linear model over the
words on either side of that place (case shape, word, the word lists' groups, a province's name, a
person's surname) and over where the rules end it; the best-scoring place is the name's end.

The model is data: enrich/data/unit_edges.json, trained from the labelled passages by
scripts/train_unit_edges.py (an averaged perceptron ranking the candidate ends), loaded once, when
first needed. ``use_model`` sets another model (or none, the rules alone) for an evaluation.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from importlib import resources
from pathlib import Path

from crawler.textnorm import fold
from enrich import unitreadon as readon
from enrich.unitedgefast import Tables, fast_scores
from enrich.unitorgs import _UNION_HEADS, NAME_WINDOW, TextMemo, listed_at, name_tokens
from enrich.unittext import cap_run, capitalised, starts_with, tokens

Words = dict[str, tuple[str, ...]]
Token = tuple[str, int, int]
# found from the package, not this module's __file__ (compiled, that names the shared library's folder)
MODEL_PATH = Path(str(resources.files("enrich"))) / "data" / "unit_edges.json"
WINDOW = NAME_WINDOW  # tokens read after the name's first word (on its line), as the rules read them
PLACE_TYPES = ("tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn", "đặc khu")
_GROUPS = ("stop", "org", "corp", "surname", "headline_verb", "legal_acronym", "title", "stop_syllable")


class EdgeModel:
    """Feature weights; a candidate end's score is the sum of its features' weights."""

    def __init__(self, weights: dict[str, float], margin: float = 0.0, limit: str = ""):
        self.weights = weights
        self.margin = margin  # the rules' end stands unless another scores this much more
        self.tables = Tables(weights)
        # the limits on the model's choice, comma-separated, "" none (enrich/data/README.md): word groups a name is
        # not read on through (``_stop``), and those ``_choose``, ``_vetoed`` and enrich/unitreadon.py read
        self.limit = limit
        self.known = frozenset(f[3:] for f, w in weights.items() if f.startswith("Iw=") and w > 0)

    def score(self, features: list[str]) -> float:
        """The plain definition (floating point, in the features' order); ``Tables`` scores the same exactly."""
        get = self.weights.get
        return sum(get(f, 0.0) for f in features)

    @classmethod
    def load(cls, path: Path) -> EdgeModel:
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls({str(k): float(v) for k, v in data["weights"].items()}, float(data["margin"]),
                   str(data.get("limit", "")))


_LOADED: list[EdgeModel | None] = []  # the model in use, once known (empty until first needed)


def use_model(model: EdgeModel | None) -> None:
    """Use ``model`` from now on (None: the rules' ends stand)."""
    _LOADED[:] = [model]


def forget_model() -> None:
    """Go back to the shipped model (MODEL_PATH, or none when there is no such file), loaded when needed."""
    _LOADED.clear()


def current_model() -> EdgeModel | None:
    if not _LOADED:
        _LOADED.append(EdgeModel.load(MODEL_PATH) if MODEL_PATH.exists() else None)
    return _LOADED[0]


def shape(tok: str) -> str:
    if not tok[:1].isalnum():
        return tok
    if tok[:1].isdigit():
        return "d"
    if len(tok) > 1 and tok.isupper():
        return "X"
    return "Xx" if tok[:1].isupper() else "x"


def token_classes(text: str, toks: list[Token], words: Words, is_province: Callable[[str], bool]) -> list[str]:
    """One group per token: a place type, a province's name, a word list's group, or ""."""
    out: list[str] = []
    for tok, at, _ in toks:
        if starts_with(text, at, PLACE_TYPES, exact=True) is not None:
            out.append("ptype")
        elif tok == "và":
            out.append("va")
        elif tok[:1].isupper() and any(is_province(name) for name, _ in cap_run(text, at, 4)):
            out.append("prov")
        else:
            out.append(next((g for g in _GROUPS if tok in words.get(g, ())), ""))
    return out


_PLACE_INITIALS = frozenset(t[:1] for t in PLACE_TYPES)
_GROUP_OF: dict[int, tuple[Words, dict[str, str]]] = {}  # id(words) -> (words, each word's first group)
_PREFIXES: dict[int, tuple[dict[str, list[str]], frozenset[str]]] = {}  # id(names) -> (names, their prefixes)
_LATIN = re.compile(r"[0-9A-Za-z\u00c0-\u024f\u1e00-\u1eff]+")  # letters whose folding is one by one


def name_prefixes(names: dict[str, list[str]]) -> frozenset[str]:
    """Every beginning of the folded province names (the gazetteer's ``province_names`` keys)."""
    known = _PREFIXES.get(id(names))
    if known is None or known[0] is not names:
        known = _PREFIXES[id(names)] = (names, frozenset(n[:i] for n in names for i in range(1, len(n) + 1)))
    return known[1]


def group_of(words: Words) -> dict[str, str]:
    """Each listed word's first group in ``_GROUPS`` (what ``token_classes`` finds by scanning the lists)."""
    known = _GROUP_OF.get(id(words))
    if known is None or known[0] is not words:
        table: dict[str, str] = {}
        for group in reversed(_GROUPS):
            table.update(dict.fromkeys(words.get(group, ()), group))
        known = _GROUP_OF[id(words)] = (words, table)
    return known[1]


def fast_classes(text: str, toks: list[Token], words: Words, is_province: Callable[[str], bool],
                 prefixes: frozenset[str] = frozenset(), memo: TextMemo | None = None) -> list[str]:
    """``token_classes``, the same, with a place type looked for only at its initials, the groups from one
    table and, given the province names' ``prefixes``, no province looked for at a Latin word no province
    name begins with (a name's folding begins with its first word's); given a ``memo``, each token's group
    found once per text."""
    groups = group_of(words)
    out: list[str] = []
    for tok, at, end in toks:
        if memo is not None:
            known = memo.classes.get((at, end))
            if known is not None:
                out.append(known)
                continue
        if tok[:1] in _PLACE_INITIALS and starts_with(text, at, PLACE_TYPES, exact=True) is not None:
            cls = "ptype"
        elif tok == "và":
            cls = "va"
        elif tok[:1].isupper() and not (prefixes and fold(tok) not in prefixes and _LATIN.fullmatch(tok)) \
                and any(is_province(name) for name, _ in cap_run(text, at, 4)):
            cls = "prov"
        else:
            cls = groups.get(tok, "")
        if memo is not None:
            memo.classes[(at, end)] = cls
        out.append(cls)
    return out


def inside_features(toks: list[Token], classes: list[str]) -> list[list[str]]:
    """Features of each token read as part of the name: its shape after the previous one's, its group, and
    a lower-case word itself (which lower-case words go on in names, which start a clause)."""
    out: list[list[str]] = []
    previous = "^"
    for (tok, _, _), cls in zip(toks, classes, strict=True):
        sh = shape(tok)
        feats = [f"Is={previous}|{sh}", f"Ic={cls}"]
        if sh == "x":
            feats.append(f"Iw={tok}")
        out.append(feats)
        previous = sh
    return out


def joined_after(text: str, folded: str, toks: list[Token], words: Words, memo: TextMemo | None = None
                 ) -> list[bool]:
    """Whether each token and the next are inside one listed phrase or compound ("Phát triển nông thôn",
    "Hành chính"): a name ending between them is cut. Given a ``memo``, each token's phrase is found once
    per text."""
    out = [False] * len(toks)
    for i, (_, at, _) in enumerate(toks):
        end, compound = listed_at(text, folded, at, words, memo)
        if compound is not None:
            end = max(end or 0, at + len(compound))
        j = i
        while end is not None and j + 1 < len(toks) and toks[j + 1][2] <= end:
            out[j] = True
            j += 1
    return out


def candidate_features(toks: list[Token], classes: list[str], k: int, rule_k: int, line_end: bool,
                       joined: bool = False) -> list[str]:
    """Features of the name ending after ``toks[k - 1]`` (``rule_k``: where the rules end it, 0 if nowhere),
    but those of the tokens inside it (``inside_features``)."""
    last, cls_l = toks[k - 1][0], classes[k - 1]
    if k < len(toks):
        nxt, cls_n, sh_n = toks[k][0], classes[k], shape(toks[k][0])
    else:
        nxt, cls_n, sh_n = "", "", "EOL" if line_end else "MORE"
    sh_l = shape(last)
    sh_n2 = shape(toks[k + 1][0]) if k + 1 < len(toks) else "END"
    rel = max(-4, min(4, k - rule_k)) if rule_k else 9
    seen_place = "ptype" in classes[:k - 1]
    caps = sum(1 for t in toks[:k] if t[0][:1].isupper())
    return [
        "b", f"rel={rel}", f"len={min(k, 10)}", f"caps={min(caps, 6)}",
        f"L={last.lower()}", f"N={nxt.lower()}", f"Ls={sh_l}", f"Ns={sh_n}", f"N2s={sh_n2}",
        f"Lc={cls_l}", f"Nc={cls_n}", f"LsNs={sh_l}|{sh_n}", f"LcNc={cls_l}|{cls_n}",
        f"NsN2s={sh_n}|{sh_n2}", f"LNs={last.lower()}|{sh_n}", f"LsN={sh_l}|{nxt.lower()}",
        f"relNs={rel}|{sh_n}", f"relLs={rel}|{sh_l}", f"place={seen_place}|{sh_n}|{cls_l}",
        f"LL={toks[k - 2][0].lower() if k > 1 else ''}|{last.lower()}", f"J={joined}", f"JNs={joined}|{sh_n}",
    ]


def candidates(text: str, folded: str, first: int, rule_end: int, words: Words, is_province: Callable[[str], bool]
               ) -> tuple[list[Token], list[int], list[list[str]]]:
    """The tokens after ``first``, the candidate ends (token counts) and each one's features."""
    toks = tokens(text, first, WINDOW)
    if not toks:
        return toks, [], []
    after = text[toks[-1][2]:toks[-1][2] + 2]
    line_end = len(toks) < WINDOW and (after[:1] in ("", "\n") or after[1:2] == "\n")
    classes = token_classes(text, toks, words, is_province)
    rule_k = next((k for k in range(1, len(toks) + 1) if toks[k - 1][2] == rule_end), 0)
    ks = [k for k in range(1, len(toks) + 1) if toks[k - 1][0][:1].isalnum()]
    inside = inside_features(toks, classes)
    joined = joined_after(text, folded, toks, words)
    feats = []
    for k in ks:
        fs = candidate_features(toks, classes, k, rule_k, line_end, joined[k - 1])
        for token_feats in inside[:k]:
            fs.extend(token_feats)
        feats.append(fs)
    return toks, ks, feats


def right_edge(text: str, folded: str, first: int, rule_end: int, words: Words,
               is_province: Callable[[str], bool], province_names: dict[str, list[str]] | None = None,
               memo: TextMemo | None = None) -> int:
    """The end of the organisation name starting at ``first`` (the rules end it at ``rule_end``); given the
    gazetteer's ``province_names`` (folded), provinces are looked for only where one may begin; given a
    ``memo`` of ``text`` (read with the same other arguments), tokens read for an earlier name are not read
    again."""
    model = current_model()
    if model is None:
        return rule_end
    toks = name_tokens(text, first, memo)
    if not toks or all(t[2] != rule_end for t in toks):
        return rule_end  # the rules ended the name inside a token's reach the model does not see
    if any("|" in t[0] for t in toks):  # a feature's parts would be ambiguous in the tables: the plain scorer
        return plain_right_edge(model, text, folded, first, rule_end, words, is_province)
    prefixes = name_prefixes(province_names) if province_names else frozenset()
    joined = joined_after(text, folded, toks, words, memo)
    ks, scores = scored(model, text, folded, toks, rule_end, words, is_province, prefixes, joined, memo)
    return _choose(model, toks, ks, scores, rule_end, model.tables.scale, words, text, folded, is_province, joined)


def scored(model: EdgeModel, text: str, folded: str, toks: list[Token], rule_end: int, words: Words,
           is_province: Callable[[str], bool], prefixes: frozenset[str] = frozenset(),
           joined: list[bool] | None = None, memo: TextMemo | None = None) -> tuple[list[int], list[int]]:
    """The candidate ends and their scores (times ``model.tables.scale``), as ``candidates`` and
    ``EdgeModel.score`` give them; ``toks`` (no "|" among them) must hold the rules' end."""
    after = text[toks[-1][2]:toks[-1][2] + 2]
    line_end = len(toks) < WINDOW and (after[:1] in ("", "\n") or after[1:2] == "\n")
    classes = fast_classes(text, toks, words, is_province, prefixes, memo)
    rule_k = next(k for k in range(1, len(toks) + 1) if toks[k - 1][2] == rule_end)
    if joined is None:
        joined = joined_after(text, folded, toks, words)
    return fast_scores(model.tables, toks, [shape(t[0]) for t in toks], classes, joined, rule_k, line_end)


def plain_right_edge(model: EdgeModel, text: str, folded: str, first: int, rule_end: int, words: Words,
                     is_province: Callable[[str], bool]) -> int:
    """``right_edge`` by the features' definition (``candidates``, ``EdgeModel.score``): the reference the fast
    scorer is held to."""
    toks, ks, feats = candidates(text, folded, first, rule_end, words, is_province)
    if not ks or all(t[2] != rule_end for t in toks):
        return rule_end
    return _choose(model, toks, ks, [model.score(f) for f in feats], rule_end, 1, words, text, folded, is_province)


def _choose(model: EdgeModel, toks: list[Token], ks: list[int], scores: list[float] | list[int], rule_end: int,
            scale: int, words: Words, text: str, folded: str, is_province: Callable[[str], bool],
            joined: list[bool] | None = None) -> int:
    rule = next((i for i, k in enumerate(ks) if toks[k - 1][2] == rule_end), -1)
    allowed = list(range(len(ks)))
    limits = set(model.limit.split(",")) - {""}
    if limits and rule >= 0:
        if "and_party" in limits:  # no end past "và" before a second party, the rules' neither: "nhà | và người lao động"
            party = _second_party(text, toks, words)
            if ks[rule] > party and party in ks:
                rule = ks.index(party)
                rule_end = toks[party - 1][2]
            allowed = [i for i in allowed if ks[i] <= party]  # never empty: the name's first word is before "và"
        if "whole" in limits:  # no end inside a listed phrase or compound ("Tài | chính"), but the rules'
            if joined is None:
                joined = joined_after(text, folded, toks, words)
            allowed = [i for i in allowed if i == rule or not joined[ks[i] - 1]]
        if "known" in limits:
            allowed = [i for i in allowed if ks[i] <= _stop(model, limits, toks, ks[rule], words, False)]
        if "congress_word" in limits:  # no end past a congress's ordinal or term, the rules' neither ("Lần thứ II")
            ordinal = _ordinal(toks, words)
            allowed = [i for i in allowed if ks[i] <= ordinal]
            if not allowed:
                return rule_end
        allowed = readon.keep(allowed, ks, limits, text, toks, ks[rule], words)  # "và Tổ ...", ", giữ nguyên"
    best = max(allowed, key=scores.__getitem__)
    if rule in allowed and scores[best] - scores[rule] <= model.margin * scale:
        return rule_end
    if rule >= 0 and ks[best] > ks[rule] and _past_full_stop(text, toks, ks[rule], ks[best]):
        return rule_end  # read on past a sentence's full stop ("Sở Y tế dự. Ông A"): the rules' end stands
    if rule >= 0 and ks[best] > ks[rule] and _past_second_union(text, toks, ks[rule], ks[best]):
        return rule_end  # read on into a second union ("Công ty May 10 và Liên đoàn Lao động tỉnh X")
    branch = fold(text[max(0, toks[0][1] - 24):toks[0][1]]).find("chi nhanh") >= 0  # a branch named before it
    if rule >= 0 and ks[best] > _stop(model, limits, toks, ks[rule], words, branch):
        return rule_end  # read on through a word that ends a name: the rules' end stands
    if rule >= 0 and limits & _VETOES and _vetoed(limits, toks, ks[rule], ks[best], words, text, is_province):
        return rule_end
    return toks[ks[best] - 1][2]


_ABBREVIATIONS = frozenset(("tp", "tx", "tt", "q", "p", "h", "x", "t"))  # lower-case, before a dot: "tp. Huế"


def _past_full_stop(text: str, toks: list[Token], rule_k: int, k: int) -> bool:
    """Whether tokens ``rule_k`` to ``k`` hold a full stop after a lower-case word and before a space: a sentence's
    end ("dự. Ông A"), not an abbreviation's dot ("TP. Hồ Chí Minh", "tp. Huế") nor a decimal's."""
    for j in range(max(rule_k, 1), k):
        tok, _, end = toks[j]
        if tok == "." and text[end:end + 1] in (" ", "\n") and toks[j - 1][0].islower() \
                and toks[j - 1][0] not in _ABBREVIATIONS:
            return True
    return False


def _past_second_union(text: str, toks: list[Token], rule_k: int, k: int) -> bool:
    """Whether tokens ``rule_k`` to ``k`` hold "và" before a union's head: a second union, as the rules read it
    ("Công đoàn Bệnh viện 108 và Liên đoàn Lao động tỉnh Bắc Ninh")."""
    for j in range(rule_k, k - 1):
        if toks[j][0] == "và" and text.startswith(_UNION_HEADS, toks[j + 1][1]):
            return True
    return False


def _second_party(text: str, toks: list[Token], words: Words) -> int:
    """The tokens before the first "và" after a word of the name that starts a union's head ("và công đoàn ...") or
    the workers (group members_after: "và người lao động"), a second party; past the end when there is none."""
    heads = words.get("members_after", ())
    for j in range(1, len(toks) - 1):
        if toks[j][0] == "và" and toks[j - 1][0][:1].isalnum() and (
                text.startswith(_UNION_HEADS, toks[j + 1][1])
                or starts_with(text, toks[j + 1][1], heads, exact=True) is not None):
            return j
    return len(toks)


def _vetoed(limits: set[str], toks: list[Token], rule_k: int, k: int, words: Words, text: str,
            is_province: Callable[[str], bool]) -> bool:
    """Whether the model's end (``k`` tokens) is one the limits leave to the rules (``rule_k`` tokens):
    "person", the rules read a person's name after the head, or the model reads on into one ("... Hạ Long
    Nguyễn Thị Mai"); "cut", an end inside the rules' name but before a capitalised word or "và"; "legal_cut", an
    end inside the rules' name before a company's legal form (word groups legal_acronym, legal_form); "bare", an
    end on a district's or commune's type without its name ("Trung tâm Y tế huyện": the rules complete it
    from the source); "lower3", a name read on past the rules' end that ends on more than three lower-case
    words but a place type's ("Dịch vụ cơ khí hàng hải", not "Ban Quản lý khu kinh tế tỉnh"); "and_trade", an end
    inside the rules' name right before a "và" that joins two lower-case words ("Kinh doanh nhà | và dịch vụ đô thị")."""
    if "person" in limits and (person_name(toks, 0, rule_k, words, is_province) or any(
            person_name(toks, j, len(toks), words, is_province, whole=False) for j in range(rule_k, k))):
        return True
    if "cut" in limits and k < rule_k and not (capitalised(toks[k][0]) or toks[k][0] == "và"):
        return True
    if "cut_one" in limits and k == rule_k - 1 and toks[k][0].isalpha() and capitalised(toks[k][0]) \
            and not starts_with(text, toks[k][1], words.get("headline_verb", ()), exact=True):
        return True  # "May Phú | Thành": one capitalised word of the rules' name left out, no headline's verb
    if "bare" in limits and _ends_on_place_type(text, toks, k, _LOCAL_TYPES):
        return True
    if "lower_on" in limits and k > rule_k and _lower_on(text, toks, rule_k, k):
        return True
    if "legal_cut" in limits and k < rule_k and (toks[k][0] in words.get("legal_acronym", ())
                                                 or starts_with(text, toks[k][1], words.get("legal_form", ()))):
        return True  # "Công nghiệp Sài Gòn | TNHH MTV": a company's legal form cut off the rules' name
    if "lower_mid" in limits and k > rule_k and _lower_mid(text, toks, rule_k, k, words):
        return True
    if "and_trade" in limits and k < rule_k and _and_trade(text, toks, k, rule_k, words):
        return True  # "Kinh doanh nhà | và dịch vụ đô thị": a lower-case trade joined to another cut at "và"
    if "dash_end" in limits and k - 2 >= rule_k and toks[k - 2][0] in _DASHES and not _clear_end(text, toks, k, words):
        return True  # "Xây dựng – Ngôi | nhà chung": read on through a dash to one word that a lower-case one goes on
    return "lower3" in limits and k > rule_k and _lower_run(text, toks, rule_k, k)


_VETOES = frozenset(("person", "cut", "cut_one", "legal_cut", "bare", "lower3", "lower_on", "lower_mid", "dash_end",
                     "and_trade"))
_OWN_LIMITS = frozenset(("known", "whole", "congress_word", "dash_time", "dash_body", "comma_place",
                         "and_party")) | _VETOES | readon.LIMITS
_DASHES = frozenset(("-", "–"))
_LOCAL_TYPES = tuple(t for t in PLACE_TYPES if t not in ("tỉnh", "thành phố"))


def _ordinal(toks: list[Token], words: Words) -> int:
    """The first token of two of word group congress_word, in either case ("Lần thứ", "Nhiệm kỳ"), or past the end."""
    listed = set(words.get("congress_word", ()))
    return next((j for j in range(len(toks) - 1) if f"{toks[j][0]} {toks[j + 1][0]}" in listed), len(toks))


def _stop(model: EdgeModel, limits: set[str], toks: list[Token], start: int, words: Words, branch: bool) -> int:
    """The first token past the rules' end (``start`` tokens) a name may not read through: a lower-case word
    of the limits' word groups (or, limit "known", one the model does not weigh as a name's own), or, limit
    "dash_time", a dash before a word of that group or a number ("- Sáng 12/3"), limit "dash_body", one before a union's
    body of that group ("- Ban Chấp hành"), or, limit "comma_place", a comma before a word of that group (", tỉnh
    Thái Bình"); a ``branch``'s name goes on through "tại" ("Chi nhánh Công ty Scavi Huế tại Đà Nẵng")."""
    listed = {w for g in limits - _OWN_LIMITS for w in words.get(g, ())} - ({"tại"} if branch else set())
    times, bodies = (set(words.get(g, ())) if g in limits else set() for g in ("dash_time", "dash_body"))
    places = set(words.get("comma_place", ())) if "comma_place" in limits else set()
    for j in range(start, len(toks)):
        tok = toks[j][0]
        pair = f"{tok} {toks[j + 1][0]}" if j + 1 < len(toks) else ""
        if tok[:1].islower() and (tok in listed or ("known" in limits and tok not in model.known)
                                  or pair in listed):
            return j  # a listed word, or two ("công nhận")
        if tok in _DASHES and pair and (times and (pair.split(" ")[1] in times or pair.split(" ")[1][:1].isdigit())
                                        or any(" ".join(t[0] for t in toks[j + 1:j + n]) in bodies for n in (2, 3, 4))):
            return j  # a dateline ("- Sáng 12/3") or the union's own committee ("- Ban Chấp hành") after a dash
        if places and tok == "," and j + 1 < len(toks) and (toks[j + 1][0] in places or j + 2 < len(toks)
                                                            and f"{toks[j + 1][0]} {toks[j + 2][0]}" in places):
            return j  # the province after a place's name (", tỉnh Thái Bình")
    return len(toks)


def _clear_end(text: str, toks: list[Token], k: int, words: Words) -> bool:
    """Whether a name may end after ``toks[:k]``: at the text's or a line's end, before a sign or a capitalised word,
    or before a word (or two) of the word groups ``stop`` and ``clause_verb`` ("Y - Dược | hiện có")."""
    if k >= len(toks) or "\n" in text[toks[k - 1][2]:toks[k][1]] or not toks[k][0][:1].islower():
        return True
    pair = f"{toks[k][0]} {toks[k + 1][0]}" if k + 1 < len(toks) else ""
    ends = (*words.get("stop", ()), *words.get("clause_verb", ()))
    return toks[k][0] in ends or pair in ends


def person_name(toks: list[Token], i: int, k: int, words: Words, is_province: Callable[[str], bool],
                whole: bool = True) -> bool:
    """Whether ``toks[i:k]`` (all of them, or with ``whole`` False their beginning) are a person's name: a
    listed surname and one to three more capitalised words, none an acronym, that are no province's name
    ("Nguyễn Thị Mai", not "Hồ Chí Minh")."""
    if i >= len(toks) or toks[i][0] not in words.get("surname", ()):
        return False
    n = 1
    while i + n < k and n < 4 and toks[i + n][0][:1].isupper() and toks[i + n][0].isalpha() \
            and not toks[i + n][0].isupper():
        n += 1
    if n < 2 or (n != k - i if whole else i + n < len(toks) and toks[i + n][0][:1].isupper()):
        return False  # with ``whole`` False, a longer capitalised run is no person's
    return not is_province(" ".join(t[0] for t in toks[i:i + n]))


def _ends_on_place_type(text: str, toks: list[Token], k: int, types: tuple[str, ...] = PLACE_TYPES) -> bool:
    return any(text.endswith(" " + t, 0, toks[k - 1][2]) or text.startswith(t, toks[k - 1][1])
               and toks[k - 1][1] + len(t) == toks[k - 1][2] for t in types)


def _lower_on(text: str, toks: list[Token], rule_k: int, k: int) -> bool:
    """Whether the words read on past the rules' end, which is a capitalised word or an acronym ("Công ty TNHH
    MTV"), are two or more lower-case words that end on no place type ("MTV quản lý, khai thác ..."); one is
    often the second syllable of a capitalised word ("Nhà Xuất bản")."""
    return k - rule_k >= 2 and toks[rule_k - 1][0][:1].isupper() and all(t[0][:1].islower() for t in toks[rule_k:k]) \
        and not _ends_on_place_type(text, toks, k)


def _lower_mid(text: str, toks: list[Token], rule_k: int, k: int, words: Words) -> bool:
    """Whether a name read on past the rules' end through lower-case words only stops inside a lower-case run: the
    next word is lower case and ends no name (no word of groups stop and clause_verb: "Ban Quản lý dự | án đầu tư")."""
    if k >= len(toks) or not all(t[0].isalpha() and t[0].islower() for t in toks[rule_k:k + 1]):
        return False
    after = toks[k][0]
    return after not in words.get("stop", ()) and after not in words.get("clause_verb", ()) \
        and not _ends_on_place_type(text, toks, k)


def _and_trade(text: str, toks: list[Token], k: int, rule_k: int, words: Words) -> bool:
    """Whether the name cut after ``toks[:k]``, inside the rules' name, is cut right before a "và" between two
    lower-case words the rules read on through: a trade written in lower case joined to another ("Công ty CP Kinh
    doanh nhà | và dịch vụ đô thị đã ..."), one company's name. Not when what follows "và" starts a second body
    or party: a capitalised word ("Công ty Xăng dầu Trà Vinh | và Bảo hiểm xã hội tỉnh"), a union's or an
    organisation's head in lower case ("và công đoàn ...", "và trường ..."), the workers ("và người lao động") or
    a word of groups stop and not_name ("và các hộ kinh doanh")."""
    if not 0 < k < rule_k - 1 or toks[k][0] != "và":
        return False
    before, after, at = toks[k - 1][0], toks[k + 1][0], toks[k + 1][1]
    if not (before.isalpha() and before.islower() and after.isalpha() and after.islower()):
        return False
    if text.startswith(_UNION_HEADS, at):
        return False
    return all(starts_with(text, at, words.get(group, ()), exact=True) is None
               for group in ("stop", "not_name", "org_lower", "members_after"))


def _lower_run(text: str, toks: list[Token], start: int, k: int) -> bool:
    run = 0
    for j in range(start, k):
        run = run + 1 if toks[j][0][:1].islower() else 0
    return run > 3 and not _ends_on_place_type(text, toks, k)
