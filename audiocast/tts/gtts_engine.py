"""Google's Swedish voice through gTTS (online).

gTTS does the text side: it splits text into the pieces Google takes (at most
100 characters) and packages each as the ``batchexecute`` request Google
Translate's web page sends. This module sends those requests itself, so it can
keep TLS verification on (gTTS turns it off), set timeouts (gTTS waits
forever), retry with back-off on transient errors, point at another endpoint
(tests use a fake on 127.0.0.1) and reuse connections. Errors keep gTTS's
"probable cause" wording.
"""

from __future__ import annotations

import base64
import re
import threading
import time
import urllib.parse
from collections import OrderedDict
from typing import Any

import requests
from gtts.tts import gTTS, gTTSError

from .. import audio
from ..audio import AudioSegment
from ..audio.mp3 import decode_mp3
from ..audio.resample import resample
from ..errors import AudioError, EngineError
from .base import Availability, Engine
from .names import EngineName

GOOGLE_TTS_URL = "https://translate.google.{tld}/_/TranslateWebserverUi/data/batchexecute"
"""Where gTTS sends its requests; ``{tld}`` is the Google domain (com, se ...)."""

_AUDIO_RE = re.compile(r'jQ1olc","\[\\"(.*)\\"]')
"""The base64 MP3 in a batchexecute reply line, as gTTS finds it."""

TRANSIENT_STATUS = frozenset({408, 429, 500, 502, 503, 504})
"""HTTP statuses worth another try."""
PIECES_KEPT = 64
"""Decoded replies kept per engine, by request (about 15 MB): a piece of text that comes again
in the run (the podcast's greeting, a repeated phrase) is requested once."""


class _NoAudio(Exception):
    """A 200 reply without an audio payload."""


class GttsError(EngineError):
    """gTTS failed; ``short`` says why in a few words (for one-line notices)."""

    def __init__(self, message: str, short: str):
        super().__init__(message)
        self.short = short


