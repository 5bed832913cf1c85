"""Render speed and memory with the offline voice, against the bare minimum. Run by hand:

    .venv/bin/python bench/bench_render.py [--articles 20] [--long-chars 45000] [--delay 0.2] [--rounds 2]

Reports, side by side in one run, as ratios (the minima and the cold render are each measured in
--rounds rounds, 2 by default, the cold render before the minima in every other round, and the best
of each counts, as for the no-op render: on a machine other jobs load, one run of a ~15 s measure
can take half as long again as the next, and a ratio of two single runs measures the load;
every round's figures are printed too):

  serial minimum     espeak-ng synthesis of each article's whole spoken text plus one
                     ffmpeg MP3 encode of that audio, one article after the other,
  all-cores minimum  the same with one article per core at a time,
  cold render        `audiocast render` (a subprocess: process start included) from an
                     empty output folder, espeak-ng speaking in one process as by default
                     (target <= 1.0x serial, <= 1.25x all cores); the
                     bytecode is compiled first by an untimed render of another article, as
                     an installed command's is on install (see _command_env); the memory of
                     its processes is looked at once a second only (SAMPLE_TIMED_S: looking
                     costs the bench's process CPU the minima do not pay),
  no-op render       the same command again with nothing changed (target <= 2 %; the best
                     of three runs; every render runs from compiled bytecode, as an installed
                     command does, see _command_env),
  cold render CPU    the CPU seconds of all the cold render's processes (fork server, workers and
                     ffmpeg included) against the serial minimum's: what the render does beyond the
                     minimum, which the wall ratios show only on an idle machine,
  long article       peak memory (the largest process's max RSS, and the peak of all the
                     render's processes together, worker processes and ffmpeg included, as
                     PSS: a page the workers share with the fork server counts once) of a
                     long synthetic article (~1 hour at 45,000 characters; target < 400 MB),
  network voice      Google's voice against a local fake answering each request after a
                     fixed delay, 8 workers, as a share of the ideal (target >= 80 %).
"""
from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from conftest import batchexecute_reply, encode_mp3, tone

from audiocast.audio import ffmpeg_exe
from audiocast.ingest import discover, load
from audiocast.publish import Catalog
from audiocast.speech import build_script
from audiocast.tts import EspeakEngine, GttsEngine, SynthCache, synthesize_all

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


def _synth_and_encode(engine: EspeakEngine, text: str, work: Path) -> float:
    """espeak-ng speaks ``text``; ffmpeg encodes it to MP3 once. Returns the audio's seconds."""
    clip = engine.synthesize(text)
    raw = work / f"min-{threading.get_ident()}.raw"
    raw.write_bytes(clip.raw_data)
    subprocess.run(
        [ffmpeg_exe(), "-v", "error", "-y", "-f", "s16le", "-ar", str(clip.frame_rate),
         "-ac", "1", "-i", str(raw), "-ar", "44100", "-c:a", "libmp3lame", "-b:a", "128k",
         str(raw.with_suffix(".mp3"))],
        check=True,
    )
    return len(clip) / 1000


CPU_S: list[float] = [0.0]
"""The CPU seconds (user + system) of the last :func:`bare_minimum` or :func:`run_render`, of all its
processes: on a machine other jobs load, wall times stretch with their share of the cores, CPU
times much less, so their ratio says whether the render does more work than the minimum."""


def _adopt_orphans() -> None:
    """Make this process the reaper of its descendants' orphans (Linux), so that the CPU of the
    render's fork server and worker processes is counted in RUSAGE_CHILDREN once they are reaped."""
    try:
        import ctypes

        ctypes.CDLL(None).prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER
    except (OSError, AttributeError):
        pass


def _reap_orphans() -> None:
    while True:
        try:
            os.waitpid(-1, 0)
        except ChildProcessError:
            return


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def bare_minimum(folder: Path, work: Path, parallel: int = 1) -> tuple[float, float]:
    """espeak of each article's whole spoken text + one MP3 encode of it, ``parallel`` articles at a time."""
    engine = EspeakEngine()
    texts = [" ".join(s.spoken for s in build_script(load(p), "Bänkpodden").segments) for p in discover([folder])]
    cpu = time.process_time() + _children_cpu()
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=parallel) as pool:
        audio_s = sum(pool.map(lambda t: _synth_and_encode(engine, t, work), texts))
    wall = time.perf_counter() - start
    CPU_S[0] = time.process_time() + _children_cpu() - cpu
    return audio_s, wall


