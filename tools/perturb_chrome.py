"""Perturbation classes of the site chrome of tools/site_chrome_inventory.py (session 17, E10).

Run as ``tools/perturb_extract.py`` is run; each kind of the inventory becomes a drop class (its inserted lines must
not be read). The fixes were made on the kinds' working variants; ``--held`` measures the held-out third instead:

    .venv/bin/python tools/perturb_chrome.py --limit 400            # working variants
    .venv/bin/python tools/perturb_chrome.py --limit 400 --held     # held-out variants
    .venv/bin/python tools/perturb_chrome.py --cls gallery -v       # one kind, each leaked line shown
"""

from __future__ import annotations

import os
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import perturb_extract as pe  # noqa: E402
from perturb_extract import _FIRST, _LAST, _TOWNS  # noqa: E402
from site_chrome_inventory import KINDS  # noqa: E402

_PLACES = ["Resecentrum", "Stortorget", "Hamnen", "Badplatsen", "Norra infarten", "Skidbacken", "Slussen",
           "Centralstationen", "Folkets park"]
_PRODUCTS = ["Fågelholk i trä", "Termos 0,5 l", "Ullsockor, grå", "Kaffe mellanrost 450 g", "Vantar i lammull",
             "Hundkoppel 2 m", "Ljuslykta, svart", "Jordgubbsplantor 6-pack"]
_COMPANIES = ["ICA Kvantum", "Sparbanken", "Bygg & Måleri AB", "Elektriska i Norr", "Pizzeria Roma", "Länsförsäkringar",
              "Byggmax", "Åkeri Lindqvist", "Coop"]
_ARTISTS = [("Laleh", "Some Die Young"), ("Veronica Maggio", "Jag kommer"), ("Håkan Hellström", "Känn ingen sorg"),
            ("Molly Sandén", "Freak"), ("Lars Winnerbäck", "Hugger i sten")]
_RADIO = ["P4 Dalarna", "Rix FM", "Mix Megapol", "P4 Gotland", "Radio Norrbotten", "Närradion 103,2"]
_SHOWS = ["Morgon i P4", "Eftermiddag", "Lokala nyheter", "Sporten", "Kvällspasset"]
_EVENTS = ["midsommar", "julmarknaden", "festivalen", "loppet", "premiären"]
HELD = os.environ.get("CHROME_HELD") == "1"


def _fill(r: random.Random, line: str) -> str:
    towns = r.sample(_TOWNS, 3)
    artist, song = r.choice(_ARTISTS)
    comp = r.sample(_COMPANIES, 3)
    values = {
        "town": towns[0], "town2": towns[1], "town3": towns[2], "place": r.choice(_PLACES),
        "name": f"{r.choice(_FIRST)} {r.choice(_LAST)}", "first": r.choice(_FIRST),
        "n": str(r.randint(20, 999)), "n1": str(r.randint(1, 9)), "n2": str(r.randint(10, 59)),
        "n3": str(r.randint(200, 999)), "n4": str(r.randint(2019, 2027)), "n5": f"{r.randint(10, 999)} {r.randint(100, 999)}",
        "m": str(r.randint(1, 12)), "d": str(r.randint(1, 28)), "month": r.choice(pe._MONTHS),
        "price": f"{r.randint(49, 1999)} kr", "time": f"{r.randint(6, 23):02d}:{r.randint(0, 59):02d}",
        "date": f"{r.randint(2024, 2026)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
        "product": r.choice(_PRODUCTS), "company": comp[0], "company2": comp[1], "company3": comp[2],
        "artist": artist, "song": song, "radio": r.choice(_RADIO), "show": r.choice(_SHOWS),
        "event": r.choice(_EVENTS), "site": r.choice(["Nyheter i " + towns[0], "Lokalbladet", "Bygdeposten"]),
    }
    return re.sub(r"\{(\w+)\}", lambda m: values[m.group(1)], line)


def variants(kind: str, held: bool) -> list[list[str]]:
    """The kind's working variants, or its held-out third (every third one, from index 2)."""
    _, all_ = KINDS[kind]
    return [v for i, v in enumerate(all_) if (i % 3 == 2) == held]


def _maker(kind: str) -> Callable[[random.Random], list[str]]:
    def make(r: random.Random) -> list[str]:
        return [_fill(r, x) for x in r.choice(variants(kind, HELD))]
    return make


def _foot(lay: pe.Layout, r: random.Random, piece: list[str]) -> list[str]:
    return lay.lines + [""] + piece


def _top_or_foot(lay: pe.Layout, r: random.Random, piece: list[str]) -> list[str]:
    return pe.at_top(lay, r, piece) if r.random() < 0.5 else _foot(lay, r, piece)


_PLACE: dict[str, pe.Place] = {"top": pe.at_top, "between": pe.between, "under": pe.under_body, "foot": _foot,
                               "top_or_foot": _top_or_foot}
CHROME = {kind: (_maker(kind), _PLACE[place]) for kind, (place, _) in KINDS.items()}
pe.CLASSES.clear()
pe.CLASSES.update(CHROME)

if __name__ == "__main__":
    argv = sys.argv[1:]
    if "--held" in argv:
        argv.remove("--held")
        os.environ["CHROME_HELD"] = "1"
        HELD = True
    pe.main(argv)
