"""Configuration: ``audiocast.toml`` in the working directory, with defaults.

Every field has a default so the tool runs with no file at all. Command-line
options override the file.

The file is checked strictly when it is loaded, by one validator driven by the
dataclasses below: each field's type hint says what TOML type it takes, and
its ``metadata`` holds the constraints as data (``range``, ``choices``,
``check``, ``path``). A bad file is one :class:`ConfigError` line naming the
file, the ``section.key`` and what is allowed.

Paths in the file are strings as written; :meth:`Config.resolve` turns one
into the path to open (``~`` expanded, relative to the file).
"""

from __future__ import annotations

import difflib
import re
import tomllib
import types
import typing
from collections.abc import Callable, Mapping
from dataclasses import Field, dataclass, field, fields, replace
from enum import Enum
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .errors import ConfigError
from .tts.names import PIPER_VOICE_NAME, EngineName

CONFIG_FILE = "audiocast.toml"

MP3_BITRATES = ("96k", "112k", "128k", "160k", "192k", "224k", "256k", "320k")
"""MPEG-1 Layer III bitrates that ffmpeg's LAME encoder takes for 44.1 kHz and
that the audio stage accepts (below 96k speech gets audibly worse)."""


@dataclass(frozen=True)
class PodcastConfig:
    """The podcast as listeners see it in their app."""

    name: str = "Lokala nyheter uppläst"
    """Podcast title; also spoken in every intro."""
    description: str = (
        "Lokala nyheter uppläst med talsyntes, en artikel per avsnitt, "
        "med kapitel och fullständig text."
    )
    author: str = "Lokalredaktionen"
    """The newsroom: channel author, ID3 artist."""
    owner_name: str = "Lokalredaktionen"
    owner_email: str = field(default="redaktionen@example.se", metadata={"check": "email"})
    base_url: str = field(default="http://127.0.0.1:8000/", metadata={"check": "url"})
    """Public URL where the contents of output/ are served; ends with '/'."""
    link: str | None = field(default=None, metadata={"check": "url"})
    """The newsroom's website; defaults to base_url."""
    language: str = "sv"
    cover: str | None = field(default=None, metadata={"path": "file"})
    """Path to a square JPEG or PNG, 1400–3000 px. None: one is generated."""
    category: str = "News"
    subcategory: str = "Daily News"
    explicit: bool = False
    max_episodes: int = field(default=100, metadata={"range": (1, None)})
    """The feed lists at most this many episodes, newest first."""
    copyright: str | None = None


@dataclass(frozen=True)
class RenderConfig:
    """How episodes are rendered."""

    engine: EngineName = EngineName.AUTO
    """The voice engine: one of :class:`EngineName` (auto, gtts, espeak, piper)."""
    voice: str | None = field(default=None, metadata={"check": "voice"})
    """A Piper voice: an installed voice's name (``sv_SE-nst-medium``) or the path of
    its model (``.onnx``, relative to this file). None: sv_SE-nst-medium for piper,
    the best installed Swedish voice for auto."""
    rate: float | None = field(default=None, metadata={"range": (0.5, 2.0)})
    """Speaking rate relative to the voice's own pace (Piper and espeak-ng). None: the voice's own."""
    voices_dir: str | None = field(default=None, metadata={"path": "folder"})
    """Where Piper voices are installed and downloaded to. None: ~/.local/share/audiocast/voices
    (or $XDG_DATA_HOME/audiocast/voices)."""
    edition: bool = False
    """Also make the daily edition: one episode of the day's articles."""
    chime: str | None = field(default=None, metadata={"path": "file"})
    """Path to an intro sound file; None: a chime generated in code."""
    lexicon: str | None = field(default=None, metadata={"path": "file"})
    """Path of the editors' pronunciation lexicon; default articles/lexikon.tsv if present."""
    bitrate: str = field(default="128k", metadata={"choices": MP3_BITRATES})
    workers: int = field(default=4, metadata={"range": (1, 64)})
    """Parallel requests for network engines."""
    max_chars: int = field(default=50_000, metadata={"range": (1_000, 2_000_000)})
    """Longest article read aloud, in characters of text (headline, lead and body); a longer
    one fails with a message instead of tying up the voice for hours."""
    encoders: int | None = field(default=None, metadata={"range": (1, 64)})
    """Worker processes finishing episodes at once: each assembles an episode's clips, measures its
    loudness, limits its peaks and runs its MP3 encode (LAME uses one core each). None: one per
    core (os.cpu_count())."""
    synth_workers: int | None = field(default=None, metadata={"range": (1, 64)})
    """Processes speaking with the offline espeak-ng voice at once. None: one, which keeps a cold render
    reproducible byte for byte (espeak-ng's sound depends a little on what the process said before)."""


