"""The listeners' page in a real headless Chromium, served by our own server."""

from __future__ import annotations

import shutil
import threading
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from test_publish_support import STOCKHOLM, make_config, publish_episode

from audiocast.publish import Catalog, make_server, write_feed, write_site

pytestmark = pytest.mark.browser

CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]


def find_chromium() -> str | None:
    """Debian's chromium, or any chromium on PATH."""
    if Path("/usr/bin/chromium").is_file():
        return "/usr/bin/chromium"
    return shutil.which("chromium")


@pytest.fixture(scope="module")
def page_url(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    config = make_config(out)
    when = datetime(2024, 5, 25, 9, 15, tzinfo=STOCKHOLM)
    with Catalog(out / "catalog.sqlite") as cat:
        cat.upsert(publish_episode(config, out, "ny-bro", "Ny bro över Ljusnan", when - timedelta(days=1)))
        cat.upsert(publish_episode(config, out, "skolan", "Skolan får ny rektor", when, freq=660))
        records = cat.episodes()
    write_feed(config, records, out / "feed.xml", config.feed_url)
    write_site(config, records, out)
    srv = make_server(out, port=0)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{srv.server_address[1]}/index.html", records
    srv.shutdown()
    srv.server_close()


@pytest.fixture(scope="module")
def browser():
    executable = find_chromium()
    if executable is None:
        pytest.skip("no Chromium found: apt-get install chromium (CI installs it)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed: pip install playwright")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser, page_url):
    p = browser.new_page()
    p.goto(page_url[0])
    yield p
    p.close()


def test_structure_and_labels(page, page_url):
    records = page_url[1]
    assert page.locator("html").get_attribute("lang") == "sv"
    assert page.locator("h1").count() == 1
    assert page.locator("h2").all_inner_texts() == [r.title for r in records]
    audios = page.locator("audio")
    assert audios.count() == len(records)
    for i in range(audios.count()):
        audio = audios.nth(i)
        assert audio.get_attribute("autoplay") is None
        assert audio.evaluate("a => a.autoplay") is False
        assert audio.evaluate("a => a.paused") is True, "nothing plays by itself"
        label = audio.get_attribute("aria-label")
        assert label and label.startswith("Lyssna: ")
    # Each player is reachable by its accessible name.
    assert page.get_by_role("heading", level=2, name=records[0].title).is_visible()


def test_chapter_link_seeks_the_player(page, page_url):
    records = page_url[1]
    article = page.locator(f"#avsnitt-{records[1].slug}")
    link = article.locator("a.chapter", has_text="Trafiken leds om")
    start = float(link.get_attribute("data-start"))
    assert start == pytest.approx(1.5)
    link.click()
    page.wait_for_function(
        "([id, t]) => { const a = document.getElementById(id);"
        " return a.readyState >= 1 && Math.abs(a.currentTime - t) < 0.1; }",
        arg=[f"spelare-avsnitt-{records[1].slug}", start],
        timeout=10_000,
    )
    audio = article.locator("audio")
    assert audio.evaluate("a => a.duration") == pytest.approx(3.0, abs=0.2), "the MP3 was loaded over HTTP"
    assert page.url.endswith("index.html"), "the link did not navigate away"
    assert "Trafiken leds om" in page.locator("#status").inner_text()
    # The other episode's player is untouched.
    other = page.locator(f"#spelare-avsnitt-{records[0].slug}")
    assert other.evaluate("a => a.currentTime") == 0


def test_keyboard_reaches_and_activates_chapter_links(page, page_url):
    focused = []
    for _ in range(40):
        page.keyboard.press("Tab")
        info = page.evaluate(
            "() => { const e = document.activeElement;"
            " return [e.tagName, e.className, e.dataset ? (e.dataset.start || '') : '',"
            " getComputedStyle(e).outlineStyle]; }"
        )
        focused.append(info)
        if info[1] == "chapter" and info[2] == "2.5":
            break
    chapter_stops = [f for f in focused if f[1] == "chapter"]
    assert chapter_stops, f"Tab never reached a chapter link: {focused}"
    assert chapter_stops[-1][3] == "solid", "focus is visible"
    page.keyboard.press("Enter")
    page.wait_for_function(
        "() => Array.from(document.querySelectorAll('audio')).some("
        "a => a.readyState >= 1 && Math.abs(a.currentTime - 2.5) < 0.1)",
        timeout=10_000,
    )


def _luminance(rgb: str) -> float:
    channels = [int(v) / 255 for v in rgb[rgb.index("(") + 1: rgb.index(")")].split(",")[:3]]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_text_contrast_is_at_least_7_to_1(browser, page_url, scheme):
    page = browser.new_page(color_scheme=scheme)
    try:
        page.goto(page_url[0])
        background = page.evaluate("() => getComputedStyle(document.body).backgroundColor")
        for selector in ("body", "h2", "p.meta", "a.chapter", "a.subscribe"):
            color = page.locator(selector).first.evaluate("e => getComputedStyle(e).color")
            hi, lo = sorted([_luminance(color), _luminance(background)], reverse=True)
            assert (hi + 0.05) / (lo + 0.05) >= 7, f"{selector}: {color} on {background}"
    finally:
        page.close()
