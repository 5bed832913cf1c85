"""End to end: articles in, a podcast out, with the offline voice.

One render of a small folder is shared by most tests (module fixture); the
incremental tests work on their own copy.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import feedparser
import podcastparser
import pytest

from audiocast.audio import decode, measure_loudness
from audiocast.config import Config
from audiocast.edition import edition_spec, newest_day
from audiocast.models import Article, EpisodeSpec, Script, Segment, SegmentKind
from audiocast.pipeline import CATALOG_FILE, Renderer, content_hash
from audiocast.speech import build_edition_script

SEED = Path(__file__).resolve().parents[2] / "shared" / "reference" / "seed-article-botkyrka.txt"

DUMP = """\
Meny
Nyheter
Sport
tisdag 24 november 2026

Nytt gångstråk längs Tullingesjön

Läs också

Kommunen bygger ett 1,2 km långt gångstråk längs sjön. Bygget startar den 1 mars och ska vara klart i oktober.

– Vi vill att fler ska kunna promenera hela vägen runt, säger Anna Berg, gatuchef i kommunen.

Anna Berg
Anna Berg, gatuchef. Foto: Per Holm

Stråket kostar 4,5 miljoner kronor och får belysning hela vägen. Arbetet pågår vardagar kl. 7–16.

Frågor om bygget
Kommunens kundtjänst
08 530 610 00
Senaste nyheterna

Bibliotek får längre öppettider

Läs också...

Close Bitnami banner
Bitnami
"""

MARKDOWN = """\
---
title: Skolan i Alby får ny idrottshall
date: 2026-11-23
author: Lina Ek
lead: Efter tre års väntan börjar bygget av den nya idrottshallen i Alby i vår.
---

Hallen blir 40 meter lång och rymmer 200 åskådare. Den ska stå klar till hösten 2027.

## Vad händer med den gamla hallen?

