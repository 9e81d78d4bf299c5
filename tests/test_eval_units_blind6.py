"""The sixth blind unit set: evaluated only when asked, well formed, and in the recorded tags since its one run."""

from __future__ import annotations

import pytest

from tests import tagging_record
from tests.blind_sets import checked_rows
from tests.eval import units

ENVS = (units.BLIND2_ENV, units.BLIND3_ENV, units.BLIND4_ENV, units.BLIND5_ENV, units.BLIND6_ENV)
LATER = (units.BLIND7_ENV, units.BLIND8_ENV, units.BLIND9_ENV)  # sets after this one: cleared so as not to change what is selected


def test_blind6_is_left_out_unless_the_variable_is_one(monkeypatch: pytest.MonkeyPatch) -> None:
    for env in ENVS + LATER:
        monkeypatch.delenv(env, raising=False)
    assert "blind6" not in units.selected_parts()
    assert units.selected_parts() == units.PARTS
    for value in ("0", "", "yes", "true", " 1"):
        monkeypatch.setenv(units.BLIND6_ENV, value)
        assert "blind6" not in units.selected_parts()
    monkeypatch.setenv(units.BLIND6_ENV, "1")
    parts = units.selected_parts()
    assert parts["blind6"] == units.BLIND6
    assert not {"blind2", "blind3", "blind4", "blind5"} & set(parts)
    assert list(parts)[: len(units.PARTS)] == list(units.PARTS)


def test_the_other_blind_sets_do_not_bring_in_blind6(monkeypatch: pytest.MonkeyPatch) -> None:
    for env in (units.BLIND6_ENV, *LATER):
        monkeypatch.delenv(env, raising=False)
    for env in ENVS[:-1]:
        monkeypatch.setenv(env, "1")
    parts = units.selected_parts()
    assert {"blind2", "blind3", "blind4", "blind5"} <= set(parts)
    assert "blind6" not in parts


def test_blind6_rows_follow_the_set_format() -> None:
    rows = checked_rows(units.BLIND6)
    assert len(rows) >= 80
    assert [row["id"] for row in rows] == [f"b6u{i:03d}" for i in range(1, len(rows) + 1)]


def test_blind6_has_been_run_and_is_in_the_recorded_tagging_corpus() -> None:
    assert units.BLIND6.name not in tagging_record.UNRUN
    assert any(name.startswith("blind6_units/") for name, _ in tagging_record._passages())
