"""Piper voices: a small catalog of the Swedish ones, where they are installed, and downloads.

A voice is two files from the official voice repository (rhasspy/piper-voices
on Hugging Face): the model ``<name>.onnx`` and its config ``<name>.onnx.json``.
Installed voices live in :func:`data_dir`, one folder per voice::

    ~/.local/share/audiocast/voices/sv_SE-nst-medium/sv_SE-nst-medium.onnx
                                                   /sv_SE-nst-medium.onnx.json

:func:`download` fetches the repository's ``voices.json`` (the size and md5 of
every file), streams both files into a temporary folder beside the voices,
checks size and checksum, and then renames the whole folder into place: a
voice is installed completely or not at all. Not here: loading and speaking a
voice (``audiocast.tts.piper_engine``).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import tempfile
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import requests

from . import __version__
from .errors import ConfigError, EngineError, FetchError
from .tts.names import PIPER_VOICE_NAME

log = logging.getLogger(__name__)

DEFAULT_BASE_URL = "https://huggingface.co/rhasspy/piper-voices/resolve/main/"
"""The official voice repository; every voice's files are under ``<lang>/<lang_REGION>/<name>/<quality>/``."""

USER_AGENT = f"audiocast/{__version__} (Swedish news read aloud as a podcast; voice download)"

MAX_MODEL_BYTES = 250 * 1024 * 1024
"""The largest model accepted (Piper's "high" voices are about 115 MB, "medium" 63 MB)."""
MAX_SMALL_BYTES = 32 * 1024 * 1024
"""The largest voices.json or voice config accepted."""
_CHUNK = 1 << 16

_NAME = PIPER_VOICE_NAME
"""A voice name as the repository spells it: ``sv_SE-nst-medium``."""

Progress = Callable[[str, int, int], None]
"""``progress(file_name, bytes_done, bytes_total)``, called while a file downloads."""


@dataclass(frozen=True)
class CatalogVoice:
    """A Swedish voice known to be in the official repository."""

    name: str
    """The voice's name, e.g. ``sv_SE-nst-medium``."""
    quality: str
    """Piper's quality tier: x_low, low, medium or high (medium: 22.05 kHz, about 63 MB)."""
    size_mb: int
    """About how many megabytes the model is (the exact size comes from voices.json)."""
    licence: str
    """What is known about the licence; read the voice's MODEL_CARD before publishing."""
    description: str
    """One line for people choosing a voice."""
    sha256: str | None = None
    """The model's sha256 when known for certain; otherwise voices.json's md5 is checked."""

    @property
    def folder(self) -> str:
        """The voice's folder in the repository, e.g. ``sv/sv_SE/nst/medium``."""
        return repo_folder(self.name)


CATALOG: tuple[CatalogVoice, ...] = (
    CatalogVoice("sv_SE-nst-medium", "medium", 63,
                 "trained on the NST Swedish corpus (Språkbanken); see the voice's MODEL_CARD",
                 "NST: a male voice from the Swedish NST speech corpus; the first Swedish Piper voice"),
    CatalogVoice("sv_SE-lisa-medium", "medium", 63,
                 "see the voice's MODEL_CARD",
                 "Lisa: a female Swedish voice"),
    CatalogVoice("sv_SE-alma-medium", "medium", 63,
                 "CC BY 4.0 according to its model card (by Daniel Nylander, NST data); credit the author",
                 "Alma: a female Swedish voice trained on NST data"),
)
"""The Swedish voices in rhasspy/piper-voices (evidence: the repository's voice lists
as quoted by several projects). Sizes: every Piper "medium" model is 63,201,294 bytes."""


@dataclass(frozen=True)
class InstalledVoice:
    """A voice on this machine: model and config both present."""

    name: str
    model: Path
    config: Path
    size: int
    """Bytes of the model file."""


