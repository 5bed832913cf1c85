"""The command line: exit codes, one-line errors from one place, and
`normalize -` agreeing with the library (help and documentation: test_docs.py)."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from audiocast import __version__
from audiocast.cli import main
from audiocast.speech import Lexicon, normalize

COMMANDS = sorted(main.commands)


def test_version():
    result = CliRunner().invoke(main, ["--version"])
    assert result.exit_code == 0
    assert __version__ in result.output


def test_public_commands_exist():
    assert {"render", "normalize", "engines", "voices", "extract", "fetch", "feed", "serve"} <= set(COMMANDS)


LINES = [
    "Ring 08 530 623 60 om du behöver stöd.",
    "Mötet börjar kl. 14.30 den 5 april.",
    "– Vi är glada, säger hon.",
    "Priset steg med 3,5 % till 25 000 kr.",
    "",
    "Karl XII:s torg ligger i Stockholm.",
]


def test_normalize_stdin_matches_the_library():
    result = CliRunner().invoke(main, ["normalize", "-"], input="\n".join(LINES) + "\n")
    assert result.exit_code == 0, result.output
    out = result.output.splitlines()
    assert len(out) == len(LINES)
    for line, spoken in zip(LINES, out, strict=True):
        assert spoken == (normalize(line) if line.strip() else "")
    assert "minus" not in out[2]
    assert "noll åtta" in out[0]


def test_normalize_file_prints_the_script_with_intro_and_outro(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    article = tmp_path / "notis.md"
    article.write_text(
        "---\ntitle: Ny busslinje i Tumba\ndate: 2026-11-20\n---\n\n"
        "Linje 710 börjar gå den 1 december. Bussen går var 15:e minut.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["normalize", str(article)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert "tjugonde november" in lines[0].lower()
    assert any("Ny busslinje i Tumba" in line for line in lines)
    assert any("första december" in line for line in lines)
    assert len(lines) >= 4  # intro, title, body, outro

    explained = CliRunner().invoke(main, ["normalize", str(article), "--explain"])
    assert explained.exit_code == 0
    assert "→" in explained.output


def test_render_reports_a_bad_file_in_one_line_and_exits_nonzero(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "trasig.txt").write_bytes(b"\xff\xfe\x00rubrik")
    result = CliRunner().invoke(
        main, ["render", str(articles), "--out", str(tmp_path / "out"), "--engine", "espeak", "--quiet"]
    )
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "trasig.txt" in errors[0]


def test_render_missing_path_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(main, ["render", str(tmp_path / "finns-inte"), "--out", str(tmp_path / "o")])
    assert result.exit_code == 1
    assert "finns-inte" in result.output


def test_feed_without_catalog_says_what_to_do(tmp_path):
    result = CliRunner().invoke(main, ["feed", "--out", str(tmp_path)])
    assert result.exit_code == 1
    assert "audiocast render" in result.output


def test_bad_config_is_one_clear_line(tmp_path):
    cfg = tmp_path / "audiocast.toml"
    cfg.write_text("[podcast]\nnamn = 'x'\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["--config", str(cfg), "feed", "--out", str(tmp_path)])
    assert result.exit_code == 1
    assert "unknown setting 'namn'" in result.output


def test_serve_command_serves_the_folder_with_ranges(tmp_path):
    import subprocess
    import sys
    import urllib.request

    (tmp_path / "feed.xml").write_text("<rss/>", encoding="utf-8")
    (tmp_path / "episodes").mkdir()
    (tmp_path / "episodes" / "a.mp3").write_bytes(bytes(range(256)) * 4)
    proc = subprocess.Popen(
        [sys.executable, "-m", "audiocast.cli", "serve", "--out", str(tmp_path), "--port", "0"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        found = re.search(r"http://127\.0\.0\.1:\d+/", proc.stdout.readline())
        assert found, "serve printed no address"
        url = found.group(0)
        with urllib.request.urlopen(url + "feed.xml", timeout=5) as resp:
            assert resp.read() == b"<rss/>"
        request = urllib.request.Request(url + "episodes/a.mp3", headers={"Range": "bytes=10-19"})
        with urllib.request.urlopen(request, timeout=5) as resp:
            assert resp.status == 206
            assert resp.headers["Content-Type"] == "audio/mpeg"
            assert resp.read() == bytes(range(10, 20))
    finally:
        proc.terminate()
        proc.wait(timeout=5)


def test_render_url_fetches_then_renders(tmp_path, monkeypatch):
    """`audiocast render URL` = fetch into --into, then render that folder."""
    monkeypatch.chdir(tmp_path)  # no audiocast.toml: defaults
    import threading
    from functools import partial
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    site = tmp_path / "site"
    site.mkdir()
    page = Path(__file__).parent / "data" / "extract" / "mitt-haninge-skolbrand.html"
    (site / "skolbrand.html").write_bytes(page.read_bytes())
    class QuietHandler(SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(QuietHandler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/skolbrand.html"
        into = tmp_path / "articles"
        out = tmp_path / "out"
        refused = CliRunner().invoke(main, ["render", url, "--into", str(into), "--out", str(out), "--engine", "espeak"])
        assert refused.exit_code == 1 and "[fetch] allow" in refused.output  # loopback: refused unless allowed
        cfg = tmp_path / "audiocast.toml"
        cfg.write_text('[fetch]\nallow = ["127.0.0.1"]\n', encoding="utf-8")
        result = CliRunner().invoke(
            main, ["render", url, "--into", str(into), "--out", str(out), "--engine", "espeak"]
        )
        assert result.exit_code == 0, result.output
        fetched = list(into.glob("*.md"))
        assert len(fetched) == 1
        assert url in fetched[0].read_text(encoding="utf-8")
        assert len(list((out / "episodes").glob("*.mp3"))) == 1
        assert "1 rendered" in result.output
    finally:
        server.shutdown()
        server.server_close()


def test_an_article_in_another_language_is_not_read_aloud(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "council.md").write_text(
        "---\ntitle: Council approves the library budget\ndate: 2026-11-20\n---\n\n"
        "The city council voted on Tuesday evening to approve the budget for the libraries, "
        "which means that the main library will keep its opening hours next year.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["render", str(articles), "--out", str(tmp_path / "o"), "--engine", "espeak"])
    assert result.exit_code == 1
    assert "council.md" in result.output and "not in Swedish" in result.output
    extracted = CliRunner().invoke(main, ["extract", str(articles / "council.md")])
    assert extracted.exit_code == 0 and "Council approves" in extracted.output


def test_normalize_stdin_applies_a_named_lexicon(tmp_path):
    lexicon = tmp_path / "lexikon.tsv"
    lexicon.write_text("Haninge\tHanninge\n", encoding="utf-8")
    line = "Haninges kommun bygger 2 skolor."
    plain = CliRunner().invoke(main, ["normalize", "-"], input=line + "\n")
    named = CliRunner().invoke(main, ["normalize", "-", "--lexicon", str(lexicon)], input=line + "\n")
    assert plain.output.strip() == normalize(line) == "Haninges kommun bygger två skolor."
    expected = normalize(line, Lexicon.load(lexicon, base=Lexicon()))
    assert named.output.strip() == expected == "Hanninges kommun bygger två skolor."


def test_extract_plain_and_json_agree():
    article = Path(__file__).resolve().parents[1] / "articles" / "2026-11-18-vattenlacka-handen.txt"
    plain = CliRunner().invoke(main, ["extract", str(article)])
    as_json = CliRunner().invoke(main, ["extract", str(article), "--json"])
    assert plain.exit_code == as_json.exit_code == 0
    import json

    data = json.loads(as_json.output)
    lines = plain.output.splitlines()
    assert lines[0] == data["title"] == "Vattenläcka stängde simhallen i Handen"
    assert lines[1:] == data["body"]
    assert data["date"] == data["published"] == "2026-11-18T07:45:00+01:00"
    assert data["author"] == "Oskar Sundin"
    spoken = " ".join(lines)
    for junk in ("Läs också", "Bild:", "Kommentarer", "Senaste nyheterna", "Ansvarig utgivare", "Logga in"):
        assert junk not in spoken


def test_config_paths_are_relative_to_the_config_file(tmp_path, monkeypatch):
    """A chime or lexicon named in audiocast.toml is found beside that file;
    a missing one is one clear line, not a crash."""
    from audiocast.audio import make_chime

    site = tmp_path / "site"
    site.mkdir()
    make_chime().export(site / "jingel.wav", format="wav")
    (site / "lexikon.tsv").write_text("Haninge\tHanninge\n", encoding="utf-8")
    cfg = site / "audiocast.toml"
    cfg.write_text('[render]\nchime = "jingel.wav"\nlexicon = "lexikon.tsv"\n', encoding="utf-8")
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "notis.md").write_text(
        "---\ntitle: Nytt bibliotek i Haninge\ndate: 2026-11-20\n---\n\nBiblioteket öppnar i mars.\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)  # not the config's folder
    args = ["--config", str(cfg), "render", str(articles), "--out", str(tmp_path / "o"), "--engine", "espeak", "-q"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    spoken = CliRunner().invoke(main, ["--config", str(cfg), "normalize", str(articles / "notis.md")])
    assert "Hanninge" in spoken.output

    (site / "jingel.wav").unlink()
    (articles / "notis.md").write_text(
        "---\ntitle: Nytt bibliotek i Haninge\ndate: 2026-11-21\n---\n\nBiblioteket öppnar i april.\n",
        encoding="utf-8",
    )
    broken = CliRunner().invoke(main, args)
    assert broken.exit_code == 1
    errors = [line for line in broken.output.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "jingel.wav" in errors[0] and "chime" in errors[0]


def test_a_bad_config_value_is_one_line_naming_file_and_key(tmp_path):
    cfg = tmp_path / "audiocast.toml"
    cfg.write_text("[render]\nworkers = true\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["--config", str(cfg), "feed", "--out", str(tmp_path)])
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        f"error: {cfg}: render.workers = true is not a whole number; use a whole number from 1 to 64"
    ]


def test_messages_for_bad_arguments_keep_their_exit_code(tmp_path):
    not_url = CliRunner().invoke(main, ["fetch", "artiklar/x.txt"])
    assert not_url.exit_code == 1
    assert not_url.output == "error: artiklar/x.txt: not a URL; give an http:// or https:// address\n"
    no_folder = CliRunner().invoke(main, ["serve", "--out", str(tmp_path / "saknas")])
    assert no_folder.exit_code == 1
    assert no_folder.output.startswith("error: ") and "run 'audiocast render' first" in no_folder.output
    bad_engine = CliRunner().invoke(main, ["render", "--engine", "festival"])
    assert bad_engine.exit_code == 2 and "festival" in bad_engine.output


def test_library_errors_become_one_line_in_one_place():
    """Commands do not catch AudiocastError themselves: the group does it for all."""
    import inspect

    from audiocast import cli
    from audiocast.errors import IngestError

    package = Path(cli.__file__).parent
    sources = [p.read_text(encoding="utf-8") for p in package.glob("*.py")]
    assert sum(text.count("except AudiocastError") for text in sources) == 1
    assert "except AudiocastError" in inspect.getsource(cli.group)

    @click.group(cls=cli._Group)
    def group() -> None:
        """A group like audiocast's."""

    @group.command()
    def boom() -> None:
        """Fails the way library code does."""
        raise IngestError("artiklar/x.txt", "the file is empty")

    result = CliRunner().invoke(group, ["boom"])
    assert result.exit_code == 1
    assert result.output == "error: artiklar/x.txt: the file is empty\n"


