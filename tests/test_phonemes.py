"""Lexicon entries in IPA: kept through the normalizer, spoken by each voice in its own notation."""

from __future__ import annotations

import ctypes
from types import SimpleNamespace

import pytest

from audiocast.speech import Lexicon, normalize, phonemes
from audiocast.speech.phonemes import for_engine, ipa_to_espeak, protect, restore, written_of
from audiocast.timing import TimedEngine
from audiocast.tts import SynthCache
from audiocast.tts.base import Availability, Engine

LEXICON = Lexicon({"Växjö": "[[ˈvɛkːˌɧøː]]", "Haninge": "[[hˈɑːnɪŋə]]"})


def test_the_normalizer_keeps_phonemes_and_adds_endings_in_ipa():
    spoken = normalize("Mötet i Växjö börjar kl. 14.30, sa Haninges ordförande.", LEXICON)
    assert spoken == ("Mötet i [[ˈvɛkːˌɧøː|Växjö]] börjar klockan fjorton och trettio, "
                      "sa [[hˈɑːnɪŋəs|Haninges]] ordförande.")
    assert written_of(spoken).startswith("Mötet i Växjö börjar")


def test_protect_and_restore_round_trip():
    text = "a [[ˈa|A]] b [[ˈb\\\\1|B]] c"
    hidden, blocks = protect(text)
    assert "[[" not in hidden and len(blocks) == 2
    assert restore(hidden.upper(), blocks) == "A [[ˈa|A]] B [[ˈb\\\\1|B]] C"


def test_each_voice_gets_its_own_notation(monkeypatch):
    text = "I [[ˈvɛkːˌɧøː|Växjö]] i dag."
    assert for_engine(text, "piper") == "I [[ˈvɛkːˌɧøː]] i dag."
    assert for_engine(text, "espeak") == "I [['vEk,sxY:]] i dag."  # stress before the syllable, as in IPA
    warned: list[str] = []
    # The module's own logger, not caplog: other tests may reconfigure logging.
    monkeypatch.setattr(phonemes, "log", SimpleNamespace(warning=lambda msg, *a: warned.append(msg % a)))
    assert for_engine(text, "gtts") == "I Växjö i dag."
    assert warned and "ignored for Växjö" in warned[0]
    assert for_engine("Inga fonem.", "gtts") == "Inga fonem."


ESPEAK_WORDS = "Växjö sjuk kyrka tjugo hus hos hål häl hel hyl hal lös löss full fyll mat bock sen gått rätt skön " \
               "kärlek barn bord fors lära öra dörr ängel tung ring lång".split()


def _espeak_phonemes(word: str, mode: int) -> str:
    from audiocast.tts.espeak import _get_library, _lock

    with _lock:
        lib = _get_library()
        lib.configure("sv", 155, 50, 0)
        fn = lib.lib.espeak_TextToPhonemes
        fn.restype = ctypes.c_char_p
        fn.argtypes = [ctypes.POINTER(ctypes.c_char_p), ctypes.c_int, ctypes.c_int]
        return str(fn(ctypes.pointer(ctypes.c_char_p(word.encode())), 1, mode).decode())


@pytest.mark.parametrize("word", ESPEAK_WORDS)
def test_ipa_table_gives_espeaks_own_phonemes(word):
    """espeak-ng's IPA for a word, converted by the table, is espeak-ng's own mnemonic spelling of it."""
    ipa, mnemonics = _espeak_phonemes(word, 0x02), _espeak_phonemes(word, 0)
    assert ipa_to_espeak(ipa) == mnemonics


class _Recorder(Engine):
    name = "piper"
    voice = "test"

    def __init__(self):
        self.heard: list[str] = []

    def settings(self):
        return {}

    def check(self, timeout=2.0):
        return Availability(True, "")

    def _synthesize(self, text):
        from audiocast.audio import AudioSegment

        self.heard.append(text)
        return AudioSegment(data=b"\x10\x20" * 22050, sample_width=2, frame_rate=22050, channels=1)


def test_the_pipeline_voice_gets_phonemes_and_the_words_keep_the_written_form(tmp_path):
    inner = _Recorder()
    timed = TimedEngine(inner, SynthCache(tmp_path))
    text = "I [[ˈvɛkːˌɧøː|Växjö]] i dag."
    clip = timed.synthesize(text)
    assert inner.heard == ["I [[ˈvɛkːˌɧøː]] i dag."]
    words = timed.words_for(text, clip)
    assert [w.word for w in words.words] == ["I", "Växjö", "i", "dag."]


def test_espeak_speaks_ipa_entries_as_phonemes(tmp_path):
    from audiocast.tts import EspeakEngine

    timed = TimedEngine(EspeakEngine(), SynthCache(tmp_path))
    text = "I [[ˈvɛkːˌɧøː|Växjö]] i dag."
    clip = timed.synthesize(text)
    respelt = EspeakEngine().synthesize("I Väkschö i dag.")
    garbled = EspeakEngine().synthesize(text)  # the brackets read as text: much longer
    assert abs(len(clip) - len(respelt)) < 0.15 * len(respelt) < 0.8 * (len(garbled) - len(respelt)) + len(respelt)
    words = timed.words_for(text, clip)
    assert [w.word for w in words.words] == ["I", "Växjö", "i", "dag"] and not words.estimated
