"""Reading a page dump with everything known about it besides its text.

- the editor's sidecar (``x.txt.meta.toml``: title, site, drop, keep; see
  :mod:`audiocast.ingest.sidecar`);
- the site's template profile in the output folder (``<output>/.sites/``; see
  :mod:`audiocast.ingest.sites`), grown from every dump of that site in the
  article's folder, so the tenth article of a site is read better than the first;
- the line classifier (``audiocast/ingest/lineclass.py`` with its weights in
  ``data/line_model.json``), when it is there.

The site of a dump is, in this order: the sidecar's ``site``, the host of the
page's URL (fetched pages), the page's own name line (the first short line
above the article that no rule takes, e.g. "Ölandsbro kommun"). A dump without
a name line (a ticker or a banner over the name) is read with the dumps of its
folder that share its menu and footer, those without a name line of their own
that share at least :data:`SAME_SITE_SHARE` of its lines: their template is
found from them in memory, with nothing stored. Not here: the parsing itself
(:mod:`audiocast.ingest.text`).
"""

from __future__ import annotations

import importlib
import importlib.util
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..errors import IngestError
from .boilerplate import BoilerplateRule
from .confidence import flag_line
from .dumpclean import clean_text
from .headline import shape_of
from .hints import Explained, Hints, LineScorer, line_key, template_key
from .lineshape import is_title_like
from .sidecar import Sidecar, read_sidecar
from .sites import SiteProfile, SiteProfiles, host_of
from .text import explain_text_dump, rule_tags

SAME_SITE_SHARE = 0.3
"""Two dumps without a name line are of one site when this share of the distinct lines of the shorter is on both
(the menu, the footer, the standing boxes; two sites share a "Meny", a "Sök" and a "Dela", a tenth of their lines
at most)."""
SAME_SITE_LINES = 8
"""... and at least this many lines."""
NAME_LINE_WINDOW = 15
"""The site's name line is looked for among the first lines of a dump."""

NAME_WORDS = 4
"""A site's name line has at most this many words; a sign between them ("&", "+", "–") is no word."""


def _name_words(line: str) -> int:
    """Words of a name line, not counting the signs that join them ("Åby Kraft & Värme AB": 4)."""
    return sum(1 for token in line.split() if any(ch.isalnum() for ch in token))


def site_of_dump(text: str, rules: tuple[BoilerplateRule, ...]) -> str | None:
    """The site's own name line: the first short title-like line no rule takes, near the top."""
    for ln in rule_tags(text, rules, Hints())[:NAME_LINE_WINDOW]:
        if ln.tag is not None:
            continue
        if not is_title_like(ln.text):
            return None  # a paragraph before any name: no name line
        if _name_words(ln.text) <= NAME_WORDS and shape_of(ln.text) is None:
            return ln.text
    return None


@lru_cache(maxsize=1)
def default_scorer() -> LineScorer | None:
    """The line classifier's ``score``, when ``audiocast.ingest.lineclass`` and its weights are installed.

    Imported here, not at the top: the module is optional (built separately) and
    loading its weights is only worth it when a dump is read. Weights that do not
    fit the module's code give None: the dump is read without the classifier.
    """
    weights = resources.files("audiocast.ingest").joinpath("data/line_model.json")
    if importlib.util.find_spec("audiocast.ingest.lineclass") is None or not weights.is_file():
        return None
    module = importlib.import_module("audiocast.ingest.lineclass")
    try:
        model = module.LineModel.load()
    except IngestError:
        return None  # weights that do not fit the code (a model being rebuilt): read without the classifier
    scorer: LineScorer = model.score
    return scorer


