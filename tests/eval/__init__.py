"""Evaluations printed by `make eval`: one module per judgement, each with ``run() -> dict``."""
