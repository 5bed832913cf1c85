"""The editors' queue against what ``audiocast render`` did: published, changed since publishing,
a failed render kept in the catalog, and the output folder's lock shared by render and the studio.

Renders use the offline eSpeak voice; articles are made here.
"""

from __future__ import annotations

import threading
import warnings
from dataclasses import replace
from pathlib import Path

import pytest

from audiocast.config import Config, PodcastConfig, RenderConfig
from audiocast.errors import IngestError, PublishError
from audiocast.pipeline import Renderer, find_lexicon, read_article
from audiocast.publish import Catalog, output_lock
from audiocast.studio.app import create_app
from audiocast.studio.workspace import Newsroom
from audiocast.tts import EngineName

BRO = """Ny bro över Ljusnan

Publicerad 25 maj 2024 kl. 09.15

Bron över Ljusnan i Flempinge byggs om under sommaren.

Arbetet börjar i juni och ska vara klart i oktober.
"""

DATE_ONLY = """---
title: Skolan får ny rektor
date: 2024-05-24
---

Skolan i Alby får en ny rektor i augusti.

Hon kommer från Flempinge och har arbetat där i tio år.
"""


@pytest.fixture()
def newsroom(tmp_path: Path) -> tuple[Config, Path, Path]:
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "ny-bro.txt").write_text(BRO, encoding="utf-8")
    (articles / "skolan.md").write_text(DATE_ONLY, encoding="utf-8")
    config = Config(podcast=PodcastConfig(name="Lokala nyheter"), render=RenderConfig(engine=EngineName.ESPEAK))
    return config, articles, tmp_path / "output"


def render(config: Config, articles: Path, out: Path) -> dict[str, str]:
    report = Renderer(config, out, lexicon=find_lexicon(config, [articles])).render([articles], edition=False)
    return {Path(r.source).name: r.status for r in report.results}


def states(config: Config, articles: Path, out: Path) -> dict[str, str]:
    return {v.path.name: v.state for v in Newsroom(config, articles, out).queue()}


def queue_page(config: Config, articles: Path, out: Path) -> str:
    """The queue page as an editor's browser gets it."""
    with warnings.catch_warnings():  # Starlette 1.x would rather have httpx2; httpx is what is installed
        warnings.simplefilter("ignore")
        from starlette.testclient import TestClient

    app = create_app(config, articles, out, token="t", allowed_hosts=["testserver"], default_editor="lina")
    client = TestClient(app, base_url="http://testserver")
    response = client.get("/?token=t")
    assert response.status_code == 200
    return response.text


def test_published_without_approval_and_changed_since_publishing(newsroom):
    config, articles, out = newsroom
    assert states(config, articles, out) == {"ny-bro.txt": "new", "skolan.md": "new"}
    assert render(config, articles, out) == {"ny-bro.txt": "rendered", "skolan.md": "rendered"}
    # The date-only article too: its settled publication time is not part of what is compared.
    assert states(config, articles, out) == {"ny-bro.txt": "published", "skolan.md": "published"}
    with Catalog(out / "catalog.sqlite") as catalog:
        record = catalog.get("ny-bro")
    view = Newsroom(config, articles, out).view(articles / "ny-bro.txt")
    assert record is not None and view.episode_hash == record.content_hash
    (articles / "ny-bro.txt").write_text(BRO.replace("oktober", "november"), encoding="utf-8")
    assert states(config, articles, out)["ny-bro.txt"] == "modified"
    assert "Ändrad sedan publiceringen" in queue_page(config, articles, out)
    assert render(config, articles, out)["ny-bro.txt"] == "rendered"
    assert states(config, articles, out)["ny-bro.txt"] == "published"