def data_dir(configured: str | os.PathLike[str] | None = None) -> Path:
    """Where voices are installed.

    ``configured`` (a folder from the configuration) wins; otherwise
    ``$XDG_DATA_HOME/audiocast/voices`` when XDG_DATA_HOME is set to an
    absolute path, else ``~/.local/share/audiocast/voices``.
    """
    if configured:
        return Path(configured).expanduser()
    xdg = os.environ.get("XDG_DATA_HOME", "")
    base = Path(xdg) if xdg and Path(xdg).is_absolute() else Path.home() / ".local" / "share"
    return base / "audiocast" / "voices"


def check_name(name: str) -> re.Match[str]:
    """The parts of a voice name; ConfigError when it is not one."""
    match = _NAME.match(name)
    if match is None:
        raise ConfigError(
            f"{name!r} is not a Piper voice name; names look like 'sv_SE-nst-medium' "
            "(language_REGION-speaker-quality); run 'audiocast voices' to see them"
        )
    return match


def repo_folder(name: str) -> str:
    """The voice's folder in the repository: ``sv/sv_SE/nst/medium`` for ``sv_SE-nst-medium``."""
    m = check_name(name)
    return f"{m['family']}/{m['family']}_{m['region']}/{m['speaker']}/{m['quality']}"


def available() -> tuple[CatalogVoice, ...]:
    """The Swedish voices audiocast knows of, best first."""
    return CATALOG


def _voice_files(folder: Path, name: str) -> InstalledVoice | None:
    """The voice ``name`` in ``folder`` (its own subfolder, or loose files), or None."""
    for where in (folder / name, folder):
        model = where / f"{name}.onnx"
        config = where / f"{name}.onnx.json"
        if model.is_file() and config.is_file():
            return InstalledVoice(name, model, config, model.stat().st_size)
    return None


def installed(folder: str | os.PathLike[str] | None = None) -> list[InstalledVoice]:
    """Every complete voice in ``folder`` (default :func:`data_dir`), by name."""
    root = data_dir(folder)
    if not root.is_dir():
        return []
    names = set()
    for entry in root.iterdir():
        if entry.name.startswith("."):
            continue  # downloads in progress, replaced voices
        if entry.is_dir():
            names.add(entry.name)
        elif entry.name.endswith(".onnx"):
            names.add(entry.name[: -len(".onnx")])
    found = (_voice_files(root, name) for name in sorted(names))
    return [voice for voice in found if voice is not None]


def _missing(name: str, root: Path) -> EngineError:
    return EngineError(
        f"no Piper voice {name} installed (looked in {root}); run: audiocast voices download {name}"
    )


def resolve(name_or_path: str | os.PathLike[str], folder: str | os.PathLike[str] | None = None) -> Path:
    """The model file (``.onnx``) for an installed voice's name or a path to a model.

    A path must have its ``.onnx.json`` config beside it. Raises EngineError
    saying how to install the voice when it is missing.
    """
    text = os.fspath(name_or_path)
    if text.endswith(".onnx") or os.sep in text or "/" in text:
        model = Path(text).expanduser()
        if not model.is_file():
            raise EngineError(f"no Piper voice model at {model}; check the path or download a voice "
                              "with: audiocast voices download sv_SE-nst-medium")
        config = model.with_name(model.name + ".json")
        if not config.is_file():
            raise EngineError(f"the Piper voice {model} has no config {config.name} beside it; "
                              "download both files of the voice")
        return model
    check_name(text)
    root = data_dir(folder)
    voice = _voice_files(root, text)
    if voice is None:
        raise _missing(text, root)
    return voice.model


# --- downloads ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _RemoteFile:
    """One file of a voice, as voices.json announces it.

    The model is checked strictly (size, md5, and sha256 where known). The
    config is not compared with voices.json, whose entries for configs are
    known to go stale when a config is edited (rhasspy/piper#750: "Wrong size
    ... for en_US-ryan-low.onnx.json"); it must parse and have Piper's keys.
    """

    url: str
    file_name: str
    size: int
    md5: str
    sha256: str | None
    limit: int
    """Bytes past which the download is stopped."""
    strict: bool


