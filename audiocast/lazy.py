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
        module = importlib.import_module(f"{package}.{home}")
        # Every name of that module at once: importing ``package.normalize`` binds the submodule to the package's
        # name ``normalize``, which would shadow the function of that name for a later ``from package import
        # normalize`` (it finds the attribute and never asks here).
        for other, other_home in homes.items():
            if other_home == home:
                namespace[other] = getattr(module, other)
        return namespace[name]

    return __getattr__
