"""Configuration: ``audiocast.toml`` in the working directory, with defaults.

Every field has a default so the tool runs with no file at all. Command-line
options override the file.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from .errors import ConfigError

CONFIG_FILE = "audiocast.toml"


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
    owner_email: str = "redaktionen@example.se"
    base_url: str = "http://127.0.0.1:8000/"
    """Public URL where the contents of output/ are served; ends with '/'."""
    link: str | None = None
    """The newsroom's website; defaults to base_url."""
    language: str = "sv"
    cover: str | None = None
    """Path to a square JPEG or PNG, 1400–3000 px. None: one is generated."""
    category: str = "News"
    subcategory: str = "Daily News"
    explicit: bool = False
    max_episodes: int = 100
    """The feed lists at most this many episodes, newest first."""
    copyright: str | None = None


@dataclass(frozen=True)
class RenderConfig:
    engine: str = "auto"
    """auto, gtts or espeak."""
    edition: bool = False
    """Also make the daily edition: one episode of the day's articles."""
    chime: str | None = None
    """Path to an intro sound file; None: a chime generated in code."""
    lexicon: str | None = None
    """Path of the editors' pronunciation lexicon; default articles/lexikon.tsv if present."""
    bitrate: str = "128k"
    workers: int = 4
    """Parallel requests for network engines."""


@dataclass(frozen=True)
class Config:
    podcast: PodcastConfig = field(default_factory=PodcastConfig)
    render: RenderConfig = field(default_factory=RenderConfig)
    path: Path | None = None
    """The file this was read from, if any."""

    def with_base_url(self, url: str | None) -> "Config":
        if not url:
            return self
        if not url.endswith("/"):
            url += "/"
        return replace(self, podcast=replace(self.podcast, base_url=url))

    def with_engine(self, engine: str | None) -> "Config":
        if not engine:
            return self
        return replace(self, render=replace(self.render, engine=engine))

    @property
    def feed_url(self) -> str:
        return self.podcast.base_url + "feed.xml"


def _section(cls, data: dict, where: str):
    known = {f.name: f for f in fields(cls)}
    kwargs = {}
    for key, value in data.items():
        if key not in known:
            raise ConfigError(
                f"{where}: unknown setting {key!r}; known settings are: {', '.join(sorted(known))}"
            )
        default = getattr(cls(), key)
        if default is not None and not isinstance(value, type(default)):
            raise ConfigError(
                f"{where}: {key} should be {type(default).__name__}, got {value!r}"
            )
        kwargs[key] = value
    return cls(**kwargs)


def load_config(path: Path | None = None) -> Config:
    """Read ``path`` (or ``./audiocast.toml`` if it exists); defaults otherwise."""
    if path is None:
        candidate = Path(CONFIG_FILE)
        if not candidate.exists():
            return Config()
        path = candidate
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such configuration file") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc}); fix the file or remove it") from None
    unknown = set(data) - {"podcast", "render"}
    if unknown:
        raise ConfigError(f"{path}: unknown section(s) {sorted(unknown)}; use [podcast] and [render]")
    podcast = _section(PodcastConfig, data.get("podcast", {}), f"{path} [podcast]")
    render = _section(RenderConfig, data.get("render", {}), f"{path} [render]")
    if podcast.base_url and not podcast.base_url.endswith("/"):
        podcast = replace(podcast, base_url=podcast.base_url + "/")
    if render.engine not in ("auto", "gtts", "espeak"):
        raise ConfigError(f"{path} [render]: engine must be auto, gtts or espeak, not {render.engine!r}")
    return Config(podcast=podcast, render=render, path=Path(path))
