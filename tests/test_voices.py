"""The voice manager: where voices live, the catalog, and downloads from a fake repository on 127.0.0.1."""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from audiocast import voices
from audiocast.errors import ConfigError, EngineError, FetchError

NAME = "sv_SE-nst-medium"
FOLDER = "sv/sv_SE/nst/medium"
MODEL = bytes(range(256)) * 400  # 100 kB standing in for 63 MB
CONFIG = json.dumps({"audio": {"sample_rate": 22050}, "espeak": {"voice": "sv"}, "phoneme_id_map": {"_": [0]},
                     "num_symbols": 1, "num_speakers": 1}).encode()


def voices_json(model: bytes = MODEL, config: bytes = CONFIG) -> bytes:
    """A trimmed voices.json in the repository's format, describing ``model`` and ``config``."""
    def info(data: bytes) -> dict:
        return {"size_bytes": len(data), "md5_digest": hashlib.md5(data).hexdigest()}
    return json.dumps({NAME: {
        "key": NAME, "name": "nst", "quality": "medium", "num_speakers": 1,
        "language": {"code": "sv_SE", "family": "sv", "region": "SE"},
        "files": {f"{FOLDER}/{NAME}.onnx": info(model), f"{FOLDER}/{NAME}.onnx.json": info(config),
                  f"{FOLDER}/MODEL_CARD": info(b"card")},
    }}).encode()


@dataclass
class FakeRepo:
    """What the fake repository serves: path → body; paths in ``cut`` stop half way."""

    files: dict[str, bytes] = field(default_factory=dict)
    cut: set[str] = field(default_factory=set)
    requests: list[str] = field(default_factory=list)
    base_url: str = ""


