"""Turn annotated HTML pages into page text dumps, the way a user makes them.

A "page text dump" is what a browser's select-all + copy gives: the page's
``document.body.innerText``, one block per line. This script loads each page
in headless Chromium (Playwright, Debian's ``/usr/bin/chromium``) with
JavaScript disabled and every network request aborted except the page file
itself, takes ``document.body.innerText`` and writes one JSON file per page:

    {"id": ..., "source": ..., "url": ..., "lines": [...]}

Sources (public git repositories, fetched as bare mirrors; never committed):

* ``scrapinghub/article-extraction-benchmark``: ``html/<id>.html.gz`` and
  ``ground-truth.json`` (``articleBody``, ``url``).
* ``adbar/trafilatura``: ``tests/eval/*.html`` and ``tests/evaldata.json``
  (``with`` / ``without`` snippets, ``url``).
* audiocast's own annotated Swedish HTML pages ``tests/data/extract/*.html``.

Run (about 10 minutes on 2 cores):

    .venv/bin/python tools/extract_dumps.py --out /work/data/extract_train \\
        --scrapinghub /work/.mirror/scrapinghub+article-extraction-benchmark/repo \\
        --trafilatura /work/.mirror/adbar+trafilatura/repo

Needs ``playwright`` (the Python package; the browser is the system's
Chromium, nothing is downloaded). Pages already dumped are skipped.
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from playwright.sync_api import Route, sync_playwright

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


def git_show(repo: Path, path: str) -> bytes:
    """The bytes of ``path`` at HEAD of the bare repository ``repo``."""
    return subprocess.run(["git", "-C", str(repo), "show", f"HEAD:{path}"], check=True, capture_output=True).stdout


def git_ls(repo: Path, folder: str) -> list[str]:
    out = subprocess.run(
        ["git", "-C", str(repo), "ls-tree", "-r", "--name-only", "HEAD", folder],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return [p for p in out.splitlines() if p]


def scrapinghub_pages(repo: Path) -> Iterator[tuple[str, str, bytes]]:
    truth = json.loads(git_show(repo, "ground-truth.json"))
    for pid, item in sorted(truth.items()):
        html = gzip.decompress(git_show(repo, f"html/{pid}.html.gz"))
        yield pid, item["url"], html


def trafilatura_pages(repo: Path) -> Iterator[tuple[str, str, bytes]]:
    evaldata = json.loads(git_show(repo, "tests/evaldata.json"))
    by_file = {item["file"]: url for url, item in evaldata.items()}
    present = {p.rsplit("/", 1)[1]: p for p in git_ls(repo, "tests/eval") + git_ls(repo, "tests/cache")}
    for name, url in sorted(by_file.items()):
        if name in present:
            yield name.removesuffix(".html"), url, git_show(repo, present[name])


def audiocast_pages(folder: Path) -> Iterator[tuple[str, str, bytes]]:
    for path in sorted(folder.glob("*.html")):
        yield path.stem, f"https://{path.stem}.example/", path.read_bytes()


def dump_all(pages: Iterator[tuple[str, str, bytes]], source: str, out: Path) -> int:
    """Dump each page to ``out/source/<id>.json``; returns how many were written."""
    target = out / source
    target.mkdir(parents=True, exist_ok=True)
    written = 0
    with sync_playwright() as pw, tempfile.TemporaryDirectory() as tmp:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(java_script_enabled=False, viewport={"width": 1280, "height": 900})
        page = context.new_page()
        page.set_default_timeout(20000)
        allowed = {"url": ""}

        def route(r: Route) -> None:
            if r.request.url == allowed["url"]:
                r.continue_()
            else:
                r.abort()

        page.route("**/*", route)
        for pid, url, html in pages:
            dest = target / f"{pid}.json"
            if dest.exists():
                continue
            local = Path(tmp) / "page.html"
            local.write_bytes(html)
            allowed["url"] = local.as_uri()
            try:
                page.goto(local.as_uri(), wait_until="domcontentloaded")
                text = page.evaluate("document.body ? document.body.innerText : ''")
            except Exception as exc:  # a broken page is skipped, not fatal
                print(f"skip {source}/{pid}: {exc}", file=sys.stderr)
                page = context.new_page()
                page.set_default_timeout(20000)
                page.route("**/*", route)
                continue
            lines = [ln.strip() for ln in text.split("\n")]
            record = {"id": pid, "source": source, "url": url, "lines": lines}
            dest.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
            written += 1
        browser.close()
    return written


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=Path("/work/data/extract_train"))
    ap.add_argument("--scrapinghub", type=Path)
    ap.add_argument("--trafilatura", type=Path)
    ap.add_argument("--audiocast", type=Path, default=Path("tests/data/extract"))
    ap.add_argument("--only", choices=["scrapinghub", "trafilatura", "audiocast"])
    args = ap.parse_args()
    if args.scrapinghub and args.only in (None, "scrapinghub"):
        print("scrapinghub:", dump_all(scrapinghub_pages(args.scrapinghub), "scrapinghub", args.out))
    if args.trafilatura and args.only in (None, "trafilatura"):
        print("trafilatura:", dump_all(trafilatura_pages(args.trafilatura), "trafilatura", args.out))
    if args.only in (None, "audiocast"):
        print("audiocast:", dump_all(audiocast_pages(args.audiocast), "audiocast_html", args.out))


if __name__ == "__main__":
    main()