Den gamla hallen från 1968 rivs när den nya är klar. 12 föreningar har tider där i dag.
"""


def _write_articles(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "gangstrak.txt").write_text(DUMP, encoding="utf-8")
    (folder / "idrottshall.md").write_text(MARKDOWN, encoding="utf-8")


def _config() -> Config:
    return Config().with_engine("espeak").with_base_url("http://127.0.0.1:8000/pod/")


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    root = tmp_path_factory.mktemp("e2e")
    articles = root / "articles"
    _write_articles(articles)
    (articles / "trasig.txt").write_bytes("rubrik\n\nbr\xf6dtext".encode("latin-1"))
    (articles / "tom.md").write_text("", encoding="utf-8")
    out = root / "output"
    renderer = Renderer(_config(), out, cache_dir=root / "cache")
    report = renderer.render([articles], edition=True)
    return root, out, report


def test_failures_name_the_file_and_the_rest_still_render(rendered):
    _, out, report = rendered
    assert not report.ok
    failed = {Path(r.source).name: r.error for r in report.failed}
    assert set(failed) == {"trasig.txt", "tom.md"}
    assert "trasig.txt" in failed["trasig.txt"] and "UTF-8" in failed["trasig.txt"]
    assert "tom.md" in failed["tom.md"]
    statuses = {r.slug: r.status for r in report.results if r.slug}
    assert statuses == {"gangstrak": "rendered", "idrottshall": "rendered"}
    assert report.engine == "espeak"


def test_feed_reads_back_in_feedparser_and_podcastparser(rendered):
    _, out, report = rendered
    feed_xml = out / "feed.xml"
    parsed = feedparser.parse(feed_xml.read_bytes())
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.feed.language == "sv"
    titles = [e.title for e in parsed.entries]
    assert titles == ["Nytt gångstråk längs Tullingesjön", "Skolan i Alby får ny idrottshall"]

    with open(feed_xml, "rb") as fh:
        pod = podcastparser.parse("http://127.0.0.1:8000/pod/feed.xml", fh)
    by_title = {e["title"]: e for e in pod["episodes"]}
    hall = by_title["Skolan i Alby får ny idrottshall"]
    enclosure = hall["enclosures"][0]
    local = out / enclosure["url"].removeprefix("http://127.0.0.1:8000/pod/")
    assert enclosure["file_size"] == local.stat().st_size
    assert enclosure["mime_type"] == "audio/mpeg"
    decoded = decode(local)
    assert abs(hall["total_time"] - len(decoded) / 1000) <= 1.0
    # pubDate from the article's own date (Stockholm midnight, 23 Nov 2026)
    published = datetime.fromtimestamp(hall["published"], UTC)
    assert published.date().isoformat() in ("2026-11-22", "2026-11-23")


def test_mp3_meets_the_loudness_target(rendered):
    _, out, _ = rendered
    for mp3 in sorted((out / "episodes").glob("*.mp3")):
        loud = measure_loudness(mp3)
        assert -17.0 <= loud.integrated_lufs <= -15.0, (mp3.name, loud)
        assert loud.true_peak_dbtp <= -1.0, (mp3.name, loud)
        audio = decode(mp3)
        assert audio.frame_rate == 44100 and audio.channels == 1
        assert len(audio) > 10_000


def test_transcript_has_the_body_and_none_of_the_boilerplate(rendered):
    _, out, _ = rendered
    vtt = next((out / "episodes").glob("gangstrak-*.vtt")).read_text(encoding="utf-8")
    text = " ".join(line for line in vtt.splitlines() if line and "-->" not in line)
    assert "gångstråk" in text
    assert "promenera hela vägen runt" in text
    for junk in ("Läs också", "Bitnami", "Foto:", "Senaste nyheterna", "Bibliotek får längre", "Meny"):
        assert junk not in text


def test_daily_edition_has_its_own_feed(rendered):
    _, out, report = rendered
    assert [r.status for r in report.editions] == ["rendered"]
    parsed = feedparser.parse((out / "edition" / "feed.xml").read_bytes())
    assert len(parsed.entries) == 1
    assert "utgåva" in parsed.feed.title


def _snapshot(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((out / "episodes").glob("*.mp3"))}


def test_incremental_render_synthesizes_nothing_and_changes_one(tmp_path):
    articles = tmp_path / "articles"
    _write_articles(articles)
    out = tmp_path / "output"
    cache = tmp_path / "cache"
    first = Renderer(_config(), out, cache_dir=cache).render([articles])
    assert first.ok
    before = _snapshot(out)
    feed_before = (out / "feed.xml").read_bytes()

    second = Renderer(_config(), out, cache_dir=cache).render([articles])
    assert [r.status for r in second.results] == ["unchanged", "unchanged"]
    assert sum(r.synthesized for r in second.results) == 0
    assert _snapshot(out) == before
    assert (out / "feed.xml").read_bytes() == feed_before

    guid_before = re.search(r"<guid[^>]*>([^<]+)</guid>", feed_before.decode()).group(1)
    md = articles / "idrottshall.md"
    md.write_text(MARKDOWN.replace("200 åskådare", "300 åskådare"), encoding="utf-8")
    third = Renderer(_config(), out, cache_dir=cache).render([articles])
    status = {r.slug: r for r in third.results}
    assert status["gangstrak"].status == "unchanged"
    assert status["idrottshall"].status == "rendered"
    # only the changed sentence went to the voice
    assert status["idrottshall"].synthesized == 1
    after = _snapshot(out)
    gang = [n for n in before if n.startswith("gangstrak")]
    assert all(after[n] == before[n] for n in gang)
    old_hall = [n for n in before if n.startswith("idrottshall")]
    new_hall = [n for n in after if n.startswith("idrottshall")]
    assert len(new_hall) == 1 and new_hall != old_hall  # new file name, old one removed
    feed_after = (out / "feed.xml").read_text(encoding="utf-8")
    assert new_hall[0] in feed_after and old_hall[0] not in feed_after
    guids = re.findall(r"<guid[^>]*>([^<]+)</guid>", feed_before.decode())
    assert set(guids) == set(re.findall(r"<guid[^>]*>([^<]+)</guid>", feed_after))
    assert guid_before in feed_after


def test_removed_article_stays_until_pruned(tmp_path):
    articles = tmp_path / "articles"
    _write_articles(articles)
    out = tmp_path / "output"
    cache = tmp_path / "cache"
    Renderer(_config(), out, cache_dir=cache).render([articles])
    # A file that is still there but broken keeps its episode, even with --prune
    (articles / "idrottshall.md").write_bytes(b"\xff\xfe broken")
    broken = Renderer(_config(), out, cache_dir=cache).render([articles], prune=True)
    assert not broken.ok and broken.pruned == []
    assert "Skolan i Alby" in (out / "feed.xml").read_text(encoding="utf-8")
    (articles / "idrottshall.md").write_text(MARKDOWN, encoding="utf-8")

    (articles / "gangstrak.txt").unlink()
    kept = Renderer(_config(), out, cache_dir=cache).render([articles])
    assert "Nytt gångstråk" in (out / "feed.xml").read_text(encoding="utf-8")
    assert kept.pruned == []
    pruned = Renderer(_config(), out, cache_dir=cache).render([articles], prune=True)
    assert pruned.pruned == ["gangstrak"]
    assert "Nytt gångstråk" not in (out / "feed.xml").read_text(encoding="utf-8")
    assert not list((out / "episodes").glob("gangstrak-*"))
    assert (out / CATALOG_FILE).exists()


@pytest.mark.skipif(not SEED.exists(), reason="the shared seed article is not beside this checkout")
def test_seed_article_renders_without_boilerplate(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    shutil.copy(SEED, articles / SEED.name)
    out = tmp_path / "output"
    report = Renderer(_config(), out, cache_dir=tmp_path / "cache").render([articles])
    assert report.ok, report.failed
    vtt = next((out / "episodes").glob("*.vtt")).read_text(encoding="utf-8")
    assert "krisorganisation" in vtt
    for junk in ("Läs också", "Bitnami", "Foto:", "Senaste nyheterna", "Hallå där"):
        assert junk not in vtt
    loud = measure_loudness(next((out / "episodes").glob("*.mp3")))
    assert -17.0 <= loud.integrated_lufs <= -15.0 and loud.true_peak_dbtp <= -1.0
    parsed = feedparser.parse((out / "feed.xml").read_bytes())
    assert parsed.entries[0].title == "Botkyrkas krisorganisation"
    assert parsed.entries[0].published_parsed[:3] == (2024, 5, 25) or parsed.entries[0].published_parsed[:3] == (2024, 5, 24)


def _onset_ms(audio, around_ms: int, window_ms: int = 250) -> int | None:
    """First 5 ms frame louder than -45 dBFS, searching from around_ms - window_ms."""
    start = max(0, around_ms - window_ms)
    for t in range(start, min(len(audio), around_ms + window_ms), 5):
        if audio[t : t + 5].dBFS > -45:
            return t
    return None


def test_chapters_agree_in_id3_json_and_feed_and_start_where_speech_starts(rendered):
    import json

    from audiocast.publish import read_chapters

    _, out, _ = rendered
    mp3 = next((out / "episodes").glob("idrottshall-*.mp3"))
    id3 = read_chapters(mp3)
    doc = json.loads(
        (mp3.parent / (mp3.stem + ".chapters.json")).read_text(encoding="utf-8")
    )
    titles = [c.title for c in id3]
    assert titles[0] == "Inledning"
    assert "Skolan i Alby får ny idrottshall" in titles
    assert "Vad händer med den gamla hallen?" in titles
    assert [c["title"] for c in doc["chapters"]] == titles
    for c, j in zip(id3, doc["chapters"], strict=True):
        assert abs(c.start_ms / 1000 - j["startTime"]) < 0.002
    feed = (out / "feed.xml").read_text(encoding="utf-8")
    assert 'title="Vad händer med den gamla hallen?"' in feed

    audio = decode(mp3)
    for chapter in id3[1:]:
        onset = _onset_ms(audio, chapter.start_ms)
        assert onset is not None, chapter
        assert abs(onset - chapter.start_ms) <= 50, (chapter, onset)
        # the pause before a chapter is silent
        assert audio[chapter.start_ms - 400 : chapter.start_ms - 100].dBFS < -50


def test_a_podcast_client_subscribes_over_http_and_downloads_everything(tmp_path):
    """What gPodder does: fetch the served feed, parse it, download each episode,
    its chapters and transcript, following the feed's own URLs."""
    import json
    import threading
    import urllib.request

    from audiocast.publish import make_server

    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "idrottshall.md").write_text(MARKDOWN, encoding="utf-8")
    out = tmp_path / "output"
    out.mkdir()
    server = make_server(out, port=0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}/"
        config = Config().with_engine("espeak").with_base_url(base)
        assert Renderer(config, out, cache_dir=tmp_path / "cache").render([articles]).ok

        with urllib.request.urlopen(base + "feed.xml", timeout=5) as resp:
            assert resp.headers["Content-Type"].startswith("application/rss+xml")
            feed = podcastparser.parse(base + "feed.xml", resp)
        assert feed["title"] == config.podcast.name
        (episode,) = feed["episodes"]
        enclosure = episode["enclosures"][0]
        with urllib.request.urlopen(enclosure["url"], timeout=5) as resp:
            audio = resp.read()
        assert len(audio) == enclosure["file_size"] > 10_000
        assert audio[:3] == b"ID3"
        request = urllib.request.Request(enclosure["url"], headers={"Range": "bytes=0-99"})
        with urllib.request.urlopen(request, timeout=5) as resp:
            assert resp.status == 206 and len(resp.read()) == 100
        titles = [c["title"] for c in episode["chapters"]]
        assert titles[0] == "Inledning" and "Vad händer med den gamla hallen?" in titles

        xml = (out / "feed.xml").read_text(encoding="utf-8")
        vtt_url = re.search(r'<podcast:transcript url="([^"]+\.vtt)"', xml).group(1)
        chapters_url = re.search(r'<podcast:chapters url="([^"]+)"', xml).group(1)
        with urllib.request.urlopen(vtt_url, timeout=5) as resp:
            assert resp.headers["Content-Type"].startswith("text/vtt")
            vtt = resp.read().decode("utf-8")
        assert vtt.startswith("WEBVTT") and "40 meter" in vtt
        with urllib.request.urlopen(chapters_url, timeout=5) as resp:
            chapters = json.loads(resp.read())
        assert [c["title"] for c in chapters["chapters"]] == titles
    finally:
        server.shutdown()
        server.server_close()