def _get(session: requests.Session, url: str, timeout: float) -> requests.Response:
    """A streamed GET that raises FetchError for network failures and bad statuses."""
    try:
        resp = session.get(url, stream=True, timeout=(timeout, timeout), headers={"User-Agent": USER_AGENT})
    except requests.Timeout:
        raise FetchError(url, f"timed out after {timeout:g} s; check the connection and try again") from None
    except requests.RequestException as exc:
        raise FetchError(url, f"cannot connect ({type(exc).__name__}); check the internet connection "
                              "or the voice repository address") from None
    if resp.status_code != 200:
        resp.close()
        hint = "the voice is not in the repository" if resp.status_code == 404 else "try again later"
        raise FetchError(url, f"the server answered HTTP {resp.status_code}; {hint}")
    return resp


def _stream_to(session: requests.Session, remote: _RemoteFile, out: Path, timeout: float,
               progress: Progress | None) -> tuple[int, str, str]:
    """Download ``remote`` into ``out``; returns (bytes, md5, sha256). Stops past its limit."""
    md5 = hashlib.md5(usedforsecurity=False)
    sha = hashlib.sha256()
    done = 0
    with _get(session, remote.url, timeout) as resp, out.open("wb") as f:
        try:
            for chunk in resp.iter_content(_CHUNK):
                done += len(chunk)
                if done > remote.limit:
                    raise FetchError(remote.url, f"the file is larger than the expected {remote.limit} bytes; "
                                                 "refusing it (the repository or a proxy sent something else)")
                md5.update(chunk)
                sha.update(chunk)
                f.write(chunk)
                if progress is not None:
                    progress(remote.file_name, done, remote.size)
        except requests.RequestException as exc:
            raise FetchError(remote.url, f"the download broke off after {done} bytes "
                                         f"({type(exc).__name__}); run the download again") from None
    return done, md5.hexdigest(), sha.hexdigest()


def _verify(remote: _RemoteFile, got: tuple[int, str, str], path: Path) -> None:
    """Refuse a file that is cut off or corrupted; see :class:`_RemoteFile` for what is checked."""
    size, md5, sha = got
    if not remote.strict:
        _check_config(remote, path)
        if (size, md5) != (remote.size, remote.md5.lower()):
            log.warning("%s differs from voices.json (%d bytes, md5 %s; listed %d, %s) but is a valid "
                        "Piper config; keeping it", remote.file_name, size, md5, remote.size, remote.md5)
        return
    if size != remote.size:
        raise FetchError(remote.url, f"got {size} bytes, expected {remote.size}: the download was cut off "
                                     "or the file changed; nothing was installed, run the download again")
    if remote.md5 and md5 != remote.md5.lower():
        raise FetchError(remote.url, f"checksum mismatch (md5 {md5}, expected {remote.md5}): the file is "
                                     "corrupted; nothing was installed, run the download again")
    if remote.sha256 and sha != remote.sha256.lower():
        raise FetchError(remote.url, f"checksum mismatch (sha256 {sha}, expected {remote.sha256}); "
                                     "nothing was installed")


_CONFIG_KEYS = ("audio", "espeak", "phoneme_id_map", "num_symbols", "num_speakers")
"""What Piper's config loader (``PiperConfig.from_dict``) needs."""


def _check_config(remote: _RemoteFile, path: Path) -> None:
    """A voice config must be JSON with the keys Piper reads."""
    try:
        config = json.loads(path.read_bytes())
    except ValueError:
        raise FetchError(remote.url, "the voice config is not valid JSON: the download is corrupted; "
                                     "nothing was installed, run the download again") from None
    missing = [key for key in _CONFIG_KEYS if not isinstance(config, dict) or key not in config]
    if missing:
        raise FetchError(remote.url, f"the voice config lacks {', '.join(missing)}: not a Piper voice "
                                     "config; nothing was installed")


