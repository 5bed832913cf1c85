"""The editors' studio in a real headless Chromium, served by uvicorn on 127.0.0.1.

One editor's round: open the studio with its token, see the queue, open an
article, play a sentence (the audio element really plays), fix a
pronunciation and hear the changed sentence (only its clip is synthesized
again: the cache stats say so), drop a boilerplate line, approve. Every page
is checked with axe-core (WCAG 2.2 A/AA rules) when axe-core's script can be
found (``AXE_CORE_JS``, or an npm/Debian install of axe-core). The voice is
the offline espeak-ng one.
"""

from __future__ import annotations

import importlib.util
import os
import re
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_site_browser import CHROMIUM_ARGS, find_chromium

from audiocast.config import Config, PodcastConfig
from audiocast.studio.app import create_app, studio_url
from audiocast.tts import get_engine

pytestmark = pytest.mark.browser

TOKEN = "browser-test-token"
DUMP = """Ljusnan-Bladet
Nyheter | Sport | Kultur
Logga in

Ny bro över Ljusnan i Flempinge

Publicerad 25 maj 2024 kl. 09.15

Bron över Ljusnan i Flempinge byggs om under sommaren.

Arbetet börjar i juni och ska vara klart i oktober.

Tack för att du läser Ljusnan-Bladet varje dag.

– Det blir bättre för alla som pendlar, säger Eva Ek på kommunen.

Läs också
Vägarbeten i centrum
"""
OTHER = """---
title: Skolan i Alby får ny rektor
date: 2024-05-24T08:00:00+02:00
---

Skolan i Alby får en ny rektor i augusti.
"""
AXE_CANDIDATES = (
    "node_modules/axe-core/axe.min.js",
    "/usr/lib/node_modules/axe-core/axe.min.js",
    "/usr/share/nodejs/axe-core/axe.min.js",
    "/usr/share/javascript/axe-core/axe.min.js",
)


def find_axe() -> str | None:
    """The source of axe-core's browser script, or None.

    Looked for in ``$AXE_CORE_JS``, npm's and Debian's places, and the Python
    packages that ship it (axe-playwright-python, axe-core-python).
    """
    candidates = [os.environ.get("AXE_CORE_JS", "")] + list(AXE_CANDIDATES)
    for module in ("axe_playwright_python", "axe_core_python"):
        spec = importlib.util.find_spec(module)
        if spec is not None and spec.submodule_search_locations:
            for folder in spec.submodule_search_locations:
                candidates += [str(p) for p in sorted(Path(folder).rglob("axe*.min.js"))]
    for name in candidates:
        if name and Path(name).is_file():
            return Path(name).read_text(encoding="utf-8")
    return None


@pytest.fixture(scope="module")
def studio(tmp_path_factory) -> Iterator[tuple[str, Path]]:
    uvicorn = pytest.importorskip("uvicorn")
    root = tmp_path_factory.mktemp("newsroom")
    articles = root / "articles"
    articles.mkdir()
    (articles / "ny-bro.txt").write_text(DUMP, encoding="utf-8")
    (articles / "skolan.md").write_text(OTHER, encoding="utf-8")
    config = Config(podcast=PodcastConfig(name="Lokala nyheter"))
    app = create_app(config, articles, root / "output", token=TOKEN, engine=get_engine("espeak"),
                     default_editor="")
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield studio_url("127.0.0.1", port, TOKEN), articles
    server.should_exit = True
    thread.join(timeout=5)
    sock.close()


@pytest.fixture(scope="module")
def browser():
    executable = find_chromium()
    if executable is None:
        pytest.skip("no Chromium found: apt-get install chromium (CI installs it)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed: pip install playwright")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=executable,
                               args=CHROMIUM_ARGS + ["--autoplay-policy=no-user-gesture-required"])
        yield b
        b.close()


def check_axe(page: Any) -> None:
    source = find_axe()
    if source is None:
        return  # reported once by test_axe_core_is_available
    page.evaluate(source)
    result = page.evaluate(
        "() => axe.run(document, {runOnly: {type: 'tag', values: "
        "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']}})"
    )
    problems = [(v["id"], [n["target"] for n in v["nodes"]]) for v in result["violations"]]
    assert problems == [], f"{page.url}: {problems}"


def plays(page: Any, selector: str) -> None:
    """Start the player and wait until its time really moves on."""
    page.locator(selector).evaluate("a => { a.currentTime = 0; return a.play(); }")
    page.wait_for_function(
        "s => { const a = document.querySelector(s); return !a.paused && a.currentTime > 0.3; }",
        arg=selector, timeout=10_000,
    )
    page.locator(selector).evaluate("a => a.pause()")


def stats(page: Any) -> dict[str, Any]:
    response = page.request.get(page.url.split("#")[0].split("?")[0] + "/stats.json")
    assert response.ok
    data: dict[str, Any] = response.json()
    return data


def test_axe_core_is_available():
    if find_axe() is None:
        pytest.skip("axe-core not found: set AXE_CORE_JS to axe.min.js (npm install axe-core)")


