"""The fifth blind unit set: evaluated only when asked, well formed, and (run once) in the recorded corpus."""

from __future__ import annotations

import pytest

from tests import tagging_record
from tests.blind_sets import checked_rows
from tests.eval import units

LEVELS = {"national", "province", "district", "sector", "commune", "grassroots"}
ENVS = (units.BLIND2_ENV, units.BLIND3_ENV, units.BLIND4_ENV, units.BLIND5_ENV)
LATER = (units.BLIND6_ENV, units.BLIND7_ENV, units.BLIND8_ENV, units.BLIND9_ENV)  # sets after this one: cleared so as not to change what is selected


def test_blind5_is_left_out_unless_the_variable_is_one(monkeypatch: pytest.MonkeyPatch) -> None:
    for env in ENVS + LATER:
        monkeypatch.delenv(env, raising=False)
    assert "blind5" not in units.selected_parts()
    assert units.selected_parts() == units.PARTS
    for value in ("0", "", "yes", "true"):
        monkeypatch.setenv(units.BLIND5_ENV, value)
        assert "blind5" not in units.selected_parts()
    monkeypatch.setenv(units.BLIND5_ENV, "1")
    parts = units.selected_parts()
    assert parts["blind5"] == units.BLIND5
    assert not {"blind2", "blind3", "blind4"} & set(parts)
    assert list(parts)[: len(units.PARTS)] == list(units.PARTS)


def test_the_other_blind_sets_do_not_bring_in_blind5(monkeypatch: pytest.MonkeyPatch) -> None:
    for env in (units.BLIND5_ENV, *LATER):
        monkeypatch.delenv(env, raising=False)
    for env in ENVS[:-1]:
        monkeypatch.setenv(env, "1")
    parts = units.selected_parts()
    assert {"blind2", "blind3", "blind4"} <= set(parts)
    assert "blind5" not in parts


def test_blind5_rows_follow_the_set_format() -> None:
    rows = checked_rows(units.BLIND5)
    assert len(rows) >= 75
    assert [row["id"] for row in rows] == [f"b5u{i:03d}" for i in range(1, len(rows) + 1)]


def test_blind5_has_been_run_and_is_in_the_recorded_tagging_corpus() -> None:
    assert units.BLIND5.name not in tagging_record.UNRUN
    assert any(name.startswith("blind5_units/") for name, _ in tagging_record._passages())
