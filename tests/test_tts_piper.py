"""The Piper engine, with a tiny stand-in voice built here (no download, no network).

The stand-in model has Piper's signature (``input`` int64 [1, N] phoneme ids,
``input_lengths`` int64 [1], ``scales`` float32 [3] → ``output`` float32
[1, 1, T]) and makes a tone of ``ceil(2 · length_scale)`` frames of 256
samples per phoneme id, through a ``Ceil`` node like VITS's durations, so
Piper's alignment patch finds it and timings can be tested too.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import math
from pathlib import Path

import numpy as np
import onnx
import pytest
from onnx import TensorProto, helper
from piper.phoneme_ids import DEFAULT_PHONEME_ID_MAP

from audiocast.errors import EngineError
from audiocast.tts.cache import SynthCache, cache_key, synthesize_all
from audiocast.tts.piper_engine import PiperEngine, Timing, word_timings

SAMPLE_RATE = 22050
HOP = 256
FRAMES_PER_ID = 2.0
VOICE = "sv_SE-test-medium"
TEXT = "Kommunfullmäktige i Huddinge beslutade i går att bygga en ny skola"


def tiny_model(tone_hz: float = 220.0) -> onnx.ModelProto:
    """A Piper-shaped ONNX model: a tone whose length is (ids × ceil(2 · length_scale) × 256) samples."""
    const = helper.make_tensor
    nodes = [
        helper.make_node("Constant", [], ["idx"], value=const("idx", TensorProto.INT64, [1], [1])),
        helper.make_node("Gather", ["scales", "idx"], ["length_scale"], axis=0),
        helper.make_node("Cast", ["input"], ["ids_f"], to=TensorProto.FLOAT),
        helper.make_node("Constant", [], ["zero"], value=const("zero", TensorProto.FLOAT, [], [0.0])),
        helper.make_node("Constant", [], ["one"], value=const("one", TensorProto.FLOAT, [], [1.0])),
        helper.make_node("Mul", ["ids_f", "zero"], ["zeros"]),
        helper.make_node("Add", ["zeros", "one"], ["ones"]),
        helper.make_node("Constant", [], ["axis1"], value=const("axis1", TensorProto.INT64, [1], [1])),
        helper.make_node("Unsqueeze", ["ones", "axis1"], ["ones3"]),
        helper.make_node("Mul", ["ones3", "length_scale"], ["w0"]),
        helper.make_node("Constant", [], ["k"], value=const("k", TensorProto.FLOAT, [], [FRAMES_PER_ID])),
        helper.make_node("Mul", ["w0", "k"], ["w"]),
        helper.make_node("Ceil", ["w"], ["w_ceil"]),
        helper.make_node("ReduceSum", ["w_ceil"], ["frames"], keepdims=0),
        helper.make_node("Constant", [], ["hop"], value=const("hop", TensorProto.FLOAT, [], [float(HOP)])),
        helper.make_node("Mul", ["frames", "hop"], ["n"]),
        helper.make_node("Range", ["zero", "n", "one"], ["t"]),
        helper.make_node("Constant", [], ["omega"],
                         value=const("omega", TensorProto.FLOAT, [], [2 * math.pi * tone_hz / SAMPLE_RATE])),
        helper.make_node("Mul", ["t", "omega"], ["phase"]),
        helper.make_node("Sin", ["phase"], ["sine"]),
        helper.make_node("Constant", [], ["half"], value=const("half", TensorProto.FLOAT, [], [0.5])),
        helper.make_node("Mul", ["sine", "half"], ["wave"]),
        helper.make_node("Constant", [], ["shape"], value=const("shape", TensorProto.INT64, [3], [1, 1, -1])),
        helper.make_node("Reshape", ["wave", "shape"], ["output"]),
    ]
    graph = helper.make_graph(
        nodes, "tiny_piper",
        inputs=[helper.make_tensor_value_info("input", TensorProto.INT64, [1, "phonemes"]),
                helper.make_tensor_value_info("input_lengths", TensorProto.INT64, [1]),
                helper.make_tensor_value_info("scales", TensorProto.FLOAT, [3])],
        outputs=[helper.make_tensor_value_info("output", TensorProto.FLOAT, [1, 1, "samples"])],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])
    model.ir_version = 8
    onnx.checker.check_model(model)
    return model


def tiny_config() -> dict:
    """The keys Piper's PiperConfig.from_dict reads, for a Swedish single-speaker voice."""
    return {
        "audio": {"sample_rate": SAMPLE_RATE, "quality": "medium"},
        "espeak": {"voice": "sv"},
        "inference": {"noise_scale": 0.667, "length_scale": 1.0, "noise_w": 0.8},
        "phoneme_type": "espeak",
        "phoneme_id_map": DEFAULT_PHONEME_ID_MAP,
        "num_symbols": 256,
        "num_speakers": 1,
        "speaker_id_map": {},
        "piper_version": "1.0.0",
    }


