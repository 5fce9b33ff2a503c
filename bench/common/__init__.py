"""Helpers the benchmark scripts share: the machine and its load, timing a run, pip wheel."""
