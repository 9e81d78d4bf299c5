"""Shortcuts of unit reading give what the patterns they stand for give: the count of people before
a head ("2 Chủ tịch LĐLĐ huyện") checked by its last words before the pattern's search. Checked at
every third position of the recorded corpus's views and the benchmark's composed articles, and on
texts made to end in each of the pattern's forms."""

from __future__ import annotations

import itertools

from bench.tagging import composed_articles
from enrich.unitends import _COUNTED, counted_before
from enrich.unittext import View
from tests import tagging_record

MADE_HEADS = ["2 Chủ tịch ", "các cán bộ ", "những đại diện ", "nhiều lãnh đạo ", "hai Phó Chủ tịch ", "ba phó chủ tịch ",
              "năm đồng chí Chủ tịch ", "bốn đồng chí phó Chủ tịch ", "12 cán bộ \n", "các đại diện\n", "các Chủ tịch",
              "Các Chủ tịch ", "CÁC CHỦ TỊCH ", "x2 Chủ tịch ", "2 chủ tịch  ", "các lãnh đạo \n\n", "các cán bộ,", ""]


def _texts() -> list[str]:
    out = []
    for _, inputs in tagging_record.recorded_inputs():
        out.append(View.of((inputs["title"] or "") + "\n" + inputs["text"]).text)
    out += [View.of(a[0] + "\n" + a[1]).text for a in composed_articles(40)]
    return out


def test_counted_before_is_the_pattern_search() -> None:
    made = ["Hội nghị có " + a + b + "LĐLĐ huyện" for a, b in itertools.product(["", "x ", "\n"], MADE_HEADS)]
    matched = checked = 0
    for text in _texts() + made + [t.lower() for t in made]:
        for start in itertools.chain(range(0, len(text) + 1, 3), (i for i in range(len(text)) if text.startswith("LĐLĐ", i))):
            expected = _COUNTED.search(text, max(0, start - 30), start) is not None
            assert counted_before(text, start) == expected, (text[max(0, start - 40):start], start)
            matched += expected
            checked += 1
    assert checked > 100_000 and matched > 40
