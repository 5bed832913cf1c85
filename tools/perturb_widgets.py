"""Perturbation classes of the service widgets of organisation and municipal sites (session 16, E3).

Run as ``tools/perturb_extract.py`` is run; these classes are added to its table:

    .venv/bin/python tools/perturb_widgets.py                 # every widget class, summary
    .venv/bin/python tools/perturb_widgets.py --cls hours -v  # one class, each failure shown

Drop classes (the inserted lines must not be read): a map widget, an opening-hours box, a unit's contact box, a poll
with its results, a call to the site's app, a weather line or news ticker over the head, a summary in other languages
under the article, a reader-funding pitch with a Swish number, a "Dokument" list of files. Keep classes (``keep-``:
the inserted lines are the article's own, their "ins leak" column is the share of them read, which must be 100 %): a
pull quote with its speaker inside the body, a fact box of "Place: number" lines with its source, a closing paragraph
announcing the next meeting. The parts were written for this bench; the tests of the fixes use other words.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import perturb_extract as pe  # noqa: E402
from perturb_extract import _FIRST, _LAST, _ROLES, _TOWNS  # noqa: E402

_PLACES = ["Stadsparken", "Norra hamnen", "Åvägen 12", "Idrottsplatsen", "Kulturhuset", "Torget", "Strandbadet",
           "Återvinningscentralen", "Gamla stationen", "Skolgården i Väster"]


def _phone(r: random.Random) -> str:
    return f"0{r.randint(10, 999)}-{r.randint(10, 999)} {r.randint(10, 99)} {r.randint(10, 99)}"


def map_widget(r: random.Random) -> list[str]:
    lines = [r.choice([f"Karta: {r.choice(_PLACES)} i {r.choice(_TOWNS)}", f"Karta över {r.choice(_PLACES)}",
                       "Karta: så går den nya sträckningen", f"Kartbild: området kring {r.choice(_PLACES)}"])]
    if r.random() < 0.6:
        lines.append(r.choice(["Kartan visas inte. Godkänn kakor för kartor för att se kartan.",
                               "Du måste godkänna kakor från tredje part för att visa kartan.",
                               "Kartan kan inte visas utan ditt samtycke till marknadsföringskakor."]))
    lines += r.choice([["Zoom +", "Zoom −"], ["+", "−"], ["Zooma in", "Zooma ut"], []])
    if r.random() < 0.6:
        lines += r.sample(["Avstängd väg", "Omledning", "Parkering", "Busshållplats", "Ny gång- och cykelväg",
                           "Arbetsområde", "Entré"], r.randint(2, 3))
    lines.append(r.choice(["Visa större karta", "Öppna i Google Maps", "Visa kartan i helskärm", "Visa större karta"]))
    return lines


def hours(r: random.Random) -> list[str]:
    lines = [r.choice(["Öppettider", "Öppettider:", "Våra öppettider", "Öppet", "Öppettider i sommar"])]
    lines += r.choice([["Måndag–fredag: 10–17", "Lördag: 10–14", "Söndag: Stängt"],
                       ["Mån–fre 8–16", "Lör 10–13", "Sön stängt"],
                       ["Måndag–torsdag 9.00–19.00", "Fredag 9.00–16.00", "Lördag–söndag stängt"],
                       ["Vardagar: 07.30–16.00", "Helger: stängt"]])
    if r.random() < 0.5:
        lines.append(r.choice(["Biblioteket stängt 23–27 december", "Stängt under midsommarhelgen",
                               "Avvikande öppettider i påsk", "Butiken stängd 3–9 mars"]))
    if r.random() < 0.5:
        lines.append(f"Telefontid: måndag–fredag {r.randint(8, 10)}–{r.randint(11, 15)}")
    return lines


def unit_contact(r: random.Random) -> list[str]:
    unit = r.choice(["kundtjänst", "oss", "Kontaktcenter", "bygglovsenheten", "skolförvaltningen", "föreningen",
                     "medlemsservice", "växeln"])
    lines = [f"Kontakta {unit}", f"Telefon: {_phone(r)}"]
    if r.random() < 0.8:
        lines.append(f"E-post: {r.choice(['info', 'kontakt', 'kundservice', 'bygglov'])}@"
                     f"{r.choice(_TOWNS).lower().replace('å', 'a').replace('ä', 'a').replace('ö', 'o')}.se")
    if r.random() < 0.6:
        lines.append(r.choice(["Boka ett personligt möte med en handläggare", "Boka tid för rådgivning",
                               "Boka ett personligt möte på kontoret", "Skriv till oss via formuläret"]))
    return lines


def poll_results(r: random.Random) -> list[str]:
    lines = [r.choice(["Tyck till", "Veckans fråga", "Dagens fråga", "Omröstning"])]
    q, opts = r.choice([("Vilket träd ska planteras i parken?", ["Ek", "Lind", "Körsbär"]),
                        ("Ska badhuset byggas om?", ["Ja", "Nej", "Vet ej"]),
                        ("Hur ofta åker du buss?", ["Varje dag", "Varje vecka", "Sällan", "Aldrig"]),
                        ("Vad vill du se på torget?", ["Fler bänkar", "Lekplats", "Uteservering"])])
    lines.append(q)
    shares = [r.randint(5, 60) for _ in opts]
    sep = r.choice([" – ", ": ", " "])
    lines += [f"{o}{sep}{s} %" for o, s in zip(opts, shares, strict=True)]
    lines.append(r.choice([f"{r.randint(40, 2000)} röster", f"Antal röster: {r.randint(40, 900)}",
                           f"{r.randint(100, 900)} har svarat"]))
    return lines


def app_call(r: random.Random) -> list[str]:
    return [r.choice([
        f"Följ matcherna live i appen {r.choice(['Lokalsport', 'Mitt Lag', 'Hemmaplan'])} – ladda ner den i App Store eller Google Play",
        "Få nyheterna direkt i mobilen med vår app. Finns i App Store och Google Play.",
        f"Felanmäl enkelt i appen {r.choice(['Tyck till', 'Min stad', 'Felanmälan'])} – ladda ner den gratis från App Store eller Google Play.",
        "Ladda ner vår app för iPhone och Android"])]


def weather(r: random.Random) -> list[str]:
    town = r.choice(_TOWNS)
    lines = [f"{town} just nu: {r.choice(['−', '-', ''])}{r.randint(1, 15)} °C, "
             f"{r.choice(['lätt snöfall', 'mulet', 'klart', 'regnskurar', 'halvklart'])}"]
    if r.random() < 0.6:
        news = r.sample(["Vägarbete på riksväg 50 i veckan", "Ny rektor på Centralskolan", "Elavbrott i norra delen",
                         "Kommunfullmäktige sammanträder i kväll", "Isen på sjön är inte säker"], 3)
        lines.append("+++ " + " +++ ".join(news) + " +++")
    r.shuffle(lines)
    return lines


def other_languages(r: random.Random) -> list[str]:
    lines = [r.choice(["Kort på andra språk", "På andra språk", "Information på andra språk", "Andra språk"])]
    lines += r.sample([
        "English: The library will be closed during the renovation and reopens in the spring.",
        "In English: The municipality is building a new school in the north of the town.",
        "العربية: ستغلق المكتبة أثناء التجديد وتفتح من جديد في الربيع.",
        "Soomaali: Maktabadda waa la xiri doonaa inta lagu jiro dayactirka waxaana la furi doonaa guga.",
        "Suomeksi: Kirjasto on suljettuna remontin ajan ja avataan uudelleen keväällä.",
        "Farsi: کتابخانه در طول بازسازی بسته خواهد بود.",
        "Deutsch: Die Bibliothek ist während der Renovierung geschlossen und wird im Frühjahr wieder eröffnet.",
    ], r.randint(2, 4))
    return lines


def funding(r: random.Random) -> list[str]:
    site = r.choice(["Bygdebladet", "Nyheter i " + r.choice(_TOWNS), "Lokaltidningen", "Vår tidning"])
    swish = f"123 {r.randint(100, 999)} {r.randint(10, 99)} {r.randint(10, 99)}"
    return [r.choice([
        f"{site} finansieras av läsare som du. Swisha valfritt belopp till {swish}.",
        f"Vill du stödja lokal journalistik? {site} drivs utan annonser – Swisha ett valfritt belopp till {swish}",
        f"{site} är fritt att läsa och finansieras helt av sina läsare. Stöd oss med en gåva: Swish {swish}."])]


def documents(r: random.Random) -> list[str]:
    lines = [r.choice(["Dokument", "Dokument:", "Relaterade dokument", "Handlingar"])]
    lines += r.sample([f"Protokoll_{r.randint(2019, 2025)}-0{r.randint(1, 9)}-1{r.randint(0, 9)}.pdf",
                       f"Detaljplan {r.choice(_PLACES)} (pdf, {r.randint(100, 900)} kB)",
                       f"Samrådshandling (pdf, {r.randint(1, 9)},{r.randint(1, 9)} MB)",
                       "Kallelse till årsmöte.docx", f"Budget {r.randint(2024, 2027)} (PDF, {r.randint(50, 500)} kB)",
                       "Plankarta.pdf", "Verksamhetsberättelse 2024 (pdf)"], r.randint(2, 4))
    return lines


def keep_quote(r: random.Random) -> list[str]:
    name = f"{r.choice(_FIRST)} {r.choice(_LAST)}"
    quote = r.choice(["Vi har väntat på det här beslutet i flera år", "Nu får barnen äntligen en trygg skolväg",
                      "Det här är den största satsningen i kommunens historia", "Ingen ska behöva stå utan hjälp"])
    return [f"”{quote}” – {name}, {r.choice(_ROLES)}"]


def keep_facts(r: random.Random) -> list[str]:
    towns = r.sample(_TOWNS, r.randint(3, 5))
    lines = [f"{t}: {r.randint(12, 900)}" for t in towns]
    lines.append(r.choice(["Källa: Statistiska centralbyrån", "Källa: Länsstyrelsen", "Källa: kommunens egen statistik",
                           "Källa: SCB, 2024"]))
    return lines


def keep_meeting(r: random.Random) -> list[str]:
    day = r.randint(2, 28)
    month = r.choice(pe._MONTHS)
    return [r.choice([
        f"Nästa informationsmöte hålls den {day} {month} i {r.choice(_PLACES)} klockan 18.00.",
        f"Nästa möte om planerna blir {r.choice(pe._WEEKDAYS)}en den {day} {month} klockan 19.00 i församlingshemmet.",
        f"Ett nytt samrådsmöte hålls i {r.choice(_PLACES)} den {day} {month} kl. 18.30, alla är välkomna."])]


def _under_or_between(lay: pe.Layout, r: random.Random, piece: list[str]) -> list[str] | None:
    return pe.under_body(lay, r, piece) if r.random() < 0.5 else pe.between(lay, r, piece)


def _last_para(lay: pe.Layout, r: random.Random, piece: list[str]) -> list[str]:
    at = lay.body[-1] + 1
    block = ["", *piece] if lay.blank_paras else piece
    return lay.lines[:at] + block + lay.lines[at:]


WIDGETS = {
    "map": (map_widget, _under_or_between),
    "hours": (hours, _under_or_between),
    "unitcontact": (unit_contact, pe.under_body),
    "pollres": (poll_results, _under_or_between),
    "app": (app_call, _under_or_between),
    "weather": (weather, pe.at_top),
    "otherlang": (other_languages, pe.under_body),
    "funding": (funding, pe.under_body),
    "documents": (documents, pe.under_body),
    "keep-quote": (keep_quote, pe.between),
    "keep-facts": (keep_facts, pe.between),
    "keep-meeting": (keep_meeting, _last_para),
}
pe.CLASSES.clear()
pe.CLASSES.update(WIDGETS)

if __name__ == "__main__":
    pe.main(sys.argv[1:])