@dataclass(frozen=True)
class PublishConfig:
    """What ``audiocast render`` publishes."""

    require_approval: bool = False
    """Publish (feed, edition, page, catalog) only articles an editor approved in the studio or
    with ``audiocast approve``; the others are rendered as previews only (``output/.studio/``)."""


@dataclass(frozen=True)
class FetchConfig:
    """How articles are fetched from the web (``audiocast fetch``, ``audiocast render URL``)."""

    allow: tuple[str, ...] = field(default=(), metadata={"example": '["10.0.0.0/8", "intranet.example.se"]'})
    """Networks and host names that may be private or local (the newsroom's own intranet);
    the fetcher refuses them otherwise. ``*.example.se`` allows every name under it."""
    ports: tuple[int, ...] = field(default=(), metadata={"example": "[8080]"})
    """Ports besides 80, 443 and the given URL's own that links and redirects may use."""
    max_items: int = field(default=50, metadata={"range": (1, 10_000)})
    """New articles fetched from one feed per run; the rest wait for the next run."""
    max_pages: int = field(default=200, metadata={"range": (1, 100_000)})
    """Requests per run (feeds, pages, WordPress API calls); the rest wait for the next run."""
    timeout: float = field(default=10, metadata={"range": (0.5, 120)})
    """Longest wait for the network (connect, each read), in seconds."""
    deadline: float = field(default=30, metadata={"range": (1, 600)})
    """Longest time for one request, redirects included, in seconds: a server that trickles is given up on."""


SECTIONS: dict[str, type] = {
    "podcast": PodcastConfig, "render": RenderConfig, "publish": PublishConfig, "fetch": FetchConfig,
}
"""The tables of ``audiocast.toml`` and the dataclass each one fills."""


@dataclass(frozen=True)
class Config:
    podcast: PodcastConfig = field(default_factory=PodcastConfig)
    render: RenderConfig = field(default_factory=RenderConfig)
    publish: PublishConfig = field(default_factory=PublishConfig)
    fetch: FetchConfig = field(default_factory=FetchConfig)
    path: Path | None = None
    """The file this was read from, if any."""

    def with_base_url(self, url: str | None) -> Config:
        if not url:
            return self
        if not url.endswith("/"):
            url += "/"
        return replace(self, podcast=replace(self.podcast, base_url=url))

    def with_engine(self, engine: str | None) -> Config:
        if not engine:
            return self
        try:
            name = EngineName(engine)
        except ValueError:
            raise ConfigError(
                f"unknown voice engine {engine!r}; use one of {', '.join(EngineName.choices())}"
            ) from None
        return replace(self, render=replace(self.render, engine=name))

    def with_voice(self, voice: str | None = None, rate: float | None = None) -> Config:
        """``--voice`` and ``--rate``: a voice given as a path is taken from the working
        directory (made absolute), not from the configuration file's folder."""
        render = self.render
        if voice:
            if not _is_voice(voice) and "/" not in voice:
                raise ConfigError(f"--voice {voice!r} is neither a voice's name nor a model file; "
                                  f"use {_CHECKS['voice'][1]} (see 'audiocast voices')")
            if PIPER_VOICE_NAME.match(voice) is None:
                voice = str(Path(voice).expanduser().absolute())
            render = replace(render, voice=voice)
        if rate is not None:
            render = replace(render, rate=float(rate))
        return replace(self, render=render)

    def check_files(self) -> None:
        """Every configured file that exists must be a regular file, not a folder or a device.

        (``/dev/zero`` as the chime would be read forever.) A missing file is
        left to the stage that opens it, which says which setting to fix.
        Raises ConfigError (one line).
        """
        for section in (self.podcast, self.render):
            for f in fields(section):
                if f.metadata.get("path") != "file":
                    continue
                path = self.resolve(getattr(section, f.name))
                if path is None or not path.exists() or path.is_file():
                    continue
                what = "a folder" if path.is_dir() else "not a regular file (a device or a pipe?)"
                name = "podcast" if section is self.podcast else "render"
                raise ConfigError(f"{path}: {what}, but [{name}] {f.name} must name a file; "
                                  "fix the path in the configuration or remove the setting")

    @property
    def feed_url(self) -> str:
        return self.podcast.base_url + "feed.xml"

    def resolve(self, value: str | Path | None) -> Path | None:
        """The path to open for a path setting (``cover``, ``chime``, ``lexicon`` ...).

        ``~`` is expanded; a relative path is taken relative to the folder of
        the configuration file (the working directory when there is none).
        None or an empty string (the setting is unset) gives None.
        """
        if value is None or str(value) == "":
            return None
        path = Path(value).expanduser()
        if self.path is not None and not path.is_absolute():
            path = self.path.parent / path
        return path


