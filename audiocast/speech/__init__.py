"""speech: written Swedish news into the words a newsreader says.

Public API::

    normalize(text, lexicon=None) -> str
    explain(text, lexicon=None) -> Explanation (.spoken, .changes, .unsure)
    Lexicon.default(), Lexicon.load(path, base=None)
    build_script(article, podcast_name, lexicon=None) -> Script
    build_edition_script(articles, podcast_name, day, lexicon=None) -> Script
    split_sentences(text) -> list[str]
    spoken_date(d, weekday=True) -> str

Layout (after gTTS's tokenizer): ``normalize.py`` runs the rules,
``rules/`` holds them (``rules/machinery.py`` the shared matching helpers,
one module per domain, the order in ``rules/__init__.py``), ``data/`` the
plain tables and ``data/lexikon.tsv``, ``numbers.py`` Swedish number words.
"""

from typing import TYPE_CHECKING

from ..lazy import lazy_names
from .lexicon import Lexicon
from .report import Change, Explanation, Unsure

if TYPE_CHECKING:
    from .normalize import PIPELINE, explain, normalize
    from .script import build_edition_script, build_script, spoken_date
    from .sentences import split_sentences

_HOMES = {
    "PIPELINE": "normalize",
    "explain": "normalize",
    "normalize": "normalize",
    "build_edition_script": "script",
    "build_script": "script",
    "spoken_date": "script",
    "split_sentences": "sentences",
}
"""The module each name lives in, imported when the name is first used: the rules compile some hundreds of patterns
(about a tenth of a second), which a render with nothing to normalize (a no-op run) does not need."""

__getattr__ = lazy_names(__name__, _HOMES, globals())

__all__ = [
    "Change",
    "Explanation",
    "Lexicon",
    "PIPELINE",
    "Unsure",
    "build_edition_script",
    "build_script",
    "explain",
    "normalize",
    "spoken_date",
    "split_sentences",
]
