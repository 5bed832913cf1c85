"""Perturbation classes of what stands above and around the headline on real Swedish sites (session 17, E9).

Run as ``tools/perturb_extract.py`` is run; these classes replace its table:

    .venv/bin/python tools/perturb_heads.py --limit 300                # every head class, summary
    .venv/bin/python tools/perturb_heads.py --cls kicker -v            # one class, each lost headline shown

Fresh pages from kinds of site never seen lose their headline to what a site sets over and around it, not to the
article: a kicker or label line ("JUST NU", "PLUS", "Debatt", a place's name), a section's name or breadcrumb, the
byline and date line set over the title (with "Publicerad"/"Uppdaterad", relative times, UTC), the writer's short
description, the site's slogan at the top, a summary box under the title ("AI-sammanfattning" with its points),
reading-time and "Lyssna" lines, a document-title or teaser copy of the headline at the top ("<title> – <site>",
a shortened "…" teaser). Insert classes annotate these lines as boilerplate, the headline stays the golden one.

Shape classes (``shape-``) change the headline itself, and the golden title with it: all in capitals, ending with
"?" or "!", opened by a place's or a label's name and a colon, a live report's clock time ("14.32: …"). The
extractor must still pick that line.

The inventory was written from knowledge of sites before any failure was looked at; the tests of the fixes use
other words, sites and headlines.
"""

from __future__ import annotations

import hashlib
import random
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import perturb_extract as pe  # noqa: E402
from perturb_extract import _MONTHS, _TOWNS, _WEEKDAYS, _name  # noqa: E402

_SITES = ["Borås Tidning", "Norrbottens-Kuriren", "Ystads Allehanda", "Gefle Dagblad", "Mora Tidning",
          "Hela Gotland", "Smålandsposten", "Skaraborgs Allehanda", "Barometern", "Nerikes Allehanda",
          "Tranås Tidning", "Alingsås Kuriren", "Östersunds-Posten", "Hudiksvalls Tidning", "Sala Allehanda"]
_KICKERS = ["JUST NU", "PLUS", "Debatt", "Guldbröllop", "Uppdaterad", "LIVE", "Ledare", "Insändare", "Krönika",
            "Nyheter", "Sport", "Premium", "Kultur", "Familj", "Blåljus", "Näringsliv", "Recension", "Granskning",
            "Analys", "Replik", "Nöje", "Hockey", "Fotboll", "Motor", "Bostad", "Trafik", "Väder", "EXTRA",
            "Prenumerant", "Läsvärt", "Intervju", "Reportage", "Kommunpolitik", "Minnesord", "Jubilar", "Brott"]
_SECTIONS = ["Nyheter", "Lokalt", "Sport", "Kultur & Nöje", "Opinion", "Ekonomi", "Familj", "Blåljus", "Debatt",
             "Kommun och politik", "Aktuellt", "Nyheter från kommunen", "Pressmeddelanden", "Lokala nyheter"]
_RELATIVE = ["för 2 timmar sedan", "för 14 minuter sedan", "för 1 dag sedan", "igår", "för 3 timmar sedan",
             "idag 07:12", "för en timme sedan", "för 35 min sedan"]
_SLOGANS = ["Nyheter från hela {town}", "Din lokala nyhetskälla sedan 1872", "Oberoende liberal dagstidning",
            "Allt om {town} – varje dag", "Sveriges minsta dagstidning", "Nära dig i {town}",
            "Lokala nyheter dygnet runt", "Tidningen för hela bygden", "Vi bevakar {town}",
            "Opolitisk lokaltidning för {town} med omnejd"]
_DESCS = ["{name} är reporter på {site} och bevakar kommunpolitik.", "Reporter", "Nyhetsreporter",
          "{name} är sportreporter och skriver om hockey och fotboll.", "Kulturredaktör", "Politisk redaktör",
          "Reporter med fokus på brott och rättsfrågor i {town}", "Chefredaktör och ansvarig utgivare",
          "Frilansskribent, bor i {town}", "Nyhetschef"]
_AI_HEADS = ["AI-sammanfattning", "Sammanfattning", "Snabbversion", "Kortversion", "Det här har hänt",
             "Sammanfattat av AI", "I korthet", "Tre saker att veta"]
_AI_POINTS = ["Beslutet fattades av kommunstyrelsen i veckan.", "Arbetet väntas vara klart under hösten.",
              "Flera boende har protesterat mot planerna.", "Polisen utreder händelsen.",
              "Kostnaden beräknas till flera miljoner kronor.", "Ingen person skadades allvarligt.",
              "Frågan avgörs slutligen av fullmäktige.", "Föreningen söker fler medlemmar."]
