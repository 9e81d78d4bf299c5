"""The fourth blind unit set: evaluated only when asked, and well formed (checked without tagging it)."""

from __future__ import annotations

import pytest

from tests import tagging_record
from tests.blind_sets import checked_rows
from tests.eval import units


def test_blind4_is_left_out_unless_the_variable_is_one(monkeypatch: pytest.MonkeyPatch) -> None:
    for env in (units.BLIND2_ENV, units.BLIND3_ENV, units.BLIND4_ENV, units.BLIND5_ENV, units.BLIND6_ENV,
                units.BLIND7_ENV, units.BLIND8_ENV, units.BLIND9_ENV):
        monkeypatch.delenv(env, raising=False)
    assert "blind4" not in units.selected_parts()
    assert units.selected_parts() == units.PARTS
    monkeypatch.setenv(units.BLIND4_ENV, "0")
    assert "blind4" not in units.selected_parts()
    monkeypatch.setenv(units.BLIND4_ENV, "1")
    parts = units.selected_parts()
    assert parts["blind4"] == units.BLIND4
    assert "blind3" not in parts and "blind2" not in parts
    assert list(parts)[: len(units.PARTS)] == list(units.PARTS)


def test_the_other_blind_sets_keep_their_own_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    for env in (units.BLIND4_ENV, units.BLIND5_ENV, units.BLIND6_ENV, units.BLIND7_ENV, units.BLIND8_ENV,
                units.BLIND9_ENV):
        monkeypatch.delenv(env, raising=False)
    monkeypatch.setenv(units.BLIND2_ENV, "1")
    monkeypatch.setenv(units.BLIND3_ENV, "1")
    parts = units.selected_parts()
    assert parts["blind2"] == units.BLIND2 and parts["blind3"] == units.BLIND3
    assert "blind4" not in parts


def test_blind4_rows_follow_the_set_format() -> None:
    rows = checked_rows(units.BLIND4)
    assert len(rows) >= 100
    assert len({row["id"] for row in rows}) == len(rows)


def test_blind4_is_in_the_recorded_tagging_corpus_after_its_one_run() -> None:
    assert units.BLIND4.name not in tagging_record.UNRUN
    assert any(name.startswith("blind4_units/") for name, _ in tagging_record._passages())

