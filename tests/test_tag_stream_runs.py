"""`unionwatch tag` (enrich/stream.py) reads its lines in runs of those already there (enrich/lineruns.py) and tags
each run a tagger at a time (``enrich.tag_each``): the output is record-by-record's, byte for byte, a line that
arrives alone is answered before the next is written, and a bad line is reported after the lines before it."""

from __future__ import annotations

import io
import json
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest

from enrich import stream
from enrich.lineruns import line_runs
from enrich.stream import TAG_BATCH, tag_record, tag_records, tag_stream
from tests import tagging_record
from tests.conftest import ROOT, UNIONWATCH


def _record(n: int, inputs: dict[str, Any]) -> dict[str, Any]:
    record = {"id": f"r{n}", "text": inputs["text"], "title": inputs["title"], "date": inputs["published"],
              "province": inputs["province"], "url": inputs.get("url")}
    if inputs["source"]:
        record["source"] = inputs["source"]
    return record


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    return [_record(n, inputs) for n, (_, inputs) in enumerate(tagging_record.recorded_inputs())]


def _lines(records: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def _one_by_one(records: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(tag_record(r, []), ensure_ascii=False) + "\n" for r in records)


@pytest.fixture
def runs(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The sizes of the runs `tag_stream` tags."""
    sizes: list[int] = []
    each = stream.tag_each

    def watched(arguments: list[dict[str, Any]]) -> Any:
        sizes.append(len(arguments))
        return each(arguments)

    monkeypatch.setattr(stream, "tag_each", watched)
    return sizes


def test_a_run_gives_record_by_record_s_output(records: list[dict[str, Any]], runs: list[int]) -> None:
    sample = records[::4]
    out = io.StringIO()
    assert tag_stream(io.StringIO(_lines(sample)), out) == len(sample)
    assert out.getvalue() == _one_by_one(sample)
    assert max(runs) == TAG_BATCH and sum(runs) == len(sample) > 300
    assert sum(bool(r.get("source")) for r in sample) > 30 and sum(bool(r.get("url")) for r in sample) > 30
    assert tag_records([], []) == []


def test_a_file_is_read_in_runs(records: list[dict[str, Any]], runs: list[int], tmp_path: Path) -> None:
    sample = records[1::25]
    path = tmp_path / "in.jsonl"
    path.write_text(_lines(sample), encoding="utf-8")
    out = io.StringIO()
    with path.open(encoding="utf-8") as reader:  # on a file descriptor, as standard input
        assert tag_stream(reader, out) == len(sample)
    assert out.getvalue() == _one_by_one(sample)
    assert max(runs) > 1 and sum(runs) == len(sample)


def test_a_bad_line_is_reported_after_the_lines_before_it(records: list[dict[str, Any]], tmp_path: Path) -> None:
    good = records[:3]
    text = _lines(good) + "\n" + '{"id": "x", "text": ' + "\n" + _lines(records[3:5])
    path = tmp_path / "in.jsonl"
    path.write_text(text, encoding="utf-8")
    for reader in (io.StringIO(text), path.open(encoding="utf-8")):
        out = io.StringIO()
        with pytest.raises(ValueError, match="^stdin line 5: not JSON"):
            tag_stream(reader, out)
        assert out.getvalue() == _one_by_one(good)
        reader.close()


def test_lines_already_there_are_given_without_waiting_for_an_unfinished_one() -> None:
    read, write = os.pipe()
    with open(read, encoding="utf-8") as reader:
        runs = line_runs(reader, 3)
        os.write(write, "a\nb\nc\nd\nđ".encode()[:-1])  # the last line unfinished, in the middle of a character
        assert next(runs) == ["a\n", "b\n", "c\n"]
        assert next(runs) == ["d\n"]
        os.write(write, "đ".encode()[-1:] + "ờ\nờ\n".encode())
        assert next(runs) == ["đờ\n", "ờ\n"]
        os.write(write, b"e\n\xff\nf")
        os.close(write)
        assert next(runs) == ["e\n"]
        with pytest.raises(UnicodeDecodeError):
            next(runs)


def test_the_end_gives_an_unfinished_last_line() -> None:
    read, write = os.pipe()
    os.write(write, b"a\n\nb")
    os.close(write)
    with open(read, encoding="utf-8") as reader:
        assert list(line_runs(reader, 100)) == [["a\n", "\n", "b"]]
    assert list(line_runs(io.StringIO("a\nb\nc"), 2)) == [["a\n", "b\n"], ["c"]]


def test_unionwatch_tag_answers_a_slow_pipe_line_by_line(records: list[dict[str, Any]]) -> None:
    """Each line is answered before the next is written (a run waiting for a full batch would never answer)."""
    sample = records[2:400:80]
    process = subprocess.Popen([*UNIONWATCH, "tag"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, encoding="utf-8", cwd=ROOT,
                               env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert process.stdin is not None and process.stdout is not None and process.stderr is not None
    try:
        for record in sample:
            process.stdin.write(json.dumps(record, ensure_ascii=False) + "\n")
            process.stdin.flush()
            assert process.stdout.readline() == _one_by_one([record])
        process.stdin.write("[1]\n")
        process.stdin.flush()
        assert process.stdout.readline() == ""  # the bad line ends the stream, nothing after it is read
        assert process.wait() != 0
        assert f"stdin line {len(sample) + 1}: expected an object" in process.stderr.read()
    finally:
        process.kill()
        process.wait()
        for pipe in (process.stdin, process.stdout, process.stderr):
            pipe.close()
