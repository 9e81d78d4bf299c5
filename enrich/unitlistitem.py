"""A list item the rules read short, read whole up to its separator where the learned reader may end it there.

In a list of grassroots unions after a colon ("các CĐCS: Trường Mầm non Phong Lan, Ban quản lý Dự án đầu tư xây dựng
và Công trình công cộng, Công ty TNHH Tâm Hưng Phú", b11u062) each item is one organisation and the list's separator
ends it. Where the rules end an item short ("Ban quản lý Dự án"), enrich/unitlists.py left it out. With a learned
reader in use (enrich/unitedge.py), the item is read whole when the reader would take the end at the separator had it
scored that end best: no limit of its model file holds it (a word of the limits' groups, a full stop, a second union,
a veto ...), and what the item reads on through holds no predicate of a clause (word group ``predicate``: "đã",
"được", "tổ chức"). So the item's reading does not hang on the weights of one training; with the rules alone it is left out,
as before.
"""

from __future__ import annotations

from collections.abc import Callable

from enrich import unitedge

Words = dict[str, tuple[str, ...]]


def item_end(text: str, folded: str, first: int, rule_end: int, separator: int, words: Words,
             is_province: Callable[[str], bool]) -> bool:
    """Whether the name starting at ``first`` (the rules ending it at ``rule_end``) may end at ``separator``: the
    learned reader in use takes that end when it scores it best and the rules' end next."""
    model = unitedge.current_model()
    if model is None:
        return False
    toks, ks, _ = unitedge.candidates(text, folded, first, rule_end, words, is_province)
    if not any(t[2] == rule_end for t in toks):
        return False
    end_k = next((k for k in ks if toks[k - 1][2] == separator), 0)
    if not end_k:
        return False
    rule_k = next(k for k in range(1, len(toks) + 1) if toks[k - 1][2] == rule_end)
    predicates = set(words.get("predicate", ()))
    rest = [t[0] for t in toks[rule_k:end_k]]
    if any(w in predicates or " ".join(rest[j:j + 2]) in predicates for j, w in enumerate(rest)):
        return False  # a clause's predicate ("đã", "được", "tổ chức"): the item read on is no name
    scores = [2.0 if k == end_k else 1.0 if toks[k - 1][2] == rule_end else 0.0 for k in ks]
    forced = unitedge.EdgeModel({}, 0.0, model.limit)
    return unitedge._choose(forced, toks, ks, scores, rule_end, 1, words, text, folded, is_province) == separator
