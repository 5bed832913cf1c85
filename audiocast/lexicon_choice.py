"""Which pronunciation lexicon a run uses, and where a path in the configuration points.

Kept apart from :mod:`audiocast.pipeline` so that ``audiocast normalize`` can
find the lexicon without loading the audio, voice and publishing stages
(``audiocast.pipeline`` re-exports both names).
"""

from __future__ import annotations

from pathlib import Path

from .config import Config
from .errors import ConfigError
from .speech import Lexicon

LEXICON_FILE = "lexikon.tsv"
"""The editors' lexicon, looked for in the first folder of articles."""


def config_relative(config: Config, value: str | None) -> Path | None:
    """A path from the configuration file, taken relative to that file."""
    if not value:
        return None
    path = Path(value)
    if config.path is not None and not path.is_absolute():
        path = config.path.parent / path
    return path


def find_lexicon(config: Config, paths: list[Path], explicit: Path | None = None) -> Lexicon:
    """The lexicon to use: the shipped default extended by the user's file.

    The user's file is, in order: ``explicit``, ``[render] lexicon`` in the
    configuration, or ``lexikon.tsv`` in the first folder of articles given.
    """
    candidates: list[Path] = []
    configured = config_relative(config, config.render.lexicon)
    if explicit is not None:
        if not explicit.exists():
            raise ConfigError(f"{explicit}: no such lexicon file")
        candidates.append(explicit)
    elif configured is not None:
        if not configured.exists():
            raise ConfigError(
                f"{configured}: the lexicon named in the configuration ([render] lexicon) does not exist"
            )
        candidates.append(configured)
    else:
        for p in paths:
            folder = p if p.is_dir() else p.parent
            if (folder / LEXICON_FILE).exists():
                candidates.append(folder / LEXICON_FILE)
                break
    lexicon = Lexicon.default()
    for path in candidates:
        lexicon = Lexicon.load(path, base=lexicon)
    return lexicon
