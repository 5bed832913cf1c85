"""A site's template is what it repeats in the same company on its pages, not every line found twice (session 20).

A newsroom's site lists its latest articles on every page ("Senaste nytt", "Mest läst", "Fler nyheter"), so an
article's own headline stands on the site's other pages too, between other titles and often by its date. Read as a
bag of lines, the profile took that headline for template and dropped it on the article's own page (on a blind set of
six sites with four pages each, written for session 20, the headline went wrong on 5 of 24 pages read as render reads a
folder, against 2 of 24 read one page at a time). A line is template only where it stands among the same lines (a
date excepted) as on another page of the site.

Every site, article and line here was written for these tests, after the fix (fictional sites).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from audiocast.ingest import Reader, load
from audiocast.ingest.hints import template_key
from audiocast.ingest.sites import SiteProfile

HEADER = """Hoppa till innehållet
Torsåkers Hembygdsblad
Start
Föreningen
Arkivet
Nyheter
Bli medlem
Kontakt
"""

FOOTER = """Torsåkers Hembygdsblad ges ut av Torsåkers hembygdsförening
Kyrkbyvägen 3, 815 95 Torsåker
Org.nr 802400-1122
Cookies och personuppgifter
"""

# title, date, lead, paragraphs
PAGES = {
    "smedja": ("Gamla smedjan får nytt tak före midsommar", "3 juni 2026",
               "Föreningen har fått 84 000 kronor från länsstyrelsen för att lägga om smedjans spåntak.",
               ["Arbetet görs av en timmerman från Ockelbo under tre veckor i juni.",
                "Smedjan byggdes på 1840-talet och har inte haft nytt tak sedan 1962."]),
    "slatter": ("Ängsslåtter med lie på Kvarnbacken", "28 maj 2026",
                "Den 14 juni bjuder föreningen in till slåtter med lie och räfsa på den gamla kvarnängen.",
                ["Lien lånar du av föreningen, men ta gärna med egna arbetshandskar.",
                 "Efter slåttern serveras kolbullar vid kvarnen till självkostnadspris."]),
    "arkiv": ("Fotoarkivet med 3 000 bilder är nu digitalt", "19 maj 2026",
              "Efter två års arbete kan alla se föreningens fotoarkiv på nätet.",
              ["Ett tjugotal medlemmar har skannat och beskrivit bilderna på onsdagskvällarna.",
               "Den äldsta bilden visar prästgården vintern 1889."]),
    "stamma": ("Årsmötet valde ny kassör", "12 maj 2026",
               "Stina Wärn efterträder Gösta Lind, som skött föreningens ekonomi i arton år.",
               ["Årsmötet beslutade också att höja medlemsavgiften till 200 kronor.",
                "Gösta Lind avtackades med en inramad karta över socknen från 1790."]),
}


def _latest(skip: str, dated_above: bool) -> str:
    """The site's "Senaste nytt" box: the other articles' titles, each with its date above or below it."""
    rows = []
    for name, (title, date, _, _) in PAGES.items():
        if name != skip:
            rows += [date, title] if dated_above else [title, date]
    return "Senaste nytt\n" + "\n".join(rows) + "\nAlla nyheter\n"


def _page(name: str, dated_above: bool) -> str:
    title, date, lead, paras = PAGES[name]
    return (f"{HEADER}Nyheter\n{title}\n{date}\n\n{lead}\n\n" + "\n\n".join(paras) + "\n\n"
            + _latest(name, dated_above) + FOOTER)


def _spoken(article) -> str:
    return "\n".join([article.title, article.lead or ""] + [b.text for b in article.blocks])


@pytest.mark.parametrize("dated_above", [True, False], ids=["date-over-title", "date-under-title"])
def test_the_headline_in_the_sites_latest_box_on_other_pages_stays_the_headline(tmp_path: Path, dated_above: bool):
    articles, out = tmp_path / "articles", tmp_path / "output"
    articles.mkdir()
    for name in PAGES:
        (articles / f"{name}.txt").write_text(_page(name, dated_above), encoding="utf-8")
    reader = Reader(out)
    for name, (title, _, lead, paras) in PAGES.items():
        article = load(articles / f"{name}.txt", reader)
        assert article.title == title, name
        spoken = _spoken(article)
        assert lead in spoken and all(p in spoken for p in paras)
        assert "Bli medlem" not in spoken and "Kyrkbyvägen 3" not in spoken  # the menu and footer stay template
        others = [t for n, (t, *_rest) in PAGES.items() if n != name]
        assert not any(t in spoken for t in others)  # the latest box is not read


def _keys(text: str) -> list[str]:
    return [line for line in text.split("\n") if line]


def test_template_is_a_line_among_the_same_lines_not_a_line_found_twice():
    profile = SiteProfile("Torsåkers Hembygdsblad")
    for name in PAGES:
        profile.observe(name, _keys(_page(name, dated_above=True)))
    template = profile.template_places("smedja")[0]
    assert template_key("Gamla smedjan får nytt tak före midsommar") not in template  # its own headline, elsewhere listed
    assert template_key("Bli medlem") in template and template_key("Org.nr 802400-1122") in template
    # On another page the same title stands in the box among the other titles: template there.
    assert template_key("Gamla smedjan får nytt tak före midsommar") in profile.template_places("stamma")[0]


def test_a_date_is_no_company_a_line_keeps():
    """Two places of a line that share only a date among their neighbours are not the same company."""
    menu = ["Meny", "Sök", "Logga in"]
    profile = SiteProfile("x")
    profile.observe("a", [*menu, "Sporten", "Rubriken om bron", "4 maj 2026", "Text om bron som är lång nog."])
    profile.observe("b", [*menu, "Text på sidan b.", "Lästips", "4 maj 2026", "Rubriken om bron", "Slut på b."])
    profile.observe("c", [*menu, "Text på sidan c.", "Mer text på c.", "Rubriken om bron", "4 maj 2026", "Lästips", "Slut på c."])
    assert template_key("Rubriken om bron") not in profile.template_places("a")[0]
    assert template_key("Rubriken om bron") in profile.template_places("b")[0]  # "Lästips" beside it on c too
    assert {template_key(x) for x in menu} <= profile.template_places("a")[0]


# A site whose dumps open on a ticker that changes with every page (no name line to tell the site by), with a
# standing sentence no rule knows; and a second such site in the same folder, with chrome of its own.
def _ticker_page(n: int, title: str, lead: str, body: str) -> str:
    return (f"Spotpriset i Vedåkra är just nu {n + 41},{n}7 öre/kWh, uppdaterat klockan 0{n}.15.\n"
            "Logga in\nElavtal\nLaddbox\nSolceller\nKundservice\nDriftinformation\nOm Vedåkra Energi\n"
            f"Aktuellt\n{title}\n{n + 3} februari 2026\n\n{lead}\n\n{body}\n\n"
            "Varje kilowattimme du sparar i vinter gör nytta för både plånboken och elnätet i Vedåkra.\n"
            "Vedåkra Energi AB\nStationsgatan 9, 574 31 Vedåkra\nKundservice vardagar 8–17\n")


def _other_site_page(n: int) -> str:
    return (f"Vädret i dag: {n + 2} grader och uppehåll\nStart\nMatchschema\nTabell\nUngdom\nStöd oss\n"
            f"Damlaget vann hemma igen, match {n}\n{n + 5} mars 2026\n\n"
            f"Damlaget tog sin {n}:e raka seger på Lövvallen inför drygt trehundra åskådare.\n\n"
            f"Tränaren var nöjd med försvarsspelet i match {n} men vill se fler skott på mål.\n"
            "Lövvallens IK\nIdrottsvägen 2\nSwish 123 456 78 90\n")


ENERGY = [
    ("Nya laddplatser vid simhallen", "Fyra nya laddstolpar tas i bruk vid simhallen i mars.",
     "Platserna kan bokas i appen och kostar lika mycket som övriga publika laddare i kommunen."),
    ("Planerat avbrott i Norra Vedåkra", "Natten till torsdag byts en transformator på Granvägen.",
     "Omkring sextio hushåll blir utan ström mellan klockan ett och fyra."),
    ("Solcellskurs för villaägare", "Energirådgivningen bjuder in till en kväll om solceller på taket.",
     "Kursen hålls i kommunhuset och är gratis, men platserna är begränsade till fyrtio."),
]


def test_dumps_without_a_name_line_are_read_with_the_dumps_that_share_their_chrome(tmp_path: Path):
    articles, out = tmp_path / "articles", tmp_path / "output"
    articles.mkdir()
    for n, (title, lead, body) in enumerate(ENERGY, start=1):
        (articles / f"energi{n}.txt").write_text(_ticker_page(n, title, lead, body), encoding="utf-8")
    for n in (1, 2, 3):
        (articles / f"fotboll{n}.txt").write_text(_other_site_page(n), encoding="utf-8")
    standing = "Varje kilowattimme du sparar i vinter"
    alone = load(articles / "energi1.txt", Reader(None))
    assert standing in _spoken(alone)  # read alone, the site's standing sentence is read as text
    reader = Reader(out)
    for n, (title, lead, body) in enumerate(ENERGY, start=1):
        article = load(articles / f"energi{n}.txt", reader)
        spoken = _spoken(article)
        assert article.title == title and lead in spoken and body in spoken
        assert standing not in spoken  # the site's template, from the two other dumps that share its lines
    for n in (1, 2, 3):
        spoken = _spoken(load(articles / f"fotboll{n}.txt", reader))
        assert f"försvarsspelet i match {n}" in spoken and "Kundservice" not in spoken  # not read as the energy site
    stored = [json.loads(f.read_text(encoding="utf-8")) for f in (out / ".sites").glob("*.json")]
    assert not any(name.startswith("energi") for d in stored for name in d["pages"])  # nameless: nothing stored


def _blog_page(name: str) -> str:
    """A blog's post page whose "Senaste inläggen" box lists every post, the page's own too (as WordPress does)."""
    title, date, lead, paras = PAGES[name]
    latest = "\n".join(t for t, *_ in PAGES.values())
    return (f"Hoppa till innehåll\nTorsåkers Hembygdsblad\nStart\nArkivet\nBli medlem\n{title}\n{date}\n"
            f"Redaktionen\n\n{lead}\n\n" + "\n\n".join(paras) + "\n\nDela detta:\nFacebook\nE-post\n"
            f"Senaste inläggen\n{latest}\nKategorier\nFöreningsliv\nHembygd\n{FOOTER}")


def test_each_place_a_line_stands_is_judged_alone(tmp_path: Path):
    """The page's own title in its own box of latest posts is template there, and the headline over the date."""
    articles, out = tmp_path / "articles", tmp_path / "output"
    articles.mkdir()
    for name in PAGES:
        (articles / f"{name}.txt").write_text(_blog_page(name), encoding="utf-8")
    profile = SiteProfile("Torsåkers Hembygdsblad")
    for name in PAGES:
        profile.observe(name, _keys(_blog_page(name)))
    whole, parts = profile.template_places("arkiv")
    title = template_key(PAGES["arkiv"][0])
    assert title not in whole and parts[title] == frozenset({1})  # its second place, in the box, only
    reader = Reader(out)
    for name, (title, _, lead, paras) in PAGES.items():
        article = load(articles / f"{name}.txt", reader)
        assert article.title == title, name
        spoken = _spoken(article)
        assert lead in spoken and all(p in spoken for p in paras) and spoken.count(title) == 1  # the box is not read


