"""The listeners' page in a real headless Chromium, served by our own server.

Read-along is tested at several moments of playback against the episode's own
JSON transcript; the page is checked with axe-core (WCAG 2.2 A/AA) when its
script can be found (see ``test_studio_browser.find_axe``).
"""

from __future__ import annotations

import json
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
    "--autoplay-policy=no-user-gesture-required",
]
# How long to wait for the page or the audio element to reach a state it reaches in milliseconds when the machine
# is idle: generous, because a loaded two-core machine (a parallel build, CI beside other jobs) stalls Chromium for
# seconds; the wait still fails if the state is never reached.
SETTLE_MS = 30_000

AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']


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
    yield f"http://127.0.0.1:{srv.server_address[1]}/index.html", records, out
    srv.shutdown()
    srv.server_close()


@pytest.fixture(scope="module")
def out_dir(page_url) -> Path:
    return page_url[2]


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
        assert audio.get_attribute("preload") == "none", "nothing is fetched before play"
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
        timeout=SETTLE_MS,
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
    # Where the player landed when it seeked (the player plays on at once, so a busy machine that polls the time
    # late finds it past the chapter's start: the seek's own time is what the link must set).
    page.evaluate(
        "() => document.querySelectorAll('audio').forEach(a => a.addEventListener('seeked',"
        " () => { window.__seekedTo = a.currentTime; }, { once: true }))"
    )
    page.keyboard.press("Enter")
    page.wait_for_function(
        "() => window.__seekedTo !== undefined && Math.abs(window.__seekedTo - 2.5) < 0.1", timeout=SETTLE_MS
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


# --- transcripts on demand and read-along -------------------------------------------------------

def find_axe() -> str | None:
    """axe-core's browser script, found as the studio's browser test finds it."""
    # Imported here: test_studio_browser imports this module (CHROMIUM_ARGS, find_chromium).
    from test_studio_browser import find_axe as studio_find_axe

    return studio_find_axe()


def _check_axe(page) -> None:
    source = find_axe()
    if source is None:
        return  # reported by test_studio_browser.test_axe_core_is_available
    page.evaluate(source)
    result = page.evaluate(f"() => axe.run(document, {{runOnly: {{type: 'tag', values: {AXE_TAGS!r}}}}})")
    problems = [(v["id"], [n["target"] for n in v["nodes"]]) for v in result["violations"]]
    assert problems == [], problems


def _words(out_dir: Path, record) -> list[dict]:
    return json.loads((out_dir / record.transcript_json).read_text(encoding="utf-8"))["segments"]


def _open_transcript(page, slug: str):
    article = page.locator(f"#avsnitt-{slug}")
    article.locator("summary", has_text="Läs texten").click()
    article.locator(".transcript .w").first.wait_for(timeout=SETTLE_MS)
    return article


def _record_seeks(player) -> None:
    player.evaluate("a => { a.dataset.seeked = ''; a.addEventListener('seeked',"
                    " () => { if (!a.dataset.seeked) a.dataset.seeked = String(a.currentTime); }); }")


def _seeked_to(page, player) -> float:
    page.wait_for_function("a => a.dataset.seeked", arg=player.element_handle(), timeout=SETTLE_MS)
    return float(player.get_attribute("data-seeked"))


def _load(page, player) -> None:
    """Fetch the episode's audio (the page itself never does before play)."""
    player.evaluate("a => { a.preload = 'auto'; a.load(); }")
    page.wait_for_function("a => a.readyState >= 1", arg=player.element_handle(), timeout=SETTLE_MS)


def test_nothing_is_fetched_until_asked(browser, page_url):
    page = browser.new_page()
    asked: list[str] = []
    page.on("request", lambda r: asked.append(r.url))
    try:
        page.goto(page_url[0])
        page.wait_for_load_state("networkidle")
        assert not [u for u in asked if u.endswith((".mp3", ".json", ".vtt"))], asked
        assert page.locator(".transcript .w").count() == 0, "no transcript is in the page itself"
        _open_transcript(page, page_url[1][0].slug)
        assert [u for u in asked if u.endswith(".transcript.json")], "opening it fetched the transcript"
    finally:
        page.close()


def test_transcript_has_headings_and_lists(page, page_url):
    article = _open_transcript(page, page_url[1][1].slug)
    headings = article.locator(".transcript h3").all_inner_texts()
    assert headings == ["Trafiken leds om", "Fakta"]
    assert article.locator(".transcript ul li").all_inner_texts() == ["Telefon 08-123"]
    assert article.locator(".transcript").get_attribute("aria-live") == "off"


def test_the_word_being_said_is_highlighted(page, page_url, out_dir):
    record = page_url[1][1]
    words = _words(out_dir, record)
    article = _open_transcript(page, record.slug)
    player = article.locator("audio")
    _load(page, player)
    for w in (words[0], words[len(words) // 2], words[-2]):
        moment = (w["startTime"] + w["endTime"]) / 2
        player.evaluate("(a, t) => { a.currentTime = t; }", moment)
        page.wait_for_function(
            "([a, body]) => { const c = a.closest('article').querySelector('.w.current');"
            " return c && c.textContent === body; }",
            arg=[player.element_handle(), w["body"]], timeout=5_000,
        )
        sentence = article.locator(".sentence.current")
        assert sentence.count() == 1 and w["body"] in sentence.inner_text()
    # While playing, too.
    player.evaluate("(a, t) => { a.currentTime = t; return a.play(); }", words[-2]["startTime"])
    page.wait_for_function(
        "a => { const c = a.closest('article').querySelector('.w.current'); if (!c) return false;"
        " const i = Number(c.dataset.i); return !a.paused && i >= 0; }",
        arg=player.element_handle(), timeout=SETTLE_MS,
    )
    player.evaluate("a => a.pause()")


def test_a_word_plays_from_there_by_click_and_keyboard(page, page_url, out_dir):
    record = page_url[1][1]
    words = _words(out_dir, record)
    article = _open_transcript(page, record.slug)
    target = 12
    player = article.locator("audio")
    _record_seeks(player)
    article.locator(f'.w[data-i="{target}"]').click()
    assert _seeked_to(page, player) == pytest.approx(words[target]["startTime"], abs=0.05)
    player.evaluate("a => a.pause()")
    assert words[target]["body"] in page.locator("#status").inner_text()
    # Keyboard: one tab stop for the words (roving tabindex), arrows move, Enter plays.
    assert article.locator('.w[tabindex="0"]').count() == 1
    article.locator('.w[tabindex="0"]').focus()
    page.keyboard.press("Home")
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    focused = page.evaluate("() => document.activeElement.dataset.i")
    assert focused == "2"
    _record_seeks(player)
    page.keyboard.press("Enter")
    assert _seeked_to(page, player) == pytest.approx(words[2]["startTime"], abs=0.05)
    player.evaluate("a => a.pause()")
    # Released, the words leave the tab order.
    article.locator("button.follow").click()
    assert article.locator("button.follow").get_attribute("aria-pressed") == "false"
    assert article.locator(".w[tabindex]").count() == 0


def test_only_one_episode_plays_at_a_time(page, page_url):
    first, second = (page.locator(f"#spelare-avsnitt-{r.slug}") for r in page_url[1])
    first.evaluate("a => a.play()")
    page.wait_for_function("a => !a.paused", arg=first.element_handle(), timeout=SETTLE_MS)
    second.evaluate("a => a.play()")
    page.wait_for_function("([a, b]) => a.paused && !b.paused",
                           arg=[first.element_handle(), second.element_handle()], timeout=SETTLE_MS)
    second.evaluate("a => a.pause()")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_page_with_open_transcripts_is_axe_clean(browser, page_url, scheme):
    if find_axe() is None:
        pytest.skip("axe-core not found: set AXE_CORE_JS to axe.min.js (npm install axe-core)")
    page = browser.new_page(color_scheme=scheme)
    try:
        page.goto(page_url[0])
        _check_axe(page)
        for record in page_url[1]:
            _open_transcript(page, record.slug)
        player = page.locator(f"#spelare-avsnitt-{page_url[1][1].slug}")
        _load(page, player)
        player.evaluate("a => { a.currentTime = 1.0; }")
        page.locator(".w.current").first.wait_for(timeout=SETTLE_MS)
        _check_axe(page)
    finally:
        page.close()
