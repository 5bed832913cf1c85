"""Session 12 (R), body recall: the time stamps heading the entries of the article's own run (issue #9: body recall).

A diary sets each day under its date, a timeline each event under its month or year. Alone on a line a stamp has the
form of the page's furniture (a date line, an archive's month, a bare number), so the rules dropped it and the listener
heard the entries without their dates (blind extract28/39: 5-15 tokens of a page; a live report's bare clocks stay the
page's, as the issue has it). The signal (entrystamps.entry_stamp_tags, after every other pass): three stamps or more each heading
a kept sentence of the article's (past the entry's writer's name). Every page here was written after the fix, for
invented sites and wordings; the guards are the furniture the rules were built to drop: a live report's clocks, a
latest-news list of clocks over titles, clocks over teasers the rules drop, an archive's months.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_lines, spoken_text

_MENU = "Dalabygden\nNyheter\nSport\nNöje\nSök\n\n"
_FOOT = "\nDalabygden AB\nAnsvarig utgivare: Sara Nord\nKakor\n"
_NEWS = (
    _MENU + "Ny vårdcentral öppnar i Backa\n2 april 2026\n\nRegionen öppnar en ny vårdcentral i Backa i augusti.\n\n"
    "Den nya mottagningen får plats för 9 000 listade patienter och ska ha öppet även på lördagar.\n"
    "Lokalerna finns i det gamla posthuset vid torget och byggs om under sommaren.\n\n"
)


def test_guard_a_live_reports_bare_clocks_stay_dropped() -> None:
    # The issue counts a live report's bare clock times as the live page's furniture (the golden b4 live page too).
    page = (_MENU + "Just nu: Skogsbrand norr om Ålsjön\nUppdaterad 18.20\n\n"
            "En skogsbrand har brutit ut i terrängen norr om Ålsjön och sprider sig österut.\n\n"
            "18.20\nBranden är nu under kontroll enligt räddningsledaren på platsen.\n"
            "16.55\nEtt helikopterplan från Mora har börjat vattenbomba de östra delarna.\n"
            "15.10\nBoende i Ålsjöby uppmanas att stänga fönster och ventilation på grund av röken.\n" + _FOOT)
    lines = spoken_lines(read_dump(page))
    assert "16.55" not in lines and "15.10" not in lines
    assert "Ett helikopterplan från Mora har börjat vattenbomba de östra delarna." in lines


def test_a_timelines_days() -> None:
    page = (_MENU + "Så blev det nya busstorget till\n2 september 2026\n\nBygget tog ett halvår längre än planerat.\n\n"
            "Måndag 3 mars\nGrävmaskinerna rullar in och den gamla asfalten bryts upp på hela torget.\n"
            "Fredag 13 juni\nArkeologer hittar rester av en medeltida brunn och arbetet står still i tre veckor.\n"
            "Tisdag 19 augusti\nDe första bussarna kör in på det nya torget och resenärerna provar väntsalen.\n" + _FOOT)
    lines = spoken_lines(read_dump(page))
    assert {"Måndag 3 mars", "Fredag 13 juni", "Tisdag 19 augusti"} <= set(lines)


def test_guard_a_list_of_dated_posts_with_titles_and_excerpts_still_goes() -> None:
    page = (_NEWS + "Tidigare inlägg\n12 mars 2026\nVårens frösläpp\nVi bytte över 400 påsar frön i Folkets hus.\n"
            "2 februari 2026\nNytt i styrelsen\nÅrsmötet valde två nya ledamöter till styrelsen.\n"
            "8 januari 2026\nIsen ligger\nNu kan du åka skridskor på sjön igen efter helgen.\n" + _FOOT)
    text = spoken_text(read_dump(page))
    assert "2 februari 2026" not in text and "Nytt i styrelsen" not in text


def test_a_diarys_days() -> None:
    page = ("Kyrkokören i Ösby\nHem\nKören\n\nKörresan till Dublin\n2026-05-20\n\n"
            "Fem dagar, tre konserter och mycket irländskt regn. Så här blev vår resa.\n\n"
            "Torsdag 14 maj\nVi landade i Dublin och sjöng in oss i hotellets matsal på kvällen.\n"
            "Fredag 15 maj\nFörsta konserten i S:t Patrick's blev utsåld och publiken ville ha extranummer.\n"
            "Lördag 16 maj\nEn ledig dag med stadsvandring och besök på det gamla biblioteket.\n"
            "Söndag 17 maj\nVi sjöng i högmässan och for hem trötta men glada.\n\nKontakt\nKyrkokören i Ösby\n")
    lines = spoken_lines(read_dump(page))
    assert {"Torsdag 14 maj", "Fredag 15 maj", "Lördag 16 maj", "Söndag 17 maj"} <= set(lines)


def test_a_timelines_months_and_years() -> None:
    page = (_MENU + "Tidslinje: striden om gruvan\n10 juni 2026\n\nGruvplanerna har delat bygden i åtta år.\n\n"
            "2018\nEtt kanadensiskt bolag får undersökningstillstånd vid Rävberget.\n"
            "Maj 2021\nBolaget ansöker om bearbetningskoncession hos Bergsstaten.\n"
            "3 oktober 2024\nRegeringen avslår ansökan efter invändningar från samebyn.\n" + _FOOT)
    lines = spoken_lines(read_dump(page))
    assert {"2018", "Maj 2021", "3 oktober 2024"} <= set(lines)


def test_guard_a_latest_news_list_of_clocks_over_titles_still_goes() -> None:
    page = _NEWS + "Senaste nytt\n15.02\nTrafikolycka på riksväg 70\n14.48\nNy tränare i IK Backa\n13.30\nBiblioteket stänger för renovering\n" + _FOOT
    text = spoken_text(read_dump(page))
    assert "15.02" not in text and "14.48" not in text and "Trafikolycka på riksväg 70" not in text


def test_guard_clocks_over_dropped_teasers_still_go() -> None:
    page = (_NEWS + "Fler nyheter\n15.02\nEn bilist fick föras till sjukhus efter en olycka på riksväg 70.\n"
            "14.48\nIK Backa har anställt en ny huvudtränare inför säsongen.\n"
            "13.30\nBiblioteket stänger i tre veckor för en omfattande renovering.\n" + _FOOT)
    text = spoken_text(read_dump(page))
    assert "15.02" not in text and "13.30" not in text


def test_guard_an_archives_months_still_go() -> None:
    page = ("Odlarföreningen\n\nVårens frösläpp\n12 mars 2026\n\nFrösläppet samlade 60 odlare i Folkets hus i lördags.\n\n"
            "Vi bytte över 400 påsar frön och sålde plantor för 3 000 kronor till föreningskassan.\n"
            "Tack alla som kom!\n\nArkiv\nMars 2026\nFebruari 2026\nJanuari 2026\nDecember 2025\n")
    text = spoken_text(read_dump(page))
    assert "Februari 2026" not in text and "December 2025" not in text
