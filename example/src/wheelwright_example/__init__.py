"""wheelwright's example package: two C extensions sharing one source file."""

from ._stats import mean
from ._vector import dot

__all__ = ["dot", "mean"]
