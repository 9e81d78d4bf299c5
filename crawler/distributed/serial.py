"""JSON serializer for requests in the shared queue (a ``SCHEDULER_SERIALIZER`` module).

scrapy-redis pickles requests by default; a queue that several machines write to must not be
a way to run code on the others, so requests travel as JSON. ``Request.to_dict()`` holds bytes
(body, header names and values), which are written as ``{"__b": base64}``, and dicts with
non-string keys as ``{"__d": [[key, value], ...]}``.
"""

from __future__ import annotations

import base64
import json
from typing import Any


def _encode(obj: Any) -> Any:
    if isinstance(obj, bytes):
        return {"__b": base64.b64encode(obj).decode("ascii")}
    if isinstance(obj, dict):
        if all(isinstance(k, str) for k in obj):
            return {k: _encode(v) for k, v in obj.items()}
        return {"__d": [[_encode(k), _encode(v)] for k, v in obj.items()]}
    if isinstance(obj, (list, tuple)):
        return [_encode(v) for v in obj]
    return obj


def _decode(obj: dict[str, Any]) -> Any:
    if len(obj) == 1:
        if "__b" in obj:
            return base64.b64decode(obj["__b"])
        if "__d" in obj:
            return {_hashable(k): v for k, v in obj["__d"]}
    return obj


def _hashable(key: Any) -> Any:
    return tuple(key) if isinstance(key, list) else key


def dumps(obj: Any) -> str:
    """One line of JSON; fails on anything JSON cannot hold (a spider bug, caught early)."""
    return json.dumps(_encode(obj), ensure_ascii=False, separators=(",", ":"))


def loads(data: str | bytes) -> Any:
    return json.loads(data, object_hook=_decode)