# --------------------------------------------------------------------------
# The validator: types from the type hints, constraints from field metadata


_TYPES: dict[type, tuple[Callable[[Any], bool], str]] = {
    bool: (lambda v: isinstance(v, bool), "true or false"),
    int: (lambda v: isinstance(v, int) and not isinstance(v, bool), "a whole number"),
    float: (lambda v: isinstance(v, (int, float)) and not isinstance(v, bool), "a number"),
    str: (lambda v: isinstance(v, str), "a string in quotes"),
}
"""What each Python type takes from TOML, and how to say so. bool is an int
subclass in Python, so whole numbers reject it explicitly."""

_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")


def _is_web_url(value: str) -> bool:
    parts = urlsplit(value)
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def _is_voice(value: str) -> bool:
    return PIPER_VOICE_NAME.match(value) is not None or value.endswith(".onnx")


_CHECKS: dict[str, tuple[Callable[[str], bool], str]] = {
    "url": (_is_web_url, 'an http:// or https:// URL with a host, e.g. "https://example.se/podd/"'),
    "voice": (_is_voice, 'a Piper voice\'s name, e.g. "sv_SE-nst-medium", or the path of its .onnx model'),
    "email": (lambda v: _EMAIL.fullmatch(v) is not None, 'an e-mail address, e.g. "redaktionen@example.se"'),
}
"""Named checks for ``metadata={"check": name}``: the test and what is allowed."""


