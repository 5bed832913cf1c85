"""The editors' studio, driven through Starlette's TestClient (no browser).

Access (token, session cookie, CSRF, Origin), the queue, edits kept beside
the article (sidecar and Markdown), the lexicon, conflicts between two
editors, approval and the approval gate's library (:mod:`audiocast.approval`).
Sound comes from a tiny offline stand-in engine, so nothing is slow.
"""

from __future__ import annotations

import re
import warnings
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from audiocast.approval import (
    ApprovalError,
    approval_for,
    article_hash,
    is_approved,
    read_approvals,
    record_approval,
    revoke_approval,
)
from audiocast.audio import AudioSegment
from audiocast.config import Config, PodcastConfig
from audiocast.errors import ConfigError
from audiocast.speech import Change, Unsure
from audiocast.studio.app import check_bind, create_app, highlight
from audiocast.studio.sidecar import (
    Edits,
    apply_edits,
    drop_markdown_line,
    load_edited,
    read_edits,
    set_markdown_title,
    sidecar_path,
    write_edits,
)
from audiocast.studio.workspace import SegmentView
from audiocast.tts import Availability, Engine

with warnings.catch_warnings():  # Starlette 1.x would rather have httpx2; httpx is what is installed
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

TOKEN = "test-token-123"
ORIGIN = "http://testserver"

DUMP = """Lokalbladet
Nyheter | Sport | Kultur
Logga in

Ny bro över Ljusnan

Publicerad 25 maj 2024 kl. 09.15

Bron över Ljusnan i Flempinge byggs om under sommaren.

Arbetet börjar i juni och ska vara klart i oktober.

Läs också
Vägarbeten i centrum

– Det blir bättre för alla, säger Eva Ek på kommunen.
"""

MARKDOWN = """---
title: Skolan får ny rektor
date: 2024-05-24T08:00:00+02:00
---

Skolan i Alby får en ny rektor i augusti.

Hon kommer från Flempinge och har arbetat där i tio år.

Annons: köp glass
"""


class ToneEngine(Engine):
    """A voice that says every text as a short tone whose length follows the text (offline, instant)."""

    name = "tone"
    voice = "test"
    description = "test tones"

    def __init__(self) -> None:
        self.spoken: list[str] = []

    def settings(self) -> dict[str, Any]:
        return {"v": 1}

    def check(self, timeout: float = 2.0) -> Availability:
        return Availability(True, "always")

    def _synthesize(self, text: str) -> AudioSegment:
        self.spoken.append(text)
        frames = 441 * (5 + len(text) % 7)
        data = bytes((i * 37 + len(text)) % 256 for i in range(frames * 2))
        return AudioSegment(data=data, sample_width=2, frame_rate=44100, channels=1)


@pytest.fixture()
def newsroom(tmp_path: Path) -> dict[str, Path]:
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "ny-bro.txt").write_text(DUMP, encoding="utf-8")
    (articles / "skolan.md").write_text(MARKDOWN, encoding="utf-8")
    (articles / "lexikon.tsv").write_text("# test\nHaninge\tHanninge\n", encoding="utf-8")
    return {"articles": articles, "out": tmp_path / "output"}


@pytest.fixture()
def engine() -> ToneEngine:
    return ToneEngine()


def make_client(newsroom: dict[str, Path], engine: Engine, password: str | None = None) -> TestClient:
    config = Config(podcast=PodcastConfig(name="Lokala nyheter"))
    app = create_app(config, newsroom["articles"], newsroom["out"], token=TOKEN, password=password,
                     engine=engine, allowed_hosts=["testserver"], default_editor="lina")
    return TestClient(app, base_url=ORIGIN)


@pytest.fixture()
def client(newsroom: dict[str, Path], engine: ToneEngine) -> TestClient:
    c = make_client(newsroom, engine)
    response = c.get(f"/?token={TOKEN}", follow_redirects=False)
    assert response.status_code == 303
    return c


def form_fields(html: str, action: str) -> dict[str, str]:
    """The hidden fields of the first form posting to ``action``."""
    m = re.search(rf'<form method="post" action="{re.escape(action)}"[^>]*>(.*?)</form>', html, re.S)
    assert m, f"no form for {action}"
    return dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', m.group(1)))


def post(client: TestClient, url: str, data: dict[str, str], **kw: Any) -> Any:
    return client.post(url, data=data, headers={"Origin": ORIGIN}, follow_redirects=False, **kw)


