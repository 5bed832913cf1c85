"""A tiny stand-in Piper voice, built in code (no download, no network), for the engine, voice and CLI tests.

The model has Piper's signature (``input`` int64 [1, N] phoneme ids,
``input_lengths`` int64 [1], ``scales`` float32 [3] → ``output`` float32
[1, 1, T]) and makes a tone of ``ceil(2 · length_scale)`` frames of 256
samples per phoneme id, through a ``Ceil`` node like VITS's durations, so
Piper's alignment patch finds it and timings can be tested too.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import onnx
from onnx import TensorProto, helper
from piper.phoneme_ids import DEFAULT_PHONEME_ID_MAP

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
