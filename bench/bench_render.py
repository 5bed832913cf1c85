"""Render speed with the offline voice, against the bare minimum. Run by hand:

    .venv/bin/python bench/bench_render.py [--articles 20]

Reports audio seconds produced per wall-clock second for

  minimum   espeak-ng synthesis of each article's whole spoken text plus one
            ffmpeg MP3 encode of that audio (nothing else),
  cold      `audiocast render` from an empty output folder and empty cache,
  warm      a second render with nothing changed,

and the ratios cold/minimum (target <= 1.5) and warm/minimum (target < 5 %).
Also the peak memory (max RSS) of the process.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from audiocast.audio import ffmpeg_exe
from audiocast.config import Config
from audiocast.ingest import discover, load
from audiocast.pipeline import Renderer
from audiocast.speech import build_script
from audiocast.tts import EspeakEngine

PLACES = ["Tumba", "Tullinge", "Alby", "Fittja", "Hallunda", "Norsborg", "Vårby", "Huddinge"]
TOPICS = [
    ("får ny förskola", "Förskolan ska ha plats för {n} barn och öppnar den {d} mars."),
    ("bygger cykelbana", "Cykelbanan blir {k} km lång och kostar {m} miljoner kronor."),
    ("satsar på fritidsgården", "Fritidsgården håller öppet till kl. 21.30 och har {n} besökare i veckan."),
    ("rustar upp badplatsen", "Badplatsen får en ny brygga på {n} meter och {k} nya bänkar."),
]


def make_articles(folder: Path, count: int) -> None:
    for i in range(count):
        place = PLACES[i % len(PLACES)]
        topic, fact = TOPICS[i % len(TOPICS)]
        n, d, k, m = 40 + 7 * i, 1 + i % 28, 2 + i % 9, 3 + i % 17
        body = []
        for j in range(6):
            body.append(
                f"{fact.format(n=n + j, d=d, k=k + j, m=m)} Beslutet togs av nämnden i "
                f"{place} den {d} november efter {3 + j} möten. "
                f"– Det här har vi väntat på länge, säger en boende i {place}. "
                f"Enligt kommunen berörs omkring {n * 10 + j} hushåll, och arbetet ska pågå i {j + 2} månader."
            )
        text = (
            f"---\ntitle: {place} {topic} ({i + 1})\ndate: 2026-11-{1 + i % 24:02d}\n"
            f"author: Bänkredaktionen\nlead: {place} {topic}, och det märks redan i området.\n---\n\n"
            + "\n\n".join(body)
            + "\n"
        )
        (folder / f"artikel-{i:03d}.md").write_text(text, encoding="utf-8")


def bare_minimum(folder: Path, work: Path) -> tuple[float, float]:
    """espeak of each article's whole spoken text + one MP3 encode of it."""
    engine = EspeakEngine()
    audio_s = 0.0
    start = time.perf_counter()
    for path in discover([folder]):
        script = build_script(load(path), "Bänkpodden")
        text = " ".join(s.spoken for s in script.segments)
        clip = engine.synthesize(text)
        audio_s += len(clip) / 1000
        wav = work / "min.raw"
        wav.write_bytes(clip.raw_data)
        subprocess.run(
            [ffmpeg_exe(), "-v", "error", "-y", "-f", "s16le", "-ar", str(clip.frame_rate),
             "-ac", "1", "-i", str(wav), "-ar", "44100", "-c:a", "libmp3lame", "-b:a", "128k",
             str(work / "min.mp3")],
            check=True,
        )
    return audio_s, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        folder = root / "articles"
        folder.mkdir()
        make_articles(folder, args.articles)
        config = Config().with_engine("espeak")

        min_audio, min_wall = bare_minimum(folder, root)

        out = root / "output"
        start = time.perf_counter()
        report = Renderer(config, out, cache_dir=root / "cache").render([folder])
        cold_wall = time.perf_counter() - start
        assert report.ok, report.failed
        episode_s = sum(r.duration_ms for r in report.results) / 1000

        start = time.perf_counter()
        report = Renderer(config, out, cache_dir=root / "cache").render([folder])
        warm_wall = time.perf_counter() - start
        assert all(r.status == "unchanged" for r in report.results)

    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles: {args.articles}, speech in minimum: {min_audio:.0f} s, episodes: {episode_s:.0f} s")
    print(f"minimum   {min_wall:7.2f} s wall  {min_audio / min_wall:7.1f} audio s per s")
    print(f"cold      {cold_wall:7.2f} s wall  {episode_s / cold_wall:7.1f} audio s per s  "
          f"ratio to minimum {cold_wall / min_wall:.2f}x (target <= 1.5x)")
    print(f"warm      {warm_wall:7.2f} s wall  {episode_s / warm_wall:7.1f} audio s per s  "
          f"{100 * warm_wall / min_wall:.1f} % of minimum (target < 5 %)")
    print(f"peak RSS  {rss_mb:.0f} MB")


if __name__ == "__main__":
    main()