def install_tiny_voice(folder: Path, name: str = VOICE, tone_hz: float = 220.0) -> Path:
    """Writes the stand-in voice as the voice manager lays voices out; returns the model path."""
    where = folder / name
    where.mkdir(parents=True, exist_ok=True)
    model = where / f"{name}.onnx"
    onnx.save(tiny_model(tone_hz), str(model))
    (where / f"{name}.onnx.json").write_text(json.dumps(tiny_config(), ensure_ascii=False), encoding="utf-8")
    return model


@pytest.fixture(scope="module")
def voices_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("voices")
    install_tiny_voice(folder)
    return folder


def samples(clip) -> np.ndarray:
    return np.frombuffer(clip.raw_data, dtype="<i2")


def test_speaks_swedish_into_a_plausible_mono_clip(voices_dir: Path) -> None:
    engine = PiperEngine(VOICE, voices_dir=voices_dir)
    assert engine.check().ok, engine.check().detail
    clip = engine.synthesize(TEXT + ".")
    assert (clip.channels, clip.sample_width, clip.frame_rate) == (1, 2, SAMPLE_RATE)
    n = len(samples(clip))
    assert n % (HOP * FRAMES_PER_ID) == 0  # whole phoneme ids of 512 samples
    ids = n // int(HOP * FRAMES_PER_ID)
    # About one phoneme per letter, each followed by a pad id, plus the sentence markers.
    assert len(TEXT) < ids < 3 * len(TEXT)
    assert 1.0 < clip.duration_seconds < 10.0
    assert np.abs(samples(clip)).max() > 20000  # Piper scales each sentence to full range


def test_longer_text_gives_longer_audio_and_sentences_get_a_pause(voices_dir: Path) -> None:
    engine = PiperEngine(VOICE, voices_dir=voices_dir, sentence_silence=0.25)
    one = engine.synthesize("Skolan byggs i vår.")
    two = engine.synthesize("Skolan byggs i vår. Hallen rivs i höst.")
    assert len(samples(two)) > 2 * len(samples(one)) * 0.8
    gap = samples(two)[len(samples(one)):len(samples(one)) + round(0.25 * SAMPLE_RATE)]
    assert not gap.any()  # the pause after the first sentence is silent


@pytest.mark.parametrize(("rate", "factor"), [(2.0, 0.5), (0.5, 2.0)])
def test_rate_scales_the_length(voices_dir: Path, rate: float, factor: float) -> None:
    normal = PiperEngine(VOICE, voices_dir=voices_dir).synthesize(TEXT)
    other = PiperEngine(VOICE, rate, voices_dir=voices_dir).synthesize(TEXT)
    assert len(samples(other)) == factor * len(samples(normal))


def test_cache_key_holds_model_checksum_and_rate(voices_dir: Path, tmp_path: Path) -> None:
    a = PiperEngine(VOICE, voices_dir=voices_dir)
    model = voices_dir / VOICE / f"{VOICE}.onnx"
    assert a.settings()["model_sha256"] == hashlib.sha256(model.read_bytes()).hexdigest()
    assert cache_key(a, TEXT) == cache_key(PiperEngine(VOICE, voices_dir=voices_dir), TEXT)
    assert cache_key(a, TEXT) == cache_key(PiperEngine(str(model)), TEXT)  # a name or its path: same voice
    assert cache_key(a, TEXT) != cache_key(PiperEngine(VOICE, 1.25, voices_dir=voices_dir), TEXT)
    other = tmp_path / "other"
    install_tiny_voice(other, tone_hz=330.0)  # same name and config, other weights
    assert cache_key(a, TEXT) != cache_key(PiperEngine(VOICE, voices_dir=other), TEXT)
    json.dumps(a.settings())