def test_a_failed_render_is_kept_in_the_catalog_and_shown_until_it_renders(newsroom):
    config, articles, out = newsroom
    (articles / "engelsk.txt").write_text(
        "Bridge rebuilt\n\nThe bridge over the river is being rebuilt this summer by the council.\n\n"
        "Work starts in June and should be finished by October, the council said on Monday.\n",
        encoding="utf-8")
    assert render(config, articles, out)["engelsk.txt"] == "failed"
    with Catalog(out / "catalog.sqlite") as catalog:
        failures = catalog.failures()
    failure = failures[str((articles / "engelsk.txt").resolve())]
    assert "engelsk.txt" in failure.error and "\n" not in failure.error and failure.at.tzinfo is not None
    assert list(failures) == [str((articles / "engelsk.txt").resolve())], "articles that rendered have no row"
    view = {v.path.name: v for v in Newsroom(config, articles, out).queue()}["engelsk.txt"]
    assert view.state == "attention" and view.failure == failure
    assert any("Senaste renderingen" in n and failure.error in n for n in view.notes)
    page = queue_page(config, articles, out)
    row = page[page.index('data-slug="engelsk"'):]
    assert 'data-state="attention"' in row[:60] and "Senaste renderingen" in row and "Behöver åtgärd" in row
    (articles / "engelsk.txt").write_text(BRO.replace("Ljusnan", "Dalälven"), encoding="utf-8")
    assert render(config, articles, out)["engelsk.txt"] == "rendered"
    with Catalog(out / "catalog.sqlite") as catalog:
        assert catalog.failures() == {}
    assert states(config, articles, out)["engelsk.txt"] == "published"


def test_an_older_catalog_gains_the_failures_table(tmp_path):
    import sqlite3

    path = tmp_path / "catalog.sqlite"
    with Catalog(path):
        pass
    with sqlite3.connect(path) as db:
        db.execute("DROP TABLE failures")
    with Catalog(path) as catalog:
        assert catalog.failures() == {}


def test_the_studio_reads_an_article_as_render_does(newsroom):
    config, articles, out = newsroom
    config = replace(config, render=replace(config.render, max_chars=60))
    with pytest.raises(IngestError, match="max_chars"):
        read_article(articles / "ny-bro.txt", config)
    view = Newsroom(config, articles, out).view(articles / "ny-bro.txt")
    assert view.state == "attention" and view.error is not None and "max_chars" in view.error
    assert render(config, articles, out)["ny-bro.txt"] == "failed"


def test_output_lock_waits_for_the_other_writer(tmp_path):
    held, release = threading.Event(), threading.Event()

    def other_writer() -> None:
        with output_lock(tmp_path):
            held.set()
            release.wait(10)

    thread = threading.Thread(target=other_writer)
    thread.start()
    try:
        assert held.wait(10)
        with pytest.raises(PublishError, match="another audiocast run is writing here"), output_lock(tmp_path):
            pass  # no wait: refused at once, as before
        with pytest.raises(PublishError), output_lock(tmp_path, wait=0.2):
            pass  # still held after the wait
        threading.Timer(0.3, release.set).start()
        with output_lock(tmp_path, wait=30):
            entered = True
    finally:
        release.set()
        thread.join(10)
    assert entered


def test_render_waits_for_a_preview_and_a_preview_gives_up_on_a_long_render(newsroom, monkeypatch):
    from audiocast.studio import preview

    config, articles, out = newsroom
    out.mkdir()
    held, release = threading.Event(), threading.Event()

    def studio_preview() -> None:  # the output folder held as a preview holds it
        with output_lock(out):
            held.set()
            release.wait(10)

    thread = threading.Thread(target=studio_preview)
    thread.start()
    try:
        assert held.wait(10)
        monkeypatch.setattr(preview, "LOCK_WAIT_S", 0.2)
        newsroom_ = Newsroom(config, articles, out)
        with pytest.raises(PublishError, match="pågår"):
            preview.Previewer(newsroom_).render(newsroom_.view(articles / "ny-bro.txt"))
        threading.Timer(0.3, release.set).start()
        assert render(config, articles, out) == {"ny-bro.txt": "rendered", "skolan.md": "rendered"}
    finally:
        release.set()
        thread.join(10)


def test_status_filters_on_every_queue_state():
    from audiocast.cli.studio import QUEUE_STATES
    from audiocast.studio.workspace import STATES

    assert set(QUEUE_STATES) == set(STATES)