def test_an_editor_hears_fixes_and_approves(browser, studio):
    url, articles = studio
    context = browser.new_context(bypass_csp=True)  # lets axe-core be injected
    page = context.new_page()
    try:
        page.goto(url)
        assert "token=" not in page.url, "the token is dropped from the address"
        assert page.locator("html").get_attribute("lang") == "sv"
        assert page.locator("h1").inner_text() == "Granskningskö"
        rows = page.locator("tbody tr")
        assert rows.count() == 2
        assert rows.first.get_attribute("data-slug") == "ny-bro", "newest first"
        check_axe(page)

        page.get_by_role("link", name="Ny bro över Ljusnan i Flempinge").click()
        page.wait_for_url(re.compile(r"/a/ny-bro$"))
        check_axe(page)
        target = page.locator("#manus li", has_text="byggs om under sommaren")
        index = int(target.get_attribute("data-index"))
        plays(page, f"#mening-{index} audio")

        # Whole preview first, then a pronunciation fix: only its sentences are spoken again.
        page.get_by_role("button", name="Gör förhandslyssning").click()
        page.wait_for_selector("#cache-stats")
        page.wait_for_load_state("load")  # the page's own script is in place before a word is selected
        before = stats(page)
        assert before["preview_current"]
        page.locator(f"#mening-{index} .spoken").evaluate(
            """el => { const node = [...el.childNodes].find(n => n.nodeType === 3 && n.textContent.includes('Flempinge'));
                const at = node.textContent.indexOf('Flempinge'); const r = document.createRange();
                r.setStart(node, at); r.setEnd(node, at + 9); const s = getSelection(); s.removeAllRanges(); s.addRange(r);
                el.dispatchEvent(new MouseEvent('mouseup', {bubbles: true})); }"""
        )
        assert page.locator("#written").input_value() == "Flempinge", "the selected word fills the form"
        page.get_by_label("Säg så här (stava som det låter)").fill("Flämpinge")
        old_src = page.locator(f"#mening-{index} audio").get_attribute("src")
        page.get_by_role("button", name="Spara och lyssna igen").click()
        page.wait_for_selector("text=Uttalet av ”Flempinge” är sparat")
        after = stats(page)
        changed = [i for i, (a, b) in enumerate(zip(before["keys"], after["keys"], strict=True)) if a != b]
        assert index in changed
        assert after["preview"]["synthesized"] == len(set(after["keys"][i] for i in changed))
        assert after["preview"]["cached"] == len(set(after["keys"])) - after["preview"]["synthesized"]
        assert page.locator("#cache-stats").get_attribute("data-synthesized") == str(len(changed))
        assert page.locator(f"#mening-{index} audio").get_attribute("src") != old_src, "the clip differs"
        assert "Flämpinge" in page.locator(f"#mening-{index} .spoken").inner_text()
        assert page.url.endswith(f"#mening-{changed[0]}"), "back at the first changed part"
        assert "fresh" in (page.locator(f"#mening-{index}").get_attribute("class") or "")
        plays(page, f"#mening-{index} audio")
        plays(page, "#hela")

        # A line the boilerplate rules miss: drop it.
        line = page.locator("ol.lines li", has_text="Tack för att du läser")
        assert "read" in line.get_attribute("class").split()
        line.get_by_role("button").click()
        page.wait_for_selector("text=läses inte upp längre")
        line = page.locator("ol.lines li", has_text="Tack för att du läser")
        assert "dropped" in line.get_attribute("class").split()
        assert "Tack för att du läser" not in page.locator("#manus").inner_text()
        assert "Tack för att du läser" in (articles / "ny-bro.meta.toml").read_text(encoding="utf-8")

        page.get_by_label("Ditt namn").fill("Lina Ek")
        page.get_by_role("button", name="Godkänn avsnittet").click()
        page.wait_for_selector("text=Godkänd av Lina Ek")
        assert page.locator(".meta .state").inner_text() == "Godkänd"
        assert "\tLina Ek\t" in (articles / "approvals.tsv").read_text(encoding="utf-8")
        check_axe(page)

        page.get_by_role("link", name="Uttalslexikon").click()
        row = page.locator("tr", has=page.locator("th", has_text="Flempinge"))
        assert row.get_by_role("link", name="Ny bro över Ljusnan i Flempinge").count() == 1
        check_axe(page)
    finally:
        context.close()


def test_without_the_token_the_studio_is_closed(browser, studio):
    url = studio[0].split("?")[0]
    page = browser.new_page()
    try:
        response = page.goto(url)
        assert response is not None and response.status == 403
        assert page.locator("h1").inner_text() == "Ingen åtkomst"
    finally:
        page.close()


def test_dark_colour_scheme_is_axe_clean_too(browser, studio):
    if find_axe() is None:
        pytest.skip("axe-core not found: set AXE_CORE_JS to axe.min.js (npm install axe-core)")
    url = studio[0]
    context = browser.new_context(bypass_csp=True, color_scheme="dark")
    page = context.new_page()
    try:
        page.goto(url)
        check_axe(page)
        page.goto(url.split("?")[0] + "a/skolan")
        assert page.locator("h1").inner_text() == "Skolan i Alby får ny rektor"
        check_axe(page)
    finally:
        context.close()