@dataclass
class Reader:
    """Reads dumps with their sidecars and their sites' profiles (``output`` None: no profiles)."""

    output: Path | None = None
    scorer: LineScorer | None = None
    _profiles: SiteProfiles | None = None
    _scanned: set[Path] = field(default_factory=set)
    _nameless: dict[Path, dict[str, tuple[list[str], frozenset[str]]]] = field(default_factory=dict)
    """Per folder, the dumps without a site (stem -> their lines and the lines' keys), read once with the folder."""

    def __post_init__(self) -> None:
        if self.output is not None:
            self._profiles = SiteProfiles(self.output)

    def site_of(self, text: str, rules: tuple[BoilerplateRule, ...], sidecar: Sidecar, url: str | None) -> str | None:
        return sidecar.site or host_of(url) or site_of_dump(text, rules)

    def _scan(self, folder: Path, rules: tuple[BoilerplateRule, ...]) -> None:
        """Grow the profiles from every dump in the folder (once per folder and reader)."""
        if self._profiles is None or folder in self._scanned:
            return
        self._scanned.add(folder)
        changed: dict[str, SiteProfile] = {}
        nameless = self._nameless.setdefault(folder, {})
        for path in sorted(folder.glob("*.txt")):
            if path.name.startswith((".", "_")):
                continue
            try:
                text = path.read_text(encoding="utf-8-sig")
            except (OSError, UnicodeDecodeError):
                continue  # the article's own load will say what is wrong with it
            if text.lstrip().startswith("---\n"):
                continue  # Markdown in a .txt
            site = self.site_of(text, rules, read_sidecar(path), None)
            lines = [ln for ln in clean_text(text).split("\n") if ln]
            if site is None:
                nameless[path.stem] = (lines, frozenset(map(template_key, lines)) - {""})
                continue
            profile = self._profiles.get(site)
            stat = path.stat()
            if profile.observe(path.stem, lines, f"{stat.st_size}-{stat.st_mtime_ns}"):
                changed[site] = profile
        for profile in changed.values():
            self._profiles.save(profile)

    def hints(self, path: Path, text: str, rules: tuple[BoilerplateRule, ...], url: str | None = None) -> Hints:
        """What is known about the dump at ``path`` besides its text."""
        sidecar = read_sidecar(path)
        site = self.site_of(text, rules, sidecar, url)
        template: frozenset[str] = frozenset()
        places: dict[str, frozenset[int]] = {}
        known = False
        if self._profiles is not None and site is not None:
            self._scan(path.parent, rules)
            profile = self._profiles.get(site)
            if url is not None:  # a fetched page not (yet) in the folder
                profile.observe(path.stem, [ln for ln in clean_text(text).split("\n") if ln])
            whole, places = profile.template_places(path.stem)
            template = frozenset(whole)
            known = profile.other_pages(path.stem) >= 2
        elif self._profiles is not None and url is None:
            self._scan(path.parent, rules)
            profile = _kin_profile(path.stem, [ln for ln in clean_text(text).split("\n") if ln],
                                   self._nameless.get(path.parent, {}))
            whole, places = profile.template_places(path.stem)
            template = frozenset(whole)
            known = profile.other_pages(path.stem) >= 2
        names = tuple(x for x in (path.stem, url) if x)
        return Hints(
            template=template, template_places=tuple(sorted(places.items())), known_template=known,
            drop=frozenset(map(line_key, sidecar.drop)) - {""}, keep=frozenset(map(line_key, sidecar.keep)) - {""},
            title=sidecar.title, site=site, names=names, scorer=self.scorer,
        )

    def explain(self, path: Path, text: str, rules: tuple[BoilerplateRule, ...], slug: str,
                url: str | None = None) -> Explained:
        """The dump parsed with its hints, and the lines left out as template, by the editor, by the classifier."""
        return explain_text_dump(text, str(path), slug, rules, self.hints(path, text, rules, url))


def _kin_profile(stem: str, lines: list[str], nameless: dict[str, tuple[list[str], frozenset[str]]]) -> SiteProfile:
    """An in-memory profile of a dump without a site and the folder's other such dumps that share its lines."""
    profile = SiteProfile("")
    profile.observe(stem, lines)
    mine = {template_key(x) for x in lines} - {""}
    for other, (their_lines, theirs) in nameless.items():
        if other == stem:
            continue
        shared = len(mine & theirs)
        if shared >= SAME_SITE_LINES and shared >= SAME_SITE_SHARE * min(len(mine), len(theirs)):
            profile.observe(other, their_lines)
    return profile


def report_lines(explained: Explained) -> list[str]:
    """What ``audiocast extract`` prints under the article: the low-confidence flag and the dropped lines."""
    out: list[str] = []
    flag = flag_line(explained.article)
    if flag:
        out.append(flag)
    for label, lines in (("template", explained.template), ("editor", explained.editor), ("classifier", explained.model),
                         ("layout", explained.layout)):
        if lines:
            out.append(f"dropped as {label} ({len(lines)}): " + " | ".join(lines))
    return out
