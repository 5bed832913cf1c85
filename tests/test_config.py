"""audiocast.toml: strict, table-driven checks with one-line messages, and path resolution."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from audiocast.config import Config, PodcastConfig, RenderConfig, _section, load_config
from audiocast.errors import ConfigError
from audiocast.tts.names import EngineName

# (TOML text, what the one-line message must contain)
BAD = [
    ("[render]\nworkers = true\n", "render.workers = true is not a whole number; use a whole number from 1 to 64"),
    ("[render]\nworkers = 0\n", "render.workers = 0 is out of range; use a whole number from 1 to 64"),
    ("[render]\nworkers = 65\n", "out of range"),
    ("[render]\nworkers = 4.5\n", "render.workers = 4.5 is not a whole number"),
    ("[podcast]\ncover = 5\n", "podcast.cover = 5 is not a string"),
    ("[podcast]\nmax_episodes = 0\n", "podcast.max_episodes = 0 is out of range; use a whole number of at least 1"),
    ("[podcast]\nexplicit = \"no\"\n", 'podcast.explicit = "no" is not true or false'),
    ("[podcast]\nname = 5\n", "podcast.name = 5 is not a string"),
    ("[podcast]\nnamn = 'x'\n", "podcast.namn: unknown setting 'namn'; did you mean 'name'?"),
    ("[podcast]\nfoo = 1\n", "unknown setting 'foo'; use one of 'author', 'base_url'"),
    ("[rendr]\nengine = 'espeak'\n", "unknown section [rendr]; did you mean [render]?"),
    ("[extra]\nx = 1\n", "unknown section [extra]; use one of [fetch], [podcast], [publish], [render]"),
    ("podcast = 5\n", "podcast = 5 is not a section"),
    ("[render]\nengine = 'espeek'\n", 'render.engine = "espeek" is not allowed (did you mean "espeak"?); use one of auto, gtts, espeak, piper'),
    ("[render]\nengine = 'festival'\n", "use one of auto, gtts, espeak, piper"),
    ("[render]\nvoice = 'nst'\n", 'render.voice = "nst" is not allowed; use a Piper voice\'s name, e.g. "sv_SE-nst-medium"'),
    ("[render]\nvoice = 5\n", "render.voice = 5 is not a string"),
    ("[render]\nrate = 2.5\n", "render.rate = 2.5 is out of range; use a number from 0.5 to 2.0"),
    ("[render]\nrate = 0\n", "render.rate = 0 is out of range"),
    ("[render]\nrate = 'fast'\n", 'render.rate = "fast" is not a number'),
    ("[render]\nvoices_dir = ''\n", 'render.voices_dir = "" is empty; use a path to a folder'),
    ("[fetch]\nallow = '10.0.0.0/8'\n", 'fetch.allow = "10.0.0.0/8" is not an array of strings; use an array of strings'),
    ("[fetch]\nallow = ['x', 1]\n", "fetch.allow has an entry that is not a string"),
    ("[render]\nbitrate = '100k'\n", 'render.bitrate = "100k" is not allowed; use one of 96k, 112k'),
    ("[render]\nbitrate = 128\n", "render.bitrate = 128 is not allowed"),
    ("[podcast]\nbase_url = 'ftp://example.se/'\n", "podcast.base_url"),
    ("[podcast]\nbase_url = 'https://'\n", "use an http:// or https:// URL with a host"),
    ("[podcast]\nlink = 'example.se'\n", "podcast.link"),
    ("[podcast]\nowner_email = 'redaktionen'\n", "podcast.owner_email = \"redaktionen\" is not allowed; use an e-mail address"),
    ("[render]\nlexicon = ''\n", 'render.lexicon = "" is empty; use a path to a file'),
    ("[podcast]\nname = { a = 1 }\n", "podcast.name = a table is not a string"),
]


@pytest.mark.parametrize(("text", "expected"), BAD, ids=[b[1][:40] for b in BAD])
def test_a_bad_setting_is_one_line_naming_file_key_and_what_is_allowed(tmp_path, text, expected):
    cfg = tmp_path / "audiocast.toml"
    cfg.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(cfg)
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(f"{cfg}: ")
    assert expected in message


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("[podcast]\nname = 'x'\n[render\nengine = 'auto'\n", ", line 3, column 8: not valid TOML: Expected ']'"),
        ("[podcast]\nname = 'x'\nname = 'y'\n", ", line 3, column 11: not valid TOML: Cannot overwrite a value"),
        ("[podcast]\nname = \"x", ", line 2 (end of file): not valid TOML: Unterminated string"),
    ],
)
def test_toml_syntax_errors_are_one_line_with_file_and_line(tmp_path, text, where):
    cfg = tmp_path / "audiocast.toml"
    cfg.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(cfg)
    assert str(info.value).startswith(f"{cfg}{where}")
    assert "\n" not in str(info.value)


def test_unreadable_files_are_one_line(tmp_path):
    with pytest.raises(ConfigError, match="no such configuration file"):
        load_config(tmp_path / "missing.toml")
    latin1 = tmp_path / "latin1.toml"
    latin1.write_bytes("[podcast]\nname = 'Södertörn'\n".encode("latin-1"))
    with pytest.raises(ConfigError, match="not UTF-8 text .*save the file as UTF-8"):
        load_config(latin1)


def test_a_good_file_is_read_with_types_and_defaults(tmp_path):
    cfg = tmp_path / "audiocast.toml"
    cfg.write_text(
        "[podcast]\nname = 'P'\nbase_url = 'https://example.se/podd'\nmax_episodes = 1\n"
        "owner_email = 'a.b@example.se'\nexplicit = true\n"
        "[render]\nengine = 'espeak'\nworkers = 64\nbitrate = '320k'\nedition = true\n",
        encoding="utf-8",
    )
    config = load_config(cfg)
    assert config.path == cfg
    assert config.podcast.base_url == "https://example.se/podd/"
    assert config.podcast.max_episodes == 1 and config.podcast.explicit is True
    assert config.render.engine is EngineName.ESPEAK and config.render.engine == "espeak"
    assert config.render.workers == 64 and config.render.bitrate == "320k"
    assert config.podcast.description == PodcastConfig().description


def test_voice_rate_and_voices_dir(tmp_path):
    cfg = tmp_path / "site" / "audiocast.toml"
    cfg.parent.mkdir()
    cfg.write_text("[render]\nengine = 'piper'\nvoice = 'sv_SE-alma-medium'\nrate = 1\nvoices_dir = 'röster'\n",
                   encoding="utf-8")
    config = load_config(cfg)
    assert config.render.engine is EngineName.PIPER and config.render.voice == "sv_SE-alma-medium"
    assert config.render.rate == 1.0 and isinstance(config.render.rate, float)
    assert config.resolve(config.render.voices_dir) == cfg.parent / "röster"
    assert RenderConfig().voice is None and RenderConfig().rate is None and RenderConfig().voices_dir is None


def test_with_voice_takes_names_and_paths_from_the_working_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    config = Config(path=tmp_path / "elsewhere" / "audiocast.toml")
    assert config.with_voice("sv_SE-nst-medium").render.voice == "sv_SE-nst-medium"
    assert config.with_voice("mine/x.onnx").render.voice == str(tmp_path / "mine" / "x.onnx")
    assert config.with_voice(None, 1.25).render.rate == 1.25
    assert config.with_voice() == config
    with pytest.raises(ConfigError, match="--voice 'nst' is neither"):
        config.with_voice("nst")


@pytest.mark.parametrize(("key", "value"), [("chime", "/dev/zero"), ("lexicon", "."), ("cover", ".")])
def test_check_files_refuses_folders_and_devices(tmp_path, key, value):
    section = "podcast" if key == "cover" else "render"
    cfg = tmp_path / "audiocast.toml"
    cfg.write_text(f"[{section}]\n{key} = '{value}'\n", encoding="utf-8")
    config = load_config(cfg)
    with pytest.raises(ConfigError, match=rf"\[{section}\] {key} must name a file") as info:
        config.check_files()
    assert "\n" not in str(info.value)
    Config().check_files()  # nothing set: nothing to check


def test_fetch_allow_is_an_array_of_strings(tmp_path):
    cfg = tmp_path / "audiocast.toml"
    cfg.write_text("[fetch]\nallow = ['10.0.0.0/8', '*.intranet.example.se']\n", encoding="utf-8")
    assert load_config(cfg).fetch.allow == ("10.0.0.0/8", "*.intranet.example.se")
    assert Config().fetch.allow == ()


def test_the_repositorys_own_config_is_valid():
    load_config(Path(__file__).resolve().parents[1] / "audiocast.toml")


def test_with_engine_takes_the_enum_names():
    assert Config().render.engine is EngineName.AUTO
    assert Config().with_engine("gtts").render.engine is EngineName.GTTS
    assert Config().with_engine(None) == Config()
    assert Config().with_engine("piper").render.engine is EngineName.PIPER
    with pytest.raises(ConfigError, match="use one of auto, gtts, espeak, piper"):
        Config().with_engine("festival")


@dataclass(frozen=True)
class _FutureEngineSettings:
    """Settings a new engine might bring: the validator needs no new code for them."""

    voice: str | None = None
    rate: float | None = field(default=None, metadata={"range": (0.5, 2.0)})
    model: str | None = field(default=None, metadata={"path": True})


def test_the_validator_is_driven_by_type_hints_and_metadata_alone():
    assert _section(_FutureEngineSettings, {"voice": "sv_SE-nst-medium", "rate": 1}, "f", "piper").rate == 1
    with pytest.raises(ConfigError, match=r"^f: piper.rate = 3.0 is out of range; use a number from 0.5 to 2.0$"):
        _section(_FutureEngineSettings, {"rate": 3.0}, "f", "piper")
    with pytest.raises(ConfigError, match="piper.rate = true is not a number"):
        _section(_FutureEngineSettings, {"rate": True}, "f", "piper")
    with pytest.raises(ConfigError, match="did you mean 'voice'"):
        _section(_FutureEngineSettings, {"voise": "x"}, "f", "piper")


# --------------------------------------------------------------------------
# Config.resolve: the one place a configured path is turned into a real one


def test_resolve_is_relative_to_the_config_file(tmp_path):
    config = Config(path=tmp_path / "site" / "audiocast.toml")
    assert config.resolve("jingel.wav") == tmp_path / "site" / "jingel.wav"
    assert config.resolve("sub/lexikon.tsv") == tmp_path / "site" / "sub" / "lexikon.tsv"
    assert config.resolve(str(tmp_path / "abs.jpg")) == tmp_path / "abs.jpg"
    assert config.resolve(None) is None
    assert config.resolve("") is None


def test_resolve_expands_the_home_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    config = Config(path=tmp_path / "site" / "audiocast.toml")
    assert config.resolve("~/omslag.jpg") == tmp_path / "home" / "omslag.jpg"
    assert Config().resolve("~/omslag.jpg") == tmp_path / "home" / "omslag.jpg"


def test_resolve_without_a_file_is_the_working_directory():
    assert Config().resolve("cover.jpg") == Path("cover.jpg")


def test_resolve_agrees_with_pipeline_config_relative(tmp_path):
    """pipeline.config_relative can become ``config.resolve(value)`` (it also gains ~)."""
    from audiocast import pipeline

    config_relative = getattr(pipeline, "config_relative", None)
    if config_relative is None:
        pytest.skip("pipeline.config_relative is gone (its callers use Config.resolve)")
    config = Config(path=tmp_path / "audiocast.toml")
    for value in (None, "", "a.wav", "sub/b.tsv", str(tmp_path / "c.jpg")):
        assert config.resolve(value) == config_relative(config, value)


def test_every_path_setting_is_marked_in_the_metadata():
    from dataclasses import fields

    marked = {f.name: f.metadata.get("path") for cls in (PodcastConfig, RenderConfig) for f in fields(cls)
              if f.metadata.get("path")}
    assert marked == {"cover": "file", "chime": "file", "lexicon": "file", "voices_dir": "folder"}
