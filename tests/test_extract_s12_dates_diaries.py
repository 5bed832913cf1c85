"""Session 12 (D), diaries: entries each with the writer's name under the entry's date (issue #9: the headline, recall).

A log or a diary set as entries, each a date line, the writer's line under it ("Kristina Ek, doktorand", "Hälsningar
Omar, ledare", "/Jonas") and the entry's paragraphs, with no date line of the article's own: the first entry's date was
taken for the article's date line, the writer's name under it for the headline (a short line between the date and the
lead), and the real headline's introduction above for a banner over the head (dropped). Now (entrystamps.
writer_entry_tags, run before the head is looked for) when the page's first date line heads such an entry and at least
one more follows right under its paragraphs, the writers' lines are no head; stamps and names are read as the entries'
text (entry_stamp_tags gives them back). Every page here was written after the fix, for invented sites; the guards: a
news head with its date and a bare byline over a list of other posts (date, writer, blurb) keeps its byline and drops the
list, a letter's place and date over its salutation keeps its signature, a single dated, signed head stays a head.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_lines

_SITE = "Ungdomsorkestern Vindarna\nHem\nKonserter\nBli medlem\nKontakt\n\n"
_INTRO = "Orkesterresan till Wien\n\nTjugo av orkesterns ungdomar reste till Wien i påsklovet. Varje dag skrev någon av dem.\n\n"
_ENTRIES = [
    ("Måndag 14 april 2025", "Wilma Åkesson", "Tåget från Malmö tog hela dagen men vi spelade kort och övade stämmor i "
     "vagnen. I Wien väntade en buss som körde oss till vandrarhemmet."),
    ("Tisdag 15 april 2025", "Hugo Nyberg", "Vi repeterade i en skola i Leopoldstadt hela förmiddagen. På eftermiddagen "
     "gick vi på Prater och åkte pariserhjulet."),
    ("Onsdag 16 april 2025", "Elsa Karimi", "Konserten i kyrkan var slutsåld och publiken klappade takten till sista "
     "marschen. Efteråt bjöd församlingen på tårta i källaren."),
]
_FOOT = "\nDela\nFacebook\nUngdomsorkestern Vindarna, Musikvägen 9, 211 00 Malmö\n"


def _diary(entries: list[tuple[str, str, str]], blanks: bool = True) -> str:
    sep = "\n\n" if blanks else "\n"
    return sep.join(f"{d}{sep}{w}{sep}{t}" for d, w, t in entries) + "\n"


def test_every_entry_with_its_date_and_writer_is_read_under_the_real_headline() -> None:
    article = read_dump(_SITE + _INTRO + _diary(_ENTRIES) + _FOOT)
    lines = spoken_lines(article)
    assert article.title == "Orkesterresan till Wien"
    assert article.lead is not None and article.lead.startswith("Tjugo av orkesterns ungdomar")
    for date, writer, text in _ENTRIES:
        assert date in lines and writer in lines and text in lines


def test_writers_with_a_role_in_a_dump_without_blank_lines() -> None:
    entries = [(d, f"{w}, kontrabas", t) for d, w, t in _ENTRIES]
    article = read_dump(_SITE.replace("\n\n", "\n") + _INTRO.replace("\n\n", "\n") + _diary(entries, blanks=False) + _FOOT)
    lines = spoken_lines(article)
    assert article.title == "Orkesterresan till Wien"
    assert all(text in lines for _, _, text in entries)
    assert "Hugo Nyberg, kontrabas" in lines and "Elsa Karimi, kontrabas" in lines


def test_comma_dates_and_slash_signed_writers() -> None:
    entries = [(f"{d.split(' ', 1)[1].replace(' 2025', ', 2025')}", f"/{w.split()[0]}", t) for d, w, t in _ENTRIES]
    article = read_dump(_SITE + _INTRO + _diary(entries) + _FOOT)
    lines = spoken_lines(article)
    assert article.title == "Orkesterresan till Wien"
    assert all(text in lines for _, _, text in entries)
    assert "15 april, 2025" in lines and "/Hugo" in lines


def test_guard_a_news_head_over_a_list_of_other_posts() -> None:
    page = ("Dalabygden\nNyheter\nSport\n\nNy simhall öppnar i Orsa\n3 mars 2025\nKarin Wester\n"
            "Den nya simhallen i Orsa öppnar för allmänheten på lördag efter två års bygge, meddelar kommunen.\n\n"
            "Hallen har en 25-metersbassäng och en undervisningsbassäng för skolornas simlektioner.\n\n"
            "Senaste nytt\n1 mars 2025\nJonas Falk\nIshockeylaget säkrade kontraktet efter en seger på övertid i går.\n"
            "28 februari 2025\nKarin Wester\nVägen mot Mora stängs av under två veckor när bron repareras.\n\n"
            "Dalabygden AB\n")
    article = read_dump(page)
    lines = spoken_lines(article)
    assert article.title == "Ny simhall öppnar i Orsa"
    assert article.author == "Karin Wester"
    assert "Jonas Falk" not in lines
    assert "Ishockeylaget säkrade kontraktet efter en seger på övertid i går." not in lines


def test_guard_a_letters_signature_stays_under_the_letter() -> None:
    page = ("Byalaget Norrå\nHem\nAktuellt\n\nHöstbrev till alla i byn\nNorrå den 2 oktober 2025\nHej grannar!\n"
            "Tack för en fin sommar med många som hjälpte till vid badplatsen och på midsommarfesten i år.\n\n"
            "I november har vi årsmöte i bystugan och vi hoppas att många vill vara med och planera nästa år.\n\n"
            "Varma hälsningar\nGöran Lid, sekreterare\n\nByalaget Norrå\n")
    article = read_dump(page)
    lines = spoken_lines(article)
    assert article.title == "Höstbrev till alla i byn"
    assert lines[-2:] == ["Varma hälsningar", "Göran Lid, sekreterare"]


def test_guard_one_dated_signed_head_is_a_head() -> None:
    page = ("Kustbladet\nNyheter\n\nFärjan till Saltö ställs in i helgen\n7 november 2025\nMaria Ek\n"
            "Färjan mellan fastlandet och Saltö går inte på lördag och söndag på grund av stormvarningen.\n\n"
            "Rederiet räknar med att trafiken går som vanligt igen på måndag morgon.\n\nKustbladet AB\n")
    article = read_dump(page)
    assert article.title == "Färjan till Saltö ställs in i helgen"
    assert article.author == "Maria Ek"
    assert "Maria Ek" not in spoken_lines(article)


def test_a_dated_head_over_an_introduction_and_signed_entries_keeps_every_writer() -> None:
    entries = [(d, f"{w}, fiol", t) for d, w, t in _ENTRIES]
    page = (_SITE + "Orkesterresan till Wien\nPublicerad 22 april 2025\n"
            "Tjugo av orkesterns ungdomar reste till Wien i påsklovet. Varje dag skrev någon av dem.\n"
            + _diary(entries, blanks=False) + _FOOT)
    article = read_dump(page)
    lines = spoken_lines(article)
    assert article.title == "Orkesterresan till Wien"
    assert article.author is None  # the first entry's writer is no byline of the article
    for date, writer, text in entries:
        assert date in lines and writer in lines and text in lines


def test_guard_a_list_of_other_posts_right_under_the_article_stays_dropped() -> None:
    page = ("Dalabygden\nNyheter\nSport\n\nNy simhall öppnar i Orsa\n3 mars 2025\nAv Karin Wester\n"
            "Den nya simhallen i Orsa öppnar för allmänheten på lördag efter två års bygge, meddelar kommunen.\n\n"
            "Hallen har en 25-metersbassäng och en undervisningsbassäng för skolornas simlektioner.\n\n"
            "1 mars 2025\nJonas Falk\nIshockeylaget säkrade kontraktet efter en seger på övertid i går.\n"
            "28 februari 2025\nKarin Wester\nVägen mot Mora stängs av under två veckor när bron repareras.\n"
            "27 februari 2025\nJonas Falk\nBiblioteket får nya öppettider under sportlovet i hela kommunen.\n\n"
            "Dalabygden AB\n")
    article = read_dump(page)
    lines = spoken_lines(article)
    assert article.title == "Ny simhall öppnar i Orsa"
    assert article.author == "Karin Wester"
    assert not {"1 mars 2025", "Jonas Falk", "28 februari 2025"} & set(lines)
