"""Packages whose public names are imported on first use (so a no-op render loads no numpy)."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any


def lazy_names(package: str, homes: dict[str, str], namespace: dict[str, Any]) -> Callable[[str], Any]:
    """A module ``__getattr__`` for ``package``: a name in ``homes`` is imported from its module
    (``package.<home>``) when first used and kept in ``namespace`` (the package's globals).

    >>> ns: dict[str, Any] = {}
    >>> get = lazy_names("json", {"JSONDecoder": "decoder"}, ns)
    >>> get("JSONDecoder").__name__, "JSONDecoder" in ns
    ('JSONDecoder', True)
    """

    def __getattr__(name: str) -> Any:
        home = homes.get(name)
        if home is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{home}"), name)
        namespace[name] = value
        return value

    return __getattr__