# --------------------------------------------------------------------------
# Access


def test_requests_without_the_token_are_refused(newsroom, engine):
    c = make_client(newsroom, engine)
    assert c.get("/").status_code == 403
    assert c.get("/a/ny-bro").status_code == 403
    assert c.get("/?token=wrong").status_code == 403
    assert "audiocast studio" in c.get("/").text


def test_the_token_sets_a_strict_cookie_and_is_dropped_from_the_address(newsroom, engine):
    c = make_client(newsroom, engine)
    response = c.get(f"/a/ny-bro?token={TOKEN}", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/a/ny-bro"
    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie
    page = c.get("/a/ny-bro")
    assert page.status_code == 200
    assert page.headers["content-security-policy"].startswith("default-src 'self'")


def test_posts_need_the_csrf_token_and_the_studios_origin(client):
    page = client.get("/a/ny-bro").text
    fields = form_fields(page, "/a/ny-bro/approve")
    good = {**fields, "editor": "lina"}
    assert post(client, "/a/ny-bro/approve", {**good, "csrf": "forged"}).status_code == 403
    no_origin = client.post("/a/ny-bro/approve", data=good, follow_redirects=False)
    assert no_origin.status_code == 403
    evil = client.post("/a/ny-bro/approve", data=good, headers={"Origin": "http://evil.example"},
                       follow_redirects=False)
    assert evil.status_code == 403
    referer = client.post("/a/ny-bro/approve", data=good, headers={"Referer": f"{ORIGIN}/a/ny-bro"},
                          follow_redirects=False)
    assert referer.status_code == 303


def test_another_host_header_is_refused(client):
    assert client.get("/", headers={"Host": "evil.example"}).status_code == 400


def test_a_password_is_asked_for_when_set(newsroom, engine):
    c = make_client(newsroom, engine, password="hemligt")
    first = c.get(f"/?token={TOKEN}", follow_redirects=False)
    assert first.status_code == 303 and first.headers["location"].startswith("/login?")
    form = c.get(first.headers["location"])
    assert 'type="password"' in form.text
    wrong = post(c, "/login", {"token": TOKEN, "password": "fel", "next": "/"})
    assert wrong.status_code == 403
    assert c.get("/").status_code == 403
    right = post(c, "/login", {"token": TOKEN, "password": "hemligt", "next": "/"})
    assert right.status_code == 303
    assert c.get("/").status_code == 200


def test_binding_beyond_loopback_needs_a_password():
    check_bind("127.0.0.1", None)
    check_bind("::1", None)
    check_bind("0.0.0.0", "hemligt")
    with pytest.raises(ConfigError, match="AUDIOCAST_STUDIO_PASSWORD"):
        check_bind("0.0.0.0", None)


# --------------------------------------------------------------------------
# The queue and an article


def test_queue_lists_articles_newest_first_with_their_state(client):
    page = client.get("/").text
    assert '<html lang="sv">' in page
    slugs = re.findall(r'<tr data-slug="([^"]+)" data-state="([^"]+)"', page)
    assert slugs == [("ny-bro", "new"), ("skolan", "new")]
    assert 'href="#innehall"' in page and '<label for="state">' in page


def test_queue_filter_and_attention_for_an_unreadable_article(client, newsroom):
    (newsroom["articles"] / "trasig.txt").write_text("\n\n", encoding="utf-8")
    page = client.get("/?state=attention").text
    rows = re.findall(r'<tr data-slug="([^"]+)" data-state="([^"]+)"', page)
    assert rows == [("trasig", "attention")]
    assert "empty" in page
    assert re.findall(r'<tr data-slug="([^"]+)"', client.get("/?state=new").text) == ["ny-bro", "skolan"]


def test_article_shows_kept_and_dropped_lines_and_the_script(client):
    page = client.get("/a/ny-bro").text
    assert re.search(r'<li class="dropped">\s*<span class="text"><span class="visually-hidden">'
                     r'Läses inte upp: </span>Logga in</span>', page)
    assert re.search(r'<li class="read">\s*<span class="text">Arbetet börjar i juni', page)
    assert "Manus som läses upp" in page
    assert '<mark class="changed">' in page  # "juni"/"oktober" ... at least the date is rewritten
    assert page.count('<audio controls preload="none"') >= 5


def test_highlight_marks_changes_and_doubts():
    seg = SegmentView(0, "sentence", "Mötet kl. 14.30 i ABC", "Mötet klockan fjorton och trettio i ABC",
                      (Change("kl. 14.30", "klockan fjorton och trettio", "time"),), (Unsure("ABC", "unknown"),))
    pieces = highlight(seg)
    assert [(p.text, p.mark) for p in pieces] == [
        ("Mötet ", None), ("klockan fjorton och trettio", "changed"), (" i ", None), ("ABC", "unsure")]


def test_segment_clip_and_preview_come_through_the_cache(client, engine, newsroom):
    page = client.get("/a/ny-bro").text
    clip = client.get("/a/ny-bro/segment/1.wav")
    assert clip.status_code == 200 and clip.content[:4] == b"RIFF"
    fields = form_fields(page, "/a/ny-bro/preview")
    assert post(client, "/a/ny-bro/preview", fields).status_code == 303
    stats = client.get("/a/ny-bro/stats.json").json()
    assert stats["preview_current"] is True
    assert stats["preview"]["synthesized"] == len(set(stats["keys"])) - 1  # segment 1 was cached already
    assert stats["preview"]["cached"] == 1
    assert (newsroom["out"] / ".studio" / "ny-bro.wav").exists()
    assert not (newsroom["out"] / "feed.xml").exists(), "the public feed is not touched"
    assert "Förhandslyssningen är klar" in client.get("/a/ny-bro").text


# --------------------------------------------------------------------------
# Edits, lexicon, conflicts


def test_dropping_and_keeping_lines_writes_the_sidecar(client, newsroom):
    page = client.get("/a/ny-bro").text
    fields = form_fields(page, "/a/ny-bro/line")
    fields.update(line="Arbetet börjar i juni och ska vara klart i oktober.", action="drop")
    assert post(client, "/a/ny-bro/line", fields).status_code == 303
    article_path = newsroom["articles"] / "ny-bro.txt"
    assert read_edits(article_path).drop == ("Arbetet börjar i juni och ska vara klart i oktober.",)
    assert all("Arbetet" not in b.text for b in load_edited(article_path).blocks)
    page = client.get("/a/ny-bro").text
    fields = form_fields(page, "/a/ny-bro/line")
    fields.update(line="Vägarbeten i centrum", action="keep")
    assert post(client, "/a/ny-bro/line", fields).status_code == 303
    texts = [b.text for b in load_edited(article_path).blocks]
    assert "Vägarbeten i centrum" in texts
    assert texts.index("Vägarbeten i centrum") < texts.index("– Det blir bättre för alla, säger Eva Ek på kommunen.")


def test_markdown_edits_change_the_file_itself(client, newsroom):
    page = client.get("/a/skolan").text
    fields = form_fields(page, "/a/skolan/line")
    fields.update(line="Annons: köp glass", action="drop")
    assert post(client, "/a/skolan/line", fields).status_code == 303
    text = (newsroom["articles"] / "skolan.md").read_text(encoding="utf-8")
    assert "Annons" not in text and "Hon kommer från" in text
    assert not sidecar_path(newsroom["articles"] / "skolan.md").exists()
    fields = form_fields(client.get("/a/skolan").text, "/a/skolan/title")
    assert post(client, "/a/skolan/title", {**fields, "title": "Ny rektor i Alby"}).status_code == 303
    assert load_edited(newsroom["articles"] / "skolan.md").title == "Ny rektor i Alby"


def test_a_lexicon_entry_is_added_and_only_its_sentences_are_spoken_again(client, engine, newsroom):
    fields = form_fields(client.get("/a/ny-bro").text, "/a/ny-bro/preview")
    post(client, "/a/ny-bro/preview", fields)
    before = client.get("/a/ny-bro/stats.json").json()
    page = client.get("/a/ny-bro").text
    fields = form_fields(page, "/lexikon/add")
    response = post(client, "/lexikon/add", {**fields, "written": "Flempinge", "spoken": "Flämpinge"})
    assert response.status_code == 303 and response.headers["location"].startswith("/a/ny-bro?nytt=")
    fresh_page = client.get(response.headers["location"].split("#")[0]).text
    assert fresh_page.count('class="fresh"') == 1 and "låter nu annorlunda" in fresh_page
    assert f'id="mening-{response.headers["location"].split("#mening-")[1]}"' in fresh_page
    lexicon = (newsroom["articles"] / "lexikon.tsv").read_text(encoding="utf-8")
    assert "Flempinge\tFlämpinge\n" in lexicon and "Haninge\tHanninge" in lexicon
    after = client.get("/a/ny-bro/stats.json").json()
    changed = [i for i, (a, b) in enumerate(zip(before["keys"], after["keys"], strict=True)) if a != b]
    assert len(changed) == 1, "only the sentence with the word"
    assert after["preview"]["synthesized"] == 1
    assert after["preview"]["cached"] == len(set(after["keys"])) - 1
    assert "Flämpinge" in engine.spoken[-1]
    # The entry shows where it is used, across articles.
    lex_page = client.get("/lexikon").text
    row = lex_page[lex_page.index("<th scope=\"row\">Flempinge</th>"):]
    row = row[: row.index("</tr>")]
    assert 'href="/a/ny-bro"' in row and 'href="/a/skolan"' in row


def test_two_editors_changing_the_same_file_get_a_conflict(newsroom, engine):
    first, second = make_client(newsroom, engine), make_client(newsroom, engine)
    for c in (first, second):
        c.get(f"/?token={TOKEN}")
    a = form_fields(first.get("/a/ny-bro").text, "/lexikon/add")
    b = form_fields(second.get("/a/ny-bro").text, "/lexikon/add")
    assert post(first, "/lexikon/add", {**a, "written": "Ljusnan", "spoken": "Jusnan"}).status_code == 303
    clash = post(second, "/lexikon/add", {**b, "written": "Ek", "spoken": "Eek"})
    assert clash.status_code == 409
    assert "ändrades av någon annan" in clash.text
    lexicon = (newsroom["articles"] / "lexikon.tsv").read_text(encoding="utf-8")
    assert "Ljusnan\tJusnan" in lexicon and "Eek" not in lexicon, "nothing lost, nothing written blindly"
    # The conflict page carries the new version: sending again works.
    retry = form_fields(clash.text, "/lexikon/add")
    assert post(second, "/lexikon/add", {**retry, "written": "Ek", "spoken": "Eek"}).status_code == 303
    lexicon = (newsroom["articles"] / "lexikon.tsv").read_text(encoding="utf-8")
    assert "Ljusnan\tJusnan" in lexicon and "Ek\tEek" in lexicon


def test_line_edits_conflict_too(newsroom, engine):
    first, second = make_client(newsroom, engine), make_client(newsroom, engine)
    for c in (first, second):
        c.get(f"/?token={TOKEN}")
    a = form_fields(first.get("/a/ny-bro").text, "/a/ny-bro/line")
    b = form_fields(second.get("/a/ny-bro").text, "/a/ny-bro/line")
    assert post(first, "/a/ny-bro/line", {**a, "line": "Logga in", "action": "keep"}).status_code == 303
    assert post(second, "/a/ny-bro/line", {**b, "line": "Läs också", "action": "keep"}).status_code == 409
    assert read_edits(newsroom["articles"] / "ny-bro.txt").keep == ("Logga in",)


# --------------------------------------------------------------------------
# Approval


def test_approval_is_recorded_and_invalidated_by_a_change(client, newsroom):
    fields = form_fields(client.get("/a/ny-bro").text, "/a/ny-bro/approve")
    assert post(client, "/a/ny-bro/approve", {**fields, "editor": "Lina Ek"}).status_code == 303
    approvals = (newsroom["articles"] / "approvals.tsv").read_text(encoding="utf-8")
    assert re.search(r"^ny-bro\.txt\t[0-9a-f]{64}\tLina Ek\t\d{4}-\d\d-\d\dT", approvals, re.M)
    assert re.search(r'data-slug="ny-bro" data-state="approved"', client.get("/").text)
    # A lexicon entry the article uses changes what is heard: approve again.
    fields = form_fields(client.get("/a/skolan").text, "/lexikon/add")
    post(client, "/lexikon/add", {**fields, "written": "Ljusnan", "spoken": "Jusnan"})
    assert re.search(r'data-slug="ny-bro" data-state="changed"', client.get("/").text)


def test_an_entry_the_article_does_not_use_keeps_its_approval(client, newsroom):
    fields = form_fields(client.get("/a/ny-bro").text, "/a/ny-bro/approve")
    post(client, "/a/ny-bro/approve", {**fields, "editor": "Lina"})
    fields = form_fields(client.get("/lexikon").text, "/lexikon/add")
    post(client, "/lexikon/add", {**fields, "written": "Alby", "spoken": "Allby"})
    assert re.search(r'data-slug="ny-bro" data-state="approved"', client.get("/").text)


def test_approving_a_version_that_changed_meanwhile_is_refused(client, newsroom):
    fields = form_fields(client.get("/a/ny-bro").text, "/a/ny-bro/approve")
    path = newsroom["articles"] / "ny-bro.txt"
    path.write_text(DUMP.replace("juni", "juli"), encoding="utf-8")
    response = post(client, "/a/ny-bro/approve", {**fields, "editor": "Lina"})
    assert response.status_code == 409
    assert approval_for(path) is None


def test_approval_library(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("x", encoding="utf-8")
    digest = "ab" * 32
    assert not is_approved(path, digest)
    when = datetime(2026, 11, 30, 20, 0, tzinfo=UTC)
    record_approval(path, digest, "Lina\tEk", at=when)
    assert is_approved(path, digest)
    assert not is_approved(path, "cd" * 32)
    approval = read_approvals(tmp_path)["a.txt"]
    assert (approval.by, approval.at) == ("Lina Ek", when)
    record_approval(path, "cd" * 32, "Per")
    assert is_approved(path, "cd" * 32) and not is_approved(path, digest)
    assert len(read_approvals(tmp_path)) == 1
    assert revoke_approval(path) and approval_for(path) is None
    with pytest.raises(ApprovalError, match="--by"):
        record_approval(path, digest, "  ")
    (tmp_path / "approvals.tsv").write_text("a.txt\tnot-a-hash\tLina\t2026-01-01\n", encoding="utf-8")
    with pytest.raises(ApprovalError, match="line 1"):
        read_approvals(tmp_path)


def test_article_hash_follows_what_is_heard(tmp_path):
    from audiocast.speech import Lexicon, build_script

    path = tmp_path / "ny-bro.txt"
    path.write_text(DUMP, encoding="utf-8")
    article = load_edited(path)
    plain = article_hash(article, build_script(article, "P"))
    assert plain == article_hash(article, build_script(article, "P", Lexicon({"Alby": "Allby"})))
    assert plain != article_hash(article, build_script(article, "P", Lexicon({"Ljusnan": "Jusnan"})))


# --------------------------------------------------------------------------
# The sidecar format


def test_sidecar_round_trip_keeps_unknown_keys(tmp_path):
    path = tmp_path / "x.txt"
    sidecar_path(path).write_text('confidence_note = "ok"\ntitle = "T"\n', encoding="utf-8")
    edits = read_edits(path).toggled('Rad med "citat"', keep=True)
    write_edits(path, edits)
    again = read_edits(path)
    assert again == Edits(title="T", keep=('Rad med "citat"',), extra={"confidence_note": "ok"})
    write_edits(path, Edits())
    assert not sidecar_path(path).exists()


def test_apply_edits_twice_changes_nothing(tmp_path):
    path = tmp_path / "ny-bro.txt"
    path.write_text(DUMP, encoding="utf-8")
    write_edits(path, Edits(title="Ny rubrik", keep=("Läs också",), drop=("Arbetet börjar i juni och ska vara "
                                                                        "klart i oktober.",)))
    once = load_edited(path)
    assert apply_edits(once, read_edits(path), DUMP) == once
    assert once.title == "Ny rubrik"


def test_markdown_helpers():
    text = "---\ntitle: A\n---\n\nEtt.\n\nTvå.\n\nTre.\n"
    assert set_markdown_title(text, 'B "x"').startswith('---\ntitle: "B \\"x\\""\n---')
    assert drop_markdown_line(text, "Två.") == "---\ntitle: A\n---\n\nEtt.\n\nTre.\n"


# --------------------------------------------------------------------------
# The gate in the pipeline: render publishes only approved articles


def test_render_publishes_only_approved_articles(newsroom):
    from audiocast.config import PublishConfig, RenderConfig
    from audiocast.pipeline import Renderer, find_lexicon
    from audiocast.publish import Catalog
    from audiocast.studio.workspace import Newsroom
    from audiocast.tts import EngineName

    articles, out = newsroom["articles"], newsroom["out"]
    # A soft hyphen, as pages copied from the web have: render cleans it away, and so must the studio's hash.
    (articles / "ny-bro.txt").write_text(DUMP.replace("byggs om", "bygg\u00ads om"), encoding="utf-8")
    config = Config(podcast=PodcastConfig(name="Lokala nyheter"), render=RenderConfig(engine=EngineName.ESPEAK),
                    publish=PublishConfig(require_approval=True))

    def render() -> dict[str, str]:
        renderer = Renderer(config, out, lexicon=find_lexicon(config, [articles]))
        report = renderer.render([articles], edition=False)
        assert report.ok, report.failed
        return {r.slug or "": r.status for r in report.results}

    assert render() == {"ny-bro": "unapproved", "skolan": "unapproved"}
    assert not (out / "episodes").exists() or not list((out / "episodes").iterdir())
    assert (out / ".studio" / "ny-bro.wav").exists(), "previews are rendered for the studio"
    view = Newsroom(config, articles, out).view(articles / "ny-bro.txt")
    assert view.content_hash is not None
    record_approval(articles / "ny-bro.txt", view.content_hash, "Lina")
    assert render() == {"ny-bro": "rendered", "skolan": "unapproved"}
    with Catalog(out / "catalog.sqlite") as catalog:
        published = catalog.get("ny-bro")
        assert published is not None and catalog.get("skolan") is None
    assert Newsroom(config, articles, out).view(articles / "ny-bro.txt").state == "published"
    # A lexicon entry the article uses: approval needed again, the published version stays.
    with (articles / "lexikon.tsv").open("a", encoding="utf-8") as fh:
        fh.write("Ljusnan\tJusnan\n")
    assert render() == {"ny-bro": "unapproved", "skolan": "unapproved"}
    with Catalog(out / "catalog.sqlite") as catalog:
        still = catalog.get("ny-bro")
    assert still is not None and still.audio_file == published.audio_file
    assert "ny-bro" in (out / "feed.xml").read_text(encoding="utf-8")


def test_a_short_label_line_is_not_cut_out_of_the_text(tmp_path):
    path = tmp_path / "x.txt"
    text = DUMP.replace("Ny bro över Ljusnan\n", "Ljusnan\n\nNy bro över Ljusnan\n", 1)
    path.write_text(text, encoding="utf-8")
    from audiocast.ingest import load
    from audiocast.studio.sidecar import ingested_lines

    raw = load(path)
    lines = {v.text: v.read for v in ingested_lines(path, raw, Edits())}
    assert lines["Ljusnan"] is False, "a label above the headline is not read, though the word is in the text"
    write_edits(path, Edits(drop=("Ljusnan",)))
    assert "Ljusnan" in load_edited(path).blocks[0].text + (load_edited(path).lead or "")


def test_approvals_made_at_the_same_time_are_all_kept(tmp_path):
    import threading

    paths = [tmp_path / f"a{i}.txt" for i in range(12)]
    threads = [threading.Thread(target=record_approval, args=(p, f"{i:02x}" * 32, "Lina"))
               for i, p in enumerate(paths)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(read_approvals(tmp_path)) == sorted(p.name for p in paths)


# --------------------------------------------------------------------------
# The command line: approve, status, studio's refusal


def test_cli_approve_and_status(newsroom, monkeypatch):
    from click.testing import CliRunner

    from audiocast.cli import main

    monkeypatch.chdir(newsroom["articles"].parent)
    monkeypatch.setenv("USER", "per")
    runner = CliRunner()
    result = runner.invoke(main, ["status"])
    assert result.exit_code == 0, result.output
    assert re.search(r"^new +ny-bro\.txt +Ny bro över Ljusnan$", result.output, re.M)
    result = runner.invoke(main, ["approve", "articles/ny-bro.txt"])
    assert result.exit_code == 0, result.output
    assert "by per" in result.output
    assert approval_for(newsroom["articles"] / "ny-bro.txt").by == "per"
    result = runner.invoke(main, ["status", "--state", "approved"])
    assert [line.split()[1] for line in result.output.splitlines()] == ["ny-bro.txt"]
    # What the CLI approved is what the studio sees as approved (the same hash).
    from audiocast.studio.workspace import Newsroom

    view = Newsroom(Config(), newsroom["articles"], newsroom["out"]).view(newsroom["articles"] / "ny-bro.txt")
    assert view.state == "approved"


def test_cli_studio_refuses_another_interface_without_a_password(newsroom, monkeypatch):
    from click.testing import CliRunner

    from audiocast.cli import main

    monkeypatch.chdir(newsroom["articles"].parent)
    monkeypatch.delenv("AUDIOCAST_STUDIO_PASSWORD", raising=False)
    result = CliRunner().invoke(main, ["studio", "--host", "0.0.0.0"])
    assert result.exit_code == 1
    assert result.output.count("\n") == 1 and "AUDIOCAST_STUDIO_PASSWORD" in result.output
