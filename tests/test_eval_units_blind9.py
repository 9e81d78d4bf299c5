"""The ninth blind unit set: evaluated only when asked, well formed, and, since its one run, part of the recorded
tags."""

from __future__ import annotations

import pytest

from tests import tagging_record
from tests.blind_sets import checked_rows
from tests.eval import units

ENVS = (units.BLIND2_ENV, units.BLIND3_ENV, units.BLIND4_ENV, units.BLIND5_ENV, units.BLIND6_ENV,
        units.BLIND7_ENV, units.BLIND8_ENV, units.BLIND9_ENV)


def test_blind9_is_left_out_unless_the_variable_is_one(monkeypatch: pytest.MonkeyPatch) -> None:
    for env in ENVS:
        monkeypatch.delenv(env, raising=False)
    assert "blind9" not in units.selected_parts()
    assert units.selected_parts() == units.PARTS
    for value in ("0", "", "yes", "true", " 1"):
        monkeypatch.setenv(units.BLIND9_ENV, value)
        assert "blind9" not in units.selected_parts()
    monkeypatch.setenv(units.BLIND9_ENV, "1")
    parts = units.selected_parts()
    assert parts["blind9"] == units.BLIND9
    assert not {"blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8"} & set(parts)
    assert list(parts)[: len(units.PARTS)] == list(units.PARTS)


def test_the_other_blind_sets_do_not_bring_in_blind9(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(units.BLIND9_ENV, raising=False)
    for env in ENVS[:-1]:
        monkeypatch.setenv(env, "1")
    parts = units.selected_parts()
    assert {"blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8"} <= set(parts)
    assert "blind9" not in parts


def test_without_the_variable_run_neither_reads_nor_prints_blind9(monkeypatch: pytest.MonkeyPatch,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    for env in ENVS:
        monkeypatch.delenv(env, raising=False)
    scored: list[dict] = []

    def record_only(rows: list[dict]) -> tuple[dict, list[str]]:  # no tagging: only what would be scored
        scored.extend(rows)
        return {"passages": len(rows), "precision": 1.0, "recall": 1.0, "level_accuracy": 1.0,
                "province_accuracy": 1.0, "by_level": {}}, []

    monkeypatch.setattr(units, "score", record_only)
    results = units.run(show_errors=False)
    assert scored and "blind9" not in results and "blind9" not in capsys.readouterr().out
    assert not any(row["id"].startswith("b9u") or row["url"] in blind9_urls() for row in scored)


def test_with_the_variable_the_blind9_rows_are_the_ones_scored(monkeypatch: pytest.MonkeyPatch,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    for env in ENVS:
        monkeypatch.delenv(env, raising=False)
    monkeypatch.setenv(units.BLIND9_ENV, "1")
    monkeypatch.setattr(units, "PARTS", {})  # only the gated part, so nothing else is read
    scored: list[dict] = []

    def record_only(rows: list[dict]) -> tuple[dict, list[str]]:  # no tagging: only what would be scored
        scored.extend(rows)
        return {"passages": len(rows), "precision": 1.0, "recall": 1.0, "level_accuracy": 1.0,
                "province_accuracy": 1.0, "by_level": {}}, []

    monkeypatch.setattr(units, "score", record_only)
    results = units.run(show_errors=False)
    out = capsys.readouterr().out
    assert list(results) == ["blind9"] and "blind9: 0 passages dropped" in out
    assert [row["id"] for row in scored] == [row["id"] for row in checked_rows(units.BLIND9)]


def blind9_urls() -> set[str]:
    return {row["url"] for row in checked_rows(units.BLIND9)}


def test_blind9_rows_follow_the_set_format() -> None:
    rows = checked_rows(units.BLIND9)
    assert len(rows) >= 80
    assert [row["id"] for row in rows] == [f"b9u{i:03d}" for i in range(1, len(rows) + 1)]


def test_blind9_has_been_run_and_is_in_the_recorded_tagging_corpus() -> None:
    assert units.BLIND9.name not in tagging_record.UNRUN
    assert any(name.startswith("blind9_units/") for name, _ in tagging_record._passages())
