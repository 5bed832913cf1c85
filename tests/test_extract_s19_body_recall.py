"""Session 19 (E17), body recall: article lines a listener should hear that the dump parser dropped.

Four phenomena, each with pages written after the fix for fictional sites, in other words and numbers than the pages
that showed them, and a guard that keeps the old drop:

- a subheading whose words are a box's label ("Fler kurser i vår") over the article's own prose (labelheads.py);
- an official notice's closing contact paragraph under "Frågor?" with a map widget's chrome glued under it
  (contactclose.py);
- a closing exclamation glued over a picture's captioned credit (creditwishes.py);
- a short Swedish sentence whose words are English function words ("is", "in") under the text (summaries.py).
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_text

from audiocast.ingest.summaries import _foreign

_TOP = "Till innehållet\nKlubben\nNyheter\nKalender\nKontakt\nSök\nNyheter\n"


def test_a_label_worded_subheading_over_the_articles_prose_is_read() -> None:
    page = (_TOP + "Snickarkursen i Lövånger blev fullsatt på en kväll\n12 februari 2026\n"
            "Intresset för att snickra egna köksluckor har aldrig varit större, och kursen i mars fylldes på bara några "
            "timmar efter att anmälan öppnade.\n"
            "Åtta deltagare får under tre helger lära sig att fälla in gångjärn och att lacka med linoljefärg i "
            "föreningens verkstad vid hamnen.\n"
            "– Vi hade aldrig trott att det skulle gå så fort, säger kursledaren Tove Lindqvist.\n"
            "Fler kurser i höst\n"
            "Föreningen planerar därför två nya kurser under hösten, den ena i att laga gamla stolar och den andra i "
            "att mura en vedspis.\n"
            "Anmälan till höstens kurser öppnar den första augusti på föreningens hemsida.\n"
            "Dela på Facebook\nDela via e-post\n"
            "Kommande evenemang\n14 mars: Årsmöte\n2 april: Städdag\n"
            "© 2026 Hantverksföreningen Lövånger\n")
    text = spoken_text(read_dump(page))
    assert "Fler kurser i höst" in text
    assert "Föreningen planerar därför två nya kurser" in text
    assert "Kommande evenemang" not in text and "14 mars: Årsmöte" not in text


def test_a_label_over_the_sites_titles_still_goes() -> None:
    page = (_TOP + "Ny brygga invigd vid Sandviken\n3 juni 2026\n"
            "Den nya bryggan vid Sandviken invigdes på lördagen av kommunalrådet inför ett hundratal besökare.\n"
            "Bryggan är fyrtio meter lång och har en ramp så att även rullstolar kan ta sig ner till vattnet.\n"
            "– Det här har vi väntat på i tio år, säger Kent Forsberg i byalaget.\n"
            "Fler nyheter\nLoppis i bygdegården\nNya öppettider för återvinningen\nMidsommarfirande på ängen\n"
            "© 2026 Sandvikens byalag\n")
    text = spoken_text(read_dump(page))
    assert "Bryggan är fyrtio meter lång" in text
    assert "Fler nyheter" not in text and "Loppis i bygdegården" not in text


_NOTICE = ("Start\nNyheter\nTrafik\nAvstängd bro över Lillån i fyra veckor\nPublicerad 3 augusti 2026\n"
           "Från den 10 augusti stängs bron över Lillån på Kvarnvägen för all trafik medan brofästena förstärks.\n"
           "Gång- och cykeltrafiken leds om via gångbron vid skolan. Bilar hänvisas till Storgatan och Ringvägen.\n"
           "Busslinje 12 kör under tiden en annan väg och hållplatsen Kvarnvägen flyttas till Ringvägen.\n")


def test_a_notices_closing_contact_over_a_maps_chrome_is_read() -> None:
    page = (_NOTICE + "Frågor?\n"
            "Frågor om arbetet besvaras av Tekniska förvaltningens kundtjänst på telefon 0571-280 00. Frågor om "
            "bussarna besvaras av Värmlandstrafik.\n"
            "Karta över omledningen\nVisa på karta\nRelaterat\nVägarbeten i sommar\n© Arvika kommun\n")
    text = spoken_text(read_dump(page))
    assert "Frågor?" in text
    assert "Tekniska förvaltningens kundtjänst på telefon 0571-280 00" in text
    assert "Visa på karta" not in text


def test_the_sites_standing_contact_box_over_a_map_still_goes() -> None:
    page = (_NOTICE + "Frågor?\nKundtjänst 0571-280 00\nVardagar 8–16\nKontakta oss\n"
            "Karta över omledningen\nVisa på karta\n© Arvika kommun\n")
    text = spoken_text(read_dump(page))
    assert "Kundtjänst 0571-280 00" not in text and "Kontakta oss" not in text


_POST = ("Hem\nBloggen\nOm mig\nKajakpaddling i Blekinge\nSäsongens sista tur runt Hanö\n14 september 2026\n"
         "Av Malin Krantz\n"
         "I lördags paddlade vi den sista långa turen för säsongen, runt Hanö och tillbaka till Nogersund på sju timmar.\n"
         "Vinden låg på från sydväst hela förmiddagen, så vi tog oss ut i lä av ön innan vi vågade korsa sundet.\n"
         "På eftermiddagen mojnade det och vi fick se både tumlare och en havsörn över fyren.\n"
         "Nästa säsong börjar vi redan i april, och då blir det fler turer för nybörjare.\n")


def test_a_closing_exclamation_over_a_captioned_credit_is_read() -> None:
    page = (_POST + "Vi ses på vattnet!\n"
            "Utsikt mot fyren på Hanö en stilla eftermiddag. Foto: Malin Krantz\n"
            "Taggar: paddling, Hanö\nDela inlägget\nPrenumerera på bloggen\n© 2026 Paddla med Malin\n")
    text = spoken_text(read_dump(page))
    assert "Vi ses på vattnet!" in text
    assert "Utsikt mot fyren" not in text


def test_a_caption_title_over_a_bare_credit_still_goes() -> None:
    page = (_POST + "Fyren på Hanö\nFoto: Malin Krantz\nTaggar: paddling, Hanö\nDela inlägget\n© 2026 Paddla med Malin\n")
    text = spoken_text(read_dump(page))
    assert "Nästa säsong börjar vi redan i april" in text
    assert "Fyren på Hanö\n" not in text + "\n"


def test_a_swedish_line_with_english_function_words_is_swedish() -> None:
    assert not _foreign("Vid tunn is ställs träningen in utan förvarning.")
    assert not _foreign("Vid blank is körs tävlingen in i mörkret.")
    assert _foreign("The meeting will be held in the town hall and it is open to all.")


_CONSULT = ("Start\nNyheter\nSamråd om ny detaljplan för Kvarnbacken\n2 mars 2026\n"
            "Miljö- och byggnämnden föreslår en ny detaljplan för Kvarnbacken med plats för omkring 60 bostäder och en "
            "förskola.\n"
            "Planen ger också plats för en ny gång- och cykelväg längs ån ner mot badplatsen.\n"
            "– Vi vill att Kvarnbacken ska bli en plats där barnfamiljer vill bo, säger nämndens ordförande Eva Dahl.\n"
            "Så tycker du till\n")
_CONSULT_TAIL = "Senaste nytt\nNytt gruskonstgräs på Vallen\n© Tranemo kommun\n"


def test_an_address_and_an_email_in_the_articles_own_list_are_read() -> None:
    page = (_CONSULT + "Skicka ditt yttrande till Miljö- och byggnämnden, Box 81, 514 22 Tranemo\n"
            "E-post: plan@tranemo-exempel.se\n"
            "Ange diarienummer MBN 2026/114 i ämnesraden\n"
            "Sista dag: 31 mars 2026\n" + _CONSULT_TAIL)
    text = spoken_text(read_dump(page))
    assert "Box 81, 514 22 Tranemo" in text
    assert "plan@tranemo-exempel.se" in text
    assert "Ange diarienummer MBN 2026/114" in text


def test_the_sites_contact_address_under_the_article_still_goes() -> None:
    page = (_CONSULT + "Skicka ditt yttrande senast den 31 mars.\n\nKontakt\nE-post: info@tranemo-exempel.se\n"
            "Tranemo kommun, Box 81, 514 22 Tranemo\n" + _CONSULT_TAIL)
    text = spoken_text(read_dump(page))
    assert "Planen ger också plats för en ny gång- och cykelväg" in text
    assert "info@tranemo-exempel.se" not in text


_H_HEAD = "Simhallen i Åsbro öppnar igen efter renoveringen"
_H_P1 = ("Efter ett och ett halvt års renovering öppnar simhallen i Åsbro igen på måndag, nu med en ny "
         "undervisningsbassäng och tre bastur.")
_H_P2 = ("– Vi har längtat efter att få släppa in badgästerna igen. Det har varit tomt i byn utan simhallen, säger "
         "badmästaren Ronja Falk.")
_H_P3 = ("Den nya undervisningsbassängen är tolv meter lång och har en höj- och sänkbar botten, så att både "
         "babysim och vattengympa kan hållas där.")


def _html_page(middle: str) -> str:
    return (f"<html lang='sv'><head><title>{_H_HEAD} – Åsbro Nytt</title></head><body><main><div class='story'>"
            f"<h1>{_H_HEAD}</h1><div class='story-body'><p>{_H_P1}</p><p>{_H_P2}</p>{middle}<p>{_H_P3}</p>"
            "</div></div></main></body></html>")


def _html_read(html: str) -> str:
    from audiocast.ingest.html import extract_html

    article = extract_html(html, "t")
    return "\n".join([article.lead or ""] + [b.text for b in article.blocks])


def test_a_bold_subheading_repeating_the_texts_words_is_read() -> None:
    read = _html_read(_html_page("<p><b>Ny undervisningsbassäng och tre bastur</b></p>"))
    assert "Ny undervisningsbassäng och tre bastur" in read and _H_P3 in read


def test_a_pull_quote_with_its_marks_is_still_read_once() -> None:
    read = _html_read(_html_page("<p class='lyft'>”Det har varit tomt i byn utan simhallen”</p>"))
    assert read.count("tomt i byn utan simhallen") == 1


def test_a_short_dump_without_blank_lines_keeps_its_prose_over_an_address_in_its_list() -> None:
    """contacts.py: with no blank lines there is no address box; the paragraph over the article's list stays."""
    page = ("Start\nAktuellt\nNy taxa för hemtjänsten ute på remiss\n9 oktober 2026\n"
            "Vård- och omsorgsnämnden föreslår att taxan för hemtjänst höjs med fyra procent från januari.\n"
            "Höjningen gäller inte trygghetslarmet, som kostar lika mycket som i år.\n"
            "Så lämnar du ett remissvar\n"
            "Skicka svaret till Vård- och omsorgsnämnden, Box 508, 761 22 Norrtälje\n"
            "E-post: remiss@norrtalje-exempel.se\n"
            "Sista dag: 6 november 2026\n"
            "Senaste nytt\nNya öppettider på badhuset\n© Norrtälje kommun\n")
    text = spoken_text(read_dump(page))
    assert "Höjningen gäller inte trygghetslarmet" in text
    assert "Box 508, 761 22 Norrtälje" in text and "remiss@norrtalje-exempel.se" in text
