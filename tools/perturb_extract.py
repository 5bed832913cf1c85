"""Perturbation bench of dump extraction: a site's standing furniture of one class set into every annotated dump.

Fresh pages from sites never seen fail mostly on the site's standing furniture read as the article (a column's name
and blurb over the headline, a blog's name and tagline, a caption without a credit, an organisation's closing pitch,
an event box, a press release's contact card, a quiz embed, a consent dialog, a newsletter box). Rules written page
by page did not generalize; this script measures each class of furniture on every annotated dev dump
(``tests/data/extract/b*-*.txt`` beside its ``.json``) instead of on the few pages that showed it.

For each class and each dump, one piece of furniture of that class is made from the class's parts (many wordings per
class, so that no single phrase is learned: the parts are combined at random, with a seed), set at its natural place
(over the headline, at the top, under the lead or between two paragraphs, under the body, at the foot), its lines
annotated as boilerplate; the dump is read as a render reads it (``parse_text_dump`` with the line classifier) and
scored with ``bench/bench_extract.py``'s functions: headline right, the inserted lines read aloud (leak), the
page's own annotated boilerplate read aloud, body recall. The same dumps unperturbed are the reference: a class's
loss is what its furniture takes from the unperturbed figures.

    .venv/bin/python tools/perturb_extract.py                    # every class, summary
    .venv/bin/python tools/perturb_extract.py --cls caption -v   # one class, each failure shown
    .venv/bin/python tools/perturb_extract.py --write /tmp/perturbed --cls quiz --limit 20

Deterministic: the same seed gives the same pages (the seed of each page is the seed, the class and the dump's name).
The parts here were written for this bench; the tests of the fixes use pages written after them, in other words.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_extract import _norm, _same_title, headline_and_lines, leaked_lines, score  # noqa: E402

from audiocast.errors import IngestError  # noqa: E402
from audiocast.ingest import default_scorer, parse_text_dump  # noqa: E402
from audiocast.ingest.hints import Hints  # noqa: E402

DATA = ROOT / "tests" / "data" / "extract"

# ---------------------------------------------------------------------------------------------------- the parts

_FIRST = ["Anna", "Lars", "Karin", "Per", "Maria", "Johan", "Eva", "Mikael", "Sofia", "Anders", "Lena", "Erik",
          "Helena", "Magnus", "Ingrid", "Jonas", "Elin", "Fredrik", "Sara", "Olof", "Linnea", "Gustav", "Malin"]
_LAST = ["Andersson", "Lindqvist", "Berg", "Holm", "Sjöberg", "Nyström", "Ekman", "Lund", "Forsberg", "Wikström",
         "Hedlund", "Sandberg", "Björk", "Nordin", "Engström", "Lundgren", "Dahl", "Strand", "Öberg", "Falk"]
_ROLES = ["pressansvarig", "kommunikationschef", "verksamhetschef", "ordförande", "förvaltningschef",
          "projektledare", "informatör", "vd", "presschef", "enhetschef", "kommunikatör", "generalsekreterare"]
_TOWNS = ["Borås", "Kiruna", "Ystad", "Gävle", "Mora", "Visby", "Växjö", "Skövde", "Luleå", "Kalmar", "Nora",
          "Tranås", "Alingsås", "Härnösand", "Lidköping", "Sala", "Östersund", "Hudiksvall"]
_MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
           "november", "december"]
_WEEKDAYS = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]


def _name(r: random.Random) -> str:
    return f"{r.choice(_FIRST)} {r.choice(_LAST)}"


def _date(r: random.Random) -> str:
    day, month = r.randint(1, 28), r.choice(_MONTHS)
    style = r.randrange(4)
    if style == 0:
        return f"{r.choice(_WEEKDAYS).capitalize()} {day} {month}"
    if style == 1:
        return f"{day} {month[:3]} kl. {r.randint(9, 19)}.{r.choice(['00', '30', '15'])}"
    if style == 2:
        return f"{r.choice(_WEEKDAYS)[:3].capitalize()} {day}/{r.randint(1, 12)} {r.randint(10, 19)}:00"
    return f"{day} {month} 2025"


# (1) a column's or series' label with its blurb over the headline
_COLUMN_LABELS = [
    "DU FRÅGAR – VI SVARAR", "Fråga experten", "Veckans fråga", "Vi reder ut", "Läsarfrågan", "Juristen svarar",
    "FRÅGA VETERINÄREN", "Krönika", "Måndagskrönikan", "Ekonomiexperten", "I trädgården med Lena", "Bakom kulisserna",
    "Fråga doktorn", "Veckans profil", "Min vardag", "FÖRR OCH NU", "Hemma hos", "Nördhörnan", "Tipsa oss svarar",
    "Sportens röst", "Fredagsfrågan", "Matkassen", "Kyrkoherden har ordet", "Bostadsjuristen", "Helgens utflykt",
]
_COLUMN_BLURBS = [
    "Här svarar {name} på läsarnas frågor om {topic}. Mejla din fråga till oss.",
    "Varje vecka reder vi ut en fråga som många undrar över",
    "{name} är {job} och skriver varannan vecka om {topic}.",
    "En serie där vi besöker föreningar runt om i {town}",
    "Har du en fråga om {topic}? Skicka den till redaktionen så svarar vår expert",
    "I den här serien berättar vi om {topic} i {town} förr och nu.",
    "{name}, {job}, svarar på dina frågor",
    "Krönikörerna skriver fritt och svarar själva för sina åsikter.",
    "Vår {job} {name} ger råd om {topic} varje fredag",
]
_TOPICS = ["privatekonomi", "husdjur", "juridik", "trädgård", "hälsa", "boende", "släktforskning", "resor", "mat",
           "motion", "skatter", "arv och testamente", "båtliv", "hund och katt"]
_JOBS = ["veterinär", "jurist", "distriktsläkare", "trädgårdsmästare", "privatekonom", "bostadsrättsexpert",
         "kyrkoherde", "dietist", "hembygdsforskare", "skatterådgivare"]

# (2) a blog's name and tagline at the top
_BLOG_NAMES = [
    "Mammas lilla vrå", "Trädgårdsdrömmar", "Livet på landet", "Fjällmys", "Kaffe och kanelbullar", "Stickan",
    "Bakom köksbänken", "Springande Sara", "Hönsgården i Hälsingland", "Vardagslyx", "Torpet vid sjön",
    "Pappa på heltid", "Fiskelyckan", "Gröna fingrar", "Småstadsliv", "Lantliv med Lena", "Bokhyllan",
    "Cykelbloggen", "Vildmarksliv", "Sömnadsloftet",
]
_BLOG_TAGS = [
    "en blogg om {topic} och vardagens små glädjeämnen", "Om {topic}, barn och livet i {town}",
    "Tankar från ett torp i {town}", "Här skriver jag om {topic} – och allt annat", "– {topic}, recept och resor",
    "Min vardag med {topic}", "Stort och smått från {town}", "Inspiration för dig som gillar {topic}",
    "Sedan 2011 skriver jag om {topic}", "Välkommen in i min värld av {topic}!",
]

# (3) a caption without a credit
_CAPTION_SUBJECTS = [
    "{n1} och {n2} vid invigningen", "Från vänster: {n1}, {n2} och {n3}", "{n1} visar upp den nya maskinen",
    "Deltagarna samlades på torget i {town}", "{n1} tar emot priset av {n2}", "Den gamla skolan i {town} ska rivas",
    "Här ska de nya bostäderna byggas", "Eleverna i klass 4B planterar träd", "Brandkåren på plats vid olyckan",
    "{n1} (till vänster) och {n2} på scenen", "Kören sjunger i {town} kyrka", "{n1} i sin verkstad",
    "Föreningens medlemmar städar stranden", "Vägen genom {town} stängs av under sommaren",
    "Laget firar efter segern", "{n1} och {n2} framför den renoverade kvarnen",
]
_CAPTION_TAILS = ["", "", " i lördags", " på tisdagen", " förra veckan", " under helgen", ".", " (arkivbild)"]

# (4) an organisation's closing pitch
_PITCH_HEADS = [
    "Vill du också bli {role}?", "Nyfiken på att bli medlem?", "Bli medlem du också!", "Vill du engagera dig?",
    "Stöd vårt arbete", "Vill du bli volontär?", "Gör som {n} andra – bli medlem", "Intresserad av att hjälpa till?",
    "Är du vår nästa {role}?",
]
_PITCH_BODIES = [
    "Vi söker fler {role}er i {town} med omnejd. Anmäl dig här",
    "Som medlem får du rabatter, tidningen och inbjudan till våra träffar.",
    "Läs mer om hur du blir medlem och vad det innebär",
    "Det tar bara två minuter att anmäla sig – välkommen!",
    "Vi har verksamhet på {n} orter och behöver fler engagerade",
    "Kontakta din lokala förening eller fyll i formuläret",
    "Medlemsavgiften är {n}0 kronor per år",
]
_PITCH_CALLS = ["Anmäl dig här", "Bli medlem", "Läs mer och anmäl intresse", "Ja, jag vill bli medlem",
                "Bli volontär", "Till anmälan", "Stöd oss"]
_PITCH_ROLES = ["förare", "volontär", "ledare", "besöksvän", "tränare", "läxhjälpare", "jourhavande", "funktionär"]

# (5) an event box
_EVENT_HEADS = ["Nästa gudstjänst", "Kommande evenemang", "På gång", "Kalender", "Kommande aktiviteter",
                "Nästa träff", "Aktuellt i församlingen", "Evenemang", "Det händer i {town}", "Kommande matcher"]
_EVENT_TITLES = ["Högmässa", "Mässa med små och stora", "Årsmöte", "Konsert: Vårsånger", "Sopplunch",
                 "Öppen förskola", "Babysång", "Föreläsning om {topic}", "Loppis", "Stickcafé", "Hemmamatch mot IFK",
                 "Musikcafé", "Vandring längs ån", "Gudstjänst", "Taizémässa", "Bokcirkel"]
_EVENT_PLACES = ["{town} kyrka", "Församlingshemmet", "Folkets hus", "Biblioteket", "Klubbstugan", "Bygdegården",
                 "Stadsparken", "{town} sporthall"]
_EVENT_FOOTS = ["Se alla evenemang", "Visa hela kalendern", "Fler evenemang", "Till kalendern", ""]

# (6) a contact card under a press release
_CONTACT_HEADS = ["För mer information, kontakta:", "Kontakt", "Kontaktperson", "Mer information", "Presskontakt",
                  "För ytterligare information:", "Frågor besvaras av"]

# (7) a quiz or poll embed
_POLL_HEADS = ["Vad tycker du?", "Omröstning", "Veckans fråga", "Tyck till!", "Quiz", "Testa dina kunskaper",
               "Dagens fråga"]
_POLL_QUESTIONS = [
    "Borde {town} satsa mer på cykelvägar?", "Hur tar du dig till jobbet?", "Vem vinner matchen på lördag?",
    "Hur mycket vet du om {topic}?", "Är du nöjd med kollektivtrafiken i {town}?", "Ska butikerna ha öppet på söndagar?",
    "Vilket år grundades {town}?", "Har du varit på {town}s marknad?",
]
_POLL_OPTIONS = [["Ja", "Nej", "Vet inte"], ["Bil", "Buss", "Cykel", "Går"], ["Hemmalaget", "Bortalaget", "Oavgjort"],
                 ["1523", "1619", "1734"], ["Ja, absolut", "Nej, inte alls", "Ingen åsikt"],
                 ["Alltid", "Ibland", "Aldrig"]]
_POLL_FOOTS = ["Rösta", "Se resultat", "Skicka svar", "Starta quizet", "Nästa fråga", "{n} röster",
               "Omröstningen stänger på söndag"]

# (8) a consent dialog
_CONSENT_HEADS = ["Vi använder kakor", "Din integritet är viktig för oss", "Den här webbplatsen använder cookies",
                  "Samtycke till kakor", "Vi värnar om din integritet", "Cookieinställningar", "Kakor på {site}"]
_CONSENT_BODIES = [
    "Vi använder kakor för att webbplatsen ska fungera och för att förbättra din upplevelse.",
    "Genom att klicka på Acceptera godkänner du att vi använder cookies för statistik och marknadsföring.",
    "Vi och våra partner lagrar och/eller får åtkomst till information på en enhet.",
    "Du kan när som helst ändra dina val under Inställningar längst ned på sidan.",
    "Nödvändiga kakor behövs för att sidan ska fungera och kan inte väljas bort.",
    "Vissa kakor används för att anpassa innehåll och annonser samt analysera trafiken.",
]
_CONSENT_BUTTONS = [["Acceptera alla", "Neka", "Inställningar"], ["Godkänn", "Avvisa"],
                    ["Tillåt alla kakor", "Endast nödvändiga", "Anpassa"], ["OK", "Läs mer"],
                    ["Jag godkänner", "Hantera val"], ["Acceptera", "Avböj", "Visa detaljer"]]

# (9) a newsletter signup box
_NEWS_HEADS = ["Prenumerera på vårt nyhetsbrev", "Missa inget!", "Få nyheterna direkt i inkorgen",
               "Nyhetsbrev", "Håll dig uppdaterad", "Anmäl dig till veckobrevet", "Få {site} i mejlen"]
_NEWS_BODIES = ["Varje fredag skickar vi ett urval av veckans viktigaste nyheter från {town}.",
                "Skriv in din e-postadress så får du våra senaste artiklar.",
                "Gratis, en gång i veckan, och du kan avsluta när du vill.",
                "Tips, inbjudningar och nyheter från föreningen direkt till dig"]
_NEWS_FIELDS = [["E-postadress", "Prenumerera"], ["Din e-post", "Anmäl mig"], ["Ange e-post", "Skicka"],
                ["Förnamn", "E-post", "Jag vill ha nyhetsbrevet"], ["din@epost.se", "Registrera"]]


def _fill(r: random.Random, template: str, site: str = "") -> str:
    return template.format(
        name=_name(r), n1=_name(r), n2=_name(r), n3=_name(r), topic=r.choice(_TOPICS), job=r.choice(_JOBS),
        town=r.choice(_TOWNS), role=r.choice(_PITCH_ROLES), n=r.randint(2, 90), site=site or r.choice(_TOWNS) + "s blad")


def column(r: random.Random) -> list[str]:
    label = r.choice(_COLUMN_LABELS)
    lines = [label, _fill(r, r.choice(_COLUMN_BLURBS))]
    if r.random() < 0.3:
        lines.append(_fill(r, r.choice(_COLUMN_BLURBS)))
    return lines


def blog(r: random.Random) -> list[str]:
    name = r.choice(_BLOG_NAMES)
    tag = _fill(r, r.choice(_BLOG_TAGS))
    return [name, tag] if r.random() < 0.8 else [name.upper(), tag]


def caption(r: random.Random) -> list[str]:
    text = _fill(r, r.choice(_CAPTION_SUBJECTS)) + r.choice(_CAPTION_TAILS)
    return [text]


def pitch(r: random.Random) -> list[str]:
    lines = [_fill(r, r.choice(_PITCH_HEADS)), _fill(r, r.choice(_PITCH_BODIES))]
    if r.random() < 0.5:
        lines.append(_fill(r, r.choice(_PITCH_BODIES)))
    lines.append(r.choice(_PITCH_CALLS))
    return [x for x in dict.fromkeys(lines)]


def event(r: random.Random) -> list[str]:
    lines = [_fill(r, r.choice(_EVENT_HEADS))]
    for _ in range(r.randint(1, 3)):
        lines.append(_date(r))
        lines.append(_fill(r, r.choice(_EVENT_TITLES)))
        if r.random() < 0.5:
            lines.append(_fill(r, r.choice(_EVENT_PLACES)))
    foot = r.choice(_EVENT_FOOTS)
    return lines + ([foot] if foot else [])


def contact(r: random.Random) -> list[str]:
    first, last = r.choice(_FIRST), r.choice(_LAST)
    org = r.choice(_TOWNS) + r.choice([" kommun", " Energi", "hem AB", " Vatten", " Region"])
    dom = org.lower().replace(" ", "").replace("å", "a").replace("ä", "a").replace("ö", "o")
    phone = f"0{r.randint(10, 99)}-{r.randint(100, 999)} {r.randint(10, 99)} {r.randint(10, 99)}"
    mail = f"{first.lower()}.{last.lower()}@{dom}.se".replace("ö", "o").replace("å", "a").replace("ä", "a")
    lines = [r.choice(_CONTACT_HEADS), f"{first} {last}", f"{r.choice(_ROLES).capitalize()}, {org}"]
    style = r.randrange(3)
    if style == 0:
        lines += [f"Telefon: {phone}", f"E-post: {mail}"]
    elif style == 1:
        lines += [f"Tel. {phone}", mail]
    else:
        lines += [phone, mail]
    return lines


def poll(r: random.Random) -> list[str]:
    lines = [r.choice(_POLL_HEADS), _fill(r, r.choice(_POLL_QUESTIONS)), *r.choice(_POLL_OPTIONS)]
    lines.append(_fill(r, r.choice(_POLL_FOOTS)))
    return lines


def consent(r: random.Random) -> list[str]:
    lines = [_fill(r, r.choice(_CONSENT_HEADS))]
    lines += r.sample(_CONSENT_BODIES, r.randint(1, 2))
    return lines + r.choice(_CONSENT_BUTTONS)


def newsletter(r: random.Random) -> list[str]:
    lines = [_fill(r, r.choice(_NEWS_HEADS))]
    if r.random() < 0.7:
        lines.append(_fill(r, r.choice(_NEWS_BODIES)))
    return lines + r.choice(_NEWS_FIELDS)


# ---------------------------------------------------------------------------------------------------- the places


@dataclass
class Layout:
    """Where a dump's parts stand: its lines, the headline's, the lead's and the body paragraphs' indexes."""

    lines: list[str]
    title: int
    lead: int | None
    body: list[int]
    blank_paras: bool  # paragraphs set apart by blank lines


def layout(text: str, exp: dict[str, Any]) -> Layout | None:
    lines = text.split("\n")
    norms = [_norm(x) for x in lines]
    want = _norm(exp.get("title") or "")
    if not want or want not in norms:
        return None
    first = next((norms.index(_norm(x)) for x in [exp.get("lead") or "", *exp.get("body", [])]
                  if _norm(x) and _norm(x) in norms), len(norms))
    over = [k for k, x in enumerate(norms[:first]) if x == want]
    title = over[-1] if over else norms.index(want)  # the headline over the text, not its copy in a menu
    lead_n = _norm(exp.get("lead") or "")
    lead = norms.index(lead_n, title) if lead_n and lead_n in norms[title:] else None
    body: list[int] = []
    start = title + 1
    for para in exp.get("body", []):
        key = _norm(para)
        if key and key in norms[start:]:
            at = norms.index(key, start)
            body.append(at)
            start = at + 1
    if not body:
        return None
    blank = any(i + 1 < len(lines) and not lines[i + 1].strip() for i in body[:-1])
    return Layout(lines, title, lead, body, blank)


def _insert(lay: Layout, at: int, piece: list[str], apart: bool | None = None) -> list[str]:
    apart = lay.blank_paras if apart is None else apart
    block = ["", *piece, ""] if apart else piece
    return lay.lines[:at] + block + lay.lines[at:]


def _gap(lay: Layout, r: random.Random) -> int | None:
    """The index under a body paragraph that has another one under it (the piece goes between them)."""
    if len(lay.body) < 2:
        return None
    return lay.body[r.randrange(len(lay.body) - 1)] + 1


Place = Callable[[Layout, random.Random, list[str]], "list[str] | None"]


def over_headline(lay: Layout, r: random.Random, piece: list[str]) -> list[str]:
    return _insert(lay, lay.title, piece, apart=False if r.random() < 0.6 else None)


def at_top(lay: Layout, r: random.Random, piece: list[str]) -> list[str]:
    if r.random() < 0.5:
        return _insert(lay, 0, piece, apart=False)
    return _insert(lay, lay.title, piece, apart=False)


def under_lead_or_between(lay: Layout, r: random.Random, piece: list[str]) -> list[str] | None:
    if r.random() < 0.5:
        at = (lay.lead if lay.lead is not None else lay.body[0]) + 1
        return _insert(lay, at, piece)
    gap = _gap(lay, r)
    return None if gap is None else _insert(lay, gap, piece)


def under_body(lay: Layout, r: random.Random, piece: list[str]) -> list[str]:
    return _insert(lay, lay.body[-1] + 1, piece, apart=True if r.random() < 0.5 else None)


def between(lay: Layout, r: random.Random, piece: list[str]) -> list[str] | None:
    gap = _gap(lay, r)
    return None if gap is None else _insert(lay, gap, piece)


def top_or_foot(lay: Layout, r: random.Random, piece: list[str]) -> list[str]:
    if r.random() < 0.5:
        return _insert(lay, 0, piece, apart=False)
    return lay.lines + [""] + piece


CLASSES: dict[str, tuple[Callable[[random.Random], list[str]], Place]] = {
    "column": (column, over_headline),
    "blog": (blog, at_top),
    "caption": (caption, under_lead_or_between),
    "pitch": (pitch, under_body),
    "event": (event, under_body),
    "contact": (contact, under_body),
    "quiz": (poll, between),
    "consent": (consent, top_or_foot),
    "newsletter": (newsletter, between),
}


def perturbed(name: str, text: str, exp: dict[str, Any], cls: str, seed: int) -> tuple[str, list[str]] | None:
    """The dump with one piece of the class's furniture set in, and the piece's lines (None: no place for it)."""
    lay = layout(text, exp)
    if lay is None:
        return None
    digest = hashlib.sha256(f"{seed}/{cls}/{name}".encode()).hexdigest()
    r = random.Random(int(digest[:16], 16))
    make, place = CLASSES[cls]
    piece = make(r)
    lines = place(lay, r, piece)
    return None if lines is None else ("\n".join(lines), piece)


# ---------------------------------------------------------------------------------------------------- scoring


def _read(text: str, name: str) -> tuple[str, list[str]]:
    try:
        art = parse_text_dump(text, name, Path(name).stem, hints=Hints(scorer=default_scorer()))
    except IngestError:
        return "", []
    return headline_and_lines(art)


def _figures(title: str, lines: list[str], exp: dict[str, Any], piece: list[str]) -> dict[str, Any]:
    expected = "\n".join([exp.get("lead") or "", *exp.get("body", [])])
    own, n_own = leaked_lines(title, lines, exp)
    ins, n_ins = leaked_lines(title, lines, {**exp, "boilerplate": piece}) if piece else ([], 0)
    return {"headline": _same_title(title, exp.get("title") or ""), "recall": score("\n".join(lines), expected)[1],
            "own": len(own), "n_own": n_own, "ins": ins, "n_ins": n_ins, "title": title}


def _case(job: tuple[str, str, dict[str, Any], list[str], int]) -> dict[str, Any]:
    name, text, exp, classes, seed = job
    base_title, base_lines = _read(text, name)
    out: dict[str, Any] = {"name": name, "base": _figures(base_title, base_lines, exp, [])}
    for cls in classes:
        made = perturbed(name, text, exp, cls, seed)
        if made is None:
            continue
        ptext, piece = made
        title, lines = _read(ptext, name)
        out[cls] = {**_figures(title, lines, exp, piece), "piece": piece}
    return out


def cases(folder: Path, limit: int | None) -> list[tuple[str, str, dict[str, Any]]]:
    out = []
    for path in sorted(folder.glob("b*-*.txt")):
        gold = path.with_suffix(".json")
        if not gold.is_file():
            continue
        exp = json.loads(gold.read_text(encoding="utf-8"))
        if "boilerplate" not in exp or "error" in exp:
            continue
        out.append((path.name, path.read_text(encoding="utf-8"), exp))
    return out[:limit] if limit else out


def summarize(results: list[dict[str, Any]], classes: list[str]) -> dict[str, Any]:
    out = {}
    for cls in classes:
        rows = [(r["base"], r[cls]) for r in results if cls in r]
        if not rows:
            continue
        n = len(rows)
        n_ins = sum(p["n_ins"] for _, p in rows)
        out[cls] = {
            "n": n,
            "headline_base": round(sum(b["headline"] for b, _ in rows) / n, 4),
            "headline": round(sum(p["headline"] for _, p in rows) / n, 4),
            "headlines_lost": sum(b["headline"] and not p["headline"] for b, p in rows),
            "headlines_won": sum(p["headline"] and not b["headline"] for b, p in rows),
            "inserted_leak": round(sum(len(p["ins"]) for _, p in rows) / n_ins, 4) if n_ins else 0.0,
            "inserted_leaked": sum(len(p["ins"]) for _, p in rows), "inserted_lines": n_ins,
            "pages_leaking": sum(bool(p["ins"]) for _, p in rows),
            "own_leak_base": sum(b["own"] for b, _ in rows), "own_leak": sum(p["own"] for _, p in rows),
            "recall_base": round(sum(b["recall"] for b, _ in rows) / n, 4),
            "recall": round(sum(p["recall"] for _, p in rows) / n, 4),
        }
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--set", type=Path, default=DATA, help="folder of annotated dumps (default: the golden set)")
    ap.add_argument("--cls", action="append", choices=list(CLASSES), help="only this class (repeatable)")
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--limit", type=int, help="only the first N dumps")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--json", type=Path, help="write the summary and every case's figures here")
    ap.add_argument("--write", type=Path, help="write the perturbed dumps (with their .json) into this folder")
    ap.add_argument("-v", "--verbose", action="store_true", help="show each lost headline and leaked piece")
    args = ap.parse_args(argv)
    classes = args.cls or list(CLASSES)
    found = cases(args.set, args.limit)
    if args.write:
        args.write.mkdir(parents=True, exist_ok=True)
        for name, text, exp in found:
            for cls in classes:
                made = perturbed(name, text, exp, cls, args.seed)
                if made is not None:
                    stem = f"{Path(name).stem}-{cls}"
                    (args.write / f"{stem}.txt").write_text(made[0], encoding="utf-8")
                    gold = {**exp, "boilerplate": [*exp.get("boilerplate", []), *made[1]]}
                    (args.write / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1),
                                                             encoding="utf-8")
        return
    jobs = [(name, text, exp, classes, args.seed) for name, text, exp in found]
    with ProcessPoolExecutor(args.workers) as pool:
        results = list(pool.map(_case, jobs, chunksize=8))
    summary = summarize(results, classes)
    if args.verbose:
        for r in results:
            for cls in classes:
                p = r.get(cls)
                if p is None:
                    continue
                if r["base"]["headline"] and not p["headline"]:
                    print(f"{cls:10} {r['name']:40} HEADLINE {p['title'][:70]!r}  piece {p['piece'][:2]}")
                for line in p["ins"]:
                    print(f"{cls:10} {r['name']:40} leaked {line[:80]!r}")
    print(f"{'class':11} {'n':>5} {'head base':>9} {'head':>6} {'lost':>4} {'won':>4} {'ins leak':>8} "
          f"{'lines':>9} {'pages':>5} {'own':>9} {'recall':>13}")
    for cls, s in summary.items():
        print(f"{cls:11} {s['n']:5} {s['headline_base']:9.1%} {s['headline']:6.1%} {s['headlines_lost']:4} "
              f"{s['headlines_won']:4} {s['inserted_leak']:8.1%} {s['inserted_leaked']:4}/{s['inserted_lines']:<4} "
              f"{s['pages_leaking']:5} {s['own_leak_base']:4}>{s['own_leak']:<4} "
              f"{s['recall_base']:.4f}>{s['recall']:.4f}")
    if args.json:
        args.json.write_text(json.dumps({"summary": summary, "cases": results}, ensure_ascii=False, indent=1),
                             encoding="utf-8")


if __name__ == "__main__":
    main()
