"""Benchmarks printed by `make bench`: one module per figure group, each with ``run() -> dict``."""