def test_auto_uses_googles_voice_when_reachable(tmp_path, fake_gtts):
    """The default engine: gTTS when its endpoint answers (here a local fake)."""
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "idrottshall.md").write_text(MARKDOWN, encoding="utf-8")
    out = tmp_path / "output"
    config = Config().with_base_url("http://127.0.0.1:8000/")
    assert config.render.engine == "auto"
    renderer = Renderer(config, out, cache_dir=tmp_path / "cache", engine_options={"endpoint": fake_gtts.url})
    report = renderer.render([articles])
    assert report.ok and report.engine == "gtts"
    assert report.notice is None or "Google reachable" in report.notice  # auto says why
    texts = [text for text, lang, _ in fake_gtts.requests]
    assert all(lang == "sv" for _, lang, _ in fake_gtts.requests)
    assert any("fyrtio meter" in t for t in texts)  # the normalized text went to the voice
    mp3 = next((out / "episodes").glob("*.mp3"))
    loud = measure_loudness(mp3)
    assert -17.0 <= loud.integrated_lufs <= -15.0 and loud.true_peak_dbtp <= -1.0
    assert "<itunes:duration>" in (out / "feed.xml").read_text(encoding="utf-8")


def test_voice_changes_rerender_only_when_asked(tmp_path, fake_gtts, closed_port_url):
    """auto never re-renders (or downgrades) for today's reachability; naming a
    voice re-renders with it under a new file name and the same GUID."""
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "idrottshall.md").write_text(MARKDOWN, encoding="utf-8")
    out, cache = tmp_path / "output", tmp_path / "cache"
    base = Config().with_base_url("http://127.0.0.1:8000/")

    def run(engine: str, endpoint: str):
        renderer = Renderer(base.with_engine(engine), out, cache_dir=cache, engine_options={"endpoint": endpoint} if engine != "espeak" else None)
        report = renderer.render([articles])
        assert report.ok, report.failed
        return report.results[0], (out / "feed.xml").read_text(encoding="utf-8")

    first, feed1 = run("espeak", "")
    assert first.status == "rendered"
    again, _ = run("auto", fake_gtts.url)  # Google reachable now, but nothing changed
    assert again.status == "unchanged" and fake_gtts.requests == []
    google, feed2 = run("gtts", fake_gtts.url)  # the editor asks for Google's voice
    assert google.status == "rendered" and google.audio_file != first.audio_file
    guid = re.compile(r"<guid[^>]*>([^<]+)</guid>")
    assert guid.findall(feed1) == guid.findall(feed2)
    offline, _ = run("auto", closed_port_url)  # Google gone: keep Google's episode
    assert offline.status == "unchanged" and offline.audio_file == google.audio_file