@pytest.fixture
def repo() -> Iterator[FakeRepo]:
    state = FakeRepo(files={"/voices.json": voices_json(), f"/{FOLDER}/{NAME}.onnx": MODEL,
                            f"/{FOLDER}/{NAME}.onnx.json": CONFIG})

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            state.requests.append(self.path)
            body = state.files.get(self.path)
            if body is None:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.path in state.cut:
                self.wfile.write(body[: len(body) // 2])
                self.wfile.flush()
                self.close_connection = True
                return
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    state.base_url = f"http://127.0.0.1:{server.server_address[1]}/"
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()


def everything_in(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*")) if folder.exists() else []


def test_data_dir_follows_xdg_and_configuration(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert voices.data_dir() == tmp_path / "xdg" / "audiocast" / "voices"
    monkeypatch.setenv("XDG_DATA_HOME", "relative/ignored")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert voices.data_dir() == tmp_path / "home" / ".local" / "share" / "audiocast" / "voices"
    assert voices.data_dir(tmp_path / "mine") == tmp_path / "mine"


def test_catalog_lists_swedish_voices_with_repository_folders() -> None:
    names = [v.name for v in voices.available()]
    assert names[0] == NAME and len(names) == len(set(names))
    for voice in voices.available():
        assert voice.name.startswith("sv_SE-") and voice.licence and voice.size_mb > 0
        assert voice.folder == f"sv/sv_SE/{voice.name.split('-')[1]}/{voice.quality}"


@pytest.mark.parametrize("bad", ["../../etc/passwd", "sv_SE-nst", "sv_SE-nst-medium/../x", "sv_SE-a b-low"])
def test_bad_names_are_refused(bad: str, tmp_path: Path) -> None:
    with pytest.raises(ConfigError):
        voices.download(bad, folder=tmp_path, base_url="http://127.0.0.1:9/")


def test_download_installs_model_and_config(repo: FakeRepo, tmp_path: Path) -> None:
    seen: list[tuple[str, int, int]] = []
    voice = voices.download(NAME, folder=tmp_path, base_url=repo.base_url,
                            progress=lambda f, done, total: seen.append((f, done, total)))
    assert voice.model == tmp_path / NAME / f"{NAME}.onnx"
    assert voice.model.read_bytes() == MODEL and voice.config.read_bytes() == CONFIG
    assert everything_in(tmp_path) == [NAME, f"{NAME}/{NAME}.onnx", f"{NAME}/{NAME}.onnx.json"]
    assert voices.installed(tmp_path) == [voice]
    assert voices.resolve(NAME, tmp_path) == voice.model
    assert (f"{NAME}.onnx", len(MODEL), len(MODEL)) in seen
    assert "/voices.json" in repo.requests


def test_interrupted_download_leaves_nothing(repo: FakeRepo, tmp_path: Path) -> None:
    repo.cut.add(f"/{FOLDER}/{NAME}.onnx")
    with pytest.raises(FetchError, match="run the download again"):
        voices.download(NAME, folder=tmp_path, base_url=repo.base_url)
    assert everything_in(tmp_path) == []
    assert voices.installed(tmp_path) == []
    with pytest.raises(EngineError, match=f"run: audiocast voices download {NAME}"):
        voices.resolve(NAME, tmp_path)


def test_corrupted_download_is_refused_and_keeps_the_old_voice(repo: FakeRepo, tmp_path: Path) -> None:
    voices.download(NAME, folder=tmp_path, base_url=repo.base_url)
    damaged = bytearray(MODEL)
    damaged[1000] ^= 0xFF  # same size, wrong checksum
    repo.files[f"/{FOLDER}/{NAME}.onnx"] = bytes(damaged)
    with pytest.raises(FetchError, match="checksum mismatch"):
        voices.download(NAME, folder=tmp_path, base_url=repo.base_url)
    assert everything_in(tmp_path) == [NAME, f"{NAME}/{NAME}.onnx", f"{NAME}/{NAME}.onnx.json"]
    assert (tmp_path / NAME / f"{NAME}.onnx").read_bytes() == MODEL


def test_corrupted_first_download_leaves_nothing(repo: FakeRepo, tmp_path: Path) -> None:
    repo.files[f"/{FOLDER}/{NAME}.onnx"] = MODEL[::-1]
    with pytest.raises(FetchError, match="checksum mismatch"):
        voices.download(NAME, folder=tmp_path, base_url=repo.base_url)
    assert everything_in(tmp_path) == []


def test_a_larger_file_than_announced_is_cut_off(repo: FakeRepo, tmp_path: Path) -> None:
    repo.files[f"/{FOLDER}/{NAME}.onnx"] = MODEL + b"x" * 70000
    with pytest.raises(FetchError, match="larger than"):
        voices.download(NAME, folder=tmp_path, base_url=repo.base_url)
    assert everything_in(tmp_path) == []


def test_config_newer_than_voices_json_is_kept_if_valid(repo: FakeRepo, tmp_path: Path) -> None:
    newer = CONFIG.replace(b"22050", b"22050, \"quality\": \"medium\"")
    repo.files[f"/{FOLDER}/{NAME}.onnx.json"] = newer
    voice = voices.download(NAME, folder=tmp_path, base_url=repo.base_url)
    assert voice.config.read_bytes() == newer


def test_broken_config_is_refused(repo: FakeRepo, tmp_path: Path) -> None:
    repo.files[f"/{FOLDER}/{NAME}.onnx.json"] = b"<html>not found</html>"
    with pytest.raises(FetchError, match="not valid JSON"):
        voices.download(NAME, folder=tmp_path, base_url=repo.base_url)
    assert everything_in(tmp_path) == []


def test_voice_not_in_the_repository(repo: FakeRepo, tmp_path: Path) -> None:
    with pytest.raises(FetchError, match="no voice sv_SE-lisa-medium"):
        voices.download("sv_SE-lisa-medium", folder=tmp_path, base_url=repo.base_url)
    assert everything_in(tmp_path) == []


def test_unreachable_repository(tmp_path: Path, repo: FakeRepo) -> None:
    del repo.files["/voices.json"]
    with pytest.raises(FetchError, match="HTTP 404"):
        voices.download(NAME, folder=tmp_path, base_url=repo.base_url)


def test_installed_ignores_incomplete_and_hidden_entries(tmp_path: Path) -> None:
    (tmp_path / "sv_SE-lisa-medium").mkdir()
    (tmp_path / "sv_SE-lisa-medium" / "sv_SE-lisa-medium.onnx").write_bytes(b"m")  # no config
    (tmp_path / ".download-sv_SE-nst-medium.x").mkdir()
    (tmp_path / "sv_SE-alma-medium.onnx").write_bytes(b"mm")  # loose files count too
    (tmp_path / "sv_SE-alma-medium.onnx.json").write_bytes(b"{}")
    assert [v.name for v in voices.installed(tmp_path)] == ["sv_SE-alma-medium"]
    assert voices.installed(tmp_path / "absent") == []
    assert voices.resolve("sv_SE-alma-medium", tmp_path) == tmp_path / "sv_SE-alma-medium.onnx"


# --- the command line: audiocast voices, audiocast voices download ---------------------------


def test_cli_lists_installed_and_available_voices(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner
    from piper_fake import install_tiny_voice

    from audiocast.cli import main

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    folder = tmp_path / "xdg" / "audiocast" / "voices"
    install_tiny_voice(folder, name="sv_SE-alma-medium")
    install_tiny_voice(folder, name="sv_SE-test-low")
    result = CliRunner().invoke(main, ["voices"])
    assert result.exit_code == 0, result.output
    text = result.output
    installed, available = text.split("Available to download:")
    assert installed.startswith(f"Installed in {folder}:")
    assert "sv_SE-alma-medium" in installed and "CC BY 4.0" in installed and "medium" in installed
    assert "sv_SE-test-low" in installed and "low" in installed and "MODEL_CARD" in installed
    assert "sv_SE-nst-medium" in available and "63 MB" in available and "licence:" in available
    assert "sv_SE-alma-medium" not in available


def test_cli_with_nothing_installed_says_how_to_download(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from audiocast.cli import main

    cfg = tmp_path / "audiocast.toml"
    cfg.write_text("[render]\nvoices_dir = 'röster'\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["--config", str(cfg), "voices"])
    assert result.exit_code == 0
    assert result.output.splitlines()[:2] == [
        f"Installed in {tmp_path / 'röster'}:",
        "  (none; download one with: audiocast voices download sv_SE-nst-medium)",
    ]


def test_cli_download_into_a_folder(repo: FakeRepo, tmp_path: Path, no_proxy: None) -> None:
    from click.testing import CliRunner

    from audiocast.cli import main

    into = tmp_path / "mine"
    result = CliRunner().invoke(main, ["voices", "download", NAME, "--into", str(into), "--repository", repo.base_url])
    assert result.exit_code == 0, result.output
    assert result.output == f"installed {NAME} (102 kB) in {into / NAME}\n"
    assert (into / NAME / f"{NAME}.onnx").read_bytes() == MODEL


def test_cli_download_into_the_configured_folder_quietly(repo: FakeRepo, tmp_path: Path, no_proxy: None) -> None:
    from click.testing import CliRunner

    from audiocast.cli import main

    cfg = tmp_path / "site" / "audiocast.toml"
    cfg.parent.mkdir()
    cfg.write_text("[render]\nvoices_dir = 'röster'\n", encoding="utf-8")
    args = ["--config", str(cfg), "voices", "download", NAME, "--repository", repo.base_url, "-q"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0 and result.output == ""
    assert [v.name for v in voices.installed(cfg.parent / "röster")] == [NAME]


def test_cli_download_failures_are_one_line(repo: FakeRepo, tmp_path: Path, no_proxy: None) -> None:
    from click.testing import CliRunner

    from audiocast.cli import main

    repo.cut.add(f"/{FOLDER}/{NAME}.onnx")
    result = CliRunner().invoke(main, ["voices", "download", NAME, "--into", str(tmp_path), "--repository",
                                       repo.base_url])
    assert result.exit_code == 1 and "Traceback" not in result.output
    (line,) = result.output.splitlines()
    assert line.startswith("error: ") and "run the download again" in line
    bad = CliRunner().invoke(main, ["voices", "download", "nst", "--into", str(tmp_path)])
    assert bad.exit_code == 1 and len(bad.output.splitlines()) == 1 and "not a Piper voice name" in bad.output


def test_download_progress_bar_follows_each_file(capsys: pytest.CaptureFixture[str]) -> None:
    from audiocast.cli.voices import _DownloadBar

    bar = _DownloadBar()
    for file_name, total in ((f"{NAME}.onnx.json", 100), (f"{NAME}.onnx", 1000)):
        for done in range(0, total + 1, total // 4):
            bar(file_name, done, total)
    bar.close()
    bar.close()  # twice is harmless
    err = capsys.readouterr().err
    assert f"{NAME}.onnx.json" in err and f"{NAME}.onnx" in err