def test_engine_choice_is_built_from_the_engine_names():
    from audiocast.tts.names import EngineName

    (engine,) = [p for p in main.commands["render"].params if p.name == "engine"]
    assert isinstance(engine.type, click.Choice)
    assert tuple(engine.type.choices) == EngineName.choices() == ("auto", "gtts", "espeak", "piper")


def test_shared_options_are_declared_alike():
    """--out, --base-url, --into, --quiet and --lexicon mean the same in every command."""
    seen: dict[str, tuple] = {}
    for command in main.commands.values():
        for p in command.params:
            if isinstance(p, click.Option) and p.name in ("out_dir", "base_url", "into", "quiet"):
                key = (p.opts, p.default, p.help)
                assert seen.setdefault(p.name, key) == key, f"{command.name} declares {p.opts[0]} differently"
    assert set(seen) == {"out_dir", "base_url", "into", "quiet"}


# --------------------------------------------------------------------------
# Piper voices from the command line (the tiny stand-in voice of piper_fake.py)

ARTICLE = (
    "---\ntitle: Ny skola i Alby\ndate: 2026-11-20\n---\n\n"
    "Skolan byggs i vår och blir klar om två år. Den får plats för fyrahundra elever.\n"
)


def _articles(tmp_path: Path) -> Path:
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "skola.md").write_text(ARTICLE, encoding="utf-8")
    return articles


