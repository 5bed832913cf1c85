"""One bad article never stops the paper.

End to end through :class:`Renderer` with the offline voice: a folder of
several articles with one bad one; the bad one is one line naming the file
and the cause, every other article renders, and the feed (parsed back with
feedparser and podcastparser) and the page are published.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import feedparser
import podcastparser
import pytest

import audiocast.encoder
import audiocast.speech.script
from audiocast.config import Config
from audiocast.errors import IngestError, PublishError, SpeechError
from audiocast.ingest.boilerplate import parse_rules
from audiocast.pipeline import CATALOG_FILE, Renderer
from audiocast.publish import Catalog, publish_all
from audiocast.publish import catalog as catalog_module
from audiocast.speech import Lexicon

BASE = "http://127.0.0.1:8000/pod/"
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f\ufffe\uffff]")


def _md(title: str, body: str, date: str = "2026-11-23", lead: str | None = None, extra: str = "") -> str:
    front = [f"title: {title}", f"date: {date}"]
    if lead is not None:
        front.append(f"lead: {lead}")
    return "---\n" + "\n".join(front) + "\n" + extra + "---\n\n" + body + "\n"


GOOD = {
    "bro.md": _md("Bron över ån stängs i tre veckor", "Bron stängs för reparation. Bussarna tar en omväg."),
    "skola.md": _md("Skolan får ny idrottshall", "Hallen blir fyrtio meter lång. Bygget börjar i vår."),
}


_CACHE: list[Path] = []


@pytest.fixture(scope="module", autouse=True)
def _shared_voice_cache(tmp_path_factory):
    """One speech cache for the module: the good articles are synthesized once."""
    _CACHE.append(tmp_path_factory.mktemp("voice-cache"))
    yield
    _CACHE.clear()


def _cache(tmp_path: Path) -> Path:
    return _CACHE[0] if _CACHE else tmp_path / "cache"


def _config(**render) -> Config:
    config = Config().with_engine("espeak").with_base_url(BASE)
    if render:
        from dataclasses import replace

        config = replace(config, render=replace(config.render, **render))
    return config


def _render(tmp_path: Path, bad: dict[str, str], *, config: Config | None = None, edition: bool = False):
    articles = tmp_path / "articles"
    articles.mkdir(exist_ok=True)
    for name, text in {**GOOD, **bad}.items():
        (articles / name).write_text(text, encoding="utf-8")
    out = tmp_path / "output"
    renderer = Renderer(config or _config(), out, cache_dir=_cache(tmp_path))
    return renderer.render([articles], edition=edition), out


def _feed_ok(out: Path, feed: str = "feed.xml") -> list[str]:
    """The feed parses in feedparser and podcastparser; returns its titles. No control characters."""
    data = (out / feed).read_bytes()
    parsed = feedparser.parse(data)
    assert not parsed.bozo, parsed.get("bozo_exception")
    with open(out / feed, "rb") as fh:
        pod = podcastparser.parse(BASE + feed, fh)
    assert len(pod["episodes"]) == len(parsed.entries)
    page = (out / "index.html").read_text(encoding="utf-8")
    assert not CONTROL.search(data.decode("utf-8")) and not CONTROL.search(page)
    return [e.title for e in parsed.entries]


def _good_rendered(report) -> None:
    statuses = {Path(r.source).name: r.status for r in report.results}
    assert statuses["bro.md"] == "rendered" and statuses["skola.md"] == "rendered", statuses


def _one_failure(report, name: str) -> str:
    failed = [r for r in report.failed if Path(r.source).name == name]
    assert len(failed) == 1, [r.error for r in report.failed]
    error = failed[0].error
    assert name in error and "\n" not in error
    return error


def test_a_crash_inside_the_normalizer_is_one_articles_failure(tmp_path, monkeypatch, caplog):
    real = audiocast.speech.script.normalize

    def broken(text, *args, **kwargs):
        if "000-" in text:  # what the normalizer did with "en 1 000-kronorssedel"
            raise ValueError("invalid literal for int() with base 10: '1 000'")
        return real(text, *args, **kwargs)

    monkeypatch.setattr(audiocast.speech.script, "normalize", broken)
    bad = {
        "sedel.md": _md("Falsk sedel i omlopp", "Polisen varnar för en falsk 1 000-kronorssedel i Alby."),
        "lopp.md": _md("Rekord i loppet", "Hon vann 5 000-metersloppet på ny rekordtid."),
    }
    with caplog.at_level(logging.DEBUG, logger="audiocast.pipeline"):
        report, out = _render(tmp_path, bad, edition=True)
    _good_rendered(report)
    for name in bad:
        error = _one_failure(report, name)
        assert "internal error: ValueError: invalid literal" in error and "please report it" in error
    assert "Traceback" in caplog.text or any(r.exc_info for r in caplog.records)
    titles = _feed_ok(out)
    assert sorted(titles) == ["Bron över ån stängs i tre veckor", "Skolan får ny idrottshall"]
    assert (out / "edition" / "feed.xml").is_file()


@pytest.mark.parametrize(
    "title, lead",
    [
        ("Larm\x07 i Alby", "Det tjöt\x00 hela natten\x1b."),
        ('"Larm\\u0007 i Alby"', '"Det tjöt\\u0007 hela natten\\ufffe."'),
        ("Larm&#7; i Alby", "Det tjöt&#7; hela natten."),
        ("Larm\ud800 i Alby", "Det tjöt\uffff hela\u00ad natten\u200b."),
    ],
    ids=["raw", "escaped", "entity", "surrogate"],
)
def test_control_characters_never_reach_the_feed_or_page(tmp_path, title, lead):
    path = tmp_path / "articles" / "larm.md"
    path.parent.mkdir()
    text = _md(title, "Brandlarmet gick vid midnatt. Ingen skadades.", lead=lead)
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    report, out = _render(tmp_path, {})
    statuses = {Path(r.source).name: (r.status, r.error) for r in report.results}
    assert statuses["larm.md"][0] in ("rendered", "failed"), statuses
    if statuses["larm.md"][0] == "failed":  # a lone surrogate is not UTF-8: one line, not a crash
        assert "UTF-8" in statuses["larm.md"][1]
    titles = _feed_ok(out)
    assert len(titles) >= 2
    for written in titles:
        assert not CONTROL.search(written)
    # Nothing blames the configuration file.
    assert not any("audiocast.toml" in (r.error or "") for r in report.failed)


@pytest.mark.parametrize(
    "date", ["0001-01-01T00:00:00+01:00", "9999-12-31T23:00:00-05:00"]
)
def test_publication_dates_at_the_edges_of_the_calendar(tmp_path, date):
    report, out = _render(tmp_path, {"urtid.md": _md("Ett fynd från urtiden", "Arkeologerna hittade en yxa.", date=date)})
    _good_rendered(report)
    error = _one_failure(report, "urtid.md")
    assert "outside the years" in error and "fix the date" in error
    assert len(_feed_ok(out)) == 2


def test_an_article_over_the_length_limit_fails_fast_with_its_length(tmp_path):
    token = "x" * 100_000
    report, out = _render(tmp_path, {"lang.md": _md("En mycket lång rad", f"Början. {token} Slut.")})
    _good_rendered(report)
    error = _one_failure(report, "lang.md")
    assert "100,0" in error and "50,000" in error and "max_chars" in error
    assert len(_feed_ok(out)) == 2


def test_a_crash_while_tagging_one_episode_keeps_the_episodes_encoded_before(tmp_path, monkeypatch):
    real = audiocast.encoder.tag_mp3

    def broken(path, **kwargs):
        if kwargs["title"].startswith("Skolan"):
            raise KeyError("cover")
        return real(path, **kwargs)

    monkeypatch.setattr(audiocast.encoder, "tag_mp3", broken)
    report, out = _render(tmp_path, {"zebra.md": _md("Zebror på zoo", "Två zebror har fötts i Kolmården.")})
    statuses = {Path(r.source).name: r.status for r in report.results}
    assert statuses == {"bro.md": "rendered", "skola.md": "failed", "zebra.md": "rendered"}
    assert "internal error: KeyError" in _one_failure(report, "skola.md")
    assert sorted(_feed_ok(out)) == ["Bron över ån stängs i tre veckor", "Zebror på zoo"]
    with Catalog(out / CATALOG_FILE) as catalog:
        assert catalog.slugs() == {"bro", "zebra"}


def test_colliding_file_names_get_their_own_stable_episodes(tmp_path):
    bad = {
        "bro.txt": "Bron över ån öppnar igen\n\nBron öppnar på måndag efter tre veckors arbete. Bussarna går som vanligt.\n",
        "Brand i Älvsjö.md": _md("Brand i Älvsjö", "Det brann i ett kök i Älvsjö i natt."),
        "brand-i-alvsjo.md": _md("Ny brand i Älvsjö", "Det brann igen i Älvsjö, nu i en källare."),
    }
    (tmp_path / "articles").mkdir()
    (tmp_path / "more").mkdir()
    (tmp_path / "more" / "skola.md").write_text(_md("Skolan i Tumba byggs om", "Skolan byggs om i sommar."), "utf-8")
    config = _config()
    renderer = Renderer(config, tmp_path / "output", cache_dir=_cache(tmp_path))
    for name, text in {**GOOD, **bad}.items():
        (tmp_path / "articles" / name).write_text(text, encoding="utf-8")
    paths = [tmp_path / "articles", tmp_path / "more" / "skola.md"]
    first = renderer.render(paths)
    assert first.ok, [r.error for r in first.failed]
    slugs = {Path(r.source).parent.name + "/" + Path(r.source).name: r.slug for r in first.results}
    assert len(set(slugs.values())) == len(slugs) == 6
    assert slugs["articles/bro.md"] == "bro" and slugs["articles/skola.md"] == "skola"
    assert slugs["articles/bro.txt"].startswith("bro-") and slugs["more/skola.md"].startswith("skola-")
    assert len(first.warnings) == 3 and all("rename one of the files" in w for w in first.warnings)
    titles = _feed_ok(tmp_path / "output")
    assert len(titles) == 6
    with Catalog(tmp_path / "output" / CATALOG_FILE) as catalog:
        guids = {r.slug: r.guid for r in catalog.episodes()}
        files = {r.slug: r.audio_file for r in catalog.episodes()}
    assert len(set(files.values())) == 6

    # Again, and with the plain slug's file gone: nobody's identity moves, nothing is rendered.
    (tmp_path / "articles" / "bro.md").unlink()
    again = Renderer(config, tmp_path / "output", cache_dir=_cache(tmp_path)).render(paths)
    assert {r.slug for r in again.results} == set(slugs.values()) - {"bro"}
    assert all(r.status == "unchanged" for r in again.results)
    with Catalog(tmp_path / "output" / CATALOG_FILE) as catalog:
        assert {r.slug: r.guid for r in catalog.episodes()} == guids


def _tamper(out: Path, slug: str, **values) -> None:
    db = sqlite3.connect(out / CATALOG_FILE)
    with db:
        for column, value in values.items():
            db.execute(f"UPDATE episodes SET {column} = ? WHERE slug = ?", (value, slug))
    db.close()


def test_the_catalog_is_trusted_only_as_far_as_it_is_checked(tmp_path):
    report, out = _render(tmp_path, {}, edition=False)
    assert report.ok
    outside = tmp_path / "precious.mp3"
    outside.write_bytes(b"not yours")
    _tamper(out, "bro", audio_file="../precious.mp3", transcript_vtt=str(outside), content_hash="x")
    with Catalog(out / CATALOG_FILE) as catalog:
        mp3 = out / catalog.get("skola").audio_file
    mp3.write_bytes(mp3.read_bytes() + b"tail")  # wrong size
    renderer = Renderer(_config(), out, cache_dir=_cache(tmp_path))
    second = renderer.render([tmp_path / "articles"], edition=False)
    assert second.ok
    statuses = {r.slug: r.status for r in second.results}
    assert statuses == {"bro": "rendered", "skola": "rendered"}
    assert outside.read_bytes() == b"not yours"
    feed = (out / "feed.xml").read_text(encoding="utf-8")
    assert "precious" not in feed
    with Catalog(out / CATALOG_FILE) as catalog:
        for record in catalog.episodes():
            assert (out / record.audio_file).stat().st_size == record.bytes

    # Published without rendering: a missing MP3 is left out and said, not a 404.
    with Catalog(out / CATALOG_FILE) as catalog:
        (out / catalog.get("bro").audio_file).unlink()
        lines = publish_all(_config(), out, catalog)
    assert len(lines) == 1 and "missing" in lines[0] and "audiocast render" in lines[0]
    assert _feed_ok(out) == ["Skolan får ny idrottshall"]


def test_a_locked_catalog_says_so_and_does_not_advise_moving_it(tmp_path, monkeypatch):
    path = tmp_path / CATALOG_FILE
    Catalog(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    monkeypatch.setattr(catalog_module, "BUSY_SECONDS", 0.05)
    try:
        with pytest.raises(PublishError) as caught:
            Catalog(path)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    message = str(caught.value)
    assert "locked by another process" in message and "move" not in message


def test_stored_bad_rows_and_non_web_links_are_published_safely(tmp_path):
    report, out = _render(tmp_path, {"lank.md": _md("Länk", "En artikel med en länk.", extra="source_url: javascript:alert(1)\n")},
                          edition=False)
    assert report.ok
    _tamper(out, "bro", title="Bron\x07 stängs\ufffe", description="Bro\x00", url="javascript:alert(2)")
    with Catalog(out / CATALOG_FILE) as catalog:
        assert publish_all(_config(), out, catalog) == []
    titles = _feed_ok(out)
    assert "Bron stängs" in titles
    feed = (out / "feed.xml").read_text(encoding="utf-8")
    page = (out / "index.html").read_text(encoding="utf-8")
    assert "javascript:" not in feed and "javascript:" not in page

    # A row that cannot be read at all (a hand-edited date) is left out, not fatal; a render repairs it.
    _tamper(out, "skola", published="i går", chapters="[[")
    with Catalog(out / CATALOG_FILE) as catalog:
        publish_all(_config(), out, catalog)
    assert "Skolan får ny idrottshall" not in _feed_ok(out)
    again = Renderer(_config(), out, cache_dir=_cache(tmp_path)).render([tmp_path / "articles"], edition=False)
    assert again.ok and {r.slug: r.status for r in again.results}["skola"] == "rendered"
    assert "Skolan får ny idrottshall" in _feed_ok(out)


def test_a_date_without_a_time_keeps_its_day_everywhere_and_the_file_order(tmp_path):
    report, out = _render(tmp_path, {"zebra.md": _md("Zebror på zoo", "Två zebror har fötts i Kolmården.")},
                          edition=False)
    assert report.ok
    with open(out / "feed.xml", "rb") as fh:
        pod = podcastparser.parse(BASE + "feed.xml", fh)
    times = {e["title"]: datetime.fromtimestamp(e["published"], UTC) for e in pod["episodes"]}
    bro, skola, zebra = (times[t] for t in ("Bron över ån stängs i tre veckor", "Skolan får ny idrottshall",
                                             "Zebror på zoo"))
    assert bro.isoformat() == "2026-11-23T11:00:00+00:00"
    assert bro < skola < zebra  # file order: bro.md, skola.md, zebra.md
    assert (zebra - bro).total_seconds() == 2


def test_catastrophic_rules_are_refused_when_loaded(tmp_path):
    for pattern in ["(a+)+", "(a*)*", "(a|a)*", r"(\w+\s*)+", "(.*a){12}", "x" * 1_001]:
        text = f"# local rules\nok\tdrop\tAnnons\nbad\tdrop\t{pattern}\n"
        with pytest.raises(IngestError) as caught:
            parse_rules(text, "articles/_boilerplate.tsv")
        assert "articles/_boilerplate.tsv: line 3:" in str(caught.value)
    lexicon = tmp_path / "lexikon.tsv"
    lexicon.write_text("Flempan\tFlämpan\n" + "x" * 600 + "\ty\n", encoding="utf-8")
    with pytest.raises(SpeechError, match=r"lexikon.tsv, line 2: the rule is 602 characters long"):
        Lexicon.load(lexicon)


def test_a_local_rule_that_backtracks_fails_the_folder_with_one_line_each(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "_boilerplate.tsv").write_text("bad\tdrop\t(\\w+\\s*)+\n", encoding="utf-8")
    (articles / "dump.txt").write_text("Bron öppnar igen\n\nBron öppnar på måndag igen efter arbetet.\n", "utf-8")
    report, out = _render(tmp_path, {}, edition=False)
    _good_rendered(report)
    error = _one_failure(report, "dump.txt")
    assert "_boilerplate.tsv: line 1:" in error
    assert len(_feed_ok(out)) == 2


def test_slug_identities_are_stable_and_never_take_a_published_slug():
    from audiocast.identity import assign_slugs, hashed_slug

    a, b = Path("articles/x.md"), Path("articles/x.txt")
    fresh = assign_slugs([b, a], lambda slug: None)
    assert fresh[a].slug == "x" and fresh[b].slug == hashed_slug("x", b) and fresh[b].notice
    assert fresh[a].notice is None and "x.md" in fresh[b].notice
    # The catalog publishes x.txt as "x": it keeps it, whatever the sort order says.
    published = {"x": "/srv/articles/x.txt"}
    kept = assign_slugs([a, b], published.get)
    assert kept[b].slug == "x" and kept[a].slug == hashed_slug("x", a)
    # x.txt alone later, but it was published under its hashed slug: it keeps that one.
    sticky = {"x": "articles/x.md", hashed_slug("x", b): "articles/x.txt"}
    assert assign_slugs([b], sticky.get)[b].slug == hashed_slug("x", b)
    # The same folder and name from another working directory: the same hash.
    assert hashed_slug("x", Path("/srv/news/articles/x.txt")) == hashed_slug("x", b)
    assert hashed_slug("x", Path("a/x.md")) != hashed_slug("x", Path("b/x.md"))
