"""The right-edge model's scores, computed fast and exactly (enrich/unitedge.py defines them).

``Tables`` holds the model's weights as whole numbers (the trained weights have four decimals) in one
table per feature kind, keyed by the feature's parts (a string, or for a feature of several parts one
table within another per part: no tuple is made for a look-up), so no feature string is formatted and
sums are exact whatever their order. ``fast_scores`` reads each token's
features once: the weights of the tokens taken into the name are summed as a running total, not once per
candidate end. tests/test_unit_edge_speed.py holds it to ``EdgeModel.score`` over every labelled passage.
"""

from __future__ import annotations

SCALE = 10_000  # weights are stored rounded to four decimals
Key = str | tuple[str, ...]
Pairs = dict[str, dict[str, int]]  # first part -> second part -> weight
# the parts of each feature kind's value ("LsNs=Xx|x": two); kinds not listed have one ("L=bệnh")
_ARITY = {"LsNs": 2, "LcNc": 2, "NsN2s": 2, "LNs": 2, "LsN": 2, "relNs": 2, "relLs": 2, "place": 3, "LL": 2,
          "JNs": 2, "Is": 2}
_KINDS = ("b", "rel", "len", "caps", "L", "N", "Ls", "Ns", "N2s", "Lc", "Nc", "J", "Ic", "Iw") + tuple(_ARITY)
_NUMBERS = {n: str(n) for n in range(-10, 11)}
_NONE: dict[str, int] = {}  # the inner table of a first part no feature has
_NO_PAIRS: Pairs = {}


def _pairs(table: dict[Key, int]) -> Pairs:
    """A table keyed by (first, second) as one table within another."""
    out: Pairs = {}
    for key, weight in table.items():
        if isinstance(key, tuple) and len(key) == 2:
            out.setdefault(key[0], {})[key[1]] = weight
    return out


def _triples(table: dict[Key, int]) -> dict[str, Pairs]:
    """A table keyed by (first, second, third) as tables within tables."""
    out: dict[str, Pairs] = {}
    for key, weight in table.items():
        if isinstance(key, tuple) and len(key) == 3:
            out.setdefault(key[0], {}).setdefault(key[1], {})[key[2]] = weight
    return out


class Tables:
    """The model's weights by feature kind, as whole numbers of ``1 / scale``."""

    def __init__(self, weights: dict[str, float]):
        self.scale = SCALE
        tables: dict[str, dict[Key, int]] = {kind: {} for kind in _KINDS}
        for feature, weight in weights.items():
            kind, _, value = feature.partition("=")
            parts = value.split("|")
            table = tables.setdefault(kind, {})
            if kind not in _ARITY:
                table[value] = round(weight * SCALE)
            elif len(parts) == _ARITY[kind]:  # more parts: a "|" token, which the caller scores plainly
                table[tuple(parts)] = round(weight * SCALE)
        self.bias: int = tables["b"].get("", 0)
        self.rel: dict[Key, int] = tables["rel"]
        self.len: dict[Key, int] = tables["len"]
        self.caps: dict[Key, int] = tables["caps"]
        self.last: dict[Key, int] = tables["L"]
        self.next: dict[Key, int] = tables["N"]
        self.last_shape: dict[Key, int] = tables["Ls"]
        self.next_shape: dict[Key, int] = tables["Ns"]
        self.next2_shape: dict[Key, int] = tables["N2s"]
        self.last_class: dict[Key, int] = tables["Lc"]
        self.next_class: dict[Key, int] = tables["Nc"]
        self.joined: dict[Key, int] = tables["J"]
        self.shapes: Pairs = _pairs(tables["LsNs"])
        self.classes: Pairs = _pairs(tables["LcNc"])
        self.shape_next2: Pairs = _pairs(tables["NsN2s"])
        self.word_shape: Pairs = _pairs(tables["LNs"])
        self.shape_word: Pairs = _pairs(tables["LsN"])
        self.rel_next: Pairs = _pairs(tables["relNs"])
        self.rel_last: Pairs = _pairs(tables["relLs"])
        self.place: dict[str, Pairs] = _triples(tables["place"])
        self.words: Pairs = _pairs(tables["LL"])
        self.joined_next: Pairs = _pairs(tables["JNs"])
        self.in_shapes: Pairs = _pairs(tables["Is"])
        self.in_class: dict[Key, int] = tables["Ic"]
        self.in_word: dict[Key, int] = tables["Iw"]
        # the weights of values that are few, by index: the length (up to 10 tokens), the capitals (up to 6),
        # whether a place type came before the last token and whether the last token is joined to the next
        self.by_len: list[int] = [self.len.get(_NUMBERS[k], 0) for k in range(11)]
        self.by_caps: list[int] = [self.caps.get(_NUMBERS[c], 0) for c in range(7)]
        self.by_place: tuple[Pairs, Pairs] = (self.place.get("False", _NO_PAIRS), self.place.get("True", _NO_PAIRS))
        self.by_joined: tuple[int, int] = (self.joined.get("False", 0), self.joined.get("True", 0))
        self.by_joined_next: tuple[dict[str, int], dict[str, int]] = (self.joined_next.get("False", _NONE),
                                                                      self.joined_next.get("True", _NONE))


