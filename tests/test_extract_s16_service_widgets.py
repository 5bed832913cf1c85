"""Service widgets of organisation and municipal sites (:mod:`audiocast.ingest.servicewidgets`), lines in another
language (:mod:`audiocast.ingest.foreignlines`), and the article's own lines the tail passes took (a pull quote between
paragraphs, :mod:`audiocast.ingest.testimonials`; the last paragraph announcing the next meeting,
:mod:`audiocast.ingest.nextmeeting`), on pages written after the fixes, for other sites and in other words than the
perturbation bench's (``tools/perturb_widgets.py``). Each widget is tried between the article's paragraphs and under
them, in dumps with and without blank lines; guards keep the article's own lines of the same shapes.
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import read_dump, spoken_lines

TITLE = "Vattenverket i Åsarna byggs om för 40 miljoner"
HEAD = ["Bergsjö kommun", "Invånare", "Bygga och bo", "Kommun och politik", "Nyheter", TITLE, "Publicerad 14 april 2026"]
TEXT = [
    "Kommunfullmäktige beslutade på måndagen att bygga om vattenverket i Åsarna, som är över femtio år gammalt och har "
    "haft flera driftstopp den senaste vintern.",
    "Arbetet börjar i augusti och väntas pågå i ett och ett halvt år. Under tiden får hushållen sitt vatten från en "
    "tillfällig anläggning vid idrottsplatsen.",
    "– Vi har lappat och lagat länge nog, nu gör vi det ordentligt en gång för alla, säger tekniska chefen Jonas Brandt.",
    "Ombyggnaden kostar omkring 40 miljoner kronor, och en del av kostnaden tas ut genom en höjd VA-taxa från nästa år.",
]
FOOT = ["Dela sidan", "Sidan uppdaterades 14 april 2026", "Bergsjö kommun", "Storgatan 3, 820 70 Bergsjö"]


def _page(widget: list[str], at: str, blanks: bool, head: list[str] | None = None) -> str:
    parts: list[list[str]] = [[x] for x in TEXT]
    if at == "between":
        parts.insert(2, widget)
    else:
        parts.append(widget)
    lines = list(head or HEAD)
    for part in parts:
        lines += part + ([""] if blanks else [])
    return "\n".join(lines + FOOT) + "\n"


def _said(dump: str) -> tuple[str, list[str]]:
    article = read_dump(dump)
    return article.title, spoken_lines(article)


WIDGETS = {
    "map with consent, zoom, legend and link": [
        "Karta: Tillfällig vattenanläggning vid idrottsplatsen",
        "Kartan visas inte. Du behöver godkänna kakor för externa tjänster för att se kartan.",
        "Zoom +", "Zoom −", "Ledningsarbete", "Tillfällig gångväg", "Visa större karta"],
    "map without consent, bare zoom signs": [
        "Karta över ledningsdragningen", "+", "−", "Schaktområde", "Omledd trafik", "Öppna i Google Maps"],
    "opening-hours box": [
        "Öppettider", "Måndag–fredag: 8–16.30", "Lördag: 10–13", "Söndag: Stängt",
        "Kontoret stängt 29 maj–1 juni", "Telefontid: måndag–torsdag 9–11"],
    "opening-hours box, short day names": ["Våra öppettider", "Mån–tors 7.30–16", "Fre 7.30–14", "Lör–sön stängt"],
    "contact box of a unit": [
        "Kontakta VA-avdelningen", "Telefon: 0652-161 00", "E-post: vatten@bergsjo.se",
        "Boka ett personligt möte med en VA-ingenjör"],
    "poll with its results": [
        "Veckans fråga", "Dricker du kranvatten varje dag?", "Ja, alltid – 71 %", "Ibland – 18 %", "Nej – 11 %",
        "1 024 röster"],
    "poll with shares after a colon and the count labelled": [
        "Tyck till!", "Ska VA-taxan höjas för att betala ombyggnaden?", "Ja: 34 %", "Nej: 52 %", "Vet inte: 14 %",
        "Antal röster: 377"],
    "call to the site's app": [
        "Få driftinformation direkt i mobilen i appen Bergsjö Info – ladda ner den i App Store eller Google Play."],
    "reader-funding pitch with a Swish number": [
        "Bergsjöbladet finansieras av läsare som du och är fritt att läsa. Swisha valfritt belopp till 123 456 00 77."],
    "list of documents": [
        "Dokument", "Beslut KF 2026-04-13 §45 (pdf, 312 kB)", "Förstudie_vattenverk_Asarna.pdf",
        "Tidplan ombyggnad (PDF, 88 kB)"],
}


@pytest.mark.parametrize("blanks", [True, False], ids=["blank lines", "no blank lines"])
@pytest.mark.parametrize("at", ["between", "under"])
@pytest.mark.parametrize("name", list(WIDGETS))
def test_service_widget_is_not_read_and_the_article_is(name: str, at: str, blanks: bool) -> None:
    title, said = _said(_page(WIDGETS[name], at, blanks))
    assert title == TITLE
    for line in TEXT:
        assert line in said
    for line in WIDGETS[name]:
        assert line not in said, line


def test_weather_line_and_ticker_over_the_head_are_no_headline() -> None:
    head = ["Bergsjö just nu: −6 °C, lätt snöfall",
            "+++ Färjan till Ön går enligt vintertidtabell +++ Sopsortering: nya kärl i maj +++ Biblioteket öppnar "
            "igen +++", "Bergsjöbladet", "Nyheter", "Sport", TITLE, "14 april 2026"]
    title, said = _said(_page([], "under", True, head=head))
    assert title == TITLE
    assert all(line in said for line in TEXT)
    assert not any("°C" in x or "+++" in x for x in said)


def test_contents_list_goes_and_the_subheadings_stay() -> None:
    subs = ["Varför byggs verket om?", "Så påverkas ditt vatten", "Vad kostar det?"]
    lines = HEAD + ["Innehåll", *subs, ""]
    for sub, para in zip(subs, TEXT[1:], strict=True):
        lines += [sub, para, ""]
    dump = "\n".join([*lines[:len(HEAD)], TEXT[0], "", *lines[len(HEAD):], *FOOT]) + "\n"
    title, said = _said(dump)
    assert title == TITLE
    assert "Innehåll" not in said
    for sub in subs:
        assert said.count(sub) == 1
    assert all(line in said for line in TEXT)


def test_summary_in_other_languages_under_the_article_goes() -> None:
    widget = ["Kort på andra språk",
              "In English: The water works in Åsarna will be rebuilt and the work starts in August.",
              "بالعربية: سيتم إعادة بناء محطة المياه ويبدأ العمل في أغسطس.",
              "Af-Soomaali: Xarunta biyaha ee Åsarna dib ayaa loo dhisi doonaa, shaqaduna waxay bilaabanaysaa Agoosto.",
              "Suomeksi: Åsarnan vesilaitos rakennetaan uudelleen ja työt alkavat elokuussa."]
    for blanks in (True, False):
        title, said = _said(_page(widget, "under", blanks))
        assert title == TITLE
        assert all(line in said for line in TEXT)
        assert not any(line in said for line in widget)


@pytest.mark.parametrize("own", [
    ["Rapporten heter Water for the Future and Beyond och finns på kommunens webbplats sedan i fredags."],
    ["Om rapporten", "Titel: Small water works in a changing climate", "Författare: Lina Ek och Per Holm",
     "Utgiven: mars 2026"],
], ids=["an English title in a Swedish sentence", "an English title in a fact box's field"])
def test_swedish_lines_naming_english_words_stay(own: list[str]) -> None:
    title, said = _said(_page(own, "between", True))
    assert all(line in said for line in own)


GUARDS = {
    "hours the article announces": [
        "Under ombyggnaden har kundtjänsten för VA-frågor ändrade öppettider, som ser ut så här:",
        "Måndag–torsdag: 9–15", "Fredag: 9–12"],
    "the article's schedule under its own heading": ["Spolning av ledningar vecka 20–21", "Måndag–torsdag 07.00–19.00",
                                                     "Fredag 07.00–15.00"],
    "a sentence about the app, not a call": [
        "Sedan i höstas kan invånarna ladda ner kommunens app från App Store och Google Play, och drygt 3 000 har gjort "
        "det."],
    "a fundraiser's appeal in the article": [
        "Föreningen samlar in pengar till en hjärtstartare vid vattenverket, och den som vill bidra kan swisha till "
        "123 555 11 22 fram till sista maj."],
    "sentences about a map": [
        "Kartan med alla nya ledningar finns på kommunens webbplats.",
        "Länsstyrelsen godkände kartan över vattenskyddsområdet i mars, och den visas nu i stadshusets entré."],
    "a fact box with its source": ["Åsarna: 412 hushåll", "Bergsjö: 1 930 hushåll", "Ilsbo: 268 hushåll",
                                   "Källa: kommunens abonnentregister"],
}


@pytest.mark.parametrize("name", list(GUARDS))
def test_article_lines_of_a_widget_shape_stay(name: str) -> None:
    title, said = _said(_page(GUARDS[name], "between", True))
    assert title == TITLE
    for line in GUARDS[name]:
        assert line in said, line
    assert all(line in said for line in TEXT)


@pytest.mark.parametrize("blanks", [True, False], ids=["blank lines", "no blank lines"])
def test_pull_quote_between_paragraphs_is_read(blanks: bool) -> None:
    quote = "”Det här är en investering för de kommande femtio åren” – Annika Sjödin, kommunalråd"
    title, said = _said(_page([quote], "between", blanks))
    assert quote in said
    assert all(line in said for line in TEXT)


def test_quote_cards_side_by_side_still_go() -> None:
    cards = ["”Bästa kursen jag gått!” – Stina, 42 år", "”Lärorikt och roligt” – Ahmed, deltagare"]
    title, said = _said(_page(cards, "under", True))
    assert not any(card in said for card in cards)


@pytest.mark.parametrize("blanks", [True, False], ids=["blank lines", "no blank lines"])
def test_closing_announcement_of_the_next_meeting_is_read(blanks: bool) -> None:
    last = "Nästa samrådsmöte om ombyggnaden hålls i Åsarna bygdegård den 5 maj klockan 18.30."
    facts = ["Ombyggnaden i korthet", "Start: augusti 2026", "Klart: december 2027", "Kostnad: 40 miljoner kronor"]
    title, said = _said(_page([*facts, *([""] if blanks else []), last], "under", blanks))
    assert last in said
    assert all(line in said for line in TEXT)
