"""Session 13 (D2): a box of the other items of the article's own section, column or series under the article
(issue #9: boilerplate read aloud; sectionboxes.py).

Held-out extract42 read "Fler Fem snabba" and three "Fem snabba till …" titles, and "Familjesidan" over three family
notices; extract39 a series' name "Hemvändarna" over its parts, extract33 "Fler insändare" over six quoted titles and
"Läs tidigare delar" over "Del 3: …". The signal is what repeats on the page: the heading names a label of the head
(the kicker, the menu), perhaps after a word of more, or says there are more of a plural or points to them ("Läs
också"), over title-like lines and nothing of the article after them. Every page here was written after the fix, for
invented sites; the guards are the article's own lines that look like the box: a subheading naming the section over
its paragraph, a ranked list, a fact box under a heading that opens with a menu word, a contact card, a Q&A's
labelled answers, the article's list with its prose going on.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_lines

_MENU = "Lommabladet\nMeny\nNyheter\nSport\nMat\nKultur\nFamilj\nLogga in\n\n"


def _page(kicker: str, title: str, body: str, after: str) -> str:
    return (_MENU + f"{kicker}\n{title}\nSofia Ring\n8 april 2026\n" + body + "\n" + after
            + "\nAnnons\nLommabladet\nAnsvarig utgivare: Nils Åkesson\n")


_BODY = ("Restaurangen vid hamnen i Lomma öppnar igen efter vinteruppehållet på fredag.\n"
         "Den nya kocken har lagt om hela menyn och satsar på fisk från Öresund.\n"
         "– Vi vill att folk ska kunna äta gott utan att det kostar skjortan, säger hon.\n")


def test_more_of_the_kickers_column_under_the_article_goes() -> None:
    page = _page("Veckans krog", "Veckans krog: Fisk och skaldjur vid hamnen", _BODY,
                 "\nFler Veckans krog\nVeckans krog: Pizzerian som bakar i vedugn sedan 1985\n"
                 "Veckans krog: Thaikök i gamla bensinmacken\nVeckans krog: Kaféet där allt är ekologiskt\n")
    lines = spoken_lines(read_dump(page))
    assert "Restaurangen vid hamnen i Lomma öppnar igen efter vinteruppehållet på fredag." in lines[:3]
    assert "Veckans krog: Thaikök i gamla bensinmacken" not in lines
    assert "Fler Veckans krog" not in lines
    assert "– Vi vill att folk ska kunna äta gott utan att det kostar skjortan, säger hon." in lines


def test_the_sections_name_from_the_menu_over_its_headlines_goes() -> None:
    page = _page("Mat", "Hamnkrogen öppnar igen med ny kock", _BODY,
                 "\nMat\nSå lyckas du med surdegen hemma\nBästa glassen i Lomma enligt läsarna\n"
                 "Vårens primörer är här – så tar du vara på dem\n")
    lines = spoken_lines(read_dump(page))
    assert "Bästa glassen i Lomma enligt läsarna" not in lines
    assert "Så lyckas du med surdegen hemma" not in lines


def test_a_series_name_over_its_parts_goes() -> None:
    page = _page("Gårdarna längs ån", "Mjölkgården som blev ett bryggeri", _BODY.replace("Restaurangen vid hamnen",
                 "Bryggeriet vid ån"),
                 "\nGårdarna längs ån\nDel 1: Fårfarmen som klipper åt hela byn\nDel 2: Äppelodlaren som gör must\n"
                 "Del 4: Publiceras nästa lördag\n")
    lines = spoken_lines(read_dump(page))
    assert "Del 2: Äppelodlaren som gör must" not in lines
    assert "Del 4: Publiceras nästa lördag" not in lines


def test_more_of_a_plural_in_quotes_goes() -> None:
    page = _page("Insändare", "Låt biblioteket ha öppet på lördagar",
                 "Biblioteket i Lomma har stängt på lördagar sedan i höstas.\n"
                 "Det drabbar oss som jobbar i veckorna och inte hinner dit annars.\nLåntagare i Lomma\n",
                 "\nFler läsarbrev\n”Sätt upp fler papperskorgar på stranden”\n”Varför går inte bussen på söndagar?”\n"
                 "”Tack till räddningstjänsten”\n")
    lines = spoken_lines(read_dump(page))
    assert "”Varför går inte bussen på söndagar?”" not in lines
    assert "”Sätt upp fler papperskorgar på stranden”" not in lines
    assert "Låntagare i Lomma" in lines


def test_guard_a_subheading_naming_the_section_over_its_paragraph_stays() -> None:
    page = _page("Kultur", "Konsthallen visar tre unga konstnärer", _BODY.replace("Restaurangen vid hamnen",
                 "Konsthallen vid hamnen") + "Kultur\nKommunen har höjt konsthallens budget med en miljon kronor i år.\n"
                 "Pengarna ska gå till fler utställningar och en konstskola för barn.\n", "")
    lines = spoken_lines(read_dump(page))
    assert "Kommunen har höjt konsthallens budget med en miljon kronor i år." in lines


def test_guard_a_ranked_list_under_a_menu_word_ending_the_article_stays() -> None:
    page = _page("Sport", "Lomma IF vann cupen för tredje året", _BODY.replace("Restaurangen vid hamnen",
                 "Laget från hamnen"), "Sport\n1. Lomma IF 12 poäng\n2. Bjärred BK 9 poäng\n3. Habo IF 7 poäng\n")
    lines = spoken_lines(read_dump(page))
    assert "2. Bjärred BK 9 poäng" in lines


def test_guard_a_fact_box_under_a_heading_opening_with_a_menu_word_stays() -> None:
    page = _page("Nyheter", "Hamnkrogen öppnar igen med ny kock", _BODY,
                 "Matfakta\nKök: Fisk och skaldjur\nPlatser: 60 inne och 40 ute\nÖppet: Tisdag till söndag\n")
    lines = spoken_lines(read_dump(page))
    assert any("Fisk och skaldjur" in x for x in lines)


def test_guard_a_questions_labelled_answers_under_the_kickers_words_stay() -> None:
    page = _page("Fem frågor", "Fem frågor till hamnkrogens nya kock", _BODY,
                 "Fem frågor\nBästa råvaran: Torsk från Öresund.\nFavoriträtt: Stekt strömming med potatismos.\n"
                 "Drömgäst: Min mormor, som lärde mig laga mat.\n")
    lines = spoken_lines(read_dump(page))
    assert any("Stekt strömming med potatismos" in x for x in lines)