class GttsEngine(Engine):
    """Google Translate's voice for ``lang`` (Swedish by default), via gTTS."""

    name = EngineName.GTTS
    is_network = True
    description = "Google Translate's voice via gTTS, online"

    def __init__(self, lang: str = "sv", tld: str = "com", slow: bool = False,
                 endpoint: str | None = None, timeout: float = 15.0,
                 retries: int = 3, backoff: float = 1.0):
        """``endpoint``: full URL of the batchexecute API (default: from ``tld``).

        ``retries`` further attempts after a transient failure (5xx, 429,
        connection errors, timeouts), waiting ``backoff``, 2×, 4× ... seconds.
        """
        if not lang or not re.fullmatch(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*", lang):
            raise EngineError(f"gTTS language {lang!r} is not a language code; use e.g. 'sv'")
        if not re.fullmatch(r"[a-z]{2,3}(\.[a-z]{2,3})?", tld):
            raise EngineError(f"gTTS domain {tld!r} is not a Google top-level domain; use e.g. 'com' or 'se'")
        if retries < 0 or backoff < 0 or timeout <= 0:
            raise EngineError("gTTS retries and backoff must be >= 0 and the timeout > 0")
        self.voice = lang
        self.lang = lang
        self.tld = tld
        self.slow = slow
        self.endpoint = endpoint or GOOGLE_TTS_URL.format(tld=tld)
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self._local = threading.local()
        self._pieces: OrderedDict[str, AudioSegment] = OrderedDict()
        self._pieces_lock = threading.Lock()

    @property
    def host(self) -> str:
        """The host the requests go to (for messages)."""
        return urllib.parse.urlparse(self.endpoint).netloc or self.endpoint

    def settings(self) -> dict[str, Any]:
        """Language, domain, speed and endpoint: each may change the voice."""
        return {"lang": self.lang, "tld": self.tld, "slow": self.slow, "endpoint": self.endpoint}

    # --------------------------------------------------------------- requests

    def _session(self) -> requests.Session:
        """One session per thread (requests sessions are not thread-safe)."""
        session = getattr(self._local, "session", None)
        if session is None:
            session = requests.Session()
            self._local.session = session
        return session

    def _tts(self, text: str) -> gTTS:
        return gTTS(text, tld=self.tld, lang=self.lang, slow=self.slow, lang_check=False)

    def _bodies(self, tts: gTTS) -> list[str]:
        """gTTS's request bodies for the text; empty when nothing speakable is left."""
        try:
            return tts.get_bodies()
        except AssertionError:
            # gTTS asserts when nothing is left to speak after its clean-up
            # (e.g. text of only punctuation).
            return []

    def _post(self, tts: gTTS, body: str, retries: int, timeout: float) -> bytes:
        """Send one request; the MP3 bytes of the reply. Retries transient failures."""
        attempt = 0
        while True:
            response: requests.Response | None = None
            try:
                response = self._session().post(
                    self.endpoint, data=body, headers=gTTS.GOOGLE_TTS_HEADERS, timeout=timeout
                )
            except (requests.ConnectionError, requests.Timeout) as exc:
                if attempt >= retries:
                    cause = gTTSError(tts=tts).msg
                    raise GttsError(
                        f"cannot reach {self.host} (no internet?): {cause} [{type(exc).__name__}]; "
                        "check the connection or use the offline voice with --engine espeak",
                        short=f"cannot reach {self.host} (no internet?)",
                    ) from None
            except requests.RequestException as exc:
                raise GttsError(f"request to {self.host} failed: {exc}",
                                short=f"request to {self.host} failed") from None
            else:
                if response.status_code == 200:
                    try:
                        return self._audio_from(response)
                    except _NoAudio:
                        raise GttsError(
                            f"{self.host} answered without audio: {gTTSError(tts=tts, response=response).msg}; "
                            f"Google may have changed its API or does not speak {self.lang!r}; "
                            "update gTTS or use --engine espeak",
                            short=f"{self.host} answered without audio",
                        ) from None
                if response.status_code not in TRANSIENT_STATUS or attempt >= retries:
                    advice = (
                        "Google's service is failing; try again later or use --engine espeak"
                        if response.status_code >= 500 or response.status_code == 429
                        else "update gTTS (Google may have changed its API) or use --engine espeak"
                    )
                    raise GttsError(
                        f"Google TTS at {self.host} refused the request: "
                        f"{gTTSError(tts=tts, response=response).msg}; {advice}",
                        short=f"{self.host} answered HTTP {response.status_code}",
                    )
            delay = self.backoff * (2 ** attempt)
            if response is not None and response.status_code == 429:
                retry_after = response.headers.get("Retry-After", "")
                if retry_after.isdigit():
                    delay = max(delay, min(float(retry_after), 60.0))
            time.sleep(delay)
            attempt += 1

    @staticmethod
    def _audio_from(response: requests.Response) -> bytes:
        """The MP3 in a batchexecute reply, found the way gTTS finds it."""
        for line in response.text.splitlines():
            if "jQ1olc" in line:
                m = _AUDIO_RE.search(line)
                if m:
                    try:
                        return base64.b64decode(m.group(1).encode("ascii"), validate=False)
                    except ValueError:
                        break
                break
        raise _NoAudio()

    def _piece(self, tts: gTTS, body: str, label: str, retries: int, timeout: float) -> AudioSegment:
        """The audio of one request (mono 16-bit at the reply's own rate, 24 kHz): from this run's
        recent replies, or asked for."""
        with self._pieces_lock:
            pcm = self._pieces.get(body)
            if pcm is not None:
                self._pieces.move_to_end(body)
                return pcm
        mp3 = self._post(tts, body, retries, timeout)
        try:
            # Each part is its own MP3 (own encoder delay): decode separately.
            pcm = decode_mp3(mp3, label, rate=None)  # in this process: no ffmpeg run per reply
        except AudioError as exc:
            raise GttsError(f"{self.host} sent audio that cannot be decoded: {exc}",
                            short=f"{self.host} sent undecodable audio") from None
        with self._pieces_lock:
            self._pieces[body] = pcm
            while len(self._pieces) > PIECES_KEPT:
                self._pieces.popitem(last=False)
        return pcm

    def _speak(self, text: str, retries: int, timeout: float) -> AudioSegment:
        tts = self._tts(text)
        parts = [self._piece(tts, body, f"Google's audio for part {i + 1} of {text[:40]!r}", retries, timeout)
                 for i, body in enumerate(self._bodies(tts))]
        rates = {part.frame_rate for part in parts}
        # The replies' own rate (24 kHz): the episode is processed at it (audio.assembly.episode_rate).
        rate = rates.pop() if len(rates) == 1 else audio.SAMPLE_RATE
        data = b"".join(p.raw_data if p.frame_rate == rate else resample(p.raw_data, p.frame_rate, rate)
                        for p in parts)
        return AudioSegment(data=data, sample_width=2, frame_rate=rate, channels=1)

    # ------------------------------------------------------------ interface

    def _synthesize(self, text: str) -> AudioSegment:
        return self._speak(text, self.retries, self.timeout)

    def check(self, timeout: float = 2.0) -> Availability:
        """Asks for one short word, once, without retries, within ``timeout`` seconds."""
        try:
            clip = self._speak("Hej", retries=0, timeout=timeout)
        except GttsError as exc:
            return Availability(False, exc.short)
        if len(clip) == 0:
            return Availability(False, f"{self.host} returned empty audio")
        return Availability(True, f"Google's voice for {self.lang!r} at {self.host}, reachable")
