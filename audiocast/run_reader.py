"""The reader of one render run: page dumps read with the line classifier, loaded only when needed.

In here: :class:`RunReader`, an :class:`~audiocast.ingest.Reader` whose line
classifier (numpy and its weights, about a tenth of a second) is loaded when
the first page dump asks for it, not when the run starts, so a run of
Markdown articles, or a run with nothing to do, never loads it. Not in here:
reading the dumps (``ingest``), the run itself (``pipeline``).
"""

from __future__ import annotations

from .ingest import Reader, default_scorer
from .ingest.hints import LineScorer

__all__ = ["RunReader"]


class RunReader(Reader):
    """A :class:`~audiocast.ingest.Reader` that loads :func:`~audiocast.ingest.default_scorer`
    when its ``scorer`` is first asked for (a scorer given to it is used as given)."""

    _scorer: LineScorer | None = None
    _scorer_loaded: bool = False

    @property
    def scorer(self) -> LineScorer | None:
        """The line classifier's ``score`` (None without the classifier), loaded on first use."""
        if not self._scorer_loaded:
            self._scorer, self._scorer_loaded = default_scorer(), True
        return self._scorer

    @scorer.setter
    def scorer(self, value: LineScorer | None) -> None:
        if value is not None:  # the dataclass's __init__ gives None: then it is loaded when asked for
            self._scorer, self._scorer_loaded = value, True
