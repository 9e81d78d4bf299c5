"""The alias look-up's deepest node narrowed by the text's fifth and sixth words (enrich/unitheads.py
``narrowed``) finds at every length what the whole node finds, on every alias of the node followed by what may
follow a name, and ``Reader._alias`` reads the same at every head of the recorded corpus with it and without it."""

from __future__ import annotations

import pytest

from enrich.gazetteer import ALIAS_WORDS, gazetteer
from enrich.unitheads import AliasGroups, alias_tree, deep_aliases, head_starts, narrowed
from enrich.unitnames import Reader
from enrich.unittext import View, expand, fold_view
from tests import tagging_record

TAILS = ["", " ", ".", ",", ":", ")", " x", " tinh", "-1", ".x", "  y", "\n", "\tz", "1", "a", " - b", "/c"]


def _found(groups: AliasGroups, folded: str) -> list[int]:
    """The lengths, in the order tried, at which ``folded`` starts with an alias of ``groups``."""
    return [length for length, group in groups
            if not folded[length:length + 1].isalnum() and folded[:length] in group]


def _deepest(gaz) -> list[AliasGroups]:  # type: ignore[no-untyped-def]
    level = [alias_tree(gaz)]
    for _ in range(ALIAS_WORDS - 1):
        level = [node[0] for children in level for node in children.values()]
    return [groups for children in level for _, groups in children.values() if groups]


def test_every_alias_of_a_deepest_node_is_found_narrowed_as_whole() -> None:
    gaz = gazetteer()
    index = deep_aliases(gaz)
    nodes = _deepest(gaz)
    assert len(index) == len(nodes) > 20
    width = max(60, *map(len, gaz.aliases)) + 1
    found = narrower = 0
    for groups in nodes:
        aliases = sorted(a for _, group in groups for a in group)
        texts = [a + tail for a in aliases for tail in TAILS]
        texts += [a[:-1] + tail for a in aliases[::5] for tail in ("", " ", "x")]  # cut short, or one letter changed
        texts += [" ".join(a.split(" ")[:ALIAS_WORDS]) + tail for a in aliases[:3] for tail in TAILS]
        for text in texts:
            folded = text[:width]
            narrow = narrowed(index, groups, folded)
            assert _found(narrow, folded) == _found(groups, folded), text
            found += bool(_found(groups, folded))
            narrower += len(narrow) < len(groups)
    assert found > 10_000 and narrower > found // 2


@pytest.fixture(scope="module")
def texts() -> list[str]:
    gaz = gazetteer()
    names = [expand(row["name"]) for row in list(gaz.units.values())[::3]]
    return tagging_record.recorded_texts() + ["\n".join(names), ", ".join(names), ". ".join(names)]


def test_aliases_read_at_every_head_as_without_the_narrowing(texts: list[str]) -> None:
    gaz = gazetteer()
    read = 0
    for text in texts:
        narrowing = Reader(View.of(text), gaz)
        whole = Reader(narrowing.view, gaz)
        whole.deep_aliases = {}  # no node narrowed
        for pos in head_starts(narrowing.text, fold_view(narrowing.text)):
            found = narrowing._alias(pos)
            expected = whole._alias(pos)
            assert (found and (found.start, found.end, found.ids)) == (expected and (expected.start, expected.end, expected.ids)), \
                (text[pos:pos + 80], pos)
            read += found is not None
    assert read > 3000