# A housing company's pages; on some days a status banner stands under the site's name, over the menu.
def _housing_page(n: int, title: str, lead: str, body: str, banner: bool) -> str:
    top = ("Felanmälan\nVattnet avstängt i Granvägen 4 till klockan 14 på grund av en läcka i källaren.\n"
           "Hissen i Björkvägen 2 står still. Tekniker är på väg.\n") if banner else ""
    return (f"Till innehållet\nNorrvikens Bostäder\n{top}Mina sidor\nFelanmälan\nMeny\nSök bostad\nBo hos oss\n"
            f"Våra områden\nNyheter\nKontakt\nLediga bostäder just nu\n{n + 4} st\nStart\nNyheter\n{title}\n"
            f"2026-0{n}-12\n\n{lead}\n\n{body}\n\n"
            "Har du frågor om ditt boende? Ring vår kundtjänst på 0611-55 20 00 vardagar.\n"
            "Norrvikens Bostäder AB\nBox 45, 871 21 Norrvik\n")


HOUSING = [
    ("Ny lekplats på Granbacken i sommar", "Barnen på Granbacken får en ny lekplats med gungor och klätterställning.",
     "Bygget börjar i maj och ska vara klart till midsommar, enligt områdeschefen."),
    ("Hyrorna höjs med tre procent", "Efter förhandlingar med Hyresgästföreningen höjs hyrorna från den 1 april.",
     "Höjningen är lägre än förra årets och gäller alla lägenheter i beståndet."),
    ("Städdag i alla områden den 26 april", "Välkommen att hjälpa till att göra gårdarna fina inför sommaren.",
     "Vi bjuder på korv och dricka, och containrar för grovsopor ställs ut vid varje gård."),
    ("Nya tvättmaskiner i Björkvägens tvättstuga", "Tvättstugan i Björkvägen 6 får sex nya maskiner i mars.",
     "Under bytet kan de boende tvätta i Granvägens tvättstuga, som har utökade tider."),
]


