"""``store.now_iso``: Vietnam time to the second, its text made once a second."""

from __future__ import annotations

import time
from datetime import datetime
from types import SimpleNamespace

from crawler import store
from crawler.dates import VN_TZ


def _reading() -> str:
    return datetime.now(VN_TZ).replace(microsecond=0).isoformat()


def test_now_iso_is_the_clock_to_the_second() -> None:
    """Over more than a second's turn, every answer is the clock read just before or just after."""
    end = time.monotonic() + 1.3
    seconds = set()
    while time.monotonic() < end:
        before = _reading()
        value = store.now_iso()
        after = _reading()
        assert value in (before, after)
        seconds.add(value)
    assert len(seconds) >= 2  # the text followed the clock into the next second
    assert datetime.fromisoformat(value).utcoffset().total_seconds() == 7 * 3600


def test_now_iso_makes_its_text_once_a_second(monkeypatch) -> None:
    clock = SimpleNamespace(now=1_767_225_599.25)  # 2025-12-31T23:59:59.25Z
    monkeypatch.setattr(store, "time", SimpleNamespace(time=lambda: clock.now))
    made = []

    class CountingDatetime(datetime):
        @classmethod
        def fromtimestamp(cls, *args, **kwargs):  # type: ignore[override]
            made.append(args)
            return datetime.fromtimestamp(*args, **kwargs)

        @classmethod
        def now(cls, *args, **kwargs):  # type: ignore[override]
            made.append(args)
            return datetime.now(*args, **kwargs)

    monkeypatch.setattr(store, "datetime", CountingDatetime)
    answers = []
    for step in (0.0, 0.1, 0.5, 0.74, 0.75, 0.76, 1.2, 1.9, 61.0):
        clock.now = 1_767_225_599.25 + step
        answers.append(store.now_iso())
    assert answers == [datetime.fromtimestamp(int(1_767_225_599.25 + step), VN_TZ).isoformat()
                       for step in (0.0, 0.1, 0.5, 0.74, 0.75, 0.76, 1.2, 1.9, 61.0)]
    assert answers[0] == "2026-01-01T06:59:59+07:00" and answers[4] == "2026-01-01T07:00:00+07:00"
    assert len(made) == 4  # one text for each whole second met: 599, 600, 601 and 660