_AI_FOOTS = ["Sammanfattningen är gjord med hjälp av AI och granskad av redaktionen.",
             "Texten är skapad med AI-verktyg och kontrollerad av en redaktör.", "Läs mer om hur vi använder AI",
             "Sammanfattningen är AI-genererad.", ""]
_TOOLS = [["Lyssna"], ["Lyssna på artikeln", "3 min"], ["Lästid: 4 min"], ["4 min läsning"], ["Lyssna", "Dela"],
          ["Dela artikeln", "Spara"], ["Lyssna 5:12"], ["Läs senare", "Dela"], ["Lästid 2 minuter"],
          ["Spara artikel", "Lyssna", "Dela"], ["Ändra textstorlek", "Skriv ut"]]


def _site(r: random.Random) -> str:
    return r.choice(_SITES)


def _stamp(r: random.Random) -> str:
    day, month = r.randint(1, 28), r.choice(_MONTHS)
    hh, mm = r.randint(5, 22), r.choice(["03", "12", "27", "45", "58"])
    style = r.randrange(7)
    if style == 0:
        return f"Publicerad {day} {month} 2025 kl. {hh:02d}.{mm}"
    if style == 1:
        return f"Publicerad: 2025-{r.randint(1, 12):02d}-{day:02d} {hh:02d}:{mm} UTC"
    if style == 2:
        return f"Uppdaterad {r.choice(_RELATIVE)}"
    if style == 3:
        return f"Publicerad {r.choice(_RELATIVE)} · Uppdaterad {r.choice(_RELATIVE)}"
    if style == 4:
        return f"{r.choice(_WEEKDAYS).capitalize()} {day} {month} {hh:02d}:{mm}"
    if style == 5:
        return f"Publicerad {day}.{r.randint(1, 12)}.2025 {hh}:{mm} | Uppdaterad {hh + 1}:{mm}"
    return f"{day} {month[:3]} 2025 {hh:02d}:{mm} CET"


# ---------------------------------------------------------------------------------------------------- insert classes


def kicker(r: random.Random) -> list[str]:
    choice = r.random()
    if choice < 0.7:
        return [r.choice(_KICKERS)]
    if choice < 0.85:
        return [r.choice(_TOWNS)]
    return [f"{r.choice(_KICKERS)} | {r.choice(_TOWNS)}"]


def breadcrumb(r: random.Random) -> list[str]:
    sec = r.sample(_SECTIONS, 2)
    style = r.randrange(5)
    if style == 0:
        return [f"Start › {sec[0]} › {r.choice(_TOWNS)}"]
    if style == 1:
        return [f"Hem / {sec[0]} / {sec[1]}"]
    if style == 2:
        return ["Startsida", sec[0], sec[1]]
    if style == 3:
        return [f"{sec[0]} > {r.choice(_TOWNS)}"]
    return [sec[0]]


def byline_over(r: random.Random) -> list[str]:
    lines = [r.choice([_name(r), f"Av {_name(r)}", f"{_name(r)} och {_name(r)}", f"Text: {_name(r)}"])]
    if r.random() < 0.4:
        lines.append(_fill(r, r.choice(_DESCS)))
    lines.append(_stamp(r))
    return lines


def byline_under(r: random.Random) -> list[str]:
    return byline_over(r)


def slogan(r: random.Random) -> list[str]:
    site = _site(r)
    return [site, _fill(r, r.choice(_SLOGANS))] if r.random() < 0.6 else [_fill(r, r.choice(_SLOGANS))]


def summary(r: random.Random) -> list[str]:
    lines = [r.choice(_AI_HEADS)]
    bullet = r.choice(["• ", "- ", "", "✓ "])
    lines += [bullet + p for p in r.sample(_AI_POINTS, r.randint(2, 3))]
    foot = r.choice(_AI_FOOTS)
    return lines + ([foot] if foot else [])


def tools_line(r: random.Random) -> list[str]:
    return list(r.choice(_TOOLS))


def _fill(r: random.Random, template: str) -> str:
    return template.format(name=_name(r), site=_site(r), town=r.choice(_TOWNS))


def stack(r: random.Random) -> list[str]:
    """A kicker over a byline and date over the title, all at once (the pieces the page builders stack)."""
    return kicker(r) + byline_over(r)