def test_a_notice_under_a_banner_the_template_took_is_no_lead(tmp_path: Path):
    """The banner's heading is a menu item of the site ("Felanmälan"), template on every page: the notice under it
    stood first on the page with nothing above it, was taken for the lead, and no headline was found at all."""
    articles, out = tmp_path / "articles", tmp_path / "output"
    articles.mkdir()
    for n, (title, lead, body) in enumerate(HOUSING, start=1):
        (articles / f"bo{n}.txt").write_text(_housing_page(n, title, lead, body, banner=n in (1, 3)), encoding="utf-8")
    reader = Reader(out)
    for n, (title, lead, body) in enumerate(HOUSING, start=1):
        article = load(articles / f"bo{n}.txt", reader)
        assert article.title == title, n
        spoken = _spoken(article)
        assert lead in spoken and body in spoken and "Sök bostad" not in spoken


# A paper behind a paywall marks each paid title with a badge line, over its headline on the article's own page and
# over each title of its "Mest läst" list, numbered; every title of the list is another article of the site.
PAPER = {
    "hamn": ("Hamnen i Gnarp får ny kaj för 14 miljoner",
             "Den gamla träkajen rivs i april och ersätts av en kaj i betong som tål större båtar."),
    "skola": ("Byskolan i Ilsbo blir kvar ett år till",
              "Barn- och utbildningsnämnden sköt på beslutet om skolans framtid till våren 2027."),
    "brand": ("Ladugård brann ner i Hassela i natt",
              "Ett fyrtiotal kor räddades ut innan taket rasade, enligt räddningstjänsten."),
    "vag": ("Länsväg 305 stängs i tre veckor",
            "Trafikverket byter en trumma under vägen vid Bölan och leder om trafiken via Sörfjärden."),
}


