"""Context.first_province with the units named so far: the first of ``provinces`` (the stable sort's first: before
the mention first, then the nearest, the first named of equals), on made contexts with ties of place and distance."""

from __future__ import annotations

import itertools

from enrich.gazetteer import gazetteer
from enrich.unitmention import Mention
from enrich.unitresolve import Context, Resolved


def test_the_nearest_unit_named_before_first_and_the_first_of_equals() -> None:
    gaz = gazetteer()
    text = "x" * 200  # no place after a mention, no typed province: the units named decide
    starts = [0, 40, 40, 60, 80, 80, 100, 120]
    provinces = ["ha-noi", "hai-phong", None, "", "da-nang", "can-tho", "hue"]
    checked = 0
    for count in range(1, 5):
        for units in itertools.islice(itertools.product(itertools.product(starts, provinces), repeat=count), 0, None, 11 ** (count - 1)):
            ctx = Context(gaz, None, text, named=[(at, Resolved(f"u{i}", "U", "grassroots", pid))
                                                 for i, (at, pid) in enumerate(units)])
            for at in (0, 39, 40, 50, 60, 70, 80, 200):
                mention = Mention(at, at + 1, "own")
                assert ctx.first_province(mention) == (ctx.provinces(mention) or [None])[0], (units, at)
                checked += 1
    assert checked > 3_000
