"""Session 39, round 1 (extract174, opened as the session's first dev set; issue #9).

A counter in brackets over the head ("Favoriter (0)", "Önskelista (1)", "Inkorg (3)"): a button's or a tab's count.
It stood where the lead is looked for, so the menus over it were the head and its own line the lead, and the whole
menu under it was read. Over all annotated dumps such lines are 280 the site's and 3 an article's (a vote's tally in
its text). Every page here was written after the fix, for invented sites and people; the guard: a tally in the text
is read.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_lines

_P1 = ("Biljetterna till vårens stora dansföreställning tog slut på mindre än en timme, och teatern sätter nu in tre "
       "extra kvällar i april.")
_P2 = ("Föreställningen bygger på berättelser från flottarna längs älven och dansas av elever från kulturskolan "
       "tillsammans med fem professionella dansare.")
_P3 = "– Vi hade aldrig kunnat drömma om ett sådant intresse, säger koreografen Lina Holm."


def test_a_shops_cart_counter_over_its_menu_is_no_lead() -> None:
    page = ("Hoppa till innehåll\nTeater Forsen\nFöreställningar\nBiljetter\nOm oss\nSök\nÖnskelista (1)\n"
            "Föreställningar\nAlla föreställningar\nPremiärer\nDans\nBarn & unga\nGästspel\nTurné\nFöreställningar\n›\n"
            "Dans\n›\nFlottarna\nFoto: Teater Forsen\nDANS\n9–12 april\nExtra kvällar för Flottarnas dans\n" + _P1
            + "\nKöp biljett\nLägg till i kalender\nPublicerad 12 februari 2027\nText: Eva Strand\n" + _P2 + "\n" + _P3
            + "\nDela\nFacebook\nE-post\nTeater Forsen\nStorgatan 4\n")
    lines = spoken_lines(read_dump(page))
    assert lines[0] == "Extra kvällar för Flottarnas dans"
    assert lines[1:] == [_P1, _P2, _P3]


def test_a_message_counter_in_a_members_page_head_is_no_lead() -> None:
    page = ("Medlemssidor\nLogga ut\nInkorg (3)\nMin profil\nStart\nKalender\nNyheter\nStyrelsen\nStadgar\n"
            "Bryggan\nBastun\nNyheter\n›\nBryggan\nFöreningen köper ny flotte till badplatsen\n"
            + _P1.replace("Biljetterna", "Platserna") + "\nSkriv ut\nSpara\nFölj\nAnmäl\n4 juni 2027\nAv Styrelsen\n"
            + _P2.replace("Föreställningen", "Flotten") + "\n" + _P3 + "\nKontakt\n")
    lines = spoken_lines(read_dump(page))
    assert lines[0] == "Föreningen köper ny flotte till badplatsen"
    assert "Inkorg (3)" not in lines and "Min profil" not in lines and "Kalender" not in lines


def test_a_tally_in_the_text_is_read() -> None:
    tally = ["Röstade ja (31)", "Röstade nej (18)", "Avstod (2)"]
    page = ("Bygdebladet\nNyheter\nSport\n\nSkolan i Ånäs läggs ned efter sommaren\n8 mars 2027\n\n"
            "Kommunfullmäktige röstade på måndagskvällen för att lägga ned skolan i Ånäs, trots protester från "
            "föräldrar och personal.\n\nSå röstade fullmäktige:\n" + "\n".join(tally) + "\n\n"
            "Eleverna flyttas till Centralskolan, tolv kilometer bort, från höstterminen.\n\n" + _P3 + "\n\n"
            "Mest läst\nKundtjänst\n")
    lines = spoken_lines(read_dump(page))
    for t in tally:
        assert t in lines
