"""Shared test fixtures: generated audio and a fake of Google's TTS endpoint.

Everything here is made by the tests themselves; nothing touches the network.
"""

from __future__ import annotations

import array
import base64
import json
import math
import subprocess
import sys
import threading
import time
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import SimpleNamespace

import pytest

from audiocast.audio import AudioSegment, ffmpeg_exe

RATE = 44100


def pcm_segment(samples: array.array, rate: int = RATE) -> AudioSegment:
    """A mono 16-bit AudioSegment from an array('h') of samples."""
    if sys.byteorder == "big":
        samples = array.array("h", samples)
        samples.byteswap()
    return AudioSegment(data=samples.tobytes(), sample_width=2, frame_rate=rate, channels=1)


def segment_samples(seg: AudioSegment) -> array.array:
    """The samples of a mono 16-bit AudioSegment as array('h')."""
    arr = array.array("h", seg.raw_data)
    if sys.byteorder == "big":
        arr.byteswap()
    return arr


def speechlike(duration_ms: int, level_db: float = -6.0, rate: int = RATE,
               f0: float = 180.0, syllables_per_s: float = 4.0) -> AudioSegment:
    """A voice-like test signal: a harmonic tone under a syllable-rate envelope.

    ``level_db`` is the peak level in dBFS; values above 0 clip, like an
    overdriven recording.
    """
    n = rate * duration_ms // 1000
    gain = 32767 * 10 ** (level_db / 20)
    out = array.array("h", bytes(2 * n))
    w = 2 * math.pi * f0 / rate
    ws = math.pi * syllables_per_s / rate
    for i in range(n):
        env = math.sin(ws * i) ** 2
        v = env * (0.6 * math.sin(w * i) + 0.25 * math.sin(3 * w * i) + 0.15 * math.sin(7 * w * i))
        out[i] = max(-32768, min(32767, int(v * gain)))
    return pcm_segment(out, rate)


def tone(duration_ms: int, freq: float = 440.0, level_db: float = -12.0, rate: int = RATE) -> AudioSegment:
    """A plain sine tone."""
    n = rate * duration_ms // 1000
    gain = 32767 * 10 ** (level_db / 20)
    w = 2 * math.pi * freq / rate
    return pcm_segment(array.array("h", (int(gain * math.sin(w * i)) for i in range(n))), rate)


def encode_mp3(seg: AudioSegment, bitrate: str = "48k") -> bytes:
    """``seg`` as MP3 bytes, encoded with the imageio-ffmpeg binary (like Google's 24 kHz MP3)."""
    proc = subprocess.run(
        [ffmpeg_exe(), "-hide_banner", "-loglevel", "error", "-f", "s16le", "-ar", str(seg.frame_rate),
         "-ac", "1", "-i", "pipe:0", "-c:a", "libmp3lame", "-b:a", bitrate, "-f", "mp3", "pipe:1"],
        input=seg.raw_data, capture_output=True, check=True,
    )
    return proc.stdout


# ------------------------------------------------------------ fake gTTS API


def batchexecute_reply(mp3: bytes) -> str:
    """A reply in the format of Google's batchexecute endpoint carrying ``mp3``.

    Like Google's: an anti-JSON-hijacking prefix, then length-prefixed JSON
    lines; the audio is base64 inside a JSON string inside the JSON array, so
    its quotes arrive escaped (``"jQ1olc","[\\"SUQz...\\"]"``), which is
    what gtts.tts.gTTS.stream searches for.
    """
    inner = json.dumps([base64.b64encode(mp3).decode("ascii")])
    line = json.dumps([["wrb.fr", "jQ1olc", inner, None, None, None, "generic"],
                       ["di", 42], ["af.httprm", 41, "-1234567890", 7]], separators=(",", ":"))
    tail = json.dumps([["e", 4, None, None, len(line) + 30]], separators=(",", ":"))
    return f")]}}'\n\n{len(line)}\n{line}\n{len(tail)}\n{tail}\n"


@dataclass
class FakeGtts:
    """A fake of translate.google.*'s batchexecute TTS endpoint on 127.0.0.1.

    ``requests`` records every request's (text, lang, slow). Set ``fail_next``
    to a list of HTTP statuses to answer the next requests with; ``mp3`` is
    what every success carries (default: 300 ms of tone at 24 kHz).
    """

    url: str
    requests: list[tuple[str, str, object]] = field(default_factory=list)
    fail_next: list[int] = field(default_factory=list)
    mp3: bytes = b""
    no_audio: bool = False
    delay: float = 0.0
    """Seconds each request takes (to see parallel requests overlap)."""
    active: int = 0
    max_active: int = 0
    """The most requests that were being answered at the same time."""
    lock: threading.Lock = field(default_factory=threading.Lock)


@pytest.fixture
def fake_gtts() -> Iterator[FakeGtts]:
    """A running fake of Google's TTS endpoint; its ``url`` goes to GttsEngine(endpoint=...)."""
    state = FakeGtts(url="", mp3=encode_mp3(tone(300, 330.0, -10.0, rate=24000)))

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:  # keep test output clean
            pass

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", 0))
            body = self.rfile.read(length).decode("utf-8")
            form = urllib.parse.parse_qs(body)
            rpc = json.loads(form["f.req"][0])
            rpc_id, params_json = rpc[0][0][0], rpc[0][0][1]
            text, lang, slow, _ = json.loads(params_json)
            with state.lock:
                state.requests.append((text, lang, slow))
                status = state.fail_next.pop(0) if state.fail_next else 200
                state.active += 1
                state.max_active = max(state.max_active, state.active)
            try:
                time.sleep(state.delay)
            finally:  # done before the answer goes out: a client's next request may arrive before this thread ran on
                with state.lock:
                    state.active -= 1
            self._answer(status, rpc_id)

        def _answer(self, status: int, rpc_id: str) -> None:
            if rpc_id != "jQ1olc" or self.path != "/_/TranslateWebserverUi/data/batchexecute":
                status = 404
            if status != 200:
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            payload = (")]}'\n\n20\n[[\"e\",4,null,null,20]]\n" if state.no_audio
                       else batchexecute_reply(state.mp3)).encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}/_/TranslateWebserverUi/data/batchexecute"
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


@pytest.fixture
def closed_port_url() -> str:
    """An http URL on 127.0.0.1 where nothing listens (connections are refused)."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}/_/TranslateWebserverUi/data/batchexecute"


@pytest.fixture
def signals() -> SimpleNamespace:
    """Test-signal helpers: speechlike, tone, pcm_segment, segment_samples, encode_mp3."""
    return SimpleNamespace(speechlike=speechlike, tone=tone, pcm_segment=pcm_segment,
                           segment_samples=segment_samples, encode_mp3=encode_mp3, rate=RATE)


@pytest.fixture
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make requests ignore proxy settings, so 127.0.0.1 is reached directly."""
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")


@pytest.fixture(autouse=True)
def no_installed_voices(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    """No test sees the Piper voices installed on this machine: "auto" prefers one, so
    it would make the tests depend on the machine. A test that wants one installs it."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("xdg")))