def _catalog_entry(session: requests.Session, base_url: str, name: str, timeout: float) -> dict[str, Any]:
    """The repository's voices.json entry for ``name``."""
    url = urllib.parse.urljoin(base_url, "voices.json")
    with _get(session, url, timeout) as resp:
        try:
            body = bytearray()
            for chunk in resp.iter_content(_CHUNK):
                body += chunk
                if len(body) > MAX_SMALL_BYTES:
                    raise FetchError(url, "voices.json is unexpectedly large; check the repository address")
        except requests.RequestException as exc:
            raise FetchError(url, f"the download broke off ({type(exc).__name__}); try again") from None
    try:
        voices = json.loads(body)
    except ValueError:
        raise FetchError(url, "voices.json is not valid JSON; check the repository address") from None
    entry = voices.get(name) if isinstance(voices, dict) else None
    if not isinstance(entry, dict) or not isinstance(entry.get("files"), dict):
        raise FetchError(url, f"the voice repository has no voice {name}; run 'audiocast voices' "
                              "for the Swedish voices")
    return entry


def _remote_files(base_url: str, name: str, entry: dict[str, Any]) -> list[_RemoteFile]:
    """The model and config of ``name`` as voices.json describes them."""
    folder = repo_folder(name)
    known = {voice.name: voice.sha256 for voice in CATALOG}
    out = []
    for suffix, limit in ((".onnx.json", MAX_SMALL_BYTES), (".onnx", MAX_MODEL_BYTES)):
        strict = suffix == ".onnx"
        key = f"{folder}/{name}{suffix}"
        info = entry["files"].get(key)
        if not isinstance(info, dict) or not isinstance(info.get("size_bytes"), int):
            raise FetchError(urllib.parse.urljoin(base_url, "voices.json"),
                             f"voices.json lists no size for {key}; the repository changed, update audiocast")
        size = info["size_bytes"]
        if size > limit:
            raise FetchError(key, f"{size} bytes is more than the {limit} accepted for a voice file")
        out.append(_RemoteFile(
            url=urllib.parse.urljoin(base_url, urllib.parse.quote(key)), file_name=f"{name}{suffix}",
            size=size, md5=str(info.get("md5_digest") or ""),
            sha256=known.get(name) if strict else None, limit=size if strict else limit, strict=strict))
    return out


def _move_into_place(tmp: Path, target: Path) -> None:
    """Rename the finished folder ``tmp`` to ``target``, replacing an older copy."""
    old: Path | None = None
    if target.exists():
        old = Path(tempfile.mkdtemp(prefix=f".old-{target.name}.", dir=target.parent))
        os.replace(target, old / target.name)
    try:
        os.replace(tmp, target)
    except OSError:
        if old is not None:
            os.replace(old / target.name, target)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def download(name: str, *, folder: str | os.PathLike[str] | None = None, base_url: str = DEFAULT_BASE_URL,
             progress: Progress | None = None, timeout: float = 30.0,
             session: requests.Session | None = None) -> InstalledVoice:
    """Download the voice ``name`` (model and config) into ``folder`` (default :func:`data_dir`).

    Sizes and md5 digests come from the repository's voices.json (and a
    sha256 from the catalog where one is known); a file that is cut off,
    larger than announced or has the wrong checksum is refused. Files are
    written into a hidden temporary folder and renamed into place together,
    so an interrupted or refused download never leaves a voice behind.
    Raises FetchError (network, checksum) or ConfigError (a bad name).
    """
    check_name(name)
    if not base_url.endswith("/"):
        base_url += "/"
    root = data_dir(folder)
    try:
        root.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".download-{name}.", dir=root))
    except OSError as exc:
        raise FetchError(str(root), f"cannot create the voice folder ({exc.strerror}); "
                                    "check permissions or configure another voice folder") from None
    own_session = session is None
    http = session or requests.Session()
    try:
        entry = _catalog_entry(http, base_url, name, timeout)
        for remote in _remote_files(base_url, name, entry):
            path = tmp / remote.file_name
            _verify(remote, _stream_to(http, remote, path, timeout, progress), path)
        _move_into_place(tmp, root / name)
    except OSError as exc:
        raise FetchError(str(root), f"cannot write the voice ({exc.strerror}); check free disk space") from None
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        if own_session:
            http.close()
    voice = _voice_files(root, name)
    if voice is None:  # pragma: no cover - both files were just renamed into place
        raise FetchError(str(root / name), "the voice vanished right after installing; check the folder")
    return voice