def _paper_page(name: str) -> str:
    title, lead = PAPER[name]
    listed = "".join(f"{n}\nPremium\n{t}\n" for n, (t, _) in enumerate(PAPER.values(), 1))  # its own title too
    return ("Till innehållet\nNordanstigs Tidning\nMeny\nSök\nLogga in\nNyheter\nSport\nFamilj\nE-tidning\n"
            f"Lokalt\nPremium\n{title}\n{lead}\nLina Berg\nPublicerad 3 mars 2026\nDela\n"
            f"Arbetet ska vara klart till sommaren, skriver {name}-redaktionen i ett uttalande på tisdagen.\n"
            "Bli prenumerant för att läsa vidare\nMest läst\n" + listed
            + "Nordanstigs Tidning\nKundservice: 0652-100 00\nCookie-inställningar\n")


def test_a_badge_beside_every_paid_title_is_no_company_the_headline_keeps(tmp_path: Path):
    """Session 41: the badge ("Premium") stood over the headline on its own page and over the same title in the other
    pages' "Mest läst" list: taken for the company the line keeps there, the headline was template on its own page and
    the page was refused ("no headline found"). A line standing three times or more on a page is no company."""
    articles, out = tmp_path / "articles", tmp_path / "output"
    articles.mkdir()
    for name in PAPER:
        (articles / f"{name}.txt").write_text(_paper_page(name), encoding="utf-8")
    reader = Reader(out)
    for name, (title, lead) in PAPER.items():
        article = load(articles / f"{name}.txt", reader)
        assert article.title == title, name
        spoken = _spoken(article)
        assert lead in spoken and "Cookie-inställningar" not in spoken and "E-tidning" not in spoken
        assert not any(t in spoken for n, (t, _) in PAPER.items() if n != name)  # the list stays template


def test_a_menu_said_twice_keeps_its_items_as_company():
    """The guard: a menu in the header and again in the footer is still template (each item stands twice only)."""
    menu = ["Nyheter", "Sport", "Kultur", "Debatt"]
    profile = SiteProfile("x")
    for p in "abc":
        profile.observe(p, [*menu, f"Rubrik {p}", f"Brödtext på sidan {p} som är lång nog.", *menu])
    assert {template_key(x) for x in menu} <= profile.template_places("a")[0]