def test_render_with_a_piper_voice_file_makes_a_real_mp3(tmp_path, monkeypatch):
    from piper_fake import install_tiny_voice

    from audiocast.audio import decode, measure_loudness

    monkeypatch.chdir(tmp_path)
    model = install_tiny_voice(tmp_path / "voices")
    articles, out = _articles(tmp_path), tmp_path / "out"
    args = ["render", str(articles), "--out", str(out), "--engine", "piper", "--voice", str(model)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "1 rendered" in result.output and "(voice: piper)" in result.output
    (mp3,) = (out / "episodes").glob("*.mp3")
    duration = len(decode(mp3))
    assert duration > 1000
    loud = measure_loudness(mp3)
    assert -17.0 <= loud.integrated_lufs <= -15.0 and loud.true_peak_dbtp <= -1.0
    again = CliRunner().invoke(main, args)
    assert again.exit_code == 0 and "1 unchanged" in again.output
    slower = CliRunner().invoke(main, [*args, "--rate", "0.8"])  # a new pace: a new file, the same episode
    assert slower.exit_code == 0 and "1 rendered" in slower.output, slower.output
    (mp3_slow,) = (out / "episodes").glob("*.mp3")
    assert mp3_slow.name != mp3.name and len(decode(mp3_slow)) > duration


def test_auto_prefers_an_installed_piper_voice_and_says_so(tmp_path, monkeypatch):
    from piper_fake import install_tiny_voice

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    install_tiny_voice(tmp_path / "xdg" / "audiocast" / "voices", name="sv_SE-nst-medium")
    articles = _articles(tmp_path)
    result = CliRunner().invoke(main, ["render", str(articles), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "voice: piper sv_SE-nst-medium (installed, offline)" in result.output.splitlines()
    (articles / "skola.md").write_text(ARTICLE.replace("fyrahundra", "femhundra"), encoding="utf-8")
    quiet = CliRunner().invoke(main, ["render", str(articles), "--out", str(tmp_path / "out"), "--quiet"])
    assert quiet.exit_code == 0 and quiet.output == ""  # --quiet: not even the voice line


def test_engines_lists_piper_with_the_configured_voices_dir(tmp_path):
    from piper_fake import install_tiny_voice

    install_tiny_voice(tmp_path / "röster", name="sv_SE-alma-medium")
    cfg = tmp_path / "audiocast.toml"
    cfg.write_text("[render]\nvoices_dir = 'röster'\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["--config", str(cfg), "engines", "--timeout", "0.5"])
    assert result.exit_code == 0, result.output
    (piper,) = [line for line in result.output.splitlines() if line.startswith("piper ")]
    assert "sv_SE-alma-medium" in piper and "available" in piper and "unavailable" not in piper
    assert any(line.startswith("auto ") and "Piper" in line for line in result.output.splitlines())


def test_voice_needs_an_engine_that_takes_one(tmp_path):
    result = CliRunner().invoke(main, ["render", "--engine", "espeak", "--voice", "sv_SE-nst-medium",
                                       "--out", str(tmp_path / "o")])
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        "error: --voice names a Piper voice, but the engine is espeak; use --engine piper (or auto), "
        "or leave out --voice"
    ]
    bad_rate = CliRunner().invoke(main, ["render", "--rate", "3"])
    assert bad_rate.exit_code == 2 and "0.5<=x<=2.0" in bad_rate.output


def test_a_missing_piper_voice_is_one_line_per_article(tmp_path):
    articles = _articles(tmp_path)
    result = CliRunner().invoke(main, ["render", str(articles), "--out", str(tmp_path / "o"), "--engine", "piper",
                                       "--voice", "sv_SE-lisa-medium", "-q"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    (line,) = result.output.splitlines()
    assert "no Piper voice sv_SE-lisa-medium installed" in line and "audiocast voices download" in line


# --------------------------------------------------------------------------
# One line, never a traceback (issue "One bad article never stops the paper", item 7)


def _one_error_line(result) -> str:
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    lines = result.output.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.output
    return lines[0]


def test_an_output_folder_that_cannot_be_made_is_one_line(tmp_path):
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    articles = _articles(tmp_path)
    result = CliRunner().invoke(main, ["render", str(articles), "--out", str(tmp_path / "a-file" / "out"),
                                       "--engine", "espeak"])
    line = _one_error_line(result)
    assert "cannot create the output folder (Not a directory)" in line and "--out" in line


def test_a_read_only_output_folder_is_one_line(tmp_path, monkeypatch):
    import errno

    from audiocast import cli

    def read_only(*args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    # As root a chmod does not stop writes, so the file system's refusal is simulated.
    monkeypatch.setattr(cli.rendering.tempfile, "TemporaryFile", read_only)
    articles = _articles(tmp_path)
    result = CliRunner().invoke(main, ["render", str(articles), "--out", str(tmp_path / "out"), "--engine", "espeak"])
    line = _one_error_line(result)
    assert "cannot write in the output folder (Read-only file system)" in line


def test_a_permission_error_anywhere_is_one_line():
    from audiocast import cli

    @click.group(cls=cli._Group)
    def group() -> None:
        """A group like audiocast's."""

    @group.command()
    def boom() -> None:
        """Fails the way a full or read-only disk does."""
        raise PermissionError(13, "Permission denied", "output/feed.xml")

    line = _one_error_line(CliRunner().invoke(group, ["boom"]))
    assert line.startswith("error: output/feed.xml: Permission denied; check")


@pytest.mark.parametrize("out", ["articles", "articles/output", "articles/./"])
def test_out_in_the_articles_folder_is_refused(tmp_path, monkeypatch, out):
    monkeypatch.chdir(tmp_path)
    _articles(tmp_path)
    line = _one_error_line(CliRunner().invoke(main, ["render", "articles", "--out", out, "--engine", "espeak"]))
    assert "articles folder articles" in line and "choose a folder outside it" in line
    assert sorted(p.name for p in (tmp_path / "articles").iterdir()) == ["skola.md"]  # nothing written


def test_out_beside_a_single_article_file_is_fine(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "skola.md").write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(main, ["render", "skola.md", "--out", "output", "--engine", "espeak", "-q"])
    assert result.exit_code == 0 and result.output == ""


def _png_header(width: int, height: int) -> bytes:
    """A PNG that declares ``width`` × ``height`` pixels (Pillow refuses it from the header alone)."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"")) + chunk(b"IEND", b"")


@pytest.mark.parametrize(
    ("setting", "value", "expected"),
    [
        ("[render]\nchime", "/dev/zero", "/dev/zero: not a regular file (a device or a pipe?), but [render] chime"),
        ("[render]\nchime", ".", "a folder, but [render] chime must name a file"),
        ("[render]\nlexicon", ".", "a folder, but [render] lexicon must name a file"),
        ("[podcast]\ncover", "huge.png", "huge.png: the cover image is far too large to open (400 000 000 pixels)"),
    ],
)
def test_bad_configured_files_are_one_line(tmp_path, setting, value, expected):
    (tmp_path / "huge.png").write_bytes(_png_header(20000, 20000))
    cfg = tmp_path / "audiocast.toml"
    cfg.write_text(f"{setting} = '{value}'\n", encoding="utf-8")
    articles = _articles(tmp_path)
    result = CliRunner().invoke(main, ["--config", str(cfg), "render", str(articles), "--out",
                                       str(tmp_path / "out"), "--engine", "espeak"])
    assert expected in _one_error_line(result)


def test_feed_with_an_oversized_cover_is_one_line(tmp_path):
    (tmp_path / "huge.png").write_bytes(_png_header(30000, 30000))
    cfg = tmp_path / "audiocast.toml"
    cfg.write_text("[podcast]\ncover = 'huge.png'\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["--config", str(cfg), "feed", "--out", str(tmp_path)])
    assert "the cover image is far too large to open" in _one_error_line(result)


def test_normalize_stdin_that_is_not_utf8_is_one_line_after_the_good_lines():
    data = "Linje 710 går.\n".encode() + "Bussen går 2 gånger i timmen på lördagar.\n".encode("latin-1")
    result = CliRunner().invoke(main, ["normalize", "-"], input=data)
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.output.splitlines() == [
        normalize("Linje 710 går."),
        "error: standard input, line 2: not UTF-8 text (byte 9 of the line); convert it first, "
        "e.g. iconv -f latin1 -t utf-8",
    ]
    with_bom = CliRunner().invoke(main, ["normalize", "-"], input="\ufeffLinje 710 går.\r\n".encode())
    assert with_bom.output == normalize("Linje 710 går.") + "\n"


@pytest.mark.parametrize("port", ["70000", "-1"])
def test_serve_with_a_bad_port_is_one_line(tmp_path, port):
    line = _one_error_line(CliRunner().invoke(main, ["serve", "--out", str(tmp_path), "--port", port]))
    assert f"port {port} is not a port number" in line


def test_render_warns_about_colliding_file_names_in_one_line_each(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    articles = tmp_path / "articles"
    articles.mkdir()
    body = "---\ntitle: {t}\ndate: 2026-11-20\n---\n\nKort text om {t}.\n"
    (articles / "notis.md").write_text(body.format(t="Busslinjen"), encoding="utf-8")
    (articles / "notis.txt").write_text("fredag 20 november 2026\nBibliotek öppnar\nEtt nytt bibliotek öppnar i dag i centrum av staden.\n",
                                        encoding="utf-8")
    result = CliRunner().invoke(main, ["render", "articles", "--out", "out", "--engine", "espeak", "--no-edition"])
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.output.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 1 and "notis" in warnings[0], result.output
    quiet = CliRunner().invoke(main, ["render", "articles", "--out", "out", "--engine", "espeak", "--quiet"])
    assert quiet.exit_code == 0 and quiet.output == "", quiet.output


def test_normalize_stdin_in_a_fresh_process():
    """In a fresh process the lazy package imported ``explain`` first, which bound the submodule
    ``speech.normalize`` to the package's name ``normalize``: ``audiocast normalize -`` then called a module
    (TypeError). The in-process tests above cannot see it: the function was already bound."""
    import subprocess
    import sys

    program = "import sys; from audiocast.cli import main; sys.argv = ['audiocast', 'normalize', '-']; main()"
    proc = subprocess.run([sys.executable, "-c", program], input="Möte kl. 14.30\n", capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "Möte klockan fjorton och trettio"


def test_lazy_names_bind_every_name_of_a_module_a_submodule_shadows():
    import types

    from audiocast.lazy import lazy_names

    ns: dict[str, object] = {}
    get = lazy_names("audiocast.speech", {"explain": "normalize", "normalize": "normalize"}, ns)
    get("explain")
    assert not isinstance(ns["normalize"], types.ModuleType) and callable(ns["normalize"])
