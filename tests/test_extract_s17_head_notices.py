"""Session 17 (E7): lines of a viewer's or an organisation's page taken for the headline (issue #9): a live or text-TV
page's refresh notice with its interval ("Sidan uppdateras automatiskt var 60:e sekund", row live-furniture of
data/boilerplate.tsv), the writer's line of an organisation's page, its unit and the organisation over the date line
("Samhällsbyggnadsförvaltningen, Mölndals kommun", headbylines.unit_comma_org_rows), a presentation tool's player
buttons ("Navigering", "Fler alternativ", data/viewer_chrome.tsv) and a newsletter's issue line ("Vecka 21 · Läsåret
23/24", row issue-line).

Every page here was written after the fix, with other services, organisations, schools and numbers; the guards: a
headline that names a unit of an organisation is still the headline, a week's number in a sentence is read.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_lines

_TEXTTV = ("Hoppa till innehåll\nSydTV Text\nMeny\nGå till sida\nGå\n100 Nyheter\n300 Sport\n400 Väder\n"
           "500 Regionalt\n<< 520\n522 >>\nUppdatera sidan\nSidan uppdateras automatiskt var 30:e sekund\n"
           "521 SydTV Text  onsdag 4 feb 2026 09:52\nREGIONALT          Skåne\nSida 1/2\n"
           "Publicerad 4 februari 2026 09:41\n"
           "Färjan till Ven ställs in\n"
           "Färjetrafiken mellan Landskrona\noch Ven ställs in under helgen\npå grund av hård vind och högt\n"
           "vattenstånd i Öresund.\n"
           "Rederiet räknar med att trafiken\nkan komma i gång igen på måndag\nmorgon, men det beror på hur\n"
           "vinden mojnar under söndagen.\n"
           "– Vi vill inte riskera att\npassagerare blir kvar på ön,\nsäger trafikchefen Lena Persson.\n"
           "Fortsättning följer >>\n")


def test_a_refresh_notice_with_its_interval_is_no_headline() -> None:
    article = read_dump(_TEXTTV)
    assert article.title == "Färjan till Ven ställs in"
    assert not any("uppdateras automatiskt" in x for x in spoken_lines(article))


_STORY = ("Hoppa till innehåll\nRegion Gotland\nDela\nFacebook\nLinkedIn\nKopiera länk\n"
          "Innehållsförteckning\nBakgrund\nArbetet på muren\nVad händer nu?\n"
          "En berättelse från Region Gotland\n"
          "Så blev Visby ringmur säkrad för kommande sekel\n"
          "Kultur- och fritidsförvaltningen, Region Gotland\n"
          "3 september 2025\n"
          "Lästid 4 minuter\n"
          "Efter sju års arbete är restaureringen av ringmurens norra del klar. Murverket har lagats sten för sten med "
          "kalkbruk av samma slag som på medeltiden.\n"
          "Arbetet har kostat 58 miljoner kronor och har till stor del betalats av Riksantikvarieämbetet.\n"
          "– Vi har hittat spår av reparationer från 1600-talet som ingen kände till, säger antikvarien Erik Lund.\n"
          "Nästa etapp gäller murens södra del vid Söderport och väntas starta våren 2027.\n")


def test_an_organisations_unit_over_the_date_line_is_the_byline_not_the_headline() -> None:
    article = read_dump(_STORY)
    assert article.title == "Så blev Visby ringmur säkrad för kommande sekel"
    assert "Kultur- och fritidsförvaltningen, Region Gotland" not in spoken_lines(article)


def test_a_headline_naming_a_unit_stays_the_headline() -> None:
    page = ("Västerviks-Tidningen\nNyheter\nSport\n"
            "Miljökontoret i Västervik får ny chef efter långa vakansen\n"
            "12 mars 2026\n"
            "Efter nästan ett år utan ordinarie chef har miljökontoret i Västerviks kommun rekryterat Hanna Sjöberg, "
            "som i dag arbetar på länsstyrelsen i Kalmar.\n"
            "Hon tillträder i maj och ska bland annat korta handläggningstiderna för avloppstillstånd.\n"
            "– Det finns ett stort tryck på kontoret, och det ska vi ta itu med, säger Hanna Sjöberg.\n")
    assert read_dump(page).title == "Miljökontoret i Västervik får ny chef efter långa vakansen"


_PRESENTATION = ("Sway\nNavigering\nDela\nSpela upp\nFler alternativ\nTillgänglighetsvy\nSkapa din egen Sway\n"
                 "Månadsbrev Solbacken\n"
                 "v. 14 | vt 2026\n"
                 "Navigering\nHej alla föräldrar!\nPåskfirande\nKalender\nKontakt\n"
                 "Hej alla föräldrar!\n"
                 "Våren har äntligen kommit till Solbacken och barnen har varit ute och letat vårtecken i skogen bakom "
                 "förskolan. Avdelningen Myran hittade både tussilago och blåsippor.\n"
                 "Påskfirande\n"
                 "Torsdagen den 2 april firar vi påsk med äggjakt och påskpyssel. Barnen får gärna komma utklädda till "
                 "påskkärringar och påskgubbar.\n"
                 "Vecka 16 är förskolan stängd för planering på fredagen, så tänk på att ordna annan omsorg den dagen.\n"
                 "Vänliga hälsningar\nLinda Ek, förskolechef\n")


def test_a_presentations_buttons_and_issue_line_are_no_headline() -> None:
    article = read_dump(_PRESENTATION)
    assert article.title == "Månadsbrev Solbacken"
    lines = spoken_lines(article)
    assert "v. 14 | vt 2026" not in lines
    assert not any(x in lines for x in ("Navigering", "Fler alternativ", "Tillgänglighetsvy"))
    assert any(x.startswith("Vecka 16 är förskolan stängd") for x in lines)