def test_feed_command_rebuilds_from_the_catalog_alone(rendered, tmp_path, monkeypatch):
    from click.testing import CliRunner

    from audiocast.cli import main

    _, out, _ = rendered
    copy = tmp_path / "output"
    shutil.copytree(out, copy)
    before = {name: (copy / name).read_bytes() for name in ("feed.xml", "edition/feed.xml", "index.html")}
    for name in before:
        (copy / name).unlink()
    monkeypatch.chdir(tmp_path)  # defaults, as the fixture rendered with
    result = CliRunner().invoke(main, ["feed", "--out", str(copy), "--base-url", "http://127.0.0.1:8000/pod/"])
    assert result.exit_code == 0, result.output
    for name, data in before.items():
        assert (copy / name).read_bytes() == data, name


# --- the pieces the renderer is made of ------------------------------------


def _tiny_script() -> Script:
    return Script(
        slug="x",
        title="T",
        segments=[
            Segment("Hej.", "Hej.", SegmentKind.TITLE, 700, 0),
            Segment("Två kronor.", "2 kr.", SegmentKind.SENTENCE, 0, 0),
        ],
        chapters=["T"],
    )


def test_content_hash_is_stable_across_releases(tmp_path):
    # Pinned: episode file names and "unchanged" depend on this value, so a
    # refactor that changes it would re-render (and re-publish) every episode.
    spec = EpisodeSpec(
        kind="article", slug="x", script=_tiny_script(), title="T", description="D",
        published=datetime(2024, 5, 25, 8, 0, tzinfo=UTC), author=None, url=None, source="x.txt",
    )
    settings = Renderer(Config(), tmp_path).hash_settings()
    assert content_hash(spec.script, spec.meta(), settings) == (
        "8e547809344f0bedbe447187f3088d5c8ee5164ef4fa9d35e4e6ff127af2e8d5"
    )
    changed = replace(spec, description="Annan")
    assert content_hash(changed.script, changed.meta(), settings) != content_hash(spec.script, spec.meta(), settings)


def test_edition_slug_and_title_come_from_one_place():
    day = date(2024, 5, 25)
    a = Article(slug="a", title="Första", published=datetime(2024, 5, 25, 9, 0, tzinfo=UTC), source="a.md",
                lead="Ingress.")
    b = Article(slug="b", title="Andra", published=datetime(2024, 5, 25, 7, 0, tzinfo=UTC), source="b.md",
                lead="Ingress.")
    old = Article(slug="c", title="Gammal", published=datetime(2024, 5, 20, 7, 0, tzinfo=UTC), source="c.md")
    assert newest_day([a, old, b]) == (day, [b, a])
    assert newest_day([Article(slug="d", title="D", published=None, source="d.md")]) is None
    script = build_edition_script([b, a], "P", day)
    spec = edition_spec(day, [b, a], script, "Redaktionen")
    assert (script.slug, script.title) == (spec.slug, spec.title) == (
        "utgava-2024-05-25", "Dagens utgåva, lördag 25 maj 2024"
    )
    assert spec.description == "I dag: Andra; Första" and spec.published == a.published
    assert spec.source == "b.md, a.md" and spec.kind == "edition"