def test_missing_voice_says_how_to_install_it(tmp_path: Path) -> None:
    engine = PiperEngine("sv_SE-lisa-medium", voices_dir=tmp_path)
    status = engine.check()
    assert not status.ok
    assert "no Piper voice sv_SE-lisa-medium installed" in status.detail
    assert "run: audiocast voices download sv_SE-lisa-medium" in status.detail
    with pytest.raises(EngineError, match="audiocast voices download sv_SE-lisa-medium"):
        engine.synthesize("Hej.")


def test_model_path_needs_its_config(voices_dir: Path, tmp_path: Path) -> None:
    lone = tmp_path / "lone.onnx"
    lone.write_bytes((voices_dir / VOICE / f"{VOICE}.onnx").read_bytes())
    status = PiperEngine(str(lone)).check()
    assert not status.ok and "no config lone.onnx.json" in status.detail
    assert not PiperEngine(str(tmp_path / "nowhere.onnx")).check().ok


def test_damaged_model_is_a_clear_error(tmp_path: Path) -> None:
    model = install_tiny_voice(tmp_path)
    model.write_bytes(b"not a model")
    status = PiperEngine(VOICE, voices_dir=tmp_path).check()
    assert not status.ok and "download it again" in status.detail


@pytest.mark.parametrize("rate", [0.3, 2.5])
def test_rate_out_of_range(rate: float) -> None:
    with pytest.raises(EngineError, match="0.5 to 2"):
        PiperEngine(VOICE, rate)


def test_clips_go_through_the_cache(voices_dir: Path, tmp_path: Path) -> None:
    engine = PiperEngine(VOICE, voices_dir=voices_dir)
    cache = SynthCache(tmp_path / "cache")
    texts = ["Hallen blir 40 meter lång.", "Den rivs när den nya är klar.", "Hallen blir 40 meter lång."]
    first, stats = synthesize_all(engine, texts, cache)
    assert (stats.hits, stats.misses) == (0, 2)
    again, stats = synthesize_all(PiperEngine(VOICE, voices_dir=voices_dir), texts, cache)
    assert (stats.hits, stats.misses) == (2, 0)
    assert [c.raw_data for c in again] == [c.raw_data for c in first]


def test_phoneme_timings_cover_the_clip(voices_dir: Path) -> None:
    engine = PiperEngine(VOICE, voices_dir=voices_dir, alignments=True, sentence_silence=0.2)
    text = "Skolan byggs i vår. Hallen rivs i höst."
    clip, timings = engine.synthesize_with_timings(text)
    assert clip.raw_data == PiperEngine(VOICE, voices_dir=voices_dir, sentence_silence=0.2).synthesize(text).raw_data
    assert timings[0].start == 0 and timings[-1].end == len(samples(clip))
    assert all(a.end == b.start for a, b in itertools.pairwise(timings))
    labels = [t.label for t in timings]
    assert labels.count("^") == labels.count("$") == 2 and labels.count("_") == 1
    # Each phoneme of the stand-in lasts its own id plus the pad after it: 2 × 512 samples.
    assert {t.end - t.start for t in timings if t.label not in "^$_"} == {1024}
    words = word_timings(timings)
    assert len(words) == len(text.split())
    assert all(w.label and w.end > w.start for w in words)


def test_timings_need_an_alignment_output(voices_dir: Path) -> None:
    with pytest.raises(EngineError, match="patch_voice_with_alignment"):
        PiperEngine(VOICE, voices_dir=voices_dir).synthesize_with_timings("Hej.")


def test_word_timings_groups_phonemes() -> None:
    t = [Timing(0, 5, "^"), Timing(5, 7, "h"), Timing(7, 9, "ɛ"), Timing(9, 10, "j"), Timing(10, 11, " "),
         Timing(11, 13, "d"), Timing(13, 15, "ɔ"), Timing(15, 16, "."), Timing(16, 20, "$")]
    assert word_timings(t) == [Timing(5, 10, "hɛj"), Timing(11, 15, "dɔ")]