def fast_scores(t: Tables, toks: list[tuple[str, int, int]], shapes: list[str], classes: list[str],
                joined: list[bool], rule_k: int, line_end: bool) -> tuple[list[int], list[int]]:
    """The candidate ends (token counts) and their scores, as ``unitedge.candidates`` and ``EdgeModel.score``
    give them (times ``t.scale``). No token may contain "|"."""
    n = len(toks)
    lows = [tok.lower() for tok, _, _ in toks]
    inside = [0]  # running total of the tokens' own features
    caps = [0]
    previous = "^"
    for (tok, _, _), sh, cls in zip(toks, shapes, classes, strict=True):
        weight = t.in_shapes.get(previous, _NONE).get(sh, 0) + t.in_class.get(cls, 0)
        if sh == "x":
            weight += t.in_word.get(tok, 0)
        inside.append(inside[-1] + weight)
        caps.append(caps[-1] + tok[:1].isupper())
        previous = sh
    place_at = classes.index("ptype") if "ptype" in classes else n
    # Each table is read through its attribute (``t.last.get``), not a bound method kept in a local: compiled,
    # that is one direct dictionary look-up where a bound method is a generic call. The tables of where the
    # rules end the name are empty when the model was trained without them, and then read not at all.
    by_rel = bool(t.rel or t.rel_next or t.rel_last)
    ks: list[int] = []
    scores: list[int] = []
    for k in range(1, n + 1):
        if not toks[k - 1][0][:1].isalnum():
            continue
        last, sh_l, cls_l = lows[k - 1], shapes[k - 1], classes[k - 1]
        if k < n:
            nxt, cls_n, sh_n = lows[k], classes[k], shapes[k]
        else:
            nxt, cls_n, sh_n = "", "", "EOL" if line_end else "MORE"
        sh_n2 = shapes[k + 1] if k + 1 < n else "END"
        j = 1 if joined[k - 1] else 0
        score = (t.bias + t.by_len[min(k, 10)] + t.by_caps[min(caps[k], 6)]
                 + t.last.get(last, 0) + t.next.get(nxt, 0) + t.last_shape.get(sh_l, 0)
                 + t.next_shape.get(sh_n, 0) + t.next2_shape.get(sh_n2, 0)
                 + t.last_class.get(cls_l, 0) + t.next_class.get(cls_n, 0) + t.shapes.get(sh_l, _NONE).get(sh_n, 0)
                 + t.classes.get(cls_l, _NONE).get(cls_n, 0) + t.shape_next2.get(sh_n, _NONE).get(sh_n2, 0)
                 + t.word_shape.get(last, _NONE).get(sh_n, 0) + t.shape_word.get(sh_l, _NONE).get(nxt, 0)
                 + t.by_place[1 if place_at < k - 1 else 0].get(sh_n, _NONE).get(cls_l, 0)
                 + t.words.get(lows[k - 2] if k > 1 else "", _NONE).get(last, 0) + t.by_joined[j]
                 + t.by_joined_next[j].get(sh_n, 0) + inside[k])
        if by_rel:
            rel = _NUMBERS[max(-4, min(4, k - rule_k))] if rule_k else "9"
            score += t.rel.get(rel, 0) + t.rel_next.get(rel, _NONE).get(sh_n, 0) + t.rel_last.get(rel, _NONE).get(sh_l, 0)
        ks.append(k)
        scores.append(score)
    return ks, scores