def _toml(value: Any) -> str:
    """``value`` as it is written in TOML, for messages."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "an array"
    return str(value)


def _base_type(hint: Any) -> type:
    """``int`` for ``int`` and ``int | None``: TOML has no null, so None is only a default."""
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        (hint,) = [arg for arg in typing.get_args(hint) if arg is not type(None)]
    return typing.cast(type, hint)


def _choices(base: type, meta: Mapping[str, Any]) -> tuple[str, ...] | None:
    if issubclass(base, Enum):
        return tuple(str(member.value) for member in base)
    return meta.get("choices")


def _allowed(base: type, meta: Mapping[str, Any]) -> str:
    """What a setting takes, in words: "a whole number from 1 to 64"."""
    choices = _choices(base, meta)
    if choices is not None:
        return "one of " + ", ".join(choices)
    if "check" in meta:
        return _CHECKS[meta["check"]][1]
    if meta.get("path"):
        return f"a path to a {meta['path']} (relative to this file, ~ for the home folder)"
    text = _TYPES[base][1]
    low, high = meta.get("range", (None, None))
    if low is not None and high is not None:
        text += f" from {low} to {high}"
    elif low is not None:
        text += f" of at least {low}"
    elif high is not None:
        text += f" of at most {high}"
    return text


def _problem(base: type, meta: Mapping[str, Any], value: Any) -> str | None:
    """Why ``value`` is not allowed (a phrase), or None when it is."""
    choices = _choices(base, meta)
    if choices is not None:
        if not isinstance(value, str) or value not in choices:
            # Names get a suggestion; for numbers such as bitrates a near spelling means nothing.
            close = difflib.get_close_matches(value, choices, n=1) if isinstance(value, str) else []
            hint = f" (did you mean {_toml(close[0])}?)" if close and issubclass(base, Enum) else ""
            return "is not allowed" + hint
        return None
    if not _TYPES[base][0](value):
        return f"is not {_TYPES[base][1]}"
    if isinstance(value, str) and meta.get("path") and not value.strip():
        return "is empty"
    if "check" in meta and not _CHECKS[meta["check"]][0](value):
        return "is not allowed"
    low, high = meta.get("range", (None, None))
    if (low is not None and value < low) or (high is not None and value > high):
        return "is out of range"
    return None


def _unknown(kind: str, name: str, known: list[str], show: str = "{!r}") -> str:
    """ "unknown setting 'namn'; did you mean 'name'?" (or the list of known ones).

    ``show`` formats a name: "{!r}" for settings, "[{}]" for sections.
    """
    close = difflib.get_close_matches(name, known, n=1)
    if close:
        return f"unknown {kind} {show.format(name)}; did you mean {show.format(close[0])}?"
    return f"unknown {kind} {show.format(name)}; use one of {', '.join(show.format(k) for k in sorted(known))}"


def _section(cls: type, data: Mapping[str, Any], where: str, section: str) -> Any:
    """An instance of the dataclass ``cls`` from the TOML table ``data``.

    ``where`` is the file for messages, ``section`` the table's name.
    Raises ConfigError (one line) for an unknown key or a value its field's
    type hint or metadata does not allow.
    """
    hints = typing.get_type_hints(cls)
    known: dict[str, Field[Any]] = {f.name: f for f in fields(cls) if f.init}
    kwargs: dict[str, Any] = {}
    for key, value in data.items():
        if key not in known:
            raise ConfigError(f"{where}: {section}.{key}: {_unknown('setting', key, list(known))}")
        meta = known[key].metadata
        if typing.get_origin(hints[key]) is tuple:  # an array of strings
            if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
                example = meta.get("example", '["a", "b"]')
                why = "has an entry that is not a string (or is empty)" if isinstance(value, list) else (
                    f"= {_toml(value)} is not an array of strings")
                raise ConfigError(f"{where}: {section}.{key} {why}; use an array of strings, e.g. {example}")
            kwargs[key] = tuple(value)
            continue
        base = _base_type(hints[key])
        problem = _problem(base, meta, value)
        if problem is not None:
            raise ConfigError(
                f"{where}: {section}.{key} = {_toml(value)} {problem}; use {_allowed(base, meta)}"
            )
        kwargs[key] = base(value) if issubclass(base, Enum) or base is float else value
    return cls(**kwargs)


def _parse(path: Path) -> dict[str, Any]:
    """The TOML document in ``path``; every failure is one line with the file (and line)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such configuration file") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not UTF-8 text (byte {exc.start}); save the file as UTF-8") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the configuration file: {exc.strerror}") from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        at = re.search(r" \(at line (\d+), column (\d+)\)$", message)
        if at:
            line, reason = f"line {at.group(1)}, column {at.group(2)}", message[: at.start()]
        else:
            line, reason = f"line {text.count(chr(10)) + 1} (end of file)", message.replace(" (at end of document)", "")
        raise ConfigError(f"{path}, {line}: not valid TOML: {reason}; fix the syntax there") from None


def load_config(path: Path | None = None) -> Config:
    """Read ``path`` (or ``./audiocast.toml`` if it exists); defaults otherwise.

    Raises ConfigError, one line naming the file and the setting, for a
    missing or unreadable file, bad TOML, unknown sections or settings, and
    values of the wrong type or out of range.
    """
    if path is None:
        candidate = Path(CONFIG_FILE)
        if not candidate.exists():
            return Config()
        path = candidate
    path = Path(path)
    data = _parse(path)
    sections: dict[str, Any] = {}
    for name, table in data.items():
        if name not in SECTIONS:
            raise ConfigError(f"{path}: {_unknown('section', name, list(SECTIONS), '[{}]')}")
        if not isinstance(table, dict):
            raise ConfigError(
                f"{path}: {name} = {_toml(table)} is not a section; write [{name}] and its settings below it"
            )
        sections[name] = _section(SECTIONS[name], table, str(path), name)
    podcast: PodcastConfig = sections.get("podcast", PodcastConfig())
    render: RenderConfig = sections.get("render", RenderConfig())
    publish: PublishConfig = sections.get("publish", PublishConfig())
    fetch: FetchConfig = sections.get("fetch", FetchConfig())
    if not podcast.base_url.endswith("/"):
        podcast = replace(podcast, base_url=podcast.base_url + "/")
    return Config(podcast=podcast, render=render, publish=publish, fetch=fetch, path=path)