def _pss_kib(pid: int) -> int | None:
    """The proportional set size (KiB) of ``pid``: its private pages, and its share of pages it
    shares with other processes (a forked worker's copy of the fork server's modules); None
    when the kernel does not report it."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        return None
    return None


def _tree_kib(root: int) -> tuple[int, int]:
    """(summed RSS, summed PSS) in KiB of ``root`` and all its descendants now (Linux /proc; 0
    elsewhere). The RSS sum counts a page shared by several processes once per process; the
    PSS sum counts it once in all: what the processes take together."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc") if os.path.isdir("/proc") else []:
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="utf-8", errors="replace") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        parents[int(entry)] = int(fields[1])
        rss[int(entry)] = int(fields[21]) * (os.sysconf("SC_PAGE_SIZE") // 1024)
    tree, grew = {root}, True
    while grew:
        grew = False
        for pid, parent in parents.items():
            if parent in tree and pid not in tree:
                tree.add(pid)
                grew = True
    members = [pid for pid in tree if pid in rss]
    pss = [_pss_kib(pid) for pid in members]
    return (sum(rss[pid] for pid in members),
            sum(p if p is not None else rss[pid] for pid, p in zip(members, pss, strict=True)))


def _sample_tree(pid: int, peak: list[int], stop: threading.Event, every: float) -> None:
    while not stop.wait(every):
        rss, pss = _tree_kib(pid)
        peak[0], peak[1] = max(peak[0], rss), max(peak[1], pss)


NOOP_RUNS = 3
"""No-op renders timed (the best counts: a 0.5 s command is easily delayed by other load)."""

TREE_PEAK: list[int] = [0, 0]
"""The last :func:`run_render`'s peak summed RSS and peak summed PSS (KiB) of all its processes
(worker processes and ffmpeg included)."""


def _command_env(root: Path) -> dict[str, str]:
    """The environment of the measured command: an installed command runs from compiled bytecode
    (pip compiles it on install), so Python may write and read it, in a cache folder of the
    bench's own (never in the source tree), even where the caller's environment forbids
    bytecode (PYTHONDONTWRITEBYTECODE). An untimed render of another article compiles it (the
    cache folder holds every module's bytecode, the standard library's and numpy's too, so
    without it the first measured render would pay seconds of compiling no installed command
    pays); the measured ones read it."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(root / "bytecode")
    return env


SAMPLE_MEMORY_S = 0.05
"""How often the long article's processes are measured (their peak memory is the figure there)."""
SAMPLE_TIMED_S = 1.0
"""How often the timed renders' processes are measured: each look at every process's PSS costs
the bench's own process a few ms of CPU (about 2.8 CPU s over a 25 s render at 50 ms, a tenth of
what the render itself used, taken from the same two cores), which the minima do not pay."""


def run_render(folder: Path, out: Path, every: float = SAMPLE_TIMED_S) -> tuple[float, int]:
    """``audiocast render`` as a whole command (process start included): (wall s, child's peak RSS in KiB).
    The peak of all its processes together (worker processes, ffmpeg), looked at every ``every`` s,
    goes to TREE_PEAK."""
    script = Path(sys.executable).with_name("audiocast")  # the installed command
    launcher = [str(script)] if script.exists() else [
        sys.executable, "-c", "import sys; from audiocast.cli import main; sys.exit(main())"]
    cmd = [*launcher, "render", str(folder), "--out", str(out), "--engine", "espeak", "--no-edition", "--quiet"]
    cpu = _children_cpu()
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=out.parent, stdout=subprocess.DEVNULL, env=_command_env(out.parent))
    stop, TREE_PEAK[:] = threading.Event(), [0, 0]
    sampler = threading.Thread(target=_sample_tree, args=(proc.pid, TREE_PEAK, stop, every), daemon=True)
    sampler.start()
    _pid, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    stop.set()
    sampler.join()
    _reap_orphans()  # the fork server and its workers, when it outlived the command
    CPU_S[0] = _children_cpu() - cpu
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"audiocast render failed ({proc.returncode})")
    return wall, usage.ru_maxrss


