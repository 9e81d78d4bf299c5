"""The trained right-edge model (scripts/data/unit_edges.json) set for every test of a module that imports
``trained_model``: no model ships in enrich/data/, so the tagger alone would never use it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from enrich import unitedge

TRAINED = Path(__file__).resolve().parents[1] / "scripts" / "data" / "unit_edges.json"


@pytest.fixture(autouse=True)
def trained_model() -> Iterator[None]:
    unitedge.use_model(unitedge.EdgeModel.load(TRAINED))
    yield
    unitedge.forget_model()
