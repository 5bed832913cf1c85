"""Session 16, fixer E2: three classes of a site's furniture the perturbation bench (tools/perturb_extract.py) found
read aloud or taken for the headline, on pages written after the fixes, for other sites and in other words than the
bench's:

- a site's name over its tagline, the tagline speaking as the site does ("Här bakar jag …", "För dig som …", "–
  ull, får och hantverk"), over the post's title: neither is the headline (:func:`audiocast.ingest.blognames.site_head_tags`);
- a picture's caption with neither a credit nor a stop between two paragraphs (:mod:`audiocast.ingest.barecaptions`);
- the site's pitch under the article: a heading to the reader, a line or two, a button (:mod:`audiocast.ingest.pitchbox`).

Guards: a kicker over a first-person headline over its lead, subheadings between paragraphs, a book list's titles over
their blurbs, the article's own how-to section closing it with the form's button, the article's own call about its
matter, the article's closing thanks. At the start commit (689dc5ae) 23 of these 38 cases failed (every voiced
tagline but the dash's, every caption, the pitches but two set apart); the others stand as guards of the same shapes.
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import read_dump, spoken_lines

TEXT = [
    "Efter tre års planering öppnade den nya simhallen i Norrbacka på lördagen, och redan första timmen stod över "
    "hundra besökare i kö vid entrén.",
    "Hallen har en bassäng på tjugofem meter, en undervisningsbassäng och ett äventyrsbad med rutschkana för de minsta.",
    "Bygget blev nästan två år försenat efter problem med grundläggningen, och kostnaden landade på 240 miljoner kronor.",
    "– Det har varit en lång väg, men i dag ser man att det var värt det, säger fritidschefen Lovisa Strand.",
    "Under sommaren håller hallen öppet varje dag mellan klockan sju och nio på kvällen, och simskolan börjar i augusti.",
]
TITLE = "Nya simhallen i Norrbacka öppnade för publik"
MENU = ["Norrbackabladet", "Nyheter", "Sport", "Kultur", "Kontakt"]
FOOT = ["Norrbackabladet AB", "Ansvarig utgivare: Jens Holm"]


def _page(*parts: list[str], blanks: bool = False) -> str:
    lines: list[str] = []
    for part in parts:
        lines += part + ([""] if blanks else [])
    return "\n".join(lines) + "\n"


def _body(lines: list[str], blanks: bool) -> list[str]:
    out: list[str] = []
    for x in lines:
        out += [x, ""] if blanks else [x]
    return out[:-1] if blanks else out


# ------------------------------------------------------------------------------------------------ a site's name and tagline

SITE_HEADS = {
    "first person": ["Surdegsfrun", "Här bakar jag bröd med barnen varje helg"],
    "the reader as guest": ["Balkongodlaren", "För dig som odlar tomater på tre kvadratmeter"],
    "welcome": ["Paddelpappan", "Välkommen in i vår familjs kanotvärld!"],
    "a dash's subtitle": ["KVARNBACKSGÅRDEN", "– ull, får och hantverk"],
}
POSTS = {
    "a plain title": "Årets första bröd på nymalet dinkelmjöl",
    "a title ending in a quote": "Grannen frågade om receptet – ”Det smakar som mormors”",
    "a question": "Hur länge ska degen egentlig jäsa?",
}


@pytest.mark.parametrize("post", list(POSTS), ids=list(POSTS))
@pytest.mark.parametrize("head", list(SITE_HEADS), ids=list(SITE_HEADS))
def test_a_sites_name_over_its_tagline_is_no_headline(head: str, post: str) -> None:
    title = POSTS[post]
    text = ["I helgen bakade vi det första brödet på mjölet från kvarnen i Skattungbyn, och resultatet blev över "
            "förväntan.", *TEXT[1:3]]
    dump = _page(["Hem", "Recept", "Om oss", "Arkiv", "Sök"], ["14 september 2026"], SITE_HEADS[head], [title], text)
    article = read_dump(dump)
    said = spoken_lines(article)
    assert article.title == title
    assert not set(SITE_HEADS[head]) & set(said)


def test_a_sites_name_and_tagline_at_the_top_over_the_menu_and_a_dated_title() -> None:
    dump = _page(["Stickcaféet i Gnarp", "Här visar jag vad vi stickar på torsdagarna"],
                 ["Start", "Mönster", "Träffar", "Kontakt"], [""], ["Vantar till hela förskolan", "2 oktober 2026"],
                 TEXT[:3])
    article = read_dump(dump)
    assert article.title == "Vantar till hela förskolan"
    assert "Här visar jag vad vi stickar på torsdagarna" not in spoken_lines(article)


def test_guard_a_kicker_over_a_first_person_headline_over_its_lead_stays_the_headline() -> None:
    dump = _page(MENU, ["Krönika"], ["Därför cyklar jag fortfarande på min gamla Crescent"], ["Av Ulla Berg"], TEXT)
    article = read_dump(dump)
    assert article.title == "Därför cyklar jag fortfarande på min gamla Crescent"


def test_guard_an_age_gates_two_answers_do_not_cost_the_headline() -> None:
    dump = _page(["Välkommen till Fjällbryggeriet", "Du måste vara 20 år för att besöka sidan.",
                  "Jag är över 20 år", "Jag är under 20 år"], ["Fjällbryggeriet", "Öl", "Besök", "Butik"],
                 ["3 mars 2026"], ["Vårt nya ljusa lageröl släpps till påsk"], TEXT)
    assert read_dump(dump).title == "Vårt nya ljusa lageröl släpps till påsk"


# ------------------------------------------------------------------------------------------------ uncredited captions

CAPTIONS = [
    "Ingrid Holm och Omar Said klipper bandet vid den nya simhallen",
    "Simskolans lärare Nils Edvardsson visar crawltag i undervisningsbassängen",
    "Badvakterna övar livräddning i den stora bassängen",
    "Den nya rutschkanan i äventyrsbadet",
]


@pytest.mark.parametrize("blanks", [False, True], ids=["glued", "blank lines"])
@pytest.mark.parametrize("caption", CAPTIONS)
def test_a_caption_without_credit_or_stop_between_paragraphs_is_not_read(caption: str, blanks: bool) -> None:
    body = _body([TEXT[1], caption, TEXT[2], TEXT[3], TEXT[4]], blanks)
    dump = _page(MENU, [TITLE, "Publicerad 7 juni 2026"], [TEXT[0]], body, FOOT, blanks=blanks)
    said = spoken_lines(read_dump(dump))
    assert caption not in said
    assert all(x in said for x in TEXT)


SUBHEADINGS = ["Två års försening och dyrare bygge", "Ny chef för simskolan från hösten", "Kritik mot öppettiderna"]


@pytest.mark.parametrize("heading", SUBHEADINGS)
def test_guard_a_subheading_between_paragraphs_is_read(heading: str) -> None:
    dump = _page(MENU, [TITLE, "Publicerad 7 juni 2026"], [TEXT[0], TEXT[1], TEXT[2], heading, TEXT[3], TEXT[4]], FOOT)
    said = spoken_lines(read_dump(dump))
    assert heading in said


def test_guard_a_book_lists_titles_over_their_blurbs_are_read() -> None:
    books = [
        ("Smedens sista sommar av Greta Lindh",
         "En varm och sorglig roman om en by i Jämtland under kriget, berättad av smedens yngsta dotter.",
         "Tipsat av Anders, filial Kyrkbyn"),
        ("Havets mörka rum av Jonas Ekström",
         "En spänningsroman om en försvunnen fyrvaktare som passar lika bra i hängmattan som på tåget.",
         "Tipsat av Sanna, huvudbiblioteket"),
    ]
    lines = [x for b in books for x in b]
    dump = _page(MENU, ["Bibliotekens sommartips 2026", "5 juni 2026"],
                 ["Vi har valt ut två romaner som vi tycker passar extra bra i sommar, en för varje humör och väder."],
                 lines, FOOT)
    said = spoken_lines(read_dump(dump))
    assert "Smedens sista sommar av Greta Lindh" in said and "Havets mörka rum av Jonas Ekström" in said


# ------------------------------------------------------------------------------------------------ closing pitches

PITCHES = {
    "a question to the reader, glued, a form's yes": [
        "Vill du bli läxhjälpare?", "Vi behöver fler vuxna som kan hjälpa barnen med matte på tisdagar.",
        "Ja, jag vill hjälpa till"],
    "a question without its subject, a link to the form": [
        "Intresserad av att bli fadder?", "Som fadder träffar du en nyanländ familj ett par gånger i månaden",
        "Till intresseanmälan"],
    "a button's verb with a cry": [
        "Prenumerera du också!", "Digital prenumeration från 49 kronor i månaden. Avsluta när du vill.",
        "Teckna prenumeration"],
    "support for the paper": [
        "Stötta lokal journalistik", "Norrbackabladet finansieras av läsarna och har inga annonser på sajten.",
        "Swisha valfritt belopp till 123 456 78 90", "Ge ett bidrag"],
}


SHARE_FOOT = ["Dela", "Skriv ut", "© 2026 Norrbackabladet AB"]


@pytest.mark.parametrize("blanks", [False, True], ids=["glued", "set apart"])
@pytest.mark.parametrize("pitch", list(PITCHES), ids=list(PITCHES))
def test_the_sites_pitch_under_the_article_is_not_read(pitch: str, blanks: bool) -> None:
    dump = _page(MENU, [TITLE, "Publicerad 7 juni 2026"], TEXT, PITCHES[pitch], SHARE_FOOT, blanks=blanks)
    said = spoken_lines(read_dump(dump))
    assert not set(PITCHES[pitch]) & set(said)
    assert all(x in said for x in TEXT)


@pytest.mark.xfail(strict=True, reason="left: glued over a footer whose first line no rule tells (the site's bare "
                   "name), the pitch's button is not the article's last kept line")
def test_a_pitch_glued_over_an_untold_footer_name_is_not_read() -> None:
    dump = _page(MENU, [TITLE, "Publicerad 7 juni 2026"], TEXT, PITCHES["a question to the reader, glued, a form's yes"],
                 FOOT)
    said = spoken_lines(read_dump(dump))
    assert not set(PITCHES["a question to the reader, glued, a form's yes"]) & set(said)


PITCH_GUARDS = {
    "the article's how-to section with the form's button": [
        "Så anmäler du ditt barn till simskolan",
        "Anmälan görs i kommunens e-tjänst senast den 30 juni. Platserna fördelas efter anmälningsdatum.",
        "Till e-tjänsten"],
    "the article's call about its matter": [
        "Vill du prova vattengympa?",
        "Hallen erbjuder gratis prova-på-pass för seniorer varje onsdag i juni, med instruktör på plats.",
        "Boka pass"],
}


@pytest.mark.parametrize("guard", list(PITCH_GUARDS), ids=list(PITCH_GUARDS))
def test_guard_the_articles_own_last_section_to_the_reader_is_read(guard: str) -> None:
    section = PITCH_GUARDS[guard]
    dump = _page(MENU, [TITLE, "Publicerad 7 juni 2026"], TEXT, section, SHARE_FOOT)
    said = spoken_lines(read_dump(dump))
    assert section[1] in said


def test_guard_the_articles_closing_thanks_is_read() -> None:
    close = ["Tack till alla som har väntat på hallen – nu är den er!"]
    dump = _page(MENU, [TITLE, "Publicerad 7 juni 2026"], TEXT, close, ["Dela", "Skriv ut"], FOOT)
    said = spoken_lines(read_dump(dump))
    assert close[0] in said