def make_long_article(folder: Path, chars: int) -> None:
    sentence = ("Kommunen bygger en ny cykelbana som blir fyra kilometer lång och kostar tolv miljoner "
                "kronor, säger en talesperson. ")
    paragraphs = [sentence * 5] * (chars // (5 * len(sentence)) + 1)
    (folder / "lang.md").write_text("---\ntitle: En lång artikel\ndate: 2026-11-20\n---\n\n"
                                   + "\n\n".join(paragraphs) + "\n", encoding="utf-8")


def network_share(workers: int, delay: float, requests: int) -> tuple[float, float]:
    """Google's voice against a local fake answering each request after ``delay`` s:
    (wall s, share of the ideal ceil(requests / workers) * delay)."""
    fake = _start_fake(delay)
    try:
        engine = GttsEngine(endpoint=fake, backoff=0.01)
        texts = [f"Det här är mening nummer {i} i nätverkstestet." for i in range(requests)]
        with tempfile.TemporaryDirectory() as tmp:
            start = time.perf_counter()
            synthesize_all(engine, texts, SynthCache(Path(tmp)), workers=workers)
            wall = time.perf_counter() - start
    finally:
        _FAKE_SERVER[0].shutdown()
    ideal = -(-requests // workers) * delay
    return wall, ideal / wall


_FAKE_SERVER: list[ThreadingHTTPServer] = []


def _start_fake(delay: float) -> str:
    """A fake of Google's batchexecute endpoint on 127.0.0.1 (tests/conftest.py's reply format)."""
    mp3 = encode_mp3(tone(1500, 330.0, -10.0, rate=24000))
    payload = batchexecute_reply(mp3).encode("utf-8")

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            time.sleep(delay)
            self.send_response(200)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True).start()
    _FAKE_SERVER[:] = [server]
    return f"http://127.0.0.1:{server.server_address[1]}/_/TranslateWebserverUi/data/batchexecute"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=20)
    parser.add_argument("--long-chars", type=int, default=45_000, help="characters of the long article (memory)")
    parser.add_argument("--delay", type=float, default=0.2, help="the fake network voice's seconds per request")
    parser.add_argument("--rounds", type=int, default=2, help="rounds of the minima and the cold render (best counts)")
    args = parser.parse_args()
    cores = os.cpu_count() or 1
    _adopt_orphans()
    serials: list[float] = []
    all_cores_runs: list[float] = []
    colds: list[float] = []
    serial_cpus: list[float] = []
    cold_cpus: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        folder = root / "articles"
        folder.mkdir()
        make_articles(folder, args.articles)
        warmup = root / "warmup"
        warmup.mkdir()
        make_long_article(warmup, 400)
        run_render(warmup, root / "warmup-output")  # compiles the bytecode (see _command_env)

        def minima() -> None:
            _audio, wall = bare_minimum(folder, root)
            serials.append(wall)
            serial_cpus.append(CPU_S[0])
            _audio, wall = bare_minimum(folder, root, parallel=cores)
            all_cores_runs.append(wall)

        cold_rss = cold_tree = 0
        for n in range(max(1, args.rounds)):
            if n % 2 == 0:
                minima()
            output = root / f"output-{n}"
            wall, cold_rss = run_render(folder, output)
            colds.append(wall)
            cold_tree = TREE_PEAK[1]
            cold_cpus.append(CPU_S[0])
            if n % 2 == 1:
                minima()
        noops = [run_render(folder, output)[0] for _ in range(NOOP_RUNS)]
        noop = min(noops)
        long_folder = root / "long"
        long_folder.mkdir()
        make_long_article(long_folder, args.long_chars)
        _wall, long_rss = run_render(long_folder, root / "long-output", every=SAMPLE_MEMORY_S)
        long_tree, long_rss_sum = TREE_PEAK[1], TREE_PEAK[0]
        with Catalog(root / "long-output" / "catalog.sqlite") as catalog:
            long_min = sum(r.duration_ms for r in catalog.episodes()) / 60000
    net_wall, net_share = network_share(8, args.delay, 64)
    serial, all_cores, cold = min(serials), min(all_cores_runs), min(colds)
    serial_cpu, cold_cpu = min(serial_cpus), min(cold_cpus)

    def each(runs: list[float]) -> str:
        return ", ".join(f"{t:.2f}" for t in runs)

    print(f"articles: {args.articles}, cores: {cores}, rounds: {len(colds)} (best of each counts)")
    print(f"serial minimum     {serial:7.2f} s   1.00x; rounds: {each(serials)} s")
    print(f"all-cores minimum  {all_cores:7.2f} s   {all_cores / serial:.2f}x of serial; rounds: {each(all_cores_runs)} s")
    print(f"cold render        {cold:7.2f} s   {cold / serial:.2f}x of serial (target <= 1.0), "
          f"{cold / all_cores:.2f}x of all-cores (target <= 1.25); rounds: {each(colds)} s "
          f"({', '.join(f'{c / a:.2f}x' for c, a in zip(colds, all_cores_runs, strict=True))} of the round's "
          f"all-cores); peak RSS {cold_rss / 1024:.0f} MB, all processes {cold_tree / 1024:.0f} MB (PSS, "
          f"looked at every {SAMPLE_TIMED_S:g} s)")
    print(f"cold render CPU    {cold_cpu:7.2f} s   {cold_cpu / serial_cpu:.2f}x the minimum's {serial_cpu:.2f} CPU s "
          f"(all processes; wall ratios follow it on an idle machine, less so under load); rounds: "
          f"{each(cold_cpus)} s against {each(serial_cpus)} s")
    print(f"no-op render       {noop:7.2f} s   {100 * noop / serial:.1f} % of serial (target <= 2 %); best of "
          f"{NOOP_RUNS}: {', '.join(f'{t:.2f}' for t in noops)} s")
    print(f"long article       {long_min:7.1f} min  peak RSS {long_rss / 1024:.0f} MB, all processes "
          f"{long_tree / 1024:.0f} MB (PSS; RSS summed {long_rss_sum / 1024:.0f} MB), "
          f"{long_tree / 1024 / long_min:.1f} MB per audio minute (target < 400 MB per hour-long episode)")
    print(f"network voice      {net_wall:7.2f} s   {100 * net_share:.0f} % of ideal at 8 workers, "
          f"{args.delay * 1000:.0f} ms per request, 64 requests (target >= 80 %)")


if __name__ == "__main__":
    main()
