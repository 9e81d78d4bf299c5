"""``Mention``'s own initialiser gives what the one dataclass generates from its fields would give."""

from __future__ import annotations

import dataclasses
import itertools

from enrich.unitmention import Mention

# a value of each field other than its default (lists made afresh at each use)
_VALUES = {
    "ids": lambda: ["a", "b"], "place_type": lambda: "tỉnh", "names": lambda: [("Hà Nam", 7)],
    "sector": lambda: {"name": "Y tế"}, "nganh": lambda: True, "label": lambda: "Bệnh viện X", "type_end": lambda: 9,
    "org_span": lambda: (3, 8), "bare_tail": lambda: True, "named_org": lambda: "Công ty X", "shared": lambda: True,
    "listed": lambda: True,
}


def _generated() -> type:
    """A dataclass of Mention's fields, with the initialiser dataclass generates."""
    specs = []
    for f in dataclasses.fields(Mention):
        if f.default_factory is not dataclasses.MISSING:
            specs.append((f.name, f.type, dataclasses.field(default_factory=f.default_factory)))
        elif f.default is not dataclasses.MISSING:
            specs.append((f.name, f.type, dataclasses.field(default=f.default)))
        else:
            specs.append((f.name, f.type))
    return dataclasses.make_dataclass("Generated", specs)


def _values(m: object) -> list[object]:
    return [getattr(m, f.name) for f in dataclasses.fields(Mention)]


def test_every_field_is_given_and_covered() -> None:
    names = [f.name for f in dataclasses.fields(Mention)]
    assert names[:3] == ["start", "end", "kind"] and set(names[3:]) == set(_VALUES)


def test_the_own_initialiser_is_the_generated_one() -> None:
    generated = _generated()
    optional = list(_VALUES)
    checked = 0
    for size in (0, 1, 2, len(optional)):
        for given in itertools.combinations(optional, size):
            kwargs = {name: _VALUES[name]() for name in given}
            mine, theirs = Mention(3, 9, "grassroots", **kwargs), generated(3, 9, "grassroots", **kwargs)
            assert _values(mine) == _values(theirs)
            checked += 1
    positional = [_VALUES[name]() for name in optional]
    assert _values(Mention(1, 2, "alias", *positional)) == _values(generated(1, 2, "alias", *positional))
    assert _values(Mention(start=1, end=2, kind="ldld")) == _values(generated(start=1, end=2, kind="ldld"))
    assert checked > 70


def test_lists_are_made_afresh_and_the_given_ones_kept() -> None:
    a, b = Mention(0, 1, "x"), Mention(0, 1, "x")
    assert a.ids is not b.ids and a.names is not b.names and a == b
    ids = ["u"]
    assert Mention(0, 1, "alias", ids=ids).ids is ids
    assert dataclasses.replace(a, kind="corp", label="Công ty") == Mention(0, 1, "corp", label="Công ty")
