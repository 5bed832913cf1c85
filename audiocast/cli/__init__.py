"""The command line: a thin click layer over the library.

:mod:`.base` holds the ``audiocast`` group (:func:`main`), where library
errors and file-system failures become one-line messages, and the options
several commands share; nothing below this package prints. Each other module
adds the commands of one concern to the group:

- :mod:`.rendering`: ``render``
- :mod:`.script`: ``normalize``
- :mod:`.voices`: ``engines``, ``voices`` (``voices download``)
- :mod:`.articles`: ``extract``, ``fetch``
- :mod:`.publishing`: ``feed``, ``serve``
- :mod:`.studio`: ``studio``, ``approve``, ``status``

A new command is a function in one of them (or a new module imported below).
"""

from __future__ import annotations

# Importing a module registers its commands on ``main``; the order is the order of ``--help``.
from . import articles, publishing, rendering, script, studio, voices
from .group import CommandError, _Group, main

__all__ = ["CommandError", "_Group", "articles", "main", "publishing", "rendering", "script", "studio", "voices"]
