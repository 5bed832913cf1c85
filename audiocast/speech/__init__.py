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

from .lexicon import Lexicon
from .normalize import PIPELINE, explain, normalize
from .report import Change, Explanation, Unsure
from .script import build_edition_script, build_script, spoken_date
from .sentences import split_sentences

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