# ---------------------------------------------------------------------------------------------------- the places


def over_title(lay: pe.Layout, r: random.Random, piece: list[str]) -> list[str]:
    return pe._insert(lay, lay.title, piece, apart=False if r.random() < 0.7 else None)


def under_title(lay: pe.Layout, r: random.Random, piece: list[str]) -> list[str]:
    return pe._insert(lay, lay.title + 1, piece, apart=False if r.random() < 0.7 else None)


def top(lay: pe.Layout, r: random.Random, piece: list[str]) -> list[str]:
    return pe._insert(lay, 0, piece, apart=False)


def _doc_title(lay: pe.Layout, r: random.Random, title: str) -> list[str]:
    """A document-title or teaser copy of the headline at the page's top (the piece made from the title)."""
    words = title.split()
    style = r.randrange(3)
    if style == 0:
        line = f"{title} {r.choice(['–', '|', '-'])} {_site(r)}"
    elif style == 1 and len(words) > 5:
        line = " ".join(words[: max(3, len(words) // 2)]) + "…"
    else:
        line = f"{title} | {r.choice(_SECTIONS)} | {_site(r)}"
    return [line]


INSERTS = {
    "kicker": (kicker, over_title),
    "breadcrumb": (breadcrumb, over_title),
    "byline-over": (byline_over, over_title),
    "byline-under": (byline_under, under_title),
    "slogan": (slogan, top),
    "summary": (summary, under_title),
    "tools": (tools_line, under_title),
    "stack": (stack, over_title),
}

# ---------------------------------------------------------------------------------------------------- shape classes


def _strip_stop(title: str) -> str:
    return title.rstrip(" .!?")


def caps(r: random.Random, title: str) -> str:
    return title.upper()


def question(r: random.Random, title: str) -> str:
    return _strip_stop(title) + r.choice(["?", "!"])


def colon(r: random.Random, title: str) -> str:
    head = r.choice([r.choice(_TOWNS), "JUST NU", "Debatt", "Ledare", "Granskning", "Analys", "Krönika",
                     f"{_name(r)}"])
    return f"{head}: {title}"


def clock(r: random.Random, title: str) -> str:
    hh, mm = r.randint(6, 23), r.choice(["04", "17", "32", "49"])
    return r.choice([f"{hh:02d}.{mm}: {title}", f"Kl. {hh:02d}.{mm} {title}", f"{title} – följ läget live",
                     f"LIVE: {title}"])


SHAPES = {"shape-caps": caps, "shape-stop": question, "shape-colon": colon, "shape-clock": clock}
CLASSES = [*INSERTS, "doctitle", *SHAPES]


def perturbed(name: str, text: str, exp: dict[str, Any], cls: str, seed: int
              ) -> tuple[str, list[str], dict[str, Any]] | None:
    """The dump with the class's change, the inserted lines, and the golden annotation for it (None: no place)."""
    lay = pe.layout(text, exp)
    if lay is None:
        return None
    digest = hashlib.sha256(f"{seed}/{cls}/{name}".encode()).hexdigest()
    r = random.Random(int(digest[:16], 16))
    if cls in INSERTS:
        make, place = INSERTS[cls]
        piece = make(r)
        return "\n".join(place(lay, r, piece)), piece, exp
    if cls == "doctitle":
        piece = _doc_title(lay, r, lay.lines[lay.title].strip())
        return "\n".join(top(lay, r, piece)), piece, exp
    new = SHAPES[cls](r, lay.lines[lay.title].strip())
    lines = list(lay.lines)
    lines[lay.title] = new
    return "\n".join(lines), [], {**exp, "title": new}


def _case(job: tuple[str, str, dict[str, Any], list[str], int]) -> dict[str, Any]:
    name, text, exp, classes, seed = job
    base_title, base_lines = pe._read(text, name)
    out: dict[str, Any] = {"name": name, "base": pe._figures(base_title, base_lines, exp, [])}
    for cls in classes:
        made = perturbed(name, text, exp, cls, seed)
        if made is None:
            continue
        ptext, piece, pexp = made
        title, lines = pe._read(ptext, name)
        out[cls] = {**pe._figures(title, lines, pexp, piece), "piece": piece or [pexp["title"]]}
    return out


pe.CLASSES.clear()
pe.CLASSES.update({cls: (kicker, over_title) for cls in CLASSES})  # names for --cls; the cases are made here
pe._case = _case  # type: ignore[assignment]

if __name__ == "__main__":
    pe.main(sys.argv[1:])
